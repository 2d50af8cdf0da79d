package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/store"
)

// indexSomething applies a town and a signal on a chain as the indexer and
// the engine would.
func indexSomething(t *testing.T, s *store.Store, chain uint64) {
	t.Helper()
	ctx := context.Background()
	town := townAt(1)
	town.Chain = chain
	b := &store.Batch{Chain: chain, Blocks: chainOf(1, 3, common.Hash{}), Towns: []store.Version[store.Town]{{Block: 1, Value: town}}}
	if err := s.Apply(ctx, b); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Pool().Exec(ctx, `INSERT INTO signals (from_chain, from_address, skill, kind, chain_id, block, time, reason)
		VALUES ($1, $2, 15, 'LACK', $1, 2, 0, 'test')`, chain, townA.Bytes()); err != nil {
		t.Fatal(err)
	}
}

func count(t *testing.T, s *store.Store, sql string, args ...any) int {
	t.Helper()
	var n int
	if err := s.Pool().QueryRow(context.Background(), sql, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestClaimForDevnetForgetsEarlierDevnetRunsOnly(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)

	// A real Polygon is indexed: the devnet must not touch it.
	if err := s.EnsureChain(ctx, chainID, "polygon", 1, nil); err != nil {
		t.Fatal(err)
	}
	indexSomething(t, s, chainID)
	err := s.ClaimForDevnet(ctx, map[uint64]string{1: "ethereum", chainID: "polygon"})
	if !errors.Is(err, store.ErrRealChain) {
		t.Fatalf("claim over a real chain: %v, want ErrRealChain", err)
	}
	if n := count(t, s, `SELECT count(*) FROM towns WHERE chain_id = $1`, chainID); n != 1 {
		t.Fatalf("the refused claim changed the real chain: %d towns", n)
	}
	if n := count(t, s, `SELECT count(*) FROM chains WHERE chain_id = 1`); n != 0 {
		t.Fatalf("the refused claim registered chain 1 anyway")
	}

	// Chain 1 is a devnet chain: a later run forgets what an earlier one indexed.
	const devChain = 1
	if err := s.ClaimForDevnet(ctx, map[uint64]string{devChain: "ethereum"}); err != nil {
		t.Fatal(err)
	}
	if err := s.EnsureChain(ctx, devChain, "ethereum", 1, nil); err != nil {
		t.Fatal(err)
	}
	indexSomething(t, s, devChain)
	if err := s.ClaimForDevnet(ctx, map[uint64]string{devChain: "ethereum"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`SELECT count(*) FROM towns WHERE chain_id = $1`,
		`SELECT count(*) FROM blocks WHERE chain_id = $1`,
		`SELECT count(*) FROM signals WHERE chain_id = $1`,
		`SELECT count(*) FROM chains WHERE chain_id = $1 AND indexed_block IS NOT NULL`,
	} {
		if n := count(t, s, q, devChain); n != 0 {
			t.Errorf("%s = %d after a new devnet run", q, n)
		}
	}
	cur, err := s.Cursor(ctx, devChain)
	if err != nil || cur.Block != nil {
		t.Errorf("cursor after claim: %+v, %v; want a chain that starts over", cur, err)
	}
	if n := count(t, s, `SELECT count(*) FROM towns WHERE chain_id = $1`, chainID); n != 1 {
		t.Errorf("the real chain lost data: %d towns", n)
	}
}
