package store

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
)

// versioned describes how one block-range-versioned table stores an entity.
type versioned[T any] struct {
	table    string
	keyCols  []string // identify the entity (chain_id first)
	keyTypes []string // SQL array element types of keyCols, for unnest
	cols     []string // every column but vid and block_range, keys included
	key      func(T) []any
	row      func(T) []any // values in cols order
}

// Apply writes a batch and moves the chain's cursor to its last block, in
// one transaction. It fails with ErrCursorMoved when the stored cursor is
// not b.Prev, so a batch is never applied twice.
func (s *Store) Apply(ctx context.Context, b *Batch) error {
	if len(b.Blocks) == 0 {
		return fmt.Errorf("chain %d: apply: batch has no blocks", b.Chain)
	}
	last := b.Blocks[len(b.Blocks)-1]
	err := inTx(ctx, s.pool, func(tx pgx.Tx) error {
		if err := moveCursor(ctx, tx, b.Chain, b.Prev, last); err != nil {
			return err
		}
		if err := copyBlocks(ctx, tx, b.Chain, b.Blocks); err != nil {
			return err
		}
		if err := copyContracts(ctx, tx, b.Contracts); err != nil {
			return err
		}
		if err := writeVersions(ctx, tx, townTable, b.Towns); err != nil {
			return err
		}
		if err := writeVersions(ctx, tx, memberTable, b.Members); err != nil {
			return err
		}
		if err := writeVersions(ctx, tx, walletTable, b.Wallets); err != nil {
			return err
		}
		if err := writeVersions(ctx, tx, balanceTable, b.Balances); err != nil {
			return err
		}
		if err := writeVersions(ctx, tx, gigTable, b.Gigs); err != nil {
			return err
		}
		if err := copyEvents(ctx, tx, b); err != nil {
			return err
		}
		return notifyBatch(ctx, tx, b, last)
	})
	if err != nil {
		return fmt.Errorf("chain %d: apply blocks %d-%d: %w", b.Chain, b.Blocks[0].Number, last.Number, err)
	}
	return nil
}

func moveCursor(ctx context.Context, tx pgx.Tx, chain uint64, prev *BlockRef, next BlockRef) error {
	var tag interface{ RowsAffected() int64 }
	var err error
	if prev == nil {
		tag, err = tx.Exec(ctx, `
			UPDATE chains SET indexed_block = $2, indexed_hash = $3, indexed_time = $4, updated_at = now()
			WHERE chain_id = $1 AND indexed_block IS NULL`,
			int64(chain), int64(next.Number), next.Hash.Bytes(), int64(next.Time))
	} else {
		if next.Number <= prev.Number {
			return fmt.Errorf("cursor would go back from %d to %d", prev.Number, next.Number)
		}
		tag, err = tx.Exec(ctx, `
			UPDATE chains SET indexed_block = $2, indexed_hash = $3, indexed_time = $4, updated_at = now()
			WHERE chain_id = $1 AND indexed_block = $5 AND indexed_hash = $6`,
			int64(chain), int64(next.Number), next.Hash.Bytes(), int64(next.Time), int64(prev.Number), prev.Hash.Bytes())
	}
	if err != nil {
		return fmt.Errorf("move cursor: %w", err)
	}
	if tag.RowsAffected() != 1 {
		return ErrCursorMoved
	}
	return nil
}

func copyBlocks(ctx context.Context, tx pgx.Tx, chain uint64, blocks []BlockRef) error {
	rows := make([][]any, len(blocks))
	for i, b := range blocks {
		rows[i] = []any{int64(chain), int64(b.Number), b.Hash.Bytes(), b.Parent.Bytes(), int64(b.Time), b.HasEvents}
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"blocks"},
		[]string{"chain_id", "number", "hash", "parent_hash", "time", "has_events"}, pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("copy %d blocks: %w", len(blocks), err)
	}
	return nil
}

