package graph

import (
	"math"

	"github.com/distributedtown/dito-graph/taxonomy"
)

// Logarithms of the taxonomy's branching: 3 categories, 3 subcategories per
// category, 4 skills per subcategory, 36 skills.
var (
	ln3  = math.Log(3)
	ln4  = math.Log(4)
	ln36 = math.Log(NumSkills)
)

// PartWeights are the weights of the three normalised conditional entropies
// in the variety V: ln3/ln36, ln3/ln36, ln4/ln36 (0.307, 0.307, 0.387).
var PartWeights = [3]float64{ln3 / ln36, ln3 / ln36, ln4 / ln36}

// VolatileMembers is the member count under which a town's scarcity is
// flagged volatile: one member joining moves its score by tens of points.
const VolatileMembers = 5

// LegacySignalBelow is the legacy score under which the seed prototype
// signalled a town.
const LegacySignalBelow = 48

// Scarcity describes how concentrated a town's skill mix is. All fields are
// zero and Score is -1 when NoData is set.
type Scarcity struct {
	// NoData is set for towns with no member holding a skill: their share
	// vector is 0/0 and they get no score (never 100).
	NoData bool
	// Score is round(100*(1-Variety)), 0 (every skill equally held) to 100
	// (one skill only).
	Score int
	// Variety is V = H/ln36, the Shannon entropy of the skill shares
	// normalised to 0..1.
	Variety float64
	// Parts split Variety by the chain rule into the category, the
	// subcategory-within-category and the skill-within-subcategory parts;
	// they sum to Variety. Parts[k]/PartWeights[k] is the evenness (0..1)
	// at that level.
	Parts [3]float64
	// Entropy is H in nats and EffectiveSkills is e^H, the number of
	// equally held skills that would give the same entropy.
	Entropy         float64
	EffectiveSkills float64
	DistinctSkills  int
	Members         int
	// Percentile is the share (0..100) of random towns of the same size,
	// drawn from the network holding rates, with a variety at most this
	// town's (ties count half). Low means less varied than chance.
	Percentile float64
	// Volatile flags towns with fewer than VolatileMembers members.
	Volatile bool
	// Legacy is the seed prototype's score (see legacyScore); LegacyOK is
	// false when it is undefined (no skills or no template category).
	Legacy   int
	LegacyOK bool
}

// scarcityOf computes everything but Percentile, which needs the null model.
func scarcityOf(t *Town, templateCategory func(int) (int, bool)) Scarcity {
	var total int
	for _, x := range t.Holders {
		total += x
	}
	if total == 0 || t.Members == 0 {
		return Scarcity{NoData: true, Score: -1, Members: t.Members}
	}
	h, parts, distinct := entropyParts(&t.Holders, total)
	v := clamp01(h / ln36)
	sc := Scarcity{
		Score:           int(math.Round(100 * (1 - v))),
		Variety:         v,
		Parts:           parts,
		Entropy:         h,
		EffectiveSkills: math.Exp(h),
		DistinctSkills:  distinct,
		Members:         t.Members,
		Volatile:        t.Members < VolatileMembers,
	}
	if cat, ok := templateCategory(t.Template); ok {
		sc.Legacy, sc.LegacyOK = legacyScore(&t.Holders, cat, t.Members)
	}
	return sc
}

// entropyParts returns H of the shares x_s/total and its chain-rule parts
// divided by ln36 (so they sum to H/ln36).
func entropyParts(x *[NumSkills]int, total int) (h float64, parts [3]float64, distinct int) {
	tot := float64(total)
	var cat [taxonomy.NumCategories]float64
	var sub [taxonomy.NumSubcategories]float64
	for s, c := range x {
		if c == 0 {
			continue
		}
		distinct++
		p := float64(c) / tot
		h -= p * math.Log(p)
		cat[taxonomy.CategoryOf(s)] += p
		sub[taxonomy.SubcategoryOf(s)] += p
	}
	// H(category).
	var hc float64
	for _, p := range cat {
		if p > 0 {
			hc -= p * math.Log(p)
		}
	}
	// H(subcategory | category) = H(category, subcategory) - H(category),
	// and the subcategory determines the category.
	var hcs float64
	for _, p := range sub {
		if p > 0 {
			hcs -= p * math.Log(p)
		}
	}
	parts[0] = hc / ln36
	parts[1] = (hcs - hc) / ln36
	parts[2] = (h - hcs) / ln36
	for k := range parts {
		// Differences of equal sums can come out as -1e-17.
		parts[k] = max(0, parts[k])
	}
	return max(0, h), parts, distinct
}

// legacyScore is the seed prototype's score, kept for comparison:
//
//	variety = (uniqueCategorySkills / totalDistinctSkills) * (members / 4)
//	legacy  = floor(variety * 100) - 20
//
// uniqueCategorySkills is the number of distinct skills of the town's
// template category held by at least one member (the prototype counted the
// skills of the community's category that some member held);
// totalDistinctSkills the number of distinct skills held. It is computed in
// integers (100/4 = 25) so the floor is exact.
func legacyScore(x *[NumSkills]int, category, members int) (int, bool) {
	var unique, distinct int
	for s, c := range x {
		if c == 0 {
			continue
		}
		distinct++
		if taxonomy.CategoryOf(s) == category {
			unique++
		}
	}
	if distinct == 0 {
		return 0, false
	}
	return unique*members*25/distinct - 20, true
}

func clamp01(v float64) float64 { return min(1, max(0, v)) }
