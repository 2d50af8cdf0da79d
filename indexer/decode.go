package indexer

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/taxonomy"
)

// Event signatures exactly as the deployed DiTo contracts emit them; topic0
// of each log is the keccak256 of one of these.
const (
	SigCommunityCreated = "CommunityCreated(address,uint256,uint256,address)"
	SigMemberAdded      = "MemberAdded(address,uint256,uint256)"
	SigMemberLeft       = "MemberLeft(address)"
	SigWalletCreated    = "SkillWalletCreated(address,address,uint256,((uint256,uint256),(uint256,uint256),(uint256,uint256)))"
	SigWalletCreatedV2  = "SkillWalletCreated(address,address,uint256,((uint256,uint256),(uint256,uint256),(uint256,uint256)),uint256)"
	SigWalletActivated  = "SkillWalletActivated(uint256)"
	SigSkillSetUpdated  = "SkillSetUpdated(uint256,((uint256,uint256),(uint256,uint256),(uint256,uint256)))"
	SigWalletCommunity  = "SkillWalletCommunityChanged(uint256,address)"
	SigTransfer         = "Transfer(address,address,uint256)"
	SigSent             = "Sent(address,address,address,uint256,bytes,bytes)"
	SigMinted           = "Minted(address,address,uint256,bytes,bytes)"
	SigBurned           = "Burned(address,address,uint256,bytes,bytes)"
	SigGigCreated       = "GigCreated(address,uint256)"
	SigGigTaken         = "GigTaken(uint256)"
	SigGigSubmitted     = "GigSubmitted(uint256)"
	SigGigCompleted     = "GigCompleted(uint256)"
	SigGigValidated     = "GigValidated(uint256,bool,uint256)"
	SigProjectCreated   = "ProjectCreated(uint256,uint256,address)"
)

// errIgnored marks logs of followed contracts that carry nothing the index
// keeps (approvals, the gigs NFT's own transfers, unknown events).
var errIgnored = errors.New("ignored log")

// errMalformed marks a log whose topics or data do not fit its signature.
var errMalformed = errors.New("malformed log")

// Decoder turns logs of DiTo contracts into events. It is a pure function
// of the log and the kind of contract that emitted it.
type Decoder struct {
	topicCommunityCreated common.Hash
	byTopic               map[common.Hash]string
}

// NewDecoder builds a decoder for every signature above.
func NewDecoder() (*Decoder, error) {
	d := &Decoder{byTopic: map[common.Hash]string{}}
	for _, sig := range []string{
		SigCommunityCreated, SigMemberAdded, SigMemberLeft, SigWalletCreated, SigWalletCreatedV2,
		SigWalletActivated, SigSkillSetUpdated, SigWalletCommunity, SigTransfer, SigSent, SigMinted,
		SigBurned, SigGigCreated, SigGigTaken, SigGigSubmitted, SigGigCompleted, SigGigValidated,
		SigProjectCreated,
	} {
		t := crypto.Keccak256Hash([]byte(sig))
		if other, dup := d.byTopic[t]; dup {
			return nil, fmt.Errorf("signatures %q and %q share topic %s", sig, other, t)
		}
		d.byTopic[t] = sig
	}
	d.topicCommunityCreated = crypto.Keccak256Hash([]byte(SigCommunityCreated))
	return d, nil
}

