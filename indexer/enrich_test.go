package indexer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/chains"
)

// pruned is a Source whose node keeps no state for blocks before keep:
// a batch with such a block fails as a pruned node fails it, the latest
// block answers every call. Only Calls is used.
type pruned struct {
	Source
	// keep is the oldest block hash with state (by its first byte).
	keep    byte
	batches [][]chains.Call
}

func (p *pruned) Calls(_ context.Context, calls []chains.Call) ([]chains.CallResult, error) {
	p.batches = append(p.batches, calls)
	out := make([]chains.CallResult, len(calls))
	for i, c := range calls {
		if c.Hash != (common.Hash{}) && c.Hash[0] < p.keep {
			return nil, fmt.Errorf("eth_call: %w: missing trie node", chains.ErrStateUnavailable)
		}
		switch c.Msg.To[0] {
		case 0xee: // reverts
			out[i].Err = errors.New("execution reverted")
		case 0x00: // answers nothing at a block hash, as some pruned nodes do
			if c.Hash != (common.Hash{}) {
				continue
			}
			fallthrough
		default:
			where := byte(0xff) // latest
			if c.Hash != (common.Hash{}) {
				where = c.Hash[0]
			}
			out[i].Out = []byte{c.Msg.To[0], where}
		}
	}
	return out, nil
}

func TestViewCallsFallBackToTheLatestStateOnANonArchiveNode(t *testing.T) {
	src := &pruned{keep: 10}
	ix := &Indexer{src: src, log: slog.New(slog.DiscardHandler)}
	vc := func(to, block byte) viewCall {
		return viewCall{to: common.Address{to}, data: []byte{1}, number: uint64(block), hash: common.Hash{block}}
	}
	// Recent blocks: read at their hashes, except the empty answer, which
	// is asked again at the latest block; the revert stays a revert.
	res, err := ix.calls(t.Context(), []viewCall{vc(1, 20), vc(0, 21), vc(0xee, 22)})
	if err != nil {
		t.Fatal(err)
	}
	if string(res[0].Out) != "\x01\x14" || string(res[1].Out) != "\x00\xff" || res[2].Err == nil {
		t.Errorf("results %+v; want call 1 at block 20, call 2 at the latest block, call 3 reverted", res)
	}
	if len(src.batches) != 2 || len(src.batches[0]) != 3 || len(src.batches[1]) != 1 {
		t.Errorf("batches of %v calls; want one of 3 at the blocks, one of 1 at the latest", batchSizes(src.batches))
	}
	if ix.noArchive.Load() {
		t.Fatal("a node that answered at every hash was taken for a pruned one")
	}

	// An old block: the node has no state, so the whole batch goes to the
	// latest block, and so does every later one, without trying the hashes.
	src.batches = nil
	res, err = ix.calls(t.Context(), []viewCall{vc(1, 20), vc(2, 3)})
	if err != nil {
		t.Fatal(err)
	}
	if string(res[0].Out) != "\x01\xff" || string(res[1].Out) != "\x02\xff" || !ix.noArchive.Load() {
		t.Errorf("results %+v (non-archive %v); want both at the latest block", res, ix.noArchive.Load())
	}
	res, err = ix.calls(t.Context(), []viewCall{vc(3, 30)})
	if err != nil || string(res[0].Out) != "\x03\xff" {
		t.Fatalf("after the node was found pruned: %+v, %v", res, err)
	}
	if got := batchSizes(src.batches); len(got) != 3 || got[0] != 2 || got[1] != 2 || got[2] != 1 {
		t.Errorf("batches of %v calls; want 2 at the blocks, 2 at the latest, then 1 at the latest", got)
	}
	for _, c := range src.batches[2] {
		if c.Hash != (common.Hash{}) {
			t.Errorf("a call at block hash %s after the node was found pruned", c.Hash)
		}
	}
}

func batchSizes(bs [][]chains.Call) []int {
	out := make([]int, len(bs))
	for i, b := range bs {
		out[i] = len(b)
	}
	return out
}
