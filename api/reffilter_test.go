package api

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/distributedtown/dito-graph/api/model"
	"github.com/distributedtown/dito-graph/store"
)

// item is one listed entity with the id of one of its references (nil
// when the reference is null).
type item struct {
	id  string
	ref *string
}

// listRefs lists every entity of list with the id of its field (a
// reference), in id order.
func (a *testAPI) listRefs(path, list, field, args string) []item {
	a.t.Helper()
	var out struct{ Items []map[string]json.RawMessage }
	a.data(path, fmt.Sprintf(`{ items: %s(first: 1000, orderBy: id%s) { id %s { id } } }`, list, args, field), nil, &out)
	items := make([]item, len(out.Items))
	for i, it := range out.Items {
		_ = json.Unmarshal(it["id"], &items[i].id)
		var ref *struct{ ID string }
		_ = json.Unmarshal(it[field], &ref)
		if ref != nil {
			items[i].ref = &ref.ID
		}
	}
	return items
}

// textOps are The Graph's text filters on a reference, each with what it
// means for the id a client sees.
var textOps = []struct {
	suffix string
	match  func(id, v string) bool
}{
	{"contains", strings.Contains},
	{"contains_nocase", func(id, v string) bool { return strings.Contains(strings.ToLower(id), strings.ToLower(v)) }},
	{"not_contains", func(id, v string) bool { return !strings.Contains(id, v) }},
	{"not_contains_nocase", func(id, v string) bool { return !strings.Contains(strings.ToLower(id), strings.ToLower(v)) }},
	{"starts_with", strings.HasPrefix},
	{"starts_with_nocase", func(id, v string) bool { return strings.HasPrefix(strings.ToLower(id), strings.ToLower(v)) }},
	{"not_starts_with", func(id, v string) bool { return !strings.HasPrefix(id, v) }},
	{"not_starts_with_nocase", func(id, v string) bool { return !strings.HasPrefix(strings.ToLower(id), strings.ToLower(v)) }},
	{"ends_with", strings.HasSuffix},
	{"ends_with_nocase", func(id, v string) bool { return strings.HasSuffix(strings.ToLower(id), strings.ToLower(v)) }},
	{"not_ends_with", func(id, v string) bool { return !strings.HasSuffix(id, v) }},
	{"not_ends_with_nocase", func(id, v string) bool { return !strings.HasSuffix(strings.ToLower(id), strings.ToLower(v)) }},
}

// references lists every reference attribute of the listed entities.
var references = []struct{ list, field string }{
	{"towns", "creator"}, {"communities", "creator"},
	{"skillWallets", "owner"}, {"skillWallets", "activeCommunity"}, {"skillWallets", "town"},
	{"members", "skillWallet"},
	{"creditBalances", "holder"}, {"creditBalances", "town"},
	{"creditTransfers", "town"},
	{"gigs", "town"}, {"gigs", "creator"}, {"gigs", "taker"},
	{"projects", "town"},
	{"signals", "from"}, {"signals", "to"},
}

// Every text filter The Graph generates for a reference (creator_contains,
// owner_starts_with_nocase...) selects exactly the entities whose
// reference's id, as the endpoint shows it, matches; a null reference
// matches none of them.
func TestReferenceTextFiltersMatchTheIDsTheEndpointShows(t *testing.T) {
	cfg := testConfig()
	cfg.MaxAliases, cfg.MaxComplexity = 200, 1_000_000
	a := newTestAPI(t, cfg)
	for _, path := range []string{onPoly, global} {
		for _, r := range references {
			all := a.listRefs(path, r.list, r.field, "")
			if len(all) == 0 {
				t.Fatalf("%s %s: nothing listed", path, r.list)
			}
			// Values cut from the ids shown, in both cases, so that each
			// filter splits the list; and one that matches nothing.
			values := []string{"zz"}
			for _, it := range all {
				if it.ref != nil && len(values) < 4 {
					id := *it.ref
					values = append(values, id[:min(len(id), 7)], strings.ToUpper(id[max(0, len(id)-3):]), id[min(len(id), 4):min(len(id), 9)])
				}
			}
			var q strings.Builder
			q.WriteString("{")
			type check struct {
				alias, where string
				want         []string
			}
			var checks []check
			for i, op := range textOps {
				for j, v := range values {
					c := check{alias: fmt.Sprintf("q%d_%d", i, j), where: fmt.Sprintf("%s_%s: %q", r.field, op.suffix, v), want: []string{}}
					for _, it := range all {
						if it.ref != nil && op.match(*it.ref, v) {
							c.want = append(c.want, it.id)
						}
					}
					checks = append(checks, c)
					fmt.Fprintf(&q, " %s: %s(first: 1000, orderBy: id, where: {%s}) { id }", c.alias, r.list, c.where)
				}
			}
			q.WriteString(" }")
			var out map[string][]struct{ ID string }
			a.data(path, q.String(), nil, &out)
			for _, c := range checks {
				got := []string{}
				for _, it := range out[c.alias] {
					got = append(got, it.ID)
				}
				if !slices.Equal(got, c.want) {
					t.Errorf("%s %s(where: {%s}) = %v, want %v", path, r.list, c.where, got, c.want)
				}
			}
		}
	}
}

