// Package store owns DiTo Graph's Postgres schema and every SQL statement
// that reads or writes it. It knows nothing of JSON-RPC or GraphQL: the
// indexer hands it Batches, the graph engine and the API read from it.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/distributedtown/dito-graph/migrations"
)

// ErrCursorMoved means the stored cursor is not the one a batch was built
// on: another process applied blocks meanwhile, or a rollback happened.
var ErrCursorMoved = errors.New("chain cursor moved")

// ErrNotFound is returned by single-row reads that match nothing.
var ErrNotFound = errors.New("not found")

// Store is the Postgres database of one DiTo Graph deployment.
type Store struct {
	pool *pgxpool.Pool
	// replicas, when set, serve the reads the API makes; writes, LISTEN
	// and the indexer's reads stay on pool. A view from Pin reads from one
	// of them only.
	replicas []*pgxpool.Pool
	next     *atomic.Uint64
	// pinned is the one pool a view from Pin or Primary reads from.
	pinned *pgxpool.Pool
	// closeFn releases what this value owns: the primary's pool for Open,
	// the replicas' pools for WithReplicas, nothing for a view.
	closeFn func()
}

// Open connects to Postgres and checks the connection within timeout.
func Open(ctx context.Context, url string, maxConns int32, timeout time.Duration) (*Store, error) {
	pool, err := openPool(ctx, url, maxConns, timeout)
	if err != nil {
		return nil, err
	}
	return &Store{pool: pool, closeFn: pool.Close}, nil
}

// WithReplicas returns a view of s whose API reads (entity queries,
// analytics, _meta, time travel, Ping) go to the given streaming replicas
// while writes and LISTEN stay on the primary. Answers then trail the
// primary by the replicas' replay lag; Pin keeps each answer on one replica
// so that _meta's block is the block of the rest of the answer. Close the
// view to close the replicas' pools; s stays open.
func (s *Store) WithReplicas(ctx context.Context, urls []string, maxConns int32, timeout time.Duration) (*Store, error) {
	v := &Store{pool: s.pool, next: new(atomic.Uint64)}
	v.closeFn = func() {
		for _, p := range v.replicas {
			p.Close()
		}
	}
	for _, u := range urls {
		p, err := openPool(ctx, u, maxConns, timeout)
		if err != nil {
			v.Close()
			return nil, fmt.Errorf("replica: %w", err)
		}
		v.replicas = append(v.replicas, p)
	}
	return v, nil
}

// Pin returns a view of s that sends every read to one database: the next
// replica in turn, or the primary when s has no replicas. The API pins
// each request, so one answer (its lists, nested lists, analytics and
// _meta) never mixes replicas that replayed to different points. Closing
// a pinned view does nothing.
func (s *Store) Pin() *Store {
	if s.pinned != nil {
		return s
	}
	v := &Store{pool: s.pool, pinned: s.pool}
	if len(s.replicas) > 0 {
		v.pinned = s.replicas[s.next.Add(1)%uint64(len(s.replicas))]
		v.replicas = []*pgxpool.Pool{v.pinned}
	}
	return v
}

// Primary is s reading from the primary: for reads that must see the
// latest commit, such as a notification's row or a mutation's result.
func (s *Store) Primary() *Store { return &Store{pool: s.pool, pinned: s.pool} }

// OnReplica reports whether reads of s may go to a replica, whose state
// can trail the primary's.
func (s *Store) OnReplica() bool {
	return len(s.replicas) > 0 && s.pinned != s.pool
}

// reader is the pool API reads use: a pinned view's one pool, else the
// next replica in turn (statement by statement), else the primary.
func (s *Store) reader() *pgxpool.Pool {
	switch {
	case s.pinned != nil:
		return s.pinned
	case len(s.replicas) == 0:
		return s.pool
	}
	return s.replicas[s.next.Add(1)%uint64(len(s.replicas))]
}

