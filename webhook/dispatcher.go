// Package webhook delivers scarcity signals to bots' HTTP endpoints, the
// durable counterpart of the API's subscriptions. Deliveries come from a
// transactional outbox (webhook_deliveries, filled by a trigger in the
// transaction that stores each signal), so a signal is never stored without
// its deliveries. The Dispatcher sends them at least once, in signal order
// per webhook, signed (see Sign), retrying with exponential backoff until
// a delivery is dead after MaxAttempts; a dead delivery no longer holds
// back the webhook's later ones (redelivering it sends it out of order).
package webhook

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/taxonomy"
)

// Store is what the dispatcher needs of the database.
type Store interface {
	DueDeliveries(ctx context.Context, limit int) ([]store.DueDelivery, error)
	NextDeliveryAt(ctx context.Context) (time.Time, error)
	MarkDelivered(ctx context.Context, webhook, signal int64, attempts int) error
	MarkFailed(ctx context.Context, webhook, signal int64, attempts int, reason string, next time.Time, dead bool) error
	Listen(ctx context.Context, channels []string, onReady func(), fn func(channel, payload string)) error
}

// Observer receives each attempt's outcome: "delivered", "failed" (will be
// retried) or "dead" (gave up).
type Observer interface {
	Delivery(result string, took time.Duration)
}

// Options tunes a Dispatcher; zero values take the defaults.
type Options struct {
	// MaxAttempts before a delivery is dead (default 12: with the default
	// backoff, about 34 minutes of retries).
	MaxAttempts int
	// Timeout bounds one request (default 10s).
	Timeout time.Duration
	// BaseBackoff is the wait after the first failure, doubled after each
	// next one up to MaxBackoff (defaults 1s and 15m), with ±20% jitter so
	// receivers coming back up are not hit by every retry at once.
	BaseBackoff, MaxBackoff time.Duration
	// Poll is the longest the dispatcher sleeps without a notification
	// (default 5s): a safety net for a lost LISTEN connection.
	Poll time.Duration
	// Concurrency is how many webhooks are delivered to at once (default 8).
	Concurrency int
	// Client sends the requests (default: a client with Timeout).
	Client   *http.Client
	Observer Observer
}

func (o *Options) defaults() {
	o.MaxAttempts = cmp.Or(o.MaxAttempts, 12)
	o.Timeout = cmp.Or(o.Timeout, 10*time.Second)
	o.BaseBackoff = cmp.Or(o.BaseBackoff, time.Second)
	o.MaxBackoff = cmp.Or(o.MaxBackoff, 15*time.Minute)
	o.Poll = cmp.Or(o.Poll, 5*time.Second)
	o.Concurrency = cmp.Or(o.Concurrency, 8)
	if o.Client == nil {
		o.Client = &http.Client{Timeout: o.Timeout}
	}
}

// Dispatcher delivers due deliveries until its context ends. Run one per
// database (dito elects it with the leader package): two would deliver
// each signal twice.
type Dispatcher struct {
	st   Store
	opts Options
	log  *slog.Logger
}

// New returns a dispatcher over st.
func New(st Store, opts Options, log *slog.Logger) *Dispatcher {
	opts.defaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Dispatcher{st: st, opts: opts, log: log}
}

// Run delivers until ctx ends; it returns nil then. Database errors are
// logged and retried.
func (d *Dispatcher) Run(ctx context.Context) error {
	wake := make(chan struct{}, 1)
	poke := func() {
		select {
		case wake <- struct{}{}:
		default:
		}
	}
	var wg sync.WaitGroup
	defer wg.Wait()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	wg.Go(func() { d.listen(ctx, poke) })

	backoff := time.Second
	for {
		n, err := d.round(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			d.log.Warn("webhook deliveries failed; retrying", "err", err, "in", backoff)
			if !sleep(ctx, backoff, wake) {
				return nil
			}
			backoff = min(2*backoff, time.Minute)
			continue
		}
		backoff = time.Second
		if n > 0 {
			continue // a webhook's next delivery may be due now
		}
		wait := d.opts.Poll
		if next, err := d.st.NextDeliveryAt(ctx); err == nil && !next.IsZero() {
			wait = min(wait, max(time.Until(next), 10*time.Millisecond))
		}
		if !sleep(ctx, wait, wake) {
			return nil
		}
	}
}

// listen pokes the loop whenever a stored signal enqueued deliveries.
func (d *Dispatcher) listen(ctx context.Context, poke func()) {
	for ctx.Err() == nil {
		err := d.st.Listen(ctx, []string{store.ChannelDeliveries}, poke, func(string, string) { poke() })
		if ctx.Err() != nil {
			return
		}
		d.log.Warn("webhook listener lost its connection; polling until it is back", "err", err)
		if !sleep(ctx, time.Second, nil) {
			return
		}
	}
}

// round attempts every due delivery once (at most one per webhook, so
// each webhook receives in order) and returns how many it attempted.
func (d *Dispatcher) round(ctx context.Context) (int, error) {
	due, err := d.st.DueDeliveries(ctx, 256)
	if err != nil {
		return 0, err
	}
	// Not errgroup.WithContext: one webhook's database error must not
	// cancel the others' requests in flight.
	var g errgroup.Group
	g.SetLimit(d.opts.Concurrency)
	for _, dd := range due {
		g.Go(func() error { return d.deliver(ctx, dd) })
	}
	return len(due), g.Wait()
}

