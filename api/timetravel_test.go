package api

import (
	"fmt"
	"strings"
	"testing"
)

func TestTimeTravelShowsEachBlocksState(t *testing.T) {
	a := newTestAPI(t, testConfig())
	A, B := hexOf(townA), hexOf(townB)
	al, bo, ca := hexOf(alice), hexOf(bob), hexOf(carol)
	towns := `towns(orderBy: id, block: {number: %d}) { id membersCount members(orderBy: address) { id } }`

	for _, c := range []struct {
		block int
		want  string
	}{
		{1, `[{"id": %[1]q, "membersCount": 0, "members": []}]`},
		{3, `[{"id": %[1]q, "membersCount": 1, "members": [{"id": %[3]q}]}, {"id": %[2]q, "membersCount": 1, "members": [{"id": %[4]q}]}]`},
		{5, `[{"id": %[1]q, "membersCount": 2, "members": [{"id": %[5]q}, {"id": %[3]q}]}, {"id": %[2]q, "membersCount": 1, "members": [{"id": %[4]q}]}]`},
		{8, `[{"id": %[1]q, "membersCount": 1, "members": [{"id": %[3]q}]}, {"id": %[2]q, "membersCount": 2, "members": [{"id": %[4]q}, {"id": %[5]q}]}]`},
	} {
		a.jsonEq(onPoly, "{"+fmt.Sprintf(towns, c.block)+"}", nil, `{"towns": `+fmt.Sprintf(c.want, A, B, al, bo, ca)+`}`)
	}

	// Everything reached from a time-travelled root is read at that block.
	wallet := `{ skillWallet(id: "0x3", block: {number: %d}) { activeCommunity { id membersCount } communityHistory { id } owner { ditoCredits } } }`
	a.jsonEq(onPoly, fmt.Sprintf(wallet, 4), nil, fmt.Sprintf(
		`{"skillWallet": {"activeCommunity": {"id": %[1]q, "membersCount": 2}, "communityHistory": [{"id": %[1]q}], "owner": {"ditoCredits": "0"}}}`, A))
	a.jsonEq(onPoly, fmt.Sprintf(wallet, 6), nil, fmt.Sprintf(
		`{"skillWallet": {"activeCommunity": {"id": %[1]q, "membersCount": 2}, "communityHistory": [{"id": %[1]q}], "owner": {"ditoCredits": "500000000000000000000"}}}`, A))
	a.jsonEq(onPoly, strings.Replace(fmt.Sprintf(wallet, 0), ", block: {number: 0}", "", 1), nil, fmt.Sprintf(
		`{"skillWallet": {"activeCommunity": {"id": %[2]q, "membersCount": 2}, "communityHistory": [{"id": %[1]q}, {"id": %[2]q}], "owner": {"ditoCredits": "500000000000000000000"}}}`, A, B))
	a.jsonEq(onPoly, `{ skillWallet(id: "0x3", block: {number: 3}) { id } }`, nil, `{"skillWallet": null}`)

	gig := `{ gigs(block: {number: %d}) { status taker { id } } }`
	a.jsonEq(onPoly, fmt.Sprintf(gig, 4), nil, `{"gigs": []}`)
	a.jsonEq(onPoly, fmt.Sprintf(gig, 5), nil, `{"gigs": [{"status": "OPEN", "taker": null}]}`)
	a.jsonEq(onPoly, fmt.Sprintf(gig, 6), nil, `{"gigs": [{"status": "TAKEN", "taker": {"id": "`+ca+`"}}]}`)
	a.jsonEq(onPoly, `{ t: creditTransfers(block: {number: 4}) { id } p: projects(block: {number: 5}) { id } q: projects(block: {number: 6}) { id } }`, nil,
		`{"t": [{"id": "2-0"}, {"id": "2-1"}], "p": [], "q": [{"id": "`+hexOf(projects)+`-1"}]}`)
	a.jsonEq(onPoly, `{ town(id: "`+A+`", block: {number: 4}) { treasury credits(orderBy: amount) { amount } } }`, nil,
		`{"town": {"treasury": "96000000000000000000000", "credits": [{"amount": "2000000000000000000000"}, {"amount": "96000000000000000000000"}]}}`)

	// A block hash names the same state as its number.
	a.jsonEq(onPoly, fmt.Sprintf(`{ towns(block: {hash: %q}) { membersCount } }`, strings.ToLower(blockHash(polygon, 5).Hex())), nil,
		`{"towns": [{"membersCount": 2}, {"membersCount": 1}]}`)

	// Blocks not indexed yet are refused the way The Graph refuses them.
	msg := a.errorOf(onPoly, `{ towns(block: {number: 9}) { id } }`, nil)
	if want := "Failed to decode `block.number` value: `subgraph dito/polygon has only indexed up to block number 8 and data for block number 9 is therefore not yet available`"; msg != want {
		t.Errorf("future block: %q\nwant %q", msg, want)
	}
	a.jsonEq(onPoly, `{ towns(block: {number_gte: 8}) { membersCount } }`, nil, `{"towns": [{"membersCount": 1}, {"membersCount": 2}]}`)
	msg = a.errorOf(onPoly, `{ towns(block: {number_gte: 9}) { id } }`, nil)
	if want := "Failed to decode `block.number_gte` value: `subgraph dito/polygon has only indexed up to block number 8 and data for block number 9 is therefore not yet available`"; msg != want {
		t.Errorf("number_gte beyond the head: %q\nwant %q", msg, want)
	}
}

