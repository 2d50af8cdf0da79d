package graph

import (
	"context"
	"slices"
)

// Districts are Louvain communities (Blondel et al. 2008) of the proximity
// graph at resolution 1. gonum's community.Modularize takes minutes at 20k
// nodes because it works on map-backed graphs and randomises; this version
// runs on flat arrays, visits nodes in ID order and breaks ties towards the
// current community, then the lower label, so it is deterministic and
// takes well under a second at 100k towns. TestLouvainMatchesGonum checks
// its modularity against gonum's on graphs gonum can handle.

// wgraph is an undirected weighted graph in CSR form; a self-loop (u,u,w)
// is stored once and counts w towards u's degree.
type wgraph struct {
	off []int32
	to  []int32
	w   []float64
}

func (g *wgraph) n() int { return len(g.off) - 1 }

// louvainMaxPasses caps local-moving passes per level; passes after the
// first few move a handful of nodes for a negligible gain.
const louvainMaxPasses = 32

// louvain returns a community label per node (labels 0.. in order of each
// community's first node) and the modularity of that partition.
func louvain(ctx context.Context, g *wgraph) ([]int32, float64, error) {
	n := g.n()
	assign := make([]int32, n)
	for i := range assign {
		assign[i] = int32(i)
	}
	level := g
	for {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		comm, moved := localMoving(level)
		if !moved {
			break
		}
		for i := range assign {
			assign[i] = comm[assign[i]]
		}
		level = aggregate(level, comm)
	}
	relabel(assign)
	return assign, modularity(g, assign), nil
}

// degrees returns k_u and 2m = sum_u k_u.
func degrees(g *wgraph) ([]float64, float64) {
	k := make([]float64, g.n())
	var m2 float64
	for u := range g.n() {
		for e := g.off[u]; e < g.off[u+1]; e++ {
			k[u] += g.w[e]
		}
		m2 += k[u]
	}
	return k, m2
}

// localMoving moves single nodes to the neighbouring community with the
// best modularity gain k_u,C - k_u*tot_C/2m until no node moves. It returns
// labels 0..C-1 (first-appearance order) and whether any node moved.
func localMoving(g *wgraph) ([]int32, bool) {
	n := g.n()
	k, m2 := degrees(g)
	comm := make([]int32, n)
	tot := make([]float64, n)
	for u := range comm {
		comm[u] = int32(u)
		tot[u] = k[u]
	}
	if m2 == 0 {
		return comm, false
	}
	neighW := make([]float64, n)
	var touched []int32
	movedAny := false
	for range louvainMaxPasses {
		moved := 0
		for u := range int32(n) {
			cu := comm[u]
			touched = touched[:0]
			for e := g.off[u]; e < g.off[u+1]; e++ {
				v := g.to[e]
				if v == u {
					continue
				}
				c := comm[v]
				if neighW[c] == 0 {
					touched = append(touched, c)
				}
				neighW[c] += g.w[e]
			}
			tot[cu] -= k[u]
			best := cu
			bestGain := neighW[cu] - tot[cu]*k[u]/m2
			for _, c := range touched {
				gain := neighW[c] - tot[c]*k[u]/m2
				if gain > bestGain || (gain == bestGain && best != cu && c < best) {
					best, bestGain = c, gain
				}
			}
			tot[best] += k[u]
			if best != cu {
				comm[u] = best
				moved++
			}
			for _, c := range touched {
				neighW[c] = 0
			}
		}
		if moved == 0 {
			break
		}
		movedAny = true
	}
	relabel(comm)
	return comm, movedAny
}

// relabel renames labels to 0.. in order of first appearance.
func relabel(comm []int32) {
	seen := map[int32]int32{}
	for i, c := range comm {
		l, ok := seen[c]
		if !ok {
			l = int32(len(seen))
			seen[c] = l
		}
		comm[i] = l
	}
}

// aggregate collapses each community (labels 0..C-1) into one node; edge
// weights between communities add up, edges inside become the self-loop.
func aggregate(g *wgraph, comm []int32) *wgraph {
	c := 0
	for _, l := range comm {
		c = max(c, int(l)+1)
	}
	members := make([][]int32, c)
	for u, l := range comm {
		members[l] = append(members[l], int32(u))
	}
	out := &wgraph{off: make([]int32, c+1)}
	acc := make([]float64, c)
	var touched []int32
	for a := range c {
		touched = touched[:0]
		for _, u := range members[a] {
			for e := g.off[u]; e < g.off[u+1]; e++ {
				b := comm[g.to[e]]
				if acc[b] == 0 {
					touched = append(touched, b)
				}
				acc[b] += g.w[e]
			}
		}
		// Edges inside the community were seen from both ends and become
		// one self-loop with their full sum, so k_a stays the sum of its
		// members' degrees.
		slices.Sort(touched)
		for _, b := range touched {
			out.to = append(out.to, b)
			out.w = append(out.w, acc[b])
			acc[b] = 0
		}
		out.off[a+1] = int32(len(out.to))
	}
	return out
}

// modularity is Q = sum_c [in_c/2m - (tot_c/2m)^2].
func modularity(g *wgraph, comm []int32) float64 {
	k, m2 := degrees(g)
	if m2 == 0 {
		return 0
	}
	c := 0
	for _, l := range comm {
		c = max(c, int(l)+1)
	}
	in := make([]float64, c)
	tot := make([]float64, c)
	for u := range g.n() {
		tot[comm[u]] += k[u]
		for e := g.off[u]; e < g.off[u+1]; e++ {
			if comm[g.to[e]] == comm[u] {
				in[comm[u]] += g.w[e]
			}
		}
	}
	var q float64
	for l := range c {
		q += in[l]/m2 - (tot[l]/m2)*(tot[l]/m2)
	}
	return q
}

// buildAnalytics computes districts and PageRank.
func (g *Snapshot) buildAnalytics(ctx context.Context, phase func(string)) error {
	n := len(g.towns)
	wg := &wgraph{off: make([]int32, n+1)}
	for i := range n {
		for _, e := range g.adj[i] {
			wg.to = append(wg.to, e.j)
			wg.w = append(wg.w, e.w)
		}
		wg.off[i+1] = int32(len(wg.to))
	}
	comm, q, err := louvain(ctx, wg)
	if err != nil {
		return err
	}
	g.modularity = q
	g.district = make([]int32, n)
	label := map[int32]int32{}
	for _, i := range g.idOrder() {
		if len(g.adj[i]) == 0 {
			g.district[i] = -1
			continue
		}
		l, ok := label[comm[i]]
		if !ok {
			l = int32(len(label))
			label[comm[i]] = l
		}
		g.district[i] = l
	}
	phase("districts")
	if g.pagerank, err = g.pageRank(ctx); err != nil {
		return err
	}
	phase("pagerank")
	g.analyticsStale = false
	return nil
}
