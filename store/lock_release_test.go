package store_test

import (
	"context"
	"testing"
)

// A released lock is free when Release returns: the next holder (a
// `dito graph rebuild` right after the leader stopped) must not find it
// held by a session that is still ending.
func TestReleasedLockIsFreeAtOnce(t *testing.T) {
	st := openStore(t)
	for i := range 100 {
		l, err := st.TryLock(context.Background(), "handoff-test")
		if err != nil || l == nil {
			t.Fatalf("take %d: the lock released just before is still held (%v, %v)", i, l, err)
		}
		l.Release()
	}
}
