package devnet

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// startManual starts a devnet whose blocks only the test seals.
func startManual(t *testing.T, chains []ChainSpec, seed uint64, sim SimConfig) *Devnet {
	t.Helper()
	d, err := Start(t.Context(), Options{Chains: chains, Manual: true, Seed: seed, Sim: sim})
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() {
		if err := d.Close(); err != nil {
			t.Errorf("close devnet: %v", err)
		}
	})
	return d
}

// testGas is ample for any single call in these tests.
const testGas = 5_000_000

// sendTx seals one block holding one call and returns its receipt, which
// may be a revert.
func sendTx(t *testing.T, c *Chain, from *account, to common.Address, data []byte, packErr error) *types.Receipt {
	t.Helper()
	if packErr != nil {
		t.Fatalf("pack: %v", packErr)
	}
	res, err := c.block(t.Context(), func(ctx context.Context, b *blockBuilder) error {
		b.wantReceipts = true
		_, err := b.send(ctx, from, &to, data, testGas)
		return err
	})
	if err != nil {
		t.Fatalf("send to %s: %v", to, err)
	}
	return res.Receipts[0]
}

// mustSend is sendTx that fails the test on a revert.
func mustSend(t *testing.T, c *Chain, from *account, to common.Address, data []byte, packErr error) *types.Receipt {
	t.Helper()
	r := sendTx(t, c, from, to, data, packErr)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("call to %s from %s reverted (tx %s)", to, from.addr, r.TxHash)
	}
	return r
}

// view runs a read-only call at the head.
func view[T any](t *testing.T, c *Chain, to common.Address, data []byte, packErr error, unpack func([]byte) (T, error)) T {
	t.Helper()
	if packErr != nil {
		t.Fatalf("pack: %v", packErr)
	}
	out, err := c.client.CallContract(t.Context(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		t.Fatalf("call %s: %v", to, err)
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatalf("unpack call to %s: %v", to, err)
	}
	return v
}

// expectLog asserts that l was emitted by addr and decodes with unpack to
// want (the binding's Raw field is ignored). Values are compared in their
// printed form, which shows big integers and addresses by value.
func expectLog[E any](t *testing.T, l *types.Log, addr common.Address, unpack func(*types.Log) (*E, error), want E) {
	t.Helper()
	if l.Address != addr {
		t.Errorf("log %d emitted by %s, want %s", l.Index, l.Address, addr)
	}
	got, err := unpack(l)
	if err != nil {
		t.Errorf("log %d: decode as %T: %v", l.Index, want, err)
		return
	}
	reflect.ValueOf(got).Elem().FieldByName("Raw").SetZero()
	if g, w := fmt.Sprintf("%+v", *got), fmt.Sprintf("%+v", want); g != w {
		t.Errorf("log %d:\n got  %s\n want %s", l.Index, g, w)
	}
}

// expectLogCount asserts a receipt's number of logs.
func expectLogCount(t *testing.T, r *types.Receipt, n int) {
	t.Helper()
	if len(r.Logs) != n {
		t.Fatalf("tx %s: %d logs, want %d", r.TxHash, len(r.Logs), n)
	}
}

// compareTruth reports every difference between two Truths, section by
// section, in printed form.
func compareTruth(t *testing.T, got, want Truth) {
	t.Helper()
	if got.ChainID != want.ChainID || got.Block != want.Block || got.BlockHash != want.BlockHash {
		t.Errorf("truth of chain %d at %d (%s), want chain %d at %d (%s)", got.ChainID, got.Block, got.BlockHash, want.ChainID, want.Block, want.BlockHash)
	}
	section(t, "towns", got.Towns, want.Towns)
	section(t, "wallets", got.Wallets, want.Wallets)
	section(t, "tokens", got.Tokens, want.Tokens)
	section(t, "balances", got.Balances, want.Balances)
	section(t, "gigs", got.Gigs, want.Gigs)
	section(t, "projects", got.Projects, want.Projects)
}

func section[T any](t *testing.T, name string, got, want []T) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d entries, want %d", name, len(got), len(want))
	}
	bad := 0
	for i := range min(len(got), len(want)) {
		if g, w := fmt.Sprintf("%+v", got[i]), fmt.Sprintf("%+v", want[i]); g != w {
			if bad++; bad <= 5 {
				t.Errorf("%s[%d]:\n got  %s\n want %s", name, i, g, w)
			}
		}
	}
	if bad > 5 {
		t.Errorf("%s: %d entries differ in all", name, bad)
	}
}
