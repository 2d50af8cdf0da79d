package graph

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// Snapshot is the skill graph of one round: proximity, walk probabilities,
// scarcity, lacks and excesses, signals and the district/centrality
// analytics. Build makes one; Update changes it in place.
//
// A Snapshot is not safe for concurrent use: the caller serialises Update
// against reads (for example with a sync.RWMutex) or copies out the plain
// values it needs. Every accessor returns fresh slices.
type Snapshot struct {
	opts  Options
	towns []Town
	index map[string]int32
	// ordered is true while index order is ID order (always after Build).
	ordered bool

	// Share vectors: p[i][s] = x_is / sum_s x_is; mask has bit s when
	// x_is > 0; profile is the posting lists' secondary key.
	p       [][NumSkills]float64
	q       [][NumSkills]uint16 // p quantised for the candidate search
	mask    []uint64
	profile []uint64
	post    [NumSkills][]int32

	// Directed kNN lists (K slots per town) and, for updates, who lists
	// whom.
	knnIdx []int32
	knnW   []float64
	knnLen []uint8
	rev    [][]int32

	// Symmetric proximity graph after the weight floor, rows sorted by
	// weight desc then ID; rowSum[i] = sum_j w_ij, so P_ij = w_ij/rowSum[i].
	adj    [][]edge
	rowSum []float64

	// Holding rates the tests use (frozen at Build) and the running sums
	// that measure their drift.
	base *baseline
	sums *rateSums
	rate []*[NumSkills]float64 // each town's baseline rate

	cooc      cooccurrence
	relSource RelatednessSource
	phi       Relatedness
	null      *nullModel

	scar     []Scarcity
	findings [][]Finding
	signals  [][]Signal // by From town
	received []int32    // signals received this round, by town

	district       []int32
	pagerank       []float64
	modularity     float64
	analyticsStale bool

	csr     *CSR       // built on demand, dropped by Update
	scratch []*scratch // per-worker buffers reused by Build and Update
}

type edge struct {
	j int32
	w float64
}

// Build computes the skill graph of towns. Towns are identified by ID and
// processed in ID order, so the result does not depend on their order in
// the slice. It returns an error wrapping ErrInvalidTown or
// ErrInvalidOptions for bad input, or the context's error if cancelled.
func Build(ctx context.Context, towns []Town, opts Options) (*Snapshot, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	// Sort positions, not the 600-byte towns, then copy once.
	order := make([]int32, len(towns))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(towns[a].ID, towns[b].ID) })
	sorted := make([]Town, len(towns))
	for i, j := range order {
		sorted[i] = towns[j]
	}
	for i := range sorted {
		if err := sorted[i].validate(); err != nil {
			return nil, err
		}
		if i > 0 && sorted[i].ID == sorted[i-1].ID {
			return nil, fmt.Errorf("town %q given twice: %w", sorted[i].ID, ErrInvalidTown)
		}
	}
	g := &Snapshot{opts: o}
	if err := g.rebuild(ctx, sorted, activeSet(o.Active), o.Recipients); err != nil {
		return nil, err
	}
	return g, nil
}

func activeSet(keys []FindingKey) map[FindingKey]bool {
	m := make(map[FindingKey]bool, len(keys))
	for _, k := range keys {
		m[k] = true
	}
	return m
}

