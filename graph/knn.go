package graph

import (
	"context"
	"math/bits"
	"slices"
	"sort"
)

// The proximity of towns i and j is w_ij = sum_s min(p_is, p_js), the
// overlap of their skill shares (1 - Bray-Curtis = 1 - L1/2). Each town keeps
// its K best neighbours (weight desc, then lower ID).
//
// Exact kNN compares every pair: 5e9 pairs at 100k towns. Instead:
//
//  1. Seeds from an inverted index over skills. Each skill's posting list
//     holds the towns holding it, sorted by their share of it (then by their
//     top skills, so identical towns are adjacent). A town scores a window
//     of 2K+1 entries around itself in the lists of its three largest-share
//     skills: towns with a similar share of the skills that dominate its
//     mix. The window caps the work of huge posting lists.
//  2. Seeds from random projection trees (rpforest.go): every pair of towns
//     sharing a leaf.
//  3. Refinement: a neighbour of a neighbour is likely a neighbour
//     (NN-descent, Dong et al. 2011). Each round every town scores the
//     forward and reverse neighbours of its forward and reverse neighbours,
//     skipping pairs where neither link is new since the last round.
//
// The search keeps 3K candidates per town scored on shares quantised to
// 16 bits (80 bytes a town instead of 288 plus a mask, in an order where
// neighbours sit close in memory: the refinement is bound by random
// accesses), then re-scores those 3K exactly and keeps the K best. Only
// recall is approximate: the weights and order of the kept neighbours are
// exact. TestKNNRecallAgainstBruteForce holds recall at >= 0.99 on 10k skewed
// towns; searching only K deep plateaus near 0.9 on that data.

// postingTop is how many of a town's largest-share skills seed candidates.
const postingTop = 3

// sim is w_ij. It sums over common skills in ascending skill order, so
// sim(i,j) and sim(j,i) are bitwise equal.
func (g *Snapshot) sim(i, j int32) float64 {
	pi, pj := &g.p[i], &g.p[j]
	var w float64
	for m := g.mask[i] & g.mask[j]; m != 0; m &= m - 1 {
		s := bits.TrailingZeros64(m)
		w += min(pi[s], pj[s])
	}
	return w
}

// shareScale quantises shares for the candidate search.
const shareScale = 65535

// better orders neighbours: higher weight, then lower town ID. Build
// numbers towns in ID order, so the index decides until Update appends a
// town out of order.
func (g *Snapshot) better(wa float64, a int32, wb float64, b int32) bool {
	if wa != wb {
		return wa > wb
	}
	if g.ordered {
		return a < b
	}
	return g.towns[a].ID < g.towns[b].ID
}

// row is one town's bounded, sorted neighbour list under construction.
type row struct {
	idx []int32
	w   []float64
}

// offer inserts (j, w) if it beats the worst entry or the row is not full.
func (g *Snapshot) offer(r *row, k int, j int32, w float64) bool {
	n := len(r.idx)
	if n == k && !g.better(w, j, r.w[n-1], r.idx[n-1]) {
		return false
	}
	pos := n
	for pos > 0 && g.better(w, j, r.w[pos-1], r.idx[pos-1]) {
		pos--
	}
	if n < k {
		r.idx = append(r.idx, 0)
		r.w = append(r.w, 0)
	}
	copy(r.idx[pos+1:], r.idx[pos:len(r.idx)-1])
	copy(r.w[pos+1:], r.w[pos:len(r.w)-1])
	r.idx[pos], r.w[pos] = j, w
	return true
}

// scratch is per-worker state: a visit stamp per town and buffers.
type scratch struct {
	stamp []uint32
	cur   uint32
	r     row
	buf   []int32
	// push-walk buffers (walk.go)
	est, res []float64
	touched  []int32
	queue    []int32
	inQueue  []bool
}

// scratchFor returns the snapshot's reusable scratch w (grown to the
// current number of towns). Only Build and Update use them, and those are
// never concurrent with each other.
func (g *Snapshot) scratchFor(w int) *scratch {
	for len(g.scratch) <= w {
		g.scratch = append(g.scratch, newScratch(len(g.towns), g.opts.K))
	}
	sc := g.scratch[w]
	sc.grow(len(g.towns))
	return sc
}

func newScratch(n, k int) *scratch {
	return &scratch{stamp: make([]uint32, n), r: row{idx: make([]int32, 0, k), w: make([]float64, 0, k)}}
}

