package api

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/distributedtown/dito-graph/store"
)

// wsClient speaks graphql-transport-ws (or the legacy graphql-ws) like a
// browser client would.
type wsClient struct {
	t     *testing.T
	c     *websocket.Conn
	proto string
}

func dialWS(t *testing.T, base, path, proto string) *wsClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+path, &websocket.DialOptions{Subprotocols: []string{proto}})
	if err != nil {
		t.Fatalf("dial %s: %v", path, err)
	}
	if c.Subprotocol() != proto {
		t.Fatalf("server chose subprotocol %q, want %q", c.Subprotocol(), proto)
	}
	t.Cleanup(func() { c.CloseNow() })
	w := &wsClient{t: t, c: c, proto: proto}
	w.send(map[string]any{"type": "connection_init", "payload": map[string]any{}})
	if m := w.read(5 * time.Second); m["type"] != "connection_ack" {
		t.Fatalf("want connection_ack, got %v", m)
	}
	return w
}

func (w *wsClient) send(v any) {
	w.t.Helper()
	b, _ := json.Marshal(v)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := w.c.Write(ctx, websocket.MessageText, b); err != nil {
		w.t.Fatalf("websocket write: %v", err)
	}
}

func (w *wsClient) subscribe(id, query string) {
	typ := "subscribe"
	if w.proto == "graphql-ws" {
		typ = "start"
	}
	w.send(map[string]any{"id": id, "type": typ, "payload": map[string]any{"query": query}})
}