// deliver makes one attempt and records its outcome. A failed attempt is
// an outcome, not an error; the error is for the database.
func (d *Dispatcher) deliver(ctx context.Context, dd store.DueDelivery) error {
	body, err := json.Marshal(NewPayload(dd.Signal, dd.Webhook.ID))
	if err != nil {
		return fmt.Errorf("encode signal %d: %w", dd.Signal.ID, err)
	}
	attempt := dd.Attempts + 1
	start := time.Now()
	failure := d.post(ctx, dd, attempt, body)
	took := time.Since(start)
	if ctx.Err() != nil {
		// Stopping: the attempt's outcome is unknown, so it stays pending
		// and is made again (at least once).
		return nil
	}
	wh, sig := dd.Webhook.ID, dd.Signal.ID
	if failure == "" {
		d.observe("delivered", took)
		return d.st.MarkDelivered(ctx, wh, sig, attempt)
	}
	dead := attempt >= d.opts.MaxAttempts
	next := time.Now().Add(d.backoff(attempt))
	if dead {
		d.observe("dead", took)
		d.log.Warn("webhook delivery dead after its last attempt", "webhook", wh, "url", dd.Webhook.URL, "signal", sig,
			"attempts", attempt, "err", failure)
	} else {
		d.observe("failed", took)
		d.log.Info("webhook delivery failed; will retry", "webhook", wh, "signal", sig, "attempt", attempt,
			"err", failure, "retry_at", next.Format(time.RFC3339))
	}
	return d.st.MarkFailed(ctx, wh, sig, attempt, failure, next, dead)
}

// post sends one request and returns why it failed ("" on a 2xx answer).
func (d *Dispatcher) post(ctx context.Context, dd store.DueDelivery, attempt int, body []byte) string {
	ctx, cancel := context.WithTimeout(ctx, d.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, dd.Webhook.URL, bytes.NewReader(body))
	if err != nil {
		return fmt.Sprintf("bad request: %v", err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "dito-graph-webhooks/1")
	req.Header.Set(HeaderSignature, Sign(dd.Webhook.Secret, time.Now(), body))
	req.Header.Set(HeaderIdempotencyKey, strconv.FormatInt(dd.Signal.ID, 10))
	req.Header.Set(HeaderAttempt, strconv.Itoa(attempt))
	req.Header.Set(HeaderWebhook, strconv.FormatInt(dd.Webhook.ID, 10))
	resp, err := d.opts.Client.Do(req)
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 256))
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // let the connection be reused
	if resp.StatusCode/100 == 2 {
		return ""
	}
	return fmt.Sprintf("HTTP %d: %s", resp.StatusCode, bytes.TrimSpace(snippet))
}

func (d *Dispatcher) backoff(attempt int) time.Duration {
	b := d.opts.BaseBackoff << min(attempt-1, 30)
	if b <= 0 || b > d.opts.MaxBackoff {
		b = d.opts.MaxBackoff
	}
	return time.Duration(float64(b) * (0.8 + 0.4*rand.Float64()))
}

func (d *Dispatcher) observe(result string, took time.Duration) {
	if d.opts.Observer != nil {
		d.opts.Observer.Delivery(result, took)
	}
}

// sleep waits for d, a wake-up or the end of ctx (false).
func sleep(ctx context.Context, d time.Duration, wake <-chan struct{}) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-wake:
		return true
	case <-t.C:
		return true
	}
}

// Payload is the JSON body of a delivery.
type Payload struct {
	// ID is the signal id; also the Idempotency-Key header.
	ID   string `json:"id"`
	Kind string `json:"kind"` // LACK, EXCESS, NO_SUPPLIER or RETRACTED
	// From is the town the finding is about, To the suggested supplier
	// (or user, for EXCESS); ids as in the API ("<chain>-<address>").
	From        string  `json:"from"`
	To          *string `json:"to"`
	Skill       Skill   `json:"skill"`
	Probability float64 `json:"probability"`
	Surplus     int     `json:"surplus"`
	Scarcity    *int    `json:"scarcity"`
	ChainID     uint64  `json:"chainId"`
	Block       uint64  `json:"block"`
	Timestamp   uint64  `json:"timestamp"`
	Reason      string  `json:"reason"`
	// Retracts is, on a RETRACTED signal, the id of the signal withdrawn.
	Retracts *string `json:"retracts,omitempty"`
	Webhook  string  `json:"webhook"`
}

// Skill names the skill of a signal.
type Skill struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

// NewPayload is the body sent for a signal to a webhook.
func NewPayload(sg store.SignalRecord, webhook int64) Payload {
	p := Payload{
		ID: strconv.FormatInt(sg.ID, 10), Kind: sg.Kind, From: sg.From.ID(),
		Skill:       Skill{ID: sg.Skill},
		Probability: sg.Probability, Surplus: sg.Surplus, Scarcity: sg.Scarcity,
		ChainID: sg.Chain, Block: sg.Block, Timestamp: sg.Time, Reason: sg.Reason,
		Webhook: strconv.FormatInt(webhook, 10),
	}
	if s, err := taxonomy.Lookup(sg.Skill); err == nil {
		p.Skill.Name = s.Name
	}
	if sg.To != nil {
		to := sg.To.ID()
		p.To = &to
	}
	if sg.Retracts != 0 {
		r := strconv.FormatInt(sg.Retracts, 10)
		p.Retracts = &r
	}
	return p
}
