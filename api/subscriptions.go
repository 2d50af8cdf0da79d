package api

import (
	"context"
	"strconv"
	"time"

	"github.com/distributedtown/dito-graph/api/load"
	"github.com/distributedtown/dito-graph/api/model"
	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/taxonomy"
)

// Subscriptions register with the hub and forward matching events until
// the client leaves. Each event is resolved with fresh loaders on the
// subscription's database: nothing a subscription shows is older than the
// event.

// eventView is the view of one subscription event. Events come from the
// primary (NOTIFY at commit); on a replica the payload is read once the
// replica has replayed that commit, or after replayWait at the latest.
func (r *Resolver) eventView(ctx context.Context, native uint64, e event) *model.View {
	st := r.srv.reads(ctx)
	if st.OnReplica() && e.position != nil {
		wctx, cancel := context.WithTimeout(ctx, replayWait)
		pos, err := e.position(wctx)
		if err == nil {
			err = st.WaitReplay(wctx, pos)
		}
		cancel()
		if err != nil && ctx.Err() == nil {
			r.srv.log.Warn("replica has not replayed a notified change; answering from its state", "err", err)
		}
	}
	return &model.View{Native: native, L: load.New(st, load.MinWait)}
}

// replayWait bounds how long an event waits for the replica to replay it.
const replayWait = 5 * time.Second

// send delivers one value unless the subscription has ended.
func send[T any](ctx context.Context, out chan<- T, v T) bool {
	select {
	case out <- v:
		return true
	case <-ctx.Done():
		return false
	}
}

func (r *Resolver) subscribeSignals(ctx context.Context, town *string, skill *int, kind *string, after *string) (<-chan *model.Signal, error) {
	native := scopeOf(ctx).native
	var filter store.Filter
	var ref *store.TownRef
	if town != nil {
		k, err := model.ParseID(store.EntityTown, native, *town)
		if err != nil {
			return nil, err
		}
		t := townRef(k)
		ref = &t
		filter.Or = []*store.Filter{
			{Conds: []store.Cond{{Attr: "from", Value: k}}},
			{Conds: []store.Cond{{Attr: "to", Value: k}}},
		}
	}
	if skill != nil {
		if _, err := taxonomy.Lookup(*skill); err != nil {
			return nil, badRequest("skill: %v", err)
		}
		filter.Conds = append(filter.Conds, store.Cond{Attr: "skill", Value: int64(*skill)})
	}
	if kind != nil {
		filter.Conds = append(filter.Conds, store.Cond{Attr: "kind", Value: *kind})
	}
	var last int64
	if after != nil {
		id, err := strconv.ParseUint(*after, 10, 63)
		if err != nil {
			return nil, badRequest("after must be a signal id (a decimal number), not %q", *after)
		}
		last = int64(id)
	}
	match := func(s *store.SignalRecord) bool {
		if native != 0 && s.From.Chain != native {
			return false // as signals(): a chain endpoint serves signals about its towns
		}
		if ref != nil && s.From != *ref && (s.To == nil || *s.To != *ref) {
			return false
		}
		if skill != nil && s.Skill != *skill {
			return false
		}
		return kind == nil || s.Kind == *kind
	}
	sub := r.srv.hub.subscribe(func(e event) bool { return e.signal != nil && match(e.signal) })
	out := make(chan *model.Signal, 16)
	go func() {
		defer close(out)
		defer r.srv.hub.unsubscribe(sub)
		if after != nil {
			// Replay what is stored behind after; live events already
			// queued in sub are skipped by id below.
			for {
				where := filter
				where.Conds = append(append([]store.Cond{}, filter.Conds...),
					store.Cond{Attr: "id", Op: store.OpGt, Value: store.Key{uint64(last)}})
				rows, err := store.Select(ctx, r.srv.reads(ctx), store.Signals, store.Query{Where: &where, First: 500})
				if err != nil {
					if ctx.Err() == nil {
						r.srv.log.Warn("replay signals for a subscription", "after", last, "err", err)
					}
					return
				}
				for _, row := range rows {
					if !match(&row) {
						continue
					}
					if !send(ctx, out, newSignal(row, r.eventView(ctx, native, event{}))) {
						return
					}
					last = row.ID
				}
				if len(rows) < 500 {
					break
				}
			}
		}
		for {
			select {
			case <-ctx.Done():
				return
			case e, ok := <-sub.ch:
				if !ok {
					return
				}
				if e.signal.ID <= last {
					continue
				}
				last = e.signal.ID
				if !send(ctx, out, newSignal(*e.signal, r.eventView(ctx, native, e))) {
					return
				}
			}
		}
	}()
	return out, nil
}

func (r *Resolver) subscribeBlocks(ctx context.Context, chain *int) (<-chan *model.NewBlock, error) {
	native := scopeOf(ctx).native
	want := native
	if chain != nil {
		c := uint64(max(*chain, 0))
		if native != 0 && c != native {
			return nil, badRequest("chain %d is not this endpoint's chain %d", c, native)
		}
		// A chain nobody indexes would never emit: say so instead of
		// leaving the client waiting.
		status, err := r.loadersOf(ctx).Chain(ctx, c)
		if err != nil {
			return nil, err
		}
		if status == nil {
			return nil, badRequest("chain %d is not indexed here", *chain)
		}
		want = c
	}
	sub := r.srv.hub.subscribe(func(e event) bool { return e.block != nil && (want == 0 || e.block.Chain == want) })
	out := make(chan *model.NewBlock, 16)
	go func() {
		defer close(out)
		defer r.srv.hub.unsubscribe(sub)
		for {
			select {
			case <-ctx.Done():
				return
			case e, ok := <-sub.ch:
				if !ok {
					return
				}
				b := e.block
				if !send(ctx, out, &model.NewBlock{ChainID: b.Chain, Number: b.Number, Hash: b.Hash, Timestamp: b.Time, V: r.eventView(ctx, native, e)}) {
					return
				}
			}
		}
	}()
	return out, nil
}

func (r *Resolver) subscribeTown(ctx context.Context, id string) (<-chan *model.Town, error) {
	native := scopeOf(ctx).native
	k, err := model.ParseID(store.EntityTown, native, id)
	if err != nil {
		return nil, err
	}
	ref := townRef(k)
	sub := r.srv.hub.subscribe(func(e event) bool {
		return e.town != nil && e.town.Chain == ref.Chain && e.town.Address == ref.Address
	})
	out := make(chan *model.Town, 16)
	go func() {
		defer close(out)
		defer r.srv.hub.unsubscribe(sub)
		for {
			select {
			case <-ctx.Done():
				return
			case e, ok := <-sub.ch:
				if !ok {
					return
				}
				t, err := townAt(ctx, r.eventView(ctx, native, e), ref.Chain, ref.Address)
				if err != nil {
					if ctx.Err() == nil {
						r.srv.log.Warn("read changed town for a subscription", "town", id, "err", err)
					}
					continue
				}
				if t != nil && !send(ctx, out, t) {
					return
				}
			}
		}
	}()
	return out, nil
}
