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
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/pressly/goose/v3"

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
}

// Open connects to Postgres and checks the connection within timeout.
func Open(ctx context.Context, url string, maxConns int32, timeout time.Duration) (*Store, error) {
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
	return &Store{pool: pool}, nil
}

// Pool exposes the connection pool to packages that run their own SQL on
// the same database (the API's query builder, LISTEN/NOTIFY).
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Close releases every connection.
func (s *Store) Close() { s.pool.Close() }

// Migrate applies ("up"), reverts one ("down") or reports ("status") the
// embedded schema migrations. It is idempotent: "up" on an up-to-date
// database applies nothing.
func Migrate(ctx context.Context, url, direction string, w io.Writer) error {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return fmt.Errorf("open database for migrations: %w", err)
	}
	defer db.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, db, migrations.FS)
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
