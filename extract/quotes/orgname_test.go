package quotes

import "testing"

// TestOrgFullName: a body quoted under its initials or short name takes
// the name the article spells out. Sentences written for the test.
func TestOrgFullName(t *testing.T) {
	tests := []struct{ name, in, words, speaker string }{
		{"two-letter initials of an association",
			"The Rugby Football Union has opened an inquiry into the brawl. \"The referee dealt with the matter on the day,\" said an RFU statement.",
			"The referee dealt with the matter on the day,", "Rugby Football Union"},
		{"initials of a federation named before",
			"The Kenyan Athletics Federation has suspended two coaches. \"We will not tolerate doping in any form,\" the KAF said in a statement.",
			"We will not tolerate doping in any form,", "Kenyan Athletics Federation"},
		{"title-case initials of a company",
			"Shares in Northern Rail Holdings fell 4% after the results. Nrh told investors it expected \"a difficult second half for the whole industry\".",
			"a difficult second half for the whole industry", "Northern Rail Holdings"},
		{"company short name",
			"Profits at Harlow Energy fell sharply in the third quarter. Harlow said the fall reflected \"a one-off charge on the North Sea fields\".",
			"a one-off charge on the North Sea fields", "Harlow Energy"},
		{"a newspaper descriptor is dropped",
			"The mayor has resigned. \"His position had become untenable,\" the Evening Courier newspaper said in an editorial.",
			"His position had become untenable,", "Evening Courier"},
		{"initials the article never spells out stay",
			"The whale count fell again this year. \"The decline is alarming,\" the WWF said in a statement.",
			"The decline is alarming,", "the WWF"},
		{"a person's name is no body's spelled-out name",
			"Brian Arthur Tate chairs the inquiry. \"We will report in June,\" Bat said.",
			"We will report in June,", "Bat"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			checkLocated(t, tt.in, got)
			for _, q := range got {
				if q.Text == tt.words {
					if q.Speaker != tt.speaker {
						t.Errorf("%q: speaker %q (mention %q), want %q", q.Text, q.Speaker, q.Mention, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no quotation %q in %+v", tt.words, got)
		})
	}
}
