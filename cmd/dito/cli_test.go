package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/ethclient"
	"go.yaml.in/yaml/v3"
	"golang.org/x/sync/errgroup"

	"github.com/distributedtown/dito-graph/api"
	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/pgtest"
)

// waitFor polls cond every 50 ms until it holds, failing the test after
// within (or when the command stops first, if done is not nil).
func waitFor(t *testing.T, within time.Duration, done <-chan error, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		select {
		case err := <-done:
			t.Fatalf("stopped before %s: %v", what, err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %s within %s", what, within)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// logLines parses JSON log output.
func logLines(t *testing.T, text string) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("log line is not JSON: %q", sc.Text())
		}
		out = append(out, rec)
	}
	return out
}

func hasLog(t *testing.T, text, msg string) bool {
	for _, rec := range logLines(t, text) {
		if rec["msg"] == msg {
			return true
		}
	}
	return false
}

// healthzBody is what the API's liveness handler answers.
func healthzBody() string {
	rec := httptest.NewRecorder()
	api.Healthz(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	return rec.Body.String()
}

// devnetOptionsFor loads the config `dito devnet args...` would run with.
func devnetOptionsFor(t *testing.T, args ...string) devnet.Options {
	t.Helper()
	root := newRootCmd()
	cmd, rest, err := root.Find(append([]string{"devnet"}, args...))
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.ParseFlags(rest); err != nil {
		t.Fatal(err)
	}
	path, _ := cmd.Flags().GetString("config")
	cfg, err := loadConfig(cmd.Flags(), path)
	if err != nil {
		t.Fatal(err)
	}
	return devnetOptions(cfg.Devnet, slog.New(slog.DiscardHandler))
}

// TestDevnetFlagsOverrideEnvironmentOverrideFile: every devnet setting
// comes from the config file, DITO_DEVNET_* or a flag, in that order of
// strength, as for every other command; untouched ones keep the defaults.
func TestDevnetFlagsOverrideEnvironmentOverrideFile(t *testing.T) {
	file := writeFile(t, "devnet:\n  seed: 5\n  chains: 2\n  towns: 30\n  reorg_rate: 0.1\n  rate: 9\n")
	t.Setenv("DITO_DEVNET_SEED", "9")
	t.Setenv("DITO_DEVNET_CHAINS", "3")
	t.Setenv("DITO_DEVNET_MEMBERS_PER_TOWN", "40")
	t.Setenv("DITO_DEVNET_RATE", "7")
	got := devnetOptionsFor(t, "--config", file, "--seed", "11", "--http-port", "18545", "--ws-port", "18645",
		"--bulk", "1000", "--reorg-depth", "5", "--rate", "0.5")
	if got.Seed != 11 || len(got.Chains) != 3 || got.Sim.Towns != 30 || got.Sim.MembersPerTown != 40 ||
		got.ReorgRate != 0.1 || got.ReorgDepth != 5 || got.BulkEvents != 1000 || got.Sim.Rate != 0.5 {
		t.Errorf("options = seed %d, %d chains, sim %+v, reorgs %g/%d, bulk %d; want seed 11 (flag), 3 chains (env), "+
			"towns 30 (file), members 40 (env), rate 0.5 (flag), reorgs 0.1 (file)/5 (flag), bulk 1000 (flag)",
			got.Seed, len(got.Chains), got.Sim, got.ReorgRate, got.ReorgDepth, got.BulkEvents)
	}
	for i, c := range got.Chains {
		if c.HTTPPort != 18545+i || c.WSPort != 18645+i {
			t.Errorf("chain %d ports %d/%d, want %d/%d", i, c.HTTPPort, c.WSPort, 18545+i, 18645+i)
		}
	}

	def := devnetOptionsFor(t, "--config", writeFile(t, "log: {level: warn}\n"))
	if def.Seed != 9 || len(def.Chains) != 3 || def.Sim.Towns != 12 || def.Sim.MembersPerTown != 40 || def.ReorgRate != 0 || def.ReorgDepth != 3 {
		t.Errorf("without flags: seed %d, %d chains, sim %+v, reorgs %g/%d; want the environment's and the defaults",
			def.Seed, len(def.Chains), def.Sim, def.ReorgRate, def.ReorgDepth)
	}
}

// TestDevnetCommandHonoursConfigAndSeed runs `dito devnet` twice, with
// DITO_DEVNET_SEED=9 DITO_DEVNET_CHAINS=1 (the audit's case), once with a
// config file that the environment overrides and fixed ports from flags:
// both print one chain and seed 9, the second on the ports asked for, and
// over RPC their chains hold the same event stream.
func TestDevnetCommandHonoursConfigAndSeed(t *testing.T) {
	t.Setenv("DITO_DEVNET_SEED", "9")
	t.Setenv("DITO_DEVNET_CHAINS", "1")
	ports := [2]int{}
	for i := range ports {
		addr := freeAddr(t)
		_, p, _ := net.SplitHostPort(addr)
		ports[i], _ = strconv.Atoi(p)
	}
	runs := []running{
		startCLI(t, "devnet", "--rate", "40", "--log-level", "warn"),
		startCLI(t, "devnet", "--config", writeFile(t, "devnet: {seed: 3, chains: 4}\n"), "--rate", "40", "--log-level", "warn",
			"--http-port", strconv.Itoa(ports[0]), "--ws-port", strconv.Itoa(ports[1])),
	}
	var printed [2]struct {
		Chains []struct {
			Name       string   `yaml:"name"`
			RPC        []string `yaml:"rpc"`
			StartBlock uint64   `yaml:"start_block"`
		} `yaml:"chains"`
	}
	for i, r := range runs {
		waitFor(t, 60*time.Second, r.done, "devnet config", func() bool { return strings.Contains(r.out.String(), "projects:") })
		if !strings.HasPrefix(r.out.String(), "# DiTo devnet: 1 chain(s), seed 9.") {
			t.Errorf("run %d printed %q, want 1 chain and seed 9 from the environment", i, strings.SplitN(r.out.String(), "\n", 2)[0])
		}
		if err := yaml.Unmarshal([]byte(r.out.String()), &printed[i]); err != nil || len(printed[i].Chains) != 1 {
			t.Fatalf("run %d printed %v chains (%v):\n%s", i, len(printed[i].Chains), err, r.out.String())
		}
	}
	if rpc := printed[1].Chains[0].RPC; rpc[0] != fmt.Sprintf("http://127.0.0.1:%d", ports[0]) || rpc[1] != fmt.Sprintf("ws://127.0.0.1:%d", ports[1]) {
		t.Errorf("fixed ports: rpc %v, want ports %v", rpc, ports)
	}

	// The same seed: the same logs, block by block, over JSON-RPC.
	const blocks = 3
	var streams [2][]string
	for i, p := range printed {
		ctx, cancel := context.WithTimeout(runs[i].ctx, 30*time.Second)
		defer cancel()
		client, err := ethclient.DialContext(ctx, p.Chains[0].RPC[0])
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()
		last := p.Chains[0].StartBlock + blocks
		waitFor(t, 30*time.Second, runs[i].done, fmt.Sprintf("block %d", last), func() bool {
			n, err := client.BlockNumber(ctx)
			return err == nil && n >= last
		})
		logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(last)})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range logs {
			streams[i] = append(streams[i], fmt.Sprintf("%d/%d %s %v %x", l.BlockNumber, l.Index, l.Address, l.Topics, l.Data))
		}
	}
	if len(streams[0]) < 50 {
		t.Fatalf("only %d logs in %d blocks; the comparison would be weak", len(streams[0]), blocks)
	}
	if strings.Join(streams[0], "\n") != strings.Join(streams[1], "\n") {
		t.Errorf("same seed, different logs over RPC: %d vs %d", len(streams[0]), len(streams[1]))
	}
	for _, r := range runs {
		if err := r.stop(); err != nil {
			t.Errorf("dito devnet after the signal: %v", err)
		}
	}
}

