package taxonomy

import "testing"

func TestTaxonomyOrderMatchesProtocol(t *testing.T) {
	cases := []struct {
		id                          int
		name, subcategory, category string
		credits                     int
	}{
		{0, "Fun & Entertainment", "Community Life", "Local Community", 12},
		{7, "Cooking", "At Home", "Local Community", 6},
		{10, "Art, Music & Creativity", "Professional", "Local Community", 24},
		{15, "Smart Contracts", "Blockchain & DLT", "DLT & Blockchain", 12},
		{19, "Mobile Dev", "Tech", "DLT & Blockchain", 6},
		{23, "Governance & Consensus", "Protocol", "DLT & Blockchain", 24},
		{24, "Music", "Creative Arts", "Art & Lifestyle", 12},
		{31, "Writing", "Lifestyle", "Art & Lifestyle", 6},
		{35, "Gaming", "Activities", "Art & Lifestyle", 24},
	}
	for _, c := range cases {
		s, err := Lookup(c.id)
		if err != nil {
			t.Fatalf("Lookup(%d): %v", c.id, err)
		}
		if s.Name != c.name || s.Subcategory != c.subcategory || s.Category != c.category || s.Credits != c.credits {
			t.Errorf("Lookup(%d) = %+v, want %s/%s/%s/%d", c.id, s, c.category, c.subcategory, c.name, c.credits)
		}
	}
}

func TestAllAgreesWithLookup(t *testing.T) {
	all := All()
	if len(all) != Count {
		t.Fatalf("len(All()) = %d, want %d", len(all), Count)
	}
	names := map[string]bool{}
	for i, s := range all {
		l, err := Lookup(i)
		if err != nil || l != s {
			t.Errorf("All()[%d] = %+v, Lookup = %+v, %v", i, s, l, err)
		}
		if s.CategoryID != CategoryOf(i) || s.SubcategoryID != SubcategoryOf(i) {
			t.Errorf("skill %d: category/subcategory ids disagree with helpers", i)
		}
		if names[s.Name] {
			t.Errorf("duplicate skill name %q", s.Name)
		}
		names[s.Name] = true
	}
}

func TestLookupRejectsOutOfRange(t *testing.T) {
	for _, id := range []int{-1, 36, 1 << 40} {
		if _, err := Lookup(id); err == nil {
			t.Errorf("Lookup(%d) succeeded, want error", id)
		}
	}
}
