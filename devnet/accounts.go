package devnet

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// key is one deterministic devnet identity.
type key struct {
	priv *ecdsa.PrivateKey
	addr common.Address
}

// account is a key on one chain, with the nonce of its next transaction.
type account struct {
	key
	nonce uint64
}

// genesisBalance funds every devnet account far beyond what gas will cost.
var genesisBalance = new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)

// deriveKeys makes n keys from the seed within a domain ("user", or a
// chain's deployer). Users get the same addresses on every chain, like one
// person using one wallet on several networks; each chain has its own
// deployer, so contract addresses differ between chains.
func deriveKeys(seed uint64, domain string, n int) ([]key, error) {
	keys := make([]key, n)
	buf := make([]byte, 16, 16+len(domain)+8)
	copy(buf, "dito-dev")
	binary.BigEndian.PutUint64(buf[8:16], seed)
	buf = append(buf, domain...)
	base := len(buf)
	for i := range keys {
		buf = binary.BigEndian.AppendUint64(buf[:base], uint64(i))
		h := crypto.Keccak256(buf)
		// A hash is a valid secp256k1 key with overwhelming probability;
		// rehash the rare one that is not (bounded, never loops forever).
		var priv *ecdsa.PrivateKey
		var err error
		for try := 0; try < 8; try++ {
			if priv, err = crypto.ToECDSA(h); err == nil {
				break
			}
			h = crypto.Keccak256(h)
		}
		if err != nil {
			return nil, fmt.Errorf("derive %s key %d from seed %d: %w", domain, i, seed, err)
		}
		keys[i] = key{priv: priv, addr: crypto.PubkeyToAddress(priv.PublicKey)}
	}
	return keys, nil
}

func genesisAlloc(keys ...[]key) types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for _, k := range slices.Concat(keys...) {
		alloc[k.addr] = types.Account{Balance: new(big.Int).Set(genesisBalance)}
	}
	return alloc
}
