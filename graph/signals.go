package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/distributedtown/dito-graph/taxonomy"
)

// Route says how a signal's recipient was found.
type Route string

const (
	// RouteNeighbour: a direct neighbour, scored P_ij * surplus (or
	// deficit).
	RouteNeighbour Route = "neighbour"
	// RouteWalk: no direct neighbour qualified; scored by the restart walk
	// from the sender times surplus (or deficit).
	RouteWalk Route = "walk"
)

// Signal asks one town to help another with one skill. Chain, block and
// time are added by the caller.
type Signal struct {
	From  string
	To    string // empty for NO_SUPPLIER
	Skill int
	Kind  Kind
	// Probability is P_ij for a neighbour recipient and the restart-walk
	// probability of reaching the recipient for a walk recipient.
	Probability float64
	// Surplus is the supplier's spare holders (the recipient's for a lack,
	// the sender's for an excess); Deficit the receiving side's shortfall.
	Surplus int
	Deficit int
	// Scarcity is the sender's scarcity score (-1 without data).
	Scarcity int
	QValue   float64
	Route    Route
	Reason   string
}

// candidate is a possible recipient of one finding's signal.
type candidate struct {
	j     int32
	score float64 // P_ij (or walk score) times surplus/deficit
	prob  float64
	w     float64 // proximity, 0 for walk candidates
	qty   int     // the candidate's surplus (lack) or deficit (excess)
	route Route
}

// amountFor is what j offers for a finding of kind at skill s: spare
// holders for a lack, shortfall for an excess.
func (g *Snapshot) amountFor(j int32, s int, kind Kind) int {
	t := &g.towns[j]
	h := g.rate[j][s]
	if kind == KindLack {
		return surplus(t.Holders[s], t.Members, h)
	}
	return deficit(t.Holders[s], t.Members, h)
}

// neighbourCandidates are i's neighbours with positive P_ij * amount,
// best first (score desc, weight desc, ID asc).
func (g *Snapshot) neighbourCandidates(i int32, s int, kind Kind) []candidate {
	var out []candidate
	for _, e := range g.adj[i] {
		q := g.amountFor(e.j, s, kind)
		if q == 0 {
			continue
		}
		p := e.w / g.rowSum[i]
		out = append(out, candidate{j: e.j, score: p * float64(q), prob: p, w: e.w, qty: q, route: RouteNeighbour})
	}
	g.sortCandidates(out)
	return out
}

