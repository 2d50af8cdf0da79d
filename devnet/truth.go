package devnet

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// Truth is a chain's DiTo state at one block, read from contract storage
// through view calls — never from the simulator's memory, so it stays right
// across reorgs. Every slice is sorted (see ReadTruth) so two Truths, or a
// Truth and an indexer's tables, compare directly.
type Truth struct {
	ChainID   uint64
	Block     uint64
	BlockHash common.Hash
	Towns     []Town
	Wallets   []Wallet
	// Tokens are the towns' DiTo credit tokens, in town order.
	Tokens []Token
	// Balances lists non-zero balances only, by (token, holder).
	Balances []Balance
	// Gigs by (gigs contract, id).
	Gigs     []Gig
	Projects []Project
}

// Town is one community created by the DistributedTown factory.
type Town struct {
	Address     common.Address
	CommunityID uint64
	Template    Template
	Creator     common.Address
	MetadataURI string
	CreditToken common.Address
	Gigs        common.Address
	// Members sorted by address.
	Members []common.Address
}

// Template is a town's kind, as the factory numbers them.
type Template uint8

const (
	TemplateOpenSource Template = iota
	TemplateArt
	TemplateLocal
	TemplateOther
	numTemplates
)

func (t Template) String() string {
	switch t {
	case TemplateOpenSource:
		return "OpenSource"
	case TemplateArt:
		return "Art"
	case TemplateLocal:
		return "Local"
	case TemplateOther:
		return "Other"
	}
	return fmt.Sprintf("Template(%d)", uint8(t))
}

// Wallet is one SkillWallet.
type Wallet struct {
	ID    uint64
	Owner common.Address
	// Community is the town the wallet is active in; zero after leaving.
	Community common.Address
	Activated bool
	Skills    [3]SkillSlot
}

// SkillSlot is one of a wallet's three skills; Level 0 is an empty slot.
type SkillSlot struct {
	ID    uint8 // 0..35, see the taxonomy package
	Level uint8 // 1..10, 0 when empty
}

// Token is one town's credit token.
type Token struct {
	Address     common.Address
	Town        common.Address
	TotalSupply *big.Int
	// Movements counts mints, sends and burns: each emitted one ERC777 and
	// one ERC20 event, and an indexer must count it once.
	Movements uint64
}

// Balance is one holder's credits of one token, in wei (18 decimals).
type Balance struct {
	Token  common.Address
	Holder common.Address
	Amount *big.Int
}

// GigStatus is a gig's place in its lifecycle.
type GigStatus uint8

const (
	GigOpen GigStatus = iota
	GigTaken
	GigSubmitted
	GigCompleted
	GigValidated
)

func (s GigStatus) String() string {
	switch s {
	case GigOpen:
		return "OPEN"
	case GigTaken:
		return "TAKEN"
	case GigSubmitted:
		return "SUBMITTED"
	case GigCompleted:
		return "COMPLETED"
	case GigValidated:
		return "VALIDATED"
	}
	return fmt.Sprintf("GigStatus(%d)", uint8(s))
}

// Gig is one gig of one town's Gigs contract.
type Gig struct {
	Contract common.Address
	Town     common.Address
	ID       uint64
	Creator  common.Address
	Taker    common.Address // zero while open
	Status   GigStatus
	Credits  *big.Int
	// CreditsTransferred is Credits once completion moved them, else zero
	// (the creator no longer held enough).
	CreditsTransferred *big.Int
}

// Project is one entry of the chain's Projects contract.
type Project struct {
	ID          uint64
	Template    Template
	Community   common.Address
	Creator     common.Address
	MetadataURI string
}

// truthPage is how many wallets, holders or gigs one view call returns.
const truthPage = 500

// ReadTruth reads the chain's whole DiTo state at its current head. All
// calls are pinned to that block, so blocks sealed meanwhile do not mix in.
func ReadTruth(ctx context.Context, c *Chain) (Truth, error) {
	head, err := c.Head(ctx)
	if err != nil {
		return Truth{}, err
	}
	r := &truthReader{c: c, s: c.suite, block: head.Number}
	t := Truth{ChainID: c.ChainID, Block: head.Number.Uint64(), BlockHash: head.Hash()}
	if t.Towns, err = r.towns(ctx); err != nil {
		return Truth{}, err
	}
	if t.Wallets, err = r.wallets(ctx); err != nil {
		return Truth{}, err
	}
	for _, town := range t.Towns {
		tok, bals, err := r.token(ctx, town)
		if err != nil {
			return Truth{}, err
		}
		t.Tokens = append(t.Tokens, tok)
		t.Balances = append(t.Balances, bals...)
		gigs, err := r.gigs(ctx, town)
		if err != nil {
			return Truth{}, err
		}
		t.Gigs = append(t.Gigs, gigs...)
	}
	if t.Projects, err = r.projects(ctx); err != nil {
		return Truth{}, err
	}
	slices.SortFunc(t.Balances, func(a, b Balance) int {
		return cmp.Or(bytes.Compare(a.Token[:], b.Token[:]), bytes.Compare(a.Holder[:], b.Holder[:]))
	})
	slices.SortFunc(t.Gigs, func(a, b Gig) int {
		return cmp.Or(bytes.Compare(a.Contract[:], b.Contract[:]), cmp.Compare(a.ID, b.ID))
	})
	return t, nil
}

