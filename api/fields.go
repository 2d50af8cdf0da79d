package api

import (
	"cmp"
	"context"
	"errors"
	"math/big"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/api/load"
	"github.com/distributedtown/dito-graph/api/model"
	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/taxonomy"
)

// Resolvers that are more than a loader call: analytics, _meta, signals.

func ptr[T any](v T) *T { return &v }

// chainOf presents a chain's status; a chain missing from the table (it
// can only be reached through old data) shows its id alone.
func chainOf(ctx context.Context, v *model.View, id uint64) (*model.Chain, error) {
	c, err := v.L.Chain(ctx, id)
	if err != nil {
		return nil, err
	}
	if c == nil {
		return &model.Chain{ID: id}, nil
	}
	return model.NewChain(*c), nil
}

func (r *Resolver) neighbours(ctx context.Context, t *model.Town, first *int) ([]*model.Neighbour, error) {
	n := 10
	if first != nil {
		n = *first
	}
	if n < 0 || n > r.srv.cfg.MaxFirst {
		return nil, badRequest("The `first` argument must be between 0 and %d, but is %d", r.srv.cfg.MaxFirst, n)
	}
	if n == 0 {
		return []*model.Neighbour{}, nil
	}
	edges, err := t.V.L.Neighbours.Load(ctx, load.NeighbourKey{Town: t.Ref(), First: n})
	if err != nil {
		return nil, err
	}
	// Edges are the skill graph's current view: their towns are read now.
	cur := t.V.Current()
	keys := make([]load.TownKey, len(edges))
	for i, e := range edges {
		keys[i] = load.TownKey{Chain: e.To.Chain, Address: e.To.Address, Block: load.Latest}
	}
	towns, err := cur.L.Towns.LoadAll(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Neighbour, 0, len(edges))
	for i, e := range edges {
		if towns[i] == nil {
			continue
		}
		out = append(out, &model.Neighbour{Town: newTown(*towns[i], cur), Weight: e.Weight, Probability: e.Probability})
	}
	return out, nil
}

func (r *Resolver) townProximity(ctx context.Context, a, b string) (*model.Neighbour, error) {
	sc := scopeOf(ctx)
	ka, err := model.ParseID(store.EntityTown, sc.native, a)
	if err != nil {
		return nil, err
	}
	kb, err := model.ParseID(store.EntityTown, sc.native, b)
	if err != nil {
		return nil, err
	}
	ra, rb := townRef(ka), townRef(kb)
	e, err := r.srv.reads(ctx).EdgeBetween(ctx, ra, rb)
	if err != nil || e == nil {
		return nil, err
	}
	v := &model.View{Native: sc.native, L: r.loadersOf(ctx)}
	t, err := townAt(ctx, v, rb.Chain, rb.Address)
	if err != nil || t == nil {
		return nil, err
	}
	return &model.Neighbour{Town: t, Weight: e.Weight, Probability: e.Probability}, nil
}

// townRef converts a parsed town id (chain, address).
func townRef(k store.Key) store.TownRef {
	var ref store.TownRef
	if len(k) == 2 {
		ref.Chain, _ = k[0].(uint64)
		ref.Address, _ = k[1].(common.Address)
	}
	return ref
}

func (r *Resolver) skillProximity(ctx context.Context, a, b int) (*model.SkillProximity, error) {
	sa, err := taxonomy.Lookup(a)
	if err != nil {
		return nil, badRequest("a: %v", err)
	}
	sb, err := taxonomy.Lookup(b)
	if err != nil {
		return nil, badRequest("b: %v", err)
	}
	p, err := r.srv.reads(ctx).SkillPairCounts(ctx, a, b)
	if err != nil {
		return nil, err
	}
	out := &model.SkillProximity{A: sa, B: sb, HoldersA: int(p.A), HoldersB: int(p.B), Both: int(p.Both), Wallets: int(p.Wallets)}
	switch d := max(p.A, p.B); {
	case a == b:
		out.Proximity = 1
	case d > 0:
		out.Proximity = float64(p.Both) / float64(d)
	}
	return out, nil
}

func (r *Resolver) memberCredits(ctx context.Context, m *model.Member, town *string) (*big.Int, error) {
	key := load.CreditKey{Chain: m.Chain, Holder: m.Address, Block: m.V.At()}
	if town != nil {
		k, err := model.ParseID(store.EntityTown, m.V.Native, *town)
		if err != nil {
			return nil, err
		}
		ref := townRef(k)
		if ref.Chain != m.Chain {
			return new(big.Int), nil // credits of a town on another chain: none
		}
		key.Town = ref.Address
	}
	return m.V.L.Credits.Load(ctx, key)
}

