package store

import (
	"context"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/pgtest"
)

// A lock's session carries TCP keepalives, so that the server ends it (and
// releases the lock) within LockDeadPeer of its holder's host vanishing
// without closing the socket, instead of after the platform's two hours.
func TestLockSessionsProbeTheirHolder(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, pgtest.NewDatabase(t), 2, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	l, err := st.TryLock(ctx, "keepalive-test")
	if err != nil || l == nil {
		t.Fatalf("lock: %v %v", l, err)
	}
	defer l.Release()
	var tcp bool
	if err := l.conn.QueryRow(ctx, `SELECT inet_client_addr() IS NOT NULL`).Scan(&tcp); err != nil || !tcp {
		t.Fatalf("the test server must be reached over TCP (keepalives do not apply to Unix sockets): %v", err)
	}
	for name, want := range map[string]string{
		"tcp_keepalives_idle":     "3",    // seconds
		"tcp_keepalives_interval": "1",    // seconds
		"tcp_keepalives_count":    "3",    // probes
		"tcp_user_timeout":        "6000", // milliseconds
	} {
		var got string
		if err := l.conn.QueryRow(ctx, `SELECT current_setting($1)`, name).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
	if LockDeadPeer != 6*time.Second {
		t.Errorf("LockDeadPeer = %s; docs/scaling.md gives 6 s", LockDeadPeer)
	}
	// A second session cannot take it meanwhile.
	if l2, err := st.TryLock(ctx, "keepalive-test"); err != nil || l2 != nil {
		t.Errorf("second lock: %v %v", l2, err)
	}
}
