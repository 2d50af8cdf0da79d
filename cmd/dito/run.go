package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/api"
	"github.com/distributedtown/dito-graph/chains"
	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/engine"
	"github.com/distributedtown/dito-graph/indexer"
	"github.com/distributedtown/dito-graph/leader"
	"github.com/distributedtown/dito-graph/metrics"
	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/webhook"
)

type mode int

const (
	modeRun   mode = iota // index + serve
	modeIndex             // index only
	modeServe             // serve only
)

// The shutdown budget: issue 2 wants Ctrl-C to exit within 5 s. Each step
// has a deadline counted from when the stop began (see stopClock), so
// together they fit whatever each one takes.
const (
	// httpDrain lets in-flight requests finish before connections close.
	httpDrain = 2 * time.Second
	// workersStop is when runAll stops waiting for indexers, the graph
	// engine and webhooks: each indexer batch is one transaction, so a
	// worker cut off loses only an uncommitted batch, which Postgres rolls
	// back.
	workersStop = 3 * time.Second
	// closeBy bounds closing the devnet and the connection pools.
	closeBy = 3500 * time.Millisecond
	// postgresFast is the end of the embedded Postgres' fast shutdown;
	// after it embedpg stops it immediately (commits are in its WAL) and
	// kills it a second later if need be.
	postgresFast = 3500 * time.Millisecond
)

// stopClock is when the process began to stop: at the signal, or when a
// failure started the unwinding, whichever came first.
type stopClock struct {
	once sync.Once
	at   time.Time
}

func (c *stopClock) start() { c.once.Do(func() { c.at = time.Now() }) }

// deadline is d after the stop began; it starts the clock if nothing has.
func (c *stopClock) deadline(d time.Duration) time.Time {
	c.start()
	return c.at.Add(d)
}

// finish runs f but waits for it only until by after the stop began: a
// step that hangs must not hold up the rest of the shutdown.
func (c *stopClock) finish(by time.Duration, log *slog.Logger, what string, f func()) {
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	t := time.NewTimer(time.Until(c.deadline(by)))
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		log.Warn("shutdown step did not finish in time; going on", "step", what)
	}
}

// stoppedBySignal turns the error of a command a signal interrupted into
// the clean stop the user asked for: a start cut short by Ctrl-C fails with
// context.Canceled from wherever it was (initdb, the devnet, dialling a
// chain), and that is not a failure. ctx is the command's context, which
// only a signal ends.
func stoppedBySignal(ctx context.Context, log *slog.Logger, err error) error {
	if ctx.Err() == nil {
		return err
	}
	if err != nil {
		log.Debug("interrupted", "err", err)
	}
	log.Info("stopped")
	return nil
}

