package store

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5/pgtype"
)

// sqlb accumulates one statement's bound parameters. Every value a client
// sends goes through bind; only names from entityDefs reach the SQL text.
type sqlb struct {
	args     []any
	at       At
	native   uint64 // Query.Native
	blockPH  string // placeholder of at.Block, bound once
	nativePH string // placeholder of native, bound once
	aliases  int
	conds    int
}

func (b *sqlb) bind(v any) string {
	b.args = append(b.args, v)
	return "$" + strconv.Itoa(len(b.args))
}

func (b *sqlb) block() string {
	if b.blockPH == "" {
		b.blockPH = b.bind(clampInt64(*b.at.Block))
	}
	return b.blockPH
}

func (b *sqlb) nativeChain() string {
	if b.nativePH == "" {
		b.nativePH = b.bind(clampInt64(b.native))
	}
	return b.nativePH
}

func (b *sqlb) alias() string {
	b.aliases++
	return "t" + strconv.Itoa(b.aliases)
}

func clampInt64(v uint64) int64 {
	if v > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(v)
}

func lookup(entity string) (*entityDef, error) {
	d, ok := entityDefs[entity]
	if !ok {
		return nil, badQuery("unknown entity %q", entity)
	}
	return d, nil
}

// SelectSQL returns the statement and arguments that Select runs for q.
// It is exported for tests and fuzzing: the SQL text depends only on the
// shape of q, never on its values.
func SelectSQL(entity string, q Query) (string, []any, error) {
	d, err := lookup(entity)
	if err != nil {
		return "", nil, err
	}
	return selectSQL(d, q)
}

func selectSQL(d *entityDef, q Query) (string, []any, error) {
	if q.First < 0 || q.Skip < 0 {
		return "", nil, badQuery("first and skip must not be negative")
	}
	b := &sqlb{at: q.At, native: q.Native}
	e := b.alias()
	where, err := b.where(d, e, q)
	if err != nil {
		return "", nil, err
	}
	item, cond := d.from(b, e)
	order, err := b.orderBy(d, e, q.OrderBy)
	if err != nil {
		return "", nil, err
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "SELECT %s FROM %s WHERE %s AND %s ORDER BY %s",
		strings.Join(subAll(d.cols, e), ", "), item, cond, where, order)
	if q.First > 0 {
		fmt.Fprintf(&sb, " LIMIT %s", b.bind(int64(q.First)))
	}
	if q.Skip > 0 {
		fmt.Fprintf(&sb, " OFFSET %s", b.bind(int64(q.Skip)))
	}
	return sb.String(), b.args, nil
}

// where is the chain restriction and the filter of q on alias e.
func (b *sqlb) where(d *entityDef, e string, q Query) (string, error) {
	parts := []string{}
	if q.At.Chain != 0 {
		parts = append(parts, sub(d.chainCol, e)+" = "+b.bind(clampInt64(q.At.Chain))+"::int8")
	}
	if q.Where != nil {
		f, err := b.filter(d, e, q.Where, 0)
		if err != nil {
			return "", err
		}
		parts = append(parts, f)
	}
	if len(parts) == 0 {
		return "true", nil
	}
	return strings.Join(parts, " AND "), nil
}

// ChildrenSQL returns the statement and arguments that SelectChildren runs
// for the relation attr of entity parent; exported for tests like SelectSQL.
func ChildrenSQL(parent, attr string, parents []Key, q Query) (string, []any, error) {
	d, err := lookup(parent)
	if err != nil {
		return "", nil, err
	}
	sql, args, _, err := childrenSQL(d, attr, parents, q)
	return sql, args, err
}

