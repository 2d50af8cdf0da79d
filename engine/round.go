package engine

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/distributedtown/dito-graph/graph"
	"github.com/distributedtown/dito-graph/store"
)

// Rebuild recomputes the whole graph from the store and replaces every
// derived row. Live signals that still hold are kept as they are; those
// that changed are retracted and re-emitted; those that no longer hold are
// retracted.
func (e *Engine) Rebuild(ctx context.Context) error {
	start := time.Now()
	e.mu.Lock()
	defer e.mu.Unlock()
	ts, err := e.st.TownSkills(ctx, nil)
	if err != nil {
		return err
	}
	towns, err := toGraphTowns(ts)
	if err != nil {
		return err
	}
	live, err := e.st.ActiveSignals(ctx)
	if err != nil {
		return err
	}
	e.live = map[signalKey]store.Signal{}
	opts := e.cfg.Graph
	opts.Active = nil
	for _, sg := range live {
		e.live[keyOf(sg)] = sg
		kind := graph.KindLack
		if sg.Kind == store.SignalExcess {
			kind = graph.KindExcess
		}
		opts.Active = append(opts.Active, graph.FindingKey{Town: sg.From.ID(), Skill: sg.Skill, Kind: kind})
	}
	snap, err := graph.Build(ctx, towns, opts)
	if err != nil {
		return fmt.Errorf("build skill graph of %d towns: %w", len(towns), err)
	}
	e.snap = snap
	if err := e.saveAll(ctx); err != nil {
		e.snap = nil
		return err
	}
	if e.obs != nil {
		e.obs.GraphComputed("full", time.Since(start))
	}
	e.log.Info("skill graph rebuilt", "towns", len(towns), "signals_live", len(e.live), "took", time.Since(start).Round(time.Millisecond).String())
	return nil
}

// update recomputes the given towns and what they touch.
func (e *Engine) update(ctx context.Context, refs []store.TownRef) error {
	start := time.Now()
	e.mu.Lock()
	defer e.mu.Unlock()
	sortRefs(refs)
	ts, err := e.st.TownSkills(ctx, refs)
	if err != nil {
		return err
	}
	towns, err := toGraphTowns(ts)
	if err != nil {
		return err
	}
	ch, err := e.snap.Update(ctx, towns)
	if err != nil {
		e.snap = nil // a cancelled update can leave it half done
		return fmt.Errorf("update skill graph for %d towns: %w", len(towns), err)
	}
	if ch.Rebuilt {
		err = e.saveAll(ctx)
	} else {
		err = e.saveChanges(ctx, ch)
	}
	if err != nil {
		e.snap = nil
		return err
	}
	if e.obs != nil {
		e.obs.GraphComputed("incremental", time.Since(start))
	}
	return nil
}

func keyOf(sg store.Signal) signalKey {
	return signalKey{from: sg.From, skill: sg.Skill, kind: sg.Kind}
}

// saveAll writes every town's results and diffs all signals against the live ones.
func (e *Engine) saveAll(ctx context.Context) error {
	heads, err := e.st.ChainHeads(ctx)
	if err != nil {
		return err
	}
	u := store.GraphUpdate{Full: true}
	for _, id := range e.snap.IDs() {
		if err := e.addTown(&u, id); err != nil {
			return err
		}
	}
	fresh := map[signalKey]store.Signal{}
	var order []store.Signal // the graph's deterministic order
	for _, gs := range e.snap.Signals() {
		sg, err := toStoreSignal(gs, heads)
		if err != nil {
			return err
		}
		fresh[keyOf(sg)] = sg
		order = append(order, sg)
	}
	for k, old := range e.live {
		if _, ok := fresh[k]; !ok {
			u.Retract = append(u.Retract, store.Retraction{ID: old.ID, Reason: "no longer holds after recomputation"})
		}
	}
	for _, sg := range order {
		k := keyOf(sg)
		if old, ok := e.live[k]; ok {
			if sameSignal(old, sg) {
				continue
			}
			u.Retract = append(u.Retract, store.Retraction{ID: old.ID, Reason: "superseded by a newer signal"})
		}
		u.Signals = append(u.Signals, sg)
	}
	slices.SortFunc(u.Retract, func(a, b store.Retraction) int { return cmp.Compare(a.ID, b.ID) })
	return e.save(ctx, u, fresh)
}

