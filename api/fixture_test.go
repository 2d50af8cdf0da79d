package api

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/distributedtown/dito-graph/config"
	"github.com/distributedtown/dito-graph/pgtest"
	"github.com/distributedtown/dito-graph/store"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// The fixture: two chains with the same contract addresses (as the devnet
// deploys them), a handful of towns, members, wallets, credits, gigs and a
// skill-graph round. Every expected answer in the tests follows from it.
const (
	polygon = 137
	gnosis  = 100
)

var (
	townA    = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	townB    = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	tokA     = common.HexToAddress("0x00000000000000000000000000000000000000c1")
	tokB     = common.HexToAddress("0x00000000000000000000000000000000000000c2")
	gigsA    = common.HexToAddress("0x00000000000000000000000000000000000000d1")
	projects = common.HexToAddress("0x00000000000000000000000000000000000000e1")
	alice    = common.HexToAddress("0x0000000000000000000000000000000000a11ce0")
	bob      = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	carol    = common.HexToAddress("0x00000000000000000000000000000000000ca201")
	dave     = common.HexToAddress("0x000000000000000000000000000000000000da7e")
)

func hexOf(a common.Address) string { return strings.ToLower(a.Hex()) }

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func blockHash(chain, n uint64) common.Hash {
	return common.BigToHash(new(big.Int).SetUint64(chain*1_000_000 + n))
}

// chainBlocks returns blocks from..to of a chain, linked by parent hash.
func chainBlocks(chain, from, to uint64) []store.BlockRef {
	var out []store.BlockRef
	for n := from; n <= to; n++ {
		out = append(out, store.BlockRef{Number: n, Hash: blockHash(chain, n), Parent: blockHash(chain, n-1),
			Time: 1_700_000_000 + 12*n, HasEvents: true})
	}
	return out
}

func blockTime(n uint64) uint64 { return 1_700_000_000 + 12*n }

func townAAt(members int) store.Town {
	return store.Town{Chain: polygon, Address: townA, CommunityID: big.NewInt(1), Template: 0, Creator: alice,
		MetadataURI: "ipfs://QmTownA-Local", CreditsToken: tokA, Gigs: gigsA, MembersCount: members,
		CreatedBlock: 1, CreatedTime: blockTime(1)}
}

func townBAt(members int) store.Town {
	return store.Town{Chain: polygon, Address: townB, CommunityID: big.NewInt(2), Template: 2, Creator: bob,
		MetadataURI: "ipfs://QmTownB-ART", CreditsToken: tokB, MembersCount: members, CreatedBlock: 3, CreatedTime: blockTime(3)}
}

func wallet(chain uint64, id int64, owner, town common.Address, activated bool, created uint64, skills ...store.Skill) store.SkillWallet {
	return store.SkillWallet{Chain: chain, TokenID: big.NewInt(id), Owner: owner, Town: town, Activated: activated,
		Skills: skills, CreatedBlock: created, CreatedTime: blockTime(created)}
}

func member(chain uint64, town, addr common.Address, walletID int64, joined uint64) store.Member {
	return store.Member{Chain: chain, Town: town, Address: addr, SkillWalletID: big.NewInt(walletID), JoinedBlock: joined, JoinedTime: blockTime(joined)}
}

func balance(token, holder, town common.Address, amount *big.Int) store.Balance {
	return store.Balance{Chain: polygon, Token: token, Holder: holder, Town: town, Amount: amount}
}

func transfer(block uint64, idx uint, kind string, from, to common.Address, amount *big.Int) store.CreditTransfer {
	return store.CreditTransfer{Chain: polygon, Block: block, LogIndex: idx, TxHash: common.BigToHash(big.NewInt(int64(block*100) + int64(idx))),
		Time: blockTime(block), Token: tokA, Town: townA, Kind: kind, From: from, To: to, Amount: amount}
}

func gig(status string, taker common.Address, created uint64) store.Gig {
	return store.Gig{Chain: polygon, Contract: gigsA, GigID: big.NewInt(1), Town: townA, Creator: alice, Taker: taker,
		Status: status, Credits: ether(300), CreatedBlock: created, CreatedTime: blockTime(created)}
}

