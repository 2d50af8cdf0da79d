package store

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// Reads the API needs besides entity lists: chain status, blocks by hash,
// the skill graph's derived tables and a few aggregates. Batched reads take
// a slice of keys and return results aligned with it, for dataloaders.

// ChainStatus is a chain's indexing progress.
type ChainStatus struct {
	ID   uint64
	Name string
	// Indexed is nil before the first batch.
	Indexed    *BlockRef
	Head       *uint64
	HeadTime   *uint64
	StartBlock uint64
	UpdatedAt  time.Time
	// SinceUpdate is how long ago, by the clock of the database read, the
	// indexer last recorded the chain's head or applied a batch: it stops
	// growing only while some indexer of the chain is alive.
	SinceUpdate time.Duration
}

// ChainStatuses lists every registered chain, by id.
func (s *Store) ChainStatuses(ctx context.Context) ([]ChainStatus, error) {
	rows, err := s.reader().Query(ctx, `
		SELECT chain_id, name, indexed_block, indexed_hash, indexed_time, head_block, head_time, start_block, updated_at,
		       greatest(extract(epoch FROM now() - updated_at), 0)::float8
		FROM chains ORDER BY chain_id`)
	if err != nil {
		return nil, fmt.Errorf("read chains: %w", err)
	}
	defer rows.Close()
	var out []ChainStatus
	for rows.Next() {
		var (
			c                         ChainStatus
			id, start                 int64
			block, btime, head, htime *int64
			hash                      []byte
			since                     float64
		)
		if err := rows.Scan(&id, &c.Name, &block, &hash, &btime, &head, &htime, &start, &c.UpdatedAt, &since); err != nil {
			return nil, fmt.Errorf("scan chain: %w", err)
		}
		c.SinceUpdate = time.Duration(since * float64(time.Second))
		c.ID, c.StartBlock = uint64(id), uint64(start)
		if block != nil {
			c.Indexed = &BlockRef{Number: uint64(*block), Hash: common.BytesToHash(hash)}
			if btime != nil {
				c.Indexed.Time = uint64(*btime)
			}
		}
		if head != nil {
			h := uint64(*head)
			c.Head = &h
		}
		if htime != nil {
			t := uint64(*htime)
			c.HeadTime = &t
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// ChainBlock is a stored block and its chain.
type ChainBlock struct {
	Chain uint64
	BlockRef
}

// BlocksByHash finds the stored blocks with a hash; the devnet can give
// several chains the same hashes, so there may be more than one.
func (s *Store) BlocksByHash(ctx context.Context, hash common.Hash) ([]ChainBlock, error) {
	rows, err := s.reader().Query(ctx, `SELECT chain_id, number, parent_hash, time, has_events FROM blocks WHERE hash = $1 ORDER BY chain_id`,
		hash.Bytes())
	if err != nil {
		return nil, fmt.Errorf("find block %s: %w", hash, err)
	}
	defer rows.Close()
	var out []ChainBlock
	for rows.Next() {
		var (
			chain, n, t int64
			parent      []byte
			b           = ChainBlock{BlockRef: BlockRef{Hash: hash}}
		)
		if err := rows.Scan(&chain, &n, &parent, &t, &b.HasEvents); err != nil {
			return nil, fmt.Errorf("scan block %s: %w", hash, err)
		}
		b.Chain, b.Number, b.Parent, b.Time = uint64(chain), uint64(n), common.BytesToHash(parent), uint64(t)
		out = append(out, b)
	}
	return out, rows.Err()
}

// Ping checks that the database answers: each replica, on a view with
// replicas.
func (s *Store) Ping(ctx context.Context) error {
	if len(s.replicas) == 0 {
		if err := s.pool.Ping(ctx); err != nil {
			return fmt.Errorf("ping database: %w", err)
		}
		return nil
	}
	for i, p := range s.replicas {
		if err := p.Ping(ctx); err != nil {
			return fmt.Errorf("ping replica %d: %w", i, err)
		}
	}
	return nil
}

// ScoreRecord is a stored town score.
type ScoreRecord struct {
	TownScore
	UpdatedAt time.Time
}

// TownScores reads the scores of towns; towns without one get nil.
func (s *Store) TownScores(ctx context.Context, towns []TownRef) ([]*ScoreRecord, error) {
	chains, addrs := refColumns(towns)
	rows, err := s.reader().Query(ctx, `
		SELECT k.i, s.members, s.score, s.legacy_score, s.variety, s.part_category, s.part_subcategory, s.part_skill,
		       s.effective_skills, s.percentile, s.volatile, s.lacks, s.excesses, s.district, s.centrality, s.updated_at
		FROM unnest($1::int8[], $2::bytea[]) WITH ORDINALITY AS k(chain_id, address, i)
		JOIN town_scores s ON s.chain_id = k.chain_id AND s.address = k.address`, chains, addrs)
	if err != nil {
		return nil, fmt.Errorf("read %d town scores: %w", len(towns), err)
	}
	defer rows.Close()
	out := make([]*ScoreRecord, len(towns))
	for rows.Next() {
		var (
			i                       int64
			members                 int32
			score, legacy, district *int32
			lacks, excesses         []int16
			r                       ScoreRecord
		)
		if err := rows.Scan(&i, &members, &score, &legacy, &r.Variety, &r.PartCategory, &r.PartSubcategory, &r.PartSkill,
			&r.EffectiveSkills, &r.Percentile, &r.Volatile, &lacks, &excesses, &district, &r.Centrality, &r.UpdatedAt); err != nil {
			return nil, fmt.Errorf("scan town score: %w", err)
		}
		r.Town, r.Members = towns[i-1], int(members)
		r.Score, r.LegacyScore, r.District = intPtr(score), intPtr(legacy), intPtr(district)
		r.Lacks, r.Excesses = ints(lacks), ints(excesses)
		out[i-1] = &r
	}
	return out, rows.Err()
}

func intPtr(p *int32) *int {
	if p == nil {
		return nil
	}
	v := int(*p)
	return &v
}

func ints(xs []int16) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = int(x)
	}
	return out
}

// Neighbours reads each town's strongest outgoing walk edges, by weight
// (then probability, then target) descending, at most first per town.
func (s *Store) Neighbours(ctx context.Context, towns []TownRef, first int) ([][]Edge, error) {
	chains, addrs := refColumns(towns)
	rows, err := s.reader().Query(ctx, `
		SELECT k.i, e.to_chain, e.to_address, e.weight, e.probability
		FROM unnest($1::int8[], $2::bytea[]) WITH ORDINALITY AS k(chain_id, address, i)
		CROSS JOIN LATERAL (
			SELECT to_chain, to_address, weight, probability FROM town_edges
			WHERE from_chain = k.chain_id AND from_address = k.address
			ORDER BY weight DESC, probability DESC, to_chain, to_address LIMIT $3
		) e ORDER BY k.i`, chains, addrs, int64(first))
	if err != nil {
		return nil, fmt.Errorf("read neighbours of %d towns: %w", len(towns), err)
	}
	defer rows.Close()
	out := make([][]Edge, len(towns))
	for rows.Next() {
		var (
			i, chain int64
			addr     []byte
			e        Edge
		)
		if err := rows.Scan(&i, &chain, &addr, &e.Weight, &e.Probability); err != nil {
			return nil, fmt.Errorf("scan edge: %w", err)
		}
		e.From, e.To = towns[i-1], TownRef{Chain: uint64(chain), Address: addrOf(addr)}
		out[i-1] = append(out[i-1], e)
	}
	return out, rows.Err()
}

// EdgeBetween reads the walk edge from a to b; nil when there is none.
func (s *Store) EdgeBetween(ctx context.Context, a, b TownRef) (*Edge, error) {
	e := Edge{From: a, To: b}
	err := s.reader().QueryRow(ctx, `SELECT weight, probability FROM town_edges
		WHERE from_chain = $1 AND from_address = $2 AND to_chain = $3 AND to_address = $4`,
		int64(a.Chain), a.Address.Bytes(), int64(b.Chain), b.Address.Bytes()).Scan(&e.Weight, &e.Probability)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read edge %d:%s -> %d:%s: %w", a.Chain, a.Address, b.Chain, b.Address, err)
	}
	return &e, nil
}

