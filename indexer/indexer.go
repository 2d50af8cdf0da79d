// Package indexer follows the DiTo contracts on one chain and turns their
// logs into store batches: backfill in parallel ranges up to the safe head,
// then a live tail that detects reorgs by parent hash and rolls the store
// back to the common ancestor. It decides what happened; it does not know
// SQL (store) or JSON-RPC details (chains).
package indexer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/chains"
	"github.com/distributedtown/dito-graph/store"
)

// Sentinel results of one step, in the manner of Shovel's Converge.
var (
	// ErrNothingNew: the cursor is at the head.
	ErrNothingNew = errors.New("nothing new")
	// ErrReorg: the chain reorganised and the store was rolled back; step again.
	ErrReorg = errors.New("reorg")
	// ErrReorgTooDeep: no common ancestor within MaxReorgDepth. The store is
	// left untouched; an operator must look (wrong node, or a deep reorg).
	ErrReorgTooDeep = errors.New("reorg deeper than max_reorg_depth")
)

// Destination is what the indexer needs from the store.
type Destination interface {
	StateReader
	EnsureChain(ctx context.Context, chain uint64, name string, start uint64, roots []store.Contract) error
	Cursor(ctx context.Context, chain uint64) (store.Cursor, error)
	Contracts(ctx context.Context, chain uint64) ([]store.Contract, error)
	RecentBlocks(ctx context.Context, chain, from, to uint64) ([]store.BlockRef, error)
	Apply(ctx context.Context, b *store.Batch) error
	Rollback(ctx context.Context, chain uint64, ancestor uint64) (int64, error)
	SetHead(ctx context.Context, chain, number, time uint64) error
	PruneBlocks(ctx context.Context, chain, keepFrom uint64) error
}

// Config is one chain's indexing settings.
type Config struct {
	ChainID       uint64
	Name          string
	StartBlock    uint64
	Confirmations uint64
	MaxReorgDepth uint64
	// Roots are the configured contracts (factory, SkillWallet, Projects).
	Roots []store.Contract
	// BackfillBlocks is the size of one backfill batch (one transaction).
	BackfillBlocks uint64
	// TailBlocks caps a tail step.
	TailBlocks uint64
	// Workers fetch backfill ranges in parallel.
	Workers int
	// PollInterval is how often to look for a new head when no
	// subscription delivers one (default: the network's block time, else
	// one second).
	PollInterval time.Duration
}

func (c *Config) defaults() {
	c.BackfillBlocks = cmp.Or(c.BackfillBlocks, 5000)
	c.TailBlocks = cmp.Or(c.TailBlocks, 200)
	c.Workers = cmp.Or(c.Workers, 4)
	n, _ := chains.NetworkByID(c.ChainID)
	c.PollInterval = cmp.Or(c.PollInterval, n.BlockTime, time.Second)
	c.MaxReorgDepth = cmp.Or(c.MaxReorgDepth, 64)
}

// Observer receives progress; every method must be cheap. A nil Observer
// is allowed.
type Observer interface {
	// Head reports the node's head and the block the indexer treats as
	// final (head minus confirmations).
	Head(chain uint64, number, final uint64)
	Applied(chain uint64, from, to uint64, events int, took time.Duration)
	Reorg(chain uint64, depth uint64)
	Backfill(chain uint64, done, total uint64)
	// ReorgTooDeep reports whether the chain is stopped because its cursor
	// has no common ancestor with the node within MaxReorgDepth (an alarm:
	// an operator must look). It is reported after every step that ends
	// the condition or finds it, and after the first step of an indexer.
	ReorgTooDeep(chain uint64, stuck bool)
}

// Indexer indexes one chain.
type Indexer struct {
	cfg   Config
	src   Source
	dst   Destination
	log   *slog.Logger
	obs   Observer
	dec   *Decoder
	roots []store.Contract
	st    *state
	// heads wakes the tail early when a subscription sees a new head.
	heads <-chan chains.Header

	indexingErrors atomic.Int64
	// stuck is what was last reported to Observer.ReorgTooDeep: -1 before
	// the first report, else 0 or 1.
	stuck atomic.Int32
	// noArchive is set once the node said it keeps no historical state:
	// view calls then go straight to the latest state (see enrich.go).
	noArchive atomic.Bool
	stats     struct{ rpc, decode, db atomic.Int64 }
}

// Stats is where an indexer's time went, summed over every batch. Fetches
// run in parallel during backfill, so RPC and decode time can exceed the
// wall-clock time.
type Stats struct {
	RPC, Decode, DB time.Duration
}

// Stats returns the time spent so far reading blocks and logs over RPC,
// decoding them (including the batched view calls that complete gig
// events), and in the database (loading state and committing batches).
func (ix *Indexer) Stats() Stats {
	return Stats{RPC: time.Duration(ix.stats.rpc.Load()), Decode: time.Duration(ix.stats.decode.Load()), DB: time.Duration(ix.stats.db.Load())}
}

