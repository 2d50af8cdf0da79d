package indexer_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/distributedtown/dito-graph/chains"
	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/indexer"
	"github.com/distributedtown/dito-graph/indexer/indexertest"
	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/store/storetest"
)

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) != "" {
		os.Exit(m.Run()) // a helper process uses the parent's database
	}
	pgtest.Main(m)
}

func openStore(t testing.TB) (*store.Store, string) {
	t.Helper()
	url := storetest.URL(t)
	return storetest.OpenURL(t, url, 8), url
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// indexerConfig is a chain's config as a user would write it for the devnet.
func indexerConfig(c *devnet.Chain) indexer.Config {
	return indexer.Config{
		ChainID: c.ChainID, Name: c.Name, StartBlock: c.StartBlock,
		Confirmations: 3, MaxReorgDepth: 32,
		BackfillBlocks: 7, TailBlocks: 5, Workers: 3,
		Roots: []store.Contract{
			{Address: c.Contracts.DistributedTown, Kind: store.KindDistributedTown},
			{Address: c.Contracts.SkillWallet, Kind: store.KindSkillWallet},
			{Address: c.Contracts.Projects, Kind: store.KindProjects},
		},
	}
}

func dial(t testing.TB, url string, chainID uint64) *chains.Client {
	t.Helper()
	cl, err := chains.Dial(context.Background(), chains.Config{ChainID: chainID, Endpoints: []string{url}, Timeout: 5 * time.Second, MaxLogRange: 50})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return cl
}

// catchUp steps until the indexer reports it is at the head. Inconsistent
// node answers (the chain moved while the indexer read it) are retried as
// Run retries them; other errors only a few times.
func catchUp(t testing.TB, ix *indexer.Indexer) {
	t.Helper()
	ctx := context.Background()
	failures, inconsistent := 0, 0
	for range 10000 {
		err := ix.Step(ctx)
		switch {
		case errors.Is(err, indexer.ErrNothingNew):
			return
		case err == nil, errors.Is(err, indexer.ErrReorg):
		case errors.Is(err, chains.ErrInconsistent) && !errors.Is(err, indexer.ErrReorgTooDeep):
			inconsistent++
			if inconsistent > 200 {
				t.Fatalf("indexer step: %d inconsistent reads: %v", inconsistent, err)
			}
			time.Sleep(20 * time.Millisecond)
		default:
			failures++
			if failures > 5 {
				t.Fatalf("indexer step: %v", err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	t.Fatal("indexer did not catch up")
}

// TestIndexFourChainsThenTailThroughReorgs is the indexer's main
// specification: a seeded history on four chains is backfilled and equals
// the contracts' state; then the chains keep moving with reorgs of depth
// 1..10 (some undoing indexed town creations and credit movements) and
// the index still equals the canonical chain's state.
func TestIndexFourChainsThenTailThroughReorgs(t *testing.T) {
	ctx := context.Background()
	// More towns than the backfill phase creates, so towns keep being
	// created (and reorged away) while the indexer tails.
	dn, err := devnet.Start(ctx, devnet.Options{Chains: devnet.DefaultChains(4), Manual: true, Seed: 7,
		Sim: devnet.SimConfig{Towns: 40, MembersPerTown: 12}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dn.Close() })
	s, _ := openStore(t)

	var ixs []*indexer.Indexer
	for _, sim := range dn.Simulators() {
		for range 30 {
			if _, err := sim.Step(ctx, 8); err != nil {
				t.Fatal(err)
			}
		}
		c := sim.Chain()
		ix, err := indexer.New(indexerConfig(c), dial(t, c.HTTPURL, c.ChainID), s, quietLog(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		ixs = append(ixs, ix)
	}
	for i, ix := range ixs {
		catchUp(t, ix)
		indexertest.CompareWithTruth(t, s, dn.Simulators()[i].Chain())
	}
	if t.Failed() {
		t.FailNow()
	}

	// Count what the reorgs take back from blocks the indexer had already
	// applied (below head - confirmations), so the test cannot pass by
	// reorging only empty or unindexed blocks.
	var undone struct{ creations, movements, reorgs int }
	created, moved := crypto.Keccak256Hash([]byte(indexer.SigCommunityCreated)), crypto.Keccak256Hash([]byte(indexer.SigTransfer))
	for i, sim := range dn.Simulators() {
		c := sim.Chain()
		ec, err := ethclient.Dial(c.HTTPURL)
		if err != nil {
			t.Fatal(err)
		}
		for round := range 20 {
			depth := 1 + round%10
			if _, err := sim.Step(ctx, 6); err != nil {
				t.Fatal(err)
			}
			catchUp(t, ixs[i])
			head, err := ec.BlockNumber(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if applied := head - 3; depth > 3 {
				logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{
					FromBlock: new(big.Int).SetUint64(head - uint64(depth) + 1), ToBlock: new(big.Int).SetUint64(applied),
					Topics: [][]common.Hash{{created, moved}},
				})
				if err != nil {
					t.Fatal(err)
				}
				undone.reorgs++
				for _, l := range logs {
					switch {
					case l.Topics[0] == created:
						undone.creations++
					case len(l.Topics) == 3: // ERC20 Transfer; ERC721's has 4
						undone.movements++
					}
				}
			}
			if _, err := sim.Reorg(ctx, depth); err != nil {
				t.Fatalf("reorg depth %d: %v", depth, err)
			}
			if _, err := sim.Step(ctx, 4); err != nil {
				t.Fatal(err)
			}
		}
		ec.Close()
		catchUp(t, ixs[i])
		indexertest.CompareWithTruth(t, s, c)
	}
	t.Logf("reorgs below the indexed head: %d, undoing %d town creations and %d credit movements", undone.reorgs, undone.creations, undone.movements)
	if undone.creations == 0 || undone.movements == 0 {
		t.Errorf("no reorg took back an indexed town creation or credit movement: %+v", undone)
	}
}
