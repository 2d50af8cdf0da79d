package indexer_test

import (
	"context"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/chains/rpcproxy"
	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/indexer"
)

// benchEnv reads a positive integer from the environment.
func benchEnv(name string, def uint64) uint64 {
	if v, err := strconv.ParseUint(os.Getenv(name), 10, 64); err == nil && v > 0 {
		return v
	}
	return def
}

// benchHistory is generated once per benchmark binary: a bulk devnet
// history of DITO_BENCH_EVENTS logs in all (default 50,000), spread over
// DITO_BENCH_CHAINS chains (default 1) generated in parallel.
var benchHistory struct {
	once  sync.Once
	dn    *devnet.Devnet
	stats []devnet.BulkStats
	err   error
}

func benchDevnet(b *testing.B) (*devnet.Devnet, []devnet.BulkStats) {
	benchHistory.once.Do(func() {
		events := benchEnv("DITO_BENCH_EVENTS", 50_000)
		chains := benchEnv("DITO_BENCH_CHAINS", 1)
		ctx := context.Background()
		sim := devnet.DefaultSimConfig()
		sim.Towns, sim.MembersPerTown = 200, 60
		var log *slog.Logger
		if testing.Verbose() {
			log = slog.New(slog.NewTextHandler(os.Stderr, nil))
		}
		dn, err := devnet.Start(ctx, devnet.Options{Chains: devnet.DefaultChains(int(chains)), Manual: true, Seed: 42, Sim: sim, Logger: log})
		if err != nil {
			benchHistory.err = err
			return
		}
		// The devnet lives as long as the benchmark binary.
		benchHistory.dn = dn
		benchHistory.stats, benchHistory.err = dn.Bulk(ctx, events/chains, 100)
	})
	if benchHistory.err != nil {
		b.Fatal(benchHistory.err)
	}
	return benchHistory.dn, benchHistory.stats
}

// benchURL is url, or with DITO_BENCH_RPC_LATENCY_MS set, a proxy in front
// of it that delays every answer by that much: the in-process nodes answer
// in microseconds, a node across the internet in tens of milliseconds, and
// round trips are what batching saves.
func benchURL(b *testing.B, url string) string {
	ms := benchEnv("DITO_BENCH_RPC_LATENCY_MS", 0)
	if ms == 0 {
		return url
	}
	p := rpcproxy.New(url, 1)
	p.SetFaults(rpcproxy.Faults{Latency: time.Duration(ms) * time.Millisecond})
	b.Cleanup(p.Close)
	return p.URL()
}

// BenchmarkBackfill indexes the bulk history into a fresh database per
// iteration over real JSON-RPC, one indexer per chain running concurrently
// as `dito` runs them, and reports events/s and where the time went: rpc
// (eth_getLogs and headers, summed over parallel workers and chains),
// decode (including the view calls that enrich new towns and gigs) and db
// (loading state and committing batches).
//
//	DITO_BENCH_EVENTS=1000000 DITO_BENCH_CHAINS=4 go test ./indexer -run '^$' -bench Backfill -benchtime 1x -count 3 -timeout 60m
//
// DITO_BENCH_RPC_LATENCY_MS adds a round-trip time to every request.
func BenchmarkBackfill(b *testing.B) {
	dn, hist := benchDevnet(b)
	var logs uint64
	for i, h := range hist {
		b.Logf("history on %s: %d logs in %d blocks (%d txs), generated at %.0f logs/s", dn.Chains()[i].Name, h.Logs, h.Blocks, h.Txs, h.LogsPerSecond())
		logs += h.Logs
	}
	var total indexer.Stats
	var elapsed time.Duration
	for b.Loop() {
		b.StopTimer()
		s, _ := openStore(b)
		var ixs []*indexer.Indexer
		for _, c := range dn.Chains() {
			cfg := indexerConfig(c)
			cfg.Confirmations, cfg.BackfillBlocks, cfg.Workers = 0, 50, 4
			ix, err := indexer.New(cfg, dial(b, benchURL(b, c.HTTPURL), c.ChainID), s, quietLog(), nil, nil)
			if err != nil {
				b.Fatal(err)
			}
			ixs = append(ixs, ix)
		}
		b.StartTimer()
		start := time.Now()
		var wg sync.WaitGroup
		for _, ix := range ixs {
			wg.Go(func() { catchUp(b, ix) })
		}
		wg.Wait()
		elapsed += time.Since(start)
		for _, ix := range ixs {
			st := ix.Stats()
			total.RPC += st.RPC
			total.Decode += st.Decode
			total.DB += st.DB
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(logs)*n/elapsed.Seconds(), "events/s")
	b.ReportMetric(float64(logs), "events")
	b.ReportMetric(total.RPC.Seconds()/n, "rpc-s/op")
	b.ReportMetric(total.Decode.Seconds()/n, "decode-s/op")
	b.ReportMetric(total.DB.Seconds()/n, "db-s/op")
}
