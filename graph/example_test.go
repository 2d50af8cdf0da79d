package graph

import (
	"context"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
)

// Skill ids of the worked example (docs/skill-graph.md).
const (
	exDeFi           = 12
	exSmartContracts = 15
	exBackend        = 16
	exFrontend       = 17
	exTokenomics     = 21
	exMusic          = 24
)

// exampleTowns are the four towns of the worked example, all template 0
// (the open-source template, category DLT & Blockchain).
func exampleTowns(t testing.TB) []Town {
	t.Helper()
	sc, be, fe, tk, df, mu := exSmartContracts, exBackend, exFrontend, exTokenomics, exDeFi, exMusic
	w := func(level int, ids ...int) []Skill {
		out := make([]Skill, len(ids))
		for k, id := range ids {
			out[k] = Skill{ID: id, Level: level}
		}
		return out
	}
	specs := []struct {
		id      string
		chain   uint64
		wallets [][]Skill
	}{
		{"1-0xa", 1, [][]Skill{
			w(6, sc, be), w(6, sc, be), w(6, sc, be), w(6, sc, tk),
			w(6, sc, tk), w(6, sc, fe), w(6, sc, fe), w(6, be, tk),
		}},
		{"1-0xb", 1, [][]Skill{
			w(5, sc, df), w(5, sc, df), w(5, sc, be), w(5, sc, tk), w(5, sc, be), w(5, df, tk),
		}},
		{"137-0xc", 137, [][]Skill{
			w(4, mu, sc), w(4, mu, sc), w(4, mu, sc), w(4, mu, fe), w(4, mu, fe), w(4, mu, fe),
		}},
		{"137-0xd", 137, [][]Skill{
			w(7, be, fe), w(7, be, fe), w(7, be, fe), w(7, be, tk), w(7, be, df),
			w(7, be, fe, tk), w(7, fe, tk), w(7, fe, df), w(7, tk, df), w(7, df),
		}},
	}
	towns := make([]Town, len(specs))
	for k, s := range specs {
		town, err := NewTown(s.id, s.chain, 0, s.wallets)
		if err != nil {
			t.Fatal(err)
		}
		towns[k] = town
	}
	return towns
}

