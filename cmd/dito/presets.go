package main

import "github.com/distributedtown/dito-graph/config"

// applyPresets fills chain fields from a named known deployment.
func applyPresets(cfg *config.Config) error {
	for i, ch := range cfg.Chains {
		if ch.Preset != "" {
			return &config.Error{Key: "chains[" + ch.Name + "].preset", Msg: "unknown preset " + ch.Preset}
		}
		_ = i
	}
	return nil
}
