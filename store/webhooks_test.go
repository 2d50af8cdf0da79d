package store_test

import (
	"context"
	"testing"
	"time"

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
	byURL := func() map[string]store.Webhook { return webhooksByURL(t, s) }
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

// TestConfigWebhookChangesKeepPendingDeliveries: changing a configured
// webhook's secret, or its filters, updates its row in place: same id, the
// new settings, and the deliveries still pending for it stay queued.
func TestConfigWebhookChangesKeepPendingDeliveries(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	if err := s.EnsureChain(ctx, chainID, "polygon", 1, nil); err != nil {
		t.Fatal(err)
	}
	town := &store.TownRef{Chain: chainID, Address: townA}
	a := store.Webhook{URL: "https://a.example/h", Secret: "old", Town: town}
	b := store.Webhook{URL: "https://b.example/h", Secret: "sb"}
	if err := s.SyncConfigWebhooks(ctx, []store.Webhook{a, b}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveGraph(ctx, store.GraphUpdate{Signals: []store.Signal{
		{From: *town, Skill: 15, Kind: store.SignalNoSupplier, Chain: chainID, Reason: "t"},
		{From: *town, Skill: 16, Kind: store.SignalNoSupplier, Chain: chainID, Reason: "t"},
	}}); err != nil {
		t.Fatal(err)
	}
	state := func() map[string]store.Webhook { return webhooksByURL(t, s) }
	before := state()
	if before[a.URL].Pending != 2 || before[b.URL].Pending != 2 {
		t.Fatalf("pending before the change: a %d, b %d; want 2 each", before[a.URL].Pending, before[b.URL].Pending)
	}

	a.Secret = "rotated"                    // the secret changes
	skill := 15                             // and b now wants one skill only
	b.Skill, b.Kind = &skill, "NO_SUPPLIER" // (its queued deliveries were promised under the old filter)
	if err := s.SyncConfigWebhooks(ctx, []store.Webhook{b, a}); err != nil {
		t.Fatal(err)
	}
	after := state()
	for _, w := range []store.Webhook{a, b} {
		got := after[w.URL]
		if got.ID != before[w.URL].ID {
			t.Errorf("%s: id %d, want it updated in place (%d)", w.URL, got.ID, before[w.URL].ID)
		}
		if got.Pending != 2 {
			t.Errorf("%s: %d deliveries pending after the change, want the 2 queued before", w.URL, got.Pending)
		}
	}
	if len(after) != 2 {
		t.Errorf("%d webhooks after the change, want 2: %+v", len(after), after)
	}
	due, err := s.DueDeliveries(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range due {
		switch d.Webhook.URL {
		case a.URL:
			if d.Webhook.Secret != "rotated" {
				t.Errorf("a's deliveries are signed with %q, want the new secret", d.Webhook.Secret)
			}
		case b.URL:
			if d.Webhook.Skill == nil || *d.Webhook.Skill != 15 || d.Webhook.Kind != "NO_SUPPLIER" {
				t.Errorf("b's filters = %v %q, want skill 15 NO_SUPPLIER", d.Webhook.Skill, d.Webhook.Kind)
			}
		}
	}
}

// TestNextDeliveryAtCountsOnlyEachWebhooksHead: deliveries queued behind a
// head that is waiting for its retry cannot go first, so the next due time
// is the head's retry time, not the (past) time the later rows were
// queued; another webhook's due head still counts.
func TestNextDeliveryAtCountsOnlyEachWebhooksHead(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	if err := s.EnsureChain(ctx, chainID, "polygon", 1, nil); err != nil {
		t.Fatal(err)
	}
	down, err := s.CreateWebhook(ctx, store.Webhook{URL: "https://down.example/h", Secret: "s"})
	if err != nil {
		t.Fatal(err)
	}
	if next, err := s.NextDeliveryAt(ctx); err != nil || !next.IsZero() {
		t.Fatalf("nothing pending: %v, %v; want zero", next, err)
	}
	from := store.TownRef{Chain: chainID, Address: townA}
	var sigs []store.Signal
	for k := range 3 {
		sigs = append(sigs, store.Signal{From: from, Skill: k, Kind: store.SignalNoSupplier, Chain: chainID, Reason: "t"})
	}
	ids, err := s.SaveGraph(ctx, store.GraphUpdate{Signals: sigs})
	if err != nil {
		t.Fatal(err)
	}
	retry := time.Now().Add(time.Hour).Truncate(time.Microsecond)
	if err := s.MarkFailed(ctx, down.ID, ids[0], 1, "connection refused", retry, false); err != nil {
		t.Fatal(err)
	}
	next, err := s.NextDeliveryAt(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !next.Equal(retry) {
		t.Errorf("next delivery at %v, want the failing head's retry at %v (rows behind it are not due)", next, retry)
	}
	if due, err := s.DueDeliveries(ctx, 10); err != nil || len(due) != 0 {
		t.Errorf("due deliveries %+v, %v; want none while the head waits", due, err)
	}

	// A second webhook whose head is due now brings the time forward.
	if _, err := s.CreateWebhook(ctx, store.Webhook{URL: "https://up.example/h", Secret: "s"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveGraph(ctx, store.GraphUpdate{Signals: []store.Signal{{From: from, Skill: 9, Kind: store.SignalNoSupplier, Chain: chainID, Reason: "t"}}}); err != nil {
		t.Fatal(err)
	}
	if next, err := s.NextDeliveryAt(ctx); err != nil || !next.Before(time.Now().Add(time.Second)) {
		t.Errorf("next delivery at %v (%v), want now: the second webhook's head is due", next, err)
	}
}

// webhooksByURL is every stored webhook, by URL.
func webhooksByURL(t *testing.T, s *store.Store) map[string]store.Webhook {
	t.Helper()
	ws, err := s.Webhooks(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]store.Webhook{}
	for _, w := range ws {
		m[w.URL] = w
	}
	return m
}
