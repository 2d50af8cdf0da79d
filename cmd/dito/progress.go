package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/distributedtown/dito-graph/indexer"
)

// progressEvery is how often progress lines are logged off a terminal.
const progressEvery = 10 * time.Second

// progress shows backfill progress per chain: bars on a terminal, where a
// person watches, and periodic log lines otherwise, where a log collector
// would drown in redraws. It is an indexer.Observer.
type progress struct {
	log *slog.Logger
	// term is the terminal the bars draw on, nil when not on one. Logs
	// go through logs, which points into the bar container while bars are
	// drawn so that log lines print above the bars instead of through them.
	term *os.File
	logs *switchWriter

	mu     sync.Mutex
	names  map[uint64]string
	chains map[uint64]*chainProgress
	// heads is when each chain's indexer last read the head, which it
	// does right before deciding to backfill: the start of a backfill.
	heads map[uint64]time.Time
	// applied is the event count of each chain's last applied batch. The
	// indexer reports a backfill window as Applied, then Backfill, so the
	// Backfill that follows claims it; a tail batch's count is just
	// overwritten by the next batch.
	applied map[uint64]int
	bars    *mpb.Progress
}

type chainProgress struct {
	backfillState
	bar *mpb.Bar
	// shown is a copy of the state for the bar's decorator. The decorator
	// runs on mpb's render goroutine and must not take p.mu: Backfill
	// holds p.mu while it calls into the bar, which waits for that very
	// goroutine.
	shown atomic.Pointer[backfillState]
}

type backfillState struct {
	done, total uint64
	events      uint64
	// start is when the backfill began, end when it finished (zero while
	// it runs), so a finished bar keeps the rate it achieved.
	start, end time.Time
}

// rate and eta are what both renderings show.
func (c *backfillState) rate(now time.Time) (eventsPerSec float64, eta time.Duration) {
	if !c.end.IsZero() {
		now = c.end
	}
	el := now.Sub(c.start).Seconds()
	if el <= 0 {
		return 0, 0
	}
	if c.done > 0 && c.total > c.done {
		eta = time.Duration(el / float64(c.done) * float64(c.total-c.done) * float64(time.Second))
	}
	return float64(c.events) / el, eta
}

// newProgress draws bars on term, or logs lines when term is nil.
func newProgress(term *os.File, logs *switchWriter, log *slog.Logger) *progress {
	return &progress{log: log, term: term, logs: logs, names: map[uint64]string{}, chains: map[uint64]*chainProgress{},
		heads: map[uint64]time.Time{}, applied: map[uint64]int{}}
}

// name sets the label of a chain's progress.
func (p *progress) name(chain uint64, name string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.names[chain] = name
}

func (p *progress) label(chain uint64) string {
	if n := p.names[chain]; n != "" {
		return n
	}
	return fmt.Sprintf("chain %d", chain)
}

// Head notes when the indexer looked at the head: a backfill it then
// starts began there, before its first window was fetched.
func (p *progress) Head(chain, _, _ uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.heads[chain] = time.Now()
}

func (p *progress) Reorg(uint64, uint64)      {}
func (p *progress) ReorgTooDeep(uint64, bool) {}

// Applied keeps the batch's events for the Backfill call that follows a
// backfill window (see progress.applied).
func (p *progress) Applied(chain, _, _ uint64, events int, took time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.applied[chain] = events
	if _, ok := p.heads[chain]; !ok {
		// No Head seen (not from the indexer): the batch at least began
		// when its apply did.
		p.heads[chain] = time.Now().Add(-took)
	}
}

// Backfill records how many blocks of the running backfill are done, and
// the events of the window that got it there.
func (p *progress) Backfill(chain, done, total uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	c := p.chains[chain]
	if c == nil || c.done >= c.total {
		// A new backfill (the first, or after falling behind again); its
		// first window is this call's.
		start, ok := p.heads[chain]
		if !ok {
			start = time.Now()
		}
		c = &chainProgress{backfillState: backfillState{start: start}}
		p.chains[chain] = c
	}
	c.events += uint64(p.applied[chain])
	p.applied[chain] = 0
	c.done, c.total = done, total
	if done >= total {
		c.end = time.Now()
	}
	shown := c.backfillState
	c.shown.Store(&shown)
	if p.term == nil {
		return
	}
	if c.bar == nil && total > 0 {
		c.bar = p.addBar(chain, c)
	}
	if c.bar != nil {
		c.bar.SetTotal(int64(total), false)
		c.bar.SetCurrent(int64(done))
		if done >= total {
			c.bar.SetTotal(int64(total), true)
		}
	}
}