// childrenSQL selects, for each parent key, the related entities of
// relation attr of parent, with q's filter, order, skip and first applied
// per parent. Result rows carry the parent key after the entity columns.
func childrenSQL(parent *entityDef, attr string, parents []Key, q Query) (string, []any, *entityDef, error) {
	a, ok := parent.byName[attr]
	if !ok || a.list == nil {
		return "", nil, nil, badQuery("%s has no relation %q", parent.name, attr)
	}
	if q.First < 0 || q.Skip < 0 {
		return "", nil, nil, badQuery("first and skip must not be negative")
	}
	d := entityDefs[a.Target]
	b := &sqlb{at: q.At, native: q.Native}
	e := b.alias()
	from := d.from
	if a.list.from != nil {
		from = a.list.from
	}
	where, err := b.where(d, e, Query{At: At{Chain: q.At.Chain}, Where: q.Where})
	if err != nil {
		return "", nil, nil, err
	}
	item, cond := from(b, e)
	order, err := b.orderBy(d, e, q.OrderBy)
	if err != nil {
		return "", nil, nil, err
	}
	link := subAll(a.list.child, e)
	in, err := b.keysIn(link, parent.key, parents)
	if err != nil {
		return "", nil, nil, err
	}
	cols := subAll(d.cols, e)
	inner := make([]string, 0, len(cols)+len(link))
	outer := make([]string, 0, len(cols)+len(link))
	for i, c := range cols {
		inner = append(inner, fmt.Sprintf("%s AS c%d", c, i))
		outer = append(outer, fmt.Sprintf("c%d", i))
	}
	parts := make([]string, len(link))
	for i, l := range link {
		inner = append(inner, fmt.Sprintf("%s AS p%d", l, i))
		outer = append(outer, fmt.Sprintf("p%d", i))
		parts[i] = fmt.Sprintf("p%d", i)
	}
	window := fmt.Sprintf("WHERE rn > %s", b.bind(int64(q.Skip)))
	if q.First > 0 {
		window += fmt.Sprintf(" AND rn <= %s", b.bind(int64(q.Skip)+int64(q.First)))
	}
	sql := fmt.Sprintf(`SELECT %s FROM (
		SELECT %s, row_number() OVER (PARTITION BY %s ORDER BY %s) AS rn
		FROM %s WHERE %s AND %s AND %s) x %s ORDER BY %s, rn`,
		strings.Join(outer, ", "), strings.Join(inner, ", "), strings.Join(link, ", "), order,
		item, cond, in, where, window, strings.Join(parts, ", "))
	return sql, b.args, d, nil
}

// keysIn is "(cols) IN (given keys)", keys bound as one array per column.
func (b *sqlb) keysIn(cols []string, kinds []keyCol, keys []Key) (string, error) {
	if len(cols) != len(kinds) {
		return "", fmt.Errorf("relation links %d columns to a %d-part key", len(cols), len(kinds))
	}
	arrays, err := keyArrays(kinds, keys)
	if err != nil {
		return "", err
	}
	if len(cols) == 1 {
		return fmt.Sprintf("%s = ANY(%s::%s[])", cols[0], b.bind(arrays[0]), kinds[0].sqlType), nil
	}
	un := make([]string, len(cols))
	for i, k := range kinds {
		un[i] = fmt.Sprintf("%s::%s[]", b.bind(arrays[i]), k.sqlType)
	}
	return fmt.Sprintf("(%s) IN (SELECT * FROM unnest(%s))", strings.Join(cols, ", "), strings.Join(un, ", ")), nil
}

