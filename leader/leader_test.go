package leader_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/leader"
	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

var fast = leader.Options{Retry: 50 * time.Millisecond, Check: 50 * time.Millisecond, CheckTimeout: time.Second}

// candidate is one process campaigning: it reports each term it starts and
// the end of each term.
type candidate struct {
	name    string
	st      *store.Store
	started chan string
	ended   chan string
	cancel  context.CancelFunc
	done    chan error
}

func campaign(t *testing.T, url, name string, started, ended chan string) *candidate {
	t.Helper()
	st, err := store.Open(context.Background(), pgtest.WithApplicationName(url, name), 4, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	ctx, cancel := context.WithCancel(context.Background())
	c := &candidate{name: name, st: st, started: started, ended: ended, cancel: cancel, done: make(chan error, 1)}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	go func() {
		c.done <- leader.Run(ctx, st, "job", fast, log, func(ctx context.Context) error {
			started <- name
			<-ctx.Done()
			ended <- name
			return nil
		})
	}()
	t.Cleanup(func() { cancel(); <-c.done })
	return c
}

func recv(t *testing.T, ch chan string, what string) string {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(10 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
		return ""
	}
}

func quiet(t *testing.T, ch chan string, d time.Duration, what string) {
	t.Helper()
	select {
	case v := <-ch:
		t.Fatalf("%s: unexpected %q", what, v)
	case <-time.After(d):
	}
}

func TestOneLeaderAndTakeoverWhenItStops(t *testing.T) {
	url := pgtest.NewDatabase(t)
	started, ended := make(chan string, 8), make(chan string, 8)
	cands := map[string]*candidate{}
	for _, n := range []string{"a", "b"} {
		cands[n] = campaign(t, url, n, started, ended)
	}
	first := recv(t, started, "a leader")
	quiet(t, started, 500*time.Millisecond, "a second leader while the first holds the lock")

	holders, err := cands[first].st.LockHolders(context.Background(), []string{"job"})
	if err != nil {
		t.Fatal(err)
	}
	if holders["job"] != first {
		t.Fatalf("lock holder = %q, want the running leader %q", holders["job"], first)
	}

	cands[first].cancel()
	if got := recv(t, ended, "the first term to end"); got != first {
		t.Fatalf("ended %q, want %q", got, first)
	}
	if err := <-cands[first].done; err != nil {
		t.Fatalf("Run after cancel: %v", err)
	}
	cands[first].done <- nil // for the cleanup
	second := recv(t, started, "the follower to take over")
	if second == first {
		t.Fatalf("%s led again after stopping", first)
	}
}

// TestLeaderStopsWorkWhenItsSessionDies cuts the leader's database session
// from the server side, as a network partition or a failover would: its
// work must be cancelled, since the lock may now be someone else's, and
// leadership must go on (to either candidate).
func TestLeaderStopsWorkWhenItsSessionDies(t *testing.T) {
	url := pgtest.NewDatabase(t)
	started, ended := make(chan string, 8), make(chan string, 8)
	cands := map[string]*candidate{}
	for _, n := range []string{"a", "b"} {
		cands[n] = campaign(t, url, n, started, ended)
	}
	first := recv(t, started, "a leader")
	admin := cands[first].st
	if _, err := admin.Pool().Exec(context.Background(),
		`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`, first); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if got := recv(t, ended, "the cut-off leader's work to stop"); got != first {
		t.Fatalf("ended %q, want %q", got, first)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("work stopped %s after the session died", took)
	}
	recv(t, started, "a new term")
}
