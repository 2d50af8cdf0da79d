package api

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// ids runs `{ list(args) { id } }` and returns the ids in order.
func (a *testAPI) ids(path, list, args string) []string {
	a.t.Helper()
	q := fmt.Sprintf(`{ items: %s(%s) { id } }`, list, args)
	var out struct{ Items []struct{ ID string } }
	a.data(path, q, nil, &out)
	ids := make([]string, len(out.Items))
	for i, it := range out.Items {
		ids[i] = it.ID
	}
	return ids
}

func TestWhereFiltersSelectExactlyTheMatchingEntities(t *testing.T) {
	a := newTestAPI(t, testConfig())
	A, B, G := hexOf(townA), hexOf(townB), "100-"+hexOf(townA)
	none := []string{}
	cases := []struct {
		list, where string
		want        []string
	}{
		// ID
		{"towns", `{id: "` + A + `"}`, []string{A}},
		{"towns", `{id_not: "` + A + `"}`, []string{B}},
		{"towns", `{id_gt: "` + A + `"}`, []string{B}},
		{"towns", `{id_lt: "` + B + `"}`, []string{A}},
		{"towns", `{id_gte: "` + A + `"}`, []string{A, B}},
		{"towns", `{id_lte: "` + A + `"}`, []string{A}},
		{"towns", `{id_in: ["` + A + `", "0x00000000000000000000000000000000000000ff"]}`, []string{A}},
		{"towns", `{id_not_in: ["` + A + `"]}`, []string{B}},
		// Int
		{"towns", `{membersCount: 2}`, []string{B}},
		{"towns", `{membersCount_not: 1}`, []string{B}},
		{"towns", `{membersCount_gt: 1}`, []string{B}},
		{"towns", `{membersCount_lt: 2}`, []string{A}},
		{"towns", `{membersCount_gte: 1}`, []string{A, B}},
		{"towns", `{membersCount_lte: 1}`, []string{A}},
		{"towns", `{membersCount_in: [1, 5]}`, []string{A}},
		{"towns", `{membersCount_not_in: [1]}`, []string{B}},
		// BigInt
		{"towns", `{communityId: "2"}`, []string{B}},
		{"towns", `{communityId_gt: "1"}`, []string{B}},
		{"towns", `{communityId_in: ["1", "7"]}`, []string{A}},
		{"towns", fmt.Sprintf(`{createdAt_gte: "%d"}`, blockTime(3)), []string{B}},
		{"creditTransfers", `{amount_gt: "1000000000000000000000"}`, []string{"2-0", "2-1"}},
		{"creditTransfers", `{amount_lte: "500000000000000000000"}`, []string{"5-3"}},
		// String and its nocase forms
		{"towns", `{metadataUri: "ipfs://QmTownB-ART"}`, []string{B}},
		{"towns", `{metadataUri_not: "ipfs://QmTownB-ART"}`, []string{A}},
		{"towns", `{metadataUri_gt: "ipfs://QmTownA"}`, []string{A, B}},
		{"towns", `{metadataUri_lt: "ipfs://QmTownB"}`, []string{A}},
		{"towns", `{metadataUri_in: ["ipfs://QmTownB-ART", "x"]}`, []string{B}},
		{"towns", `{metadataUri_not_in: ["ipfs://QmTownB-ART"]}`, []string{A}},
		{"towns", `{metadataUri_contains: "Town"}`, []string{A, B}},
		{"towns", `{metadataUri_contains: "art"}`, none},
		{"towns", `{metadataUri_contains_nocase: "art"}`, []string{B}},
		{"towns", `{metadataUri_not_contains: "Local"}`, []string{B}},
		{"towns", `{metadataUri_not_contains_nocase: "LOCAL"}`, []string{B}},
		{"towns", `{metadataUri_starts_with: "ipfs://QmTownA"}`, []string{A}},
		{"towns", `{metadataUri_starts_with_nocase: "IPFS://QMTOWNB"}`, []string{B}},
		{"towns", `{metadataUri_not_starts_with: "ipfs://QmTownA"}`, []string{B}},
		{"towns", `{metadataUri_not_starts_with_nocase: "IPFS://QMTOWNA"}`, []string{B}},
		{"towns", `{metadataUri_ends_with: "ART"}`, []string{B}},
		{"towns", `{metadataUri_ends_with_nocase: "-local"}`, []string{A}},
		{"towns", `{metadataUri_not_ends_with: "ART"}`, []string{A}},
		{"towns", `{metadataUri_not_ends_with_nocase: "-art"}`, []string{A}},
		// LIKE wildcards are plain characters.
		{"towns", `{metadataUri_contains: "%"}`, none},
		{"towns", `{metadataUri_starts_with: "ipfs://_"}`, none},
		// Bytes
		{"towns", `{address: "` + B + `"}`, []string{B}},
		{"towns", `{address_contains: "0xb2"}`, []string{B}},
		{"towns", `{address_not_contains: "0xb2"}`, []string{A}},
		{"towns", `{address_in: ["` + A + `"]}`, []string{A}},
		{"towns", `{address_gt: "` + A + `"}`, []string{B}},
		{"creditTransfers", `{from: "0x0000000000000000000000000000000000000000"}`, []string{"2-0", "2-1"}},
		{"creditTransfers", `{to_in: ["` + hexOf(carol) + `"]}`, []string{"5-3"}},
		// References (by id, as a String) and null
		{"towns", `{creator: "` + hexOf(alice) + `"}`, []string{A}},
		{"towns", `{creator_not: "` + hexOf(alice) + `"}`, []string{B}},
		{"towns", `{creator_in: ["` + hexOf(bob) + `"]}`, []string{B}},
		{"towns", `{creditsToken: null}`, none},
		{"towns", `{creditsToken_not: null}`, []string{A, B}},
		{"gigs", `{taker: null}`, none},
		{"skillWallets", `{activeCommunity: "` + B + `"}`, []string{"0x2", "0x3"}},
		{"skillWallets", `{owner_not_in: ["` + hexOf(alice) + `"]}`, []string{"0x2", "0x3"}},
		// Boolean, enums, int lists
		{"skillWallets", `{activated: true}`, []string{"0x1", "0x2", "0x3"}},
		{"skillWallets", `{activated_not: true}`, none},
		{"skillWallets", `{activated_in: [false]}`, none},
		{"skillWallets", `{activated_not_in: [false]}`, []string{"0x1", "0x2", "0x3"}},
		{"skillWallets", `{skillIds_contains: [15]}`, []string{"0x1", "0x3"}},
		{"skillWallets", `{skillIds_contains: [15, 30]}`, []string{"0x3"}},
		{"skillWallets", `{skillIds_not_contains: [15]}`, []string{"0x2"}},
		{"skillWallets", `{skillIds: [24]}`, []string{"0x2"}},
		{"skillWallets", `{skillIds_not: [24]}`, []string{"0x1", "0x3"}},
		{"gigs", `{status: COMPLETED}`, []string{hexOf(gigsA) + "-1"}},
		{"gigs", `{status_not_in: [COMPLETED, VALIDATED]}`, none},
		{"creditTransfers", `{kind_in: [SEND, BURN]}`, []string{"5-3"}},
		{"creditTransfers", `{kind_not: SEND}`, []string{"2-0", "2-1"}},
		{"skillWallets", `{_change_block: {number_gte: 4}}`, []string{"0x1", "0x3"}},
		{"skillWallets", `{_change_block: {number_gte: 5}}`, []string{"0x3"}},
		// Nested filters through references and relations
		{"towns", `{creator_: {address: "` + hexOf(bob) + `"}}`, []string{B}},
		{"towns", `{members_: {address: "` + hexOf(carol) + `"}}`, []string{B}},
		{"towns", `{skillWallets_: {skillIds_contains: [24]}}`, []string{B}},
		{"towns", `{gigs_: {status: COMPLETED}}`, []string{A}},
		{"towns", `{credits_: {amount_gte: "96000000000000000000000"}}`, []string{A}},
		{"skillWallets", `{activeCommunity_: {metadataUri_contains_nocase: "art"}}`, []string{"0x2", "0x3"}},
		{"skillWallets", `{owner_: {ditoCredits_gt: "0"}}`, []string{"0x1", "0x3"}},
		{"skillWallets", `{communityHistory_: {address: "` + A + `"}}`, []string{"0x1", "0x3"}},
		{"members", `{communities_: {communityId: "1"}}`, []string{hexOf(alice)}},
		{"members", `{skillWallet_: {skillIds_contains: [30]}}`, []string{hexOf(carol)}},
		{"members", `{ditoCredits_gte: "500000000000000000000"}`, []string{hexOf(carol), hexOf(alice)}},
		// and / or
		{"towns", `{or: [{membersCount: 1}, {metadataUri_contains: "ART"}]}`, []string{A, B}},
		{"towns", `{and: [{membersCount_gte: 1}, {metadataUri_contains: "ART"}]}`, []string{B}},
		{"towns", `{membersCount_gte: 1, or: [{id: "` + A + `"}, {communityId: "9"}]}`, []string{A}},
		{"towns", `{or: [{and: [{membersCount: 2}, {template: 2}]}, {creator_: {address: "` + hexOf(alice) + `"}}]}`, []string{A, B}},
		{"towns", `{or: []}`, none},
	}
	for _, c := range cases {
		got := a.ids(onPoly, c.list, "orderBy: id, where: "+c.where)
		if !slices.Equal(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
			t.Errorf("%s(where: %s) = %v, want %v", c.list, c.where, got, c.want)
		}
	}

	// Floats, on the multi-chain endpoint (signals span chains).
	for where, want := range map[string][]string{
		`{probability_gte: 0.8}`:                     {"1", "2"},
		`{probability_lt: 0.5, kind_not: RETRACTED}`: {"3"},
		`{retracted: true}`:                          {"2"},
		`{from: "` + G + `"}`:                        {"3"},
		`{to_: {address: "` + B + `"}}`:              {"1"},
		`{skill_in: [15, 0]}`:                        {"2", "3", "4"},
	} {
		if got := a.ids(global, "signals", "where: "+where); !slices.Equal(got, want) {
			t.Errorf("signals(where: %s) = %v, want %v", where, got, want)
		}
	}

	// Variables reach the same parser as literals.
	var out struct{ Towns []struct{ ID string } }
	a.data(onPoly, `query($w: Town_filter) { towns(where: $w) { id } }`,
		map[string]any{"w": map[string]any{"metadataUri_contains_nocase": "ART", "membersCount_in": []int{2}}}, &out)
	if len(out.Towns) != 1 || out.Towns[0].ID != B {
		t.Errorf("filter from variables: %+v", out.Towns)
	}
}

