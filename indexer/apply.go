package indexer

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/store"
)

// apply turns ordered events into entity versions and events in b, keeping
// the cache current. It is the only place where events change state, so
// backfill, live tail and replay after a reorg all go through it. Events
// that refer to entities the index does not hold (e.g. from before the
// configured start block) are skipped and reported.
func (s *state) apply(b *store.Batch, evs []Decoded) (skipped []string) {
	skip := func(d Decoded, why string) {
		skipped = append(skipped, fmt.Sprintf("block %d log %d (%T): %s", d.Meta.Block, d.Meta.LogIndex, d.Event, why))
	}
	// A new community's contracts are registered before any event is
	// applied: its constructor runs before the factory emits
	// CommunityCreated, so the credit token's first mint (and anything else
	// the constructors emit) comes with a lower log index than the event
	// that announces the town, and must still be attributed to it.
	for _, d := range evs {
		if e, ok := d.Event.(CommunityCreated); ok {
			s.registerChildren(b, e, d.Meta.Block)
		}
	}
	for _, d := range evs {
		m := d.Meta
		switch e := d.Event.(type) {
		case CommunityCreated:
			t := &store.Town{
				Chain: s.chain, Address: e.Community, CommunityID: e.CommunityID, Template: e.Template,
				Creator: e.Creator, MetadataURI: e.MetadataURI, CreditsToken: e.Credits, Gigs: e.Gigs,
				CreatedBlock: m.Block, CreatedTime: m.Time,
			}
			s.towns[e.Community] = t
			b.Towns = append(b.Towns, store.Version[store.Town]{Block: m.Block, Value: *t})

		case MemberAdded:
			t := s.towns[m.Address]
			if t == nil {
				skip(d, "unknown town")
				continue
			}
			key := [2]common.Address{m.Address, e.Member}
			mem := s.members[key]
			if mem == nil {
				mem = &store.Member{Chain: s.chain, Town: m.Address, Address: e.Member, JoinedBlock: m.Block, JoinedTime: m.Time}
				s.members[key] = mem
				t.MembersCount++
				b.Towns = append(b.Towns, store.Version[store.Town]{Block: m.Block, Value: *t})
			}
			mem.SkillWalletID = e.WalletID
			b.Members = append(b.Members, store.Version[store.Member]{Block: m.Block, Value: *mem})

		case MemberLeft:
			t := s.towns[m.Address]
			key := [2]common.Address{m.Address, e.Member}
			mem := s.members[key]
			if t == nil || mem == nil {
				skip(d, "unknown member")
				continue
			}
			s.members[key] = nil
			t.MembersCount--
			b.Members = append(b.Members, store.Version[store.Member]{Block: m.Block, Deleted: true, Value: *mem})
			b.Towns = append(b.Towns, store.Version[store.Town]{Block: m.Block, Value: *t})

		case WalletCreated:
			w := &store.SkillWallet{
				Chain: s.chain, TokenID: e.ID, Owner: e.Owner, Town: e.Community, Skills: e.Skills,
				CreatedBlock: m.Block, CreatedTime: m.Time,
			}
			if old := s.wallets[e.ID.String()]; old != nil {
				w.Activated = old.Activated
			}
			s.wallets[e.ID.String()] = w
			b.Wallets = append(b.Wallets, store.Version[store.SkillWallet]{Block: m.Block, Value: *w})
			if e.Community != (common.Address{}) {
				b.Moves = append(b.Moves, store.WalletMove{Chain: s.chain, TokenID: e.ID, Town: e.Community, Block: m.Block, LogIndex: m.LogIndex, Time: m.Time})
			}

		case WalletActivated:
			if !s.changeWallet(b, m, e.ID, func(w *store.SkillWallet) { w.Activated = true }) {
				skip(d, "unknown wallet")
			}

		case SkillsUpdated:
			if !s.changeWallet(b, m, e.ID, func(w *store.SkillWallet) { w.Skills = e.Skills }) {
				skip(d, "unknown wallet")
			}

		case WalletMoved:
			if !s.changeWallet(b, m, e.ID, func(w *store.SkillWallet) { w.Town = e.Community }) {
				skip(d, "unknown wallet")
				continue
			}
			if e.Community == (common.Address{}) {
				continue // left its town; history lists towns joined
			}
			b.Moves = append(b.Moves, store.WalletMove{Chain: s.chain, TokenID: e.ID, Town: e.Community, Block: m.Block, LogIndex: m.LogIndex, Time: m.Time})

		case WalletTransfer:
			if e.From == (common.Address{}) {
				continue // the mint; SkillWalletCreated carries the owner
			}
			w := s.wallets[e.ID.String()]
			if w == nil {
				skip(d, "unknown wallet")
				continue
			}
			if e.To == (common.Address{}) {
				s.wallets[e.ID.String()] = nil
				b.Wallets = append(b.Wallets, store.Version[store.SkillWallet]{Block: m.Block, Deleted: true, Value: *w})
				continue
			}
			w.Owner = e.To
			b.Wallets = append(b.Wallets, store.Version[store.SkillWallet]{Block: m.Block, Value: *w})

		case CreditMove:
			c := s.contracts[m.Address]
			b.Transfers = append(b.Transfers, store.CreditTransfer{
				Chain: s.chain, Block: m.Block, LogIndex: m.LogIndex, TxHash: m.TxHash, Time: m.Time,
				Token: m.Address, Town: c.Town, Kind: e.Kind, From: e.From, To: e.To, Amount: e.Amount,
			})
			if e.Kind != store.MoveMint {
				s.addBalance(b, m, c.Town, e.From, new(big.Int).Neg(e.Amount))
			}
			if e.Kind != store.MoveBurn {
				s.addBalance(b, m, c.Town, e.To, e.Amount)
			}

		case GigCreated:
			g := &store.Gig{
				Chain: s.chain, Contract: m.Address, GigID: e.ID, Town: s.contracts[m.Address].Town,
				Creator: e.Creator, Status: store.GigOpen, Credits: e.Credits, CreatedBlock: m.Block, CreatedTime: m.Time,
			}
			s.gigs[gigKey{m.Address, e.ID.String()}] = g
			b.Gigs = append(b.Gigs, store.Version[store.Gig]{Block: m.Block, Value: *g})

		case GigProgress:
			ok := s.changeGig(b, m, e.ID, func(g *store.Gig) {
				g.Status = e.Status
				if e.Taker != (common.Address{}) {
					g.Taker = e.Taker
				}
			})
			if !ok {
				skip(d, "unknown gig")
			}

		case GigValidated:
			ok := s.changeGig(b, m, e.ID, func(g *store.Gig) {
				g.Status = store.GigValidated
				if e.Transferred && e.Credits != nil {
					g.Credits = e.Credits
				}
			})
			if !ok {
				skip(d, "unknown gig")
			}

		case ProjectCreated:
			b.Projects = append(b.Projects, store.Project{
				Chain: s.chain, Contract: m.Address, ProjectID: e.ID, Template: e.Template, Town: e.Community,
				Block: m.Block, LogIndex: m.LogIndex, Time: m.Time,
			})
		}
	}
	return skipped
}

