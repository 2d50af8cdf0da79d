package graph

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
)

// The walk on the proximity graph moves from town i to neighbour j with
// P_ij = w_ij / sum_k w_ik, so a signal of mass sigma sent from i puts
// sigma*P_ij on each neighbour. Towns without edges have an empty row (no
// walk leaves them); walks treat them as dangling: a restart walk jumps
// back to its source, PageRank spreads their mass uniformly.

// CSR is the proximity graph in compressed sparse rows, node n being the
// town IDs[n] (IDs ascending). Row n is Targets/Weights/Probabilities
// [Offsets[n]:Offsets[n+1]], sorted by weight desc then ID; every row with
// edges has probabilities summing to 1.
type CSR struct {
	IDs           []string
	Offsets       []int
	Targets       []int32
	Weights       []float64
	Probabilities []float64
}

// CSR returns the proximity graph as arrays. The value is shared until the
// next Update; do not modify it.
func (g *Snapshot) CSR() *CSR {
	if g.csr != nil {
		return g.csr
	}
	order := g.idOrder()
	node := make([]int32, len(g.towns))
	for n, i := range order {
		node[i] = int32(n)
	}
	c := &CSR{IDs: make([]string, len(order)), Offsets: make([]int, len(order)+1)}
	for n, i := range order {
		c.IDs[n] = g.towns[i].ID
		c.Offsets[n+1] = c.Offsets[n] + len(g.adj[i])
	}
	m := c.Offsets[len(order)]
	c.Targets, c.Weights, c.Probabilities = make([]int32, m), make([]float64, m), make([]float64, m)
	for n, i := range order {
		at := c.Offsets[n]
		for t, e := range g.adj[i] {
			c.Targets[at+t] = node[e.j]
			c.Weights[at+t] = e.w
			c.Probabilities[at+t] = e.w / g.rowSum[i]
		}
	}
	g.csr = c
	return c
}

// Reached is a town reached by a random walk with restart and the
// stationary probability of the walk being there.
type Reached struct {
	ID          string
	Probability float64
}

