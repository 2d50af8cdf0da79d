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
	"net"
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
	// ErrStateUnavailable: no endpoint has state at the requested block
	// (none is an archive node). Retrying cannot help; the same nodes may
	// answer at a recent block.
	ErrStateUnavailable = errors.New("historical state unavailable")
	// errRetryable marks transport failures worth another try.
	errRetryable = errors.New("retryable rpc error")
	// errUnknownBlock marks a node's answer that it has no (canonical)
	// block with the hash asked for: the next endpoint may, but asking
	// this one again will not help.
	errUnknownBlock = errors.New("block unknown to the node")
	// errBatchTooLarge marks a node's refusal of a JSON-RPC batch for its
	// size (providers cap batches, some at a few dozen requests).
	errBatchTooLarge = errors.New("JSON-RPC batch too large")
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

// Config configures a Client. Zero values take the network profile's
// defaults (by ChainID) where one exists.
type Config struct {
	ChainID   uint64
	Endpoints []string
	// Timeout bounds one request (default 15s).
	Timeout time.Duration
	// Retries is how many more times a failed request is tried (default 5).
	Retries int
	// RateLimit is requests per second per endpoint; 0 is unlimited.
	RateLimit float64
	// MaxLogRange caps the block range of one eth_getLogs (default: the
	// network's, else 2000).
	MaxLogRange uint64
	// MaxLogResults is how many logs one eth_getLogs may return before
	// nodes refuse it (default: the network's, else 10000). The adaptive
	// range does not grow past a span whose answer came near it.
	MaxLogResults int
	// MaxAddresses caps the addresses of one eth_getLogs (default 1000).
	MaxAddresses int
	// PollInterval is how often SubscribeHeads polls without WebSocket
	// (default: the network's block time, else 1s).
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

// endpoint is one RPC URL. It is dialed and its chain id verified on first
// use, so an endpoint that is down when dito starts does not stop the chain
// and is never used before it proved to serve the configured chain.
type endpoint struct {
	url     string
	limiter *rate.Limiter
	// failures counts consecutive failures; coolUntil parks a failing
	// endpoint so healthy ones are preferred.
	failures  atomic.Int64
	coolUntil atomic.Int64

	// verified is set once rpc and eth are dialed and the chain id checked;
	// wrongChain once the endpoint answered another chain id (it is never
	// used then).
	verified   atomic.Bool
	wrongChain atomic.Bool
	mu         sync.Mutex // guards dialing and the fields below
	closed     bool
	mismatch   error
	rpc        *rpc.Client
	eth        *ethclient.Client
}

// Client is a failover JSON-RPC client for one chain.
type Client struct {
	cfg    Config
	eps    []*endpoint
	ranges *logRanges
	// batch is the JSON-RPC batch size: maxBatch until a node refuses a
	// batch for its size, then half the refused size each time, back to
	// maxBatch ceilingTTL after the last refusal (unix ns in batchCut).
	batch    atomic.Int64
	batchCut atomic.Int64
	closeMu  sync.Once
}

// Dial prepares every endpoint and checks the chain id of each that
// answers. It fails when an endpoint serves another chain
// (ErrChainIDMismatch) or when none answers; endpoints that do not answer
// now are dialed and verified when first needed.
func Dial(ctx context.Context, cfg Config) (*Client, error) {
	n, _ := NetworkByID(cfg.ChainID)
	cfg.Timeout = cmp.Or(cfg.Timeout, 15*time.Second)
	cfg.Retries = cmp.Or(cfg.Retries, 5)
	cfg.MaxLogRange = cmp.Or(cfg.MaxLogRange, n.MaxLogRange, 2000)
	cfg.MaxLogResults = cmp.Or(cfg.MaxLogResults, n.MaxLogResults, 10000)
	cfg.MaxAddresses = cmp.Or(cfg.MaxAddresses, 1000)
	cfg.PollInterval = cmp.Or(cfg.PollInterval, n.BlockTime, time.Second)
	if len(cfg.Endpoints) == 0 {
		return nil, errors.New("chains: no RPC endpoint")
	}
	c := &Client{cfg: cfg, ranges: newLogRanges(cfg.MaxLogRange, cfg.MaxLogResults)}
	c.batch.Store(maxBatch)
	for _, u := range cfg.Endpoints {
		if !supportedScheme(u) {
			return nil, fmt.Errorf("dial %s: unsupported URL scheme (want http, https, ws or wss)", redact(u))
		}
		lim := rate.NewLimiter(rate.Inf, 1)
		if cfg.RateLimit > 0 {
			lim = rate.NewLimiter(rate.Limit(cfg.RateLimit), max(1, int(cfg.RateLimit)))
		}
		c.eps = append(c.eps, &endpoint{url: u, limiter: lim})
	}
	errs := make([]error, len(c.eps))
	var wg sync.WaitGroup
	for i, ep := range c.eps {
		wg.Go(func() { errs[i] = c.connect(ctx, ep) })
	}
	wg.Wait()
	if ctx.Err() != nil {
		c.Close()
		return nil, ctx.Err()
	}
	answered := 0
	for i, err := range errs {
		switch {
		case errors.Is(err, ErrChainIDMismatch):
			c.Close()
			return nil, err
		case err == nil:
			answered++
		default:
			c.failed(c.eps[i])
		}
	}
	if answered == 0 {
		c.Close()
		return nil, fmt.Errorf("chain %d: no RPC endpoint answered: %w", cfg.ChainID, errors.Join(errs...))
	}
	return c, nil
}

func supportedScheme(u string) bool {
	for _, s := range []string{"http://", "https://", "ws://", "wss://"} {
		if len(u) >= len(s) && strings.EqualFold(u[:len(s)], s) {
			return true
		}
	}
	return false
}

func isWebSocket(u string) bool {
	return len(u) >= 2 && strings.EqualFold(u[:2], "ws")
}

var errClosed = errors.New("client closed")

// connect dials ep and checks its chain id, once; concurrent callers wait
// for the first. A wrong chain id marks the endpoint unusable for good.
func (c *Client) connect(ctx context.Context, ep *endpoint) error {
	if ep.verified.Load() {
		return nil
	}
	ep.mu.Lock()
	defer ep.mu.Unlock()
	switch {
	case ep.verified.Load():
		return nil
	case ep.mismatch != nil:
		return ep.mismatch
	case ep.closed:
		return errClosed
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	start := time.Now()
	if ep.rpc == nil {
		r, err := rpc.DialOptions(ctx, ep.url, rpc.WithHTTPClient(&http.Client{Timeout: c.cfg.Timeout}))
		if err != nil {
			c.observe(ep, "eth_chainId", time.Since(start), err)
			return fmt.Errorf("dial %s: %w", redact(ep.url), err)
		}
		ep.rpc, ep.eth = r, ethclient.NewClient(r)
	}
	id, err := ep.eth.ChainID(ctx)
	c.observe(ep, "eth_chainId", time.Since(start), err)
	if err != nil {
		return fmt.Errorf("read chain id from %s: %w", redact(ep.url), err)
	}
	if c.cfg.ChainID != 0 && id.Uint64() != c.cfg.ChainID {
		ep.mismatch = fmt.Errorf("endpoint %s serves chain %s, configured %d: %w", redact(ep.url), id, c.cfg.ChainID, ErrChainIDMismatch)
		ep.wrongChain.Store(true)
		return ep.mismatch
	}
	ep.verified.Store(true)
	return nil
}

func (c *Client) observe(ep *endpoint, method string, took time.Duration, err error) {
	if c.cfg.Observer != nil {
		c.cfg.Observer.RPCRequest(c.cfg.ChainID, redact(ep.url), method, took, err)
	}
}

// Close disconnects every endpoint.
func (c *Client) Close() {
	c.closeMu.Do(func() {
		for _, ep := range c.eps {
			ep.mu.Lock()
			ep.closed = true
			if ep.rpc != nil {
				ep.rpc.Close()
			}
			ep.mu.Unlock()
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

// ordered returns the usable endpoints healthiest first: not cooling down,
// then fewest consecutive failures, then configuration order.
func (c *Client) ordered() []*endpoint {
	now := time.Now().UnixNano()
	eps := make([]*endpoint, 0, len(c.eps))
	for _, ep := range c.eps {
		if !ep.wrongChain.Load() {
			eps = append(eps, ep)
		}
	}
	sort.SliceStable(eps, func(i, j int) bool {
		ci, cj := eps[i].coolUntil.Load() > now, eps[j].coolUntil.Load() > now
		if ci != cj {
			return !ci
		}
		return eps[i].failures.Load() < eps[j].failures.Load()
	})
	return eps
}

// failed counts a failure of ep and parks it after a few in a row.
func (c *Client) failed(ep *endpoint) {
	n := ep.failures.Add(1)
	if n >= 3 {
		ep.coolUntil.Store(time.Now().Add(time.Duration(min(n, 30)) * time.Second).UnixNano())
	}
}

// do runs f against endpoints with failover and retries on retryable
// errors. An endpoint without state at the block asked for, or without the
// block, is no failure of the endpoint: the next one is asked.
// ErrStateUnavailable is returned only when every endpoint said so; an
// unknown block hash (ErrInconsistent) as soon as no endpoint could serve
// it, because the caller must read the chain again rather than wait.
func (c *Client) do(ctx context.Context, method, what string, f func(ctx context.Context, ep *endpoint) error) error {
	var last, noState, noBlock error
	backoff := 100 * time.Millisecond
	for attempt := 0; attempt <= c.cfg.Retries; attempt++ {
		eps := c.ordered()
		if len(eps) == 0 {
			break
		}
		stateless, unknown, failed := 0, 0, 0
		for _, ep := range eps {
			if err := ep.limiter.Wait(ctx); err != nil {
				return err
			}
			err := c.connect(ctx, ep)
			if err == nil {
				rctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
				start := time.Now()
				err = f(rctx, ep)
				cancel()
				c.observe(ep, method, time.Since(start), err)
				if err == nil {
					ep.failures.Store(0)
					return nil
				}
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			err = classify(err)
			wrapped := fmt.Errorf("%s via %s: %w", what, redact(ep.url), err)
			switch {
			case errors.Is(err, ErrChainIDMismatch):
				// Found out lazily; ordered() skips it from now on.
				last = wrapped
				continue
			case errors.Is(err, ErrStateUnavailable):
				stateless++
				noState = wrapped
				continue
			case errors.Is(err, errUnknownBlock):
				unknown++
				noBlock = wrapped
				continue
			case !errors.Is(err, errRetryable):
				return wrapped
			}
			c.failed(ep)
			failed++
			last = wrapped
		}
		switch {
		case stateless == len(eps):
			return noState
		case unknown > 0 && unknown+stateless+failed == len(eps):
			return noBlock
		}
		jitter := time.Duration(rand.Int64N(int64(backoff)))
		if !sleep(ctx, backoff+jitter) {
			return ctx.Err()
		}
		backoff = min(2*backoff, 5*time.Second)
	}
	if last == nil {
		last = fmt.Errorf("%s: no usable endpoint", what)
	}
	return last
}

var httpStatusInText = regexp.MustCompile(`\b(429|502|503|504)\b`)

// classify sorts a node's error into the sentinels. Nodes signal range
// limits and overload only in message text, so every string match of the
// package lives here. Errors already sorted are returned as they are.
func classify(err error) error {
	if err == nil {
		return nil
	}
	if isSorted(err) {
		return err
	}
	// Inconsistent answers, and a batch answered without some of its
	// requests, are worth another try.
	if errors.Is(err, ErrInconsistent) || errors.Is(err, rpc.ErrMissingBatchResponse) {
		return fmt.Errorf("%w: %w", errRetryable, err)
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) && (httpErr.StatusCode == http.StatusTooManyRequests || httpErr.StatusCode >= 500) {
		return fmt.Errorf("%w: %w", errRetryable, err)
	}
	msg := strings.ToLower(err.Error())
	// Before the overload texts: "too many requests in batch" is no overload.
	// A batch answered with one object instead of an array is a refusal of
	// the whole batch; the geth client reports it as an unmarshal error.
	for _, s := range []string{"batch too large", "batch limit", "batch size", "requests in batch", "batch request limit",
		"cannot unmarshal object into go value of type []*rpc.jsonrpcmessage"} {
		if strings.Contains(msg, s) {
			return fmt.Errorf("%w: %w", errBatchTooLarge, err)
		}
	}
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
	// An EIP-1898 call at a block hash the node does not have, or no longer
	// has on its canonical chain: the block was reorged away (or this node
	// has not seen it yet). The caller must read the chain as it is now.
	for _, s := range []string{"header for hash not found", "not currently canonical", "block not found"} {
		if strings.Contains(msg, s) {
			return fmt.Errorf("%w: %w: %w", ErrInconsistent, errUnknownBlock, err)
		}
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
	return err
}

// timedOut reports whether a request failed because its own deadline
// (ctx is the per-request context) or the HTTP client's timeout passed.
func timedOut(ctx context.Context, err error) bool {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// Head returns the latest block header. Like Headers, it takes the
// block hash the node reports rather than hashing the header itself, so
// chains whose headers are not Ethereum's (RSK) get the hashes their logs
// carry.
func (c *Client) Head(ctx context.Context) (Header, error) {
	var h Header
	err := c.do(ctx, "eth_getBlockByNumber", "read head", func(ctx context.Context, ep *endpoint) error {
		var raw *rpcHeader
		if err := ep.rpc.CallContext(ctx, &raw, "eth_getBlockByNumber", "latest", false); err != nil {
			return err
		}
		if raw == nil || raw.Hash == nil || raw.Number == nil {
			return fmt.Errorf("latest block missing: %w", ErrInconsistent)
		}
		h = Header{Number: raw.Number.ToInt().Uint64(), Hash: *raw.Hash, ParentHash: raw.ParentHash, Time: uint64(raw.Time)}
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

// maxBatch is how many requests go in one JSON-RPC batch at most.
const maxBatch = 100

// batchSize is how many requests the next JSON-RPC batch may hold.
func (c *Client) batchSize() int {
	n := c.batch.Load()
	if n < maxBatch && time.Since(time.Unix(0, c.batchCut.Load())) > ceilingTTL {
		// As with log ranges: the endpoint behind the URL may have changed.
		c.batch.CompareAndSwap(n, maxBatch)
		return maxBatch
	}
	return int(n)
}

// batchRefused lowers the batch size after a node refused a batch of n
// requests; false when n was already a single request (no smaller batch
// can help). Concurrent workers may report at once: the size only shrinks.
func (c *Client) batchRefused(n int) bool {
	if n <= 1 {
		return false
	}
	c.batchCut.Store(time.Now().UnixNano())
	for {
		cur := c.batch.Load()
		if cur <= int64(n/2) || c.batch.CompareAndSwap(cur, int64(n/2)) {
			return true
		}
	}
}

// Headers reads [from, to] in JSON-RPC batches; a missing block is an
// ErrInconsistent error (the node told us it has the head).
func (c *Client) Headers(ctx context.Context, from, to uint64) ([]Header, error) {
	if to < from {
		return nil, nil
	}
	numbers := make([]uint64, 0, to-from+1)
	for n := from; n <= to; n++ {
		numbers = append(numbers, n)
	}
	return c.headersAt(ctx, numbers)
}

// headersAt reads the headers of numbers (ascending) in JSON-RPC batches.
func (c *Client) headersAt(ctx context.Context, numbers []uint64) ([]Header, error) {
	return inBatches(c, numbers, func(chunk []uint64) ([]Header, error) {
		res := make([]*rpcHeader, len(chunk))
		what := fmt.Sprintf("read %d headers %d-%d", len(chunk), chunk[0], chunk[len(chunk)-1])
		err := c.do(ctx, "eth_getBlockByNumber", what, func(ctx context.Context, ep *endpoint) error {
			elems := make([]rpc.BatchElem, len(chunk))
			for i, n := range chunk {
				res[i] = nil
				elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(n), false}, Result: &res[i]}
			}
			if err := ep.rpc.BatchCallContext(ctx, elems); err != nil {
				return err
			}
			for i, e := range elems {
				if e.Error != nil {
					return e.Error
				}
				if res[i] == nil || res[i].Hash == nil || res[i].Number == nil || res[i].Number.ToInt().Uint64() != chunk[i] {
					return fmt.Errorf("block %d missing: %w", chunk[i], ErrInconsistent)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		out := make([]Header, len(res))
		for i, h := range res {
			out[i] = Header{Number: h.Number.ToInt().Uint64(), Hash: *h.Hash, ParentHash: h.ParentHash, Time: uint64(h.Time)}
		}
		return out, nil
	})
}

// inBatches runs read over items a JSON-RPC batch at a time, with batches
// of the current size, halving it when a node refuses one for its size.
func inBatches[T, R any](c *Client, items []T, read func(chunk []T) ([]R, error)) ([]R, error) {
	out := make([]R, 0, len(items))
	for len(items) > 0 {
		chunk := items[:min(len(items), c.batchSize())]
		res, err := read(chunk)
		if errors.Is(err, errBatchTooLarge) && c.batchRefused(len(chunk)) {
			continue
		}
		if err != nil {
			return nil, err
		}
		items = items[len(chunk):]
		out = append(out, res...)
	}
	return out, nil
}

// Logs returns the logs of [from, to] matching f, in chunks of the current
// adaptive range: it halves on range errors and on timeouts of multi-block
// requests, and grows back after successes, up to a ceiling learned from
// refusals.
func (c *Client) Logs(ctx context.Context, from, to uint64, f Filter) ([]types.Log, error) {
	var out []types.Log
	for a := from; a <= to; {
		span := c.ranges.current()
		b := min(to, a+span-1)
		logs, err := c.logsChunk(ctx, a, b, f)
		if errors.Is(err, ErrRangeTooLarge) && b > a {
			c.ranges.refused(b - a + 1)
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, logs...)
		if c.cfg.Observer != nil {
			c.cfg.Observer.LogRange(c.cfg.ChainID, b-a+1)
		}
		if b-a+1 == span {
			c.ranges.succeeded(span, len(logs))
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
			if err != nil && to > from && timedOut(ctx, err) {
				// A node that cannot scan the range in time answers
				// nothing; a smaller range is the cure, not another try.
				return fmt.Errorf("%w: %d blocks timed out: %w", ErrRangeTooLarge, to-from+1, err)
			}
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

// ceilingTTL is how long a span a node refused caps the adaptive range.
// Node limits are configuration and rarely change, but an endpoint may be
// replaced behind a load balancer, so the range probes above it again
// after a while.
const ceilingTTL = 10 * time.Minute

// logRanges is the adaptive eth_getLogs span shared by every request of a
// Client (backfill workers run concurrently).
type logRanges struct {
	mu         sync.Mutex
	span       uint64
	max        uint64
	maxResults int
	// ceiling, while before ceilingUntil, is the largest span not known
	// to be refused: growth stops there instead of bouncing off the
	// node's limit again and again.
	ceiling      uint64
	ceilingUntil time.Time
	ttl          time.Duration
	now          func() time.Time
}

func newLogRanges(maxSpan uint64, maxResults int) *logRanges {
	return &logRanges{span: maxSpan, max: maxSpan, maxResults: maxResults, ttl: ceilingTTL, now: time.Now}
}

func (r *logRanges) current() uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	return max(1, r.span)
}

// refused halves the range below a span the node refused (or timed out
// on) and remembers that span as too large.
func (r *logRanges) refused(span uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.span = max(1, min(r.span, span/2))
	now := r.now()
	if span > 1 && (r.ceiling == 0 || !now.Before(r.ceilingUntil) || span-1 < r.ceiling) {
		r.ceiling = span - 1
	}
	r.ceilingUntil = now.Add(r.ttl)
}

// succeeded grows the range after a full-span answer of results logs:
// doubling, but below a learned ceiling only halfway up to it (so the
// node's limit is found in a few refusals, which matters when a refusal is
// a timeout), never past it, and not at all when the answer came near the
// node's result limit (a doubled range would likely be refused for too
// many results).
func (r *logRanges) succeeded(span uint64, results int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if results*2 > r.maxResults {
		return
	}
	grown := min(r.max, 2*span)
	if r.ceiling > 0 {
		if r.now().Before(r.ceilingUntil) {
			if span < r.ceiling {
				grown = min(grown, span+(r.ceiling-span+1)/2)
			} else {
				grown = min(grown, r.ceiling)
			}
		} else {
			r.ceiling = 0
		}
	}
	if grown > r.span {
		r.span = grown
	}
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
		if headers, err = c.headersAt(ctx, numbers); err != nil {
			return nil, err
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
		blocks = append(blocks, Block{Header: h, Logs: ls})
	}
	if len(byBlock) > 0 {
		return nil, fmt.Errorf("logs for %d blocks without headers: %w", len(byBlock), ErrInconsistent)
	}
	return blocks, nil
}

// Call is one view call of a batch: Msg in the state of the block with
// hash Hash (EIP-1898, with requireCanonical), or of the latest block when
// Hash is zero.
type Call struct {
	Msg  ethereum.CallMsg
	Hash common.Hash
}

// CallResult is one call's answer: its return data, or Err when the call
// itself failed (a revert, a missing function).
type CallResult struct {
	Out []byte
	Err error
}

// Calls runs view calls in JSON-RPC batches, so that a backfill window's
// dozens of reads cost a round trip rather than one each. A call's own
// failure is its result's Err; a failure that says something of the node
// or the chain (overload, no state at the block, a block no longer
// canonical) fails the whole batch through the usual failover, since
// every call of the batch would meet it.
func (c *Client) Calls(ctx context.Context, calls []Call) ([]CallResult, error) {
	return inBatches(c, calls, func(chunk []Call) ([]CallResult, error) {
		res := make([]CallResult, len(chunk))
		err := c.do(ctx, "eth_call", fmt.Sprintf("%d eth_call", len(chunk)), func(ctx context.Context, ep *endpoint) error {
			raw := make([]hexutil.Bytes, len(chunk))
			elems := make([]rpc.BatchElem, len(chunk))
			for i, call := range chunk {
				var block any = "latest"
				if call.Hash != (common.Hash{}) {
					block = rpc.BlockNumberOrHashWithHash(call.Hash, true)
				}
				elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{callArg(call.Msg), block}, Result: &raw[i]}
			}
			if err := ep.rpc.BatchCallContext(ctx, elems); err != nil {
				return err
			}
			for i, e := range elems {
				if e.Error == nil {
					res[i] = CallResult{Out: raw[i]}
					continue
				}
				if err := classify(e.Error); isSorted(err) {
					return fmt.Errorf("call %d of the batch (to %s): %w", i, chunk[i].Msg.To, err)
				}
				res[i] = CallResult{Err: e.Error}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		return res, nil
	})
}

// isSorted reports whether err is of one of the classes classify sorts
// node errors into: about the node or the chain rather than the request,
// the errors do fails over on.
func isSorted(err error) bool {
	for _, sorted := range []error{errRetryable, errUnknownBlock, ErrRangeTooLarge, ErrStateUnavailable, ErrChainIDMismatch, errBatchTooLarge} {
		if errors.Is(err, sorted) {
			return true
		}
	}
	return false
}

// callArg is the eth_call transaction object, as ethclient builds it.
func callArg(msg ethereum.CallMsg) map[string]any {
	arg := map[string]any{"from": msg.From, "to": msg.To}
	if len(msg.Data) > 0 {
		arg["input"] = hexutil.Bytes(msg.Data)
	}
	if msg.Value != nil {
		arg["value"] = (*hexutil.Big)(msg.Value)
	}
	if msg.Gas != 0 {
		arg["gas"] = hexutil.Uint64(msg.Gas)
	}
	return arg
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
				if !isWebSocket(ep.url) || ep.wrongChain.Load() {
					continue
				}
				if err := c.connect(ctx, ep); err != nil {
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
