package devnet

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/distributedtown/dito-graph/abis"
)

// TestSuiteEmitsProtocolEvents drives every contract function by hand on
// both SkillWallet variants and checks each emitted log, in order, decodes
// to the expected values; then checks ReadTruth reports the final state.
func TestSuiteEmitsProtocolEvents(t *testing.T) {
	d := startManual(t, DefaultChains(2), 1, SimConfig{})
	for _, c := range d.Chains() {
		t.Run(c.Name, func(t *testing.T) { testSuiteEvents(t, c) })
	}
}

func skillSet(a, la, b, lb, c, lc uint8) [3]SkillSlot {
	return [3]SkillSlot{{a, la}, {b, lb}, {c, lc}}
}

func testSuiteEvents(t *testing.T, c *Chain) {
	s := c.suite
	alice, bob, carol := c.users[0], c.users[1], c.users[2]
	zero := common.Address{}
	n := func(v int64) *big.Int { return big.NewInt(v) }
	d := func(v int64) *big.Int { return dito(v) }

	// expectWalletCreated checks SkillWalletCreated in whichever variant
	// the chain runs; role is the V2 trailing word.
	expectWalletCreated := func(l *types.Log, owner, town common.Address, id int64, set [3]SkillSlot, role int64) {
		t.Helper()
		if c.SkillWalletV2 {
			expectLog(t, l, c.Contracts.SkillWallet, s.sw2.UnpackSkillWalletCreatedEvent, abis.SkillWalletV2SkillWalletCreated{
				SkillWalletOwner: owner, Community: town, SkillWalletId: n(id), SkillSet: toSkillSet(set), Role: n(role),
			})
			return
		}
		expectLog(t, l, c.Contracts.SkillWallet, s.sw.UnpackSkillWalletCreatedEvent, abis.SkillWalletSkillWalletCreated{
			SkillWalletOwner: owner, Community: town, SkillWalletId: n(id), SkillSet: toSkillSet(set),
		})
	}
	// expectMove checks one credit movement's ERC777 + ERC20 pair.
	expectSent := func(logs []*types.Log, token, operator, from, to common.Address, amount *big.Int, data, opData []byte) {
		t.Helper()
		expectLog(t, logs[0], token, s.credit.UnpackSentEvent, abis.DITOCreditSent{
			Operator: operator, From: from, To: to, Amount: amount, Data: data, OperatorData: opData,
		})
		expectLog(t, logs[1], token, s.credit.UnpackTransferEvent, abis.DITOCreditTransfer{From: from, To: to, Value: amount})
	}
	expectMinted := func(logs []*types.Log, token, operator, to common.Address, amount *big.Int) {
		t.Helper()
		expectLog(t, logs[0], token, s.credit.UnpackMintedEvent, abis.DITOCreditMinted{
			Operator: operator, To: to, Amount: amount, Data: []byte{}, OperatorData: []byte{},
		})
		expectLog(t, logs[1], token, s.credit.UnpackTransferEvent, abis.DITOCreditTransfer{From: zero, To: to, Value: amount})
	}
	expectBurned := func(logs []*types.Log, token, operator, from common.Address, amount *big.Int, data []byte) {
		t.Helper()
		expectLog(t, logs[0], token, s.credit.UnpackBurnedEvent, abis.DITOCreditBurned{
			Operator: operator, From: from, Amount: amount, Data: data, OperatorData: []byte{},
		})
		expectLog(t, logs[1], token, s.credit.UnpackTransferEvent, abis.DITOCreditTransfer{From: from, To: zero, Value: amount})
	}

	// Alice founds a Local town.
	data, err := s.dt.TryPackCreateCommunity("ipfs://town-a", n(int64(TemplateLocal)))
	r := mustSend(t, c, alice, c.Contracts.DistributedTown, data, err)
	expectLogCount(t, r, 1)
	created, err := s.dt.UnpackCommunityCreatedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	townA := created.CommunityContract
	expectLog(t, r.Logs[0], c.Contracts.DistributedTown, s.dt.UnpackCommunityCreatedEvent, abis.DistributedTownCommunityCreated{
		CommunityContract: townA, CommunityId: n(0), Template: n(int64(TemplateLocal)), Creator: alice.addr,
	})
	cm := s.community
	data, err = cm.TryPackDitoCreditsAddr()
	tokA := view(t, c, townA, data, err, cm.UnpackDitoCreditsAddr)
	data, err = cm.TryPackGigsAddr()
	gigsA := view(t, c, townA, data, err, cm.UnpackGigsAddr)
	data, err = cm.TryPackMetadataUri()
	if got := view(t, c, townA, data, err, cm.UnpackMetadataUri); got != "ipfs://town-a" {
		t.Errorf("metadataUri = %q", got)
	}
	data, err = cm.TryPackCreator()
	if got := view(t, c, townA, data, err, cm.UnpackCreator); got != alice.addr {
		t.Errorf("creator = %s, want %s", got, alice.addr)
	}
	if tokA == zero || gigsA == zero {
		t.Fatalf("town A has token %s, gigs %s", tokA, gigsA)
	}

	// Alice and Bob join with new wallets.
	setA, setB, setB2 := skillSet(8, 7, 15, 3, 0, 0), skillSet(20, 5, 0, 0, 0, 0), skillSet(20, 6, 33, 2, 11, 9)
	data, err = cm.TryPackJoinNewMember(toSkillSet(setA))
	r = mustSend(t, c, alice, townA, data, err)
	expectLogCount(t, r, 5)
	expectLog(t, r.Logs[0], c.Contracts.SkillWallet, s.sw.UnpackTransferEvent, abis.SkillWalletTransfer{From: zero, To: alice.addr, TokenId: n(0)})
	expectWalletCreated(r.Logs[1], alice.addr, townA, 0, setA, 1)
	expectMinted(r.Logs[2:4], tokA, townA, alice.addr, d(2000))
	expectLog(t, r.Logs[4], townA, cm.UnpackMemberAddedEvent, abis.CommunityMemberAdded{Member: alice.addr, SkillWalletTokenId: n(0), TransferredTokens: d(2000)})

	data, err = cm.TryPackJoinNewMember(toSkillSet(setB))
	r = mustSend(t, c, bob, townA, data, err)
	expectLogCount(t, r, 5)
	expectWalletCreated(r.Logs[1], bob.addr, townA, 1, setB, 2)

	data, err = s.sw.TryPackActivateSkillWallet(n(1))
	r = mustSend(t, c, bob, c.Contracts.SkillWallet, data, err)
	expectLogCount(t, r, 1)
	expectLog(t, r.Logs[0], c.Contracts.SkillWallet, s.sw.UnpackSkillWalletActivatedEvent, abis.SkillWalletSkillWalletActivated{SkillWalletId: n(1)})

	data, err = s.sw.TryPackUpdateSkillSet(n(1), toSkillSet(setB2))
	r = mustSend(t, c, bob, c.Contracts.SkillWallet, data, err)
	expectLogCount(t, r, 1)
	expectLog(t, r.Logs[0], c.Contracts.SkillWallet, s.sw.UnpackSkillSetUpdatedEvent, abis.SkillWalletSkillSetUpdated{SkillWalletId: n(1), NewSkillSet: toSkillSet(setB2)})

	// Credits: an ERC20 transfer, an ERC777 send with data, a burn — each
	// one ERC777 event plus one ERC20 Transfer.
	data, err = s.credit.TryPackTransfer(bob.addr, d(10))
	r = mustSend(t, c, alice, tokA, data, err)
	expectLogCount(t, r, 2)
	expectSent(r.Logs, tokA, alice.addr, alice.addr, bob.addr, d(10), []byte{}, []byte{})

	data, err = s.credit.TryPackSend(alice.addr, d(3), []byte("hi"))
	r = mustSend(t, c, bob, tokA, data, err)
	expectLogCount(t, r, 2)
	expectSent(r.Logs, tokA, bob.addr, bob.addr, alice.addr, d(3), []byte("hi"), []byte{})

	data, err = s.credit.TryPackBurn(d(1), []byte("x"))
	r = mustSend(t, c, bob, tokA, data, err)
	expectLogCount(t, r, 2)
	expectBurned(r.Logs, tokA, bob.addr, bob.addr, d(1), []byte("x"))

	// A gig through its whole life moves its credits creator -> taker.
	g := s.gigs
	data, err = g.TryPackCreateGig(d(24), "ipfs://gig-0")
	r = mustSend(t, c, alice, gigsA, data, err)
	expectLogCount(t, r, 2)
	expectLog(t, r.Logs[0], gigsA, g.UnpackTransferEvent, abis.GigsTransfer{From: zero, To: alice.addr, TokenId: n(0)})
	expectLog(t, r.Logs[1], gigsA, g.UnpackGigCreatedEvent, abis.GigsGigCreated{Creator: alice.addr, GigId: n(0)})
	data, err = g.TryPackTakeGig(n(0))
	r = mustSend(t, c, bob, gigsA, data, err)
	expectLogCount(t, r, 1)
	expectLog(t, r.Logs[0], gigsA, g.UnpackGigTakenEvent, abis.GigsGigTaken{GigId: n(0)})
	data, err = g.TryPackSubmitGig(n(0))
	r = mustSend(t, c, bob, gigsA, data, err)
	expectLogCount(t, r, 1)
	expectLog(t, r.Logs[0], gigsA, g.UnpackGigSubmittedEvent, abis.GigsGigSubmitted{GigId: n(0)})
	data, err = g.TryPackCompleteGig(n(0))
	r = mustSend(t, c, alice, gigsA, data, err)
	expectLogCount(t, r, 3)
	gigID, err := abi.Arguments{{Type: mustType(t, "uint256")}}.Pack(n(0))
	if err != nil {
		t.Fatal(err)
	}
	expectSent(r.Logs[:2], tokA, gigsA, alice.addr, bob.addr, d(24), []byte{}, gigID)
	expectLog(t, r.Logs[2], gigsA, g.UnpackGigCompletedEvent, abis.GigsGigCompleted{GigId: n(0)})
	data, err = g.TryPackValidateGig(n(0))
	r = mustSend(t, c, alice, gigsA, data, err)
	expectLogCount(t, r, 1)
	expectLog(t, r.Logs[0], gigsA, g.UnpackGigValidatedEvent, abis.GigsGigValidated{GigId: n(0), AreCreditsTransfered: true, CreditsTransfered: d(24)})
	data, err = g.TryPackGigs(n(0))
	if got := view(t, c, gigsA, data, err, g.UnpackGigs); got.Creator != alice.addr || got.Taker != bob.addr ||
		got.Status != uint8(GigValidated) || got.Credits.Cmp(d(24)) != 0 {
		t.Errorf("gigs(0) = %+v", got)
	}

	// A gig worth more than its creator holds completes without payment.
	data, err = g.TryPackCreateGig(d(3000), "ipfs://gig-1")
	mustSend(t, c, alice, gigsA, data, err)
	for _, step := range []func(*big.Int) ([]byte, error){g.TryPackTakeGig, g.TryPackSubmitGig} {
		data, err = step(n(1))
		mustSend(t, c, bob, gigsA, data, err)
	}
	data, err = g.TryPackCompleteGig(n(1))
	r = mustSend(t, c, alice, gigsA, data, err)
	expectLogCount(t, r, 1)
	data, err = g.TryPackValidateGig(n(1))
	r = mustSend(t, c, alice, gigsA, data, err)
	expectLog(t, r.Logs[0], gigsA, g.UnpackGigValidatedEvent, abis.GigsGigValidated{GigId: n(1), AreCreditsTransfered: false, CreditsTransfered: n(0)})

	// A project takes its town's template.
	data, err = s.projects.TryPackCreateProject(townA, "ipfs://project-0")
	r = mustSend(t, c, alice, c.Contracts.Projects, data, err)
	expectLogCount(t, r, 2)
	expectLog(t, r.Logs[0], c.Contracts.Projects, s.projects.UnpackTransferEvent, abis.ProjectsTransfer{From: zero, To: alice.addr, TokenId: n(0)})
	expectLog(t, r.Logs[1], c.Contracts.Projects, s.projects.UnpackProjectCreatedEvent, abis.ProjectsProjectCreated{ProjectId: n(0), Template: n(int64(TemplateLocal)), CommunityAddress: townA})

	// Carol founds an OpenSource town; Bob moves there with his wallet: his
	// old town burns his credits and lets him go, the wallet changes town,
	// the new town mints him starting credits.
	data, err = s.dt.TryPackCreateCommunity("ipfs://town-b", n(int64(TemplateOpenSource)))
	r = mustSend(t, c, carol, c.Contracts.DistributedTown, data, err)
	created, err = s.dt.UnpackCommunityCreatedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	townB := created.CommunityContract
	data, err = cm.TryPackDitoCreditsAddr()
	tokB := view(t, c, townB, data, err, cm.UnpackDitoCreditsAddr)
	setC := skillSet(4, 10, 5, 10, 6, 10)
	data, err = cm.TryPackJoinNewMember(toSkillSet(setC))
	mustSend(t, c, carol, townB, data, err)

	bobBalance := d(2000 + 10 - 3 - 1 + 24)
	data, err = cm.TryPackJoinExistingMember()
	r = mustSend(t, c, bob, townB, data, err)
	expectLogCount(t, r, 7)
	expectBurned(r.Logs[0:2], tokA, townA, bob.addr, bobBalance, []byte{})
	expectLog(t, r.Logs[2], townA, cm.UnpackMemberLeftEvent, abis.CommunityMemberLeft{Member: bob.addr})
	expectLog(t, r.Logs[3], c.Contracts.SkillWallet, s.sw.UnpackSkillWalletCommunityChangedEvent, abis.SkillWalletSkillWalletCommunityChanged{SkillWalletId: n(1), NewCommunity: townB})
	expectMinted(r.Logs[4:6], tokB, townB, bob.addr, d(2000))
	expectLog(t, r.Logs[6], townB, cm.UnpackMemberAddedEvent, abis.CommunityMemberAdded{Member: bob.addr, SkillWalletTokenId: n(1), TransferredTokens: d(2000)})

	// Carol leaves her town.
	data, err = cm.TryPackLeaveCommunity()
	r = mustSend(t, c, carol, townB, data, err)
	expectLogCount(t, r, 4)
	expectLog(t, r.Logs[0], c.Contracts.SkillWallet, s.sw.UnpackSkillWalletCommunityChangedEvent, abis.SkillWalletSkillWalletCommunityChanged{SkillWalletId: n(2), NewCommunity: zero})
	expectBurned(r.Logs[1:3], tokB, townB, carol.addr, d(2000), []byte{})
	expectLog(t, r.Logs[3], townB, cm.UnpackMemberLeftEvent, abis.CommunityMemberLeft{Member: carol.addr})

	// What the contracts refuse.
	data, err = cm.TryPackJoinNewMember(toSkillSet(setA))
	if r := sendTx(t, c, alice, townA, data, err); r.Status != types.ReceiptStatusFailed {
		t.Error("joining a town twice succeeded")
	}
	data, err = s.dt.TryPackCreateCommunity("ipfs://bad", n(4))
	if r := sendTx(t, c, alice, c.Contracts.DistributedTown, data, err); r.Status != types.ReceiptStatusFailed {
		t.Error("creating a town with template 4 succeeded")
	}
	data, err = cm.TryPackJoinNewMember(toSkillSet(skillSet(36, 1, 0, 0, 0, 0)))
	if r := sendTx(t, c, c.users[3], townA, data, err); r.Status != types.ReceiptStatusFailed {
		t.Error("a wallet with skill id 36 was created")
	}

	// The state read back from storage is what happened.
	tr, err := ReadTruth(t.Context(), c)
	if err != nil {
		t.Fatal(err)
	}
	aliceBalance := d(2000 - 10 + 3 - 24)
	want := Truth{
		ChainID: c.ChainID, Block: tr.Block, BlockHash: tr.BlockHash,
		Towns: []Town{
			{Address: townA, CommunityID: 0, Template: TemplateLocal, Creator: alice.addr, MetadataURI: "ipfs://town-a",
				CreditToken: tokA, Gigs: gigsA, Members: []common.Address{alice.addr}},
			{Address: townB, CommunityID: 1, Template: TemplateOpenSource, Creator: carol.addr, MetadataURI: "ipfs://town-b",
				CreditToken: tokB, Gigs: tr.Towns[1].Gigs, Members: []common.Address{bob.addr}},
		},
		Wallets: []Wallet{
			{ID: 0, Owner: alice.addr, Community: townA, Skills: setA},
			{ID: 1, Owner: bob.addr, Community: townB, Activated: true, Skills: setB2},
			{ID: 2, Owner: carol.addr, Community: zero, Skills: setC},
		},
		Tokens: []Token{
			{Address: tokA, Town: townA, TotalSupply: aliceBalance, Movements: 2 + 3 + 1 + 1},
			{Address: tokB, Town: townB, TotalSupply: d(2000), Movements: 3},
		},
		Balances: []Balance{{Token: tokA, Holder: alice.addr, Amount: aliceBalance}, {Token: tokB, Holder: bob.addr, Amount: d(2000)}},
		Gigs: []Gig{
			{Contract: gigsA, Town: townA, ID: 0, Creator: alice.addr, Taker: bob.addr, Status: GigValidated, Credits: d(24), CreditsTransferred: d(24)},
			{Contract: gigsA, Town: townA, ID: 1, Creator: alice.addr, Taker: bob.addr, Status: GigValidated, Credits: d(3000), CreditsTransferred: n(0)},
		},
		Projects: []Project{{ID: 0, Template: TemplateLocal, Community: townA, Creator: alice.addr, MetadataURI: "ipfs://project-0"}},
	}
	if tokA.Cmp(tokB) > 0 {
		want.Balances[0], want.Balances[1] = want.Balances[1], want.Balances[0]
	}
	compareTruth(t, tr, want)
}

func mustType(t *testing.T, name string) abi.Type {
	t.Helper()
	ty, err := abi.NewType(name, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return ty
}