func (r *Resolver) communityHistory(ctx context.Context, w *model.SkillWallet) ([]*model.Town, error) {
	refs, err := w.V.L.Histories.Load(ctx, load.WalletKey{Chain: w.Chain, TokenID: w.TokenID.String(), Block: w.V.At()})
	if err != nil {
		return nil, err
	}
	keys := make([]load.TownKey, len(refs))
	for i, ref := range refs {
		keys[i] = load.TownKey{Chain: ref.Chain, Address: ref.Address, Block: w.V.At()}
	}
	towns, err := w.V.L.Towns.LoadAll(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := make([]*model.Town, 0, len(towns))
	for _, t := range towns {
		if t != nil {
			out = append(out, newTown(*t, w.V))
		}
	}
	return out, nil
}

// signals lists signals, oldest first unless ordered otherwise; after
// starts right behind a known id (catch-up for bots).
func (r *Resolver) signals(ctx context.Context, a listArgs, after *string) ([]*model.Signal, error) {
	v, at, err := r.view(ctx, nil)
	if err != nil {
		return nil, err
	}
	q, empty, err := r.query(store.EntitySignal, v.Native, a, at)
	if err != nil || empty {
		return []*model.Signal{}, err
	}
	if after != nil {
		id, err := strconv.ParseUint(*after, 10, 63)
		if err != nil {
			return nil, badRequest("after must be a signal id (a decimal number), not %q", *after)
		}
		cond := &store.Filter{Conds: []store.Cond{{Attr: "id", Op: store.OpGt, Value: store.Key{id}}}}
		if q.Where == nil {
			q.Where = cond
		} else {
			q.Where = &store.Filter{And: []*store.Filter{q.Where, cond}}
		}
	}
	rows, err := store.Select(ctx, r.srv.reads(ctx), store.Signals, q)
	if err != nil {
		return nil, err
	}
	return wrapAll(rows, v, newSignal), nil
}

// meta answers _meta for one chain: the argument's, the block's, the
// endpoint's, or on the multi-chain endpoint the one that lags most (so a
// client checking "is it synced?" sees the worst case).
func (r *Resolver) meta(ctx context.Context, block *model.BlockHeight, chain *int) (*model.Meta, error) {
	sc := scopeOf(ctx)
	l := r.loadersOf(ctx)
	chainArg := "block.chain"
	if chain != nil {
		if block != nil && block.Chain != nil && *block.Chain != *chain {
			return nil, badRequest("chain %d and block.chain %d disagree", *chain, *block.Chain)
		}
		if block == nil {
			block = &model.BlockHeight{}
		}
		if block.Chain == nil {
			chainArg = "chain"
		}
		block = &model.BlockHeight{Number: block.Number, NumberGte: block.NumberGte, Hash: block.Hash, Chain: chain}
	}
	var id uint64
	var at *uint64
	if block != nil {
		v, a, err := r.viewNaming(ctx, block, chainArg)
		if err != nil {
			return nil, err
		}
		id, at = a.Chain, v.Block
	} else if sc.native != 0 {
		id = sc.native
	}
	chains, err := l.Chains(ctx)
	if err != nil {
		return nil, err
	}
	var status *store.ChainStatus
	for i := range chains {
		if id != 0 && chains[i].ID == id {
			status = &chains[i]
		}
	}
	if id == 0 {
		status = mostLagging(chains)
	}
	if status == nil {
		if id != 0 {
			return nil, badRequest("chain %d is not indexed here", id)
		}
		return &model.Meta{Deployment: sc.deployment}, nil
	}
	out := &model.Meta{Deployment: sc.deployment, Chain: model.NewChain(*status)}
	if sc.native == 0 {
		out.Deployment = sc.deployment + "/" + status.Name
	}
	switch {
	case at != nil:
		out.Block.Number = *at
	case status.Indexed != nil:
		out.Block.Number = status.Indexed.Number
	default:
		return out, nil
	}
	b, err := r.srv.reads(ctx).Block(ctx, status.ID, out.Block.Number)
	switch {
	case err == nil:
		out.Block.Hash, out.Block.ParentHash, out.Block.Timestamp = &b.Hash, &b.Parent, &b.Time
	case errors.Is(err, store.ErrNotFound):
		// Pruned: blocks without events are kept only near the head.
	default:
		return nil, err
	}
	return out, nil
}

// mostLagging picks the chain furthest behind its head; a chain not
// indexed at all counts as furthest. Ties go to the lowest id.
func mostLagging(chains []store.ChainStatus) *store.ChainStatus {
	lag := func(c store.ChainStatus) int64 {
		if c.Indexed == nil {
			return 1 << 62
		}
		if c.Head == nil {
			return 0
		}
		return int64(*c.Head) - int64(c.Indexed.Number)
	}
	if len(chains) == 0 {
		return nil
	}
	best := slices.MaxFunc(chains, func(a, b store.ChainStatus) int {
		la, lb := lag(a), lag(b)
		if la != lb {
			return cmp.Compare(la, lb)
		}
		return cmp.Compare(b.ID, a.ID)
	})
	return &best
}
