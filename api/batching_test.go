package api

import (
	"bufio"
	"context"
	"encoding/binary"
	"io"
	"log/slog"
	"net"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

// statementCounter is a TCP proxy in front of Postgres that counts the
// statements clients execute (Bind messages of the extended protocol,
// which pgx uses for every query; pings are simple-protocol and not
// counted).
type statementCounter struct {
	ln    net.Listener
	up    string
	binds atomic.Int64
}

func newStatementCounter(t *testing.T, upstream string) *statementCounter {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c := &statementCounter{ln: ln, up: upstream}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go c.serve(conn)
		}
	}()
	return c
}

func (c *statementCounter) serve(client net.Conn) {
	defer client.Close()
	server, err := net.Dial("tcp", c.up)
	if err != nil {
		return
	}
	defer server.Close()
	go func() { _, _ = io.Copy(client, server) }()
	r := bufio.NewReader(client)
	// The startup message (and an SSL request before it) has no type byte.
	untyped := 1
	for {
		var typ byte
		if untyped == 0 {
			if typ, err = r.ReadByte(); err != nil {
				return
			}
		}
		var n uint32
		if err := binary.Read(r, binary.BigEndian, &n); err != nil || n < 4 {
			return
		}
		body := make([]byte, n-4)
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		frame := make([]byte, 0, n+1)
		if untyped > 0 {
			untyped--
			if len(body) >= 4 && binary.BigEndian.Uint32(body) == 80877103 { // SSLRequest
				untyped++
			}
		} else {
			frame = append(frame, typ)
			if typ == 'B' {
				c.binds.Add(1)
			}
		}
		frame = binary.BigEndian.AppendUint32(frame, n)
		if _, err := server.Write(append(frame, body...)); err != nil {
			return
		}
	}
}

// The number of statements an answer costs does not grow with the number
// of entities in it: relations are read per tree level, not per parent.
func TestNestedListsAreReadPerLevelNotPerParent(t *testing.T) {
	raw := pgtest.NewDatabase(t, pgtest.WithTemplate("dito_api_bench", populateBench))
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	counter := newStatementCounter(t, u.Host)
	u.Host = counter.ln.Addr().String()
	q := u.Query()
	q.Set("sslmode", "disable")
	u.RawQuery = q.Encode()
	st, err := store.Open(context.Background(), u.String(), 4, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	cfg := testConfig()
	cfg.MaxComplexity = 1_000_000
	srv, err := New(cfg, st, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	a := &testAPI{t: t, srv: srv, ts: ts, st: st}

	query := `query($n: Int) { towns(first: $n, orderBy: id) {
	    id treasury creator { id skillWallet { id } } scarcity { score } neighbours(first: 3) { town { id } }
	    members(first: 20) { id ditoCredits skillWallet { id activeCommunity { id } communityHistory { id } } }
	    gigs { status taker { id } town { id } } projects { town { id } } credits(first: 5) { amount holder { id } town { id } } } }`
	cost := func(n int) int64 {
		var out struct{ Towns []struct{ ID string } }
		before := counter.binds.Load()
		a.data(global, query, map[string]any{"n": n}, &out)
		if len(out.Towns) != n {
			t.Fatalf("got %d towns, want %d", len(out.Towns), n)
		}
		return counter.binds.Load() - before
	}
	one, many := cost(1), cost(150)
	t.Logf("statements: %d for 1 town, %d for 150 towns with their 3000 members, wallets, gigs and credits", one, many)
	// Reading any relation per parent would add at least 149 statements
	// (per town) or 2999 (per member). Batches can split when resolvers
	// spawn over more than the loaders' window, which adds a few.
	if many-one >= 100 {
		t.Errorf("150 towns cost %d statements, 1 town %d: some relation is read per parent", many, one)
	}
}