func (g *Snapshot) sortCandidates(c []candidate) {
	slices.SortFunc(c, func(a, b candidate) int {
		switch {
		case a.score != b.score:
			if a.score > b.score {
				return -1
			}
			return 1
		case a.w != b.w:
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return strings.Compare(g.towns[a.j].ID, g.towns[b.j].ID)
	})
}

// maxWalkCandidates bounds the walk fallback list per finding.
const maxWalkCandidates = 32

// walkCandidates scores every town the restart walk from i reached.
func (g *Snapshot) walkCandidates(i int32, s int, kind Kind, walk *pushWalk) []candidate {
	var out []candidate
	walk.each(func(j int32, p float64) {
		if j == i {
			return
		}
		if q := g.amountFor(j, s, kind); q > 0 {
			out = append(out, candidate{j: j, score: p * float64(q), prob: p, qty: q, route: RouteWalk})
		}
	})
	g.sortCandidates(out)
	if len(out) > maxWalkCandidates {
		out = out[:maxWalkCandidates]
	}
	return out
}

// townWalk is the restart walk from one town, shared by its findings. It
// first runs at ten times the push tolerance, which usually reaches a
// supplier two or three steps away for a tenth of the work, and is refined
// to the full tolerance only when a finding finds no candidate; once
// refined it stays refined for the town's later findings.
type townWalk struct {
	g    *Snapshot
	src  int32
	sc   *scratch
	walk *pushWalk
	pass int // 0 not run, 1 coarse, 2 full
}

func (t *townWalk) fallback(s int, kind Kind) []candidate {
	eps := [2]float64{10 * t.g.opts.PushTolerance, t.g.opts.PushTolerance}
	if t.walk == nil {
		t.walk = t.g.newPushWalk(t.src, t.sc)
	}
	for {
		if t.pass == 0 {
			t.walk.run(eps[0])
			t.pass = 1
		}
		c := t.g.walkCandidates(t.src, s, kind, t.walk)
		if len(c) > 0 || t.pass == 2 {
			return c
		}
		t.walk.run(eps[1])
		t.pass = 2
	}
}

func (t *townWalk) release() {
	if t.walk != nil {
		t.walk.release()
	}
}

// pendingSignal is one active finding waiting for a recipient.
type pendingSignal struct {
	i     int32
	f     int // index into g.findings[i]
	cands []candidate
	walk  bool // cands already include the walk fallback
}

// buildSignals chooses a recipient for every active finding. Candidates are
// scored per town in parallel; recipients are then assigned one finding at
// a time in a fixed priority order (q-value, p-value, town ID, skill, kind)
// so the per-recipient cap is deterministic.
func (g *Snapshot) buildSignals(ctx context.Context, prevTo map[FindingKey]string) error {
	n := len(g.towns)
	g.signals = make([][]Signal, n)
	g.received = make([]int32, n)
	all := make([]int32, 0)
	for i := range int32(n) {
		if len(g.findings[i]) > 0 {
			all = append(all, i)
		}
	}
	return g.assignSignals(ctx, all, nil, prevTo)
}

// reuseFunc offers a previous walk recipient for a finding, so Update does
// not rerun restart walks for towns it only touched in passing.
type reuseFunc func(i int32, f *Finding) (candidate, bool)

// assignSignals (re)computes the signals of towns, whose old signals must
// already be removed from g.received. prevTo holds the previous round's
// recipients, which keep their findings within Options.RecipientMargin.
func (g *Snapshot) assignSignals(ctx context.Context, towns []int32, reuse reuseFunc, prevTo map[FindingKey]string) error {
	per := make([][]pendingSignal, len(towns))
	scr := make([]*scratch, g.opts.Workers)
	for w := range scr {
		scr[w] = g.scratchFor(w)
	}
	err := parallelFor(ctx, g.opts.Workers, len(towns), func(w, lo, hi int) {
		for t := lo; t < hi; t++ {
			i := towns[t]
			walk := &townWalk{g: g, src: i, sc: scr[w]}
			for f, fd := range g.findings[i] {
				ps := pendingSignal{i: i, f: f, cands: g.neighbourCandidates(i, fd.Skill, fd.Kind)}
				if len(ps.cands) == 0 && reuse != nil {
					if c, ok := reuse(i, &g.findings[i][f]); ok {
						ps.cands = []candidate{c}
					}
				}
				if len(ps.cands) == 0 {
					ps.cands, ps.walk = walk.fallback(fd.Skill, fd.Kind), true
				}
				per[t] = append(per[t], ps)
			}
			walk.release()
		}
	})
	if err != nil {
		return err
	}
	var queue []pendingSignal
	for _, ps := range per {
		queue = append(queue, ps...)
	}
	slices.SortFunc(queue, func(a, b pendingSignal) int {
		fa, fb := &g.findings[a.i][a.f], &g.findings[b.i][b.f]
		switch {
		case fa.QValue != fb.QValue:
			return cmpFloat(fa.QValue, fb.QValue)
		case fa.PValue != fb.PValue:
			return cmpFloat(fa.PValue, fb.PValue)
		case fa.Town != fb.Town:
			return strings.Compare(fa.Town, fb.Town)
		case fa.Skill != fb.Skill:
			return fa.Skill - fb.Skill
		}
		return strings.Compare(string(fa.Kind), string(fb.Kind))
	})
	for _, i := range towns {
		g.signals[i] = nil
	}
	capN := int32(g.opts.MaxSignalsPerRecipient)
	full := func(j int32) bool { return capN >= 0 && g.received[j] >= capN }
	var sc *scratch
	for _, ps := range queue {
		f := &g.findings[ps.i][ps.f]
		chosen, capped := -1, false
		pick := func() {
			for c := range ps.cands {
				if !full(ps.cands[c].j) {
					chosen = c
					return
				}
				capped = true
			}
		}
		prev := prevTo[f.Key()]
		g.keepRecipient(ps.cands, prev)
		pick()
		if chosen < 0 && !ps.walk {
			// Every neighbour with spare holders is at its cap: widen to
			// the walk, as when none had any.
			if sc == nil {
				sc = g.scratchFor(0)
			}
			walk := &townWalk{g: g, src: ps.i, sc: sc}
			ps.cands, ps.walk = walk.fallback(f.Skill, f.Kind), true
			walk.release()
			g.keepRecipient(ps.cands, prev)
			pick()
		}
		if chosen < 0 {
			if f.Kind == KindLack {
				g.signals[ps.i] = append(g.signals[ps.i], g.noSupplier(ps.i, f, capped))
			}
			// An excess nobody nearby is short of needs no signal.
			continue
		}
		c := ps.cands[chosen]
		g.received[c.j]++
		g.signals[ps.i] = append(g.signals[ps.i], g.signalTo(ps.i, f, c))
	}
	for _, i := range towns {
		slices.SortFunc(g.signals[i], func(a, b Signal) int {
			if a.Skill != b.Skill {
				return a.Skill - b.Skill
			}
			return strings.Compare(string(a.Kind), string(b.Kind))
		})
	}
	return nil
}

// keepRecipient moves the previous recipient prev to the front of cands
// (best first) when it is still a candidate and the best scores at most
// Options.RecipientMargin more: the recipients' hysteresis.
func (g *Snapshot) keepRecipient(cands []candidate, prev string) {
	if prev == "" || g.opts.RecipientMargin < 0 || len(cands) < 2 {
		return
	}
	j, ok := g.index[prev]
	if !ok {
		return
	}
	for c := 1; c < len(cands); c++ {
		if cands[c].j != j {
			continue
		}
		if cands[c].score*(1+g.opts.RecipientMargin) >= cands[0].score {
			kept := cands[c]
			copy(cands[1:c+1], cands[:c])
			cands[0] = kept
		}
		return
	}
}

func cmpFloat(a, b float64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func (g *Snapshot) signalTo(i int32, f *Finding, c candidate) Signal {
	sig := Signal{
		From: f.Town, To: g.towns[c.j].ID, Skill: f.Skill, Kind: f.Kind,
		Probability: c.prob, Scarcity: g.scar[i].Score, QValue: f.QValue, Route: c.route,
	}
	if f.Kind == KindLack {
		sig.Surplus, sig.Deficit = c.qty, f.Deficit
	} else {
		sig.Surplus, sig.Deficit = f.Surplus, c.qty
	}
	sig.Reason = g.reason(i, f, &sig, c)
	return sig
}

func (g *Snapshot) noSupplier(i int32, f *Finding, capped bool) Signal {
	sig := Signal{
		From: f.Town, Skill: f.Skill, Kind: KindNoSupplier,
		Scarcity: g.scar[i].Score, QValue: f.QValue, Deficit: f.Deficit,
	}
	sig.Reason = g.reason(i, f, &sig, candidate{j: -1})
	if capped {
		sig.Reason += " Every town with spare holders within reach already received its cap of signals this round."
	}
	return sig
}

// reason writes the human-readable explanation of a signal.
func (g *Snapshot) reason(i int32, f *Finding, sig *Signal, c candidate) string {
	name := skillName(f.Skill)
	t := &g.towns[i]
	rate := "network"
	if g.base.key(t.Template) != networkKey {
		rate = fmt.Sprintf("template %d", t.Template)
	}
	h := g.base.rate(t.Template)[f.Skill]
	var b strings.Builder
	switch f.Kind {
	case KindLack:
		fmt.Fprintf(&b, "%s lacks %s: %d of %d members hold it where %.1f are expected (%s rate %.1f%%, q = %.2g).",
			t.ID, name, f.Holders, t.Members, f.Expected, rate, 100*h, f.QValue)
	case KindExcess:
		fmt.Fprintf(&b, "%s holds %s in excess: %d of %d members hold it where %.1f are expected (%s rate %.1f%%, q = %.2g), %d to spare.",
			t.ID, name, f.Holders, t.Members, f.Expected, rate, 100*h, f.QValue, f.Surplus)
	}
	if f.Held {
		fmt.Fprintf(&b, " Still active by hysteresis (clears above q = %.2g).", g.opts.ClearAlpha)
	}
	if c.j >= 0 {
		r := &g.towns[c.j]
		where := fmt.Sprintf("a direct neighbour (proximity %.2f, walk probability %.2f)", c.w, c.prob)
		if c.route == RouteWalk {
			where = fmt.Sprintf("reached by the restart walk (probability %.3g)", c.prob)
		}
		if f.Kind == KindLack {
			level := 0.0
			if x := r.Holders[f.Skill]; x > 0 {
				level = 10 * r.Capacity[f.Skill] / float64(x)
			}
			fmt.Fprintf(&b, " %s, %s, has %d spare holders (mean level %.1f).", r.ID, where, c.qty, level)
		} else {
			fmt.Fprintf(&b, " %s, %s, is %d short of its expected %d.", r.ID, where, c.qty,
				ceilExpected(r.Members, g.rate[c.j][f.Skill]))
		}
	} else {
		b.WriteString(" No town within reach has spare holders.")
	}
	if f.Kind == KindLack {
		density := g.phi.Density(&t.Holders, f.Skill)
		verdict := "must import it"
		if density >= 0.5 {
			verdict = "can grow it inside"
		}
		fmt.Fprintf(&b, " Density %.2f: %s.", density, verdict)
	}
	return b.String()
}

func skillName(id int) string {
	s, err := taxonomy.Lookup(id)
	if err != nil {
		return fmt.Sprintf("skill %d", id)
	}
	return s.Name
}
