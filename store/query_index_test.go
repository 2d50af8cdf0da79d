package store

import (
	"context"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/distributedtown/dito-graph/pgtest"
)

// TestEveryFilterAndOrderHasAnIndex walks every attribute the API can
// filter or sort by that is a column of its entity's table (values, ids
// and references' keys) and checks that some index of the migrated schema
// leads with that column, or with chain_id and then it: a new filter
// without an index fails here. Computed attributes (treasury, scores,
// credit sums) and the account entity (a union of three tables) read
// other tables through their keys' indexes and are not listed.
func TestEveryFilterAndOrderHasAnIndex(t *testing.T) {
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	if err := Migrate(ctx, url, "up", io.Discard); err != nil {
		t.Fatal(err)
	}
	st, err := Open(ctx, url, 2, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// Each index's leading plain columns (an expression ends the list).
	rows, err := st.pool.Query(ctx, `
		SELECT t.relname, ix.relname, array_agg(coalesce(a.attname, '') ORDER BY k.n)
		FROM pg_index i
		JOIN pg_class t ON t.oid = i.indrelid
		JOIN pg_class ix ON ix.oid = i.indexrelid
		JOIN pg_namespace ns ON ns.oid = t.relnamespace AND ns.nspname = current_schema()
		CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
		LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
		WHERE k.n <= i.indnkeyatts
		GROUP BY t.relname, ix.relname`)
	if err != nil {
		t.Fatal(err)
	}
	indexes := map[string][][]string{}
	for rows.Next() {
		var table, index string
		var cols []string
		if err := rows.Scan(&table, &index, &cols); err != nil {
			t.Fatal(err)
		}
		if i := slices.Index(cols, ""); i >= 0 {
			cols = cols[:i]
		}
		indexes[table] = append(indexes[table], cols)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	// leads reports whether an index of table starts with cols, possibly
	// after chain_id.
	leads := func(table string, cols []string) bool {
		for _, ix := range indexes[table] {
			if len(ix) > 0 && ix[0] == "chain_id" && cols[0] != "chain_id" {
				ix = ix[1:]
			}
			if len(ix) >= len(cols) && slices.Equal(ix[:len(cols)], cols) {
				return true
			}
		}
		return false
	}
	checked := 0
	for _, name := range entityOrder {
		d := entityDefs[name]
		if d.table == "" {
			continue
		}
		for _, a := range d.attrs {
			filterable := len(a.Type.Ops()) > 0
			if !filterable && !a.Sortable {
				continue
			}
			cols := a.cols
			if a.Type == AttrID {
				for _, k := range d.key {
					cols = append(cols, strings.TrimPrefix(k.expr, "{e}."))
				}
			}
			if cols == nil {
				continue // computed
			}
			checked++
			// A reference (chain, address) is found through its last
			// column as well as through both.
			if !leads(d.table, cols) && !leads(d.table, cols[len(cols)-1:]) {
				t.Errorf("%s.%s (%s): no index of %s leads with %s", name, a.Name, a.Type, d.table, strings.Join(cols, ", "))
			}
		}
	}
	if checked < 50 {
		t.Errorf("checked %d attributes: the walk missed the entities' columns", checked)
	}
}
