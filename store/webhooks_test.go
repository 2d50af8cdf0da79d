package store_test

import (
	"context"
	"testing"

	"github.com/distributedtown/dito-graph/store"
)

// TestSyncConfigWebhooks: the config's webhooks replace the config-sourced
// rows, keeping a row (and so its deliveries) whose settings did not
// change, and never touching webhooks registered through the API.
func TestSyncConfigWebhooks(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	skill := 15
	a := store.Webhook{URL: "https://a.example/h", Secret: "sa", Town: &store.TownRef{Chain: chainID, Address: townA}}
	b := store.Webhook{URL: "https://b.example/h", Secret: "sb", Skill: &skill, Kind: "LACK"}
	api, err := s.CreateWebhook(ctx, store.Webhook{URL: "https://api.example/h", Secret: "sc"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SyncConfigWebhooks(ctx, []store.Webhook{a, b}); err != nil {
		t.Fatal(err)
	}
	byURL := func() map[string]store.Webhook {
		ws, err := s.Webhooks(ctx)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]store.Webhook{}
		for _, w := range ws {
			m[w.URL] = w
		}
		return m
	}
	first := byURL()
	if len(first) != 3 || first[a.URL].Source != "config" || first[b.URL].Kind != "LACK" || *first[b.URL].Skill != 15 ||
		first[a.URL].Town == nil || *first[a.URL].Town != *a.Town || first[api.URL].Source != "api" {
		t.Fatalf("after the first sync: %+v", first)
	}
	if err := s.SyncConfigWebhooks(ctx, []store.Webhook{a}); err != nil {
		t.Fatal(err)
	}
	second := byURL()
	if len(second) != 2 || second[a.URL].ID != first[a.URL].ID || second[api.URL].ID != api.ID {
		t.Errorf("after dropping b from the config: %+v (a was %d)", second, first[a.URL].ID)
	}
}
