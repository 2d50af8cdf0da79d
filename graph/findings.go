package graph

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/stat/distuv"
)

// Kind is the kind of a finding or signal.
type Kind string

const (
	// KindLack: the town holds skill s significantly less than its size
	// predicts; the signal goes to a neighbour with spare holders.
	KindLack Kind = "LACK"
	// KindExcess: the town holds s significantly more than predicted; the
	// signal goes to a neighbour short of it.
	KindExcess Kind = "EXCESS"
	// KindNoSupplier: a lack for which no reachable town has spare holders
	// (or every candidate already received its cap); To is empty.
	KindNoSupplier Kind = "NO_SUPPLIER"
	// KindRetracted is never produced here: the engine or store marks a
	// stored signal retracted when a reorg removes its cause. It is defined
	// so every layer uses the same spelling.
	KindRetracted Kind = "RETRACTED"
)

// FindingKey identifies an active lack or excess across rounds.
type FindingKey struct {
	Town  string
	Skill int
	Kind  Kind // KindLack or KindExcess
}

// Finding is one significant lack or excess of a skill in a town.
type Finding struct {
	Town  string
	Skill int
	Kind  Kind
	// Holders is x_is, Expected E_is = M_i*h_s, RCA (x_is+1)/(E_is+1).
	Holders  int
	Expected float64
	RCA      float64
	// PValue is P(X <= x_is) for a lack and P(X >= x_is) for an excess,
	// X ~ Binomial(M_i, h_s); QValue is its Benjamini-Hochberg adjusted
	// value across the town's 36 skills.
	PValue float64
	QValue float64
	// Held is set when the finding stays active only by hysteresis
	// (Alpha < QValue <= ClearAlpha).
	Held bool
	// Density is the town's density towards the skill (see
	// Relatedness.Density) under the current relatedness, filled when the
	// finding is read; for lacks, >= 0.5 reads "can grow it inside".
	Density float64
	// Surplus is the town's spare holders max(0, x - ceil(E) - 1) for an
	// excess, Deficit its shortfall max(0, ceil(E) - x) for a lack.
	Surplus int
	Deficit int
}

// Key returns the finding's identity.
func (f Finding) Key() FindingKey { return FindingKey{Town: f.Town, Skill: f.Skill, Kind: f.Kind} }

// surplus is max(0, x - ceil(E) - 1): holders beyond the expected count and
// one spare, so a town is never asked to give away what it needs itself.
func surplus(x, m int, h float64) int {
	return max(0, x-ceilExpected(m, h)-1)
}

// deficit is max(0, ceil(E) - x).
func deficit(x, m int, h float64) int {
	return max(0, ceilExpected(m, h)-x)
}

// ceilExpected is ceil(M*h), forgiving the last-bit noise of rates such as
// (6 + 20*0.2)/(30 + 20): an expected count of 2.0000000000000004 is 2.
func ceilExpected(m int, h float64) int {
	return int(math.Ceil(float64(m)*h - 1e-9))
}

// townTests holds one town's p-values and BH q-values per skill; skills that
// are not tested have p = q = 1.
type townTests struct {
	lackP, lackQ     [NumSkills]float64
	excessP, excessQ [NumSkills]float64
}

// testTown runs the 2*36 binomial tests of one town against holding rates h.
//
// Lack: eligible when E >= 1, p = P(X <= x). Excess: eligible when x >= 2,
// p = P(X >= x), computed as P(Y <= M-x) with Y ~ Binomial(M, 1-h) so tiny
// p-values keep their precision. Where x >= E (lack) or x <= floor(E)
// (excess) the p-value is at least 1/2 (the binomial median lies in
// [floor(E), ceil(E)]); it is left at 1 without calling the CDF, which does
// not change any BH q-value below 1/2.
func testTown(t *Town, h *[NumSkills]float64) townTests {
	var tt townTests
	m := float64(t.Members)
	for s := range NumSkills {
		tt.lackP[s], tt.excessP[s] = 1, 1
		x := float64(t.Holders[s])
		e := m * h[s]
		if e >= 1 && x < e {
			tt.lackP[s] = distuv.Binomial{N: m, P: h[s]}.CDF(x)
		}
		if x >= 2 && x > math.Floor(e) {
			tt.excessP[s] = distuv.Binomial{N: m, P: 1 - h[s]}.CDF(m - x)
		}
	}
	tt.lackQ = benjaminiHochberg(&tt.lackP)
	tt.excessQ = benjaminiHochberg(&tt.excessP)
	return tt
}

// benjaminiHochberg returns the BH adjusted p-values (q-values):
// q_(k) = min_{j >= k} min(1, m * p_(j) / j), ranks by p then skill id.
// Untested skills (p = 1) rank last and get q = 1, so only the tested
// ones are sorted.
func benjaminiHochberg(p *[NumSkills]float64) [NumSkills]float64 {
	var q [NumSkills]float64
	var idx [NumSkills]int
	n := 0
	for s := range NumSkills {
		q[s] = 1
		if p[s] < 1 {
			idx[n] = s
			n++
		}
	}
	tested := idx[:n]
	slices.SortFunc(tested, func(a, b int) int {
		if p[a] != p[b] {
			if p[a] < p[b] {
				return -1
			}
			return 1
		}
		return a - b
	})
	running := 1.0
	for r := n - 1; r >= 0; r-- {
		s := tested[r]
		running = min(running, p[s]*NumSkills/float64(r+1))
		q[s] = running
	}
	return q
}

// findingsOf turns a town's tests into active findings. A key in active was
// active last round and stays so while its q-value is <= clearAlpha.
func findingsOf(t *Town, h *[NumSkills]float64, tt *townTests, alpha, clearAlpha float64,
	active func(FindingKey) bool) []Finding {
	var out []Finding
	m := t.Members
	for s := range NumSkills {
		x := t.Holders[s]
		e := float64(m) * h[s]
		for _, kind := range [2]Kind{KindLack, KindExcess} {
			p, q := tt.lackP[s], tt.lackQ[s]
			if kind == KindExcess {
				p, q = tt.excessP[s], tt.excessQ[s]
			}
			if p >= 1 {
				continue // not eligible or certainly not significant
			}
			held := false
			if q > alpha {
				if q > clearAlpha || !active(FindingKey{Town: t.ID, Skill: s, Kind: kind}) {
					continue
				}
				held = true
			}
			f := Finding{
				Town: t.ID, Skill: s, Kind: kind,
				Holders: x, Expected: e, RCA: (float64(x) + 1) / (e + 1),
				PValue: p, QValue: q, Held: held,
			}
			if kind == KindLack {
				f.Deficit = deficit(x, m, h[s])
			} else {
				f.Surplus = surplus(x, m, h[s])
			}
			out = append(out, f)
		}
	}
	return out
}
