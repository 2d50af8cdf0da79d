package chains_test

import (
	"context"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/chains"
	"github.com/distributedtown/dito-graph/devnet"
)

// TestHeadsArriveOverWebSocketElsePolling: with a ws:// endpoint new heads
// come from eth_subscribe newHeads (the poll interval is an hour, so no
// poll could deliver them); with HTTP only they come from polling.
func TestHeadsArriveOverWebSocketElsePolling(t *testing.T) {
	ctx := context.Background()
	dn, err := devnet.Start(ctx, devnet.Options{Chains: devnet.DefaultChains(1), Manual: true, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dn.Close() })
	c := dn.Chains()[0]

	for _, tc := range []struct {
		name     string
		endpoint string
		poll     time.Duration
	}{
		{"websocket", c.WSURL, time.Hour},
		{"http polling", c.HTTPURL, 50 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cl, err := chains.Dial(ctx, chains.Config{ChainID: c.ChainID, Endpoints: []string{tc.endpoint}, PollInterval: tc.poll})
			if err != nil {
				t.Fatal(err)
			}
			defer cl.Close()
			subCtx, cancel := context.WithCancel(ctx)
			defer cancel()
			heads := cl.SubscribeHeads(subCtx)
			// The first poll may deliver the current head; wait for a newer one.
			for range 3 {
				hash, err := c.Commit(ctx)
				if err != nil {
					t.Fatal(err)
				}
				deadline := time.After(10 * time.Second)
				for got := false; !got; {
					select {
					case h := <-heads:
						got = h.Hash == hash
					case <-deadline:
						t.Fatalf("no head %s within 10s", hash)
					}
				}
			}
		})
	}
}
