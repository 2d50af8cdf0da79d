//go:build unix

package embedpg

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// fakeBinDir is a bin dir whose postgres reports the given major version.
func fakeBinDir(t *testing.T, major int) string {
	t.Helper()
	dir := t.TempDir()
	script := fmt.Sprintf("#!/bin/sh\necho 'postgres (PostgreSQL) %d.3'\n", major)
	for _, p := range []string{"postgres", "initdb"} {
		if err := os.WriteFile(filepath.Join(dir, p), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestDownloadOnlyWithoutAFittingInstall: installed binaries that can run
// the data dir are used and nothing is downloaded; the download is the
// fallback when none fit, and only when allowed.
func TestDownloadOnlyWithoutAFittingInstall(t *testing.T) {
	t.Setenv("DITO_PG_BIN", "")
	pg15, pg16 := fakeBinDir(t, 15), fakeBinDir(t, 16)
	downloaded := binaries{dir: "/cache/dito/postgres/bin", major: 14}
	cases := []struct {
		name      string
		installed []string
		want      int // data dir's major version, 0 for a new cluster
		allow     bool
		wantDir   string
		wantFetch []int // majors asked of the download
		wantErr   error
	}{
		{"installed, new cluster", []string{pg16, pg15}, 0, true, pg16, nil, nil},
		{"installed, matching the data dir", []string{pg16, pg15}, 15, true, pg15, nil, nil},
		{"nothing installed", nil, 0, true, downloaded.dir, []int{0}, nil},
		{"installed but another version than the data dir", []string{pg16}, 14, true, downloaded.dir, []int{14}, nil},
		{"nothing installed, download not allowed", nil, 0, false, "", nil, ErrNoBinaries},
		{"a bin dir without postgres is skipped", []string{t.TempDir()}, 0, true, downloaded.dir, []int{0}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var fetched []int
			src := binarySource{
				installed: func(context.Context) []string { return c.installed },
				download: func(_ context.Context, major int, _ *slog.Logger) (binaries, error) {
					fetched = append(fetched, major)
					return downloaded, nil
				},
			}
			b, err := findBinaries(context.Background(), Options{DataDir: "/data", AllowDownload: c.allow}, c.want, src, slog.New(slog.DiscardHandler))
			if c.wantErr != nil {
				if !errors.Is(err, c.wantErr) {
					t.Fatalf("err = %v, want %v", err, c.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if b.dir != c.wantDir {
				t.Errorf("bin dir = %q, want %q", b.dir, c.wantDir)
			}
			if fmt.Sprint(fetched) != fmt.Sprint(c.wantFetch) {
				t.Errorf("downloads = %v, want %v", fetched, c.wantFetch)
			}
		})
	}
}

// TestDownloadFetchesRunnableBinaries is the real download, where there is
// internet: the binaries it leaves in the cache run.
func TestDownloadFetchesRunnableBinaries(t *testing.T) {
	if testing.Short() {
		t.Skip("downloads PostgreSQL")
	}
	conn, err := net.DialTimeout("tcp", "repo1.maven.org:443", 3*time.Second)
	if err != nil {
		t.Skipf("no internet (the download comes from Maven Central): %v", err)
	}
	conn.Close()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	b, err := download(ctx, 0, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := probeBinDir(ctx, b.dir); err != nil || b.major < 12 {
		t.Fatalf("downloaded bin dir %s (major %d): %v", b.dir, b.major, err)
	}
	again, err := download(ctx, 0, slog.New(slog.DiscardHandler))
	if err != nil || again != b {
		t.Fatalf("second call = %+v, %v; want the cached %+v", again, err, b)
	}
}
