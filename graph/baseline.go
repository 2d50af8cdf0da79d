package graph

import (
	"math"
	"slices"
)

// Baseline says which holding rate h_s a town's counts are tested against.
type Baseline string

const (
	// BaselineTemplate (the default) compares a town with towns of its own
	// template: h_s|T = (X_sT + c*h_s) / (M_T + c), the template's holding
	// rate shrunk towards the network rate h_s by c = Options.BaselinePrior
	// pseudo-members. Towns are built around their template's category, so
	// against the network rate nearly every town "holds its own category
	// in excess" and "lacks the others"; against its peers a lack is a
	// skill similar towns have and this one does not.
	BaselineTemplate Baseline = "template"
	// BaselineNetwork is the proposal's network-wide rate
	// h_s = sum_i x_is / sum_i M_i for every town.
	BaselineNetwork Baseline = "network"
)

// networkKey is the baseline key of the network rate.
const networkKey = math.MinInt

// rateSums are the counts behind the holding rates, kept up to date by
// Update to measure drift.
type rateSums struct {
	x          [NumSkills]int64
	m          int64
	byTemplate map[int]*templateSum
}

type templateSum struct {
	x [NumSkills]int64
	m int64
}

func newRateSums() *rateSums { return &rateSums{byTemplate: map[int]*templateSum{}} }

func (r *rateSums) add(t *Town, sign int64) {
	ts := r.byTemplate[t.Template]
	if ts == nil {
		ts = &templateSum{}
		r.byTemplate[t.Template] = ts
	}
	for s, x := range t.Holders {
		r.x[s] += sign * int64(x)
		ts.x[s] += sign * int64(x)
	}
	r.m += sign * int64(t.Members)
	ts.m += sign * int64(t.Members)
}

// baseline is the frozen set of rates the tests use.
type baseline struct {
	kind       Baseline
	network    [NumSkills]float64
	byTemplate map[int]*[NumSkills]float64
}

// newBaseline derives the rates from sums; override (Options.HoldingRate)
// replaces the network rate and forces the network baseline. A negative
// prior (Options.BaselinePrior) means none.
func newBaseline(kind Baseline, sums *rateSums, prior float64, override *[NumSkills]float64) *baseline {
	prior = max(0, prior)
	b := &baseline{kind: kind, byTemplate: map[int]*[NumSkills]float64{}}
	if override != nil {
		b.kind, b.network = BaselineNetwork, *override
		return b
	}
	if sums.m > 0 {
		for s := range b.network {
			b.network[s] = min(1, float64(sums.x[s])/float64(sums.m))
		}
	}
	if b.kind != BaselineTemplate {
		return b
	}
	for tpl, ts := range sums.byTemplate {
		var h [NumSkills]float64
		for s := range h {
			if d := float64(ts.m) + prior; d > 0 {
				h[s] = min(1, (float64(ts.x[s])+prior*b.network[s])/d)
			}
		}
		b.byTemplate[tpl] = &h
	}
	return b
}

// key names the rate a template uses (its own, or the network's for the
// network baseline and for templates the baseline has not seen).
func (b *baseline) key(template int) int {
	if _, ok := b.byTemplate[template]; ok && b.kind == BaselineTemplate {
		return template
	}
	return networkKey
}

func (b *baseline) rateOf(key int) *[NumSkills]float64 {
	if key == networkKey {
		return &b.network
	}
	return b.byTemplate[key]
}

func (b *baseline) rate(template int) *[NumSkills]float64 { return b.rateOf(b.key(template)) }

// drift is the largest absolute difference between two baselines' rates
// for any key of b.
func (b *baseline) drift(other *baseline) float64 {
	var d float64
	keys := []int{networkKey}
	for k := range b.byTemplate {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		x, y := b.rateOf(k), other.rate(k)
		if k == networkKey {
			y = &other.network
		}
		for s := range x {
			d = max(d, math.Abs(x[s]-y[s]))
		}
	}
	return d
}
