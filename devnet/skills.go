package devnet

import (
	"math"
	"math/rand/v2"

	"github.com/distributedtown/dito-graph/taxonomy"
)

// Skill popularity is skewed on two levels, as in real towns: across the
// chain, a few skills are common and some are rare (a Zipf-like law over a
// seeded ranking); within a town, members cluster in the town's template
// category and in two focus subcategories.

// skillWeights are relative probabilities over the 36 skills.
type skillWeights [taxonomy.Count]float64

// popularity ranks the skills for a seed: weight 1/(rank+1)^0.9, so the
// rarest skill is about 25 times less common than the most common one.
func popularity(seed uint64) skillWeights {
	rng := rand.New(rand.NewPCG(seed, 0x5ec1a1))
	var w skillWeights
	for rank, id := range rng.Perm(taxonomy.Count) {
		w[id] = 1 / math.Pow(float64(rank+1), 0.9)
	}
	return w
}

// templateCategory is the taxonomy category a town of each template leans
// to; Other picks one at random.
func templateCategory(t Template, rng *rand.Rand) int {
	switch t {
	case TemplateOpenSource:
		return taxonomy.DLTBlockchain
	case TemplateArt:
		return taxonomy.ArtLifestyle
	case TemplateLocal:
		return taxonomy.LocalCommunity
	}
	return rng.IntN(taxonomy.NumCategories)
}

// townProfile is the skill mix of one town's members. It is derived from
// (seed, chain, community id) alone, so a simulator that re-reads the chain
// after a reorg gets the same profile back.
func townProfile(seed, chainID, communityID uint64, t Template, global skillWeights) skillWeights {
	rng := rand.New(rand.NewPCG(seed^chainID*0x9e3779b97f4a7c15, communityID))
	main := templateCategory(t, rng)
	focus1 := main*3 + rng.IntN(3)
	focus2 := rng.IntN(taxonomy.NumSubcategories)
	var w skillWeights
	for id := range taxonomy.Count {
		x := global[id] * (0.5 + rng.Float64())
		if taxonomy.CategoryOf(id) == main {
			x *= 6
		}
		if sub := taxonomy.SubcategoryOf(id); sub == focus1 || sub == focus2 {
			x *= 4
		}
		w[id] = x
	}
	return w
}

// drawSkill picks one skill id by weight, skipping those in taken.
func drawSkill(rng *rand.Rand, w *skillWeights, taken map[int]bool) int {
	total := 0.0
	for id, x := range w {
		if !taken[id] {
			total += x
		}
	}
	r := rng.Float64() * total
	last := 0
	for id, x := range w {
		if taken[id] {
			continue
		}
		last = id
		if r < x {
			return id
		}
		r -= x
	}
	return last
}

// drawLevel is 1..10, binomial around 5: most people are intermediate.
func drawLevel(rng *rand.Rand) uint8 {
	l := uint8(1)
	for range 9 {
		if rng.Float64() < 0.45 {
			l++
		}
	}
	return l
}

// drawSkillSet gives a new member 1 (15%), 2 (30%) or 3 (55%) distinct
// skills; empty slots are (0, 0).
func drawSkillSet(rng *rand.Rand, w *skillWeights) [3]SkillSlot {
	n := 3
	switch r := rng.Float64(); {
	case r < 0.15:
		n = 1
	case r < 0.45:
		n = 2
	}
	var set [3]SkillSlot
	taken := map[int]bool{}
	for i := range n {
		id := drawSkill(rng, w, taken)
		taken[id] = true
		set[i] = SkillSlot{ID: uint8(id), Level: drawLevel(rng)}
	}
	return set
}

// poisson draws a Poisson variate (Knuth for small means, a rounded normal
// above 30).
func poisson(rng *rand.Rand, mean float64) int {
	if mean <= 0 {
		return 0
	}
	if mean > 30 {
		return max(0, int(math.Round(mean+math.Sqrt(mean)*rng.NormFloat64())))
	}
	l, k, p := math.Exp(-mean), 0, 1.0
	for {
		p *= rng.Float64()
		if p <= l {
			return k
		}
		k++
	}
}
