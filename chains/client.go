// Package chains talks to EVM nodes: it knows networks and JSON-RPC and
// nothing of Postgres. Its Client spreads requests over several endpoints
// with failover, rate limits, retries with jittered backoff, batched header
// reads and adaptive eth_getLogs ranges, and never returns data whose logs
// disagree with the headers they claim to belong to.
package chains

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/time/rate"
)

// Sentinel errors; callers test them with errors.Is.
var (
	// ErrInconsistent: the node's answers did not agree with each other
	// (a log's block hash differs from the header at its height, a block is
	// missing) after every retry. Usually a reorg in progress.
	ErrInconsistent = errors.New("inconsistent node answers")
	// ErrChainIDMismatch: an endpoint serves another chain than configured.
	ErrChainIDMismatch = errors.New("chain id mismatch")
	// ErrRangeTooLarge: the node refused an eth_getLogs range or result size.
	ErrRangeTooLarge = errors.New("log range too large")
	// ErrStateUnavailable: the node has no state at the requested block
	// (not an archive node). Retrying cannot help; the same node may answer
	// at a recent block.
	ErrStateUnavailable = errors.New("historical state unavailable")
	// errRetryable marks transport failures worth another try.
	errRetryable = errors.New("retryable rpc error")
)

// Header is the part of a block header the indexer needs.
type Header struct {
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64
}

// Block is a header with the logs of it that matched a filter.
type Block struct {
	Header Header
	Logs   []types.Log
}

// Filter selects logs by emitting address and topics (as eth_getLogs).
type Filter struct {
	Addresses []common.Address
	Topics    [][]common.Hash
}

// Config configures a Client.
type Config struct {
	ChainID   uint64
	Endpoints []string
	// Timeout bounds one request (default 15s).
	Timeout time.Duration
	// Retries is how many more times a failed request is tried (default 5).
	Retries int
	// RateLimit is requests per second per endpoint; 0 is unlimited.
	RateLimit float64
	// MaxLogRange caps the block range of one eth_getLogs (default 2000).
	MaxLogRange uint64
	// MaxAddresses caps the addresses of one eth_getLogs (default 1000).
	MaxAddresses int
	// PollInterval is how often SubscribeHeads polls without WebSocket.
	PollInterval time.Duration
	// Observer receives every request's outcome; nil records nothing.
	Observer Observer
}

// Observer receives what operators graph about RPC traffic; every method
// must be cheap. Endpoints are given redacted (no API keys).
type Observer interface {
	// RPCRequest reports one attempt of method against endpoint.
	RPCRequest(chain uint64, endpoint, method string, took time.Duration, err error)
	// LogRange reports the block span of one successful eth_getLogs.
	LogRange(chain uint64, blocks uint64)
}

type endpoint struct {
	url     string
	rpc     *rpc.Client
	eth     *ethclient.Client
	limiter *rate.Limiter
	// failures counts consecutive failures; coolUntil parks a failing
	// endpoint so healthy ones are preferred.
	failures  atomic.Int64
	coolUntil atomic.Int64
}

// Client is a failover JSON-RPC client for one chain.
type Client struct {
	cfg Config
	eps []*endpoint
	// logRange is the current adaptive eth_getLogs range.
	logRange atomic.Uint64
	closeMu  sync.Once
}

// Dial connects to every endpoint and checks each serves cfg.ChainID.
func Dial(ctx context.Context, cfg Config) (*Client, error) {
	cfg.Timeout = cmp.Or(cfg.Timeout, 15*time.Second)
	cfg.Retries = cmp.Or(cfg.Retries, 5)
	cfg.MaxLogRange = cmp.Or(cfg.MaxLogRange, 2000)
	cfg.MaxAddresses = cmp.Or(cfg.MaxAddresses, 1000)
	cfg.PollInterval = cmp.Or(cfg.PollInterval, time.Second)
	if len(cfg.Endpoints) == 0 {
		return nil, errors.New("chains: no RPC endpoint")
	}
	c := &Client{cfg: cfg}
	c.logRange.Store(cfg.MaxLogRange)
	for _, u := range cfg.Endpoints {
		r, err := rpc.DialOptions(ctx, u, rpc.WithHTTPClient(&http.Client{Timeout: cfg.Timeout}))
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("dial %s: %w", redact(u), err)
		}
		lim := rate.NewLimiter(rate.Inf, 1)
		if cfg.RateLimit > 0 {
			lim = rate.NewLimiter(rate.Limit(cfg.RateLimit), max(1, int(cfg.RateLimit)))
		}
		ep := &endpoint{url: u, rpc: r, eth: ethclient.NewClient(r), limiter: lim}
		c.eps = append(c.eps, ep)
		idCtx, cancel := context.WithTimeout(ctx, cfg.Timeout)
		id, err := ep.eth.ChainID(idCtx)
		cancel()
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("read chain id from %s: %w", redact(u), err)
		}
		if cfg.ChainID != 0 && id.Uint64() != cfg.ChainID {
			c.Close()
			return nil, fmt.Errorf("endpoint %s serves chain %s, configured %d: %w", redact(u), id, cfg.ChainID, ErrChainIDMismatch)
		}
	}
	return c, nil
}