func copyContracts(ctx context.Context, tx pgx.Tx, cs []Contract) error {
	if len(cs) == 0 {
		return nil
	}
	rows := make([][]any, len(cs))
	for i, c := range cs {
		rows[i] = []any{int64(c.Chain), c.Address.Bytes(), c.Kind, addrOrNil(c.Town), int64(c.CreatedBlock)}
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"contracts"},
		[]string{"chain_id", "address", "kind", "town_address", "created_block"}, pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("copy %d contracts: %w", len(cs), err)
	}
	return nil
}

// writeVersions closes the current version of every entity the batch
// touches at its first change, then inserts one row per new version.
// Versions of one entity at the same block collapse to the last one.
func writeVersions[T any](ctx context.Context, tx pgx.Tx, t versioned[T], vs []Version[T]) error {
	if len(vs) == 0 {
		return nil
	}
	type entity struct {
		key      []any
		versions []Version[T]
	}
	var order []string
	byKey := map[string]*entity{}
	for _, v := range vs {
		k := t.key(v.Value)
		ks := fmt.Sprint(k...)
		e, ok := byKey[ks]
		if !ok {
			e = &entity{key: k}
			byKey[ks] = e
			order = append(order, ks)
		}
		if n := len(e.versions); n > 0 && e.versions[n-1].Block == v.Block {
			e.versions[n-1] = v
			continue
		} else if n > 0 && e.versions[n-1].Block > v.Block {
			return fmt.Errorf("%s: versions out of block order (%d after %d)", t.table, v.Block, e.versions[n-1].Block)
		}
		e.versions = append(e.versions, v)
	}

	// Close current versions: one UPDATE joining an unnest of the keys.
	keyArrays := make([][]any, len(t.keyCols))
	var firstBlocks []int64
	var rows [][]any
	for _, ks := range order {
		e := byKey[ks]
		for i, kv := range e.key {
			keyArrays[i] = append(keyArrays[i], kv)
		}
		firstBlocks = append(firstBlocks, int64(e.versions[0].Block))
		for i, v := range e.versions {
			if v.Deleted {
				continue
			}
			var upper uint64
			if i+1 < len(e.versions) {
				upper = e.versions[i+1].Block
			}
			rows = append(rows, append(t.row(v.Value), versionRange(v.Block, upper)))
		}
	}
	var (
		unnestArgs []string
		aliases    []string
		conds      []string
		args       []any
	)
	for i, c := range t.keyCols {
		args = append(args, keyArrays[i])
		unnestArgs = append(unnestArgs, fmt.Sprintf("$%d::%s[]", i+1, t.keyTypes[i]))
		aliases = append(aliases, c)
		conds = append(conds, fmt.Sprintf("t.%s = k.%s", c, c))
	}
	args = append(args, firstBlocks)
	unnestArgs = append(unnestArgs, fmt.Sprintf("$%d::int8[]", len(args)))
	aliases = append(aliases, "first_block")
	sql := fmt.Sprintf(`UPDATE %s t SET block_range = int8range(lower(t.block_range), k.first_block)
		FROM unnest(%s) AS k(%s)
		WHERE %s AND upper_inf(t.block_range)`,
		t.table, strings.Join(unnestArgs, ", "), strings.Join(aliases, ", "), strings.Join(conds, " AND "))
	if _, err := tx.Exec(ctx, sql, args...); err != nil {
		return fmt.Errorf("close %d %s versions: %w", len(order), t.table, err)
	}
	if len(rows) == 0 {
		return nil
	}
	cols := append(append([]string{}, t.cols...), "block_range")
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.table}, cols, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("copy %d %s versions: %w", len(rows), t.table, err)
	}
	return nil
}

