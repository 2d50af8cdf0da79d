package indexer

import (
	"context"
	"fmt"
	"maps"

	"github.com/distributedtown/dito-graph/store"
)

// backfill indexes [from, to] (to is at or below the safe head, so no reorg
// is expected there) in windows of BackfillBlocks. Windows are fetched by
// Workers goroutines ahead of the applier and applied strictly in order,
// each in its own transaction, so a crash loses at most the windows in
// flight and a restart resumes after the last committed one.
func (ix *Indexer) backfill(ctx context.Context, cur store.Cursor, from, to uint64) error {
	if cur.Block != nil {
		if err := ix.checkCursor(ctx, cur); err != nil {
			return err
		}
	}
	// Communities created anywhere in the span are found first, so every
	// window's address filter already includes the towns created before it.
	created, createdAt, err := ix.discover(ctx, from, to)
	if err != nil {
		return err
	}
	known := maps.Clone(ix.st.contracts)

	type window struct {
		from, to uint64
		done     chan struct{}
		res      *fetched
		err      error
	}
	var windows []*window
	for a := from; a <= to; a += ix.cfg.BackfillBlocks {
		windows = append(windows, &window{from: a, to: min(to, a+ix.cfg.BackfillBlocks-1), done: make(chan struct{})})
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
				w.res, w.err = ix.fetch(ctx, w.from, w.to, known, created, createdAt, false)
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