// next starts a new visit generation.
func (sc *scratch) next() {
	sc.cur++
	if sc.cur == 0 {
		clear(sc.stamp)
		sc.cur = 1
	}
}

func (sc *scratch) visit(j int32) bool {
	if sc.stamp[j] == sc.cur {
		return false
	}
	sc.stamp[j] = sc.cur
	return true
}

func (sc *scratch) grow(n int) {
	if len(sc.stamp) < n {
		sc.stamp = append(sc.stamp, make([]uint32, n-len(sc.stamp))...)
	}
	if sc.est != nil && len(sc.est) < n {
		// Walk buffers are all zero between walks; extend them with zeros.
		sc.est = append(sc.est, make([]float64, n-len(sc.est))...)
		sc.res = append(sc.res, make([]float64, n-len(sc.res))...)
		sc.inQueue = append(sc.inQueue, make([]bool, n-len(sc.inQueue))...)
	}
}

// topSkills returns up to postingTop skills of town i with the largest
// shares (ties by skill id).
func (g *Snapshot) topSkills(i int32) []int {
	var top [postingTop]int
	n := 0
	for m := g.mask[i]; m != 0; m &= m - 1 {
		s := bits.TrailingZeros64(m)
		pos := n
		for pos > 0 && g.p[i][s] > g.p[i][top[pos-1]] {
			pos--
		}
		if pos >= postingTop {
			continue
		}
		if n < postingTop {
			n++
		}
		copy(top[pos+1:n], top[pos:n-1])
		top[pos] = s
	}
	return top[:n]
}

// profileOf packs a town's four largest-share skills (6 bits each), the
// secondary key of the posting lists: towns with the same leading skills
// sit together, identical towns next to each other.
func (g *Snapshot) profileOf(i int32) uint64 {
	var top [4]int
	var n int
	for m := g.mask[i]; m != 0; m &= m - 1 {
		s := bits.TrailingZeros64(m)
		pos := n
		for pos > 0 && g.p[i][s] > g.p[i][top[pos-1]] {
			pos--
		}
		if pos >= 4 {
			continue
		}
		if n < 4 {
			n++
		}
		copy(top[pos+1:n], top[pos:n-1])
		top[pos] = s
	}
	var key uint64
	for r := range 4 {
		key <<= 6
		if r < n {
			key |= uint64(top[r]) + 1
		}
	}
	return key
}

// postingLess orders posting list s: share desc, profile, index.
func (g *Snapshot) postingLess(s int, a, b int32) bool {
	pa, pb := g.p[a][s], g.p[b][s]
	if pa != pb {
		return pa > pb
	}
	if g.profile[a] != g.profile[b] {
		return g.profile[a] < g.profile[b]
	}
	return a < b
}

// buildPostings fills the 36 posting lists from scratch.
func (g *Snapshot) buildPostings(ctx context.Context) error {
	for s := range NumSkills {
		g.post[s] = g.post[s][:0]
	}
	for i := range int32(len(g.towns)) {
		for m := g.mask[i]; m != 0; m &= m - 1 {
			s := bits.TrailingZeros64(m)
			g.post[s] = append(g.post[s], i)
		}
	}
	return parallelFor(ctx, g.opts.Workers, NumSkills, func(_, lo, hi int) {
		for s := lo; s < hi; s++ {
			slices.SortFunc(g.post[s], func(a, b int32) int {
				switch {
				case a == b:
					return 0
				case g.postingLess(s, a, b):
					return -1
				}
				return 1
			})
		}
	})
}

// postingPos is where town i sits (or would sit) in posting list s.
func (g *Snapshot) postingPos(s int, i int32) int {
	l := g.post[s]
	return sort.Search(len(l), func(q int) bool { return !g.postingLess(s, l[q], i) })
}

func (g *Snapshot) postingInsert(s int, i int32) {
	q := g.postingPos(s, i)
	g.post[s] = slices.Insert(g.post[s], q, i)
}

func (g *Snapshot) postingRemove(s int, i int32) {
	q := g.postingPos(s, i)
	if q < len(g.post[s]) && g.post[s][q] == i {
		g.post[s] = slices.Delete(g.post[s], q, q+1)
		return
	}
	// The key changed under us; fall back to a scan so the list stays
	// consistent whatever happened.
	if q = slices.Index(g.post[s], i); q >= 0 {
		g.post[s] = slices.Delete(g.post[s], q, q+1)
	}
}

