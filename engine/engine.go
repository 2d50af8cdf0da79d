// Package engine keeps the skill graph's results in Postgres current. It
// reads the towns' skill sets from the store, runs the graph package
// (which knows nothing of Postgres) and writes scores, walk edges and
// signals back, in one transaction per round. A full rebuild runs at start,
// after a reorg and on demand; in between, towns touched by indexed batches
// are recomputed incrementally after a short debounce.
package engine

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/graph"
	"github.com/distributedtown/dito-graph/store"
)

// Store is what the engine needs from Postgres.
type Store interface {
	Source
	SaveGraph(ctx context.Context, u store.GraphUpdate) ([]int64, error)
	ChainHeads(ctx context.Context) (map[uint64]store.BlockRef, error)
	Listen(ctx context.Context, channels []string, onReady func(), fn func(channel, payload string)) error
	Notify(ctx context.Context, channel, payload string) error
}

// Observer receives timings; nil is allowed.
type Observer interface {
	GraphComputed(kind string, took time.Duration)
	SignalEmitted(kind string)
}

// Config tunes the engine.
type Config struct {
	Graph graph.Options
	// Debounce waits after the first touched town before recomputing, so a
	// burst of batches costs one round.
	Debounce time.Duration
	// RefreshEvery rebuilds everything this often when incremental updates
	// have happened since the last build: updates leave districts and
	// PageRank as they were (graph.Snapshot.AnalyticsStale). Default 5m.
	RefreshEvery time.Duration
}

// Engine owns the current skill graph snapshot.
type Engine struct {
	cfg Config
	st  Store
	log *slog.Logger
	obs Observer

	mu   sync.Mutex // serialises rounds; guards snap and live
	snap *graph.Snapshot
	// live maps a signal's identity to its stored row, so a round only
	// writes signals that are new or changed.
	live map[signalKey]store.Signal

	pendingMu sync.Mutex
	pending   map[store.TownRef]bool
	rebuild   bool
	// requests are the ids of rebuilds asked for on
	// store.ChannelGraphRebuild, answered after the next full round.
	requests []string
	wake     chan struct{}
}

type signalKey struct {
	from  store.TownRef
	skill int
	kind  string
}

// New returns an engine; call Run to start it.
func New(cfg Config, st Store, log *slog.Logger, obs Observer) *Engine {
	cfg.Debounce = cmp.Or(cfg.Debounce, 200*time.Millisecond)
	cfg.RefreshEvery = cmp.Or(cfg.RefreshEvery, 5*time.Minute)
	return &Engine{cfg: cfg, st: st, log: log, obs: obs, pending: map[store.TownRef]bool{}, wake: make(chan struct{}, 1)}
}

// Run listens for indexed batches, reorgs and rebuild requests (from `dito
// graph rebuild`, on store.ChannelGraphRebuild) and keeps the graph
// current until ctx ends. It starts with a full rebuild. Only the process
// leading the skill graph may run it.
func (e *Engine) Run(ctx context.Context) error {
	listenErr := make(chan error, 1)
	ready := make(chan struct{})
	go func() {
		listenErr <- e.st.Listen(ctx, []string{store.ChannelTowns, store.ChannelReorgs, store.ChannelGraphRebuild}, func() { close(ready) }, e.notified)
	}()
	select {
	case <-ready:
	case err := <-listenErr:
		return err
	case <-ctx.Done():
		return nil
	}
	e.requestRebuild()
	refresh := time.NewTicker(e.cfg.RefreshEvery)
	defer refresh.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-refresh.C:
			if e.analyticsStale() {
				e.requestRebuild()
			}
			continue
		case err := <-listenErr:
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("skill graph: %w", err)
		case <-e.wake:
		}
		if !sleepCtx(ctx, e.cfg.Debounce) {
			return nil
		}
		if err := e.round(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			e.log.Error("skill graph round failed; rebuilding next time", "err", err)
			e.requestRebuild()
			if !sleepCtx(ctx, time.Second) {
				return nil
			}
		}
	}
}

