package main

import (
	"net/http"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// scrape reads /metrics and sums each family over its series whose labels
// include match.
func scrape(t *testing.T, base string, match map[string]string) map[string]float64 {
	t.Helper()
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatalf("parse /metrics: %v", err)
	}
	out := map[string]float64{}
	for name, f := range fams {
	series:
		for _, m := range f.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			for k, v := range match {
				if lv, ok := labels[k]; ok && lv != v {
					continue series
				}
			}
			out[name] += value(m)
		}
	}
	return out
}

func value(m *dto.Metric) float64 {
	switch {
	case m.Counter != nil:
		return m.Counter.GetValue()
	case m.Gauge != nil:
		return m.Gauge.GetValue()
	case m.Histogram != nil:
		return float64(m.Histogram.GetSampleCount())
	case m.Untyped != nil:
		return m.Untyped.GetValue()
	}
	return 0
}

// checkMetricsMove scrapes a running `dito run` twice, while its devnet
// simulator keeps the chains busy and a client queries it, and checks the
// series operators alert on exist and move.
func checkMetricsMove(t *testing.T, base string, query func()) {
	t.Helper()
	before := scrape(t, base, nil)
	deadline := time.Now().Add(30 * time.Second)
	var after map[string]float64
	for {
		query()
		time.Sleep(time.Second)
		after = scrape(t, base, nil)
		if after["dito_indexer_events_total"] > before["dito_indexer_events_total"] &&
			after["dito_chain_indexed_block"] > before["dito_chain_indexed_block"] {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("indexing metrics did not move in 30s: events %v -> %v, indexed %v -> %v",
				before["dito_indexer_events_total"], after["dito_indexer_events_total"],
				before["dito_chain_indexed_block"], after["dito_chain_indexed_block"])
		}
	}
	for _, name := range []string{"dito_rpc_requests_total", "dito_rpc_request_seconds", "dito_graphql_requests_total", "dito_indexer_batches_total"} {
		if after[name] <= before[name] {
			t.Errorf("%s did not grow: %v -> %v", name, before[name], after[name])
		}
	}
	for _, name := range []string{"dito_chain_head_block", "dito_chain_final_block", "dito_chain_lag_blocks", "dito_chain_lag_seconds",
		"dito_rpc_getlogs_range_blocks", "dito_graph_rebuild_seconds", "dito_indexer_batch_seconds", "dito_graphql_active_subscriptions"} {
		if _, ok := after[name]; !ok {
			t.Errorf("/metrics lacks %s", name)
		}
	}
	if after["dito_chain_head_block"] < after["dito_chain_final_block"] {
		t.Errorf("head %v below final block %v", after["dito_chain_head_block"], after["dito_chain_final_block"])
	}
	if eth := scrape(t, base, map[string]string{"method": "eth_getLogs", "result": "ok"}); eth["dito_rpc_requests_total"] == 0 {
		t.Error("no successful eth_getLogs counted")
	}
}
