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

// Source is what a build needs of the store; it only reads.
type Source interface {
	TownSkills(ctx context.Context, towns []store.TownRef) ([]store.TownSkills, error)
	ActiveSignals(ctx context.Context) ([]store.Signal, error)
	ActiveFindings(ctx context.Context) ([]store.StoredFinding, error)
}

// Build computes the skill graph of the store's current towns without
// writing anything, with the last stored round's findings and live
// signals as the previous active set, so hysteresis holds as it would in
// the engine. `dito graph export` uses it beside a running engine.
func Build(ctx context.Context, src Source, opts graph.Options) (*graph.Snapshot, error) {
	snap, _, err := load(ctx, src, opts)
	return snap, err
}

// load reads the towns and the previous round's state and builds the graph;
// it also returns the live signals it read.
func load(ctx context.Context, src Source, opts graph.Options) (*graph.Snapshot, []store.Signal, error) {
	ts, err := src.TownSkills(ctx, nil)
	if err != nil {
		return nil, nil, err
	}
	towns, err := toGraphTowns(ts)
	if err != nil {
		return nil, nil, err
	}
	live, err := src.ActiveSignals(ctx)
	if err != nil {
		return nil, nil, err
	}
	findings, err := src.ActiveFindings(ctx)
	if err != nil {
		return nil, nil, err
	}
	opts.Active = nil
	// The live signals' recipients, so a rebuild keeps them as an update
	// would (Options.RecipientMargin).
	opts.Recipients = map[graph.FindingKey]string{}
	for _, f := range findings {
		kind := graph.KindLack
		if f.Excess {
			kind = graph.KindExcess
		}
		opts.Active = append(opts.Active, graph.FindingKey{Town: f.Town.ID(), Skill: f.Skill, Kind: kind})
	}
	// Signals too: a database whose scores were cleared (or written by an
	// older version) still has its live signals.
	for _, sg := range live {
		kind := graph.KindLack
		if sg.Kind == store.SignalExcess {
			kind = graph.KindExcess
		}
		key := graph.FindingKey{Town: sg.From.ID(), Skill: sg.Skill, Kind: kind}
		opts.Active = append(opts.Active, key)
		if sg.To != nil {
			opts.Recipients[key] = sg.To.ID()
		}
	}
	snap, err := graph.Build(ctx, towns, opts)
	if err != nil {
		return nil, nil, fmt.Errorf("build skill graph of %d towns: %w", len(towns), err)
	}
	return snap, live, nil
}

