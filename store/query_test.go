package store_test

import (
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/store"
)

func TestEntityDescriptionsAreConsistent(t *testing.T) {
	for _, e := range store.Entities() {
		if _, ok := e.Attr("id"); !ok || len(e.Key) == 0 {
			t.Errorf("%s: no id or key", e.Name)
		}
		for _, a := range e.Attrs {
			if strings.Contains(a.Name, "_") {
				t.Errorf("%s.%s: attribute names must not contain _ (it separates filter suffixes)", e.Name, a.Name)
			}
			if a.Type == store.AttrRef || a.Type == store.AttrRelation || a.Type == store.AttrRefList {
				if _, ok := store.Describe(a.Target); !ok {
					t.Errorf("%s.%s: unknown target %q", e.Name, a.Name, a.Target)
				}
			}
			if a.Type == store.AttrEnum && len(a.Enum) == 0 {
				t.Errorf("%s.%s: enum without values", e.Name, a.Name)
			}
			if len(a.Type.Ops()) == 0 && a.Type != store.AttrRelation {
				t.Errorf("%s.%s: no operators", e.Name, a.Name)
			}
		}
	}
}

func TestSelectSQLBindsEveryValue(t *testing.T) {
	evil := "'; DROP TABLE towns; --"
	block := uint64(7)
	q := store.Query{
		At: store.At{Chain: 137, Block: &block},
		Where: &store.Filter{
			Conds: []store.Cond{
				{Attr: "metadataUri", Op: store.OpContainsNocase, Value: evil},
				{Attr: "creator", Op: store.OpIn, Value: []store.Key{{uint64(137), common.HexToAddress("0xa1")}}},
				{Attr: "communityId", Op: store.OpGt, Value: big.NewInt(3)},
			},
			Nested: []store.Nested{{Attr: "members", Where: &store.Filter{Conds: []store.Cond{{Attr: "address", Value: []byte(evil)}}}}},
			Or:     []*store.Filter{{Conds: []store.Cond{{Attr: "name", Op: store.OpEndsWith, Value: evil}}}, {}},
		},
		OrderBy: []store.Order{{Attr: "creator", Nested: "ditoCredits", Desc: true}},
		First:   10, Skip: 5,
	}
	sql, args, err := store.SelectSQL(store.EntityTown, q)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(sql, "DROP") || strings.Count(strings.ReplaceAll(sql, "''::text", ""), "'") > 0 {
		t.Errorf("a value reached the SQL text:\n%s", sql)
	}
	if !slices.ContainsFunc(args, func(a any) bool { s, ok := a.(string); return ok && s == evil }) {
		t.Errorf("the string value is not among the arguments: %v", args)
	}
}

func TestSelectSQLRejectsWhatItCannotExpress(t *testing.T) {
	deep := &store.Filter{}
	for range store.MaxFilterDepth + 2 {
		deep = &store.Filter{And: []*store.Filter{deep}}
	}
	many := &store.Filter{}
	for range store.MaxFilterConds + 1 {
		many.Conds = append(many.Conds, store.Cond{Attr: "template", Value: int64(1)})
	}
	cases := map[string]store.Query{
		"unknown attribute":       {Where: &store.Filter{Conds: []store.Cond{{Attr: "nope", Value: "x"}}}},
		"operator for strings":    {Where: &store.Filter{Conds: []store.Cond{{Attr: "template", Op: store.OpContains, Value: int64(1)}}}},
		"wrong value type":        {Where: &store.Filter{Conds: []store.Cond{{Attr: "template", Value: "1"}}}},
		"short reference key":     {Where: &store.Filter{Conds: []store.Cond{{Attr: "creator", Value: store.Key{uint64(1)}}}}},
		"null with gt":            {Where: &store.Filter{Conds: []store.Cond{{Attr: "template", Op: store.OpGt}}}},
		"in without a list":       {Where: &store.Filter{Conds: []store.Cond{{Attr: "template", Op: store.OpIn, Value: int64(1)}}}},
		"nested on a scalar":      {Where: &store.Filter{Nested: []store.Nested{{Attr: "template", Where: &store.Filter{}}}}},
		"too deep":                {Where: deep},
		"too many conditions":     {Where: many},
		"order by a relation":     {OrderBy: []store.Order{{Attr: "members"}}},
		"order through a scalar":  {OrderBy: []store.Order{{Attr: "template", Nested: "id"}}},
		"negative first":          {First: -1},
		"change block on account": {},
	}
	for name, q := range cases {
		entity := store.EntityTown
		if name == "change block on account" {
			entity, q = store.EntityAccount, store.Query{Where: &store.Filter{ChangedSince: new(uint64)}}
		}
		if _, _, err := store.SelectSQL(entity, q); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("%s: err = %v, want ErrBadQuery", name, err)
		}
	}
	if _, _, err := store.ChildrenSQL(store.EntityTown, "creator", []store.Key{{uint64(1), common.Address{}}}, store.Query{}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("children of a reference: %v", err)
	}
}
