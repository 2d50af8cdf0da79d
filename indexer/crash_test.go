package indexer_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/indexer"
	"github.com/distributedtown/dito-graph/indexer/indexertest"
	"github.com/distributedtown/dito-graph/store"
)

// helperEnv carries what the re-executed test binary needs to index.
const helperEnv = "DITO_TEST_INDEX_HELPER"

type helperArgs struct {
	RPC      string
	Database string
	Config   indexer.Config
}

// TestIndexHelperProcess is not a test: it is the indexer process that
// TestSIGKILLDuringBackfillLosesNothing starts and kills.
func TestIndexHelperProcess(t *testing.T) {
	raw := os.Getenv(helperEnv)
	if raw == "" {
		t.Skip("runs only as a child of TestSIGKILLDuringBackfillLosesNothing")
	}
	var a helperArgs
	if err := json.Unmarshal([]byte(raw), &a); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(context.Background(), a.Database, 4, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := indexer.New(a.Config, dial(t, a.RPC, a.Config.ChainID), s, quietLog(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = ix.Run(context.Background()) // until killed
}

// TestSIGKILLDuringBackfillLosesNothing kills the indexer process at random
// points of a backfill made of many small transactions, restarts it, and
// checks the final index equals the contracts' state: every batch commits
// with its cursor or not at all.
func TestSIGKILLDuringBackfillLosesNothing(t *testing.T) {
	if os.Getenv(helperEnv) != "" {
		t.Skip("helper process")
	}
	ctx := context.Background()
	dn, err := devnet.Start(ctx, devnet.Options{Chains: devnet.DefaultChains(1), Manual: true, Seed: 23})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dn.Close() })
	sim := dn.Simulators()[0]
	for range 150 {
		if _, err := sim.Step(ctx, 8); err != nil {
			t.Fatal(err)
		}
	}
	c := sim.Chain()
	s, url := openStore(t)
	cfg := indexerConfig(c)
	cfg.BackfillBlocks = 1 // many commits to land a kill between
	cfg.Workers = 2
	args, err := json.Marshal(helperArgs{RPC: c.HTTPURL, Database: url, Config: cfg})
	if err != nil {
		t.Fatal(err)
	}

	rng := rand.New(rand.NewPCG(5, 6))
	var cursors []uint64
	for kill := range 5 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestIndexHelperProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), helperEnv+"="+string(args))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill once the cursor passes a random point, so the kill lands
		// mid-backfill however fast this machine is.
		target := c.StartBlock + uint64(kill*25) + uint64(rng.IntN(20))
		deadline := time.Now().Add(time.Minute)
		for time.Now().Before(deadline) {
			if cur, err := s.Cursor(ctx, c.ChainID); err == nil && cur.Block != nil && cur.Block.Number >= target {
				break
			}
			time.Sleep(time.Duration(rng.IntN(10)) * time.Millisecond)
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatalf("kill %d: %v", kill, err)
		}
		_ = cmd.Wait()
		cur, err := s.Cursor(ctx, c.ChainID)
		if err == nil && cur.Block != nil {
			cursors = append(cursors, cur.Block.Number)
		} else {
			cursors = append(cursors, 0)
		}
	}
	t.Logf("cursor after each SIGKILL: %v (head %s)", cursors, mustHead(t, c))
	head, _ := strconv.ParseUint(mustHead(t, c), 10, 64)
	midway := 0
	for _, n := range cursors {
		if n > c.StartBlock && n < head {
			midway++
		}
	}
	if midway == 0 {
		t.Fatal("no kill landed in the middle of the backfill; the test exercised nothing")
	}

	ix, err := indexer.New(cfg, dial(t, c.HTTPURL, c.ChainID), s, quietLog(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	catchUp(t, ix)
	indexertest.CompareWithTruth(t, s, c)
}

func mustHead(t *testing.T, c *devnet.Chain) string {
	h, err := c.Head(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return strconv.FormatUint(h.Number.Uint64(), 10)
}
