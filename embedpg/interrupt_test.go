//go:build linux

package embedpg_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/embedpg"
)

// somewhere reports whether rel exists in dir or one level below it
// (wherever Start builds the cluster before it is in place).
func somewhere(dir, rel string) bool {
	if _, err := os.Lstat(filepath.Join(dir, rel)); err == nil {
		return true
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "*", rel))
	return len(matches) > 0
}

// TestStartInterruptedDuringInitLeavesAUsableDataDir is Ctrl-C during the
// very first run, at several points of setting the cluster up: each time,
// the next start must work and keep its data for the start after it.
func TestStartInterruptedDuringInitLeavesAUsableDataDir(t *testing.T) {
	t.Parallel()
	points := []struct {
		name string
		// reached says the start got this far in dir.
		reached func(dir string) bool
	}{
		{"initdb created the first directories", func(dir string) bool { return somewhere(dir, "global") }},
		{"PG_VERSION written", func(dir string) bool { return somewhere(dir, "PG_VERSION") }},
		{"bootstrap backend holds postmaster.pid", func(dir string) bool { return somewhere(dir, "postmaster.pid") }},
		{"template1 created", func(dir string) bool { return somewhere(dir, "base/1/PG_VERSION") }},
		{"server launched", func(dir string) bool { return somewhere(dir, "postmaster.opts") }},
	}
	for _, p := range points {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(t.TempDir(), "pg")
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go func() {
				for !p.reached(dir) && ctx.Err() == nil {
					time.Sleep(time.Millisecond)
				}
				cancel()
			}()
			srv, err := embedpg.Start(ctx, embedpg.Options{DataDir: dir, Database: "dito", Ephemeral: true})
			if err == nil {
				// The whole start won the race against the cancel.
				stop(t, srv)
			} else if !errors.Is(err, context.Canceled) {
				t.Fatalf("interrupted start: %v, want context.Canceled", err)
			}

			first := start(t, embedpg.Options{DataDir: dir, Database: "dito"})
			exec1(t, connect(t, first.URL("dito")), `CREATE TABLE towns (id int PRIMARY KEY); INSERT INTO towns VALUES (7)`)
			stop(t, first)
			second := start(t, embedpg.Options{DataDir: dir, Database: "dito"})
			var id int
			if err := connect(t, second.URL("dito")).QueryRow(context.Background(), `SELECT id FROM towns`).Scan(&id); err != nil || id != 7 {
				t.Fatalf("second start after the interrupted one: towns.id = %d, %v; want 7", id, err)
			}
		})
	}
}

// A postmaster.pid no server holds any more must not stop the next start,
// whatever its pid now is.
func TestStalePostmasterPidIsRemoved(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		// pidLine returns the first line of the file for a cluster owned
		// by owner.
		pidLine func(t *testing.T, owner *syscall.Credential) string
	}{
		{"empty: the server died while starting", func(*testing.T, *syscall.Credential) string { return "" }},
		{"a process that is gone", func(t *testing.T, owner *syscall.Credential) string {
			cmd := asOwner(exec.Command("true"), owner)
			if err := cmd.Run(); err != nil {
				t.Fatal(err)
			}
			return fmt.Sprint(cmd.Process.Pid)
		}},
		{"a zombie nobody reaped (a killed server under a PID 1 that does not reap)", func(t *testing.T, owner *syscall.Credential) string {
			cmd := asOwner(exec.Command("true"), owner)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = cmd.Wait() })
			stat := fmt.Sprintf("/proc/%d/stat", cmd.Process.Pid)
			for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(5 * time.Millisecond) {
				if b, err := os.ReadFile(stat); err == nil && strings.Contains(string(b), ") Z ") {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("process %d did not become a zombie", cmd.Process.Pid)
				}
			}
			return fmt.Sprint(cmd.Process.Pid)
		}},
		{"another live program", func(t *testing.T, owner *syscall.Credential) string {
			cmd := asOwner(exec.Command("sleep", "60"), owner)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
			return fmt.Sprint(cmd.Process.Pid)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(t.TempDir(), "pg")
			first := start(t, embedpg.Options{DataDir: dir, Database: "dito"})
			exec1(t, connect(t, first.URL("dito")), `CREATE TABLE towns (id int)`)
			stop(t, first)
			// The file as a server left it, owned by the data dir's owner
			// (the postgres user when the test runs as root), and naming
			// a process of that owner: postgres itself takes over a pid
			// it may not signal (another user's).
			fi, err := os.Stat(dir)
			if err != nil {
				t.Fatal(err)
			}
			st := fi.Sys().(*syscall.Stat_t)
			owner := &syscall.Credential{Uid: st.Uid, Gid: st.Gid}
			pidFile := filepath.Join(dir, "postmaster.pid")
			body := ""
			if line := c.pidLine(t, owner); line != "" {
				body = line + "\n" + dir + "\n1700000000\n5432\n\n127.0.0.1\n  1234   5678\nready   \n"
			}
			if err := os.WriteFile(pidFile, []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Lchown(pidFile, int(st.Uid), int(st.Gid)); err != nil {
				t.Fatal(err)
			}
			second := start(t, embedpg.Options{DataDir: dir, Database: "dito"})
			exec1(t, connect(t, second.URL("dito")), `INSERT INTO towns VALUES (1)`)
		})
	}
}

// asOwner runs cmd as owner when the test is root (as another user
// otherwise is not possible, nor needed: the cluster is ours).
func asOwner(cmd *exec.Cmd, owner *syscall.Credential) *exec.Cmd {
	if os.Geteuid() == 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: owner}
	}
	return cmd
}

// Stop past its deadline stops the server immediately; what was committed
// is still there at the next start (crash recovery replays the WAL).
func TestStopPastItsDeadlineKeepsCommittedData(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "pg")
	// Ephemeral turns synchronous_commit off; this test is about commits.
	durable := map[string]string{"synchronous_commit": "on"}
	srv := start(t, embedpg.Options{DataDir: dir, Database: "dito", Settings: durable})
	conn := connect(t, srv.URL("dito"))
	exec1(t, conn, `CREATE TABLE towns (id int); INSERT INTO towns SELECT generate_series(1, 1000)`)
	expired, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	// With the deadline already gone, the fast shutdown gets no time: Stop
	// says so, having stopped the server immediately.
	if err := srv.Stop(expired); err == nil {
		t.Log("the fast shutdown finished before Stop looked at its deadline")
	}
	select {
	case <-srv.Done():
	default:
		t.Fatal("server still running after Stop returned")
	}
	again := start(t, embedpg.Options{DataDir: dir, Database: "dito"})
	var n int
	if err := connect(t, again.URL("dito")).QueryRow(context.Background(), `SELECT count(*) FROM towns`).Scan(&n); err != nil || n != 1000 {
		t.Fatalf("after an immediate stop: %d rows, %v; want 1000", n, err)
	}
}