// SkillPair counts the current members' SkillWallets holding two skills:
// the numbers behind the skill relatedness phi(a,b) = Both/max(A,B).
type SkillPair struct {
	Wallets, A, B, Both int64
}

// SkillPairCounts counts over the wallets of current memberships, the
// same population the skill graph estimates relatedness from.
func (s *Store) SkillPairCounts(ctx context.Context, a, b int) (SkillPair, error) {
	var p SkillPair
	err := s.reader().QueryRow(ctx, `
		SELECT count(*),
		       count(*) FILTER (WHERE $1::int2 = ANY(w.skill_ids)),
		       count(*) FILTER (WHERE $2::int2 = ANY(w.skill_ids)),
		       count(*) FILTER (WHERE $1::int2 = ANY(w.skill_ids) AND $2::int2 = ANY(w.skill_ids))
		FROM members m
		JOIN skill_wallets w ON w.chain_id = m.chain_id AND w.token_id = m.skill_wallet_id AND upper_inf(w.block_range)
		WHERE upper_inf(m.block_range) AND cardinality(w.skill_ids) > 0`, int16(a), int16(b)).Scan(&p.Wallets, &p.A, &p.B, &p.Both)
	if err != nil {
		return p, fmt.Errorf("count skills %d and %d: %w", a, b, err)
	}
	return p, nil
}

