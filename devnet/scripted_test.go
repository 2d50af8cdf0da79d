package devnet

import (
	"testing"
)

// A scripted town is on chain with exactly the members and skills asked
// for, and the simulator carries on around it, across a reorg too.
func TestCreateTownScriptsMembersAndSkills(t *testing.T) {
	ctx := t.Context()
	d := startManual(t, DefaultChains(1), 5, SimConfig{Towns: 3, MembersPerTown: 4})
	sim := d.Simulators()[0]
	if _, err := sim.Step(ctx, 10); err != nil {
		t.Fatal(err)
	}
	sets := [][3]SkillSlot{
		{{ID: 15, Level: 9}, {ID: 16, Level: 3}},
		{{ID: 15, Level: 7}},
		{{ID: 12, Level: 2}, {ID: 13, Level: 4}, {ID: 14, Level: 6}},
	}
	addr, res, err := sim.CreateTown(ctx, TemplateOpenSource, sets)
	if err != nil {
		t.Fatal(err)
	}
	if res.Logs == 0 {
		t.Fatalf("block %d has no logs", res.Head)
	}
	// scripted reports whether the town at addr has exactly the scripted
	// members. After a reorg the address may hold another town: factory
	// CREATE addresses repeat on the new branch.
	scripted := func() bool {
		t.Helper()
		truth, err := ReadTruth(ctx, sim.Chain())
		if err != nil {
			t.Fatal(err)
		}
		for _, tw := range truth.Towns {
			if tw.Address != addr {
				continue
			}
			if tw.Template != TemplateOpenSource || len(tw.Members) != len(sets) {
				return false
			}
			got := map[[3]SkillSlot]int{}
			for _, w := range truth.Wallets {
				if w.Community == addr {
					got[w.Skills]++
				}
			}
			for _, s := range sets {
				if got[s] == 0 {
					return false
				}
				got[s]--
			}
			return true
		}
		return false
	}
	if !scripted() {
		t.Fatal("the scripted town is not on chain as asked")
	}
	// One more simulated block (members may join, leave or move), then a
	// reorg of both blocks.
	if _, err := sim.Step(ctx, 10); err != nil {
		t.Fatal(err)
	}
	if _, err := sim.Reorg(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if scripted() {
		t.Fatal("the scripted town survived a reorg below its block")
	}
	if _, err := sim.Step(ctx, 10); err != nil {
		t.Fatal(err)
	}
	if _, _, err := sim.CreateTown(ctx, TemplateArt, nil); err == nil {
		t.Error("a town without members was accepted")
	}
	if _, _, err := sim.CreateTown(ctx, TemplateArt, [][3]SkillSlot{{{ID: 40, Level: 1}}}); err == nil {
		t.Error("skill 40 was accepted")
	}
}