// Decode decodes a log emitted by a followed contract of the given kind.
// It returns errIgnored for logs the index does not keep and an error
// wrapping errMalformed for logs that do not fit their signature.
func (d *Decoder) Decode(kind string, l types.Log) (Event, error) {
	if len(l.Topics) == 0 {
		return nil, errIgnored
	}
	sig, ok := d.byTopic[l.Topics[0]]
	if !ok {
		return nil, errIgnored
	}
	w := words{data: l.Data}
	t := l.Topics
	var ev Event
	var err error
	switch {
	case kind == store.KindDistributedTown && sig == SigCommunityCreated:
		return d.decodeFactory(l)

	case kind == store.KindCommunity && sig == SigMemberAdded:
		err = expect(t, 2, w, 2)
		ev = MemberAdded{Member: topicAddr(t, 1, &err), WalletID: w.uint(0), Transferred: w.uint(1)}
	case kind == store.KindCommunity && sig == SigMemberLeft:
		err = expect(t, 2, w, 0)
		ev = MemberLeft{Member: topicAddr(t, 1, &err)}

	case kind == store.KindSkillWallet && (sig == SigWalletCreated || sig == SigWalletCreatedV2):
		n := 6
		if sig == SigWalletCreatedV2 {
			n = 7
		}
		err = expect(t, 4, w, n)
		wc := WalletCreated{Owner: topicAddr(t, 1, &err), Community: topicAddr(t, 2, &err), ID: topicUint(t, 3)}
		wc.Skills = w.skills(0)
		if n == 7 {
			wc.Extra = w.uint(6)
		}
		ev = wc
	case kind == store.KindSkillWallet && sig == SigWalletActivated:
		err = expect(t, 2, w, 0)
		ev = WalletActivated{ID: topicUint(t, 1)}
	case kind == store.KindSkillWallet && sig == SigSkillSetUpdated:
		err = expect(t, 2, w, 6)
		ev = SkillsUpdated{ID: topicUint(t, 1), Skills: w.skills(0)}
	case kind == store.KindSkillWallet && sig == SigWalletCommunity:
		err = expect(t, 2, w, 1)
		ev = WalletMoved{ID: topicUint(t, 1), Community: w.addr(0, &err)}
	case kind == store.KindSkillWallet && sig == SigTransfer:
		err = expect(t, 4, w, 0)
		ev = WalletTransfer{From: topicAddr(t, 1, &err), To: topicAddr(t, 2, &err), ID: topicUint(t, 3)}

	case kind == store.KindCredits && sig == SigTransfer:
		err = expect(t, 3, w, 1)
		m := CreditMove{From: topicAddr(t, 1, &err), To: topicAddr(t, 2, &err), Amount: w.uint(0), ERC20: true}
		switch {
		case m.From == (common.Address{}):
			m.Kind = store.MoveMint
		case m.To == (common.Address{}):
			m.Kind = store.MoveBurn
		default:
			m.Kind = store.MoveSend
		}
		ev = m
	case kind == store.KindCredits && sig == SigSent:
		err = expectMin(t, 4, w, 3)
		ev = CreditMove{Kind: store.MoveSend, From: topicAddr(t, 2, &err), To: topicAddr(t, 3, &err), Amount: w.uint(0)}
	case kind == store.KindCredits && sig == SigMinted:
		err = expectMin(t, 3, w, 3)
		ev = CreditMove{Kind: store.MoveMint, To: topicAddr(t, 2, &err), Amount: w.uint(0)}
	case kind == store.KindCredits && sig == SigBurned:
		err = expectMin(t, 3, w, 3)
		ev = CreditMove{Kind: store.MoveBurn, From: topicAddr(t, 2, &err), Amount: w.uint(0)}

	case kind == store.KindGigs && sig == SigGigCreated:
		err = expect(t, 1, w, 2)
		ev = GigCreated{Creator: w.addr(0, &err), ID: w.uint(1)}
	case kind == store.KindGigs && (sig == SigGigTaken || sig == SigGigSubmitted || sig == SigGigCompleted):
		err = expect(t, 1, w, 1)
		status := map[string]string{SigGigTaken: store.GigTaken, SigGigSubmitted: store.GigSubmitted, SigGigCompleted: store.GigCompleted}[sig]
		ev = GigProgress{ID: w.uint(0), Status: status}
	case kind == store.KindGigs && sig == SigGigValidated:
		err = expect(t, 1, w, 3)
		ev = GigValidated{ID: w.uint(0), Transferred: w.bool(1, &err), Credits: w.uint(2)}

	case kind == store.KindProjects && sig == SigProjectCreated:
		err = expect(t, 1, w, 3)
		ev = ProjectCreated{ID: w.uint(0), Template: w.small(1, &err), Community: w.addr(2, &err)}

	default:
		return nil, errIgnored
	}
	if err != nil {
		return nil, fmt.Errorf("%s at block %d index %d: %w", sig, l.BlockNumber, l.Index, err)
	}
	return ev, nil
}

