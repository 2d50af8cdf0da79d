package store_test

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/embedpg"
	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

// A view pinned to a replica reads that replica for every statement, and
// WaitReplay holds a read back until the replica has replayed what the
// primary had committed: the API's subscriptions read a notified change
// only once their replica shows it.
func TestPinnedViewsReadOneReplicaAndWaitForItsReplay(t *testing.T) {
	ctx := context.Background()
	primary := pgtest.NewServer(t, embedpg.Options{Database: "dito"})
	if err := store.Migrate(ctx, primary.URL("dito"), "up", io.Discard); err != nil {
		t.Fatal(err)
	}
	replica := pgtest.NewReplica(t, primary)
	st, err := store.Open(ctx, primary.URL("dito"), 2, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	reads, err := st.WithReplicas(ctx, []string{replica.URL("dito")}, 2, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer reads.Close()
	pinned := reads.Pin()
	if !pinned.OnReplica() || st.Pin().OnReplica() || reads.Primary().OnReplica() {
		t.Fatalf("OnReplica: pinned %v, primary's pin %v, Primary %v", pinned.OnReplica(), st.Pin().OnReplica(), reads.Primary().OnReplica())
	}
	chainsOn := func(s *store.Store) int {
		t.Helper()
		cs, err := s.ChainStatuses(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return len(cs)
	}

	// Replay paused: a chain registered on the primary is not on the
	// replica, and waiting for the primary's position times out.
	resume := pgtest.PauseReplay(t, replica, "dito")
	if err := st.EnsureChain(ctx, 137, "polygon", 1, nil); err != nil {
		t.Fatal(err)
	}
	pos, err := st.WALPosition(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n := chainsOn(pinned); n != 0 {
		t.Fatalf("paused replica shows %d chains", n)
	}
	wctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	err = pinned.WaitReplay(wctx, pos)
	cancel()
	if err == nil {
		t.Fatal("WaitReplay returned while the replica's replay is paused")
	}
	// On the primary there is nothing to wait for.
	if err := st.Pin().WaitReplay(ctx, pos); err != nil {
		t.Fatalf("WaitReplay on the primary: %v", err)
	}

	// Resumed: the wait ends and the replica shows the change.
	resume()
	wctx, cancel = context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := pinned.WaitReplay(wctx, pos); err != nil {
		t.Fatalf("WaitReplay after resume: %v", err)
	}
	if n := chainsOn(pinned); n != 1 {
		t.Errorf("replica shows %d chains after replaying the primary's position, want 1", n)
	}
}
