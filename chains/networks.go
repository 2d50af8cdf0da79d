package chains

import (
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Network is what DiTo Graph knows of a supported chain: defaults a user
// does not have to configure.
type Network struct {
	ChainID uint64
	Name    string
	Aliases []string
	// Confirmations is how deep a block must be to count as final;
	// MaxReorgDepth how deep a reorg may go before indexing stops with an
	// alarm. Polygon PoS has seen reorgs of over 100 blocks.
	Confirmations uint64
	MaxReorgDepth uint64
	// BlockTime is the typical time between blocks: the default interval
	// at which the tail polls for a new head without WebSocket.
	BlockTime time.Duration
	// MaxLogRange is a block range public endpoints accept for eth_getLogs;
	// MaxLogResults how many logs they return from one before refusing
	// (10,000 at the common providers).
	MaxLogRange   uint64
	MaxLogResults int
	// ChecksumEIP1191 marks chains whose wallets checksum addresses with
	// the chain id mixed in (RSK).
	ChecksumEIP1191 bool
}

var networks = []Network{
	{ChainID: 1, Name: "ethereum", Aliases: []string{"mainnet", "eth"}, Confirmations: 12, MaxReorgDepth: 64, BlockTime: 12 * time.Second, MaxLogRange: 2000, MaxLogResults: 10000},
	{ChainID: 11155111, Name: "sepolia", Confirmations: 12, MaxReorgDepth: 64, BlockTime: 12 * time.Second, MaxLogRange: 2000, MaxLogResults: 10000},
	{ChainID: 137, Name: "polygon", Aliases: []string{"matic"}, Confirmations: 128, MaxReorgDepth: 256, BlockTime: 2 * time.Second, MaxLogRange: 2000, MaxLogResults: 10000},
	{ChainID: 80002, Name: "amoy", Aliases: []string{"polygon-amoy"}, Confirmations: 128, MaxReorgDepth: 256, BlockTime: 2 * time.Second, MaxLogRange: 2000, MaxLogResults: 10000},
	{ChainID: 100, Name: "gnosis", Aliases: []string{"xdai"}, Confirmations: 20, MaxReorgDepth: 64, BlockTime: 5 * time.Second, MaxLogRange: 5000, MaxLogResults: 10000},
	{ChainID: 10200, Name: "chiado", Aliases: []string{"gnosis-chiado"}, Confirmations: 20, MaxReorgDepth: 64, BlockTime: 5 * time.Second, MaxLogRange: 5000, MaxLogResults: 10000},
	{ChainID: 30, Name: "rsk", Aliases: []string{"rootstock"}, Confirmations: 12, MaxReorgDepth: 64, BlockTime: 30 * time.Second, MaxLogRange: 2000, MaxLogResults: 10000, ChecksumEIP1191: true},
	{ChainID: 31, Name: "rsk-testnet", Confirmations: 12, MaxReorgDepth: 64, BlockTime: 30 * time.Second, MaxLogRange: 2000, MaxLogResults: 10000, ChecksumEIP1191: true},
}

// NetworkByID returns the profile of a supported chain.
func NetworkByID(id uint64) (Network, bool) {
	for _, n := range networks {
		if n.ChainID == id {
			return n, true
		}
	}
	return Network{}, false
}

// Preset is a known DiTo deployment a user can index by name.
type Preset struct {
	Name            string
	ChainID         uint64
	DistributedTown common.Address // the communities registry/factory
	SkillWallet     common.Address
	Projects        common.Address
	StartBlock      uint64
}

var presets = []Preset{
	{
		Name: "polygon-mainnet", ChainID: 137,
		DistributedTown: common.HexToAddress("0xB4Dcc7cE6C7e8E5595fBC708b09123A86360e3e2"),
		SkillWallet:     common.HexToAddress("0x14DEF8Be678589dd1445A46Fc5bE925d479694B9"),
		StartBlock:      13154407,
	},
}

// PresetByName returns a known deployment.
func PresetByName(name string) (Preset, error) {
	for _, p := range presets {
		if p.Name == name {
			return p, nil
		}
	}
	names := make([]string, len(presets))
	for i, p := range presets {
		names[i] = p.Name
	}
	return Preset{}, fmt.Errorf("unknown preset %q (known: %s)", name, strings.Join(names, ", "))
}

// ChecksumAddress prints an address the way the chain's wallets do:
// EIP-1191 (chain id in the hash) on RSK, EIP-55 elsewhere.
func ChecksumAddress(chainID uint64, a common.Address) string {
	n, ok := NetworkByID(chainID)
	if !ok || !n.ChecksumEIP1191 {
		return a.Hex()
	}
	lower := strings.ToLower(a.Hex()[2:])
	hash := crypto.Keccak256([]byte(fmt.Sprintf("%d0x%s", chainID, lower)))
	out := []byte(lower)
	for i, ch := range out {
		if ch >= 'a' && ch <= 'f' {
			nibble := hash[i/2]
			if i%2 == 0 {
				nibble >>= 4
			}
			if nibble&0xf >= 8 {
				out[i] = ch - 'a' + 'A'
			}
		}
	}
	return "0x" + string(out)
}

// ParseAddress accepts an address in lower case, upper case, EIP-55 or the
// chain's EIP-1191 checksum; mixed case matching neither is an error, as it
// is most likely a typo.
func ParseAddress(chainID uint64, s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not a hex address", s)
	}
	a := common.HexToAddress(s)
	body := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if body == strings.ToLower(body) || body == strings.ToUpper(body) {
		return a, nil
	}
	if "0x"+body == a.Hex() || "0x"+body == ChecksumAddress(chainID, a) {
		return a, nil
	}
	return common.Address{}, fmt.Errorf("%q has a bad checksum for chain %d", s, chainID)
}