// Close disconnects every endpoint.
func (c *Client) Close() {
	c.closeMu.Do(func() {
		for _, ep := range c.eps {
			ep.rpc.Close()
		}
	})
}

// ChainID is the configured chain id.
func (c *Client) ChainID() uint64 { return c.cfg.ChainID }

// redact hides API keys that providers put in URL paths and queries.
func redact(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		rest := u[i+3:]
		if j := strings.IndexAny(rest, "/?"); j >= 0 {
			return u[:i+3] + rest[:j] + "/…"
		}
	}
	return u
}

// ordered returns endpoints healthiest first: not cooling down, then fewest
// consecutive failures, then configuration order.
func (c *Client) ordered() []*endpoint {
	now := time.Now().UnixNano()
	eps := append([]*endpoint(nil), c.eps...)
	sort.SliceStable(eps, func(i, j int) bool {
		ci, cj := eps[i].coolUntil.Load() > now, eps[j].coolUntil.Load() > now
		if ci != cj {
			return !ci
		}
		return eps[i].failures.Load() < eps[j].failures.Load()
	})
	return eps
}

// do runs f against endpoints with failover and retries on retryable errors.
func (c *Client) do(ctx context.Context, method, what string, f func(ctx context.Context, ep *endpoint) error) error {
	var last error
	backoff := 100 * time.Millisecond
	for attempt := 0; attempt <= c.cfg.Retries; attempt++ {
		for _, ep := range c.ordered() {
			if err := ep.limiter.Wait(ctx); err != nil {
				return err
			}
			rctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
			start := time.Now()
			err := f(rctx, ep)
			cancel()
			if c.cfg.Observer != nil {
				c.cfg.Observer.RPCRequest(c.cfg.ChainID, redact(ep.url), method, time.Since(start), err)
			}
			if err == nil {
				ep.failures.Store(0)
				return nil
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			err = classify(err)
			if !errors.Is(err, errRetryable) {
				return fmt.Errorf("%s via %s: %w", what, redact(ep.url), err)
			}
			n := ep.failures.Add(1)
			if n >= 3 {
				ep.coolUntil.Store(time.Now().Add(time.Duration(min(n, 30)) * time.Second).UnixNano())
			}
			last = fmt.Errorf("%s via %s: %w", what, redact(ep.url), err)
		}
		jitter := time.Duration(rand.Int64N(int64(backoff)))
		t := time.NewTimer(backoff + jitter)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		backoff = min(2*backoff, 5*time.Second)
	}
	return last
}

var httpStatusInText = regexp.MustCompile(`\b(429|502|503|504)\b`)

// classify sorts a node's error into the sentinels. Nodes signal range
// limits and overload only in message text, so every string match of the
// package lives here.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) && (httpErr.StatusCode == http.StatusTooManyRequests || httpErr.StatusCode >= 500) {
		return fmt.Errorf("%w: %w", errRetryable, err)
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"too many results", "more than 10000 results", "block range", "range is too wide",
		"exceed maximum block range", "query returned more than", "response size exceeded", "limit exceeded", "-32005"} {
		if strings.Contains(msg, s) {
			return fmt.Errorf("%w: %w", ErrRangeTooLarge, err)
		}
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == -32005 {
		return fmt.Errorf("%w: %w", ErrRangeTooLarge, err)
	}
	for _, s := range []string{"historical state", "missing trie node", "state is not available", "state not available",
		"state histories", "pruned"} {
		if strings.Contains(msg, s) {
			return fmt.Errorf("%w: %w", ErrStateUnavailable, err)
		}
	}
	for _, s := range []string{"timeout", "deadline exceeded", "connection refused", "connection reset", "eof",
		"too many requests", "server error", "no such host", "broken pipe", "header not found",
		"unknown block", "closed"} {
		if strings.Contains(msg, s) {
			return fmt.Errorf("%w: %w", errRetryable, err)
		}
	}
	// Status codes only as whole numbers: messages quote hashes, whose hex
	// digits often contain "503".
	if httpStatusInText.MatchString(msg) {
		return fmt.Errorf("%w: %w", errRetryable, err)
	}
	if errors.Is(err, ErrInconsistent) {
		return fmt.Errorf("%w: %w", errRetryable, err)
	}
	return err
}

