package store

import (
	"fmt"
	"strings"
)

// keyCol is one column of an entity key.
type keyCol struct {
	expr    string // template on the entity alias, see sub
	sqlType string // element type for unnest and casts
	kind    KeyKind
}

// entityDef is how one entity is read. Templates write the entity's alias
// as {e}; sub replaces it.
type entityDef struct {
	name string
	// table is the entity's own table ("" for an entity made of several).
	table string
	// from returns the FROM item named alias and the condition that keeps
	// the rows (versions) visible at the builder's At.
	from      func(b *sqlb, alias string) (item, cond string)
	key       []keyCol
	chainCol  string
	changeCol string
	versioned bool
	// cols are the selected expressions, in the order scan reads them.
	cols   []string
	attrs  []*attrDef
	byName map[string]*attrDef
}

type attrDef struct {
	AttrInfo
	// expr is the attribute's value (scalars and AttrIntList).
	expr func(b *sqlb, alias string) string
	// fk is the target's key (AttrRef), one expression per key part.
	fk func(b *sqlb, alias string) []string
	// rel reaches the target (AttrRef, AttrRelation and AttrRefList).
	rel *relation
	// list is what SelectChildren lists for the attribute: rel for lists,
	// and for a reference read as the first of a list (an account's
	// newest SkillWallet) that list.
	list *relation
	// cols are the columns of the entity's table the attribute is (its
	// value, or a reference's key); nil when it is computed.
	cols []string
}

// relation links rows of a target entity to a parent row: the target rows
// (from, or the target's own from when nil) whose child columns equal the
// parent's key.
type relation struct {
	from  func(b *sqlb, alias string) (item, cond string)
	child []string
	// order is the list's own order (AttrRefList), for comparing whole
	// lists.
	order []string
}

func sub(tmpl, alias string) string { return strings.ReplaceAll(tmpl, "{e}", alias) }

func subAll(tmpls []string, alias string) []string {
	out := make([]string, len(tmpls))
	for i, t := range tmpls {
		out[i] = sub(t, alias)
	}
	return out
}

func column(name string, t AttrType, tmpl string) *attrDef {
	return &attrDef{AttrInfo: AttrInfo{Name: name, Type: t, Sortable: true},
		expr: func(_ *sqlb, alias string) string { return sub(tmpl, alias) }, cols: columnsOf(tmpl)}
}

// columnsOf names the columns of templates that are plain columns of the
// entity ("{e}.name"), or returns nil.
func columnsOf(tmpls ...string) []string {
	out := make([]string, len(tmpls))
	for i, t := range tmpls {
		c, ok := strings.CutPrefix(t, "{e}.")
		if !ok || strings.ContainsAny(c, " ()'{}.") {
			return nil
		}
		out[i] = c
	}
	return out
}

func nullable(a *attrDef) *attrDef { a.Nullable = true; return a }

func enum(name, tmpl string, values ...string) *attrDef {
	a := column(name, AttrEnum, tmpl)
	a.Enum = values
	return a
}

func computed(name string, t AttrType, f func(b *sqlb, alias string) string) *attrDef {
	return &attrDef{AttrInfo: AttrInfo{Name: name, Type: t, Sortable: true}, expr: f}
}

func ref(name, target string, fk ...string) *attrDef {
	return &attrDef{AttrInfo: AttrInfo{Name: name, Type: AttrRef, Target: target, Sortable: true},
		fk: func(_ *sqlb, alias string) []string { return subAll(fk, alias) }, cols: columnsOf(fk...)}
}

func related(name, target string, r *relation) *attrDef {
	return &attrDef{AttrInfo: AttrInfo{Name: name, Type: AttrRelation, Target: target}, rel: r}
}

func refList(name, target string, r *relation) *attrDef {
	return &attrDef{AttrInfo: AttrInfo{Name: name, Type: AttrRefList, Target: target}, rel: r}
}

// versions is the time-travel condition of a block-range versioned table.
func versions(b *sqlb, alias string) string {
	if b.at.Block == nil {
		return "upper_inf(" + alias + ".block_range)"
	}
	return alias + ".block_range @> " + b.block() + "::int8"
}

