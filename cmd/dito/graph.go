package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/engine"
	"github.com/distributedtown/dito-graph/graph"
	"github.com/distributedtown/dito-graph/store"
)

func newGraphCmd(g *globals) *cobra.Command {
	c := &cobra.Command{Use: "graph", Short: "Work with the skill graph between towns"}
	c.AddCommand(&cobra.Command{
		Use:   "rebuild",
		Short: "Recompute proximity, scarcity and signals for every town now",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return withEngine(cmd, g, func(e *engine.Engine) error { return nil })
		},
	})
	var format, out string
	export := &cobra.Command{
		Use:   "export",
		Short: "Write the skill graph for Gephi, NetworkX or Graphviz",
		Long: `Writes the proximity graph of the indexed towns with node attributes
(chain, template, members, scarcity, district, centrality) and edge weights.
Formats: graphml, gexf (Gephi, yEd, NetworkX), dot (Graphviz), json, csv.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch format {
			case "graphml", "gexf", "dot", "json", "csv":
			default:
				return &usageError{fmt.Errorf("--format wants graphml, gexf, dot, json or csv, got %q", format)}
			}
			return withEngine(cmd, g, func(e *engine.Engine) error {
				var w io.Writer = cmd.OutOrStdout()
				if out != "" && out != "-" {
					f, err := os.Create(out)
					if err != nil {
						return fmt.Errorf("create %s: %w", out, err)
					}
					defer f.Close()
					w = f
				}
				var err error
				e.Snapshot(func(s *graph.Snapshot) { err = graph.Export(w, s, format) })
				return err
			})
		},
	}
	export.Flags().StringVar(&format, "format", "graphml", "graphml, gexf, dot, json or csv")
	export.Flags().StringVarP(&out, "output", "o", "-", "file to write, - for stdout")
	c.AddCommand(export)
	return c
}

// withEngine opens the database, rebuilds the skill graph once and hands
// the engine to f.
func withEngine(cmd *cobra.Command, g *globals, f func(*engine.Engine) error) error {
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
	e := engine.New(engineConfig(cfg), st, log, nil)
	if err := e.Rebuild(ctx); err != nil {
		return err
	}
	return f(e)
}

func engineConfig(cfg config.Config) engine.Config {
	return engine.Config{
		Graph: graph.Options{
			K:                      cfg.Graph.TopK,
			MinWeight:              cfg.Graph.MinWeight,
			Alpha:                  cfg.Graph.Alpha,
			MaxSignalsPerRecipient: cfg.Graph.HubCap,
		},
		Debounce:     cfg.Graph.Debounce,
		RefreshEvery: cfg.Graph.RefreshEvery,
	}
}
