package graph

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/distributedtown/dito-graph/taxonomy"
)

// Synthetic returns n towns with a skewed skill structure, for tests,
// benchmarks and demos; the same (n, seed) always gives the same towns.
//
// Town sizes are log-normal (median 6, mean about 10 members, a long tail
// into the hundreds), so 100k towns hold about a million wallets. Skill
// popularity is Zipf-like within each category; a town favours its
// template's category six to one, about one in ten towns also specialises
// in one subcategory, and each town's taste is the popularity times
// log-normal noise of a town-specific spread (broad and narrow towns).
// Each member holds one to three distinct skills (25/35/40%) drawn from the
// town's taste, at levels 1..10 peaking around 5. Towns spread over four
// chain ids (1, 30, 100, 137).
func Synthetic(n int, seed uint64) []Town {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	var base [NumSkills]float64
	for c := range taxonomy.NumCategories {
		perm := rng.Perm(12)
		for k, r := range perm {
			base[c*12+k] = 1 / math.Pow(float64(r+1), 0.9)
		}
	}
	chains := []uint64{137, 137, 137, 100, 100, 1, 30}
	towns := make([]Town, n)
	var taste [NumSkills]float64
	for i := range towns {
		t := &towns[i]
		t.Chain = chains[rng.IntN(len(chains))]
		t.Template = rng.IntN(3)
		focal, _ := TemplateCategory(t.Template)
		t.ID = fmt.Sprintf("%d:0x%016x%016x%08x", t.Chain, rng.Uint64(), rng.Uint64(), uint32(i))
		spread := 0.3 + 1.2*rng.Float64()
		niche := -1
		if rng.IntN(10) == 0 {
			niche = rng.IntN(taxonomy.NumSubcategories)
		}
		for s := range taste {
			w := base[s] * math.Exp(spread*rng.NormFloat64())
			if taxonomy.CategoryOf(s) == focal {
				w *= 6
			}
			if taxonomy.SubcategoryOf(s) == niche {
				w *= 5
			}
			taste[s] = w
		}
		members := int(math.Round(math.Exp(1.8 + 1.0*rng.NormFloat64())))
		members = min(2000, max(1, members))
		t.Wallets = make([]SkillSet, 0, members)
		for range members {
			k := 1
			switch r := rng.IntN(100); {
			case r >= 60:
				k = 3
			case r >= 25:
				k = 2
			}
			var set SkillSet
			for range k {
				s := drawSkill(rng, &taste, set)
				set |= 1 << s
				level := 1 + (rng.IntN(10)+rng.IntN(10))/2
				t.Holders[s]++
				t.Capacity[s] += float64(level) / 10
			}
			t.Wallets = append(t.Wallets, set)
		}
		t.Members = members
	}
	return towns
}

// drawSkill draws a skill not in have with probability proportional to
// taste.
func drawSkill(rng *rand.Rand, taste *[NumSkills]float64, have SkillSet) int {
	var total float64
	for s, w := range taste {
		if !have.Has(s) {
			total += w
		}
	}
	u := rng.Float64() * total
	last := 0
	for s, w := range taste {
		if have.Has(s) {
			continue
		}
		last = s
		if u < w {
			return s
		}
		u -= w
	}
	return last
}