// walletKey orders SkillWallet ids as the API does: by chain, then token.
func walletKey(t *testing.T, native uint64, id string) (uint64, *big.Int) {
	t.Helper()
	k, err := model.ParseID(store.EntityWallet, native, id)
	if err != nil {
		t.Fatal(err)
	}
	return k[0].(uint64), k[1].(*big.Int)
}

// The legacy subgraph's Member.skillWallet is a reference like any other:
// compared by id, filtered through, and ordered by, always agreeing with
// the skillWallet field itself (also at blocks where a member had none).
func TestMemberSkillWalletFiltersAndOrdersAgreeWithTheField(t *testing.T) {
	cfg := testConfig()
	cfg.MaxAliases, cfg.MaxComplexity = 200, 1_000_000
	a := newTestAPI(t, cfg)
	for _, c := range []struct {
		path   string
		native uint64
		block  string
	}{{onPoly, polygon, ""}, {onPoly, polygon, ", block: {number: 1}"}, {onPoly, polygon, ", block: {number: 3}"}, {global, 0, ""}} {
		all := a.listRefs(c.path, "members", "skillWallet", c.block)
		cmpRef := func(it item, v string) int {
			ac, at := walletKey(t, c.native, *it.ref)
			bc, bt := walletKey(t, c.native, v)
			return cmp.Or(cmp.Compare(ac, bc), at.Cmp(bt))
		}
		var values []string
		for _, it := range all {
			if it.ref != nil {
				values = append(values, *it.ref)
			}
		}
		if len(values) == 0 {
			values = []string{"0x1"}
		}
		mid := values[len(values)/2]
		type check struct {
			where string
			keep  func(it item) bool
		}
		checks := []check{
			{fmt.Sprintf("skillWallet: %q", mid), func(it item) bool { return it.ref != nil && cmpRef(it, mid) == 0 }},
			{fmt.Sprintf("skillWallet_not: %q", mid), func(it item) bool { return it.ref == nil || cmpRef(it, mid) != 0 }},
			{fmt.Sprintf("skillWallet_gt: %q", mid), func(it item) bool { return it.ref != nil && cmpRef(it, mid) > 0 }},
			{fmt.Sprintf("skillWallet_lt: %q", mid), func(it item) bool { return it.ref != nil && cmpRef(it, mid) < 0 }},
			{fmt.Sprintf("skillWallet_gte: %q", mid), func(it item) bool { return it.ref != nil && cmpRef(it, mid) >= 0 }},
			{fmt.Sprintf("skillWallet_lte: %q", mid), func(it item) bool { return it.ref != nil && cmpRef(it, mid) <= 0 }},
			{fmt.Sprintf("skillWallet_in: [%q]", mid), func(it item) bool { return it.ref != nil && cmpRef(it, mid) == 0 }},
			{fmt.Sprintf("skillWallet_not_in: [%q]", mid), func(it item) bool { return it.ref == nil || cmpRef(it, mid) != 0 }},
			{"skillWallet: null", func(it item) bool { return it.ref == nil }},
			{"skillWallet_not: null", func(it item) bool { return it.ref != nil }},
			{fmt.Sprintf("skillWallet_: {id: %q}", mid), func(it item) bool { return it.ref != nil && cmpRef(it, mid) == 0 }},
		}
		var q strings.Builder
		q.WriteString("{")
		for i, ch := range checks {
			fmt.Fprintf(&q, " q%d: members(first: 1000, orderBy: id%s, where: {%s}) { id }", i, c.block, ch.where)
		}
		// Ordered by the reference, and through it, both ways.
		fmt.Fprintf(&q, " byRef: members(first: 1000, orderBy: skillWallet%s) { id }", c.block)
		fmt.Fprintf(&q, " byRefDesc: members(first: 1000, orderBy: skillWallet, orderDirection: desc%s) { id }", c.block)
		fmt.Fprintf(&q, " byCreated: members(first: 1000, orderBy: skillWallet__createdAtBlock, orderDirection: desc%s) { id skillWallet { createdAtBlock } } }", c.block)
		var out map[string][]struct {
			ID          string
			SkillWallet *struct{ CreatedAtBlock string }
		}
		a.data(c.path, q.String(), nil, &out)
		ids := func(key string) []string {
			got := []string{}
			for _, it := range out[key] {
				got = append(got, it.ID)
			}
			return got
		}
		for i, ch := range checks {
			want := []string{}
			for _, it := range all {
				if ch.keep(it) {
					want = append(want, it.id)
				}
			}
			if got := ids(fmt.Sprintf("q%d", i)); !slices.Equal(got, want) {
				t.Errorf("%s%s members(where: {%s}) = %v, want %v", c.path, c.block, ch.where, got, want)
			}
		}
		// As in Postgres, nulls (no wallet) sort last ascending, first
		// descending; ties go by id, in the same direction.
		byRef := slices.Clone(all)
		slices.SortStableFunc(byRef, func(x, y item) int {
			if x.ref == nil || y.ref == nil {
				return cmp.Compare(boolInt(x.ref == nil), boolInt(y.ref == nil))
			}
			return cmpRef(x, *y.ref)
		})
		want := make([]string, len(byRef))
		for i, it := range byRef {
			want[i] = it.id
		}
		if got := ids("byRef"); !slices.Equal(got, want) {
			t.Errorf("%s%s members(orderBy: skillWallet) = %v, want %v", c.path, c.block, got, want)
		}
		slices.Reverse(want)
		if got := ids("byRefDesc"); !slices.Equal(got, want) {
			t.Errorf("%s%s members(orderBy: skillWallet, desc) = %v, want %v", c.path, c.block, got, want)
		}
		last := ""
		for _, it := range out["byCreated"] {
			if it.SkillWallet == nil {
				continue
			}
			b := fmt.Sprintf("%020s", it.SkillWallet.CreatedAtBlock)
			if last != "" && b > last {
				t.Errorf("%s%s members(orderBy: skillWallet__createdAtBlock, desc): %v out of order", c.path, c.block, out["byCreated"])
			}
			last = b
		}
		if len(out["byCreated"]) != len(all) {
			t.Errorf("%s%s ordering through skillWallet lost members: %d of %d", c.path, c.block, len(out["byCreated"]), len(all))
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// communityHistory is a list of references: compared as a whole (in
// order), or by the ids it contains; ids compare as ids, so hex case does
// not matter and the _nocase forms equal the plain ones.
func TestCommunityHistoryListFiltersMatchTheList(t *testing.T) {
	cfg := testConfig()
	cfg.MaxAliases, cfg.MaxComplexity = 200, 1_000_000
	a := newTestAPI(t, cfg)
	for _, c := range []struct {
		path  string
		block string
	}{{onPoly, ""}, {onPoly, ", block: {number: 5}"}, {global, ""}} {
		var listed struct {
			Items []struct {
				ID               string
				CommunityHistory []struct{ ID string }
			}
		}
		a.data(c.path, fmt.Sprintf(`{ items: skillWallets(first: 1000, orderBy: id%s) { id communityHistory { id } } }`, c.block), nil, &listed)
		histories := map[string][]string{}
		var towns []string
		for _, w := range listed.Items {
			h := []string{}
			for _, tw := range w.CommunityHistory {
				h = append(h, tw.ID)
				if !slices.Contains(towns, tw.ID) {
					towns = append(towns, tw.ID)
				}
			}
			histories[w.ID] = h
		}
		if len(towns) < 2 {
			t.Fatalf("%s: the fixture's histories name %v", c.path, towns)
		}
		A, B := towns[0], towns[1]
		upper := A[:len(A)-40] + strings.ToUpper(A[len(A)-40:]) // the address's hex in upper case
		lists := [][]string{{}, {A}, {B}, {A, B}, {B, A}, {A, A}, {upper}, {upper, B}}
		same := strings.EqualFold
		contains := func(h, ids []string) bool {
			for _, id := range ids {
				if !slices.ContainsFunc(h, func(x string) bool { return same(x, id) }) {
					return false
				}
			}
			return true
		}
		equal := func(h, ids []string) bool { return slices.EqualFunc(h, ids, same) }
		ops := []struct {
			suffix string
			keep   func(h, ids []string) bool
		}{
			{"", equal},
			{"_not", func(h, ids []string) bool { return !equal(h, ids) }},
			{"_contains", contains},
			{"_contains_nocase", contains},
			{"_not_contains", func(h, ids []string) bool { return !contains(h, ids) }},
			{"_not_contains_nocase", func(h, ids []string) bool { return !contains(h, ids) }},
		}
		var q strings.Builder
		q.WriteString("{")
		type check struct {
			where string
			want  []string
		}
		var checks []check
		for _, op := range ops {
			for _, l := range lists {
				v, _ := json.Marshal(l)
				ch := check{where: fmt.Sprintf("communityHistory%s: %s", op.suffix, v), want: []string{}}
				for _, w := range listed.Items {
					if op.keep(histories[w.ID], l) {
						ch.want = append(ch.want, w.ID)
					}
				}
				fmt.Fprintf(&q, " q%d: skillWallets(first: 1000, orderBy: id%s, where: {%s}) { id }", len(checks), c.block, ch.where)
				checks = append(checks, ch)
			}
		}
		q.WriteString(" }")
		var out map[string][]struct{ ID string }
		a.data(c.path, q.String(), nil, &out)
		for i, ch := range checks {
			got := []string{}
			for _, it := range out[fmt.Sprintf("q%d", i)] {
				got = append(got, it.ID)
			}
			if !slices.Equal(got, ch.want) {
				t.Errorf("%s%s skillWallets(where: {%s}) = %v, want %v (histories %v)", c.path, c.block, ch.where, got, ch.want, histories)
			}
		}
	}
}
