package store

import (
	"context"
	"fmt"
	"hash/fnv"
	"net"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
)

// Lock is a session-level Postgres advisory lock held on a connection of
// its own. Postgres releases it when that connection ends, so a process
// that dies (even by SIGKILL) frees its locks as soon as the server sees
// the socket close, with no lease to expire. A host that vanishes without
// closing its sockets (power loss, a network partition) is noticed by TCP
// keepalives on that connection instead, within LockDeadPeer.
type Lock struct {
	name string
	key  int64
	conn *pgx.Conn
}

// lockKey maps a lock name into the bigint space of pg_advisory_lock; the
// prefix keeps DiTo's locks apart from other applications' on a shared
// server.
func lockKey(name string) int64 {
	h := fnv.New64a()
	h.Write([]byte("dito-graph:" + name))
	return int64(h.Sum64())
}

// Keepalives of a lock's connection. The holder pings its session every
// second (leader.Options.Check), so the connection is never idle that long
// while the holder lives; once its host is gone, the server probes after
// lockKeepAliveIdle and drops the session, releasing the lock, when
// lockKeepAliveCount probes lockKeepAliveInterval apart go unanswered.
// Without them Linux waits two hours before the first probe.
const (
	lockKeepAliveIdle     = 3 * time.Second
	lockKeepAliveInterval = time.Second
	lockKeepAliveCount    = 3
)

// LockDeadPeer is how long after its holder's host vanished the server
// ends a lock's session at the latest: the keepalive probes' time, which
// tcp_user_timeout also bounds when the server's last answer was never
// acknowledged (retransmissions would otherwise last 15 minutes). A
// follower takes the lock over within its retry interval after that.
const LockDeadPeer = lockKeepAliveIdle + lockKeepAliveCount*lockKeepAliveInterval

// lockConnConfig is the pool's connection config with client-side
// keepalives on the socket, so the holder too notices a server that
// vanished.
func lockConnConfig(base *pgx.ConnConfig) *pgx.ConnConfig {
	cfg := base.Copy()
	d := &net.Dialer{Timeout: cfg.ConnectTimeout, KeepAliveConfig: net.KeepAliveConfig{
		Enable: true, Idle: lockKeepAliveIdle, Interval: lockKeepAliveInterval, Count: lockKeepAliveCount}}
	cfg.DialFunc = d.DialContext
	return cfg
}

// keepAlive sets the server side of a lock session's keepalives. A server
// whose platform lacks a setting refuses it; the others still apply, so
// each is set on its own and a refusal is ignored (on
// a Unix socket the server ignores them: a local peer's death closes it).
func keepAlive(ctx context.Context, conn *pgx.Conn) {
	for name, value := range map[string]string{
		"tcp_keepalives_idle":     strconv.Itoa(int(lockKeepAliveIdle / time.Second)),
		"tcp_keepalives_interval": strconv.Itoa(int(lockKeepAliveInterval / time.Second)),
		"tcp_keepalives_count":    strconv.Itoa(lockKeepAliveCount),
		"tcp_user_timeout":        strconv.Itoa(int(LockDeadPeer / time.Millisecond)),
	} {
		_, _ = conn.Exec(ctx, `SELECT set_config($1, $2, false)`, name, value)
	}
}

// TryLock takes the advisory lock called name without waiting. It returns
// (nil, nil) when another session holds it.
func (s *Store) TryLock(ctx context.Context, name string) (*Lock, error) {
	// A pooled connection would go back to the pool with the lock still
	// held, or be recycled under it; a dedicated one lives as long as the
	// lock.
	conn, err := pgx.ConnectConfig(ctx, lockConnConfig(s.pool.Config().ConnConfig))
	if err != nil {
		return nil, fmt.Errorf("connect for lock %s: %w", name, err)
	}
	key := lockKey(name)
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1)`, key).Scan(&ok); err != nil {
		_ = conn.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("try lock %s: %w", name, err)
	}
	if !ok {
		_ = conn.Close(context.WithoutCancel(ctx))
		return nil, nil
	}
	// Only a holder needs them: followers' connections last one attempt.
	keepAlive(ctx, conn)
	return &Lock{name: name, key: key, conn: conn}, nil
}

// Check verifies the lock's session is still alive; an error means the
// lock may already belong to someone else.
func (l *Lock) Check(ctx context.Context) error {
	if err := l.conn.Ping(ctx); err != nil {
		return fmt.Errorf("lock %s: session lost: %w", l.name, err)
	}
	return nil
}

// Release gives the lock up: an explicit unlock first, so the lock is free
// when Release returns (a closed session's locks are freed only once its
// backend has exited, a moment later), then the end of its session, which
// releases it even if the unlock could not be sent.
func (l *Lock) Release() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, _ = l.conn.Exec(ctx, `SELECT pg_advisory_unlock($1)`, l.key)
	_ = l.conn.Close(ctx)
}

// LockHolders maps each held DiTo advisory lock name in names to the
// application_name of the session that holds it; operators and tests use
// it to see which process leads what.
func (s *Store) LockHolders(ctx context.Context, names []string) (map[string]string, error) {
	keys := make([]int64, len(names))
	byKey := make(map[int64]string, len(names))
	for i, n := range names {
		keys[i] = lockKey(n)
		byKey[keys[i]] = n
	}
	// A bigint advisory lock shows as classid = high 32 bits, objid = low
	// 32 bits, objsubid = 1.
	rows, err := s.pool.Query(ctx, `
		SELECT (l.classid::bigint << 32) | l.objid::bigint, a.application_name
		FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
		WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted
		  AND ((l.classid::bigint << 32) | l.objid::bigint) = ANY($1)`, keys)
	if err != nil {
		return nil, fmt.Errorf("read lock holders: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var k int64
		var app string
		if err := rows.Scan(&k, &app); err != nil {
			return nil, fmt.Errorf("scan lock holder: %w", err)
		}
		out[byKey[k]] = app
	}
	return out, rows.Err()
}
