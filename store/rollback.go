package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// Rollback undoes every change a chain's indexer applied above ancestor, in
// one transaction: versions created after it are deleted, versions closed
// after it are reopened, events after it are deleted, signals caused by the
// removed blocks are retracted, and the cursor moves back to ancestor.
// ancestor must be a block the store remembers.
func (s *Store) Rollback(ctx context.Context, chain uint64, ancestor uint64) (retracted int64, err error) {
	err = inTx(ctx, s.pool, func(tx pgx.Tx) error {
		var hash []byte
		var t int64
		err := tx.QueryRow(ctx, `SELECT hash, time FROM blocks WHERE chain_id = $1 AND number = $2`,
			int64(chain), int64(ancestor)).Scan(&hash, &t)
		if err != nil {
			return fmt.Errorf("ancestor block %d not stored: %w", ancestor, err)
		}
		for _, table := range versionedTables {
			if _, err := tx.Exec(ctx, fmt.Sprintf(
				`DELETE FROM %s WHERE chain_id = $1 AND lower(block_range) > $2`, table),
				int64(chain), int64(ancestor)); err != nil {
				return fmt.Errorf("delete %s versions: %w", table, err)
			}
			if _, err := tx.Exec(ctx, fmt.Sprintf(
				`UPDATE %s SET block_range = int8range(lower(block_range), NULL)
				 WHERE chain_id = $1 AND NOT upper_inf(block_range) AND upper(block_range) > $2`, table),
				int64(chain), int64(ancestor)); err != nil {
				return fmt.Errorf("reopen %s versions: %w", table, err)
			}
		}
		for _, e := range eventTables {
			if _, err := tx.Exec(ctx, fmt.Sprintf(`DELETE FROM %s WHERE chain_id = $1 AND %s > $2`, e.table, e.blockCol),
				int64(chain), int64(ancestor)); err != nil {
				return fmt.Errorf("delete %s: %w", e.table, err)
			}
		}
		n, err := retractSignals(ctx, tx, chain, ancestor)
		if err != nil {
			return err
		}
		retracted = n
		_, err = tx.Exec(ctx, `
			UPDATE chains SET indexed_block = $2, indexed_hash = $3, indexed_time = $4, updated_at = now()
			WHERE chain_id = $1`, int64(chain), int64(ancestor), hash, t)
		if err != nil {
			return fmt.Errorf("move cursor back: %w", err)
		}
		_, err = tx.Exec(ctx, `SELECT pg_notify($1, json_build_object('chain', $2::bigint, 'ancestor', $3::bigint)::text)`,
			ChannelReorgs, int64(chain), int64(ancestor))
		if err != nil {
			return fmt.Errorf("notify reorg: %w", err)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("chain %d: roll back to %d: %w", chain, ancestor, err)
	}
	return retracted, nil
}

// retractSignals withdraws the live signals whose cause lies above ancestor:
// each gets a RETRACTED signal so bots that acted on it hear of the undo.
func retractSignals(ctx context.Context, tx pgx.Tx, chain, ancestor uint64) (int64, error) {
	rows, err := tx.Query(ctx, `
		WITH gone AS (
			UPDATE signals SET retracted = true
			WHERE chain_id = $1 AND block > $2 AND kind <> 'RETRACTED' AND NOT retracted
			RETURNING id, from_chain, from_address, to_chain, to_address, skill, scarcity, block
		)
		INSERT INTO signals (from_chain, from_address, to_chain, to_address, skill, kind, scarcity,
			chain_id, block, time, reason, retracts)
		SELECT from_chain, from_address, to_chain, to_address, skill, 'RETRACTED', scarcity,
			$1, $2, coalesce((SELECT time FROM blocks WHERE chain_id = $1 AND number = $2), 0),
			'block ' || block || ' that caused signal ' || id || ' was reorged away', id
		FROM gone ORDER BY id
		RETURNING id`, int64(chain), int64(ancestor))
	if err != nil {
		return 0, fmt.Errorf("retract signals: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return 0, fmt.Errorf("retract signals: %w", err)
	}
	if len(ids) > 0 {
		_, err = tx.Exec(ctx, `SELECT pg_notify($1, json_build_object('id', id)::text) FROM unnest($2::int8[]) AS id ORDER BY id`,
			ChannelSignals, ids)
		if err != nil {
			return 0, fmt.Errorf("notify retractions: %w", err)
		}
	}
	return int64(len(ids)), nil
}