// New builds an indexer for one chain. heads may be nil (then it polls).
func New(cfg Config, src Source, dst Destination, log *slog.Logger, obs Observer, heads <-chan chains.Header) (*Indexer, error) {
	cfg.defaults()
	dec, err := NewDecoder()
	if err != nil {
		return nil, err
	}
	if cfg.ChainID == 0 {
		return nil, errors.New("indexer: chain id is required")
	}
	for i := range cfg.Roots {
		cfg.Roots[i].Chain = cfg.ChainID
		cfg.Roots[i].CreatedBlock = cfg.StartBlock
	}
	ix := &Indexer{
		cfg: cfg, src: src, dst: dst, obs: obs, dec: dec, roots: cfg.Roots, heads: heads,
		log: log.With("chain", cfg.Name, "chain_id", cfg.ChainID),
	}
	ix.stuck.Store(-1)
	return ix, nil
}

// IndexingErrors counts logs from followed contracts that could not be decoded.
func (ix *Indexer) IndexingErrors() int64 { return ix.indexingErrors.Load() }

// Run indexes until ctx ends. Failures are logged and retried with backoff;
// it returns only when ctx is done.
func (ix *Indexer) Run(ctx context.Context) error {
	backoff := time.Second
	for {
		err := ix.init(ctx)
		if err == nil {
			break
		}
		if ctx.Err() != nil {
			return nil
		}
		ix.log.Error("init failed; retrying", "err", err, "in", backoff)
		if !sleep(ctx, backoff) {
			return nil
		}
		backoff = min(2*backoff, time.Minute)
	}
	backoff = time.Second
	// Inconsistent answers mean the chain moved while we read (or a node
	// lied): reading again soon is the cure, so they get a short backoff
	// of their own that only grows while they persist.
	const quickFirst, quickMax = 50 * time.Millisecond, time.Second
	quick := quickFirst
	for {
		err := ix.Step(ctx)
		if !errors.Is(err, chains.ErrInconsistent) {
			quick = quickFirst
		}
		switch {
		case ctx.Err() != nil:
			return nil
		case err == nil, errors.Is(err, ErrReorg):
			backoff = time.Second
		case errors.Is(err, ErrNothingNew):
			backoff = time.Second
			ix.waitForHead(ctx)
		case errors.Is(err, chains.ErrInconsistent) && !errors.Is(err, ErrReorgTooDeep):
			ix.st.reset()
			level := slog.LevelDebug
			if quick == quickMax {
				level = slog.LevelWarn // not a passing reorg any more
			}
			ix.log.Log(ctx, level, "inconsistent node answers; reading again", "err", err, "in", quick)
			if !sleep(ctx, quick) {
				return nil
			}
			quick = min(2*quick, quickMax)
		default:
			// The cache may hold state of a batch that did not commit.
			ix.st.reset()
			level := slog.LevelWarn
			if errors.Is(err, ErrReorgTooDeep) {
				level = slog.LevelError
			}
			ix.log.Log(ctx, level, "indexing step failed; retrying", "err", err, "in", backoff)
			if !sleep(ctx, backoff) {
				return nil
			}
			backoff = min(2*backoff, 30*time.Second)
		}
	}
}

func (ix *Indexer) init(ctx context.Context) error {
	if err := ix.dst.EnsureChain(ctx, ix.cfg.ChainID, ix.cfg.Name, ix.cfg.StartBlock, ix.roots); err != nil {
		return err
	}
	return ix.reloadContracts(ctx)
}

func (ix *Indexer) reloadContracts(ctx context.Context) error {
	cs, err := ix.dst.Contracts(ctx, ix.cfg.ChainID)
	if err != nil {
		return err
	}
	ix.st = newState(ix.cfg.ChainID, cs)
	return nil
}

func (ix *Indexer) waitForHead(ctx context.Context) {
	t := time.NewTimer(ix.cfg.PollInterval)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	case <-ix.heads:
	}
}

// Step does one idempotent unit of work: a backfill run up to the safe head,
// or one tail batch. It returns ErrNothingNew at the head and ErrReorg after
// rolling back.
func (ix *Indexer) Step(ctx context.Context) error {
	err := ix.step(ctx)
	ix.reportStuck(err)
	return err
}

// reportStuck tells the observer when the chain stops on a reorg deeper
// than MaxReorgDepth, and when a later step gets past it.
func (ix *Indexer) reportStuck(err error) {
	var now int32
	switch {
	case errors.Is(err, ErrReorgTooDeep):
		now = 1
	case err == nil, errors.Is(err, ErrNothingNew), errors.Is(err, ErrReorg):
	default:
		return // a failure that says nothing either way
	}
	if ix.stuck.Swap(now) != now && ix.obs != nil {
		ix.obs.ReorgTooDeep(ix.cfg.ChainID, now == 1)
	}
}

