package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/devnet"
)

// startDevnet runs the in-process chains and their town simulators, as
// the devnet section of the config describes them.
func startDevnet(ctx context.Context, cfg config.Config, log *slog.Logger) (*devnet.Devnet, error) {
	if err := checkDevnetPorts(cfg.Devnet); err != nil {
		return nil, err
	}
	dn, err := devnet.Start(ctx, devnetOptions(cfg.Devnet, log))
	if err != nil {
		return nil, fmt.Errorf("start devnet: %w", err)
	}
	return dn, nil
}

// checkDevnetPorts reports a fixed devnet port that is taken as the config
// error it is (exit 2, naming the key), before any chain starts.
func checkDevnetPorts(c config.Devnet) error {
	for _, p := range []struct {
		key  string
		base int
	}{{"devnet.http_port", c.HTTPPort}, {"devnet.ws_port", c.WSPort}} {
		if p.base == 0 {
			continue
		}
		for i, spec := range devnet.DefaultChains(c.Chains) {
			addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(p.base+i))
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return &config.Error{Key: p.key, Msg: fmt.Sprintf("port %d (for chain %s) is not free: %v", p.base+i, spec.Name, listenCause(err))}
			}
			ln.Close()
		}
	}
	return nil
}

// devnetOptions is the one translation from the devnet config section to
// the devnet package, for `dito devnet` and for `dito` on its devnet.
func devnetOptions(c config.Devnet, log *slog.Logger) devnet.Options {
	chains := devnet.DefaultChains(c.Chains)
	for i := range chains {
		if c.HTTPPort != 0 {
			chains[i].HTTPPort = c.HTTPPort + i
		}
		if c.WSPort != 0 {
			chains[i].WSPort = c.WSPort + i
		}
	}
	return devnet.Options{
		Chains:     chains,
		Seed:       c.Seed,
		Sim:        devnet.SimConfig{Rate: c.Rate, Towns: c.Towns, MembersPerTown: c.MembersPerTown},
		ReorgRate:  c.ReorgRate,
		ReorgDepth: c.ReorgDepth,
		BulkEvents: c.Bulk,
		Logger:     log.With("component", "devnet"),
	}
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
	c := &cobra.Command{
		Use:   "devnet",
		Short: "Run the in-process chains and town simulator alone, for other tools to point at",
		Long: `Starts Ethereum (1), Polygon (137), Gnosis (100) and RSK (30) as in-process
chains serving JSON-RPC over HTTP and WebSocket on 127.0.0.1, deploys the DiTo
contracts on each, runs the town simulator, and prints the chains in the shape of
dito.yaml's chains section. Runs until interrupted.

Every flag sets a key of the config's devnet section (devnet.seed for --seed,
devnet.members_per_town for --members-per-town...), which the file or
DITO_DEVNET_* variables set too; flags win.`,
		Example: `  dito devnet --chains 4 --seed 7
  dito devnet --chains 1 --http-port 8545 --ws-port 8645 --rate 20 --reorg-rate 0.05 --reorg-depth 3`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) (err error) {
			cfg, err := g.load(cmd)
			if err != nil {
				return err
			}
			if err := checkDevnetPorts(cfg.Devnet); err != nil {
				return err
			}
			log := newLogger(cfg.Log, stderrFile(cmd))
			defer func() { err = stoppedBySignal(cmd.Context(), log, err) }()
			return devnet.Run(cmd.Context(), devnetOptions(cfg.Devnet, log), cmd.OutOrStdout())
		},
	}
	def := config.Defaults().Devnet
	f := c.Flags()
	f.Int("chains", def.Chains, "how many chains, 1..4 (Ethereum, Polygon, Gnosis, RSK)")
	f.Uint64("seed", def.Seed, "simulator seed: the same seed gives the same event stream")
	f.Float64("rate", def.Rate, "simulated actions per second per chain (about two events each); 0 seals empty blocks")
	f.Int("towns", def.Towns, "towns each chain's simulator grows to")
	f.Int("members-per-town", def.MembersPerTown, "members a town grows to before joins slow down")
	f.Int("http-port", def.HTTPPort, "HTTP JSON-RPC port of the first chain, the next ones +1, +2, +3; 0 picks free ports")
	f.Int("ws-port", def.WSPort, "WebSocket JSON-RPC port of the first chain, the next ones +1, +2, +3; 0 picks free ports")
	f.Float64("reorg-rate", def.ReorgRate, "probability per block that a chain reorganises its last 1..--reorg-depth blocks")
	f.Int("reorg-depth", def.ReorgDepth, "deepest reorg --reorg-rate makes")
	f.Uint64("bulk", def.Bulk, "first generate this many events of history per chain, fast (for load tests)")
	for _, name := range []string{"chains", "seed", "rate", "towns", "members-per-town", "http-port", "ws-port", "reorg-rate", "reorg-depth", "bulk"} {
		bindFlag(f, name, "devnet."+strings.ReplaceAll(name, "-", "_"))
	}
	return c
}
