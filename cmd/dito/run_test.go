package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/pgtest"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

type gqlResult struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message string `json:"message"`
	} `json:"errors"`
}

func postQuery(ctx context.Context, url, query string) (gqlResult, error) {
	body, _ := json.Marshal(map[string]string{"query": query})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return gqlResult{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return gqlResult{}, err
	}
	defer resp.Body.Close()
	var out gqlResult
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return gqlResult{}, fmt.Errorf("decode %s: %w", resp.Status, err)
	}
	return out, nil
}

// running is a dito command started in-process by a test.
type running struct {
	base string          // http://host:port (runDevnet)
	ctx  context.Context // ends when the command is stopped
	stop func() error
	done <-chan error
	// out and log are what the command wrote to stdout and stderr.
	out, log *lockedBuffer
}

// startCLI runs `dito args...` in-process. stop cancels it as Ctrl-C would
// and returns its error, or an error if it takes more than 15 s; it also
// runs at the end of the test, which then fails on an unclean stop.
func startCLI(t *testing.T, args ...string) running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := newRootCmd()
	cmd.SetArgs(args)
	out, log := &lockedBuffer{}, &lockedBuffer{}
	cmd.SetOut(out)
	cmd.SetErr(log)
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(ctx) }()
	var once sync.Once
	var stopErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			select {
			case stopErr = <-done:
			case <-time.After(15 * time.Second):
				stopErr = fmt.Errorf("dito %v did not stop within 15s of the signal", args)
			}
		})
		return stopErr
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("dito %v: %v", args, err)
		}
	})
	return running{ctx: ctx, stop: stop, done: done, out: out, log: log}
}

// runDevnet starts `dito run` on database db with the given devnet
// settings (a YAML flow mapping) and log level.
func runDevnet(t *testing.T, db, devnet, level string) running {
	t.Helper()
	addr := freeAddr(t)
	cfgFile := writeFile(t, fmt.Sprintf("database: {url: %q}\nhttp: {addr: %q}\ndevnet: %s\nlog: {level: %s}\n", db, addr, devnet, level))
	r := startCLI(t, "run", "--config", cfgFile)
	r.base = "http://" + addr
	return r
}

