package main

import (
	"errors"
	"reflect"
	"testing"

	"github.com/distributedtown/dito-graph/config"
)

// TestPolygonMainnetPreset: a chain configured only by name and preset gets
// the known deployment (SkillWallet, CommunitiesRegistry, start block) and
// Polygon's profile (deep finality, log range); what the user set wins.
func TestPolygonMainnetPreset(t *testing.T) {
	cfg := config.Config{Chains: []config.Chain{
		{Name: "polygon", Preset: "polygon-mainnet", RPC: []string{"https://polygon.example"}},
		{Name: "mine", Preset: "polygon-mainnet", ChainID: 137, StartBlock: 20_000_000, Confirmations: 300, MaxLogRange: 500,
			Contracts: config.Contracts{SkillWallet: "0x00000000000000000000000000000000000000aa"}},
	}}
	if err := applyPresets(&cfg); err != nil {
		t.Fatal(err)
	}
	got := cfg.Chains[0]
	want := config.Chain{
		Name: "polygon", Preset: "polygon-mainnet", RPC: []string{"https://polygon.example"},
		ChainID: 137, StartBlock: 13154407, Confirmations: 128, MaxReorgDepth: 256, MaxLogRange: 2000,
		Contracts: config.Contracts{
			SkillWallet:     "0x14def8be678589dd1445a46fc5be925d479694b9",
			DistributedTown: "0xb4dcc7ce6c7e8e5595fbc708b09123a86360e3e2",
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("polygon-mainnet preset gave\n%+v\nwant\n%+v", got, want)
	}
	mine := cfg.Chains[1]
	if mine.StartBlock != 20_000_000 || mine.Confirmations != 300 || mine.MaxReorgDepth != 300 || mine.MaxLogRange != 500 ||
		mine.Contracts.SkillWallet != "0x00000000000000000000000000000000000000aa" ||
		mine.Contracts.DistributedTown != "0xb4dcc7ce6c7e8e5595fbc708b09123a86360e3e2" {
		t.Errorf("explicit settings must win over the preset (max_reorg_depth at least confirmations): %+v", mine)
	}

	for _, c := range []struct {
		chain config.Chain
		key   string
	}{
		{config.Chain{Name: "p", Preset: "polygon-mainnet", ChainID: 1}, "chains[p].chain_id"},
		{config.Chain{Name: "p", Preset: "polygon-mumbai"}, "chains[p].preset"},
	} {
		err := applyPresets(&config.Config{Chains: []config.Chain{c.chain}})
		var ce *config.Error
		if !errors.As(err, &ce) || ce.Key != c.key {
			t.Errorf("%+v: %v, want a config error naming %s", c.chain, err, c.key)
		}
	}
}
