// Package load batches the API's reads: one Loaders per GraphQL operation
// (or per subscription event) collects the keys that sibling resolvers ask
// for during a short window and reads them with one statement, so a list of
// a hundred towns with their creators and members costs a few queries, not
// hundreds. It reads through the store only and knows nothing of GraphQL.
package load

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/vikstrous/dataloadgen"

	"github.com/distributedtown/dito-graph/store"
)

// Wait is how long a loader collects keys before it reads. Sibling
// resolvers run concurrently, but a list of thousands of objects spawns its
// resolvers over milliseconds: a window too short for the answer splits one
// read into many. WaitFor sizes the window by the operation's estimated
// number of entities.
const (
	MinWait = time.Millisecond
	MaxWait = 20 * time.Millisecond
)

// WaitFor is the batching window for an operation that may return up to
// entities entities: 1ms, plus 0.25µs per entity, at most 20ms.
func WaitFor(entities float64) time.Duration {
	w := MinWait + time.Duration(entities*250)*time.Nanosecond
	return min(max(w, MinWait), MaxWait)
}

// Latest is the Block of keys that read the current state.
const Latest int64 = -1

// BlockOf converts a time-travel block (nil: current) to a comparable key part.
func BlockOf(at *uint64) int64 {
	if at == nil {
		return Latest
	}
	return int64(*at)
}

func atOf(block int64) *uint64 {
	if block < 0 {
		return nil
	}
	b := uint64(block)
	return &b
}

// TownKey names a town (or an account: both are a chain and an address)
// as of a block.
type TownKey struct {
	Chain   uint64
	Address common.Address
	Block   int64
}

// WalletKey names a SkillWallet as of a block; TokenID is decimal.
type WalletKey struct {
	Chain   uint64
	TokenID string
	Block   int64
}

// CreditKey asks for an account's credits in one town (zero: all) as of a block.
type CreditKey struct {
	Chain  uint64
	Holder common.Address
	Town   common.Address
	Block  int64
}

// NeighbourKey asks for a town's first strongest edges.
type NeighbourKey struct {
	Town  store.TownRef
	First int
}

// Loaders is one operation's set of batching loaders. Results are cached
// for the operation's lifetime, which is what makes a response consistent
// when the same entity appears twice.
type Loaders struct {
	st *store.Store

	Towns      *dataloadgen.Loader[TownKey, *store.Town]
	Wallets    *dataloadgen.Loader[WalletKey, *store.SkillWallet]
	Signals    *dataloadgen.Loader[int64, *store.SignalRecord]
	Treasuries *dataloadgen.Loader[TownKey, *big.Int]
	Credits    *dataloadgen.Loader[CreditKey, *big.Int]
	Scores     *dataloadgen.Loader[store.TownRef, *store.ScoreRecord]
	Neighbours *dataloadgen.Loader[NeighbourKey, []store.Edge]
	Histories  *dataloadgen.Loader[WalletKey, []store.TownRef]

	TownMembers        *Children[store.Account]
	TownSkillWallets   *Children[store.SkillWallet]
	TownCredits        *Children[store.Balance]
	TownTransfers      *Children[store.CreditTransfer]
	TownGigs           *Children[store.Gig]
	TownProjects       *Children[store.Project]
	TownSignalsOut     *Children[store.SignalRecord]
	TownSignalsIn      *Children[store.SignalRecord]
	AccountCommunities *Children[store.Town]
	AccountCredits     *Children[store.Balance]
	AccountWallets     *Children[store.SkillWallet]

	chainsOnce sync.Once
	chains     []store.ChainStatus
	chainsErr  error
}

// New returns empty loaders reading from st that batch keys arriving
// within wait of the first one (see WaitFor).
func New(st *store.Store, wait time.Duration) *Loaders {
	opts := []dataloadgen.Option{dataloadgen.WithWait(max(wait, MinWait)), dataloadgen.WithBatchCapacity(5000)}
	l := &Loaders{st: st}
	l.Towns = dataloadgen.NewLoader(l.fetchTowns, opts...)
	l.Wallets = dataloadgen.NewLoader(l.fetchWallets, opts...)
	l.Signals = dataloadgen.NewLoader(l.fetchSignals, opts...)
	l.Treasuries = dataloadgen.NewLoader(l.fetchTreasuries, opts...)
	l.Credits = dataloadgen.NewLoader(l.fetchCredits, opts...)
	l.Scores = dataloadgen.NewLoader(l.fetchScores, opts...)
	l.Neighbours = dataloadgen.NewLoader(l.fetchNeighbours, opts...)
	l.Histories = dataloadgen.NewLoader(l.fetchHistories, opts...)
	l.TownMembers = newChildren(st, store.TownMembers, opts)
	l.TownSkillWallets = newChildren(st, store.TownSkillWallets, opts)
	l.TownCredits = newChildren(st, store.TownCredits, opts)
	l.TownTransfers = newChildren(st, store.TownTransfers, opts)
	l.TownGigs = newChildren(st, store.TownGigs, opts)
	l.TownProjects = newChildren(st, store.TownProjects, opts)
	l.TownSignalsOut = newChildren(st, store.TownSignalsOut, opts)
	l.TownSignalsIn = newChildren(st, store.TownSignalsIn, opts)
	l.AccountCommunities = newChildren(st, store.AccountCommunities, opts)
	l.AccountCredits = newChildren(st, store.AccountCredits, opts)
	l.AccountWallets = newChildren(st, store.AccountWallets, opts)
	return l
}

