package explorer_test

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

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/api"
	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/explorer/explorertest"
	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// populate stores n towns over four chains with scores (12
// districts, a few lacks and excesses each) and about five proximity edges
// per town, the shape the skill graph gives.
func populate(n int) func(ctx context.Context, url string) error {
	return func(ctx context.Context, url string) error { return populateN(ctx, url, n) }
}

func populateN(ctx context.Context, url string, benchTowns int) error {
	if err := store.Migrate(ctx, url, "up", io.Discard); err != nil {
		return err
	}
	st, err := store.Open(ctx, url, 4, 10*time.Second)
	if err != nil {
		return err
	}
	defer st.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	chains := []uint64{1, 137, 100, 30}
	refs := make([]store.TownRef, benchTowns)
	var g store.GraphUpdate
	g.Full = true
	for ci, chain := range chains {
		if err := st.EnsureChain(ctx, chain, fmt.Sprint("chain", chain), 1, nil); err != nil {
			return err
		}
		b := &store.Batch{Chain: chain, Blocks: []store.BlockRef{{Number: 1, Hash: common.BigToHash(big.NewInt(int64(chain))), Time: 1_700_000_000, HasEvents: true}}}
		for i := ci; i < benchTowns; i += len(chains) {
			addr := common.BigToAddress(big.NewInt(int64(i + 1)))
			refs[i] = store.TownRef{Chain: chain, Address: addr}
			b.Towns = append(b.Towns, store.Version[store.Town]{Block: 1, Value: store.Town{Chain: chain, Address: addr, CommunityID: big.NewInt(int64(i)),
				Template: i % 4, Creator: addr, MembersCount: 2 + rng.IntN(40), CreatedBlock: 1, CreatedTime: 1_700_000_000}})
		}
		if err := st.Apply(ctx, b); err != nil {
			return err
		}
	}
	for i, r := range refs {
		score, district := rng.IntN(100), i%12
		g.Scores = append(g.Scores, store.TownScore{Town: r, Members: 10, Score: &score, District: &district,
			Lacks: []int{rng.IntN(36)}, Excesses: []int{rng.IntN(36)}, Variety: rng.Float64()})
		for k := 1; k <= 5; k++ {
			j := (i + k*12 + rng.IntN(12)) % benchTowns // mostly within the district
			w := 0.2 + 0.8*rng.Float64()
			g.Edges = append(g.Edges, store.Edge{From: r, To: refs[j], Weight: w, Probability: 0.2}, store.Edge{From: refs[j], To: r, Weight: w, Probability: 0.2})
		}
	}
	_, err = st.SaveGraph(ctx, g)
	return err
}

type measure struct {
	LoadMs   float64 `json:"loadMs"`
	Frames   int     `json:"frames"`
	AvgMs    float64 `json:"avgMs"`
	P95Ms    float64 `json:"p95Ms"`
	OpenMs   float64 `json:"openMs"`
	FilterMs float64 `json:"filterMs"`
	Nodes    int     `json:"nodes"`
	Edges    int     `json:"edges"`
}

// BenchmarkExplorer loads /explorer/ in headless Chromium against an API
// serving 1,000 and 10,000 towns and reports the time until the graph is
// drawn and interactive, frame times while the camera zooms, the time to
// open a town's panel, and to apply the chain filter:
//
//	go test ./explorer -run '^$' -bench Explorer -benchtime 1x -count 3
func BenchmarkExplorer(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run(fmt.Sprintf("towns-%d", n), func(b *testing.B) { benchExplorer(b, n) })
	}
}

func benchExplorer(b *testing.B, benchTowns int) {
	bin := explorertest.Chromium()
	if bin == "" {
		b.Skip("no Chromium")
	}
	ctx := context.Background()
	url := pgtest.NewDatabase(b, pgtest.WithTemplate(fmt.Sprintf("dito_explorer_%d", benchTowns), populate(benchTowns)))
	st, err := store.Open(ctx, url, 16, 10*time.Second)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	srv, err := api.New(api.Config{API: config.Defaults().API}, st, slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	actx := explorertest.Allocator(b, bin)
	var m measure
	for b.Loop() {
		bctx, cancel := chromedp.NewContext(actx)
		err := chromedp.Do(bctx, chromedp.Navigate(ts.URL+"/explorer/"),
			chromedp.Poll[chromedp.Void](`window.__explorer.ready || window.__explorer.error`, chromedp.WithPollingTimeout(5*time.Minute)))
		if err == nil {
			time.Sleep(10 * time.Second) // let ForceAtlas2 finish
			m, err = chromedp.Run(bctx, chromedp.Evaluate[measure](`(async () => {
				const s = window.__explorer;
				if (s.error) throw new Error(s.error);
				const f = await s.measureFrames(3000);
				const openMs = await s.timeOpen("137-0x0000000000000000000000000000000000000002");
				return { loadMs: s.loadMs, frames: f.frames, avgMs: f.avgMs, p95Ms: f.p95Ms, openMs, filterMs: s.timeFilter(137), nodes: s.nodes, edges: s.edges };
			})()`, chromedp.EvalAwaitPromise))
		}
		cancel()
		if err != nil {
			b.Fatal(err)
		}
		if m.Nodes != benchTowns {
			b.Fatalf("drew %d towns, want %d", m.Nodes, benchTowns)
		}
		b.Logf("%+v", m)
	}
	b.ReportMetric(m.LoadMs, "load-ms")
	b.ReportMetric(1000/m.AvgMs, "fps")
	b.ReportMetric(m.P95Ms, "p95-frame-ms")
	b.ReportMetric(m.OpenMs, "open-town-ms")
	b.ReportMetric(m.FilterMs, "filter-ms")
	b.ReportMetric(float64(m.Edges), "edges")
}
