package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"
)

// Simulator drives one chain like a population of DistributedTown users:
// it founds towns of every template, brings in members whose skills follow
// each town's specialisation, and keeps credits, gigs, moves, departures,
// skill updates, activations and projects flowing. Given the same seed and
// the same sequence of calls it sends the same transactions in the same
// order, so the chain's logs are reproducible.
//
// A Simulator is not safe for concurrent use; the chain it drives may be
// reorged from other goroutines (it notices and re-reads the chain).
type Simulator struct {
	chain  *Chain
	suite  *suite
	cfg    SimConfig
	seed   uint64
	rng    *rand.Rand
	global skillWeights
	log    *slog.Logger

	model *model
	// generation is the chain generation the model reflects.
	generation uint64
	// stats is written only by the goroutine driving the simulator, under
	// statsMu, so Stats may be called from anywhere.
	statsMu sync.Mutex
	stats   SimStats
	// done counts sent actions by kind.
	done [numActions]uint64
}

// SimStats counts what a simulator did.
type SimStats struct {
	Blocks  uint64
	Actions uint64
	Txs     uint64
	Logs    uint64
	// Reverted counts transactions that failed on chain, OutOfOrder blocks
	// whose transactions were not sealed in sending order: either means
	// the model was wrong (a bug) and was re-read from the chain.
	Reverted   uint64
	OutOfOrder uint64
	Reorgs     uint64
}

// ErrChainDriven is returned by NewSimulator for a chain that already has
// a simulator.
var ErrChainDriven = errors.New("chain already has a simulator")

// NewSimulator attaches a simulator to a chain (one per chain) and reads
// the chain's current state. Its random choices come from a PCG seeded
// with (seed, chain id).
func NewSimulator(ctx context.Context, c *Chain, cfg SimConfig, seed uint64, log *slog.Logger) (*Simulator, error) {
	def := DefaultSimConfig()
	if cfg.Towns <= 0 {
		cfg.Towns = def.Towns
	}
	if cfg.MembersPerTown <= 0 {
		cfg.MembersPerTown = def.MembersPerTown
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Simulator{
		chain:  c,
		suite:  c.suite,
		cfg:    cfg,
		seed:   seed,
		rng:    rand.New(rand.NewPCG(seed, c.ChainID)),
		global: popularity(seed),
		log:    log.With("chain", c.Name),
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fill != nil {
		return nil, fmt.Errorf("chain %s: %w", c.Name, ErrChainDriven)
	}
	if err := s.resync(ctx); err != nil {
		return nil, fmt.Errorf("chain %s: %w", c.Name, err)
	}
	c.fill = s.fillBranch
	return s, nil
}

// Stats returns what the simulator did so far. Unlike the rest of the
// Simulator it is safe to call while another goroutine runs it.
func (s *Simulator) Stats() SimStats {
	s.statsMu.Lock()
	defer s.statsMu.Unlock()
	return s.stats
}

func (s *Simulator) count(f func(*SimStats)) {
	s.statsMu.Lock()
	f(&s.stats)
	s.statsMu.Unlock()
}

// Chain is the chain the simulator drives.
func (s *Simulator) Chain() *Chain { return s.chain }

// Step sends up to n actions (fewer if the block fills up) in one block and
// seals it.
func (s *Simulator) Step(ctx context.Context, n int) (BlockResult, error) {
	res, err := s.chain.block(ctx, func(ctx context.Context, b *blockBuilder) error {
		return s.fill(ctx, b, n)
	})
	if err != nil {
		return BlockResult{}, fmt.Errorf("chain %s: simulate block: %w", s.chain.Name, err)
	}
	if err := s.afterBlock(ctx, res); err != nil {
		return BlockResult{}, err
	}
	return res, nil
}

// fill sends n actions into b, first re-reading the chain if a reorg
// happened since the model was built.
func (s *Simulator) fill(ctx context.Context, b *blockBuilder, n int) error {
	if s.generation != s.chain.generation {
		if err := s.resync(ctx); err != nil {
			return err
		}
	}
	for range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		if !b.room(maxActionGas) {
			break
		}
		if err := s.act(ctx, b); err != nil {
			return err
		}
		s.count(func(st *SimStats) { st.Actions++ })
	}
	return nil
}

// fillBranch fills one block of a reorg's new branch with a few actions,
// so the branch carries different events from the one it replaces.
func (s *Simulator) fillBranch(ctx context.Context, b *blockBuilder) error {
	n := max(1, poisson(s.rng, s.cfg.Rate))
	return s.fill(ctx, b, n)
}

// afterBlock counts a sealed block and re-reads the chain if any
// transaction failed (every simulated call logs when it succeeds) or the
// block was not sealed in sending order: either means the model drifted.
func (s *Simulator) afterBlock(ctx context.Context, res BlockResult) error {
	s.count(func(st *SimStats) {
		st.Blocks++
		st.Txs += uint64(res.Txs)
		st.Logs += uint64(res.Logs)
		st.Reverted += uint64(res.Silent)
		if res.OutOfOrder {
			st.OutOfOrder++
		}
	})
	if res.Silent == 0 && !res.OutOfOrder {
		return nil
	}
	s.log.Warn("simulated block did not go as modelled; re-reading the chain",
		"block", res.Head, "reverted", res.Silent, "out_of_order", res.OutOfOrder)
	s.chain.mu.Lock()
	defer s.chain.mu.Unlock()
	return s.resync(ctx)
}

// Reorg replaces the chain's last depth blocks with depth+1 new blocks
// holding fresh simulated actions. See Chain.Reorg.
func (s *Simulator) Reorg(ctx context.Context, depth int) (Reorg, error) {
	r, err := s.chain.Reorg(ctx, depth)
	if err == nil {
		s.count(func(st *SimStats) {
			st.Reorgs++
			st.Blocks += uint64(r.Depth + 1)
			st.Txs += uint64(r.Txs)
			st.Logs += uint64(r.Logs)
			st.Reverted += uint64(r.Reverted)
			st.OutOfOrder += uint64(r.OutOfOrder)
		})
	}
	return r, err
}

// Run seals a block every blockTime with a Poisson number of actions
// averaging cfg.Rate per second, and with probability reorgRate per block
// replaces the last 1..reorgDepth blocks. It returns nil when ctx ends.
func (s *Simulator) Run(ctx context.Context, blockTime time.Duration, reorgRate float64, reorgDepth int) error {
	if blockTime <= 0 {
		return fmt.Errorf("chain %s: block time %s must be positive", s.chain.Name, blockTime)
	}
	tick := time.NewTicker(blockTime)
	defer tick.Stop()
	mean := s.cfg.Rate * blockTime.Seconds()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		if _, err := s.Step(ctx, poisson(s.rng, mean)); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if reorgRate > 0 && reorgDepth > 0 && s.rng.Float64() < reorgRate {
			depth := 1 + s.rng.IntN(reorgDepth)
			r, err := s.Reorg(ctx, depth)
			switch {
			case ctx.Err() != nil:
				return nil
			case errors.Is(err, ErrReorgTooDeep):
				// The chain is still shorter than the depth; try later.
			case err != nil:
				return err
			default:
				s.log.Info("injected reorg", "depth", r.Depth, "ancestor", r.Ancestor, "new_head", r.NewHead)
			}
		}
	}
}