// Chains reads the chains' status once per operation.
func (l *Loaders) Chains(ctx context.Context) ([]store.ChainStatus, error) {
	l.chainsOnce.Do(func() { l.chains, l.chainsErr = l.st.ChainStatuses(ctx) })
	return l.chains, l.chainsErr
}

// Chain returns one chain's status, or nil if it is not registered.
func (l *Loaders) Chain(ctx context.Context, id uint64) (*store.ChainStatus, error) {
	cs, err := l.Chains(ctx)
	if err != nil {
		return nil, err
	}
	for i := range cs {
		if cs[i].ID == id {
			return &cs[i], nil
		}
	}
	return nil, nil
}

// groupByBlock splits keys by the block they are read at, keeping each
// key's position.
func groupByBlock[K any](keys []K, block func(K) int64) map[int64][]int {
	out := map[int64][]int{}
	for i, k := range keys {
		b := block(k)
		out[b] = append(out[b], i)
	}
	return out
}

func (l *Loaders) fetchTowns(ctx context.Context, keys []TownKey) ([]*store.Town, []error) {
	out := make([]*store.Town, len(keys))
	for block, idx := range groupByBlock(keys, func(k TownKey) int64 { return k.Block }) {
		ids := make([]store.Key, len(idx))
		for j, i := range idx {
			ids[j] = store.Key{keys[i].Chain, keys[i].Address}
		}
		rows, err := store.Select(ctx, l.st, store.Towns, store.Query{At: store.At{Block: atOf(block)},
			Where: &store.Filter{Conds: []store.Cond{{Attr: "id", Op: store.OpIn, Value: ids}}}})
		if err != nil {
			return nil, []error{fmt.Errorf("load %d towns: %w", len(ids), err)}
		}
		found := map[TownKey]*store.Town{}
		for r := range rows {
			found[TownKey{rows[r].Chain, rows[r].Address, block}] = &rows[r]
		}
		for _, i := range idx {
			out[i] = found[keys[i]]
		}
	}
	return out, nil
}

func (l *Loaders) fetchWallets(ctx context.Context, keys []WalletKey) ([]*store.SkillWallet, []error) {
	out := make([]*store.SkillWallet, len(keys))
	for block, idx := range groupByBlock(keys, func(k WalletKey) int64 { return k.Block }) {
		ids := make([]store.Key, 0, len(idx))
		for _, i := range idx {
			if id, ok := new(big.Int).SetString(keys[i].TokenID, 10); ok {
				ids = append(ids, store.Key{keys[i].Chain, id})
			}
		}
		rows, err := store.Select(ctx, l.st, store.Wallets, store.Query{At: store.At{Block: atOf(block)},
			Where: &store.Filter{Conds: []store.Cond{{Attr: "id", Op: store.OpIn, Value: ids}}}})
		if err != nil {
			return nil, []error{fmt.Errorf("load %d skill wallets: %w", len(ids), err)}
		}
		found := map[WalletKey]*store.SkillWallet{}
		for r := range rows {
			found[WalletKey{rows[r].Chain, rows[r].TokenID.String(), block}] = &rows[r]
		}
		for _, i := range idx {
			out[i] = found[keys[i]]
		}
	}
	return out, nil
}

func (l *Loaders) fetchSignals(ctx context.Context, keys []int64) ([]*store.SignalRecord, []error) {
	ids := make([]store.Key, 0, len(keys))
	for _, k := range keys {
		if k > 0 {
			ids = append(ids, store.Key{uint64(k)})
		}
	}
	rows, err := store.Select(ctx, l.st, store.Signals, store.Query{
		Where: &store.Filter{Conds: []store.Cond{{Attr: "id", Op: store.OpIn, Value: ids}}}})
	if err != nil {
		return nil, []error{fmt.Errorf("load %d signals: %w", len(ids), err)}
	}
	found := map[int64]*store.SignalRecord{}
	for r := range rows {
		found[rows[r].ID] = &rows[r]
	}
	out := make([]*store.SignalRecord, len(keys))
	for i, k := range keys {
		out[i] = found[k]
	}
	return out, nil
}

