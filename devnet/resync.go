package devnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// resync rebuilds the simulator's model and every account's nonce from the
// chain at its head: at start, and whenever a reorg (or a reverted
// transaction) means the model may no longer match. Called with the chain
// locked.
func (s *Simulator) resync(ctx context.Context) error {
	c := s.chain
	t, err := ReadTruth(ctx, c)
	if err != nil {
		return fmt.Errorf("resync: %w", err)
	}
	if err := c.resyncNonces(ctx); err != nil {
		return fmt.Errorf("resync: %w", err)
	}
	m := &model{
		townByAddr: map[common.Address]*town{},
		walletOf:   map[common.Address]*wallet{},
		accounts:   map[common.Address]*account{},
	}
	for _, f := range []struct {
		addr  common.Address
		nonce *uint64
	}{
		{c.Contracts.CommunityFactory, &m.communityNonce},
		{c.Contracts.CreditFactory, &m.creditNonce},
		{c.Contracts.GigsFactory, &m.gigsNonce},
	} {
		n, err := c.client.NonceAt(ctx, f.addr, new(big.Int).SetUint64(t.Block))
		if err != nil {
			return fmt.Errorf("resync: nonce of factory %s: %w", f.addr, err)
		}
		*f.nonce = n
	}
	for _, tt := range t.Towns {
		tw := &town{
			id: tt.CommunityID, addr: tt.Address, token: tt.CreditToken, gigsAddr: tt.Gigs,
			template: tt.Template, creator: tt.Creator,
			profile:  townProfile(s.seed, c.ChainID, tt.CommunityID, tt.Template, s.global),
			balances: map[common.Address]*big.Int{},
			supply:   new(big.Int),
		}
		for _, a := range tt.Members {
			tw.members.add(a)
		}
		m.towns = append(m.towns, tw)
		m.townByAddr[tw.addr] = tw
	}
	for _, tok := range t.Tokens {
		tw := m.townByAddr[tok.Town]
		if tw == nil {
			return fmt.Errorf("resync: token %s of unknown town %s", tok.Address, tok.Town)
		}
		tw.supply = new(big.Int).Set(tok.TotalSupply)
		tw.moves = tok.Movements
	}
	tokenTown := map[common.Address]*town{}
	for _, tw := range m.towns {
		tokenTown[tw.token] = tw
	}
	for _, b := range t.Balances {
		if tw := tokenTown[b.Token]; tw != nil {
			tw.balances[b.Holder] = new(big.Int).Set(b.Amount)
		}
	}
	for _, g := range t.Gigs {
		tw := m.townByAddr[g.Town]
		if tw == nil {
			return fmt.Errorf("resync: gig %d of unknown town %s", g.ID, g.Town)
		}
		if g.ID != uint64(len(tw.gigs)) {
			return fmt.Errorf("resync: town %s: gig %d out of order", g.Town, g.ID)
		}
		gg := &gig{
			id: g.ID, creator: g.Creator, taker: g.Taker, status: g.Status,
			credits: new(big.Int).Set(g.Credits), transferred: new(big.Int).Set(g.CreditsTransferred),
		}
		tw.gigs = append(tw.gigs, gg)
		tw.byStatus[gg.status].add(gg.id)
	}
	for _, w := range t.Wallets {
		ww := &wallet{id: w.ID, owner: w.Owner, activated: w.Activated, skills: w.Skills}
		if w.Community != (common.Address{}) {
			if ww.town = m.townByAddr[w.Community]; ww.town == nil {
				return fmt.Errorf("resync: wallet %d in unknown town %s", w.ID, w.Community)
			}
		} else {
			m.homeless.add(w.Owner)
		}
		if !w.Activated {
			m.inactive.add(w.ID)
		}
		m.wallets = append(m.wallets, ww)
		m.walletOf[w.Owner] = ww
	}
	creators := map[common.Address]bool{}
	for _, tw := range m.towns {
		creators[tw.creator] = true
	}
	for _, a := range c.users {
		m.accounts[a.addr] = a
		if m.walletOf[a.addr] == nil && !creators[a.addr] {
			m.fresh = append(m.fresh, a)
		}
	}
	m.projects = uint64(len(t.Projects))
	s.model = m
	s.generation = c.generation
	return nil
}