// lists are fixed-width neighbour lists, width slots per town.
type lists struct {
	width int
	idx   []int32
	w     []float64
	n     []uint8
	fresh []bool // entry appeared in the last round
}

func newLists(n, width int) *lists {
	return &lists{width: width, idx: make([]int32, n*width), w: make([]float64, n*width),
		n: make([]uint8, n), fresh: make([]bool, n*width)}
}

func (l *lists) row(i int32) ([]int32, []float64) {
	off := int(i) * l.width
	return l.idx[off : off+int(l.n[i])], l.w[off : off+int(l.n[i])]
}

func (l *lists) set(i int32, r *row) {
	off := int(i) * l.width
	copy(l.idx[off:off+l.width], r.idx)
	copy(l.w[off:off+l.width], r.w)
	l.n[i] = uint8(len(r.idx))
}

// knnRow returns town i's final list.
func (g *Snapshot) knnRow(i int32) ([]int32, []float64) {
	k, n := g.opts.K, int(g.knnLen[i])
	off := int(i) * k
	return g.knnIdx[off : off+n], g.knnW[off : off+n]
}

func (g *Snapshot) setKNNRow(i int32, r *row) {
	k := g.opts.K
	off := int(i) * k
	copy(g.knnIdx[off:off+k], r.idx)
	copy(g.knnW[off:off+k], r.w)
	g.knnLen[i] = uint8(len(r.idx))
}

// searchWidth is the width of the candidate lists: 3K, at most 255.
func (g *Snapshot) searchWidth() int { return min(255, 3*g.opts.K) }

// knnSearch runs the candidate search in a local numbering: towns with
// data, in the leaf order of the first projection tree. Neighbours then
// sit close in memory, which is what the random accesses of the refinement
// are bound by (about 3x faster than town order at 100k towns).
type knnSearch struct {
	g     *Snapshot
	width int
	glob  []int32 // local -> town
	loc   []int32 // town -> local, -1 without data
	rows  []qrow
	buf   struct { // reused by every refinement round
		off, idx, fill, outOff, out, freshOff, freshIdx []int32
		w                                               []float64
		fresh, outFresh                                 []bool
		order                                           []int
	}
}

type qrow struct {
	mask uint64
	q    [NumSkills]uint16
}

func (s *knnSearch) sim(a, b int32) float64 {
	ra, rb := &s.rows[a], &s.rows[b]
	var w uint32
	for m := ra.mask & rb.mask; m != 0; m &= m - 1 {
		k := bits.TrailingZeros64(m)
		w += uint32(min(ra.q[k], rb.q[k]))
	}
	return float64(w)
}

func (s *knnSearch) better(wa float64, a int32, wb float64, b int32) bool {
	if wa != wb {
		return wa > wb
	}
	return s.g.better(wa, s.glob[a], wb, s.glob[b])
}

// offer is Snapshot.offer in local numbering.
func (s *knnSearch) offer(r *row, j int32, w float64) {
	n, k := len(r.idx), s.width
	if n == k && !s.better(w, j, r.w[n-1], r.idx[n-1]) {
		return
	}
	pos := n
	for pos > 0 && s.better(w, j, r.w[pos-1], r.idx[pos-1]) {
		pos--
	}
	if n < k {
		r.idx = append(r.idx, 0)
		r.w = append(r.w, 0)
	}
	copy(r.idx[pos+1:], r.idx[pos:len(r.idx)-1])
	copy(r.w[pos+1:], r.w[pos:len(r.w)-1])
	r.idx[pos], r.w[pos] = j, w
}

// offerList offers b to a's list in l unless it is there already.
func (s *knnSearch) offerList(l *lists, a, b int32, w float64) {
	off, n := int(a)*l.width, int(l.n[a])
	idx, ws := l.idx[off:off+l.width], l.w[off:off+l.width]
	if n == l.width && !s.better(w, b, ws[n-1], idx[n-1]) {
		return
	}
	if slices.Contains(idx[:n], b) {
		return
	}
	pos := n
	for pos > 0 && s.better(w, b, ws[pos-1], idx[pos-1]) {
		pos--
	}
	if n < l.width {
		n++
		l.n[a] = uint8(n)
	}
	copy(idx[pos+1:n], idx[pos:n-1])
	copy(ws[pos+1:n], ws[pos:n-1])
	idx[pos], ws[pos] = b, w
}