// upTo is the time-travel condition of an event table.
func upTo(col string) func(b *sqlb, alias string) string {
	return func(b *sqlb, alias string) string {
		if b.at.Block == nil {
			return "true"
		}
		return alias + "." + col + " <= " + b.block() + "::int8"
	}
}

func table(name string, cond func(b *sqlb, alias string) string) func(b *sqlb, alias string) (string, string) {
	return func(b *sqlb, alias string) (string, string) { return name + " " + alias, cond(b, alias) }
}

var (
	chainKey   = keyCol{"{e}.chain_id", "int8", KeyChain}
	addressKey = keyCol{"{e}.address", "bytea", KeyAddress}
	byTown     = &relation{child: []string{"{e}.chain_id", "{e}.town_address"}}
)

// treasury is what a town holds of its own credit token.
func treasury(b *sqlb, alias string) string {
	bal := b.alias()
	return fmt.Sprintf(`coalesce((SELECT %[1]s.amount FROM credit_balances %[1]s WHERE %[1]s.chain_id = %[2]s.chain_id
		AND %[1]s.token = %[2]s.credits_token AND %[1]s.holder = %[2]s.address AND %[3]s), 0)`, bal, alias, versions(b, bal))
}

var entityOrder = []string{EntityTown, EntityAccount, EntityWallet, EntityBalance, EntityTransfer, EntityGig, EntityProject, EntitySignal}

