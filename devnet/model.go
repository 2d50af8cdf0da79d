package devnet

import (
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
)

// orderedSet keeps insertion order (with swap-removal) so random picks are
// reproducible, unlike ranging over a map.
type orderedSet[T comparable] struct {
	items []T
	pos   map[T]int
}

func (s *orderedSet[T]) add(v T) {
	if s.pos == nil {
		s.pos = map[T]int{}
	}
	if _, ok := s.pos[v]; ok {
		return
	}
	s.pos[v] = len(s.items)
	s.items = append(s.items, v)
}

func (s *orderedSet[T]) remove(v T) {
	i, ok := s.pos[v]
	if !ok {
		return
	}
	last := s.items[len(s.items)-1]
	s.items[i] = last
	s.pos[last] = i
	s.items = s.items[:len(s.items)-1]
	delete(s.pos, v)
}

func (s *orderedSet[T]) len() int { return len(s.items) }

func (s *orderedSet[T]) pick(rng *rand.Rand) T {
	return s.items[rng.IntN(len(s.items))]
}

// model is the simulator's picture of the chain after every transaction it
// has sent. It mirrors the contracts' rules exactly, so the simulator only
// sends transactions that succeed; after a reorg it is rebuilt from Truth.
type model struct {
	towns      []*town
	townByAddr map[common.Address]*town
	wallets    []*wallet
	walletOf   map[common.Address]*wallet
	// inactive holds ids of wallets not yet activated.
	inactive orderedSet[uint64]
	// homeless are owners of wallets that are in no town.
	homeless orderedSet[common.Address]
	// fresh are users with no wallet who created no town, next first.
	fresh    []*account
	accounts map[common.Address]*account
	projects uint64
	// Nonces of the helper factories: each CREATE uses the next one, which
	// gives the addresses of a new town's contracts before it exists.
	communityNonce, creditNonce, gigsNonce uint64
}

type town struct {
	id       uint64
	addr     common.Address
	token    common.Address
	gigsAddr common.Address
	template Template
	creator  common.Address
	profile  skillWeights
	members  orderedSet[common.Address]
	balances map[common.Address]*big.Int
	supply   *big.Int
	moves    uint64
	gigs     []*gig
	byStatus [GigValidated + 1]orderedSet[uint64]
}

type wallet struct {
	id        uint64
	owner     common.Address
	town      *town // nil when in no town
	activated bool
	skills    [3]SkillSlot
}

type gig struct {
	id          uint64
	creator     common.Address
	taker       common.Address
	status      GigStatus
	credits     *big.Int
	transferred *big.Int
}

func (t *town) balance(a common.Address) *big.Int {
	if b, ok := t.balances[a]; ok {
		return b
	}
	return new(big.Int)
}

func (t *town) mint(to common.Address, amount *big.Int) {
	t.balances[to] = new(big.Int).Add(t.balance(to), amount)
	t.supply = new(big.Int).Add(t.supply, amount)
	t.moves++
}

func (t *town) move(from, to common.Address, amount *big.Int) {
	t.balances[from] = new(big.Int).Sub(t.balance(from), amount)
	t.balances[to] = new(big.Int).Add(t.balance(to), amount)
	t.moves++
}

func (t *town) burn(from common.Address, amount *big.Int) {
	t.balances[from] = new(big.Int).Sub(t.balance(from), amount)
	t.supply = new(big.Int).Sub(t.supply, amount)
	t.moves++
}

func (t *town) setStatus(g *gig, s GigStatus) {
	t.byStatus[g.status].remove(g.id)
	g.status = s
	t.byStatus[s].add(g.id)
}

// removeMember mirrors Community.remove: the member's credits of this town
// are burned.
func (m *model) removeMember(t *town, member common.Address) {
	t.members.remove(member)
	if bal := t.balance(member); bal.Sign() > 0 {
		t.burn(member, bal)
	}
}

// addMember mirrors Community.add: the town mints starting credits.
func (m *model) addMember(t *town, w *wallet) {
	t.members.add(w.owner)
	w.town = t
	m.homeless.remove(w.owner)
	t.mint(w.owner, startingCredits)
}

// startingCredits is Community.STARTING_CREDITS, 2000 DITO.
var startingCredits = dito(2000)

// dito converts whole credits to wei (18 decimals).
func dito(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000_000_000_000_000))
}
