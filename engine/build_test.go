package engine_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/engine"
	"github.com/distributedtown/dito-graph/graph"
	"github.com/distributedtown/dito-graph/store"
)

// fakeSource is a store as of the end of an earlier run: towns, the live
// signals and the findings stored in town_scores.
type fakeSource struct {
	towns    []store.TownSkills
	signals  []store.Signal
	findings []store.StoredFinding
}

func (f *fakeSource) TownSkills(context.Context, []store.TownRef) ([]store.TownSkills, error) {
	return f.towns, nil
}
func (f *fakeSource) ActiveSignals(context.Context) ([]store.Signal, error) { return f.signals, nil }
func (f *fakeSource) ActiveFindings(context.Context) ([]store.StoredFinding, error) {
	return f.findings, nil
}

// syntheticTowns turns graph.Synthetic towns into stored ones (level 5).
func syntheticTowns(n int) []store.TownSkills {
	var out []store.TownSkills
	for i, t := range graph.Synthetic(n, 11) {
		ts := store.TownSkills{Town: store.TownRef{Chain: t.Chain, Address: common.BigToAddress(big.NewInt(int64(0x5000 + i)))}, Template: t.Template}
		for _, w := range t.Wallets {
			var skills []store.Skill
			for _, id := range w.IDs() {
				skills = append(skills, store.Skill{ID: id, Level: 5})
			}
			ts.Wallets = append(ts.Wallets, skills)
		}
		out = append(out, ts)
	}
	return out
}

// TestBuildKeepsHysteresisOfFindingsWithoutSignals: after a restart the
// previous round's findings come from the store. A finding held only by
// hysteresis stays active when the stored findings list it though no live
// signal does (an excess nobody is short of sends none), and clears when
// nothing stored mentions it.
func TestBuildKeepsHysteresisOfFindingsWithoutSignals(t *testing.T) {
	ctx := context.Background()
	src := &fakeSource{towns: syntheticTowns(400)}
	// Everything "was active": the findings that are now Held are those
	// whose q-value lies between Alpha and ClearAlpha.
	for _, ts := range src.towns {
		for s := range graph.NumSkills {
			src.findings = append(src.findings, store.StoredFinding{Town: ts.Town, Skill: s}, store.StoredFinding{Town: ts.Town, Skill: s, Excess: true})
		}
	}
	all, err := engine.Build(ctx, src, graph.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var held *graph.Finding
	for _, f := range all.Findings() {
		if f.Held && f.Kind == graph.KindExcess {
			held = &f
			break
		}
	}
	if held == nil {
		t.Fatal("no held excess in the synthetic network; pick another seed")
	}
	ref, err := store.ParseTownID(held.Town)
	if err != nil {
		t.Fatal(err)
	}
	active := func(g *graph.Snapshot) bool {
		for _, f := range g.Findings() {
			if f.Town == held.Town && f.Skill == held.Skill && f.Kind == graph.KindExcess {
				return true
			}
		}
		return false
	}

	src.findings = []store.StoredFinding{{Town: ref, Skill: held.Skill, Excess: true}}
	restarted, err := engine.Build(ctx, src, graph.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !active(restarted) {
		t.Errorf("held excess %+v lost after a restart that read it from the stored findings", *held)
	}
	src.findings = nil
	fresh, err := engine.Build(ctx, src, graph.Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if active(fresh) {
		t.Errorf("excess %+v (q %.3g) active without hysteresis; the test would prove nothing", *held, held.QValue)
	}
}

// TestBuildKeepsTheLiveSignalsRecipients: after a restart a lack keeps
// the recipient of its live signal while that town still qualifies and
// scores within graph.Options.RecipientMargin of the best, so a rebuild
// does not retract and re-send it to a near-equal supplier. L lacks skill
// 15; A and B both spare holders of it, B slightly more.
func TestBuildKeepsTheLiveSignalsRecipients(t *testing.T) {
	ctx := context.Background()
	town := func(n int, members int, skills ...int) store.TownSkills {
		ts := store.TownSkills{Town: store.TownRef{Chain: 1, Address: common.BigToAddress(big.NewInt(int64(0x7000 + n)))}}
		for range members {
			var w []store.Skill
			for _, s := range skills {
				w = append(w, store.Skill{ID: s, Level: 5})
			}
			ts.Wallets = append(ts.Wallets, w)
		}
		return ts
	}
	l, a, b := town(1, 10, 0), town(2, 10, 0, 15), town(3, 12, 0, 15)
	var rate [graph.NumSkills]float64
	rate[0], rate[15] = 0.9, 0.5
	opts := graph.Options{HoldingRate: &rate}
	recipient := func(src *fakeSource) string {
		t.Helper()
		g, err := engine.Build(ctx, src, opts)
		if err != nil {
			t.Fatal(err)
		}
		r, _ := g.Town(l.Town.ID())
		for _, s := range r.Signals {
			if s.Skill == 15 && s.Kind == graph.KindLack {
				return s.To
			}
		}
		t.Fatalf("no lack signal of skill 15 from L: %+v", r.Signals)
		return ""
	}
	src := &fakeSource{towns: []store.TownSkills{l, a, b}}
	if got := recipient(src); got != b.Town.ID() {
		t.Fatalf("fresh build: recipient %s, want the best, B %s", got, b.Town.ID())
	}
	to := a.Town
	src.signals = []store.Signal{{ID: 7, From: l.Town, To: &to, Skill: 15, Kind: store.SignalLack, Chain: 1}}
	if got := recipient(src); got != a.Town.ID() {
		t.Errorf("rebuild with A's live signal: recipient %s, want A %s", got, a.Town.ID())
	}
}
