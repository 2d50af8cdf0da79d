package indexer_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"sync"
	"sync/atomic"
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
	"github.com/distributedtown/dito-graph/store"
)

// reorgingSource is a chain's client that reorganises the chain at chosen
// moments of the indexer's reads: what the indexer read before is then
// from an abandoned branch. chainMu serialises reorgs with whoever else
// drives the chain.
type reorgingSource struct {
	*chains.Client
	t   testing.TB
	sim *devnet.Simulator
	// beforeRange and afterRange, if set, return a reorg depth (0: none)
	// for a Range call, done before it reads or after it has read.
	beforeRange, afterRange func(from, to uint64, f chains.Filter, allHeaders bool) int
	// beforeHeaders likewise for Headers calls.
	beforeHeaders func(from, to uint64) int

	chainMu *sync.Mutex
	reorgs  atomic.Int64
}

func (r *reorgingSource) reorg(ctx context.Context, depth int, during string) {
	if depth <= 0 {
		return
	}
	if r.chainMu != nil {
		r.chainMu.Lock()
		defer r.chainMu.Unlock()
	}
	// The reorg is the test's doing, not the indexer's: it must complete
	// even when the read that triggered it is cancelled (the run stopping),
	// or the simulator is left between branches.
	rg, err := r.sim.Reorg(context.WithoutCancel(ctx), depth)
	if errors.Is(err, devnet.ErrReorgTooDeep) {
		return
	}
	if err != nil {
		r.t.Errorf("reorg depth %d %s: %v", depth, during, err)
		return
	}
	r.reorgs.Add(1)
	r.t.Logf("reorg depth %d (ancestor %d, %d logs on the new branch) %s", depth, rg.Ancestor, rg.Logs, during)
}

func (r *reorgingSource) Range(ctx context.Context, from, to uint64, f chains.Filter, all bool) ([]chains.Block, error) {
	if r.beforeRange != nil {
		r.reorg(ctx, r.beforeRange(from, to, f, all), fmt.Sprintf("before reading %d-%d", from, to))
	}
	blocks, err := r.Client.Range(ctx, from, to, f, all)
	if r.afterRange != nil && err == nil {
		r.reorg(ctx, r.afterRange(from, to, f, all), fmt.Sprintf("after reading %d-%d", from, to))
	}
	return blocks, err
}

func (r *reorgingSource) Headers(ctx context.Context, from, to uint64) ([]chains.Header, error) {
	if r.beforeHeaders != nil {
		r.reorg(ctx, r.beforeHeaders(from, to), fmt.Sprintf("before reading headers %d-%d", from, to))
	}
	return r.Client.Headers(ctx, from, to)
}

// recorder is an indexer.Observer that keeps what the tests check.
type recorder struct {
	mu     sync.Mutex
	reorgs []uint64
	stuck  []bool
}

func (r *recorder) Head(uint64, uint64, uint64)                        {}
func (r *recorder) Applied(uint64, uint64, uint64, int, time.Duration) {}
func (r *recorder) Backfill(uint64, uint64, uint64)                    {}

func (r *recorder) Reorg(_ uint64, depth uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reorgs = append(r.reorgs, depth)
}

func (r *recorder) ReorgTooDeep(_ uint64, stuck bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.stuck = append(r.stuck, stuck)
}

func (r *recorder) reorgCount() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.reorgs)
}

func startDevnet(t *testing.T, seed uint64, sim devnet.SimConfig) *devnet.Simulator {
	t.Helper()
	dn, err := devnet.Start(context.Background(), devnet.Options{Chains: devnet.DefaultChains(1), Manual: true, Seed: seed, Sim: sim})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dn.Close() })
	return dn.Simulators()[0]
}

func steps(t *testing.T, sim *devnet.Simulator, blocks, actions int) {
	t.Helper()
	for range blocks {
		if _, err := sim.Step(context.Background(), actions); err != nil {
			t.Fatal(err)
		}
	}
}

