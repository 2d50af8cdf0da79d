package devnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/distributedtown/dito-graph/abis"
	"github.com/distributedtown/dito-graph/taxonomy"
)

type actionKind int

const (
	actCreateTown actionKind = iota
	actJoin
	actMove
	actLeave
	actTransfer
	actBurn
	actGigCreate
	actGigTake
	actGigSubmit
	actGigComplete
	actGigValidate
	actActivate
	actUpdateSkills
	actProject
	numActions
)

// Gas limits per call: fixed (no estimation round trip) and generous; the
// devnet tests check real usage stays below them.
const (
	gasCreateTown = 6_000_000
	gasJoin       = 1_200_000
	gasMove       = 1_000_000
	gasLeave      = 400_000
	gasTransfer   = 200_000
	gasBurn       = 150_000
	gasGigCreate  = 300_000
	gasGigStep    = 150_000
	gasGigDone    = 300_000
	gasActivate   = 100_000
	gasUpdate     = 200_000
	gasProject    = 300_000
	// maxActionGas is the most one action sends (founding a town and
	// joining it).
	maxActionGas = gasCreateTown + gasJoin
)

// Steady-state relative frequencies of the actions that do not depend on
// growth; credits and gigs dominate, as in a living town.
var baseWeight = [numActions]float64{
	actMove:         0.8,
	actLeave:        0.6,
	actTransfer:     14,
	actBurn:         0.4,
	actGigCreate:    7,
	actGigTake:      6,
	actGigSubmit:    5,
	actGigComplete:  5,
	actGigValidate:  4,
	actActivate:     3,
	actUpdateSkills: 1.2,
	actProject:      0.8,
}

// weights gives each action's probability weight in the current state;
// zero where it cannot apply.
func (s *Simulator) weights() [numActions]float64 {
	m := s.model
	var w [numActions]float64
	nTowns, members := len(m.towns), 0
	var gigs [GigValidated + 1]int
	for _, t := range m.towns {
		members += t.members.len()
		for st := range gigs {
			gigs[st] += t.byStatus[st].len()
		}
	}
	if nTowns < s.cfg.Towns && len(m.fresh) > 0 {
		if nTowns == 0 {
			w[actCreateTown] = 100
		} else {
			w[actCreateTown] = 1 + 10*float64(s.cfg.Towns-nTowns)/float64(s.cfg.Towns)
		}
	}
	if nTowns > 0 && len(m.fresh) > 0 {
		fill := float64(members) / float64(nTowns*s.cfg.MembersPerTown)
		w[actJoin] = max(0.5, 25*(1-fill))
	}
	if members >= 3 {
		for _, k := range []actionKind{actLeave, actTransfer, actBurn, actGigCreate, actProject} {
			w[k] = baseWeight[k]
		}
	}
	if nTowns >= 2 && (members > 0 || m.homeless.len() > 0) {
		w[actMove] = baseWeight[actMove]
	}
	for _, next := range [...]struct {
		act  actionKind
		from GigStatus
	}{{actGigTake, GigOpen}, {actGigSubmit, GigTaken}, {actGigComplete, GigSubmitted}, {actGigValidate, GigCompleted}} {
		if gigs[next.from] > 0 {
			w[next.act] = baseWeight[next.act]
		}
	}
	if m.inactive.len() > 0 {
		w[actActivate] = baseWeight[actActivate]
	}
	if len(m.wallets) > 0 {
		w[actUpdateSkills] = baseWeight[actUpdateSkills]
	}
	return w
}

// act picks an action by weight and sends it. An action that turns out
// not to apply (say, the only member is the gig's creator) is retried with
// another pick a few times, then skipped.
func (s *Simulator) act(ctx context.Context, b *blockBuilder) error {
	w := s.weights()
	total := 0.0
	for _, x := range w {
		total += x
	}
	if total == 0 {
		return nil
	}
	for range 4 {
		r := s.rng.Float64() * total
		k := actionKind(0)
		for ; k < numActions-1; k++ {
			if r < w[k] {
				break
			}
			r -= w[k]
		}
		sent, err := s.do(ctx, b, k)
		if err != nil {
			return err
		}
		if sent {
			s.done[k]++
			return nil
		}
	}
	return nil
}

