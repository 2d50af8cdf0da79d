package engine_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/engine"
	"github.com/distributedtown/dito-graph/graph"
	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/store/storetest"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s := storetest.Open(t, 4)
	if err := s.EnsureChain(context.Background(), chain, "polygon", 1, nil); err != nil {
		t.Fatal(err)
	}
	return s
}

// checkOneLivePerKey is the store invariant the engine keeps: at most one
// live (not retracted, not itself a retraction) signal per (from town,
// skill, kind), and no retraction of a signal that is still live.
func checkOneLivePerKey(t *testing.T, s *store.Store, when string) {
	t.Helper()
	ctx := context.Background()
	rows, err := s.Pool().Query(ctx, `
		SELECT from_chain, encode(from_address, 'hex'), skill, kind, count(*), array_agg(id ORDER BY id)
		FROM signals WHERE kind <> 'RETRACTED' AND NOT retracted
		GROUP BY 1, 2, 3, 4 HAVING count(*) > 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			fromChain, n int64
			from, kind   string
			skill        int16
			ids          []int64
		)
		if err := rows.Scan(&fromChain, &from, &skill, &kind, &n, &ids); err != nil {
			t.Fatal(err)
		}
		t.Errorf("%s: %d live %s signals for town %d-0x%s skill %d: ids %v", when, n, kind, fromChain, from, skill, ids)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	var orphans int
	if err := s.Pool().QueryRow(ctx, `
		SELECT count(*) FROM signals r JOIN signals s ON s.id = r.retracts
		WHERE r.kind = 'RETRACTED' AND NOT s.retracted`).Scan(&orphans); err != nil {
		t.Fatal(err)
	}
	if orphans > 0 {
		t.Errorf("%s: %d RETRACTED rows withdraw a signal that is still live", when, orphans)
	}
}

// liveLack is the id of the live LACK signal of town's skill (0 if none).
func liveLack(t *testing.T, s *store.Store, town common.Address, skill int) int64 {
	t.Helper()
	live, err := s.ActiveSignals(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	for _, sg := range live {
		if sg.From.Address == town && sg.Skill == skill && sg.Kind == store.SignalLack {
			id = sg.ID
		}
	}
	return id
}

func hasScore(t *testing.T, s *store.Store, town common.Address) bool {
	t.Helper()
	var n int
	if err := s.Pool().QueryRow(context.Background(), `SELECT count(*) FROM town_scores WHERE address = $1`, town.Bytes()).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n == 1
}

func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !ok(); time.Sleep(30 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// lackNetwork stores block 1: a blockchain town without Smart Contracts,
// a background where half the members do them, and a supplier full of them.
func lackNetwork(t *testing.T, s *store.Store) (lacker common.Address, b1 store.BlockRef) {
	t.Helper()
	lacker, supplier := addr(1), addr(2)
	b := &store.Batch{Chain: chain, Blocks: []store.BlockRef{blockRef(1, common.Hash{})}}
	townBatch(b, 1, lacker, 1000, dltMembers(30, false))
	for k := range 8 {
		townBatch(b, 1, addr(10+k), 2000+100*k, append(dltMembers(8, true), dltMembers(8, false)...))
	}
	townBatch(b, 1, supplier, 5000, dltMembers(30, true))
	if err := s.Apply(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	return lacker, b.Blocks[0]
}

// TestLiveSignalsStayOnePerKeyAndACureRetractsThem runs the engine as dito
// does: a first build raises the lacking town's signal; an unrelated town
// appears (the signal is unchanged and must keep its stored row); then the
// lacking town takes on Smart Contracts members, which must retract that
// very row. Once with updates that fall back to a full recomputation (the
// holding rate drifts, as on the devnet) and once with updates that stay
// incremental. Throughout, the store holds one live signal per key.
func TestLiveSignalsStayOnePerKeyAndACureRetractsThem(t *testing.T) {
	for _, tc := range []struct {
		name     string
		maxDrift float64
	}{
		{"drift rebuilds", 0}, // default 0.005: every change here drifts more
		{"incremental", 0.99}, // no change drifts this far
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s := openStore(t)
			lacker, b1 := lackNetwork(t, s)
			e := engine.New(engine.Config{Debounce: 20 * time.Millisecond, Graph: graph.Options{MaxDrift: tc.maxDrift}}, s,
				slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
			rctx, cancel := context.WithCancel(ctx)
			done := make(chan error, 1)
			go func() { done <- e.Run(rctx) }()
			defer func() {
				cancel()
				if err := <-done; err != nil {
					t.Errorf("engine: %v", err)
				}
			}()

			var sid int64
			eventually(t, "the lack signal", func() bool { sid = liveLack(t, s, lacker, smartContracts); return sid != 0 })
			checkOneLivePerKey(t, s, "after the first build")

			// Block 2: an art town appears, far from the lacking town.
			b2 := &store.Batch{Chain: chain, Prev: &b1, Blocks: []store.BlockRef{blockRef(2, b1.Hash)}}
			art := make([][]store.Skill, 6)
			for i := range art {
				art[i] = []store.Skill{{ID: 24 + i%4, Level: 5}, {ID: 28 + i%4, Level: 5}}
			}
			artTown := addr(99)
			townBatch(b2, 2, artTown, 8000, art)
			b2.Towns[0].Value.Template = 1
			if err := s.Apply(ctx, b2); err != nil {
				t.Fatal(err)
			}
			e.Touch(store.TownRef{Chain: chain, Address: artTown})
			eventually(t, "the art town's round", func() bool { return hasScore(t, s, artTown) })
			checkOneLivePerKey(t, s, "after an unrelated town changed")
			if got := liveLack(t, s, lacker, smartContracts); got != sid {
				t.Fatalf("the unchanged lack signal is now %d, want it kept as %d", got, sid)
			}

			// Block 3: 30 members with Smart Contracts join the lacking town.
			b3 := &store.Batch{Chain: chain, Prev: &b2.Blocks[0], Blocks: []store.BlockRef{blockRef(3, b2.Blocks[0].Hash)}}
			b3.Towns = append(b3.Towns, store.Version[store.Town]{Block: 3, Value: store.Town{
				Chain: chain, Address: lacker, CommunityID: big.NewInt(1000), Template: 0, Creator: lacker,
				MembersCount: 60, CreatedBlock: 1, CreatedTime: 1001}})
			for i, skills := range dltMembers(30, true) {
				id := big.NewInt(int64(9000 + i))
				member := common.BigToAddress(new(big.Int).Add(big.NewInt(1<<40), id))
				b3.Members = append(b3.Members, store.Version[store.Member]{Block: 3, Value: store.Member{
					Chain: chain, Town: lacker, Address: member, SkillWalletID: id, JoinedBlock: 3, JoinedTime: 1003}})
				b3.Wallets = append(b3.Wallets, store.Version[store.SkillWallet]{Block: 3, Value: store.SkillWallet{
					Chain: chain, TokenID: id, Owner: member, Town: lacker, Skills: skills, CreatedBlock: 3, CreatedTime: 1003}})
			}
			if err := s.Apply(ctx, b3); err != nil {
				t.Fatal(err)
			}
			e.Touch(store.TownRef{Chain: chain, Address: lacker})
			var retractions int
			eventually(t, fmt.Sprintf("signal %d to be retracted", sid), func() bool {
				if err := s.Pool().QueryRow(ctx, `SELECT count(*) FROM signals WHERE kind = 'RETRACTED' AND retracts = $1`, sid).Scan(&retractions); err != nil {
					t.Fatal(err)
				}
				return retractions > 0
			})
			if retractions != 1 {
				t.Errorf("signal %d retracted %d times, want once", sid, retractions)
			}
			checkOneLivePerKey(t, s, "after the cure")
			if got := liveLack(t, s, lacker, smartContracts); got != 0 {
				t.Errorf("the cured town still has a live lack signal %d", got)
			}

			// A restarted engine starts from the store and agrees with it.
			if err := engine.New(engine.Config{}, s, slog.New(slog.DiscardHandler), nil).Rebuild(ctx); err != nil {
				t.Fatal(err)
			}
			checkOneLivePerKey(t, s, "after a restart")
		})
	}
}

// TestRebuildWithdrawsDuplicateLiveSignals: a database where an earlier
// version left two live rows for one key ends with one after a rebuild,
// the older withdrawn with a RETRACTED row bots receive.
func TestRebuildWithdrawsDuplicateLiveSignals(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	lacker, _ := lackNetwork(t, s)
	log := slog.New(slog.DiscardHandler)
	if err := engine.New(engine.Config{}, s, log, nil).Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	sid := liveLack(t, s, lacker, smartContracts)
	if sid == 0 {
		t.Fatal("no lack signal")
	}
	var dup int64
	if err := s.Pool().QueryRow(ctx, `
		INSERT INTO signals (from_chain, from_address, to_chain, to_address, skill, kind, probability, surplus, scarcity, chain_id, block, time, reason)
		SELECT from_chain, from_address, to_chain, to_address, skill, kind, probability, surplus, scarcity, chain_id, block, time, reason
		FROM signals WHERE id = $1 RETURNING id`, sid).Scan(&dup); err != nil {
		t.Fatal(err)
	}
	if err := engine.New(engine.Config{}, s, log, nil).Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	checkOneLivePerKey(t, s, "after the rebuild")
	if got := liveLack(t, s, lacker, smartContracts); got != dup {
		t.Errorf("live lack signal %d, want the newest row %d kept", got, dup)
	}
	var n int
	if err := s.Pool().QueryRow(ctx, `SELECT count(*) FROM signals WHERE kind = 'RETRACTED' AND retracts = $1`, sid).Scan(&n); err != nil || n != 1 {
		t.Errorf("older duplicate %d retracted %d times (%v), want once", sid, n, err)
	}
}

// TestSupplierGrowingKeepsTheSignal: a lack's recipient gaining spare
// holders is not news for the bots that were told to ask it: the live
// signal keeps its stored row (and the surplus it had when sent), with no
// retraction. Only a new recipient, or the lack ending, re-sends.
func TestSupplierGrowingKeepsTheSignal(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	lacker, b1 := lackNetwork(t, s)
	supplier := addr(2)
	e := engine.New(engine.Config{}, s, slog.New(slog.DiscardHandler), nil)
	if err := e.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	sid := liveLack(t, s, lacker, smartContracts)
	live, before := signalsOf(t, s)
	var sent store.Signal
	for _, sg := range live {
		if sg.ID == sid {
			sent = sg
		}
	}
	if sid == 0 || sent.To == nil || sent.To.Address != supplier {
		t.Fatalf("setup: lack signal %+v, want one to the supplier", sent)
	}

	// Block 2: ten more members with Smart Contracts join the supplier.
	b2 := &store.Batch{Chain: chain, Prev: &b1, Blocks: []store.BlockRef{blockRef(2, b1.Hash)}}
	townBatch(b2, 2, supplier, 5000, dltMembers(40, true))
	b2.Towns[0].Value.CreatedBlock = 1
	if err := s.Apply(ctx, b2); err != nil {
		t.Fatal(err)
	}
	if err := e.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	g := snapshotOf(e)
	if r, _ := g.Town(store.TownRef{Chain: chain, Address: lacker}.ID()); len(r.Signals) == 0 || r.Signals[0].Surplus <= sent.Surplus {
		t.Fatalf("setup: the recomputed signal %+v does not show the supplier's larger surplus (was %d)", r.Signals, sent.Surplus)
	}
	if got := liveLack(t, s, lacker, smartContracts); got != sid {
		t.Errorf("live lack signal is %d after the supplier grew, want %d kept", got, sid)
	}
	if _, after := signalsOf(t, s); after != before {
		t.Errorf("%d retractions after the supplier grew, want %d", after, before)
	}
}

func snapshotOf(e *engine.Engine) *graph.Snapshot {
	var g *graph.Snapshot
	e.Snapshot(func(s *graph.Snapshot) { g = s })
	return g
}
