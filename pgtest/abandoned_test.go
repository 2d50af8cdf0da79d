package pgtest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// A test binary killed by a timeout or Ctrl-C leaves its server directory
// behind; the next run removes it, and leaves live binaries' alone.
func TestAbandonedServerDirectoriesAreRemoved(t *testing.T) {
	t.Parallel()
	dead := exec.Command(os.Args[0], "-test.run=^$")
	if err := dead.Run(); err != nil {
		t.Fatalf("run a short-lived process: %v", err)
	}
	mkdir := func(owner int) string {
		dir, err := os.MkdirTemp("", tempPrefix+"*")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(dir) })
		if err := os.MkdirAll(filepath.Join(dir, "pg", "base"), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "owner"), []byte(strconv.Itoa(owner)), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	abandoned, live := mkdir(dead.Process.Pid), mkdir(os.Getpid())

	removeAbandoned()

	if _, err := os.Stat(abandoned); !os.IsNotExist(err) {
		t.Fatalf("directory of a dead test binary still there: %v", err)
	}
	if _, err := os.Stat(filepath.Join(live, "pg", "base")); err != nil {
		t.Fatalf("directory of a live test binary was touched: %v", err)
	}
}
