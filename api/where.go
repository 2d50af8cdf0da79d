package api

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/distributedtown/dito-graph/api/gqlschema"
	"github.com/distributedtown/dito-graph/api/model"
	"github.com/distributedtown/dito-graph/store"
)

// parseWhere turns a The Graph-style `where` argument into a store filter.
// The input has passed GraphQL validation when it comes from a query, but
// it is parsed as untrusted anyway (JSON variables reach it as decoded
// JSON): every key must name an attribute and an operator the store lists
// for that attribute's type, and every value is converted to the Go type
// the store binds. Keys are handled in sorted order so that equal filters
// give equal SQL.
func parseWhere(entity string, native uint64, where map[string]any) (*store.Filter, error) {
	if where == nil {
		return nil, nil
	}
	return parseFilter(entity, native, where, 0)
}

func parseFilter(entity string, native uint64, m map[string]any, depth int) (*store.Filter, error) {
	if depth > store.MaxFilterDepth {
		return nil, badRequest("where: filters nested deeper than %d levels", store.MaxFilterDepth)
	}
	info, ok := store.Describe(entity)
	if !ok {
		return nil, fmt.Errorf("where: unknown entity %q", entity)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	f := &store.Filter{}
	for _, key := range keys {
		val := norm(m[key])
		switch key {
		case "and", "or":
			if val == nil {
				continue
			}
			list, ok := val.([]any)
			if !ok {
				return nil, badRequest("where.%s: want a list of filters", key)
			}
			subs := make([]*store.Filter, 0, len(list))
			for i, item := range list {
				sm, ok := item.(map[string]any)
				if !ok {
					return nil, badRequest("where.%s[%d]: want a filter object", key, i)
				}
				sf, err := parseFilter(entity, native, sm, depth+1)
				if err != nil {
					return nil, err
				}
				subs = append(subs, sf)
			}
			if key == "and" {
				f.And = append(f.And, subs...)
			} else {
				f.Or = append(f.Or, subs...)
			}
			if key == "or" && f.Or == nil {
				f.Or = []*store.Filter{} // or: [] matches nothing
			}
			continue
		case "_change_block":
			if val == nil {
				continue
			}
			cm, ok := val.(map[string]any)
			if !ok {
				return nil, badRequest("where._change_block: want {number_gte: Int}")
			}
			n, ok := intArg(cm["number_gte"])
			if !ok || n < 0 {
				return nil, badRequest("where._change_block.number_gte: want a block number")
			}
			b := uint64(n)
			f.ChangedSince = &b
			continue
		}
		if strings.HasSuffix(key, "_") {
			name := strings.TrimSuffix(key, "_")
			a, ok := info.Attr(name)
			if !ok || (a.Type != store.AttrRef && a.Type != store.AttrRelation && a.Type != store.AttrRefList) {
				return nil, badRequest("where.%s: %s has no relation %q", key, entityName(entity), name)
			}
			if val == nil {
				continue
			}
			sm, ok := val.(map[string]any)
			if !ok {
				return nil, badRequest("where.%s: want a filter object", key)
			}
			sf, err := parseFilter(a.Target, native, sm, depth+1)
			if err != nil {
				return nil, err
			}
			f.Nested = append(f.Nested, store.Nested{Attr: name, Where: sf})
			continue
		}
		a, op, ok := splitFilterKey(info, key)
		if !ok {
			return nil, badRequest("where.%s: %s has no filter %q", key, entityName(entity), key)
		}
		v, err := filterValue(entity, native, a, op, val)
		if err != nil {
			return nil, badRequest("where.%s: %v", key, err)
		}
		f.Conds = append(f.Conds, store.Cond{Attr: a.Name, Op: op, Value: v})
	}
	return f, nil
}

func entityName(entity string) string { return gqlschema.TypeOf(entity) }

// norm brings a filter value to plain Go values: gqlgen hands map-bound
// inputs over with typed fields (*string, *bool, []string...), decoded
// JSON variables come as any, []any and json.Number. Nil pointers are null.
func norm(v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case *big.Int:
		if x == nil {
			return nil
		}
		return x
	case []byte, map[string]any, string, bool, int, int64, float64, json.Number:
		return x
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer:
		if rv.IsNil() {
			return nil
		}
		return norm(rv.Elem().Interface())
	case reflect.Slice, reflect.Array:
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = norm(rv.Index(i).Interface())
		}
		return out
	case reflect.Map:
		if rv.Type().Key().Kind() != reflect.String {
			return v
		}
		out := make(map[string]any, rv.Len())
		for it := rv.MapRange(); it.Next(); {
			out[it.Key().String()] = it.Value().Interface()
		}
		return out
	}
	return v
}

// splitFilterKey finds the attribute and operator of a filter key: the
// attribute itself (equality) or attribute_suffix for a suffix the
// attribute's type accepts. Attribute names contain no underscore.
func splitFilterKey(info store.EntityInfo, key string) (store.AttrInfo, store.Op, bool) {
	if a, ok := info.Attr(key); ok && a.Type != store.AttrRelation {
		return a, store.OpEq, true
	}
	name, suffix, ok := strings.Cut(key, "_")
	if !ok {
		return store.AttrInfo{}, "", false
	}
	a, ok := info.Attr(name)
	if !ok || a.Type == store.AttrRelation {
		return store.AttrInfo{}, "", false
	}
	op := store.Op(suffix)
	if !slices.Contains(a.Type.Ops(), op) {
		return store.AttrInfo{}, "", false
	}
	return a, op, true
}