// fixtureBatches is the indexed history, in the order it is applied.
func fixtureBatches() []*store.Batch {
	walletA := wallet(polygon, 1, alice, townA, false, 2, store.Skill{ID: 15, Level: 7}, store.Skill{ID: 2, Level: 1})
	walletA2 := walletA
	walletA2.Activated = true
	walletB := wallet(polygon, 2, bob, townB, true, 3, store.Skill{ID: 24, Level: 5})
	walletC := wallet(polygon, 3, carol, townA, true, 4, store.Skill{ID: 15, Level: 3}, store.Skill{ID: 30, Level: 8})
	walletC2 := walletC
	walletC2.Town = townB

	p1 := chainBlocks(polygon, 1, 3)
	p2 := chainBlocks(polygon, 4, 6)
	p3 := chainBlocks(polygon, 7, 8)
	g1 := chainBlocks(gnosis, 1, 2)
	return []*store.Batch{
		{
			Chain: polygon, Blocks: p1,
			Contracts: []store.Contract{{Chain: polygon, Address: townA, Kind: store.KindCommunity, CreatedBlock: 1}},
			Towns: []store.Version[store.Town]{
				{Block: 1, Value: townAAt(0)}, {Block: 2, Value: townAAt(1)},
				{Block: 3, Value: townBAt(1)},
			},
			Members: []store.Version[store.Member]{
				{Block: 2, Value: member(polygon, townA, alice, 1, 2)},
				{Block: 3, Value: member(polygon, townB, bob, 2, 3)},
			},
			Wallets: []store.Version[store.SkillWallet]{{Block: 2, Value: walletA}, {Block: 3, Value: walletB}},
			Balances: []store.Version[store.Balance]{
				{Block: 2, Value: balance(tokA, townA, townA, ether(96000))},
				{Block: 2, Value: balance(tokA, alice, townA, ether(2000))},
			},
			Transfers: []store.CreditTransfer{
				transfer(2, 0, store.MoveMint, common.Address{}, townA, ether(96000)),
				transfer(2, 1, store.MoveMint, common.Address{}, alice, ether(2000)),
			},
			Moves: []store.WalletMove{
				{Chain: polygon, TokenID: big.NewInt(1), Town: townA, Block: 2, Time: blockTime(2)},
				{Chain: polygon, TokenID: big.NewInt(2), Town: townB, Block: 3, Time: blockTime(3)},
			},
		},
		{
			Chain: polygon, Prev: &p1[2], Blocks: p2,
			Towns: []store.Version[store.Town]{{Block: 4, Value: townAAt(2)}},
			Members: []store.Version[store.Member]{
				{Block: 4, Value: member(polygon, townA, carol, 3, 4)},
			},
			Wallets: []store.Version[store.SkillWallet]{{Block: 4, Value: walletA2}, {Block: 4, Value: walletC}},
			Balances: []store.Version[store.Balance]{
				{Block: 5, Value: balance(tokA, alice, townA, ether(1500))},
				{Block: 5, Value: balance(tokA, carol, townA, ether(500))},
			},
			Transfers: []store.CreditTransfer{transfer(5, 3, store.MoveSend, alice, carol, ether(500))},
			Moves:     []store.WalletMove{{Chain: polygon, TokenID: big.NewInt(3), Town: townA, Block: 4, Time: blockTime(4)}},
			Gigs: []store.Version[store.Gig]{
				{Block: 5, Value: gig(store.GigOpen, common.Address{}, 5)},
				{Block: 6, Value: gig(store.GigTaken, carol, 5)},
			},
			Projects: []store.Project{{Chain: polygon, Contract: projects, ProjectID: big.NewInt(1), Template: 0, Town: townA,
				Block: 6, LogIndex: 2, Time: blockTime(6)}},
		},
		{
			Chain: polygon, Prev: &p2[2], Blocks: p3,
			Towns: []store.Version[store.Town]{{Block: 7, Value: townAAt(1)}, {Block: 7, Value: townBAt(2)}},
			Members: []store.Version[store.Member]{
				{Block: 7, Deleted: true, Value: member(polygon, townA, carol, 3, 4)},
				{Block: 7, Value: member(polygon, townB, carol, 3, 7)},
			},
			Wallets: []store.Version[store.SkillWallet]{{Block: 7, Value: walletC2}},
			Moves:   []store.WalletMove{{Chain: polygon, TokenID: big.NewInt(3), Town: townB, Block: 7, Time: blockTime(7)}},
			Gigs:    []store.Version[store.Gig]{{Block: 8, Value: gig(store.GigCompleted, carol, 5)}},
		},
		{
			Chain: gnosis, Blocks: g1,
			Towns: []store.Version[store.Town]{{Block: 1, Value: store.Town{Chain: gnosis, Address: townA, CommunityID: big.NewInt(1),
				Template: 1, Creator: dave, MetadataURI: "ipfs://QmGnosisTown", MembersCount: 1, CreatedBlock: 1, CreatedTime: blockTime(1)}}},
			Members: []store.Version[store.Member]{{Block: 2, Value: member(gnosis, townA, dave, 1, 2)}},
			Wallets: []store.Version[store.SkillWallet]{{Block: 2, Value: wallet(gnosis, 1, dave, townA, true, 2, store.Skill{ID: 0, Level: 4})}},
			Moves:   []store.WalletMove{{Chain: gnosis, TokenID: big.NewInt(1), Town: townA, Block: 2, Time: blockTime(2)}},
		},
	}
}

