// Package rpcproxy is a fault-injecting JSON-RPC proxy for tests: it sits
// between a client and a real node and, with seeded probabilities, answers
// with timeouts, HTTP 429 and 5xx, "too many results" for wide eth_getLogs,
// dropped connections, missing blocks, or lies (a log from another branch:
// its blockHash and its content altered, so that storing it would show in
// the indexed state). Faults sit between the code under test and the node,
// not inside either.
package rpcproxy

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Faults are per-request probabilities (0..1) of each misbehaviour.
type Faults struct {
	Timeout   float64 // hold the request for Hang, then drop it
	TooMany   float64 // HTTP 429
	ServerErr float64 // HTTP 503
	Drop      float64 // close the connection without answering
	// Lie: eth_getLogs answers one log as another branch would have it:
	// another blockHash, and other data (or, without data, another last
	// topic), so it still decodes, to something that did not happen.
	Lie float64
	// Missing: eth_getBlockByNumber of a numbered block answers null for
	// one block (in a batch, one of its elements), as a node behind a load
	// balancer that has not seen the block yet.
	Missing float64
	// MaxLogRange, when set, makes wider eth_getLogs fail with the error
	// text public nodes use.
	MaxLogRange uint64
	// Hang is how long a timed-out request is held (default 2s).
	Hang time.Duration
	// Latency delays every answer, as the round trip to a node across the
	// internet would (benchmarks; not a fault).
	Latency time.Duration
}

// Counts says how often each fault was injected.
type Counts struct {
	Requests, Timeouts, TooMany, ServerErrs, Drops, Lies, RangeErrors, Missing int64
}

// Proxy forwards to an upstream JSON-RPC HTTP endpoint.
type Proxy struct {
	upstream string
	srv      *httptest.Server
	client   *http.Client

	mu     sync.Mutex
	faults Faults
	rng    *rand.Rand
	dead   bool

	requests, timeouts, tooMany, serverErrs, drops, lies, rangeErrs, missing atomic.Int64
}

// New starts a proxy on 127.0.0.1 in front of upstream, with no faults.
func New(upstream string, seed uint64) *Proxy {
	p := &Proxy{upstream: upstream, client: &http.Client{Timeout: 30 * time.Second}, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	return p
}

// URL is the proxy's address.
func (p *Proxy) URL() string { return p.srv.URL }

// Close stops the proxy.
func (p *Proxy) Close() { p.srv.Close() }

// SetFaults replaces the fault probabilities.
func (p *Proxy) SetFaults(f Faults) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if f.Hang == 0 {
		f.Hang = 2 * time.Second
	}
	p.faults = f
}

// SetDead makes every request fail as a dead endpoint would.
func (p *Proxy) SetDead(dead bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.dead = dead
}

// Counts reports the faults injected so far.
func (p *Proxy) Counts() Counts {
	return Counts{
		Requests: p.requests.Load(), Timeouts: p.timeouts.Load(), TooMany: p.tooMany.Load(),
		ServerErrs: p.serverErrs.Load(), Drops: p.drops.Load(), Lies: p.lies.Load(), RangeErrors: p.rangeErrs.Load(),
		Missing: p.missing.Load(),
	}
}

type decision struct {
	timeout, tooMany, serverErr, drop, lie, missing bool
	hang, latency                                   time.Duration
	maxRange                                        uint64
	dead                                            bool
	// pick chooses which log or block a lie or a missing block hits.
	pick uint64
}

func (p *Proxy) decide() decision {
	p.mu.Lock()
	defer p.mu.Unlock()
	f := p.faults
	roll := func(prob float64) bool { return prob > 0 && p.rng.Float64() < prob }
	return decision{
		timeout: roll(f.Timeout), tooMany: roll(f.TooMany), serverErr: roll(f.ServerErr), drop: roll(f.Drop),
		lie: roll(f.Lie), missing: roll(f.Missing), hang: f.Hang, latency: f.Latency, maxRange: f.MaxLogRange, dead: p.dead,
		pick: p.rng.Uint64(),
	}
}

type rpcRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

