package devnet

import (
	"cmp"
	"fmt"
	"log/slog"
	"time"
)

// ChainSpec describes one devnet chain.
type ChainSpec struct {
	Name    string
	ChainID uint64
	// BlockTime is how often the chain seals a block when the devnet runs
	// by itself (not Manual).
	BlockTime time.Duration
	// SkillWalletV2 deploys the Polygon-mainnet SkillWallet variant, whose
	// SkillWalletCreated event has a fifth argument.
	SkillWalletV2 bool
	// HTTPPort and WSPort are the JSON-RPC ports on 127.0.0.1; 0 picks a
	// free port.
	HTTPPort, WSPort int
}

// DefaultChains returns the first n (1..4) of the default chains: Ethereum
// (1), Polygon (137, with SkillWalletV2), Gnosis (100) and RSK (30), with
// fast block times for development.
func DefaultChains(n int) []ChainSpec {
	all := []ChainSpec{
		{Name: "ethereum", ChainID: 1, BlockTime: time.Second},
		{Name: "polygon", ChainID: 137, BlockTime: 500 * time.Millisecond, SkillWalletV2: true},
		{Name: "gnosis", ChainID: 100, BlockTime: time.Second},
		{Name: "rsk", ChainID: 30, BlockTime: 1500 * time.Millisecond},
	}
	n = max(0, min(n, len(all)))
	return all[:n]
}

// Options configure a devnet.
type Options struct {
	// Chains to start; empty means all four DefaultChains.
	Chains []ChainSpec
	// Seed makes everything reproducible: account keys, the simulator's
	// choices, town specialisations.
	Seed uint64
	// Manual disables automatic block production and the simulators'
	// goroutines: the caller commits blocks (Chain.Commit) or steps a
	// Simulator. Tests use it for determinism.
	Manual bool
	// Sim sizes and paces the town simulator of every chain. Zero Towns or
	// MembersPerTown take DefaultSimConfig's; zero Rate means the running
	// chains seal empty blocks only (Manual callers step simulators
	// themselves).
	Sim SimConfig
	// Accounts is how many simulated users are funded in each chain's
	// genesis; 0 derives it from Sim (towns × members, with headroom).
	Accounts int
	// ReorgRate is the probability, per sealed block, that a running
	// simulator replaces the last 1..ReorgDepth blocks with a new branch.
	ReorgRate  float64
	ReorgDepth int
	// BulkEvents, if set, makes Start generate at least this many logs of
	// history on every chain (in parallel, as fast as possible) before the
	// chains start running by themselves; BulkActionsPerBlock sizes its
	// blocks (0: DefaultBulkActionsPerBlock).
	BulkEvents          uint64
	BulkActionsPerBlock int
	// Logger receives progress; nil discards.
	Logger *slog.Logger
}

// SimConfig sizes and paces a town simulator.
type SimConfig struct {
	// Rate is simulated actions per second per chain while running live.
	// An action is one user intent (found a town, join, pay someone, take
	// a gig...) and emits about two logs on average. 0: empty blocks.
	Rate float64
	// Towns is how many towns the simulator grows to.
	Towns int
	// MembersPerTown is the size towns grow to before joins slow down.
	MembersPerTown int
}

// DefaultSimConfig is a small, lively setting for development.
func DefaultSimConfig() SimConfig {
	return SimConfig{Rate: 4, Towns: 12, MembersPerTown: 24}
}

func (o Options) withDefaults() Options {
	if len(o.Chains) == 0 {
		o.Chains = DefaultChains(4)
	}
	def := DefaultSimConfig()
	o.Sim.Towns = cmp.Or(o.Sim.Towns, def.Towns)
	o.Sim.MembersPerTown = cmp.Or(o.Sim.MembersPerTown, def.MembersPerTown)
	if o.Accounts == 0 {
		// Founders, members, and newcomers for churn: a quarter more
		// than the towns hold when full.
		o.Accounts = o.Sim.Towns*o.Sim.MembersPerTown*5/4 + 16
	}
	o.ReorgDepth = cmp.Or(o.ReorgDepth, 3)
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

func (o Options) validate() error {
	seenID := map[uint64]string{}
	seenName := map[string]bool{}
	for i, c := range o.Chains {
		switch {
		case c.Name == "":
			return fmt.Errorf("devnet chains[%d]: empty name", i)
		case seenName[c.Name]:
			return fmt.Errorf("devnet chains[%d]: duplicate name %q", i, c.Name)
		case c.ChainID == 0:
			return fmt.Errorf("devnet chain %q: chain id 0", c.Name)
		case seenID[c.ChainID] != "":
			return fmt.Errorf("devnet chain %q: chain id %d already used by %q", c.Name, c.ChainID, seenID[c.ChainID])
		case !o.Manual && c.BlockTime <= 0:
			return fmt.Errorf("devnet chain %q: block time %s must be positive", c.Name, c.BlockTime)
		case c.HTTPPort < 0 || c.HTTPPort > 65535 || c.WSPort < 0 || c.WSPort > 65535:
			return fmt.Errorf("devnet chain %q: ports %d/%d outside 0..65535", c.Name, c.HTTPPort, c.WSPort)
		}
		seenID[c.ChainID] = c.Name
		seenName[c.Name] = true
	}
	switch {
	case o.Sim.Rate < 0:
		return fmt.Errorf("devnet sim rate %g: must not be negative", o.Sim.Rate)
	case o.Sim.Towns < 1:
		return fmt.Errorf("devnet sim towns %d: want at least 1", o.Sim.Towns)
	case o.Sim.MembersPerTown < 2:
		return fmt.Errorf("devnet sim members per town %d: want at least 2", o.Sim.MembersPerTown)
	case o.Accounts < 4:
		return fmt.Errorf("devnet accounts %d: want at least 4", o.Accounts)
	case o.ReorgRate < 0 || o.ReorgRate > 1:
		return fmt.Errorf("devnet reorg rate %g: want a probability 0..1", o.ReorgRate)
	case o.BulkActionsPerBlock < 0:
		return fmt.Errorf("devnet bulk actions per block %d: must not be negative", o.BulkActionsPerBlock)
	case o.ReorgDepth < 1:
		return fmt.Errorf("devnet reorg depth %d: want at least 1", o.ReorgDepth)
	}
	return nil
}
