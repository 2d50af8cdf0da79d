package api

import (
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/embedpg"
	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

func get(t *testing.T, u string, header map[string]string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	// Ask for gzip explicitly so the transport does not decode it for us.
	if _, ok := header["Accept-Encoding"]; !ok {
		req.Header.Set("Accept-Encoding", "identity")
	}
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r io.Reader = resp.Body
	if resp.Header.Get("Content-Encoding") == "gzip" {
		gz, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		r = gz
	}
	b, _ := io.ReadAll(r)
	return resp, string(b)
}

func TestHTTPRoutes(t *testing.T) {
	a := newTestAPI(t, testConfig())

	t.Run("healthz", func(t *testing.T) {
		resp, body := get(t, a.ts.URL+"/healthz", nil)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/json" || body != `{"status":"up"}`+"\n" {
			t.Errorf("healthz: %d %s %q", resp.StatusCode, resp.Header.Get("Content-Type"), body)
		}
	})
	t.Run("readyz reports lag per chain", func(t *testing.T) {
		resp, body := get(t, a.ts.URL+"/readyz", nil)
		var r readiness
		if err := json.Unmarshal([]byte(body), &r); err != nil || resp.StatusCode != 200 {
			t.Fatalf("readyz: %d %s %v", resp.StatusCode, body, err)
		}
		if r.Status != "ready" || len(r.Chains) != 2 || r.Chains[1].Name != "polygon" || r.Chains[1].LagBlocks == nil ||
			*r.Chains[1].LagBlocks != 4 || *r.Chains[1].LagSeconds != 48 || r.Chains[0].LagBlocks != nil ||
			r.Chains[1].Status != "ok" || r.Chains[1].SecondsSinceUpdate > 60 {
			t.Errorf("readyz: %s", body)
		}
	})
	t.Run("readyz fails a chain no indexer updated within the budget", func(t *testing.T) {
		// Every indexer of polygon died 10 minutes ago: the head they
		// stored says it is only 4 blocks behind, but nobody looks.
		stale := newTestAPI(t, testConfig()) // api.max_lag: 5m
		if _, err := stale.st.Pool().Exec(t.Context(), `UPDATE chains SET updated_at = now() - interval '10 minutes' WHERE chain_id = 137`); err != nil {
			t.Fatal(err)
		}
		resp, body := get(t, stale.ts.URL+"/readyz", nil)
		var r readiness
		if err := json.Unmarshal([]byte(body), &r); err != nil || resp.StatusCode != http.StatusServiceUnavailable {
			t.Fatalf("readyz: %d %s %v", resp.StatusCode, body, err)
		}
		if r.Status != "stalled" || r.Chains[1].Status != "stalled" || r.Chains[1].SecondsSinceUpdate < 599 ||
			*r.Chains[1].LagBlocks != 4 || r.Chains[0].Status != "ok" {
			t.Errorf("readyz: %s", body)
		}
	})
	t.Run("readyz fails a chain beyond the lag budget", func(t *testing.T) {
		cfg := testConfig()
		cfg.MaxLag = 30 * time.Second // polygon is 48 s behind its head
		strict := newTestAPI(t, cfg)
		resp, body := get(t, strict.ts.URL+"/readyz", nil)
		var r readiness
		if err := json.Unmarshal([]byte(body), &r); err != nil || resp.StatusCode != http.StatusServiceUnavailable {
			t.Fatalf("readyz: %d %s %v", resp.StatusCode, body, err)
		}
		if r.Status != "lagging" || r.MaxLag != "30s" || r.Chains[1].Status != "lagging" || r.Chains[0].Status != "ok" {
			t.Errorf("readyz: %s", body)
		}
	})
	t.Run("readyz fails while the database is down", func(t *testing.T) {
		pg := pgtest.NewServer(t, embedpg.Options{Database: "dito"})
		ctx := t.Context()
		if err := store.Migrate(ctx, pg.URL("dito"), "up", io.Discard); err != nil {
			t.Fatal(err)
		}
		st, err := store.Open(ctx, pg.URL("dito"), 2, 10*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(st.Close)
		ts := httptest.NewServer(Readiness(st, time.Minute, nil))
		t.Cleanup(ts.Close)
		if resp, body := get(t, ts.URL, nil); resp.StatusCode != 200 || body != `{"status":"ready","maxLag":"1m0s","database":"ok","chains":[]}`+"\n" {
			t.Fatalf("readyz while up: %d %s", resp.StatusCode, body)
		}
		if err := pg.Stop(ctx); err != nil {
			t.Fatal(err)
		}
		resp, body := get(t, ts.URL, nil)
		if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Content-Type") != "application/json" ||
			body != `{"status":"unavailable","database":"unreachable","chains":[]}`+"\n" {
			t.Errorf("readyz with the database down: %d %s", resp.StatusCode, body)
		}
		// Liveness does not depend on the database.
		rec := httptest.NewRecorder()
		a.srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
		if rec.Code != 200 {
			t.Errorf("healthz: %d", rec.Code)
		}
	})
	t.Run("GraphiQL at /", func(t *testing.T) {
		resp, body := get(t, a.ts.URL+"/", nil)
		if resp.StatusCode != 200 || !strings.Contains(body, "graphiql") || !strings.Contains(body, "/graphql") {
			t.Errorf("/: %d %.200s", resp.StatusCode, body)
		}
		resp, body = get(t, a.ts.URL+onGno, map[string]string{"Accept": "text/html"})
		if resp.StatusCode != 200 || !strings.Contains(body, "dito/gnosis") {
			t.Errorf("chain endpoint in a browser: %d %.200s", resp.StatusCode, body)
		}
	})
	t.Run("unknown chain endpoint", func(t *testing.T) {
		resp, body := get(t, a.ts.URL+"/subgraphs/name/dito/ethereum?query={towns{id}}", nil)
		if resp.StatusCode != 404 || !strings.Contains(body, "subgraph `dito/ethereum` not found") {
			t.Errorf("unknown chain: %d %s", resp.StatusCode, body)
		}
		// Chains are also addressed by id.
		_, body = get(t, a.ts.URL+"/subgraphs/name/dito/100?query="+url.QueryEscape(`{ _meta { deployment } }`), nil)
		if body != `{"data":{"_meta":{"deployment":"dito/gnosis"}}}` {
			t.Errorf("chain by id: %s", body)
		}
	})
	t.Run("GET queries and gzip", func(t *testing.T) {
		resp, body := get(t, a.ts.URL+onPoly+"?query="+url.QueryEscape(`{ towns(orderBy: id) { membersCount } }`),
			map[string]string{"Accept-Encoding": "gzip"})
		if resp.Header.Get("Content-Encoding") != "gzip" || body != `{"data":{"towns":[{"membersCount":1},{"membersCount":2}]}}` {
			t.Errorf("gzip GET: %v %s", resp.Header, body)
		}
	})
	t.Run("CORS", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodOptions, a.ts.URL+global, nil)
		req.Header.Set("Origin", "https://app.dito.town")
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 204 || resp.Header.Get("Access-Control-Allow-Origin") != "https://app.dito.town" ||
			!strings.Contains(resp.Header.Get("Access-Control-Allow-Methods"), "POST") ||
			resp.Header.Get("Access-Control-Allow-Headers") != "content-type" {
			t.Errorf("preflight: %d %v", resp.StatusCode, resp.Header)
		}
		resp, _ = get(t, a.ts.URL+"/healthz", map[string]string{"Origin": "https://evil.example"})
		if resp.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("foreign origin allowed: %v", resp.Header)
		}
	})
	t.Run("automatic persisted queries", func(t *testing.T) {
		query := `{ towns(orderBy: id) { membersCount } }`
		sum := sha256.Sum256([]byte(query))
		ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
		body, _ := json.Marshal(map[string]any{"extensions": ext})
		if res := a.postRaw(onPoly, body); len(res.Errors) == 0 || res.Errors[0].Message != "PersistedQueryNotFound" {
			t.Errorf("unknown hash: %v", res.Errors)
		}
		body, _ = json.Marshal(map[string]any{"query": query, "extensions": ext})
		if res := a.postRaw(onPoly, body); len(res.Errors) > 0 {
			t.Errorf("register: %v", res.Errors)
		}
		body, _ = json.Marshal(map[string]any{"extensions": ext})
		if res := a.postRaw(onPoly, body); len(res.Errors) > 0 || string(res.Data) != `{"towns":[{"membersCount":1},{"membersCount":2}]}` {
			t.Errorf("by hash: %s %v", res.Data, res.Errors)
		}
	})
	t.Run("extra handlers mount on the same mux", func(t *testing.T) {
		srv, err := New(testConfig(), a.st, nil)
		if err != nil {
			t.Fatal(err)
		}
		srv.Handle("GET /metrics", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = io.WriteString(w, "up 1\n") }))
		rec := httptest.NewRecorder()
		srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
		if rec.Body.String() != "up 1\n" {
			t.Errorf("mounted handler: %q", rec.Body.String())
		}
	})
}
