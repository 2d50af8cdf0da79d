package graph

import (
	"context"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
	"testing/quick"
)

// checkInvariants asserts what must hold of any snapshot.
func checkInvariants(t *testing.T, g *Snapshot) {
	t.Helper()
	for i := range int32(len(g.towns)) {
		id := g.towns[i].ID
		var sum, psum float64
		for _, e := range g.adj[i] {
			if e.j == i {
				t.Fatalf("%s has a self-loop", id)
			}
			if !(e.w >= g.opts.MinWeight && e.w <= 1+1e-12) {
				t.Fatalf("w(%s,%s) = %v outside [MinWeight, 1]", id, g.towns[e.j].ID, e.w)
			}
			back := false
			for _, f := range g.adj[e.j] {
				if f.j == i {
					back = f.w == e.w // bitwise: sim sums the same terms in the same order
				}
			}
			if !back {
				t.Fatalf("edge %s-%s is not symmetric", id, g.towns[e.j].ID)
			}
			sum += e.w
			psum += e.w / g.rowSum[i]
		}
		if len(g.adj[i]) > 0 && (math.Abs(psum-1) > 1e-12 || sum != g.rowSum[i]) {
			t.Fatalf("%s: P row sums to %v (row sum %v vs %v)", id, psum, sum, g.rowSum[i])
		}
		sc := g.scar[i]
		if sc.NoData {
			if sc.Score != -1 || len(g.adj[i]) != 0 || len(g.findings[i]) != 0 {
				t.Fatalf("%s: no-data town has score %d, %d edges, %d findings", id, sc.Score, len(g.adj[i]), len(g.findings[i]))
			}
			continue
		}
		if sc.Score < 0 || sc.Score > 100 || math.IsNaN(sc.Variety) || sc.Percentile < 0 || sc.Percentile > 100 {
			t.Fatalf("%s: scarcity %+v out of range", id, sc)
		}
		if p := sc.Parts[0] + sc.Parts[1] + sc.Parts[2]; math.Abs(p-sc.Variety) > 1e-9 {
			t.Fatalf("%s: parts sum %v != variety %v", id, p, sc.Variety)
		}
		for _, f := range g.findings[i] {
			if f.QValue > g.opts.ClearAlpha || f.PValue > f.QValue+1e-15 || math.IsNaN(f.RCA) {
				t.Fatalf("%s: finding %+v", id, f)
			}
		}
	}
	recv := map[string]int{}
	for _, s := range g.Signals() {
		if s.To != "" {
			recv[s.To]++
		}
		if s.Kind != KindNoSupplier && !(s.Probability > 0 && s.Probability <= 1) {
			t.Fatalf("signal %+v has probability %v", s, s.Probability)
		}
	}
	for id, n := range recv {
		if c := g.opts.MaxSignalsPerRecipient; c >= 0 && n > c {
			t.Fatalf("%s receives %d signals, cap %d", id, n, c)
		}
	}
	var pr float64
	for _, v := range g.pagerank {
		pr += v
	}
	if len(g.pagerank) > 0 && math.Abs(pr-1) > 1e-6 {
		t.Fatalf("PageRank sums to %v", pr)
	}
}

func TestPropertiesOnSyntheticNetworks(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		towns := Synthetic(1500, seed)
		// Sprinkle empty and one-member towns.
		towns = append(towns, Town{ID: "0:empty"}, Town{ID: "0:one", Members: 1, Holders: holders(35, 1), Capacity: capOf(holders(35, 1))})
		for _, opts := range []Options{{Seed: seed}, {Seed: seed, Baseline: BaselineNetwork, MaxSignalsPerRecipient: 2, K: 4}} {
			g, err := Build(context.Background(), towns, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, g)
		}
	}
}

func TestScarcityPropertiesQuick(t *testing.T) {
	f := func(raw [NumSkills]uint8, members uint8) bool {
		var town Town
		town.ID = "q"
		for s, v := range raw {
			town.Holders[s] = int(v % 8)
			town.Capacity[s] = 0.5 * float64(town.Holders[s])
		}
		town.Members = 0
		for _, x := range town.Holders {
			town.Members = max(town.Members, x)
		}
		sc := scarcityOf(&town, TemplateCategory)
		if town.Members == 0 {
			return sc.NoData && sc.Score == -1
		}
		v := sc.Parts[0] + sc.Parts[1] + sc.Parts[2]
		return !sc.NoData && sc.Score >= 0 && sc.Score <= 100 && math.Abs(v-sc.Variety) < 1e-9 &&
			sc.Variety >= 0 && sc.Variety <= 1 && near(sc.EffectiveSkills, math.Exp(sc.Entropy))
	}
	if err := quick.Check(f, &quick.Config{MaxCount: 2000, Rand: nil}); err != nil {
		t.Error(err)
	}
}

// snapshotView is everything a caller can read, for equality checks.
type snapshotView struct {
	Towns    []TownReport
	Signals  []Signal
	Findings []Finding
	CSR      *CSR
	Q        float64
}

func viewAll(g *Snapshot) snapshotView {
	v := snapshotView{Signals: g.Signals(), Findings: g.Findings(), CSR: g.CSR(), Q: g.Modularity()}
	for _, id := range g.IDs() {
		r, _ := g.Town(id)
		v.Towns = append(v.Towns, r)
	}
	return v
}

func TestSameInputSameOutputWhateverOrderAndCores(t *testing.T) {
	towns := Synthetic(3000, 11)
	a, err := Build(context.Background(), towns, Options{Seed: 5, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	shuffled := append([]Town(nil), towns...)
	rand.New(rand.NewPCG(9, 9)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	b, err := Build(context.Background(), shuffled, Options{Seed: 5, Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	va, vb := viewAll(a), viewAll(b)
	if !reflect.DeepEqual(va, vb) {
		for k := range va.Towns {
			if !reflect.DeepEqual(va.Towns[k], vb.Towns[k]) {
				t.Fatalf("town %s differs:\n%+v\n%+v", va.Towns[k].ID, va.Towns[k], vb.Towns[k])
			}
		}
		t.Fatal("snapshots differ")
	}
	if len(va.Signals) == 0 || len(va.Findings) == 0 {
		t.Fatal("test network produced no signals")
	}
}

func TestReachPushMatchesPowerIteration(t *testing.T) {
	g, err := Build(context.Background(), Synthetic(2000, 4), Options{WalkTolerance: 1e-12})
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range []int32{0, 17, 999} {
		exact := g.restartWalk(src)
		var total float64
		for _, v := range exact {
			total += v
		}
		if math.Abs(total-1) > 1e-9 {
			t.Errorf("restart walk mass %v", total)
		}
		sc := newScratch(len(g.towns), g.opts.K)
		w := g.newPushWalk(src, sc)
		eps := 1e-6
		w.run(eps)
		w.each(func(j int32, p float64) {
			deg := float64(max(1, len(g.adj[j])))
			// Push estimates undershoot by at most eps*degree.
			if d := exact[j] - p; d < -1e-12 || d > eps*deg+1e-12 {
				t.Errorf("src %d town %d: push %v vs exact %v", src, j, p, exact[j])
			}
		})
		w.release()
		r, err := g.Reach(g.towns[src].ID, 5)
		if err != nil || len(r) == 0 || r[0].Probability < r[len(r)-1].Probability {
			t.Errorf("Reach = %v, %v", r, err)
		}
	}
}
