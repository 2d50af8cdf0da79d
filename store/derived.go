package store

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
)

// TownRef names a town across chains.
type TownRef struct {
	Chain   uint64
	Address common.Address
}

// TownSkills is what the skill graph needs of a town: its members' skill
// sets. Members without a SkillWallet or without skills are left out.
type TownSkills struct {
	Town     TownRef
	Template int
	Wallets  [][]Skill
}

// TownSkills reads the current skill sets of every member of the given
// towns, or of every town when towns is nil. Towns without members are
// returned too (with no wallets), so the graph can mark them "no data".
func (s *Store) TownSkills(ctx context.Context, towns []TownRef) ([]TownSkills, error) {
	all := towns == nil
	chains, addrs := refColumns(towns)
	rows, err := s.pool.Query(ctx, `
		WITH t AS (
			SELECT chain_id, address, template FROM towns
			WHERE upper_inf(block_range)
			  AND ($1 OR (chain_id, address) IN (SELECT * FROM unnest($2::int8[], $3::bytea[])))
		)
		SELECT t.chain_id, t.address, t.template, w.skill_ids, w.skill_levels
		FROM t
		LEFT JOIN members m ON m.chain_id = t.chain_id AND m.town_address = t.address AND upper_inf(m.block_range)
		LEFT JOIN skill_wallets w ON w.chain_id = m.chain_id AND w.token_id = m.skill_wallet_id AND upper_inf(w.block_range)
		ORDER BY t.chain_id, t.address`, all, chains, addrs)
	if err != nil {
		return nil, fmt.Errorf("read town skills: %w", err)
	}
	defer rows.Close()
	var out []TownSkills
	for rows.Next() {
		var (
			chain       int64
			addr        []byte
			template    int32
			ids, levels []int16
		)
		if err := rows.Scan(&chain, &addr, &template, &ids, &levels); err != nil {
			return nil, fmt.Errorf("scan town skills: %w", err)
		}
		ref := TownRef{Chain: uint64(chain), Address: addrOf(addr)}
		if n := len(out); n == 0 || out[n-1].Town != ref {
			out = append(out, TownSkills{Town: ref, Template: int(template)})
		}
		if len(ids) > 0 {
			last := &out[len(out)-1]
			last.Wallets = append(last.Wallets, skillsOf(ids, levels))
		}
	}
	return out, rows.Err()
}

func refColumns(refs []TownRef) ([]int64, [][]byte) {
	chains, addrs := make([]int64, len(refs)), make([][]byte, len(refs))
	for i, r := range refs {
		chains[i], addrs[i] = int64(r.Chain), r.Address.Bytes()
	}
	return chains, addrs
}

// TownScore is the skill graph's verdict on one town.
type TownScore struct {
	Town    TownRef
	Members int
	// Score is nil for towns with no skilled member ("no data").
	Score           *int
	LegacyScore     *int
	Variety         float64
	PartCategory    float64
	PartSubcategory float64
	PartSkill       float64
	EffectiveSkills float64
	Percentile      float64
	Volatile        bool
	Lacks, Excesses []int
	District        *int
	Centrality      float64
}

// Edge is a directed one-step walk edge between towns.
type Edge struct {
	From, To    TownRef
	Weight      float64
	Probability float64
}

// Signal kinds.
const (
	SignalLack       = "LACK"
	SignalExcess     = "EXCESS"
	SignalNoSupplier = "NO_SUPPLIER"
	SignalRetracted  = "RETRACTED"
)

// Signal tells a town that another can supply (or use) a skill.
type Signal struct {
	ID          int64
	From        TownRef
	To          *TownRef // nil for NO_SUPPLIER
	Skill       int
	Kind        string
	Probability float64
	Surplus     int
	Scarcity    *int
	Chain       uint64
	Block       uint64
	Time        uint64
	Reason      string
}

// GraphUpdate is one round of the skill graph to store.
type GraphUpdate struct {
	// Full replaces every town's scores and edges; otherwise only Towns'.
	Full    bool
	Towns   []TownRef
	Scores  []TownScore
	Edges   []Edge
	Signals []Signal
	// Retract withdraws live signals that no longer hold.
	Retract []Retraction
}

// Retraction withdraws one stored signal.
type Retraction struct {
	ID     int64
	Reason string
}

