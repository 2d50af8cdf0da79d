package store

import (
	"errors"
	"fmt"
	"slices"
)

// This file describes the read model the API queries: which entities exist,
// which attributes each has, and how they relate. The SQL for them is built
// in query_sql.go from these descriptions only, so a filter can name nothing
// that is not listed here and every value it carries is a bound parameter.

// ErrBadQuery classifies a query the caller got wrong (unknown attribute,
// operator not valid for a type, value of the wrong type): the API reports
// it to the client instead of logging it as a failure. Such errors are
// *QueryError values, whose message is meant for the client as it is.
var ErrBadQuery = errors.New("bad query")

// QueryError is a query the caller got wrong; errors.Is(err, ErrBadQuery)
// holds for it. Msg says what is wrong, without any prefix.
type QueryError struct{ Msg string }

func (e *QueryError) Error() string { return e.Msg }

// Is makes every QueryError an ErrBadQuery.
func (e *QueryError) Is(target error) bool { return target == ErrBadQuery }

// BadQuery builds a QueryError; packages that parse ids and filters for
// the store use it so that their mistakes classify the same way.
func BadQuery(format string, args ...any) error {
	return &QueryError{Msg: fmt.Sprintf(format, args...)}
}

func badQuery(format string, args ...any) error { return BadQuery(format, args...) }

// Queryable entities.
const (
	EntityTown     = "town"
	EntityAccount  = "account" // an address that is a member or owns a SkillWallet on a chain
	EntityWallet   = "wallet"
	EntityBalance  = "balance"
	EntityTransfer = "transfer"
	EntityGig      = "gig"
	EntityProject  = "project"
	EntitySignal   = "signal"
)

// AttrType is the kind of value an attribute holds; it decides which filter
// operators the attribute accepts and how values are bound.
type AttrType int

// Attribute types. The Go type of a filter value for each is given in
// Cond's comment.
const (
	AttrID AttrType = iota + 1
	AttrString
	AttrBytes
	AttrBigInt
	AttrInt
	AttrFloat
	AttrBoolean
	AttrEnum
	AttrIntList
	// AttrRef is one related entity: filtered by the related key, by the
	// text of its id (contains, starts_with...), ordered by it or by one
	// of its attributes, or filtered with a nested filter.
	AttrRef
	// AttrRelation is a list of related entities derived from the other
	// side (The Graph's @derivedFrom): nested filters only.
	AttrRelation
	// AttrRefList is a list of related entities the entity itself holds
	// (The Graph's [Entity!] field without @derivedFrom): filtered by the
	// related keys (the whole list, or some it contains), or nested.
	AttrRefList
)

func (t AttrType) String() string {
	switch t {
	case AttrID:
		return "ID"
	case AttrString:
		return "String"
	case AttrBytes:
		return "Bytes"
	case AttrBigInt:
		return "BigInt"
	case AttrInt:
		return "Int"
	case AttrFloat:
		return "Float"
	case AttrBoolean:
		return "Boolean"
	case AttrEnum:
		return "Enum"
	case AttrIntList:
		return "IntList"
	case AttrRef:
		return "Ref"
	case AttrRelation:
		return "Relation"
	case AttrRefList:
		return "RefList"
	}
	return fmt.Sprintf("AttrType(%d)", int(t))
}

// Op is a filter operator, named like The Graph's filter suffixes
// (`amount_gt` is attribute amount, operator "gt"; no suffix is equality).
type Op string

// Filter operators.
const (
	OpEq                  Op = ""
	OpNot                 Op = "not"
	OpGt                  Op = "gt"
	OpLt                  Op = "lt"
	OpGte                 Op = "gte"
	OpLte                 Op = "lte"
	OpIn                  Op = "in"
	OpNotIn               Op = "not_in"
	OpContains            Op = "contains"
	OpContainsNocase      Op = "contains_nocase"
	OpNotContains         Op = "not_contains"
	OpNotContainsNocase   Op = "not_contains_nocase"
	OpStartsWith          Op = "starts_with"
	OpStartsWithNocase    Op = "starts_with_nocase"
	OpNotStartsWith       Op = "not_starts_with"
	OpNotStartsWithNocase Op = "not_starts_with_nocase"
	OpEndsWith            Op = "ends_with"
	OpEndsWithNocase      Op = "ends_with_nocase"
	OpNotEndsWith         Op = "not_ends_with"
	OpNotEndsWithNocase   Op = "not_ends_with_nocase"
)

var (
	compareOps = []Op{OpEq, OpNot, OpGt, OpLt, OpGte, OpLte, OpIn, OpNotIn}
	stringOps  = append(slices.Clone(compareOps),
		OpContains, OpContainsNocase, OpNotContains, OpNotContainsNocase,
		OpStartsWith, OpStartsWithNocase, OpNotStartsWith, OpNotStartsWithNocase,
		OpEndsWith, OpEndsWithNocase, OpNotEndsWith, OpNotEndsWithNocase)
	bytesOps   = append(slices.Clone(compareOps), OpContains, OpNotContains)
	equalOps   = []Op{OpEq, OpNot, OpIn, OpNotIn}
	listOps    = []Op{OpEq, OpNot, OpContains, OpNotContains}
	refListOps = []Op{OpEq, OpNot, OpContains, OpContainsNocase, OpNotContains, OpNotContainsNocase}
)

