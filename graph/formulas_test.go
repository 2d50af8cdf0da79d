package graph

import (
	"context"
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/stat/distuv"
)

func holders(pairs ...int) [NumSkills]int {
	var x [NumSkills]int
	for k := 0; k < len(pairs); k += 2 {
		x[pairs[k]] = pairs[k+1]
	}
	return x
}

func TestEntropyChainRuleParts(t *testing.T) {
	ln36 := math.Log(36)
	cases := []struct {
		name  string
		x     [NumSkills]int
		parts [3]float64
	}{
		{"one skill", holders(0, 5), [3]float64{0, 0, 0}},
		// Two skills of one subcategory: only the skill level varies.
		{"two skills one subcategory", holders(0, 1, 1, 1), [3]float64{0, 0, math.Ln2 / ln36}},
		// Two subcategories of one category.
		{"two subcategories", holders(0, 1, 4, 1), [3]float64{0, math.Ln2 / ln36, 0}},
		// Two categories.
		{"two categories", holders(0, 1, 12, 1), [3]float64{math.Ln2 / ln36, 0, 0}},
		// Every skill once: each level is uniform, V = 1 with the weights
		// ln3/ln36, ln3/ln36, ln4/ln36.
		{"uniform", func() [NumSkills]int {
			var x [NumSkills]int
			for s := range x {
				x[s] = 2
			}
			return x
		}(), PartWeights},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			total := 0
			for _, v := range c.x {
				total += v
			}
			h, parts, _ := entropyParts(&c.x, total)
			for k := range parts {
				if !near(parts[k], c.parts[k]) {
					t.Errorf("parts = %v, want %v", parts, c.parts)
				}
			}
			if !near(parts[0]+parts[1]+parts[2], h/ln36) {
				t.Errorf("parts sum %v != V %v", parts[0]+parts[1]+parts[2], h/ln36)
			}
		})
	}
	if !near(PartWeights[0], 0.30657) && math.Abs(PartWeights[0]-0.30657) > 1e-5 {
		t.Errorf("PartWeights = %v", PartWeights)
	}
}

func TestScarcityScoreRange(t *testing.T) {
	cases := []struct {
		name  string
		town  Town
		score int
	}{
		{"one skill scores 100", Town{ID: "x", Members: 3, Holders: holders(5, 3), Capacity: capOf(holders(5, 3))}, 100},
		{"all 36 skills evenly score 0", func() Town {
			var x [NumSkills]int
			for s := range x {
				x[s] = 1
			}
			return Town{ID: "x", Members: 12, Holders: x, Capacity: capOf(x)}
		}(), 0},
	}
	for _, c := range cases {
		sc := scarcityOf(&c.town, TemplateCategory)
		if sc.NoData || sc.Score != c.score {
			t.Errorf("%s: %+v", c.name, sc)
		}
	}
}

// capOf gives every holder level 5.
func capOf(x [NumSkills]int) [NumSkills]float64 {
	var y [NumSkills]float64
	for s, v := range x {
		y[s] = 0.5 * float64(v)
	}
	return y
}

func TestLegacyScoreByHand(t *testing.T) {
	// Template 2 is the local community: category 0 (skills 0..11).
	// Three members hold skills 0, 1 (local) and 30 (art): unique 2 of 3
	// distinct, variety = 2/3 * 3/4 = 0.5, legacy = 50 - 20 = 30.
	x := holders(0, 2, 1, 1, 30, 1)
	got, ok := legacyScore(&x, 0, 3)
	if !ok || got != 30 {
		t.Errorf("legacy = %d, %v; want 30", got, ok)
	}
	// floor: 1 of 3 local skills, 5 members: 1/3*5/4*100 = 41.67 -> 41 - 20.
	x = holders(0, 1, 13, 1, 30, 1)
	if got, _ := legacyScore(&x, 0, 5); got != 21 {
		t.Errorf("legacy = %d, want 21", got)
	}
	if _, ok := legacyScore(&[NumSkills]int{}, 0, 0); ok {
		t.Error("legacy of an empty town is defined")
	}
	if _, ok := TemplateCategory(7); ok {
		t.Error("template 7 has a category")
	}
}

func TestBenjaminiHochbergByHand(t *testing.T) {
	var p [NumSkills]float64
	for s := range p {
		p[s] = 1
	}
	p[3], p[7], p[9] = 0.001, 0.01, 0.002
	q := benjaminiHochberg(&p)
	// Ranks: 3 (0.001), 9 (0.002), 7 (0.01). q_(3) = 36*0.01/3 = 0.12,
	// q_(2) = min(36*0.002/2, 0.12) = 0.036, q_(1) = min(0.036, 0.036).
	if !near(q[3], 0.036) || !near(q[9], 0.036) || !near(q[7], 0.12) || q[0] != 1 {
		t.Errorf("q = %v %v %v %v", q[3], q[9], q[7], q[0])
	}
	// Ties rank by skill id: 3, 7 (both 0.001), 9. q_(3) = 36*0.002/3 =
	// 0.024, q_(2) = min(36*0.001/2, 0.024) = 0.018 = q_(1).
	p[7] = 0.001
	q = benjaminiHochberg(&p)
	if !near(q[3], 0.018) || !near(q[7], 0.018) || !near(q[9], 0.024) {
		t.Errorf("tied q = %v %v", q[3], q[7])
	}
}

