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
	p.Backfill(137, 0, 1000)
	p.Applied(137, 1, 250, 5000, time.Millisecond)
	p.Backfill(137, 250, 1000)
	now := time.Now()
	p.chains[137].start = now.Add(-10 * time.Second)
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
	// 5000 events in 10 s; a quarter of the blocks in 10 s leaves 30 s.
	if line.Msg != "backfill progress" || line.Chain != "polygon" || line.BlocksDone != 250 || line.BlocksTotal != 1000 ||
		line.Rate != 500 || line.ETA != "30s" {
		t.Errorf("progress line %+v", line)
	}

	buf.Reset()
	p.Backfill(137, 1000, 1000)
	p.report(time.Now())
	if buf.Len() != 0 {
		t.Errorf("finished backfill still reported: %s", buf.String())
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
