package api

import (
	"fmt"
	"strings"
	"testing"
)

func TestAnalyticsReadTheSkillGraphTables(t *testing.T) {
	a := newTestAPI(t, testConfig())
	A, B := hexOf(townA), hexOf(townB)

	a.jsonEq(onPoly, `{ town(id: "`+A+`") {
	    scarcity { score legacyScore variety coverage effectiveSkills parts { category subcategory skill } percentile volatile members
	               lacks { id name } excesses { id name category } district centrality }
	    neighbours { town { id chainId } weight probability }
	    signalsOut { id kind skill { name } to { id } probability scarcity reason }
	    signalsIn(orderBy: id) { id kind retracted retracts { id } }
	  } }`, nil, fmt.Sprintf(`{"town": {
	    "scarcity": {"score": 61, "legacyScore": 50, "variety": 0.39, "coverage": 0.125, "effectiveSkills": 4.5,
	      "parts": {"category": 0.1, "subcategory": 0.12, "skill": 0.17}, "percentile": 20, "volatile": true, "members": 1,
	      "lacks": [{"id": 24, "name": "Music"}], "excesses": [{"id": 15, "name": "Smart Contracts", "category": "DLT & Blockchain"}],
	      "district": null, "centrality": 0.5},
	    "neighbours": [{"town": {"id": %[2]q, "chainId": 137}, "weight": 0.4, "probability": 0.8},
	                   {"town": {"id": "100-%[1]s", "chainId": 100}, "weight": 0.1, "probability": 0.2}],
	    "signalsOut": [{"id": "1", "kind": "LACK", "skill": {"name": "Music"}, "to": {"id": %[2]q}, "probability": 0.8, "scarcity": 61,
	      "reason": "townA lacks Network Design; townB holds it"}],
	    "signalsIn": [{"id": "2", "kind": "EXCESS", "retracted": true, "retracts": null},
	                  {"id": "4", "kind": "RETRACTED", "retracted": false, "retracts": {"id": "2"}}]}}`, A, B))

	// A town the skill graph has not scored has no scarcity (never 100).
	a.jsonEq(onGno, `{ town(id: "`+A+`") { scarcity { score } neighbours { town { id } } } }`, nil,
		`{"town": {"scarcity": null, "neighbours": []}}`)
	a.jsonEq(onPoly, `{ town(id: "`+A+`") { neighbours(first: 1) { town { id } } } }`, nil,
		`{"town": {"neighbours": [{"town": {"id": "`+B+`"}}]}}`)

	// Wallets of current members: alice {15, 2}, bob {24}, carol {15, 30}, dave {0}.
	a.jsonEq(global, `{
	    p: skillProximity(a: 15, b: 2) { a { name } b { name } proximity holdersA holdersB both wallets }
	    q: skillProximity(a: 15, b: 24) { proximity both }
	    r: skillProximity(a: 30, b: 30) { proximity }
	  }`, nil, `{
	    "p": {"a": {"name": "Smart Contracts"}, "b": {"name": "Community Life"}, "proximity": 0.5, "holdersA": 2, "holdersB": 1, "both": 1, "wallets": 4},
	    "q": {"proximity": 0, "both": 0},
	    "r": {"proximity": 1}}`)
	if msg, want := a.errorOf(global, `{ skillProximity(a: 36, b: 1) { proximity } }`, nil), "a: skill id 36 outside taxonomy 0..35"; msg != want {
		t.Errorf("bad skill id: %q, want %q", msg, want)
	}
	a.jsonEq(global, fmt.Sprintf(`{ a: townProximity(a: "137-%[1]s", b: "137-%[2]s") { town { id } weight probability }
	    b: townProximity(a: "137-%[2]s", b: "100-%[1]s") { weight } }`, A, B), nil,
		fmt.Sprintf(`{"a": {"town": {"id": "137-%s"}, "weight": 0.4, "probability": 0.8}, "b": null}`, B))

	// Bots catch up with after: ids only grow.
	a.jsonEq(global, `{ signals(after: "1") { id kind chainId block from { id } to { id } } }`, nil, fmt.Sprintf(`{"signals": [
	    {"id": "2", "kind": "EXCESS", "chainId": 137, "block": "8", "from": {"id": "137-%[2]s"}, "to": {"id": "137-%[1]s"}},
	    {"id": "3", "kind": "NO_SUPPLIER", "chainId": 100, "block": "2", "from": {"id": "100-%[1]s"}, "to": null},
	    {"id": "4", "kind": "RETRACTED", "chainId": 137, "block": "8", "from": {"id": "137-%[2]s"}, "to": {"id": "137-%[1]s"}}]}`, A, B))
	a.jsonEq(global, `{ signals(first: 2, where: {kind_not: RETRACTED}, orderBy: id, orderDirection: desc) { id } signal(id: "3") { skill { id } reason } }`, nil,
		`{"signals": [{"id": "3"}, {"id": "2"}], "signal": {"skill": {"id": 0}, "reason": "nobody supplies Fun & Entertainment"}}`)
	// A chain endpoint lists the signals about its own towns.
	a.jsonEq(onGno, `{ signals { id } }`, nil, `{"signals": [{"id": "3"}]}`)

	a.jsonEq(global, `{ skills { id } skill(id: 30) { name subcategory category subcategoryId categoryId credits } }`, nil,
		`{"skills": [`+skillIDs()+`], "skill": {"name": "Biking", "subcategory": "Lifestyle", "category": "Art & Lifestyle",
		  "subcategoryId": 7, "categoryId": 2, "credits": 6}}`)
	a.jsonEq(onPoly, `{ skillWallet(id: "0x1") { skills { skill { id name } level } skillIds } }`, nil,
		`{"skillWallet": {"skills": [{"skill": {"id": 15, "name": "Smart Contracts"}, "level": 7}, {"skill": {"id": 2, "name": "Community Life"}, "level": 1}], "skillIds": [15, 2]}}`)
}

func skillIDs() string {
	var b strings.Builder
	for i := range 36 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"id": %d}`, i)
	}
	return b.String()
}
