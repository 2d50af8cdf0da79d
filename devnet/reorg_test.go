package devnet

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestReorgReplacesBlocksAndLogsOverRPC forks three blocks below the head
// and checks, through real JSON-RPC, that the heights now carry other
// hashes, that eth_getLogs no longer returns the old branch's logs but the
// new branch's, and that WS subscribers see the new head.
func TestReorgReplacesBlocksAndLogsOverRPC(t *testing.T) {
	ctx := t.Context()
	d := startManual(t, DefaultChains(1), 3, SimConfig{Towns: 3, MembersPerTown: 6})
	c, s := d.Chains()[0], d.Simulators()[0]
	for range 8 {
		if _, err := s.Step(ctx, 6); err != nil {
			t.Fatal(err)
		}
	}
	rpc, err := ethclient.DialContext(ctx, c.HTTPURL)
	if err != nil {
		t.Fatal(err)
	}
	defer rpc.Close()
	ws, err := ethclient.DialContext(ctx, c.WSURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 64)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	head, err := rpc.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	const depth = 3
	ancestor := head - depth
	hashAt := func(n uint64) common.Hash {
		t.Helper()
		h, err := rpc.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatalf("header %d: %v", n, err)
		}
		return h.Hash()
	}
	logsIn := func(from, to uint64) []types.Log {
		t.Helper()
		logs, err := rpc.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)})
		if err != nil {
			t.Fatalf("eth_getLogs %d-%d: %v", from, to, err)
		}
		return logs
	}
	ancestorHash := hashAt(ancestor)
	oldHash := map[uint64]common.Hash{}
	oldBlock := map[common.Hash]bool{}
	for n := ancestor + 1; n <= head; n++ {
		oldHash[n] = hashAt(n)
		oldBlock[oldHash[n]] = true
	}
	oldLogs := logsIn(ancestor+1, head)
	if len(oldLogs) == 0 {
		t.Fatal("no logs in the blocks about to be replaced; the test would prove nothing")
	}

	r, err := s.Reorg(ctx, depth)
	if err != nil {
		t.Fatal(err)
	}
	if r.Ancestor != ancestor || r.AncestorHash != ancestorHash || r.OldHead != head || r.NewHead != head+1 || len(r.Dropped) != depth {
		t.Fatalf("reorg = %+v, want ancestor %d (%s), heads %d -> %d, %d dropped", r, ancestor, ancestorHash, head, head+1, depth)
	}
	if r.Logs == 0 {
		t.Error("the new branch carries no events")
	}

	if n, err := rpc.BlockNumber(ctx); err != nil || n != head+1 {
		t.Fatalf("eth_blockNumber after reorg = %d (%v), want %d", n, err, head+1)
	}
	if got := hashAt(ancestor); got != ancestorHash {
		t.Errorf("ancestor %d changed hash: %s -> %s", ancestor, ancestorHash, got)
	}
	canonical := map[uint64]common.Hash{}
	for n := ancestor + 1; n <= head+1; n++ {
		canonical[n] = hashAt(n)
		if canonical[n] == oldHash[n] {
			t.Errorf("block %d still has its pre-reorg hash %s", n, oldHash[n])
		}
	}
	newLogs := logsIn(ancestor+1, head+1)
	if len(newLogs) == 0 {
		t.Error("eth_getLogs returns nothing for the new branch")
	}
	oldTx := map[common.Hash]bool{}
	for _, l := range oldLogs {
		oldTx[l.TxHash] = true
	}
	for _, l := range newLogs {
		if oldBlock[l.BlockHash] {
			t.Errorf("eth_getLogs still returns a log of abandoned block %s", l.BlockHash)
		}
		if l.BlockHash != canonical[l.BlockNumber] {
			t.Errorf("log in block %d has hash %s, canonical is %s", l.BlockNumber, l.BlockHash, canonical[l.BlockNumber])
		}
		if oldTx[l.TxHash] {
			t.Errorf("transaction %s of the old branch reappeared in the new one", l.TxHash)
		}
	}

	timeout := time.After(10 * time.Second)
	for {
		select {
		case h := <-heads:
			if h.Number.Uint64() == head+1 && h.Hash() == canonical[head+1] {
				return
			}
		case err := <-sub.Err():
			t.Fatalf("newHeads subscription: %v", err)
		case <-timeout:
			t.Fatalf("no newHeads notification for new head %d", head+1)
		}
	}
}

func TestReorgCannotRemoveDeployment(t *testing.T) {
	d := startManual(t, DefaultChains(1), 3, SimConfig{})
	c := d.Chains()[0]
	head, err := c.Head(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	depth := int(head.Number.Uint64()-c.StartBlock) + 1
	if _, err := c.Reorg(t.Context(), depth); !errors.Is(err, ErrReorgTooDeep) {
		t.Errorf("reorg of depth %d at head %d (deployed at %d): err %v, want ErrReorgTooDeep", depth, head.Number, c.StartBlock, err)
	}
	if _, err := c.Reorg(t.Context(), 0); !errors.Is(err, ErrReorgTooDeep) {
		t.Errorf("reorg of depth 0: err %v, want ErrReorgTooDeep", err)
	}
}

// TestRunInjectsReorgsAndStaysConsistent lets a simulator run live with
// frequent injected reorgs, then checks that it never sent a failing
// transaction and that its picture of the chain is still exactly the state
// in contract storage.
func TestRunInjectsReorgsAndStaysConsistent(t *testing.T) {
	d := startManual(t, DefaultChains(1), 9, SimConfig{Rate: 200, Towns: 4, MembersPerTown: 8})
	s := d.Simulators()[0]
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, 20*time.Millisecond, 0.3, 3) }()
	for deadline := time.Now().Add(30 * time.Second); s.Stats().Reorgs < 4; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("only %d reorgs injected: %+v", s.Stats().Reorgs, s.Stats())
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
	st := s.Stats()
	if st.Reverted != 0 || st.OutOfOrder != 0 {
		t.Errorf("stats %+v: want no reverted or out-of-order blocks", st)
	}
	tr, err := ReadTruth(t.Context(), s.chain)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Wallets) == 0 {
		t.Fatal("no wallets after the run; it proves nothing")
	}
	// The model may predate the last reorg until the next block; bring it
	// up to date the way the next block would.
	s.chain.mu.Lock()
	if s.generation != s.chain.generation {
		if err := s.resync(t.Context()); err != nil {
			s.chain.mu.Unlock()
			t.Fatal(err)
		}
	}
	s.chain.mu.Unlock()
	compareTruth(t, tr, s.modelTruth(tr))
}
