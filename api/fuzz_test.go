package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/distributedtown/dito-graph/store"
)

var fuzzEntities = []string{store.EntityTown, store.EntityAccount, store.EntityWallet, store.EntityBalance,
	store.EntityTransfer, store.EntityGig, store.EntityProject, store.EntitySignal}

var placeholder = regexp.MustCompile(`\$(\d+)`)

// FuzzWhereToSQL feeds arbitrary JSON `where` objects through the filter
// parser and the SQL builder: they must never panic, must reject what they
// cannot express as a client error (a NUL character anywhere, which no
// Postgres text holds, included), and must never put a value into the SQL
// text (every value is a bound parameter).
//
//	go test ./api -run '^$' -fuzz FuzzWhereToSQL -fuzztime 60s
func FuzzWhereToSQL(f *testing.F) {
	seeds := []string{
		`{"id": "137-0x00000000000000000000000000000000000000a1"}`,
		`{"metadataUri_contains_nocase": "'; DROP TABLE towns; --", "membersCount_in": [1, 2]}`,
		`{"or": [{"creator": "0x0000000000000000000000000000000000a11ce0"}, {"communityId_gt": "7"}]}`,
		`{"members_": {"address": "0x00000000000000000000000000000000000ca201", "skillWallet_": {"skillIds_contains": [15]}}}`,
		`{"activeCommunity_": {"name_ends_with": "x"}, "activated": true, "_change_block": {"number_gte": 4}}`,
		`{"amount_gte": "1000000000000000000000", "kind_not_in": ["MINT"], "from": "0x00"}`,
		`{"and": [{"or": []}, {"id_not_in": ["1-2-3"]}], "probability_lt": 0.5}`,
		`{"status": "OPEN", "taker": null, "credits_not": null}`,
		`{"skillIds": [1e400], "tokenId": 1.5, "id_gt": {"x": 1}}`,
		`{"town_": {"members_": {"communities_": {"gigs_": {"creator_": {"id": "1-0x"}}}}}}`,
	}
	for i, s := range seeds {
		f.Add(uint8(i), i%2 == 0, []byte(s))
	}
	// Seeds for one entity each: NUL characters (which no Postgres text
	// holds) in text filters, and the reference filters.
	for _, s := range []struct {
		entity string
		where  string
	}{
		{store.EntityTown, `{"metadataUri_contains": "\u0000"}`},
		{store.EntityTown, `{"or": [{"name_in": ["ok", "a\u0000b"]}], "creator_starts_with_nocase": "0x"}`},
		{store.EntityTown, `{"creator_not_ends_with": "\u0000"}`},
		{store.EntitySignal, `{"reason_not_contains_nocase": "x\u0000", "to_starts_with": "137-"}`},
		{store.EntityWallet, `{"owner_ends_with": "a1", "activeCommunity_not_contains": "\u0000"}`},
		{store.EntityWallet, `{"communityHistory_contains": ["137-0x00000000000000000000000000000000000000a1"], "communityHistory_not": []}`},
		{store.EntityAccount, `{"skillWallet_gt": "0x1", "skillWallet_": {"communityHistory_": {"name": "\u0000"}}}`},
	} {
		f.Add(uint8(slices.Index(fuzzEntities, s.entity)), true, []byte(s.where))
	}
	f.Fuzz(func(t *testing.T, which uint8, native bool, raw []byte) {
		var where map[string]any
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		if dec.Decode(&where) != nil {
			return
		}
		entity := fuzzEntities[int(which)%len(fuzzEntities)]
		chain := uint64(0)
		if native {
			chain = 137
		}
		filter, err := parseWhere(entity, chain, where)
		if err != nil {
			if !isClientError(err) {
				t.Fatalf("parse %s: not a client error: %v", raw, err)
			}
			return
		}
		block := uint64(5)
		sql, args, err := store.SelectSQL(entity, store.Query{Where: filter, First: 10, Skip: 1, At: store.At{Chain: chain, Block: &block},
			Native: chain, OrderBy: []store.Order{{Attr: "id", Desc: true}}})
		if err != nil {
			if !errors.Is(err, store.ErrBadQuery) {
				t.Fatalf("build %s: not a client error: %v", raw, err)
			}
			return
		}
		if hasNUL(where) {
			t.Fatalf("%s: a NUL character reached the SQL arguments: %q", raw, args)
		}
		checkParameterised(t, sql, args)
	})
}

// hasNUL reports whether a decoded JSON value holds a NUL character in any
// key or string.
func hasNUL(v any) bool {
	switch x := v.(type) {
	case string:
		return strings.IndexByte(x, 0) >= 0
	case []any:
		for _, e := range x {
			if hasNUL(e) {
				return true
			}
		}
	case map[string]any:
		for k, e := range x {
			if hasNUL(k) || hasNUL(e) {
				return true
			}
		}
	}
	return false
}

func isClientError(err error) bool {
	var ce *clientError
	return errors.As(err, &ce) || errors.Is(err, store.ErrBadQuery)
}

// checkParameterised asserts the statement carries no literal but the
// builder's own constant, and that its placeholders are exactly $1..$n.
func checkParameterised(t *testing.T, sql string, args []any) {
	t.Helper()
	if strings.Contains(strings.ReplaceAll(sql, "''::text", ""), "'") {
		t.Fatalf("literal in SQL: %s", sql)
	}
	used := map[int]bool{}
	for _, m := range placeholder.FindAllStringSubmatch(sql, -1) {
		n, _ := strconv.Atoi(m[1])
		if n < 1 || n > len(args) {
			t.Fatalf("placeholder $%d with %d args: %s", n, len(args), sql)
		}
		used[n] = true
	}
	if len(used) != len(args) {
		t.Fatalf("%d args but %d placeholders used: %s", len(args), len(used), sql)
	}
}

// The fuzz seeds' SQL is valid Postgres: EXPLAIN every one of them.
func TestFilterSQLIsValidAndParameterised(t *testing.T) {
	a := newTestAPI(t, testConfig())
	for _, entity := range fuzzEntities {
		for _, where := range []map[string]any{
			nil,
			{"id_gt": idFor(entity), "or": []any{map[string]any{"id_lte": idFor(entity)}, map[string]any{"id_in": []any{idFor(entity)}}}},
		} {
			f, err := parseWhere(entity, 0, where)
			if err != nil {
				t.Fatalf("%s %v: %v", entity, where, err)
			}
			block := uint64(4)
			for _, at := range []store.At{{}, {Chain: polygon, Block: &block}} {
				sql, args, err := store.SelectSQL(entity, store.Query{Where: f, At: at, First: 3, Skip: 1})
				if err != nil {
					t.Fatal(err)
				}
				checkParameterised(t, sql, args)
				if _, err := a.st.Pool().Exec(t.Context(), "EXPLAIN "+sql, args...); err != nil {
					t.Errorf("%s: %v\n%s", entity, err, sql)
				}
			}
		}
	}
}

func idFor(entity string) string {
	switch entity {
	case store.EntityTown, store.EntityAccount:
		return "137-" + hexOf(townA)
	case store.EntityWallet:
		return "137-0x1"
	case store.EntityBalance:
		return "137-" + hexOf(tokA) + "-" + hexOf(alice)
	case store.EntityTransfer:
		return "137-2-1"
	case store.EntityGig, store.EntityProject:
		return "137-" + hexOf(gigsA) + "-1"
	}
	return "1"
}
