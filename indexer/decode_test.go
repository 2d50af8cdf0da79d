package indexer

import (
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/distributedtown/dito-graph/store"
)

func sk(id, level int) store.Skill { return store.Skill{ID: id, Level: level} }

func topic(sig string) common.Hash { return crypto.Keccak256Hash([]byte(sig)) }

func addrTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

func uintTopic(v int64) common.Hash { return common.BigToHash(big.NewInt(v)) }

// abiWords encodes uint64s, *big.Ints, addresses and bools as ABI words.
func abiWords(vs ...any) []byte {
	var out []byte
	for _, v := range vs {
		var w []byte
		switch x := v.(type) {
		case int:
			w = common.LeftPadBytes(big.NewInt(int64(x)).Bytes(), 32)
		case *big.Int:
			w = common.LeftPadBytes(x.Bytes(), 32)
		case common.Address:
			w = common.LeftPadBytes(x.Bytes(), 32)
		case bool:
			w = make([]byte, 32)
			if x {
				w[31] = 1
			}
		default:
			panic("abiWords: unsupported type")
		}
		out = append(out, w...)
	}
	return out
}

var (
	alice = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	bob   = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	town  = common.HexToAddress("0x00000000000000000000000000000000000070e1")
)

func TestDecodeEveryEvent(t *testing.T) {
	credits := new(big.Int).Mul(big.NewInt(2000), big.NewInt(1e18))
	erc777Tail := abiWords(96, 128, 0, 0) // offsets and lengths of empty data, operatorData
	cases := []struct {
		name string
		kind string
		log  types.Log
		want Event
	}{
		{"CommunityCreated", store.KindDistributedTown, types.Log{
			Topics: []common.Hash{topic(SigCommunityCreated), addrTopic(alice)},
			Data:   abiWords(town, 7, 2)},
			CommunityCreated{Community: town, CommunityID: big.NewInt(7), Template: 2, Creator: alice}},
		{"MemberAdded", store.KindCommunity, types.Log{
			Topics: []common.Hash{topic(SigMemberAdded), addrTopic(bob)},
			Data:   abiWords(5, credits)},
			MemberAdded{Member: bob, WalletID: big.NewInt(5), Transferred: credits}},
		{"MemberLeft", store.KindCommunity, types.Log{
			Topics: []common.Hash{topic(SigMemberLeft), addrTopic(bob)}},
			MemberLeft{Member: bob}},
		{"SkillWalletCreated", store.KindSkillWallet, types.Log{
			Topics: []common.Hash{topic(SigWalletCreated), addrTopic(alice), addrTopic(town), uintTopic(9)},
			Data:   abiWords(15, 8, 3, 2, 0, 0)},
			WalletCreated{Owner: alice, Community: town, ID: big.NewInt(9), Skills: []store.Skill{sk(15, 8), sk(3, 2)}}},
		{"SkillWalletCreated polygon version", store.KindSkillWallet, types.Log{
			Topics: []common.Hash{topic(SigWalletCreatedV2), addrTopic(alice), addrTopic(town), uintTopic(9)},
			Data:   abiWords(0, 1, 35, 10, 24, 4, 77)},
			WalletCreated{Owner: alice, Community: town, ID: big.NewInt(9), Skills: []store.Skill{sk(0, 1), sk(35, 10), sk(24, 4)}, Extra: big.NewInt(77)}},
		{"SkillWalletCreated drops skills outside the taxonomy", store.KindSkillWallet, types.Log{
			Topics: []common.Hash{topic(SigWalletCreated), addrTopic(alice), addrTopic(town), uintTopic(9)},
			Data:   abiWords(36, 1, 3, 11, 4, 4)},
			WalletCreated{Owner: alice, Community: town, ID: big.NewInt(9), Skills: []store.Skill{sk(4, 4)}}},
		{"SkillWalletActivated", store.KindSkillWallet, types.Log{
			Topics: []common.Hash{topic(SigWalletActivated), uintTopic(9)}},
			WalletActivated{ID: big.NewInt(9)}},
		{"SkillSetUpdated", store.KindSkillWallet, types.Log{
			Topics: []common.Hash{topic(SigSkillSetUpdated), uintTopic(9)},
			Data:   abiWords(1, 1, 2, 2, 3, 3)},
			SkillsUpdated{ID: big.NewInt(9), Skills: []store.Skill{sk(1, 1), sk(2, 2), sk(3, 3)}}},
		{"SkillWalletCommunityChanged", store.KindSkillWallet, types.Log{
			Topics: []common.Hash{topic(SigWalletCommunity), uintTopic(9)},
			Data:   abiWords(town)},
			WalletMoved{ID: big.NewInt(9), Community: town}},
		{"ERC721 Transfer", store.KindSkillWallet, types.Log{
			Topics: []common.Hash{topic(SigTransfer), addrTopic(alice), addrTopic(bob), uintTopic(9)}},
			WalletTransfer{From: alice, To: bob, ID: big.NewInt(9)}},
		{"ERC20 Transfer mint", store.KindCredits, types.Log{
			Topics: []common.Hash{topic(SigTransfer), addrTopic(common.Address{}), addrTopic(bob)},
			Data:   abiWords(credits)},
			CreditMove{Kind: store.MoveMint, To: bob, Amount: credits, ERC20: true}},
		{"ERC20 Transfer send", store.KindCredits, types.Log{
			Topics: []common.Hash{topic(SigTransfer), addrTopic(alice), addrTopic(bob)},
			Data:   abiWords(3)},
			CreditMove{Kind: store.MoveSend, From: alice, To: bob, Amount: big.NewInt(3), ERC20: true}},
		{"ERC20 Transfer burn", store.KindCredits, types.Log{
			Topics: []common.Hash{topic(SigTransfer), addrTopic(alice), addrTopic(common.Address{})},
			Data:   abiWords(3)},
			CreditMove{Kind: store.MoveBurn, From: alice, Amount: big.NewInt(3), ERC20: true}},
		{"ERC777 Sent", store.KindCredits, types.Log{
			Topics: []common.Hash{topic(SigSent), addrTopic(town), addrTopic(alice), addrTopic(bob)},
			Data:   append(abiWords(3), erc777Tail...)},
			CreditMove{Kind: store.MoveSend, From: alice, To: bob, Amount: big.NewInt(3)}},
		{"ERC777 Minted", store.KindCredits, types.Log{
			Topics: []common.Hash{topic(SigMinted), addrTopic(town), addrTopic(bob)},
			Data:   append(abiWords(credits), erc777Tail...)},
			CreditMove{Kind: store.MoveMint, To: bob, Amount: credits}},
		{"ERC777 Burned", store.KindCredits, types.Log{
			Topics: []common.Hash{topic(SigBurned), addrTopic(town), addrTopic(alice)},
			Data:   append(abiWords(3), erc777Tail...)},
			CreditMove{Kind: store.MoveBurn, From: alice, Amount: big.NewInt(3)}},
		{"GigCreated", store.KindGigs, types.Log{
			Topics: []common.Hash{topic(SigGigCreated)}, Data: abiWords(alice, 4)},
			GigCreated{Creator: alice, ID: big.NewInt(4)}},
		{"GigTaken", store.KindGigs, types.Log{
			Topics: []common.Hash{topic(SigGigTaken)}, Data: abiWords(4)},
			GigProgress{ID: big.NewInt(4), Status: store.GigTaken}},
		{"GigSubmitted", store.KindGigs, types.Log{
			Topics: []common.Hash{topic(SigGigSubmitted)}, Data: abiWords(4)},
			GigProgress{ID: big.NewInt(4), Status: store.GigSubmitted}},
		{"GigCompleted", store.KindGigs, types.Log{
			Topics: []common.Hash{topic(SigGigCompleted)}, Data: abiWords(4)},
			GigProgress{ID: big.NewInt(4), Status: store.GigCompleted}},
		{"GigValidated", store.KindGigs, types.Log{
			Topics: []common.Hash{topic(SigGigValidated)}, Data: abiWords(4, true, 50)},
			GigValidated{ID: big.NewInt(4), Transferred: true, Credits: big.NewInt(50)}},
		{"ProjectCreated", store.KindProjects, types.Log{
			Topics: []common.Hash{topic(SigProjectCreated)}, Data: abiWords(3, 1, town)},
			ProjectCreated{ID: big.NewInt(3), Template: 1, Community: town}},
	}
	d, err := NewDecoder()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := d.Decode(c.kind, c.log)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Decode =\n %#v\nwant\n %#v", got, c.want)
			}
		})
	}
}

