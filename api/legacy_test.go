package api

import (
	"fmt"
	"strings"
	"testing"
)

// Queries as dApps wrote them against the SkillWallet subgraph on Polygon
// (https://thegraph.com/explorer/subgraph/skillwallet/skill-wallet), sent
// unchanged to the chain endpoint.
func TestLegacySubgraphQueriesWorkUnchangedOnTheChainEndpoint(t *testing.T) {
	a := newTestAPI(t, testConfig())
	A, B := hexOf(townA), hexOf(townB)

	t.Run("skillWallet by token id with its community", func(t *testing.T) {
		a.jsonEq(onPoly, `
			query SkillWallet($id: ID!) {
			  skillWallet(id: $id) {
			    id
			    owner { id }
			    activeCommunity { id name membershipAddress }
			    communityHistory { id }
			    activated
			    createdAt
			  }
			}`, map[string]any{"id": "0x3"}, fmt.Sprintf(`{"skillWallet": {
			  "id": "0x3", "owner": {"id": %q},
			  "activeCommunity": {"id": %q, "name": "", "membershipAddress": %q},
			  "communityHistory": [{"id": %q}, {"id": %q}],
			  "activated": true, "createdAt": "%d"}}`, hexOf(carol), B, B, A, B, blockTime(4)))
	})

	t.Run("communities newest first with creators and wallets", func(t *testing.T) {
		a.jsonEq(onPoly, `{
			  communities(first: 10, orderBy: createdAt, orderDirection: desc) {
			    id
			    name
			    ditoCredits
			    membershipAddress
			    createdAt
			    creator { id ditoCredits }
			    skillWallets { id activated }
			  }
			}`, nil, fmt.Sprintf(`{"communities": [
			  {"id": %[1]q, "name": "", "ditoCredits": "0", "membershipAddress": %[1]q, "createdAt": "%[3]d",
			   "creator": {"id": %[5]q, "ditoCredits": "0"},
			   "skillWallets": [{"id": "0x2", "activated": true}, {"id": "0x3", "activated": true}]},
			  {"id": %[2]q, "name": "", "ditoCredits": "96000000000000000000000", "membershipAddress": %[2]q, "createdAt": "%[4]d",
			   "creator": {"id": %[6]q, "ditoCredits": "1500000000000000000000"},
			   "skillWallets": [{"id": "0x1", "activated": true}]}]}`,
			B, A, blockTime(3), blockTime(1), hexOf(bob), hexOf(alice)))
	})

	t.Run("member by address", func(t *testing.T) {
		a.jsonEq(onPoly, `
			query Member($address: ID!) {
			  member(id: $address) { id ditoCredits skillWallet { id activeCommunity { id } } }
			}`, map[string]any{"address": hexOf(alice)}, fmt.Sprintf(`{"member": {"id": %q,
			  "ditoCredits": "1500000000000000000000", "skillWallet": {"id": "0x1", "activeCommunity": {"id": %q}}}}`,
			hexOf(alice), A))
	})

	t.Run("wallets of a community, filtered the subgraph way", func(t *testing.T) {
		a.jsonEq(onPoly, `
			query CommunityWallets($community: String!) {
			  skillWallets(where: { activeCommunity: $community, activated: true }, orderBy: createdAt, orderDirection: asc) {
			    id
			    owner { id skillWallet { id } }
			  }
			}`, map[string]any{"community": B}, fmt.Sprintf(`{"skillWallets": [
			  {"id": "0x2", "owner": {"id": %q, "skillWallet": {"id": "0x2"}}},
			  {"id": "0x3", "owner": {"id": %q, "skillWallet": {"id": "0x3"}}}]}`, hexOf(bob), hexOf(carol)))
	})

	t.Run("upper-case addresses and subgraphError are accepted", func(t *testing.T) {
		a.jsonEq(onPoly, fmt.Sprintf(`{ members(first: 1000, where: {id_in: [%q]}, subgraphError: allow) { id } }`,
			strings.ToUpper(hexOf(carol))), nil, `{"members": [{"id": "`+hexOf(carol)+`"}]}`)
		a.jsonEq(onPoly, fmt.Sprintf(`{ community(id: "0x%s") { id } }`, strings.ToUpper(A[2:])), nil,
			`{"community": {"id": "`+A+`"}}`)
	})

	t.Run("the same queries on another chain see that chain only", func(t *testing.T) {
		a.jsonEq(onGno, `{ skillWallets { id owner { id } activeCommunity { id } } communities { id creator { id } } }`, nil,
			fmt.Sprintf(`{"skillWallets": [{"id": "0x1", "owner": {"id": %[1]q}, "activeCommunity": {"id": %[2]q}}],
			  "communities": [{"id": %[2]q, "creator": {"id": %[1]q}}]}`, hexOf(dave), A))
	})
}

