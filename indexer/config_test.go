package indexer

import (
	"testing"
	"time"
)

func TestTailPollsAtTheNetworksBlockTime(t *testing.T) {
	for _, c := range []struct {
		cfg  Config
		want time.Duration
	}{
		{Config{ChainID: 137}, 2 * time.Second},
		{Config{ChainID: 30}, 30 * time.Second},
		{Config{ChainID: 424242}, time.Second}, // no profile
		{Config{ChainID: 1, PollInterval: 300 * time.Millisecond}, 300 * time.Millisecond},
	} {
		c.cfg.defaults()
		if c.cfg.PollInterval != c.want {
			t.Errorf("chain %d: poll interval %s, want %s", c.cfg.ChainID, c.cfg.PollInterval, c.want)
		}
	}
}
