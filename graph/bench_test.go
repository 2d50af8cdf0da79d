package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

// Benchmarks for the targets in docs/skill-graph.md (100k towns: full
// build under 10 s and 2 GB, an update of a few towns under 50 ms):
//
//	go test ./graph/ -run '^$' -bench . -benchtime 1x -count 3
//
// Each reports, besides time and allocations, the process CPU time per op
// (the machine is shared, so wall time depends on what else runs), edges
// per town, sampled kNN recall, heap retained by the snapshot, and (with -v)
// the time of each build phase.

var benchSizes = []int{1_000, 10_000, 100_000}

var (
	benchMu    sync.Mutex
	benchTowns = map[int][]Town{}
)

// synthetic caches generated towns across benchmark runs.
func synthetic(n int) []Town {
	benchMu.Lock()
	defer benchMu.Unlock()
	if t, ok := benchTowns[n]; ok {
		return t
	}
	t := Synthetic(n, 42)
	benchTowns[n] = t
	return t
}

// sampledRecall compares the kNN lists of m random towns with brute force.
func sampledRecall(g *Snapshot, m int) float64 {
	rng := rand.New(rand.NewPCG(3, 3))
	n := len(g.towns)
	var sum float64
	var cnt int
	for range m {
		i := int32(rng.IntN(n))
		if g.mask[i] == 0 {
			continue
		}
		r := row{}
		for j := range int32(n) {
			if j != i && g.mask[j] != 0 {
				g.offer(&r, g.opts.K, j, g.sim(i, j))
			}
		}
		if len(r.idx) == 0 {
			continue
		}
		kth := r.w[len(r.w)-1]
		ids, _ := g.knnRow(i)
		hit := 0
		for _, j := range ids {
			if g.sim(i, j) >= kth {
				hit++
			}
		}
		sum += float64(min(hit, len(r.idx))) / float64(len(r.idx))
		cnt++
	}
	return sum / float64(cnt)
}

func retainedMB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapInuse) / (1 << 20)
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("towns=%d", n), func(b *testing.B) {
			towns := synthetic(n)
			base := retainedMB()
			phases := map[string]time.Duration{}
			opts := Options{Seed: 1, Timings: func(p string, d time.Duration) { phases[p] += d }}
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := processCPU()
			var g *Snapshot
			for range b.N {
				var err error
				if g, err = Build(context.Background(), towns, opts); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64((processCPU()-cpu0).Milliseconds())/float64(b.N), "cpu-ms/op")
			edges := 0
			for i := range g.adj {
				edges += len(g.adj[i])
			}
			b.ReportMetric(float64(edges)/float64(n), "edges/town")
			b.ReportMetric(retainedMB()-base, "MB-retained")
			b.ReportMetric(sampledRecall(g, min(n, 300)), "recall")
			b.ReportMetric(float64(len(g.Signals())), "signals")
			for _, p := range slices.Sorted(func(yield func(string) bool) {
				for k := range phases {
					if !yield(k) {
						return
					}
				}
			}) {
				b.Logf("%-28s %8.1f ms/op", p, float64(phases[p].Microseconds())/1000/float64(b.N))
			}
			runtime.KeepAlive(g)
		})
	}
}

// BenchmarkUpdate times an Update of five towns: on even ops five random
// towns each gain a member with two random skills, and the next op puts
// those same towns back as they were, so the holding rate stays within the
// drift bound and no op falls back to a rebuild (the "rebuilds" metric
// says if one did).
func BenchmarkUpdate(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("towns=%d", n), func(b *testing.B) {
			towns := synthetic(n)
			g, err := Build(context.Background(), towns, Options{Seed: 1})
			if err != nil {
				b.Fatal(err)
			}
			rng := rand.New(rand.NewPCG(7, 7))
			rebuilds, touched := 0, 0
			var cpu time.Duration
			var grown []int // towns the last op changed, to revert
			b.ReportAllocs()
			b.ResetTimer()
			for op := range b.N {
				b.StopTimer()
				var changed []Town
				if op%2 == 0 {
					grown = grown[:0]
					for len(grown) < 5 {
						if i := rng.IntN(n); !slices.Contains(grown, i) {
							grown = append(grown, i)
						}
					}
					for _, i := range grown {
						s1, s2 := rng.IntN(NumSkills), rng.IntN(NumSkills)
						if s1 == s2 {
							s2 = (s1 + 1) % NumSkills
						}
						changed = append(changed, addMember(towns[i], s1, s2))
					}
				} else {
					for _, i := range grown {
						changed = append(changed, towns[i])
					}
				}
				b.StartTimer()
				cpu0 := processCPU()
				ch, err := g.Update(context.Background(), changed)
				cpu += processCPU() - cpu0
				if err != nil {
					b.Fatal(err)
				}
				if ch.Rebuilt {
					rebuilds++
				}
				touched += len(ch.Neighbours)
			}
			b.StopTimer()
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(rebuilds), "rebuilds")
			b.ReportMetric(float64(touched)/float64(b.N), "rows-changed/op")
		})
	}
}
