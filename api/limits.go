package api

import (
	"context"
	"encoding/json"
	"math"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// limits rejects queries that would cost the server too much, each with a
// message that names the limit. Depth, aliases and the number of fields
// are checked on the raw document before gqlgen validates it (validation
// itself is super-linear in the number of fields); `first`, `skip` and the
// potential number of entities once it is validated, with variables known.
type limits struct {
	cfg Config
	// shapes caches measured documents by query text: frontends send the
	// same few queries over and over.
	shapes *lru.LRU[shape]
}

func newLimits(cfg Config) *limits {
	return &limits{cfg: cfg, shapes: lru.New[shape](1000)}
}

var (
	_ graphql.HandlerExtension          = (*limits)(nil)
	_ graphql.OperationParameterMutator = (*limits)(nil)
	_ graphql.OperationContextMutator   = (*limits)(nil)
)

func (l *limits) ExtensionName() string                   { return "DiToLimits" }
func (l *limits) Validate(graphql.ExecutableSchema) error { return nil }

func (l *limits) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if p.Query == "" {
		return nil // an APQ hash miss: gqlgen answers PersistedQueryNotFound
	}
	shape, ok := l.shapes.Get(ctx, p.Query)
	if !ok {
		doc, err := parser.ParseQuery(&ast.Source{Input: p.Query})
		if err != nil {
			return nil // gqlgen reports the syntax error
		}
		shape = measure(doc)
		l.shapes.Add(ctx, p.Query, shape)
	}
	switch {
	case shape.depth > l.cfg.MaxDepth:
		return gqlerror.Errorf("query has a depth of %d, which exceeds the limit of %d", shape.depth, l.cfg.MaxDepth)
	case shape.aliases > l.cfg.MaxAliases:
		return gqlerror.Errorf("query has %d aliases, which exceeds the limit of %d", shape.aliases, l.cfg.MaxAliases)
	case shape.fields > l.cfg.MaxFields:
		return gqlerror.Errorf("query selects %d fields, which exceeds the limit of %d", shape.fields, l.cfg.MaxFields)
	}
	return nil
}

func (l *limits) MutateOperationContext(_ context.Context, op *graphql.OperationContext) *gqlerror.Error {
	c := &costing{cfg: l.cfg, vars: op.Variables, memo: map[string]float64{}}
	cost := c.selections(op.Operation.SelectionSet)
	if c.err != nil {
		return c.err
	}
	op.Stats.SetExtension(costExtension, cost)
	if cost > float64(l.cfg.MaxComplexity) {
		return gqlerror.Errorf("query potentially returns `%.0f` entities or more and thereby exceeds the limit of `%d` entities",
			cost, l.cfg.MaxComplexity)
	}
	return nil
}

// costExtension keys the operation's estimated entity count in its stats,
// for sizing the loaders' batching window.
const costExtension = "DiToCost"

type shape struct {
	depth, aliases, fields int
}

// measure walks the raw document once; fragments are measured once each
// (memoised), so fragment fan-out cannot blow the walk up, and cycles
// (invalid anyway) stop the recursion.
func measure(doc *ast.QueryDocument) shape {
	frags := map[string]*ast.FragmentDefinition{}
	for _, f := range doc.Fragments {
		frags[f.Name] = f
	}
	memo := map[string]int{}
	visiting := map[string]bool{}
	var depthOf func(ast.SelectionSet) int
	fragDepth := func(name string) int {
		if d, ok := memo[name]; ok {
			return d
		}
		f, ok := frags[name]
		if !ok || visiting[name] {
			return 0
		}
		visiting[name] = true
		d := depthOf(f.SelectionSet)
		visiting[name] = false
		memo[name] = d
		return d
	}
	depthOf = func(set ast.SelectionSet) int {
		deepest := 0
		for _, sel := range set {
			d := 0
			switch s := sel.(type) {
			case *ast.Field:
				if strings.HasPrefix(s.Name, "__") {
					continue // introspection is bounded by gqlgen's own rule
				}
				d = 1 + depthOf(s.SelectionSet)
			case *ast.InlineFragment:
				d = depthOf(s.SelectionSet)
			case *ast.FragmentSpread:
				d = fragDepth(s.Name)
			}
			deepest = max(deepest, d)
		}
		return deepest
	}
	var out shape
	var count func(ast.SelectionSet)
	count = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				out.fields++
				if s.Alias != "" && s.Alias != s.Name {
					out.aliases++
				}
				count(s.SelectionSet)
			case *ast.InlineFragment:
				count(s.SelectionSet)
			}
		}
	}
	for _, op := range doc.Operations {
		out.depth = max(out.depth, depthOf(op.SelectionSet))
		count(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		count(f.SelectionSet)
	}
	return out
}

