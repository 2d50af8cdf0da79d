package graph

import "math/bits"

// Relatedness is the skill-skill proximity phi(s,t) = min(P(s|t), P(t|s)) of
// the Product Space (Hidalgo et al., 2007), estimated from how often the two
// skills are held together. phi(s,s) = 1.
type Relatedness [NumSkills][NumSkills]float64

// RelatednessSource says what phi was estimated from.
type RelatednessSource string

const (
	// RelatednessWallets: wallets holding both skills (the default when any
	// town carries Wallets).
	RelatednessWallets RelatednessSource = "wallets"
	// RelatednessTowns: towns over-representing both skills (x_is >= E_is,
	// i.e. RCA >= 1, as the Product Space does for countries) when no
	// wallets are known.
	RelatednessTowns RelatednessSource = "towns"
)

// cooccurrence counts units (wallets or towns) holding each skill and each
// pair of skills; counts can be added and removed for incremental updates.
type cooccurrence struct {
	units int64
	both  [NumSkills][NumSkills]int64 // both[s][s] = units holding s
}

func (c *cooccurrence) add(set SkillSet, sign int64) {
	c.units += sign
	for a := uint64(set); a != 0; a &= a - 1 {
		s := bits.TrailingZeros64(a)
		for b := a; b != 0; b &= b - 1 {
			t := bits.TrailingZeros64(b)
			c.both[s][t] += sign
			if s != t {
				c.both[t][s] += sign
			}
		}
	}
}

// relatedness returns phi(s,t) = C_st / max(C_ss, C_tt), which equals
// min(C_st/C_tt, C_st/C_ss); 0 when either skill is never held.
func (c *cooccurrence) relatedness() Relatedness {
	var phi Relatedness
	for s := range NumSkills {
		phi[s][s] = 1
		for t := range NumSkills {
			if s == t {
				continue
			}
			d := max(c.both[s][s], c.both[t][t])
			if d > 0 {
				phi[s][t] = float64(c.both[s][t]) / float64(d)
			}
		}
	}
	return phi
}

// townPresence is the set of skills a town over-represents against the
// expected counts (x_is >= M_i*h_s, with at least one holder).
func townPresence(t *Town, h *[NumSkills]float64) SkillSet {
	var set SkillSet
	for s, x := range t.Holders {
		if x > 0 && float64(x) >= float64(t.Members)*h[s] {
			set |= 1 << s
		}
	}
	return set
}

// Density is sum_t phi(s,t)*[x_it > 0] / sum_t phi(s,t) over t != s: the
// share of skill s's related skills the town already holds. High density
// means the town can grow s from its own members; low means it must import
// it. It is 0 when s is related to nothing.
func (phi *Relatedness) Density(holders *[NumSkills]int, s int) float64 {
	var num, den float64
	for t := range NumSkills {
		if t == s {
			continue
		}
		den += phi[s][t]
		if holders[t] > 0 {
			num += phi[s][t]
		}
	}
	if den == 0 {
		return 0
	}
	return num / den
}
