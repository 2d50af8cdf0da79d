package indexer

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/store"
)

// TestEventsBeforeCommunityCreatedBelongToTheTown: a Community's
// constructor mints credits and may open gigs before the factory emits
// CommunityCreated, so in one transaction those logs come first. They must
// still be attributed to the new town.
func TestEventsBeforeCommunityCreatedBelongToTheTown(t *testing.T) {
	factory := common.HexToAddress("0x00000000000000000000000000000000000fac70")
	credits := common.HexToAddress("0x000000000000000000000000000000000000c4ed")
	gigs := common.HexToAddress("0x0000000000000000000000000000000000000619")
	tx := common.HexToHash("0x7")
	const block = 12
	meta := func(index uint, addr common.Address) Meta {
		return Meta{Block: block, Time: 1_700_000_000, LogIndex: index, TxHash: tx, Address: addr}
	}
	evs := []Decoded{
		{Meta: meta(0, credits), Event: CreditMove{Kind: store.MoveMint, To: alice, Amount: big.NewInt(2000)}},
		{Meta: meta(1, gigs), Event: GigCreated{Creator: alice, ID: big.NewInt(1), Credits: big.NewInt(30)}},
		{Meta: meta(2, factory), Event: CommunityCreated{Community: town, CommunityID: big.NewInt(4), Creator: alice, Credits: credits, Gigs: gigs}},
		{Meta: meta(3, credits), Event: CreditMove{Kind: store.MoveSend, From: alice, To: bob, Amount: big.NewInt(5)}},
	}
	s := newState(1, []store.Contract{{Chain: 1, Address: factory, Kind: store.KindDistributedTown}})
	// Nothing is stored yet: every entity is known not to exist.
	s.balances[[2]common.Address{credits, alice}] = nil
	s.balances[[2]common.Address{credits, bob}] = nil
	b := &store.Batch{Chain: 1}
	if skipped := s.apply(b, evs); len(skipped) > 0 {
		t.Fatalf("skipped: %v", skipped)
	}

	if len(b.Transfers) != 2 {
		t.Fatalf("%d transfers, want 2", len(b.Transfers))
	}
	for _, tr := range b.Transfers {
		if tr.Town != town {
			t.Errorf("transfer at log %d attributed to town %s, want %s", tr.LogIndex, tr.Town, town)
		}
	}
	for _, v := range b.Balances {
		if v.Value.Town != town {
			t.Errorf("balance of %s attributed to town %s, want %s", v.Value.Holder, v.Value.Town, town)
		}
	}
	if len(b.Gigs) != 1 || b.Gigs[0].Value.Town != town {
		t.Errorf("gig versions %+v, want one of town %s", b.Gigs, town)
	}
	want := map[common.Address]string{town: store.KindCommunity, credits: store.KindCredits, gigs: store.KindGigs}
	if len(b.Contracts) != len(want) {
		t.Fatalf("registered contracts %+v, want the town's three", b.Contracts)
	}
	for _, c := range b.Contracts {
		if want[c.Address] != c.Kind || c.Town != town || c.CreatedBlock != block {
			t.Errorf("registered %+v, want kind %q of town %s from block %d", c, want[c.Address], town, block)
		}
	}
}
