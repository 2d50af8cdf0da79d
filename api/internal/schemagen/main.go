// Command schemagen writes api/filters.graphql: the filter inputs and order
// enums rendered from the store's entity descriptions. Run it through
// `go generate ./api` before gqlgen.
package main

import (
	"fmt"
	"os"

	"github.com/distributedtown/dito-graph/api/gqlschema"
)

func main() {
	out := "filters.graphql"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	text, err := gqlschema.RenderFilters()
	if err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(out, []byte(text), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
}
