package graph

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"
)

// addMember returns t with one more member holding skills at level 5.
func addMember(t Town, skills ...int) Town {
	t.Wallets = append([]SkillSet(nil), t.Wallets...)
	set, _ := NewSkillSet(skills...)
	for _, s := range skills {
		t.Holders[s]++
		t.Capacity[s] += 0.5
	}
	t.Members++
	if t.Wallets != nil {
		t.Wallets = append(t.Wallets, set)
	}
	return t
}

func networkRate(towns []Town) *[NumSkills]float64 {
	sums := newRateSums()
	for i := range towns {
		sums.add(&towns[i], 1)
	}
	b := newBaseline(BaselineNetwork, sums, 0, nil)
	return &b.network
}

func TestUpdateMatchesRebuild(t *testing.T) {
	towns := Synthetic(2000, 31)
	// A frozen rate and no recipient cap make a rebuild the exact reference
	// for everything but kNN approximation.
	opts := Options{Seed: 3, HoldingRate: networkRate(towns), MaxSignalsPerRecipient: -1}
	g, err := Build(context.Background(), towns, opts)
	if err != nil {
		t.Fatal(err)
	}
	final := slices.Clone(towns)
	var changed []Town
	for _, k := range []int{5, 100, 777, 1999} {
		final[k] = addMember(addMember(final[k], 3, 15), 24)
		changed = append(changed, final[k])
	}
	final[1500] = Town{ID: final[1500].ID, Chain: final[1500].Chain, Wallets: []SkillSet{}} // emptied
	changed = append(changed, final[1500])
	extra := Synthetic(2, 99)
	extra[0].ID, extra[1].ID = "0:first", "999:last" // one sorts before every town
	final = append(final, extra...)
	changed = append(changed, extra...)

	ch, err := g.Update(context.Background(), changed)
	if err != nil {
		t.Fatal(err)
	}
	if ch.Rebuilt || !slices.Equal(ch.Added, []string{"0:first", "999:last"}) {
		t.Fatalf("changes = %+v", ch)
	}
	checkInvariants(t, g)
	fresh, err := Build(context.Background(), final, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(g.IDs(), fresh.IDs()) {
		t.Fatal("IDs differ")
	}
	var overlap float64
	for _, id := range fresh.IDs() {
		a, _ := g.Town(id)
		b, _ := fresh.Town(id)
		if a.Scarcity != b.Scarcity {
			t.Errorf("%s scarcity: update %+v, rebuild %+v", id, a.Scarcity, b.Scarcity)
		}
		if !reflect.DeepEqual(a.Lacks, b.Lacks) || !reflect.DeepEqual(a.Excesses, b.Excesses) {
			t.Errorf("%s findings differ", id)
		}
		overlap += jaccard(a.Neighbours, b.Neighbours)
	}
	// Both sides are approximate kNN, and the union graph passes any
	// difference in one town's list on to the towns it lists, so rows may
	// differ at the margin; on average they must agree.
	overlap /= float64(len(final))
	t.Logf("mean neighbour-set overlap with a rebuild: %.4f", overlap)
	if overlap < 0.98 {
		t.Errorf("mean neighbour-set overlap with a rebuild %.4f < 0.98", overlap)
	}
	same, total := 0, 0
	for _, s := range fresh.Signals() {
		total++
		for _, u := range g.Signals() {
			if u.From == s.From && u.Skill == s.Skill && u.Kind == s.Kind && u.To == s.To {
				same++
				break
			}
		}
	}
	t.Logf("%d of %d signals identical to a rebuild", same, total)
	if same < total*95/100 {
		t.Errorf("only %d of %d signals match a rebuild", same, total)
	}
	if truth := bruteKNN(g); knnRecall(g, truth) < 0.99 {
		t.Errorf("recall after update %.4f", knnRecall(g, truth))
	}
	if e, _ := g.Town(final[1500].ID); !e.Scarcity.NoData || len(e.Neighbours) != 0 {
		t.Errorf("emptied town = %+v", e)
	}
	if first, _ := g.Town("0:first"); first.District < 0 && len(first.Neighbours) > 0 {
		t.Errorf("new town has neighbours but no district")
	}
	if !g.AnalyticsStale() {
		t.Error("AnalyticsStale is false after an update")
	}
}

func jaccard(a, b []Neighbour) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	in := map[string]bool{}
	for _, n := range a {
		in[n.ID] = true
	}
	both := 0
	for _, n := range b {
		if in[n.ID] {
			both++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

func TestUpdateReportsRetractedSignals(t *testing.T) {
	towns := exampleTowns(t)
	opts := Options{HoldingRate: networkRate(towns)}
	g, err := Build(context.Background(), towns, opts)
	if err != nil {
		t.Fatal(err)
	}
	before := g.Signals()
	// Six of D's members learn Smart Contracts: the lack is gone.
	d := towns[3]
	for k := range 6 {
		d.Wallets = slices.Clone(d.Wallets)
		d.Wallets[k] |= 1 << exSmartContracts
		d.Holders[exSmartContracts]++
		d.Capacity[exSmartContracts] += 0.5
	}
	ch, err := g.Update(context.Background(), []Town{d})
	if err != nil {
		t.Fatal(err)
	}
	if ch.Rebuilt || !slices.Contains(ch.Findings, d.ID) || !slices.Contains(ch.Scarcity, d.ID) || !slices.Contains(ch.Neighbours, d.ID) ||
		!slices.Contains(ch.Signals, d.ID) {
		t.Fatalf("changes = %+v", ch)
	}
	var retracted *Signal
	for k, s := range ch.SignalsRemoved {
		if s.From == d.ID && s.Skill == exSmartContracts {
			retracted = &ch.SignalsRemoved[k]
		}
	}
	if retracted == nil || !slices.Contains(before, *retracted) {
		t.Fatalf("D's lack signal not reported removed: %+v", ch.SignalsRemoved)
	}
	for _, s := range g.Signals() {
		if s.From == d.ID && s.Skill == exSmartContracts {
			t.Errorf("signal still present: %+v", s)
		}
	}
	r, _ := g.Town(d.ID)
	if len(r.Lacks) != 0 {
		t.Errorf("D still lacks: %+v", r.Lacks)
	}
	// Nothing changed: nothing reported.
	ch, err = g.Update(context.Background(), []Town{d})
	if err != nil || !ch.Empty() {
		t.Errorf("no-op update reported %+v, %v", ch, err)
	}
}

func TestUpdateRebuildsWhenTheRateDrifts(t *testing.T) {
	towns := exampleTowns(t)
	g, err := Build(context.Background(), towns, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Ten new Music-only members in A move h(Music) from 0.2 to 0.4.
	a := towns[0]
	for range 10 {
		a = addMember(a, exMusic)
	}
	ch, err := g.Update(context.Background(), []Town{a})
	if err != nil {
		t.Fatal(err)
	}
	if !ch.Rebuilt || !near(g.HoldingRate()[exMusic], 16.0/40) {
		t.Fatalf("rebuilt = %v, h(Music) = %v", ch.Rebuilt, g.HoldingRate()[exMusic])
	}
	fresh, _ := Build(context.Background(), []Town{a, towns[1], towns[2], towns[3]}, Options{})
	if !reflect.DeepEqual(viewAll(g), viewAll(fresh)) {
		t.Error("snapshot after a drift rebuild differs from a fresh build")
	}
}

func TestUpdateKeepsHysteresis(t *testing.T) {
	towns := exampleTowns(t)
	opts := Options{Alpha: 0.036, ClearAlpha: 0.1, HoldingRate: networkRate(towns)}
	// D's lack of Smart Contracts has q = 36 * 2^-10 = 0.035 <= 0.036.
	g, err := Build(context.Background(), towns, opts)
	if err != nil {
		t.Fatal(err)
	}
	// D shrinks to its first 9 members, still without Smart Contracts:
	// q = 36 * 2^-9 = 0.070, above Alpha but under ClearAlpha.
	small := towns[3]
	small.Wallets = slices.Clone(small.Wallets[:9])
	small.Members = 9
	small.Holders, small.Capacity = [NumSkills]int{}, [NumSkills]float64{}
	for _, w := range small.Wallets {
		for _, s := range w.IDs() {
			small.Holders[s]++
			small.Capacity[s] += 0.7
		}
	}
	if _, err := g.Update(context.Background(), []Town{small}); err != nil {
		t.Fatal(err)
	}
	r, _ := g.Town(small.ID)
	if len(r.Lacks) != 1 || !r.Lacks[0].Held || !near(r.Lacks[0].QValue, 36.0/512) {
		t.Fatalf("after shrinking, lacks = %+v", r.Lacks)
	}
	// Without the previous round's set the same town raises nothing.
	fresh, err := Build(context.Background(), []Town{towns[0], towns[1], towns[2], small}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := fresh.Town(small.ID); len(r.Lacks) != 0 {
		t.Errorf("fresh build raised %+v", r.Lacks)
	}
	// Shrinking to 7 members: q = 36 * 2^-7 = 0.28 > ClearAlpha, cleared.
	smaller := small
	smaller.Wallets = slices.Clone(small.Wallets[:7])
	smaller.Members = 7
	smaller.Holders, smaller.Capacity = [NumSkills]int{}, [NumSkills]float64{}
	for _, w := range smaller.Wallets {
		for _, s := range w.IDs() {
			smaller.Holders[s]++
			smaller.Capacity[s] += 0.7
		}
	}
	ch, err := g.Update(context.Background(), []Town{smaller})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := g.Town(small.ID); len(r.Lacks) != 0 || !slices.Contains(ch.Findings, small.ID) {
		t.Errorf("lack above ClearAlpha not cleared: %+v, changes %+v", r.Lacks, ch)
	}
}

func TestUpdateRejectsInvalidTownsUnchanged(t *testing.T) {
	g := buildExample(t, Options{})
	before := viewAll(g)
	bad := exampleTowns(t)[0]
	bad.Holders[0] = 99
	if _, err := g.Update(context.Background(), []Town{bad}); !errors.Is(err, ErrInvalidTown) {
		t.Fatalf("err = %v", err)
	}
	a := exampleTowns(t)[0]
	if _, err := g.Update(context.Background(), []Town{a, a}); !errors.Is(err, ErrInvalidTown) {
		t.Fatalf("duplicate: err = %v", err)
	}
	if !reflect.DeepEqual(before, viewAll(g)) {
		t.Error("a rejected update changed the snapshot")
	}
}
