package graph

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/encoding"
	"gonum.org/v1/gonum/graph/encoding/dot"
	"gonum.org/v1/gonum/graph/formats/gexf12"
	"gonum.org/v1/gonum/graph/simple"
)

// ErrUnknownFormat is returned by Export for a format it does not write.
var ErrUnknownFormat = errors.New("unknown export format")

// ExportFormats are the formats Export writes.
var ExportFormats = []string{"graphml", "gexf", "dot", "json", "csv"}

// nodeAttr is what every format carries per town.
type nodeAttr struct {
	ID       string  `json:"id"`
	Chain    uint64  `json:"chain"`
	Template int     `json:"template"`
	Members  int     `json:"members"`
	Scarcity int     `json:"scarcity"` // -1 without data
	Variety  float64 `json:"variety"`
	District int     `json:"district"` // -1 without edges
	PageRank float64 `json:"pagerank"`
}

type edgeAttr struct {
	Source string  `json:"source"`
	Target string  `json:"target"`
	Weight float64 `json:"weight"`
}

// exportView is the snapshot flattened in ID order, each undirected edge
// once (from the lower node index).
type exportView struct {
	nodes []nodeAttr
	edges []edgeAttr
	csr   *CSR
}

func viewOf(g *Snapshot) *exportView {
	c := g.CSR()
	v := &exportView{csr: c, nodes: make([]nodeAttr, len(c.IDs))}
	for n, id := range c.IDs {
		i := g.index[id]
		t := &g.towns[i]
		v.nodes[n] = nodeAttr{
			ID: id, Chain: t.Chain, Template: t.Template, Members: t.Members,
			Scarcity: g.scar[i].Score, Variety: g.scar[i].Variety,
			District: int(g.district[i]), PageRank: g.pagerank[i],
		}
		for e := c.Offsets[n]; e < c.Offsets[n+1]; e++ {
			if m := int(c.Targets[e]); m > n {
				v.edges = append(v.edges, edgeAttr{Source: id, Target: c.IDs[m], Weight: c.Weights[e]})
			}
		}
	}
	return v
}