func TestIDsCarryTheChainOnTheMultiChainEndpoint(t *testing.T) {
	a := newTestAPI(t, testConfig())
	A, B := hexOf(townA), hexOf(townB)
	a.jsonEq(global, `{ towns(orderBy: id) { id chainId chain { id name } } }`, nil, fmt.Sprintf(`{"towns": [
	  {"id": "100-%[1]s", "chainId": 100, "chain": {"id": 100, "name": "gnosis"}},
	  {"id": "137-%[1]s", "chainId": 137, "chain": {"id": 137, "name": "polygon"}},
	  {"id": "137-%[2]s", "chainId": 137, "chain": {"id": 137, "name": "polygon"}}]}`, A, B))

	// The same token id exists on both chains; the prefix tells them apart.
	a.jsonEq(global, `{ p: skillWallet(id: "137-0x1") { id owner { id } } g: skillWallet(id: "100-0x1") { id owner { id } } }`, nil,
		fmt.Sprintf(`{"p": {"id": "137-0x1", "owner": {"id": "137-%s"}}, "g": {"id": "100-0x1", "owner": {"id": "100-%s"}}}`,
			hexOf(alice), hexOf(dave)))

	// Composite ids.
	a.jsonEq(global, `{ creditTransfers(orderBy: id) { id } gigs { id } projects { id } creditBalances(orderBy: amount, orderDirection: desc, first: 1) { id } }`, nil,
		fmt.Sprintf(`{"creditTransfers": [{"id": "137-2-0"}, {"id": "137-2-1"}, {"id": "137-5-3"}],
		  "gigs": [{"id": "137-%s-1"}], "projects": [{"id": "137-%s-1"}], "creditBalances": [{"id": "137-%s-%s"}]}`,
			hexOf(gigsA), hexOf(projects), hexOf(tokA), A))
	a.jsonEq(onPoly, `{ creditTransfer(id: "5-3") { id kind amount from to } }`, nil, fmt.Sprintf(
		`{"creditTransfer": {"id": "5-3", "kind": "SEND", "amount": "500000000000000000000", "from": %q, "to": %q}}`,
		hexOf(alice), hexOf(carol)))

	// Chain endpoints accept the prefixed form too.
	a.jsonEq(onPoly, `{ town(id: "137-`+A+`") { id } }`, nil, `{"town": {"id": "`+A+`"}}`)

	// A native id is ambiguous across chains.
	if msg, want := a.errorOf(global, `{ town(id: "`+A+`") { id } }`, nil), `invalid id "`+A+`": want <chainId>-<address>`; msg != want {
		t.Errorf("native id on the multi-chain endpoint: %q, want %q", msg, want)
	}
	if msg, want := a.errorOf(global, `{ skillWallet(id: "137-zz") { id } }`, nil), `invalid id "137-zz": want <chainId>-0x<token id in hex>`; msg != want {
		t.Errorf("malformed id: %q, want %q", msg, want)
	}
}
