package chains

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

func dialFake(t *testing.T, cfg Config, nodes ...*fakeNode) *Client {
	t.Helper()
	for _, n := range nodes {
		cfg.Endpoints = append(cfg.Endpoints, n.URL())
	}
	cfg.ChainID = cmpOr(cfg.ChainID, 1)
	c, err := Dial(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func cmpOr(a, b uint64) uint64 {
	if a != 0 {
		return a
	}
	return b
}

// closedURL is an address nothing listens on.
func closedURL(t *testing.T, scheme string) string {
	t.Helper()
	n := newFakeNode(t, 1)
	u := strings.Replace(n.URL(), "http", scheme, 1)
	n.srv.Close()
	return u
}

func TestMultiBlockTimeoutHalvesTheRangeAtOnce(t *testing.T) {
	node := newFakeNode(t, 1)
	var mu sync.Mutex
	hung := 0
	node.set(func(n *fakeNode) {
		n.getLogs = func(from, to uint64) fakeAnswer {
			if to-from+1 > 10 {
				mu.Lock()
				hung++
				mu.Unlock()
				return fakeAnswer{hang: true}
			}
			return fakeAnswer{result: fakeLogs(from, to, 0)}
		}
	})
	c := dialFake(t, Config{Timeout: 200 * time.Millisecond, Retries: 3, MaxLogRange: 80}, node)
	if _, err := c.Logs(context.Background(), 0, 79, Filter{}); err != nil {
		t.Fatalf("Logs over a node that times out above 10 blocks: %v", err)
	}
	// 80 -> 40 -> 20 -> 10 fits; growing back probes 15 and 11 once each.
	// Retrying a timed-out range instead of halving it costs Retries+1
	// timeouts per span.
	if hung > 6 {
		t.Errorf("%d timed-out eth_getLogs, want at most 6: a timeout of a wide range must halve it at once", hung)
	}
	if got := c.ranges.current(); got != 10 {
		t.Errorf("range after the run = %d, want the node's limit 10", got)
	}
}

func TestSingleBlockTimeoutsAreRetried(t *testing.T) {
	node := newFakeNode(t, 1)
	calls := 0
	node.set(func(n *fakeNode) {
		n.getLogs = func(from, to uint64) fakeAnswer {
			calls++
			if calls <= 2 {
				return fakeAnswer{hang: true}
			}
			return fakeAnswer{result: fakeLogs(from, to, 1)}
		}
	})
	c := dialFake(t, Config{Timeout: 100 * time.Millisecond, Retries: 3}, node)
	logs, err := c.Logs(context.Background(), 7, 7, Filter{})
	if err != nil || len(logs) != 1 {
		t.Fatalf("Logs(7, 7) = %d logs, %v; want the third try's answer", len(logs), err)
	}
	if calls != 3 {
		t.Errorf("%d eth_getLogs, want 3 (two timeouts, then an answer)", calls)
	}
}

func TestRangeGrowsBackUpToTheLearnedCeiling(t *testing.T) {
	limited := newFakeNode(t, 1)
	refused := 0
	limited.set(func(n *fakeNode) {
		n.getLogs = func(from, to uint64) fakeAnswer {
			if to-from+1 > 10 {
				refused++
				return fakeAnswer{code: -32005, msg: "query returned more than 10000 results"}
			}
			return fakeAnswer{result: fakeLogs(from, to, 0)}
		}
	})
	c := dialFake(t, Config{MaxLogRange: 64}, limited)
	now := time.Unix(1_700_000_000, 0)
	c.ranges.now = func() time.Time { return now }
	if _, err := c.Logs(context.Background(), 0, 999, Filter{}); err != nil {
		t.Fatal(err)
	}
	// Growing back by doubling bounces off the limit every other request
	// (about half of ~200); the ceiling stops that after a few refusals.
	if refused > 8 {
		t.Errorf("%d of %d eth_getLogs refused against a 10-block limit, want at most 8", refused, limited.count("eth_getLogs"))
	}
	if got := c.ranges.current(); got != 10 {
		t.Errorf("range = %d, want the node's limit 10", got)
	}

	// After the ceiling's time the range probes above it again: a node
	// whose limit was raised gets wider requests.
	limited.set(func(n *fakeNode) { n.getLogs = nil })
	now = now.Add(ceilingTTL + time.Second)
	if _, err := c.Logs(context.Background(), 0, 199, Filter{}); err != nil {
		t.Fatal(err)
	}
	if got := c.ranges.current(); got != 64 {
		t.Errorf("range after the ceiling expired = %d, want MaxLogRange 64", got)
	}
}

func TestRangeGrowsBackAfterSuccess(t *testing.T) {
	node := newFakeNode(t, 1)
	c := dialFake(t, Config{MaxLogRange: 64}, node)
	c.ranges.span = 1
	if _, err := c.Logs(context.Background(), 0, 200, Filter{}); err != nil {
		t.Fatal(err)
	}
	if got := c.ranges.current(); got != 64 {
		t.Errorf("range = %d after successes from 1, want MaxLogRange 64", got)
	}
}

func TestRangeDoesNotGrowPastTheResultLimit(t *testing.T) {
	node := newFakeNode(t, 1)
	node.set(func(n *fakeNode) {
		n.getLogs = func(from, to uint64) fakeAnswer { return fakeAnswer{result: fakeLogs(from, to, 2)} }
	})
	// 2 logs a block: 16 blocks answer 32 logs, near a limit of 50.
	c := dialFake(t, Config{MaxLogRange: 64, MaxLogResults: 50}, node)
	c.ranges.span = 4
	logs, err := c.Logs(context.Background(), 0, 99, Filter{})
	if err != nil || len(logs) != 200 {
		t.Fatalf("Logs = %d logs, %v; want 200", len(logs), err)
	}
	if got := c.ranges.current(); got != 16 {
		t.Errorf("range = %d, want 16: 16 blocks return 32 logs, more than half the 50-log limit", got)
	}
}

func TestDialSucceedsWhenOneEndpointIsDown(t *testing.T) {
	good := newFakeNode(t, 1)
	c, err := Dial(context.Background(), Config{ChainID: 1, Timeout: time.Second,
		Endpoints: []string{closedURL(t, "http"), closedURL(t, "ws"), good.URL()}})
	if err != nil {
		t.Fatalf("Dial with a dead HTTP and a dead WebSocket endpoint and a live one: %v", err)
	}
	defer c.Close()
	h, err := c.Head(context.Background())
	if err != nil || h.Number != 1000 {
		t.Fatalf("Head = %d, %v; want 1000 from the live endpoint", h.Number, err)
	}

	if _, err := Dial(context.Background(), Config{ChainID: 1, Timeout: time.Second,
		Endpoints: []string{closedURL(t, "http"), closedURL(t, "ws")}}); err == nil {
		t.Error("Dial succeeded with no endpoint answering")
	}

	wrong := newFakeNode(t, 137)
	_, err = Dial(context.Background(), Config{ChainID: 1, Timeout: time.Second,
		Endpoints: []string{closedURL(t, "http"), good.URL(), wrong.URL()}})
	if !errors.Is(err, ErrChainIDMismatch) {
		t.Errorf("Dial with an endpoint on chain 137 for chain 1: %v, want ErrChainIDMismatch", err)
	}
}

// An endpoint down at start is verified before its first use: if it comes
// back serving another chain, nothing is ever read from it.
func TestEndpointDownAtStartIsVerifiedBeforeUse(t *testing.T) {
	good := newFakeNode(t, 1)
	late := newFakeNode(t, 1)
	late.set(func(n *fakeNode) { n.down = true })
	c := dialFake(t, Config{Timeout: time.Second, Retries: 1}, good, late)

	// The late endpoint comes up on another chain; the good one dies.
	late.set(func(n *fakeNode) { n.down, n.chainID = false, 5 })
	good.set(func(n *fakeNode) { n.down = true })
	if _, err := c.Head(context.Background()); err == nil {
		t.Fatal("Head answered, but the only live endpoint serves chain 5")
	}
	if n := late.count("eth_getBlockByNumber"); n != 0 {
		t.Errorf("the endpoint serving chain 5 was asked %d eth_getBlockByNumber", n)
	}
	if late.count("eth_chainId") == 0 {
		t.Error("the late endpoint was never checked")
	}

	// A late endpoint on the right chain is used once verified.
	good2, late2 := newFakeNode(t, 1), newFakeNode(t, 1)
	late2.set(func(n *fakeNode) { n.down = true })
	c2 := dialFake(t, Config{Timeout: time.Second, Retries: 1}, good2, late2)
	good2.set(func(n *fakeNode) { n.down = true })
	late2.set(func(n *fakeNode) { n.down = false })
	if h, err := c2.Head(context.Background()); err != nil || h.Number != 1000 {
		t.Fatalf("Head through the endpoint that came up = %d, %v", h.Number, err)
	}
	if late2.count("eth_chainId") == 0 || late2.count("eth_getBlockByNumber") == 0 {
		t.Errorf("late endpoint: %d eth_chainId, %d eth_getBlockByNumber; want it checked, then used",
			late2.count("eth_chainId"), late2.count("eth_getBlockByNumber"))
	}
}

func TestStateUnavailableFailsOverToAnArchiveNode(t *testing.T) {
	pruned := newFakeNode(t, 1)
	archive := newFakeNode(t, 1)
	pruned.set(func(n *fakeNode) {
		n.call = func(string, string) fakeAnswer {
			return fakeAnswer{code: -32000, msg: "missing trie node 4295029abc (path )"}
		}
	})
	want := common.LeftPadBytes([]byte{42}, 32)
	archive.set(func(n *fakeNode) {
		n.call = func(string, string) fakeAnswer { return fakeAnswer{result: hexutil.Encode(want)} }
	})
	c := dialFake(t, Config{Retries: 2}, pruned, archive)
	to := common.Address{9}
	for range 3 {
		res, err := c.Calls(context.Background(), []Call{{Msg: ethereum.CallMsg{To: &to}, Hash: fakeHash(5)}})
		if err != nil || !equalBytes(res[0].Out, want) {
			t.Fatalf("Calls = %+v, %v; want the archive node's answer", res, err)
		}
	}
	// Not a failure of the pruned node: it stays first in line.
	if f := c.eps[0].failures.Load(); f != 0 || c.eps[0].coolUntil.Load() != 0 {
		t.Errorf("the pruned node was counted %d failures (cooling %v); it only lacks old state", f, c.eps[0].coolUntil.Load() != 0)
	}

	// When every endpoint says so, that is the answer, at once.
	archive.set(func(n *fakeNode) { n.call = pruned.call })
	before := pruned.count("eth_call") + archive.count("eth_call")
	_, err := c.Calls(context.Background(), []Call{{Msg: ethereum.CallMsg{To: &to}, Hash: fakeHash(5)}})
	if !errors.Is(err, ErrStateUnavailable) {
		t.Fatalf("both nodes pruned: %v, want ErrStateUnavailable", err)
	}
	if n := pruned.count("eth_call") + archive.count("eth_call") - before; n != 2 {
		t.Errorf("%d eth_call, want 2 (one per endpoint, no retries)", n)
	}
}

func equalBytes(a, b []byte) bool { return string(a) == string(b) }

func TestHeadersAreReadInBatches(t *testing.T) {
	node := newFakeNode(t, 1)
	node.set(func(n *fakeNode) {
		n.getLogs = func(from, to uint64) fakeAnswer { return fakeAnswer{result: fakeLogs(from, to, 1)} }
	})
	c := dialFake(t, Config{MaxLogRange: 1000}, node)
	blocks, err := c.Range(context.Background(), 1, 250, Filter{}, false)
	if err != nil || len(blocks) != 250 {
		t.Fatalf("Range = %d blocks, %v", len(blocks), err)
	}
	if _, err := c.Headers(context.Background(), 300, 549); err != nil {
		t.Fatal(err)
	}
	node.mu.Lock()
	sizes := append([]int(nil), node.batchSizes...)
	node.mu.Unlock()
	want := []int{100, 100, 50, 100, 100, 50}
	if len(sizes) != len(want) {
		t.Fatalf("header batch requests %v, want %v", sizes, want)
	}
	for i := range want {
		if sizes[i] != want[i] {
			t.Fatalf("header batch requests %v, want %v", sizes, want)
		}
	}
}

func TestMissingBlockIsRetriedNotReturned(t *testing.T) {
	node := newFakeNode(t, 1)
	var mu sync.Mutex
	nulls := 0
	node.set(func(n *fakeNode) {
		n.header = func(num uint64) (any, bool) {
			mu.Lock()
			defer mu.Unlock()
			if num == 42 && nulls < 2 {
				nulls++
				return nil, true
			}
			return nil, false
		}
	})
	c := dialFake(t, Config{Retries: 3}, node)
	hs, err := c.Headers(context.Background(), 40, 44)
	if err != nil || len(hs) != 5 || hs[2].Hash != fakeHash(42) {
		t.Fatalf("Headers = %+v, %v; want 40-44 once block 42 is served", hs, err)
	}
	if nulls != 2 {
		t.Errorf("block 42 was null %d times, want 2", nulls)
	}
}

func TestRateLimitIsAFloorOnRequestSpacing(t *testing.T) {
	node := newFakeNode(t, 1)
	c := dialFake(t, Config{RateLimit: 50, MaxLogRange: 1}, node)
	start := time.Now()
	// 101 requests at 50/s with a burst of 50 take at least one second.
	if _, err := c.Logs(context.Background(), 0, 100, Filter{}); err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el < 950*time.Millisecond {
		t.Errorf("101 requests at 50/s took %s, want at least 1s", el)
	}
}

func TestCallAtHashRequiresTheCanonicalBlock(t *testing.T) {
	node := newFakeNode(t, 1)
	var got []string
	node.set(func(n *fakeNode) {
		n.call = func(_, block string) fakeAnswer {
			got = append(got, block)
			return fakeAnswer{code: -32000, msg: "hash 0xabc is not currently canonical"}
		}
	})
	c := dialFake(t, Config{Retries: 3}, node)
	to := common.Address{9}
	_, err := c.Calls(context.Background(), []Call{{Msg: ethereum.CallMsg{To: &to}, Hash: fakeHash(7)}})
	if !errors.Is(err, ErrInconsistent) {
		t.Fatalf("call at a block no longer canonical: %v, want ErrInconsistent", err)
	}
	if len(got) != 1 {
		t.Errorf("%d eth_call, want 1: retrying cannot bring the block back", len(got))
	}
	if len(got) > 0 && (!strings.Contains(got[0], `"blockHash":"`+fakeHash(7).Hex()+`"`) || !strings.Contains(got[0], `"requireCanonical":true`)) {
		t.Errorf("eth_call block parameter %s, want the block hash with requireCanonical (EIP-1898)", got[0])
	}
}

// A window's view calls go in batches of maxBatch; a revert is that
// call's own result, while an answer about the chain (a block no longer
// canonical) or the node (no state) fails the whole batch the way a single
// call would.
func TestCallsGoInBatchesAndKeepEachCallsOwnError(t *testing.T) {
	node := newFakeNode(t, 1)
	var mu sync.Mutex
	var blocks []string
	mode := "ok"
	node.set(func(n *fakeNode) {
		n.call = func(tx, block string) fakeAnswer {
			mu.Lock()
			defer mu.Unlock()
			blocks = append(blocks, block)
			// The called contract's first byte says which call it is.
			var arg struct {
				To   common.Address `json:"to"`
				Data hexutil.Bytes  `json:"input"`
			}
			_ = json.Unmarshal([]byte(tx), &arg)
			i := int(arg.To[0])<<8 | int(arg.To[1])
			switch {
			case mode == "canonical" && i == 120:
				return fakeAnswer{code: -32000, msg: "hash 0xabc is not currently canonical"}
			case mode == "pruned":
				return fakeAnswer{code: -32000, msg: "missing trie node 4295029abc (path )"}
			case i == 7:
				return fakeAnswer{code: 3, msg: "execution reverted"}
			}
			return fakeAnswer{result: hexutil.Encode(common.LeftPadBytes([]byte{byte(i)}, 32))}
		}
	})
	c := dialFake(t, Config{Retries: 2}, node)
	calls := make([]Call, 250)
	for i := range calls {
		to := common.Address{byte(i >> 8), byte(i)}
		calls[i] = Call{Msg: ethereum.CallMsg{To: &to, Data: []byte{1}}, Hash: fakeHash(uint64(i))}
	}
	calls[249].Hash = common.Hash{} // the latest block
	res, err := c.Calls(context.Background(), calls)
	if err != nil || len(res) != 250 {
		t.Fatalf("Calls = %d results, %v", len(res), err)
	}
	for i, r := range res {
		if i == 7 {
			if r.Err == nil || !strings.Contains(r.Err.Error(), "execution reverted") {
				t.Errorf("call 7: %x, %v; want its revert", r.Out, r.Err)
			}
			continue
		}
		if r.Err != nil || len(r.Out) != 32 || r.Out[31] != byte(i) {
			t.Fatalf("call %d: %x, %v", i, r.Out, r.Err)
		}
	}
	node.mu.Lock()
	sizes := append([]int(nil), node.batchSizes...)
	node.mu.Unlock()
	if len(sizes) != 3 || sizes[0] != 100 || sizes[1] != 100 || sizes[2] != 50 {
		t.Errorf("eth_call batches %v, want [100 100 50]", sizes)
	}
	mu.Lock()
	if !strings.Contains(blocks[3], fakeHash(3).Hex()) || !strings.Contains(blocks[3], `"requireCanonical":true`) || blocks[249] != `"latest"` {
		t.Errorf("block parameters %s and %s; want the hash with requireCanonical, and latest", blocks[3], blocks[249])
	}
	mode = "canonical"
	mu.Unlock()
	if _, err := c.Calls(context.Background(), calls); !errors.Is(err, ErrInconsistent) {
		t.Errorf("a call at a block no longer canonical: %v, want ErrInconsistent for the batch", err)
	}
	mu.Lock()
	mode = "pruned"
	mu.Unlock()
	if _, err := c.Calls(context.Background(), calls); !errors.Is(err, ErrStateUnavailable) {
		t.Errorf("a pruned node: %v, want ErrStateUnavailable", err)
	}
}

// A node that caps batches below maxBatch gets smaller ones, for headers
// and calls alike, and keeps getting them; no request is lost on the way.
func TestBatchesShrinkToWhatTheNodeAccepts(t *testing.T) {
	node := newFakeNode(t, 1)
	node.set(func(n *fakeNode) { n.maxBatch = 30 })
	c := dialFake(t, Config{Retries: 2}, node)
	hs, err := c.Headers(context.Background(), 1, 100)
	if err != nil || len(hs) != 100 || hs[99].Hash != fakeHash(100) {
		t.Fatalf("Headers = %d, %v", len(hs), err)
	}
	to := common.Address{9}
	calls := make([]Call, 60)
	for i := range calls {
		calls[i] = Call{Msg: ethereum.CallMsg{To: &to}}
	}
	res, err := c.Calls(context.Background(), calls)
	if err != nil || len(res) != 60 {
		t.Fatalf("Calls = %d, %v", len(res), err)
	}
	node.mu.Lock()
	sizes := append([]int(nil), node.batchSizes...)
	node.mu.Unlock()
	// 100 and 50 refused, then four 25s for the headers, and the calls
	// in 25s from the start.
	want := []int{100, 50, 25, 25, 25, 25, 25, 25, 10}
	if fmt.Sprint(sizes) != fmt.Sprint(want) {
		t.Errorf("batches %v, want %v", sizes, want)
	}
	// The cap is forgotten once it is older than the log-range ceilings.
	c.batchCut.Store(time.Now().Add(-ceilingTTL - time.Second).UnixNano())
	if n := c.batchSize(); n != maxBatch {
		t.Errorf("batch size %d after the refusal expired, want %d", n, maxBatch)
	}

	// A node that refuses even a single-request batch: a clear error.
	node.set(func(n *fakeNode) { n.maxBatch = -1 })
	_, err = c.Headers(context.Background(), 1, 5)
	if !errors.Is(err, errBatchTooLarge) {
		t.Errorf("a node that takes no batch: %v, want errBatchTooLarge", err)
	}
}