// TestBusyHTTPPortFailsBeforeAnythingStarts: the listener is bound first,
// so a port in use is exit 2 naming http.addr, with no Postgres, devnet
// or indexer started; a devnet's fixed port in use is exit 2 naming its key.
func TestBusyHTTPPortFailsBeforeAnythingStarts(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dataDir := filepath.Join(t.TempDir(), "data")
	for _, mode := range []string{"run", "index", "serve"} {
		_, err, code := runCLI(t, mode, "--data-dir", dataDir, "--http-addr", ln.Addr().String())
		if code != exitBadInput || err == nil || !strings.HasPrefix(err.Error(), "config: http.addr: cannot listen on "+ln.Addr().String()+": ") {
			t.Errorf("dito %s on a busy port: exit %d, %v; want 2 and config: http.addr", mode, code, err)
		}
		if _, err := os.Stat(dataDir); !os.IsNotExist(err) {
			t.Fatalf("dito %s on a busy port touched the data dir first (%v)", mode, err)
		}
	}
	_, busy, _ := net.SplitHostPort(ln.Addr().String())
	for _, flag := range []string{"--http-port", "--ws-port"} {
		_, err, code := runCLI(t, "devnet", "--chains", "1", flag, busy)
		if key := "devnet." + strings.ReplaceAll(strings.TrimPrefix(flag, "--"), "-", "_"); code != exitBadInput || err == nil ||
			!strings.HasPrefix(err.Error(), "config: "+key+": port "+busy+" (for chain ethereum) is not free: ") {
			t.Errorf("dito devnet %s on a busy port: exit %d, %v; want 2 and config: %s", flag, code, err, key)
		}
	}
}