func TestBinomialTailsMatchClosedForms(t *testing.T) {
	// Lack at x = 0 is (1-h)^M; excess at x = M is h^M; excess at x is
	// the upper tail of the same binomial.
	town := Town{ID: "t", Members: 12, Holders: holders(0, 12, 1, 0, 2, 9), Capacity: capOf(holders(0, 12, 1, 0, 2, 9))}
	var h [NumSkills]float64
	h[0], h[1], h[2] = 0.3, 0.4, 0.5
	tt := testTown(&town, &h)
	if !near(tt.excessP[0], math.Pow(0.3, 12)) {
		t.Errorf("excess p = %v, want 0.3^12", tt.excessP[0])
	}
	if !near(tt.lackP[1], math.Pow(0.6, 12)) {
		t.Errorf("lack p = %v, want 0.6^12", tt.lackP[1])
	}
	if want := 1 - (distuv.Binomial{N: 12, P: 0.5}).CDF(8); !near(tt.excessP[2], want) {
		t.Errorf("excess p(9 of 12) = %v, want %v", tt.excessP[2], want)
	}
	// Untested: E = 0 for lack, x < 2 for excess, x near E.
	if tt.lackP[5] != 1 || tt.excessP[1] != 1 || tt.lackP[2] != 1 {
		t.Errorf("untested p-values = %v %v %v", tt.lackP[5], tt.excessP[1], tt.lackP[2])
	}
}

func TestSurplusAndDeficit(t *testing.T) {
	cases := []struct {
		x, m       int
		h          float64
		sur, defic int
	}{
		{7, 8, 0.5, 2, 0},   // E = 4
		{5, 6, 0.5, 1, 0},   // E = 3
		{3, 6, 0.5, 0, 0},   // E = 3: no spare beyond the one kept
		{0, 10, 0.2, 0, 2},  // E = 2 exactly (10*0.2 is not 2.0000000001)
		{0, 8, 0.2, 0, 2},   // E = 1.6 -> 2
		{1, 3, 0.01, 0, 0},  // E = 0.03 -> 1, holds 1
		{0, 0, 0.5, 0, 0},   // empty town
		{9, 10, 0.05, 7, 0}, // E = 0.5 -> 1
	}
	for _, c := range cases {
		if s, d := surplus(c.x, c.m, c.h), deficit(c.x, c.m, c.h); s != c.sur || d != c.defic {
			t.Errorf("x=%d M=%d h=%v: surplus %d deficit %d, want %d %d", c.x, c.m, c.h, s, d, c.sur, c.defic)
		}
	}
	// Noise: (6 + 20*0.2)/(30+20) times 10 must read as 2.
	if d := deficit(0, 10, (6+20*0.2)/(30+20)); d != 2 {
		t.Errorf("deficit with noisy rate = %d, want 2", d)
	}
}

func TestEmptyIsolatedAndOneMemberTowns(t *testing.T) {
	towns := exampleTowns(t)
	empty := Town{ID: "5-0xempty", Chain: 5}
	// Gaming (35) is held by nobody else: no overlap, so no edge.
	isolated, err := NewTown("5-0xisolated", 5, 1, [][]Skill{{{ID: 35, Level: 3}}, {{ID: 35, Level: 4}}})
	if err != nil {
		t.Fatal(err)
	}
	one, err := NewTown("5-0xone", 5, 0, [][]Skill{{{ID: exSmartContracts, Level: 9}, {ID: exBackend, Level: 2}}})
	if err != nil {
		t.Fatal(err)
	}
	g, err := Build(context.Background(), append(towns, empty, isolated, one), Options{})
	if err != nil {
		t.Fatal(err)
	}
	e, _ := g.Town(empty.ID)
	if !e.Scarcity.NoData || e.Scarcity.Score != -1 || len(e.Neighbours) != 0 || e.District != -1 || len(e.Lacks)+len(e.Excesses) != 0 {
		t.Errorf("empty town = %+v", e)
	}
	iso, _ := g.Town(isolated.ID)
	if iso.Scarcity.NoData || iso.Scarcity.Score != 100 || len(iso.Neighbours) != 0 || iso.District != -1 || !iso.Scarcity.Volatile {
		t.Errorf("isolated town = %+v", iso)
	}
	if r, err := g.Reach(isolated.ID, 10); err != nil || len(r) != 0 {
		t.Errorf("reach from an isolated town = %v, %v", r, err)
	}
	o, _ := g.Town(one.ID)
	if o.Scarcity.NoData || !o.Scarcity.Volatile || o.Scarcity.Members != 1 || len(o.Neighbours) == 0 {
		t.Errorf("one-member town = %+v", o)
	}
	for _, f := range g.Findings() {
		if f.Town == empty.ID {
			t.Errorf("finding on an empty town: %+v", f)
		}
	}
	for _, s := range g.Signals() {
		if s.To == empty.ID || s.To == isolated.ID || s.From == empty.ID {
			t.Errorf("signal touches an empty or isolated town: %+v", s)
		}
	}
	for _, v := range []float64{e.PageRank, iso.PageRank, o.PageRank} {
		if math.IsNaN(v) || v < 0 {
			t.Errorf("PageRank %v", v)
		}
	}
}

