// Package taxonomy holds DistributedTown's fixed skill taxonomy: 36 skills,
// ids 0..35, grouped into 3 categories of 3 subcategories of 4 skills.
//
// The ids are what SkillWallets store on chain, so the order below is part of
// the protocol and must never change.
package taxonomy

import "fmt"

// Count is the number of skills in the taxonomy.
const Count = 36

// Category ids, in taxonomy order.
const (
	LocalCommunity = iota
	DLTBlockchain
	ArtLifestyle
	NumCategories
)

// NumSubcategories is the number of subcategories across all categories.
const NumSubcategories = 9

// Skill is one entry of the taxonomy.
type Skill struct {
	ID          int
	Name        string
	Subcategory string
	Category    string
	// SubcategoryID is 0..8 and CategoryID 0..2, in taxonomy order.
	SubcategoryID int
	CategoryID    int
	// Credits is the DiTo credit value the taxonomy assigns to the
	// subcategory (12, 6 or 24).
	Credits int
}

type subcategory struct {
	name    string
	credits int
	skills  [4]string
}

type category struct {
	name string
	subs [3]subcategory
}

var tree = [NumCategories]category{
	{"Local Community", [3]subcategory{
		{"Community Life", 12, [4]string{"Fun & Entertainment", "Administration & Management", "Community Life", "Leadership & Public Speaking"}},
		{"At Home", 6, [4]string{"Company", "Householding", "Gardening", "Cooking"}},
		{"Professional", 24, [4]string{"Legal", "Accounting", "Art, Music & Creativity", "Teaching"}},
	}},
	{"DLT & Blockchain", [3]subcategory{
		{"Blockchain & DLT", 12, [4]string{"DeFi", "Blockchain infrastructure", "Architecture", "Smart Contracts"}},
		{"Tech", 6, [4]string{"Backend", "Frontend", "Web Dev", "Mobile Dev"}},
		{"Protocol", 24, [4]string{"Network Design", "Tokenomics", "Game Theory", "Governance & Consensus"}},
	}},
	{"Art & Lifestyle", [3]subcategory{
		{"Creative Arts", 12, [4]string{"Music", "Painting", "Photography", "Video-making"}},
		{"Lifestyle", 6, [4]string{"Training & Sport", "Hiking", "Biking", "Writing"}},
		{"Activities", 24, [4]string{"Performance & Theatre", "Project Management", "Production", "Gaming"}},
	}},
}

// All returns the 36 skills in id order. The slice is freshly built, so
// callers may keep or modify it.
func All() []Skill {
	out := make([]Skill, 0, Count)
	for ci, c := range tree {
		for si, s := range c.subs {
			for _, name := range s.skills {
				out = append(out, Skill{
					ID:            len(out),
					Name:          name,
					Subcategory:   s.name,
					Category:      c.name,
					SubcategoryID: ci*3 + si,
					CategoryID:    ci,
					Credits:       s.credits,
				})
			}
		}
	}
	return out
}

// Lookup returns the skill with the given id, or an error for ids outside
// 0..35 (a node or a query can send anything).
func Lookup(id int) (Skill, error) {
	if id < 0 || id >= Count {
		return Skill{}, fmt.Errorf("skill id %d outside taxonomy 0..%d", id, Count-1)
	}
	ci, rest := id/12, id%12
	si, k := rest/4, rest%4
	c := tree[ci]
	s := c.subs[si]
	return Skill{
		ID:            id,
		Name:          s.skills[k],
		Subcategory:   s.name,
		Category:      c.name,
		SubcategoryID: ci*3 + si,
		CategoryID:    ci,
		Credits:       s.credits,
	}, nil
}

// CategoryOf returns the category id (0..2) of a valid skill id.
func CategoryOf(id int) int { return id / 12 }

// SubcategoryOf returns the subcategory id (0..8) of a valid skill id.
func SubcategoryOf(id int) int { return id / 4 }
