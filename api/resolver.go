package api

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/api/load"
	"github.com/distributedtown/dito-graph/api/model"
	"github.com/distributedtown/dito-graph/store"
)

// Resolver is the root of the resolvers: it reaches the store, the
// configuration and the subscription hub through the server.
type Resolver struct {
	srv *Server
}

// view resolves a root field's block argument into the View its objects
// carry and the store's At. A block number belongs to one chain: the
// endpoint's, block.chain, the chain of block.hash, or the only chain.
// The answer is then restricted to that chain.
func (r *Resolver) view(ctx context.Context, block *model.BlockHeight) (*model.View, store.At, error) {
	return r.viewNaming(ctx, block, "block.chain")
}

// viewNaming is view with the name of the argument that gave block.Chain,
// for its errors (_meta takes a chain argument of its own).
func (r *Resolver) viewNaming(ctx context.Context, block *model.BlockHeight, chainArg string) (*model.View, store.At, error) {
	sc := scopeOf(ctx)
	v := &model.View{Native: sc.native, L: r.loadersOf(ctx)}
	at := store.At{Chain: sc.native}
	if block == nil {
		return v, at, nil
	}
	chain, err := r.blockChain(ctx, sc, v.L, block, chainArg)
	if err != nil {
		return nil, at, err
	}
	status, err := v.L.Chain(ctx, chain)
	if err != nil {
		return nil, at, err
	}
	if status == nil {
		return nil, at, badRequest("%s: chain %d is not indexed here", chainArg, chain)
	}
	at.Chain = chain
	indexed := int64(-1)
	if status.Indexed != nil {
		indexed = int64(status.Indexed.Number)
	}
	notYet := func(arg string, n int64) error {
		return badRequest("Failed to decode `%s` value: `subgraph %s has only indexed up to block number %d and data for block number %d is therefore not yet available`",
			arg, deploymentOf(sc, status), indexed, n)
	}
	switch {
	case block.Hash != nil:
		blocks, err := r.srv.reads(ctx).BlocksByHash(ctx, *block.Hash)
		if err != nil {
			return nil, at, err
		}
		for _, b := range blocks {
			if b.Chain == chain {
				n := b.Number
				v.Block = &n
				at.Block = v.Block
				return v, at, nil
			}
		}
		return nil, at, badRequest("no block with hash %s is stored for chain %d (blocks without DiTo events are kept only near the head)",
			strings.ToLower(block.Hash.Hex()), chain)
	case block.Number != nil:
		n := int64(*block.Number)
		if n < 0 {
			return nil, at, badRequest("block.number must not be negative")
		}
		if n > indexed {
			return nil, at, notYet("block.number", n)
		}
		b := uint64(n)
		v.Block, at.Block = &b, &b
	case block.NumberGte != nil:
		n := int64(*block.NumberGte)
		if n > indexed {
			return nil, at, notYet("block.number_gte", n)
		}
	}
	return v, at, nil
}

func deploymentOf(sc scope, c *store.ChainStatus) string {
	if sc.native != 0 {
		return sc.deployment
	}
	return sc.deployment + "/" + c.Name
}

// blockChain decides which chain a block argument is about.
func (r *Resolver) blockChain(ctx context.Context, sc scope, l *load.Loaders, block *model.BlockHeight, chainArg string) (uint64, error) {
	if block.Chain != nil {
		c := uint64(max(*block.Chain, 0))
		if sc.native != 0 && c != sc.native {
			return 0, badRequest("%s %d is not this endpoint's chain %d", chainArg, c, sc.native)
		}
		return c, nil
	}
	if sc.native != 0 {
		return sc.native, nil
	}
	if block.Hash != nil {
		blocks, err := r.srv.reads(ctx).BlocksByHash(ctx, *block.Hash)
		if err != nil {
			return 0, err
		}
		switch len(blocks) {
		case 0:
			return 0, badRequest("no block with hash %s is stored", strings.ToLower(block.Hash.Hex()))
		case 1:
			return blocks[0].Chain, nil
		}
		return 0, badRequest("block hash %s is stored for several chains: add block.chain", strings.ToLower(block.Hash.Hex()))
	}
	chains, err := l.Chains(ctx)
	if err != nil {
		return 0, err
	}
	if len(chains) == 1 {
		return chains[0].ID, nil
	}
	ids := make([]string, len(chains))
	for i, c := range chains {
		ids[i] = strconv.FormatUint(c.ID, 10)
	}
	return 0, badRequest("block needs `chain` on the multi-chain endpoint: block numbers differ between chains (indexed: %s); or use /subgraphs/name/%s/<chain>",
		strings.Join(ids, ", "), sc.deployment)
}

// listArgs are The Graph's list arguments.
type listArgs struct {
	skip, first  *int
	orderBy, dir *string
	where        map[string]any
}

