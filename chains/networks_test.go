package chains

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// Vectors from EIP-1191's test cases for chain 30 (RSK mainnet) and 31.
func TestEIP1191Checksums(t *testing.T) {
	cases := []struct {
		chain uint64
		want  string
	}{
		{30, "0x5aaEB6053f3e94c9b9a09f33669435E7ef1bEAeD"},
		{30, "0xFb6916095cA1Df60bb79ce92cE3EA74c37c5d359"},
		{30, "0xDBF03B407c01E7CD3cBea99509D93F8Dddc8C6FB"},
		{30, "0xD1220A0Cf47c7B9BE7a2e6ba89F429762E7B9adB"},
		{31, "0x5aAeb6053F3e94c9b9A09F33669435E7EF1BEaEd"},
		{31, "0xFb6916095CA1dF60bb79CE92ce3Ea74C37c5D359"},
		{31, "0xdbF03B407C01E7cd3cbEa99509D93f8dDDc8C6fB"},
	}
	for _, c := range cases {
		a := common.HexToAddress(c.want)
		if got := ChecksumAddress(c.chain, a); got != c.want {
			t.Errorf("ChecksumAddress(%d, %s) = %s, want %s", c.chain, a, got, c.want)
		}
		if _, err := ParseAddress(c.chain, c.want); err != nil {
			t.Errorf("ParseAddress(%d, %s): %v", c.chain, c.want, err)
		}
		if ChecksumAddress(1, a) == c.want {
			t.Errorf("EIP-55 and EIP-1191 agree for %s; the test would not tell them apart", c.want)
		}
	}
}

func TestParseAddressRejectsBadChecksums(t *testing.T) {
	eip55 := "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
	if _, err := ParseAddress(1, eip55); err != nil {
		t.Errorf("EIP-55 address on Ethereum: %v", err)
	}
	if _, err := ParseAddress(30, eip55); err != nil {
		t.Errorf("EIP-55 address on RSK must still be accepted: %v", err)
	}
	for _, s := range []string{"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"} {
		if _, err := ParseAddress(30, s); err != nil {
			t.Errorf("single-case %s: %v", s, err)
		}
	}
	if _, err := ParseAddress(1, "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"); err == nil {
		t.Error("a mixed-case address with a wrong checksum was accepted")
	}
	if _, err := ParseAddress(1, "0x12"); err == nil {
		t.Error("a short address was accepted")
	}
}

func TestPresetsAndNetworks(t *testing.T) {
	p, err := PresetByName("polygon-mainnet")
	if err != nil {
		t.Fatal(err)
	}
	if p.ChainID != 137 || p.StartBlock != 13154407 || p.SkillWallet != common.HexToAddress("0x14DEF8Be678589dd1445A46Fc5bE925d479694B9") ||
		p.DistributedTown != common.HexToAddress("0xB4Dcc7cE6C7e8E5595fBC708b09123A86360e3e2") {
		t.Errorf("polygon-mainnet preset = %+v, want SkillWallet 0x14DEF8Be…, CommunitiesRegistry 0xB4Dcc7cE… from block 13154407", p)
	}
	if _, err := PresetByName("nope"); err == nil {
		t.Error("unknown preset accepted")
	}
	polygon, _ := NetworkByID(137)
	eth, _ := NetworkByID(1)
	if polygon.Confirmations <= eth.Confirmations || polygon.MaxReorgDepth < polygon.Confirmations {
		t.Errorf("polygon finality %d/%d must exceed ethereum's %d", polygon.Confirmations, polygon.MaxReorgDepth, eth.Confirmations)
	}
	for _, id := range []uint64{1, 137, 100, 30, 11155111, 80002, 10200, 31} {
		n, ok := NetworkByID(id)
		if !ok {
			t.Errorf("no profile for chain %d", id)
			continue
		}
		if n.BlockTime <= 0 || n.MaxLogRange == 0 || n.MaxLogResults == 0 || n.Confirmations == 0 || n.MaxReorgDepth < n.Confirmations {
			t.Errorf("profile of chain %d lacks a default: %+v", id, n)
		}
	}
}
