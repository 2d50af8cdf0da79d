package abis

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The signatures below are written out literally on purpose: they are the
// on-chain protocol the indexer relies on, and must not drift with the
// Solidity sources.
func TestEventTopicsMatchProtocolSignatures(t *testing.T) {
	cases := []struct {
		contract, event, signature string
	}{
		{NameDistributedTown, "CommunityCreated", "CommunityCreated(address,uint256,uint256,address)"},
		{NameCommunity, "MemberAdded", "MemberAdded(address,uint256,uint256)"},
		{NameCommunity, "MemberLeft", "MemberLeft(address)"},
		{NameSkillWallet, "SkillWalletCreated", "SkillWalletCreated(address,address,uint256,((uint256,uint256),(uint256,uint256),(uint256,uint256)))"},
		{NameSkillWalletV2, "SkillWalletCreated", "SkillWalletCreated(address,address,uint256,((uint256,uint256),(uint256,uint256),(uint256,uint256)),uint256)"},
		{NameSkillWallet, "SkillWalletActivated", "SkillWalletActivated(uint256)"},
		{NameSkillWalletV2, "SkillWalletActivated", "SkillWalletActivated(uint256)"},
		{NameSkillWallet, "SkillSetUpdated", "SkillSetUpdated(uint256,((uint256,uint256),(uint256,uint256),(uint256,uint256)))"},
		{NameSkillWalletV2, "SkillSetUpdated", "SkillSetUpdated(uint256,((uint256,uint256),(uint256,uint256),(uint256,uint256)))"},
		{NameSkillWallet, "SkillWalletCommunityChanged", "SkillWalletCommunityChanged(uint256,address)"},
		{NameSkillWalletV2, "SkillWalletCommunityChanged", "SkillWalletCommunityChanged(uint256,address)"},
		{NameSkillWallet, "Transfer", "Transfer(address,address,uint256)"},
		{NameDITOCredit, "Sent", "Sent(address,address,address,uint256,bytes,bytes)"},
		{NameDITOCredit, "Minted", "Minted(address,address,uint256,bytes,bytes)"},
		{NameDITOCredit, "Burned", "Burned(address,address,uint256,bytes,bytes)"},
		{NameDITOCredit, "Transfer", "Transfer(address,address,uint256)"},
		{NameGigs, "GigCreated", "GigCreated(address,uint256)"},
		{NameGigs, "GigTaken", "GigTaken(uint256)"},
		{NameGigs, "GigSubmitted", "GigSubmitted(uint256)"},
		{NameGigs, "GigCompleted", "GigCompleted(uint256)"},
		{NameGigs, "GigValidated", "GigValidated(uint256,bool,uint256)"},
		{NameProjects, "ProjectCreated", "ProjectCreated(uint256,uint256,address)"},
	}
	for _, c := range cases {
		parsed, err := ParseABI(c.contract)
		if err != nil {
			t.Fatal(err)
		}
		ev, ok := parsed.Events[c.event]
		if !ok {
			t.Errorf("%s has no event %s", c.contract, c.event)
			continue
		}
		want := crypto.Keccak256Hash([]byte(c.signature))
		if ev.ID != want {
			t.Errorf("%s.%s: topic0 %s (sig %s), want keccak(%q) = %s", c.contract, c.event, ev.ID, ev.Sig, c.signature, want)
		}
	}
}

// Indexed arguments decide which values sit in topics, so they are part of
// the protocol too.
func TestEventIndexedArguments(t *testing.T) {
	cases := []struct {
		contract, event string
		indexed         []bool
	}{
		{NameDistributedTown, "CommunityCreated", []bool{false, false, false, true}},
		{NameCommunity, "MemberAdded", []bool{true, false, false}},
		{NameCommunity, "MemberLeft", []bool{true}},
		{NameSkillWallet, "SkillWalletCreated", []bool{true, true, true, false}},
		{NameSkillWalletV2, "SkillWalletCreated", []bool{true, true, true, false, false}},
		{NameSkillWallet, "SkillWalletActivated", []bool{true}},
		{NameSkillWallet, "SkillSetUpdated", []bool{true, false}},
		{NameSkillWallet, "SkillWalletCommunityChanged", []bool{true, false}},
		{NameSkillWallet, "Transfer", []bool{true, true, true}},
		{NameGigs, "Transfer", []bool{true, true, true}},
		{NameProjects, "Transfer", []bool{true, true, true}},
		{NameDITOCredit, "Transfer", []bool{true, true, false}},
		{NameDITOCredit, "Sent", []bool{true, true, true, false, false, false}},
		{NameDITOCredit, "Minted", []bool{true, true, false, false, false}},
		{NameDITOCredit, "Burned", []bool{true, true, false, false, false}},
		{NameGigs, "GigCreated", []bool{false, false}},
		{NameGigs, "GigValidated", []bool{false, false, false}},
		{NameProjects, "ProjectCreated", []bool{false, false, false}},
	}
	for _, c := range cases {
		parsed, err := ParseABI(c.contract)
		if err != nil {
			t.Fatal(err)
		}
		ev := parsed.Events[c.event]
		if len(ev.Inputs) != len(c.indexed) {
			t.Errorf("%s.%s: %d inputs, want %d", c.contract, c.event, len(ev.Inputs), len(c.indexed))
			continue
		}
		for i, in := range ev.Inputs {
			if in.Indexed != c.indexed[i] {
				t.Errorf("%s.%s input %d (%s): indexed=%v, want %v", c.contract, c.event, i, in.Name, in.Indexed, c.indexed[i])
			}
		}
	}
}

// The generated bindings must come from the same artifacts that are embedded.
func TestBindingsMatchEmbeddedArtifacts(t *testing.T) {
	metas := map[string]string{
		NameDistributedTown: DistributedTownMetaData.Bin, NameCommunityFactory: CommunityFactoryMetaData.Bin,
		NameCreditFactory: CreditFactoryMetaData.Bin, NameGigsFactory: GigsFactoryMetaData.Bin,
		NameCommunity: CommunityMetaData.Bin, NameDITOCredit: DITOCreditMetaData.Bin, NameGigs: GigsMetaData.Bin,
		NameSkillWallet: SkillWalletMetaData.Bin, NameSkillWalletV2: SkillWalletV2MetaData.Bin, NameProjects: ProjectsMetaData.Bin,
	}
	if len(metas) != len(Names()) {
		t.Fatalf("%d bindings, %d names", len(metas), len(Names()))
	}
	for _, name := range Names() {
		code, err := Bytecode(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(code) == 0 {
			t.Errorf("%s: empty bytecode", name)
		}
		if !bytes.Equal(code, common.FromHex(metas[name])) {
			t.Errorf("%s: embedded bytecode differs from the generated binding; run contracts/build.sh", name)
		}
	}
}

func TestUnknownContractIsAnError(t *testing.T) {
	if _, err := ParseABI("NoSuchContract"); err == nil {
		t.Error("ParseABI of an unknown contract: no error")
	}
	if _, err := Bytecode("NoSuchContract"); err == nil {
		t.Error("Bytecode of an unknown contract: no error")
	}
}