// rebuild computes everything from towns (sorted by ID, validated), with
// the previous round's active findings and signal recipients.
func (g *Snapshot) rebuild(ctx context.Context, towns []Town, active map[FindingKey]bool, recipients map[FindingKey]string) error {
	n := len(towns)
	start := time.Now()
	phase := func(name string) {
		if g.opts.Timings != nil {
			g.opts.Timings(name, time.Since(start))
		}
		start = time.Now()
	}
	g.towns = towns
	g.index = make(map[string]int32, n)
	g.ordered = true
	g.p = make([][NumSkills]float64, n)
	g.q = make([][NumSkills]uint16, n)
	g.mask = make([]uint64, n)
	g.profile = make([]uint64, n)
	g.sums = newRateSums()
	for i := range towns {
		g.index[towns[i].ID] = int32(i)
		g.setShares(int32(i))
		g.sums.add(&towns[i], 1)
	}
	g.base = newBaseline(g.opts.Baseline, g.sums, g.opts.BaselinePrior, g.opts.HoldingRate)
	g.rate = make([]*[NumSkills]float64, n)
	for i := range towns {
		g.rate[i] = g.base.rate(towns[i].Template)
	}
	g.rebuildRelatedness()
	phase("shares")
	if err := g.buildProximity(ctx, phase); err != nil {
		return fmt.Errorf("build proximity of %d towns: %w", n, err)
	}
	g.null = newNullModel(g.base, g.opts.NullDraws, g.opts.Seed)
	if err := g.null.prepare(ctx, g.opts.Workers, towns); err != nil {
		return fmt.Errorf("draw null model: %w", err)
	}
	phase("null model")
	g.scar = make([]Scarcity, n)
	g.findings = make([][]Finding, n)
	isActive := func(k FindingKey) bool { return active[k] }
	err := parallelFor(ctx, g.opts.Workers, n, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			g.scoreTown(int32(i), isActive)
		}
	})
	if err != nil {
		return fmt.Errorf("score towns: %w", err)
	}
	phase("scarcity and findings")
	if err := g.buildSignals(ctx, recipients); err != nil {
		return fmt.Errorf("choose signal recipients: %w", err)
	}
	phase("signals")
	if err := g.buildAnalytics(ctx, phase); err != nil {
		return fmt.Errorf("districts and centrality: %w", err)
	}
	g.csr = nil
	return nil
}

// setShares derives p, mask and profile of town i from its holders.
func (g *Snapshot) setShares(i int32) {
	t := &g.towns[i]
	var total int
	for _, x := range t.Holders {
		total += x
	}
	g.p[i], g.q[i], g.mask[i] = [NumSkills]float64{}, [NumSkills]uint16{}, 0
	if total > 0 && t.Members > 0 {
		for s, x := range t.Holders {
			if x > 0 {
				g.p[i][s] = float64(x) / float64(total)
				g.q[i][s] = uint16(math.Round(g.p[i][s] * shareScale))
				g.mask[i] |= 1 << s
			}
		}
	}
	g.profile[i] = g.profileOf(i)
}

// rebuildRelatedness recounts co-occurrence from wallets when any town has
// them, else from towns' over-represented skills.
func (g *Snapshot) rebuildRelatedness() {
	g.cooc = cooccurrence{}
	g.relSource = RelatednessTowns
	for i := range g.towns {
		if g.towns[i].Wallets != nil {
			g.relSource = RelatednessWallets
			break
		}
	}
	for i := range g.towns {
		g.addCooc(&g.towns[i], 1)
	}
	g.phi = g.cooc.relatedness()
}

func (g *Snapshot) addCooc(t *Town, sign int64) {
	if g.relSource == RelatednessWallets {
		for _, w := range t.Wallets {
			g.cooc.add(w, sign)
		}
		return
	}
	if set := townPresence(t, g.base.rate(t.Template)); set != 0 { // t may not be in g.towns yet
		g.cooc.add(set, sign)
	}
}

// buildProximity builds postings, kNN lists, reverse lists and the
// symmetric graph.
func (g *Snapshot) buildProximity(ctx context.Context, phase func(string)) error {
	if err := g.buildPostings(ctx); err != nil {
		return err
	}
	phase("postings")
	if err := g.buildKNN(ctx, phase); err != nil {
		return err
	}
	n := len(g.towns)
	g.rev = make([][]int32, n)
	for i := range int32(n) {
		ids, _ := g.knnRow(i)
		for _, j := range ids {
			g.rev[j] = append(g.rev[j], i)
		}
	}
	g.adj = make([][]edge, n)
	g.rowSum = make([]float64, n)
	err := parallelFor(ctx, g.opts.Workers, n, func(_, lo, hi int) {
		for i := int32(lo); i < int32(hi); i++ {
			g.rebuildAdjRow(i)
		}
	})
	phase("symmetrise")
	return err
}

