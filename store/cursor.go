package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
)

// EnsureChain registers a chain (idempotent) and its configured roots.
func (s *Store) EnsureChain(ctx context.Context, chain uint64, name string, start uint64, roots []Contract) error {
	return inTx(ctx, s.pool, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `
			INSERT INTO chains (chain_id, name, start_block) VALUES ($1, $2, $3)
			ON CONFLICT (chain_id) DO UPDATE SET name = EXCLUDED.name`, int64(chain), name, int64(start))
		if err != nil {
			return fmt.Errorf("chain %d: register: %w", chain, err)
		}
		for _, c := range roots {
			_, err := tx.Exec(ctx, `
				INSERT INTO contracts (chain_id, address, kind, town_address, created_block)
				VALUES ($1, $2, $3, NULL, $4) ON CONFLICT (chain_id, address) DO NOTHING`,
				int64(chain), c.Address.Bytes(), c.Kind, int64(c.CreatedBlock))
			if err != nil {
				return fmt.Errorf("chain %d: register root %s: %w", chain, c.Address, err)
			}
		}
		return nil
	})
}

// Cursor returns where indexing of a chain stands.
func (s *Store) Cursor(ctx context.Context, chain uint64) (Cursor, error) {
	var (
		c     = Cursor{Chain: chain}
		num   *int64
		hash  []byte
		start int64
	)
	err := s.pool.QueryRow(ctx, `SELECT name, indexed_block, indexed_hash, start_block FROM chains WHERE chain_id = $1`,
		int64(chain)).Scan(&c.Name, &num, &hash, &start)
	if errors.Is(err, pgx.ErrNoRows) {
		return c, fmt.Errorf("chain %d: %w", chain, ErrNotFound)
	}
	if err != nil {
		return c, fmt.Errorf("chain %d: read cursor: %w", chain, err)
	}
	c.Start = uint64(start)
	if num != nil {
		b, err := s.Block(ctx, chain, uint64(*num))
		if err != nil {
			return c, fmt.Errorf("chain %d: cursor block %d: %w", chain, *num, err)
		}
		if b.Hash != common.BytesToHash(hash) {
			return c, fmt.Errorf("chain %d: cursor hash %x disagrees with stored block %s", chain, hash, b.Hash)
		}
		c.Block = &b
	}
	return c, nil
}

// Block returns a stored block by number.
func (s *Store) Block(ctx context.Context, chain, number uint64) (BlockRef, error) {
	var (
		b            = BlockRef{Number: number}
		hash, parent []byte
		t            int64
	)
	err := s.reader().QueryRow(ctx, `SELECT hash, parent_hash, time, has_events FROM blocks WHERE chain_id = $1 AND number = $2`,
		int64(chain), int64(number)).Scan(&hash, &parent, &t, &b.HasEvents)
	if errors.Is(err, pgx.ErrNoRows) {
		return b, ErrNotFound
	}
	if err != nil {
		return b, fmt.Errorf("read block %d: %w", number, err)
	}
	b.Hash, b.Parent, b.Time = common.BytesToHash(hash), common.BytesToHash(parent), uint64(t)
	return b, nil
}

// RecentBlocks returns the stored blocks of a chain in [from, to], descending,
// for walking back to a common ancestor after a reorg.
func (s *Store) RecentBlocks(ctx context.Context, chain, from, to uint64) ([]BlockRef, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT number, hash, parent_hash, time, has_events FROM blocks
		WHERE chain_id = $1 AND number BETWEEN $2 AND $3 ORDER BY number DESC`,
		int64(chain), int64(from), int64(to))
	if err != nil {
		return nil, fmt.Errorf("chain %d: read blocks %d-%d: %w", chain, from, to, err)
	}
	var out []BlockRef
	for rows.Next() {
		var (
			b            BlockRef
			n, t         int64
			hash, parent []byte
		)
		if err := rows.Scan(&n, &hash, &parent, &t, &b.HasEvents); err != nil {
			return nil, fmt.Errorf("chain %d: scan block: %w", chain, err)
		}
		b.Number, b.Time = uint64(n), uint64(t)
		b.Hash, b.Parent = common.BytesToHash(hash), common.BytesToHash(parent)
		out = append(out, b)
	}
	return out, rows.Err()
}

// SetHead records the chain head the indexer last saw (for lag reporting).
func (s *Store) SetHead(ctx context.Context, chain, number, time uint64) error {
	_, err := s.pool.Exec(ctx, `UPDATE chains SET head_block = $2, head_time = $3, updated_at = now() WHERE chain_id = $1`,
		int64(chain), int64(number), int64(time))
	if err != nil {
		return fmt.Errorf("chain %d: set head %d: %w", chain, number, err)
	}
	return nil
}

// Contracts lists the addresses followed on a chain, by creation block.
func (s *Store) Contracts(ctx context.Context, chain uint64) ([]Contract, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT address, kind, town_address, created_block FROM contracts
		WHERE chain_id = $1 ORDER BY created_block, address`, int64(chain))
	if err != nil {
		return nil, fmt.Errorf("chain %d: list contracts: %w", chain, err)
	}
	var out []Contract
	for rows.Next() {
		var (
			c          = Contract{Chain: chain}
			addr, town []byte
			created    int64
		)
		if err := rows.Scan(&addr, &c.Kind, &town, &created); err != nil {
			return nil, fmt.Errorf("chain %d: scan contract: %w", chain, err)
		}
		c.Address, c.Town, c.CreatedBlock = addrOf(addr), addrOf(town), uint64(created)
		out = append(out, c)
	}
	return out, rows.Err()
}

// PruneBlocks forgets event-less blocks below keepFrom; they only served
// reorg detection and are now deeper than any reorg we accept.
func (s *Store) PruneBlocks(ctx context.Context, chain, keepFrom uint64) error {
	_, err := s.pool.Exec(ctx, `DELETE FROM blocks WHERE chain_id = $1 AND number < $2 AND NOT has_events`,
		int64(chain), int64(keepFrom))
	if err != nil {
		return fmt.Errorf("chain %d: prune blocks below %d: %w", chain, keepFrom, err)
	}
	return nil
}
