package indexer_test

import (
	"context"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/indexer"
)

// benchHistory is generated once per benchmark binary: a bulk devnet
// history of DITO_BENCH_EVENTS logs (default 50,000) on one chain.
var benchHistory struct {
	once  sync.Once
	chain *devnet.Chain
	stats devnet.BulkStats
	err   error
}

func benchChain(b *testing.B) (*devnet.Chain, devnet.BulkStats) {
	benchHistory.once.Do(func() {
		events := uint64(50_000)
		if v, err := strconv.ParseUint(os.Getenv("DITO_BENCH_EVENTS"), 10, 64); err == nil && v > 0 {
			events = v
		}
		ctx := context.Background()
		sim := devnet.DefaultSimConfig()
		sim.Towns, sim.MembersPerTown = 200, 60
		dn, err := devnet.Start(ctx, devnet.Options{Chains: devnet.DefaultChains(1), Manual: true, Seed: 42, Sim: sim})
		if err != nil {
			benchHistory.err = err
			return
		}
		// The devnet lives as long as the benchmark binary.
		benchHistory.chain = dn.Chains()[0]
		benchHistory.stats, benchHistory.err = dn.Simulators()[0].Bulk(ctx, events, 100)
	})
	if benchHistory.err != nil {
		b.Fatal(benchHistory.err)
	}
	return benchHistory.chain, benchHistory.stats
}

// BenchmarkBackfill indexes the bulk history into a fresh database per
// iteration over real JSON-RPC and reports events/s and where the time
// went: rpc (eth_getLogs and headers, summed over parallel workers),
// decode (including the view calls that enrich new towns and gigs) and db
// (loading state and committing batches).
func BenchmarkBackfill(b *testing.B) {
	c, hist := benchChain(b)
	b.Logf("history: %d logs in %d blocks (%d txs), generated at %.0f logs/s", hist.Logs, hist.Blocks, hist.Txs, hist.LogsPerSecond())
	var total indexer.Stats
	var elapsed time.Duration
	for b.Loop() {
		b.StopTimer()
		s, _ := openStore(b)
		cfg := indexerConfig(c)
		cfg.Confirmations, cfg.BackfillBlocks, cfg.Workers = 0, 50, 4
		cl := dial(b, c.HTTPURL, c.ChainID)
		ix, err := indexer.New(cfg, cl, s, quietLog(), nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		catchUp(b, ix)
		elapsed += time.Since(start)
		st := ix.Stats()
		total.RPC += st.RPC
		total.Decode += st.Decode
		total.DB += st.DB
	}
	n := float64(b.N)
	b.ReportMetric(float64(hist.Logs)*n/elapsed.Seconds(), "events/s")
	b.ReportMetric(total.RPC.Seconds()/n, "rpc-s/op")
	b.ReportMetric(total.Decode.Seconds()/n, "decode-s/op")
	b.ReportMetric(total.DB.Seconds()/n, "db-s/op")
}