func intp(v int) *int { return &v }

// fixtureGraph is one skill-graph round over the fixture.
func fixtureGraph() store.GraphUpdate {
	a := store.TownRef{Chain: polygon, Address: townA}
	b := store.TownRef{Chain: polygon, Address: townB}
	g := store.TownRef{Chain: gnosis, Address: townA}
	return store.GraphUpdate{
		Full: true,
		Scores: []store.TownScore{
			{Town: a, Members: 1, Score: intp(61), LegacyScore: intp(50), Variety: 0.39, PartCategory: 0.1, PartSubcategory: 0.12,
				PartSkill: 0.17, EffectiveSkills: 4.5, Percentile: 20, Volatile: true, Lacks: []int{24}, Excesses: []int{15}, Centrality: 0.5},
			{Town: b, Members: 2, Score: intp(40), Variety: 0.6, EffectiveSkills: 9, Percentile: 55, Volatile: true, Lacks: []int{0, 2}, District: intp(1)},
		},
		Edges: []store.Edge{
			{From: a, To: b, Weight: 0.4, Probability: 0.8},
			{From: a, To: g, Weight: 0.1, Probability: 0.2},
			{From: b, To: a, Weight: 0.4, Probability: 1},
		},
		Signals: []store.Signal{
			{From: a, To: &b, Skill: 24, Kind: store.SignalLack, Probability: 0.8, Surplus: 1, Scarcity: intp(61), Chain: polygon, Block: 8, Time: blockTime(8), Reason: "townA lacks Network Design; townB holds it"},
			{From: b, To: &a, Skill: 15, Kind: store.SignalExcess, Probability: 1, Surplus: 2, Scarcity: intp(40), Chain: polygon, Block: 8, Time: blockTime(8), Reason: "townB could use Leadership"},
			{From: g, Skill: 0, Kind: store.SignalNoSupplier, Chain: gnosis, Block: 2, Time: blockTime(2), Reason: "nobody supplies Fun & Entertainment"},
		},
	}
}

func populate(ctx context.Context, url string) error {
	if err := store.Migrate(ctx, url, "up", io.Discard); err != nil {
		return err
	}
	st, err := store.Open(ctx, url, 4, 10*time.Second)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.EnsureChain(ctx, polygon, "polygon", 1, nil); err != nil {
		return err
	}
	if err := st.EnsureChain(ctx, gnosis, "gnosis", 1, nil); err != nil {
		return err
	}
	for _, b := range fixtureBatches() {
		if err := st.Apply(ctx, b); err != nil {
			return err
		}
	}
	if err := st.SetHead(ctx, polygon, 12, blockTime(12)); err != nil {
		return err
	}
	ids, err := st.SaveGraph(ctx, fixtureGraph())
	if err != nil {
		return err
	}
	// A later round withdraws the EXCESS signal.
	_, err = st.SaveGraph(ctx, store.GraphUpdate{Retract: []store.Retraction{{ID: ids[1], Reason: "townB no longer needs it"}}})
	return err
}