// Head returns the latest block header.
func (c *Client) Head(ctx context.Context) (Header, error) {
	var h Header
	err := c.do(ctx, "eth_getBlockByNumber", "read head", func(ctx context.Context, ep *endpoint) error {
		raw, err := ep.eth.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		h = headerOf(raw)
		return nil
	})
	return h, err
}

func headerOf(h *types.Header) Header {
	return Header{Number: h.Number.Uint64(), Hash: h.Hash(), ParentHash: h.ParentHash, Time: h.Time}
}

// rpcHeader is the JSON of eth_getBlockByNumber(n, false) the client needs.
type rpcHeader struct {
	Number     *hexutil.Big   `json:"number"`
	Hash       *common.Hash   `json:"hash"`
	ParentHash common.Hash    `json:"parentHash"`
	Time       hexutil.Uint64 `json:"timestamp"`
}

// Headers reads [from, to] in JSON-RPC batches; a missing block is an
// ErrInconsistent error (the node told us it has the head).
func (c *Client) Headers(ctx context.Context, from, to uint64) ([]Header, error) {
	if to < from {
		return nil, nil
	}
	const batch = 100
	out := make([]Header, 0, to-from+1)
	for a := from; a <= to; a += batch {
		b := min(to, a+batch-1)
		res := make([]*rpcHeader, b-a+1)
		err := c.do(ctx, "eth_getBlockByNumber", fmt.Sprintf("read headers %d-%d", a, b), func(ctx context.Context, ep *endpoint) error {
			elems := make([]rpc.BatchElem, len(res))
			for i := range elems {
				res[i] = nil
				elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(a + uint64(i)), false}, Result: &res[i]}
			}
			if err := ep.rpc.BatchCallContext(ctx, elems); err != nil {
				return err
			}
			for i, e := range elems {
				if e.Error != nil {
					return e.Error
				}
				if res[i] == nil || res[i].Hash == nil || res[i].Number == nil || res[i].Number.ToInt().Uint64() != a+uint64(i) {
					return fmt.Errorf("block %d missing: %w", a+uint64(i), ErrInconsistent)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		for _, h := range res {
			out = append(out, Header{Number: h.Number.ToInt().Uint64(), Hash: *h.Hash, ParentHash: h.ParentHash, Time: uint64(h.Time)})
		}
	}
	return out, nil
}

// Logs returns the logs of [from, to] matching f, in chunks of the current
// adaptive range: it halves on range errors and timeouts and grows back
// after successes.
func (c *Client) Logs(ctx context.Context, from, to uint64, f Filter) ([]types.Log, error) {
	var out []types.Log
	for a := from; a <= to; {
		span := max(1, c.logRange.Load())
		b := min(to, a+span-1)
		logs, err := c.logsChunk(ctx, a, b, f)
		if errors.Is(err, ErrRangeTooLarge) || (err != nil && strings.Contains(strings.ToLower(err.Error()), "timeout")) {
			if b == a {
				return nil, err
			}
			c.logRange.Store(max(1, (b-a+1)/2))
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, logs...)
		if c.cfg.Observer != nil {
			c.cfg.Observer.LogRange(c.cfg.ChainID, b-a+1)
		}
		if grown := min(c.cfg.MaxLogRange, span*2); span == b-a+1 && grown > span {
			c.logRange.Store(grown)
		}
		a = b + 1
	}
	return out, nil
}

func (c *Client) logsChunk(ctx context.Context, from, to uint64, f Filter) ([]types.Log, error) {
	addrChunks := [][]common.Address{f.Addresses}
	if len(f.Addresses) > c.cfg.MaxAddresses {
		addrChunks = nil
		for i := 0; i < len(f.Addresses); i += c.cfg.MaxAddresses {
			addrChunks = append(addrChunks, f.Addresses[i:min(len(f.Addresses), i+c.cfg.MaxAddresses)])
		}
	}
	var out []types.Log
	for _, addrs := range addrChunks {
		q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: addrs, Topics: f.Topics}
		var logs []types.Log
		err := c.do(ctx, "eth_getLogs", fmt.Sprintf("fetch logs %d-%d", from, to), func(ctx context.Context, ep *endpoint) error {
			var err error
			logs, err = ep.eth.FilterLogs(ctx, q)
			return err
		})
		if err != nil {
			return nil, err
		}
		out = append(out, logs...)
	}
	if len(addrChunks) > 1 {
		sort.SliceStable(out, func(i, j int) bool {
			if out[i].BlockNumber != out[j].BlockNumber {
				return out[i].BlockNumber < out[j].BlockNumber
			}
			return out[i].Index < out[j].Index
		})
	}
	return out, nil
}

// Range returns the blocks of [from, to] that have logs matching f, plus
// block to, plus every block when allHeaders is set; ascending. Every log
// is checked against the header of its block: a disagreement (a reorg
// while reading, or a lying node) is retried and never returned.
func (c *Client) Range(ctx context.Context, from, to uint64, f Filter, allHeaders bool) ([]Block, error) {
	var last error
	for attempt := 0; attempt <= c.cfg.Retries; attempt++ {
		blocks, err := c.rangeOnce(ctx, from, to, f, allHeaders)
		if err == nil {
			return blocks, nil
		}
		if !errors.Is(err, ErrInconsistent) || ctx.Err() != nil {
			return nil, err
		}
		last = err
		if !sleep(ctx, time.Duration(attempt+1)*200*time.Millisecond) {
			return nil, ctx.Err()
		}
	}
	return nil, last
}

func (c *Client) rangeOnce(ctx context.Context, from, to uint64, f Filter, allHeaders bool) ([]Block, error) {
	logs, err := c.Logs(ctx, from, to, f)
	if err != nil {
		return nil, err
	}
	byBlock := map[uint64][]types.Log{}
	for _, l := range logs {
		if l.Removed {
			return nil, fmt.Errorf("log %d of block %d is marked removed: %w", l.Index, l.BlockNumber, ErrInconsistent)
		}
		if l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("log of block %d outside %d-%d: %w", l.BlockNumber, from, to, ErrInconsistent)
		}
		byBlock[l.BlockNumber] = append(byBlock[l.BlockNumber], l)
	}
	var headers []Header
	if allHeaders {
		if headers, err = c.Headers(ctx, from, to); err != nil {
			return nil, err
		}
	} else {
		numbers := make([]uint64, 0, len(byBlock)+1)
		for n := range byBlock {
			numbers = append(numbers, n)
		}
		if _, ok := byBlock[to]; !ok {
			numbers = append(numbers, to)
		}
		sort.Slice(numbers, func(i, j int) bool { return numbers[i] < numbers[j] })
		for _, n := range numbers {
			h, err := c.Headers(ctx, n, n)
			if err != nil {
				return nil, err
			}
			headers = append(headers, h...)
		}
	}
	blocks := make([]Block, 0, len(headers))
	for _, h := range headers {
		ls := byBlock[h.Number]
		for i, l := range ls {
			if l.BlockHash != h.Hash {
				return nil, fmt.Errorf("log %d of block %d has hash %s, header %s: %w", l.Index, h.Number, l.BlockHash, h.Hash, ErrInconsistent)
			}
			if i > 0 && ls[i-1].Index >= l.Index {
				return nil, fmt.Errorf("logs of block %d out of order: %w", h.Number, ErrInconsistent)
			}
		}
		delete(byBlock, h.Number)
		if allHeaders && len(ls) == 0 && h.Number != to {
			blocks = append(blocks, Block{Header: h})
			continue
		}
		blocks = append(blocks, Block{Header: h, Logs: ls})
	}
	if len(byBlock) > 0 {
		return nil, fmt.Errorf("logs for %d blocks without headers: %w", len(byBlock), ErrInconsistent)
	}
	return blocks, nil
}