// buildKNN computes every town's K nearest neighbours.
func (g *Snapshot) buildKNN(ctx context.Context, phase func(string)) error {
	n, k := len(g.towns), g.opts.K
	g.knnIdx = make([]int32, n*k)
	g.knnW = make([]float64, n*k)
	g.knnLen = make([]uint8, n)
	forest, err := g.buildRPForest(ctx, rpTrees)
	if err != nil {
		return err
	}
	phase("knn: projection trees")
	s := &knnSearch{g: g, width: g.searchWidth(), loc: make([]int32, n)}
	for i := range s.loc {
		s.loc[i] = -1
	}
	s.glob = forest[0].perm
	s.rows = make([]qrow, len(s.glob))
	for l, i := range s.glob {
		s.loc[i] = int32(l)
		s.rows[l] = qrow{mask: g.mask[i], q: g.q[i]}
	}
	m, width := len(s.glob), s.width
	cur, next := newLists(m, width), newLists(m, width)
	scr := make([]*scratch, g.opts.Workers)
	for w := range scr {
		scr[w] = newScratch(m, width)
	}

	// Seeds: posting windows per town, then every pair within each leaf of
	// each projection tree. A tree's leaves hold disjoint towns, so leaves
	// fill their towns' lists in parallel; the kept set is the best
	// `width` of everything offered, whatever the order.
	err = parallelFor(ctx, g.opts.Workers, m, func(w, lo, hi int) {
		sc := scr[w]
		for a := int32(lo); a < int32(hi); a++ {
			i := s.glob[a]
			sc.next()
			sc.visit(a)
			sc.r.idx, sc.r.w = sc.r.idx[:0], sc.r.w[:0]
			for _, sk := range g.topSkills(i) {
				l := g.post[sk]
				q := g.postingPos(sk, i)
				for t := max(0, q-k); t < min(len(l), q+k+1); t++ {
					if b := s.loc[l[t]]; b >= 0 && sc.visit(b) {
						s.offer(&sc.r, b, s.sim(a, b))
					}
				}
			}
			cur.set(a, &sc.r)
		}
	})
	if err != nil {
		return err
	}
	for _, t := range forest {
		leaves := t.leaves()
		err := parallelFor(ctx, g.opts.Workers, len(leaves)-1, func(_, lo, hi int) {
			var members []int32
			for f := lo; f < hi; f++ {
				members = members[:0]
				for _, i := range t.perm[leaves[f]:leaves[f+1]] {
					members = append(members, s.loc[i])
				}
				for x, a := range members {
					for _, b := range members[x+1:] {
						w := s.sim(a, b)
						s.offerList(cur, a, b, w)
						s.offerList(cur, b, a, w)
					}
				}
			}
		})
		if err != nil {
			return err
		}
	}
	for t := range cur.fresh {
		cur.fresh[t] = true
	}
	phase("knn: seeds")

	for range max(0, g.opts.KNNRefine) { // negative: no refinement
		revOff, revIdx, revFresh := s.reverseCapped(cur, width)
		// fresh[u] lists u's links (either direction) that appeared last
		// round: through a link that is not fresh itself, only those can
		// lead to a pair not scored before.
		freshOff, freshIdx := s.freshLinks(cur, revOff, revIdx, revFresh)
		changes := make([]int32, m)
		err := parallelFor(ctx, g.opts.Workers, m, func(w, lo, hi int) {
			sc := scr[w]
			for a := int32(lo); a < int32(hi); a++ {
				off := int(a) * width
				sc.next()
				sc.visit(a)
				ids, ws := cur.row(a)
				sc.r.idx = append(sc.r.idx[:0], ids...)
				sc.r.w = append(sc.r.w[:0], ws...)
				for _, j := range ids {
					sc.visit(j)
				}
				expand := func(u int32, uFresh bool) {
					if !uFresh {
						for _, v := range freshIdx[freshOff[u]:freshOff[u+1]] {
							if sc.visit(v) {
								s.offer(&sc.r, v, s.sim(a, v))
							}
						}
						return
					}
					uoff := int(u) * width
					for _, v := range cur.idx[uoff : uoff+int(cur.n[u])] {
						if sc.visit(v) {
							s.offer(&sc.r, v, s.sim(a, v))
						}
					}
					for _, v := range revIdx[revOff[u]:revOff[u+1]] {
						if sc.visit(v) {
							s.offer(&sc.r, v, s.sim(a, v))
						}
					}
				}
				for t, u := range ids {
					expand(u, cur.fresh[off+t])
				}
				for e := revOff[a]; e < revOff[a+1]; e++ {
					expand(revIdx[e], revFresh[e])
				}
				next.set(a, &sc.r)
				for t, j := range sc.r.idx {
					f := !slices.Contains(ids, j)
					next.fresh[off+t] = f
					if f {
						changes[a]++
					}
				}
			}
		})
		if err != nil {
			return err
		}
		cur, next = next, cur
		phase("knn: refinement round")
		var total int
		for _, c := range changes {
			total += int(c)
		}
		// Stop when under 0.1% of the links moved: later rounds would cost a
		// full pass each for almost nothing.
		if total*1000 < m*width {
			break
		}
	}

	// Exact re-ranking of the wide lists down to K, in town numbering.
	defer phase("knn: exact re-rank")
	return parallelFor(ctx, g.opts.Workers, m, func(w, lo, hi int) {
		sc := scr[w]
		for a := int32(lo); a < int32(hi); a++ {
			i := s.glob[a]
			ids, _ := cur.row(a)
			sc.r.idx, sc.r.w = sc.r.idx[:0], sc.r.w[:0]
			for _, b := range ids {
				j := s.glob[b]
				g.offer(&sc.r, k, j, g.sim(i, j))
			}
			g.setKNNRow(i, &sc.r)
		}
	})
}

