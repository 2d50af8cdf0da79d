package graph

import (
	"context"
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

// Changes is what an Update changed, as sorted town IDs and signal lists
// the caller can store without diffing the whole snapshot.
type Changes struct {
	// Rebuilt is set when the holding rate drifted more than
	// Options.MaxDrift from the baseline and everything was recomputed
	// (the lists below then cover the whole network).
	Rebuilt bool
	// Added are towns the graph did not know before.
	Added []string
	// Neighbours are towns whose neighbour list, weights or walk
	// probabilities changed.
	Neighbours []string
	// Scarcity are towns whose scarcity changed.
	Scarcity []string
	// Findings are towns whose active lacks or excesses changed.
	Findings []string
	// Signals are towns whose sent signals changed (the From of every
	// signal in SignalsAdded and SignalsRemoved).
	Signals []string
	// SignalsAdded are signals that are new or changed (same From, Skill
	// and Kind with another recipient or numbers); SignalsRemoved the
	// signals they replace or that no longer hold, which the engine marks
	// RETRACTED.
	SignalsAdded   []Signal
	SignalsRemoved []Signal
}

// Empty reports whether nothing changed.
func (c *Changes) Empty() bool {
	return !c.Rebuilt && len(c.Added)+len(c.Neighbours)+len(c.Scarcity)+len(c.Findings)+
		len(c.Signals)+len(c.SignalsAdded)+len(c.SignalsRemoved) == 0
}

// Update replaces the given towns (adding those with new IDs) and
// recomputes only what they touch: their kNN lists and those of towns near
// them, the proximity rows of both, their scarcity and findings, and the
// signals of every town whose candidates may have changed. Hysteresis uses
// the snapshot's current findings.
//
// The tests keep the Build baseline holding rate, so unchanged towns'
// findings stay valid; when the current rate drifts more than
// Options.MaxDrift from it, Update rebuilds everything instead. Districts
// and PageRank are not recomputed (AnalyticsStale turns true; towns added
// take their heaviest neighbour's district). The per-recipient cap makes
// recipient choice order-dependent, so Update keeps signals outside the
// touched region as they are rather than reshuffling the whole network.
//
// On error (invalid town, cancelled context) the snapshot is unchanged for
// validation errors; a cancelled context can leave it partly updated, and
// the caller should Build again.
func (g *Snapshot) Update(ctx context.Context, changed []Town) (*Changes, error) {
	seen := map[string]bool{}
	for i := range changed {
		if err := changed[i].validate(); err != nil {
			return nil, err
		}
		if seen[changed[i].ID] {
			return nil, fmt.Errorf("town %q given twice in one update: %w", changed[i].ID, ErrInvalidTown)
		}
		seen[changed[i].ID] = true
	}
	if len(changed) == 0 {
		return &Changes{}, nil
	}
	if g.opts.HoldingRate == nil && g.driftAfter(changed) > g.opts.MaxDrift {
		return g.rebuildAll(ctx, changed)
	}
	u := &updater{g: g, oldAdj: map[int32][]edge{}, dirty: map[int32]bool{}}
	return u.run(ctx, changed)
}

// driftAfter is how far the baseline rates would move with the change.
func (g *Snapshot) driftAfter(changed []Town) float64 {
	sums := newRateSums()
	sums.x, sums.m = g.sums.x, g.sums.m
	for tpl, ts := range g.sums.byTemplate {
		c := *ts
		sums.byTemplate[tpl] = &c
	}
	for i := range changed {
		if j, ok := g.index[changed[i].ID]; ok {
			sums.add(&g.towns[j], -1)
		}
		sums.add(&changed[i], 1)
	}
	return g.base.drift(newBaseline(g.opts.Baseline, sums, g.opts.BaselinePrior, nil))
}

// rebuildAll rebuilds from the current towns with the changes applied and
// reports the differences.
func (g *Snapshot) rebuildAll(ctx context.Context, changed []Town) (*Changes, error) {
	byID := map[string]Town{}
	for _, t := range changed {
		byID[t.ID] = t
	}
	towns := make([]Town, 0, len(g.towns)+len(changed))
	for _, t := range g.towns {
		if c, ok := byID[t.ID]; ok {
			t = c
			delete(byID, t.ID)
		}
		towns = append(towns, t)
	}
	for _, t := range changed {
		if _, ok := byID[t.ID]; ok {
			towns = append(towns, t)
		}
	}
	slices.SortFunc(towns, func(a, b Town) int { return strings.Compare(a.ID, b.ID) })
	fresh := &Snapshot{opts: g.opts}
	if err := fresh.rebuild(ctx, towns, activeSet(g.ActiveKeys()), g.recipients()); err != nil {
		return nil, fmt.Errorf("rebuild after holding-rate drift: %w", err)
	}
	ch := diffSnapshots(g, fresh)
	*g = *fresh
	return ch, nil
}

// diffSnapshots compares every town of two snapshots.
func diffSnapshots(old, fresh *Snapshot) *Changes {
	ch := &Changes{Rebuilt: true}
	for i := range fresh.towns {
		id := fresh.towns[i].ID
		j, ok := old.index[id]
		if !ok {
			ch.Added = append(ch.Added, id)
			ch.Neighbours = append(ch.Neighbours, id)
			ch.Scarcity = append(ch.Scarcity, id)
			if len(fresh.findings[i]) > 0 {
				ch.Findings = append(ch.Findings, id)
			}
			ch.SignalsAdded = append(ch.SignalsAdded, fresh.signals[i]...)
			continue
		}
		if !slices.Equal(old.neighbours(j), fresh.neighbours(int32(i))) {
			ch.Neighbours = append(ch.Neighbours, id)
		}
		if old.scar[j] != fresh.scar[i] {
			ch.Scarcity = append(ch.Scarcity, id)
		}
		if !slices.Equal(old.findings[j], fresh.findings[i]) {
			ch.Findings = append(ch.Findings, id)
		}
		add, rem := diffSignals(old.signals[j], fresh.signals[i])
		ch.SignalsAdded = append(ch.SignalsAdded, add...)
		ch.SignalsRemoved = append(ch.SignalsRemoved, rem...)
	}
	ch.sort()
	return ch
}

func diffSignals(old, fresh []Signal) (added, removed []Signal) {
	for _, s := range fresh {
		if !slices.Contains(old, s) {
			added = append(added, s)
		}
	}
	for _, s := range old {
		if !slices.Contains(fresh, s) {
			removed = append(removed, s)
		}
	}
	return added, removed
}

func (c *Changes) sort() {
	for _, list := range [][]Signal{c.SignalsAdded, c.SignalsRemoved} {
		for _, s := range list {
			c.Signals = append(c.Signals, s.From)
		}
	}
	for _, l := range []*[]string{&c.Added, &c.Neighbours, &c.Scarcity, &c.Findings, &c.Signals} {
		slices.Sort(*l)
		*l = slices.Compact(*l)
	}
	bySig := func(a, b Signal) int {
		if a.From != b.From {
			return strings.Compare(a.From, b.From)
		}
		if a.Skill != b.Skill {
			return a.Skill - b.Skill
		}
		return strings.Compare(string(a.Kind), string(b.Kind))
	}
	slices.SortFunc(c.SignalsAdded, bySig)
	slices.SortFunc(c.SignalsRemoved, bySig)
}

// updater carries one incremental update.
type updater struct {
	g       *Snapshot
	changed []int32
	added   []int32
	oldAdj  map[int32][]edge // rows before the update, saved when touched
	dirty   map[int32]bool   // rows to rebuild
	sc      *scratch
}

func (u *updater) run(ctx context.Context, changed []Town) (*Changes, error) {
	g := u.g
	oldScar := map[int32]Scarcity{}
	oldFind := map[int32][]Finding{}
	prevActive := map[FindingKey]bool{}
	for ci := range changed {
		t := changed[ci]
		i, ok := g.index[t.ID]
		if ok {
			old := &g.towns[i]
			oldScar[i] = g.scar[i]
			oldFind[i] = g.findings[i]
			for _, f := range g.findings[i] {
				prevActive[f.Key()] = true
			}
			g.sums.add(old, -1)
			g.addCooc(old, -1)
			for m := g.mask[i]; m != 0; m &= m - 1 {
				g.postingRemove(bits.TrailingZeros64(m), i)
			}
			g.towns[i] = t
		} else {
			i = g.appendTown(t)
			u.added = append(u.added, i)
		}
		g.setShares(i)
		g.rate[i] = g.base.rate(g.towns[i].Template)
		g.sums.add(&g.towns[i], 1)
		g.addCooc(&g.towns[i], 1)
		for m := g.mask[i]; m != 0; m &= m - 1 {
			g.postingInsert(bits.TrailingZeros64(m), i)
		}
		u.changed = append(u.changed, i)
	}
	g.phi = g.cooc.relatedness()
	u.sc = g.scratchFor(0)

	// Proximity: the changed towns' own lists, then towns that listed them
	// (their weight to a changed town moved) and towns that should list
	// them now.
	for _, c := range u.changed {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, e := range g.adj[c] {
			u.markDirty(e.j)
		}
		u.markDirty(c)
		near := u.research(c)
		for _, x := range slices.Clone(g.rev[c]) {
			if !slices.Contains(u.changed, x) {
				u.research(x)
			}
		}
		for _, y := range near {
			if y == c || g.mask[y] == 0 {
				continue
			}
			ids, _ := g.knnRow(y)
			if slices.Contains(ids, c) {
				continue
			}
			r := u.rowOf(y)
			if g.offer(&r, g.opts.K, c, g.sim(y, c)) {
				u.setRow(y, &r)
			}
		}
	}
	for _, i := range sortedKeys(u.dirty) {
		if _, ok := u.oldAdj[i]; !ok {
			u.oldAdj[i] = g.adj[i]
		}
		g.rebuildAdjRow(i)
	}
	for _, i := range u.added {
		g.district[i] = -1
		if len(g.adj[i]) > 0 {
			g.district[i] = g.district[g.adj[i][0].j]
		}
	}
	if len(u.added) > 0 || len(u.dirty) > 0 {
		g.analyticsStale = true
	}

	// Scores of the changed towns, against the baseline rate.
	isActive := func(k FindingKey) bool { return prevActive[k] }
	for _, c := range u.changed {
		g.scoreTown(c, isActive)
	}

	// Signals of every town whose candidates may have moved.
	affected := u.signalRegion()
	oldSig := map[int32][]Signal{}
	for _, i := range affected {
		oldSig[i] = g.signals[i]
		for _, s := range g.signals[i] {
			if s.To != "" {
				g.received[g.index[s.To]]--
			}
		}
		g.signals[i] = nil
	}
	isChanged := map[int32]bool{}
	for _, c := range u.changed {
		isChanged[c] = true
	}
	// A town that did not change itself and still has no neighbour to
	// signal keeps its previous walk recipient while that town is unchanged
	// and still qualifies: its walk moved only by a weight or two, and a
	// rerun costs a walk over thousands of towns.
	reuse := func(i int32, f *Finding) (candidate, bool) {
		if isChanged[i] {
			return candidate{}, false
		}
		for _, s := range oldSig[i] {
			if s.Skill != f.Skill || s.Kind != f.Kind || s.Route != RouteWalk {
				continue
			}
			j, ok := g.index[s.To]
			if !ok || isChanged[j] {
				return candidate{}, false
			}
			q := g.amountFor(j, f.Skill, f.Kind)
			if q == 0 {
				return candidate{}, false
			}
			return candidate{j: j, score: s.Probability * float64(q), prob: s.Probability, qty: q, route: RouteWalk}, true
		}
		return candidate{}, false
	}
	prevTo := map[FindingKey]string{}
	for _, sigs := range oldSig {
		addRecipients(prevTo, sigs)
	}
	if err := g.assignSignals(ctx, affected, reuse, prevTo); err != nil {
		return nil, err
	}
	g.csr = nil

	ch := &Changes{}
	for _, i := range u.added {
		ch.Added = append(ch.Added, g.towns[i].ID)
	}
	for i, old := range u.oldAdj {
		if !slices.Equal(old, g.adj[i]) || u.rowSumChanged(i, old) {
			ch.Neighbours = append(ch.Neighbours, g.towns[i].ID)
		}
	}
	for _, c := range u.changed {
		if old, ok := oldScar[c]; !ok || old != g.scar[c] {
			ch.Scarcity = append(ch.Scarcity, g.towns[c].ID)
		}
		if !slices.Equal(oldFind[c], g.findings[c]) {
			ch.Findings = append(ch.Findings, g.towns[c].ID)
		}
	}
	for _, i := range affected {
		add, rem := diffSignals(oldSig[i], g.signals[i])
		ch.SignalsAdded = append(ch.SignalsAdded, add...)
		ch.SignalsRemoved = append(ch.SignalsRemoved, rem...)
	}
	ch.sort()
	return ch, nil
}

func (u *updater) rowSumChanged(i int32, old []edge) bool {
	var s float64
	for _, e := range old {
		s += e.w
	}
	return s != u.g.rowSum[i]
}

func sortedKeys(m map[int32]bool) []int32 {
	out := make([]int32, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// appendTown adds a town new to the graph and returns its index.
func (g *Snapshot) appendTown(t Town) int32 {
	i := int32(len(g.towns))
	g.towns = append(g.towns, t)
	g.index[t.ID] = i
	if i > 0 && g.towns[i-1].ID > t.ID {
		g.ordered = false
	}
	g.rate = append(g.rate, nil)
	g.p = append(g.p, [NumSkills]float64{})
	g.q = append(g.q, [NumSkills]uint16{})
	g.mask = append(g.mask, 0)
	g.profile = append(g.profile, 0)
	k := g.opts.K
	g.knnIdx = append(g.knnIdx, make([]int32, k)...)
	g.knnW = append(g.knnW, make([]float64, k)...)
	g.knnLen = append(g.knnLen, 0)
	g.rev = append(g.rev, nil)
	g.adj = append(g.adj, nil)
	g.rowSum = append(g.rowSum, 0)
	g.scar = append(g.scar, Scarcity{})
	g.findings = append(g.findings, nil)
	g.signals = append(g.signals, nil)
	g.received = append(g.received, 0)
	g.district = append(g.district, -1)
	g.pagerank = append(g.pagerank, 0)
	return i
}

func (u *updater) markDirty(i int32) { u.dirty[i] = true }

// rowOf copies town i's current list into a fresh row.
func (u *updater) rowOf(i int32) row {
	ids, ws := u.g.knnRow(i)
	return row{idx: slices.Clone(ids), w: slices.Clone(ws)}
}

// setRow stores town i's new list and keeps the reverse lists in step.
func (u *updater) setRow(i int32, r *row) {
	g := u.g
	ids, _ := g.knnRow(i)
	for _, j := range ids {
		if !slices.Contains(r.idx, j) {
			if q := slices.Index(g.rev[j], i); q >= 0 {
				g.rev[j] = slices.Delete(g.rev[j], q, q+1)
			}
			u.markDirty(j)
		}
	}
	for _, j := range r.idx {
		if !slices.Contains(ids, j) {
			g.rev[j] = append(g.rev[j], i)
			u.markDirty(j)
		}
	}
	g.setKNNRow(i, r)
	u.markDirty(i)
}

// research recomputes town i's list from its posting windows, its current
// and reverse neighbours, and then greedily from the neighbours of the best
// towns found, until a round finds nothing better. It returns every town
// it scored.
func (u *updater) research(i int32) []int32 {
	g, sc, k := u.g, u.sc, u.g.opts.K
	sc.grow(len(g.towns))
	sc.next()
	sc.r.idx, sc.r.w = sc.r.idx[:0], sc.r.w[:0]
	sc.buf = sc.buf[:0]
	if g.mask[i] == 0 {
		u.setRow(i, &row{})
		return nil
	}
	try := func(j int32) {
		if g.mask[j] != 0 && sc.visit(j) {
			sc.buf = append(sc.buf, j)
			g.offer(&sc.r, k, j, g.sim(i, j))
		}
	}
	sc.visit(i)
	for _, s := range g.topSkills(i) {
		l := g.post[s]
		q := g.postingPos(s, i)
		for t := max(0, q-k); t < min(len(l), q+k+1); t++ {
			try(l[t])
		}
	}
	ids, _ := g.knnRow(i)
	for _, j := range ids {
		try(j)
	}
	for _, j := range g.rev[i] {
		try(j)
	}
	expanded := map[int32]bool{}
	for round := 0; round < 4; round++ {
		grew := false
		for _, x := range slices.Clone(sc.r.idx) {
			if expanded[x] {
				continue
			}
			expanded[x] = true
			grew = true
			xs, _ := g.knnRow(x)
			for _, j := range xs {
				try(j)
			}
			for _, j := range g.rev[x] {
				try(j)
			}
		}
		if !grew {
			break
		}
	}
	r := row{idx: slices.Clone(sc.r.idx), w: slices.Clone(sc.r.w)}
	u.setRow(i, &r)
	return slices.Clone(sc.buf)
}

// signalRegion lists the towns whose signals Update recomputes: changed
// towns, towns whose proximity rows changed, towns signalling a changed
// town, and towns without a supplier for a skill a changed town now has
// spare, if that town is within their walk's reach. Restart-walk
// probabilities on an undirected graph are symmetric up to degrees
// (pi_i(c)/d_c = pi_c(i)/d_i), so one walk from each changed town finds
// them instead of one walk per NO_SUPPLIER town in the network.
func (u *updater) signalRegion() []int32 {
	g := u.g
	set := map[int32]bool{}
	for _, c := range u.changed {
		set[c] = true
	}
	for i := range u.dirty {
		set[i] = true
	}
	changedID := map[string]bool{}
	for _, c := range u.changed {
		changedID[g.towns[c].ID] = true
	}
	// reach[s] holds the towns a changed town with spare s reaches.
	reach := map[int]map[int32]bool{}
	for _, c := range u.changed {
		var spare SkillSet
		for s := range NumSkills {
			if g.amountFor(c, s, KindLack) > 0 {
				spare |= 1 << s
			}
		}
		if spare == 0 || len(g.adj[c]) == 0 {
			continue
		}
		w := g.newPushWalk(c, u.sc)
		w.run(g.opts.PushTolerance)
		w.each(func(j int32, _ float64) {
			for _, s := range spare.IDs() {
				if reach[s] == nil {
					reach[s] = map[int32]bool{}
				}
				reach[s][j] = true
			}
		})
		w.release()
	}
	for i, sigs := range g.signals {
		for _, s := range sigs {
			if changedID[s.To] || (s.Kind == KindNoSupplier && reach[s.Skill][int32(i)]) {
				set[int32(i)] = true
			}
		}
	}
	out := make([]int32, 0, len(set))
	for i := range set {
		if len(g.findings[i]) > 0 || len(g.signals[i]) > 0 {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}
