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