// addBar draws a bar for c, starting the bar container if none runs.
// Called with p.mu held.
func (p *progress) addBar(chain uint64, c *chainProgress) *mpb.Bar {
	if p.bars == nil {
		// term was checked to be a terminal; AutoRefresh spares mpb its
		// own check (which tests cannot satisfy with a pipe).
		p.bars = mpb.New(mpb.WithOutput(p.term), mpb.WithAutoRefresh(), mpb.WithWidth(32), mpb.WithRefreshRate(250*time.Millisecond))
		p.logs.set(p.bars)
	}
	stats := decor.Any(func(decor.Statistics) string {
		s := c.shown.Load()
		if s == nil {
			return ""
		}
		r, eta := s.rate(time.Now())
		return fmt.Sprintf("%.0f events/s  ETA %s", r, eta.Round(time.Second))
	})
	return p.bars.AddBar(int64(c.total),
		mpb.PrependDecorators(decor.Name(p.label(chain), decor.WCSyncSpaceR), decor.CountersNoUnit("%d / %d blocks", decor.WCSyncSpace)),
		mpb.AppendDecorators(decor.Percentage(decor.WCSyncSpace), decor.Name("  "), stats),
	)
}

// run logs progress lines off a terminal, and on a terminal retires the
// bar container once every bar completed, until ctx ends.
func (p *progress) run(ctx context.Context) {
	every := progressEvery
	if p.term != nil {
		every = time.Second
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			p.mu.Lock()
			bars := p.retire()
			p.mu.Unlock()
			if bars != nil {
				bars.Shutdown()
			}
			return
		case now := <-t.C:
			if p.term == nil {
				p.report(now)
				continue
			}
			p.mu.Lock()
			var bars *mpb.Progress
			if p.allDone() {
				bars = p.retire()
			}
			p.mu.Unlock()
			if bars != nil {
				bars.Wait()
			}
		}
	}
}

// retire detaches the bar container and hands logs back to the terminal;
// the caller stops the container outside p.mu, so that the indexer's
// observer calls do not wait on its last render. Called with p.mu held.
func (p *progress) retire() *mpb.Progress {
	bars := p.bars
	if bars == nil {
		return nil
	}
	p.bars = nil
	p.logs.set(p.term)
	for _, c := range p.chains {
		c.bar = nil
	}
	return bars
}

func (p *progress) allDone() bool {
	for _, c := range p.chains {
		if c.bar != nil && c.done < c.total {
			return false
		}
	}
	return true
}

// report logs one line per chain whose backfill is running.
func (p *progress) report(now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	ids := make([]uint64, 0, len(p.chains))
	for id, c := range p.chains {
		if c.done < c.total {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		c := p.chains[id]
		r, eta := c.rate(now)
		p.log.Info("backfill progress", "chain", p.label(id), "blocks_done", c.done, "blocks_total", c.total,
			"percent", fmt.Sprintf("%.1f", 100*float64(c.done)/float64(c.total)),
			"events_per_s", int(r), "eta", eta.Round(time.Second).String())
	}
}

// observers fans indexer progress out to several observers.
type observers []indexer.Observer

func (o observers) Head(chain, number, final uint64) {
	for _, x := range o {
		x.Head(chain, number, final)
	}
}

func (o observers) Applied(chain, from, to uint64, events int, took time.Duration) {
	for _, x := range o {
		x.Applied(chain, from, to, events, took)
	}
}

func (o observers) Reorg(chain, depth uint64) {
	for _, x := range o {
		x.Reorg(chain, depth)
	}
}

func (o observers) ReorgTooDeep(chain uint64, stuck bool) {
	for _, x := range o {
		x.ReorgTooDeep(chain, stuck)
	}
}

func (o observers) Backfill(chain, done, total uint64) {
	for _, x := range o {
		x.Backfill(chain, done, total)
	}
}

// switchWriter is the log output, redirected into the bar container while
// bars are drawn.
type switchWriter struct {
	mu   sync.Mutex
	base io.Writer
	w    io.Writer
}

func newSwitchWriter(base io.Writer) *switchWriter { return &switchWriter{base: base, w: base} }

func (s *switchWriter) set(w io.Writer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.w = w
}

func (s *switchWriter) Write(b []byte) (int, error) {
	s.mu.Lock()
	w := s.w
	s.mu.Unlock()
	n, err := w.Write(b)
	if err != nil && w != s.base {
		// The bar container shut down under this write.
		return s.base.Write(b)
	}
	return n, err
}
