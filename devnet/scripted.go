package devnet

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// CreateTown founds a town of the given template whose members (the
// founder first) hold exactly the given skill sets, all in one block. It is
// for scripted scenarios in tests ("a town with no Smart Contracts next to
// one full of them"); the town lives in the simulator's model, so Step and
// Reorg carry on around it as around any other town.
func (s *Simulator) CreateTown(ctx context.Context, tpl Template, members [][3]SkillSlot) (common.Address, BlockResult, error) {
	if tpl >= numTemplates || len(members) == 0 {
		return common.Address{}, BlockResult{}, fmt.Errorf("create town: template %d with %d members: want a template 0..%d and a member", tpl, len(members), numTemplates-1)
	}
	for _, set := range members {
		for _, sl := range set {
			if sl.ID > 35 || sl.Level > 10 || (sl.Level == 0 && sl.ID != 0) { // an empty slot is {0, 0}
				return common.Address{}, BlockResult{}, fmt.Errorf("create town: skill %d level %d: want skills 0..35 at levels 1..10", sl.ID, sl.Level)
			}
		}
	}
	var addr common.Address
	res, err := s.chain.block(ctx, func(ctx context.Context, b *blockBuilder) error {
		if s.generation != s.chain.generation {
			if err := s.resync(ctx); err != nil {
				return err
			}
		}
		if len(s.model.fresh) < len(members) {
			return fmt.Errorf("%d unused accounts left for %d members: raise Options.Accounts", len(s.model.fresh), len(members))
		}
		founder := s.model.fresh[0]
		t, err := s.found(ctx, b, founder, tpl)
		if err != nil {
			return err
		}
		addr = t.addr
		if err := s.joinWith(ctx, b, founder, t, members[0]); err != nil {
			return err
		}
		for _, set := range members[1:] {
			a := s.model.fresh[0]
			if err := s.joinWith(ctx, b, a, t, set); err != nil {
				return err
			}
			s.model.fresh = s.model.fresh[1:]
		}
		return nil
	})
	if err != nil {
		return common.Address{}, BlockResult{}, fmt.Errorf("chain %s: create town: %w", s.chain.Name, err)
	}
	if err := s.afterBlock(ctx, res); err != nil {
		return common.Address{}, BlockResult{}, err
	}
	return addr, res, nil
}
