package model

import (
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/store"
)

func TestIDsRoundTripOnBothKindsOfEndpoint(t *testing.T) {
	a := common.HexToAddress("0x5C0F0000000000000000000000000000000000aB")
	b := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	cases := []struct {
		entity string
		format func(native uint64) string
		key    store.Key
	}{
		{store.EntityTown, func(n uint64) string { return TownID(n, 137, a) }, store.Key{uint64(137), a}},
		{store.EntityAccount, func(n uint64) string { return TownID(n, 137, a) }, store.Key{uint64(137), a}},
		{store.EntityWallet, func(n uint64) string { return WalletID(n, 137, big.NewInt(26)) }, store.Key{uint64(137), big.NewInt(26)}},
		{store.EntityBalance, func(n uint64) string { return BalanceID(n, 137, b, a) }, store.Key{uint64(137), b, a}},
		{store.EntityTransfer, func(n uint64) string { return TransferID(n, 137, 90, 3) }, store.Key{uint64(137), uint64(90), uint64(3)}},
		{store.EntityGig, func(n uint64) string { return ContractItemID(n, 137, b, big.NewInt(7)) }, store.Key{uint64(137), b, big.NewInt(7)}},
	}
	for _, c := range cases {
		for _, native := range []uint64{0, 137, 100} {
			id := c.format(native)
			got, err := ParseID(c.entity, native, id)
			if err != nil || !reflect.DeepEqual(got, c.key) {
				t.Errorf("%s %q on endpoint %d: %v %v, want %v", c.entity, id, native, got, err, c.key)
			}
		}
	}
	if got := WalletID(137, 137, big.NewInt(26)); got != "0x1a" {
		t.Errorf("legacy wallet id = %q, want 0x1a", got)
	}
	if got := TownID(0, 137, a); got != "137-0x5c0f0000000000000000000000000000000000ab" {
		t.Errorf("town id = %q", got)
	}
	if k, err := ParseID(store.EntityWallet, 137, "26"); err != nil || k[1].(*big.Int).Int64() != 26 {
		t.Errorf("decimal wallet id: %v %v", k, err)
	}
}

func TestMalformedIDsAreBadQueries(t *testing.T) {
	for _, c := range []struct {
		entity string
		native uint64
		id     string
	}{
		{store.EntityTown, 0, "0x5c0f0000000000000000000000000000000000ab"},
		{store.EntityTown, 137, "0x5c0f"},
		{store.EntityTown, 137, "5c0f0000000000000000000000000000000000ab00"},
		{store.EntityTown, 137, "x-0x5c0f0000000000000000000000000000000000ab"},
		{store.EntityTown, 137, "0-0x5c0f0000000000000000000000000000000000ab"},
		{store.EntityWallet, 137, "0x-1"},
		{store.EntityWallet, 137, "-1"},
		{store.EntityWallet, 137, ""},
		{store.EntityTransfer, 137, "1-2-3-4"},
		{store.EntityTransfer, 137, "1-x"},
		{store.EntitySignal, 0, "0"},
		{store.EntitySignal, 0, "0x1"},
		{store.EntityTown, 137, "'; DROP TABLE towns; --"},
	} {
		if _, err := ParseID(c.entity, c.native, c.id); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("%s %q on endpoint %d: err = %v, want a bad query", c.entity, c.id, c.native, err)
		}
	}
}
