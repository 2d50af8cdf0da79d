package graph

import (
	"errors"
	"fmt"
	"math"
	"math/bits"

	"github.com/distributedtown/dito-graph/taxonomy"
)

// NumSkills is the number of skills in the taxonomy (S = 36).
const NumSkills = taxonomy.Count

// ErrInvalidTown marks input a Town cannot hold (negative counts, more
// holders than members, capacities outside the level range, duplicate ids).
// Callers test for it with errors.Is; the message names the town and field.
var ErrInvalidTown = errors.New("invalid town")

// Town is one community as the graph sees it. Holders, Capacity and Members
// are what the formulas use; Wallets are optional and only feed skill-skill
// relatedness.
type Town struct {
	// ID is unique across chains, e.g. "137-0xabc…". Ties between towns are
	// broken by the lower ID, so output never depends on input order.
	ID       string
	Chain    uint64
	Template int
	// Members is M_i: members holding at least one skill. Members without a
	// skill must not be counted: they would inflate every expected count.
	Members int
	// Holders is x_is: how many members hold skill s.
	Holders [NumSkills]int
	// Capacity is y_is: the sum over holders of skill s of level/10, so
	// 0.1*x_is <= y_is <= x_is.
	Capacity [NumSkills]float64
	// Wallets are the skill sets of the members holding at least one skill
	// (len(Wallets) == Members). Nil when unknown. The Snapshot keeps the
	// slice, so it must not be modified after Build or Update.
	Wallets []SkillSet
}

// Skill is one (taxonomy id, level) pair of a SkillWallet.
type Skill struct {
	ID    int
	Level int
}

// SkillSet is the set of skill ids one wallet holds, bit s for skill s. A bit
// set keeps a million wallets in 8 MB and makes pair counting a few
// instructions.
type SkillSet uint64

const allSkills = SkillSet(1)<<NumSkills - 1

// NewSkillSet returns the set of the given skill ids.
func NewSkillSet(ids ...int) (SkillSet, error) {
	var s SkillSet
	for _, id := range ids {
		if id < 0 || id >= NumSkills {
			return 0, fmt.Errorf("skill id %d outside taxonomy 0..%d: %w", id, NumSkills-1, ErrInvalidTown)
		}
		s |= 1 << id
	}
	return s, nil
}

// Has reports whether the set holds skill id.
func (s SkillSet) Has(id int) bool { return id >= 0 && id < NumSkills && s&(1<<id) != 0 }

// Len is the number of skills in the set.
func (s SkillSet) Len() int { return bits.OnesCount64(uint64(s)) }

// IDs returns the skill ids in ascending order.
func (s SkillSet) IDs() []int {
	out := make([]int, 0, s.Len())
	for m := uint64(s); m != 0; m &= m - 1 {
		out = append(out, bits.TrailingZeros64(m))
	}
	return out
}

// NewTown builds a Town from its members' SkillWallets (one []Skill per
// member). Wallets without skills are not members for the graph and are
// skipped. It is the reference for how Holders, Capacity and Members relate.
func NewTown(id string, chain uint64, template int, wallets [][]Skill) (Town, error) {
	t := Town{ID: id, Chain: chain, Template: template}
	for w, skills := range wallets {
		var set SkillSet
		for _, sk := range skills {
			if sk.ID < 0 || sk.ID >= NumSkills {
				return Town{}, fmt.Errorf("town %q wallet %d: skill id %d outside 0..%d: %w", id, w, sk.ID, NumSkills-1, ErrInvalidTown)
			}
			if sk.Level < 1 || sk.Level > 10 {
				return Town{}, fmt.Errorf("town %q wallet %d: skill %d level %d outside 1..10: %w", id, w, sk.ID, sk.Level, ErrInvalidTown)
			}
			if set.Has(sk.ID) {
				return Town{}, fmt.Errorf("town %q wallet %d: skill %d twice: %w", id, w, sk.ID, ErrInvalidTown)
			}
			set |= 1 << sk.ID
			t.Holders[sk.ID]++
			t.Capacity[sk.ID] += float64(sk.Level) / 10
		}
		if set != 0 {
			t.Members++
			t.Wallets = append(t.Wallets, set)
		}
	}
	return t, nil
}

// capacitySlack absorbs float rounding in sums of level/10.
const capacitySlack = 1e-9

// validate rejects what no chain can produce; messages name the town and
// field so the indexer bug behind them can be found.
func (t *Town) validate() error {
	if t.ID == "" {
		return fmt.Errorf("town with empty ID: %w", ErrInvalidTown)
	}
	if t.Members < 0 {
		return fmt.Errorf("town %q: Members %d < 0: %w", t.ID, t.Members, ErrInvalidTown)
	}
	sum := 0
	for s := range NumSkills {
		x, y := t.Holders[s], t.Capacity[s]
		if x < 0 || x > t.Members {
			return fmt.Errorf("town %q: Holders[%d] = %d outside 0..Members (%d): %w", t.ID, s, x, t.Members, ErrInvalidTown)
		}
		if math.IsNaN(y) || y < 0.1*float64(x)-capacitySlack || y > float64(x)+capacitySlack {
			return fmt.Errorf("town %q: Capacity[%d] = %v outside [0.1, 1] x Holders (%d): %w", t.ID, s, y, x, ErrInvalidTown)
		}
		sum += x
	}
	if sum < t.Members {
		return fmt.Errorf("town %q: %d members but only %d skill holdings; Members must count only members holding a skill: %w",
			t.ID, t.Members, sum, ErrInvalidTown)
	}
	if t.Wallets != nil {
		if len(t.Wallets) != t.Members {
			return fmt.Errorf("town %q: %d wallets for %d members: %w", t.ID, len(t.Wallets), t.Members, ErrInvalidTown)
		}
		var count [NumSkills]int
		for w, set := range t.Wallets {
			if set == 0 || set&^allSkills != 0 {
				return fmt.Errorf("town %q: wallet %d has skill set %#x: %w", t.ID, w, uint64(set), ErrInvalidTown)
			}
			for m := uint64(set); m != 0; m &= m - 1 {
				count[bits.TrailingZeros64(m)]++
			}
		}
		if count != t.Holders {
			return fmt.Errorf("town %q: Holders disagree with Wallets: %w", t.ID, ErrInvalidTown)
		}
	}
	return nil
}

// TemplateCategory maps a DistributedTown community template to the taxonomy
// category the community is built around. The mapping follows the genesis
// communities of DistributedTown.sol: template 0 is the open-source community
// (DLT & Blockchain), 1 the art community (Art & Lifestyle), 2 the local
// community (Local Community). Other templates have no category.
func TemplateCategory(template int) (category int, ok bool) {
	switch template {
	case 0:
		return taxonomy.DLTBlockchain, true
	case 1:
		return taxonomy.ArtLifestyle, true
	case 2:
		return taxonomy.LocalCommunity, true
	}
	return 0, false
}