// costing estimates how many entities a validated operation may return:
// a list field multiplies what its selection costs by its `first`.
type costing struct {
	cfg  Config
	vars map[string]any
	memo map[string]float64
	err  *gqlerror.Error
}

func (c *costing) selections(set ast.SelectionSet) float64 {
	var total float64
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			total += c.field(s)
		case *ast.InlineFragment:
			total += c.selections(s.SelectionSet)
		case *ast.FragmentSpread:
			if v, ok := c.memo[s.Name]; ok {
				total += v
				continue
			}
			if s.Definition == nil {
				continue
			}
			c.memo[s.Name] = 0 // cycles are invalid; never loop on one
			v := c.selections(s.Definition.SelectionSet)
			c.memo[s.Name] = v
			total += v
		}
	}
	return min(total, math.MaxFloat64/2)
}

func (c *costing) field(f *ast.Field) float64 {
	if len(f.SelectionSet) == 0 || f.Definition == nil || strings.HasPrefix(f.Name, "__") {
		return 0
	}
	args := f.ArgumentMap(c.vars)
	mult := 1.0
	if v, ok := args["first"]; ok {
		n, ok := intArg(v)
		if ok && (n < 0 || n > int64(c.cfg.MaxFirst)) && c.err == nil {
			c.err = gqlerror.Errorf("The `first` argument must be between 0 and %d, but is %d", c.cfg.MaxFirst, n)
		}
		if ok && f.Definition.Type.Elem != nil {
			mult = float64(max(n, 0))
		}
	}
	if v, ok := args["skip"]; ok {
		if n, ok := intArg(v); ok && (n < 0 || n > int64(c.cfg.MaxSkip)) && c.err == nil {
			c.err = gqlerror.Errorf("The `skip` argument must be between 0 and %d, but is %d", c.cfg.MaxSkip, n)
		}
	}
	return mult * (1 + c.selections(f.SelectionSet))
}

// intArg reads an Int argument whatever its Go form (literal or variable).
func intArg(v any) (int64, bool) {
	switch n := v.(type) {
	case int64:
		return n, true
	case int:
		return int64(n), true
	case int32:
		return int64(n), true
	case float64:
		return int64(n), n == math.Trunc(n)
	case json.Number:
		i, err := n.Int64()
		return i, err == nil
	}
	return 0, false
}

// checkPage applies the same bounds inside resolvers (defence in depth:
// the walk above already rejected the operation).
func (r *Resolver) checkPage(skip, first *int, defFirst int) (int, int, error) {
	f, s := defFirst, 0
	if first != nil {
		f = *first
	}
	if skip != nil {
		s = *skip
	}
	if f < 0 || f > r.srv.cfg.MaxFirst {
		return 0, 0, badRequest("The `first` argument must be between 0 and %d, but is %d", r.srv.cfg.MaxFirst, f)
	}
	if s < 0 || s > r.srv.cfg.MaxSkip {
		return 0, 0, badRequest("The `skip` argument must be between 0 and %d, but is %d", r.srv.cfg.MaxSkip, s)
	}
	return s, f, nil
}