// TestRunIndexesTheDevnetAndServesGraphQL is the main command as a newcomer
// runs it, minus the embedded Postgres (covered in embedpg): no chains
// configured, so dito starts the devnet, indexes it, builds the skill graph
// and serves it; a signal stops it cleanly.
func TestRunIndexesTheDevnetAndServesGraphQL(t *testing.T) {
	r := runDevnet(t, pgtest.NewDatabase(t), "{chains: 2, seed: 3, rate: 20}", "warn")
	ctx, done, base := r.ctx, r.done, r.base
	var data struct {
		Towns  []runTown `json:"towns"`
		Chains []struct {
			ID           int  `json:"id"`
			IndexedBlock *int `json:"indexedBlock"`
		} `json:"chains"`
	}
	const q = `{ towns(first: 1000) { id membersCount scarcity { score } neighbours(first: 3) { weight probability } }
	  chains { id indexedBlock } }`
	deadline := time.Now().Add(90 * time.Second)
	for {
		select {
		case err := <-done:
			t.Fatalf("dito run stopped early: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no scored towns with members on both chains after 90s; last answer %+v", data)
		}
		res, err := postQuery(ctx, base+"/graphql", q)
		if err == nil && len(res.Errors) > 0 {
			t.Fatalf("query errors: %+v", res.Errors)
		}
		if err == nil && json.Unmarshal(res.Data, &data) == nil && ready(data.Towns, len(data.Chains)) {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	if len(data.Chains) != 2 {
		t.Errorf("chains = %+v, want the 2 devnet chains", data.Chains)
	}
	checkMetricsMove(t, base, func() {
		if _, err := postQuery(ctx, base+"/graphql", `query FrontendTowns { towns(first: 5) { id } }`); err != nil {
			t.Error(err)
		}
	})

	for path, want := range map[string]string{
		"/healthz": healthzBody(),
		"/readyz":  `"status":"ready"`,
		"/metrics": "dito_",
		"/":        "GraphiQL",
	} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("GET %s: %s, body lacks %q", path, resp.Status, want)
		}
	}
	// The Graph's alias for subgraph clients answers the same query.
	if res, err := postQuery(ctx, base+"/subgraphs/name/dito", `{ _meta { block { number } } }`); err != nil || len(res.Errors) > 0 {
		t.Errorf("subgraph alias: %v %+v", err, res.Errors)
	}

	// The load generator operators point at a deployment.
	out, err, code := runCLI(t, "bench", "api", "--url", base+"/graphql", "--clients", "2", "--duration", "300ms")
	if code != 0 || !strings.Contains(out, "2 clients:") || !strings.Contains(out, ", 0 errors") {
		t.Errorf("dito bench api: exit %d, %v, output %q", code, err, out)
	}

	if err := r.stop(); err != nil {
		t.Fatalf("dito run after the signal: %v, want a clean stop", err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("still serving after stop")
	}
}

type runTown struct {
	ID           string `json:"id"`
	MembersCount int    `json:"membersCount"`
	Scarcity     *struct {
		Score *int `json:"score"`
	} `json:"scarcity"`
	Neighbours []struct {
		Weight      float64 `json:"weight"`
		Probability float64 `json:"probability"`
	} `json:"neighbours"`
}

// ready: towns with members on every chain, all scored and with
// neighbours whose walk probabilities sum to at most 1.
func ready(towns []runTown, nChains int) bool {
	chainsSeen := map[string]bool{}
	withMembers := 0
	for _, tw := range towns {
		if tw.MembersCount < 3 {
			continue
		}
		if tw.Scarcity == nil || tw.Scarcity.Score == nil || len(tw.Neighbours) == 0 {
			return false
		}
		sum := 0.0
		for _, n := range tw.Neighbours {
			sum += n.Probability
		}
		if sum > 1+1e-9 {
			return false
		}
		withMembers++
		chainsSeen[strings.SplitN(tw.ID, "-", 2)[0]] = true
	}
	return nChains > 0 && withMembers >= 4 && len(chainsSeen) == nChains
}

// TestASecondRunIndexesTheNewDevnet runs `dito run` twice on one database,
// as a newcomer does: the devnet's chains start anew each time, so the
// second run must forget the first run's devnet data and index the new
// chains to their head, not stall on a cursor from a chain that is gone.
func TestASecondRunIndexesTheNewDevnet(t *testing.T) {
	db := pgtest.NewDatabase(t)
	type chainState struct {
		Head         *int `json:"head"`
		IndexedBlock *int `json:"indexedBlock"`
	}
	firstIndexed := 0
	for run := 1; run <= 2; run++ {
		r := runDevnet(t, db, "{chains: 1, seed: 3, rate: 20}", "error")

		var data struct {
			Chains []chainState `json:"chains"`
		}
		deadline := time.Now().Add(60 * time.Second)
		var last json.RawMessage
		for {
			res, err := postQuery(r.ctx, r.base+"/graphql", `{ chains { head indexedBlock } }`)
			last = res.Data
			if err == nil && len(res.Errors) == 0 && json.Unmarshal(res.Data, &data) == nil && len(data.Chains) == 1 {
				c := data.Chains[0]
				// At the head, and past where the first run stopped, so a
				// stale cursor (stuck while the head moves on) cannot pass.
				if c.Head != nil && c.IndexedBlock != nil && *c.Head-*c.IndexedBlock <= 3 && *c.IndexedBlock >= firstIndexed+10 {
					if run == 1 {
						firstIndexed = *c.IndexedBlock
					}
					break
				}
			}
			if time.Now().After(deadline) {
				t.Fatalf("run %d: not at the devnet's head within 60s: %v %s (first run stopped at %d)", run, err, last, firstIndexed)
			}
			time.Sleep(200 * time.Millisecond)
		}
		if err := r.stop(); err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
	}
}
