package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/distributedtown/dito-graph/devnet"
	"github.com/distributedtown/dito-graph/embedpg"
	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

type metaAnswer struct {
	Meta struct {
		Block struct {
			Number int    `json:"number"`
			Hash   string `json:"hash"`
		} `json:"block"`
	} `json:"_meta"`
	Towns []struct {
		ID           string `json:"id"`
		MembersCount int    `json:"membersCount"`
		Members      []struct {
			ID string `json:"id"`
		} `json:"members"`
	} `json:"towns"`
}

// members maps each town to its member count, and checks every town's
// nested member list (read by a dataloader) agrees with its count (a
// column of the root list): both come from one replica.
func (a metaAnswer) members(t *testing.T) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, tw := range a.Towns {
		if len(tw.Members) != tw.MembersCount {
			t.Errorf("town %s at block %d: membersCount %d but %d members listed", tw.ID, a.Meta.Block.Number, tw.MembersCount, len(tw.Members))
		}
		out[tw.ID] = tw.MembersCount
	}
	return out
}

// TestServeReadsFromAStreamingReplica is the scale-out read path: `dito
// index` writes to a primary, `dito serve` reads from a real hot standby
// streaming from it (pg_basebackup, both on loopback). While the replica's
// replay is paused, the API answers the replica's (older) state for every
// part of an answer (root lists, nested lists and _meta alike) even though
// the primary has moved on; once it resumes, the API catches up with the
// chain.
func TestServeReadsFromAStreamingReplica(t *testing.T) {
	ctx := context.Background()
	primary := pgtest.NewServer(t, embedpg.Options{Database: "dito"})
	replica := pgtest.NewReplica(t, primary)

	dn, err := devnet.Start(ctx, devnet.Options{Chains: devnet.DefaultChains(1), Manual: true, Seed: 53})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dn.Close() })
	sim := dn.Simulators()[0]
	c := sim.Chain()
	step := func(n int) {
		for range n {
			if _, err := sim.Step(ctx, 6); err != nil {
				t.Fatal(err)
			}
		}
	}
	step(30)

	var chainsCfg bytes.Buffer
	if err := dn.WriteConfig(&chainsCfg); err != nil {
		t.Fatal(err)
	}
	startCLI(t, "index", "--config", writeFile(t, chainsCfg.String()+fmt.Sprintf(`
database: {url: "%s"}
http: {addr: "%s"}
log: {level: warn}
`, primary.URL("dito"), freeAddr(t))))
	apiAddr := freeAddr(t)
	startCLI(t, "serve", "--config", writeFile(t, fmt.Sprintf(`
database: {url: "%s", replicas: ["%s"]}
http: {addr: "%s"}
log: {level: warn}
`, primary.URL("dito"), replica.URL("dito"), apiAddr)))

	const q = `{ _meta { block { number hash } } towns(first: 100) { id membersCount members(first: 100) { id } } }`
	// answerAt polls the API until _meta reports block.
	answerAt := func(block uint64) metaAnswer {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		var a metaAnswer
		for {
			res, err := postQuery(ctx, "http://"+apiAddr+"/graphql", q)
			if err == nil && len(res.Errors) == 0 && json.Unmarshal(res.Data, &a) == nil && a.Meta.Block.Number == int(block) {
				return a
			}
			if time.Now().After(deadline) {
				t.Fatalf("API never answered at block %d: last %+v, %v %+v", block, a.Meta, err, res.Errors)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	head := func() uint64 {
		h, err := c.Head(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return h.Number.Uint64()
	}
	checkTruth := func(a metaAnswer) {
		t.Helper()
		truth, err := devnet.ReadTruth(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Towns) != len(truth.Towns) || len(truth.Towns) == 0 {
			t.Fatalf("API lists %d towns, contracts hold %d", len(a.Towns), len(truth.Towns))
		}
		members := map[string]int{}
		for _, tw := range truth.Towns {
			members[store.TownRef{Chain: c.ChainID, Address: tw.Address}.ID()] = len(tw.Members)
		}
		for id, n := range a.members(t) {
			if want, ok := members[id]; !ok || want != n {
				t.Errorf("town %s: API says %d members, contracts %d (known %v)", id, n, want, ok)
			}
		}
	}
	first := head()
	before := answerAt(first)
	checkTruth(before)

	// Freeze the replica; the primary moves on.
	resume := pgtest.PauseReplay(t, replica, "dito")
	// Step until the towns' memberships differ from what the replica
	// holds, so that an answer from the primary would show.
	var truthLater map[string]int
	for range 10 {
		step(5)
		truth, err := devnet.ReadTruth(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		truthLater = map[string]int{}
		for _, tw := range truth.Towns {
			truthLater[store.TownRef{Chain: c.ChainID, Address: tw.Address}.ID()] = len(tw.Members)
		}
		if !maps.Equal(truthLater, before.members(t)) {
			break
		}
	}
	if maps.Equal(truthLater, before.members(t)) {
		t.Fatal("50 simulator steps changed no town's members")
	}
	later := head()
	pconn, err := pgx.Connect(ctx, primary.URL("dito"))
	if err != nil {
		t.Fatal(err)
	}
	defer pconn.Close(ctx)
	deadline := time.Now().Add(60 * time.Second)
	for {
		var indexed uint64
		if err := pconn.QueryRow(ctx, `SELECT coalesce(max(indexed_block), 0) FROM chains`).Scan(&indexed); err != nil {
			t.Fatal(err)
		}
		if indexed >= later {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("primary indexed %d, want %d", indexed, later)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// The primary is at later; the API, reading the paused replica, is
	// not: neither _meta nor the entities show the primary's state.
	for range 3 { // several requests, in case reads rotated over databases
		res, err := postQuery(ctx, "http://"+apiAddr+"/graphql", q)
		var paused metaAnswer
		if err != nil || len(res.Errors) > 0 || json.Unmarshal(res.Data, &paused) != nil {
			t.Fatalf("query the paused replica: %v %+v", err, res.Errors)
		}
		if paused.Meta.Block.Number != int(first) {
			t.Fatalf("_meta says block %d while the replica is paused at %d (primary at %d)", paused.Meta.Block.Number, first, later)
		}
		if got, want := paused.members(t), before.members(t); !maps.Equal(got, want) {
			t.Fatalf("paused replica at block %d: towns' members %v, want the replica's %v (the primary's, at %d: %v)",
				first, got, want, later, truthLater)
		}
	}

	resume()
	checkTruth(answerAt(later))
}