func openPool(ctx context.Context, url string, maxConns int32, timeout time.Duration) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("parse database url: %w", err)
	}
	if maxConns > 0 {
		cfg.MaxConns = maxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open pool: %w", err)
	}
	pingCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := pool.Ping(pingCtx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to %s:%d/%s: %w", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database, err)
	}
	return pool, nil
}

// Pool exposes the connection pool to packages that run their own SQL on
// the same database (the API's query builder, LISTEN/NOTIFY).
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Close releases every connection; on a view from WithReplicas it closes
// the replicas' pools only, on a view from Pin or Primary nothing.
func (s *Store) Close() {
	if s.closeFn != nil {
		s.closeFn()
	}
}

// Migrate applies ("up"), reverts one ("down") or reports ("status") the
// embedded schema migrations. It is idempotent: "up" on an up-to-date
// database applies nothing.
func Migrate(ctx context.Context, url, direction string, w io.Writer) error {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return fmt.Errorf("open database for migrations: %w", err)
	}
	defer db.Close()
	// Several processes may start at once on one database (an HA pair of
	// indexers): a session advisory lock makes the others wait for the
	// first to finish, then find nothing left to apply.
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockID(lockKey("migrate")),
		lock.WithLockTimeout(1, 600)) // poll each second, for up to 10 minutes
	if err != nil {
		return fmt.Errorf("migration lock: %w", err)
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, migrations.FS, goose.WithSessionLocker(locker))
	if err != nil {
		return fmt.Errorf("load migrations: %w", err)
	}
	switch direction {
	case "up":
		res, err := p.Up(ctx)
		if err != nil {
			return fmt.Errorf("migrate up: %w", err)
		}
		for _, r := range res {
			fmt.Fprintf(w, "applied %s (%s)\n", r.Source.Path, r.Duration.Round(time.Millisecond))
		}
	case "down":
		r, err := p.Down(ctx)
		if err != nil {
			return fmt.Errorf("migrate down: %w", err)
		}
		fmt.Fprintf(w, "reverted %s\n", r.Source.Path)
	case "status":
		st, err := p.Status(ctx)
		if err != nil {
			return fmt.Errorf("migration status: %w", err)
		}
		for _, s := range st {
			applied := "pending"
			if s.State == goose.StateApplied {
				applied = "applied " + s.AppliedAt.Format(time.RFC3339)
			}
			fmt.Fprintf(w, "%-40s %s\n", s.Source.Path, applied)
		}
	default:
		return fmt.Errorf("unknown migration direction %q (want up, down or status)", direction)
	}
	return nil
}

func num(x *big.Int) pgtype.Numeric {
	if x == nil {
		return pgtype.Numeric{}
	}
	return pgtype.Numeric{Int: new(big.Int).Set(x), Valid: true}
}

// bigOf converts a scanned numeric back to an integer; the columns only ever
// hold integers written by num, so a fractional exponent cannot occur.
func bigOf(n pgtype.Numeric) *big.Int {
	if !n.Valid {
		return nil
	}
	v := new(big.Int).Set(n.Int)
	if n.Exp > 0 {
		v.Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n.Exp)), nil))
	}
	return v
}

func addrOrNil(a common.Address) []byte {
	if a == (common.Address{}) {
		return nil
	}
	return a.Bytes()
}

func addrOf(b []byte) common.Address { return common.BytesToAddress(b) }

// versionRange is [from, to) or [from, ∞) when to is 0.
func versionRange(from, to uint64) pgtype.Range[pgtype.Int8] {
	r := pgtype.Range[pgtype.Int8]{
		Lower:     pgtype.Int8{Int64: int64(from), Valid: true},
		LowerType: pgtype.Inclusive,
		UpperType: pgtype.Unbounded,
		Valid:     true,
	}
	if to != 0 {
		r.Upper = pgtype.Int8{Int64: int64(to), Valid: true}
		r.UpperType = pgtype.Exclusive
	}
	return r
}

func inTx(ctx context.Context, pool *pgxpool.Pool, f func(pgx.Tx) error) error {
	tx, err := pool.BeginTx(ctx, pgx.TxOptions{})
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback(context.WithoutCancel(ctx))
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}
