package indexer

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/store"
)

// StateReader loads the current version of entities a batch touches.
type StateReader interface {
	Current(ctx context.Context, chain uint64, k store.Keys) (store.State, error)
}

// state is the indexer's in-memory copy of the current entities of one
// chain that recent batches touched. It is a cache of what the store holds:
// it is dropped whenever a batch fails or a reorg rolls the store back, and
// refilled from the store on demand.
type state struct {
	chain     uint64
	contracts map[common.Address]store.Contract
	// A present key with a nil value means "known not to exist".
	towns    map[common.Address]*store.Town
	members  map[[2]common.Address]*store.Member
	wallets  map[string]*store.SkillWallet
	balances map[[2]common.Address]*store.Balance
	gigs     map[gigKey]*store.Gig
}

type gigKey struct {
	contract common.Address
	id       string
}

func newState(chain uint64, contracts []store.Contract) *state {
	s := &state{chain: chain, contracts: map[common.Address]store.Contract{}}
	for _, c := range contracts {
		s.contracts[c.Address] = c
	}
	s.reset()
	return s
}

// reset forgets every cached entity (not the contract list).
func (s *state) reset() {
	s.towns = map[common.Address]*store.Town{}
	s.members = map[[2]common.Address]*store.Member{}
	s.wallets = map[string]*store.SkillWallet{}
	s.balances = map[[2]common.Address]*store.Balance{}
	s.gigs = map[gigKey]*store.Gig{}
}

// cacheLimit bounds the cache; past it the cache is dropped and refilled,
// which costs one extra read per entity and keeps memory flat on huge backfills.
const cacheLimit = 200_000

// load fetches from the store every entity the events will read that the
// cache does not know yet, in one query per table.
func (s *state) load(ctx context.Context, r StateReader, evs []Decoded) error {
	if len(s.towns)+len(s.members)+len(s.wallets)+len(s.balances)+len(s.gigs) > cacheLimit {
		s.reset()
	}
	var k store.Keys
	seenTown := map[common.Address]bool{}
	needTown := func(a common.Address) {
		if _, ok := s.towns[a]; !ok && !seenTown[a] {
			seenTown[a] = true
			k.Towns = append(k.Towns, a)
		}
	}
	seenMember := map[[2]common.Address]bool{}
	needMember := func(town, who common.Address) {
		key := [2]common.Address{town, who}
		if _, ok := s.members[key]; !ok && !seenMember[key] {
			seenMember[key] = true
			k.Members = append(k.Members, key)
		}
	}
	seenWallet := map[string]bool{}
	needWallet := func(id *big.Int) {
		if _, ok := s.wallets[id.String()]; !ok && !seenWallet[id.String()] {
			seenWallet[id.String()] = true
			k.Wallets = append(k.Wallets, id)
		}
	}
	seenBalance := map[[2]common.Address]bool{}
	needBalance := func(token, holder common.Address) {
		key := [2]common.Address{token, holder}
		if holder == (common.Address{}) {
			return
		}
		if _, ok := s.balances[key]; !ok && !seenBalance[key] {
			seenBalance[key] = true
			k.Balances = append(k.Balances, key)
		}
	}
	seenGig := map[gigKey]bool{}
	needGig := func(contract common.Address, id *big.Int) {
		key := gigKey{contract, id.String()}
		if _, ok := s.gigs[key]; !ok && !seenGig[key] {
			seenGig[key] = true
			k.Gigs = append(k.Gigs, store.GigKey{Contract: contract, ID: id})
		}
	}
	for _, d := range evs {
		switch e := d.Event.(type) {
		case MemberAdded:
			needTown(d.Meta.Address)
			needMember(d.Meta.Address, e.Member)
		case MemberLeft:
			needTown(d.Meta.Address)
			needMember(d.Meta.Address, e.Member)
		case WalletCreated:
			needWallet(e.ID)
		case WalletActivated:
			needWallet(e.ID)
		case SkillsUpdated:
			needWallet(e.ID)
		case WalletMoved:
			needWallet(e.ID)
		case WalletTransfer:
			needWallet(e.ID)
		case CreditMove:
			needBalance(d.Meta.Address, e.From)
			needBalance(d.Meta.Address, e.To)
		case GigCreated:
			needGig(d.Meta.Address, e.ID)
		case GigProgress:
			needGig(d.Meta.Address, e.ID)
		case GigValidated:
			needGig(d.Meta.Address, e.ID)
		}
	}
	if len(k.Towns)+len(k.Members)+len(k.Wallets)+len(k.Balances)+len(k.Gigs) == 0 {
		return nil
	}
	st, err := r.Current(ctx, s.chain, k)
	if err != nil {
		return fmt.Errorf("load state for batch: %w", err)
	}
	for _, a := range k.Towns {
		s.towns[a] = nil
	}
	for _, t := range st.Towns {
		s.towns[t.Address] = &t
	}
	for _, key := range k.Members {
		s.members[key] = nil
	}
	for _, m := range st.Members {
		s.members[[2]common.Address{m.Town, m.Address}] = &m
	}
	for _, id := range k.Wallets {
		s.wallets[id.String()] = nil
	}
	for _, w := range st.Wallets {
		s.wallets[w.TokenID.String()] = &w
	}
	for _, key := range k.Balances {
		s.balances[key] = nil
	}
	for _, b := range st.Balances {
		s.balances[[2]common.Address{b.Token, b.Holder}] = &b
	}
	for _, g := range k.Gigs {
		s.gigs[gigKey{g.Contract, g.ID.String()}] = nil
	}
	for _, g := range st.Gigs {
		s.gigs[gigKey{g.Contract, g.GigID.String()}] = &g
	}
	return nil
}
