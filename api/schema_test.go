package api

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"

	"github.com/distributedtown/dito-graph/api/gqlschema"
)

// api/filters.graphql is generated from the store's descriptions; a change
// to the store's entities must be followed by `go generate ./api`.
func TestFilterSchemaIsUpToDate(t *testing.T) {
	want, err := gqlschema.RenderFilters()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("filters.graphql")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Error("api/filters.graphql is stale: run go generate ./api")
	}
}

func TestAResolverPanicBecomesAnErrorAndTheServerGoesOn(t *testing.T) {
	a := newTestAPI(t, testConfig())
	a.srv.gql.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		if fc := graphql.GetFieldContext(ctx); fc != nil && fc.Field.Name == "chains" {
			panic("boom")
		}
		return next(ctx)
	})
	res := a.post(global, `{ chains { id } }`, nil)
	if len(res.Errors) != 1 || res.Errors[0].Message != "internal server error" {
		t.Errorf("panic: %s %v", res.Data, res.Errors)
	}
	res = a.post(global, `{ skills { id } }`, nil)
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data), `"id":35`) {
		t.Errorf("after a panic: %s %v", res.Data, res.Errors)
	}
}