// runAll is `dito run`, `dito index` and `dito serve`: it starts what the
// mode needs and stops it all, in reverse order, when the context ends.
func runAll(cmd *cobra.Command, g *globals, m mode) (err error) {
	cfg, err := g.load(cmd)
	if err != nil {
		return err
	}
	// Bars and text logs when stderr is a terminal.
	term := terminal(cmd.ErrOrStderr())
	logOut := newSwitchWriter(cmd.ErrOrStderr())
	log := newLoggerTo(cfg.Log, logOut, term != nil)
	ctx := cmd.Context()
	clock := &stopClock{}
	defer context.AfterFunc(ctx, clock.start)()
	defer func() { err = stoppedBySignal(ctx, log, err) }()

	// The port first: a busy one is a config error to report before
	// Postgres, the devnet and the indexers start.
	ln, err := net.Listen("tcp", cfg.HTTP.Addr)
	if err != nil {
		return &config.Error{Key: "http.addr", Msg: fmt.Sprintf("cannot listen on %s: %v", cfg.HTTP.Addr, listenCause(err))}
	}
	defer ln.Close() // for a failed start; serving closes it otherwise

	db, err := openDatabase(ctx, cfg, log, ownDatabase)
	if err != nil {
		return err
	}
	defer func() {
		stopCtx, cancel := context.WithDeadline(context.Background(), clock.deadline(postgresFast))
		defer cancel()
		db.stop(stopCtx)
	}()
	if err := store.Migrate(ctx, db.url, "up", discardLines{log}); err != nil {
		return err
	}
	st, err := store.Open(ctx, db.url, cfg.Database.MaxConns, cfg.Database.ConnectTimeout)
	if err != nil {
		return err
	}
	defer clock.finish(closeBy, log, "close database pool", st.Close)

	// API reads go to the replicas when `dito serve` has some; indexing
	// must read what it wrote, so it always uses the primary.
	reads := st
	if len(cfg.Database.Replicas) > 0 {
		if m != modeServe {
			log.Warn("database.replicas are read by `dito serve` only; this process uses the primary")
		} else {
			if reads, err = st.WithReplicas(ctx, cfg.Database.Replicas, cfg.Database.MaxConns, cfg.Database.ConnectTimeout); err != nil {
				return &config.Error{Key: "database.replicas", Msg: unreachable(err, cfg.Database.ConnectTimeout)}
			}
			defer clock.finish(closeBy, log, "close replica pools", reads.Close)
		}
	}

	met := metrics.New()
	met.CollectChains(chainSamples(reads))
	met.CollectDeadLetters(st.DeadLetters)
	grp, gctx := errgroup.WithContext(ctx)
	if m != modeServe {
		chainCfgs := cfg.Chains
		if cfg.UsesDevnet() {
			dn, err := startDevnet(gctx, cfg, log)
			if err != nil {
				return err
			}
			defer clock.finish(closeBy, log, "close devnet", func() { _ = dn.Close() })
			chainCfgs = devnetChains(dn)
			if err := claimForDevnet(gctx, st, chainCfgs, log); err != nil {
				return err
			}
		}
		prog := newProgress(term, logOut, log)
		for _, ch := range chainCfgs {
			prog.name(ch.ChainID, ch.Name)
		}
		grp.Go(func() error { prog.run(gctx); return nil })
		if err := startIndexers(gctx, grp, chainCfgs, st, log, observers{met, prog}, met); err != nil {
			return err
		}
		if err := syncWebhooks(gctx, st, cfg.Signals.Webhooks); err != nil {
			return err
		}
		hookLog := log.With("component", "webhooks")
		grp.Go(func() error {
			return leader.Run(gctx, st, "webhooks", leader.Options{}, hookLog, func(ctx context.Context) error {
				return webhook.New(st, webhook.Options{MaxAttempts: cfg.Signals.MaxAttempts, Observer: met}, hookLog).Run(ctx)
			})
		})
		// One process computes the skill graph at a time: two would emit
		// each signal twice.
		engLog := log.With("component", "graph")
		grp.Go(func() error {
			return leader.Run(gctx, st, graphLock, leader.Options{}, engLog, func(ctx context.Context) error {
				return engine.New(engineConfig(cfg), st, engLog, met).Run(ctx)
			})
		})
	}
	base := "http://" + ln.Addr().String()
	if m == modeIndex {
		// An indexer serves no queries but is still scraped and probed:
		// the API's own health handlers, nothing else of it.
		mux := http.NewServeMux()
		mux.Handle("GET /metrics", met.Handler())
		mux.HandleFunc("GET /healthz", api.Healthz)
		mux.Handle("GET /readyz", api.Readiness(st, cfg.API.MaxLag, log.With("component", "api")))
		serveHTTP(gctx, grp, clock, ln, mux)
		log.Info("serving", "metrics", base+"/metrics", "healthz", base+"/healthz", "readyz", base+"/readyz")
	} else {
		srv, err := api.New(api.Config{API: cfg.API, CORSOrigins: cfg.HTTP.CORSOrigins, Observer: met}, reads, log.With("component", "api"))
		if err != nil {
			return &config.Error{Key: "http.cors_origins", Msg: err.Error()}
		}
		srv.Handle("GET /metrics", met.Handler())
		serveHTTP(gctx, grp, clock, ln, srv.Handler())
		grp.Go(func() error { return srv.Run(gctx) })
		log.Info("serving", "graphql", base+"/graphql", "playground", base+"/", "explorer", base+"/explorer/")
	}
	err = waitWorkers(gctx, grp, clock, log)
	if ctx.Err() == nil && (err == nil || errors.Is(err, context.Canceled)) {
		log.Info("stopped") // (after a signal, stoppedBySignal says it)
		return nil
	}
	return err
}

// waitWorkers waits for the errgroup, but once the stop has begun only
// until workersStop: what has not returned by then is abandoned (its
// uncommitted transaction rolls back when the pools close).
func waitWorkers(gctx context.Context, grp *errgroup.Group, clock *stopClock, log *slog.Logger) error {
	done := make(chan error, 1)
	go func() { done <- grp.Wait() }()
	select {
	case err := <-done:
		return err
	case <-gctx.Done():
	}
	t := time.NewTimer(time.Until(clock.deadline(workersStop)))
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		log.Warn("some workers did not stop in time; stopping without them", "after", workersStop)
		return gctx.Err()
	}
}

// listenCause drops the "listen tcp 127.0.0.1:8080:" prefix the key
// already says.
func listenCause(err error) error {
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		return op.Err
	}
	return err
}

