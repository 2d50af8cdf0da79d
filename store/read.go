package store

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// Account is an address known on a chain: a member of some town or the
// owner of a SkillWallet (the legacy subgraph's Member).
type Account struct {
	Chain   uint64
	Address common.Address
}

// SignalRecord is a stored signal as the API shows it.
type SignalRecord struct {
	Signal
	// Retracts is the id of the signal a RETRACTED row withdraws (0 if none).
	Retracts int64
	// Retracted is set on a signal that a later RETRACTED row withdrew.
	Retracted bool
	CreatedAt time.Time
}

// Table is a typed handle on one queryable entity (see Describe).
type Table[T any] struct {
	entity string
	scan   func(pgx.Row) (T, error)
}

// Entity names the table's entity.
func (t Table[T]) Entity() string { return t.entity }

// Tables of the queryable entities.
var (
	Towns     = Table[Town]{EntityTown, scanTown}
	Accounts  = Table[Account]{EntityAccount, scanAccount}
	Wallets   = Table[SkillWallet]{EntityWallet, scanWallet}
	Balances  = Table[Balance]{EntityBalance, scanBalance}
	Transfers = Table[CreditTransfer]{EntityTransfer, scanTransfer}
	Gigs      = Table[Gig]{EntityGig, scanGig}
	Projects  = Table[Project]{EntityProject, scanProject}
	Signals   = Table[SignalRecord]{EntitySignal, scanSignal}
)

// Relation is a typed handle on a list of entities related to a town or an
// account, both keyed by (chain, address).
type Relation[T any] struct {
	parent, attr string
	table        Table[T]
}

// Target names the entity the relation lists.
func (r Relation[T]) Target() string { return r.table.entity }

// Relations the API lists per parent.
var (
	TownMembers        = Relation[Account]{EntityTown, "members", Accounts}
	TownSkillWallets   = Relation[SkillWallet]{EntityTown, "skillWallets", Wallets}
	TownCredits        = Relation[Balance]{EntityTown, "credits", Balances}
	TownTransfers      = Relation[CreditTransfer]{EntityTown, "transfers", Transfers}
	TownGigs           = Relation[Gig]{EntityTown, "gigs", Gigs}
	TownProjects       = Relation[Project]{EntityTown, "projects", Projects}
	TownSignalsOut     = Relation[SignalRecord]{EntityTown, "signalsOut", Signals}
	TownSignalsIn      = Relation[SignalRecord]{EntityTown, "signalsIn", Signals}
	AccountCommunities = Relation[Town]{EntityAccount, "communities", Towns}
	AccountCredits     = Relation[Balance]{EntityAccount, "credits", Balances}
	AccountWallets     = Relation[SkillWallet]{EntityAccount, "skillWallet", Wallets}
)

// Select runs q on one entity, on the database s reads from (a replica,
// for a view from WithReplicas or Pin).
func Select[T any](ctx context.Context, s *Store, t Table[T], q Query) ([]T, error) {
	sql, args, err := SelectSQL(t.entity, q)
	if err != nil {
		return nil, err
	}
	out, err := queryAll(ctx, s.reader(), t.scan, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("select %s: %w", t.entity, err)
	}
	return out, nil
}

// SelectChildren runs q once per parent (a town or an account, by chain
// and address) over the entities related by r, in one statement: First and
// Skip apply to each parent's list. The result is aligned with parents.
func SelectChildren[T any](ctx context.Context, s *Store, r Relation[T], parents []TownRef, q Query) ([][]T, error) {
	out := make([][]T, len(parents))
	if len(parents) == 0 {
		return out, nil
	}
	keys := make([]Key, len(parents))
	index := make(map[TownRef]int, len(parents))
	for i, p := range parents {
		keys[i] = Key{p.Chain, p.Address}
		index[p] = i
	}
	sql, args, _, err := childrenSQL(entityDefs[r.parent], r.attr, keys, q)
	if err != nil {
		return nil, err
	}
	rows, err := s.reader().Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("select %s of %d %ss: %w", r.attr, len(parents), r.parent, err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			chain int64
			addr  []byte
		)
		v, err := r.table.scan(extraRow{rows, []any{&chain, &addr}})
		if err != nil {
			return nil, fmt.Errorf("scan %s of %s: %w", r.attr, r.parent, err)
		}
		if i, ok := index[TownRef{Chain: uint64(chain), Address: addrOf(addr)}]; ok {
			out[i] = append(out[i], v)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("select %s of %d %ss: %w", r.attr, len(parents), r.parent, err)
	}
	return out, nil
}

// extraRow scans further columns after the ones a scanner reads.
type extraRow struct {
	r     pgx.Row
	extra []any
}

func (e extraRow) Scan(dest ...any) error { return e.r.Scan(append(dest, e.extra...)...) }

func scanAccount(r pgx.Row) (Account, error) {
	var (
		chain int64
		addr  []byte
	)
	err := r.Scan(&chain, &addr)
	return Account{Chain: uint64(chain), Address: addrOf(addr)}, err
}

func scanTransfer(r pgx.Row) (CreditTransfer, error) {
	var (
		t                         CreditTransfer
		chain, block, tm          int64
		index                     int32
		tx, token, town, from, to []byte
		amount                    pgtype.Numeric
	)
	err := r.Scan(&chain, &block, &index, &tx, &tm, &token, &town, &t.Kind, &from, &to, &amount)
	t.Chain, t.Block, t.LogIndex, t.TxHash, t.Time = uint64(chain), uint64(block), uint(index), common.BytesToHash(tx), uint64(tm)
	t.Token, t.Town, t.From, t.To, t.Amount = addrOf(token), addrOf(town), addrOf(from), addrOf(to), bigOf(amount)
	return t, err
}

func scanSignal(r pgx.Row) (SignalRecord, error) {
	var (
		sg                        SignalRecord
		fromChain, chain, blk, tm int64
		toChain, retracts         *int64
		from, to                  []byte
		skill                     int16
		surplus                   int32
		scarcity                  *int32
	)
	err := r.Scan(&sg.ID, &fromChain, &from, &toChain, &to, &skill, &sg.Kind, &sg.Probability, &surplus, &scarcity,
		&chain, &blk, &tm, &sg.Reason, &retracts, &sg.Retracted, &sg.CreatedAt)
	sg.From = TownRef{Chain: uint64(fromChain), Address: addrOf(from)}
	if toChain != nil {
		sg.To = &TownRef{Chain: uint64(*toChain), Address: addrOf(to)}
	}
	if scarcity != nil {
		v := int(*scarcity)
		sg.Scarcity = &v
	}
	if retracts != nil {
		sg.Retracts = *retracts
	}
	sg.Skill, sg.Surplus, sg.Chain, sg.Block, sg.Time = int(skill), int(surplus), uint64(chain), uint64(blk), uint64(tm)
	return sg, err
}
