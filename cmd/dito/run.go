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

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/api"
	"github.com/distributedtown/dito-graph/chains"
	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/engine"
	"github.com/distributedtown/dito-graph/indexer"
	"github.com/distributedtown/dito-graph/metrics"
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

	met := metrics.New()
	grp, ctx := errgroup.WithContext(ctx)
	if m != modeServe {
		chainCfgs := cfg.Chains
		if cfg.UsesDevnet() {
			dn, err := startDevnet(ctx, cfg, log)
			if err != nil {
				return err
			}
			defer dn.Close()
			chainCfgs = devnetChains(dn)
		}
		if err := startIndexers(ctx, grp, chainCfgs, st, log, met); err != nil {
			return err
		}
		eng := engine.New(engineConfig(cfg), st, log.With("component", "graph"), met)
		grp.Go(func() error { return eng.Run(ctx) })
	}
	if m != modeIndex {
		srv, err := api.New(api.Config{API: cfg.API, CORSOrigins: cfg.HTTP.CORSOrigins}, st, log.With("component", "api"))
		if err != nil {
			return &config.Error{Key: "http.cors_origins", Msg: err.Error()}
		}
		srv.Handle("GET /metrics", met.Handler())
		if err := serveHTTP(ctx, grp, cfg, log, srv.Handler()); err != nil {
			return err
		}
		grp.Go(func() error { return srv.Run(ctx) })
	}
	err = grp.Wait()
	if err == nil || errors.Is(err, context.Canceled) {
		log.Info("stopped")
		return nil
	}
	return err
}

// startIndexers dials every chain (a node on another chain is a config
// error) and runs one indexer per chain.
func startIndexers(ctx context.Context, grp *errgroup.Group, chs []config.Chain, st *store.Store, log *slog.Logger, met *metrics.Metrics) error {
	for _, ch := range chs {
		cl, err := chains.Dial(ctx, chains.Config{
			ChainID: ch.ChainID, Endpoints: ch.RPC, Timeout: ch.Timeout, RateLimit: ch.RateLimit, MaxLogRange: ch.MaxLogRange,
		})
		if errors.Is(err, chains.ErrChainIDMismatch) {
			return &config.Error{Key: fmt.Sprintf("chains[%s].chain_id", ch.Name), Msg: err.Error()}
		}
		if err != nil {
			return fmt.Errorf("chain %s: %w", ch.Name, err)
		}
		grp.Go(func() error { <-ctx.Done(); cl.Close(); return nil })
		var roots []store.Contract
		for _, r := range []struct{ kind, addr string }{
			{store.KindDistributedTown, ch.Contracts.DistributedTown},
			{store.KindSkillWallet, ch.Contracts.SkillWallet},
			{store.KindProjects, ch.Contracts.Projects},
		} {
			if r.addr != "" {
				roots = append(roots, store.Contract{Address: common.HexToAddress(r.addr), Kind: r.kind})
			}
		}
		ix, err := indexer.New(indexer.Config{
			ChainID: ch.ChainID, Name: ch.Name, StartBlock: ch.StartBlock,
			Confirmations: ch.Confirmations, MaxReorgDepth: ch.MaxReorgDepth, Roots: roots,
		}, cl, st, log.With("component", "indexer"), met, cl.SubscribeHeads(ctx))
		if err != nil {
			return err
		}
		grp.Go(func() error { return ix.Run(ctx) })
	}
	return nil
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

// discardLines sends migration progress lines to the logger.
type discardLines struct{ log *slog.Logger }

func (d discardLines) Write(p []byte) (int, error) {
	d.log.Info("migration", "result", string(p[:max(0, len(p)-1)]))
	return len(p), nil
}