// WalletRef names a SkillWallet.
type WalletRef struct {
	Chain   uint64
	TokenID *big.Int
}

// WalletHistories reads, per wallet, the towns it was active in, in order
// (a town appears again if the wallet came back), up to block at (nil: all).
func (s *Store) WalletHistories(ctx context.Context, wallets []WalletRef, at *uint64) ([][]TownRef, error) {
	chains := make([]int64, len(wallets))
	ids := make([]pgtype.Numeric, len(wallets))
	for i, w := range wallets {
		chains[i], ids[i] = int64(w.Chain), num(w.TokenID)
	}
	upto := int64(-1)
	if at != nil {
		upto = clampInt64(*at)
	}
	rows, err := s.reader().Query(ctx, `
		SELECT k.i, m.town_address
		FROM unnest($1::int8[], $2::numeric[]) WITH ORDINALITY AS k(chain_id, token_id, i)
		JOIN wallet_moves m ON m.chain_id = k.chain_id AND m.token_id = k.token_id AND ($3 < 0 OR m.block <= $3)
		ORDER BY k.i, m.block, m.log_index`, chains, ids, upto)
	if err != nil {
		return nil, fmt.Errorf("read history of %d wallets: %w", len(wallets), err)
	}
	defer rows.Close()
	out := make([][]TownRef, len(wallets))
	for rows.Next() {
		var (
			i    int64
			town []byte
		)
		if err := rows.Scan(&i, &town); err != nil {
			return nil, fmt.Errorf("scan wallet move: %w", err)
		}
		out[i-1] = append(out[i-1], TownRef{Chain: wallets[i-1].Chain, Address: addrOf(town)})
	}
	return out, rows.Err()
}

// Treasuries reads what each town holds of its own credit token at block
// at (nil: now); 0 when it holds nothing or has no token.
func (s *Store) Treasuries(ctx context.Context, towns []TownRef, at *uint64) ([]*big.Int, error) {
	chains, addrs := refColumns(towns)
	rows, err := s.reader().Query(ctx, `
		SELECT k.i, b.amount
		FROM unnest($1::int8[], $2::bytea[]) WITH ORDINALITY AS k(chain_id, address, i)
		JOIN towns t ON t.chain_id = k.chain_id AND t.address = k.address AND `+atVersion("t", at, 3)+`
		JOIN credit_balances b ON b.chain_id = t.chain_id AND b.token = t.credits_token AND b.holder = t.address
		  AND `+atVersion("b", at, 3), chains, addrs, atArg(at))
	if err != nil {
		return nil, fmt.Errorf("read treasuries of %d towns: %w", len(towns), err)
	}
	return alignedAmounts(rows, len(towns))
}

