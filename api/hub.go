package api

import (
	"context"
	"encoding/json"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/store"
)

// hub holds the process's one LISTEN connection and fans notifications out
// to the subscriptions it serves. NOTIFY is sent at commit, so several API
// processes on one database each hear every change.
type hub struct {
	st  *store.Store
	log *slog.Logger

	mu        sync.Mutex
	subs      map[*subscriber]struct{}
	listening bool
	// lastSignal is the newest signal id delivered; after a reconnect the
	// hub reads what it missed from the table. primed is set once the
	// first connection noted where the table stood.
	lastSignal int64
	primed     bool
}

// subBuffer is how many events a subscriber may lag behind before it is
// dropped (its channel closed; the client sees the subscription complete
// and catches up with signals(after:)).
const subBuffer = 256

type blockEvent struct {
	Chain  uint64      `json:"chain"`
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Time   uint64      `json:"time"`
}

type townEvent struct {
	Chain   uint64         `json:"chain"`
	Address common.Address `json:"address"`
	Block   uint64         `json:"block"`
}

type event struct {
	block  *blockEvent
	town   *townEvent
	signal *store.SignalRecord
	// position is the primary's WAL position once the change was
	// committed, read at most once per notification and only if a
	// subscriber reading from a replica asks (nil for replayed rows).
	position func(context.Context) (string, error)
}

// walPosition reads the primary's WAL position on first use.
func (h *hub) walPosition() func(context.Context) (string, error) {
	var (
		once sync.Once
		pos  string
		err  error
	)
	return func(ctx context.Context) (string, error) {
		once.Do(func() { pos, err = h.st.WALPosition(ctx) })
		return pos, err
	}
}

type subscriber struct {
	match func(event) bool
	ch    chan event
}

func newHub(st *store.Store, log *slog.Logger) *hub {
	return &hub{st: st, log: log, subs: map[*subscriber]struct{}{}}
}

func (h *hub) subscribe(match func(event) bool) *subscriber {
	s := &subscriber{match: match, ch: make(chan event, subBuffer)}
	h.mu.Lock()
	h.subs[s] = struct{}{}
	h.mu.Unlock()
	return s
}

// unsubscribe forgets s; its channel is left to the garbage collector (only
// publish closes channels, under the lock, so none is closed twice).
func (h *hub) unsubscribe(s *subscriber) {
	h.mu.Lock()
	delete(h.subs, s)
	h.mu.Unlock()
}

func (h *hub) subscribers() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

func (h *hub) isListening() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.listening
}

func (h *hub) publish(e event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs {
		if !s.match(e) {
			continue
		}
		select {
		case s.ch <- e:
		default:
			h.log.Warn("dropping a subscriber that does not keep up", "buffer", subBuffer)
			delete(h.subs, s)
			close(s.ch)
		}
	}
}

// run listens until ctx ends, reconnecting with a capped backoff.
func (h *hub) run(ctx context.Context) error {
	channels := []string{store.ChannelBlocks, store.ChannelTowns, store.ChannelSignals}
	backoff := 100 * time.Millisecond
	for {
		err := h.st.Listen(ctx, channels, func() {
			h.catchUp(ctx)
			backoff = 100 * time.Millisecond
		}, func(channel, payload string) { h.notified(ctx, channel, payload) })
		h.mu.Lock()
		h.listening = false
		h.mu.Unlock()
		if ctx.Err() != nil {
			return nil
		}
		h.log.Warn("subscription listener lost its connection; reconnecting", "err", err, "in", backoff)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, 5*time.Second)
	}
}

// catchUp runs once the LISTENs are in place: the first time it only
// notes the newest signal; after a reconnect it delivers the signals that
// were stored while nobody listened.
func (h *hub) catchUp(ctx context.Context) {
	h.mu.Lock()
	last, primed := h.lastSignal, h.primed
	h.mu.Unlock()
	if !primed {
		rows, err := store.Select(ctx, h.st, store.Signals, store.Query{First: 1, OrderBy: []store.Order{{Attr: "id", Desc: true}}})
		switch {
		case err != nil:
			h.log.Warn("read newest signal", "err", err)
		case len(rows) == 1:
			last, primed = rows[0].ID, true
		default:
			primed = true // no signal yet: every later one is new
		}
	} else {
		for {
			rows, err := store.Select(ctx, h.st, store.Signals, store.Query{First: 500,
				Where: &store.Filter{Conds: []store.Cond{{Attr: "id", Op: store.OpGt, Value: store.Key{uint64(last)}}}}})
			if err != nil {
				h.log.Warn("catch up on signals", "after", last, "err", err)
				break
			}
			pos := h.walPosition()
			for i := range rows {
				h.publish(event{signal: &rows[i], position: pos})
				last = rows[i].ID
			}
			if len(rows) < 500 {
				break
			}
		}
	}
	h.mu.Lock()
	h.lastSignal = max(h.lastSignal, last)
	h.primed = h.primed || primed
	h.listening = true
	h.mu.Unlock()
}

func (h *hub) notified(ctx context.Context, channel, payload string) {
	switch channel {
	case store.ChannelBlocks:
		var b blockEvent
		if err := json.Unmarshal([]byte(payload), &b); err != nil {
			h.log.Warn("bad block notification", "payload", payload, "err", err)
			return
		}
		h.publish(event{block: &b, position: h.walPosition()})
	case store.ChannelTowns:
		var t townEvent
		if err := json.Unmarshal([]byte(payload), &t); err != nil {
			h.log.Warn("bad town notification", "payload", payload, "err", err)
			return
		}
		h.publish(event{town: &t, position: h.walPosition()})
	case store.ChannelSignals:
		var n struct {
			ID int64 `json:"id"`
		}
		if err := json.Unmarshal([]byte(payload), &n); err != nil || n.ID <= 0 {
			h.log.Warn("bad signal notification", "payload", payload, "err", err)
			return
		}
		h.mu.Lock()
		seen := n.ID <= h.lastSignal
		h.mu.Unlock()
		if seen {
			return
		}
		rows, err := store.Select(ctx, h.st, store.Signals, store.Query{First: 1,
			Where: &store.Filter{Conds: []store.Cond{{Attr: "id", Value: store.Key{uint64(n.ID)}}}}})
		if err != nil || len(rows) == 0 {
			h.log.Warn("read notified signal", "id", n.ID, "err", err)
			return
		}
		h.publish(event{signal: &rows[0], position: h.walPosition()})
		h.mu.Lock()
		h.lastSignal = max(h.lastSignal, n.ID)
		h.mu.Unlock()
	}
}
