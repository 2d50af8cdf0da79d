// Package indexertest holds what tests of several packages use to check an
// index against the devnet's contracts.
package indexertest

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/store"
)

// CompareWithTruth checks every entity the store holds for a chain against
// the contracts' own state read at the chain's head, so the store must have
// indexed up to that head; it reports every difference (up to 20) as a test
// error, and a history too thin to prove anything as one too.
func CompareWithTruth(t testing.TB, s *store.Store, c *devnet.Chain) {
	t.Helper()
	ctx := context.Background()
	truth, err := devnet.ReadTruth(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Current(ctx, c.ChainID, store.Keys{All: true})
	if err != nil {
		t.Fatal(err)
	}
	var diffs []string
	diff := func(format string, args ...any) {
		if len(diffs) < 20 {
			diffs = append(diffs, fmt.Sprintf(format, args...))
		}
	}

	members := map[common.Address][]common.Address{}
	for _, m := range st.Members {
		members[m.Town] = append(members[m.Town], m.Address)
	}
	if len(st.Towns) != len(truth.Towns) {
		diff("towns: indexed %d, truth %d", len(st.Towns), len(truth.Towns))
	}
	towns := map[common.Address]store.Town{}
	for _, tw := range st.Towns {
		towns[tw.Address] = tw
	}
	for _, want := range truth.Towns {
		got, ok := towns[want.Address]
		if !ok {
			diff("town %s missing", want.Address)
			continue
		}
		if got.CommunityID.Uint64() != want.CommunityID || got.Template != int(want.Template) || got.Creator != want.Creator ||
			got.MetadataURI != want.MetadataURI || got.CreditsToken != want.CreditToken || got.Gigs != want.Gigs {
			diff("town %s: indexed %+v, truth %+v", want.Address, got, want)
		}
		gotMembers := members[want.Address]
		slices.SortFunc(gotMembers, func(a, b common.Address) int { return a.Cmp(b) })
		wantMembers := slices.Clone(want.Members)
		slices.SortFunc(wantMembers, func(a, b common.Address) int { return a.Cmp(b) })
		if !slices.Equal(gotMembers, wantMembers) || got.MembersCount != len(want.Members) {
			diff("town %s members: indexed %d (count %d), truth %d", want.Address, len(gotMembers), got.MembersCount, len(want.Members))
		}
	}

	if len(st.Wallets) != len(truth.Wallets) {
		diff("wallets: indexed %d, truth %d", len(st.Wallets), len(truth.Wallets))
	}
	wallets := map[uint64]store.SkillWallet{}
	for _, w := range st.Wallets {
		wallets[w.TokenID.Uint64()] = w
	}
	for _, want := range truth.Wallets {
		got, ok := wallets[want.ID]
		if !ok {
			diff("wallet %d missing", want.ID)
			continue
		}
		var wantSkills []store.Skill
		for _, sl := range want.Skills {
			if sl.Level > 0 {
				wantSkills = append(wantSkills, store.Skill{ID: int(sl.ID), Level: int(sl.Level)})
			}
		}
		if got.Owner != want.Owner || got.Town != want.Community || got.Activated != want.Activated || !slices.Equal(got.Skills, wantSkills) {
			diff("wallet %d: indexed %+v, truth %+v", want.ID, got, want)
		}
	}

	balances := map[[2]common.Address]*big.Int{}
	for _, b := range st.Balances {
		if b.Amount.Sign() != 0 {
			balances[[2]common.Address{b.Token, b.Holder}] = b.Amount
		}
	}
	if len(balances) != len(truth.Balances) {
		diff("non-zero balances: indexed %d, truth %d", len(balances), len(truth.Balances))
	}
	for _, want := range truth.Balances {
		if got := balances[[2]common.Address{want.Token, want.Holder}]; got == nil || got.Cmp(want.Amount) != 0 {
			diff("balance %s of %s: indexed %v, truth %v", want.Holder, want.Token, got, want.Amount)
		}
	}
	var movements uint64
	for _, tk := range truth.Tokens {
		movements += tk.Movements
	}
	if uint64(st.Transfers) != movements {
		diff("credit movements: indexed %d, truth %d", st.Transfers, movements)
	}

	if len(st.Gigs) != len(truth.Gigs) {
		diff("gigs: indexed %d, truth %d", len(st.Gigs), len(truth.Gigs))
	}
	gigs := map[string]store.Gig{}
	for _, g := range st.Gigs {
		gigs[g.Contract.Hex()+g.GigID.String()] = g
	}
	for _, want := range truth.Gigs {
		got, ok := gigs[want.Contract.Hex()+fmt.Sprint(want.ID)]
		if !ok {
			diff("gig %s/%d missing", want.Contract, want.ID)
			continue
		}
		if got.Town != want.Town || got.Creator != want.Creator || got.Taker != want.Taker || got.Status != want.Status.String() ||
			got.Credits == nil || got.Credits.Cmp(want.Credits) != 0 {
			diff("gig %s/%d: indexed %+v, truth %+v", want.Contract, want.ID, got, want)
		}
	}

	if len(st.Projects) != len(truth.Projects) {
		diff("projects: indexed %d, truth %d", len(st.Projects), len(truth.Projects))
	}
	projects := map[uint64]store.Project{}
	for _, p := range st.Projects {
		projects[p.ProjectID.Uint64()] = p
	}
	for _, want := range truth.Projects {
		if got, ok := projects[want.ID]; !ok || got.Template != int(want.Template) || got.Town != want.Community {
			diff("project %d: indexed %+v, truth %+v", want.ID, got, want)
		}
	}
	t.Logf("chain %s at block %d: %d towns, %d wallets, %d balances, %d movements, %d gigs, %d projects",
		c.Name, truth.Block, len(truth.Towns), len(truth.Wallets), len(truth.Balances), movements, len(truth.Gigs), len(truth.Projects))
	if len(diffs) > 0 {
		t.Errorf("chain %s (%d) differs from the contracts' state at block %d:\n%s", c.Name, c.ChainID, truth.Block, strings.Join(diffs, "\n"))
	}
	if len(truth.Towns) == 0 || len(truth.Wallets) == 0 || len(truth.Gigs) == 0 || movements == 0 {
		t.Errorf("chain %s: the simulated history is too thin to test anything: %d towns, %d wallets, %d gigs, %d movements",
			c.Name, len(truth.Towns), len(truth.Wallets), len(truth.Gigs), movements)
	}
}