// testAPI is a server on a fresh copy of the fixture database.
type testAPI struct {
	t   *testing.T
	srv *Server
	ts  *httptest.Server
	st  *store.Store
}

func testConfig() Config {
	return Config{API: config.Defaults().API, CORSOrigins: []string{"https://app.dito.town"}}
}

func newTestAPI(t *testing.T, cfg Config) *testAPI {
	t.Helper()
	url := pgtest.NewDatabase(t, pgtest.WithTemplate("dito_api_fixture", populate))
	st, err := store.Open(context.Background(), url, 8, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	// The template was filled when the package's first test asked for it;
	// as this database's indexers, it was just written.
	if _, err := st.Pool().Exec(context.Background(), `UPDATE chains SET updated_at = now()`); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if os.Getenv("DITO_TEST_API_LOG") != "" {
		log = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	srv, err := New(cfg, st, log)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return &testAPI{t: t, srv: srv, ts: ts, st: st}
}

type gqlError struct {
	Message   string `json:"message"`
	Path      []any  `json:"path,omitempty"`
	Locations []struct {
		Line   int `json:"line"`
		Column int `json:"column"`
	} `json:"locations,omitempty"`
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
	status int
}

// post sends one GraphQL request to path and returns the decoded answer.
func (a *testAPI) post(path, query string, vars map[string]any) gqlResponse {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return a.postRaw(path, body)
}

func (a *testAPI) postRaw(path string, body []byte) gqlResponse {
	a.t.Helper()
	resp, err := http.Post(a.ts.URL+path, "application/json", bytes.NewReader(body))
	if err != nil {
		a.t.Fatalf("POST %s: %v", path, err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out gqlResponse
	if err := json.Unmarshal(raw, &out); err != nil {
		a.t.Fatalf("POST %s: status %d, body %q: %v", path, resp.StatusCode, raw, err)
	}
	out.status = resp.StatusCode
	return out
}

// data posts a query that must succeed and decodes its data into v.
func (a *testAPI) data(path, query string, vars map[string]any, v any) {
	a.t.Helper()
	res := a.post(path, query, vars)
	if len(res.Errors) > 0 {
		a.t.Fatalf("query failed: %v\n%s", res.Errors, query)
	}
	if err := json.Unmarshal(res.Data, v); err != nil {
		a.t.Fatalf("decode %s: %v", res.Data, err)
	}
}

// errorOf posts a query that must fail and returns its first error message.
func (a *testAPI) errorOf(path, query string, vars map[string]any) string {
	a.t.Helper()
	res := a.post(path, query, vars)
	if len(res.Errors) == 0 {
		a.t.Fatalf("query succeeded, want an error: %s\n%s", res.Data, query)
	}
	return res.Errors[0].Message
}

// jsonEq compares a response's data with the expected JSON text.
func (a *testAPI) jsonEq(path, query string, vars map[string]any, want string) {
	a.t.Helper()
	res := a.post(path, query, vars)
	if len(res.Errors) > 0 {
		a.t.Fatalf("query failed: %v\n%s", res.Errors, query)
	}
	var got, exp any
	if err := json.Unmarshal(res.Data, &got); err != nil {
		a.t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(want), &exp); err != nil {
		a.t.Fatalf("bad expected JSON: %v\n%s", err, want)
	}
	g, _ := json.MarshalIndent(got, "", "  ")
	e, _ := json.MarshalIndent(exp, "", "  ")
	if !bytes.Equal(g, e) {
		a.t.Errorf("query %s\ngot  %s\nwant %s", query, g, e)
	}
}

const (
	global = "/graphql"
	onPoly = "/subgraphs/name/dito/polygon"
	onGno  = "/subgraphs/name/dito/gnosis"
)