// SaveGraph stores one round of the skill graph in one transaction: it
// replaces the scores and outgoing edges of the round's towns, records new
// signals and retractions, and notifies listeners of each signal row.
// It returns the ids of the new signal rows (retractions included).
func (s *Store) SaveGraph(ctx context.Context, u GraphUpdate) ([]int64, error) {
	var ids []int64
	scores, edges, signals := u.Scores, u.Edges, u.Signals
	err := inTx(ctx, s.pool, func(tx pgx.Tx) error {
		chains, addrs := refColumns(u.Towns)
		if u.Full {
			if _, err := tx.Exec(ctx, `TRUNCATE town_scores, town_edges`); err != nil {
				return fmt.Errorf("clear derived tables: %w", err)
			}
		} else {
			for _, table := range []string{"town_scores", "town_edges"} {
				chainCol, addrCol := "chain_id", "address"
				if table == "town_edges" {
					chainCol, addrCol = "from_chain", "from_address"
				}
				_, err := tx.Exec(ctx, fmt.Sprintf(`DELETE FROM %s WHERE (%s, %s) IN (SELECT * FROM unnest($1::int8[], $2::bytea[]))`,
					table, chainCol, addrCol), chains, addrs)
				if err != nil {
					return fmt.Errorf("clear %s of %d towns: %w", table, len(u.Towns), err)
				}
			}
		}
		if err := copyScores(ctx, tx, scores); err != nil {
			return err
		}
		if err := copyEdges(ctx, tx, edges); err != nil {
			return err
		}
		var err error
		if ids, err = insertSignals(ctx, tx, signals); err != nil {
			return err
		}
		for _, r := range u.Retract {
			id, err := retractOne(ctx, tx, r)
			if err != nil {
				return err
			}
			if id != 0 {
				ids = append(ids, id)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("save skill graph (%d towns, %d signals): %w", len(scores), len(signals), err)
	}
	return ids, nil
}

func intsToInt16(xs []int) []int16 {
	out := make([]int16, len(xs))
	for i, x := range xs {
		out[i] = int16(x)
	}
	return out
}

func finite(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

func copyScores(ctx context.Context, tx pgx.Tx, scores []TownScore) error {
	if len(scores) == 0 {
		return nil
	}
	rows := make([][]any, len(scores))
	for i, sc := range scores {
		rows[i] = []any{int64(sc.Town.Chain), sc.Town.Address.Bytes(), int32(sc.Members), sc.Score, sc.LegacyScore,
			finite(sc.Variety), finite(sc.PartCategory), finite(sc.PartSubcategory), finite(sc.PartSkill),
			finite(sc.EffectiveSkills), finite(sc.Percentile), sc.Volatile, intsToInt16(sc.Lacks), intsToInt16(sc.Excesses),
			sc.District, finite(sc.Centrality)}
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"town_scores"}, []string{"chain_id", "address", "members", "score", "legacy_score",
		"variety", "part_category", "part_subcategory", "part_skill", "effective_skills", "percentile", "volatile",
		"lacks", "excesses", "district", "centrality"}, pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("copy %d scores: %w", len(rows), err)
	}
	return nil
}

func copyEdges(ctx context.Context, tx pgx.Tx, edges []Edge) error {
	if len(edges) == 0 {
		return nil
	}
	rows := make([][]any, len(edges))
	for i, e := range edges {
		rows[i] = []any{int64(e.From.Chain), e.From.Address.Bytes(), int64(e.To.Chain), e.To.Address.Bytes(), e.Weight, e.Probability}
	}
	_, err := tx.CopyFrom(ctx, pgx.Identifier{"town_edges"},
		[]string{"from_chain", "from_address", "to_chain", "to_address", "weight", "probability"}, pgx.CopyFromRows(rows))
	if err != nil {
		return fmt.Errorf("copy %d edges: %w", len(rows), err)
	}
	return nil
}

func insertSignals(ctx context.Context, tx pgx.Tx, signals []Signal) ([]int64, error) {
	ids := make([]int64, 0, len(signals))
	for _, sg := range signals {
		var toChain *int64
		var toAddr []byte
		if sg.To != nil {
			c := int64(sg.To.Chain)
			toChain, toAddr = &c, sg.To.Address.Bytes()
		}
		var id int64
		err := tx.QueryRow(ctx, `
			INSERT INTO signals (from_chain, from_address, to_chain, to_address, skill, kind, probability, surplus,
				scarcity, chain_id, block, time, reason)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
			int64(sg.From.Chain), sg.From.Address.Bytes(), toChain, toAddr, int16(sg.Skill), sg.Kind,
			finite(sg.Probability), int32(sg.Surplus), sg.Scarcity, int64(sg.Chain), int64(sg.Block), int64(sg.Time), sg.Reason).Scan(&id)
		if err != nil {
			return nil, fmt.Errorf("insert signal: %w", err)
		}
		if _, err := tx.Exec(ctx, `SELECT pg_notify($1, json_build_object('id', $2::bigint)::text)`, ChannelSignals, id); err != nil {
			return nil, fmt.Errorf("notify signal %d: %w", id, err)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// ActiveSignals returns every live (not retracted) LACK/EXCESS/NO_SUPPLIER
// signal, ordered by (town, skill, kind) and id: the previous round's state
// that the engine diffs against and the graph's hysteresis needs. The
// engine keeps at most one live signal per (town, skill, kind); more than
// one means an earlier round lost track of one, and the caller retracts
// all but the newest.
func (s *Store) ActiveSignals(ctx context.Context) ([]Signal, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT id, from_chain, from_address, to_chain, to_address, skill, kind, probability, surplus, scarcity, chain_id, block, time, reason
		FROM signals
		WHERE kind <> 'RETRACTED' AND NOT retracted
		ORDER BY from_chain, from_address, skill, kind, id`)
	if err != nil {
		return nil, fmt.Errorf("read active signals: %w", err)
	}
	return collectSignals(rows)
}

// StoredFinding is an active lack or excess as the last round stored it
// (town_scores.lacks and .excesses).
type StoredFinding struct {
	Town   TownRef
	Skill  int
	Excess bool // false: a lack
}

// ActiveFindings returns the lacks and excesses active after the last
// stored round, held ones included. Signals alone do not carry them all:
// an excess nobody nearby is short of sends no signal, yet its hysteresis
// must survive a restart.
func (s *Store) ActiveFindings(ctx context.Context) ([]StoredFinding, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT chain_id, address, lacks, excesses FROM town_scores
		WHERE lacks <> '{}' OR excesses <> '{}'
		ORDER BY chain_id, address`)
	if err != nil {
		return nil, fmt.Errorf("read active findings: %w", err)
	}
	defer rows.Close()
	var out []StoredFinding
	for rows.Next() {
		var (
			chain           int64
			addr            []byte
			lacks, excesses []int16
		)
		if err := rows.Scan(&chain, &addr, &lacks, &excesses); err != nil {
			return nil, fmt.Errorf("scan active findings: %w", err)
		}
		ref := TownRef{Chain: uint64(chain), Address: addrOf(addr)}
		for _, sk := range lacks {
			out = append(out, StoredFinding{Town: ref, Skill: int(sk)})
		}
		for _, sk := range excesses {
			out = append(out, StoredFinding{Town: ref, Skill: int(sk), Excess: true})
		}
	}
	return out, rows.Err()
}

func collectSignals(rows pgx.Rows) ([]Signal, error) {
	defer rows.Close()
	var out []Signal
	for rows.Next() {
		var (
			sg                     Signal
			fromChain, chain, b, t int64
			toChain                *int64
			from, to               []byte
			skill                  int16
			surplus                int32
			scarcity               *int32
		)
		if err := rows.Scan(&sg.ID, &fromChain, &from, &toChain, &to, &skill, &sg.Kind, &sg.Probability, &surplus,
			&scarcity, &chain, &b, &t, &sg.Reason); err != nil {
			return nil, fmt.Errorf("scan signal: %w", err)
		}
		sg.From = TownRef{Chain: uint64(fromChain), Address: addrOf(from)}
		if toChain != nil {
			sg.To = &TownRef{Chain: uint64(*toChain), Address: addrOf(to)}
		}
		if scarcity != nil {
			v := int(*scarcity)
			sg.Scarcity = &v
		}
		sg.Skill, sg.Surplus, sg.Chain, sg.Block, sg.Time = int(skill), int(surplus), uint64(chain), uint64(b), uint64(t)
		out = append(out, sg)
	}
	return out, rows.Err()
}

// ChainHeads returns each chain's indexed block and time: the "block" a
// derived result is attributed to.
func (s *Store) ChainHeads(ctx context.Context) (map[uint64]BlockRef, error) {
	rows, err := s.pool.Query(ctx, `SELECT chain_id, indexed_block, indexed_hash, indexed_time FROM chains WHERE indexed_block IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("read chain heads: %w", err)
	}
	defer rows.Close()
	out := map[uint64]BlockRef{}
	for rows.Next() {
		var chain, n, t int64
		var hash []byte
		if err := rows.Scan(&chain, &n, &hash, &t); err != nil {
			return nil, fmt.Errorf("scan chain head: %w", err)
		}
		out[uint64(chain)] = BlockRef{Number: uint64(n), Hash: common.BytesToHash(hash), Time: uint64(t)}
	}
	return out, rows.Err()
}

// ErrUnknownSignal is returned for a retraction of a signal id that does
// not exist or is itself a retraction: the caller lost track of what it
// stored, which is a bug to surface, not to skip.
var ErrUnknownSignal = errors.New("no such signal to retract")

// retractOne marks a live signal retracted and records the RETRACTED row
// bots receive. A signal already retracted (by a reorg rollback that ran
// since the caller read it) is left alone and gives id 0.
func retractOne(ctx context.Context, tx pgx.Tx, r Retraction) (int64, error) {
	var id int64
	err := tx.QueryRow(ctx, `
		WITH gone AS (
			UPDATE signals SET retracted = true WHERE id = $1 AND NOT retracted AND kind <> 'RETRACTED'
			RETURNING id, from_chain, from_address, to_chain, to_address, skill, scarcity, chain_id
		)
		INSERT INTO signals (from_chain, from_address, to_chain, to_address, skill, kind, scarcity, chain_id, block, time, reason, retracts)
		SELECT g.from_chain, g.from_address, g.to_chain, g.to_address, g.skill, 'RETRACTED', g.scarcity, g.chain_id,
			coalesce(c.indexed_block, 0), coalesce(c.indexed_time, 0), $2, g.id
		FROM gone g LEFT JOIN chains c ON c.chain_id = g.chain_id
		RETURNING id`, r.ID, r.Reason).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		var kind string
		var retracted bool
		err := tx.QueryRow(ctx, `SELECT kind, retracted FROM signals WHERE id = $1`, r.ID).Scan(&kind, &retracted)
		switch {
		case errors.Is(err, pgx.ErrNoRows), err == nil && kind == SignalRetracted:
			return 0, fmt.Errorf("retract signal %d: %w", r.ID, ErrUnknownSignal)
		case err != nil:
			return 0, fmt.Errorf("retract signal %d: %w", r.ID, err)
		}
		return 0, nil // already retracted
	}
	if err != nil {
		return 0, fmt.Errorf("retract signal %d: %w", r.ID, err)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_notify($1, json_build_object('id', $2::bigint)::text)`, ChannelSignals, id); err != nil {
		return 0, fmt.Errorf("notify retraction %d: %w", id, err)
	}
	return id, nil
}

// Channels between `dito graph rebuild` and the process leading the skill
// graph: a rebuild must run in the leader's engine, never beside it (two
// writers would emit every signal twice), so the command asks on
// ChannelGraphRebuild (payload: a request id) and the engine answers on
// ChannelGraphRebuilt with a RebuildResult once its rebuild committed or
// failed.
const (
	ChannelGraphRebuild = "dito_graph_rebuild"
	ChannelGraphRebuilt = "dito_graph_rebuilt"
)

// RebuildResult is the payload of ChannelGraphRebuilt.
type RebuildResult struct {
	Request string `json:"request"`
	Towns   int    `json:"towns"`
	Signals int    `json:"signals"`
	TookMS  int64  `json:"took_ms"`
	Error   string `json:"error,omitempty"`
}

// Notify sends payload on a notification channel (outside any
// transaction: listeners get it at once).
func (s *Store) Notify(ctx context.Context, channel, payload string) error {
	if _, err := s.pool.Exec(ctx, `SELECT pg_notify($1, $2)`, channel, payload); err != nil {
		return fmt.Errorf("notify %s: %w", channel, err)
	}
	return nil
}
