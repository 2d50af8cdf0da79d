package main

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/spf13/cobra"

	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/devnet"
)

// startDevnet runs the in-process chains and their town simulators.
func startDevnet(ctx context.Context, cfg config.Config, log *slog.Logger) (*devnet.Devnet, error) {
	sim := devnet.DefaultSimConfig()
	sim.Rate = cfg.Devnet.Rate
	dn, err := devnet.Start(ctx, devnet.Options{
		Chains: devnet.DefaultChains(cfg.Devnet.Chains),
		Seed:   cfg.Devnet.Seed,
		Sim:    sim,
		Logger: log.With("component", "devnet"),
	})
	if err != nil {
		return nil, fmt.Errorf("start devnet: %w", err)
	}
	return dn, nil
}

// devnetChains is the chain configuration a user would write for the
// devnet, so it is indexed exactly as a production chain.
func devnetChains(dn *devnet.Devnet) []config.Chain {
	var out []config.Chain
	for _, c := range dn.Chains() {
		out = append(out, config.Chain{
			Name: c.Name, ChainID: c.ChainID, RPC: []string{c.HTTPURL, c.WSURL},
			Confirmations: 3, MaxReorgDepth: 64, StartBlock: c.StartBlock, MaxLogRange: 1000,
			Contracts: config.Contracts{
				DistributedTown: strings.ToLower(c.Contracts.DistributedTown.Hex()),
				SkillWallet:     strings.ToLower(c.Contracts.SkillWallet.Hex()),
				Projects:        strings.ToLower(c.Contracts.Projects.Hex()),
			},
		})
	}
	return out
}

func newDevnetCmd(g *globals) *cobra.Command {
	var n int
	var seed uint64
	var rate float64
	var bulk uint64
	c := &cobra.Command{
		Use:   "devnet",
		Short: "Run the in-process chains and town simulator alone, for other tools to point at",
		Long: `Starts Ethereum (1), Polygon (137), Gnosis (100) and RSK (30) as in-process
chains serving JSON-RPC over HTTP and WebSocket on 127.0.0.1, deploys the DiTo
contracts on each, runs the town simulator, and prints the chains in the shape of
dito.yaml's chains section. Runs until interrupted.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			if n < 1 || n > 4 {
				return &usageError{fmt.Errorf("--chains wants 1..4, got %d", n)}
			}
			log := newLogger(cfg.Log, stderrFile(cmd))
			sim := devnet.DefaultSimConfig()
			sim.Rate = rate
			return devnet.Run(cmd.Context(), devnet.Options{
				Chains: devnet.DefaultChains(n), Seed: seed, Sim: sim,
				BulkEvents: bulk, Logger: log.With("component", "devnet"),
			}, cmd.OutOrStdout())
		},
	}
	c.Flags().IntVar(&n, "chains", 4, "how many chains (1..4)")
	c.Flags().Uint64Var(&seed, "seed", 7, "simulator seed: the same seed gives the same event stream")
	c.Flags().Float64Var(&rate, "rate", 4, "simulated actions per second per chain")
	c.Flags().Uint64Var(&bulk, "bulk", 0, "first generate this many events of history per chain, fast (for load tests)")
	return c
}