func TestTimeTravelOnTheMultiChainEndpointNamesTheChain(t *testing.T) {
	a := newTestAPI(t, testConfig())
	A, B := hexOf(townA), hexOf(townB)

	msg := a.errorOf(global, `{ towns(block: {number: 3}) { id } }`, nil)
	if want := "block needs `chain` on the multi-chain endpoint: block numbers differ between chains (indexed: 100, 137); or use /subgraphs/name/dito/<chain>"; msg != want {
		t.Errorf("block without chain: %q\nwant %q", msg, want)
	}
	// The block's chain restricts the answer to that chain.
	a.jsonEq(global, `{ towns(block: {number: 3, chain: 137}) { id membersCount } }`, nil,
		fmt.Sprintf(`{"towns": [{"id": "137-%s", "membersCount": 1}, {"id": "137-%s", "membersCount": 1}]}`, A, B))
	a.jsonEq(global, `{ towns(block: {number: 1, chain: 100}) { id creator { id } } }`, nil,
		fmt.Sprintf(`{"towns": [{"id": "100-%s", "creator": {"id": "100-%s"}}]}`, A, hexOf(dave)))
	// A hash names its chain.
	a.jsonEq(global, fmt.Sprintf(`{ towns(block: {hash: %q}) { id } }`, strings.ToLower(blockHash(gnosis, 2).Hex())), nil,
		fmt.Sprintf(`{"towns": [{"id": "100-%s"}]}`, A))
	// Without a block, every chain.
	a.jsonEq(global, `{ towns { id } }`, nil, fmt.Sprintf(`{"towns": [{"id": "100-%s"}, {"id": "137-%s"}, {"id": "137-%s"}]}`, A, A, B))

	for q, want := range map[string]string{
		`{ towns(block: {number: 1, chain: 137}) { id } }`: "block.chain 137 is not this endpoint's chain 100",
	} {
		if msg := a.errorOf(onGno, q, nil); msg != want {
			t.Errorf("%s: %q, want %q", q, msg, want)
		}
	}
	for q, want := range map[string]string{
		`{ towns(block: {number: 1, chain: 5}) { id } }`: "block.chain: chain 5 is not indexed here",
		`{ towns(block: {hash: "0x1234"}) { id } }`:      "a block hash has 32 bytes, not 2",
	} {
		if msg := a.errorOf(global, q, nil); msg != want {
			t.Errorf("%s: %q, want %q", q, msg, want)
		}
	}
}

func TestMetaReportsTheIndexedBlock(t *testing.T) {
	a := newTestAPI(t, testConfig())
	h := func(chain, n uint64) string { return strings.ToLower(blockHash(chain, n).Hex()) }
	meta := `{ _meta%s { block { number hash timestamp parentHash } deployment hasIndexingErrors chain { id lag } } }`
	a.jsonEq(onPoly, fmt.Sprintf(meta, ""), nil, fmt.Sprintf(`{"_meta": {"block": {"number": 8, "hash": %q, "timestamp": %d, "parentHash": %q},
	  "deployment": "dito/polygon", "hasIndexingErrors": false, "chain": {"id": 137, "lag": 4}}}`, h(137, 8), blockTime(8), h(137, 7)))
	a.jsonEq(onPoly, fmt.Sprintf(meta, "(block: {number: 5})"), nil, fmt.Sprintf(`{"_meta": {"block": {"number": 5, "hash": %q, "timestamp": %d, "parentHash": %q},
	  "deployment": "dito/polygon", "hasIndexingErrors": false, "chain": {"id": 137, "lag": 4}}}`, h(137, 5), blockTime(5), h(137, 4)))
	// The multi-chain endpoint shows the chain furthest behind its head
	// unless asked for one.
	a.jsonEq(global, `{ _meta { block { number } deployment } }`, nil, `{"_meta": {"block": {"number": 8}, "deployment": "dito/polygon"}}`)
	a.jsonEq(global, `{ _meta(chain: 100) { block { number } deployment chain { name lag } } }`, nil,
		`{"_meta": {"block": {"number": 2}, "deployment": "dito/gnosis", "chain": {"name": "gnosis", "lag": null}}}`)
	a.jsonEq(global, `{ chains { id name head indexedBlock lag lagSeconds } }`, nil, fmt.Sprintf(`{"chains": [
	  {"id": 100, "name": "gnosis", "head": null, "indexedBlock": 2, "lag": null, "lagSeconds": null},
	  {"id": 137, "name": "polygon", "head": 12, "indexedBlock": 8, "lag": 4, "lagSeconds": 48}]}`))
}
