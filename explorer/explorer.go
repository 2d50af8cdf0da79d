// Package explorer serves the web page where analysts look at the
// skill-proximity graph of towns (/explorer/). The page is a static bundle
// (web/, sigma.js + graphology, built with esbuild) that talks only to the
// public GraphQL API; the built files in dist/ are committed and embedded,
// so dito serves the page without Node. Rebuild after editing web/src:
//
//	go generate ./explorer
package explorer

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:generate sh -c "cd web && npm ci --no-audit --no-fund && npm run build"

//go:embed dist
var dist embed.FS

// Handler serves the page and its assets under prefix (such as
// "/explorer/").
func Handler(prefix string) http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the embed directive guarantees dist exists
	}
	files := http.StripPrefix(prefix, http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// The bundle's name does not change between builds: revalidate
		// rather than cache for long, so an upgraded dito serves its own.
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}
