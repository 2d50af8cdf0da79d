package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/indexer/indexertest"
	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

// startDito runs `dito args...` as a child process (this test binary acting
// as dito), its sessions named app in pg_stat_activity, its log in the
// test's temporary directory.
func startDito(t *testing.T, dbURL, app string, args ...string) (*exec.Cmd, string) {
	t.Helper()
	addr := freeAddr(t)
	p := startProcess(t, app, []string{"DITO_DATABASE_URL=" + pgtest.WithApplicationName(dbURL, app), "DITO_HTTP_ADDR=" + addr, "DITO_LOG_FORMAT=json"}, args...)
	return p.cmd, addr
}

// process is dito running as a child process of the test.
type process struct {
	cmd     *exec.Cmd
	logPath string // its stdout and stderr
}

// startProcess runs `dito args...` as a child process: this test binary,
// whose TestMain hands over to main() when mainEnv is set, so it is the
// real command with its real signal handling and exit code. The child gets
// the test's environment, without any DITO_* variable, plus env. It is
// killed at the end of the test (if still running), and its log shown if
// the test failed.
func startProcess(t *testing.T, app string, env []string, args ...string) *process {
	t.Helper()
	raw, err := json.Marshal(args)
	if err != nil {
		t.Fatal(err)
	}
	logPath := filepath.Join(t.TempDir(), app+".log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DITO_") || strings.HasPrefix(kv, "DITO_TEST_") || strings.HasPrefix(kv, "DITO_PG_BIN=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(append(cmd.Env, mainEnv+"="+string(raw)), env...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
		logFile.Close()
		if t.Failed() || os.Getenv("DITO_TEST_SHOW_LOGS") != "" {
			b, _ := os.ReadFile(logPath)
			t.Logf("%s log (last 4 kB):\n%s", app, b[max(0, len(b)-4096):])
		}
	})
	return &process{cmd: cmd, logPath: logPath}
}

// log is what the process has written so far.
func (p *process) log(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(p.logPath)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// waitHealthy waits until a dito process answers /healthz.
func waitHealthy(t *testing.T, addr string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s/healthz did not answer within 60s: %v", addr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestTwoIndexersShareTheWorkAndTakeOverAfterSIGKILL is high availability
// as an operator runs it: two `dito index` processes on one database. Each
// chain (and the skill graph) is worked on by exactly one of them; when
// the leader is SIGKILLed the other takes its chains over within seconds
// and the final index equals the contracts' state: nothing missed, nothing
// applied twice.
func TestTwoIndexersShareTheWorkAndTakeOverAfterSIGKILL(t *testing.T) {
	ctx := context.Background()
	dn, err := devnet.Start(ctx, devnet.Options{Chains: devnet.DefaultChains(2), Manual: true, Seed: 41})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dn.Close() })
	sims := dn.Simulators()
	stepAll := func() {
		for _, s := range sims {
			if _, err := s.Step(ctx, 6); err != nil {
				t.Error(err)
			}
		}
	}
	for range 40 {
		stepAll()
	}
	var chainsCfg bytes.Buffer
	if err := dn.WriteConfig(&chainsCfg); err != nil {
		t.Fatal(err)
	}
	cfgFile := writeFile(t, chainsCfg.String())
	dbURL := pgtest.NewDatabase(t)

	procs := map[string]*exec.Cmd{}
	var addrs []string
	for _, app := range []string{"dito-a", "dito-b"} {
		var addr string
		procs[app], addr = startDito(t, dbURL, app, "index", "--config", cfgFile)
		addrs = append(addrs, addr)
	}
	// Both are up, past their migrations, one leading and one standing by,
	// before anything is killed.
	for _, a := range addrs {
		waitHealthy(t, a)
	}
	st, err := store.Open(ctx, dbURL, 4, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	var locks []string
	for _, s := range sims {
		locks = append(locks, fmt.Sprintf("index:%d", s.Chain().ChainID))
	}
	locks = append(locks, "graph", "webhooks")

	// waitHolders polls until every lock is held and ok accepts holders.
	waitHolders := func(what string, ok func(map[string]string) bool) map[string]string {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			h, err := st.LockHolders(ctx, locks)
			if err != nil {
				t.Fatal(err)
			}
			if len(h) == len(locks) && ok(h) {
				return h
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: lock holders %v", what, h)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	holders := waitHolders("both started", func(map[string]string) bool { return true })
	t.Logf("leaders: %v", holders)

	// The chains keep moving while the processes run.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
				stepAll()
			}
		}
	})
	stopped := false
	stopChains := func() {
		if !stopped {
			close(stop)
			wg.Wait()
			stopped = true
		}
	}
	t.Cleanup(stopChains)

	// Kill whoever leads the first chain, once it has indexed something.
	victim := holders[locks[0]]
	waitIndexed(t, st, sims[0].Chain().ChainID, sims[0].Chain().StartBlock+40)
	if err := procs[victim].Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	killedAt := time.Now()
	survivor := map[string]string{"dito-a": "dito-b", "dito-b": "dito-a"}[victim]
	waitHolders("takeover", func(h map[string]string) bool {
		for _, l := range locks {
			if h[l] != survivor {
				return false
			}
		}
		return true
	})
	t.Logf("%s took over every lock %s after %s was killed", survivor, time.Since(killedAt).Round(time.Millisecond), victim)
	if took := time.Since(killedAt); took > 10*time.Second {
		t.Errorf("takeover took %s", took)
	}

	time.Sleep(time.Second) // the survivor indexes while the chains move
	stopChains()
	for _, s := range sims {
		c := s.Chain()
		head, err := c.Head(ctx)
		if err != nil {
			t.Fatal(err)
		}
		waitIndexed(t, st, c.ChainID, head.Number.Uint64())
		indexertest.CompareWithTruth(t, st, c)
	}
}

// waitIndexed waits until the chain's cursor reaches block.
func waitIndexed(t *testing.T, st *store.Store, chain, block uint64) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		cur, err := st.Cursor(context.Background(), chain)
		if err == nil && cur.Block != nil && cur.Block.Number >= block {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("chain %d not indexed to block %d within 60s (cursor %+v, err %v)", chain, block, cur, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
