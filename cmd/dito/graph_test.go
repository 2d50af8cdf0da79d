package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/engine"
	"github.com/distributedtown/dito-graph/leader"
	"github.com/distributedtown/dito-graph/store"
	"github.com/distributedtown/dito-graph/store/storetest"
)

// graphDB is a migrated database holding a blockchain town without Smart
// Contracts (15) among towns where half the members hold them, and the
// config file that points dito at it.
func graphDB(t *testing.T) (*store.Store, string) {
	t.Helper()
	ctx := context.Background()
	url := storetest.URL(t)
	st := storetest.OpenURL(t, url, 4)
	const chain = 137
	if err := st.EnsureChain(ctx, chain, "polygon", 1, nil); err != nil {
		t.Fatal(err)
	}
	blk := store.BlockRef{Number: 1, Hash: common.HexToHash("0xb1"), Time: 1001, HasEvents: true}
	b := &store.Batch{Chain: chain, Blocks: []store.BlockRef{blk}}
	wallet := 1000
	addTown := func(town common.Address, members, withSC int) {
		b.Towns = append(b.Towns, store.Version[store.Town]{Block: 1, Value: store.Town{
			Chain: chain, Address: town, CommunityID: big.NewInt(int64(wallet)), Creator: town,
			MembersCount: members, CreatedBlock: 1, CreatedTime: 1001}})
		for i := range members {
			wallet++
			id := big.NewInt(int64(wallet))
			member := common.BigToAddress(new(big.Int).Add(big.NewInt(1<<40), id))
			skills := []store.Skill{{ID: 12 + i%3, Level: 5}, {ID: 16 + i%8, Level: 5}}
			if i < withSC {
				skills = append(skills, store.Skill{ID: 15, Level: 8})
			}
			b.Members = append(b.Members, store.Version[store.Member]{Block: 1, Value: store.Member{
				Chain: chain, Town: town, Address: member, SkillWalletID: id, JoinedBlock: 1, JoinedTime: 1001}})
			b.Wallets = append(b.Wallets, store.Version[store.SkillWallet]{Block: 1, Value: store.SkillWallet{
				Chain: chain, TokenID: id, Owner: member, Town: town, Skills: skills, CreatedBlock: 1, CreatedTime: 1001}})
		}
	}
	addTown(common.HexToAddress("0xa1"), 30, 0)  // lacks Smart Contracts
	addTown(common.HexToAddress("0xa2"), 30, 30) // full of them
	for k := range 8 {
		addTown(common.BigToAddress(big.NewInt(int64(0xb0+k))), 16, 8)
	}
	if err := st.Apply(ctx, b); err != nil {
		t.Fatal(err)
	}
	return st, writeFile(t, fmt.Sprintf("database: {url: %q}\nlog: {level: error}\n", url))
}

// derivedState fingerprints every table the skill graph engine writes, and
// the webhook outbox its signals feed.
func derivedState(t *testing.T, st *store.Store) string {
	t.Helper()
	var out []string
	for _, table := range []string{"town_scores", "town_edges", "signals", "webhook_deliveries"} {
		var n int
		var sum string
		err := st.Pool().QueryRow(context.Background(),
			fmt.Sprintf(`SELECT count(*), coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM %s t`, table)).Scan(&n, &sum)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s: %d rows %s", table, n, sum))
	}
	return strings.Join(out, "; ")
}