func (d *Decoder) decodeFactory(l types.Log) (CommunityCreated, error) {
	if len(l.Topics) == 0 || l.Topics[0] != d.topicCommunityCreated {
		return CommunityCreated{}, errIgnored
	}
	w := words{data: l.Data}
	err := expect(l.Topics, 2, w, 3)
	ev := CommunityCreated{
		Community:   w.addr(0, &err),
		CommunityID: w.uint(1),
		Template:    w.small(2, &err),
		Creator:     topicAddr(l.Topics, 1, &err),
	}
	if err != nil {
		return CommunityCreated{}, fmt.Errorf("%s at block %d index %d: %w", SigCommunityCreated, l.BlockNumber, l.Index, err)
	}
	return ev, nil
}

// expect checks the exact number of topics and data words.
func expect(topics []common.Hash, nTopics int, w words, nWords int) error {
	if len(topics) != nTopics {
		return fmt.Errorf("%w: %d topics, want %d", errMalformed, len(topics), nTopics)
	}
	if len(w.data) != 32*nWords {
		return fmt.Errorf("%w: %d data bytes, want %d", errMalformed, len(w.data), 32*nWords)
	}
	return nil
}

// expectMin is expect for events with trailing dynamic data (ERC777's
// data and operatorData), where only the head is read.
func expectMin(topics []common.Hash, nTopics int, w words, nWords int) error {
	if len(topics) != nTopics {
		return fmt.Errorf("%w: %d topics, want %d", errMalformed, len(topics), nTopics)
	}
	if len(w.data) < 32*nWords || len(w.data)%32 != 0 {
		return fmt.Errorf("%w: %d data bytes, want at least %d words", errMalformed, len(w.data), nWords)
	}
	return nil
}

// words reads 32-byte ABI words; callers check the length first with
// expect, so indexes are in range whenever err is nil, and out-of-range
// reads return zero values instead of panicking.
type words struct{ data []byte }

func (w words) word(i int) []byte {
	if len(w.data) < 32*(i+1) {
		return make([]byte, 32)
	}
	return w.data[32*i : 32*(i+1)]
}

func (w words) uint(i int) *big.Int { return new(big.Int).SetBytes(w.word(i)) }

func (w words) addr(i int, err *error) common.Address { return wordAddr(w.word(i), err) }

func (w words) bool(i int, err *error) bool {
	v := w.uint(i)
	if v.Sign() != 0 && v.Cmp(big.NewInt(1)) != 0 && *err == nil {
		*err = fmt.Errorf("%w: word %d is not a bool", errMalformed, i)
	}
	return v.Sign() != 0
}

// small reads an enum-like uint256 (a template) that must fit an int32.
func (w words) small(i int, err *error) int {
	v := w.uint(i)
	if !v.IsInt64() || v.Int64() > 1<<31-1 {
		if *err == nil {
			*err = fmt.Errorf("%w: word %d (%s) is too large", errMalformed, i, v)
		}
		return 0
	}
	return int(v.Int64())
}

// skills reads a skill set: three (id, level) pairs from word i. Empty
// slots (level 0) and pairs outside the taxonomy are left out.
func (w words) skills(i int) []store.Skill {
	var out []store.Skill
	for k := range 3 {
		id, level := w.uint(i+2*k), w.uint(i+2*k+1)
		if level.Sign() == 0 || !id.IsInt64() || !level.IsInt64() {
			continue
		}
		if _, err := taxonomy.Lookup(int(id.Int64())); err != nil || level.Int64() > 10 {
			continue
		}
		out = append(out, store.Skill{ID: int(id.Int64()), Level: int(level.Int64())})
	}
	return out
}

func topicAddr(t []common.Hash, i int, err *error) common.Address {
	if i >= len(t) {
		return common.Address{}
	}
	return wordAddr(t[i][:], err)
}

func topicUint(t []common.Hash, i int) *big.Int {
	if i >= len(t) {
		return new(big.Int)
	}
	return new(big.Int).SetBytes(t[i][:])
}

// wordAddr reads an ABI-encoded address; non-zero high bytes mean the word
// is not an address (a node serving garbage).
func wordAddr(word []byte, err *error) common.Address {
	for _, b := range word[:12] {
		if b != 0 {
			if *err == nil {
				*err = fmt.Errorf("%w: %x is not an address", errMalformed, word)
			}
			return common.Address{}
		}
	}
	return common.BytesToAddress(word[12:])
}