var entityDefs = map[string]*entityDef{
	EntityTown: {
		name: EntityTown, table: "towns",
		from: table("towns", versions),
		key:  []keyCol{chainKey, addressKey}, chainCol: "{e}.chain_id", changeCol: "lower({e}.block_range)", versioned: true,
		cols: []string{"{e}.chain_id", "{e}.address", "{e}.community_id", "{e}.template", "{e}.creator", "{e}.metadata_uri",
			"{e}.credits_token", "{e}.gigs_address", "{e}.members_count", "{e}.created_block", "{e}.created_time"},
		attrs: []*attrDef{
			{AttrInfo: AttrInfo{Name: "id", Type: AttrID, Sortable: true}},
			column("chainId", AttrInt, "{e}.chain_id"),
			column("address", AttrBytes, "{e}.address"),
			column("communityId", AttrBigInt, "{e}.community_id"),
			column("template", AttrInt, "{e}.template"),
			ref("creator", EntityAccount, "{e}.chain_id", "{e}.creator"),
			column("metadataUri", AttrString, "{e}.metadata_uri"),
			nullable(column("creditsToken", AttrBytes, "{e}.credits_token")),
			nullable(column("gigsAddress", AttrBytes, "{e}.gigs_address")),
			column("membersCount", AttrInt, "{e}.members_count"),
			column("createdAt", AttrBigInt, "{e}.created_time"),
			column("createdAtBlock", AttrBigInt, "{e}.created_block"),
			computed("treasury", AttrBigInt, treasury),
			computed("scarcityScore", AttrInt, func(b *sqlb, alias string) string {
				s := b.alias()
				return fmt.Sprintf(`(SELECT %[1]s.score FROM town_scores %[1]s WHERE %[1]s.chain_id = %[2]s.chain_id AND %[1]s.address = %[2]s.address)`, s, alias)
			}),
			// The legacy SkillWallet subgraph's Community fields.
			computed("ditoCredits", AttrBigInt, treasury),
			column("membershipAddress", AttrBytes, "{e}.address"),
			column("name", AttrString, "''::text"),
			related("members", EntityAccount, &relation{from: table("members", versions), child: []string{"{e}.chain_id", "{e}.town_address"}}),
			related("skillWallets", EntityWallet, byTown),
			related("credits", EntityBalance, byTown),
			related("transfers", EntityTransfer, byTown),
			related("gigs", EntityGig, byTown),
			related("projects", EntityProject, byTown),
			related("signalsOut", EntitySignal, &relation{child: []string{"{e}.from_chain", "{e}.from_address"}}),
			related("signalsIn", EntitySignal, &relation{child: []string{"{e}.to_chain", "{e}.to_address"}}),
		},
	},
	EntityAccount: {
		name: EntityAccount,
		// An account is every address that holds a membership, owns a
		// SkillWallet or created a town at the block read (the legacy
		// subgraph made a Member of each).
		from: func(b *sqlb, alias string) (string, string) {
			m, w, t := b.alias(), b.alias(), b.alias()
			return fmt.Sprintf(`(SELECT %[1]s.chain_id, %[1]s.address FROM members %[1]s WHERE %[4]s
				UNION SELECT %[2]s.chain_id, %[2]s.owner FROM skill_wallets %[2]s WHERE %[5]s
				UNION SELECT %[3]s.chain_id, %[3]s.creator FROM towns %[3]s WHERE %[6]s) %[7]s`,
				m, w, t, versions(b, m), versions(b, w), versions(b, t), alias), "true"
		},
		key: []keyCol{chainKey, addressKey}, chainCol: "{e}.chain_id", versioned: true,
		cols: []string{"{e}.chain_id", "{e}.address"},
		attrs: []*attrDef{
			{AttrInfo: AttrInfo{Name: "id", Type: AttrID, Sortable: true}},
			column("chainId", AttrInt, "{e}.chain_id"),
			column("address", AttrBytes, "{e}.address"),
			computed("ditoCredits", AttrBigInt, func(b *sqlb, alias string) string {
				bal := b.alias()
				return fmt.Sprintf(`coalesce((SELECT sum(%[1]s.amount) FROM credit_balances %[1]s WHERE %[1]s.chain_id = %[2]s.chain_id
					AND %[1]s.holder = %[2]s.address AND %[3]s), 0)`, bal, alias, versions(b, bal))
			}),
			// The legacy subgraph's Member.skillWallet: the newest wallet
			// the address owns (as the API shows it), so that filters and
			// orders by it agree with the field.
			{AttrInfo: AttrInfo{Name: "skillWallet", Type: AttrRef, Target: EntityWallet, Sortable: true, Nullable: true},
				fk: func(b *sqlb, alias string) []string {
					w := b.alias()
					return []string{alias + ".chain_id", fmt.Sprintf(`(SELECT %[1]s.token_id FROM skill_wallets %[1]s
						WHERE %[1]s.chain_id = %[2]s.chain_id AND %[1]s.owner = %[2]s.address AND %[3]s
						ORDER BY %[1]s.created_block DESC, %[1]s.token_id DESC LIMIT 1)`, w, alias, versions(b, w))}
				},
				list: &relation{child: []string{"{e}.chain_id", "{e}.owner"}}},
			related("communities", EntityTown, &relation{
				from: func(b *sqlb, alias string) (string, string) {
					m := alias + "_m"
					return fmt.Sprintf("towns %[1]s JOIN members %[2]s ON %[2]s.chain_id = %[1]s.chain_id AND %[2]s.town_address = %[1]s.address AND %[3]s",
						alias, m, versions(b, m)), versions(b, alias)
				},
				child: []string{"{e}_m.chain_id", "{e}_m.address"},
			}),
			related("credits", EntityBalance, &relation{child: []string{"{e}.chain_id", "{e}.holder"}}),
		},
	},
	EntityWallet: {
		name: EntityWallet, table: "skill_wallets",
		from: table("skill_wallets", versions),
		key:  []keyCol{chainKey, {"{e}.token_id", "numeric", KeyNumber}}, chainCol: "{e}.chain_id", changeCol: "lower({e}.block_range)", versioned: true,
		cols: []string{"{e}.chain_id", "{e}.token_id", "{e}.owner", "{e}.town_address", "{e}.activated", "{e}.skill_ids",
			"{e}.skill_levels", "{e}.created_block", "{e}.created_time"},
		attrs: []*attrDef{
			{AttrInfo: AttrInfo{Name: "id", Type: AttrID, Sortable: true}},
			column("chainId", AttrInt, "{e}.chain_id"),
			column("tokenId", AttrBigInt, "{e}.token_id"),
			ref("owner", EntityAccount, "{e}.chain_id", "{e}.owner"),
			nullable(ref("activeCommunity", EntityTown, "{e}.chain_id", "{e}.town_address")),
			nullable(ref("town", EntityTown, "{e}.chain_id", "{e}.town_address")),
			refList("communityHistory", EntityTown, &relation{
				from: func(b *sqlb, alias string) (string, string) {
					m := alias + "_m"
					return fmt.Sprintf("towns %[1]s JOIN wallet_moves %[2]s ON %[2]s.chain_id = %[1]s.chain_id AND %[2]s.town_address = %[1]s.address AND %[3]s",
						alias, m, upTo("block")(b, m)), versions(b, alias)
				},
				child: []string{"{e}_m.chain_id", "{e}_m.token_id"},
				order: []string{"{e}_m.block", "{e}_m.log_index"},
			}),
			column("activated", AttrBoolean, "{e}.activated"),
			{AttrInfo: AttrInfo{Name: "skillIds", Type: AttrIntList},
				expr: func(_ *sqlb, alias string) string { return alias + ".skill_ids" }, cols: []string{"skill_ids"}},
			column("createdAt", AttrBigInt, "{e}.created_time"),
			column("createdAtBlock", AttrBigInt, "{e}.created_block"),
		},
	},
	EntityBalance: {
		name: EntityBalance, table: "credit_balances",
		from:     table("credit_balances", versions),
		key:      []keyCol{chainKey, {"{e}.token", "bytea", KeyAddress}, {"{e}.holder", "bytea", KeyAddress}},
		chainCol: "{e}.chain_id", changeCol: "lower({e}.block_range)", versioned: true,
		cols: []string{"{e}.chain_id", "{e}.token", "{e}.holder", "{e}.town_address", "{e}.amount"},
		attrs: []*attrDef{
			{AttrInfo: AttrInfo{Name: "id", Type: AttrID, Sortable: true}},
			column("chainId", AttrInt, "{e}.chain_id"),
			column("token", AttrBytes, "{e}.token"),
			ref("holder", EntityAccount, "{e}.chain_id", "{e}.holder"),
			nullable(ref("town", EntityTown, "{e}.chain_id", "{e}.town_address")),
			column("amount", AttrBigInt, "{e}.amount"),
		},
	},
	EntityTransfer: {
		name: EntityTransfer, table: "credit_transfers",
		from:     table("credit_transfers", upTo("block")),
		key:      []keyCol{chainKey, {"{e}.block", "int8", KeyBlock}, {"{e}.log_index", "int4", KeyIndex}},
		chainCol: "{e}.chain_id", changeCol: "{e}.block", versioned: true,
		cols: []string{"{e}.chain_id", "{e}.block", "{e}.log_index", "{e}.tx_hash", "{e}.time", "{e}.token", "{e}.town_address",
			"{e}.kind", "{e}.from_address", "{e}.to_address", "{e}.amount"},
		attrs: []*attrDef{
			{AttrInfo: AttrInfo{Name: "id", Type: AttrID, Sortable: true}},
			column("chainId", AttrInt, "{e}.chain_id"),
			column("block", AttrBigInt, "{e}.block"),
			column("logIndex", AttrInt, "{e}.log_index"),
			column("transactionHash", AttrBytes, "{e}.tx_hash"),
			column("timestamp", AttrBigInt, "{e}.time"),
			column("token", AttrBytes, "{e}.token"),
			nullable(ref("town", EntityTown, "{e}.chain_id", "{e}.town_address")),
			enum("kind", "{e}.kind", MoveMint, MoveSend, MoveBurn),
			column("from", AttrBytes, "{e}.from_address"),
			column("to", AttrBytes, "{e}.to_address"),
			column("amount", AttrBigInt, "{e}.amount"),
		},
	},
	EntityGig: {
		name: EntityGig, table: "gigs",
		from:     table("gigs", versions),
		key:      []keyCol{chainKey, {"{e}.gigs_address", "bytea", KeyAddress}, {"{e}.gig_id", "numeric", KeyNumber}},
		chainCol: "{e}.chain_id", changeCol: "lower({e}.block_range)", versioned: true,
		cols: []string{"{e}.chain_id", "{e}.gigs_address", "{e}.gig_id", "{e}.town_address", "{e}.creator", "{e}.taker",
			"{e}.status", "{e}.credits", "{e}.created_block", "{e}.created_time"},
		attrs: []*attrDef{
			{AttrInfo: AttrInfo{Name: "id", Type: AttrID, Sortable: true}},
			column("chainId", AttrInt, "{e}.chain_id"),
			column("gigId", AttrBigInt, "{e}.gig_id"),
			column("contract", AttrBytes, "{e}.gigs_address"),
			nullable(ref("town", EntityTown, "{e}.chain_id", "{e}.town_address")),
			ref("creator", EntityAccount, "{e}.chain_id", "{e}.creator"),
			nullable(ref("taker", EntityAccount, "{e}.chain_id", "{e}.taker")),
			enum("status", "{e}.status", GigOpen, GigTaken, GigSubmitted, GigCompleted, GigValidated),
			nullable(column("credits", AttrBigInt, "{e}.credits")),
			column("createdAt", AttrBigInt, "{e}.created_time"),
			column("createdAtBlock", AttrBigInt, "{e}.created_block"),
		},
	},
	EntityProject: {
		name: EntityProject, table: "projects",
		from:     table("projects", upTo("block")),
		key:      []keyCol{chainKey, {"{e}.projects_address", "bytea", KeyAddress}, {"{e}.project_id", "numeric", KeyNumber}},
		chainCol: "{e}.chain_id", changeCol: "{e}.block", versioned: true,
		cols: []string{"{e}.chain_id", "{e}.projects_address", "{e}.project_id", "{e}.template", "{e}.town_address",
			"{e}.block", "{e}.log_index", "{e}.time"},
		attrs: []*attrDef{
			{AttrInfo: AttrInfo{Name: "id", Type: AttrID, Sortable: true}},
			column("chainId", AttrInt, "{e}.chain_id"),
			column("projectId", AttrBigInt, "{e}.project_id"),
			column("contract", AttrBytes, "{e}.projects_address"),
			column("template", AttrInt, "{e}.template"),
			ref("town", EntityTown, "{e}.chain_id", "{e}.town_address"),
			column("createdAt", AttrBigInt, "{e}.time"),
			column("createdAtBlock", AttrBigInt, "{e}.block"),
		},
	},
	EntitySignal: {
		name: EntitySignal, table: "signals",
		from: table("signals", func(*sqlb, string) string { return "true" }),
		key:  []keyCol{{"{e}.id", "int8", KeySerial}}, chainCol: "{e}.from_chain", changeCol: "{e}.block",
		cols: []string{"{e}.id", "{e}.from_chain", "{e}.from_address", "{e}.to_chain", "{e}.to_address", "{e}.skill", "{e}.kind",
			"{e}.probability", "{e}.surplus", "{e}.scarcity", "{e}.chain_id", "{e}.block", "{e}.time", "{e}.reason",
			"{e}.retracts", "{e}.retracted", "{e}.created_at"},
		attrs: []*attrDef{
			{AttrInfo: AttrInfo{Name: "id", Type: AttrID, Sortable: true}},
			ref("from", EntityTown, "{e}.from_chain", "{e}.from_address"),
			nullable(ref("to", EntityTown, "{e}.to_chain", "{e}.to_address")),
			column("skill", AttrInt, "{e}.skill"),
			enum("kind", "{e}.kind", SignalLack, SignalExcess, SignalNoSupplier, SignalRetracted),
			column("probability", AttrFloat, "{e}.probability"),
			column("surplus", AttrInt, "{e}.surplus"),
			nullable(column("scarcity", AttrInt, "{e}.scarcity")),
			column("chainId", AttrInt, "{e}.chain_id"),
			column("block", AttrBigInt, "{e}.block"),
			column("timestamp", AttrBigInt, "{e}.time"),
			column("reason", AttrString, "{e}.reason"),
			column("retracted", AttrBoolean, "{e}.retracted"),
			nullable(column("retracts", AttrBigInt, "{e}.retracts")),
		},
	},
}

func init() {
	for _, d := range entityDefs {
		d.byName = map[string]*attrDef{}
		for _, a := range d.attrs {
			d.byName[a.Name] = a
			switch a.Type {
			case AttrRef:
				// A reference reaches the target row whose key is the fk.
				target := entityDefs[a.Target]
				child := make([]string, len(target.key))
				for i, k := range target.key {
					child[i] = k.expr
				}
				a.rel = &relation{child: child}
			case AttrRelation, AttrRefList:
				a.list = a.rel
			}
		}
	}
}