// saveChanges writes what an incremental update changed.
func (e *Engine) saveChanges(ctx context.Context, ch *graph.Changes) error {
	heads, err := e.st.ChainHeads(ctx)
	if err != nil {
		return err
	}
	var u store.GraphUpdate
	seen := map[string]bool{}
	for _, list := range [][]string{ch.Added, ch.Neighbours, ch.Scarcity, ch.Findings} {
		for _, id := range list {
			if !seen[id] {
				seen[id] = true
				if err := e.addTown(&u, id); err != nil {
					return err
				}
			}
		}
	}
	next := make(map[signalKey]store.Signal, len(e.live))
	for k, v := range e.live {
		next[k] = v
	}
	for _, gs := range ch.SignalsRemoved {
		sg, err := toStoreSignal(gs, heads)
		if err != nil {
			return err
		}
		if old, ok := next[keyOf(sg)]; ok {
			u.Retract = append(u.Retract, store.Retraction{ID: old.ID, Reason: "no longer holds after the towns changed"})
			delete(next, keyOf(sg))
		}
	}
	for _, gs := range ch.SignalsAdded {
		sg, err := toStoreSignal(gs, heads)
		if err != nil {
			return err
		}
		if old, ok := next[keyOf(sg)]; ok {
			if sameSignal(old, sg) {
				continue
			}
			u.Retract = append(u.Retract, store.Retraction{ID: old.ID, Reason: "superseded by a newer signal"})
		}
		u.Signals = append(u.Signals, sg)
		next[keyOf(sg)] = sg
	}
	if len(u.Towns) == 0 && len(u.Signals) == 0 && len(u.Retract) == 0 {
		return nil
	}
	return e.save(ctx, u, next)
}

// save commits an update and, once committed, records the new live set.
func (e *Engine) save(ctx context.Context, u store.GraphUpdate, next map[signalKey]store.Signal) error {
	ids, err := e.st.SaveGraph(ctx, u)
	if err != nil {
		return err
	}
	for i := range u.Signals {
		if i < len(ids) {
			u.Signals[i].ID = ids[i]
		}
		next[keyOf(u.Signals[i])] = u.Signals[i]
	}
	e.live = next
	if e.obs != nil {
		for _, sg := range u.Signals {
			e.obs.SignalEmitted(sg.Kind)
		}
		for range u.Retract {
			e.obs.SignalEmitted(store.SignalRetracted)
		}
	}
	return nil
}

// sameSignal reports whether a recomputed signal says what the stored one
// says; probabilities move with every neighbour's change, so only the
// recipient and the quantities a bot acts on count.
func sameSignal(a, b store.Signal) bool {
	sameTo := (a.To == nil && b.To == nil) || (a.To != nil && b.To != nil && *a.To == *b.To)
	return sameTo && a.Surplus == b.Surplus
}

func (e *Engine) addTown(u *store.GraphUpdate, id string) error {
	ref, err := store.ParseTownID(id)
	if err != nil {
		return err
	}
	r, ok := e.snap.Town(id)
	if !ok {
		return nil
	}
	u.Towns = append(u.Towns, ref)
	sc := r.Scarcity
	ts := store.TownScore{
		Town: ref, Members: r.Members, Variety: sc.Variety,
		PartCategory: sc.Parts[0], PartSubcategory: sc.Parts[1], PartSkill: sc.Parts[2],
		EffectiveSkills: sc.EffectiveSkills, Percentile: sc.Percentile, Volatile: sc.Volatile,
		Centrality: r.PageRank,
	}
	if !sc.NoData {
		score := sc.Score
		ts.Score = &score
	}
	if sc.LegacyOK {
		legacy := sc.Legacy
		ts.LegacyScore = &legacy
	}
	if r.District >= 0 {
		d := r.District
		ts.District = &d
	}
	for _, f := range r.Lacks {
		ts.Lacks = append(ts.Lacks, f.Skill)
	}
	for _, f := range r.Excesses {
		ts.Excesses = append(ts.Excesses, f.Skill)
	}
	u.Scores = append(u.Scores, ts)
	for _, n := range r.Neighbours {
		to, err := store.ParseTownID(n.ID)
		if err != nil {
			return err
		}
		u.Edges = append(u.Edges, store.Edge{From: ref, To: to, Weight: n.Weight, Probability: n.Probability})
	}
	return nil
}

func toStoreSignal(gs graph.Signal, heads map[uint64]store.BlockRef) (store.Signal, error) {
	from, err := store.ParseTownID(gs.From)
	if err != nil {
		return store.Signal{}, err
	}
	sg := store.Signal{
		From: from, Skill: gs.Skill, Kind: string(gs.Kind), Probability: gs.Probability,
		Surplus: gs.Surplus, Chain: from.Chain, Reason: gs.Reason,
	}
	if gs.To != "" {
		to, err := store.ParseTownID(gs.To)
		if err != nil {
			return store.Signal{}, err
		}
		sg.To = &to
	}
	if gs.Scarcity >= 0 {
		s := gs.Scarcity
		sg.Scarcity = &s
	}
	if h, ok := heads[from.Chain]; ok {
		sg.Block, sg.Time = h.Number, h.Time
	}
	return sg, nil
}