func (l *Loaders) fetchTreasuries(ctx context.Context, keys []TownKey) ([]*big.Int, []error) {
	out := make([]*big.Int, len(keys))
	for block, idx := range groupByBlock(keys, func(k TownKey) int64 { return k.Block }) {
		towns := make([]store.TownRef, len(idx))
		for j, i := range idx {
			towns[j] = store.TownRef{Chain: keys[i].Chain, Address: keys[i].Address}
		}
		amounts, err := l.st.Treasuries(ctx, towns, atOf(block))
		if err != nil {
			return nil, []error{err}
		}
		for j, i := range idx {
			out[i] = amounts[j]
		}
	}
	return out, nil
}

func (l *Loaders) fetchCredits(ctx context.Context, keys []CreditKey) ([]*big.Int, []error) {
	out := make([]*big.Int, len(keys))
	for block, idx := range groupByBlock(keys, func(k CreditKey) int64 { return k.Block }) {
		ks := make([]store.CreditKey, len(idx))
		for j, i := range idx {
			ks[j] = store.CreditKey{Account: store.TownRef{Chain: keys[i].Chain, Address: keys[i].Holder}, Town: keys[i].Town}
		}
		amounts, err := l.st.CreditTotals(ctx, ks, atOf(block))
		if err != nil {
			return nil, []error{err}
		}
		for j, i := range idx {
			out[i] = amounts[j]
		}
	}
	return out, nil
}

func (l *Loaders) fetchScores(ctx context.Context, keys []store.TownRef) ([]*store.ScoreRecord, []error) {
	out, err := l.st.TownScores(ctx, keys)
	if err != nil {
		return nil, []error{err}
	}
	return out, nil
}

func (l *Loaders) fetchNeighbours(ctx context.Context, keys []NeighbourKey) ([][]store.Edge, []error) {
	out := make([][]store.Edge, len(keys))
	byFirst := map[int][]int{}
	for i, k := range keys {
		byFirst[k.First] = append(byFirst[k.First], i)
	}
	for first, idx := range byFirst {
		towns := make([]store.TownRef, len(idx))
		for j, i := range idx {
			towns[j] = keys[i].Town
		}
		edges, err := l.st.Neighbours(ctx, towns, first)
		if err != nil {
			return nil, []error{err}
		}
		for j, i := range idx {
			out[i] = edges[j]
		}
	}
	return out, nil
}

func (l *Loaders) fetchHistories(ctx context.Context, keys []WalletKey) ([][]store.TownRef, []error) {
	out := make([][]store.TownRef, len(keys))
	for block, idx := range groupByBlock(keys, func(k WalletKey) int64 { return k.Block }) {
		refs := make([]store.WalletRef, 0, len(idx))
		pos := make([]int, 0, len(idx))
		for _, i := range idx {
			if id, ok := new(big.Int).SetString(keys[i].TokenID, 10); ok {
				refs = append(refs, store.WalletRef{Chain: keys[i].Chain, TokenID: id})
				pos = append(pos, i)
			}
		}
		hist, err := l.st.WalletHistories(ctx, refs, atOf(block))
		if err != nil {
			return nil, []error{err}
		}
		for j, i := range pos {
			out[i] = hist[j]
		}
	}
	return out, nil
}

// ChildKey asks for one parent's list under one query spec.
type ChildKey struct {
	Parent store.TownRef
	// Spec identifies the list's arguments (filter, order, page, block);
	// parents asked with the same spec are read together.
	Spec string
}

// Children batches the lists of one relation.
type Children[T any] struct {
	st  *store.Store
	rel store.Relation[T]
	l   *dataloadgen.Loader[ChildKey, []T]

	mu    sync.Mutex
	specs map[string]store.Query
}

func newChildren[T any](st *store.Store, rel store.Relation[T], opts []dataloadgen.Option) *Children[T] {
	c := &Children[T]{st: st, rel: rel, specs: map[string]store.Query{}}
	c.l = dataloadgen.NewLoader(c.fetch, opts...)
	return c
}

// Entity names the entity the lists hold.
func (c *Children[T]) Entity() string { return c.rel.Target() }

// Load returns parent's list for q; spec must identify q (equal specs,
// equal queries).
func (c *Children[T]) Load(ctx context.Context, parent store.TownRef, spec string, q store.Query) ([]T, error) {
	c.mu.Lock()
	c.specs[spec] = q
	c.mu.Unlock()
	return c.l.Load(ctx, ChildKey{Parent: parent, Spec: spec})
}

func (c *Children[T]) fetch(ctx context.Context, keys []ChildKey) ([][]T, []error) {
	out := make([][]T, len(keys))
	bySpec := map[string][]int{}
	for i, k := range keys {
		bySpec[k.Spec] = append(bySpec[k.Spec], i)
	}
	for spec, idx := range bySpec {
		c.mu.Lock()
		q := c.specs[spec]
		c.mu.Unlock()
		parents := make([]store.TownRef, len(idx))
		for j, i := range idx {
			parents[j] = keys[i].Parent
		}
		lists, err := store.SelectChildren(ctx, c.st, c.rel, parents, q)
		if err != nil {
			return nil, []error{err}
		}
		for j, i := range idx {
			out[i] = lists[j]
		}
	}
	return out, nil
}