func (p *Proxy) serve(w http.ResponseWriter, r *http.Request) {
	p.requests.Add(1)
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read body", http.StatusBadRequest)
		return
	}
	d := p.decide()
	if d.latency > 0 {
		select {
		case <-time.After(d.latency):
		case <-r.Context().Done():
			return
		}
	}
	switch {
	case d.dead, d.drop:
		if d.drop {
			p.drops.Add(1)
		}
		Drop(w)
		return
	case d.timeout:
		p.timeouts.Add(1)
		select {
		case <-time.After(d.hang):
		case <-r.Context().Done():
		}
		Drop(w)
		return
	case d.tooMany:
		p.tooMany.Add(1)
		http.Error(w, "Too Many Requests", http.StatusTooManyRequests)
		return
	case d.serverErr:
		p.serverErrs.Add(1)
		http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
		return
	}
	if d.maxRange > 0 {
		if id, ok := wideGetLogs(body, d.maxRange); ok {
			p.rangeErrs.Add(1)
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32005,"message":"query returned more than 10000 results"}}`, id)
			return
		}
	}
	resp, err := p.client.Post(p.upstream, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	if d.lie && isGetLogs(body) {
		if altered, ok := otherBranchLog(out, d.pick); ok {
			p.lies.Add(1)
			out = altered
		}
	}
	if d.missing {
		if altered, ok := dropBlock(body, out, d.pick); ok {
			p.missing.Add(1)
			out = altered
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(out)
}

// Drop ends a request by resetting its connection without an answer, as
// a dead or crashing node would.
func Drop(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			_ = conn.(*net.TCPConn).SetLinger(0)
			conn.Close()
			return
		}
	}
	http.Error(w, "dropped", http.StatusBadGateway)
}

func isGetLogs(body []byte) bool { return bytes.Contains(body, []byte(`"eth_getLogs"`)) }

// wideGetLogs reports whether body is a single eth_getLogs over more than
// max blocks, returning its id.
func wideGetLogs(body []byte, max uint64) (string, bool) {
	var req rpcRequest
	if json.Unmarshal(body, &req) != nil || req.Method != "eth_getLogs" || len(req.Params) == 0 {
		return "", false
	}
	var q struct {
		FromBlock string `json:"fromBlock"`
		ToBlock   string `json:"toBlock"`
	}
	if json.Unmarshal(req.Params[0], &q) != nil {
		return "", false
	}
	from, err1 := strconv.ParseUint(strings.TrimPrefix(q.FromBlock, "0x"), 16, 64)
	to, err2 := strconv.ParseUint(strings.TrimPrefix(q.ToBlock, "0x"), 16, 64)
	if err1 != nil || err2 != nil || to < from || to-from+1 <= max {
		return "", false
	}
	return string(req.ID), true
}

// otherBranchLog replaces one log of an eth_getLogs answer with the log
// another branch could have at the same place: the block hash and the
// content differ (the last byte of data, or of the last topic when there is
// no data), the position does not.
func otherBranchLog(resp []byte, pick uint64) ([]byte, bool) {
	var r struct {
		JSONRPC string           `json:"jsonrpc"`
		ID      json.RawMessage  `json:"id"`
		Result  []map[string]any `json:"result"`
	}
	if json.Unmarshal(resp, &r) != nil || len(r.Result) == 0 {
		return nil, false
	}
	l := r.Result[pick%uint64(len(r.Result))]
	h, ok := l["blockHash"].(string)
	if !ok || len(h) < 4 {
		return nil, false
	}
	l["blockHash"] = flipLast(h)
	if data, ok := l["data"].(string); ok && len(data) > 2 {
		l["data"] = flipLast(data)
	} else if topics, ok := l["topics"].([]any); ok && len(topics) > 1 {
		if last, ok := topics[len(topics)-1].(string); ok && len(last) > 2 {
			topics[len(topics)-1] = flipLast(last)
		}
	}
	out, err := json.Marshal(r)
	return out, err == nil
}

func flipLast(hex string) string {
	repl := byte('0')
	if hex[len(hex)-1] == '0' {
		repl = '1'
	}
	return hex[:len(hex)-1] + string(repl)
}

// dropBlock nulls the answer to one eth_getBlockByNumber of a numbered
// block in resp (a single answer or a batch), chosen by pick.
func dropBlock(req, resp []byte, pick uint64) ([]byte, bool) {
	var reqs []rpcRequest
	batch := bytes.HasPrefix(bytes.TrimSpace(req), []byte("["))
	if batch {
		if json.Unmarshal(req, &reqs) != nil {
			return nil, false
		}
	} else {
		var one rpcRequest
		if json.Unmarshal(req, &one) != nil {
			return nil, false
		}
		reqs = []rpcRequest{one}
	}
	var ids []string
	for _, r := range reqs {
		if r.Method != "eth_getBlockByNumber" || len(r.Params) == 0 {
			continue
		}
		var tag string
		if json.Unmarshal(r.Params[0], &tag) != nil || !strings.HasPrefix(tag, "0x") {
			continue // latest, pending, safe, finalized
		}
		ids = append(ids, string(r.ID))
	}
	if len(ids) == 0 {
		return nil, false
	}
	victim := ids[pick%uint64(len(ids))]
	var answers []map[string]json.RawMessage
	if batch {
		if json.Unmarshal(resp, &answers) != nil {
			return nil, false
		}
	} else {
		var one map[string]json.RawMessage
		if json.Unmarshal(resp, &one) != nil {
			return nil, false
		}
		answers = []map[string]json.RawMessage{one}
	}
	hit := false
	for _, a := range answers {
		if string(a["id"]) == victim && a["result"] != nil {
			a["result"] = json.RawMessage("null")
			hit = true
		}
	}
	if !hit {
		return nil, false
	}
	var out []byte
	var err error
	if batch {
		out, err = json.Marshal(answers)
	} else {
		out, err = json.Marshal(answers[0])
	}
	return out, err == nil
}
