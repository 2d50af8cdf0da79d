package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/api"
	ditoconfig "github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/webhook"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// proxy forwards TCP connections to target and can drop them all, as a
// network failure would.
type proxy struct {
	ln     net.Listener
	mu     sync.Mutex
	conns  []net.Conn
	accept int
}

func newProxy(t *testing.T, target string) *proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			u, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, u)
			p.accept++
			p.mu.Unlock()
			go func() { _, _ = io.Copy(u, c); u.Close() }()
			go func() { _, _ = io.Copy(c, u); c.Close() }()
		}
	}()
	t.Cleanup(func() { ln.Close(); p.drop() })
	return p
}

func (p *proxy) drop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func (p *proxy) accepted() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.accept
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestReceiverVerifiesSignaturesAndDedupes(t *testing.T) {
	var out syncBuffer
	b := &bot{out: &out, log: quiet(), cfg: options{secret: "0123456789abcdef"}}
	srv := httptest.NewServer(b.receiver())
	defer srv.Close()
	to := "100-0x00000000000000000000000000000000000000b2"
	body := []byte(`{"id":"42","kind":"LACK","from":"137-0x00000000000000000000000000000000000000a1","to":"` + to +
		`","skill":{"id":24,"name":"Network Design"},"probability":0.8,"surplus":1,"chainId":137,"block":8,"timestamp":0,"reason":"r","webhook":"1"}`)
	post := func(sig string, body []byte) int {
		req, _ := http.NewRequest(http.MethodPost, srv.URL, bytes.NewReader(body))
		req.Header.Set(webhook.HeaderSignature, sig)
		req.Header.Set(webhook.HeaderIdempotencyKey, "42")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post(webhook.Sign("wrong secret", time.Now(), body), body); code != http.StatusUnauthorized {
		t.Errorf("forged signature: %d, want 401", code)
	}
	tampered := bytes.Replace(body, []byte(`"surplus":1`), []byte(`"surplus":9`), 1)
	if code := post(webhook.Sign("0123456789abcdef", time.Now(), body), tampered); code != http.StatusUnauthorized {
		t.Errorf("tampered body: %d, want 401", code)
	}
	if code := post(webhook.Sign("0123456789abcdef", time.Now().Add(-time.Hour), body), body); code != http.StatusUnauthorized {
		t.Errorf("replayed old delivery: %d, want 401", code)
	}
	if out.String() != "" {
		t.Fatalf("printed rejected deliveries: %q", out.String())
	}
	for range 2 { // the second is a retry of the same signal
		if code := post(webhook.Sign("0123456789abcdef", time.Now(), body), body); code != http.StatusNoContent {
			t.Errorf("valid delivery: %d", code)
		}
	}
	want := `[webhook] #42 LACK       "Network Design" (skill 24) in town 137-0x00000000000000000000000000000000000000a1 → closest supplier ` + to + ` (p=0.80, surplus 1) at block 8 of chain 137` + "\n"
	if out.String() != want {
		t.Errorf("printed\n%q\nwant\n%q", out.String(), want)
	}
}

// TestFollowsSubscriptionAndResumesAfterDisconnect runs the bot against a
// real API server: it prints the stored signals, then live ones, and after
// the server drops every connection it resumes from its cursor without
// printing anything twice or missing what was stored meanwhile.
func TestFollowsSubscriptionAndResumesAfterDisconnect(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	url := pgtest.NewDatabase(t)
	if err := store.Migrate(ctx, url, "up", io.Discard); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, url, 8, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a := store.TownRef{Chain: 137, Address: common.HexToAddress("0xa1")}
	bRef := store.TownRef{Chain: 100, Address: common.HexToAddress("0xb2")}
	emit := func(skill int) {
		t.Helper()
		_, err := st.SaveGraph(ctx, store.GraphUpdate{Signals: []store.Signal{{From: a, To: &bRef, Skill: skill, Kind: store.SignalLack,
			Probability: 0.5, Surplus: 1, Chain: 137, Block: 3, Reason: "test"}}})
		if err != nil {
			t.Fatal(err)
		}
	}
	emit(1)
	emit(2)

	srv, err := api.New(api.Config{API: ditoconfig.Defaults().API, CORSOrigins: []string{"*"}}, st, quiet())
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Run(ctx) }()
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	var out syncBuffer
	cursor := filepath.Join(t.TempDir(), "cursor")
	px := newProxy(t, strings.TrimPrefix(ts.URL, "http://"))
	b := &bot{out: &out, log: quiet(), cfg: options{url: "http://" + px.ln.Addr().String() + "/graphql", skill: -1, cursorFile: cursor}}
	done := make(chan struct{})
	go func() { b.follow(ctx); close(done) }()

	lines := func() []string { return strings.Split(strings.TrimSpace(out.String()), "\n") }
	wait := func(n int) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for out.String() == "" || len(lines()) < n {
			if time.Now().After(deadline) {
				t.Fatalf("printed %q, want %d lines", out.String(), n)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	wait(2) // the stored ones
	emit(3) // a live one
	wait(3)

	px.drop() // the network drops the bot
	emit(4)   // stored while the bot reconnects
	wait(4)
	if n := px.accepted(); n < 2 {
		t.Fatalf("the bot connected %d times; it should have reconnected", n)
	}
	emit(5)
	wait(5)
	got := lines()
	if len(got) != 5 {
		t.Fatalf("printed %d lines: %q", len(got), got)
	}
	for i, l := range got {
		if !strings.HasPrefix(l, "#"+string(rune('1'+i))+" LACK") {
			t.Errorf("line %d = %q, want signal #%d once, in order", i, l, i+1)
		}
	}
	if raw, _ := os.ReadFile(cursor); strings.TrimSpace(string(raw)) != "5" {
		t.Errorf("cursor file holds %q, want 5", raw)
	}
	cancel()
	<-done
}