// rebuildAdjRow sets row i of the symmetric graph: the union of i's list
// and the towns listing i, weights at least MinWeight. w is symmetric, so
// the union's "max weight" is the weight itself.
func (g *Snapshot) rebuildAdjRow(i int32) {
	ids, ws := g.knnRow(i)
	r := make([]edge, 0, len(ids)+len(g.rev[i]))
	for t, j := range ids {
		if ws[t] >= g.opts.MinWeight {
			r = append(r, edge{j, ws[t]})
		}
	}
	for _, j := range g.rev[i] {
		if slices.Contains(ids, j) {
			continue
		}
		if w := g.sim(i, j); w >= g.opts.MinWeight {
			r = append(r, edge{j, w})
		}
	}
	slices.SortFunc(r, func(a, b edge) int {
		if g.better(a.w, a.j, b.w, b.j) {
			return -1
		}
		if g.better(b.w, b.j, a.w, a.j) {
			return 1
		}
		return 0
	})
	var sum float64
	for _, e := range r {
		sum += e.w
	}
	g.adj[i], g.rowSum[i] = r, sum
}

// scoreTown computes scarcity and findings of town i.
func (g *Snapshot) scoreTown(i int32, active func(FindingKey) bool) {
	t := &g.towns[i]
	sc := scarcityOf(t, g.opts.TemplateCategory)
	if !sc.NoData {
		sc.Percentile = g.null.percentile(g.base.key(t.Template), t.Members, sc.Variety)
	}
	g.scar[i] = sc
	g.findings[i] = nil
	if sc.NoData {
		return
	}
	h := g.rate[i]
	tt := testTown(t, h)
	g.findings[i] = findingsOf(t, h, &tt, g.opts.Alpha, g.opts.ClearAlpha, active)
}

// Len is the number of towns.
func (g *Snapshot) Len() int { return len(g.towns) }

// IDs returns every town ID in ascending order.
func (g *Snapshot) IDs() []string {
	ids := make([]string, len(g.towns))
	for i := range g.towns {
		ids[i] = g.towns[i].ID
	}
	slices.Sort(ids)
	return ids
}

// HoldingRate is the network holding rate h_s of the Build baseline.
func (g *Snapshot) HoldingRate() [NumSkills]float64 { return g.base.network }

// BaselineRate is the rate towns of a template are tested against (the
// network rate under BaselineNetwork or for templates Build did not see).
func (g *Snapshot) BaselineRate(template int) [NumSkills]float64 { return *g.base.rate(template) }

// Relatedness returns phi and what it was estimated from.
func (g *Snapshot) Relatedness() (Relatedness, RelatednessSource) { return g.phi, g.relSource }

// Neighbour is one edge of the symmetric proximity graph seen from a town.
type Neighbour struct {
	ID string
	// Weight is w_ij; Probability is P_ij = w_ij / sum_k w_ik, the share of
	// a signal from this town that reaches the neighbour in one step.
	Weight      float64
	Probability float64
}

// TownReport is everything the graph says about one town.
type TownReport struct {
	ID       string
	Chain    uint64
	Template int
	Members  int
	Scarcity Scarcity
	// Neighbours are sorted by weight desc, then ID.
	Neighbours []Neighbour
	Lacks      []Finding
	Excesses   []Finding
	// Signals are the signals this town sends this round.
	Signals []Signal
	// District is the Louvain community (-1 for towns without edges);
	// PageRank the centrality on the proximity graph (sums to 1).
	District int
	PageRank float64
	// Density is the town's density towards each skill (see
	// Relatedness.Density).
	Density [NumSkills]float64
}

