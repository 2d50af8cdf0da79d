package chains

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/distributedtown/dito-graph/chains/rpcproxy"
)

// fakeNode is a scripted JSON-RPC node for the client's unit tests: a chain
// of synthetic headers (hash of n is keccak(n)) and hooks for eth_getLogs
// and eth_call. Everything it is asked is counted.
type fakeNode struct {
	srv *httptest.Server

	mu      sync.Mutex
	chainID uint64
	head    uint64
	down    bool
	// getLogs answers one eth_getLogs; nil answers no logs.
	getLogs func(from, to uint64) fakeAnswer
	// call answers one eth_call (its transaction object and block
	// parameter, as JSON); nil answers 32 zero bytes.
	call func(tx, block string) fakeAnswer
	// header answers eth_getBlockByNumber(n) when set and it returns ok.
	header func(n uint64) (res any, ok bool)

	// maxBatch, when set, refuses larger batches (-1: every batch) as geth
	// does: one error,
	// with the first request's id, for the whole batch.
	maxBatch int

	httpRequests int
	methods      map[string]int
	batchSizes   []int
}

// fakeAnswer is a result, a JSON-RPC error, or a hang until the client
// gives up.
type fakeAnswer struct {
	result any
	code   int
	msg    string
	hang   bool
}

func newFakeNode(t *testing.T, chainID uint64) *fakeNode {
	t.Helper()
	n := &fakeNode{chainID: chainID, head: 1000, methods: map[string]int{}}
	n.srv = httptest.NewServer(http.HandlerFunc(n.serve))
	t.Cleanup(n.srv.Close)
	return n
}

func (n *fakeNode) URL() string { return n.srv.URL }

func (n *fakeNode) set(f func(n *fakeNode)) {
	n.mu.Lock()
	defer n.mu.Unlock()
	f(n)
}

func (n *fakeNode) count(method string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.methods[method]
}

func fakeHash(n uint64) common.Hash { return crypto.Keccak256Hash([]byte(strconv.FormatUint(n, 10))) }

func fakeHeader(n uint64) map[string]any {
	parent := common.Hash{}
	if n > 0 {
		parent = fakeHash(n - 1)
	}
	return map[string]any{"number": hexutil.EncodeUint64(n), "hash": fakeHash(n), "parentHash": parent, "timestamp": hexutil.EncodeUint64(1_700_000_000 + 12*n)}
}

type fakeRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

func (n *fakeNode) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	n.mu.Lock()
	n.httpRequests++
	down := n.down
	n.mu.Unlock()
	if down {
		rpcproxy.Drop(w)
		return
	}
	var reqs []fakeRequest
	batch := bytes.HasPrefix(bytes.TrimSpace(body), []byte("["))
	if batch {
		_ = json.Unmarshal(body, &reqs)
		n.mu.Lock()
		n.batchSizes = append(n.batchSizes, len(reqs))
		refuse := n.maxBatch != 0 && len(reqs) > n.maxBatch
		n.mu.Unlock()
		if refuse {
			w.Header().Set("Content-Type", "application/json")
			_, _ = fmt.Fprintf(w, `[{"jsonrpc":"2.0","id":%s,"error":{"code":-32600,"message":"batch too large"}}]`, reqs[0].ID)
			return
		}
	} else {
		var one fakeRequest
		_ = json.Unmarshal(body, &one)
		reqs = []fakeRequest{one}
	}
	var out [][]byte
	for _, req := range reqs {
		a := n.answer(req)
		if a.hang {
			select {
			case <-r.Context().Done():
			case <-time.After(5 * time.Second):
			}
			return
		}
		var resp []byte
		if a.code != 0 {
			resp, _ = json.Marshal(map[string]any{"jsonrpc": "2.0", "id": req.ID, "error": map[string]any{"code": a.code, "message": a.msg}})
		} else {
			resp, _ = json.Marshal(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": a.result})
		}
		out = append(out, resp)
	}
	w.Header().Set("Content-Type", "application/json")
	if batch {
		_, _ = fmt.Fprintf(w, "[%s]", bytes.Join(out, []byte(",")))
		return
	}
	_, _ = w.Write(out[0])
}

func (n *fakeNode) answer(req fakeRequest) fakeAnswer {
	n.mu.Lock()
	n.methods[req.Method]++
	chainID, head, getLogs, call, header := n.chainID, n.head, n.getLogs, n.call, n.header
	n.mu.Unlock()
	switch req.Method {
	case "eth_chainId":
		return fakeAnswer{result: hexutil.EncodeUint64(chainID)}
	case "eth_getBlockByNumber":
		var tag string
		_ = json.Unmarshal(req.Params[0], &tag)
		num := head
		if tag != "latest" {
			v, err := hexutil.DecodeUint64(tag)
			if err != nil {
				return fakeAnswer{code: -32602, msg: "bad block number"}
			}
			num = v
		}
		if header != nil {
			if res, ok := header(num); ok {
				return fakeAnswer{result: res}
			}
		}
		if num > head {
			return fakeAnswer{result: nil}
		}
		return fakeAnswer{result: fakeHeader(num)}
	case "eth_getLogs":
		var q struct{ FromBlock, ToBlock string }
		_ = json.Unmarshal(req.Params[0], &q)
		from, _ := hexutil.DecodeUint64(q.FromBlock)
		to, _ := hexutil.DecodeUint64(q.ToBlock)
		if getLogs == nil {
			return fakeAnswer{result: []any{}}
		}
		return getLogs(from, to)
	case "eth_call":
		tx, block := "", ""
		if len(req.Params) > 0 {
			tx = string(req.Params[0])
		}
		if len(req.Params) > 1 {
			block = strings.TrimSpace(string(req.Params[1]))
		}
		if call == nil {
			return fakeAnswer{result: hexutil.Encode(make([]byte, 32))}
		}
		return call(tx, block)
	}
	return fakeAnswer{code: -32601, msg: "method not found"}
}

// fakeLogs are n logs per block of [from, to], with the fake chain's hashes.
func fakeLogs(from, to uint64, perBlock int) []any {
	var out []any
	for b := from; b <= to; b++ {
		for i := range perBlock {
			out = append(out, map[string]any{
				"address": common.Address{1}, "topics": []common.Hash{{2}}, "data": "0x",
				"blockNumber": hexutil.EncodeUint64(b), "blockHash": fakeHash(b),
				"transactionHash": common.Hash{3}, "transactionIndex": "0x0", "logIndex": hexutil.EncodeUint64(uint64(i)), "removed": false,
			})
		}
	}
	if out == nil {
		out = []any{}
	}
	return out
}
