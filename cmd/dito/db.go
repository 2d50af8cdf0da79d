package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/spf13/cobra"

	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/embedpg"
	"github.com/distributedtown/dito-graph/store"
)

// database is the Postgres a command works on: the configured one, or the
// embedded one this process started (and must stop).
type database struct {
	url string
	// stop stops the embedded Postgres: a fast shutdown until ctx ends,
	// then an immediate one. Nothing for a configured database.
	stop func(ctx context.Context)
}

// close stops the database within the time a Ctrl-C allows.
func (d *database) close() {
	ctx, cancel := context.WithTimeout(context.Background(), postgresFast)
	defer cancel()
	d.stop(ctx)
}

// Whether a command may use the embedded Postgres another dito already runs
// on the same data dir.
const (
	ownDatabase   = false // dito run/index/serve: one dito owns a data dir
	shareDatabase = true  // short commands (migrate, graph) next to a running dito
)

// openDatabase returns the configured database, or starts the embedded one
// when database.url is empty. A configured database that cannot be reached
// at start is a config error (exit 2): the URL is what the user must fix.
// With share, a command finding the data dir served by a running dito uses
// that server (and leaves it running) rather than failing.
func openDatabase(ctx context.Context, cfg config.Config, log *slog.Logger, share bool) (*database, error) {
	if cfg.Database.URL != "" {
		s, err := store.Open(ctx, cfg.Database.URL, 1, cfg.Database.ConnectTimeout)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, &config.Error{Key: "database.url", Msg: unreachable(err, cfg.Database.ConnectTimeout)}
		}
		s.Close()
		return &database{url: cfg.Database.URL, stop: func(context.Context) {}}, nil
	}
	dir := cfg.DataDir
	if dir == "" {
		var err error
		if dir, err = defaultDataDir(); err != nil {
			return nil, err
		}
	}
	log.Info("starting embedded postgres", "data_dir", dir)
	srv, err := embedpg.Start(ctx, embedpg.Options{DataDir: dir, Database: "dito", Logger: log, AllowDownload: true})
	var inUse *embedpg.InUseError
	if share && errors.As(err, &inUse) && inUse.URL("dito") != "" {
		log.Info("using the embedded postgres of the dito already running on this data dir", "pid", inUse.PID, "port", inUse.Port)
		return &database{url: inUse.URL("dito"), stop: func(context.Context) {}}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("start embedded postgres in %s: %w", dir, err)
	}
	return &database{
		url: srv.URL("dito"),
		stop: func(ctx context.Context) {
			if err := srv.Stop(ctx); err != nil {
				log.Warn("stop embedded postgres", "err", err)
			}
		},
	}, nil
}

// unreachable says in one line why a database could not be reached. pgx's
// error names the cause once per address and TLS mode it tried, so it is
// rebuilt from the innermost cause: the DNS answer, the refused dial, the
// server's own message, or the timeout.
func unreachable(err error, timeout time.Duration) string {
	where := ""
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) && ce.Config != nil {
		where = net.JoinHostPort(ce.Config.Host, strconv.Itoa(int(ce.Config.Port))) + ": "
	}
	var dnsErr *net.DNSError
	var opErr *net.OpError
	var pgErr *pgconn.PgError
	switch {
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return fmt.Sprintf("cannot reach %shost %q not found (%s)", where, dnsErr.Name, dnsErr.Err)
	case errors.As(err, &dnsErr):
		return fmt.Sprintf("cannot reach %scannot resolve host %q (%s)", where, dnsErr.Name, dnsErr.Err)
	case errors.As(err, &pgErr):
		return fmt.Sprintf("server at %srefused: %s (SQLSTATE %s)", where, pgErr.Message, pgErr.Code)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("cannot reach %sno answer within database.connect_timeout (%s)", where, timeout)
	case errors.As(err, &opErr) && opErr.Err != nil:
		return fmt.Sprintf("cannot reach %s%v", where, opErr.Err)
	}
	return fmt.Sprintf("cannot reach %s%v", where, lastAttempt(err))
}

// lastAttempt is the error of the last address or TLS mode pgx tried,
// without the address it prefixes (the caller names it once).
func lastAttempt(err error) error {
	for e := err; e != nil; e = errors.Unwrap(e) {
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			if errs := j.Unwrap(); len(errs) > 0 {
				last := errs[len(errs)-1]
				if inner := errors.Unwrap(last); inner != nil {
					return inner
				}
				return last
			}
		}
	}
	return err
}

// defaultDataDir is $XDG_DATA_HOME/dito (~/.local/share/dito on Linux).
func defaultDataDir() (string, error) {
	if x := os.Getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "dito"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find a data dir (set --data-dir): %w", err)
	}
	return filepath.Join(home, ".local", "share", "dito"), nil
}

// stderrFile is where logs go; commands write results to stdout.
func stderrFile(cmd *cobra.Command) *os.File {
	if f, ok := cmd.ErrOrStderr().(*os.File); ok {
		return f
	}
	return os.Stderr
}
