package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// ErrReorgTooDeep is returned for a reorg that would remove the suite's
// deployment block, or go deeper than the chain keeps state history for
// (512 blocks).
var ErrReorgTooDeep = errors.New("reorg too deep: below the deployment or beyond kept state history")

// Reorg describes a replaced chain segment.
type Reorg struct {
	Depth int
	// Ancestor is the last block both branches share.
	Ancestor     uint64
	AncestorHash common.Hash
	// Dropped are the hashes of the abandoned blocks Ancestor+1.., in order.
	Dropped []common.Hash
	// OldHead and NewHead are the head numbers before and after; the new
	// branch is one block longer so every node prefers it.
	OldHead, NewHead uint64
	// Txs, Logs and Reverted count what the new branch's transactions
	// did; OutOfOrder counts its blocks not sealed in sending order.
	Txs, Logs, Reverted, OutOfOrder int
}

// Reorg replaces the last depth blocks with a new branch of depth+1
// blocks forked from the block below them. If a Simulator drives the chain,
// it fills each new block with fresh actions (and re-reads the chain
// first); otherwise the new blocks are empty. Either way the old branch's
// blocks and logs are gone from the canonical chain, over RPC too.
func (c *Chain) Reorg(ctx context.Context, depth int) (Reorg, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	head, err := c.Head(ctx)
	if err != nil {
		return Reorg{}, err
	}
	old := head.Number.Uint64()
	if depth < 1 || depth > stateHistory || uint64(depth) > old || old-uint64(depth) < c.StartBlock {
		return Reorg{}, fmt.Errorf("chain %s: reorg depth %d at head %d (deployment at %d): %w", c.Name, depth, old, c.StartBlock, ErrReorgTooDeep)
	}
	r := Reorg{Depth: depth, Ancestor: old - uint64(depth), OldHead: old}
	for n := r.Ancestor; n <= old; n++ {
		h, err := c.client.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return Reorg{}, fmt.Errorf("chain %s: header %d before reorg: %w", c.Name, n, err)
		}
		if n == r.Ancestor {
			r.AncestorHash = h.Hash()
		} else {
			r.Dropped = append(r.Dropped, h.Hash())
		}
	}
	if err := c.backend.Fork(r.AncestorHash); err != nil {
		return Reorg{}, fmt.Errorf("chain %s: fork at block %d: %w", c.Name, r.Ancestor, err)
	}
	// Rewinding makes the pool take back the abandoned blocks'
	// transactions; drop them so the new branch carries only new events.
	c.backend.Rollback()
	c.generation++
	for i := 0; i <= depth; i++ {
		res, err := c.sealLocked(ctx, c.fill)
		if err != nil {
			return Reorg{}, fmt.Errorf("chain %s: reorg block %d of %d: %w", c.Name, i+1, depth+1, err)
		}
		r.Txs += res.Txs
		r.Logs += res.Logs
		r.Reverted += res.Silent
		if res.OutOfOrder {
			r.OutOfOrder++
		}
	}
	if r.Reverted > 0 || r.OutOfOrder > 0 {
		// Make the simulator re-read the chain before its next block.
		c.generation++
	}
	nh, err := c.Head(ctx)
	if err != nil {
		return Reorg{}, err
	}
	r.NewHead = nh.Number.Uint64()
	if r.NewHead != old+1 {
		return r, fmt.Errorf("chain %s: reorg from head %d ended at %d, want %d", c.Name, old, r.NewHead, old+1)
	}
	return r, nil
}
