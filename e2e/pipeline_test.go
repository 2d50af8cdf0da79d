package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/api"
	"github.com/distributedtown/dito-graph/chains"
	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/engine"
	"github.com/distributedtown/dito-graph/indexer"
	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/store/storetest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// pipeline is one chain of the devnet indexed, graphed and served, the
// way `dito run` wires it, with blocks sealed only by the test.
type pipeline struct {
	sim   *devnet.Simulator
	chain *devnet.Chain
	st    *store.Store
	url   string // the API's base URL
}

func startPipeline(t *testing.T, opts devnet.Options) *pipeline {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	opts.Manual = true
	dn, err := devnet.Start(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	// Closed after the cleanup below has stopped what uses it.
	st := storetest.Open(t, 8)
	c := dn.Chains()[0]
	cl, err := chains.Dial(ctx, chains.Config{ChainID: c.ChainID, Endpoints: []string{c.WSURL, c.HTTPURL}, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	// No confirmations: a block is indexed as soon as it is sealed, so
	// latencies are measured from the block, and reorgs of depth 1 are
	// rolled back rather than never applied.
	ix, err := indexer.New(indexer.Config{
		ChainID: c.ChainID, Name: c.Name, StartBlock: c.StartBlock, Confirmations: 0, MaxReorgDepth: 32,
		Roots: []store.Contract{
			{Address: c.Contracts.DistributedTown, Kind: store.KindDistributedTown},
			{Address: c.Contracts.SkillWallet, Kind: store.KindSkillWallet},
			{Address: c.Contracts.Projects, Kind: store.KindProjects},
		},
	}, cl, st, log, nil, cl.SubscribeHeads(ctx))
	if err != nil {
		t.Fatal(err)
	}
	eng := engine.New(engine.Config{Debounce: 50 * time.Millisecond}, st, log, nil)
	srv, err := api.New(api.Config{CORSOrigins: []string{"*"}}, st, log)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())

	errc := make(chan error, 3)
	for _, run := range []func(context.Context) error{ix.Run, eng.Run, srv.Run} {
		go func() { errc <- run(ctx) }()
	}
	t.Cleanup(func() {
		cancel()
		for range 3 {
			if err := <-errc; err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("pipeline stopped with: %v", err)
			}
		}
		hs.Close()
		cl.Close()
		dn.Close()
	})
	return &pipeline{sim: dn.Simulators()[0], chain: c, st: st, url: hs.URL}
}

// townID is a town's id on the multi-chain endpoint.
func (p *pipeline) townID(a common.Address) string {
	return fmt.Sprintf("%d-%s", p.chain.ChainID, strings.ToLower(a.Hex()))
}

// query posts a GraphQL query and decodes its data into out; GraphQL
// errors fail the test.
func (p *pipeline) query(t *testing.T, path, q string, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": q})
	resp, err := http.Post(p.url+path, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var res struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		t.Fatalf("%s: decode: %v", resp.Status, err)
	}
	if len(res.Errors) > 0 {
		t.Fatalf("query %s: %+v", q, res.Errors)
	}
	if err := json.Unmarshal(res.Data, out); err != nil {
		t.Fatalf("data %s: %v", res.Data, err)
	}
}

// waitIndexed waits until the API's _meta reaches the chain's head.
func (p *pipeline) waitIndexed(t *testing.T) uint64 {
	t.Helper()
	head, err := p.chain.Head(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := head.Number.Uint64()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var meta struct {
			Meta struct{ Block struct{ Number uint64 } } `json:"_meta"`
		}
		p.query(t, "/graphql", `{ _meta { block { number } } }`, &meta)
		if meta.Meta.Block.Number >= want {
			return want
		}
		if time.Now().After(deadline) {
			t.Fatalf("indexed block %d, chain head %d after 30s", meta.Meta.Block.Number, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// subscription is one graphql-transport-ws operation, read by a goroutine
// so the test can time what arrives.
type subscription struct {
	events chan arrived
}

type arrived struct {
	at   time.Time
	data json.RawMessage
	err  error
}

// subscribe speaks graphql-transport-ws as graphql-ws clients do: init,
// ack, subscribe; it answers pings and hands each "next" payload over.
func (p *pipeline) subscribe(t *testing.T, query string) *subscription {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(p.url, "http")+"/graphql",
		&websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); c.CloseNow() })
	write := func(v any) error {
		b, _ := json.Marshal(v)
		return c.Write(ctx, websocket.MessageText, b)
	}
	type message struct {
		ID      string          `json:"id"`
		Type    string          `json:"type"`
		Payload json.RawMessage `json:"payload"`
	}
	readMsg := func() (message, error) {
		var m message
		_, b, err := c.Read(ctx)
		if err == nil {
			err = json.Unmarshal(b, &m)
		}
		return m, err
	}
	if err := write(map[string]any{"type": "connection_init"}); err != nil {
		t.Fatal(err)
	}
	if m, err := readMsg(); err != nil || m.Type != "connection_ack" {
		t.Fatalf("want connection_ack, got %+v, %v", m, err)
	}
	if err := write(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]string{"query": query}}); err != nil {
		t.Fatal(err)
	}
	s := &subscription{events: make(chan arrived, 64)}
	go func() {
		for {
			m, err := readMsg()
			switch {
			case err != nil:
				s.events <- arrived{err: err}
				return
			case m.Type == "ping":
				_ = write(map[string]any{"type": "pong"})
			case m.Type == "next":
				var pl struct {
					Data   json.RawMessage `json:"data"`
					Errors json.RawMessage `json:"errors"`
				}
				_ = json.Unmarshal(m.Payload, &pl)
				if len(pl.Errors) > 0 {
					s.events <- arrived{err: fmt.Errorf("subscription error: %s", pl.Errors)}
					return
				}
				s.events <- arrived{at: time.Now(), data: pl.Data}
			case m.Type == "error" || m.Type == "complete":
				s.events <- arrived{err: fmt.Errorf("subscription ended: %s %s", m.Type, m.Payload)}
				return
			}
		}
	}()
	return s
}

// next returns the next event, failing the test after timeout.
func (s *subscription) next(t *testing.T, timeout time.Duration, out any) time.Time {
	t.Helper()
	select {
	case ev := <-s.events:
		if ev.err != nil {
			t.Fatal(ev.err)
		}
		if err := json.Unmarshal(ev.data, out); err != nil {
			t.Fatalf("event %s: %v", ev.data, err)
		}
		return ev.at
	case <-time.After(timeout):
		t.Fatalf("no subscription event within %s", timeout)
		return time.Time{}
	}
}
