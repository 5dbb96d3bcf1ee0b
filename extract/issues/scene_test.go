package issues

import (
	"strings"
	"testing"
)

// TestSceneNotIssue: the colour of a feature (what a person drove, carried
// or wore; the landscape) is no open issue, while a thread the same copy
// disputes still is.
func TestSceneNotIssue(t *testing.T) {
	tests := []struct {
		name, text string
		names      []string
		reject     []string // no listed title may contain these (lower case)
		want       string   // some listed title contains this (lower case)
	}{{
		name: "feature lead narrating a past",
		text: "For twenty-two years, Tomas Ruddock steered the ferry across the grey waters of this sound in every season, a canvas satchel under the wheel and a radio crackling beside him. " +
			"He carried, by his own reckoning, half a million passengers. " +
			"Now the council wants to scrap the crossing, and he is furious. " +
			"\"They call it a saving,\" Ruddock said. \"It is a betrayal of the island.\" " +
			"The council says the crossing loses money every year and that a new bridge will serve islanders better. " +
			"Islanders have launched a petition against the ferry closure, and the council will vote on it in March. " +
			"Opposition councillors accused the leader of breaking a promise, and the ferry closure row has split the island. " +
			"The union representing the crew said it would fight the ferry closure in the courts.",
		names:  []string{"Tomas Ruddock"},
		reject: []string{"waters of this sound", "satchel", "wheel"},
		want:   "closure",
	}, {
		name: "the people of the scene and of the courtroom",
		text: "The former treasurer of the Harbour Trust told a federal jury on Thursday that she never approved the payments. " +
			"Colette Marr, 58, is charged with embezzlement and fraud over $1.4 million taken from the trust. " +
			"\"I trusted the accountants,\" Marr told the federal jury. Prosecutors say she forged the approvals. " +
			"Young mothers who relied on the trust's nursery were left without places when the money ran out, and young mothers protested outside the court. " +
			"The embezzlement trial resumes on Monday, when the defence will call its last witness.",
		names:  []string{"Colette Marr"},
		reject: []string{"federal jury", "young mothers"},
		want:   "embezzlement",
	}, {
		name: "a bare common word of a long story",
		text: "BRUSSELS (Reuters) - Spain and Morocco traded accusations on Tuesday over a fishing ban in disputed waters off the Western Sahara, deepening a row that has already delayed a trade deal. " +
			"Spain's farm minister Lucia Ferrer said the fishing ban broke a 2019 agreement and that Madrid would challenge it at the European Commission. " +
			"Morocco says the ban protects stocks and that Spanish trawlers had ignored quotas for years. " +
			"Officials will meet in Rabat next week, the two governments said in a joint statement, the first sign of a thaw in the dispute. " +
			"Fishermen in Cadiz protested against the ban, blocking the port for two hours. " +
			"Environmental groups said trawling had damaged coral nursery grounds along the coast. " +
			"The Commission said it was studying the complaint. " +
			"Morocco's fisheries minister said the ban would stay until stocks recovered. " +
			"Spanish boat owners say they lose 3 million euros a month while the ban lasts. " +
			"Talks on the wider trade deal were postponed in October. " +
			"Ferrer said Spain would not accept the fishing ban as a fait accompli. " +
			"Ferrer said Madrid was willing to share its catch data with the joint fisheries commission but rejected Morocco's accusations. " +
			"Morocco has rejected the Spanish accusations. " +
			"Fishermen's associations plan a further protest in Madrid on Friday. " +
			"The European Parliament's fisheries committee will debate the row next month.",
		names:  []string{"Lucia Ferrer"},
		reject: []string{"joint", "grounds"},
		want:   "ban",
	}, {
		name: "a scientist's role in a clinical trial is no case of hers",
		text: "A nasal flu vaccine cut hospital admissions by half among over-65s in Denmark, according to results of a trial published on Wednesday, raising hopes of a cheaper winter programme. " +
			"\"We did not expect an effect this large,\" said Professor Ingrid Solheim, the trial's chief investigator. " +
			"Solheim said the team had applied to the European Medicines Agency for approval. " +
			"Critics said the trial was too small and questioned the price the maker plans to charge. " +
			"Solheim said the price was a matter for governments. " +
			"The agency is expected to rule on approval in the spring, and health ministers have disputed who will pay.",
		names:  []string{"Ingrid Solheim"},
		reject: []string{"solheim's trial", "solheim's case"},
		want:   "",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			idx := map[string]int{}
			for i, n := range tt.names {
				idx[n[strings.LastIndexByte(n, ' ')+1:]] = i
			}
			got := Find(tt.text, castOf(tt.text, tt.names, idx), nil)
			for _, is := range got {
				t.Logf("title %q", is.Title)
			}
			found := false
			for _, is := range got {
				found = found || strings.Contains(strings.ToLower(is.Title), tt.want)
				for _, r := range tt.reject {
					if strings.Contains(strings.ToLower(is.Title), r) {
						t.Errorf("listed scene-setting %q", is.Title)
					}
				}
			}
			if !found {
				t.Errorf("no title with %q", tt.want)
			}
		})
	}
}

// TestNewsLead: a lead that dates its event or says what is expected is
// news; one narrating a past is a feature's scene.
func TestNewsLead(t *testing.T) {
	tests := []struct {
		lead string
		want bool
	}{
		{"For twenty years she drove the roads of this valley, a bag on the seat beside her.", false},
		{"In the cold kitchen of his farmhouse, Aled Price poured the tea and looked out at the hills.", false},
		{"The three sailors freed from detention are expected to be allowed a visit by one relative.", true},
		{"The minister made an unannounced trip to the border hospital on Sunday.", true},
		{"Dock workers at the port walked out in a row over overtime pay.", false}, // the contention score, not this, keeps it
	}
	for _, tt := range tests {
		if got := newsLead(tt.lead); got != tt.want {
			t.Errorf("newsLead(%q) = %v, want %v", tt.lead, got, tt.want)
		}
	}
}
