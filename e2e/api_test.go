package e2e

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/distributedtown/dito-graph/devnet"
)

type apiTown struct {
	Address      string
	MembersCount int
}

// townCounts reads every town's member count, at a block or now.
func (p *pipeline) townCounts(t *testing.T, block string) map[string]int {
	t.Helper()
	var d struct{ Towns []apiTown }
	p.query(t, "/graphql", `{ towns(first: 1000`+block+`) { address membersCount } }`, &d)
	out := map[string]int{}
	for _, tw := range d.Towns {
		out[tw.Address] = tw.MembersCount
	}
	return out
}

func truthCounts(tr devnet.Truth) map[string]int {
	out := map[string]int{}
	for _, tw := range tr.Towns {
		out[strings.ToLower(tw.Address.Hex())] = len(tw.Members)
	}
	return out
}

func sameCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestAPIAnswersWhatTheChainSays queries the API over HTTP, as a dApp
// would, on a devnet history the indexer followed, and checks the answers
// against the contracts' own state: now, at an earlier block (time travel),
// through the legacy subgraph's queries on the chain endpoint, and _meta.
func TestAPIAnswersWhatTheChainSays(t *testing.T) {
	ctx := context.Background()
	p := startPipeline(t, devnet.Options{
		Chains: devnet.DefaultChains(2)[1:], // polygon
		Seed:   11,
		Sim:    devnet.SimConfig{Towns: 6, MembersPerTown: 10},
	})
	step := func(blocks int) {
		for range blocks {
			if _, err := p.sim.Step(ctx, 8); err != nil {
				t.Fatal(err)
			}
		}
	}
	step(12)
	earlier := p.waitIndexed(t)
	truthEarlier, err := devnet.ReadTruth(ctx, p.chain)
	if err != nil {
		t.Fatal(err)
	}
	step(12)
	now := p.waitIndexed(t)
	truthNow, err := devnet.ReadTruth(ctx, p.chain)
	if err != nil {
		t.Fatal(err)
	}
	if sameCounts(truthCounts(truthEarlier), truthCounts(truthNow)) {
		t.Fatal("the simulator changed no town between the two blocks; the time-travel check would prove nothing")
	}

	if got, want := p.townCounts(t, ""), truthCounts(truthNow); !sameCounts(got, want) {
		t.Errorf("towns now (block %d): API %v, chain %v", now, got, want)
	}
	if got, want := p.townCounts(t, fmt.Sprintf(", block: {number: %d}", earlier)), truthCounts(truthEarlier); !sameCounts(got, want) {
		t.Errorf("towns at block %d: API %v, chain %v", earlier, got, want)
	}

	// The legacy SkillWallet subgraph's queries, on the chain's endpoint,
	// with its native ids (token id in hex, lower-case addresses).
	var legacy struct {
		SkillWallets []struct {
			ID              string
			Owner           struct{ ID string }
			ActiveCommunity *struct{ ID string }
			Activated       bool
		}
		Communities []struct{ ID string }
	}
	p.query(t, "/subgraphs/name/dito/polygon", `{
		skillWallets(first: 1000, orderBy: createdAt) { id owner { id } activeCommunity { id } activated }
		communities(first: 1000) { id }
	}`, &legacy)
	if len(legacy.Communities) != len(truthNow.Towns) {
		t.Errorf("communities: API %d, chain %d", len(legacy.Communities), len(truthNow.Towns))
	}
	wallets := map[string]devnet.Wallet{}
	for _, w := range truthNow.Wallets {
		wallets["0x"+new(big.Int).SetUint64(w.ID).Text(16)] = w
	}
	if len(legacy.SkillWallets) != len(wallets) {
		t.Errorf("skillWallets: API %d, chain %d", len(legacy.SkillWallets), len(wallets))
	}
	for _, got := range legacy.SkillWallets {
		want, ok := wallets[got.ID]
		switch {
		case !ok:
			t.Errorf("skillWallet %s is not on chain", got.ID)
		case got.Owner.ID != strings.ToLower(want.Owner.Hex()) || got.Activated != want.Activated:
			t.Errorf("skillWallet %s: API owner %s activated %v, chain %s %v", got.ID, got.Owner.ID, got.Activated, want.Owner.Hex(), want.Activated)
		case (got.ActiveCommunity == nil) != (want.Community == [20]byte{}),
			got.ActiveCommunity != nil && got.ActiveCommunity.ID != strings.ToLower(want.Community.Hex()):
			t.Errorf("skillWallet %s: API community %v, chain %s", got.ID, got.ActiveCommunity, want.Community.Hex())
		}
	}

	var meta struct {
		Meta struct {
			Block struct {
				Number uint64
				Hash   string
			}
			HasIndexingErrors bool
		} `json:"_meta"`
	}
	p.query(t, "/subgraphs/name/dito/polygon", `{ _meta { block { number hash } hasIndexingErrors } }`, &meta)
	head, err := p.chain.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if meta.Meta.Block.Number != head.Number.Uint64() || meta.Meta.Block.Hash != head.Hash().Hex() || meta.Meta.HasIndexingErrors {
		t.Errorf("_meta = %+v, want block %d %s without errors", meta.Meta, head.Number, head.Hash().Hex())
	}
}
