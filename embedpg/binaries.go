package embedpg

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// binaries is a PostgreSQL bin directory and the major version in it.
type binaries struct {
	dir   string
	major int
}

func (b binaries) path(program string) string { return filepath.Join(b.dir, program) }

// binarySource is where findBinaries looks for PostgreSQL: installed bin
// dirs (best first), then a download of a major version (0: the newest the
// download offers). Tests substitute both.
type binarySource struct {
	installed func(ctx context.Context) []string
	download  func(ctx context.Context, major int, log *slog.Logger) (binaries, error)
}

// installedOrDownloaded is the real machine and the real download.
var installedOrDownloaded = binarySource{installed: candidateBinDirs, download: download}

// findBinaries picks the bin dir to run: the one the caller or $DITO_PG_BIN
// names, else the first installed one whose version can open the data dir
// (want; 0 for a new cluster), else a download when allowed. An installed
// match is always preferred: nothing is downloaded while one exists.
func findBinaries(ctx context.Context, opts Options, want int, src binarySource, log *slog.Logger) (binaries, error) {
	explicit := func(dir, source string) (binaries, error) {
		b, err := probeBinDir(ctx, dir)
		if err != nil {
			return binaries{}, fmt.Errorf("%s: %w", source, err)
		}
		if want != 0 && b.major != want {
			return binaries{}, versionMismatch(opts.DataDir, want, []binaries{b})
		}
		return b, nil
	}
	if opts.BinDir != "" {
		return explicit(opts.BinDir, "Options.BinDir "+opts.BinDir)
	}
	if env := os.Getenv("DITO_PG_BIN"); env != "" {
		return explicit(env, "DITO_PG_BIN="+env)
	}
	searched := src.installed(ctx)
	var found []binaries
	for _, dir := range searched {
		b, err := probeBinDir(ctx, dir)
		if err != nil {
			continue
		}
		if want == 0 || b.major == want {
			return b, nil
		}
		found = append(found, b)
	}
	var downloadErr error
	if opts.AllowDownload {
		b, err := src.download(ctx, want, log)
		if err == nil {
			return b, nil
		}
		downloadErr = err
	}
	if len(found) > 0 {
		return binaries{}, errors.Join(versionMismatch(opts.DataDir, want, found), downloadErr)
	}
	where := strings.Join(searched, ", ")
	if where == "" {
		where = "pg_config, /usr/lib/postgresql/*/bin and PATH"
	}
	if downloadErr != nil {
		return binaries{}, fmt.Errorf("%w in %s, and downloading them failed: %w; install PostgreSQL (e.g. apt install postgresql) or set DITO_PG_BIN to its bin dir",
			ErrNoBinaries, where, downloadErr)
	}
	return binaries{}, fmt.Errorf("%w in %s; install PostgreSQL (e.g. apt install postgresql), set DITO_PG_BIN to its bin dir, or allow downloading",
		ErrNoBinaries, where)
}

func versionMismatch(dataDir string, want int, found []binaries) error {
	var have []string
	for _, b := range found {
		have = append(have, fmt.Sprintf("%d in %s", b.major, b.dir))
	}
	return fmt.Errorf("data dir %s was created by PostgreSQL %d, but the binaries found are PostgreSQL %s; "+
		"install PostgreSQL %d and set DITO_PG_BIN to its bin dir (or pg_upgrade the data dir)",
		dataDir, want, strings.Join(have, ", "), want)
}

// candidateBinDirs lists where PostgreSQL is usually installed, best first:
// pg_config's answer, versioned package directories (highest version
// first), a source build, then whatever PATH offers.
func candidateBinDirs(ctx context.Context) []string {
	var dirs []string
	if pgConfig, err := exec.LookPath("pg_config"); err == nil {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		out, err := exec.CommandContext(cctx, pgConfig, "--bindir").Output()
		cancel()
		if err == nil {
			dirs = append(dirs, strings.TrimSpace(string(out)))
		}
	}
	for _, pattern := range []string{
		"/usr/lib/postgresql/*/bin",          // Debian, Ubuntu
		"/usr/pgsql-*/bin",                   // RHEL, Fedora (PGDG)
		"/opt/homebrew/opt/postgresql@*/bin", // Homebrew, Apple silicon
		"/usr/local/opt/postgresql@*/bin",    // Homebrew, Intel
		"/Applications/Postgres.app/Contents/Versions/*/bin",
	} {
		matches, _ := filepath.Glob(pattern)
		slices.SortFunc(matches, func(a, b string) int { return cmp.Compare(versionIn(b), versionIn(a)) })
		dirs = append(dirs, matches...)
	}
	dirs = append(dirs, "/usr/local/pgsql/bin")
	if p, err := exec.LookPath("postgres"); err == nil {
		// A symlink (/usr/local/bin/postgres -> ...) resolves to the
		// install it belongs to, where initdb and friends are.
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		dirs = append(dirs, filepath.Dir(p))
	}
	var unique []string
	for _, d := range dirs {
		if d != "" && !slices.Contains(unique, d) {
			unique = append(unique, d)
		}
	}
	return unique
}

var firstNumber = regexp.MustCompile(`\d+`)

// versionIn is the first number in a path like /usr/lib/postgresql/15/bin,
// for ordering; paths without one sort last.
func versionIn(path string) int {
	n, _ := strconv.Atoi(firstNumber.FindString(path))
	return n
}

var versionOutput = regexp.MustCompile(`\(PostgreSQL\) (\d+)`)

// probeBinDir checks that dir holds postgres and initdb and asks postgres
// for its major version (--version works even as root).
func probeBinDir(ctx context.Context, dir string) (binaries, error) {
	for _, program := range []string{"postgres", "initdb"} {
		fi, err := os.Stat(filepath.Join(dir, program))
		if err != nil {
			return binaries{}, fmt.Errorf("no %s in %s: %w", program, dir, err)
		}
		if fi.IsDir() || fi.Mode()&0o111 == 0 {
			return binaries{}, fmt.Errorf("%s in %s is not executable", program, dir)
		}
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(cctx, filepath.Join(dir, "postgres"), "--version").Output()
	if err != nil {
		return binaries{}, fmt.Errorf("run %s --version: %w", filepath.Join(dir, "postgres"), err)
	}
	m := versionOutput.FindSubmatch(out)
	if m == nil {
		return binaries{}, fmt.Errorf("%s --version printed %q, not a PostgreSQL version", filepath.Join(dir, "postgres"), strings.TrimSpace(string(out)))
	}
	major, _ := strconv.Atoi(string(m[1]))
	return binaries{dir: dir, major: major}, nil
}
