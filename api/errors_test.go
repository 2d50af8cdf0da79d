package api

import (
	"encoding/json"
	"strings"
	"testing"
)

// A client's mistake is answered as The Graph answers it: the message says
// what is wrong and nothing else (no "input:1:3:" position, no internal
// classification), and where it happened travels in path and locations.
func TestClientErrorsAreCleanMessagesWithPathAndLocation(t *testing.T) {
	a := newTestAPI(t, testConfig())
	manyOr := "{or: [" + strings.Repeat("{membersCount: 1}, ", 300) + "]}"
	cases := []struct {
		name, path, query string
		vars              map[string]any
		want              string // the whole error, as JSON
	}{
		{name: "malformed town id", path: global, query: `{ town(id: "zz") { id } }`,
			want: `{"message": "invalid id \"zz\": want <chainId>-<address>", "path": ["town"], "locations": [{"line": 1, "column": 3}]}`},
		{name: "malformed wallet id", path: global, query: `{ skillWallet(id: "137-zz") { id } }`,
			want: `{"message": "invalid id \"137-zz\": want <chainId>-0x<token id in hex>", "path": ["skillWallet"], "locations": [{"line": 1, "column": 3}]}`},
		{name: "native id on the multi-chain endpoint", path: global, query: `{ town(id: "` + hexOf(townA) + `") { id } }`,
			want: `{"message": "invalid id \"` + hexOf(townA) + `\": want <chainId>-<address>", "path": ["town"], "locations": [{"line": 1, "column": 3}]}`},
		{name: "malformed id in a filter", path: onPoly, query: `{ towns(where: {id: "zz"}) { id } }`,
			want: `{"message": "where.id: invalid id \"zz\": want <chainId>-<address> or the same without the chain id", "path": ["towns"], "locations": [{"line": 1, "column": 3}]}`},
		{name: "too many conditions", path: onPoly, query: `{ towns(where: ` + manyOr + `) { id } }`,
			want: `{"message": "filter has more than 256 conditions", "path": ["towns"], "locations": [{"line": 1, "column": 3}]}`},
		{name: "NUL in a string filter", path: onPoly, query: `{ towns(where: {metadataUri_contains: "\u0000"}) { id } }`,
			want: `{"message": "a String cannot contain the NUL character \\u0000 (Postgres text cannot hold it)", "path": ["towns", "where", "metadataUri_contains"]}`},
		{name: "NUL in a variable", path: onPoly, query: `query($w: Town_filter) { towns(where: $w) { id } }`,
			vars: map[string]any{"w": map[string]any{"creator_in": []string{"x", "a\x00"}}},
			want: `{"message": "a String cannot contain the NUL character \\u0000 (Postgres text cannot hold it)", "path": ["towns", "where", "creator_in", 1]}`},
		{name: "unknown skill", path: global, query: `{ skillProximity(a: 36, b: 1) { proximity } }`,
			want: `{"message": "a: skill id 36 outside taxonomy 0..35", "path": ["skillProximity"], "locations": [{"line": 1, "column": 3}]}`},
		{name: "_meta of an unknown chain names the chain argument", path: global, query: `{ _meta(chain: 5) { block { number } } }`,
			want: `{"message": "chain: chain 5 is not indexed here", "path": ["_meta"], "locations": [{"line": 1, "column": 3}]}`},
		{name: "_meta of another endpoint's chain", path: onGno, query: `{ _meta(chain: 137) { block { number } } }`,
			want: `{"message": "chain 137 is not this endpoint's chain 100", "path": ["_meta"], "locations": [{"line": 1, "column": 3}]}`},
		{name: "_meta with block.chain", path: global, query: `{ _meta(block: {chain: 5}) { block { number } } }`,
			want: `{"message": "block.chain: chain 5 is not indexed here", "path": ["_meta"], "locations": [{"line": 1, "column": 3}]}`},
		{name: "time travel to an unknown chain", path: global, query: `{ towns(block: {number: 1, chain: 5}) { id } }`,
			want: `{"message": "block.chain: chain 5 is not indexed here", "path": ["towns"], "locations": [{"line": 1, "column": 3}]}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := a.post(c.path, c.query, c.vars)
			if len(res.Errors) != 1 {
				t.Fatalf("errors %+v, want one", res.Errors)
			}
			got, _ := json.Marshal(res.Errors[0])
			var g, w any
			_ = json.Unmarshal(got, &g)
			if err := json.Unmarshal([]byte(c.want), &w); err != nil {
				t.Fatal(err)
			}
			gj, _ := json.Marshal(g)
			wj, _ := json.Marshal(w)
			if string(gj) != string(wj) {
				t.Errorf("error\n got %s\nwant %s", gj, wj)
			}
		})
	}
}
