package embedpg

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
)

// A cluster is built (by initdb or pg_basebackup) in a staging directory
// inside the data dir and moved into place only once complete. Both tools
// write PG_VERSION, the file that marks a data dir as a cluster, within
// their first milliseconds, so a run interrupted in place (Ctrl-C during the
// very first start) would leave a directory every later start takes for a
// working cluster and fails on. The stages are:
//
//	<data dir>/.dito-building  the tool is writing; incomplete, discarded at the next start
//	<data dir>/.dito-built     complete; its entries are being moved up, PG_VERSION last
//
// Renames within one directory are atomic, so after any interruption the
// data dir holds either no PG_VERSION (and at most a stage, which the next
// start discards or finishes moving) or a complete cluster.
const (
	buildingDir = ".dito-building"
	builtDir    = ".dito-built"
)

// buildCluster runs build (initdb or pg_basebackup, writing into the
// directory it is given, which it creates) and moves the result into dir.
// dir must exist and be empty; the caller holds its lock.
func buildCluster(ctx context.Context, dir string, log *slog.Logger, build func(ctx context.Context, stage string) error) error {
	stage := filepath.Join(dir, buildingDir)
	if err := build(ctx, stage); err != nil {
		// Incomplete whatever it holds; the next start would remove it too.
		if rmErr := os.RemoveAll(stage); rmErr != nil {
			log.Warn("remove incomplete cluster", "dir", stage, "err", rmErr)
		}
		return err
	}
	built := filepath.Join(dir, builtDir)
	if err := os.Rename(stage, built); err != nil {
		return fmt.Errorf("mark cluster in %s complete: %w", stage, err)
	}
	return moveIntoPlace(dir, built)
}

// finishInterruptedBuild clears up after a start that was interrupted while
// building a cluster in dir: an incomplete build is removed, a complete one
// is moved into place. A dir that does not exist yet needs nothing.
func finishInterruptedBuild(dir string, log *slog.Logger) error {
	built := filepath.Join(dir, builtDir)
	if _, err := os.Lstat(built); err == nil {
		log.Info("finishing the setup of a cluster an interrupted start had initialised", "data_dir", dir)
		if err := moveIntoPlace(dir, built); err != nil {
			return err
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("inspect data dir %s: %w", dir, err)
	}
	stage := filepath.Join(dir, buildingDir)
	if _, err := os.Lstat(stage); err == nil {
		log.Info("removing the incomplete cluster an interrupted start left; initialising again", "data_dir", dir)
		if err := os.RemoveAll(stage); err != nil {
			return fmt.Errorf("remove incomplete cluster %s: %w", stage, err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("inspect data dir %s: %w", dir, err)
	}
	return nil
}

// moveIntoPlace moves every entry of the complete cluster in from up into
// dir, PG_VERSION last, and removes from. It resumes a move that was
// interrupted: entries already moved are no longer in from.
func moveIntoPlace(dir, from string) error {
	entries, err := os.ReadDir(from)
	if err != nil {
		return fmt.Errorf("read built cluster %s: %w", from, err)
	}
	for _, e := range entries {
		if e.Name() == "PG_VERSION" {
			continue
		}
		if err := os.Rename(filepath.Join(from, e.Name()), filepath.Join(dir, e.Name())); err != nil {
			return fmt.Errorf("move built cluster into %s: %w", dir, err)
		}
	}
	// PG_VERSION must not become visible before the entries it vouches
	// for, even after a power cut.
	if err := syncDir(dir); err != nil {
		return err
	}
	if err := os.Rename(filepath.Join(from, "PG_VERSION"), filepath.Join(dir, "PG_VERSION")); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("move built cluster into %s: %w", dir, err)
	}
	if err := os.Remove(from); err != nil {
		return fmt.Errorf("remove %s after moving the cluster out: %w", from, err)
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("open %s to sync it: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// runTool runs a short-lived Postgres program to completion, with its
// output in the error when it fails.
func runTool(ctx context.Context, cmd *exec.Cmd, log *slog.Logger, what string) error {
	out := newOutputLog(log, slog.LevelDebug)
	if err := run(ctx, cmd, out); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w", what, ctx.Err())
		}
		return fmt.Errorf("%s: %w\n%s", what, err, out.tail())
	}
	return nil
}
