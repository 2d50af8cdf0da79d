package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/distributedtown/dito-graph/chains"
)

// Run is `dito devnet`: it starts the devnet (Options.Manual is ignored:
// the chains always run by themselves), generates Options.BulkEvents of
// history per chain if asked, prints the chains as the `chains:` section of
// a dito config (so another process can index them), and runs until ctx
// ends or a simulator fails.
func Run(ctx context.Context, opts Options, w io.Writer) (err error) {
	opts.Manual = false
	d, err := Start(ctx, opts)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, d.Close()) }()
	if err := d.WriteConfig(w); err != nil {
		return err
	}
	select {
	case <-ctx.Done():
		return nil
	case err := <-d.Errors():
		return fmt.Errorf("devnet: %w", err)
	}
}

// WriteConfig prints the chains in the shape of a dito config file's
// `chains:` list (name, chain_id, rpc, start_block, contracts), with
// addresses checksummed the way each chain's wallets do (EIP-1191 on RSK).
func (d *Devnet) WriteConfig(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# DiTo devnet: %d chain(s), seed %d. Index it from another process with this config.\n", len(d.chains), d.opts.Seed)
	b.WriteString("chains:\n")
	for _, c := range d.chains {
		fmt.Fprintf(&b, "  - name: %s\n", c.Name)
		fmt.Fprintf(&b, "    chain_id: %d\n", c.ChainID)
		fmt.Fprintf(&b, "    rpc:\n      - %s\n      - %s\n", c.HTTPURL, c.WSURL)
		fmt.Fprintf(&b, "    start_block: %d\n", c.StartBlock)
		// The devnet's reorgs are shallow and its blocks slow to come: the
		// mainnet profiles' confirmations would leave its head unindexed.
		b.WriteString("    confirmations: 3\n    max_reorg_depth: 64\n")
		b.WriteString("    contracts:\n")
		fmt.Fprintf(&b, "      distributed_town: %q\n", chains.ChecksumAddress(c.ChainID, c.Contracts.DistributedTown))
		fmt.Fprintf(&b, "      skill_wallet: %q\n", chains.ChecksumAddress(c.ChainID, c.Contracts.SkillWallet))
		fmt.Fprintf(&b, "      projects: %q\n", chains.ChecksumAddress(c.ChainID, c.Contracts.Projects))
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("devnet: write config: %w", err)
	}
	return nil
}
