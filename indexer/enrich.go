package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
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

// viewCall is one read of a contract in the state of the block a log
// came from (number is for messages).
type viewCall struct {
	to     common.Address
	data   []byte
	number uint64
	hash   common.Hash
}

// calls runs view calls, in JSON-RPC batches, in the state of each one's
// block by hash, so each reads the block its log came from and never a
// block of another branch at the same height. After a node said it has no
// state that old (not an archive node), calls go to the latest state
// directly rather than paying a failed batch each. A block no longer
// canonical fails with chains.ErrInconsistent: the batch is about to be
// rolled back anyway. A call's own failure (a revert) is its result's Err.
func (ix *Indexer) calls(ctx context.Context, vcs []viewCall) ([]chains.CallResult, error) {
	if len(vcs) == 0 {
		return nil, nil
	}
	lo, hi := vcs[0].number, vcs[0].number
	for _, v := range vcs {
		lo, hi = min(lo, v.number), max(hi, v.number)
	}
	res := make([]chains.CallResult, len(vcs))
	var latest []int // the calls to make at the latest block
	var atHashErr error
	if ix.noArchive.Load() {
		latest = allIndexes(len(vcs))
	} else {
		batch := make([]chains.Call, len(vcs))
		for i, v := range vcs {
			batch[i] = chains.Call{Msg: ethereum.CallMsg{To: &v.to, Data: v.data}, Hash: v.hash}
		}
		got, err := ix.src.Calls(ctx, batch)
		switch {
		case err == nil:
			for i, r := range got {
				if r.Err == nil && len(r.Out) == 0 {
					// Some pruned nodes answer nothing rather than an error.
					latest = append(latest, i)
					continue
				}
				res[i] = r
			}
		case ctx.Err() != nil:
			return nil, ctx.Err()
		case errors.Is(err, chains.ErrStateUnavailable):
			if !ix.noArchive.Swap(true) {
				ix.log.Info("the node keeps no historical state (not an archive node): reading contracts' immutable fields at the latest block",
					"block", lo, "err", err)
			}
			atHashErr = err
			latest = allIndexes(len(vcs))
		default:
			return nil, fmt.Errorf("%d view calls at blocks %d-%d: %w", len(vcs), lo, hi, err)
		}
	}
	if len(latest) == 0 {
		return res, nil
	}
	batch := make([]chains.Call, len(latest))
	for j, i := range latest {
		batch[j] = chains.Call{Msg: ethereum.CallMsg{To: &vcs[i].to, Data: vcs[i].data}}
	}
	got, err := ix.src.Calls(ctx, batch)
	if err != nil {
		if atHashErr != nil {
			return nil, fmt.Errorf("%d view calls at blocks %d-%d: %w (latest: %v)", len(vcs), lo, hi, atHashErr, err)
		}
		return nil, fmt.Errorf("%d view calls at the latest block: %w", len(latest), err)
	}
	for j, i := range latest {
		res[i] = got[j]
	}
	return res, nil
}

func allIndexes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// readCommunities fills in the credit token, gigs contract and metadata
// URI of new communities from their Community contracts, in one batch.
func (ix *Indexer) readCommunities(ctx context.Context, cs []creation) error {
	getters := []string{getterCredits, getterGigs, getterMetadataURI}
	vcs := make([]viewCall, 0, len(getters)*len(cs))
	for _, c := range cs {
		for _, g := range getters {
			vcs = append(vcs, viewCall{to: c.ev.Community, data: selector(g), number: c.block, hash: c.blockHash})
		}
	}
	res, err := ix.calls(ctx, vcs)
	if err != nil {
		return fmt.Errorf("read %d new communities: %w", len(cs), err)
	}
	for i := range cs {
		ev := &cs[i].ev
		r := res[i*len(getters):]
		for j, dst := range []*common.Address{&ev.Credits, &ev.Gigs} {
			if r[j].Err != nil {
				return fmt.Errorf("read %s of community %s: %w", getters[j], ev.Community, r[j].Err)
			}
			if len(r[j].Out) != 32 {
				return fmt.Errorf("read %s of community %s: %d bytes returned", getters[j], ev.Community, len(r[j].Out))
			}
			var derr error
			*dst = words{data: r[j].Out}.addr(0, &derr)
			if derr != nil {
				return fmt.Errorf("read %s of community %s: %w", getters[j], ev.Community, derr)
			}
		}
		// The URI is informative; a community without the getter still indexes.
		if r[2].Err == nil {
			ev.MetadataURI = abiString(r[2].Out)
		}
	}
	return nil
}

// gigRead is a gig event that needs its gig's record, read at the
// event's block: the credits of a new gig, the taker of a taken one.
type gigRead struct {
	ev     *Event
	gigs   common.Address
	id     *big.Int
	number uint64
	hash   common.Hash
}

// gigReadOf says whether d needs its gig's record. hash is d's block's.
func gigReadOf(d *Decoded, hash common.Hash) (gigRead, bool) {
	var id *big.Int
	switch e := d.Event.(type) {
	case GigCreated:
		id = e.ID
	case GigProgress:
		if e.Status != "TAKEN" {
			return gigRead{}, false
		}
		id = e.ID
	default:
		return gigRead{}, false
	}
	return gigRead{ev: &d.Event, gigs: d.Meta.Address, id: id, number: d.Meta.Block, hash: hash}, true
}

// readGigs completes gig events with their gigs' records, in one batch.
func (ix *Indexer) readGigs(ctx context.Context, reads []gigRead) error {
	vcs := make([]viewCall, len(reads))
	for i, g := range reads {
		data := append(selector(getterGig), common.LeftPadBytes(g.id.Bytes(), 32)...)
		vcs[i] = viewCall{to: g.gigs, data: data, number: g.number, hash: g.hash}
	}
	res, err := ix.calls(ctx, vcs)
	if err != nil {
		return fmt.Errorf("read %d gigs: %w", len(reads), err)
	}
	for i, g := range reads {
		r := res[i]
		if r.Err != nil {
			return fmt.Errorf("read gig %s of %s: %w", g.id, g.gigs, r.Err)
		}
		if len(r.Out) < 4*32 {
			return fmt.Errorf("read gig %s of %s: %d bytes returned", g.id, g.gigs, len(r.Out))
		}
		w := words{data: r.Out}
		var derr error
		switch e := (*g.ev).(type) {
		case GigCreated:
			e.Credits = w.uint(3)
			*g.ev = e
		case GigProgress:
			e.Taker = w.addr(1, &derr)
			*g.ev = e
		}
		if derr != nil {
			return fmt.Errorf("read gig %s of %s: %w", g.id, g.gigs, derr)
		}
	}
	return nil
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
