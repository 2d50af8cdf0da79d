package main

import (
	"fmt"
	"strings"

	"github.com/distributedtown/dito-graph/chains"
	"github.com/distributedtown/dito-graph/config"
)

// applyPresets fills the chain fields a user left empty: a named preset's
// contracts and start block, then the network profile's finality depth and
// log range.
func applyPresets(cfg *config.Config) error {
	for i := range cfg.Chains {
		ch := &cfg.Chains[i]
		key := fmt.Sprintf("chains[%s]", ch.Name)
		if ch.Preset != "" {
			p, err := chains.PresetByName(ch.Preset)
			if err != nil {
				return &config.Error{Key: key + ".preset", Msg: err.Error()}
			}
			if ch.ChainID == 0 {
				ch.ChainID = p.ChainID
			} else if ch.ChainID != p.ChainID {
				return &config.Error{Key: key + ".chain_id", Msg: fmt.Sprintf("%d, but preset %s is on chain %d", ch.ChainID, p.Name, p.ChainID)}
			}
			fill := func(dst *string, a interface{ Hex() string }, zero bool) {
				if *dst == "" && !zero {
					*dst = a.Hex()
				}
			}
			fill(&ch.Contracts.DistributedTown, p.DistributedTown, p.DistributedTown == [20]byte{})
			fill(&ch.Contracts.SkillWallet, p.SkillWallet, p.SkillWallet == [20]byte{})
			fill(&ch.Contracts.Projects, p.Projects, p.Projects == [20]byte{})
			if ch.StartBlock == 0 {
				ch.StartBlock = p.StartBlock
			}
		}
		if n, ok := chains.NetworkByID(ch.ChainID); ok {
			if ch.Confirmations == 0 {
				ch.Confirmations = n.Confirmations
			}
			if ch.MaxReorgDepth == 0 {
				ch.MaxReorgDepth = max(n.MaxReorgDepth, ch.Confirmations)
			}
			if ch.MaxLogRange == 0 {
				ch.MaxLogRange = n.MaxLogRange
			}
		}
		for _, c := range []struct {
			name string
			addr *string
		}{{"distributed_town", &ch.Contracts.DistributedTown}, {"skill_wallet", &ch.Contracts.SkillWallet}, {"projects", &ch.Contracts.Projects}} {
			if *c.addr == "" {
				continue
			}
			parsed, err := chains.ParseAddress(ch.ChainID, *c.addr)
			if err != nil {
				return &config.Error{Key: key + ".contracts." + c.name, Msg: err.Error()}
			}
			*c.addr = strings.ToLower(parsed.Hex())
		}
	}
	return nil
}
