package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/distributedtown/dito-graph/chains"
)

// Getters the indexer reads where an event does not carry what the index
// needs. Each value is set once when the contract or gig is created and
// never changes, so when the node cannot serve state at the event's block
// (not an archive node) the latest state gives the same answer.
const (
	getterCredits     = "ditoCreditsAddr()"
	getterGigs        = "gigsAddr()"
	getterMetadataURI = "metadataUri()"
	// gigs(uint256) returns (creator, taker, status, credits).
	getterGig = "gigs(uint256)"
)

func selector(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }

// call runs a view call in the state of the block with hash (number is
// for messages), so it reads the block the log came from and never a block
// of another branch at the same height. After a node said it has no state
// that old (not an archive node), calls go to the latest state directly
// rather than paying a failed call each. A block no longer canonical fails
// with chains.ErrInconsistent: the batch is about to be rolled back anyway.
func (ix *Indexer) call(ctx context.Context, to common.Address, data []byte, number uint64, hash common.Hash) ([]byte, error) {
	msg := ethereum.CallMsg{To: &to, Data: data}
	var out []byte
	var err error
	if !ix.noArchive.Load() {
		out, err = ix.src.CallContractAtHash(ctx, msg, hash)
		if err == nil && len(out) > 0 {
			return out, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if err != nil && !errors.Is(err, chains.ErrStateUnavailable) {
			return nil, fmt.Errorf("call %s at block %d (%s): %w", to, number, hash, err)
		}
		if err != nil && !ix.noArchive.Swap(true) {
			ix.log.Info("the node keeps no historical state (not an archive node): reading contracts' immutable fields at the latest block",
				"block", number, "err", err)
		}
	}
	latest, lerr := ix.src.CallContract(ctx, msg, nil)
	if lerr != nil {
		if err != nil {
			return nil, fmt.Errorf("call %s at %d: %w (latest: %v)", to, number, err, lerr)
		}
		return nil, fmt.Errorf("call %s latest: %w", to, lerr)
	}
	return latest, nil
}

// readCommunity fills in the credit token, gigs contract and metadata URI
// of a new community from the Community contract.
func (ix *Indexer) readCommunity(ctx context.Context, ev *CommunityCreated, block uint64, hash common.Hash) error {
	var err error
	for _, g := range []struct {
		sig string
		dst *common.Address
	}{{getterCredits, &ev.Credits}, {getterGigs, &ev.Gigs}} {
		out, cerr := ix.call(ctx, ev.Community, selector(g.sig), block, hash)
		if cerr != nil {
			return fmt.Errorf("read %s of community %s: %w", g.sig, ev.Community, cerr)
		}
		w := words{data: out}
		if len(out) != 32 {
			return fmt.Errorf("read %s of community %s: %d bytes returned", g.sig, ev.Community, len(out))
		}
		*g.dst = w.addr(0, &err)
		if err != nil {
			return fmt.Errorf("read %s of community %s: %w", g.sig, ev.Community, err)
		}
	}
	// The URI is informative; a community without the getter still indexes.
	if out, cerr := ix.call(ctx, ev.Community, selector(getterMetadataURI), block, hash); cerr == nil {
		ev.MetadataURI = abiString(out)
	}
	return nil
}

// enrichGig reads the credits of a new gig and the taker of a taken one.
func (ix *Indexer) enrichGig(ctx context.Context, l types.Log, ev Event) (Event, error) {
	var id *big.Int
	switch e := ev.(type) {
	case GigCreated:
		id = e.ID
	case GigProgress:
		if e.Status != "TAKEN" {
			return ev, nil
		}
		id = e.ID
	default:
		return ev, nil
	}
	data := append(selector(getterGig), common.LeftPadBytes(id.Bytes(), 32)...)
	out, err := ix.call(ctx, l.Address, data, l.BlockNumber, l.BlockHash)
	if err != nil {
		return nil, fmt.Errorf("read gig %s of %s: %w", id, l.Address, err)
	}
	w := words{data: out}
	if len(out) < 4*32 {
		return nil, fmt.Errorf("read gig %s of %s: %d bytes returned", id, l.Address, len(out))
	}
	var derr error
	switch e := ev.(type) {
	case GigCreated:
		e.Credits = w.uint(3)
		ev = e
	case GigProgress:
		e.Taker = w.addr(1, &derr)
		ev = e
	}
	if derr != nil {
		return nil, fmt.Errorf("read gig %s of %s: %w", id, l.Address, derr)
	}
	return ev, nil
}

// abiString decodes an ABI-encoded string return value, or "" if it is not one.
func abiString(out []byte) string {
	if len(out) < 64 {
		return ""
	}
	w := words{data: out}
	off, n := w.uint(0), w.uint(1)
	if !off.IsUint64() || off.Uint64() != 32 || !n.IsUint64() || n.Uint64() > uint64(len(out)-64) {
		return ""
	}
	return string(out[64 : 64+n.Uint64()])
}