// CreditKey asks for an account's credits, in one town or (Town zero) all.
type CreditKey struct {
	Account TownRef
	Town    common.Address
}

// CreditTotals sums each account's balances at block at (nil: now).
func (s *Store) CreditTotals(ctx context.Context, keys []CreditKey, at *uint64) ([]*big.Int, error) {
	chains := make([]int64, len(keys))
	holders := make([][]byte, len(keys))
	towns := make([][]byte, len(keys))
	for i, k := range keys {
		chains[i], holders[i] = int64(k.Account.Chain), k.Account.Address.Bytes()
		if k.Town != (common.Address{}) {
			towns[i] = k.Town.Bytes()
		}
	}
	rows, err := s.reader().Query(ctx, `
		SELECT k.i, sum(b.amount)
		FROM unnest($1::int8[], $2::bytea[], $3::bytea[]) WITH ORDINALITY AS k(chain_id, holder, town, i)
		JOIN credit_balances b ON b.chain_id = k.chain_id AND b.holder = k.holder
		  AND (k.town IS NULL OR b.town_address = k.town) AND `+atVersion("b", at, 4)+`
		GROUP BY k.i`, chains, holders, towns, atArg(at))
	if err != nil {
		return nil, fmt.Errorf("sum credits of %d accounts: %w", len(keys), err)
	}
	return alignedAmounts(rows, len(keys))
}

// atVersion is the version condition on alias for a block bound as $n
// (negative for the current version).
func atVersion(alias string, at *uint64, n int) string {
	return fmt.Sprintf("(CASE WHEN $%[2]d::int8 < 0 THEN upper_inf(%[1]s.block_range) ELSE %[1]s.block_range @> $%[2]d::int8 END)", alias, n)
}

func atArg(at *uint64) int64 {
	if at == nil {
		return -1
	}
	return clampInt64(*at)
}

func alignedAmounts(rows pgx.Rows, n int) ([]*big.Int, error) {
	defer rows.Close()
	out := make([]*big.Int, n)
	for rows.Next() {
		var (
			i      int64
			amount pgtype.Numeric
		)
		if err := rows.Scan(&i, &amount); err != nil {
			return nil, fmt.Errorf("scan amount: %w", err)
		}
		out[i-1] = bigOf(amount)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i] == nil {
			out[i] = new(big.Int)
		}
	}
	return out, nil
}

// WALPosition is the primary's current write-ahead log position: every
// transaction committed before the call is at or before it. It is the
// insert position, not the written one: with synchronous_commit off a
// commit's record may not be written yet, and a replica waiting for it
// then waits until it is.
func (s *Store) WALPosition(ctx context.Context) (string, error) {
	var pos string
	if err := s.pool.QueryRow(ctx, `SELECT pg_current_wal_insert_lsn()::text`).Scan(&pos); err != nil {
		return "", fmt.Errorf("read WAL position: %w", err)
	}
	return pos, nil
}

// WaitReplay waits until the database s reads from has replayed the WAL up
// to pos (from WALPosition), so that it shows everything committed before
// it; it returns at once when s reads from the primary. It gives up with
// an error when ctx ends first.
func (s *Store) WaitReplay(ctx context.Context, pos string) error {
	if !s.OnReplica() {
		return nil
	}
	db := s.reader()
	for {
		var done bool
		// NULL outside recovery: a "replica" that is a primary is current.
		err := db.QueryRow(ctx, `SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true)`, pos).Scan(&done)
		if err != nil {
			return fmt.Errorf("wait for replay to %s: %w", pos, err)
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for replay to %s: %w", pos, context.Cause(ctx))
		case <-time.After(10 * time.Millisecond):
		}
	}
}
