package api

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

// The typical frontend queries are valid against any populated database.
func TestTypicalQueriesRunWithoutErrors(t *testing.T) {
	a := newTestAPI(t, testConfig())
	rep, err := LoadTest(t.Context(), LoadConfig{URL: a.ts.URL + global, Clients: 2, Requests: 2 * len(TypicalQueries)})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Errors > 0 || rep.Requests != 2*len(TypicalQueries) {
		t.Errorf("%s; first error: %s", rep, rep.FirstError)
	}
}

// Benchmark sizes: a network larger than DistributedTown ever had.
const (
	benchTownsPerChain  = 100
	benchMembersPerTown = 20
)

func addr(kind, n int) common.Address {
	return common.BigToAddress(new(big.Int).SetUint64(uint64(kind)<<32 | uint64(n)))
}

// populateBench indexes a synthetic network on two chains: towns with
// members, wallets, balances, transfers, gigs and projects, plus a skill
// graph round with edges and signals, and a later round that retracts each
// town's first signal.
func populateBench(ctx context.Context, url string) error {
	if err := store.Migrate(ctx, url, "up", io.Discard); err != nil {
		return err
	}
	st, err := store.Open(ctx, url, 4, 10*time.Second)
	if err != nil {
		return err
	}
	defer st.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	var graph store.GraphUpdate
	graph.Full = true
	for ci, chain := range []uint64{polygon, gnosis} {
		if err := st.EnsureChain(ctx, chain, map[uint64]string{polygon: "polygon", gnosis: "gnosis"}[chain], 1, nil); err != nil {
			return err
		}
		b := &store.Batch{Chain: chain, Blocks: chainBlocks(chain, 1, 10)}
		wallet := int64(0)
		for ti := range benchTownsPerChain {
			town := addr(1, ti)
			token := addr(2, ti)
			gigs := addr(3, ti)
			created := uint64(1 + ti%5)
			b.Towns = append(b.Towns, store.Version[store.Town]{Block: created, Value: store.Town{Chain: chain, Address: town,
				CommunityID: big.NewInt(int64(ti + 1)), Template: ti % 3, Creator: addr(4, ti*benchMembersPerTown),
				MetadataURI: fmt.Sprintf("ipfs://town-%d-%d", ci, ti), CreditsToken: token, Gigs: gigs,
				MembersCount: benchMembersPerTown, CreatedBlock: created, CreatedTime: blockTime(created)}})
			b.Balances = append(b.Balances, store.Version[store.Balance]{Block: created, Value: store.Balance{Chain: chain,
				Token: token, Holder: town, Town: town, Amount: ether(96000)}})
			for mi := range benchMembersPerTown {
				who := addr(4, ti*benchMembersPerTown+mi)
				wallet++
				joined := created + uint64(mi%5)
				var skills []store.Skill
				for range 1 + rng.IntN(3) {
					skills = append(skills, store.Skill{ID: rng.IntN(36), Level: 1 + rng.IntN(10)})
				}
				b.Wallets = append(b.Wallets, store.Version[store.SkillWallet]{Block: joined, Value: store.SkillWallet{Chain: chain,
					TokenID: big.NewInt(wallet), Owner: who, Town: town, Activated: mi%4 != 0, Skills: skills,
					CreatedBlock: joined, CreatedTime: blockTime(joined)}})
				b.Members = append(b.Members, store.Version[store.Member]{Block: joined, Value: store.Member{Chain: chain, Town: town,
					Address: who, SkillWalletID: big.NewInt(wallet), JoinedBlock: joined, JoinedTime: blockTime(joined)}})
				b.Moves = append(b.Moves, store.WalletMove{Chain: chain, TokenID: big.NewInt(wallet), Town: town, Block: joined,
					LogIndex: uint(1000*ti + mi), Time: blockTime(joined)})
				b.Balances = append(b.Balances, store.Version[store.Balance]{Block: joined, Value: store.Balance{Chain: chain,
					Token: token, Holder: who, Town: town, Amount: ether(int64(100 + mi))}})
				b.Transfers = append(b.Transfers, store.CreditTransfer{Chain: chain, Block: joined, LogIndex: uint(1000*ti + mi),
					TxHash: common.BigToHash(big.NewInt(wallet)), Time: blockTime(joined), Token: token, Town: town,
					Kind: store.MoveMint, To: who, Amount: ether(int64(100 + mi))})
			}
			for gi := range 5 {
				status := []string{store.GigOpen, store.GigTaken, store.GigCompleted}[gi%3]
				var taker common.Address
				if status != store.GigOpen {
					taker = addr(4, ti*benchMembersPerTown+gi+1)
				}
				b.Gigs = append(b.Gigs, store.Version[store.Gig]{Block: 6, Value: store.Gig{Chain: chain, Contract: gigs,
					GigID: big.NewInt(int64(gi + 1)), Town: town, Creator: addr(4, ti*benchMembersPerTown), Taker: taker,
					Status: status, Credits: ether(50), CreatedBlock: 6, CreatedTime: blockTime(6)}})
			}
			b.Projects = append(b.Projects, store.Project{Chain: chain, Contract: addr(5, 0), ProjectID: big.NewInt(int64(ti + 1)),
				Town: town, Block: 7, LogIndex: uint(ti), Time: blockTime(7)})

			ref := store.TownRef{Chain: chain, Address: town}
			graph.Scores = append(graph.Scores, store.TownScore{Town: ref, Members: benchMembersPerTown, Score: intp(rng.IntN(100)),
				Variety: rng.Float64(), EffectiveSkills: 10 * rng.Float64(), Lacks: []int{rng.IntN(36)}, Excesses: []int{rng.IntN(36)}})
			for k := 1; k <= 5; k++ {
				to := store.TownRef{Chain: chain, Address: addr(1, (ti+k)%benchTownsPerChain)}
				graph.Edges = append(graph.Edges, store.Edge{From: ref, To: to, Weight: 1 / float64(k+1), Probability: 0.2})
			}
			for k := range 3 {
				to := store.TownRef{Chain: chain, Address: addr(1, (ti+k+1)%benchTownsPerChain)}
				graph.Signals = append(graph.Signals, store.Signal{From: ref, To: &to, Skill: rng.IntN(36),
					Kind: []string{store.SignalLack, store.SignalExcess, store.SignalLack}[k], Probability: 0.2, Chain: chain,
					Block: 10, Time: blockTime(10), Reason: "synthetic"})
			}
		}
		if err := st.Apply(ctx, b); err != nil {
			return err
		}
	}
	ids, err := st.SaveGraph(ctx, graph)
	if err != nil {
		return err
	}
	var later store.GraphUpdate
	for i := 0; i < len(ids); i += 3 {
		later.Retract = append(later.Retract, store.Retraction{ID: ids[i], Reason: "synthetic retraction"})
	}
	_, err = st.SaveGraph(ctx, later)
	return err
}

// BenchmarkFrontendQueries measures TypicalQueries through HTTP at 1, 50
// and 200 concurrent clients; each sub-benchmark reports p50/p99 latency
// and requests per second.
//
//	go test ./api -run '^$' -bench FrontendQueries -benchtime 3s
func BenchmarkFrontendQueries(b *testing.B) {
	url := pgtest.NewDatabase(b, pgtest.WithTemplate("dito_api_bench", populateBench))
	st, err := store.Open(context.Background(), url, 16, 10*time.Second)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	srv, err := New(testConfig(), st, slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	for _, clients := range []int{1, 50, 200} {
		b.Run(fmt.Sprintf("clients-%d", clients), func(b *testing.B) {
			rep, err := LoadTest(context.Background(), LoadConfig{URL: ts.URL + global, Clients: clients, Requests: max(b.N, clients)})
			if err != nil {
				b.Fatal(err)
			}
			if rep.Errors > 0 {
				b.Fatalf("%s; first error: %s", rep, rep.FirstError)
			}
			b.ReportMetric(float64(rep.P50.Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(rep.P99.Microseconds())/1000, "p99-ms")
			b.ReportMetric(rep.PerSecond, "req/s")
			b.Log(rep)
		})
	}
}