func headOf(t *testing.T, c *devnet.Chain) uint64 {
	t.Helper()
	h, err := c.Head(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return h.Number.Uint64()
}

var topicCommunityCreated = crypto.Keccak256Hash([]byte(indexer.SigCommunityCreated))

// TestReorgBetweenDiscoverAndFetchLosesNothing: the tail discovers the
// towns created in its range, then fetches the range's logs; a reorg in
// between creates other towns on the new branch (often at the addresses
// the old branch used, as CREATE addresses repeat). The fetched range must
// be read again, never applied with the discovered towns of the old
// branch or without the new branch's.
func TestReorgBetweenDiscoverAndFetchLosesNothing(t *testing.T) {
	ctx := context.Background()
	sim := startDevnet(t, 9, devnet.SimConfig{Towns: 200, MembersPerTown: 4})
	c := sim.Chain()
	steps(t, sim, 10, 8)
	ec, err := ethclient.Dial(c.HTTPURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()

	armed := false
	townsUndone := 0
	src := &reorgingSource{Client: dial(t, c.HTTPURL, c.ChainID), t: t, sim: sim}
	src.beforeRange = func(from, to uint64, f chains.Filter, all bool) int {
		if !all || !armed {
			return 0
		}
		armed = false
		// What the reorg takes back was discovered already.
		logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(to), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{c.Contracts.DistributedTown}, Topics: [][]common.Hash{{topicCommunityCreated}}})
		if err != nil {
			t.Error(err)
		}
		townsUndone += len(logs)
		return 1
	}
	s, _ := openStore(t)
	ix, err := indexer.New(indexerConfig(c), src, s, quietLog(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	catchUp(t, ix)
	for range 15 {
		steps(t, sim, 1, 8)
		armed = true
		catchUp(t, ix)
	}
	steps(t, sim, 1, 1)
	catchUp(t, ix)
	indexertest.CompareWithTruth(t, s, c)
	if src.reorgs.Load() < 10 || townsUndone == 0 {
		t.Errorf("%d reorgs between discover and fetch, undoing %d discovered towns: the race was not exercised", src.reorgs.Load(), townsUndone)
	}
}

// TestReorgDuringBackfillIsRolledBack: the chain reorganises while a
// backfill runs, deeper than the confirmations (so into the span being
// backfilled) and within max_reorg_depth. The windows already read or
// applied are from the old branch; the reorg must be found and rolled back.
func TestReorgDuringBackfillIsRolledBack(t *testing.T) {
	// Three towns, all founded in the first blocks: no town creation on
	// either branch gives the reorg away, only the blocks' hashes do.
	sim := startDevnet(t, 7, devnet.SimConfig{Towns: 3, MembersPerTown: 30})
	c := sim.Chain()
	steps(t, sim, 40, 8)
	head := headOf(t, c)
	s, _ := openStore(t)
	cfg := indexerConfig(c)
	cfg.MaxReorgDepth, cfg.BackfillBlocks, cfg.Workers = 64, 10, 1

	windows := 0
	var depth int
	src := &reorgingSource{Client: dial(t, c.HTTPURL, c.ChainID), t: t, sim: sim}
	src.beforeRange = func(from, to uint64, f chains.Filter, all bool) int {
		if f.Topics != nil {
			return 0 // discover
		}
		windows++
		if windows != 4 {
			return 0
		}
		// Fork inside the third window, which is read (and maybe applied).
		depth = int(head - (from - 4))
		return depth
	}
	rec := &recorder{}
	ix, err := indexer.New(cfg, src, s, quietLog(), rec, nil)
	if err != nil {
		t.Fatal(err)
	}
	catchUp(t, ix)
	steps(t, sim, 3, 8)
	catchUp(t, ix)
	indexertest.CompareWithTruth(t, s, c)
	if src.reorgs.Load() != 1 || depth <= int(cfg.Confirmations) || depth > int(cfg.MaxReorgDepth) {
		t.Fatalf("%d reorgs of depth %d injected, want one deeper than the confirmations and within max_reorg_depth", src.reorgs.Load(), depth)
	}
	if rec.reorgCount() == 0 {
		t.Error("the indexer rolled nothing back")
	}
}

// TestShallowReorgAfterBackfillFindsItsAncestor: after a backfill in one
// window, a reorg well within max_reorg_depth forks below the blocks the
// tail stored. The backfill must have kept every block hash of its last
// max_reorg_depth blocks, so the common ancestor is found and the reorg
// rolled back, never reported too deep.
func TestShallowReorgAfterBackfillFindsItsAncestor(t *testing.T) {
	ctx := context.Background()
	sim := startDevnet(t, 7, devnet.SimConfig{})
	c := sim.Chain()
	steps(t, sim, 20, 8)
	steps(t, sim, 30, 0) // empty blocks: nothing of them is kept for events
	s, _ := openStore(t)
	cfg := indexerConfig(c)
	cfg.MaxReorgDepth, cfg.BackfillBlocks = 12, 1000
	rec := &recorder{}
	ix, err := indexer.New(cfg, dial(t, c.HTTPURL, c.ChainID), s, quietLog(), rec, nil)
	if err != nil {
		t.Fatal(err)
	}
	catchUp(t, ix)
	if _, err := sim.Reorg(ctx, 6); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		err := ix.Step(ctx)
		if errors.Is(err, indexer.ErrReorgTooDeep) {
			t.Fatalf("a reorg of depth 6 with max_reorg_depth 12: %v", err)
		}
		if errors.Is(err, indexer.ErrNothingNew) {
			break
		}
	}
	if rec.reorgCount() != 1 {
		t.Fatalf("%d reorgs rolled back, want 1", rec.reorgCount())
	}
	steps(t, sim, 2, 8)
	catchUp(t, ix)
	indexertest.CompareWithTruth(t, s, c)
}

// TestReorgDeeperThanMaxStopsWithAnAlarm: with no common ancestor within
// max_reorg_depth the indexer stops with ErrReorgTooDeep, changes nothing
// in the store, and tells the observer (the metric operators alert on).
func TestReorgDeeperThanMaxStopsWithAnAlarm(t *testing.T) {
	ctx := context.Background()
	sim := startDevnet(t, 5, devnet.SimConfig{})
	c := sim.Chain()
	steps(t, sim, 25, 8)
	s, _ := openStore(t)
	cfg := indexerConfig(c)
	cfg.MaxReorgDepth = 8
	rec := &recorder{}
	ix, err := indexer.New(cfg, dial(t, c.HTTPURL, c.ChainID), s, quietLog(), rec, nil)
	if err != nil {
		t.Fatal(err)
	}
	catchUp(t, ix)
	before, err := s.Current(ctx, c.ChainID, store.Keys{All: true})
	if err != nil {
		t.Fatal(err)
	}
	curBefore, err := s.Cursor(ctx, c.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sim.Reorg(ctx, 12); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if err := ix.Step(ctx); !errors.Is(err, indexer.ErrReorgTooDeep) {
			t.Fatalf("step %d after a reorg of depth 12 with max_reorg_depth 8: %v, want ErrReorgTooDeep", i, err)
		}
	}
	after, err := s.Current(ctx, c.ChainID, store.Keys{All: true})
	if err != nil {
		t.Fatal(err)
	}
	curAfter, err := s.Cursor(ctx, c.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) || !reflect.DeepEqual(curBefore, curAfter) {
		t.Errorf("the store changed: cursor %+v -> %+v; state equal: %v", curBefore.Block, curAfter.Block, reflect.DeepEqual(before, after))
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.stuck) != 2 || rec.stuck[0] || !rec.stuck[1] {
		t.Errorf("ReorgTooDeep reports %v, want [false true]: clear while indexing, then stuck once", rec.stuck)
	}
	if len(rec.reorgs) != 0 {
		t.Errorf("reorgs reported %v, want none", rec.reorgs)
	}
}

// laggingSource is a node that has not seen the newest blocks: its head is
// lag blocks behind the chain's, and it has no block above that head.
type laggingSource struct {
	*chains.Client
	lag atomic.Uint64
}

func (l *laggingSource) top(ctx context.Context) (uint64, error) {
	h, err := l.Client.Head(ctx)
	if err != nil {
		return 0, err
	}
	return h.Number - min(h.Number, l.lag.Load()), nil
}

func (l *laggingSource) Head(ctx context.Context) (chains.Header, error) {
	top, err := l.top(ctx)
	if err != nil {
		return chains.Header{}, err
	}
	hs, err := l.Client.Headers(ctx, top, top)
	if err != nil {
		return chains.Header{}, err
	}
	return hs[0], nil
}

func (l *laggingSource) Headers(ctx context.Context, from, to uint64) ([]chains.Header, error) {
	if top, err := l.top(ctx); err != nil || to > top {
		return nil, fmt.Errorf("block %d missing (node head %d, %v): %w", to, top, err, chains.ErrInconsistent)
	}
	return l.Client.Headers(ctx, from, to)
}

func (l *laggingSource) Range(ctx context.Context, from, to uint64, f chains.Filter, all bool) ([]chains.Block, error) {
	if top, err := l.top(ctx); err != nil || to > top {
		return nil, fmt.Errorf("block %d missing (node head %d, %v): %w", to, top, err, chains.ErrInconsistent)
	}
	return l.Client.Range(ctx, from, to, f, all)
}

// TestNodeBehindTheCursor: a node behind the indexer (after a failover to
// a lagging endpoint) is no error, just nothing new; a reorg seen through
// such a node (its head below our cursor) is rolled back to an ancestor at
// or below its head.
func TestNodeBehindTheCursor(t *testing.T) {
	ctx := context.Background()
	sim := startDevnet(t, 13, devnet.SimConfig{})
	c := sim.Chain()
	steps(t, sim, 20, 8)
	s, _ := openStore(t)
	src := &laggingSource{Client: dial(t, c.HTTPURL, c.ChainID)}
	rec := &recorder{}
	ix, err := indexer.New(indexerConfig(c), src, s, quietLog(), rec, nil)
	if err != nil {
		t.Fatal(err)
	}
	catchUp(t, ix)

	src.lag.Store(3)
	for range 2 {
		if err := ix.Step(ctx); !errors.Is(err, indexer.ErrNothingNew) {
			t.Fatalf("step with the node 3 blocks behind the cursor: %v, want ErrNothingNew", err)
		}
	}

	// The chain forks 5 blocks below our cursor; the lagging node has the
	// new branch up to 2 blocks below it.
	cursor := headOf(t, c)
	if _, err := sim.Reorg(ctx, 5); err != nil {
		t.Fatal(err)
	}
	src.lag.Store(headOf(t, c) - (cursor - 2))
	if err := ix.Step(ctx); !errors.Is(err, indexer.ErrReorg) {
		t.Fatalf("step after a reorg, with the node's head below the cursor: %v, want ErrReorg", err)
	}
	if rec.reorgCount() != 1 || rec.reorgs[0] != 5 {
		t.Errorf("rolled back %v blocks, want one reorg of 5", rec.reorgs)
	}
	catchUp(t, ix) // up to the lagging node's head
	src.lag.Store(0)
	catchUp(t, ix)
	indexertest.CompareWithTruth(t, s, c)
}

var topicGigCreated = crypto.Keccak256Hash([]byte(indexer.SigGigCreated))

// TestViewCallsReadTheBlockTheLogCameFrom: the chain reorganises after the
// tail read a block with a new gig and before it reads the gig's credits
// from the contract. The credits must be those of the block the log came
// from (or the batch must be read again), never those another branch has
// at that height.
func TestViewCallsReadTheBlockTheLogCameFrom(t *testing.T) {
	ctx := context.Background()
	sim := startDevnet(t, 17, devnet.SimConfig{})
	c := sim.Chain()
	steps(t, sim, 15, 8)
	s, _ := openStore(t)
	cfg := indexerConfig(c)
	cfg.TailBlocks = 100
	src := &reorgingSource{Client: dial(t, c.HTTPURL, c.ChainID), t: t, sim: sim}
	ix, err := indexer.New(cfg, src, s, quietLog(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	catchUp(t, ix)
	ec, err := ethclient.Dial(c.HTTPURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()

	// Blocks until one creates gigs; remember each gig's credits there.
	type gigAt struct {
		contract common.Address
		id       *big.Int
	}
	credits := map[gigAt]*big.Int{}
	var gigBlock uint64
	for range 30 {
		steps(t, sim, 1, 8)
		head, err := c.Head(ctx)
		if err != nil {
			t.Fatal(err)
		}
		logs, err := ec.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: ptr(head.Hash()), Topics: [][]common.Hash{{topicGigCreated}}})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range logs {
			if len(l.Data) != 64 {
				t.Fatalf("GigCreated with %d data bytes", len(l.Data))
			}
			id := new(big.Int).SetBytes(l.Data[32:]) // GigCreated(address creator, uint256 id), not indexed
			data := append(crypto.Keccak256([]byte("gigs(uint256)"))[:4], common.LeftPadBytes(id.Bytes(), 32)...)
			out, err := ec.CallContractAtHash(ctx, ethereum.CallMsg{To: &l.Address, Data: data}, head.Hash())
			if err != nil || len(out) < 128 {
				t.Fatalf("read gig %s: %x, %v", id, out, err)
			}
			credits[gigAt{l.Address, id}] = new(big.Int).SetBytes(out[96:128])
		}
		if len(logs) > 0 {
			gigBlock = head.Number.Uint64()
			break
		}
	}
	if gigBlock == 0 {
		t.Fatal("no block created a gig")
	}
	src.afterRange = func(from, to uint64, f chains.Filter, all bool) int {
		if !all || gigBlock < from || gigBlock > to {
			return 0
		}
		return int(to - gigBlock + 1) // replace the gig's block and those above it
	}
	err = ix.Step(ctx)
	src.afterRange = nil
	if src.reorgs.Load() != 1 {
		t.Fatalf("%d reorgs injected, want 1", src.reorgs.Load())
	}
	if err == nil {
		st, err := s.Current(ctx, c.ChainID, store.Keys{All: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range st.Gigs {
			if want, ok := credits[gigAt{g.Contract, g.GigID}]; ok && g.CreatedBlock == gigBlock && g.Credits.Cmp(want) != 0 {
				t.Errorf("gig %s/%s of block %d indexed with %s credits, but has %s there: read from another branch", g.Contract, g.GigID, gigBlock, g.Credits, want)
			}
		}
	} else if !errors.Is(err, chains.ErrInconsistent) {
		t.Fatalf("step: %v", err)
	}
	catchUp(t, ix)
	indexertest.CompareWithTruth(t, s, c)
}

func ptr[T any](v T) *T { return &v }

// TestRandomReorgsWhileTailing: the simulator keeps the chain busy and
// reorganises it at random (depths 1..10) while the indexer runs, some of
// the reorgs landing in the middle of the indexer's reads; at the end the
// index equals the canonical chain's state.
func TestRandomReorgsWhileTailing(t *testing.T) {
	ctx := context.Background()
	sim := startDevnet(t, 21, devnet.SimConfig{Towns: 30, MembersPerTown: 8})
	c := sim.Chain()
	steps(t, sim, 15, 6)
	s, _ := openStore(t)
	cfg := indexerConfig(c)
	cfg.PollInterval = 20 * time.Millisecond
	var chainMu sync.Mutex
	rng := rand.New(rand.NewPCG(21, 4))
	var rngMu sync.Mutex
	roll := func(p float64, depth int) int {
		rngMu.Lock()
		defer rngMu.Unlock()
		if rng.Float64() < p {
			return 1 + rng.IntN(depth)
		}
		return 0
	}
	src := &reorgingSource{Client: dial(t, c.HTTPURL, c.ChainID), t: t, sim: sim, chainMu: &chainMu}
	src.beforeRange = func(uint64, uint64, chains.Filter, bool) int { return roll(0.05, 10) }
	src.afterRange = func(uint64, uint64, chains.Filter, bool) int { return roll(0.05, 10) }
	src.beforeHeaders = func(uint64, uint64) int { return roll(0.05, 4) }
	rec := &recorder{}
	ix, err := indexer.New(cfg, src, s, quietLog(), rec, nil)
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- ix.Run(runCtx) }()

	var driven atomic.Int64
	for range 60 {
		chainMu.Lock()
		_, err := sim.Step(ctx, 4)
		if d := roll(0.15, 10); err == nil && d > 0 {
			if _, rerr := sim.Reorg(ctx, d); rerr == nil {
				driven.Add(1)
			}
		}
		chainMu.Unlock()
		if err != nil {
			t.Fatal(err)
		}
		time.Sleep(30 * time.Millisecond)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	src.beforeRange, src.afterRange, src.beforeHeaders = nil, nil, nil
	catchUp(t, ix)
	indexertest.CompareWithTruth(t, s, c)
	t.Logf("%d reorgs between blocks, %d during the indexer's reads; %d rolled back", driven.Load(), src.reorgs.Load(), rec.reorgCount())
	if driven.Load() == 0 || src.reorgs.Load() == 0 || rec.reorgCount() == 0 {
		t.Error("the run did not exercise reorgs both between blocks and during reads")
	}
}
