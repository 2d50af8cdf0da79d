package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/distributedtown/dito-graph/store"
)

func newMigrateCmd(g *globals) *cobra.Command {
	c := &cobra.Command{
		Use:   "migrate up|down|status",
		Short: "Apply, revert or list the database schema migrations",
		Long: `Migrations also run automatically when dito starts; this command is for
operators who want to migrate ahead of a deploy or step back one migration.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 || (args[0] != "up" && args[0] != "down" && args[0] != "status") {
				return &usageError{fmt.Errorf("migrate wants one of up, down or status, got %q", args)}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			log := newLogger(cfg.Log, stderrFile(cmd))
			db, err := openDatabase(cmd.Context(), cfg, log, shareDatabase)
			if err != nil {
				return err
			}
			defer db.close()
			return store.Migrate(cmd.Context(), db.url, args[0], cmd.OutOrStdout())
		},
	}
	return c
}
