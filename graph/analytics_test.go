package graph

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// wgraphOf converts a gonum weighted undirected graph (node ids 0..n-1).
func wgraphOf(g *simple.WeightedUndirectedGraph) *wgraph {
	n := g.Nodes().Len()
	out := &wgraph{off: make([]int32, n+1)}
	for u := range int64(n) {
		it := g.From(u)
		var nbrs []int64
		for it.Next() {
			nbrs = append(nbrs, it.Node().ID())
		}
		sortInt64(nbrs)
		for _, v := range nbrs {
			w, _ := g.Weight(u, v)
			out.to = append(out.to, int32(v))
			out.w = append(out.w, w)
		}
		out.off[u+1] = int32(len(out.to))
	}
	return out
}

func sortInt64(s []int64) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func communitiesOf(labels []int32) [][]graph.Node {
	byLabel := map[int32][]graph.Node{}
	for u, l := range labels {
		byLabel[l] = append(byLabel[l], simple.Node(u))
	}
	var out [][]graph.Node
	for l := range int32(len(byLabel)) {
		out = append(out, byLabel[l])
	}
	return out
}

func TestLouvainFindsPlantedCliques(t *testing.T) {
	g := simple.NewWeightedUndirectedGraph(0, 0)
	for c := range 3 {
		for a := range 8 {
			for b := a + 1; b < 8; b++ {
				g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(c*8 + a), T: simple.Node(c*8 + b), W: 1})
			}
		}
	}
	g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(0), T: simple.Node(8), W: 0.5})
	g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(9), T: simple.Node(16), W: 0.5})
	labels, q, err := louvain(context.Background(), wgraphOf(g))
	if err != nil {
		t.Fatal(err)
	}
	for u := range labels {
		if labels[u] != labels[u/8*8] || (u >= 8 && labels[u] == labels[0]) || (u >= 16 && labels[u] == labels[8]) {
			t.Fatalf("labels = %v", labels)
		}
	}
	if want := community.Q(g, communitiesOf(labels), 1); math.Abs(q-want) > 1e-12 {
		t.Errorf("our Q = %v, gonum's Q of the same partition = %v", q, want)
	}
}

func TestLouvainMatchesGonum(t *testing.T) {
	snap, err := Build(context.Background(), Synthetic(1500, 21), Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := snap.Gonum()
	labels, q, err := louvain(context.Background(), wgraphOf(g))
	if err != nil {
		t.Fatal(err)
	}
	if gq := community.Q(g, communitiesOf(labels), 1); math.Abs(gq-q) > 1e-9 {
		t.Fatalf("our Q = %v, gonum's Q of our partition = %v", q, gq)
	}
	reduced := community.Modularize(g, 1, rand.NewPCG(1, 2))
	gonumQ := community.Q(g, reduced.Communities(), 1)
	t.Logf("modularity: ours %.4f, gonum Modularize %.4f (%d vs %d communities)", q, gonumQ, len(communitiesOf(labels)), len(reduced.Communities()))
	if q < gonumQ-0.02 {
		t.Errorf("our modularity %.4f is well below gonum's %.4f", q, gonumQ)
	}
	if snap.Modularity() != q {
		t.Errorf("snapshot modularity %v, recomputed %v", snap.Modularity(), q)
	}
}

func TestPageRankMatchesGonum(t *testing.T) {
	snap, err := Build(context.Background(), Synthetic(800, 5), Options{WalkTolerance: 1e-12})
	if err != nil {
		t.Fatal(err)
	}
	// gonum's PageRank is defined on directed graphs: each undirected edge
	// becomes two arcs of the same weight.
	ug := snap.Gonum()
	dg := simple.NewWeightedDirectedGraph(0, 0)
	for it := ug.Nodes(); it.Next(); {
		dg.AddNode(simple.Node(it.Node().ID()))
	}
	for it := ug.WeightedEdges(); it.Next(); {
		e := it.WeightedEdge()
		dg.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(e.From().ID()), T: simple.Node(e.To().ID()), W: e.Weight()})
		dg.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(e.To().ID()), T: simple.Node(e.From().ID()), W: e.Weight()})
	}
	want := network.PageRankSparse(dg, 1-snap.opts.Restart, 1e-12)
	csr := snap.CSR()
	for n, id := range csr.IDs {
		got := snap.pagerank[snap.index[id]]
		if math.Abs(got-want[int64(n)]) > 1e-8 {
			t.Fatalf("PageRank(%s) = %v, gonum %v", id, got, want[int64(n)])
		}
	}
}
