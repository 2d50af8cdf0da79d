package graph

import (
	"context"
	"math"
	"reflect"
	"testing"
	"time"
)

// TestZeroOptionsTakeDefaultsNegativesMeanNone: a zero option is its
// default (so a zero cap, refinement or prior cannot be asked for by
// accident), and the counts for which "none" is meaningful take it as a
// negative value: no recipient cap, no kNN refinement, no shrinkage of
// template rates.
func TestZeroOptionsTakeDefaultsNegativesMeanNone(t *testing.T) {
	ctx := context.Background()
	towns := Synthetic(500, 21)
	build := func(o Options) (*Snapshot, map[string]int) {
		t.Helper()
		phases := map[string]int{}
		o.Seed = 2
		o.Timings = func(p string, _ time.Duration) { phases[p]++ }
		g, err := Build(ctx, towns, o)
		if err != nil {
			t.Fatal(err)
		}
		return g, phases
	}
	zero, zeroPhases := build(Options{})
	explicit, _ := build(Options{MaxSignalsPerRecipient: 10, KNNRefine: 2, BaselinePrior: 20})
	if !reflect.DeepEqual(viewAll(zero), viewAll(explicit)) {
		t.Error("zero options differ from their documented defaults (cap 10, refinement 2, prior 20)")
	}
	if zeroPhases["knn: refinement round"] == 0 {
		t.Fatal("setup: the default build ran no refinement round")
	}

	_, phases := build(Options{KNNRefine: -1})
	if n := phases["knn: refinement round"]; n != 0 {
		t.Errorf("KNNRefine -1 ran %d refinement rounds, want none", n)
	}

	raw, _ := build(Options{BaselinePrior: -1})
	for tpl := range 3 {
		var x [NumSkills]float64
		var m float64
		for i := range towns {
			if towns[i].Template == tpl {
				m += float64(towns[i].Members)
				for s, c := range towns[i].Holders {
					x[s] += float64(c)
				}
			}
		}
		got := raw.BaselineRate(tpl)
		shrunk := zero.BaselineRate(tpl)
		differs := false
		for s := range NumSkills {
			if want := x[s] / m; math.Abs(got[s]-want) > 1e-12 {
				t.Errorf("BaselinePrior -1, template %d skill %d: rate %v, want the template's own %v", tpl, s, got[s], want)
			}
			differs = differs || got[s] != shrunk[s]
		}
		if !differs {
			t.Errorf("template %d: the default prior did not shrink the rate at all", tpl)
		}
	}

	// The network is too small for hubs above the default 10, so the cap
	// is shown at 2.
	capped, _ := build(Options{MaxSignalsPerRecipient: 2})
	uncapped, _ := build(Options{MaxSignalsPerRecipient: -1})
	if n := maxReceived(capped); n > 2 {
		t.Errorf("cap 2: a town received %d signals", n)
	}
	if n := maxReceived(uncapped); n <= 2 {
		t.Errorf("no cap: the busiest recipient got %d signals; the network has no hub to test the cap with", n)
	}
}

func maxReceived(g *Snapshot) int {
	count := map[string]int{}
	best := 0
	for _, s := range g.Signals() {
		if s.To != "" {
			count[s.To]++
			best = max(best, count[s.To])
		}
	}
	return best
}
