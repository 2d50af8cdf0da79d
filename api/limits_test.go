package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

func TestAbusiveQueriesGetClearErrorsAndTheServerStaysUp(t *testing.T) {
	a := newTestAPI(t, testConfig())
	alive := func() {
		t.Helper()
		a.jsonEq(onPoly, `{ towns(orderBy: id) { membersCount } }`, nil, `{"towns": [{"membersCount": 1}, {"membersCount": 2}]}`)
	}

	deep := "id"
	for range 25 {
		deep = "creator { communities { " + deep + " } }"
	}
	cases := []struct {
		name, query, want string
		vars              map[string]any
	}{
		{name: "depth 50", query: "{ towns { " + deep + " } }", want: "query has a depth of 52, which exceeds the limit of 12"},
		{name: "depth through fragments", query: "query { towns { ...F1 } } " + fragmentChain(30),
			want: "query has a depth of 60, which exceeds the limit of 12"},
		{name: "first 100000", query: `{ towns(first: 100000) { id } }`,
			want: "The `first` argument must be between 0 and 1000, but is 100000"},
		{name: "first from a variable", query: `query($n: Int) { towns(first: $n) { id } }`, vars: map[string]any{"n": 5000},
			want: "The `first` argument must be between 0 and 1000, but is 5000"},
		{name: "negative first", query: `{ towns(first: -1) { id } }`, want: "The `first` argument must be between 0 and 1000, but is -1"},
		{name: "skip 10000", query: `{ towns(skip: 10000) { id } }`, want: "The `skip` argument must be between 0 and 5000, but is 10000"},
		{name: "nested first", query: `{ towns { members(first: 2000) { id } } }`, want: "The `first` argument must be between 0 and 1000, but is 2000"},
		{name: "10k aliases", query: aliases(10_000), want: "query has 10000 aliases, which exceeds the limit of 50"},
		{name: "too many fields", query: "{ towns { " + strings.Repeat("id ", 3000) + "} }", want: "query selects 3001 fields, which exceeds the limit of 2000"},
		{name: "complexity", query: `{ towns(first: 1000) { members(first: 1000) { id } } }`,
			want: "query potentially returns `1001000` entities or more and thereby exceeds the limit of `20000` entities"},
		{name: "injection in a string filter", query: `{ towns(where: {metadataUri: "'; DROP TABLE towns; --"}) { id } }`},
		{name: "injection in an id", query: `{ town(id: "'; DROP TABLE towns; --") { id } }`,
			want: `invalid id "'; DROP TABLE towns; --": want <chainId>-<address> or the same without the chain id`},
		{name: "injection in a nested id filter", query: `{ skillWallets(where: {owner_in: ["0x1' OR '1'='1"]}) { id } }`,
			want: `where.owner_in: [0]: invalid id "0x1' OR '1'='1": want <chainId>-<address> or the same without the chain id`},
		{name: "injection in a reference's text filter", query: `{ towns(where: {creator_contains: "' OR '1'='1"}) { id } }`},
		{name: "injection as an order", query: `{ towns(orderBy: "id; DROP TABLE towns") { id } }`,
			want: `Enum "Town_orderBy" cannot represent non-enum value: "id; DROP TABLE towns".`},
		{name: "injection as a filter key", query: `query($w: Town_filter) { towns(where: $w) { id } }`,
			vars: map[string]any{"w": map[string]any{"id; DROP TABLE towns; --": "x"}}, want: "unknown field"},
		{name: "injection in bytes", query: `{ towns(where: {address: "0x'; DROP TABLE towns; --"}) { id } }`,
			want: `"0x'; DROP TABLE towns; --" is not hex bytes`},
		{name: "filter nested too deep", query: `query($w: Town_filter) { towns(where: $w) { id } }`,
			vars: map[string]any{"w": nestedOr(40)}, want: "where: filters nested deeper than 8 levels"},
		// Postgres text cannot hold NUL: refused as the client's mistake,
		// not a failed statement.
		{name: "NUL in a string filter", query: `{ towns(where: {metadataUri_contains: "\u0000"}) { id } }`,
			want: `a String cannot contain the NUL character \u0000 (Postgres text cannot hold it)`},
		{name: "NUL in a filter variable", query: `query($w: Town_filter) { towns(where: $w) { id } }`,
			vars: map[string]any{"w": map[string]any{"or": []any{map[string]any{"membersCount": 1}, map[string]any{"metadataUri_ends_with": "x\x00"}}}},
			want: `a String cannot contain the NUL character \u0000 (Postgres text cannot hold it)`},
		{name: "NUL in an id", query: `{ town(id: "\u0000") { id } }`,
			want: `invalid id "\x00": want <chainId>-<address> or the same without the chain id`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := a.post(onPoly, c.query, c.vars)
			if c.want == "" {
				if len(res.Errors) > 0 || string(res.Data) != `{"towns":[]}` {
					t.Errorf("got %s %v, want no towns and no error", res.Data, res.Errors)
				}
			} else if len(res.Errors) == 0 || res.Errors[0].Message != c.want {
				t.Errorf("got %s %v, want the error %q", res.Data, res.Errors, c.want)
			}
			alive()
		})
	}

	t.Run("huge body", func(t *testing.T) {
		body, _ := json.Marshal(map[string]any{"query": "{ towns { id } }", "variables": map[string]any{"pad": strings.Repeat("x", 2<<20)}})
		res := a.postRaw(onPoly, body)
		if res.status != http.StatusRequestEntityTooLarge || len(res.Errors) == 0 ||
			res.Errors[0].Message != "request body is larger than the limit of 1048576 bytes" {
			t.Errorf("huge body: status %d, %v", res.status, res.Errors)
		}
		// A chunked body (no Content-Length) is cut off the same way.
		req, _ := http.NewRequest(http.MethodPost, a.ts.URL+onPoly, struct{ *bytes.Reader }{bytes.NewReader(body)})
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("chunked huge body: status %d", resp.StatusCode)
		}
		alive()
	})
}

