package store_test

import (
	"context"
	"errors"
	"io"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/store/storetest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func openStore(t *testing.T) *store.Store { return storetest.Open(t, 4) }

const chainID = 137

var (
	townA  = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	alice  = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	token  = common.HexToAddress("0x00000000000000000000000000000000000000c1")
	rootSW = common.HexToAddress("0x0000000000000000000000000000000000000005")
)

func block(n uint64, parent common.Hash) store.BlockRef {
	return store.BlockRef{Number: n, Hash: common.BigToHash(big.NewInt(int64(n*1000 + 1))), Parent: parent, Time: 1000 + 10*n, HasEvents: true}
}

// chainOf returns blocks from..to linked by parent hash.
func chainOf(from, to uint64, parent common.Hash) []store.BlockRef {
	var out []store.BlockRef
	for n := from; n <= to; n++ {
		b := block(n, parent)
		out = append(out, b)
		parent = b.Hash
	}
	return out
}

func townAt(members int) store.Town {
	return store.Town{Chain: chainID, Address: townA, CommunityID: big.NewInt(1), Template: 2, Creator: alice,
		MetadataURI: "ipfs://a", CreatedBlock: 1, CreatedTime: 1010, MembersCount: members}
}

func balanceOf(amount int64) store.Balance {
	return store.Balance{Chain: chainID, Token: token, Holder: alice, Town: townA, Amount: big.NewInt(amount)}
}

func TestApplyRollbackRestoresEveryEarlierState(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	if err := s.EnsureChain(ctx, chainID, "polygon", 1, []store.Contract{{Chain: chainID, Address: rootSW, Kind: store.KindSkillWallet, CreatedBlock: 1}}); err != nil {
		t.Fatal(err)
	}
	bs := chainOf(1, 6, common.Hash{})
	wallet := store.SkillWallet{Chain: chainID, TokenID: big.NewInt(3), Owner: alice, Town: townA,
		Skills: []store.Skill{{ID: 15, Level: 7}, {ID: 2, Level: 1}}, CreatedBlock: 2, CreatedTime: 1020}
	member := store.Member{Chain: chainID, Town: townA, Address: alice, SkillWalletID: big.NewInt(3), JoinedBlock: 2, JoinedTime: 1020}

	// Batch 1: blocks 1-3. Town created at 1, alice joins at 2 (two versions
	// of the town in one batch, and two balance changes in one block).
	b1 := &store.Batch{Chain: chainID, Blocks: bs[0:3],
		Contracts: []store.Contract{{Chain: chainID, Address: token, Kind: store.KindCredits, Town: townA, CreatedBlock: 1}},
		Towns:     []store.Version[store.Town]{{Block: 1, Value: townAt(0)}, {Block: 2, Value: townAt(1)}},
		Members:   []store.Version[store.Member]{{Block: 2, Value: member}},
		Wallets:   []store.Version[store.SkillWallet]{{Block: 2, Value: wallet}},
		Balances:  []store.Version[store.Balance]{{Block: 2, Value: balanceOf(1)}, {Block: 2, Value: balanceOf(2000)}},
		Transfers: []store.CreditTransfer{{Chain: chainID, Block: 2, LogIndex: 4, Time: 1020, Token: token, Town: townA, Kind: store.MoveMint, To: alice, Amount: big.NewInt(2000)}},
	}
	if err := s.Apply(ctx, b1); err != nil {
		t.Fatal(err)
	}
	after3, err := s.Current(ctx, chainID, store.Keys{All: true})
	if err != nil {
		t.Fatal(err)
	}

	// Batch 2: blocks 4-6. Alice spends at 4, leaves at 5, wallet activated at 6.
	activated := wallet
	activated.Activated = true
	b2 := &store.Batch{Chain: chainID, Prev: &bs[2], Blocks: bs[3:6],
		Towns:     []store.Version[store.Town]{{Block: 5, Value: townAt(0)}},
		Members:   []store.Version[store.Member]{{Block: 5, Deleted: true, Value: member}},
		Wallets:   []store.Version[store.SkillWallet]{{Block: 6, Value: activated}},
		Balances:  []store.Version[store.Balance]{{Block: 4, Value: balanceOf(1500)}},
		Transfers: []store.CreditTransfer{{Chain: chainID, Block: 4, LogIndex: 0, Time: 1040, Token: token, Town: townA, Kind: store.MoveBurn, From: alice, Amount: big.NewInt(500)}},
	}
	if err := s.Apply(ctx, b2); err != nil {
		t.Fatal(err)
	}
	after6, err := s.Current(ctx, chainID, store.Keys{All: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(after6.Members) != 0 || after6.Towns[0].MembersCount != 0 || !after6.Wallets[0].Activated ||
		after6.Balances[0].Amount.Int64() != 1500 || after6.Transfers != 2 {
		t.Fatalf("state after block 6 = %+v", after6)
	}

	// The same batch again is refused: the cursor moved.
	if err := s.Apply(ctx, b2); !errors.Is(err, store.ErrCursorMoved) {
		t.Fatalf("re-applying a batch: err = %v, want ErrCursorMoved", err)
	}

	// Roll back to block 3: exactly the state after batch 1.
	if _, err := s.Rollback(ctx, chainID, 3); err != nil {
		t.Fatal(err)
	}
	back, err := s.Current(ctx, chainID, store.Keys{All: true})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, after3) {
		t.Errorf("after rollback to 3:\n%+v\nwant\n%+v", back, after3)
	}
	cur, err := s.Cursor(ctx, chainID)
	if err != nil {
		t.Fatal(err)
	}
	if cur.Block == nil || cur.Block.Number != 3 || cur.Block.Hash != bs[2].Hash {
		t.Errorf("cursor after rollback = %+v, want block 3", cur.Block)
	}

	// A different branch applies on top of the ancestor.
	fork := chainOf(4, 4, bs[2].Hash)
	fork[0].Hash = common.HexToHash("0xf00")
	if err := s.Apply(ctx, &store.Batch{Chain: chainID, Prev: cur.Block, Blocks: fork,
		Balances: []store.Version[store.Balance]{{Block: 4, Value: balanceOf(7)}}}); err != nil {
		t.Fatal(err)
	}
	final, err := s.Current(ctx, chainID, store.Keys{Balances: [][2]common.Address{{token, alice}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(final.Balances) != 1 || final.Balances[0].Amount.Int64() != 7 {
		t.Errorf("balance on the new branch = %+v, want 7", final.Balances)
	}
}

// Versions are readable "as of" any block, as the API's time travel needs.
func TestVersionsCoverEveryBlockOnce(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	if err := s.EnsureChain(ctx, chainID, "polygon", 1, nil); err != nil {
		t.Fatal(err)
	}
	bs := chainOf(1, 4, common.Hash{})
	err := s.Apply(ctx, &store.Batch{Chain: chainID, Blocks: bs,
		Balances: []store.Version[store.Balance]{{Block: 1, Value: balanceOf(10)}, {Block: 3, Value: balanceOf(30)}, {Block: 4, Value: balanceOf(40)}}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]int64{1: 10, 2: 10, 3: 30, 4: 40, 99: 40}
	for n, amount := range want {
		var got []int64
		rows, err := s.Pool().Query(ctx, `SELECT amount::bigint FROM credit_balances WHERE block_range @> $1::int8`, n)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var a int64
			if err := rows.Scan(&a); err != nil {
				t.Fatal(err)
			}
			got = append(got, a)
		}
		rows.Close()
		if len(got) != 1 || got[0] != amount {
			t.Errorf("balance as of block %d = %v, want [%d]", n, got, amount)
		}
	}
}

func TestRollbackRetractsSignalsCausedAboveTheFork(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	if err := s.EnsureChain(ctx, chainID, "polygon", 1, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.Apply(ctx, &store.Batch{Chain: chainID, Blocks: chainOf(1, 5, common.Hash{})}); err != nil {
		t.Fatal(err)
	}
	for _, blk := range []int{2, 4, 5} {
		_, err := s.Pool().Exec(ctx, `INSERT INTO signals (from_chain, from_address, skill, kind, chain_id, block, time, reason)
			VALUES ($1, $2, 15, 'LACK', $1, $3, 0, 'test')`, chainID, townA.Bytes(), blk)
		if err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.Rollback(ctx, chainID, 3)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("retracted %d signals, want 2", n)
	}
	var live, retracted, retractions int
	err = s.Pool().QueryRow(ctx, `SELECT
		count(*) FILTER (WHERE kind = 'LACK' AND NOT retracted),
		count(*) FILTER (WHERE kind = 'LACK' AND retracted),
		count(*) FILTER (WHERE kind = 'RETRACTED' AND retracts IS NOT NULL)
		FROM signals`).Scan(&live, &retracted, &retractions)
	if err != nil {
		t.Fatal(err)
	}
	if live != 1 || retracted != 2 || retractions != 2 {
		t.Errorf("live %d retracted %d retractions %d, want 1 2 2", live, retracted, retractions)
	}
}

func TestMigrateIsIdempotentAndReversible(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	var out1, out2 collect
	if err := store.Migrate(ctx, url, "up", &out1); err != nil {
		t.Fatal(err)
	}
	if err := store.Migrate(ctx, url, "up", &out2); err != nil {
		t.Fatal(err)
	}
	if out1.lines == 0 || out2.lines != 0 {
		t.Errorf("first up applied %d, second up applied %d; want >0 then 0", out1.lines, out2.lines)
	}
	for range out1.lines {
		if err := store.Migrate(ctx, url, "down", io.Discard); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.Migrate(ctx, url, "up", io.Discard); err != nil {
		t.Fatalf("up after full down: %v", err)
	}
}

type collect struct{ lines int }

func (c *collect) Write(p []byte) (int, error) {
	for _, b := range p {
		if b == '\n' {
			c.lines++
		}
	}
	return len(p), nil
}