func TestDecodeRejectsMalformedAndIgnoresForeign(t *testing.T) {
	d, err := NewDecoder()
	if err != nil {
		t.Fatal(err)
	}
	malformed := []struct {
		name string
		kind string
		log  types.Log
	}{
		{"short data", store.KindCommunity, types.Log{Topics: []common.Hash{topic(SigMemberAdded), addrTopic(bob)}, Data: abiWords(5)}},
		{"address with high bytes", store.KindSkillWallet, types.Log{
			Topics: []common.Hash{topic(SigWalletCommunity), uintTopic(9)},
			Data:   common.LeftPadBytes([]byte{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 32)}},
		{"bool that is not 0 or 1", store.KindGigs, types.Log{Topics: []common.Hash{topic(SigGigValidated)}, Data: abiWords(4, 2, 50)}},
		{"template too large", store.KindDistributedTown, types.Log{
			Topics: []common.Hash{topic(SigCommunityCreated), addrTopic(alice)},
			Data:   abiWords(town, 7, new(big.Int).Lsh(big.NewInt(1), 200))}},
		{"ERC20 transfer with a token id topic", store.KindCredits, types.Log{
			Topics: []common.Hash{topic(SigTransfer), addrTopic(alice), addrTopic(bob), uintTopic(1)}, Data: abiWords(1)}},
	}
	for _, c := range malformed {
		if _, err := d.Decode(c.kind, c.log); !errors.Is(err, errMalformed) {
			t.Errorf("%s: err = %v, want errMalformed", c.name, err)
		}
	}
	ignored := []struct {
		name string
		kind string
		log  types.Log
	}{
		{"no topics", store.KindCommunity, types.Log{}},
		{"unknown event", store.KindCommunity, types.Log{Topics: []common.Hash{topic("Approval(address,address,uint256)")}}},
		{"gigs NFT transfer", store.KindGigs, types.Log{Topics: []common.Hash{topic(SigTransfer), addrTopic(alice), addrTopic(bob), uintTopic(1)}}},
		{"member event from a non-community", store.KindCredits, types.Log{Topics: []common.Hash{topic(SigMemberLeft), addrTopic(bob)}}},
	}
	for _, c := range ignored {
		if _, err := d.Decode(c.kind, c.log); !errors.Is(err, errIgnored) {
			t.Errorf("%s: err = %v, want errIgnored", c.name, err)
		}
	}
}

func TestPairMovesCountsEachMovementOnce(t *testing.T) {
	tx1, tx2 := common.HexToHash("0x1"), common.HexToHash("0x2")
	token := common.HexToAddress("0xc0")
	mv := func(tx common.Hash, idx uint, m CreditMove) Decoded {
		return Decoded{Meta: Meta{TxHash: tx, LogIndex: idx, Address: token}, Event: m}
	}
	send777 := CreditMove{Kind: store.MoveSend, From: alice, To: bob, Amount: big.NewInt(3)}
	send20 := send777
	send20.ERC20 = true
	lone20 := CreditMove{Kind: store.MoveSend, From: bob, To: alice, Amount: big.NewInt(1), ERC20: true}
	in := []Decoded{
		mv(tx1, 0, send777), mv(tx1, 1, send20), // one movement, two events
		mv(tx1, 2, send777), mv(tx1, 3, send20), // the same movement again: a second movement
		mv(tx2, 4, send20), // pairs with nothing in tx2: counts
		mv(tx2, 5, lone20),
	}
	got := pairMoves(in)
	var idx []uint
	for _, d := range got {
		idx = append(idx, d.Meta.LogIndex)
	}
	if want := []uint{0, 2, 4, 5}; !reflect.DeepEqual(idx, want) {
		t.Errorf("kept log indexes %v, want %v", idx, want)
	}
}

func FuzzDecodeNeverPanics(f *testing.F) {
	d, err := NewDecoder()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint8(0), []byte{}, []byte(SigMemberAdded), 2)
	f.Add(uint8(2), abiWords(1, 2, 3, 4, 5, 6), []byte(SigWalletCreated), 4)
	f.Add(uint8(3), abiWords(1, 2, 3), []byte(SigSent), 4)
	kinds := []string{store.KindDistributedTown, store.KindCommunity, store.KindSkillWallet, store.KindCredits, store.KindGigs, store.KindProjects}
	f.Fuzz(func(t *testing.T, kind uint8, data []byte, sig []byte, nTopics int) {
		if nTopics < 0 || nTopics > 4 {
			return
		}
		topics := make([]common.Hash, nTopics)
		if nTopics > 0 {
			topics[0] = crypto.Keccak256Hash(sig)
		}
		for i := 1; i < nTopics; i++ {
			topics[i] = common.BytesToHash(data[:min(len(data), 32)])
		}
		ev, err := d.Decode(kinds[int(kind)%len(kinds)], types.Log{Topics: topics, Data: data})
		if err == nil && ev == nil {
			t.Fatal("nil event without error")
		}
	})
}
