package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"
)

func TestProgressLogsLinesOffATerminal(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(nil, newSwitchWriter(&buf), slog.New(slog.NewJSONHandler(&buf, nil)))
	p.name(137, "polygon")
	// The indexer's order: the head, then per window Applied and Backfill.
	p.Head(137, 1100, 1000)
	p.heads[137] = time.Now().Add(-10 * time.Second) // the backfill began 10 s ago
	p.Applied(137, 1, 125, 2000, time.Millisecond)
	p.Backfill(137, 125, 1000)
	p.Applied(137, 126, 250, 3000, time.Millisecond)
	p.Backfill(137, 250, 1000)
	now := p.chains[137].start.Add(10 * time.Second)
	p.report(now)
	var line struct {
		Msg         string `json:"msg"`
		Chain       string `json:"chain"`
		BlocksDone  int    `json:"blocks_done"`
		BlocksTotal int    `json:"blocks_total"`
		Rate        int    `json:"events_per_s"`
		ETA         string `json:"eta"`
	}
	if err := json.Unmarshal(buf.Bytes(), &line); err != nil {
		t.Fatalf("%v: %q", err, buf.String())
	}
	// 5000 events (both windows') in 10 s; a quarter of the blocks in 10 s
	// leaves 30 s.
	if line.Msg != "backfill progress" || line.Chain != "polygon" || line.BlocksDone != 250 || line.BlocksTotal != 1000 ||
		line.Rate != 500 || line.ETA != "30s" {
		t.Errorf("progress line %+v", line)
	}

	buf.Reset()
	p.Applied(137, 251, 1000, 100, time.Millisecond)
	p.Backfill(137, 1000, 1000)
	p.report(time.Now())
	if buf.Len() != 0 {
		t.Errorf("finished backfill still reported: %s", buf.String())
	}
	// Tail batches after it count toward no backfill...
	p.Head(137, 1101, 1001)
	p.Applied(137, 1001, 1001, 7, time.Millisecond)
	p.Head(137, 1102, 1002)
	// ...and a later backfill counts its own windows only.
	p.Applied(137, 1002, 1500, 40, time.Millisecond)
	p.Backfill(137, 499, 600)
	if c := p.chains[137]; c.events != 40 || c.done != 499 || c.total != 600 {
		t.Errorf("second backfill: %d events, %d/%d blocks; want 40, 499/600", c.events, c.done, c.total)
	}
}

// A backfill of a single window (the usual first run on a young chain)
// shows the events it indexed: the window is applied before the progress
// knows the backfill, and its events must not be lost.
func TestProgressCountsASingleWindowBackfill(t *testing.T) {
	p := newProgress(nil, newSwitchWriter(io.Discard), slog.New(slog.DiscardHandler))
	p.Head(100, 300, 297)
	p.heads[100] = time.Now().Add(-2 * time.Second)
	p.Applied(100, 0, 297, 800, 50*time.Millisecond)
	p.Backfill(100, 298, 298)
	c := p.chains[100]
	if c == nil || c.events != 800 {
		t.Fatalf("backfill progress %+v, want 800 events", c)
	}
	// 800 events over the 2 s since the head was read; the rate is frozen
	// when the backfill ends.
	if r, eta := c.rate(time.Now().Add(time.Hour)); r < 300 || r > 400 || eta != 0 {
		t.Errorf("rate %.0f events/s, ETA %s; want about 400 and 0", r, eta)
	}
}

func TestProgressDrawsBarsAndKeepsLogsAboveThem(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	out := make(chan string)
	go func() { b, _ := io.ReadAll(r); out <- string(b) }()
	logs := newSwitchWriter(w)
	p := newProgress(w, logs, slog.New(slog.NewTextHandler(logs, nil)))
	p.name(100, "gnosis")
	p.Backfill(100, 0, 400)
	p.Backfill(100, 200, 400)
	p.log.Info("a log line while the bar runs")
	p.Backfill(100, 400, 400)
	p.mu.Lock()
	bars := p.retire()
	p.mu.Unlock()
	bars.Wait()
	p.log.Info("a log line after the bars")
	w.Close()
	text := <-out
	for _, want := range []string{"gnosis", "400 / 400 blocks", "100 %", "a log line while the bar runs", "a log line after the bars"} {
		if !strings.Contains(text, want) {
			t.Errorf("terminal output lacks %q:\n%s", want, text)
		}
	}
}