// Export writes the proximity graph with node attributes (chain, template,
// members, scarcity, variety, district, pagerank) and edge weights w_ij.
// Formats:
//
//   - graphml, gexf: for Gephi, yEd, NetworkX; undirected, weight attribute.
//   - dot: Graphviz, written by gonum's encoding/dot with weights as edge
//     attributes.
//   - json: {"nodes":[...], "edges":[{"source","target","weight"}]}.
//   - csv: one row per edge with both endpoints' attributes
//     (source_*, target_*, weight); a town without edges gets one row with
//     empty target columns, so the file alone rebuilds the graph.
func Export(w io.Writer, g *Snapshot, format string) error {
	v := viewOf(g)
	bw := bufio.NewWriter(w)
	var err error
	switch format {
	case "graphml":
		err = v.graphML(bw)
	case "gexf":
		err = v.gexf(bw)
	case "dot":
		err = v.dot(bw, g)
	case "json":
		enc := json.NewEncoder(bw)
		err = enc.Encode(struct {
			Nodes []nodeAttr `json:"nodes"`
			Edges []edgeAttr `json:"edges"`
		}{v.nodes, v.edges})
	case "csv":
		err = v.csv(bw)
	default:
		return fmt.Errorf("export %q (want one of %v): %w", format, ExportFormats, ErrUnknownFormat)
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func (n *nodeAttr) values() []string {
	return []string{
		n.ID, strconv.FormatUint(n.Chain, 10), strconv.Itoa(n.Template), strconv.Itoa(n.Members),
		strconv.Itoa(n.Scarcity), ftoa(n.Variety), strconv.Itoa(n.District), ftoa(n.PageRank),
	}
}

var nodeColumns = []string{"id", "chain", "template", "members", "scarcity", "variety", "district", "pagerank"}

// Attribute types of nodeColumns per format: the formats spell them
// differently (GraphML's attr.type has "int", GEXF 1.2's attrtype-type
// "integer"; NetworkX's GEXF reader fails on "int").
var (
	graphMLTypes = []string{"string", "long", "int", "int", "int", "double", "int", "double"}
	gexfTypes    = []string{"string", "long", "integer", "integer", "integer", "double", "integer", "double"}
)

func (v *exportView) csv(w io.Writer) error {
	cw := csv.NewWriter(w)
	var header []string
	for _, side := range []string{"source_", "target_"} {
		for _, c := range nodeColumns {
			header = append(header, side+c)
		}
	}
	header = append(header, "weight")
	if err := cw.Write(header); err != nil {
		return err
	}
	empty := make([]string, len(nodeColumns))
	c := v.csr
	for n := range v.nodes {
		src := v.nodes[n].values()
		if c.Offsets[n] == c.Offsets[n+1] {
			if err := cw.Write(append(append(src, empty...), "")); err != nil {
				return err
			}
			continue
		}
		for e := c.Offsets[n]; e < c.Offsets[n+1]; e++ {
			m := int(c.Targets[e])
			if m < n {
				continue
			}
			rec := append(append(src, v.nodes[m].values()...), ftoa(c.Weights[e]))
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func (v *exportView) graphML(w io.Writer) error {
	esc := func(s string) string {
		var b bufWriter
		_ = xml.EscapeText(&b, []byte(s))
		return string(b)
	}
	p := func(format string, a ...any) error {
		_, err := fmt.Fprintf(w, format, a...)
		return err
	}
	if err := p("%s<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n", xml.Header); err != nil {
		return err
	}
	for k, c := range nodeColumns[1:] {
		if err := p("  <key id=\"%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", c, c, graphMLTypes[k+1]); err != nil {
			return err
		}
	}
	if err := p("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n  <graph id=\"skills\" edgedefault=\"undirected\">\n"); err != nil {
		return err
	}
	for n := range v.nodes {
		vals := v.nodes[n].values()
		if err := p("    <node id=\"%s\">", esc(vals[0])); err != nil {
			return err
		}
		for k, c := range nodeColumns[1:] {
			if err := p("<data key=\"%s\">%s</data>", c, vals[k+1]); err != nil {
				return err
			}
		}
		if err := p("</node>\n"); err != nil {
			return err
		}
	}
	for _, e := range v.edges {
		if err := p("    <edge source=\"%s\" target=\"%s\"><data key=\"weight\">%s</data></edge>\n",
			esc(e.Source), esc(e.Target), ftoa(e.Weight)); err != nil {
			return err
		}
	}
	return p("  </graph>\n</graphml>\n")
}

type bufWriter []byte

func (b *bufWriter) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }

func (v *exportView) gexf(w io.Writer) error {
	attrs := gexf12.Attributes{Class: "node"}
	for k, c := range nodeColumns[1:] {
		attrs.Attributes = append(attrs.Attributes, gexf12.Attribute{ID: strconv.Itoa(k), Title: c, Type: gexfTypes[k+1]})
	}
	content := gexf12.Content{
		Version: "1.2",
		Graph: gexf12.Graph{
			Attributes:      []gexf12.Attributes{attrs},
			DefaultEdgeType: "undirected",
			Mode:            "static",
		},
	}
	for n := range v.nodes {
		vals := v.nodes[n].values()
		av := &gexf12.AttValues{}
		for k := range nodeColumns[1:] {
			av.AttValues = append(av.AttValues, gexf12.AttValue{For: strconv.Itoa(k), Value: vals[k+1]})
		}
		content.Graph.Nodes.Nodes = append(content.Graph.Nodes.Nodes, gexf12.Node{ID: vals[0], Label: vals[0], AttValues: av})
	}
	content.Graph.Nodes.Count = len(v.nodes)
	for k, e := range v.edges {
		content.Graph.Edges.Edges = append(content.Graph.Edges.Edges,
			gexf12.Edge{ID: strconv.Itoa(k), Source: e.Source, Target: e.Target, Weight: e.Weight})
	}
	content.Graph.Edges.Count = len(v.edges)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(content); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func (v *exportView) dot(w io.Writer, g *Snapshot) error {
	b, err := dot.Marshal(g.Gonum(), "skills", "", "  ")
	if err != nil {
		return err
	}
	if _, err := w.Write(b); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

// Gonum returns the proximity graph as a gonum weighted undirected graph,
// node IDs being the CSR node indexes (towns in ID order). Nodes carry the
// town's attributes and edges their weight as DOT attributes, so gonum's
// encoding/dot writes both (it drops weights of plain edges). It copies the
// graph into maps: fine for analysis and export, not for hot paths.
func (g *Snapshot) Gonum() *simple.WeightedUndirectedGraph {
	v := viewOf(g)
	out := simple.NewWeightedUndirectedGraph(0, 0)
	nodes := make([]*townNode, len(v.nodes))
	for n := range v.nodes {
		nodes[n] = &townNode{id: int64(n), attr: v.nodes[n]}
		out.AddNode(nodes[n])
	}
	c := v.csr
	for n := range v.nodes {
		for e := c.Offsets[n]; e < c.Offsets[n+1]; e++ {
			if m := int(c.Targets[e]); m > n {
				out.SetWeightedEdge(proximityEdge{simple.WeightedEdge{F: nodes[n], T: nodes[m], W: c.Weights[e]}})
			}
		}
	}
	return out
}

// townNode is a town in a gonum graph.
type townNode struct {
	id   int64
	attr nodeAttr
}

func (n *townNode) ID() int64 { return n.id }

// DOTID names the node by its town ID in DOT output.
func (n *townNode) DOTID() string { return n.attr.ID }

// TownID returns the town's ID.
func (n *townNode) TownID() string { return n.attr.ID }

// Attributes are the town's attributes for gonum encoders.
func (n *townNode) Attributes() []encoding.Attribute {
	vals := n.attr.values()
	out := make([]encoding.Attribute, 0, len(nodeColumns)-1)
	for k, c := range nodeColumns[1:] {
		out = append(out, encoding.Attribute{Key: c, Value: vals[k+1]})
	}
	return out
}

// proximityEdge is a weighted edge that tells encoders its weight.
type proximityEdge struct{ simple.WeightedEdge }

func (e proximityEdge) Attributes() []encoding.Attribute {
	return []encoding.Attribute{{Key: "weight", Value: ftoa(e.W)}}
}

// ReversedEdge keeps the attribute-bearing type when gonum reverses it.
func (e proximityEdge) ReversedEdge() graph.Edge {
	e.F, e.T = e.T, e.F
	return e
}