func (ix *Indexer) step(ctx context.Context) error {
	if ix.st == nil {
		if err := ix.init(ctx); err != nil {
			return err
		}
	}
	cur, err := ix.dst.Cursor(ctx, ix.cfg.ChainID)
	if err != nil {
		return err
	}
	head, err := ix.src.Head(ctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	if err := ix.dst.SetHead(ctx, ix.cfg.ChainID, head.Number, head.Time); err != nil {
		return err
	}
	if ix.obs != nil {
		ix.obs.Head(ix.cfg.ChainID, head.Number, head.Number-min(head.Number, ix.cfg.Confirmations))
	}
	from := ix.cfg.StartBlock
	if cur.Block != nil {
		from = cur.Block.Number + 1
	}
	if from > head.Number {
		// The node is at or behind our cursor: it lags (a failover to a
		// slower endpoint), or it lost blocks (a reorg to a shorter
		// chain). Only a comparison at a height the node has tells which.
		if cur.Block != nil && head.Number >= cur.Block.Number-min(cur.Block.Number, ix.cfg.MaxReorgDepth) {
			if err := ix.checkCursor(ctx, cur, head.Number); err != nil {
				return err
			}
		}
		return ErrNothingNew
	}
	safe := uint64(0)
	if head.Number > ix.cfg.Confirmations {
		safe = head.Number - ix.cfg.Confirmations
	}
	if safe >= from && safe-from >= ix.cfg.TailBlocks {
		return ix.backfill(ctx, cur, from, safe, head.Number)
	}
	to := min(head.Number, from+ix.cfg.TailBlocks-1)
	return ix.tail(ctx, cur, from, to, head.Number)
}

// checkCursor compares the store with the node at min(cursor, node head),
// the newest height both have: the same hash there means the node agrees
// with us (maybe lagging behind); another means a reorg, rolled back to the
// common ancestor at or below the node's head.
func (ix *Indexer) checkCursor(ctx context.Context, cur store.Cursor, nodeHead uint64) error {
	at := min(cur.Block.Number, nodeHead)
	want := cur.Block.Hash
	if at < cur.Block.Number {
		stored, err := ix.dst.RecentBlocks(ctx, ix.cfg.ChainID, at, at)
		if err != nil {
			return err
		}
		if len(stored) == 0 {
			// Pruned (an event-less block deeper than any reorg we
			// accept) or before the start block: nothing to compare.
			return nil
		}
		want = stored[0].Hash
	}
	hs, err := ix.src.Headers(ctx, at, at)
	if err != nil {
		return fmt.Errorf("check cursor at block %d: %w", at, err)
	}
	if len(hs) == 1 && hs[0].Hash == want {
		return nil
	}
	return ix.reorg(ctx, cur, nodeHead)
}

// tail fetches every header of [from, to], checks that they link to the
// cursor, and applies them as one batch.
func (ix *Indexer) tail(ctx context.Context, cur store.Cursor, from, to, nodeHead uint64) error {
	created, err := ix.discover(ctx, from, to)
	if err != nil {
		return err
	}
	f, err := ix.fetch(ctx, from, to, ix.st.contracts, created, true)
	if err != nil {
		return err
	}
	if err := ix.link(ctx, cur.Block, f, nodeHead); err != nil {
		return err
	}
	if err := ix.applyFetched(ctx, cur.Block, f); err != nil {
		return err
	}
	if to > ix.cfg.MaxReorgDepth+1 {
		return ix.dst.PruneBlocks(ctx, ix.cfg.ChainID, to-ix.cfg.MaxReorgDepth-1)
	}
	return nil
}

// link checks that a range fetched with every header is one chain on top
// of prev, the last committed block. Blocks that do not link to each other
// were read across a branch switch (ErrInconsistent: read again); a first
// block whose parent is not prev means the chain below reorganised, which
// the reorg path rolls back.
func (ix *Indexer) link(ctx context.Context, prev *store.BlockRef, f *fetched, nodeHead uint64) error {
	if len(f.blocks) != int(f.to-f.from+1) {
		return fmt.Errorf("blocks %d-%d: node returned %d blocks: %w", f.from, f.to, len(f.blocks), chains.ErrInconsistent)
	}
	for i, b := range f.blocks {
		if b.Header.Number != f.from+uint64(i) {
			return fmt.Errorf("blocks %d-%d: block %d where %d belongs: %w", f.from, f.to, b.Header.Number, f.from+uint64(i), chains.ErrInconsistent)
		}
		if i > 0 && b.Header.ParentHash != f.blocks[i-1].Header.Hash {
			return fmt.Errorf("blocks %d-%d do not link at %d: %w", f.from, f.to, b.Header.Number, chains.ErrInconsistent)
		}
	}
	if prev != nil && f.blocks[0].Header.ParentHash != prev.Hash {
		return ix.reorg(ctx, store.Cursor{Chain: ix.cfg.ChainID, Block: prev}, nodeHead)
	}
	return nil
}

// reorg finds the newest block the store and the node agree on within
// MaxReorgDepth of the cursor (at or below the node's head) and rolls the
// store back to it.
func (ix *Indexer) reorg(ctx context.Context, cur store.Cursor, nodeHead uint64) error {
	top := cur.Block.Number
	low := ix.cfg.StartBlock
	if top > ix.cfg.MaxReorgDepth && top-ix.cfg.MaxReorgDepth > low {
		low = top - ix.cfg.MaxReorgDepth
	}
	high := min(top, nodeHead)
	if high < low {
		return ix.tooDeep(cur, low, top)
	}
	stored, err := ix.dst.RecentBlocks(ctx, ix.cfg.ChainID, low, high)
	if err != nil {
		return err
	}
	nodeHeaders, err := ix.src.Headers(ctx, low, high)
	if err != nil {
		return fmt.Errorf("reorg: read node headers %d-%d: %w", low, high, err)
	}
	byNumber := make(map[uint64]common.Hash, len(nodeHeaders))
	for _, h := range nodeHeaders {
		byNumber[h.Number] = h.Hash
	}
	for _, b := range stored { // descending
		h, ok := byNumber[b.Number]
		if !ok || h != b.Hash {
			continue
		}
		if b.Number == top {
			// The node agrees with the cursor after all: the answer that
			// sent us here came from another branch (or another node).
			return fmt.Errorf("chain %d: cursor %d still on the node's chain: %w", ix.cfg.ChainID, top, chains.ErrInconsistent)
		}
		depth := top - b.Number
		retracted, err := ix.dst.Rollback(ctx, ix.cfg.ChainID, b.Number)
		if err != nil {
			return err
		}
		ix.st.reset()
		if err := ix.reloadContracts(ctx); err != nil {
			return err
		}
		ix.log.Warn("reorg: rolled back", "depth", depth, "ancestor", b.Number, "old_head", top, "signals_retracted", retracted)
		if ix.obs != nil {
			ix.obs.Reorg(ix.cfg.ChainID, depth)
		}
		return ErrReorg
	}
	return ix.tooDeep(cur, low, high)
}

func (ix *Indexer) tooDeep(cur store.Cursor, low, high uint64) error {
	return fmt.Errorf("chain %d: cursor %d (%s) has no common ancestor with the node in %d-%d (max_reorg_depth %d): %w",
		ix.cfg.ChainID, cur.Block.Number, cur.Block.Hash, low, high, ix.cfg.MaxReorgDepth, ErrReorgTooDeep)
}

// applyFetched builds the batch for a fetched range on top of prev and
// commits it.
func (ix *Indexer) applyFetched(ctx context.Context, prev *store.BlockRef, f *fetched) error {
	if len(f.blocks) == 0 {
		return fmt.Errorf("blocks %d-%d: node returned no blocks", f.from, f.to)
	}
	start := time.Now()
	defer func() { ix.stats.db.Add(int64(time.Since(start))) }()
	sortDecoded(f.events)
	if err := ix.st.load(ctx, ix.dst, f.events); err != nil {
		return err
	}
	b := &store.Batch{Chain: ix.cfg.ChainID, Prev: prev}
	withEvents := map[uint64]bool{}
	for _, e := range f.events {
		withEvents[e.Meta.Block] = true
	}
	for _, blk := range f.blocks {
		b.Blocks = append(b.Blocks, store.BlockRef{
			Number: blk.Header.Number, Hash: blk.Header.Hash, Parent: blk.Header.ParentHash,
			Time: blk.Header.Time, HasEvents: withEvents[blk.Header.Number],
		})
	}
	for _, skipped := range ix.st.apply(b, f.events) {
		ix.log.Debug("skipped event", "why", skipped)
	}
	if err := ix.dst.Apply(ctx, b); err != nil {
		ix.st.reset()
		// Contracts registered by the failed batch must be forgotten too.
		if rerr := ix.reloadContracts(ctx); rerr != nil {
			return errors.Join(err, rerr)
		}
		return err
	}
	if ix.obs != nil {
		ix.obs.Applied(ix.cfg.ChainID, f.from, f.to, len(f.events), time.Since(start))
	}
	ix.log.Debug("applied", "from", f.from, "to", f.to, "events", len(f.events), "took", time.Since(start).String())
	return nil
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