// Town returns the report of one town.
func (g *Snapshot) Town(id string) (TownReport, bool) {
	i, ok := g.index[id]
	if !ok {
		return TownReport{}, false
	}
	t := &g.towns[i]
	r := TownReport{
		ID: t.ID, Chain: t.Chain, Template: t.Template, Members: t.Members,
		Scarcity: g.scar[i],
		District: int(g.district[i]),
		PageRank: g.pagerank[i],
	}
	r.Neighbours = g.neighbours(i)
	r.Signals = slices.Clone(g.signals[i])
	for _, f := range g.findingsOf(i) {
		if f.Kind == KindLack {
			r.Lacks = append(r.Lacks, f)
		} else {
			r.Excesses = append(r.Excesses, f)
		}
	}
	for s := range NumSkills {
		r.Density[s] = g.phi.Density(&t.Holders, s)
	}
	return r, true
}

func (g *Snapshot) neighbours(i int32) []Neighbour {
	out := make([]Neighbour, len(g.adj[i]))
	for t, e := range g.adj[i] {
		out[t] = Neighbour{ID: g.towns[e.j].ID, Weight: e.w, Probability: e.w / g.rowSum[i]}
	}
	return out
}

// Findings returns every active lack and excess, ordered by town ID, skill
// and kind: the "previous active set" to pass as Options.Active next round.
func (g *Snapshot) Findings() []Finding {
	var out []Finding
	for _, i := range g.idOrder() {
		out = append(out, g.findingsOf(i)...)
	}
	return out
}

// findingsOf copies town i's findings with their current density.
func (g *Snapshot) findingsOf(i int32) []Finding {
	out := slices.Clone(g.findings[i])
	for k := range out {
		out[k].Density = g.phi.Density(&g.towns[i].Holders, out[k].Skill)
	}
	return out
}

// recipients returns each signal's recipient by finding: the previous
// round's recipients for a rebuild from this snapshot.
func (g *Snapshot) recipients() map[FindingKey]string {
	out := map[FindingKey]string{}
	for _, sigs := range g.signals {
		addRecipients(out, sigs)
	}
	return out
}

func addRecipients(m map[FindingKey]string, sigs []Signal) {
	for _, s := range sigs {
		if s.To != "" {
			m[FindingKey{Town: s.From, Skill: s.Skill, Kind: s.Kind}] = s.To
		}
	}
}

// ActiveKeys returns the keys of Findings.
func (g *Snapshot) ActiveKeys() []FindingKey {
	fs := g.Findings()
	keys := make([]FindingKey, len(fs))
	for t, f := range fs {
		keys[t] = f.Key()
	}
	return keys
}

// Signals returns every signal of the round ordered by From, skill, kind.
func (g *Snapshot) Signals() []Signal {
	var out []Signal
	for _, i := range g.idOrder() {
		out = append(out, g.signals[i]...)
	}
	return out
}

// Modularity is the Louvain modularity of the districts at the last full
// build.
func (g *Snapshot) Modularity() float64 { return g.modularity }

// AnalyticsStale reports whether Updates happened since districts and
// PageRank were computed (they are only recomputed by a full build).
func (g *Snapshot) AnalyticsStale() bool { return g.analyticsStale }

// idOrder lists town indexes by ID. After Build index order is ID order;
// towns added by Update are appended and need the sort.
func (g *Snapshot) idOrder() []int32 {
	order := make([]int32, len(g.towns))
	sorted := true
	for i := range order {
		order[i] = int32(i)
		if i > 0 && g.towns[i-1].ID > g.towns[i].ID {
			sorted = false
		}
	}
	if !sorted {
		slices.SortFunc(order, func(a, b int32) int { return strings.Compare(g.towns[a].ID, g.towns[b].ID) })
	}
	return order
}