// read returns the next protocol message other than keep-alives.
func (w *wsClient) read(timeout time.Duration) map[string]any {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for {
		_, b, err := w.c.Read(ctx)
		if err != nil {
			w.t.Fatalf("websocket read (waited %s): %v", timeout, err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			w.t.Fatalf("bad message %q", b)
		}
		switch m["type"] {
		case "ka", "pong":
			continue
		case "ping":
			w.send(map[string]any{"type": "pong"})
			continue
		}
		return m
	}
}

// data reads the next event of a subscription and returns its data.
func (w *wsClient) data(timeout time.Duration) (id string, data string) {
	w.t.Helper()
	m := w.read(timeout)
	if m["type"] != "next" && m["type"] != "data" {
		w.t.Fatalf("want an event, got %v", m)
	}
	payload, _ := m["payload"].(map[string]any)
	if errs, ok := payload["errors"]; ok {
		w.t.Fatalf("subscription error: %v", errs)
	}
	b, _ := json.Marshal(payload["data"])
	id, _ = m["id"].(string)
	return id, string(b)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func runHub(t *testing.T, s *Server) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	waitFor(t, "the LISTEN connection", s.hub.isListening)
}

// eventDeadline is how soon after a commit a subscriber must hear of it.
const eventDeadline = time.Second

func TestSubscriptionsDeliverNotifiedChanges(t *testing.T) {
	a := newTestAPI(t, testConfig())
	runHub(t, a.srv)
	// A second API process on the same database serves its own clients.
	st2, err := store.Open(context.Background(), strings.TrimSpace(a.st.Pool().Config().ConnString()), 4, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st2.Close)
	srv2, err := New(testConfig(), st2, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ts2 := httptest.NewServer(srv2.Handler())
	t.Cleanup(ts2.Close)
	runHub(t, srv2)

	A := hexOf(townA)
	c := dialWS(t, a.ts.URL, global, "graphql-transport-ws")
	c.subscribe("blocks", `subscription { newBlocks(chain: 137) { chainId number hash chain { name indexedBlock } } }`)
	c.subscribe("lacks", `subscription { signals(kind: LACK) { id kind from { id } to { id } skill { name } } }`)
	c.subscribe("town", `subscription { townChanged(id: "137-`+A+`") { id membersCount members(orderBy: address) { id } } }`)
	legacy := dialWS(t, ts2.URL, onPoly, "graphql-ws")
	legacy.subscribe("1", `subscription { newBlocks { number } }`)
	waitFor(t, "4 subscribers", func() bool { return a.srv.hub.subscribers() == 3 && srv2.hub.subscribers() == 1 })

	// Bob joins town A in block 9.
	prev := chainBlocks(polygon, 8, 8)[0]
	b9 := chainBlocks(polygon, 9, 9)
	committed := time.Now()
	err = a.st.Apply(context.Background(), &store.Batch{Chain: polygon, Prev: &prev, Blocks: b9,
		Towns:   []store.Version[store.Town]{{Block: 9, Value: townAAt(2)}},
		Members: []store.Version[store.Member]{{Block: 9, Value: member(polygon, townA, bob, 2, 9)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for range 2 {
		id, data := c.data(eventDeadline)
		got[id] = data
	}
	t.Logf("block 9 reached the subscriber %s after the commit", time.Since(committed).Round(time.Millisecond))
	wantBlock := fmt.Sprintf(`{"newBlocks":{"chain":{"indexedBlock":9,"name":"polygon"},"chainId":137,"hash":%q,"number":9}}`,
		strings.ToLower(blockHash(polygon, 9).Hex()))
	if got["blocks"] != wantBlock {
		t.Errorf("newBlocks: %s\nwant %s", got["blocks"], wantBlock)
	}
	wantTown := fmt.Sprintf(`{"townChanged":{"id":"137-%s","members":[{"id":"137-%s"},{"id":"137-%s"}],"membersCount":2}}`,
		A, hexOf(bob), hexOf(alice))
	if got["town"] != wantTown {
		t.Errorf("townChanged: %s\nwant %s", got["town"], wantTown)
	}
	if _, data := legacy.data(eventDeadline); data != `{"newBlocks":{"number":9}}` {
		t.Errorf("legacy protocol: %s", data)
	}

	// An EXCESS signal does not match; the LACK after it does.
	a2 := store.TownRef{Chain: polygon, Address: townA}
	g := store.TownRef{Chain: gnosis, Address: townA}
	committed = time.Now()
	_, err = a.st.SaveGraph(context.Background(), store.GraphUpdate{Signals: []store.Signal{
		{From: g, To: &a2, Skill: 2, Kind: store.SignalExcess, Chain: gnosis, Block: 2, Reason: "excess"},
		{From: g, To: &a2, Skill: 15, Kind: store.SignalLack, Chain: gnosis, Block: 2, Reason: "lack"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	id, data := c.data(eventDeadline)
	t.Logf("signal reached the subscriber %s after the commit", time.Since(committed).Round(time.Millisecond))
	want := fmt.Sprintf(`{"signals":{"from":{"id":"100-%[1]s"},"id":"6","kind":"LACK","skill":{"name":"Smart Contracts"},"to":{"id":"137-%[1]s"}}}`, A)
	if id != "lacks" || data != want {
		t.Errorf("signal event %s: %s\nwant %s", id, data, want)
	}

	// Leaving unsubscribes.
	c.send(map[string]any{"id": "blocks", "type": "complete"})
	waitFor(t, "the unsubscription", func() bool { return a.srv.hub.subscribers() == 2 })
}

func TestSignalSubscriptionReplaysFromACursor(t *testing.T) {
	a := newTestAPI(t, testConfig())
	runHub(t, a.srv)
	c := dialWS(t, a.ts.URL, global, "graphql-transport-ws")
	c.subscribe("s", `subscription { signals(after: "1") { id kind } }`)
	var ids []string
	for range 3 {
		_, data := c.data(5 * time.Second)
		var ev struct{ Signals struct{ ID, Kind string } }
		if err := json.Unmarshal([]byte(data), &ev); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, ev.Signals.ID+":"+ev.Signals.Kind)
	}
	if strings.Join(ids, " ") != "2:EXCESS 3:NO_SUPPLIER 4:RETRACTED" {
		t.Errorf("replay: %v", ids)
	}
	// Then live ones, without duplicates.
	waitFor(t, "the subscriber", func() bool { return a.srv.hub.subscribers() == 1 })
	from := store.TownRef{Chain: polygon, Address: townB}
	if _, err := a.st.SaveGraph(context.Background(), store.GraphUpdate{Signals: []store.Signal{
		{From: from, Skill: 3, Kind: store.SignalNoSupplier, Chain: polygon, Block: 8, Reason: "x", Scarcity: intp(1)},
	}}); err != nil {
		t.Fatal(err)
	}
	if _, data := c.data(eventDeadline); data != `{"signals":{"id":"5","kind":"NO_SUPPLIER"}}` {
		t.Errorf("live after replay: %s", data)
	}

	// A bad argument is an error on the subscription (gqlgen sends it as
	// a result with errors, then completes), with a clean message; so is a
	// chain nobody indexes, which would never emit.
	for _, bad := range []struct{ query, want string }{
		{`subscription { signals(skill: 99) { id } }`, "skill: skill id 99 outside taxonomy 0..35"},
		{`subscription { signals(town: "zz") { id } }`, `invalid id "zz": want <chainId>-<address>`},
		{`subscription { newBlocks(chain: 999) { number } }`, "chain 999 is not indexed here"},
	} {
		c.subscribe("bad", bad.query)
		m := c.read(5 * time.Second)
		payload, _ := json.Marshal(m["payload"])
		var got struct{ Errors []gqlError }
		_ = json.Unmarshal(payload, &got)
		if m["id"] != "bad" || len(got.Errors) != 1 || got.Errors[0].Message != bad.want {
			t.Errorf("%s: got %v, want the error %q", bad.query, m, bad.want)
		}
		if m := c.read(5 * time.Second); m["type"] != "complete" {
			t.Errorf("%s: after the error %v, want complete", bad.query, m)
		}
	}

}

// The LISTEN connection dies (Postgres restarts, a proxy drops it): the
// hub reconnects and delivers what was stored meanwhile, once.
func TestSubscriptionsSurviveALostListenConnection(t *testing.T) {
	a := newTestAPI(t, testConfig())
	runHub(t, a.srv)
	c := dialWS(t, a.ts.URL, global, "graphql-transport-ws")
	c.subscribe("s", `subscription { signals { id kind } }`)
	waitFor(t, "the subscriber", func() bool { return a.srv.hub.subscribers() == 1 })

	ctx := context.Background()
	tag, err := a.st.Pool().Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE datname = current_database() AND query LIKE 'LISTEN%'`)
	if err != nil || tag.RowsAffected() != 1 {
		t.Fatalf("terminate the listener: %v (%d rows)", err, tag.RowsAffected())
	}
	from := store.TownRef{Chain: polygon, Address: townA}
	for _, skill := range []int{5, 6} {
		if _, err := a.st.SaveGraph(ctx, store.GraphUpdate{Signals: []store.Signal{
			{From: from, Skill: skill, Kind: store.SignalNoSupplier, Chain: polygon, Block: 8, Reason: "x"},
		}}); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []string{"5", "6"} {
		if _, data := c.data(10 * time.Second); data != `{"signals":{"id":"`+want+`","kind":"NO_SUPPLIER"}}` {
			t.Errorf("after reconnect: %s, want id %s", data, want)
		}
	}
	waitFor(t, "the listener to come back", a.srv.hub.isListening)
}
