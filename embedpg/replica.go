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

	if err := prepareDataDir(dir, true, primary.acct); err != nil {
		return nil, err
	}
	if primary.acct != nil {
		if err := primary.acct.ensureReachable(dir, log); err != nil {
			return nil, err
		}
	}
	args := []string{
		"-h", "127.0.0.1",
		"-p", strconv.Itoa(primary.Port),
		"-U", Superuser,
		"-D", dir,
		"--write-recovery-conf", // standby.signal + primary_conninfo
		"--wal-method=stream",
		"--checkpoint=fast",
		"--no-password",
	}
	if opts.Ephemeral {
		args = append(args, "--no-sync")
	}
	out := newOutputLog(log, slog.LevelDebug)
	backup := filepath.Join(opts.BinDir, "pg_basebackup")
	if err := run(ctx, command(backup, args, dir, primary.acct), out); err != nil {
		return nil, fmt.Errorf("pg_basebackup from port %d into %s: %w\n%s", primary.Port, dir, err, out.tail())
	}
	if _, err := os.Stat(filepath.Join(dir, "standby.signal")); err != nil {
		return nil, fmt.Errorf("pg_basebackup into %s left no standby.signal: %w", dir, err)
	}
	return Start(ctx, opts)
}
