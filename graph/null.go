package graph

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"sync"

	"gonum.org/v1/gonum/stat/distuv"
)

// nullModel holds, per baseline rate and town size, the sorted varieties of
// random towns whose holders are drawn independently as
// x_s ~ Binomial(M, h_s), the same null the lack and excess tests use. Each
// (rate, size) is drawn once per Snapshot with its own seed, so results do
// not depend on which were asked for first.
type nullModel struct {
	base  *baseline
	draws int
	seed  uint64

	mu    sync.Mutex
	sizes map[nullKey][]float64 // sorted varieties
}

type nullKey struct{ rate, size int }

func newNullModel(base *baseline, draws int, seed uint64) *nullModel {
	return &nullModel{base: base, draws: draws, seed: seed, sizes: map[nullKey][]float64{}}
}

// nullBucket maps a member count to the size whose null distribution is
// used. Sizes up to 64 are exact; above, sizes within 5% share a
// distribution (the variety of large random towns barely moves with size),
// which bounds the work at a few hundred sizes whatever the network holds.
func nullBucket(m int) int {
	if m <= 64 {
		return m
	}
	b := math.Floor(math.Log(float64(m)/64) / math.Log(1.05))
	return int(math.Round(64 * math.Pow(1.05, b+0.5)))
}

// prepare draws the distributions the towns need, in parallel.
func (nm *nullModel) prepare(ctx context.Context, workers int, towns []Town) error {
	seen := map[nullKey]bool{}
	var todo []nullKey
	for i := range towns {
		if towns[i].Members <= 0 {
			continue
		}
		k := nullKey{nm.base.key(towns[i].Template), nullBucket(towns[i].Members)}
		if !seen[k] {
			seen[k] = true
			todo = append(todo, k)
		}
	}
	slices.SortFunc(todo, func(a, b nullKey) int {
		if a.rate != b.rate {
			return cmpInt(a.rate, b.rate)
		}
		return a.size - b.size
	})
	out := make([][]float64, len(todo))
	err := parallelFor(ctx, workers, len(todo), func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = nm.draw(todo[i])
		}
	})
	if err != nil {
		return err
	}
	nm.mu.Lock()
	for i, b := range todo {
		nm.sizes[b] = out[i]
	}
	nm.mu.Unlock()
	return nil
}

// draw returns the sorted varieties of nm.draws random towns of size k.size
// drawn from rate k.rate.
func (nm *nullModel) draw(k nullKey) []float64 {
	m, h := k.size, nm.base.rateOf(k.rate)
	rng := rand.New(rand.NewPCG(nm.seed^uint64(k.rate)*0xbf58476d1ce4e5b9, uint64(m)*0x9e3779b97f4a7c15+1))
	// Inverse-CDF sampling from a table per skill: one uniform and a
	// binary search per draw, where distuv.Binomial.Rand allocates a
	// generator per call.
	var cdf [NumSkills][]float64
	for s := range cdf {
		if h[s] > 0 {
			cdf[s] = binomialCDFTable(m, h[s])
		}
	}
	vs := make([]float64, 0, nm.draws)
	var x [NumSkills]int
	for range nm.draws {
		// A real town has at least one holding; redraw empty towns a few
		// times (they are rare unless h is tiny) and count them as V=0.
		total := 0
		for try := 0; try < 8 && total == 0; try++ {
			for s := range x {
				x[s] = 0
				if t := cdf[s]; t != nil {
					u := rng.Float64()
					x[s] = min(m, sort.Search(len(t), func(c int) bool { return t[c] > u }))
				}
				total += x[s]
			}
		}
		var v float64
		if total > 0 {
			h, _, _ := entropyParts(&x, total)
			v = clamp01(h / ln36)
		}
		vs = append(vs, v)
	}
	slices.Sort(vs)
	return vs
}

// binomialCDFTable returns P(X <= c) for c = 0..m, X ~ Binomial(m, p),
// cut where it reaches 1 so tables of large towns stay short.
func binomialCDFTable(m int, p float64) []float64 {
	d := distuv.Binomial{N: float64(m), P: p}
	out := make([]float64, 0, m+1)
	for c := 0; c <= m; c++ {
		v := d.CDF(float64(c))
		out = append(out, v)
		if v >= 1-1e-15 {
			break
		}
	}
	return out
}

// percentile returns 100 * (#{V_null < v} + #{V_null == v}/2) / draws for
// towns of m members tested against rate key.
func (nm *nullModel) percentile(key, m int, v float64) float64 {
	k := nullKey{key, nullBucket(m)}
	nm.mu.Lock()
	vs, ok := nm.sizes[k]
	nm.mu.Unlock()
	if !ok {
		vs = nm.draw(k)
		nm.mu.Lock()
		nm.sizes[k] = vs
		nm.mu.Unlock()
	}
	// Towns with the same shares in a different skill order sum their
	// entropy terms in another order, so ties are equal up to 1e-12.
	const tie = 1e-12
	lo := sort.SearchFloat64s(vs, v-tie)
	hi := sort.Search(len(vs), func(i int) bool { return vs[i] > v+tie })
	return 100 * (float64(lo) + float64(hi-lo)/2) / float64(len(vs))
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
