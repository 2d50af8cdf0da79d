package model

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/store"
)

// Entity ids. The devnet deploys the same addresses on every chain, so an
// id is unique across chains only with the chain id in front:
// "<chainId>-<native id>". A chain's own endpoint serves the legacy
// subgraph's native ids (an address, 0x<token id in hex>) for its entities
// and the prefixed form for entities of other chains (reached through
// cross-chain skill-graph edges); it accepts both forms as input.

// badID says why id is not an id of its entity; it is a store.QueryError,
// so it classifies as store.ErrBadQuery.
func badID(id, format string, args ...any) error {
	return store.BadQuery("invalid id %q: %s", id, fmt.Sprintf(format, args...))
}

func prefix(native, chain uint64) string {
	if chain == native {
		return ""
	}
	return strconv.FormatUint(chain, 10) + "-"
}

// hexAddr is lower-case 0x hex: the legacy subgraph's form (no checksum,
// which would also cost a keccak per address).
func hexAddr(a common.Address) string { return "0x" + hex.EncodeToString(a[:]) }

// TownID formats a town's (or a member's) id.
func TownID(native, chain uint64, a common.Address) string { return prefix(native, chain) + hexAddr(a) }

// WalletID formats a SkillWallet id: the token id in hex, as the legacy
// subgraph did (BigInt.toHex()).
func WalletID(native, chain uint64, token *big.Int) string {
	return prefix(native, chain) + "0x" + token.Text(16)
}

// BalanceID formats a balance id: token and holder.
func BalanceID(native, chain uint64, token, holder common.Address) string {
	return prefix(native, chain) + hexAddr(token) + "-" + hexAddr(holder)
}

// TransferID formats a credit transfer id: block and log index.
func TransferID(native, chain, block uint64, logIndex uint) string {
	return prefix(native, chain) + strconv.FormatUint(block, 10) + "-" + strconv.FormatUint(uint64(logIndex), 10)
}

// ContractItemID formats a gig or project id: contract and decimal id.
func ContractItemID(native, chain uint64, contract common.Address, id *big.Int) string {
	return prefix(native, chain) + hexAddr(contract) + "-" + id.String()
}

// idShapes says, per entity, what follows the chain prefix.
var idShapes = map[string]struct {
	parts []store.KeyKind
	help  string
}{
	store.EntityTown:     {[]store.KeyKind{store.KeyAddress}, "<chainId>-<address>"},
	store.EntityAccount:  {[]store.KeyKind{store.KeyAddress}, "<chainId>-<address>"},
	store.EntityWallet:   {[]store.KeyKind{store.KeyNumber}, "<chainId>-0x<token id in hex>"},
	store.EntityBalance:  {[]store.KeyKind{store.KeyAddress, store.KeyAddress}, "<chainId>-<token>-<holder>"},
	store.EntityTransfer: {[]store.KeyKind{store.KeyBlock, store.KeyIndex}, "<chainId>-<block>-<logIndex>"},
	store.EntityGig:      {[]store.KeyKind{store.KeyAddress, store.KeyNumber}, "<chainId>-<contract>-<gig id>"},
	store.EntityProject:  {[]store.KeyKind{store.KeyAddress, store.KeyNumber}, "<chainId>-<contract>-<project id>"},
}

// ParseID parses an entity id into its store key. native is the chain of a
// chain endpoint (0 on the multi-chain endpoint), where the chain prefix
// may be left out.
func ParseID(entity string, native uint64, id string) (store.Key, error) {
	if entity == store.EntitySignal {
		n, err := strconv.ParseUint(id, 10, 63)
		if err != nil || n == 0 {
			return nil, badID(id, "a signal id is a positive decimal number")
		}
		return store.Key{n}, nil
	}
	shape, ok := idShapes[entity]
	if !ok {
		return nil, store.BadQuery("entity %q has no id format", entity)
	}
	bad := func() (store.Key, error) {
		if native != 0 {
			return nil, badID(id, "want %s or the same without the chain id", shape.help)
		}
		return nil, badID(id, "want %s", shape.help)
	}
	if len(id) > 200 {
		return bad()
	}
	parts := strings.Split(id, "-")
	var chain uint64
	switch {
	case len(parts) == len(shape.parts)+1:
		c, err := strconv.ParseUint(parts[0], 10, 63)
		if err != nil || c == 0 {
			return bad()
		}
		chain, parts = c, parts[1:]
	case len(parts) == len(shape.parts) && native != 0:
		chain = native
	default:
		return bad()
	}
	key := store.Key{chain}
	for i, kind := range shape.parts {
		v, ok := parsePart(kind, parts[i])
		if !ok {
			return bad()
		}
		key = append(key, v)
	}
	return key, nil
}

func parsePart(kind store.KeyKind, s string) (any, bool) {
	switch kind {
	case store.KeyAddress:
		if len(s) != 42 || !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") || !common.IsHexAddress(s) {
			return nil, false
		}
		return common.HexToAddress(s), true
	case store.KeyNumber:
		n, ok := ParseNumber(s)
		return n, ok
	case store.KeyBlock, store.KeyIndex:
		n, err := strconv.ParseUint(s, 10, 63)
		if err != nil {
			return nil, false
		}
		return n, true
	}
	return nil, false
}

// ParseNumber reads a non-negative integer: 0x-prefixed hex, or decimal.
// Wallet ids are hex in the legacy subgraph; decimal is accepted too.
func ParseNumber(s string) (*big.Int, bool) {
	if len(s) == 0 || len(s) > 80 {
		return nil, false
	}
	base := 10
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		s, base = s[2:], 16
	}
	if s == "" || strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-") {
		return nil, false
	}
	n, ok := new(big.Int).SetString(s, base)
	if !ok || n.Sign() < 0 {
		return nil, false
	}
	return n, true
}
