package engine_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/engine"
	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

const chain = 137

const smartContracts = 15

func addr(n int) common.Address { return common.BigToAddress(big.NewInt(int64(0x1000 + n))) }

func blockRef(n uint64, parent common.Hash) store.BlockRef {
	return store.BlockRef{Number: n, Hash: common.BigToHash(big.NewInt(int64(n*7919 + 13))), Parent: parent, Time: 1000 + n, HasEvents: true}
}

// townBatch adds a town whose members hold the given skill sets.
func townBatch(b *store.Batch, block uint64, town common.Address, firstWallet int, sets [][]store.Skill) {
	b.Towns = append(b.Towns, store.Version[store.Town]{Block: block, Value: store.Town{
		Chain: chain, Address: town, CommunityID: big.NewInt(int64(firstWallet)), Template: 0, Creator: town,
		MembersCount: len(sets), CreatedBlock: block, CreatedTime: 1000 + block,
	}})
	for i, skills := range sets {
		id := big.NewInt(int64(firstWallet + i))
		member := common.BigToAddress(new(big.Int).Add(big.NewInt(1<<40), id))
		b.Members = append(b.Members, store.Version[store.Member]{Block: block, Value: store.Member{
			Chain: chain, Town: town, Address: member, SkillWalletID: id, JoinedBlock: block, JoinedTime: 1000 + block}})
		b.Wallets = append(b.Wallets, store.Version[store.SkillWallet]{Block: block, Value: store.SkillWallet{
			Chain: chain, TokenID: id, Owner: member, Town: town, Skills: skills, CreatedBlock: block, CreatedTime: 1000 + block}})
	}
}

// dltMembers returns n skill sets from the DLT & Blockchain category
// (ids 12..23); withSC says whether they include Smart Contracts.
func dltMembers(n int, withSC bool) [][]store.Skill {
	var out [][]store.Skill
	for i := range n {
		a, b := 12+i%3, 16+i%8 // DeFi.., Backend..Governance
		set := []store.Skill{{ID: a, Level: 5}, {ID: b, Level: 5}}
		if withSC {
			set = append(set, store.Skill{ID: smartContracts, Level: 8})
		}
		out = append(out, set)
	}
	return out
}

func signalsOf(t *testing.T, s *store.Store) (live []store.Signal, retractions int) {
	t.Helper()
	var err error
	live, err = s.ActiveSignals(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Pool().QueryRow(context.Background(), `SELECT count(*) FROM signals WHERE kind = 'RETRACTED'`).Scan(&retractions); err != nil {
		t.Fatal(err)
	}
	return live, retractions
}

// A town of blockchain people without anyone doing Smart Contracts, next to
// a town full of them, gets a LACK signal pointing there; when a reorg
// removes the supplier, the signal is retracted.
func TestLackSignalsTheClosestSupplierAndReorgRetractsIt(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	lacker, supplier := addr(1), addr(2)

	// Block 1: the lacking town and a background of towns where about
	// half the members do Smart Contracts, so the skill is common.
	b1 := &store.Batch{Chain: chain, Blocks: []store.BlockRef{blockRef(1, common.Hash{})}}
	townBatch(b1, 1, lacker, 1000, dltMembers(30, false))
	for k := range 8 {
		sets := append(dltMembers(8, true), dltMembers(8, false)...)
		townBatch(b1, 1, addr(10+k), 2000+100*k, sets)
	}
	if err := s.Apply(ctx, b1); err != nil {
		t.Fatal(err)
	}
	// Block 2: the supplier, a blockchain town where everyone does Smart Contracts.
	b2 := &store.Batch{Chain: chain, Prev: &b1.Blocks[0], Blocks: []store.BlockRef{blockRef(2, b1.Blocks[0].Hash)}}
	townBatch(b2, 2, supplier, 5000, dltMembers(30, true))
	if err := s.Apply(ctx, b2); err != nil {
		t.Fatal(err)
	}

	e := engine.New(engine.Config{}, s, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	if err := e.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	live, _ := signalsOf(t, s)
	var got *store.Signal
	for i, sg := range live {
		if sg.From.Address == lacker && sg.Skill == smartContracts {
			got = &live[i]
		}
	}
	if got == nil {
		t.Fatalf("no signal for the lacking town's Smart Contracts; live signals: %+v", live)
	}
	if got.Kind != store.SignalLack || got.To == nil || got.To.Address != supplier {
		t.Fatalf("signal = %+v (to %v), want LACK to the supplier %s", got, got.To, supplier)
	}
	if got.Block != 2 || got.Probability <= 0 || got.Probability > 1 || got.Reason == "" {
		t.Errorf("signal details: block %d probability %g reason %q", got.Block, got.Probability, got.Reason)
	}

	// A rebuild on unchanged data emits nothing new.
	before := len(live)
	if err := e.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	again, retractions := signalsOf(t, s)
	if len(again) != before || retractions != 0 {
		t.Errorf("idempotent rebuild changed signals: %d -> %d live, %d retractions", before, len(again), retractions)
	}

	// Reorg back to block 1: the supplier never existed.
	if _, err := s.Rollback(ctx, chain, 1); err != nil {
		t.Fatal(err)
	}
	if err := e.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	after, retractions := signalsOf(t, s)
	for _, sg := range after {
		if sg.ID == got.ID {
			t.Errorf("signal %d survived the reorg that removed its cause", got.ID)
		}
		if sg.To != nil && sg.To.Address == supplier {
			t.Errorf("a live signal still points to the reorged-away town: %+v", sg)
		}
	}
	if retractions == 0 {
		t.Error("no RETRACTED signal was recorded for bots")
	}
}
