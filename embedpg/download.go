package embedpg

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	embeddedpostgres "github.com/fergusstrange/embedded-postgres"
)

// libraryVersions are the releases github.com/fergusstrange/embedded-postgres
// can download, by major version.
var libraryVersions = map[int]embeddedpostgres.PostgresVersion{
	18: embeddedpostgres.V18,
	17: embeddedpostgres.V17,
	16: embeddedpostgres.V16,
	15: embeddedpostgres.V15,
	14: embeddedpostgres.V14,
	13: embeddedpostgres.V13,
	12: embeddedpostgres.V12,
}

// download fetches PostgreSQL binaries (major want, or the library's
// default for a new cluster) into the user cache dir and returns them, so
// the server still runs through embedpg's own runner (root handling,
// Pdeathsig, data dir reuse).
//
// The library has no download-only call: its Start downloads and extracts,
// then initialises and starts a server in a scratch dir. That server is
// stopped at once; as root its initdb fails, which is fine because the
// binaries are already extracted by then. Later starts find the extracted
// binaries and skip the library.
func download(ctx context.Context, want int, log *slog.Logger) (binaries, error) {
	version := embeddedpostgres.V18
	if want != 0 {
		v, ok := libraryVersions[want]
		if !ok {
			return binaries{}, fmt.Errorf("no downloadable build of PostgreSQL %d", want)
		}
		version = v
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return binaries{}, fmt.Errorf("find a cache dir for downloaded PostgreSQL: %w", err)
	}
	base := filepath.Join(cache, "dito", "postgres")
	binDir := filepath.Join(base, string(version))
	if b, err := probeBinDir(ctx, filepath.Join(binDir, "bin")); err == nil {
		return b, nil
	}
	if err := os.MkdirAll(base, 0o755); err != nil {
		return binaries{}, fmt.Errorf("create %s: %w", base, err)
	}
	scratch, err := os.MkdirTemp(base, "scratch-*")
	if err != nil {
		return binaries{}, fmt.Errorf("create scratch dir for the download: %w", err)
	}
	port, err := freePort()
	if err != nil {
		return binaries{}, err
	}
	log.Info("downloading PostgreSQL binaries", "version", string(version), "into", binDir)
	ep := embeddedpostgres.NewDatabase(embeddedpostgres.DefaultConfig().
		Version(version).
		Port(uint32(port)).
		CachePath(filepath.Join(base, "cache")).
		RuntimePath(scratch).
		DataPath(filepath.Join(scratch, "data")).
		BinariesPath(binDir).
		StartTimeout(2 * time.Minute).
		Logger(io.Discard))
	done := make(chan error, 1)
	go func() {
		err := ep.Start()
		if err == nil {
			err = ep.Stop()
		}
		// Removed here, not deferred: after a cancelled ctx the library
		// keeps working in the scratch dir until it is done.
		_ = os.RemoveAll(scratch)
		done <- err
	}()
	var libErr error
	select {
	case libErr = <-done:
	case <-ctx.Done():
		return binaries{}, fmt.Errorf("download PostgreSQL %s: %w", version, ctx.Err())
	}
	b, err := probeBinDir(ctx, filepath.Join(binDir, "bin"))
	if err != nil {
		if libErr != nil {
			err = libErr // the library's error says why nothing arrived
		}
		return binaries{}, fmt.Errorf("download PostgreSQL %s with github.com/fergusstrange/embedded-postgres: %w", version, err)
	}
	return b, nil
}
