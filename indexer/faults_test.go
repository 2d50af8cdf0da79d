package indexer_test

import (
	"context"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/chains"
	"github.com/distributedtown/dito-graph/chains/rpcproxy"
	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/indexer"
	"github.com/distributedtown/dito-graph/indexer/indexertest"
)

// TestFaultyNodesDoNotChangeTheResult indexes one chain through two
// endpoints: one dead from the start, one that times out, rate-limits,
// fails, drops connections, refuses wide log ranges, answers null for
// blocks it has, and lies (answers logs as another branch has them, with
// other contents, which stored would differ from the contracts' state).
// The index must still equal the contracts' state, and every kind of
// fault must actually have happened.
func TestFaultyNodesDoNotChangeTheResult(t *testing.T) {
	ctx := context.Background()
	dn, err := devnet.Start(ctx, devnet.Options{Chains: devnet.DefaultChains(1), Manual: true, Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dn.Close() })
	sim := dn.Simulators()[0]
	for range 40 {
		if _, err := sim.Step(ctx, 6); err != nil {
			t.Fatal(err)
		}
	}
	c := sim.Chain()

	dead := rpcproxy.New(c.HTTPURL, 1)
	t.Cleanup(dead.Close)
	flaky := rpcproxy.New(c.HTTPURL, 2)
	t.Cleanup(flaky.Close)

	dead.SetDead(true)
	cl, err := chains.Dial(ctx, chains.Config{
		ChainID: c.ChainID, Endpoints: []string{dead.URL(), flaky.URL()},
		Timeout: 500 * time.Millisecond, Retries: 8, MaxLogRange: 64,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	flaky.SetFaults(rpcproxy.Faults{
		Timeout: 0.03, TooMany: 0.05, ServerErr: 0.05, Drop: 0.03, Lie: 0.15, Missing: 0.15,
		MaxLogRange: 9, Hang: time.Second,
	})

	s, _ := openStore(t)
	cfg := indexerConfig(c)
	cfg.BackfillBlocks = 12
	cfg.Workers = 1 // requests in a fixed order, so the seeded faults repeat run to run
	ix, err := indexer.New(cfg, cl, s, quietLog(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	catchUp(t, ix)
	// The tail path too, with a reorg in the middle.
	for round := range 3 {
		if _, err := sim.Step(ctx, 5); err != nil {
			t.Fatal(err)
		}
		if _, err := sim.Reorg(ctx, 2+round); err != nil {
			t.Fatal(err)
		}
		catchUp(t, ix)
	}
	flaky.SetFaults(rpcproxy.Faults{})
	catchUp(t, ix)
	indexertest.CompareWithTruth(t, s, c)

	n := flaky.Counts()
	t.Logf("faults injected: %+v; dead endpoint saw %d requests", n, dead.Counts().Requests)
	if n.Timeouts == 0 || n.TooMany == 0 || n.ServerErrs == 0 || n.Drops == 0 || n.Lies == 0 || n.RangeErrors == 0 || n.Missing == 0 {
		t.Errorf("not every fault was exercised: %+v", n)
	}
}
