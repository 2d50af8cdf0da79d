package devnet

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/distributedtown/dito-graph/abis"
)

const (
	gasDeploy = 6_000_000
	gasSetup  = 200_000
)

// deploy puts the suite on the chain in one block, which becomes the
// chain's StartBlock: the SkillWallet variant, the helper factories, the
// DistributedTown factory (linked back into SkillWallet) and Projects.
func (c *Chain) deploy(ctx context.Context, s *suite) error {
	swName, swABI := abis.NameSkillWallet, s.sw.GetABI()
	if c.SkillWalletV2 {
		swName, swABI = abis.NameSkillWalletV2, s.sw2.GetABI()
	}
	empty := abi.ABI{}
	d := c.deployer
	next := d.nonce
	addrAt := func(i uint64) common.Address { return crypto.CreateAddress(d.addr, next+i) }
	sw, creditF, gigsF, communityF, dt, projects := addrAt(0), addrAt(1), addrAt(2), addrAt(3), addrAt(4), addrAt(6)

	type creation struct {
		name   string
		parsed abi.ABI
		args   []any
	}
	creations := []creation{
		{swName, swABI, nil},
		{abis.NameCreditFactory, empty, nil},
		{abis.NameGigsFactory, empty, nil},
		{abis.NameCommunityFactory, empty, nil},
		{abis.NameDistributedTown, s.dt.GetABI(), []any{sw, communityF, gigsF, creditF}},
	}
	link, err := s.sw.TryPackSetDistributedTown(dt)
	if err != nil {
		return fmt.Errorf("chain %s: pack setDistributedTown: %w", c.Name, err)
	}
	projectsCode, err := creationCode(abis.NameProjects, s.projects.GetABI(), dt)
	if err != nil {
		return fmt.Errorf("chain %s: %w", c.Name, err)
	}

	res, err := c.block(ctx, func(ctx context.Context, b *blockBuilder) error {
		b.wantReceipts = true
		for _, cr := range creations {
			code, err := creationCode(cr.name, cr.parsed, cr.args...)
			if err != nil {
				return fmt.Errorf("chain %s: %w", c.Name, err)
			}
			if _, err := b.send(ctx, d, nil, code, gasDeploy); err != nil {
				return fmt.Errorf("deploy %s: %w", cr.name, err)
			}
		}
		if _, err := b.send(ctx, d, &sw, link, gasSetup); err != nil {
			return fmt.Errorf("link SkillWallet to DistributedTown: %w", err)
		}
		if _, err := b.send(ctx, d, nil, projectsCode, gasDeploy); err != nil {
			return fmt.Errorf("deploy Projects: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if res.OutOfOrder {
		return fmt.Errorf("chain %s: deployment spread over several blocks", c.Name)
	}
	for i, r := range res.Receipts {
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("chain %s: deployment tx %d (%s) reverted", c.Name, i, r.TxHash)
		}
	}
	for name, a := range map[string]common.Address{
		swName: sw, "CreditFactory": creditF, "GigsFactory": gigsF, "CommunityFactory": communityF,
		"DistributedTown": dt, "Projects": projects,
	} {
		code, err := c.client.CodeAt(ctx, a, nil)
		if err != nil {
			return fmt.Errorf("chain %s: code of %s at %s: %w", c.Name, name, a, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("chain %s: no code for %s at %s after deployment", c.Name, name, a)
		}
	}
	c.Contracts = Contracts{
		DistributedTown: dt, SkillWallet: sw, Projects: projects,
		CommunityFactory: communityF, CreditFactory: creditF, GigsFactory: gigsF,
	}
	c.StartBlock = res.Receipts[0].BlockNumber.Uint64()
	return nil
}