func (b *sqlb) filter(d *entityDef, alias string, f *Filter, depth int) (string, error) {
	if f == nil {
		return "true", nil
	}
	if depth > MaxFilterDepth {
		return "", badQuery("filter nested deeper than %d levels", MaxFilterDepth)
	}
	var parts []string
	for _, c := range f.Conds {
		if b.conds++; b.conds > MaxFilterConds {
			return "", badQuery("filter has more than %d conditions", MaxFilterConds)
		}
		s, err := b.cond(d, alias, c)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	for _, n := range f.Nested {
		s, err := b.nested(d, alias, n, depth)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
	}
	for _, sf := range f.And {
		s, err := b.filter(d, alias, sf, depth+1)
		if err != nil {
			return "", err
		}
		parts = append(parts, "("+s+")")
	}
	if f.Or != nil {
		ors := make([]string, 0, len(f.Or))
		for _, sf := range f.Or {
			s, err := b.filter(d, alias, sf, depth+1)
			if err != nil {
				return "", err
			}
			ors = append(ors, "("+s+")")
		}
		if len(ors) == 0 {
			ors = append(ors, "false")
		}
		parts = append(parts, "("+strings.Join(ors, " OR ")+")")
	}
	if f.ChangedSince != nil {
		if d.changeCol == "" {
			return "", badQuery("%s cannot be filtered by change block", d.name)
		}
		parts = append(parts, sub(d.changeCol, alias)+" >= "+b.bind(clampInt64(*f.ChangedSince))+"::int8")
	}
	if len(parts) == 0 {
		return "true", nil
	}
	return strings.Join(parts, " AND "), nil
}

func (b *sqlb) nested(d *entityDef, alias string, n Nested, depth int) (string, error) {
	a, ok := d.byName[n.Attr]
	if !ok || a.rel == nil {
		return "", badQuery("%s has no relation %q to filter on", d.name, n.Attr)
	}
	target := entityDefs[a.Target]
	c := b.alias()
	item, cond := a.rel.reach(b, target, c)
	parent := keyExprs(d, alias)
	if a.Type == AttrRef {
		parent = a.fk(b, alias)
	}
	child := subAll(a.rel.child, c)
	inner, err := b.filter(target, c, n.Where, depth+1)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("EXISTS (SELECT 1 FROM %s WHERE %s AND (%s) = (%s) AND %s)",
		item, cond, strings.Join(child, ", "), strings.Join(parent, ", "), inner), nil
}

// reach is the FROM item (named alias) and visibility condition of the
// relation's target rows.
func (r *relation) reach(b *sqlb, target *entityDef, alias string) (string, string) {
	if r.from != nil {
		return r.from(b, alias)
	}
	return target.from(b, alias)
}

func keyExprs(d *entityDef, alias string) []string {
	out := make([]string, len(d.key))
	for i, k := range d.key {
		out[i] = sub(k.expr, alias)
	}
	return out
}

func (b *sqlb) cond(d *entityDef, alias string, c Cond) (string, error) {
	a, ok := d.byName[c.Attr]
	if !ok {
		return "", badQuery("%s has no attribute %q", d.name, c.Attr)
	}
	if !slices.Contains(a.Type.Ops(), c.Op) {
		return "", badQuery("%s.%s (%s) does not accept operator %q", d.name, a.Name, a.Type, c.Op)
	}
	var x string
	switch a.Type {
	case AttrID:
		return b.tupleCond(keyExprs(d, alias), d.key, c, a)
	case AttrRef:
		if !c.Op.Textual() {
			return b.tupleCond(a.fk(b, alias), entityDefs[a.Target].key, c, a)
		}
		// Text operators see the id the client sees.
		id, err := b.refID(a, alias)
		if err != nil {
			return "", err
		}
		x = id
	case AttrRefList:
		return b.refListCond(d, alias, a, c)
	default:
		x = a.expr(b, alias)
	}
	if c.Value == nil {
		switch c.Op {
		case OpEq:
			return x + " IS NULL", nil
		case OpNot:
			return x + " IS NOT NULL", nil
		}
		return "", badQuery("%s_%s needs a value", a.Name, c.Op)
	}
	if c.Op.Multi() {
		arr, sqlType, err := scalarArray(a, c.Value)
		if err != nil {
			return "", err
		}
		p := b.bind(arr) + "::" + sqlType + "[]"
		if c.Op == OpIn {
			return fmt.Sprintf("%s = ANY(%s)", x, p), nil
		}
		return fmt.Sprintf("(%s IS NULL OR NOT (%s = ANY(%s)))", x, x, p), nil
	}
	v, sqlType, err := scalarValue(a, c.Value)
	if err != nil {
		return "", err
	}
	p := b.bind(v) + "::" + sqlType
	if a.Type == AttrIntList {
		switch c.Op {
		case OpEq:
			return fmt.Sprintf("%s = %s", x, p), nil
		case OpNot:
			return fmt.Sprintf("%s IS DISTINCT FROM %s", x, p), nil
		case OpContains:
			return fmt.Sprintf("%s @> %s", x, p), nil
		case OpNotContains:
			return fmt.Sprintf("NOT (%s @> %s)", x, p), nil
		}
	}
	switch c.Op {
	case OpEq:
		return fmt.Sprintf("%s = %s", x, p), nil
	case OpNot:
		return fmt.Sprintf("%s IS DISTINCT FROM %s", x, p), nil
	case OpGt:
		return fmt.Sprintf("%s > %s", x, p), nil
	case OpLt:
		return fmt.Sprintf("%s < %s", x, p), nil
	case OpGte:
		return fmt.Sprintf("%s >= %s", x, p), nil
	case OpLte:
		return fmt.Sprintf("%s <= %s", x, p), nil
	case OpContains:
		if a.Type == AttrBytes {
			return fmt.Sprintf("position(%s in %s) > 0", p, x), nil
		}
		return fmt.Sprintf("strpos(%s, %s) > 0", x, p), nil
	case OpNotContains:
		if a.Type == AttrBytes {
			return fmt.Sprintf("position(%s in %s) = 0", p, x), nil
		}
		return fmt.Sprintf("strpos(%s, %s) = 0", x, p), nil
	case OpContainsNocase:
		return fmt.Sprintf("strpos(lower(%s), lower(%s)) > 0", x, p), nil
	case OpNotContainsNocase:
		return fmt.Sprintf("strpos(lower(%s), lower(%s)) = 0", x, p), nil
	case OpStartsWith:
		return fmt.Sprintf("starts_with(%s, %s)", x, p), nil
	case OpStartsWithNocase:
		return fmt.Sprintf("starts_with(lower(%s), lower(%s))", x, p), nil
	case OpNotStartsWith:
		return fmt.Sprintf("NOT starts_with(%s, %s)", x, p), nil
	case OpNotStartsWithNocase:
		return fmt.Sprintf("NOT starts_with(lower(%s), lower(%s))", x, p), nil
	case OpEndsWith:
		return fmt.Sprintf("right(%s, char_length(%s)) = %s", x, p, p), nil
	case OpEndsWithNocase:
		return fmt.Sprintf("lower(right(%s, char_length(%s))) = lower(%s)", x, p, p), nil
	case OpNotEndsWith:
		return fmt.Sprintf("right(%s, char_length(%s)) <> %s", x, p, p), nil
	case OpNotEndsWithNocase:
		return fmt.Sprintf("lower(right(%s, char_length(%s))) <> lower(%s)", x, p, p), nil
	}
	return "", badQuery("operator %q not supported on %s", c.Op, a.Name)
}

// tupleCond compares a key (ID) or a reference (its fk columns) with
// given keys; multi-column keys compare as rows, lexicographically, which
// is also how they sort.
func (b *sqlb) tupleCond(cols []string, kinds []keyCol, c Cond, a *attrDef) (string, error) {
	row := func(xs []string) string {
		if len(xs) == 1 {
			return xs[0]
		}
		return "(" + strings.Join(xs, ", ") + ")"
	}
	lhs := row(cols)
	if c.Op.Multi() {
		keys, ok := c.Value.([]Key)
		if !ok {
			return "", badQuery("%s_%s needs a list of ids", a.Name, c.Op)
		}
		in, err := b.keysIn(cols, kinds, keys)
		if err != nil {
			return "", err
		}
		if c.Op == OpIn {
			return in, nil
		}
		return fmt.Sprintf("(%s IS NULL OR NOT (%s))", cols[len(cols)-1], in), nil
	}
	if c.Value == nil {
		if a.Type != AttrRef {
			return "", badQuery("%s cannot be null", a.Name)
		}
		switch c.Op {
		case OpEq:
			return cols[len(cols)-1] + " IS NULL", nil
		case OpNot:
			return cols[len(cols)-1] + " IS NOT NULL", nil
		}
		return "", badQuery("%s_%s needs a value", a.Name, c.Op)
	}
	k, ok := c.Value.(Key)
	if !ok {
		return "", badQuery("%s needs an id", a.Name)
	}
	vals, err := keyValues(kinds, k)
	if err != nil {
		return "", err
	}
	ps := make([]string, len(vals))
	for i, v := range vals {
		ps[i] = b.bind(v) + "::" + kinds[i].sqlType
	}
	rhs := row(ps)
	switch c.Op {
	case OpEq:
		return lhs + " = " + rhs, nil
	case OpNot:
		return lhs + " IS DISTINCT FROM " + rhs, nil
	case OpGt:
		return lhs + " > " + rhs, nil
	case OpLt:
		return lhs + " < " + rhs, nil
	case OpGte:
		return lhs + " >= " + rhs, nil
	case OpLte:
		return lhs + " <= " + rhs, nil
	}
	return "", badQuery("operator %q not supported on %s", c.Op, a.Name)
}

// refID is the id text of a reference's target as the endpoint shows it:
// dito_address_id and dito_number_id (migration 00005) write it like the
// API's ids, without the chain prefix for the native chain's entities.
func (b *sqlb) refID(a *attrDef, alias string) (string, error) {
	target := entityDefs[a.Target]
	fk := a.fk(b, alias)
	if len(target.key) != 2 || target.key[0].kind != KeyChain {
		return "", fmt.Errorf("%s.%s: no id text for %s keys", target.name, a.Name, target.name)
	}
	switch target.key[1].kind {
	case KeyAddress:
		return fmt.Sprintf("dito_address_id(%s, %s, %s::int8)", fk[0], fk[1], b.nativeChain()), nil
	case KeyNumber:
		return fmt.Sprintf("dito_number_id(%s, %s, %s::int8)", fk[0], fk[1], b.nativeChain()), nil
	}
	return "", fmt.Errorf("%s.%s: no id text for %s keys", target.name, a.Name, target.name)
}

// refListCond compares a list of references (AttrRefList) with given
// keys: equal as a whole, in the list's order, or containing every one of
// them. Ids compare as keys, so the _nocase forms are the plain ones.
func (b *sqlb) refListCond(d *entityDef, alias string, a *attrDef, c Cond) (string, error) {
	keys, ok := c.Value.([]Key)
	if !ok {
		return "", badQuery("%s needs a list of ids", a.Name)
	}
	target := entityDefs[a.Target]
	// rows is the list's rows for the parent row, on a fresh alias.
	rows := func() (string, string) {
		t := b.alias()
		item, cond := a.rel.reach(b, target, t)
		return t, fmt.Sprintf("FROM %s WHERE %s AND (%s) = (%s)", item, cond,
			strings.Join(subAll(a.rel.child, t), ", "), strings.Join(keyExprs(d, alias), ", "))
	}
	switch c.Op {
	case OpEq, OpNot:
		if a.rel.order == nil {
			return "", badQuery("%s cannot be compared as a whole list", a.Name)
		}
		arrays, err := keyArrays(target.key, keys)
		if err != nil {
			return "", err
		}
		parts := make([]string, len(target.key))
		for i, k := range target.key {
			t, from := rows()
			parts[i] = fmt.Sprintf("ARRAY(SELECT %s %s ORDER BY %s) = %s::%s[]",
				sub(k.expr, t), from, strings.Join(subAll(a.rel.order, t), ", "), b.bind(arrays[i]), k.sqlType)
		}
		eq := strings.Join(parts, " AND ")
		if c.Op == OpNot {
			return "NOT (" + eq + ")", nil
		}
		return eq, nil
	case OpContains, OpContainsNocase, OpNotContains, OpNotContainsNocase:
		distinct := map[string]bool{}
		for _, k := range keys {
			distinct[fmt.Sprint(k)] = true
		}
		t, from := rows()
		tk := keyExprs(target, t)
		in, err := b.keysIn(tk, target.key, keys)
		if err != nil {
			return "", err
		}
		all := fmt.Sprintf("(SELECT count(DISTINCT (%s)) %s AND %s) = %s", strings.Join(tk, ", "), from, in, b.bind(int64(len(distinct))))
		if c.Op == OpNotContains || c.Op == OpNotContainsNocase {
			return "NOT " + all, nil
		}
		return all, nil
	}
	return "", badQuery("operator %q not supported on %s", c.Op, a.Name)
}

func (b *sqlb) orderBy(d *entityDef, alias string, orders []Order) (string, error) {
	var out []string
	dir := ""
	for i, o := range orders {
		a, ok := d.byName[o.Attr]
		if !ok || !a.Sortable {
			return "", badQuery("%s cannot be ordered by %q", d.name, o.Attr)
		}
		suffix := ""
		if o.Desc {
			suffix = " DESC"
		}
		if i == 0 {
			dir = suffix
		}
		var exprs []string
		switch {
		case o.Nested != "":
			if a.Type != AttrRef {
				return "", badQuery("%s.%s is not a reference to order through", d.name, a.Name)
			}
			e, err := b.nestedOrder(d, alias, a, o.Nested)
			if err != nil {
				return "", err
			}
			exprs = e
		case a.Type == AttrID:
			exprs = keyExprs(d, alias)
		case a.Type == AttrRef:
			exprs = a.fk(b, alias)
		default:
			exprs = []string{a.expr(b, alias)}
		}
		for _, e := range exprs {
			out = append(out, e+suffix)
		}
	}
	// The key breaks ties, so pages never overlap or skip rows.
	for _, e := range keyExprs(d, alias) {
		out = append(out, e+dir)
	}
	return strings.Join(out, ", "), nil
}

func (b *sqlb) nestedOrder(d *entityDef, alias string, a *attrDef, name string) ([]string, error) {
	target := entityDefs[a.Target]
	ta, ok := target.byName[name]
	if !ok || !ta.Sortable || ta.Type == AttrRef {
		return nil, badQuery("%s cannot be ordered by %s__%s", d.name, a.Name, name)
	}
	if ta.Type == AttrID {
		// The target's key is the reference itself.
		return a.fk(b, alias), nil
	}
	c := b.alias()
	item, cond := target.from(b, c)
	return []string{fmt.Sprintf("(SELECT %s FROM %s WHERE %s AND (%s) = (%s) LIMIT 1)",
		ta.expr(b, c), item, cond, strings.Join(subAll(a.rel.child, c), ", "), strings.Join(a.fk(b, alias), ", "))}, nil
}

// keyValues converts one key to bindable values, checking it against the
// key's kinds.
func keyValues(kinds []keyCol, k Key) ([]any, error) {
	if len(k) != len(kinds) {
		return nil, badQuery("id has %d parts, want %d", len(k), len(kinds))
	}
	out := make([]any, len(k))
	for i, part := range k {
		v, err := keyPart(kinds[i], part)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func keyPart(kc keyCol, part any) (any, error) {
	switch kc.sqlType {
	case "int8", "int4":
		var n uint64
		switch v := part.(type) {
		case uint64:
			n = v
		case int64:
			if v < 0 {
				return nil, badQuery("negative number %d in id", v)
			}
			n = uint64(v)
		default:
			return nil, badQuery("id part %T is not a number", part)
		}
		if kc.sqlType == "int4" {
			if n > math.MaxInt32 {
				return nil, badQuery("number %d in id out of range", n)
			}
			return int32(n), nil
		}
		if n > math.MaxInt64 {
			return nil, badQuery("number %d in id out of range", n)
		}
		return int64(n), nil
	case "bytea":
		switch v := part.(type) {
		case common.Address:
			return v.Bytes(), nil
		case []byte:
			return v, nil
		}
		return nil, badQuery("id part %T is not an address", part)
	case "numeric":
		if v, ok := part.(*big.Int); ok && v != nil {
			return num(v), nil
		}
		return nil, badQuery("id part %T is not a big number", part)
	}
	return nil, fmt.Errorf("key column type %q", kc.sqlType)
}

// keyArrays transposes keys into one array per key column.
func keyArrays(kinds []keyCol, keys []Key) ([]any, error) {
	cols := make([][]any, len(kinds))
	for _, k := range keys {
		vals, err := keyValues(kinds, k)
		if err != nil {
			return nil, err
		}
		for i, v := range vals {
			cols[i] = append(cols[i], v)
		}
	}
	out := make([]any, len(kinds))
	for i, kc := range kinds {
		switch kc.sqlType {
		case "int8":
			out[i] = typed[int64](cols[i])
		case "int4":
			out[i] = typed[int32](cols[i])
		case "bytea":
			out[i] = typed[[]byte](cols[i])
		case "numeric":
			out[i] = typed[pgtype.Numeric](cols[i])
		}
	}
	return out, nil
}

func typed[T any](xs []any) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x.(T)
	}
	return out
}

func scalarValue(a *attrDef, v any) (any, string, error) {
	wrong := func() (any, string, error) {
		return nil, "", badQuery("%s (%s) cannot take a %T", a.Name, a.Type, v)
	}
	switch a.Type {
	case AttrString, AttrRef: // a reference only with a Textual operator
		if s, ok := v.(string); ok {
			if err := CheckText(s); err != nil {
				return nil, "", badQuery("%s: %v", a.Name, err)
			}
			return s, "text", nil
		}
	case AttrEnum:
		if s, ok := v.(string); ok {
			if !slices.Contains(a.Enum, s) {
				return nil, "", badQuery("%s must be one of %s, not %q", a.Name, strings.Join(a.Enum, ", "), s)
			}
			return s, "text", nil
		}
	case AttrBytes:
		switch x := v.(type) {
		case []byte:
			return x, "bytea", nil
		case common.Address:
			return x.Bytes(), "bytea", nil
		}
	case AttrBigInt:
		if x, ok := v.(*big.Int); ok && x != nil {
			return num(x), "numeric", nil
		}
	case AttrInt:
		if x, ok := v.(int64); ok {
			return x, "int8", nil
		}
	case AttrFloat:
		if x, ok := v.(float64); ok {
			return x, "float8", nil
		}
	case AttrBoolean:
		if x, ok := v.(bool); ok {
			return x, "bool", nil
		}
	case AttrIntList:
		if xs, ok := v.([]int64); ok {
			out := make([]int16, len(xs))
			for i, x := range xs {
				if x < math.MinInt16 || x > math.MaxInt16 {
					return nil, "", badQuery("%s: %d out of range", a.Name, x)
				}
				out[i] = int16(x)
			}
			return out, "int2[]", nil
		}
	}
	return wrong()
}

// CheckText rejects what a Postgres text value cannot hold: the NUL
// character. Every string a filter compares passes here; the API applies
// it to every String argument too.
func CheckText(s string) error {
	if strings.IndexByte(s, 0) >= 0 {
		return BadQuery(`a String cannot contain the NUL character \u0000 (Postgres text cannot hold it)`)
	}
	return nil
}

func scalarArray(a *attrDef, v any) (any, string, error) {
	wrong := func() (any, string, error) {
		return nil, "", badQuery("%s_in needs a list of %s, not %T", a.Name, a.Type, v)
	}
	var xs []any
	switch l := v.(type) {
	case []string:
		for _, x := range l {
			xs = append(xs, x)
		}
	case [][]byte:
		for _, x := range l {
			xs = append(xs, x)
		}
	case []*big.Int:
		for _, x := range l {
			xs = append(xs, x)
		}
	case []int64:
		for _, x := range l {
			xs = append(xs, x)
		}
	case []float64:
		for _, x := range l {
			xs = append(xs, x)
		}
	case []bool:
		for _, x := range l {
			xs = append(xs, x)
		}
	default:
		return wrong()
	}
	var sqlType string
	vals := make([]any, len(xs))
	for i, x := range xs {
		val, t, err := scalarValue(a, x)
		if err != nil {
			return nil, "", err
		}
		vals[i], sqlType = val, t
	}
	if sqlType == "" {
		switch a.Type {
		case AttrString, AttrEnum:
			sqlType = "text"
		case AttrBytes:
			sqlType = "bytea"
		case AttrBigInt:
			sqlType = "numeric"
		case AttrInt:
			sqlType = "int8"
		case AttrFloat:
			sqlType = "float8"
		case AttrBoolean:
			sqlType = "bool"
		default:
			return wrong()
		}
	}
	switch sqlType {
	case "text":
		return typed[string](vals), sqlType, nil
	case "bytea":
		return typed[[]byte](vals), sqlType, nil
	case "numeric":
		return typed[pgtype.Numeric](vals), sqlType, nil
	case "int8":
		return typed[int64](vals), sqlType, nil
	case "float8":
		return typed[float64](vals), sqlType, nil
	case "bool":
		return typed[bool](vals), sqlType, nil
	}
	return wrong()
}