func TestNeighbourTiesBreakByLowerID(t *testing.T) {
	// Three identical towns and a fourth: ties at w = 1 order by ID.
	mk := func(id string) Town {
		x := holders(0, 2, 1, 1)
		return Town{ID: id, Members: 2, Holders: x, Capacity: capOf(x)}
	}
	g, err := Build(context.Background(), []Town{mk("c"), mk("a"), mk("b")}, Options{K: 1})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := g.Town("c")
	// c keeps a (tie with b, lower ID); b keeps a; a keeps b; union: c-a, b-a.
	if len(c.Neighbours) != 1 || c.Neighbours[0].ID != "a" {
		t.Errorf("c's neighbours = %+v", c.Neighbours)
	}
	a, _ := g.Town("a")
	if len(a.Neighbours) != 2 || a.Neighbours[0].ID != "b" || a.Neighbours[1].ID != "c" {
		t.Errorf("a's neighbours = %+v", a.Neighbours)
	}
}

func TestRecipientTiesBreakByWeightThenID(t *testing.T) {
	g := buildExample(t, Options{})
	// C's neighbours B and D have the same P_Cj (w = 0.25 each) and the
	// same deficit 2 for Music: the lower ID ranks first, and IDs compare
	// as strings, so "1-0xb" < "137-0xd" ('-' sorts before '3').
	c := g.index["137-0xc"]
	cands := g.neighbourCandidates(c, exMusic, KindExcess)
	if len(cands) != 3 || g.towns[cands[0].j].ID != "1-0xa" || g.towns[cands[1].j].ID != "1-0xb" || g.towns[cands[2].j].ID != "137-0xd" {
		for _, x := range cands {
			t.Logf("%s %v", g.towns[x.j].ID, x.score)
		}
		t.Errorf("candidate order wrong")
	}
	// Equal scores, different weights: the closer town wins, then the ID.
	a, b, d := g.index["1-0xa"], g.index["1-0xb"], g.index["137-0xd"]
	cs := []candidate{{j: a, score: 1, w: 0.3}, {j: d, score: 1, w: 0.6}, {j: b, score: 1, w: 0.3}, {j: b, score: 2, w: 0.1}}
	g.sortCandidates(cs)
	if cs[0].score != 2 || cs[1].j != d || cs[2].j != a || cs[3].j != b {
		t.Errorf("sorted candidates = %+v", cs)
	}
}

func TestInvalidInputIsRejected(t *testing.T) {
	good := exampleTowns(t)[0]
	cases := map[string]func(*Town){
		"empty id":           func(t *Town) { t.ID = "" },
		"holders > members":  func(t *Town) { t.Holders[0] = t.Members + 1; t.Capacity[0] = float64(t.Holders[0]) },
		"negative members":   func(t *Town) { t.Members = -1 },
		"capacity too high":  func(t *Town) { t.Capacity[exSmartContracts] = 100 },
		"capacity NaN":       func(t *Town) { t.Capacity[exSmartContracts] = math.NaN() },
		"skill-less members": func(t *Town) { t.Members += 20; t.Wallets = nil },
		"wallets disagree":   func(t *Town) { t.Wallets = append([]SkillSet(nil), t.Wallets...); t.Wallets[0] = 1 << 30 },
	}
	for name, mutate := range cases {
		town := good
		town.Wallets = append([]SkillSet(nil), good.Wallets...)
		mutate(&town)
		if _, err := Build(context.Background(), []Town{town}, Options{}); !errors.Is(err, ErrInvalidTown) {
			t.Errorf("%s: err = %v, want ErrInvalidTown", name, err)
		}
	}
	if _, err := Build(context.Background(), []Town{good, good}, Options{}); !errors.Is(err, ErrInvalidTown) {
		t.Errorf("duplicate id: err = %v", err)
	}
	if _, err := Build(context.Background(), nil, Options{Alpha: 2}); !errors.Is(err, ErrInvalidOptions) {
		t.Errorf("bad alpha: err = %v", err)
	}
	if _, err := NewTown("x", 1, 0, [][]Skill{{{ID: 40, Level: 1}}}); !errors.Is(err, ErrInvalidTown) {
		t.Errorf("skill 40: err = %v", err)
	}
	if _, err := NewTown("x", 1, 0, [][]Skill{{{ID: 4, Level: 11}}}); !errors.Is(err, ErrInvalidTown) {
		t.Errorf("level 11: err = %v", err)
	}
	g, err := Build(context.Background(), nil, Options{})
	if err != nil || g.Len() != 0 || len(g.Signals()) != 0 {
		t.Errorf("empty network: %v, %d", err, g.Len())
	}
}

func TestBuildHonoursCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, Synthetic(500, 1), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
