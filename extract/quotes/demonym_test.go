package quotes

import "testing"

// TestDemonymDescription covers a nationality or city noun used as a
// description of a person named before ("the 25-year-old Scot said"): it
// resolves to that person and is never read as a name. Each sentence was
// written for this test.
func TestDemonymDescription(t *testing.T) {
	tests := []struct{ name, in, speaker string }{
		{"age and Scot", "Ian Moray won the final in four sets on Sunday. “It is the best day of my life,” the 25-year-old Scot said.", "Ian Moray"},
		{"Pole", "Marek Wisniak finished second in the sprint. “My legs were gone,” the Pole said.", "Marek Wisniak"},
		{"Finn", "Aino Laakso set a national record in the heats. “I felt strong,” the 22-year-old Finn said.", "Aino Laakso"},
		{"Kiwi", "Tama Rewi scored twice in the second half. “We never gave up,” said the Kiwi.", "Tama Rewi"},
		{"Aussie", "Jed Carney reached the quarter-finals for the first time. “I am buzzing,” the Aussie said.", "Jed Carney"},
		{"Texan", "Cole Barlow shot a final-round 66 to win by two. “The putter was hot,” the Texan said.", "Cole Barlow"},
		{"Parisian", "Lea Fontaine took the bronze medal in the sabre. “It is a dream,” the 30-year-old Parisian said.", "Lea Fontaine"},
		{"Dane", "Mads Holm won the stage in a sprint finish. “I waited and waited,” the Dane said.", "Mads Holm"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			if len(got) != 1 || got[0].Speaker != tt.speaker {
				t.Fatalf("got %s, want speaker %q", dump(got), tt.speaker)
			}
		})
	}
}

// TestDemonymFirstName keeps a demonym noun that is also a first name
// ("Finn", "Dane") a name when a surname follows it.
func TestDemonymFirstName(t *testing.T) {
	tests := []struct{ name, in, speaker string }{
		{"Finn as a first name", "“We were poor in the first half,” Finn Russell said after the match.", "Finn Russell"},
		{"Dane as a first name", "“The pack was magnificent,” Dane Coles said.", "Dane Coles"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			if len(got) != 1 || got[0].Speaker != tt.speaker {
				t.Fatalf("got %s, want speaker %q", dump(got), tt.speaker)
			}
		})
	}
}
