package store_test

import (
	"context"
	"errors"
	"testing"

	"github.com/distributedtown/dito-graph/store"
)

// TestRetractingAnUnknownSignalIsAnError: a retraction of an id that was
// never stored (such as the zero id of a row whose id was lost) fails the
// round instead of matching nothing; one of a signal a reorg already
// withdrew is a no-op.
func TestRetractingAnUnknownSignalIsAnError(t *testing.T) {
	ctx := context.Background()
	s := openStore(t)
	if err := s.EnsureChain(ctx, chainID, "polygon", 1, nil); err != nil {
		t.Fatal(err)
	}
	from := store.TownRef{Chain: chainID, Address: townA}
	ids, err := s.SaveGraph(ctx, store.GraphUpdate{Signals: []store.Signal{{From: from, Skill: 3, Kind: store.SignalNoSupplier, Chain: chainID, Reason: "t"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{0, ids[0] + 100} {
		_, err := s.SaveGraph(ctx, store.GraphUpdate{Retract: []store.Retraction{{ID: id, Reason: "bug"}}})
		if !errors.Is(err, store.ErrUnknownSignal) {
			t.Errorf("retract %d: err %v, want ErrUnknownSignal", id, err)
		}
	}
	got, err := s.SaveGraph(ctx, store.GraphUpdate{Retract: []store.Retraction{{ID: ids[0], Reason: "gone"}}})
	if err != nil || len(got) != 1 {
		t.Fatalf("retract %d: %v, %v", ids[0], got, err)
	}
	if _, err := s.SaveGraph(ctx, store.GraphUpdate{Retract: []store.Retraction{{ID: got[0], Reason: "a retraction"}}}); !errors.Is(err, store.ErrUnknownSignal) {
		t.Errorf("retracting the RETRACTED row %d: err %v, want ErrUnknownSignal", got[0], err)
	}
	again, err := s.SaveGraph(ctx, store.GraphUpdate{Retract: []store.Retraction{{ID: ids[0], Reason: "twice"}}})
	if err != nil || len(again) != 0 {
		t.Errorf("retracting %d again: %v, %v; want a no-op", ids[0], again, err)
	}
}
