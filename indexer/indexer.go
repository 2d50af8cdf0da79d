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
	// subscription delivers one.
	PollInterval time.Duration
}

func (c *Config) defaults() {
	c.BackfillBlocks = cmp.Or(c.BackfillBlocks, 5000)
	c.TailBlocks = cmp.Or(c.TailBlocks, 200)
	c.Workers = cmp.Or(c.Workers, 4)
	c.PollInterval = cmp.Or(c.PollInterval, time.Second)
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

// Stats returns the time spent so far in RPC calls (including the
// enrichment view calls), decoding, and the database (loading state and
// committing batches).
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
	return &Indexer{
		cfg: cfg, src: src, dst: dst, obs: obs, dec: dec, roots: cfg.Roots, heads: heads,
		log: log.With("chain", cfg.Name, "chain_id", cfg.ChainID),
	}, nil
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
	for {
		err := ix.Step(ctx)
		switch {
		case ctx.Err() != nil:
			return nil
		case err == nil, errors.Is(err, ErrReorg):
			backoff = time.Second
		case errors.Is(err, ErrNothingNew):
			backoff = time.Second
			ix.waitForHead(ctx)
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
		// A node that lost blocks (a reorg to a shorter chain) must still
		// be noticed: compare our cursor with the node's block at that height.
		if cur.Block != nil && head.Number >= cur.Block.Number-min(cur.Block.Number, ix.cfg.MaxReorgDepth) {
			if err := ix.checkCursor(ctx, cur); err != nil {
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
		return ix.backfill(ctx, cur, from, safe)
	}
	to := min(head.Number, from+ix.cfg.TailBlocks-1)
	return ix.tail(ctx, cur, from, to)
}

// checkCursor asks the node for the block at the cursor's height and rolls
// back when it differs.
func (ix *Indexer) checkCursor(ctx context.Context, cur store.Cursor) error {
	hs, err := ix.src.Headers(ctx, cur.Block.Number, cur.Block.Number)
	if err != nil {
		return fmt.Errorf("check cursor block %d: %w", cur.Block.Number, err)
	}
	if len(hs) == 1 && hs[0].Hash == cur.Block.Hash {
		return nil
	}
	return ix.reorg(ctx, cur)
}

// tail fetches every header of [from, to], checks that they link to the
// cursor, and applies them as one batch.
func (ix *Indexer) tail(ctx context.Context, cur store.Cursor, from, to uint64) error {
	created, createdAt, err := ix.discover(ctx, from, to)
	if err != nil {
		return err
	}
	f, err := ix.fetch(ctx, from, to, ix.st.contracts, created, createdAt, true)
	if err != nil {
		return err
	}
	if len(f.blocks) == 0 {
		return fmt.Errorf("blocks %d-%d: node returned no blocks", from, to)
	}
	if cur.Block != nil && f.blocks[0].Header.ParentHash != cur.Block.Hash {
		return ix.reorg(ctx, cur)
	}
	for i := 1; i < len(f.blocks); i++ {
		if f.blocks[i].Header.ParentHash != f.blocks[i-1].Header.Hash || f.blocks[i].Header.Number != f.blocks[i-1].Header.Number+1 {
			// The node switched branches while we read; read again.
			return fmt.Errorf("blocks %d-%d do not link at %d: %w", from, to, f.blocks[i].Header.Number, chains.ErrInconsistent)
		}
	}
	if err := ix.applyFetched(ctx, cur.Block, f); err != nil {
		return err
	}
	if to > ix.cfg.MaxReorgDepth+1 {
		return ix.dst.PruneBlocks(ctx, ix.cfg.ChainID, to-ix.cfg.MaxReorgDepth-1)
	}
	return nil
}

// reorg finds the newest block the store and the node agree on within
// MaxReorgDepth and rolls the store back to it.
func (ix *Indexer) reorg(ctx context.Context, cur store.Cursor) error {
	top := cur.Block.Number
	low := ix.cfg.StartBlock
	if top > ix.cfg.MaxReorgDepth && top-ix.cfg.MaxReorgDepth > low {
		low = top - ix.cfg.MaxReorgDepth
	}
	stored, err := ix.dst.RecentBlocks(ctx, ix.cfg.ChainID, low, top)
	if err != nil {
		return err
	}
	nodeHeaders, err := ix.src.Headers(ctx, low, top)
	if err != nil {
		return fmt.Errorf("reorg: read node headers %d-%d: %w", low, top, err)
	}
	byNumber := make(map[uint64]common.Hash, len(nodeHeaders))
	for _, h := range nodeHeaders {
		byNumber[h.Number] = h.Hash
	}
	for _, b := range stored { // descending
		if h, ok := byNumber[b.Number]; ok && h == b.Hash {
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
	}
	return fmt.Errorf("chain %d: cursor %d (%s) has no common ancestor with the node in %d-%d: %w",
		ix.cfg.ChainID, top, cur.Block.Hash, low, top, ErrReorgTooDeep)
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
