package taxonomy

import "testing"

// TestTaxonomyOrderMatchesProtocol writes out issue 3's table in full: the
// ids are what SkillWallets store on chain, so every id must keep its name,
// subcategory, category and credits.
func TestTaxonomyOrderMatchesProtocol(t *testing.T) {
	type sub struct {
		category, subcategory string
		credits               int
		skills                [4]string
	}
	// Issue 3, in order: category -> subcategory (credits): four skills.
	table := []sub{
		{"Local Community", "Community Life", 12, [4]string{"Fun & Entertainment", "Administration & Management", "Community Life", "Leadership & Public Speaking"}},
		{"Local Community", "At Home", 6, [4]string{"Company", "Householding", "Gardening", "Cooking"}},
		{"Local Community", "Professional", 24, [4]string{"Legal", "Accounting", "Art, Music & Creativity", "Teaching"}},
		{"DLT & Blockchain", "Blockchain & DLT", 12, [4]string{"DeFi", "Blockchain infrastructure", "Architecture", "Smart Contracts"}},
		{"DLT & Blockchain", "Tech", 6, [4]string{"Backend", "Frontend", "Web Dev", "Mobile Dev"}},
		{"DLT & Blockchain", "Protocol", 24, [4]string{"Network Design", "Tokenomics", "Game Theory", "Governance & Consensus"}},
		{"Art & Lifestyle", "Creative Arts", 12, [4]string{"Music", "Painting", "Photography", "Video-making"}},
		{"Art & Lifestyle", "Lifestyle", 6, [4]string{"Training & Sport", "Hiking", "Biking", "Writing"}},
		{"Art & Lifestyle", "Activities", 24, [4]string{"Performance & Theatre", "Project Management", "Production", "Gaming"}},
	}
	var want []Skill
	for si, s := range table {
		for _, name := range s.skills {
			want = append(want, Skill{
				ID: len(want), Name: name, Subcategory: s.subcategory, Category: s.category,
				SubcategoryID: si, CategoryID: si / 3, Credits: s.credits,
			})
		}
	}
	if len(want) != Count {
		t.Fatalf("the table has %d skills, want %d", len(want), Count)
	}
	all := All()
	if len(all) != len(want) {
		t.Fatalf("All() has %d skills, want %d", len(all), len(want))
	}
	for id, w := range want {
		if all[id] != w {
			t.Errorf("All()[%d] = %+v, want %+v", id, all[id], w)
		}
		got, err := Lookup(id)
		if err != nil {
			t.Fatalf("Lookup(%d): %v", id, err)
		}
		if got != w {
			t.Errorf("Lookup(%d) = %+v, want %+v", id, got, w)
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
