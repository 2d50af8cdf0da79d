package graph

import (
	"context"
	"math"
	"strings"
	"testing"
)

// Skills of the recipient tests: every member of every town holds skill
// skA or skS (or both), tested against a frozen network rate.
const (
	skA = 0
	skS = 15
)

// chainRate is the holding rate of the recipient tests: a 90%, s 50%,
// nothing else (so no other skill can be lacking or in excess).
func chainRate() *[NumSkills]float64 {
	var h [NumSkills]float64
	h[skA], h[skS] = 0.9, 0.5
	return &h
}

// townOf builds a town of wallets, each a set of skill ids at level 5.
func townOf(t *testing.T, id string, wallets ...[]int) Town {
	t.Helper()
	ws := make([][]Skill, len(wallets))
	for k, ids := range wallets {
		for _, s := range ids {
			ws[k] = append(ws[k], Skill{ID: s, Level: 5})
		}
	}
	town, err := NewTown(id, 1, 0, ws)
	if err != nil {
		t.Fatal(err)
	}
	return town
}

func repeat(n int, ids ...int) [][]int {
	out := make([][]int, n)
	for k := range out {
		out[k] = ids
	}
	return out
}

// The chain of towns L - N - F: L's ten members all hold a and none holds
// s (E = 5, p = 0.5^10, q = 0.035: a lack); N holds a and s half and half
// (w_LN = 0.5, 5 holders of s, no spare); F holds only s (w_NF = 0.5,
// w_LF = 0: not L's neighbour; 10 holders, 4 to spare).
func chainTowns(t *testing.T, withF bool) []Town {
	towns := []Town{
		townOf(t, "L", repeat(10, skA)...),
		townOf(t, "N", append(repeat(5, skA), repeat(5, skS)...)...),
	}
	if withF {
		towns = append(towns, townOf(t, "F", repeat(10, skS)...))
	}
	return towns
}

func signalOf(g *Snapshot, from string, skill int) (Signal, bool) {
	r, _ := g.Town(from)
	for _, s := range r.Signals {
		if s.Skill == skill {
			return s, true
		}
	}
	return Signal{}, false
}

func checkChainLack(t *testing.T, g *Snapshot) {
	t.Helper()
	l, _ := g.Town("L")
	if len(l.Lacks) != 1 || l.Lacks[0].Skill != skS || len(l.Neighbours) != 1 || l.Neighbours[0].ID != "N" {
		t.Fatalf("setup: L lacks %+v, neighbours %+v; want a lack of s and N as only neighbour", l.Lacks, l.Neighbours)
	}
	if q := g.amountFor(g.index["N"], skS, KindLack); q != 0 {
		t.Fatalf("setup: N has %d spare holders of s, want 0", q)
	}
}

// TestLackWithoutNeighbourSupplierGoesToTheRestartWalk: L's only neighbour
// has no holder of s to spare, so the recipient is found by the restart
// walk from L: F, two steps away, with its walk probability (the push
// estimate, within its documented bound of the exact walk).
func TestLackWithoutNeighbourSupplierGoesToTheRestartWalk(t *testing.T) {
	g, err := Build(context.Background(), chainTowns(t, true), Options{HoldingRate: chainRate()})
	if err != nil {
		t.Fatal(err)
	}
	checkChainLack(t, g)
	sig, ok := signalOf(g, "L", skS)
	if !ok {
		t.Fatal("no signal for L's lack")
	}
	if sig.Kind != KindLack || sig.To != "F" || sig.Route != RouteWalk || sig.Surplus != 4 || sig.Deficit != 5 {
		t.Errorf("signal %+v, want LACK to F by the walk, surplus 4, deficit 5", sig)
	}
	exact := g.restartWalk(g.index["L"])[g.index["F"]]
	// The fallback first runs at ten times the push tolerance; each
	// estimate undershoots by at most that times the degree.
	bound := 10 * g.opts.PushTolerance * float64(len(g.adj[g.index["F"]]))
	if d := exact - sig.Probability; d < -1e-12 || d > bound {
		t.Errorf("walk probability %v, exact %v (bound %v)", sig.Probability, exact, bound)
	}
	if !strings.Contains(sig.Reason, "reached by the restart walk") {
		t.Errorf("reason %q does not say the walk found the supplier", sig.Reason)
	}
}

// TestLackWithNobodyToSpareIsNoSupplier: without F nobody within reach
// holds s to spare, so L's lack is a NO_SUPPLIER signal without recipient.
func TestLackWithNobodyToSpareIsNoSupplier(t *testing.T) {
	g, err := Build(context.Background(), chainTowns(t, false), Options{HoldingRate: chainRate()})
	if err != nil {
		t.Fatal(err)
	}
	checkChainLack(t, g)
	sig, ok := signalOf(g, "L", skS)
	if !ok {
		t.Fatal("no signal for L's lack")
	}
	if sig.Kind != KindNoSupplier || sig.To != "" || sig.Probability != 0 || sig.Surplus != 0 || sig.Deficit != 5 {
		t.Errorf("signal %+v, want NO_SUPPLIER without recipient, deficit 5", sig)
	}
	if !strings.Contains(sig.Reason, "No town within reach has spare holders") {
		t.Errorf("reason %q", sig.Reason)
	}
}

