// Package model holds the Go types the GraphQL schema is bound to (see
// gqlgen.yml) and the schema's scalars. Entity types wrap the store's rows
// with the View they were reached through; fields that need another read
// are resolved in package api through the View's loaders.
package model

import (
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/api/load"
	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/taxonomy"
)

// View is how an object was reached. Related objects inherit it, so a
// whole answer is read at one block and formats ids one way.
type View struct {
	// Native is the chain of a chain endpoint, whose ids are served
	// without the chain prefix; 0 on the multi-chain endpoint.
	Native uint64
	// Block is the time-travel block; nil reads the current state.
	Block *uint64
	// L batches the reads of one operation (or one subscription event).
	L *load.Loaders
}

// At is the view's block as a loader key part.
func (v *View) At() int64 { return load.BlockOf(v.Block) }

// Current is the same view at the current state: derived data (edges,
// signals) is not versioned, so towns reached through it are read now.
func (v *View) Current() *View {
	if v.Block == nil {
		return v
	}
	return &View{Native: v.Native, L: v.L}
}

// Town is a community (GraphQL Town and Community).
type Town struct {
	store.Town
	V *View
}

func (t *Town) ID() string                        { return TownID(t.V.Native, t.Chain, t.Address) }
func (t *Town) ChainID() int                      { return int(t.Chain) }
func (t *Town) Ref() store.TownRef                { return store.TownRef{Chain: t.Chain, Address: t.Address} }
func (t *Town) CreatedAt() uint64                 { return t.CreatedTime }
func (t *Town) CreatedAtBlock() uint64            { return t.CreatedBlock }
func (t *Town) MembershipAddress() common.Address { return t.Address }

// Name is not indexed: the legacy subgraph took it from the registry's
// event, DistributedTown keeps it in the metadata document.
func (t *Town) Name() string { return "" }

// Member is an address on a chain (GraphQL Member).
type Member struct {
	store.Account
	V *View
}

func (m *Member) ID() string         { return TownID(m.V.Native, m.Chain, m.Address) }
func (m *Member) ChainID() int       { return int(m.Chain) }
func (m *Member) Ref() store.TownRef { return store.TownRef{Chain: m.Chain, Address: m.Address} }

// SkillWallet is a member's identity token.
type SkillWallet struct {
	store.SkillWallet
	V *View
}

func (w *SkillWallet) ID() string             { return WalletID(w.V.Native, w.Chain, w.TokenID) }
func (w *SkillWallet) ChainID() int           { return int(w.Chain) }
func (w *SkillWallet) CreatedAt() uint64      { return w.CreatedTime }
func (w *SkillWallet) CreatedAtBlock() uint64 { return w.CreatedBlock }
func (w *SkillWallet) SkillIDs() []int {
	out := make([]int, len(w.Skills))
	for i, s := range w.Skills {
		out[i] = s.ID
	}
	return out
}

// CreditBalance is one holder's balance of one town's token.
type CreditBalance struct {
	store.Balance
	V *View
}

func (b *CreditBalance) ID() string   { return BalanceID(b.V.Native, b.Chain, b.Token, b.Holder) }
func (b *CreditBalance) ChainID() int { return int(b.Chain) }

// CreditTransfer is one movement of credits.
type CreditTransfer struct {
	store.CreditTransfer
	V *View
}

func (t *CreditTransfer) ID() string                   { return TransferID(t.V.Native, t.Chain, t.Block, t.LogIndex) }
func (t *CreditTransfer) ChainID() int                 { return int(t.Chain) }
func (t *CreditTransfer) TransactionHash() common.Hash { return t.TxHash }
func (t *CreditTransfer) Timestamp() uint64            { return t.Time }

// Gig is a task offered for credits.
type Gig struct {
	store.Gig
	V *View
}

func (g *Gig) ID() string             { return ContractItemID(g.V.Native, g.Chain, g.Contract, g.GigID) }
func (g *Gig) ChainID() int           { return int(g.Chain) }
func (g *Gig) CreatedAt() uint64      { return g.CreatedTime }
func (g *Gig) CreatedAtBlock() uint64 { return g.CreatedBlock }

// Project is a town's project.
type Project struct {
	store.Project
	V *View
}

func (p *Project) ID() string             { return ContractItemID(p.V.Native, p.Chain, p.Contract, p.ProjectID) }
func (p *Project) ChainID() int           { return int(p.Chain) }
func (p *Project) CreatedAt() uint64      { return p.Time }
func (p *Project) CreatedAtBlock() uint64 { return p.Block }