func TestOrderingAndPagination(t *testing.T) {
	a := newTestAPI(t, testConfig())
	A, B := hexOf(townA), hexOf(townB)
	cases := []struct {
		list, args string
		want       []string
	}{
		{"towns", `orderBy: membersCount, orderDirection: desc`, []string{B, A}},
		{"towns", `orderBy: createdAt`, []string{A, B}},
		{"towns", `orderDirection: desc`, []string{B, A}},
		{"skillWallets", `orderBy: activeCommunity__createdAt, orderDirection: desc`, []string{"0x3", "0x2", "0x1"}},
		{"skillWallets", `orderBy: activeCommunity__membersCount`, []string{"0x1", "0x2", "0x3"}},
		{"skillWallets", `orderBy: owner__ditoCredits, orderDirection: desc`, []string{"0x1", "0x3", "0x2"}},
		{"creditBalances", `orderBy: amount, orderDirection: desc`, []string{
			hexOf(tokA) + "-" + A, hexOf(tokA) + "-" + hexOf(alice), hexOf(tokA) + "-" + hexOf(carol)}},
		{"skillWallets", `first: 2, skip: 1`, []string{"0x2", "0x3"}},
		{"skillWallets", `first: 1, where: {id_gt: "0x1"}`, []string{"0x2"}},
		{"skillWallets", `first: 0`, []string{}},
		{"skillWallets", `skip: 5`, []string{}},
		{"creditTransfers", `orderBy: timestamp, orderDirection: desc, first: 2`, []string{"5-3", "2-1"}},
	}
	for _, c := range cases {
		if got := a.ids(onPoly, c.list, c.args); !slices.Equal(got, c.want) {
			t.Errorf("%s(%s) = %v, want %v", c.list, c.args, got, c.want)
		}
	}

	// Paging through every wallet of every chain with id_gt visits each
	// once, in id order (chain, then token id).
	var seen []string
	last := ""
	for {
		args := `first: 1, orderBy: id`
		if last != "" {
			args += `, where: {id_gt: "` + last + `"}`
		}
		page := a.ids(global, "skillWallets", args)
		if len(page) == 0 {
			break
		}
		seen = append(seen, page...)
		last = page[0]
	}
	if want := []string{"100-0x1", "137-0x1", "137-0x2", "137-0x3"}; !slices.Equal(seen, want) {
		t.Errorf("id_gt paging = %v, want %v", seen, want)
	}

	// Nested lists take the same arguments, per parent.
	var out struct {
		Towns []struct {
			ID      string
			Members []struct{ ID string }
		}
	}
	a.data(onPoly, `{ towns(orderBy: id) { id members(first: 1, orderBy: address, orderDirection: desc) { id } } }`, nil, &out)
	got, _ := json.Marshal(out.Towns)
	want := fmt.Sprintf(`[{"ID":%q,"Members":[{"ID":%q}]},{"ID":%q,"Members":[{"ID":%q}]}]`, A, hexOf(alice), B, hexOf(carol))
	if string(got) != want {
		t.Errorf("nested first/orderBy: %s, want %s", got, want)
	}

	msg := a.errorOf(onPoly, `{ towns(orderBy: nope) { id } }`, nil)
	if !strings.Contains(msg, "nope") {
		t.Errorf("unknown orderBy: %q", msg)
	}
}