func (e *Engine) notified(channel, payload string) {
	switch channel {
	case store.ChannelReorgs:
		e.requestRebuild()
	case store.ChannelGraphRebuild:
		e.pendingMu.Lock()
		e.requests = append(e.requests, payload)
		e.pendingMu.Unlock()
		e.requestRebuild()
	case store.ChannelTowns:
		var n struct {
			Chain   uint64 `json:"chain"`
			Address string `json:"address"`
		}
		if err := json.Unmarshal([]byte(payload), &n); err != nil || !common.IsHexAddress(n.Address) {
			e.log.Warn("bad town notification", "payload", payload)
			return
		}
		e.Touch(store.TownRef{Chain: n.Chain, Address: common.HexToAddress(n.Address)})
	}
}

// Touch schedules towns for an incremental recomputation.
func (e *Engine) Touch(towns ...store.TownRef) {
	e.pendingMu.Lock()
	for _, t := range towns {
		e.pending[t] = true
	}
	e.pendingMu.Unlock()
	e.poke()
}

func (e *Engine) analyticsStale() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.snap != nil && e.snap.AnalyticsStale()
}

func (e *Engine) requestRebuild() {
	e.pendingMu.Lock()
	e.rebuild = true
	e.pendingMu.Unlock()
	e.poke()
}

func (e *Engine) poke() {
	select {
	case e.wake <- struct{}{}:
	default:
	}
}

// round runs what is pending: a full rebuild, or an update of the touched towns.
func (e *Engine) round(ctx context.Context) error {
	e.pendingMu.Lock()
	full := e.rebuild || e.snap == nil
	towns := make([]store.TownRef, 0, len(e.pending))
	for t := range e.pending {
		towns = append(towns, t)
	}
	requests := e.requests
	e.pending, e.rebuild, e.requests = map[store.TownRef]bool{}, false, nil
	e.pendingMu.Unlock()
	if full {
		start := time.Now()
		err := e.Rebuild(ctx)
		e.answer(ctx, requests, start, err)
		return err
	}
	if len(towns) == 0 {
		return nil
	}
	return e.update(ctx, towns)
}

// answer tells the `dito graph rebuild` commands waiting on requests how
// their rebuild went.
func (e *Engine) answer(ctx context.Context, requests []string, start time.Time, err error) {
	if len(requests) == 0 {
		return
	}
	res := store.RebuildResult{TookMS: time.Since(start).Milliseconds()}
	if err != nil {
		res.Error = err.Error()
	} else {
		e.mu.Lock()
		res.Towns, res.Signals = e.snap.Len(), len(e.live)
		e.mu.Unlock()
	}
	for _, r := range requests {
		res.Request = r
		payload, _ := json.Marshal(res)
		if err := e.st.Notify(ctx, store.ChannelGraphRebuilt, string(payload)); err != nil {
			e.log.Warn("cannot answer a rebuild request", "request", r, "err", err)
		}
	}
}

func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

func toGraphTowns(ts []store.TownSkills) ([]graph.Town, error) {
	out := make([]graph.Town, 0, len(ts))
	for _, t := range ts {
		wallets := make([][]graph.Skill, len(t.Wallets))
		for i, w := range t.Wallets {
			ws := make([]graph.Skill, len(w))
			for k, s := range w {
				ws[k] = graph.Skill{ID: s.ID, Level: s.Level}
			}
			wallets[i] = ws
		}
		gt, err := graph.NewTown(t.Town.ID(), t.Town.Chain, t.Template, wallets)
		if err != nil {
			return nil, fmt.Errorf("town %s: %w", t.Town.ID(), err)
		}
		out = append(out, gt)
	}
	return out, nil
}

// Snapshot runs f with the current snapshot (nil before the first round)
// while holding the engine's lock.
func (e *Engine) Snapshot(f func(*graph.Snapshot)) {
	e.mu.Lock()
	defer e.mu.Unlock()
	f(e.snap)
}

// sortRefs orders towns for deterministic writes.
func sortRefs(rs []store.TownRef) {
	slices.SortFunc(rs, func(a, b store.TownRef) int {
		if a.Chain != b.Chain {
			return cmp.Compare(a.Chain, b.Chain)
		}
		return a.Address.Cmp(b.Address)
	})
}