// query builds the store query of a list; empty is set for first: 0.
func (r *Resolver) query(entity string, native uint64, a listArgs, at store.At) (q store.Query, empty bool, err error) {
	skip, first, err := r.checkPage(a.skip, a.first, 100)
	if err != nil {
		return q, false, err
	}
	where, err := parseWhere(entity, native, a.where)
	if err != nil {
		return q, false, err
	}
	order, err := parseOrder(a.orderBy, a.dir)
	if err != nil {
		return q, false, err
	}
	return store.Query{At: at, Native: native, Where: where, OrderBy: order, First: first, Skip: skip}, first == 0, nil
}

// spec identifies a child list's arguments for batching: parents asked
// with equal specs are read in one statement.
func spec(a listArgs, block *uint64) string {
	b, err := json.Marshal(struct {
		Skip, First  *int
		OrderBy, Dir *string
		Where        map[string]any
		Block        int64
	}{a.skip, a.first, a.orderBy, a.dir, a.where, load.BlockOf(block)})
	if err != nil {
		return fmt.Sprintf("%p", &a) // unmarshalable input: no batching, still correct
	}
	return string(b)
}

func rootList[T any, M any](ctx context.Context, r *Resolver, t store.Table[T], a listArgs, block *model.BlockHeight,
	wrap func(T, *model.View) *M) ([]*M, error) {
	v, at, err := r.view(ctx, block)
	if err != nil {
		return nil, err
	}
	q, empty, err := r.query(t.Entity(), v.Native, a, at)
	if err != nil || empty {
		return []*M{}, err
	}
	rows, err := store.Select(ctx, r.srv.reads(ctx), t, q)
	if err != nil {
		return nil, err
	}
	return wrapAll(rows, v, wrap), nil
}

func rootOne[T any, M any](ctx context.Context, r *Resolver, t store.Table[T], id string, block *model.BlockHeight,
	wrap func(T, *model.View) *M) (*M, error) {
	v, at, err := r.view(ctx, block)
	if err != nil {
		return nil, err
	}
	key, err := model.ParseID(t.Entity(), v.Native, id)
	if err != nil {
		return nil, err
	}
	if block == nil {
		// A prefixed id names its chain, also on another chain's endpoint
		// (neighbours and signals cross chains); a time-travelled lookup
		// stays on the block's chain.
		at.Chain = 0
	}
	rows, err := store.Select(ctx, r.srv.reads(ctx), t, store.Query{At: at, First: 1,
		Where: &store.Filter{Conds: []store.Cond{{Attr: "id", Value: key}}}})
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return wrap(rows[0], v), nil
}

func childList[T any, M any](ctx context.Context, r *Resolver, c *load.Children[T], parent store.TownRef, v *model.View,
	a listArgs, wrap func(T, *model.View) *M) ([]*M, error) {
	q, empty, err := r.query(c.Entity(), v.Native, a, store.At{Block: v.Block})
	if err != nil || empty {
		return []*M{}, err
	}
	rows, err := c.Load(ctx, parent, spec(a, v.Block), q)
	if err != nil {
		return nil, err
	}
	return wrapAll(rows, v, wrap), nil
}

func wrapAll[T any, M any](rows []T, v *model.View, wrap func(T, *model.View) *M) []*M {
	out := make([]*M, len(rows))
	for i, row := range rows {
		out[i] = wrap(row, v)
	}
	return out
}

func newTown(t store.Town, v *model.View) *model.Town        { return &model.Town{Town: t, V: v} }
func newMember(a store.Account, v *model.View) *model.Member { return &model.Member{Account: a, V: v} }
func newWallet(w store.SkillWallet, v *model.View) *model.SkillWallet {
	return &model.SkillWallet{SkillWallet: w, V: v}
}
func newBalance(b store.Balance, v *model.View) *model.CreditBalance {
	return &model.CreditBalance{Balance: b, V: v}
}
func newTransfer(t store.CreditTransfer, v *model.View) *model.CreditTransfer {
	return &model.CreditTransfer{CreditTransfer: t, V: v}
}
func newGig(g store.Gig, v *model.View) *model.Gig { return &model.Gig{Gig: g, V: v} }
func newProject(p store.Project, v *model.View) *model.Project {
	return &model.Project{Project: p, V: v}
}
func newSignal(s store.SignalRecord, v *model.View) *model.Signal {
	return &model.Signal{SignalRecord: s, V: v}
}

// townAt loads a town as the view sees it; nil for the zero address or a
// town that does not exist at the view's block.
func townAt(ctx context.Context, v *model.View, chain uint64, addr common.Address) (*model.Town, error) {
	if addr == (common.Address{}) {
		return nil, nil
	}
	t, err := v.L.Towns.Load(ctx, load.TownKey{Chain: chain, Address: addr, Block: v.At()})
	if err != nil || t == nil {
		return nil, err
	}
	return newTown(*t, v), nil
}

func memberOf(chain uint64, addr common.Address, v *model.View) *model.Member {
	return newMember(store.Account{Chain: chain, Address: addr}, v)
}

func addrOrNil(a common.Address) []byte {
	if a == (common.Address{}) {
		return nil
	}
	return a.Bytes()
}
