package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
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
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// fetched is one contiguous range of blocks, decoded and ready to apply.
type fetched struct {
	from, to uint64
	blocks   []chains.Block
	events   []Decoded
	// contracts created in the range, for the address filter of later ranges
	children []store.Contract
}

// discover finds the communities the factory created in [from, to] and
// reads each one's credit token and gigs contract, so that their logs can
// be fetched in the same range they were created in.
func (ix *Indexer) discover(ctx context.Context, from, to uint64) ([]CommunityCreated, []Meta, error) {
	var factories []common.Address
	for _, c := range ix.roots {
		if c.Kind == store.KindDistributedTown {
			factories = append(factories, c.Address)
		}
	}
	if len(factories) == 0 {
		return nil, nil, nil
	}
	logs, err := ix.src.Logs(ctx, from, to, chains.Filter{
		Addresses: factories,
		Topics:    [][]common.Hash{{ix.dec.topicCommunityCreated}},
	})
	if err != nil {
		return nil, nil, fmt.Errorf("discover communities %d-%d: %w", from, to, err)
	}
	var out []CommunityCreated
	var metas []Meta
	for _, l := range logs {
		ev, err := ix.dec.decodeFactory(l)
		if err != nil {
			ix.log.Warn("undecodable factory log", "block", l.BlockNumber, "index", l.Index, "err", err)
			continue
		}
		if err := ix.readCommunity(ctx, &ev, l.BlockNumber); err != nil {
			return nil, nil, err
		}
		out = append(out, ev)
		metas = append(metas, Meta{Block: l.BlockNumber, LogIndex: l.Index, TxHash: l.TxHash, Address: l.Address})
	}
	return out, metas, nil
}

// fetch reads [from, to] for every followed contract and decodes it.
// known are the followed contracts before the range; created are the
// communities discovered inside it (with their children read already).
func (ix *Indexer) fetch(ctx context.Context, from, to uint64, known map[common.Address]store.Contract, created []CommunityCreated, createdAt []Meta, allHeaders bool) (*fetched, error) {
	kinds := make(map[common.Address]string, len(known)+3*len(created))
	for a, c := range known {
		kinds[a] = c.Kind
	}
	byCommunity := map[common.Address]CommunityCreated{}
	var children []store.Contract
	for i, c := range created {
		byCommunity[c.Community] = c
		for _, ch := range []store.Contract{
			{Chain: ix.cfg.ChainID, Address: c.Community, Kind: store.KindCommunity, Town: c.Community, CreatedBlock: createdAt[i].Block},
			{Chain: ix.cfg.ChainID, Address: c.Credits, Kind: store.KindCredits, Town: c.Community, CreatedBlock: createdAt[i].Block},
			{Chain: ix.cfg.ChainID, Address: c.Gigs, Kind: store.KindGigs, Town: c.Community, CreatedBlock: createdAt[i].Block},
		} {
			if ch.Address == (common.Address{}) {
				continue
			}
			kinds[ch.Address] = ch.Kind
			children = append(children, ch)
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
	f := &fetched{from: from, to: to, blocks: blocks, children: children}
	decodeStart := time.Now()
	defer func() { ix.stats.decode.Add(int64(time.Since(decodeStart))) }()
	for _, b := range blocks {
		var decoded []Decoded
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
				full, found := byCommunity[cc.Community]
				if !found {
					if err := ix.readCommunity(ctx, &cc, b.Header.Number); err != nil {
						return nil, err
					}
					full = cc
				}
				ev = full
			}
			if ev, err = ix.enrichGig(ctx, l, ev); err != nil {
				return nil, err
			}
			decoded = append(decoded, Decoded{Meta: meta, Event: ev})
		}
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
