package main

import (
	"context"
	"fmt"

	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/embedpg"
	"github.com/distributedtown/dito-graph/store"
)

// database is the Postgres a command works on: the configured one, or the
// embedded one this process started (and must stop).
type database struct {
	url   string
	close func()
}

// openDatabase returns the configured database, or starts the embedded one
// when database.url is empty. A configured database that cannot be reached
// at start is a config error (exit 2): the URL is what the user must fix.
func openDatabase(ctx context.Context, cfg config.Config, log *slog.Logger) (*database, error) {
	if cfg.Database.URL != "" {
		s, err := store.Open(ctx, cfg.Database.URL, 1, cfg.Database.ConnectTimeout)
		if err != nil {
			return nil, &config.Error{Key: "database.url", Msg: err.Error()}
		}
		s.Close()
		return &database{url: cfg.Database.URL, close: func() {}}, nil
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
	if err != nil {
		return nil, fmt.Errorf("start embedded postgres in %s: %w", dir, err)
	}
	return &database{
		url: srv.URL("dito"),
		close: func() {
			// The parent context is already cancelled on shutdown; give
			// Postgres its own few seconds for a clean fast shutdown.
			stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
			defer cancel()
			if err := srv.Stop(stopCtx); err != nil {
				log.Error("stop embedded postgres", "err", err)
			}
		},
	}, nil
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