// Reach runs the random walk with restart from town id (restart
// probability Options.Restart) by power iteration,
//
//	r <- restart*e_src + (1-restart)*P^T r,
//
// until the L1 change is below Options.WalkTolerance or after
// Options.WalkIterations steps, and returns the limit most reached other
// towns (probability desc, then ID). It costs one pass over the edges per
// iteration; iterations are ~log(tol)/log(1-restart).
func (g *Snapshot) Reach(id string, limit int) ([]Reached, error) {
	src, ok := g.index[id]
	if !ok {
		return nil, fmt.Errorf("reach from town %q: not in the graph", id)
	}
	r := g.restartWalk(src)
	var out []Reached
	for j, p := range r {
		if int32(j) != src && p > 0 {
			out = append(out, Reached{ID: g.towns[j].ID, Probability: p})
		}
	}
	slices.SortFunc(out, func(a, b Reached) int {
		if a.Probability != b.Probability {
			return cmpFloat(b.Probability, a.Probability)
		}
		return strings.Compare(a.ID, b.ID)
	})
	if limit >= 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// restartWalk is the dense power iteration behind Reach. It pulls along
// the symmetric rows (w_uv = w_vu), so each entry is a fixed-order sum.
func (g *Snapshot) restartWalk(src int32) []float64 {
	n := len(g.towns)
	a := g.opts.Restart
	x, y := make([]float64, n), make([]float64, n)
	x[src] = 1
	// Only towns in src's component can ever hold mass; iterate over those.
	comp := g.component(src)
	for range g.opts.WalkIterations {
		var dangling float64
		for _, u := range comp {
			if len(g.adj[u]) == 0 {
				dangling += x[u]
			}
		}
		var diff float64
		for _, v := range comp {
			var s float64
			for _, e := range g.adj[v] {
				s += x[e.j] * e.w / g.rowSum[e.j]
			}
			nv := (1 - a) * s
			if v == src {
				nv += a + (1-a)*dangling
			}
			y[v] = nv
			diff += math.Abs(nv - x[v])
		}
		x, y = y, x
		if diff < g.opts.WalkTolerance {
			break
		}
	}
	return x
}

// component lists the towns connected to src, src first, in BFS order.
func (g *Snapshot) component(src int32) []int32 {
	seen := make([]bool, len(g.towns))
	seen[src] = true
	out := []int32{src}
	for q := 0; q < len(out); q++ {
		for _, e := range g.adj[out[q]] {
			if !seen[e.j] {
				seen[e.j] = true
				out = append(out, e.j)
			}
		}
	}
	return out
}

// pushWalk approximates the restart walk from a source with the local push
// method (Andersen, Chung, Lang 2006): residual mass at u is pushed, a
// fraction Restart settling at u and the rest spreading along P, while it
// exceeds eps times u's degree. Each estimate is below the exact walk
// probability by at most eps*degree, and the work is bounded by
// 1/(eps*Restart) edge updates whatever the graph size, which is what the
// per-finding recipient fallback needs. FIFO order keeps it deterministic.
//
// A walk can be continued at a smaller eps from where it stopped: pushing
// is monotone, so the result equals a walk run at the smaller eps from the
// start.
type pushWalk struct {
	g   *Snapshot
	sc  *scratch
	src int32
}

func (g *Snapshot) newPushWalk(src int32, sc *scratch) *pushWalk {
	n := len(g.towns)
	if len(sc.est) < n {
		sc.est, sc.res, sc.inQueue = make([]float64, n), make([]float64, n), make([]bool, n)
	}
	sc.touched, sc.queue = sc.touched[:0], sc.queue[:0]
	w := &pushWalk{g: g, sc: sc, src: src}
	w.touch(src)
	sc.res[src] = 1
	return w
}

func (w *pushWalk) touch(v int32) {
	if w.sc.est[v] == 0 && w.sc.res[v] == 0 {
		w.sc.touched = append(w.sc.touched, v)
	}
}

// run pushes until no residual reaches eps times its town's degree. The
// estimates are then read with each.
func (w *pushWalk) run(eps float64) {
	g, sc, a := w.g, w.sc, w.g.opts.Restart
	threshold := func(v int32) float64 { return eps * float64(max(1, len(g.adj[v]))) }
	sc.queue = sc.queue[:0]
	for _, v := range sc.touched {
		if sc.res[v] >= threshold(v) {
			sc.queue = append(sc.queue, v)
			sc.inQueue[v] = true
		}
	}
	for q := 0; q < len(sc.queue); q++ {
		u := sc.queue[q]
		sc.inQueue[u] = false
		r := sc.res[u]
		if r < threshold(u) {
			continue
		}
		sc.est[u] += a * r
		sc.res[u] = 0
		spread := (1 - a) * r
		if len(g.adj[u]) == 0 {
			// Dangling: the walk restarts at the source.
			sc.res[w.src] += spread
			if !sc.inQueue[w.src] && sc.res[w.src] >= threshold(w.src) {
				sc.queue = append(sc.queue, w.src)
				sc.inQueue[w.src] = true
			}
			continue
		}
		for _, e := range g.adj[u] {
			w.touch(e.j)
			sc.res[e.j] += spread * e.w / g.rowSum[u]
			if !sc.inQueue[e.j] && sc.res[e.j] >= threshold(e.j) {
				sc.queue = append(sc.queue, e.j)
				sc.inQueue[e.j] = true
			}
		}
		// Keep the queue's backing array from growing without bound.
		if q > 4096 && q*2 > len(sc.queue) {
			sc.queue = append(sc.queue[:0], sc.queue[q+1:]...)
			q = -1
		}
	}
}

// each calls fn for every town with a positive estimate, in first-touch
// order.
func (w *pushWalk) each(fn func(j int32, p float64)) {
	for _, v := range w.sc.touched {
		if p := w.sc.est[v]; p > 0 {
			fn(v, p)
		}
	}
}

// release clears the scratch for the next walk.
func (w *pushWalk) release() {
	sc := w.sc
	for _, v := range sc.touched {
		sc.est[v], sc.res[v], sc.inQueue[v] = 0, 0, false
	}
	sc.touched = sc.touched[:0]
}

// pageRank computes PageRank with damping 1-Restart on the proximity graph
// (uniform teleport, dangling mass spread uniformly) by power iteration
// from the uniform vector, with the tolerance and cap of Reach. gonum's
// network.PageRankSparse computes the same vector but starts from a random
// one (so low bits change run to run), has no iteration cap and needs the
// graph copied into maps; see TestPageRankMatchesGonum.
func (g *Snapshot) pageRank(ctx context.Context) ([]float64, error) {
	n := len(g.towns)
	if n == 0 {
		return nil, nil
	}
	d := 1 - g.opts.Restart
	x, y := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for range g.opts.WalkIterations {
		var dangling float64
		for u := range n {
			if len(g.adj[u]) == 0 {
				dangling += x[u]
			}
		}
		base := (1-d)/float64(n) + d*dangling/float64(n)
		err := parallelFor(ctx, g.opts.Workers, n, func(_, lo, hi int) {
			for v := lo; v < hi; v++ {
				var s float64
				for _, e := range g.adj[v] {
					s += x[e.j] * e.w / g.rowSum[e.j]
				}
				y[v] = base + d*s
			}
		})
		if err != nil {
			return nil, err
		}
		// Summed in index order, not per worker, so the stopping step never
		// depends on scheduling.
		var diff float64
		for v := range n {
			diff += math.Abs(y[v] - x[v])
		}
		x, y = y, x
		if diff < g.opts.WalkTolerance {
			break
		}
	}
	return x, nil
}
