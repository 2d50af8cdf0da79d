package graph

import (
	"context"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestRestartWalkSolvesItsLinearSystem checks the restart walk against an
// independent computation: its fixed point r = a·e_src + (1−a)·Pᵀr is the
// solution of (I − (1−a)·Pᵀ) r = a·e_src, solved here with gonum's dense
// LU on P taken from the exported CSR arrays. Both Reach (power iteration)
// and the push walk behind the signal fallback must agree with it.
func TestRestartWalkSolvesItsLinearSystem(t *testing.T) {
	g, err := Build(context.Background(), Synthetic(120, 9), Options{WalkTolerance: 1e-14, WalkIterations: 2000})
	if err != nil {
		t.Fatal(err)
	}
	c := g.CSR()
	n := len(c.IDs)
	a := g.opts.Restart
	A := mat.NewDense(n, n, nil)
	for i := range n {
		A.Set(i, i, 1)
		for e := c.Offsets[i]; e < c.Offsets[i+1]; e++ {
			j := int(c.Targets[e])
			A.Set(j, i, A.At(j, i)-(1-a)*c.Probabilities[e]) // (Pᵀ)_ji = P_ij
		}
	}
	var lu mat.LU
	lu.Factorize(A)
	checked := 0
	for src := 0; src < n && checked < 5; src += 7 {
		if c.Offsets[src] == c.Offsets[src+1] {
			continue // an isolated town keeps all its mass; nothing to solve
		}
		checked++
		b := mat.NewVecDense(n, nil)
		b.SetVec(src, a)
		var r mat.VecDense
		if err := lu.SolveVecTo(&r, false, b); err != nil {
			t.Fatal(err)
		}
		reached, err := g.Reach(c.IDs[src], -1)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]float64{}
		for _, x := range reached {
			got[x.ID] = x.Probability
		}
		for j := range n {
			if j == src {
				continue
			}
			if want := r.AtVec(j); math.Abs(got[c.IDs[j]]-want) > 1e-10 {
				t.Errorf("walk from %s: P(%s) = %v by Reach, %v by the linear solve", c.IDs[src], c.IDs[j], got[c.IDs[j]], want)
			}
		}
		// The push walk undershoots by at most eps·degree.
		i := g.index[c.IDs[src]]
		w := g.newPushWalk(i, newScratch(len(g.towns), g.opts.K))
		eps := 1e-7
		w.run(eps)
		w.each(func(j int32, p float64) {
			want := r.AtVec(nodeOf(c, g.towns[j].ID))
			if d := want - p; d < -1e-12 || d > eps*float64(max(1, len(g.adj[j])))+1e-12 {
				t.Errorf("push walk from %s: P(%s) = %v, linear solve %v", c.IDs[src], g.towns[j].ID, p, want)
			}
		})
		w.release()
	}
	if checked == 0 {
		t.Fatal("no town with edges to start a walk from")
	}
}

func nodeOf(c *CSR, id string) int {
	for n, x := range c.IDs {
		if x == id {
			return n
		}
	}
	return -1
}
