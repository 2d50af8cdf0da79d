package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/distributedtown/dito-graph/explorer/explorertest"
	"github.com/distributedtown/dito-graph/pgtest"
)

type explorerState struct {
	Ready     bool    `json:"ready"`
	Nodes     int     `json:"nodes"`
	Edges     int     `json:"edges"`
	PanelTown *string `json:"panelTown"`
	Feed      int     `json:"feed"`
	LoadMs    int     `json:"loadMs"`
	Error     *string `json:"error"`
}

func readState(ctx context.Context) (explorerState, error) {
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](`JSON.stringify(window.__explorer)`))
	if err != nil {
		return explorerState{}, err
	}
	var s explorerState
	return s, json.Unmarshal([]byte(raw), &s)
}

// TestExplorerInHeadlessChromium drives the explorer as an analyst would,
// against `dito run` on the devnet: the graph shows every town the API
// lists, clicking a town opens its panel with the API's values, searching
// opens another, and a new signal appears in the live feed. The screenshot
// lands in testdata/artifacts/explorer.png.
func TestExplorerInHeadlessChromium(t *testing.T) {
	bin := explorertest.Chromium()
	if bin == "" {
		t.Skip("no Chromium found: install Debian's chromium package (.ci/run does) or set DITO_CHROMIUM")
	}
	r := runDevnet(t, pgtest.NewDatabase(t), "{chains: 2, seed: 5, rate: 30}", "error")
	ctx, base := r.ctx, r.base

	type apiTown struct {
		ID           string `json:"id"`
		MembersCount int    `json:"membersCount"`
		Scarcity     *struct {
			Score *int `json:"score"`
		} `json:"scarcity"`
	}
	tryTowns := func() ([]apiTown, error) {
		var data struct {
			Towns []apiTown `json:"towns"`
		}
		res, err := postQuery(ctx, base+"/graphql", `{ towns(first: 1000) { id membersCount scarcity { score } } }`)
		if err == nil && len(res.Errors) > 0 {
			err = fmt.Errorf("%s", res.Errors[0].Message)
		}
		if err == nil {
			err = json.Unmarshal(res.Data, &data)
		}
		return data.Towns, err
	}
	towns := func() []apiTown {
		t.Helper()
		ts, err := tryTowns()
		if err != nil {
			t.Fatalf("towns: %v", err)
		}
		return ts
	}
	deadline := time.Now().Add(90 * time.Second)
	for {
		ts, _ := tryTowns()
		scored := 0
		for _, tw := range ts {
			if tw.Scarcity != nil && tw.Scarcity.Score != nil && tw.MembersCount >= 3 {
				scored++
			}
		}
		if scored >= 6 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the devnet has only %d scored towns with members after 90s", scored)
		}
		time.Sleep(500 * time.Millisecond)
	}

	bctx, closeTab := chromedp.NewContext(explorertest.Allocator(t, bin))
	defer closeTab()
	beforeList := towns()
	before := len(beforeList)
	var st explorerState
	err := chromedp.Do(bctx, chromedp.Navigate(base+"/explorer/"),
		chromedp.Poll[chromedp.Void](`window.__explorer && (window.__explorer.ready || window.__explorer.error)`, chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		t.Fatalf("load the explorer: %v", err)
	}
	if st, err = readState(bctx); err != nil {
		t.Fatal(err)
	}
	after := towns()
	if st.Error != nil {
		t.Fatalf("the explorer failed: %s", *st.Error)
	}
	if st.Nodes < before || st.Nodes > len(after) || st.Edges == 0 {
		t.Fatalf("graph has %d nodes and %d edges; the API listed %d towns before and %d after", st.Nodes, st.Edges, before, len(after))
	}
	t.Logf("explorer: %d towns, %d edges, loaded in %d ms", st.Nodes, st.Edges, st.LoadMs)
	time.Sleep(2 * time.Second) // let the layout settle before clicking

	// Click the biggest scored town, where the graph draws it.
	sort.Slice(after, func(i, j int) bool { return after[i].MembersCount > after[j].MembersCount })
	var target apiTown
	for _, tw := range after {
		if tw.Scarcity != nil && tw.Scarcity.Score != nil {
			target = tw
			break
		}
	}
	pt, err := chromedp.Run(bctx, chromedp.Evaluate[struct{ X, Y float64 }](`window.__explorer.pagePointOf(`+strconv.Quote(target.ID)+`)`))
	if err != nil {
		t.Fatal(err)
	}
	panelShows := func(id string) (members, score string) {
		t.Helper()
		err := chromedp.Do(bctx, chromedp.Poll[chromedp.Void](`window.__explorer.panelTown === `+strconv.Quote(id), chromedp.WithPollingTimeout(15*time.Second)))
		if err == nil {
			members, err = chromedp.Run(bctx, chromedp.Text(chromedp.CSS(`#panel [data-field=members]`)))
		}
		if err == nil {
			score, err = chromedp.Run(bctx, chromedp.Text(chromedp.CSS(`#panel [data-field=score]`)))
		}
		if err != nil {
			status, _ := chromedp.Run(bctx, chromedp.Evaluate[string](`document.getElementById("status").textContent + " | " + document.getElementById("panel").textContent.slice(0, 200)`))
			t.Fatalf("panel of %s: %v (page: %s)", id, err, status)
		}
		return members, score
	}
	// apiView is what a town's panel should show, members/scarcity, as the
	// API says now.
	apiView := func(id string) string {
		t.Helper()
		for _, tw := range towns() {
			if tw.ID == id {
				score := "no data"
				if tw.Scarcity != nil && tw.Scarcity.Score != nil {
					score = strconv.Itoa(*tw.Scarcity.Score)
				}
				return strconv.Itoa(tw.MembersCount) + "/" + score
			}
		}
		return "missing"
	}
	// The simulator keeps changing towns, so the panel must show what the
	// API said just before or just after it loaded; a town that changed
	// twice in that window is opened again.
	openAndCheck := func(id string, open func()) {
		t.Helper()
		var got, before, after string
		for range 3 {
			if err := chromedp.Do(bctx, chromedp.Evaluate[chromedp.Void](`window.__explorer.panelTown = null`)); err != nil {
				t.Fatal(err)
			}
			before = apiView(id)
			open()
			members, score := panelShows(id)
			got = members + "/" + score
			after = apiView(id)
			if got == before || got == after {
				return
			}
		}
		t.Errorf("panel of %s shows %s (members/scarcity); the API said %s before and %s after", id, got, before, after)
	}
	openAndCheck(target.ID, func() {
		if err := chromedp.Do(bctx, chromedp.MouseClickXY(pt.X, pt.Y)); err != nil {
			t.Fatal(err)
		}
	})

	// Search opens another town (one listed before the page loaded).
	other := beforeList[len(beforeList)-1].ID
	if other == target.ID {
		other = beforeList[0].ID
	}
	openAndCheck(other, func() {
		if err := chromedp.Do(bctx, chromedp.SetValue(chromedp.CSS(`#search-input`), other),
			// requestSubmit is what pressing Enter in the box does (it fires
			// the form's submit handler; form.submit() would navigate away).
			chromedp.Evaluate[chromedp.Void](`document.getElementById("search").requestSubmit()`)); err != nil {
			t.Fatal(err)
		}
	})

	// The chain filter hides exactly the towns of the chain unticked (as
	// many as the API listed on the other chains before and after the page
	// loaded) and shows them all again when ticked.
	chain := strings.SplitN(target.ID, "-", 2)[0]
	others := func(list []apiTown) int {
		n := 0
		for _, tw := range list {
			if !strings.HasPrefix(tw.ID, chain+"-") {
				n++
			}
		}
		return n
	}
	toggle := chromedp.Click(chromedp.CSS(`#chains input[data-chain="` + chain + `"]`))
	visible := func() int {
		t.Helper()
		n, err := chromedp.Run(bctx, chromedp.Evaluate[int](`window.__explorer.visibleNodes()`))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if err := chromedp.Do(bctx, toggle); err != nil {
		t.Fatalf("untick chain %s: %v", chain, err)
	}
	if v := visible(); v < others(beforeList) || v > others(after) || v >= st.Nodes {
		t.Errorf("with chain %s unticked %d of %d towns are drawn; the API lists %d..%d on the other chains", chain, v, st.Nodes, others(beforeList), others(after))
	}
	if err := chromedp.Do(bctx, toggle); err != nil {
		t.Fatalf("tick chain %s again: %v", chain, err)
	}
	if v := visible(); v != st.Nodes {
		t.Errorf("with every chain ticked %d of %d towns are drawn", v, st.Nodes)
	}

	// The heat map has a row per district (at most 20), each with a cell
	// per taxonomy skill, and its rows count every town drawn.
	heat, err := chromedp.Run(bctx, chromedp.Evaluate[struct{ Rows, Cells, Towns int }](`(() => {
		const rows = [...document.querySelectorAll("#heatmap tr")];
		return { rows: rows.length,
			cells: Math.min(...rows.map((r) => r.querySelectorAll("td").length)),
			towns: rows.reduce((n, r) => n + Number(r.querySelector("th").textContent.match(/\((\d+)\)/)[1]), 0) };
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if heat.Rows == 0 || heat.Cells != 36 || (heat.Rows < 20 && heat.Towns != st.Nodes) {
		t.Errorf("heat map: %d rows of at least %d cells counting %d towns; want rows of 36 skills counting all %d towns", heat.Rows, heat.Cells, heat.Towns, st.Nodes)
	}

	// The simulator keeps changing towns; a new signal reaches the feed.
	if err := chromedp.Do(bctx, chromedp.Poll[chromedp.Void](`window.__explorer.feed > 0 && document.querySelector('#feed li[data-signal]') !== null`,
		chromedp.WithPollingTimeout(90*time.Second))); err != nil {
		t.Fatalf("no live signal in the feed: %v", err)
	}

	// The whole network for the screenshot, the last panel still open.
	if err := chromedp.Do(bctx, chromedp.Evaluate[chromedp.Void](`window.__explorer.resetView()`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100)) // quality 100: PNG
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "testdata", "artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "explorer.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