func TestQueriesTimeOutWithAClearError(t *testing.T) {
	cfg := testConfig()
	cfg.QueryTimeout = time.Nanosecond
	a := newTestAPI(t, cfg)
	if msg := a.errorOf(onPoly, `{ towns { id } }`, nil); msg != "query timed out after 1ns" {
		t.Errorf("timeout: %q", msg)
	}
}

// A query stuck in the database (here: behind a lock another session
// holds on towns) is cut off at the configured timeout with a clear error,
// its statement is cancelled rather than left running, and the server
// answers other queries meanwhile and the same query once the database
// frees up.
func TestASlowQueryTimesOutAndTheServerStaysResponsive(t *testing.T) {
	cfg := testConfig()
	cfg.QueryTimeout = 300 * time.Millisecond
	a := newTestAPI(t, cfg)
	ctx := t.Context()
	tx, err := a.st.Pool().Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, `LOCK TABLE towns IN ACCESS EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}
	// Should the timeout not work, the lock goes after 10 s and the
	// assertions below fail instead of the test hanging.
	watchdog := time.AfterFunc(10*time.Second, func() {
		_, _ = a.st.Pool().Exec(context.Background(), `SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)
	})
	defer watchdog.Stop()
	start := time.Now()
	res := a.post(onPoly, `{ towns { id membersCount } }`, nil)
	took := time.Since(start)
	if len(res.Errors) != 1 || res.Errors[0].Message != "query timed out after 300ms" {
		t.Errorf("blocked query: %s %+v, want the timeout error", res.Data, res.Errors)
	}
	if took < cfg.QueryTimeout {
		t.Errorf("answered after %s, before the %s timeout", took, cfg.QueryTimeout)
	}
	// Other queries are answered while the lock holds.
	a.jsonEq(global, `{ skill(id: 15) { name } chains { id } }`, nil, `{"skill": {"name": "Smart Contracts"}, "chains": [{"id": 100}, {"id": 137}]}`)
	// The timed-out statement does not linger in the database.
	waitFor(t, "the cancelled statement to go", func() bool {
		var waiting int
		err := tx.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()
			AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`).Scan(&waiting)
		return err == nil && waiting == 0
	})
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	a.jsonEq(onPoly, `{ towns(orderBy: id) { membersCount } }`, nil, `{"towns": [{"membersCount": 1}, {"membersCount": 2}]}`)
}

// Lists without first return The Graph's default of 100 entities: the
// first 100 in order.
func TestListsDefaultToTheFirst100(t *testing.T) {
	url := pgtest.NewDatabase(t, pgtest.WithTemplate("dito_api_bench", populateBench))
	st, err := store.Open(t.Context(), url, 4, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	srv, err := New(testConfig(), st, nil)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	a := &testAPI{t: t, srv: srv, ts: ts, st: st}
	for _, list := range []string{"towns", "communities", "members", "skillWallets", "creditBalances", "creditTransfers", "gigs", "signals"} {
		all := a.ids(global, list, "first: 1000, orderBy: id")
		if len(all) <= 100 {
			t.Fatalf("%s: only %d in the benchmark data", list, len(all))
		}
		for _, args := range []string{"orderBy: id", "orderBy: id, first: null"} {
			if got := a.ids(global, list, args); !slices.Equal(got, all[:100]) {
				t.Errorf("%s(%s): %d ids %v..., want the first 100 of %d", list, args, len(got), got[:min(3, len(got))], len(all))
			}
		}
	}
}

func aliases(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: towns(first: 1) { id }", i)
	}
	b.WriteString(" }")
	return b.String()
}

// fragmentChain nests n fragments, each one level deeper than the last.
func fragmentChain(n int) string {
	var b strings.Builder
	on := func(i int) string {
		if i == 1 {
			return "Town"
		}
		return "Community"
	}
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "fragment F%d on %s { creator { communities { ...F%d } } } ", i, on(i), i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Community { id }", n)
	return b.String()
}

func nestedOr(n int) map[string]any {
	w := map[string]any{"membersCount": 1}
	for range n {
		w = map[string]any{"or": []any{w}}
	}
	return w
}
