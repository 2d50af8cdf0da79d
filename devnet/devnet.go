package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
)

// Devnet is a set of running chains with the suite deployed on each and a
// simulator attached to each.
type Devnet struct {
	opts   Options
	chains []*Chain
	sims   []*Simulator

	cancel context.CancelFunc
	wg     sync.WaitGroup
	errc   chan error
	once   sync.Once
}

// Start starts the chains, deploys the suite on each and attaches a
// simulator to each. Unless opts.Manual, every simulator then runs in its
// own goroutine, sealing a block every chain's BlockTime, until Close. ctx
// bounds start-up only.
func Start(ctx context.Context, opts Options) (*Devnet, error) {
	opts = opts.withDefaults()
	if err := opts.validate(); err != nil {
		return nil, err
	}
	s, err := newSuite()
	if err != nil {
		return nil, err
	}
	users, err := deriveKeys(opts.Seed, "user", opts.Accounts)
	if err != nil {
		return nil, err
	}
	d := &Devnet{opts: opts, errc: make(chan error, len(opts.Chains))}
	for _, spec := range opts.Chains {
		c, err := startChain(ctx, spec, opts.Seed, users, s)
		if err != nil {
			return nil, errors.Join(err, d.closeChains())
		}
		d.chains = append(d.chains, c)
		sim, err := NewSimulator(ctx, c, opts.Sim, opts.Seed, opts.Logger)
		if err != nil {
			return nil, errors.Join(err, d.closeChains())
		}
		d.sims = append(d.sims, sim)
		opts.Logger.Info("devnet chain started", "chain", c.Name, "chain_id", c.ChainID,
			"http", c.HTTPURL, "ws", c.WSURL, "start_block", c.StartBlock)
	}
	if opts.BulkEvents > 0 {
		if _, err := d.bulk(ctx, opts.BulkEvents, opts.BulkActionsPerBlock); err != nil {
			return nil, errors.Join(err, d.closeChains())
		}
	}
	runCtx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	if !opts.Manual {
		for i, sim := range d.sims {
			bt := opts.Chains[i].BlockTime
			d.wg.Go(func() {
				if err := sim.Run(runCtx, bt, opts.ReorgRate, opts.ReorgDepth); err != nil {
					opts.Logger.Error("devnet simulator stopped", "chain", sim.chain.Name, "err", err)
					d.errc <- err
				}
			})
		}
	}
	return d, nil
}

func startChain(ctx context.Context, spec ChainSpec, seed uint64, users []key, s *suite) (*Chain, error) {
	deployer, err := deriveKeys(seed, "deployer-"+strconv.FormatUint(spec.ChainID, 10), 1)
	if err != nil {
		return nil, err
	}
	b, httpPort, wsPort, err := startBackend(spec, genesisAlloc(deployer, users))
	if err != nil {
		return nil, err
	}
	c := &Chain{
		Name:          spec.Name,
		ChainID:       spec.ChainID,
		HTTPURL:       "http://" + rpcHost + ":" + strconv.Itoa(httpPort),
		WSURL:         "ws://" + rpcHost + ":" + strconv.Itoa(wsPort),
		SkillWalletV2: spec.SkillWalletV2,
		backend:       b,
		client:        b.Client(),
		suite:         s,
		signer:        types.LatestSignerForChainID(new(big.Int).SetUint64(spec.ChainID)),
		deployer:      &account{key: deployer[0]},
	}
	for _, k := range users {
		c.users = append(c.users, &account{key: k})
	}
	id, err := c.client.ChainID(ctx)
	if err == nil && id.Uint64() != spec.ChainID {
		err = fmt.Errorf("reports chain id %s, want %d", id, spec.ChainID)
	}
	if err == nil {
		err = c.deploy(ctx, s)
	}
	if err != nil {
		return nil, errors.Join(fmt.Errorf("chain %s: %w", spec.Name, err), c.close())
	}
	return c, nil
}

// Chains returns the running chains, in Options order.
func (d *Devnet) Chains() []*Chain { return d.chains }

// Simulators returns each chain's simulator, in Options order. In Manual
// mode the caller steps them.
func (d *Devnet) Simulators() []*Simulator { return d.sims }

// Errors delivers the error of any simulator goroutine that stopped on
// its own (never in Manual mode).
func (d *Devnet) Errors() <-chan error { return d.errc }

// Close stops the simulators and the chains.
func (d *Devnet) Close() error {
	var err error
	d.once.Do(func() {
		if d.cancel != nil {
			d.cancel()
		}
		d.wg.Wait()
		err = d.closeChains()
	})
	return err
}

func (d *Devnet) closeChains() error {
	var errs []error
	for _, c := range d.chains {
		errs = append(errs, c.close())
	}
	return errors.Join(errs...)
}

// ErrSimulatorsRunning is returned by Bulk outside Manual mode, where the
// simulators are already driving the chains.
var ErrSimulatorsRunning = errors.New("devnet simulators are running (not Manual)")

// Bulk runs every chain's Simulator.Bulk in parallel and returns their
// stats in chain order. It needs Manual mode; otherwise use
// Options.BulkEvents, which Start runs before the simulators go live.
func (d *Devnet) Bulk(ctx context.Context, events uint64, actionsPerBlock int) ([]BulkStats, error) {
	if !d.opts.Manual {
		return nil, ErrSimulatorsRunning
	}
	return d.bulk(ctx, events, actionsPerBlock)
}

func (d *Devnet) bulk(ctx context.Context, events uint64, actionsPerBlock int) ([]BulkStats, error) {
	stats := make([]BulkStats, len(d.sims))
	errs := make([]error, len(d.sims))
	var wg sync.WaitGroup
	for i, s := range d.sims {
		wg.Go(func() {
			stats[i], errs[i] = s.Bulk(ctx, events, actionsPerBlock)
			d.opts.Logger.Info("devnet bulk history done", "chain", s.chain.Name, "blocks", stats[i].Blocks,
				"txs", stats[i].Txs, "logs", stats[i].Logs, "elapsed", stats[i].Elapsed, "logs_per_s", int(stats[i].LogsPerSecond()))
		})
	}
	wg.Wait()
	return stats, errors.Join(errs...)
}