// registerChildren follows a new community's contracts (the community,
// its credit token and its gigs contract) from its creation block.
func (s *state) registerChildren(b *store.Batch, e CommunityCreated, block uint64) {
	for _, ch := range []struct {
		kind string
		addr common.Address
	}{{store.KindCommunity, e.Community}, {store.KindCredits, e.Credits}, {store.KindGigs, e.Gigs}} {
		if ch.addr == (common.Address{}) {
			continue
		}
		if _, known := s.contracts[ch.addr]; known {
			continue
		}
		c := store.Contract{Chain: s.chain, Address: ch.addr, Kind: ch.kind, Town: e.Community, CreatedBlock: block}
		s.contracts[ch.addr] = c
		b.Contracts = append(b.Contracts, c)
	}
}

func (s *state) changeWallet(b *store.Batch, m Meta, id *big.Int, f func(*store.SkillWallet)) bool {
	w := s.wallets[id.String()]
	if w == nil {
		return false
	}
	f(w)
	b.Wallets = append(b.Wallets, store.Version[store.SkillWallet]{Block: m.Block, Value: *w})
	return true
}

func (s *state) changeGig(b *store.Batch, m Meta, id *big.Int, f func(*store.Gig)) bool {
	g := s.gigs[gigKey{m.Address, id.String()}]
	if g == nil {
		return false
	}
	f(g)
	b.Gigs = append(b.Gigs, store.Version[store.Gig]{Block: m.Block, Value: *g})
	return true
}

func (s *state) addBalance(b *store.Batch, m Meta, town, holder common.Address, delta *big.Int) {
	if holder == (common.Address{}) {
		return
	}
	key := [2]common.Address{m.Address, holder}
	bal := s.balances[key]
	if bal == nil {
		bal = &store.Balance{Chain: s.chain, Token: m.Address, Holder: holder, Town: town, Amount: new(big.Int)}
		s.balances[key] = bal
	}
	bal.Amount = new(big.Int).Add(bal.Amount, delta)
	b.Balances = append(b.Balances, store.Version[store.Balance]{Block: m.Block, Value: *bal})
}
