package api

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http/httptest"
	"net/url"
	"strings"
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

	// Every relation and loader, one at a time so that a failure names
	// it: with 150 towns there are 150 parents of a town's lists and 3000
	// of a member's. Reading per parent would add a statement per parent;
	// a batch splits only when resolvers spawn over more than the
	// loaders' window, which adds a few.
	const towns, members = 150, 150 * benchMembersPerTown
	relations := []struct {
		selection string
		parents   int
	}{
		{"treasury", towns},
		{"creator { id skillWallet { id } }", towns},
		{"scarcity { score }", towns},
		{"neighbours(first: 3) { town { id } }", towns},
		{"members(first: 20) { id }", towns},
		{"members(first: 20) { ditoCredits }", members},
		{"members(first: 20) { skillWallet { id activeCommunity { id } } }", members},
		{"members(first: 20) { skillWallet { communityHistory { id } } }", members},
		{"members(first: 20) { communities(first: 3) { id membersCount } }", members},
		{"members(first: 20) { credits(first: 3) { amount town { id } } }", members},
		{"skillWallets(first: 5) { id owner { id } }", towns},
		{"credits(first: 5) { amount holder { id } town { id } }", towns},
		{"transfers(first: 5) { id amount town { id } }", towns},
		{"gigs { status taker { id } town { id } }", towns},
		{"projects { town { id } }", towns},
		{"signalsOut(first: 3) { id to { id } }", towns},
		{"signalsOut(first: 1, orderBy: id, orderDirection: desc) { retracts { id } }", towns},
		{"signalsIn(first: 3) { id from { id } }", towns},
	}
	for _, r := range relations {
		query := `query($n: Int) { towns(first: $n, orderBy: id) { id ` + r.selection + ` } }`
		cost := func(n int) (int64, string) {
			var out struct{ Towns []json.RawMessage }
			before := counter.binds.Load()
			a.data(global, query, map[string]any{"n": n}, &out)
			if len(out.Towns) != n {
				t.Fatalf("%s: got %d towns, want %d", r.selection, len(out.Towns), n)
			}
			return counter.binds.Load() - before, string(out.Towns[0])
		}
		one, first := cost(1)
		many, _ := cost(towns)
		t.Logf("%s: %d statements for 1 town, %d for %d", r.selection, one, many, towns)
		// The lists are not empty, so the relation was read.
		if strings.Contains(first, "[]") || strings.Contains(first, `"retracts":null`) {
			t.Errorf("%s: empty in the benchmark data: %s", r.selection, first)
		}
		if many-one >= int64(r.parents/3) {
			t.Errorf("%s: %d towns cost %d statements, 1 town %d: read per parent (%d parents)", r.selection, towns, many, one, r.parents)
		}
	}
}
