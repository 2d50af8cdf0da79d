package devnet

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/distributedtown/dito-graph/taxonomy"
)

// TestSkillSetsFollowTownSpecialisation draws many members for towns of
// each template and checks the shape the simulator promises: valid,
// distinct skills; towns leaning to their template's category; a skewed
// global popularity with rare skills.
func TestSkillSetsFollowTownSpecialisation(t *testing.T) {
	const seed, chainID, members = 7, 137, 3000
	global := popularity(seed)
	rng := rand.New(rand.NewPCG(1, 2))
	var overall [taxonomy.Count]int
	for _, tc := range []struct {
		tpl  Template
		lean int // category the town should lean to; -1: any
	}{
		{TemplateOpenSource, taxonomy.DLTBlockchain},
		{TemplateArt, taxonomy.ArtLifestyle},
		{TemplateLocal, taxonomy.LocalCommunity},
		{TemplateOther, -1},
	} {
		profile := townProfile(seed, chainID, uint64(tc.tpl), tc.tpl, global)
		var perCategory [taxonomy.NumCategories]int
		total := 0
		for range members {
			set := drawSkillSet(rng, &profile)
			if set[0].Level == 0 {
				t.Fatalf("%s: first slot empty: %v", tc.tpl, set)
			}
			seen := map[uint8]bool{}
			for _, sk := range set {
				if sk.Level == 0 {
					if sk.ID != 0 {
						t.Fatalf("%s: empty slot with id %d", tc.tpl, sk.ID)
					}
					continue
				}
				if sk.Level > 10 || int(sk.ID) >= taxonomy.Count || seen[sk.ID] {
					t.Fatalf("%s: bad skill set %v", tc.tpl, set)
				}
				seen[sk.ID] = true
				perCategory[taxonomy.CategoryOf(int(sk.ID))]++
				overall[sk.ID]++
				total++
			}
		}
		if tc.lean >= 0 && perCategory[tc.lean]*2 < total {
			t.Errorf("%s town: %d of %d skills in category %d, want a majority", tc.tpl, perCategory[tc.lean], total, tc.lean)
		}
	}
	counts := slices.Clone(overall[:])
	slices.Sort(counts)
	if counts[0]*10 > counts[len(counts)-1] {
		t.Errorf("rarest skill drawn %d times, commonest %d: want at least 10x skew", counts[0], counts[len(counts)-1])
	}

	a := townProfile(seed, chainID, 10, TemplateArt, global)
	b := townProfile(seed, chainID, 11, TemplateArt, global)
	if a == b {
		t.Error("two Art towns got the same profile")
	}
	if townProfile(seed, chainID, 10, TemplateArt, global) != a {
		t.Error("a town's profile is not reproducible")
	}
}

func TestPoissonMean(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, mean := range []float64{0.5, 4, 50} {
		const n = 20000
		sum := 0
		for range n {
			sum += poisson(rng, mean)
		}
		if got := float64(sum) / n; got < mean*0.95 || got > mean*1.05 {
			t.Errorf("poisson(%g) averages %g", mean, got)
		}
	}
	if poisson(rng, 0) != 0 {
		t.Error("poisson(0) != 0")
	}
}
