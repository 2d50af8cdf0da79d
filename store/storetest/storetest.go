// Package storetest gives tests a store on a throwaway database with every
// migration applied. The databases are copies of one template per test
// binary (pgtest.WithTemplate), so the migrations run once and each test
// starts from an empty schema of its own.
package storetest

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

// URL is a fresh, migrated database's URL; it is dropped with the test.
func URL(t testing.TB) string {
	t.Helper()
	return pgtest.NewDatabase(t, pgtest.WithTemplate("dito_migrated", func(ctx context.Context, url string) error {
		return store.Migrate(ctx, url, "up", io.Discard)
	}))
}

// Open is a store of maxConns connections on a fresh, migrated database,
// closed with the test.
func Open(t testing.TB, maxConns int32) *store.Store {
	t.Helper()
	return OpenURL(t, URL(t), maxConns)
}

// OpenURL is a store of maxConns connections on url, closed with the test.
func OpenURL(t testing.TB, url string, maxConns int32) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), url, maxConns, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s
}