func buildExample(t testing.TB, opts Options) *Snapshot {
	t.Helper()
	g, err := Build(context.Background(), exampleTowns(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*max(1, math.Abs(b)) }

func TestWorkedExampleByHand(t *testing.T) {
	g := buildExample(t, Options{})

	// Network holding rates: holders / 30 members. All towns share a
	// template, so the template rate equals the network rate.
	h := g.BaselineRate(0)
	for s, want := range map[int]float64{exSmartContracts: 15.0 / 30, exBackend: 12.0 / 30, exFrontend: 11.0 / 30,
		exTokenomics: 9.0 / 30, exMusic: 6.0 / 30, exDeFi: 7.0 / 30} {
		if !near(h[s], want) || !near(g.HoldingRate()[s], want) {
			t.Errorf("h[%d] = %v (network %v), want %v", s, h[s], g.HoldingRate()[s], want)
		}
	}

	// Proximity: sums of the smaller share over common skills.
	wantW := map[[2]string]float64{
		{"1-0xa", "1-0xb"}:     5.0/12 + 2.0/12 + 2.0/12, // SC, BE, TK
		{"1-0xa", "137-0xc"}:   4.0/16 + 2.0/16,          // SC, FE
		{"1-0xa", "137-0xd"}:   4.0/16 + 2.0/16 + 3.0/16, // BE, FE, TK
		{"1-0xb", "137-0xc"}:   3.0 / 12,                 // SC
		{"1-0xb", "137-0xd"}:   2.0/12 + 2.0/12 + 4.0/20, // BE, TK, DF
		{"137-0xc", "137-0xd"}: 3.0 / 12,                 // FE
	}
	rowSum := map[string]float64{}
	for pair, w := range wantW {
		rowSum[pair[0]] += w
		rowSum[pair[1]] += w
	}
	for _, id := range []string{"1-0xa", "1-0xb", "137-0xc", "137-0xd"} {
		r, _ := g.Town(id)
		if len(r.Neighbours) != 3 {
			t.Fatalf("%s has %d neighbours, want 3 (complete graph)", id, len(r.Neighbours))
		}
		for _, nb := range r.Neighbours {
			key := [2]string{id, nb.ID}
			if _, ok := wantW[key]; !ok {
				key[0], key[1] = key[1], key[0]
			}
			if !near(nb.Weight, wantW[key]) {
				t.Errorf("w(%s,%s) = %v, want %v", id, nb.ID, nb.Weight, wantW[key])
			}
			if want := wantW[key] / rowSum[id]; !near(nb.Probability, want) {
				t.Errorf("P(%s->%s) = %v, want %v", id, nb.ID, nb.Probability, want)
			}
		}
	}

	// Scarcity of C: shares 1/4 SC, 1/4 FE, 1/2 MU.
	c, _ := g.Town("137-0xc")
	hc := 1.5 * math.Ln2
	if sc := c.Scarcity; !near(sc.Entropy, hc) || !near(sc.Variety, hc/math.Log(36)) || sc.Score != 71 ||
		!near(sc.Parts[0], math.Ln2/math.Log(36)) || !near(sc.Parts[1], 0.5*math.Ln2/math.Log(36)) || !near(sc.Parts[2], 0) ||
		!near(sc.EffectiveSkills, math.Exp(hc)) || sc.DistinctSkills != 3 || !sc.LegacyOK || sc.Legacy != 80 || sc.Volatile {
		t.Errorf("scarcity of C = %+v", sc)
	}
	// Scarcity of D: shares .3 BE, .3 FE, .2 TK, .2 DF, all DLT.
	d, _ := g.Town("137-0xd")
	hd := -(0.6*math.Log(0.3) + 0.4*math.Log(0.2))
	hsub := -(0.6*math.Log(0.6) + 0.4*math.Log(0.2))
	if sc := d.Scarcity; !near(sc.Entropy, hd) || sc.Score != 62 || !near(sc.Parts[0], 0) ||
		!near(sc.Parts[1], hsub/math.Log(36)) || !near(sc.Parts[2], (hd-hsub)/math.Log(36)) || sc.Legacy != 230 {
		t.Errorf("scarcity of D = %+v", sc)
	}

	// D lacks Smart Contracts: P(X <= 0), X ~ Bin(10, 1/2) = 2^-10.
	if len(d.Lacks) != 1 || len(d.Excesses) != 0 {
		t.Fatalf("D findings = %+v / %+v, want one lack", d.Lacks, d.Excesses)
	}
	lack := d.Lacks[0]
	if lack.Skill != exSmartContracts || !near(lack.PValue, 1.0/1024) || !near(lack.QValue, 36.0/1024) ||
		!near(lack.Expected, 5) || lack.Deficit != 5 || !near(lack.RCA, 1.0/6) || !near(lack.Density, 0.8) {
		t.Errorf("D lack = %+v", lack)
	}
	// C holds Music in excess: P(X >= 6), X ~ Bin(6, 1/5) = 5^-6.
	if len(c.Excesses) != 1 || len(c.Lacks) != 0 {
		t.Fatalf("C findings = %+v / %+v, want one excess", c.Lacks, c.Excesses)
	}
	ex := c.Excesses[0]
	if ex.Skill != exMusic || !near(ex.PValue, math.Pow(0.2, 6)) || !near(ex.QValue, 36*math.Pow(0.2, 6)) ||
		ex.Surplus != 6-2-1 || !near(ex.RCA, 7/2.2) {
		t.Errorf("C excess = %+v", ex)
	}
	for _, id := range []string{"1-0xa", "1-0xb"} {
		if r, _ := g.Town(id); len(r.Lacks)+len(r.Excesses) != 0 {
			t.Errorf("%s has findings %+v %+v, want none", id, r.Lacks, r.Excesses)
		}
	}

	// Signals: D's lack goes to A (P_DA*2 beats P_DB*1; C has no spare);
	// C's excess to A (every neighbour is 2 short; A is closest).
	sigs := g.Signals()
	if len(sigs) != 2 {
		t.Fatalf("signals = %+v, want 2", sigs)
	}
	cs, ds := sigs[0], sigs[1]
	if cs.From != "137-0xc" || cs.To != "1-0xa" || cs.Kind != KindExcess || cs.Skill != exMusic ||
		!near(cs.Probability, 0.375/0.875) || cs.Surplus != 3 || cs.Deficit != 2 || cs.Scarcity != 71 || cs.Route != RouteNeighbour {
		t.Errorf("C's signal = %+v", cs)
	}
	if ds.From != "137-0xd" || ds.To != "1-0xa" || ds.Kind != KindLack || ds.Skill != exSmartContracts ||
		!near(ds.Probability, wantW[[2]string{"1-0xa", "137-0xd"}]/rowSum["137-0xd"]) || ds.Surplus != 2 || ds.Deficit != 5 ||
		ds.Scarcity != 62 {
		t.Errorf("D's signal = %+v", ds)
	}
	if !strings.Contains(ds.Reason, "mean level 6.0") || !strings.Contains(ds.Reason, "can grow it inside") {
		t.Errorf("D's reason = %q", ds.Reason)
	}

	// Relatedness from the 30 wallets: phi(SC, BE) = 5 / max(15, 12).
	phi, src := g.Relatedness()
	if src != RelatednessWallets || !near(phi[exSmartContracts][exBackend], 5.0/15) || !near(phi[exBackend][exSmartContracts], 5.0/15) {
		t.Errorf("phi(SC,BE) = %v from %s", phi[exSmartContracts][exBackend], src)
	}
}

func TestRecipientCapRedirectsLowerPrioritySignal(t *testing.T) {
	g := buildExample(t, Options{MaxSignalsPerRecipient: 1})
	sigs := g.Signals()
	// C's excess (q = 0.0023) is assigned before D's lack (q = 0.035) and
	// takes A's only slot; D's lack goes to its next candidate, B.
	if len(sigs) != 2 || sigs[0].To != "1-0xa" || sigs[1].From != "137-0xd" || sigs[1].To != "1-0xb" || sigs[1].Surplus != 1 {
		t.Fatalf("signals with cap 1 = %+v", sigs)
	}
}

func TestHysteresisKeepsActiveLackUntilClearThreshold(t *testing.T) {
	key := FindingKey{Town: "137-0xd", Skill: exSmartContracts, Kind: KindLack}
	// D's lack has q = 36/1024 = 0.0352.
	cases := []struct {
		name   string
		opts   Options
		active bool
		held   bool
	}{
		{"new lack under alpha", Options{Alpha: 0.04}, true, false},
		{"new lack above alpha is not raised", Options{Alpha: 0.03, ClearAlpha: 0.04}, false, false},
		{"active lack above alpha but under clear stays", Options{Alpha: 0.03, ClearAlpha: 0.04, Active: []FindingKey{key}}, true, true},
		{"active lack above clear threshold clears", Options{Alpha: 0.02, ClearAlpha: 0.03, Active: []FindingKey{key}}, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := buildExample(t, c.opts)
			d, _ := g.Town("137-0xd")
			if got := len(d.Lacks) == 1; got != c.active {
				t.Fatalf("lack active = %v, want %v (%+v)", got, c.active, d.Lacks)
			}
			if c.active && d.Lacks[0].Held != c.held {
				t.Errorf("Held = %v, want %v", d.Lacks[0].Held, c.held)
			}
			if c.held && !strings.Contains(g.Signals()[len(g.Signals())-1].Reason, "hysteresis") {
				t.Errorf("held lack's reason does not say so")
			}
		})
	}
}

// renderExample prints what docs/skill-graph.md shows of the example.
func renderExample(g *Snapshot) string {
	var b strings.Builder
	ids := []string{"1-0xa", "1-0xb", "137-0xc", "137-0xd"}
	short := func(id string) string { return id[strings.LastIndex(id, "x")+1:] }
	skills := []int{exDeFi, exSmartContracts, exBackend, exFrontend, exTokenomics, exMusic}
	h := g.BaselineRate(0)
	b.WriteString("| town | M | DeFi | Smart Contracts | Backend | Frontend | Tokenomics | Music |\n|---|---|---|---|---|---|---|---|\n")
	for _, id := range ids {
		i := g.index[id]
		t := &g.towns[i]
		fmt.Fprintf(&b, "| %s | %d |", strings.ToUpper(short(id)), t.Members)
		for _, s := range skills {
			fmt.Fprintf(&b, " %d (%.4f) |", t.Holders[s], g.p[i][s])
		}
		b.WriteString("\n")
	}
	b.WriteString("| h_s | 30 |")
	for _, s := range skills {
		fmt.Fprintf(&b, " %.4f |", h[s])
	}
	b.WriteString("\n\nProximity w_ij (and walk probability P_ij, row = from):\n\n| | A | B | C | D | row sum |\n|---|---|---|---|---|---|\n")
	for _, id := range ids {
		r, _ := g.Town(id)
		fmt.Fprintf(&b, "| %s |", strings.ToUpper(short(id)))
		for _, other := range ids {
			cell := " – |"
			for _, nb := range r.Neighbours {
				if nb.ID == other {
					cell = fmt.Sprintf(" %.4f (%.4f) |", nb.Weight, nb.Probability)
				}
			}
			b.WriteString(cell)
		}
		fmt.Fprintf(&b, " %.4f |\n", g.rowSum[g.index[id]])
	}
	b.WriteString("\nScarcity:\n\n| town | H | e^H | V | category | sub | skill | score | percentile | legacy |\n|---|---|---|---|---|---|---|---|---|---|\n")
	for _, id := range ids {
		r, _ := g.Town(id)
		s := r.Scarcity
		fmt.Fprintf(&b, "| %s | %.4f | %.2f | %.4f | %.4f | %.4f | %.4f | %d | %.1f | %d |\n", strings.ToUpper(short(id)),
			s.Entropy, s.EffectiveSkills, s.Variety, s.Parts[0], s.Parts[1], s.Parts[2], s.Score, s.Percentile, s.Legacy)
	}
	b.WriteString("\nFindings:\n\n| town | kind | skill | x | E | RCA | p | q | density |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, f := range g.Findings() {
		fmt.Fprintf(&b, "| %s | %s | %s | %d | %.2f | %.3f | %.4g | %.4g | %.2f |\n", strings.ToUpper(short(f.Town)), f.Kind,
			skillName(f.Skill), f.Holders, f.Expected, f.RCA, f.PValue, f.QValue, f.Density)
	}
	b.WriteString("\nSignals:\n\n")
	for _, s := range g.Signals() {
		fmt.Fprintf(&b, "- %s %s → %s, %s, probability %.4f, surplus %d, deficit %d, scarcity %d:\n  %q\n",
			s.Kind, s.From, s.To, skillName(s.Skill), s.Probability, s.Surplus, s.Deficit, s.Scarcity, s.Reason)
	}
	return b.String()
}

const (
	exampleBegin = "<!-- example:begin (generated by TestWorkedExampleMatchesDoc; run it with -update-doc to refresh) -->\n"
	exampleEnd   = "<!-- example:end -->"
)

func TestWorkedExampleMatchesDoc(t *testing.T) {
	got := renderExample(buildExample(t, Options{}))
	const path = "../docs/skill-graph.md"
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	s := string(doc)
	a, b := strings.Index(s, exampleBegin), strings.Index(s, exampleEnd)
	if a < 0 || b < a {
		t.Fatalf("%s has no example markers", path)
	}
	if *updateDoc {
		s = s[:a+len(exampleBegin)] + "\n" + got + "\n" + s[b:]
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if have := strings.TrimSpace(s[a+len(exampleBegin) : b]); have != strings.TrimSpace(got) {
		t.Errorf("the worked example in %s is not what the code computes; run go test ./graph -run WorkedExampleMatchesDoc -update-doc and review the diff.\ncode computes:\n%s", path, got)
	}
}
