package indexer

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/store"
)

// Meta locates a log on its chain.
type Meta struct {
	Block    uint64
	Time     uint64
	LogIndex uint
	TxHash   common.Hash
	Address  common.Address
}

// Event is one decoded DiTo contract event.
type Event interface{ event() }

// Decoded pairs an event with where it was emitted.
type Decoded struct {
	Meta  Meta
	Event Event
}

// CommunityCreated comes from the DistributedTown factory. Credits and Gigs
// are not in the event: the fetcher reads them from the new Community
// contract before the batch is applied.
type CommunityCreated struct {
	Community   common.Address
	CommunityID *big.Int
	Template    int
	Creator     common.Address
	MetadataURI string
	Credits     common.Address
	Gigs        common.Address
}

// MemberAdded comes from a Community.
type MemberAdded struct {
	Member      common.Address
	WalletID    *big.Int
	Transferred *big.Int
}

// MemberLeft comes from a Community.
type MemberLeft struct{ Member common.Address }

// WalletCreated is SkillWalletCreated, either version: Extra is the trailing
// uint256 of the version deployed on Polygon mainnet, nil for the other.
type WalletCreated struct {
	Owner     common.Address
	Community common.Address
	ID        *big.Int
	Skills    []store.Skill
	Extra     *big.Int
}

// WalletActivated is SkillWalletActivated.
type WalletActivated struct{ ID *big.Int }

// SkillsUpdated is SkillSetUpdated.
type SkillsUpdated struct {
	ID     *big.Int
	Skills []store.Skill
}

// WalletMoved is SkillWalletCommunityChanged.
type WalletMoved struct {
	ID        *big.Int
	Community common.Address
}

// WalletTransfer is the SkillWallet's ERC721 Transfer.
type WalletTransfer struct {
	From, To common.Address
	ID       *big.Int
}

// CreditMove is one movement of a town's DiTo credits, from either the
// ERC777 event (Sent/Minted/Burned) or the ERC20 Transfer; pairMoves keeps
// one per movement.
type CreditMove struct {
	Kind     string // store.MoveMint, MoveSend, MoveBurn
	From, To common.Address
	Amount   *big.Int
	ERC20    bool
}

// GigCreated comes from a town's Gigs contract. Credits is read from the
// contract by the fetcher (the event does not carry it).
type GigCreated struct {
	Creator common.Address
	ID      *big.Int
	Credits *big.Int
}

// GigProgress is GigTaken, GigSubmitted or GigCompleted. Taker is read from
// the contract by the fetcher for GigTaken.
type GigProgress struct {
	ID     *big.Int
	Status string
	Taker  common.Address
}

// GigValidated closes a gig.
type GigValidated struct {
	ID          *big.Int
	Transferred bool
	Credits     *big.Int
}

// ProjectCreated comes from the chain's Projects contract.
type ProjectCreated struct {
	ID        *big.Int
	Template  int
	Community common.Address
}

func (CommunityCreated) event() {}
func (MemberAdded) event()      {}
func (MemberLeft) event()       {}
func (WalletCreated) event()    {}
func (WalletActivated) event()  {}
func (SkillsUpdated) event()    {}
func (WalletMoved) event()      {}
func (WalletTransfer) event()   {}
func (CreditMove) event()       {}
func (GigCreated) event()       {}
func (GigProgress) event()      {}
func (GigValidated) event()     {}
func (ProjectCreated) event()   {}