// filterValue converts one filter value to what the store binds for the
// attribute's type (see store.Cond).
func filterValue(entity string, native uint64, a store.AttrInfo, op store.Op, v any) (any, error) {
	if v == nil {
		if op == store.OpEq || op == store.OpNot {
			return nil, nil
		}
		return nil, fmt.Errorf("null is only allowed for equality")
	}
	if op.Multi() {
		list, ok := v.([]any)
		if !ok {
			return nil, fmt.Errorf("want a list")
		}
		return listValue(entity, native, a, list)
	}
	if a.Type == store.AttrRef && op.Textual() {
		// Matched against the id's text, so any text will do.
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("want a String")
		}
		return s, nil
	}
	if a.Type == store.AttrRefList {
		list, ok := v.([]any)
		if !ok {
			return nil, fmt.Errorf("want a list of ids")
		}
		return convertAll[store.Key](list, func(x any) (any, error) { return scalarValue(entity, native, a, x) })
	}
	if a.Type == store.AttrIntList {
		list, ok := v.([]any)
		if !ok {
			return nil, fmt.Errorf("want a list of Int")
		}
		out := make([]int64, len(list))
		for i, x := range list {
			n, ok := intArg(x)
			if !ok {
				return nil, fmt.Errorf("want a list of Int")
			}
			out[i] = n
		}
		return out, nil
	}
	return scalarValue(entity, native, a, v)
}

func scalarValue(entity string, native uint64, a store.AttrInfo, v any) (any, error) {
	switch a.Type {
	case store.AttrID:
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("want an ID string")
		}
		return model.ParseID(entity, native, s)
	case store.AttrRef, store.AttrRefList:
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("want an ID string")
		}
		return model.ParseID(a.Target, native, s)
	case store.AttrString, store.AttrEnum:
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("want a String")
		}
		if a.Type == store.AttrEnum && !slices.Contains(a.Enum, s) {
			return nil, fmt.Errorf("want one of %s", strings.Join(a.Enum, ", "))
		}
		return s, nil
	case store.AttrBytes:
		switch b := v.(type) {
		case []byte:
			return b, nil
		case string:
			return model.DecodeHex(b)
		}
		return nil, fmt.Errorf("want 0x hex bytes")
	case store.AttrBigInt:
		return model.ToBigInt(v)
	case store.AttrInt:
		n, ok := intArg(v)
		if !ok {
			if s, isStr := v.(string); isStr {
				if i, err := strconv.ParseInt(s, 10, 64); err == nil {
					return i, nil
				}
			}
			return nil, fmt.Errorf("want an Int")
		}
		return n, nil
	case store.AttrFloat:
		switch x := v.(type) {
		case float64:
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return nil, fmt.Errorf("want a finite Float")
			}
			return x, nil
		case int64:
			return float64(x), nil
		case int:
			return float64(x), nil
		case json.Number:
			f, err := x.Float64()
			if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
				return nil, fmt.Errorf("want a Float")
			}
			return f, nil
		}
		return nil, fmt.Errorf("want a Float")
	case store.AttrBoolean:
		b, ok := v.(bool)
		if !ok {
			return nil, fmt.Errorf("want a Boolean")
		}
		return b, nil
	}
	return nil, fmt.Errorf("%s cannot be compared", a.Name)
}

func listValue(entity string, native uint64, a store.AttrInfo, list []any) (any, error) {
	conv := func(x any) (any, error) { return scalarValue(entity, native, a, x) }
	switch a.Type {
	case store.AttrID, store.AttrRef:
		return convertAll[store.Key](list, conv)
	case store.AttrString, store.AttrEnum:
		return convertAll[string](list, conv)
	case store.AttrBytes:
		return convertAll[[]byte](list, conv)
	case store.AttrBigInt:
		return convertAll[*big.Int](list, conv)
	case store.AttrInt:
		return convertAll[int64](list, conv)
	case store.AttrFloat:
		return convertAll[float64](list, conv)
	case store.AttrBoolean:
		return convertAll[bool](list, conv)
	}
	return nil, fmt.Errorf("%s takes no list", a.Name)
}

func convertAll[T any](list []any, conv func(any) (any, error)) ([]T, error) {
	out := make([]T, 0, len(list))
	for i, x := range list {
		v, err := conv(x)
		if err != nil {
			return nil, fmt.Errorf("[%d]: %w", i, err)
		}
		t, ok := v.(T)
		if !ok {
			return nil, fmt.Errorf("[%d]: unexpected %T", i, v)
		}
		out = append(out, t)
	}
	return out, nil
}

// parseOrder turns orderBy (attr or ref__attr) and orderDirection into a
// store order; validity is checked by the store against the whitelist.
func parseOrder(orderBy, direction *string) ([]store.Order, error) {
	desc := false
	if direction != nil {
		switch *direction {
		case "asc":
		case "desc":
			desc = true
		default:
			return nil, badRequest("orderDirection must be asc or desc, not %q", *direction)
		}
	}
	if orderBy == nil {
		if desc {
			return []store.Order{{Attr: "id", Desc: true}}, nil
		}
		return nil, nil
	}
	attr, nested, _ := strings.Cut(*orderBy, "__")
	return []store.Order{{Attr: attr, Nested: nested, Desc: desc}}, nil
}
