package store

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// BlockRef identifies a block the indexer has seen.
type BlockRef struct {
	Number uint64
	Hash   common.Hash
	Parent common.Hash
	Time   uint64
	// HasEvents keeps the block past pruning, for `block: {hash}` lookups.
	HasEvents bool
}

// Cursor is where a chain's indexing stands: the last applied block.
type Cursor struct {
	Chain uint64
	Name  string
	// Block is nil before the first batch is applied.
	Block *BlockRef
	Start uint64
}

// Contract is an address the indexer follows.
type Contract struct {
	Chain        uint64
	Address      common.Address
	Kind         string // distributed_town, skill_wallet, projects, community, credits, gigs
	Town         common.Address
	CreatedBlock uint64
}

// Contract kinds.
const (
	KindDistributedTown = "distributed_town"
	KindSkillWallet     = "skill_wallet"
	KindProjects        = "projects"
	KindCommunity       = "community"
	KindCredits         = "credits"
	KindGigs            = "gigs"
)

// Town is one community created by the DistributedTown factory.
type Town struct {
	Chain        uint64
	Address      common.Address
	CommunityID  *big.Int
	Template     int
	Creator      common.Address
	MetadataURI  string
	CreditsToken common.Address // zero when unknown
	Gigs         common.Address // zero when unknown
	MembersCount int
	CreatedBlock uint64
	CreatedTime  uint64
}

// Member is an address's membership of a town.
type Member struct {
	Chain         uint64
	Town          common.Address
	Address       common.Address
	SkillWalletID *big.Int // nil when the join carried no wallet
	JoinedBlock   uint64
	JoinedTime    uint64
}

// Skill is one (taxonomy id, level) pair of a SkillWallet.
type Skill struct {
	ID    int
	Level int
}

// SkillWallet is a member's identity token with up to three skills.
type SkillWallet struct {
	Chain        uint64
	TokenID      *big.Int
	Owner        common.Address
	Town         common.Address // zero when not in a town
	Activated    bool
	Skills       []Skill
	CreatedBlock uint64
	CreatedTime  uint64
}

// Balance is what one holder has of one town's DiTo credit token.
type Balance struct {
	Chain  uint64
	Token  common.Address
	Holder common.Address
	Town   common.Address
	Amount *big.Int
}

// Gig statuses, in lifecycle order.
const (
	GigOpen      = "OPEN"
	GigTaken     = "TAKEN"
	GigSubmitted = "SUBMITTED"
	GigCompleted = "COMPLETED"
	GigValidated = "VALIDATED"
)

// Gig is a task offered for credits inside a town.
type Gig struct {
	Chain        uint64
	Contract     common.Address
	GigID        *big.Int
	Town         common.Address
	Creator      common.Address
	Taker        common.Address // zero until taken
	Status       string
	Credits      *big.Int // nil until known
	CreatedBlock uint64
	CreatedTime  uint64
}

// Credit movement kinds.
const (
	MoveMint = "MINT"
	MoveSend = "SEND"
	MoveBurn = "BURN"
)

// CreditTransfer is one movement of DiTo credits, counted once even though
// the token emits both an ERC777 and an ERC20 event for it.
type CreditTransfer struct {
	Chain    uint64
	Block    uint64
	LogIndex uint
	TxHash   common.Hash
	Time     uint64
	Token    common.Address
	Town     common.Address
	Kind     string
	From     common.Address
	To       common.Address
	Amount   *big.Int
}

// WalletMove records a SkillWallet becoming active in a town.
type WalletMove struct {
	Chain    uint64
	TokenID  *big.Int
	Town     common.Address
	Block    uint64
	LogIndex uint
	Time     uint64
}

// Project is created in a town by the chain's Projects contract.
type Project struct {
	Chain     uint64
	Contract  common.Address
	ProjectID *big.Int
	Template  int
	Town      common.Address
	Block     uint64
	LogIndex  uint
	Time      uint64
}

// Version is the state of an entity from Block on. Deleted means the entity
// stops existing at Block (a member who left).
type Version[T any] struct {
	Block   uint64
	Deleted bool
	Value   T
}

// Batch is everything one step of the indexer learned about a contiguous
// range of blocks on one chain. Apply writes it in one transaction together
// with the cursor, so a crash leaves either all of it or none.
type Batch struct {
	Chain uint64
	// Prev is the cursor the batch was built on (nil for the first batch);
	// Apply refuses the batch if the stored cursor moved meanwhile.
	Prev *BlockRef
	// Blocks to remember, ascending; the last one becomes the new cursor.
	Blocks []BlockRef

	Contracts []Contract
	// Versioned entities: several versions of the same entity must be in
	// block order.
	Towns    []Version[Town]
	Members  []Version[Member]
	Wallets  []Version[SkillWallet]
	Balances []Version[Balance]
	Gigs     []Version[Gig]
	// Events.
	Transfers []CreditTransfer
	Moves     []WalletMove
	Projects  []Project
}

// Events counts the entity changes and events in the batch.
func (b *Batch) Events() int {
	return len(b.Contracts) + len(b.Towns) + len(b.Members) + len(b.Wallets) + len(b.Balances) +
		len(b.Gigs) + len(b.Transfers) + len(b.Moves) + len(b.Projects)
}

// ID names a town "<chain>-<address>": the id the API gives a town seen
// from another chain, and how the skill graph, signal reasons and webhooks
// name towns, so that they read the way a client can query them.
func (r TownRef) ID() string {
	return strconv.FormatUint(r.Chain, 10) + "-" + strings.ToLower(r.Address.Hex())
}

// ParseTownID reverses TownRef.ID.
func ParseTownID(id string) (TownRef, error) {
	c, a, ok := strings.Cut(id, "-")
	chain, err := strconv.ParseUint(c, 10, 64)
	if !ok || err != nil || !common.IsHexAddress(a) {
		return TownRef{}, fmt.Errorf("bad town id %q: want <chain id>-<address>", id)
	}
	return TownRef{Chain: chain, Address: common.HexToAddress(a)}, nil
}