// startIndexers dials every chain (a node on another chain is a config
// error) and runs one indexer per chain.
func startIndexers(ctx context.Context, grp *errgroup.Group, chs []config.Chain, st *store.Store, log *slog.Logger, obs indexer.Observer, rpcObs chains.Observer) error {
	for _, ch := range chs {
		cl, err := chains.Dial(ctx, chains.Config{
			ChainID: ch.ChainID, Endpoints: ch.RPC, Timeout: ch.Timeout, RateLimit: ch.RateLimit, MaxLogRange: ch.MaxLogRange,
			Observer: rpcObs,
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
		ixCfg := indexer.Config{
			ChainID: ch.ChainID, Name: ch.Name, StartBlock: ch.StartBlock,
			Confirmations: ch.Confirmations, MaxReorgDepth: ch.MaxReorgDepth, Roots: roots,
		}
		ixLog := log.With("component", "indexer")
		heads := cl.SubscribeHeads(ctx)
		// Built once so a bad configuration fails at start, not at the
		// first term; each term gets a fresh indexer because a term
		// begins where the previous leader (maybe another process) left.
		if _, err := indexer.New(ixCfg, cl, st, ixLog, obs, heads); err != nil {
			return err
		}
		grp.Go(func() error {
			return leader.Run(ctx, st, fmt.Sprintf("index:%d", ch.ChainID), leader.Options{}, ixLog, func(ctx context.Context) error {
				ix, err := indexer.New(ixCfg, cl, st, ixLog, obs, heads)
				if err != nil {
					return err
				}
				return ix.Run(ctx)
			})
		})
	}
	return nil
}

// serveHTTP serves h on ln until ctx ends, then drains for httpDrain and
// closes what is left.
func serveHTTP(ctx context.Context, grp *errgroup.Group, clock *stopClock, ln net.Listener, h http.Handler) {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	grp.Go(func() error {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("http server: %w", err)
		}
		return nil
	})
	grp.Go(func() error {
		<-ctx.Done()
		shutCtx, cancel := context.WithDeadline(context.Background(), clock.deadline(httpDrain))
		defer cancel()
		if err := srv.Shutdown(shutCtx); err != nil {
			// Subscriptions and slow requests still open: cut them.
			return srv.Close()
		}
		return nil
	})
}

// discardLines sends migration progress lines to the logger.
type discardLines struct{ log *slog.Logger }

func (d discardLines) Write(p []byte) (int, error) {
	d.log.Info("migration", "result", string(p[:max(0, len(p)-1)]))
	return len(p), nil
}

// chainSamples reads each chain's lag for the metrics, from the database
// the process answers from.
func chainSamples(st *store.Store) func(context.Context) ([]metrics.ChainSample, error) {
	return func(ctx context.Context) ([]metrics.ChainSample, error) {
		cs, err := st.ChainStatuses(ctx)
		if err != nil {
			return nil, err
		}
		out := make([]metrics.ChainSample, 0, len(cs))
		for _, c := range cs {
			if c.Indexed == nil || c.HeadTime == nil {
				continue
			}
			out = append(out, metrics.ChainSample{Chain: c.ID, LagSeconds: float64(int64(*c.HeadTime) - int64(c.Indexed.Time))})
		}
		return out, nil
	}
}

// claimForDevnet makes the database ready for this run's devnet: its chains
// are new at every start, so what an earlier run indexed from them is
// forgotten (the data dir itself is reused).
func claimForDevnet(ctx context.Context, st *store.Store, chs []config.Chain, log *slog.Logger) error {
	names := make(map[uint64]string, len(chs))
	for _, c := range chs {
		names[c.ChainID] = c.Name
	}
	err := st.ClaimForDevnet(ctx, names)
	if errors.Is(err, store.ErrRealChain) {
		return &config.Error{Key: "chains", Msg: fmt.Sprintf("no chains configured, so dito would index its devnet, but %v "+
			"under the same chain ids; give the devnet its own database (--data-dir or database.url) or configure the chains", err)}
	}
	if err != nil {
		return err
	}
	log.Info("devnet chains start anew each run; data indexed from an earlier run's devnet was dropped")
	return nil
}

// syncWebhooks mirrors signals.webhooks of the config into the database,
// keeping the deliveries of webhooks that did not change.
func syncWebhooks(ctx context.Context, st *store.Store, ws []config.Webhook) error {
	out := make([]store.Webhook, 0, len(ws))
	for i, w := range ws {
		sw := store.Webhook{URL: w.URL, Secret: w.Secret, Skill: w.Skill, Kind: w.Kind}
		if w.Town != "" {
			ref, err := store.ParseTownID(w.Town)
			if err != nil {
				return &config.Error{Key: fmt.Sprintf("signals.webhooks[%d].town", i), Msg: err.Error()}
			}
			sw.Town = &ref
		}
		out = append(out, sw)
	}
	return st.SyncConfigWebhooks(ctx, out)
}