func (s *Simulator) do(ctx context.Context, b *blockBuilder, k actionKind) (bool, error) {
	switch k {
	case actCreateTown:
		return s.createTown(ctx, b)
	case actJoin:
		return s.join(ctx, b)
	case actMove:
		return s.moveTown(ctx, b)
	case actLeave:
		return s.leave(ctx, b)
	case actTransfer:
		return s.transfer(ctx, b)
	case actBurn:
		return s.burn(ctx, b)
	case actGigCreate:
		return s.gigCreate(ctx, b)
	case actGigTake:
		return s.gigTake(ctx, b)
	case actGigSubmit:
		return s.gigSubmit(ctx, b)
	case actGigComplete:
		return s.gigComplete(ctx, b)
	case actGigValidate:
		return s.gigValidate(ctx, b)
	case actActivate:
		return s.activate(ctx, b)
	case actUpdateSkills:
		return s.updateSkills(ctx, b)
	case actProject:
		return s.project(ctx, b)
	}
	return false, fmt.Errorf("unknown action %d", k)
}

// send packs (reporting a packing error with the call's name) and sends.
func (s *Simulator) send(ctx context.Context, b *blockBuilder, from *account, to common.Address, what string, data []byte, packErr error, gas uint64) error {
	if packErr != nil {
		return fmt.Errorf("pack %s: %w", what, packErr)
	}
	if _, err := b.send(ctx, from, &to, data, gas); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// townsWhere lists towns (in id order) satisfying ok.
func (s *Simulator) townsWhere(ok func(*town) bool) []*town {
	var out []*town
	for _, t := range s.model.towns {
		if ok(t) {
			out = append(out, t)
		}
	}
	return out
}

func (s *Simulator) pickTown(ok func(*town) bool) *town {
	ts := s.townsWhere(ok)
	if len(ts) == 0 {
		return nil
	}
	return ts[s.rng.IntN(len(ts))]
}

// otherMember picks a member of t other than not, or false.
func (s *Simulator) otherMember(t *town, not common.Address) (common.Address, bool) {
	for range 6 {
		if a := t.members.pick(s.rng); a != not {
			return a, true
		}
	}
	return common.Address{}, false
}

func (s *Simulator) createTown(ctx context.Context, b *blockBuilder) (bool, error) {
	m := s.model
	if len(m.fresh) == 0 {
		return false, nil
	}
	id := uint64(len(m.towns))
	tpl := Template(id % uint64(numTemplates)) // every template early on
	if id >= uint64(numTemplates) {
		tpl = Template(s.rng.IntN(int(numTemplates)))
	}
	founder := m.fresh[0]
	t, err := s.found(ctx, b, founder, tpl)
	if err != nil {
		return false, err
	}
	// The founder is the town's first member.
	return true, s.joinNew(ctx, b, founder, t)
}

// found sends createCommunity from founder (a fresh account it takes from
// the model) and models the town it will create.
func (s *Simulator) found(ctx context.Context, b *blockBuilder, founder *account, tpl Template) (*town, error) {
	m := s.model
	id := uint64(len(m.towns))
	uri := fmt.Sprintf("ipfs://dito-devnet/%d/towns/%d.json", s.chain.ChainID, id)
	data, err := s.suite.dt.TryPackCreateCommunity(uri, big.NewInt(int64(tpl)))
	if err := s.send(ctx, b, founder, s.chain.Contracts.DistributedTown, "createCommunity", data, err, gasCreateTown); err != nil {
		return nil, err
	}
	m.fresh = m.fresh[1:]
	c := s.chain.Contracts
	t := &town{
		id: id, template: tpl, creator: founder.addr,
		addr:     crypto.CreateAddress(c.CommunityFactory, m.communityNonce),
		gigsAddr: crypto.CreateAddress(c.GigsFactory, m.gigsNonce),
		token:    crypto.CreateAddress(c.CreditFactory, m.creditNonce),
		profile:  townProfile(s.seed, s.chain.ChainID, id, tpl, s.global),
		balances: map[common.Address]*big.Int{},
		supply:   new(big.Int),
	}
	m.communityNonce++
	m.gigsNonce++
	m.creditNonce++
	m.towns = append(m.towns, t)
	m.townByAddr[t.addr] = t
	return t, nil
}

func (s *Simulator) join(ctx context.Context, b *blockBuilder) (bool, error) {
	m := s.model
	if len(m.fresh) == 0 || len(m.towns) == 0 {
		return false, nil
	}
	// Towns with room attract newcomers; full ones still get a trickle.
	total := 0.0
	ws := make([]float64, len(m.towns))
	for i, t := range m.towns {
		ws[i] = max(0.2, float64(s.cfg.MembersPerTown-t.members.len()))
		total += ws[i]
	}
	r := s.rng.Float64() * total
	t := m.towns[len(m.towns)-1]
	for i, x := range ws {
		if r < x {
			t = m.towns[i]
			break
		}
		r -= x
	}
	a := m.fresh[0]
	if err := s.joinNew(ctx, b, a, t); err != nil {
		return false, err
	}
	m.fresh = m.fresh[1:]
	return true, nil
}

func (s *Simulator) joinNew(ctx context.Context, b *blockBuilder, a *account, t *town) error {
	return s.joinWith(ctx, b, a, t, drawSkillSet(s.rng, &t.profile))
}

func (s *Simulator) joinWith(ctx context.Context, b *blockBuilder, a *account, t *town, skills [3]SkillSlot) error {
	m := s.model
	data, err := s.suite.community.TryPackJoinNewMember(toSkillSet(skills))
	if err := s.send(ctx, b, a, t.addr, "joinNewMember", data, err, gasJoin); err != nil {
		return err
	}
	w := &wallet{id: uint64(len(m.wallets)), owner: a.addr, skills: skills}
	m.wallets = append(m.wallets, w)
	m.walletOf[a.addr] = w
	m.inactive.add(w.id)
	m.addMember(t, w)
	return nil
}

func (s *Simulator) moveTown(ctx context.Context, b *blockBuilder) (bool, error) {
	m := s.model
	var owner common.Address
	if m.homeless.len() > 0 && s.rng.IntN(2) == 0 {
		owner = m.homeless.pick(s.rng)
	} else {
		from := s.pickTown(func(t *town) bool { return t.members.len() >= 3 })
		if from == nil {
			return false, nil
		}
		owner = from.members.pick(s.rng)
	}
	w := m.walletOf[owner]
	to := s.pickTown(func(t *town) bool { return t != w.town })
	if to == nil {
		return false, nil
	}
	data, err := s.suite.community.TryPackJoinExistingMember()
	if err := s.send(ctx, b, m.accounts[owner], to.addr, "joinExistingMember", data, err, gasMove); err != nil {
		return false, err
	}
	if w.town != nil {
		m.removeMember(w.town, owner)
	}
	m.addMember(to, w)
	return true, nil
}

func (s *Simulator) leave(ctx context.Context, b *blockBuilder) (bool, error) {
	m := s.model
	t := s.pickTown(func(t *town) bool { return t.members.len() >= 3 })
	if t == nil {
		return false, nil
	}
	owner := t.members.pick(s.rng)
	data, err := s.suite.community.TryPackLeaveCommunity()
	if err := s.send(ctx, b, m.accounts[owner], t.addr, "leaveCommunity", data, err, gasLeave); err != nil {
		return false, err
	}
	m.removeMember(t, owner)
	m.walletOf[owner].town = nil
	m.homeless.add(owner)
	return true, nil
}

func (s *Simulator) transfer(ctx context.Context, b *blockBuilder) (bool, error) {
	m := s.model
	t := s.pickTown(func(t *town) bool { return t.members.len() >= 2 })
	if t == nil {
		return false, nil
	}
	from := t.members.pick(s.rng)
	whole := new(big.Int).Div(t.balance(from), dito(1)).Int64()
	if whole < 1 {
		return false, nil
	}
	to, ok := s.otherMember(t, from)
	if s.rng.IntN(10) == 0 {
		// Now and then credits go to someone outside the town.
		if u := s.randomUser(); u != from {
			to, ok = u, true
		}
	}
	if !ok {
		return false, nil
	}
	amount := dito(1 + s.rng.Int64N(min(whole, 150)))
	var data []byte
	var err error
	what := "transfer"
	if s.rng.IntN(2) == 0 {
		data, err = s.suite.credit.TryPackTransfer(to, amount)
	} else {
		what = "send"
		data, err = s.suite.credit.TryPackSend(to, amount, []byte("dito:thanks"))
	}
	if err := s.send(ctx, b, m.accounts[from], t.token, what, data, err, gasTransfer); err != nil {
		return false, err
	}
	t.move(from, to, amount)
	return true, nil
}

// randomUser is any simulated user, member or not.
func (s *Simulator) randomUser() common.Address {
	users := s.chain.users
	return users[s.rng.IntN(len(users))].addr
}

func (s *Simulator) burn(ctx context.Context, b *blockBuilder) (bool, error) {
	m := s.model
	t := s.pickTown(func(t *town) bool { return t.members.len() > 0 })
	if t == nil {
		return false, nil
	}
	from := t.members.pick(s.rng)
	whole := new(big.Int).Div(t.balance(from), dito(1)).Int64()
	if whole < 1 {
		return false, nil
	}
	amount := dito(1 + s.rng.Int64N(min(whole, 10)))
	data, err := s.suite.credit.TryPackBurn(amount, []byte("dito:donation"))
	if err := s.send(ctx, b, m.accounts[from], t.token, "burn", data, err, gasBurn); err != nil {
		return false, err
	}
	t.burn(from, amount)
	return true, nil
}

func (s *Simulator) gigCreate(ctx context.Context, b *blockBuilder) (bool, error) {
	m := s.model
	t := s.pickTown(func(t *town) bool { return t.members.len() >= 2 })
	if t == nil {
		return false, nil
	}
	creator := t.members.pick(s.rng)
	skill := drawSkill(s.rng, &t.profile, nil)
	sk, err := taxonomy.Lookup(skill)
	if err != nil {
		return false, fmt.Errorf("gig skill: %w", err)
	}
	credits := dito(int64(sk.Credits) * (1 + s.rng.Int64N(4)))
	id := uint64(len(t.gigs))
	uri := fmt.Sprintf("ipfs://dito-devnet/%d/gigs/%s/%d.json?skill=%d", s.chain.ChainID, t.gigsAddr.Hex(), id, skill)
	data, err := s.suite.gigs.TryPackCreateGig(credits, uri)
	if err := s.send(ctx, b, m.accounts[creator], t.gigsAddr, "createGig", data, err, gasGigCreate); err != nil {
		return false, err
	}
	g := &gig{id: id, creator: creator, status: GigOpen, credits: credits, transferred: new(big.Int)}
	t.gigs = append(t.gigs, g)
	t.byStatus[GigOpen].add(id)
	return true, nil
}

// pickGig picks a gig in the given status from a random town that has one.
func (s *Simulator) pickGig(st GigStatus, ok func(*town) bool) (*town, *gig) {
	t := s.pickTown(func(t *town) bool { return t.byStatus[st].len() > 0 && ok(t) })
	if t == nil {
		return nil, nil
	}
	return t, t.gigs[t.byStatus[st].pick(s.rng)]
}

func (s *Simulator) gigTake(ctx context.Context, b *blockBuilder) (bool, error) {
	t, g := s.pickGig(GigOpen, func(t *town) bool { return t.members.len() >= 2 })
	if g == nil {
		return false, nil
	}
	taker, ok := s.otherMember(t, g.creator)
	if !ok {
		return false, nil
	}
	data, err := s.suite.gigs.TryPackTakeGig(new(big.Int).SetUint64(g.id))
	if err := s.send(ctx, b, s.model.accounts[taker], t.gigsAddr, "takeGig", data, err, gasGigStep); err != nil {
		return false, err
	}
	g.taker = taker
	t.setStatus(g, GigTaken)
	return true, nil
}

func (s *Simulator) gigSubmit(ctx context.Context, b *blockBuilder) (bool, error) {
	t, g := s.pickGig(GigTaken, func(*town) bool { return true })
	if g == nil {
		return false, nil
	}
	data, err := s.suite.gigs.TryPackSubmitGig(new(big.Int).SetUint64(g.id))
	if err := s.send(ctx, b, s.model.accounts[g.taker], t.gigsAddr, "submitGig", data, err, gasGigStep); err != nil {
		return false, err
	}
	t.setStatus(g, GigSubmitted)
	return true, nil
}

func (s *Simulator) gigComplete(ctx context.Context, b *blockBuilder) (bool, error) {
	t, g := s.pickGig(GigSubmitted, func(*town) bool { return true })
	if g == nil {
		return false, nil
	}
	data, err := s.suite.gigs.TryPackCompleteGig(new(big.Int).SetUint64(g.id))
	if err := s.send(ctx, b, s.model.accounts[g.creator], t.gigsAddr, "completeGig", data, err, gasGigDone); err != nil {
		return false, err
	}
	// Gigs.completeGig pays only if the creator still holds enough.
	if t.balance(g.creator).Cmp(g.credits) >= 0 {
		t.move(g.creator, g.taker, g.credits)
		g.transferred = new(big.Int).Set(g.credits)
	}
	t.setStatus(g, GigCompleted)
	return true, nil
}

func (s *Simulator) gigValidate(ctx context.Context, b *blockBuilder) (bool, error) {
	t, g := s.pickGig(GigCompleted, func(t *town) bool { return t.members.len() >= 1 })
	if g == nil {
		return false, nil
	}
	validator, ok := s.otherMember(t, g.taker)
	if !ok {
		return false, nil
	}
	data, err := s.suite.gigs.TryPackValidateGig(new(big.Int).SetUint64(g.id))
	if err := s.send(ctx, b, s.model.accounts[validator], t.gigsAddr, "validateGig", data, err, gasGigStep); err != nil {
		return false, err
	}
	t.setStatus(g, GigValidated)
	return true, nil
}

func (s *Simulator) activate(ctx context.Context, b *blockBuilder) (bool, error) {
	m := s.model
	if m.inactive.len() == 0 {
		return false, nil
	}
	w := m.wallets[m.inactive.pick(s.rng)]
	data, err := s.suite.sw.TryPackActivateSkillWallet(new(big.Int).SetUint64(w.id))
	if err := s.send(ctx, b, m.accounts[w.owner], s.chain.Contracts.SkillWallet, "activateSkillWallet", data, err, gasActivate); err != nil {
		return false, err
	}
	w.activated = true
	m.inactive.remove(w.id)
	return true, nil
}

func (s *Simulator) updateSkills(ctx context.Context, b *blockBuilder) (bool, error) {
	m := s.model
	if len(m.wallets) == 0 {
		return false, nil
	}
	w := m.wallets[s.rng.IntN(len(m.wallets))]
	skills := w.skills
	if slot := s.rng.IntN(3); s.rng.Float64() < 0.6 && skills[slot].Level > 0 && skills[slot].Level < 10 {
		skills[slot].Level++ // practice pays off
	} else {
		profile := s.global
		if w.town != nil {
			profile = w.town.profile
		}
		skills = drawSkillSet(s.rng, &profile)
	}
	data, err := s.suite.sw.TryPackUpdateSkillSet(new(big.Int).SetUint64(w.id), toSkillSet(skills))
	if err := s.send(ctx, b, m.accounts[w.owner], s.chain.Contracts.SkillWallet, "updateSkillSet", data, err, gasUpdate); err != nil {
		return false, err
	}
	w.skills = skills
	return true, nil
}

func (s *Simulator) project(ctx context.Context, b *blockBuilder) (bool, error) {
	m := s.model
	t := s.pickTown(func(t *town) bool { return t.members.len() > 0 })
	if t == nil {
		return false, nil
	}
	creator := t.members.pick(s.rng)
	uri := fmt.Sprintf("ipfs://dito-devnet/%d/projects/%d.json", s.chain.ChainID, m.projects)
	data, err := s.suite.projects.TryPackCreateProject(t.addr, uri)
	if err := s.send(ctx, b, m.accounts[creator], s.chain.Contracts.Projects, "createProject", data, err, gasProject); err != nil {
		return false, err
	}
	m.projects++
	return true, nil
}

func toSkillSet(s [3]SkillSlot) abis.SkillSet {
	sk := func(x SkillSlot) abis.Skill {
		return abis.Skill{DisplayStringId: big.NewInt(int64(x.ID)), Level: big.NewInt(int64(x.Level))}
	}
	return abis.SkillSet{Skill1: sk(s[0]), Skill2: sk(s[1]), Skill3: sk(s[2])}
}