// Signal is a finding of the skill graph.
type Signal struct {
	store.SignalRecord
	V *View
}

func (s *Signal) ChainID() int      { return int(s.Chain) }
func (s *Signal) Timestamp() uint64 { return s.Time }

// SkillLevel is one skill of a wallet.
type SkillLevel struct {
	Skill taxonomy.Skill
	Level int
}

// Neighbour is a walk edge to another town.
type Neighbour struct {
	Town        *Town
	Weight      float64
	Probability float64
}

// ScarcityParts split a town's variety by taxonomy level.
type ScarcityParts struct {
	Category    float64
	Subcategory float64
	Skill       float64
}

// Scarcity is a town's score from the skill graph.
type Scarcity struct {
	Score           *int
	LegacyScore     *int
	Variety         float64
	Coverage        float64
	EffectiveSkills float64
	Parts           ScarcityParts
	Percentile      float64
	Volatile        bool
	Members         int
	Lacks           []taxonomy.Skill
	Excesses        []taxonomy.Skill
	District        *int
	Centrality      float64
	UpdatedAt       string
}

// NewScarcity presents a stored score.
func NewScarcity(r *store.ScoreRecord) *Scarcity {
	return &Scarcity{
		Score: r.Score, LegacyScore: r.LegacyScore, Variety: r.Variety,
		Coverage:        r.EffectiveSkills / taxonomy.Count,
		EffectiveSkills: r.EffectiveSkills,
		Parts:           ScarcityParts{Category: r.PartCategory, Subcategory: r.PartSubcategory, Skill: r.PartSkill},
		Percentile:      r.Percentile, Volatile: r.Volatile, Members: r.Members,
		Lacks: Skills(r.Lacks), Excesses: Skills(r.Excesses),
		District: r.District, Centrality: r.Centrality, UpdatedAt: r.UpdatedAt.UTC().Format(time.RFC3339),
	}
}

// Skills looks taxonomy ids up, leaving out any outside the taxonomy.
func Skills(ids []int) []taxonomy.Skill {
	out := make([]taxonomy.Skill, 0, len(ids))
	for _, id := range ids {
		if s, err := taxonomy.Lookup(id); err == nil {
			out = append(out, s)
		}
	}
	return out
}

// SkillProximity is the relatedness of two skills.
type SkillProximity struct {
	A, B      taxonomy.Skill
	Proximity float64
	HoldersA  int
	HoldersB  int
	Both      int
	Wallets   int
}

// Chain is a chain's indexing status.
type Chain struct {
	ID           uint64
	Name         string
	Head         *uint64
	IndexedBlock *uint64
	IndexedHash  *common.Hash
	IndexedTime  *uint64
	Lag          *int64
	LagSeconds   *int64
	StartBlock   uint64
	UpdatedAt    string
}

// NewChain presents a chain's status.
func NewChain(c store.ChainStatus) *Chain {
	out := &Chain{ID: c.ID, Name: c.Name, Head: c.Head, StartBlock: c.StartBlock, UpdatedAt: c.UpdatedAt.UTC().Format(time.RFC3339)}
	if c.Indexed != nil {
		n, h, t := c.Indexed.Number, c.Indexed.Hash, c.Indexed.Time
		out.IndexedBlock, out.IndexedHash, out.IndexedTime = &n, &h, &t
		if c.Head != nil {
			lag := int64(*c.Head) - int64(n)
			out.Lag = &lag
		}
		if c.HeadTime != nil {
			lag := int64(*c.HeadTime) - int64(t)
			out.LagSeconds = &lag
		}
	}
	return out
}

// NewBlock is a block the indexer committed.
type NewBlock struct {
	ChainID   uint64
	Number    uint64
	Hash      common.Hash
	Timestamp uint64
	V         *View
}

// Meta is the _meta answer.
type Meta struct {
	Block             MetaBlock
	Deployment        string
	HasIndexingErrors bool
	Chain             *Chain
}

// MetaBlock is _meta's block.
type MetaBlock struct {
	Hash       *common.Hash
	Number     uint64
	Timestamp  *uint64
	ParentHash *common.Hash
}

// BlockHeight is The Graph's time-travel argument, with the chain it
// applies to on the multi-chain endpoint.
type BlockHeight struct {
	Number    *int
	NumberGte *int
	Hash      *common.Hash
	Chain     *int
}
