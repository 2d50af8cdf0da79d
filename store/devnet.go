package store

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
)

// ErrRealChain means a chain id the devnet wants holds data indexed from a
// real network.
var ErrRealChain = errors.New("chain indexed from a real network")

// ClaimForDevnet prepares the database for a new run of the in-process
// devnet, whose chains (named by id in chains) are new at every start: it
// forgets everything indexed from earlier devnet runs under those ids,
// derived skill-graph data and signals included, and registers them as
// devnet chains. It changes nothing and returns ErrRealChain if one of the
// ids holds data indexed from a real network.
func (s *Store) ClaimForDevnet(ctx context.Context, chains map[uint64]string) error {
	ids := slices.Sorted(maps.Keys(chains))
	keys := make([]int64, len(ids))
	for i, id := range ids {
		keys[i] = int64(id)
	}
	return inTx(ctx, s.pool, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT chain_id, name FROM chains WHERE chain_id = ANY($1) AND NOT devnet ORDER BY chain_id FOR UPDATE`, keys)
		if err != nil {
			return fmt.Errorf("read chains: %w", err)
		}
		var real []string
		for rows.Next() {
			var id int64
			var name string
			if err := rows.Scan(&id, &name); err != nil {
				return fmt.Errorf("scan chain: %w", err)
			}
			real = append(real, fmt.Sprintf("%d (%s)", id, name))
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("read chains: %w", err)
		}
		if len(real) > 0 {
			return fmt.Errorf("chains %s: %w", strings.Join(real, ", "), ErrRealChain)
		}
		stmts := []string{
			`DELETE FROM signals WHERE chain_id = ANY($1) OR from_chain = ANY($1) OR to_chain = ANY($1)`,
			`DELETE FROM town_edges WHERE from_chain = ANY($1) OR to_chain = ANY($1)`,
			`DELETE FROM town_scores WHERE chain_id = ANY($1)`,
			`DELETE FROM chains WHERE chain_id = ANY($1)`,
		}
		for _, t := range versionedTables {
			stmts = append(stmts, fmt.Sprintf(`DELETE FROM %s WHERE chain_id = ANY($1)`, t))
		}
		for _, e := range eventTables {
			stmts = append(stmts, fmt.Sprintf(`DELETE FROM %s WHERE chain_id = ANY($1)`, e.table))
		}
		for _, q := range stmts {
			if _, err := tx.Exec(ctx, q, keys); err != nil {
				return fmt.Errorf("forget earlier devnet data: %w", err)
			}
		}
		for _, id := range ids {
			if _, err := tx.Exec(ctx, `INSERT INTO chains (chain_id, name, devnet) VALUES ($1, $2, true)`, int64(id), chains[id]); err != nil {
				return fmt.Errorf("register devnet chain %d: %w", id, err)
			}
		}
		return nil
	})
}
