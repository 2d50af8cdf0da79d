package webhook_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/store/storetest"
	"github.com/distributedtown/dito-graph/webhook"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func openStore(t *testing.T) *store.Store { return storetest.Open(t, 8) }

var (
	townA = store.TownRef{Chain: 137, Address: common.HexToAddress("0xa1")}
	townB = store.TownRef{Chain: 100, Address: common.HexToAddress("0xb2")}
)

// addSignal stores a LACK signal of skill from townA to townB, as the
// engine would, and returns its id.
func addSignal(t *testing.T, s *store.Store, skill int) int64 {
	t.Helper()
	var id int64
	err := s.Pool().QueryRow(context.Background(), `
		INSERT INTO signals (from_chain, from_address, to_chain, to_address, skill, kind, probability, surplus, chain_id, block, time, reason)
		VALUES ($1, $2, $3, $4, $5, 'LACK', 0.4, 2, $1, 7, 1700000000, 'test') RETURNING id`,
		townA.Chain, townA.Address.Bytes(), townB.Chain, townB.Address.Bytes(), skill).Scan(&id)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// retract stores a RETRACTED signal withdrawing id, as a reorg rollback does.
func retract(t *testing.T, s *store.Store, id int64) int64 {
	t.Helper()
	var rid int64
	err := s.Pool().QueryRow(context.Background(), `
		INSERT INTO signals (from_chain, from_address, to_chain, to_address, skill, kind, chain_id, block, time, reason, retracts)
		SELECT from_chain, from_address, to_chain, to_address, skill, 'RETRACTED', chain_id, block, time, 'reorged away', id
		FROM signals WHERE id = $1 RETURNING id`, id).Scan(&rid)
	if err != nil {
		t.Fatal(err)
	}
	return rid
}

// receiver is a bot's webhook endpoint: it verifies signatures and keeps
// the signals it saw, in arrival order, deduplicated by Idempotency-Key.
type receiver struct {
	secret string
	// fail decides, per request (counting from 1), whether to answer 500.
	fail func(n int) bool
	// delay, per request, before answering (after recording).
	delay func(n int) time.Duration
	// hold, per request, keeps it open (after recording) until the client
	// gives up on it; inFlight is then told its signal id.
	hold     func(n int) bool
	inFlight chan int64

	mu       sync.Mutex
	requests int
	unique   []int64
	seen     map[int64]bool
	payloads map[int64]webhook.Payload
	badSigs  int
}

func newReceiver(secret string) *receiver {
	return &receiver{secret: secret, seen: map[int64]bool{}, payloads: map[int64]webhook.Payload{}}
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	rc.requests++
	n := rc.requests
	if err := webhook.Verify(rc.secret, r.Header.Get(webhook.HeaderSignature), body, time.Now(), 0); err != nil {
		rc.badSigs++
		rc.mu.Unlock()
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	if rc.fail != nil && rc.fail(n) {
		rc.mu.Unlock()
		http.Error(w, "not today", http.StatusInternalServerError)
		return
	}
	id, _ := strconv.ParseInt(r.Header.Get(webhook.HeaderIdempotencyKey), 10, 64)
	if !rc.seen[id] {
		rc.seen[id] = true
		rc.unique = append(rc.unique, id)
		var p webhook.Payload
		_ = json.Unmarshal(body, &p)
		rc.payloads[id] = p
	}
	hold := rc.hold != nil && rc.hold(n)
	rc.mu.Unlock()
	if hold {
		rc.inFlight <- id
		<-r.Context().Done()
		return
	}
	if rc.delay != nil {
		time.Sleep(rc.delay(n))
	}
	w.WriteHeader(http.StatusNoContent)
}

func (rc *receiver) got() []int64 {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return slices.Clone(rc.unique)
}

func (rc *receiver) stats() (requests, badSigs int) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return rc.requests, rc.badSigs
}

var fast = webhook.Options{BaseBackoff: 20 * time.Millisecond, MaxBackoff: 200 * time.Millisecond, Timeout: 300 * time.Millisecond,
	MaxAttempts: 100, Poll: 100 * time.Millisecond}

func register(t *testing.T, s *store.Store, url, secret string, skill *int) int64 {
	t.Helper()
	w, err := s.CreateWebhook(context.Background(), store.Webhook{URL: url, Secret: secret, Skill: skill})
	if err != nil {
		t.Fatal(err)
	}
	return w.ID
}

// runDispatcher runs a dispatcher until the returned stop is called.
func runDispatcher(t *testing.T, s *store.Store, opts webhook.Options) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	go func() { done <- webhook.New(s, opts, log).Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("dispatcher: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

func waitFor(t *testing.T, what string, timeout time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestEveryReceiverGetsEverySignalOnceInOrder: a receiver that fails its
// first three requests, one that is down (connection refused) for a while
// and one so slow that its first request times out all end up with every
// signal, retractions included, exactly once after deduplication and in
// signal order; a webhook filtered on a skill gets only that skill's.
func TestEveryReceiverGetsEverySignalOnceInOrder(t *testing.T) {
	s := openStore(t)

	flaky := newReceiver("s-flaky")
	flaky.fail = func(n int) bool { return n <= 3 }
	flakySrv := httptest.NewServer(flaky)
	defer flakySrv.Close()

	slow := newReceiver("s-slow")
	slow.delay = func(n int) time.Duration {
		if n == 1 {
			return time.Second // beyond the 300 ms timeout: the dispatcher retries what was handled
		}
		return 0
	}
	slowSrv := httptest.NewServer(slow)
	defer slowSrv.Close()

	// The down receiver's address is reserved now and served later.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	downAddr := ln.Addr().String()
	ln.Close()
	down := newReceiver("s-down")

	filtered := newReceiver("s-filtered")
	filteredSrv := httptest.NewServer(filtered)
	defer filteredSrv.Close()

	register(t, s, flakySrv.URL, "s-flaky", nil)
	register(t, s, slowSrv.URL, "s-slow", nil)
	register(t, s, "http://"+downAddr+"/hook", "s-down", nil)
	fifteen := 15
	register(t, s, filteredSrv.URL, "s-filtered", &fifteen)

	var want, want15 []int64
	for i := range 8 {
		skill := 3
		if i%3 == 0 {
			skill = 15
		}
		id := addSignal(t, s, skill)
		want = append(want, id)
		if skill == 15 {
			want15 = append(want15, id)
		}
	}
	r := retract(t, s, want15[1]) // a reorg withdraws a skill-15 signal
	want, want15 = append(want, r), append(want15, r)

	runDispatcher(t, s, fast)

	time.Sleep(700 * time.Millisecond) // the down receiver stays down a while
	downSrv := &http.Server{Handler: down}
	dl, err := net.Listen("tcp", downAddr)
	if err != nil {
		t.Fatalf("re-listen on %s: %v", downAddr, err)
	}
	go func() { _ = downSrv.Serve(dl) }()
	defer downSrv.Close()

	for name, rc := range map[string]*receiver{"flaky": flaky, "slow": slow, "down": down} {
		waitFor(t, name+" to get every signal", 20*time.Second, func() bool { return len(rc.got()) == len(want) })
		if got := rc.got(); !slices.Equal(got, want) {
			t.Errorf("%s got %v, want %v in this order", name, got, want)
		}
	}
	waitFor(t, "the skill-15 webhook", 10*time.Second, func() bool { return len(filtered.got()) == len(want15) })
	if got := filtered.got(); !slices.Equal(got, want15) {
		t.Errorf("filtered got %v, want only skill 15's %v", got, want15)
	}
	if n, _ := flaky.stats(); n < len(want)+3 {
		t.Errorf("flaky saw %d requests: its failures were not retried", n)
	}
	if n, _ := slow.stats(); n <= len(want) {
		t.Errorf("slow saw %d requests for %d signals: the timed-out request was not retried", n, len(want))
	}
	p := flaky.payloads[r]
	if p.Kind != "RETRACTED" || p.Retracts == nil || *p.Retracts != strconv.FormatInt(want15[1], 10) ||
		p.From != townA.ID() || p.To == nil || *p.To != townB.ID() || p.Skill.Name == "" {
		t.Errorf("retraction payload %+v", p)
	}
	// Everything delivered: nothing pending or dead.
	hooks, err := s.Webhooks(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hooks {
		if h.Pending != 0 || h.Dead != 0 {
			t.Errorf("webhook %s: %d pending, %d dead", h.URL, h.Pending, h.Dead)
		}
	}
}

// TestDeadLettersAndRedelivery: a receiver that always fails gets its
// deliveries marked dead after MaxAttempts, visible in the store; once it
// is fixed, redelivery on demand brings it every signal in order.
func TestDeadLettersAndRedelivery(t *testing.T) {
	s := openStore(t)
	var broken atomic.Bool
	broken.Store(true)
	rc := newReceiver("sec")
	rc.fail = func(int) bool { return broken.Load() }
	srv := httptest.NewServer(rc)
	defer srv.Close()
	wh := register(t, s, srv.URL, "sec", nil)
	ids := []int64{addSignal(t, s, 1), addSignal(t, s, 2)}

	opts := fast
	opts.MaxAttempts = 3
	var results sync.Map
	opts.Observer = observerFunc(func(result string) {
		v, _ := results.LoadOrStore(result, new(atomic.Int64))
		v.(*atomic.Int64).Add(1)
	})
	runDispatcher(t, s, opts)

	// The first delivery dies; the second waits behind it (in order), then
	// dies in turn.
	waitFor(t, "both deliveries to die", 10*time.Second, func() bool {
		n, err := s.DeadLetters(context.Background())
		return err == nil && n == 2
	})
	if n, _ := rc.stats(); n != 6 {
		t.Errorf("%d requests, want 3 attempts for each of 2 signals", n)
	}
	if v, ok := results.Load("dead"); !ok || v.(*atomic.Int64).Load() != 2 {
		t.Errorf("observer saw dead = %v", v)
	}
	ds, err := s.Deliveries(context.Background(), &wh, store.DeliveryDead, 10, 0)
	if err != nil || len(ds) != 2 || ds[0].Attempts != 3 || ds[0].LastError == "" {
		t.Fatalf("dead deliveries %+v, %v", ds, err)
	}

	broken.Store(false)
	n, err := s.Redeliver(context.Background(), wh, nil)
	if err != nil || n != 2 {
		t.Fatalf("redeliver: %d, %v", n, err)
	}
	waitFor(t, "redelivery", 10*time.Second, func() bool { return len(rc.got()) == 2 })
	if got := rc.got(); !slices.Equal(got, ids) {
		t.Errorf("redelivered %v, want %v", got, ids)
	}
}

type observerFunc func(result string)

func (f observerFunc) Delivery(result string, _ time.Duration) { f(result) }

// TestRestartLosesNothing stops the dispatcher part way, stores more
// signals while none runs (and one in a transaction that rolls back), and
// starts a new one: the receiver ends with every committed signal once, in
// order, and never the rolled-back one.
func TestRestartLosesNothing(t *testing.T) {
	s := openStore(t)
	rc := newReceiver("sec")
	rc.delay = func(int) time.Duration { return 30 * time.Millisecond }
	srv := httptest.NewServer(rc)
	defer srv.Close()
	register(t, s, srv.URL, "sec", nil)

	var want []int64
	for range 6 {
		want = append(want, addSignal(t, s, 4))
	}
	stop := runDispatcher(t, s, fast)
	waitFor(t, "a first delivery", 10*time.Second, func() bool { return len(rc.got()) >= 2 })
	stop()
	before := len(rc.got())

	for range 4 {
		want = append(want, addSignal(t, s, 5))
	}
	ctx := context.Background()
	tx, err := s.Pool().Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ghost int64
	if err := tx.QueryRow(ctx, `INSERT INTO signals (from_chain, from_address, skill, kind, chain_id, block, time, reason)
		VALUES (1, '\x01', 6, 'LACK', 1, 1, 0, 'rolled back') RETURNING id`).Scan(&ghost); err != nil {
		t.Fatal(err)
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}

	runDispatcher(t, s, fast)
	waitFor(t, "every signal after the restart", 10*time.Second, func() bool { return len(rc.got()) == len(want) })
	if got := rc.got(); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if before >= len(want) {
		t.Errorf("the first dispatcher delivered everything (%d); the restart was not tested", before)
	}
	time.Sleep(200 * time.Millisecond)
	if slices.Contains(rc.got(), ghost) {
		t.Errorf("delivered signal %d whose transaction rolled back", ghost)
	}
}

// TestStopMidRequestRedeliversOnce stops the dispatcher while a request is
// in flight (the receiver has the signal but has not answered): that
// delivery's outcome is unknown, so it stays pending, and a new dispatcher
// sends it again; after deduplication the receiver has every signal once,
// in order, and the store nothing pending.
func TestStopMidRequestRedeliversOnce(t *testing.T) {
	s := openStore(t)
	rc := newReceiver("sec")
	rc.inFlight = make(chan int64, 1)
	rc.hold = func(n int) bool { return n == 3 }
	srv := httptest.NewServer(rc)
	defer srv.Close()
	register(t, s, srv.URL, "sec", nil)
	var want []int64
	for range 5 {
		want = append(want, addSignal(t, s, 4))
	}
	opts := fast
	opts.Timeout = 30 * time.Second // the request must still be in flight when the dispatcher stops
	stop := runDispatcher(t, s, opts)
	var held int64
	select {
	case held = <-rc.inFlight:
	case <-time.After(10 * time.Second):
		t.Fatal("the third request never arrived")
	}
	stop()
	if got := rc.got(); !slices.Equal(got, want[:3]) || held != want[2] {
		t.Fatalf("before the restart the receiver saw %v (holding %d), want %v", got, held, want[:3])
	}
	ds, err := s.Deliveries(context.Background(), nil, store.DeliveryPending, 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 3 || ds[len(ds)-1].SignalID != held {
		t.Fatalf("pending after the stop: %+v, want the held signal %d and the two after it", ds, held)
	}

	runDispatcher(t, s, fast)
	waitFor(t, "every signal after the restart", 10*time.Second, func() bool { return len(rc.got()) == len(want) })
	if got := rc.got(); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v once each, in order", got, want)
	}
	if n, _ := rc.stats(); n != len(want)+1 {
		t.Errorf("%d requests, want %d: one per signal and the held one again", n, len(want)+1)
	}
	waitFor(t, "nothing pending", 5*time.Second, func() bool {
		hooks, err := s.Webhooks(context.Background())
		return err == nil && len(hooks) == 1 && hooks[0].Pending == 0 && hooks[0].Delivered == len(want)
	})
}

// countingStore counts the dispatcher's reads of due deliveries: one per
// round.
type countingStore struct {
	webhook.Store
	rounds atomic.Int64
}

func (c *countingStore) DueDeliveries(ctx context.Context, limit int) ([]store.DueDelivery, error) {
	c.rounds.Add(1)
	return c.Store.DueDeliveries(ctx, limit)
}

// TestDownReceiverDoesNotBusyPoll: while a receiver is down, the
// dispatcher sleeps until its head delivery's retry instead of waking
// every few milliseconds for the signals queued behind it. With a 0.5-1 s
// backoff and a 1 s poll, two seconds hold a handful of rounds; a dispatcher
// that wakes for the queued rows' past due times makes hundreds.
func TestDownReceiverDoesNotBusyPoll(t *testing.T) {
	s := openStore(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	downURL := "http://" + ln.Addr().String() + "/hook"
	ln.Close() // nothing listens: connection refused
	register(t, s, downURL, "sec", nil)
	for range 5 {
		addSignal(t, s, 7)
	}
	cs := &countingStore{Store: s}
	opts := webhook.Options{BaseBackoff: 500 * time.Millisecond, MaxBackoff: time.Second, Timeout: time.Second,
		MaxAttempts: 100, Poll: time.Second}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- webhook.New(cs, opts, nil).Run(ctx) }()
	time.Sleep(2 * time.Second)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	n := cs.rounds.Load()
	t.Logf("%d rounds in 2 s", n)
	if n > 15 {
		t.Errorf("%d dispatcher rounds in 2 s with the receiver down, want a few (one per retry or poll)", n)
	}
	ds, err := s.Deliveries(context.Background(), nil, store.DeliveryPending, 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	attempted := 0
	for _, d := range ds {
		if d.Attempts > 0 {
			attempted++
			if d.SignalID != ds[len(ds)-1].SignalID {
				t.Errorf("signal %d was attempted while an earlier one is pending", d.SignalID)
			}
		}
	}
	if attempted != 1 {
		t.Errorf("%d deliveries attempted, want only the head", attempted)
	}
}
