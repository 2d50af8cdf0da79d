package embedpg

import (
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func writeTree(t *testing.T, root string, files ...string) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(root, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(f), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

// A start killed while moving a complete cluster into place (some entries
// moved, PG_VERSION not yet) is finished by the next start.
func TestInterruptedMoveIsFinished(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, "base/1/1259", "global/pg_control") // moved already
	writeTree(t, filepath.Join(dir, builtDir), "pg_wal/000000010000000000000001", "postgresql.conf", "PG_VERSION")
	if err := finishInterruptedBuild(dir, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	want := []string{"PG_VERSION", "base", "global", "pg_wal", "postgresql.conf"}
	if got := entries(t, dir); !slices.Equal(got, want) {
		t.Fatalf("data dir holds %v, want %v", got, want)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "pg_wal", "000000010000000000000001")); err != nil || string(b) != "pg_wal/000000010000000000000001" {
		t.Fatalf("moved file: %q, %v", b, err)
	}
}

// A start killed while initdb wrote leaves an incomplete cluster aside,
// which the next start removes so that it can initialise again.
func TestIncompleteBuildIsRemoved(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, filepath.Join(dir, buildingDir), "PG_VERSION", "postmaster.pid", "global/pg_filenode.map")
	if err := finishInterruptedBuild(dir, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatal(err)
	}
	if got := entries(t, dir); len(got) != 0 {
		t.Fatalf("data dir holds %v after removing the incomplete build, want nothing", got)
	}
	v, err := clusterMajor(dir)
	if err != nil || v != 0 {
		t.Fatalf("clusterMajor = %d, %v; want 0 (no cluster)", v, err)
	}
}