// freshLinks returns, in CSR form, each town's forward and reverse links
// that are fresh.
func (s *knnSearch) freshLinks(l *lists, revOff, revIdx []int32, revFresh []bool) ([]int32, []int32) {
	n := len(s.glob)
	off := grow(&s.buf.freshOff, n+1)
	idx := s.buf.freshIdx[:0]
	for u := range int32(n) {
		ids, _ := l.row(u)
		for t, v := range ids {
			if l.fresh[int(u)*l.width+t] {
				idx = append(idx, v)
			}
		}
		for e := revOff[u]; e < revOff[u+1]; e++ {
			if revFresh[e] {
				idx = append(idx, revIdx[e])
			}
		}
		off[u+1] = int32(len(idx))
	}
	s.buf.freshIdx = idx
	return off, idx
}

// reverseCapped returns, in CSR form, for each town the towns listing it,
// keeping the cap best by weight so hubs do not blow up the refinement.
func (s *knnSearch) reverseCapped(l *lists, limit int) ([]int32, []int32, []bool) {
	n := len(s.glob)
	b := &s.buf
	off := grow(&b.off, n+1)
	clear(off)
	for i := range int32(n) {
		ids, _ := l.row(i)
		for _, j := range ids {
			off[j+1]++
		}
	}
	for i := range n {
		off[i+1] += off[i]
	}
	idx, wts, fr := grow(&b.idx, int(off[n])), grow(&b.w, int(off[n])), grow(&b.fresh, int(off[n]))
	fill := grow(&b.fill, n)
	copy(fill, off[:n])
	for i := range int32(n) {
		ids, ws := l.row(i)
		for t, j := range ids {
			idx[fill[j]], wts[fill[j]], fr[fill[j]] = i, ws[t], l.fresh[int(i)*l.width+t]
			fill[j]++
		}
	}
	outOff := grow(&b.outOff, n+1)
	out, outFresh := b.out[:0], b.outFresh[:0]
	order := b.order[:0]
	for j := range n {
		lo, hi := off[j], off[j+1]
		seg, segW := idx[lo:hi], wts[lo:hi]
		if len(seg) > limit {
			order = order[:0]
			for t := range seg {
				order = append(order, t)
			}
			slices.SortFunc(order, func(a, b int) int {
				if s.better(segW[a], seg[a], segW[b], seg[b]) {
					return -1
				}
				if s.better(segW[b], seg[b], segW[a], seg[a]) {
					return 1
				}
				return 0
			})
			for _, t := range order[:limit] {
				out = append(out, seg[t])
				outFresh = append(outFresh, fr[int(lo)+t])
			}
		} else {
			out = append(out, seg...)
			outFresh = append(outFresh, fr[lo:hi]...)
		}
		outOff[j+1] = int32(len(out))
	}
	b.out, b.outFresh, b.order = out, outFresh, order
	return outOff, out, outFresh
}

// grow returns (*p)[:n], reallocating only when the capacity is short, so
// refinement rounds reuse their buffers.
func grow[T any](p *[]T, n int) []T {
	if cap(*p) < n {
		*p = make([]T, n)
	}
	*p = (*p)[:n]
	return *p
}
