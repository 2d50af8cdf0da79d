package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// postAdmin posts a GraphQL query with the admin bearer token.
func postAdmin(ctx context.Context, url, token, query string) (gqlResult, error) {
	body, _ := json.Marshal(map[string]string{"query": query})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return gqlResult{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return gqlResult{}, err
	}
	defer resp.Body.Close()
	var out gqlResult
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

// interrupt sends SIGINT, as Ctrl-C does, and returns the exit code and
// how long the process took to exit; past 10 s it kills it.
func interrupt(t *testing.T, p *process) (int, time.Duration) {
	t.Helper()
	start := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatalf("send SIGINT: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatalf("wait: %v", err)
		}
		return p.cmd.ProcessState.ExitCode(), time.Since(start)
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
		<-done
		t.Fatal("dito did not exit within 10 s of SIGINT")
		return 0, 0
	}
}

// TestEmbeddedDefaultAsAUserRunsIt is `go run ./cmd/dito` as the README
// has a newcomer run it: no database URL, no chains, only --data-dir (in a
// temporary directory). dito initialises its embedded Postgres, indexes its
// devnet and answers /healthz and GraphQL with towns; Ctrl-C makes it exit
// 0 within the 5 s issue 2 allows. A second run on the same data dir reuses
// it: no second initdb, nothing to migrate, and what the first run stored
// (a webhook) is still there.
func TestEmbeddedDefaultAsAUserRunsIt(t *testing.T) {
	dataDir := filepath.Join(t.TempDir(), "data")
	const token = "test-admin-token"
	const webhookURL = "https://bot.example/dito-embedded-test"
	for run := 1; run <= 2; run++ {
		addr := freeAddr(t)
		base := "http://" + addr
		p := startProcess(t, "dito-run-"+string(rune('0'+run)), []string{"DITO_API_ADMIN_TOKEN=" + token},
			"--data-dir", dataDir, "--http-addr", addr)
		waitHealthy(t, addr)

		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		var towns struct {
			Towns []struct {
				ID string `json:"id"`
			} `json:"towns"`
		}
		for len(towns.Towns) == 0 {
			if ctx.Err() != nil {
				cancel()
				t.Fatalf("run %d: no towns indexed within 60 s", run)
			}
			res, err := postQuery(ctx, base+"/graphql", `{ towns(first: 5) { id } }`)
			if err == nil && len(res.Errors) == 0 {
				_ = json.Unmarshal(res.Data, &towns)
			}
			time.Sleep(200 * time.Millisecond)
		}
		if run == 1 {
			// An analyst's export next to the running dito uses its
			// embedded Postgres rather than failing on the busy data dir.
			exportNextToRun(t, dataDir, towns.Towns[0].ID)
			// Matches no town, so it receives nothing; it is only data.
			res, err := postAdmin(ctx, base+"/graphql", token, `mutation { createWebhook(url: "`+webhookURL+
				`", secret: "a-long-enough-test-secret", town: "1-0x0000000000000000000000000000000000000001") { id } }`)
			if err != nil || len(res.Errors) > 0 {
				t.Fatalf("createWebhook: %v %+v", err, res.Errors)
			}
		} else {
			res, err := postAdmin(ctx, base+"/graphql", token, `{ webhooks { url } }`)
			if err != nil || len(res.Errors) > 0 || !strings.Contains(string(res.Data), webhookURL) {
				t.Errorf("second run: webhooks = %s (%v %+v), want the first run's", res.Data, err, res.Errors)
			}
		}
		cancel()

		code, took := interrupt(t, p)
		t.Logf("run %d: exit %d, %s after SIGINT", run, code, took.Round(time.Millisecond))
		if code != 0 || took > 5*time.Second {
			t.Errorf("run %d: exit code %d %s after SIGINT, want 0 within 5 s", run, code, took.Round(time.Millisecond))
		}
		logs := logLines(t, p.log(t))
		if last := logs[len(logs)-1]; last["msg"] != "stopped" {
			t.Errorf("run %d: last log line %v, want \"stopped\"", run, last)
		}
		initdb, migrated := false, false
		for _, l := range logs {
			initdb = initdb || l["msg"] == "initialising postgres cluster"
			r, _ := l["result"].(string)
			migrated = migrated || (l["msg"] == "migration" && strings.HasPrefix(r, "applied "))
		}
		if run == 1 && (!initdb || !migrated) {
			t.Errorf("first run: initdb %v, migrations applied %v; want both", initdb, migrated)
		}
		if run == 2 && (initdb || migrated) {
			t.Errorf("second run on the same data dir: initdb %v, migrations applied %v; want neither", initdb, migrated)
		}
	}
}

// exportNextToRun runs `dito graph export` on the data dir a dito is
// serving and checks the export holds the town the API showed.
func exportNextToRun(t *testing.T, dataDir, town string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "towns.json")
	p := startProcess(t, "dito-graph-export", nil, "graph", "export", "--format", "json", "-o", out, "--data-dir", dataDir)
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("dito graph export next to a running dito: %v\n%s", err, p.log(t))
		}
	case <-time.After(60 * time.Second):
		_ = p.cmd.Process.Kill()
		<-done
		t.Fatal("dito graph export did not finish within 60 s")
	}
	if !hasLog(t, p.log(t), "using the embedded postgres of the dito already running on this data dir") {
		t.Errorf("export did not say it used the running dito's postgres:\n%s", p.log(t))
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Nodes []struct {
			ID string `json:"id"`
		} `json:"nodes"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	for _, n := range g.Nodes {
		if n.ID == town {
			return
		}
	}
	t.Errorf("export of %d towns lacks town %s the API serves", len(g.Nodes), town)
}