type truthReader struct {
	c     *Chain
	s     *suite
	block *big.Int
}

// call runs one view call at the pinned block and unpacks its result.
func call[T any](ctx context.Context, r *truthReader, to common.Address, what string, data []byte, packErr error, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	if packErr != nil {
		return zero, fmt.Errorf("chain %s: pack %s: %w", r.c.Name, what, packErr)
	}
	out, err := r.c.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, r.block)
	if err != nil {
		return zero, fmt.Errorf("chain %s: call %s on %s at block %s: %w", r.c.Name, what, to, r.block, err)
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("chain %s: unpack %s from %s at block %s: %w", r.c.Name, what, to, r.block, err)
	}
	return v, nil
}

func (r *truthReader) towns(ctx context.Context) ([]Town, error) {
	dt, cm := r.s.dt, r.s.community
	data, perr := dt.TryPackGetCommunities()
	addrs, err := call(ctx, r, r.c.Contracts.DistributedTown, "getCommunities", data, perr, dt.UnpackGetCommunities)
	if err != nil {
		return nil, err
	}
	towns := make([]Town, 0, len(addrs))
	for _, a := range addrs {
		t := Town{Address: a}
		data, perr := cm.TryPackCommunityId()
		id, err := call(ctx, r, a, "communityId", data, perr, cm.UnpackCommunityId)
		if err != nil {
			return nil, err
		}
		data, perr = cm.TryPackTemplate()
		tpl, err := call(ctx, r, a, "template", data, perr, cm.UnpackTemplate)
		if err != nil {
			return nil, err
		}
		if !id.IsUint64() || !tpl.IsUint64() || tpl.Uint64() >= uint64(numTemplates) {
			return nil, fmt.Errorf("chain %s: town %s: community id %s / template %s out of range", r.c.Name, a, id, tpl)
		}
		t.CommunityID, t.Template = id.Uint64(), Template(tpl.Uint64())
		data, perr = cm.TryPackCreator()
		if t.Creator, err = call(ctx, r, a, "creator", data, perr, cm.UnpackCreator); err != nil {
			return nil, err
		}
		data, perr = cm.TryPackMetadataUri()
		if t.MetadataURI, err = call(ctx, r, a, "metadataUri", data, perr, cm.UnpackMetadataUri); err != nil {
			return nil, err
		}
		data, perr = cm.TryPackDitoCreditsAddr()
		if t.CreditToken, err = call(ctx, r, a, "ditoCreditsAddr", data, perr, cm.UnpackDitoCreditsAddr); err != nil {
			return nil, err
		}
		data, perr = cm.TryPackGigsAddr()
		if t.Gigs, err = call(ctx, r, a, "gigsAddr", data, perr, cm.UnpackGigsAddr); err != nil {
			return nil, err
		}
		data, perr = cm.TryPackGetMembers()
		if t.Members, err = call(ctx, r, a, "getMembers", data, perr, cm.UnpackGetMembers); err != nil {
			return nil, err
		}
		sortAddrs(t.Members)
		towns = append(towns, t)
	}
	slices.SortFunc(towns, func(a, b Town) int { return cmp.Compare(a.CommunityID, b.CommunityID) })
	return towns, nil
}

func (r *truthReader) wallets(ctx context.Context) ([]Wallet, error) {
	sw := r.s.sw
	var out []Wallet
	for start := 0; ; start += truthPage {
		data, perr := sw.TryPackSkillWalletsPage(big.NewInt(int64(start)), big.NewInt(truthPage))
		page, err := call(ctx, r, r.c.Contracts.SkillWallet, "skillWalletsPage", data, perr, sw.UnpackSkillWalletsPage)
		if err != nil {
			return nil, err
		}
		for _, v := range page {
			w := Wallet{Owner: v.Owner, Community: v.Community, Activated: v.Activated}
			if !v.Id.IsUint64() {
				return nil, fmt.Errorf("chain %s: wallet id %s out of range", r.c.Name, v.Id)
			}
			w.ID = v.Id.Uint64()
			skills := []struct{ id, level *big.Int }{
				{v.SkillSet.Skill1.DisplayStringId, v.SkillSet.Skill1.Level},
				{v.SkillSet.Skill2.DisplayStringId, v.SkillSet.Skill2.Level},
				{v.SkillSet.Skill3.DisplayStringId, v.SkillSet.Skill3.Level},
			}
			for i, sk := range skills {
				if !sk.id.IsUint64() || sk.id.Uint64() > 255 || !sk.level.IsUint64() || sk.level.Uint64() > 255 {
					return nil, fmt.Errorf("chain %s: wallet %d skill %d: (%s, %s) out of range", r.c.Name, w.ID, i, sk.id, sk.level)
				}
				w.Skills[i] = SkillSlot{ID: uint8(sk.id.Uint64()), Level: uint8(sk.level.Uint64())}
			}
			out = append(out, w)
		}
		if len(page) < truthPage {
			return out, nil
		}
	}
}