func copyEvents(ctx context.Context, tx pgx.Tx, b *Batch) error {
	if len(b.Transfers) > 0 {
		rows := make([][]any, len(b.Transfers))
		for i, t := range b.Transfers {
			rows[i] = []any{int64(t.Chain), int64(t.Block), int32(t.LogIndex), t.TxHash.Bytes(), int64(t.Time),
				t.Token.Bytes(), addrOrNil(t.Town), t.Kind, t.From.Bytes(), t.To.Bytes(), num(t.Amount)}
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"credit_transfers"},
			[]string{"chain_id", "block", "log_index", "tx_hash", "time", "token", "town_address", "kind", "from_address", "to_address", "amount"},
			pgx.CopyFromRows(rows))
		if err != nil {
			return fmt.Errorf("copy %d credit transfers: %w", len(rows), err)
		}
	}
	if len(b.Moves) > 0 {
		rows := make([][]any, len(b.Moves))
		for i, m := range b.Moves {
			rows[i] = []any{int64(m.Chain), num(m.TokenID), m.Town.Bytes(), int64(m.Block), int32(m.LogIndex), int64(m.Time)}
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"wallet_moves"},
			[]string{"chain_id", "token_id", "town_address", "block", "log_index", "time"}, pgx.CopyFromRows(rows))
		if err != nil {
			return fmt.Errorf("copy %d wallet moves: %w", len(rows), err)
		}
	}
	if len(b.Projects) > 0 {
		rows := make([][]any, len(b.Projects))
		for i, p := range b.Projects {
			rows[i] = []any{int64(p.Chain), p.Contract.Bytes(), num(p.ProjectID), int32(p.Template), p.Town.Bytes(),
				int64(p.Block), int32(p.LogIndex), int64(p.Time)}
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"projects"},
			[]string{"chain_id", "projects_address", "project_id", "template", "town_address", "block", "log_index", "time"},
			pgx.CopyFromRows(rows))
		if err != nil {
			return fmt.Errorf("copy %d projects: %w", len(rows), err)
		}
	}
	return nil
}

// Notification channels. Payloads are JSON; NOTIFY is transactional, so
// listeners only hear of batches that committed.
const (
	ChannelBlocks  = "dito_blocks"  // {"chain":1,"number":9,"hash":"0x..","time":1700000000}
	ChannelTowns   = "dito_towns"   // {"chain":1,"address":"0x..","block":9}
	ChannelSignals = "dito_signals" // {"id":42}
)

func notifyBatch(ctx context.Context, tx pgx.Tx, b *Batch, last BlockRef) error {
	_, err := tx.Exec(ctx, `SELECT pg_notify($1, json_build_object('chain', $2::bigint, 'number', $3::bigint, 'hash', $4::text, 'time', $5::bigint)::text)`,
		ChannelBlocks, int64(b.Chain), int64(last.Number), last.Hash.Hex(), int64(last.Time))
	if err != nil {
		return fmt.Errorf("notify block: %w", err)
	}
	towns := TouchedTowns(b)
	if len(towns) == 0 {
		return nil
	}
	addrs := make([]string, len(towns))
	for i, t := range towns {
		addrs[i] = strings.ToLower(t.Hex())
	}
	_, err = tx.Exec(ctx, `SELECT pg_notify($1, json_build_object('chain', $2::bigint, 'address', a, 'block', $3::bigint)::text)
		FROM unnest($4::text[]) AS a`, ChannelTowns, int64(b.Chain), int64(last.Number), addrs)
	if err != nil {
		return fmt.Errorf("notify %d towns: %w", len(towns), err)
	}
	return nil
}

// TouchedTowns lists, sorted and once each, the towns whose state a batch
// changes: the graph engine recomputes exactly these.
func TouchedTowns(b *Batch) []common.Address {
	set := map[common.Address]bool{}
	add := func(a common.Address) {
		if a != (common.Address{}) {
			set[a] = true
		}
	}
	for _, v := range b.Towns {
		add(v.Value.Address)
	}
	for _, v := range b.Members {
		add(v.Value.Town)
	}
	for _, v := range b.Wallets {
		add(v.Value.Town)
	}
	for _, v := range b.Balances {
		add(v.Value.Town)
	}
	for _, v := range b.Gigs {
		add(v.Value.Town)
	}
	for _, p := range b.Projects {
		add(p.Town)
	}
	out := make([]common.Address, 0, len(set))
	for a := range set {
		out = append(out, a)
	}
	slices.SortFunc(out, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
	return out
}
