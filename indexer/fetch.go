package indexer

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/distributedtown/dito-graph/chains"
	"github.com/distributedtown/dito-graph/store"
)

// Source is what the indexer needs from a chain's RPC endpoints; a
// *chains.Client satisfies it, and so does anything wrapping one.
type Source interface {
	Head(ctx context.Context) (chains.Header, error)
	Headers(ctx context.Context, from, to uint64) ([]chains.Header, error)
	Logs(ctx context.Context, from, to uint64, f chains.Filter) ([]types.Log, error)
	Range(ctx context.Context, from, to uint64, f chains.Filter, allHeaders bool) ([]chains.Block, error)
	// Calls runs view calls, each at the block with its hash, failing
	// (chains.ErrInconsistent) if one is no longer canonical, or at the
	// latest block for a zero hash (nodes that keep no historical state).
	Calls(ctx context.Context, calls []chains.Call) ([]chains.CallResult, error)
}

// fetched is one contiguous range of blocks, decoded and ready to apply.
type fetched struct {
	from, to uint64
	blocks   []chains.Block
	events   []Decoded
}

// creation is a CommunityCreated log found by discover, with the
// community's credit token and gigs contract read at the log's block.
type creation struct {
	ev        CommunityCreated
	block     uint64
	blockHash common.Hash
	index     uint
}

// logKey identifies a log on one branch: a block hash commits to its logs.
type logKey struct {
	blockHash common.Hash
	index     uint
}

// discover finds the communities the factory created in [from, to] and
// reads each one's credit token and gigs contract, so that their logs can
// be fetched in the same range they were created in.
func (ix *Indexer) discover(ctx context.Context, from, to uint64) ([]creation, error) {
	var factories []common.Address
	for _, c := range ix.roots {
		if c.Kind == store.KindDistributedTown {
			factories = append(factories, c.Address)
		}
	}
	if len(factories) == 0 {
		return nil, nil
	}
	// Through Range, so each log is checked against its block's header
	// before the community is read at that block.
	blocks, err := ix.src.Range(ctx, from, to, chains.Filter{
		Addresses: factories,
		Topics:    [][]common.Hash{{ix.dec.topicCommunityCreated}},
	}, false)
	if err != nil {
		return nil, fmt.Errorf("discover communities %d-%d: %w", from, to, err)
	}
	var out []creation
	for _, b := range blocks {
		for _, l := range b.Logs {
			ev, err := ix.dec.decodeFactory(l)
			if err != nil {
				ix.log.Warn("undecodable factory log", "block", l.BlockNumber, "index", l.Index, "err", err)
				continue
			}
			out = append(out, creation{ev: ev, block: b.Header.Number, blockHash: b.Header.Hash, index: l.Index})
		}
	}
	if err := ix.readCommunities(ctx, out); err != nil {
		return nil, err
	}
	return out, nil
}

