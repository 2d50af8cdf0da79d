package indexer

import (
	"context"
	"fmt"
	"maps"

	"github.com/distributedtown/dito-graph/store"
)

// backfill indexes [from, to] (to is at or below the safe head) in windows
// of BackfillBlocks. Windows are fetched by Workers goroutines ahead of the
// applier and applied strictly in order, each in its own transaction, so a
// crash loses at most the windows in flight and a restart resumes after the
// last committed one.
//
// Windows that overlap the last MaxReorgDepth blocks of the span are read
// with every header and must link to the block before them, as in the
// tail: a reorg there (deeper than the confirmations, within
// max_reorg_depth) is rolled back, and a later reorg finds every block
// hash it needs to walk back to the common ancestor. Below that zone only
// blocks with events and each window's last block are read: no reorg
// within max_reorg_depth can reach there. Such a reorg replaces only blocks
// above (head - max_reorg_depth) for the head it happens at, every later
// head is at least the one we read (to + confirmations) or it is itself a
// reorg measured from that one, so blocks at or below to - max_reorg_depth
// stay; a deeper reorg is an alarm (ErrReorgTooDeep), not something to
// follow.
func (ix *Indexer) backfill(ctx context.Context, cur store.Cursor, from, to, nodeHead uint64) error {
	if cur.Block != nil {
		if err := ix.checkCursor(ctx, cur, nodeHead); err != nil {
			return err
		}
	}
	// Communities created anywhere in the span are found first, so every
	// window's address filter already includes the towns created before it.
	created, err := ix.discover(ctx, from, to)
	if err != nil {
		return err
	}
	known := maps.Clone(ix.st.contracts)
	zone := from
	if to-from+1 > ix.cfg.MaxReorgDepth {
		zone = to - ix.cfg.MaxReorgDepth + 1
	}

	type window struct {
		from, to   uint64
		allHeaders bool
		done       chan struct{}
		res        *fetched
		err        error
	}
	var windows []*window
	for a := from; a <= to; a += ix.cfg.BackfillBlocks {
		b := min(to, a+ix.cfg.BackfillBlocks-1)
		windows = append(windows, &window{from: a, to: b, allHeaders: b >= zone, done: make(chan struct{})})
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	slots := make(chan struct{}, ix.cfg.Workers)
	go func() {
		for _, w := range windows {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			go func() {
				defer close(w.done)
				w.res, w.err = ix.fetch(ctx, w.from, w.to, known, created, w.allHeaders)
			}()
		}
	}()

	prev := cur.Block
	total := to - from + 1
	for _, w := range windows {
		select {
		case <-w.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-slots
		if w.err != nil {
			return fmt.Errorf("backfill window %d-%d: %w", w.from, w.to, w.err)
		}
		if w.allHeaders {
			if err := ix.link(ctx, prev, w.res, nodeHead); err != nil {
				return fmt.Errorf("backfill window %d-%d: %w", w.from, w.to, err)
			}
		}
		if err := ix.applyFetched(ctx, prev, w.res); err != nil {
			return err
		}
		last := w.res.blocks[len(w.res.blocks)-1].Header
		prev = &store.BlockRef{Number: last.Number, Hash: last.Hash, Parent: last.ParentHash, Time: last.Time}
		w.res = nil // let the window's logs be collected
		if ix.obs != nil {
			ix.obs.Backfill(ix.cfg.ChainID, w.to-from+1, total)
		}
	}
	return nil
}
