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
	"github.com/distributedtown/dito-graph/store/storetest"
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
		`","skill":{"id":24,"name":"Music"},"probability":0.8,"surplus":1,"chainId":137,"block":8,"timestamp":0,"reason":"r","webhook":"1"}`)
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
	want := `[webhook] #42 LACK       "Music" (skill 24) in town 137-0x00000000000000000000000000000000000000a1 → closest supplier ` + to + ` (p=0.80, surplus 1) at block 8 of chain 137` + "\n"
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
	st := openStore(t)
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

// postSigned delivers body to the receiver at url as the dispatcher would.
func postSigned(t *testing.T, url, secret string, body []byte) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set(webhook.HeaderSignature, webhook.Sign(secret, time.Now(), body))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// TestReceiverDedupesAcrossRestarts: a signal redelivered after the bot
// restarted (the dispatcher never heard its answer) is not handled twice:
// the ids handled are kept in the -seen file.
func TestReceiverDedupesAcrossRestarts(t *testing.T) {
	const secret = "0123456789abcdef"
	seen := filepath.Join(t.TempDir(), "seen")
	body := func(id string) []byte {
		return []byte(`{"id":"` + id + `","kind":"NO_SUPPLIER","from":"137-0x00000000000000000000000000000000000000a1","to":null,` +
			`"skill":{"id":21,"name":"Tokenomics"},"probability":0,"surplus":0,"chainId":137,"block":8,"timestamp":0,"reason":"r","webhook":"1"}`)
	}
	var out syncBuffer
	for run, ids := range [][]string{{"42"}, {"42", "43"}} { // the second run is the restarted bot
		b := &bot{out: &out, log: quiet(), cfg: options{secret: secret, seenFile: seen}}
		srv := httptest.NewServer(b.receiver())
		for _, id := range ids {
			if code := postSigned(t, srv.URL, secret, body(id)); code != http.StatusNoContent {
				t.Errorf("run %d: delivery of %s answered %d", run, id, code)
			}
		}
		srv.Close()
	}
	got := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(got) != 2 || !strings.HasPrefix(got[0], "[webhook] #42 NO_SUPPLIER") || !strings.HasPrefix(got[1], "[webhook] #43 NO_SUPPLIER") {
		t.Errorf("printed %q, want #42 and #43 once each", got)
	}
}

// TestStaleCursorAfterAWipeStartsFromTheBeginning: a cursor file from
// before the server's database was wiped holds an id beyond every stored
// signal; resuming after it would skip every signal until the ids caught
// up, so the bot warns and replays from the start.
func TestStaleCursorAfterAWipeStartsFromTheBeginning(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st := openStore(t)
	a := store.TownRef{Chain: 137, Address: common.HexToAddress("0xa1")}
	for skill := range 2 {
		if _, err := st.SaveGraph(ctx, store.GraphUpdate{Signals: []store.Signal{{From: a, Skill: skill, Kind: store.SignalNoSupplier, Chain: 137, Reason: "test"}}}); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := api.New(api.Config{API: ditoconfig.Defaults().API, CORSOrigins: []string{"*"}}, st, quiet())
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Run(ctx) }()
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	cursor := filepath.Join(t.TempDir(), "cursor")
	if err := os.WriteFile(cursor, []byte("57\n"), 0o644); err != nil { // from the database's earlier life
		t.Fatal(err)
	}
	var out, logs syncBuffer
	b := &bot{out: &out, log: slog.New(slog.NewTextHandler(&logs, nil)), cfg: options{url: ts.URL + "/graphql", skill: -1, cursorFile: cursor}}
	done := make(chan struct{})
	go func() { b.follow(ctx); close(done) }()
	deadline := time.Now().Add(20 * time.Second)
	for strings.Count(out.String(), "\n") < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("printed %q; logs %s", out.String(), logs.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	<-done
	got := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(got) != 2 || !strings.HasPrefix(got[0], "#1 NO_SUPPLIER") || !strings.HasPrefix(got[1], "#2 NO_SUPPLIER") {
		t.Errorf("printed %q, want signals #1 and #2", got)
	}
	if !strings.Contains(logs.String(), "beyond the server's newest signal") {
		t.Errorf("no warning about the stale cursor in the logs: %s", logs.String())
	}
	if raw, _ := os.ReadFile(cursor); strings.TrimSpace(string(raw)) != "2" {
		t.Errorf("cursor file holds %q, want 2", raw)
	}
}

// openStore is a migrated store on a fresh database, closed with the test.
func openStore(t *testing.T) *store.Store { return storetest.Open(t, 8) }