// Ops lists the operators an attribute type accepts, equality first. A
// reference takes the String set, as The Graph generates for it: the
// comparisons work on the related key, the text operators on its id.
func (t AttrType) Ops() []Op {
	switch t {
	case AttrID, AttrBigInt, AttrInt, AttrFloat:
		return compareOps
	case AttrString, AttrRef:
		return stringOps
	case AttrBytes:
		return bytesOps
	case AttrBoolean, AttrEnum:
		return equalOps
	case AttrIntList:
		return listOps
	case AttrRefList:
		return refListOps
	}
	return nil
}

// Multi reports whether the operator takes a list of values.
func (o Op) Multi() bool { return o == OpIn || o == OpNotIn }

// Textual reports whether the operator matches part of a text (contains,
// starts_with, ends_with, their negations and _nocase forms).
func (o Op) Textual() bool {
	switch o {
	case OpEq, OpNot, OpGt, OpLt, OpGte, OpLte, OpIn, OpNotIn:
		return false
	}
	return true
}

// AttrInfo describes one attribute of an entity.
type AttrInfo struct {
	Name string
	Type AttrType
	// Enum lists the allowed values of an AttrEnum.
	Enum []string
	// Target is the related entity of an AttrRef, AttrRelation or
	// AttrRefList.
	Target   string
	Nullable bool
	// Sortable attributes may be used in an Order.
	Sortable bool
}

// KeyKind is the Go type of one part of an entity key (see Key).
type KeyKind int

// Key parts.
const (
	KeyChain   KeyKind = iota + 1 // uint64 chain id
	KeyAddress                    // common.Address
	KeyNumber                     // *big.Int (token, gig and project ids)
	KeyBlock                      // uint64 block number
	KeyIndex                      // uint64 log index
	KeySerial                     // uint64 row id (signals)
)

// EntityInfo describes one queryable entity.
type EntityInfo struct {
	Name  string
	Key   []KeyKind
	Attrs []AttrInfo
	// ChangeBlock says whether filters accept ChangedSince.
	ChangeBlock bool
	// Versioned is false for entities that are not tied to one chain's
	// blocks (signals): At.Block does not apply to them.
	Versioned bool
}

// Attr returns the named attribute.
func (e EntityInfo) Attr(name string) (AttrInfo, bool) {
	for _, a := range e.Attrs {
		if a.Name == name {
			return a, true
		}
	}
	return AttrInfo{}, false
}

// Entities lists every queryable entity, in a stable order.
func Entities() []EntityInfo {
	out := make([]EntityInfo, 0, len(entityOrder))
	for _, name := range entityOrder {
		info, _ := Describe(name)
		out = append(out, info)
	}
	return out
}

// Describe returns the description of one entity.
func Describe(entity string) (EntityInfo, bool) {
	d, ok := entityDefs[entity]
	if !ok {
		return EntityInfo{}, false
	}
	info := EntityInfo{Name: d.name, ChangeBlock: d.changeCol != "", Versioned: d.versioned}
	for _, k := range d.key {
		info.Key = append(info.Key, k.kind)
	}
	for _, a := range d.attrs {
		info.Attrs = append(info.Attrs, a.AttrInfo)
	}
	return info, true
}

// Key identifies one entity: its parts in EntityInfo.Key order, with the Go
// types KeyKind names.
type Key []any

// At says which versions of the entities a read sees.
type At struct {
	// Chain, when not 0, restricts the result to one chain's entities.
	Chain uint64
	// Block, when not nil, reads the state as of that block (of the
	// entity's chain); nil reads the current state.
	Block *uint64
}

// Query selects a list of one entity.
type Query struct {
	At    At
	Where *Filter
	// Native is the chain whose entities' ids are written without the
	// chain prefix (a chain endpoint's); 0 when every id carries it. Text
	// operators on references match the id as the client sees it.
	Native  uint64
	OrderBy []Order
	// First is a limit (0 means no limit); Skip an offset.
	First int
	Skip  int
}

// Order sorts by one attribute; Nested names an attribute of the entity an
// AttrRef attribute points to (The Graph's `parent__field`).
type Order struct {
	Attr   string
	Nested string
	Desc   bool
}

// Filter is a conjunction of conditions, nested filters and sub-filters.
type Filter struct {
	Conds  []Cond
	Nested []Nested
	And    []*Filter
	// Or is true when any of its filters holds (an empty Or holds never).
	Or []*Filter
	// ChangedSince keeps entities whose version (or event) starts at or
	// after this block (The Graph's `_change_block: {number_gte}`).
	ChangedSince *uint64
}

// Cond compares one attribute with a value. Values by attribute type:
// AttrID and AttrRef: Key (a string with a Textual operator on AttrRef);
// AttrString and AttrEnum: string; AttrBytes: []byte; AttrBigInt:
// *big.Int; AttrInt: int64; AttrFloat: float64; AttrBoolean: bool;
// AttrIntList: []int64; AttrRefList: []Key. OpIn and OpNotIn take a slice
// of those ([]Key, []string...). A nil Value with OpEq or OpNot tests for
// NULL.
type Cond struct {
	Attr  string
	Op    Op
	Value any
}

// Nested keeps entities whose related entity (AttrRef) or any of whose
// related entities (AttrRelation, AttrRefList) matches Where.
type Nested struct {
	Attr  string
	Where *Filter
}

// Limits on a filter's shape: filters come from clients, and JSON
// variables escape the GraphQL depth limit.
const (
	MaxFilterDepth = 8
	MaxFilterConds = 256
)