// TestExcessWithNoTakerSendsNothing: two towns where every member holds s
// (each an excess: 10 where 5 are expected) and neither is short of it.
// The NO_SUPPLIER fallback is a lack's ("who can supply it?"); an
// excess nobody reachable is short of asks nothing of anyone, so it stays
// a finding and sends no signal.
func TestExcessWithNoTakerSendsNothing(t *testing.T) {
	towns := []Town{townOf(t, "E1", repeat(10, skS)...), townOf(t, "E2", repeat(10, skS)...)}
	g, err := Build(context.Background(), towns, Options{HoldingRate: chainRate()})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"E1", "E2"} {
		r, _ := g.Town(id)
		if len(r.Excesses) != 1 || r.Excesses[0].Skill != skS || r.Excesses[0].Surplus != 4 {
			t.Fatalf("setup: %s excesses %+v, want s with 4 to spare", id, r.Excesses)
		}
		if len(r.Neighbours) != 1 {
			t.Fatalf("setup: %s neighbours %+v", id, r.Neighbours)
		}
		for _, s := range r.Signals {
			if s.Skill == skS {
				t.Errorf("%s sent %+v for an excess nobody is short of", id, s)
			}
		}
	}
}

// TestEdgeUnderTheFloorIsDropped: two towns sharing 15% of their mix are
// each other's nearest town, but 0.15 is under MinWeight 0.2, so there is
// no edge; a lower floor keeps it with its exact weight.
func TestEdgeUnderTheFloorIsDropped(t *testing.T) {
	a := holders(0, 17, 1, 3)
	b := holders(1, 3, 2, 17)
	towns := []Town{{ID: "a", Members: 20, Holders: a, Capacity: capOf(a)}, {ID: "b", Members: 20, Holders: b, Capacity: capOf(b)}}
	g, err := Build(context.Background(), towns, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if w := g.sim(0, 1); math.Abs(w-0.15) > 1e-12 {
		t.Fatalf("setup: w = %v, want 0.15", w)
	}
	if ids, _ := g.knnRow(0); len(ids) != 1 || ids[0] != 1 {
		t.Fatalf("setup: a's kNN list %v, want b", ids)
	}
	for _, id := range []string{"a", "b"} {
		if r, _ := g.Town(id); len(r.Neighbours) != 0 {
			t.Errorf("%s has neighbours %+v under the 0.2 floor", id, r.Neighbours)
		}
	}
	g, err = Build(context.Background(), towns, Options{MinWeight: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := g.Town("a"); len(r.Neighbours) != 1 || r.Neighbours[0].ID != "b" || math.Abs(r.Neighbours[0].Weight-0.15) > 1e-12 ||
		r.Neighbours[0].Probability != 1 {
		t.Errorf("with floor 0.1 a's neighbours are %+v, want b at 0.15 (P = 1)", r.Neighbours)
	}
}

// supplierTowns: L's ten members hold only a, so it lacks s; its
// neighbours A and B have every member holding a and s (w = 0.5 each, so
// P = 0.5 each) and spare a members' s beyond ceil(M/2)+1: A (10 members)
// 4, B (bMembers) bMembers-ceil(bMembers/2)-1.
func supplierTowns(t *testing.T, bMembers int) []Town {
	return []Town{
		townOf(t, "A", repeat(10, skA, skS)...),
		townOf(t, "B", repeat(bMembers, skA, skS)...),
		townOf(t, "L", repeat(10, skA)...),
	}
}

func lackRecipient(t *testing.T, g *Snapshot) (string, float64) {
	t.Helper()
	sig, ok := signalOf(g, "L", skS)
	if !ok || sig.Kind != KindLack {
		t.Fatalf("L's lack of s: signal %+v (found %v), want a LACK", sig, ok)
	}
	return sig.To, sig.Probability * float64(sig.Surplus)
}

// TestRecipientKeepsItsSignalWithinTheMargin: a lack's recipient from the
// previous round stays while the best candidate scores at most 25 % more
// (B with 12 members scores 2.5 against A's 2), and gives way to a
// clearly better one (B with 16 members: 3.5); without a previous
// recipient, or with the margin off, the best is chosen.
func TestRecipientKeepsItsSignalWithinTheMargin(t *testing.T) {
	lack := FindingKey{Town: "L", Skill: skS, Kind: KindLack}
	for _, tc := range []struct {
		name     string
		bMembers int
		opts     Options
		want     string
	}{
		{"no previous recipient: the best", 12, Options{}, "B"},
		{"previous within the margin stays", 12, Options{Recipients: map[FindingKey]string{lack: "A"}}, "A"},
		{"margin off: the best", 12, Options{Recipients: map[FindingKey]string{lack: "A"}, RecipientMargin: -1}, "B"},
		{"previous beaten by more than the margin", 16, Options{Recipients: map[FindingKey]string{lack: "A"}}, "B"},
		{"previous no longer a candidate", 12, Options{Recipients: map[FindingKey]string{lack: "X"}}, "B"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.HoldingRate = chainRate()
			g, err := Build(context.Background(), supplierTowns(t, tc.bMembers), tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if to, score := lackRecipient(t, g); to != tc.want {
				t.Errorf("recipient %s (score %.2f), want %s", to, score, tc.want)
			}
		})
	}
}

// TestUpdateKeepsTheRecipientWithinTheMargin: the same hysteresis through
// incremental updates. L's lack goes to A (B of 9 members scores 1.5
// against 2); B growing to 12 (2.5) does not take it; B growing to 16
// (3.5) does.
func TestUpdateKeepsTheRecipientWithinTheMargin(t *testing.T) {
	ctx := context.Background()
	g, err := Build(ctx, supplierTowns(t, 9), Options{HoldingRate: chainRate()})
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		bMembers int
		want     string
	}{{9, "A"}, {12, "A"}, {16, "B"}, {12, "B"}} {
		if step.bMembers != 9 {
			if _, err := g.Update(ctx, []Town{townOf(t, "B", repeat(step.bMembers, skA, skS)...)}); err != nil {
				t.Fatal(err)
			}
		}
		if to, score := lackRecipient(t, g); to != step.want {
			t.Errorf("B of %d members: recipient %s (score %.2f), want %s", step.bMembers, to, score, step.want)
		}
	}
}