// Rebuild recomputes the whole graph from the store and replaces every
// derived row. Live signals that still hold are kept as they are; those
// that changed are retracted and re-emitted; those that no longer hold are
// retracted. It writes, so only the process leading the skill graph may
// call it (see Run and `dito graph rebuild`).
func (e *Engine) Rebuild(ctx context.Context) error {
	start := time.Now()
	e.mu.Lock()
	defer e.mu.Unlock()
	snap, live, err := load(ctx, e.st, e.cfg.Graph)
	if err != nil {
		return err
	}
	// One live signal per key; older extras (left by a version that lost
	// track of its ids) are withdrawn now.
	e.live = map[signalKey]store.Signal{}
	var extra []store.Retraction
	for _, sg := range live { // ordered by key, then id
		k := keyOf(sg)
		if old, ok := e.live[k]; ok {
			extra = append(extra, store.Retraction{ID: old.ID, Reason: fmt.Sprintf("duplicate of live signal %d", sg.ID)})
		}
		e.live[k] = sg
	}
	e.snap = snap
	if err := e.saveAll(ctx, extra); err != nil {
		e.snap = nil
		return err
	}
	if e.obs != nil {
		e.obs.GraphComputed("full", time.Since(start))
	}
	e.log.Info("skill graph rebuilt", "towns", snap.Len(), "signals_live", len(e.live), "took", time.Since(start).Round(time.Millisecond).String())
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
		err = e.saveAll(ctx, nil)
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

// saveAll writes every town's results and reconciles all signals with the
// live ones; extra are retractions decided by the caller.
func (e *Engine) saveAll(ctx context.Context, extra []store.Retraction) error {
	heads, err := e.st.ChainHeads(ctx)
	if err != nil {
		return err
	}
	u := store.GraphUpdate{Full: true, Retract: extra}
	for _, id := range e.snap.IDs() {
		if err := e.addTown(&u, id); err != nil {
			return err
		}
	}
	fresh, err := toStoreSignals(e.snap.Signals(), heads)
	if err != nil {
		return err
	}
	scope := make([]signalKey, 0, len(e.live))
	for k := range e.live {
		scope = append(scope, k)
	}
	next := e.reconcile(&u, scope, fresh, "no longer holds after recomputation")
	return e.save(ctx, u, next)
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
	removed, err := toStoreSignals(ch.SignalsRemoved, heads)
	if err != nil {
		return err
	}
	fresh, err := toStoreSignals(ch.SignalsAdded, heads)
	if err != nil {
		return err
	}
	scope := make([]signalKey, 0, len(removed))
	for _, sg := range removed {
		scope = append(scope, keyOf(sg))
	}
	next := e.reconcile(&u, scope, fresh, "no longer holds after the towns changed")
	if len(u.Towns) == 0 && len(u.Signals) == 0 && len(u.Retract) == 0 {
		return nil
	}
	return e.save(ctx, u, next)
}

// reconcile is the one place that turns a round's signals into stored
// rows, for full and incremental rounds alike. scope are the keys whose
// signals the round recomputed besides those in fresh (every live key for
// a full round; the removed ones for an update): a key in scope without a
// fresh signal is retracted (reason gone). A fresh signal that says what
// the live one says keeps the live row, id included; one that differs
// retracts it and is emitted. It adds the retractions and new signals to
// u and returns the live set after u commits (new rows get their ids in
// save).
func (e *Engine) reconcile(u *store.GraphUpdate, scope []signalKey, fresh []store.Signal, gone string) map[signalKey]store.Signal {
	next := make(map[signalKey]store.Signal, len(e.live))
	for k, v := range e.live {
		next[k] = v
	}
	inFresh := make(map[signalKey]bool, len(fresh))
	for _, sg := range fresh {
		inFresh[keyOf(sg)] = true
	}
	for _, k := range scope {
		if old, ok := next[k]; ok && !inFresh[k] {
			u.Retract = append(u.Retract, store.Retraction{ID: old.ID, Reason: gone})
			delete(next, k)
		}
	}
	for _, sg := range fresh { // the graph's deterministic order
		k := keyOf(sg)
		if old, ok := next[k]; ok {
			if sameSignal(old, sg) {
				continue // the stored row stays live, with its id
			}
			u.Retract = append(u.Retract, store.Retraction{ID: old.ID, Reason: "superseded by a newer signal"})
		}
		u.Signals = append(u.Signals, sg)
		next[k] = sg // its id comes with the commit
	}
	slices.SortFunc(u.Retract, func(a, b store.Retraction) int { return cmp.Compare(a.ID, b.ID) })
	return next
}

// save commits an update and, once committed, records the new live set,
// giving each new signal the id it was stored under.
func (e *Engine) save(ctx context.Context, u store.GraphUpdate, next map[signalKey]store.Signal) error {
	ids, err := e.st.SaveGraph(ctx, u)
	if err != nil {
		return err
	}
	if len(ids) < len(u.Signals) {
		return fmt.Errorf("save skill graph: %d ids for %d new signals", len(ids), len(u.Signals))
	}
	for i := range u.Signals {
		u.Signals[i].ID = ids[i]
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
// says: who should talk to whom about which skill. Probabilities and
// surpluses move with every member who joins or leaves either town; a bot
// told to ask town B gains nothing from hearing it again because B now
// spares 5 instead of 4, so the stored signal keeps the figures it was sent
// with and only a new recipient re-sends it (the recipient itself changes
// only past graph.Options.RecipientMargin).
func sameSignal(a, b store.Signal) bool {
	return (a.To == nil && b.To == nil) || (a.To != nil && b.To != nil && *a.To == *b.To)
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

func toStoreSignals(gs []graph.Signal, heads map[uint64]store.BlockRef) ([]store.Signal, error) {
	out := make([]store.Signal, 0, len(gs))
	for _, g := range gs {
		sg, err := toStoreSignal(g, heads)
		if err != nil {
			return nil, err
		}
		out = append(out, sg)
	}
	return out, nil
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