// CallContract runs a view call at block (nil: latest).
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	var out []byte
	err := c.do(ctx, "eth_call", "eth_call", func(ctx context.Context, ep *endpoint) error {
		var err error
		out, err = ep.eth.CallContract(ctx, msg, block)
		return err
	})
	return out, err
}

// SubscribeHeads delivers new heads until ctx ends: over WebSocket when an
// endpoint is ws(s)://, else by polling. Heads may be skipped; the channel
// only wakes the indexer, which reads ranges itself.
func (c *Client) SubscribeHeads(ctx context.Context) <-chan Header {
	ch := make(chan Header, 1)
	send := func(h Header) {
		select {
		case ch <- h:
		default:
		}
	}
	go func() {
		for ctx.Err() == nil {
			for _, ep := range c.eps {
				if !strings.HasPrefix(ep.url, "ws") {
					continue
				}
				heads := make(chan *types.Header, 16)
				sub, err := ep.eth.SubscribeNewHead(ctx, heads)
				if err != nil {
					continue
				}
			loop:
				for {
					select {
					case <-ctx.Done():
						sub.Unsubscribe()
						return
					case <-sub.Err():
						break loop
					case h := <-heads:
						send(headerOf(h))
					}
				}
			}
			// No WebSocket (or it failed): poll until the next retry.
			deadline := time.Now().Add(30 * time.Second)
			for ctx.Err() == nil && time.Now().Before(deadline) {
				if h, err := c.Head(ctx); err == nil {
					send(h)
				}
				if !sleep(ctx, c.cfg.PollInterval) {
					return
				}
			}
		}
	}()
	return ch
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
