package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/store"
)

const smartContracts = 15

// dltMembers are n members of a blockchain town: a DLT skill and a tech or
// protocol skill each (ids 12..23), plus Smart Contracts if withSC.
func dltMembers(n int, withSC bool) [][3]devnet.SkillSlot {
	out := make([][3]devnet.SkillSlot, n)
	for i := range out {
		out[i][0] = devnet.SkillSlot{ID: uint8(12 + i%3), Level: 5} // DeFi, infrastructure, architecture
		out[i][1] = devnet.SkillSlot{ID: uint8(16 + i%8), Level: 5} // Backend .. Governance
		if withSC {
			out[i][2] = devnet.SkillSlot{ID: smartContracts, Level: 8}
		}
	}
	return out
}

type signalEvent struct {
	Signals struct {
		ID       string
		Kind     string
		Block    string
		FromID   string
		From     *struct{ ID string }
		To       *struct{ ID string }
		Retracts *struct{ ID string }
	}
}

// TestLackingTownIsSignalledWithinASecondAndAReorgRetractsIt: on a real
// chain, a blockchain town without Smart Contracts sits among towns where
// half the members do them. When a town full of Smart Contracts people
// appears, the lacking town gets a LACK signal pointing to it, delivered to
// a graphql-ws subscriber within a second of the block; when a reorg takes
// that block away, the signal is retracted and the subscriber told.
func TestLackingTownIsSignalledWithinASecondAndAReorgRetractsIt(t *testing.T) {
	ctx := context.Background()
	p := startPipeline(t, devnet.Options{
		Chains: devnet.DefaultChains(2)[1:], // polygon
		Seed:   3, Accounts: 400,
		Sim: devnet.SimConfig{Towns: 1, MembersPerTown: 2},
	})
	for range 6 {
		if _, _, err := p.sim.CreateTown(ctx, devnet.TemplateOpenSource, append(dltMembers(8, true), dltMembers(8, false)...)); err != nil {
			t.Fatal(err)
		}
	}
	lacker, _, err := p.sim.CreateTown(ctx, devnet.TemplateOpenSource, dltMembers(30, false))
	if err != nil {
		t.Fatal(err)
	}
	p.waitIndexed(t)
	// The engine's first full build has scored the lacking town.
	deadline := time.Now().Add(20 * time.Second)
	for {
		var d struct {
			Town struct{ Scarcity *struct{ Score *int } }
		}
		p.query(t, "/graphql", `{ town(id: "`+p.townID(lacker)+`") { scarcity { score } } }`, &d)
		if d.Town.Scarcity != nil && d.Town.Scarcity.Score != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the lacking town was not scored within 20s")
		}
		time.Sleep(20 * time.Millisecond)
	}

	sub := p.subscribe(t, `subscription { signals(town: "`+p.townID(lacker)+`", skill: 15) {
		id kind block fromId from { id } to { id } retracts { id } } }`)
	time.Sleep(300 * time.Millisecond) // let the server register the operation

	supplier, _, err := p.sim.CreateTown(ctx, devnet.TemplateOpenSource, dltMembers(30, true))
	if err != nil {
		t.Fatal(err)
	}
	sealed := time.Now()
	head, err := p.chain.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The supplier's spare Smart Contracts may also be signalled the other
	// way (EXCESS from the supplier): wait for the lacking town's LACK.
	var ev signalEvent
	var at time.Time
	for ev.Signals.Kind != "LACK" || ev.Signals.FromID != p.townID(lacker) {
		at = sub.next(t, 5*time.Second, &ev)
	}
	latency := at.Sub(sealed)
	t.Logf("LACK signal %s reached the subscriber %s after its block was sealed", ev.Signals.ID, latency.Round(time.Millisecond))
	sg := ev.Signals
	if sg.Kind != "LACK" || sg.From == nil || sg.From.ID != p.townID(lacker) || sg.To == nil || sg.To.ID != p.townID(supplier) {
		t.Fatalf("signal = %+v, want LACK from %s to %s", sg, p.townID(lacker), p.townID(supplier))
	}
	if sg.Block != head.Number.String() {
		t.Errorf("signal block %s, want the supplier's block %s", sg.Block, head.Number)
	}
	if latency > time.Second {
		t.Errorf("signal arrived %s after its block, want within 1s", latency)
	}
	live, err := p.st.ActiveSignals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, s := range live {
		found = found || (s.From.Address == lacker && s.Skill == smartContracts && s.Kind == store.SignalLack && s.To != nil && s.To.Address == supplier)
	}
	if !found {
		t.Errorf("the signal is not live in the store: %+v", live)
	}

	// Reorg the supplier's block away.
	if _, err := p.sim.Reorg(ctx, 1); err != nil {
		t.Fatal(err)
	}
	var retraction signalEvent
	for r := &retraction.Signals; r.Kind != "RETRACTED" || r.Retracts == nil || r.Retracts.ID != sg.ID; {
		sub.next(t, 10*time.Second, &retraction) // fails the test if it never comes
	}
	live, err = p.st.ActiveSignals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range live {
		if s.To != nil && s.To.Address == supplier {
			t.Errorf("a live signal still points to the reorged-away town: %+v", s)
		}
	}
}
