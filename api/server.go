package api

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/distributedtown/dito-graph/api/generated"
	"github.com/distributedtown/dito-graph/api/load"
	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/explorer"
	"github.com/distributedtown/dito-graph/store"
)

// Config is what the API needs from the configuration: the request limits
// of config.API and the CORS origins of config.HTTP, plus a few knobs with
// defaults.
type Config struct {
	config.API
	// CORSOrigins are the origins browsers may call from ("*": any); they
	// also bound which origins may open a subscription websocket.
	CORSOrigins []string
	// MaxSkip bounds `skip` (default 5000, as The Graph).
	MaxSkip int
	// MaxFields bounds the field selections of one query (default 2000):
	// validating a query costs up to quadratic time in its fields.
	MaxFields int
	// Deployment names the endpoints in _meta and errors (default "dito").
	Deployment string
	// KeepAlive is the websocket keep-alive ping interval (default 15s).
	KeepAlive time.Duration
	// Observer receives per-operation metrics; nil records nothing.
	Observer Observer
}

// Observer receives what operators graph about the API; every method must
// be cheap.
type Observer interface {
	// Operation reports a finished query or mutation by its operation
	// name ("" when unnamed).
	Operation(name string, took time.Duration, failed bool)
	// Subscriptions reports subscriptions opening (+1) and ending (-1).
	Subscriptions(delta int)
}

type nopObserver struct{}

func (nopObserver) Operation(string, time.Duration, bool) {}
func (nopObserver) Subscriptions(int)                     {}

func (c Config) withDefaults() Config {
	d := config.Defaults().API
	c.MaxDepth = cmp.Or(c.MaxDepth, d.MaxDepth)
	c.MaxComplexity = cmp.Or(c.MaxComplexity, d.MaxComplexity)
	c.MaxFirst = cmp.Or(c.MaxFirst, d.MaxFirst)
	c.MaxAliases = cmp.Or(c.MaxAliases, d.MaxAliases)
	c.MaxBodyBytes = cmp.Or(c.MaxBodyBytes, d.MaxBodyBytes)
	c.QueryTimeout = cmp.Or(c.QueryTimeout, d.QueryTimeout)
	c.MaxSkip = cmp.Or(c.MaxSkip, 5000)
	c.MaxFields = cmp.Or(c.MaxFields, 2000)
	c.Deployment = cmp.Or(c.Deployment, "dito")
	c.KeepAlive = cmp.Or(c.KeepAlive, 15*time.Second)
	if c.Observer == nil {
		c.Observer = nopObserver{}
	}
	return c
}

// Server is the GraphQL API over one store.
type Server struct {
	cfg Config
	// db is the store as configured (possibly reading from replicas);
	// requests read through reads(ctx), never through db directly.
	db     *store.Store
	log    *slog.Logger
	gql    *handler.Server
	mux    *http.ServeMux
	hub    *hub
	chains *chainNames
	root   http.Handler
}

// New builds the API. Subscriptions receive events only while Run runs.
func New(cfg Config, st *store.Store, log *slog.Logger) (*Server, error) {
	if st == nil {
		return nil, errors.New("api: store is nil")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	s := &Server{cfg: cfg, db: st, log: log, mux: http.NewServeMux(), hub: newHub(st.Primary(), log), chains: newChainNames(st)}

	es := generated.NewExecutableSchema(generated.Config{Resolvers: &Resolver{srv: s}})
	gql := handler.New(es)
	patterns, err := originPatterns(cfg.CORSOrigins)
	if err != nil {
		return nil, err
	}
	gql.AddTransport(transport.Websocket{
		KeepAlivePingInterval: cfg.KeepAlive,
		InitTimeout:           10 * time.Second,
		Implementation: transport.CoderWebsocketImplementation{AcceptOptions: websocket.AcceptOptions{
			OriginPatterns:     patterns,
			InsecureSkipVerify: slices.Contains(cfg.CORSOrigins, "*"),
		}},
	})
	gql.AddTransport(transport.Options{})
	gql.AddTransport(transport.GET{})
	gql.AddTransport(transport.POST{})
	gql.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	gql.SetParserTokenLimit(50_000)
	gql.Use(extension.Introspection{})
	gql.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	gql.Use(newLimits(cfg))
	gql.AroundOperations(s.aroundOperation)
	gql.SetErrorPresenter(s.presentError)
	gql.SetRecoverFunc(s.recoverPanic)
	s.gql = gql

	s.mux.Handle("GET /{$}", playground.Handler("DiTo Graph", "/graphql"))
	s.mux.Handle("/graphql", s.endpoint(false))
	s.mux.Handle("/subgraphs/name/"+cfg.Deployment, s.endpoint(false))
	s.mux.Handle("/subgraphs/name/"+cfg.Deployment+"/{chain}", s.endpoint(true))
	s.mux.Handle("GET /explorer/", explorer.Handler("/explorer/"))
	s.mux.Handle("GET /explorer", http.RedirectHandler("/explorer/", http.StatusMovedPermanently))
	s.mux.HandleFunc("GET /healthz", Healthz)
	s.mux.Handle("GET /readyz", Readiness(st, cfg.MaxLag, log))
	s.root = recoverHTTP(log, cors(cfg.CORSOrigins, gzipped(s.mux)))
	return s, nil
}

// Handler serves every route: GraphiQL at /, GraphQL at /graphql and
// /subgraphs/name/dito[/<chain>], /healthz and /readyz, and whatever was
// mounted with Handle.
func (s *Server) Handler() http.Handler { return s.root }

// Handle mounts another handler (metrics, explorer) on the same mux, behind
// the same CORS and gzip middleware. Call it before serving.
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// Run keeps the subscriptions' LISTEN connection until ctx ends,
// reconnecting after failures.
func (s *Server) Run(ctx context.Context) error { return s.hub.run(ctx) }

// aroundOperation gives every operation its own loaders (so nothing is
// cached across requests or websocket operations) and bounds queries by
// the timeout; subscriptions live as long as the client wants.
func (s *Server) aroundOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	op := graphql.GetOperationContext(ctx)
	cost, _ := op.Stats.GetExtension(costExtension).(float64)
	ctx = withLoaders(ctx, load.New(s.reads(ctx), load.WaitFor(cost)))
	obs := s.cfg.Observer
	if op.Operation != nil && op.Operation.Operation == ast.Subscription {
		// The operation's context ends when the client completes the
		// subscription or goes away.
		obs.Subscriptions(1)
		context.AfterFunc(ctx, func() { obs.Subscriptions(-1) })
		return next(ctx)
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	h := next(ctx)
	timedOut := ctx
	return func(ctx context.Context) *graphql.Response {
		defer cancel()
		resp := h(ctx)
		// gqlgen answers nothing at all once the context is done; say why.
		if resp == nil && errors.Is(timedOut.Err(), context.DeadlineExceeded) {
			resp = &graphql.Response{Errors: gqlerror.List{{Message: fmt.Sprintf("query timed out after %s", s.cfg.QueryTimeout)}}}
		}
		obs.Operation(op.OperationName, time.Since(start), resp == nil || len(resp.Errors) > 0)
		return resp
	}
}

func originPatterns(origins []string) ([]string, error) {
	var out []string
	for _, o := range origins {
		if o == "*" {
			out = append(out, "*")
			continue
		}
		u, err := url.Parse(o)
		if err != nil || u.Host == "" {
			return nil, fmt.Errorf("api: CORS origin %q is not an origin like https://app.example.org", o)
		}
		out = append(out, u.Host)
	}
	return out, nil
}
