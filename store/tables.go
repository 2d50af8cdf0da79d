package store

import "math/big"

func skillArrays(skills []Skill) (ids, levels []int16) {
	ids, levels = make([]int16, len(skills)), make([]int16, len(skills))
	for i, s := range skills {
		ids[i], levels[i] = int16(s.ID), int16(s.Level)
	}
	return ids, levels
}

func skillsOf(ids, levels []int16) []Skill {
	out := make([]Skill, 0, len(ids))
	for i := range ids {
		l := 0
		if i < len(levels) {
			l = int(levels[i])
		}
		out = append(out, Skill{ID: int(ids[i]), Level: l})
	}
	return out
}

var townTable = versioned[Town]{
	table:    "towns",
	keyCols:  []string{"chain_id", "address"},
	keyTypes: []string{"int8", "bytea"},
	cols: []string{"chain_id", "address", "community_id", "template", "creator", "metadata_uri",
		"credits_token", "gigs_address", "members_count", "created_block", "created_time"},
	key: func(t Town) []any { return []any{int64(t.Chain), t.Address.Bytes()} },
	row: func(t Town) []any {
		return []any{int64(t.Chain), t.Address.Bytes(), num(t.CommunityID), int32(t.Template), t.Creator.Bytes(),
			t.MetadataURI, addrOrNil(t.CreditsToken), addrOrNil(t.Gigs), int32(t.MembersCount),
			int64(t.CreatedBlock), int64(t.CreatedTime)}
	},
}

var memberTable = versioned[Member]{
	table:    "members",
	keyCols:  []string{"chain_id", "town_address", "address"},
	keyTypes: []string{"int8", "bytea", "bytea"},
	cols:     []string{"chain_id", "town_address", "address", "skill_wallet_id", "joined_block", "joined_time"},
	key:      func(m Member) []any { return []any{int64(m.Chain), m.Town.Bytes(), m.Address.Bytes()} },
	row: func(m Member) []any {
		return []any{int64(m.Chain), m.Town.Bytes(), m.Address.Bytes(), num(m.SkillWalletID),
			int64(m.JoinedBlock), int64(m.JoinedTime)}
	},
}

var walletTable = versioned[SkillWallet]{
	table:    "skill_wallets",
	keyCols:  []string{"chain_id", "token_id"},
	keyTypes: []string{"int8", "numeric"},
	cols: []string{"chain_id", "token_id", "owner", "town_address", "activated", "skill_ids", "skill_levels",
		"created_block", "created_time"},
	key: func(w SkillWallet) []any { return []any{int64(w.Chain), num(w.TokenID)} },
	row: func(w SkillWallet) []any {
		ids, levels := skillArrays(w.Skills)
		return []any{int64(w.Chain), num(w.TokenID), w.Owner.Bytes(), addrOrNil(w.Town), w.Activated, ids, levels,
			int64(w.CreatedBlock), int64(w.CreatedTime)}
	},
}

var balanceTable = versioned[Balance]{
	table:    "credit_balances",
	keyCols:  []string{"chain_id", "token", "holder"},
	keyTypes: []string{"int8", "bytea", "bytea"},
	cols:     []string{"chain_id", "token", "holder", "town_address", "amount"},
	key:      func(b Balance) []any { return []any{int64(b.Chain), b.Token.Bytes(), b.Holder.Bytes()} },
	row: func(b Balance) []any {
		amt := b.Amount
		if amt == nil {
			amt = new(big.Int)
		}
		return []any{int64(b.Chain), b.Token.Bytes(), b.Holder.Bytes(), addrOrNil(b.Town), num(amt)}
	},
}

var gigTable = versioned[Gig]{
	table:    "gigs",
	keyCols:  []string{"chain_id", "gigs_address", "gig_id"},
	keyTypes: []string{"int8", "bytea", "numeric"},
	cols: []string{"chain_id", "gigs_address", "gig_id", "town_address", "creator", "taker", "status", "credits",
		"created_block", "created_time"},
	key: func(g Gig) []any { return []any{int64(g.Chain), g.Contract.Bytes(), num(g.GigID)} },
	row: func(g Gig) []any {
		return []any{int64(g.Chain), g.Contract.Bytes(), num(g.GigID), addrOrNil(g.Town), g.Creator.Bytes(),
			addrOrNil(g.Taker), g.Status, num(g.Credits), int64(g.CreatedBlock), int64(g.CreatedTime)}
	},
}

// versionedTables and eventTables list every table a rollback must undo.
var (
	versionedTables = []string{"towns", "members", "skill_wallets", "credit_balances", "gigs"}
	eventTables     = []struct{ table, blockCol string }{
		{"credit_transfers", "block"},
		{"wallet_moves", "block"},
		{"projects", "block"},
		{"contracts", "created_block"},
		{"blocks", "number"},
	}
)
