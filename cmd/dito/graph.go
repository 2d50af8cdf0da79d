package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/engine"
	"github.com/distributedtown/dito-graph/graph"
	"github.com/distributedtown/dito-graph/store"
)

// graphLock is the leader lock of the skill graph engine (leader.Run in
// run.go): whoever holds it is the one process that writes derived rows.
const graphLock = "graph"

func newGraphCmd(g *globals) *cobra.Command {
	c := &cobra.Command{Use: "graph", Short: "Work with the skill graph between towns"}
	var wait time.Duration
	rebuild := &cobra.Command{
		Use:   "rebuild",
		Short: "Recompute proximity, scarcity and signals for every town now",
		Long: `Recomputes the skill graph of every indexed town and stores the results.
Only the process leading the skill graph writes them: when a running dito
leads it, the rebuild is asked of that process (and this command waits for
its answer); otherwise this command takes the lead for the rebuild.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withStore(cmd, g, true, func(ctx context.Context, cfg config.Config, st *store.Store, log *slog.Logger) error {
				return rebuildGraph(ctx, cmd.OutOrStdout(), st, engineConfig(cfg), log, wait)
			})
		},
	}
	rebuild.Flags().DurationVar(&wait, "wait", 5*time.Minute, "how long to wait for the leading process's rebuild")
	c.AddCommand(rebuild)
	var format, out string
	export := &cobra.Command{
		Use:   "export",
		Short: "Write the skill graph for Gephi, NetworkX or Graphviz",
		Long: `Writes the proximity graph of the indexed towns with node attributes
(chain, template, members, scarcity, district, centrality) and edge weights.
Formats: graphml, gexf (Gephi, yEd, NetworkX), dot (Graphviz), json, csv.
It computes the graph from the indexed towns in memory, with the stored
findings as the previous round (hysteresis), and writes nothing to the
database, so it is safe beside a running dito.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch format {
			case "graphml", "gexf", "dot", "json", "csv":
			default:
				return &usageError{fmt.Errorf("--format wants graphml, gexf, dot, json or csv, got %q", format)}
			}
			return withStore(cmd, g, false, func(ctx context.Context, cfg config.Config, st *store.Store, _ *slog.Logger) error {
				snap, err := engine.Build(ctx, st, engineConfig(cfg).Graph)
				if err != nil {
					return err
				}
				var w io.Writer = cmd.OutOrStdout()
				if out != "" && out != "-" {
					f, err := os.Create(out)
					if err != nil {
						return fmt.Errorf("create %s: %w", out, err)
					}
					defer f.Close()
					w = f
				}
				return graph.Export(w, snap, format)
			})
		},
	}
	export.Flags().StringVar(&format, "format", "graphml", "graphml, gexf, dot, json or csv")
	export.Flags().StringVarP(&out, "output", "o", "-", "file to write, - for stdout")
	c.AddCommand(export)
	return c
}

// withStore opens the database (migrating it first when migrate is set;
// export only reads) and hands the store to f.
func withStore(cmd *cobra.Command, g *globals, migrate bool,
	f func(context.Context, config.Config, *store.Store, *slog.Logger) error) error {
	cfg, err := g.load(cmd)
	if err != nil {
		return err
	}
	log := newLogger(cfg.Log, stderrFile(cmd))
	ctx := cmd.Context()
	db, err := openDatabase(ctx, cfg, log, shareDatabase)
	if err != nil {
		return err
	}
	defer db.close()
	if migrate {
		if err := store.Migrate(ctx, db.url, "up", discardLines{log}); err != nil {
			return err
		}
	}
	st, err := store.Open(ctx, db.url, cfg.Database.MaxConns, cfg.Database.ConnectTimeout)
	if err != nil {
		return err
	}
	defer st.Close()
	return f(ctx, cfg, st, log)
}

// rebuildGraph rebuilds the skill graph without racing the engine of a
// running dito: it takes the engine's leader lock and rebuilds itself, or,
// when another process holds the lock, asks that process's engine over
// store.ChannelGraphRebuild and waits up to wait for its answer.
func rebuildGraph(ctx context.Context, out io.Writer, st *store.Store, cfg engine.Config, log *slog.Logger, wait time.Duration) error {
	lock, err := st.TryLock(ctx, graphLock)
	if err != nil {
		return err
	}
	if lock != nil {
		defer lock.Release()
		start := time.Now()
		e := engine.New(cfg, st, log, nil)
		if err := e.Rebuild(ctx); err != nil {
			return err
		}
		var towns int
		e.Snapshot(func(s *graph.Snapshot) { towns = s.Len() })
		fmt.Fprintf(out, "skill graph rebuilt: %d towns in %s\n", towns, time.Since(start).Round(time.Millisecond))
		return nil
	}
	leader := "another process"
	if hs, err := st.LockHolders(ctx, []string{graphLock}); err == nil && hs[graphLock] != "" {
		leader = fmt.Sprintf("process %q", hs[graphLock])
	}
	fmt.Fprintf(out, "%s leads the skill graph; asking it to rebuild\n", leader)
	res, err := askRebuild(ctx, st, wait)
	if err != nil {
		return fmt.Errorf("ask %s to rebuild the skill graph: %w", leader, err)
	}
	if res.Error != "" {
		return fmt.Errorf("%s failed to rebuild the skill graph: %s", leader, res.Error)
	}
	fmt.Fprintf(out, "skill graph rebuilt by %s: %d towns, %d live signals in %s\n", leader, res.Towns, res.Signals,
		(time.Duration(res.TookMS) * time.Millisecond).String())
	return nil
}

// errNoAnswer is returned when the leader did not answer a rebuild request.
var errNoAnswer = errors.New("no answer (is the leader an older dito, or busy with a long rebuild?)")

// askRebuild sends a rebuild request and waits for the engine's answer to
// it. It listens before asking, so the answer cannot come too early.
func askRebuild(ctx context.Context, st *store.Store, wait time.Duration) (store.RebuildResult, error) {
	request := fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano())
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	// Listen calls both functions on its own goroutine, one at a time.
	var (
		res       store.RebuildResult
		answered  bool
		notifyErr error
	)
	err := st.Listen(ctx, []string{store.ChannelGraphRebuilt}, func() {
		if notifyErr = st.Notify(ctx, store.ChannelGraphRebuild, request); notifyErr != nil {
			cancel()
		}
	}, func(_, payload string) {
		var r store.RebuildResult
		if json.Unmarshal([]byte(payload), &r) == nil && r.Request == request {
			res, answered = r, true
			cancel()
		}
	})
	switch {
	case notifyErr != nil:
		return res, notifyErr
	case answered:
		return res, nil
	case err != nil:
		return res, err
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return res, fmt.Errorf("after %s: %w", wait, errNoAnswer)
	}
	return res, ctx.Err()
}

func engineConfig(cfg config.Config) engine.Config {
	return engine.Config{
		Graph: graph.Options{
			K:                      cfg.Graph.TopK,
			MinWeight:              cfg.Graph.MinWeight,
			Alpha:                  cfg.Graph.Alpha,
			MaxSignalsPerRecipient: cfg.Graph.HubCap,
			RecipientMargin:        recipientMargin(cfg.Graph.RecipientMargin),
		},
		Debounce:     cfg.Graph.Debounce,
		RefreshEvery: cfg.Graph.RefreshEvery,
	}
}

// recipientMargin maps the config's margin to graph.Options', where zero
// means "the default" and a negative value "none".
func recipientMargin(m float64) float64 {
	if m == 0 {
		return -1
	}
	return m
}
