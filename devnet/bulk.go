package devnet

import (
	"context"
	"fmt"
	"time"
)

// BulkStats reports a bulk history generation.
type BulkStats struct {
	Blocks, Txs, Logs uint64
	Elapsed           time.Duration
}

// LogsPerSecond is the achieved event rate.
func (b BulkStats) LogsPerSecond() float64 {
	if b.Elapsed <= 0 {
		return 0
	}
	return float64(b.Logs) / b.Elapsed.Seconds()
}

// bulkProgressBlocks is how often Bulk logs progress.
const bulkProgressBlocks = 50

// DefaultBulkActionsPerBlock packs enough work per block that sealing
// overhead stays small, yet keeps blocks well under every limit.
const DefaultBulkActionsPerBlock = 1000

// Bulk generates history as fast as the machine allows: blocks of
// actionsPerBlock actions (0: DefaultBulkActionsPerBlock), sealed back to
// back, until at least events logs were emitted. The simulation is the same
// as Run's, only denser, so a bulk history looks like a long live one.
func (s *Simulator) Bulk(ctx context.Context, events uint64, actionsPerBlock int) (BulkStats, error) {
	if actionsPerBlock <= 0 {
		actionsPerBlock = DefaultBulkActionsPerBlock
	}
	// Only this goroutine writes stats, so it may read them unlocked.
	start, before := time.Now(), s.stats
	stats := func() BulkStats {
		return BulkStats{
			Blocks:  s.stats.Blocks - before.Blocks,
			Txs:     s.stats.Txs - before.Txs,
			Logs:    s.stats.Logs - before.Logs,
			Elapsed: time.Since(start),
		}
	}
	for n := 1; s.stats.Logs-before.Logs < events; n++ {
		if err := ctx.Err(); err != nil {
			return stats(), err
		}
		if _, err := s.Step(ctx, actionsPerBlock); err != nil {
			return stats(), fmt.Errorf("chain %s: bulk: %w", s.chain.Name, err)
		}
		if n%bulkProgressBlocks == 0 {
			st := stats()
			s.log.Info("bulk history", "blocks", st.Blocks, "logs", st.Logs, "target", events, "logs_per_s", int(st.LogsPerSecond()))
		}
	}
	return stats(), nil
}
