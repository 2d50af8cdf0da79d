package store

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
)

// State is the current version of every entity of one chain. The indexer
// loads the parts a batch touches; tests compare a whole State with the
// devnet's ground truth.
type State struct {
	Towns     []Town
	Members   []Member
	Wallets   []SkillWallet
	Balances  []Balance
	Gigs      []Gig
	Projects  []Project
	Transfers int64 // number of credit movements
}

// Keys selects entities to load; a nil slice loads none, All loads all.
type Keys struct {
	All      bool
	Towns    []common.Address
	Members  [][2]common.Address // (town, member)
	Wallets  []*big.Int
	Balances [][2]common.Address // (token, holder)
	Gigs     []GigKey
}

// GigKey identifies a gig: its Gigs contract and id.
type GigKey struct {
	Contract common.Address
	ID       *big.Int
}

// Current loads the current versions of the selected entities of a chain.
func (s *Store) Current(ctx context.Context, chain uint64, k Keys) (State, error) {
	var st State
	var err error
	c := int64(chain)
	if k.All || len(k.Towns) > 0 {
		st.Towns, err = queryAll(ctx, s.pool, scanTown, `
			SELECT chain_id, address, community_id, template, creator, metadata_uri, credits_token, gigs_address,
			       members_count, created_block, created_time
			FROM towns WHERE chain_id = $1 AND upper_inf(block_range) AND ($2 OR address = ANY($3))
			ORDER BY address`, c, k.All, byteSlices(k.Towns))
		if err != nil {
			return st, fmt.Errorf("chain %d: load towns: %w", chain, err)
		}
	}
	if k.All || len(k.Members) > 0 {
		towns, addrs := pairColumns(k.Members)
		st.Members, err = queryAll(ctx, s.pool, scanMember, `
			SELECT chain_id, town_address, address, skill_wallet_id, joined_block, joined_time
			FROM members WHERE chain_id = $1 AND upper_inf(block_range)
			  AND ($2 OR (town_address, address) IN (SELECT * FROM unnest($3::bytea[], $4::bytea[])))
			ORDER BY town_address, address`, c, k.All, towns, addrs)
		if err != nil {
			return st, fmt.Errorf("chain %d: load members: %w", chain, err)
		}
	}
	if k.All || len(k.Wallets) > 0 {
		ids := make([]pgtype.Numeric, len(k.Wallets))
		for i, id := range k.Wallets {
			ids[i] = num(id)
		}
		st.Wallets, err = queryAll(ctx, s.pool, scanWallet, `
			SELECT chain_id, token_id, owner, town_address, activated, skill_ids, skill_levels, created_block, created_time
			FROM skill_wallets WHERE chain_id = $1 AND upper_inf(block_range) AND ($2 OR token_id = ANY($3::numeric[]))
			ORDER BY token_id`, c, k.All, ids)
		if err != nil {
			return st, fmt.Errorf("chain %d: load skill wallets: %w", chain, err)
		}
	}
	if k.All || len(k.Balances) > 0 {
		tokens, holders := pairColumns(k.Balances)
		st.Balances, err = queryAll(ctx, s.pool, scanBalance, `
			SELECT chain_id, token, holder, town_address, amount
			FROM credit_balances WHERE chain_id = $1 AND upper_inf(block_range)
			  AND ($2 OR (token, holder) IN (SELECT * FROM unnest($3::bytea[], $4::bytea[])))
			ORDER BY token, holder`, c, k.All, tokens, holders)
		if err != nil {
			return st, fmt.Errorf("chain %d: load balances: %w", chain, err)
		}
	}
	if k.All || len(k.Gigs) > 0 {
		contracts := make([][]byte, len(k.Gigs))
		ids := make([]pgtype.Numeric, len(k.Gigs))
		for i, g := range k.Gigs {
			contracts[i], ids[i] = g.Contract.Bytes(), num(g.ID)
		}
		st.Gigs, err = queryAll(ctx, s.pool, scanGig, `
			SELECT chain_id, gigs_address, gig_id, town_address, creator, taker, status, credits, created_block, created_time
			FROM gigs WHERE chain_id = $1 AND upper_inf(block_range)
			  AND ($2 OR (gigs_address, gig_id) IN (SELECT * FROM unnest($3::bytea[], $4::numeric[])))
			ORDER BY gigs_address, gig_id`, c, k.All, contracts, ids)
		if err != nil {
			return st, fmt.Errorf("chain %d: load gigs: %w", chain, err)
		}
	}
	if k.All {
		st.Projects, err = queryAll(ctx, s.pool, scanProject, `
			SELECT chain_id, projects_address, project_id, template, town_address, block, log_index, time
			FROM projects WHERE chain_id = $1 ORDER BY projects_address, project_id`, c)
		if err != nil {
			return st, fmt.Errorf("chain %d: load projects: %w", chain, err)
		}
		if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM credit_transfers WHERE chain_id = $1`, c).Scan(&st.Transfers); err != nil {
			return st, fmt.Errorf("chain %d: count transfers: %w", chain, err)
		}
	}
	return st, nil
}

func byteSlices(as []common.Address) [][]byte {
	out := make([][]byte, len(as))
	for i, a := range as {
		out[i] = a.Bytes()
	}
	return out
}

func pairColumns(ps [][2]common.Address) (a, b [][]byte) {
	a, b = make([][]byte, len(ps)), make([][]byte, len(ps))
	for i, p := range ps {
		a[i], b[i] = p[0].Bytes(), p[1].Bytes()
	}
	return a, b
}

func queryAll[T any](ctx context.Context, q interface {
	Query(context.Context, string, ...any) (pgx.Rows, error)
}, scan func(pgx.Row) (T, error), sql string, args ...any) ([]T, error) {
	rows, err := q.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func scanTown(r pgx.Row) (Town, error) {
	var (
		t                           Town
		chain, created, createdTime int64
		addr, creator, token, gigs  []byte
		id                          pgtype.Numeric
		template, members           int32
	)
	err := r.Scan(&chain, &addr, &id, &template, &creator, &t.MetadataURI, &token, &gigs, &members, &created, &createdTime)
	t.Chain, t.Address, t.CommunityID, t.Template, t.Creator = uint64(chain), addrOf(addr), bigOf(id), int(template), addrOf(creator)
	t.CreditsToken, t.Gigs, t.MembersCount = addrOf(token), addrOf(gigs), int(members)
	t.CreatedBlock, t.CreatedTime = uint64(created), uint64(createdTime)
	return t, err
}

func scanMember(r pgx.Row) (Member, error) {
	var (
		m                 Member
		chain, joined, jt int64
		town, addr        []byte
		wallet            pgtype.Numeric
	)
	err := r.Scan(&chain, &town, &addr, &wallet, &joined, &jt)
	m.Chain, m.Town, m.Address, m.SkillWalletID = uint64(chain), addrOf(town), addrOf(addr), bigOf(wallet)
	m.JoinedBlock, m.JoinedTime = uint64(joined), uint64(jt)
	return m, err
}

func scanWallet(r pgx.Row) (SkillWallet, error) {
	var (
		w                  SkillWallet
		chain, created, ct int64
		id                 pgtype.Numeric
		owner, town        []byte
		ids, levels        []int16
	)
	err := r.Scan(&chain, &id, &owner, &town, &w.Activated, &ids, &levels, &created, &ct)
	w.Chain, w.TokenID, w.Owner, w.Town = uint64(chain), bigOf(id), addrOf(owner), addrOf(town)
	w.Skills, w.CreatedBlock, w.CreatedTime = skillsOf(ids, levels), uint64(created), uint64(ct)
	return w, err
}

func scanBalance(r pgx.Row) (Balance, error) {
	var (
		b                   Balance
		chain               int64
		token, holder, town []byte
		amount              pgtype.Numeric
	)
	err := r.Scan(&chain, &token, &holder, &town, &amount)
	b.Chain, b.Token, b.Holder, b.Town, b.Amount = uint64(chain), addrOf(token), addrOf(holder), addrOf(town), bigOf(amount)
	return b, err
}

func scanGig(r pgx.Row) (Gig, error) {
	var (
		g                              Gig
		chain, created, ct             int64
		contract, town, creator, taker []byte
		id, credits                    pgtype.Numeric
	)
	err := r.Scan(&chain, &contract, &id, &town, &creator, &taker, &g.Status, &credits, &created, &ct)
	g.Chain, g.Contract, g.GigID, g.Town = uint64(chain), addrOf(contract), bigOf(id), addrOf(town)
	g.Creator, g.Taker, g.Credits = addrOf(creator), addrOf(taker), bigOf(credits)
	g.CreatedBlock, g.CreatedTime = uint64(created), uint64(ct)
	return g, err
}

func scanProject(r pgx.Row) (Project, error) {
	var (
		p               Project
		chain, block, t int64
		contract, town  []byte
		id              pgtype.Numeric
		template, index int32
	)
	err := r.Scan(&chain, &contract, &id, &template, &town, &block, &index, &t)
	p.Chain, p.Contract, p.ProjectID, p.Template, p.Town = uint64(chain), addrOf(contract), bigOf(id), int(template), addrOf(town)
	p.Block, p.LogIndex, p.Time = uint64(block), uint(index), uint64(t)
	return p, err
}

// SortState orders every list of a State by its key, so two States built
// in different ways compare equal when they hold the same entities.
func SortState(st *State) {
	sort.Slice(st.Towns, func(i, j int) bool { return bytes.Compare(st.Towns[i].Address[:], st.Towns[j].Address[:]) < 0 })
	sort.Slice(st.Members, func(i, j int) bool {
		a, b := st.Members[i], st.Members[j]
		if c := bytes.Compare(a.Town[:], b.Town[:]); c != 0 {
			return c < 0
		}
		return bytes.Compare(a.Address[:], b.Address[:]) < 0
	})
	sort.Slice(st.Wallets, func(i, j int) bool { return st.Wallets[i].TokenID.Cmp(st.Wallets[j].TokenID) < 0 })
	sort.Slice(st.Balances, func(i, j int) bool {
		a, b := st.Balances[i], st.Balances[j]
		if c := bytes.Compare(a.Token[:], b.Token[:]); c != 0 {
			return c < 0
		}
		return bytes.Compare(a.Holder[:], b.Holder[:]) < 0
	})
	sort.Slice(st.Gigs, func(i, j int) bool {
		a, b := st.Gigs[i], st.Gigs[j]
		if c := bytes.Compare(a.Contract[:], b.Contract[:]); c != 0 {
			return c < 0
		}
		return a.GigID.Cmp(b.GigID) < 0
	})
	sort.Slice(st.Projects, func(i, j int) bool {
		a, b := st.Projects[i], st.Projects[j]
		if c := bytes.Compare(a.Contract[:], b.Contract[:]); c != 0 {
			return c < 0
		}
		return a.ProjectID.Cmp(b.ProjectID) < 0
	})
}
