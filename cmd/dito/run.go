package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/store"
)

type mode int

const (
	modeRun   mode = iota // index + serve
	modeIndex             // index only
	modeServe             // serve only
)

// runAll is `dito run`, `dito index` and `dito serve`: it starts what the
// mode needs and stops it all, in reverse order, when the context ends.
func runAll(cmd *cobra.Command, g *globals, m mode) error {
	cfg, err := g.load(cmd)
	if err != nil {
		return err
	}
	log := newLogger(cfg.Log, stderrFile(cmd))
	ctx := cmd.Context()

	db, err := openDatabase(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer db.close()
	if err := store.Migrate(ctx, db.url, "up", discardLines{log}); err != nil {
		return err
	}
	st, err := store.Open(ctx, db.url, cfg.Database.MaxConns, cfg.Database.ConnectTimeout)
	if err != nil {
		return err
	}
	defer st.Close()

	grp, ctx := errgroup.WithContext(ctx)
	if m != modeIndex {
		if err := serveHTTP(ctx, grp, cfg, log, healthOnly()); err != nil {
			return err
		}
	}
	err = grp.Wait()
	if errors.Is(err, context.Canceled) || ctx.Err() != nil && err == nil {
		log.Info("stopped")
		return nil
	}
	return err
}

// serveHTTP listens now (so a busy port fails at start, as a config error)
// and serves until ctx ends.
func serveHTTP(ctx context.Context, grp *errgroup.Group, cfg config.Config, log *slog.Logger, h http.Handler) error {
	ln, err := net.Listen("tcp", cfg.HTTP.Addr)
	if err != nil {
		return &config.Error{Key: "http.addr", Msg: fmt.Sprintf("cannot listen: %v", err)}
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	log.Info("serving", "graphql", "http://"+ln.Addr().String()+"/graphql", "playground", "http://"+ln.Addr().String()+"/")
	grp.Go(func() error {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("http server: %w", err)
		}
		return nil
	})
	grp.Go(func() error {
		<-ctx.Done()
		shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 3*time.Second)
		defer cancel()
		return srv.Shutdown(shutCtx)
	})
	return nil
}

func healthOnly() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	return mux
}

// discardLines sends migration progress lines to the logger.
type discardLines struct{ log *slog.Logger }

func (d discardLines) Write(p []byte) (int, error) {
	d.log.Info("migration", "result", string(p[:max(0, len(p)-1)]))
	return len(p), nil
}