func countRows(t *testing.T, st *store.Store, table string) int {
	t.Helper()
	var n int
	if err := st.Pool().QueryRow(context.Background(), "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestGraphExportWritesNothing: export computes the graph in memory and
// leaves every derived table and the webhook outbox as they were, both on
// a database no engine has written yet and on one with stored results.
func TestGraphExportWritesNothing(t *testing.T) {
	st, cfg := graphDB(t)
	if _, err := st.CreateWebhook(context.Background(), store.Webhook{URL: "https://bot.example/h", Secret: "s"}); err != nil {
		t.Fatal(err)
	}
	for _, step := range []string{"before any rebuild", "after a rebuild"} {
		if step == "after a rebuild" {
			if _, err, _ := runCLI(t, "graph", "rebuild", "--config", cfg); err != nil {
				t.Fatal(err)
			}
			if countRows(t, st, "signals") == 0 {
				t.Fatal("setup: the rebuild stored no signal")
			}
		}
		before := derivedState(t, st)
		out := filepath.Join(t.TempDir(), "graph.json")
		if _, err, _ := runCLI(t, "graph", "export", "--config", cfg, "--format", "json", "-o", out); err != nil {
			t.Fatalf("%s: export: %v", step, err)
		}
		if after := derivedState(t, st); after != before {
			t.Errorf("%s: export changed the database:\nbefore %s\nafter  %s", step, before, after)
		}
		raw, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Nodes []struct {
				ID       string `json:"id"`
				Scarcity int    `json:"scarcity"`
			} `json:"nodes"`
			Edges []json.RawMessage `json:"edges"`
		}
		if err := json.Unmarshal(raw, &g); err != nil || len(g.Nodes) != 10 || len(g.Edges) == 0 {
			t.Errorf("%s: export has %d nodes and %d edges (%v), want the 10 towns and their edges", step, len(g.Nodes), len(g.Edges), err)
		}
	}
}

type fullRounds struct{ n atomic.Int64 }

func (f *fullRounds) GraphComputed(kind string, _ time.Duration) {
	if kind == "full" {
		f.n.Add(1)
	}
}
func (f *fullRounds) SignalEmitted(string) {}

// TestGraphRebuildWithoutLeaderTakesTheLead: with no dito running, the
// command holds the engine's leader lock while it rebuilds and stores the
// results itself.
func TestGraphRebuildWithoutLeaderTakesTheLead(t *testing.T) {
	st, cfg := graphDB(t)
	out, err, _ := runCLI(t, "graph", "rebuild", "--config", cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "skill graph rebuilt: 10 towns") {
		t.Errorf("printed %q", out)
	}
	if n := countRows(t, st, "town_scores"); n != 10 {
		t.Errorf("%d town scores stored, want 10", n)
	}
	if countRows(t, st, "signals") == 0 {
		t.Error("no signal stored")
	}
	// The lock is released afterwards: a dito started now can lead.
	lock, err := st.TryLock(context.Background(), graphLock)
	if err != nil || lock == nil {
		t.Fatalf("graph lock after the rebuild: %v, %v; want it free", lock, err)
	}
	lock.Release()
}

// TestGraphRebuildAsksTheRunningLeader: while another process's engine
// leads the skill graph (elected as dito run elects it), the command does
// not write beside it: it asks that engine, which rebuilds once more and
// answers, and the command reports the answer. A lock holder that never
// answers (an older dito) makes the command fail after --wait.
func TestGraphRebuildAsksTheRunningLeader(t *testing.T) {
	st, cfg := graphDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var rounds fullRounds
	log := slog.New(slog.DiscardHandler)
	done := make(chan error, 1)
	go func() {
		done <- leader.Run(ctx, st, graphLock, leader.Options{}, log, func(ctx context.Context) error {
			return engine.New(engine.Config{Debounce: 10 * time.Millisecond}, st, log, &rounds).Run(ctx)
		})
	}()
	for deadline := time.Now().Add(20 * time.Second); rounds.n.Load() == 0; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the leader's engine never built the graph")
		}
	}
	before := countRows(t, st, "signals")

	out, err, _ := runCLI(t, "graph", "rebuild", "--config", cfg)
	if err != nil {
		t.Fatalf("rebuild: %v (printed %q)", err, out)
	}
	if !strings.Contains(out, "leads the skill graph; asking it to rebuild") || !strings.Contains(out, "rebuilt by") ||
		!strings.Contains(out, ": 10 towns,") {
		t.Errorf("printed %q", out)
	}
	if n := rounds.n.Load(); n != 2 {
		t.Errorf("the leader rebuilt %d times, want its first build and the one asked for", n)
	}
	if after := countRows(t, st, "signals"); after != before {
		t.Errorf("signals %d -> %d: a rebuild on unchanged towns emitted or retracted something", before, after)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	lock, err := st.TryLock(context.Background(), graphLock) // a leader that never answers
	if err != nil || lock == nil {
		t.Fatalf("take the graph lock: %v, %v", lock, err)
	}
	defer lock.Release()
	start := time.Now()
	_, err, _ = runCLI(t, "graph", "rebuild", "--config", cfg, "--wait", "300ms")
	if !errors.Is(err, errNoAnswer) {
		t.Errorf("rebuild with a silent leader: %v, want errNoAnswer", err)
	}
	if took := time.Since(start); took < 300*time.Millisecond {
		t.Errorf("gave up after %s, before --wait", took)
	}
}

// TestRecipientMarginFromConfig: the config's margin reaches the graph,
// where zero means "the default"; a zero margin in the config is "none".
func TestRecipientMarginFromConfig(t *testing.T) {
	for _, c := range []struct{ cfg, want float64 }{{0.25, 0.25}, {1, 1}, {0, -1}} {
		var cfg config.Config
		cfg.Graph.RecipientMargin = c.cfg
		if got := engineConfig(cfg).Graph.RecipientMargin; got != c.want {
			t.Errorf("graph.recipient_margin %v: graph option %v, want %v", c.cfg, got, c.want)
		}
	}
}
