package graph

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/formats/gexf12"
)

// exampleEdges are the six edges of the worked example by endpoint pair.
func exampleEdges(t *testing.T, g *Snapshot) map[[2]string]float64 {
	t.Helper()
	out := map[[2]string]float64{}
	for _, id := range g.IDs() {
		r, _ := g.Town(id)
		for _, nb := range r.Neighbours {
			if id < nb.ID {
				out[[2]string{id, nb.ID}] = nb.Weight
			}
		}
	}
	if len(out) != 6 {
		t.Fatalf("example has %d edges", len(out))
	}
	return out
}

func export(t *testing.T, g *Snapshot, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Export(&buf, g, format); err != nil {
		t.Fatalf("export %s: %v", format, err)
	}
	return buf.Bytes()
}

func checkEdges(t *testing.T, format string, want map[[2]string]float64, got map[[2]string]float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d edges, want %d", format, len(got), len(want))
	}
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			g, ok = got[[2]string{k[1], k[0]}]
		}
		if !ok || g != w {
			t.Errorf("%s: edge %v weight %v (%v), want %v", format, k, g, ok, w)
		}
	}
}

func TestExportJSONAndCSVRoundTrip(t *testing.T) {
	g := buildExample(t, Options{})
	want := exampleEdges(t, g)

	var doc struct {
		Nodes []nodeAttr `json:"nodes"`
		Edges []edgeAttr `json:"edges"`
	}
	if err := json.Unmarshal(export(t, g, "json"), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[[2]string]float64{}
	for _, e := range doc.Edges {
		got[[2]string{e.Source, e.Target}] = e.Weight
	}
	checkEdges(t, "json", want, got)
	if len(doc.Nodes) != 4 || doc.Nodes[2].ID != "137-0xc" || doc.Nodes[2].Scarcity != 71 || doc.Nodes[2].Chain != 137 || doc.Nodes[2].District < 0 {
		t.Errorf("json nodes = %+v", doc.Nodes)
	}

	recs, err := csv.NewReader(bytes.NewReader(export(t, g, "csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := recs[0]
	col := func(name string) int {
		for k, h := range head {
			if h == name {
				return k
			}
		}
		t.Fatalf("csv has no column %s", name)
		return -1
	}
	got = map[[2]string]float64{}
	for _, r := range recs[1:] {
		w, err := strconv.ParseFloat(r[col("weight")], 64)
		if err != nil {
			t.Fatal(err)
		}
		got[[2]string{r[col("source_id")], r[col("target_id")]}] = w
		if r[col("source_scarcity")] == "" || r[col("target_members")] == "" {
			t.Errorf("csv row without attributes: %v", r)
		}
	}
	checkEdges(t, "csv", want, got)
}

func TestExportXMLFormatsParse(t *testing.T) {
	g := buildExample(t, Options{})
	want := exampleEdges(t, g)

	var gexf gexf12.Content
	if err := xml.Unmarshal(export(t, g, "gexf"), &gexf); err != nil {
		t.Fatal(err)
	}
	got := map[[2]string]float64{}
	for _, e := range gexf.Graph.Edges.Edges {
		got[[2]string{e.Source, e.Target}] = e.Weight
	}
	checkEdges(t, "gexf", want, got)
	if len(gexf.Graph.Nodes.Nodes) != 4 || len(gexf.Graph.Nodes.Nodes[0].AttValues.AttValues) != len(nodeColumns)-1 {
		t.Errorf("gexf nodes = %+v", gexf.Graph.Nodes)
	}

	var gml struct {
		Keys []struct {
			ID string `xml:"id,attr"`
		} `xml:"key"`
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   string `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(export(t, g, "graphml"), &gml); err != nil {
		t.Fatal(err)
	}
	got = map[[2]string]float64{}
	for _, e := range gml.Graph.Edges {
		w, _ := strconv.ParseFloat(e.Data, 64)
		got[[2]string{e.Source, e.Target}] = w
	}
	checkEdges(t, "graphml", want, got)
	if len(gml.Graph.Nodes) != 4 || len(gml.Graph.Nodes[1].Data) != len(nodeColumns)-1 || len(gml.Keys) != len(nodeColumns) {
		t.Errorf("graphml nodes = %+v", gml.Graph.Nodes)
	}
}

func TestExportDOTCarriesWeightsAndAttributes(t *testing.T) {
	g := buildExample(t, Options{})
	out := string(export(t, g, "dot"))
	for _, want := range []string{`"137-0xd" [`, `scarcity=62`, `"1-0xa" -- "1-0xb" [weight=0.75]`, `weight=0.5625`} {
		if !strings.Contains(out, want) {
			t.Errorf("dot output lacks %q:\n%s", want, out)
		}
	}
}

func TestExportRejectsUnknownFormat(t *testing.T) {
	g := buildExample(t, Options{})
	if err := Export(&bytes.Buffer{}, g, "xlsx"); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("err = %v", err)
	}
}

// Attribute types the schemas allow: GEXF 1.2's attrtype-type
// (gexf.net/1.2draft/data.xsd) and GraphML's attr.type
// (graphml.graphdrawing.org/xmlns/1.0/graphml-attributes.xsd).
var (
	gexf12Types   = map[string]bool{"integer": true, "long": true, "double": true, "float": true, "boolean": true, "liststring": true, "string": true, "anyURI": true}
	graphMLSpecTy = map[string]bool{"boolean": true, "int": true, "long": true, "float": true, "double": true, "string": true}
)

// valueFits reports whether v is a valid lexical value of the XML Schema
// type behind an attribute type (int/integer: 32-bit, long: 64-bit).
func valueFits(typ, v string) bool {
	var err error
	switch typ {
	case "int", "integer":
		_, err = strconv.ParseInt(v, 10, 32)
	case "long":
		_, err = strconv.ParseInt(v, 10, 64)
	case "float", "double":
		_, err = strconv.ParseFloat(v, 64)
	case "boolean":
		_, err = strconv.ParseBool(v)
	}
	return err == nil
}

// TestExportAttributeTypesFollowTheSchemas: every declared attribute type is
// one its format's schema defines (GEXF says "integer" where GraphML says
// "int"; NetworkX's read_gexf fails on "int"), and every value parses as its
// declared type.
func TestExportAttributeTypesFollowTheSchemas(t *testing.T) {
	g := buildExample(t, Options{})

	var gexf gexf12.Content
	if err := xml.Unmarshal(export(t, g, "gexf"), &gexf); err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	for _, as := range gexf.Graph.Attributes {
		for _, a := range as.Attributes {
			if !gexf12Types[a.Type] {
				t.Errorf("gexf attribute %s has type %q, not a GEXF 1.2 type", a.Title, a.Type)
			}
			types[a.ID] = a.Type
		}
	}
	if len(types) != len(nodeColumns)-1 {
		t.Errorf("gexf declares %d attributes, want %d", len(types), len(nodeColumns)-1)
	}
	for _, n := range gexf.Graph.Nodes.Nodes {
		for _, v := range n.AttValues.AttValues {
			if typ, ok := types[v.For]; !ok || !valueFits(typ, v.Value) {
				t.Errorf("gexf node %s: value %q of attribute %s does not fit its type %q", n.ID, v.Value, v.For, typ)
			}
		}
	}

	var gml struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph>node"`
	}
	if err := xml.Unmarshal(export(t, g, "graphml"), &gml); err != nil {
		t.Fatal(err)
	}
	types = map[string]string{}
	for _, k := range gml.Keys {
		if !graphMLSpecTy[k.Type] {
			t.Errorf("graphml key %s has type %q, not a GraphML type", k.ID, k.Type)
		}
		types[k.ID] = k.Type
	}
	for _, n := range gml.Nodes {
		for _, d := range n.Data {
			if typ, ok := types[d.Key]; !ok || !valueFits(typ, d.Value) {
				t.Errorf("graphml node %s: value %q of key %s does not fit its type %q", n.ID, d.Value, d.Key, typ)
			}
		}
	}
}
