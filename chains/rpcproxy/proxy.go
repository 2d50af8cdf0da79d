// Package rpcproxy is a fault-injecting JSON-RPC proxy for tests: it sits
// between a client and a real node and, with seeded probabilities, answers
// with timeouts, HTTP 429 and 5xx, "too many results" for wide eth_getLogs,
// dropped connections, or lies (a log whose blockHash is altered). Faults
// sit between the code under test and the node, not inside either.
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
	Lie       float64 // eth_getLogs: alter the blockHash of one log
	// MaxLogRange, when set, makes wider eth_getLogs fail with the error
	// text public nodes use.
	MaxLogRange uint64
	// Hang is how long a timed-out request is held (default 2s).
	Hang time.Duration
}

// Counts says how often each fault was injected.
type Counts struct {
	Requests, Timeouts, TooMany, ServerErrs, Drops, Lies, RangeErrors int64
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

	requests, timeouts, tooMany, serverErrs, drops, lies, rangeErrs atomic.Int64
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
	}
}

type decision struct {
	timeout, tooMany, serverErr, drop, lie bool
	hang                                   time.Duration
	maxRange                               uint64
	dead                                   bool
}

func (p *Proxy) decide() decision {
	p.mu.Lock()
	defer p.mu.Unlock()
	f := p.faults
	roll := func(prob float64) bool { return prob > 0 && p.rng.Float64() < prob }
	return decision{
		timeout: roll(f.Timeout), tooMany: roll(f.TooMany), serverErr: roll(f.ServerErr), drop: roll(f.Drop),
		lie: roll(f.Lie), hang: f.Hang, maxRange: f.MaxLogRange, dead: p.dead,
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
	switch {
	case d.dead, d.drop:
		if d.drop {
			p.drops.Add(1)
		}
		hijackAndClose(w)
		return
	case d.timeout:
		p.timeouts.Add(1)
		select {
		case <-time.After(d.hang):
		case <-r.Context().Done():
		}
		hijackAndClose(w)
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
		if altered, ok := alterLogHash(out); ok {
			p.lies.Add(1)
			out = altered
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(out)
}

func hijackAndClose(w http.ResponseWriter) {
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

// alterLogHash flips one byte of the first log's blockHash.
func alterLogHash(resp []byte) ([]byte, bool) {
	var r struct {
		JSONRPC string           `json:"jsonrpc"`
		ID      json.RawMessage  `json:"id"`
		Result  []map[string]any `json:"result"`
	}
	if json.Unmarshal(resp, &r) != nil || len(r.Result) == 0 {
		return nil, false
	}
	h, ok := r.Result[0]["blockHash"].(string)
	if !ok || len(h) < 4 {
		return nil, false
	}
	last := h[len(h)-1]
	repl := byte('0')
	if last == '0' {
		repl = '1'
	}
	r.Result[0]["blockHash"] = h[:len(h)-1] + string(repl)
	out, err := json.Marshal(r)
	return out, err == nil
}