// fetch reads [from, to] for every followed contract and decodes it.
// known are the followed contracts before the range; created are the
// communities discovered in a range that covers this one (with their
// children read already).
//
// The address filter comes from discover's answer, read before this one:
// if the chain reorganised in between, the new branch may create towns
// (even at addresses the old branch used, as CREATE addresses repeat)
// whose logs the filter misses. So the CommunityCreated logs fetched here
// must be exactly the discovered ones of the range, log for log (block
// hash and index); any difference is chains.ErrInconsistent, to be read
// again, never applied.
func (ix *Indexer) fetch(ctx context.Context, from, to uint64, known map[common.Address]store.Contract, created []creation, allHeaders bool) (*fetched, error) {
	kinds := make(map[common.Address]string, len(known)+3*len(created))
	for a, c := range known {
		kinds[a] = c.Kind
	}
	expected := map[logKey]creation{}
	for _, c := range created {
		for _, ch := range []struct {
			kind string
			addr common.Address
		}{{store.KindCommunity, c.ev.Community}, {store.KindCredits, c.ev.Credits}, {store.KindGigs, c.ev.Gigs}} {
			if ch.addr != (common.Address{}) {
				kinds[ch.addr] = ch.kind
			}
		}
		if c.block >= from && c.block <= to {
			expected[logKey{c.blockHash, c.index}] = c
		}
	}
	addrs := make([]common.Address, 0, len(kinds))
	for a := range kinds {
		addrs = append(addrs, a)
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return a.Cmp(b) })

	rpcStart := time.Now()
	blocks, err := ix.src.Range(ctx, from, to, chains.Filter{Addresses: addrs}, allHeaders)
	ix.stats.rpc.Add(int64(time.Since(rpcStart)))
	if err != nil {
		return nil, fmt.Errorf("fetch blocks %d-%d: %w", from, to, err)
	}
	f := &fetched{from: from, to: to, blocks: blocks}
	decodeStart := time.Now()
	defer func() { ix.stats.decode.Add(int64(time.Since(decodeStart))) }()
	matched := 0
	perBlock := make([][]Decoded, len(blocks))
	for bi, b := range blocks {
		for _, l := range b.Logs {
			kind, ok := kinds[l.Address]
			if !ok {
				continue // a node that ignores the address filter
			}
			ev, err := ix.dec.Decode(kind, l)
			if errors.Is(err, errIgnored) {
				continue
			}
			if err != nil {
				ix.log.Warn("undecodable log", "block", l.BlockNumber, "index", l.Index, "address", l.Address, "err", err)
				ix.indexingErrors.Add(1)
				continue
			}
			meta := Meta{Block: b.Header.Number, Time: b.Header.Time, LogIndex: l.Index, TxHash: l.TxHash, Address: l.Address}
			if cc, ok := ev.(CommunityCreated); ok {
				c, found := expected[logKey{b.Header.Hash, l.Index}]
				if !found || c.ev.Community != cc.Community {
					return nil, fmt.Errorf("blocks %d-%d: community %s created at block %d (%s) log %d was not discovered: %w",
						from, to, cc.Community, b.Header.Number, b.Header.Hash, l.Index, chains.ErrInconsistent)
				}
				matched++
				ev = c.ev
			}
			perBlock[bi] = append(perBlock[bi], Decoded{Meta: meta, Event: ev})
		}
	}
	if matched != len(expected) {
		return nil, fmt.Errorf("blocks %d-%d: %d discovered communities, %d fetched: %w", from, to, len(expected), matched, chains.ErrInconsistent)
	}
	// The range's gig reads go in one batch, once every event is decoded
	// (the reads point into perBlock, which no longer grows).
	var reads []gigRead
	for bi := range perBlock {
		for i := range perBlock[bi] {
			if g, ok := gigReadOf(&perBlock[bi][i], blocks[bi].Header.Hash); ok {
				reads = append(reads, g)
			}
		}
	}
	if err := ix.readGigs(ctx, reads); err != nil {
		return nil, err
	}
	for _, decoded := range perBlock {
		f.events = append(f.events, pairMoves(decoded)...)
	}
	return f, nil
}

// pairMoves counts each credit movement once: a token emits an ERC777
// event and an ERC20 Transfer for the same movement, so within one
// transaction each ERC20 Transfer that matches an ERC777 event of the same
// token, kind, parties and amount is dropped. An unmatched Transfer (a
// plain ERC20 path) still counts.
func pairMoves(evs []Decoded) []Decoded {
	type key struct {
		token    common.Address
		txHash   common.Hash
		kind     string
		from, to common.Address
		amount   string
	}
	k := func(d Decoded, m CreditMove) key {
		return key{token: d.Meta.Address, txHash: d.Meta.TxHash, kind: m.Kind, from: m.From, to: m.To, amount: m.Amount.String()}
	}
	erc777 := map[key]int{}
	for _, d := range evs {
		if m, ok := d.Event.(CreditMove); ok && !m.ERC20 {
			erc777[k(d, m)]++
		}
	}
	out := evs[:0:0]
	for _, d := range evs {
		if m, ok := d.Event.(CreditMove); ok && m.ERC20 {
			if key := k(d, m); erc777[key] > 0 {
				erc777[key]--
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

// sortDecoded orders events by block and log index (the apply order).
func sortDecoded(evs []Decoded) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i].Meta, evs[j].Meta
		if a.Block != b.Block {
			return a.Block < b.Block
		}
		return a.LogIndex < b.LogIndex
	})
}