func (r *truthReader) token(ctx context.Context, town Town) (Token, []Balance, error) {
	cr := r.s.credit
	tok := Token{Address: town.CreditToken, Town: town.Address}
	data, perr := cr.TryPackTotalSupply()
	supply, err := call(ctx, r, tok.Address, "totalSupply", data, perr, cr.UnpackTotalSupply)
	if err != nil {
		return Token{}, nil, err
	}
	tok.TotalSupply = supply
	data, perr = cr.TryPackMovementCount()
	moves, err := call(ctx, r, tok.Address, "movementCount", data, perr, cr.UnpackMovementCount)
	if err != nil {
		return Token{}, nil, err
	}
	if !moves.IsUint64() {
		return Token{}, nil, fmt.Errorf("chain %s: token %s: movement count %s out of range", r.c.Name, tok.Address, moves)
	}
	tok.Movements = moves.Uint64()
	var bals []Balance
	for start := 0; ; start += truthPage {
		data, perr := cr.TryPackHoldersPage(big.NewInt(int64(start)), big.NewInt(truthPage))
		page, err := call(ctx, r, tok.Address, "holdersPage", data, perr, cr.UnpackHoldersPage)
		if err != nil {
			return Token{}, nil, err
		}
		if len(page.Accounts) != len(page.Balances) {
			return Token{}, nil, fmt.Errorf("chain %s: token %s: %d holders but %d balances", r.c.Name, tok.Address, len(page.Accounts), len(page.Balances))
		}
		for i, a := range page.Accounts {
			if page.Balances[i].Sign() != 0 {
				bals = append(bals, Balance{Token: tok.Address, Holder: a, Amount: page.Balances[i]})
			}
		}
		if len(page.Accounts) < truthPage {
			return tok, bals, nil
		}
	}
}

func (r *truthReader) gigs(ctx context.Context, town Town) ([]Gig, error) {
	g := r.s.gigs
	var out []Gig
	for start := 0; ; start += truthPage {
		data, perr := g.TryPackGigsPage(big.NewInt(int64(start)), big.NewInt(truthPage))
		page, err := call(ctx, r, town.Gigs, "gigsPage", data, perr, g.UnpackGigsPage)
		if err != nil {
			return nil, err
		}
		for _, v := range page {
			if !v.Id.IsUint64() || v.Status > uint8(GigValidated) {
				return nil, fmt.Errorf("chain %s: gigs %s: gig %s status %d out of range", r.c.Name, town.Gigs, v.Id, v.Status)
			}
			out = append(out, Gig{
				Contract: town.Gigs, Town: town.Address, ID: v.Id.Uint64(),
				Creator: v.Creator, Taker: v.Taker, Status: GigStatus(v.Status),
				Credits: v.Credits, CreditsTransferred: v.CreditsTransferred,
			})
		}
		if len(page) < truthPage {
			return out, nil
		}
	}
}

func (r *truthReader) projects(ctx context.Context) ([]Project, error) {
	p := r.s.projects
	addr := r.c.Contracts.Projects
	data, perr := p.TryPackProjectCount()
	n, err := call(ctx, r, addr, "projectCount", data, perr, p.UnpackProjectCount)
	if err != nil {
		return nil, err
	}
	if !n.IsUint64() {
		return nil, fmt.Errorf("chain %s: project count %s out of range", r.c.Name, n)
	}
	out := make([]Project, 0, n.Uint64())
	for i := range n.Uint64() {
		data, perr := p.TryPackGetProject(new(big.Int).SetUint64(i))
		v, err := call(ctx, r, addr, "getProject", data, perr, p.UnpackGetProject)
		if err != nil {
			return nil, err
		}
		if !v.Template.IsUint64() || v.Template.Uint64() >= uint64(numTemplates) {
			return nil, fmt.Errorf("chain %s: project %d: template %s out of range", r.c.Name, i, v.Template)
		}
		out = append(out, Project{
			ID: i, Template: Template(v.Template.Uint64()), Community: v.Community,
			Creator: v.Creator, MetadataURI: v.MetadataUri,
		})
	}
	return out, nil
}

func sortAddrs(a []common.Address) {
	slices.SortFunc(a, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
}