// TestIndexServesHealthReadinessAndMetricsOnly: `dito index` serves what a
// supervisor probes and scrapes, the API's own /readyz included, logs
// exactly those URLs, and no GraphQL.
func TestIndexServesHealthReadinessAndMetricsOnly(t *testing.T) {
	addr := freeAddr(t)
	r := startCLI(t, "index", "--database-url", pgtest.NewDatabase(t), "--http-addr", addr, "--config",
		writeFile(t, "devnet: {chains: 1, rate: 10}\n"))
	base := "http://" + addr
	waitFor(t, 60*time.Second, r.done, "serving log line", func() bool { return hasLog(t, r.log.String(), "serving") })
	for _, rec := range logLines(t, r.log.String()) {
		if rec["msg"] != "serving" {
			continue
		}
		want := map[string]string{"metrics": base + "/metrics", "healthz": base + "/healthz", "readyz": base + "/readyz"}
		for k, v := range want {
			if rec[k] != v {
				t.Errorf("serving line %v: %s = %v, want %s", rec, k, rec[k], v)
			}
		}
		for _, k := range []string{"graphql", "playground", "explorer"} {
			if _, ok := rec[k]; ok {
				t.Errorf("serving line %v names %s, which dito index does not serve", rec, k)
			}
		}
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/healthz"); code != 200 || body != healthzBody() {
		t.Errorf("/healthz: %d %q, want the API's %q", code, body, healthzBody())
	}
	var ready struct {
		Status   string `json:"status"`
		Database string `json:"database"`
		Chains   []struct {
			ID uint64 `json:"id"`
		} `json:"chains"`
	}
	waitFor(t, 60*time.Second, r.done, "ready devnet chain", func() bool {
		code, body := get("/readyz")
		return code == 200 && json.Unmarshal([]byte(body), &ready) == nil && ready.Status == "ready" && len(ready.Chains) == 1
	})
	if ready.Database != "ok" || ready.Chains[0].ID != 1 {
		t.Errorf("/readyz = %+v, want the database ok and chain 1", ready)
	}
	if code, body := get("/metrics"); code != 200 || !strings.Contains(body, "dito_") {
		t.Errorf("/metrics: %d", code)
	}
	for _, path := range []string{"/graphql", "/"} {
		if code, _ := get(path); code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404 from an indexer", path, code)
		}
	}
}

// TestSignalDuringStartupIsACleanStop: Ctrl-C at any point of the start
// (initialising the embedded Postgres, starting the devnet's chains,
// migrating) ends dito with no error, so exit 0, and a "stopped" line.
func TestSignalDuringStartupIsACleanStop(t *testing.T) {
	for _, c := range []struct {
		name     string
		embedded bool
		// at is the log line after which the signal comes.
		at string
	}{
		{"initialising the embedded postgres", true, "initialising postgres cluster"},
		{"migrating", false, "migration"},
		{"starting the devnet", false, "devnet chain started"},
		{"running", false, "serving"},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := []string{"--data-dir", filepath.Join(t.TempDir(), "data")}
			if !c.embedded {
				db = []string{"--database-url", pgtest.NewDatabase(t)} // new: it has migrations to run
			}
			r := startCLI(t, append([]string{"run", "--http-addr", freeAddr(t), "--config", writeFile(t, "devnet: {chains: 4}\n")}, db...)...)
			waitFor(t, 60*time.Second, r.done, fmt.Sprintf("log line %q", c.at), func() bool { return hasLog(t, r.log.String(), c.at) })
			if err := r.stop(); err != nil {
				t.Fatalf("signal after %q: %v, want a clean stop (exit 0)", c.at, err)
			}
			lines := logLines(t, r.log.String())
			if last := lines[len(lines)-1]; last["msg"] != "stopped" {
				t.Errorf("last log line %v, want \"stopped\"", last)
			}
		})
	}
}

// TestShutdownStepsDoNotWaitPastTheirBudget: once the stop is older than a
// step's budget, a step that hangs (a worker ignoring its context, a pool
// that will not close) is left behind instead of holding up the exit.
func TestShutdownStepsDoNotWaitPastTheirBudget(t *testing.T) {
	clock := &stopClock{}
	clock.once.Do(func() { clock.at = time.Now().Add(-time.Minute) }) // the signal came a minute ago
	log := slog.New(slog.DiscardHandler)
	hang := make(chan struct{})
	defer close(hang)

	ctx, cancel := context.WithCancel(context.Background())
	grp, gctx := errgroup.WithContext(ctx)
	grp.Go(func() error { <-hang; return nil })
	cancel()
	if err := waitWorkers(gctx, grp, clock, log); !errors.Is(err, context.Canceled) {
		t.Errorf("waitWorkers with a hanging worker: %v, want context.Canceled", err)
	}
	clock.finish(closeBy, log, "hanging close", func() { <-hang })

	// Within the budget, a step is waited for.
	fresh := &stopClock{}
	var ran atomic.Bool
	fresh.finish(closeBy, log, "quick close", func() { time.Sleep(10 * time.Millisecond); ran.Store(true) })
	if !ran.Load() {
		t.Error("finish did not wait for a step within its budget")
	}
}
