package embedpg

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// StartReplica copies primary into opts.DataDir with pg_basebackup and
// starts that copy as a hot standby streaming from primary. opts.DataDir
// must be new or empty; BinDir defaults to the primary's (a standby must run
// the primary's major version) and Database is ignored, since a standby
// gets its databases from the primary.
//
// Later starts of the same DataDir with Start resume streaming: the backup
// leaves standby.signal and primary_conninfo (in postgresql.auto.conf) in it.
func StartReplica(ctx context.Context, primary *Server, opts Options) (*Server, error) {
	if opts.DataDir == "" {
		return nil, errors.New("embedpg: StartReplica: Options.DataDir is empty")
	}
	dir, err := filepath.Abs(opts.DataDir)
	if err != nil {
		return nil, fmt.Errorf("resolve replica data dir %q: %w", opts.DataDir, err)
	}
	opts.DataDir = dir
	opts.BinDir = cmp.Or(opts.BinDir, primary.BinDir)
	opts.Database = ""
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	log := opts.Logger.With("component", "postgres")

	if err := createDataDir(dir); err != nil {
		return nil, err
	}
	unlock, err := lockDir(ctx, dir, cmp.Or(opts.StartTimeout, 60*time.Second))
	if err != nil {
		return nil, err
	}
	err = basebackup(ctx, primary, opts, log)
	unlock()
	if err != nil {
		return nil, err
	}
	return Start(ctx, opts)
}

// basebackup copies primary into opts.DataDir, which must be new or empty.
// Like initdb it builds the copy aside (see buildCluster): pg_basebackup
// writes PG_VERSION first, so an interrupted copy in place would pass for a
// cluster.
func basebackup(ctx context.Context, primary *Server, opts Options, log *slog.Logger) error {
	dir := opts.DataDir
	if err := finishInterruptedBuild(dir, log); err != nil {
		return err
	}
	if err := prepareDataDir(dir, true, primary.acct); err != nil {
		return err
	}
	if primary.acct != nil {
		if err := primary.acct.ensureReachable(dir, log); err != nil {
			return err
		}
	}
	err := buildCluster(ctx, dir, log, func(ctx context.Context, stage string) error {
		args := []string{
			"-h", "127.0.0.1",
			"-p", strconv.Itoa(primary.Port),
			"-U", Superuser,
			"-D", stage,
			"--write-recovery-conf", // standby.signal + primary_conninfo
			"--wal-method=stream",
			"--checkpoint=fast",
			"--no-password",
		}
		if opts.Ephemeral {
			args = append(args, "--no-sync")
		}
		backup := filepath.Join(opts.BinDir, "pg_basebackup")
		return runTool(ctx, command(backup, args, dir, primary.acct), log, fmt.Sprintf("pg_basebackup from port %d into %s", primary.Port, dir))
	})
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, "standby.signal")); err != nil {
		return fmt.Errorf("pg_basebackup into %s left no standby.signal: %w", dir, err)
	}
	return nil
}
