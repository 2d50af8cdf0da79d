package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql/playground"

	"github.com/distributedtown/dito-graph/api/load"
	"github.com/distributedtown/dito-graph/store"
)

// scope is the endpoint a request came in through.
type scope struct {
	// native is the chain of a chain endpoint; 0 for the multi-chain one.
	native uint64
	// deployment names the endpoint: dito or dito/<chain name>.
	deployment string
}

type ctxKey int

const (
	scopeKey ctxKey = iota
	loadersKey
	readsKey
)

func withScope(ctx context.Context, sc scope) context.Context {
	return context.WithValue(ctx, scopeKey, sc)
}

func scopeOf(ctx context.Context) scope {
	sc, _ := ctx.Value(scopeKey).(scope)
	return sc
}

func withLoaders(ctx context.Context, l *load.Loaders) context.Context {
	return context.WithValue(ctx, loadersKey, l)
}

// loadersOf returns the operation's loaders; code paths outside an
// operation (never expected) get fresh ones rather than a nil pointer.
func (r *Resolver) loadersOf(ctx context.Context) *load.Loaders {
	if l, ok := ctx.Value(loadersKey).(*load.Loaders); ok {
		return l
	}
	return load.New(r.srv.reads(ctx), load.MinWait)
}

// withReads pins the request's reads to one database (see store.Pin).
func withReads(ctx context.Context, st *store.Store) context.Context {
	return context.WithValue(ctx, readsKey, st)
}

// reads is the store every read of the request goes through: one replica
// (or the primary) chosen when the request arrived. Writes, and reads that
// must see them, use s.db.Primary() instead.
func (s *Server) reads(ctx context.Context) *store.Store {
	if st, ok := ctx.Value(readsKey).(*store.Store); ok {
		return st
	}
	return s.db.Pin()
}

// endpoint serves GraphQL for the multi-chain endpoint or, with byChain,
// for the chain named by the {chain} path segment (a name or a chain id).
func (s *Server) endpoint(byChain bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sc := scope{deployment: s.cfg.Deployment}
		if byChain {
			name := r.PathValue("chain")
			c, ok, err := s.chains.lookup(r.Context(), name)
			if err != nil {
				s.log.Error("resolve chain endpoint", "chain", name, "err", err)
				writeError(w, http.StatusServiceUnavailable, "database unavailable")
				return
			}
			if !ok {
				writeError(w, http.StatusNotFound, fmt.Sprintf("subgraph `%s/%s` not found", s.cfg.Deployment, name))
				return
			}
			sc = scope{native: c.ID, deployment: s.cfg.Deployment + "/" + c.Name}
		}
		if r.Method == http.MethodGet && r.URL.RawQuery == "" && r.Header.Get("Upgrade") == "" &&
			strings.Contains(r.Header.Get("Accept"), "text/html") {
			playground.Handler("DiTo Graph: "+sc.deployment, r.URL.Path).ServeHTTP(w, r)
			return
		}
		if r.Body != nil && r.Method == http.MethodPost {
			if !s.limitBody(w, r) {
				return
			}
		}
		r = withBearer(r)
		// One database per request (per websocket connection for
		// subscriptions): chosen here, before anything is read.
		ctx := withReads(withScope(r.Context(), sc), s.db.Pin())
		s.gql.ServeHTTP(w, r.WithContext(ctx))
	})
}

// limitBody reads the body up to the limit, so an oversized request gets
// a clear error instead of a decoding failure half-way.
func (s *Server) limitBody(w http.ResponseWriter, r *http.Request) bool {
	max := s.cfg.MaxBodyBytes
	tooLarge := func() bool {
		writeError(w, http.StatusRequestEntityTooLarge,
			fmt.Sprintf("request body is larger than the limit of %d bytes", max))
		return false
	}
	if r.ContentLength > max {
		return tooLarge()
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, max+1))
	if err != nil {
		writeError(w, http.StatusBadRequest, "could not read the request body")
		return false
	}
	if int64(len(body)) > max {
		return tooLarge()
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	return true
}

// writeError answers with a GraphQL-shaped error, so clients that only
// parse {"errors":[...]} still show the reason.
func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]string{{"message": msg}}})
}

// chainNames maps endpoint path segments to chains, refreshed at most every
// few seconds (chains register while the server runs).
type chainNames struct {
	st *store.Store

	mu      sync.Mutex
	chains  []store.ChainStatus
	fetched time.Time
}

func newChainNames(st *store.Store) *chainNames { return &chainNames{st: st} }

const chainNamesTTL = 5 * time.Second

func (c *chainNames) lookup(ctx context.Context, name string) (store.ChainStatus, bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	find := func() (store.ChainStatus, bool) {
		for _, ch := range c.chains {
			if strings.EqualFold(ch.Name, name) || strconv.FormatUint(ch.ID, 10) == name {
				return ch, true
			}
		}
		return store.ChainStatus{}, false
	}
	if ch, ok := find(); ok && time.Since(c.fetched) < chainNamesTTL*12 {
		return ch, true, nil
	}
	if time.Since(c.fetched) < chainNamesTTL && c.chains != nil {
		return store.ChainStatus{}, false, nil
	}
	chains, err := c.st.ChainStatuses(ctx)
	if err != nil {
		return store.ChainStatus{}, false, err
	}
	c.chains, c.fetched = chains, time.Now()
	ch, ok := find()
	return ch, ok, nil
}
