package metrics

import (
	"context"
	"errors"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// exercised is a Metrics whose every series has a sample, so that
// Gather lists every family.
func exercised(t *testing.T) *Metrics {
	t.Helper()
	m := New()
	m.Head(137, 100, 90)
	m.Applied(137, 80, 85, 12, 20*time.Millisecond)
	m.Reorg(137, 3)
	m.ReorgTooDeep(137, false)
	m.ReorgTooDeep(1, true)
	m.Backfill(137, 5, 10)
	m.GraphComputed("full", time.Second)
	m.SignalEmitted("LACK")
	m.RPCRequest(137, "https://rpc.example/…", "eth_getLogs", 30*time.Millisecond, nil)
	m.RPCRequest(137, "https://rpc.example/…", "eth_getLogs", 30*time.Millisecond, errors.New("429"))
	m.LogRange(137, 500)
	m.Operation("Towns", 3*time.Millisecond, false)
	m.Operation("", 3*time.Millisecond, true)
	m.Subscriptions(1)
	m.Delivery("dead", time.Second)
	m.CollectDeadLetters(func(context.Context) (int, error) { return 2, nil })
	m.CollectChains(func(context.Context) ([]ChainSample, error) {
		return []ChainSample{{Chain: 137, LagSeconds: 24}}, nil
	})
	return m
}

func families(t *testing.T, m *Metrics) map[string]bool {
	t.Helper()
	fams, err := m.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, f := range fams {
		out[f.GetName()] = true
	}
	return out
}

// TestDeployFilesUseExportedMetrics keeps the Grafana dashboard and the
// alert rules in step with the code: a renamed metric would silently
// empty a panel or disarm an alert.
func TestDeployFilesUseExportedMetrics(t *testing.T) {
	have := families(t, exercised(t))
	name := regexp.MustCompile(`\bdito_[a-z0-9_]+`)
	for _, path := range []string{"../deploy/grafana/dito.json", "../deploy/prometheus/alerts.yml"} {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		used := name.FindAllString(string(b), -1)
		if len(used) == 0 {
			t.Fatalf("%s names no dito_ metric", path)
		}
		for _, n := range used {
			base := n
			for _, suf := range []string{"_bucket", "_count", "_sum"} {
				if trimmed, ok := strings.CutSuffix(n, suf); ok && have[trimmed] {
					base = trimmed
				}
			}
			if !have[base] {
				t.Errorf("%s uses %s, which dito does not export", path, n)
			}
		}
	}
}

func TestLagAndOperationLabels(t *testing.T) {
	m := exercised(t)
	for range maxOperations + 10 {
		m.Operation("op"+time.Now().Format("150405.000000000"), time.Millisecond, false)
	}
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body := rec.Body.String()
	for _, want := range []string{
		`dito_chain_lag_seconds{chain="137"} 24`,
		`dito_chain_final_block{chain="137"} 90`,
		`dito_chain_lag_blocks{chain="137"} 15`,
		`dito_rpc_requests_total{chain="137",endpoint="https://rpc.example/…",method="eth_getLogs",result="error"} 1`,
		`dito_graphql_requests_total{operation="anonymous"} 1`,
		`dito_graphql_errors_total{operation="anonymous"} 1`,
		`dito_graphql_requests_total{operation="other"}`,
		`dito_graphql_active_subscriptions 1`,
		`dito_webhook_deliveries_total{result="dead"} 1`,
		`dito_webhook_dead_letters 2`,
		`dito_indexer_reorg_too_deep{chain="1"} 1`,
		`dito_indexer_reorg_too_deep{chain="137"} 0`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if n := strings.Count(body, "dito_graphql_requests_total{"); n > maxOperations+1 {
		t.Errorf("%d operation series, want at most %d: client-chosen names must not grow the registry without bound", n, maxOperations+1)
	}
}
