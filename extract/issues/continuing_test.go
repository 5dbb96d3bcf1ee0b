package issues

import (
	"strings"
	"testing"
)

func TestContinuing(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // words of each open thread's title, in order; nil for none
	}{
		{"resignation calls go on", "Train drivers at Northline Rail called off Friday's strike on Wednesday after accepting a pay rise of 5 per cent.\n\nBut the union's calls for the resignation of chief executive Sarah Kemp continue, and two passenger groups joined them on Wednesday.",
			[]string{"Sarah Kemp's resignation"}},
		{"calls have not gone away", "Porters at Harlow General Hospital called off their strike on Tuesday after accepting a pay offer of 6 per cent.\n\nBut calls for the trust's chief executive, Neil Barton, to resign have not gone away.",
			[]string{"Neil Barton's resignation"}},
		// Letters whose lower case is shorter in UTF-8 ("İ") stand between
		// the names: the nearer name after "resignation" is still the one.
		{"resignation calls go on past dotted capitals", "Metro drivers in Ankara called off Friday's strike on Wednesday after accepting a pay rise of 8 per cent.\n\nBut calls by Mehmet Yilmaz of İYİ for the resignation of Ali Kaya continue.",
			[]string{"Ali Kaya's resignation"}},
		{"students still demand refunds", "Lecturers at Westbury College called off their strike on Tuesday after the college dropped its plans for compulsory redundancies.\n\nStudents who lost a week of teaching are still demanding partial refunds of their fees.",
			[]string{"Students' demand for partial refunds"}},
		{"row still unresolved", "The governments of Norway and Iceland signed an agreement on Wednesday ending the fishing row over North Atlantic mackerel.\n\nThe dispute over herring quotas remains unresolved.",
			[]string{"Dispute over herring quotas"}},
		{"second strike goes ahead", "OSLO, March 4 (Wire) - Ferry crews in Bergen called off their strike on Tuesday after the operator agreed to new rosters, but a 24-hour regional bus strike will go ahead on Friday after talks with the county failed.",
			[]string{"Regional bus strike"}},
		{"second strike goes ahead, named with an accented letter", "OSLO, March 4 (Wire) - Ferry crews in Bergen called off their strike on Tuesday after the operator agreed to new rosters, but an Øresund ferry strike will go ahead on Friday.",
			[]string{"Øresund ferry strike"}},
		{"protest still on", "Taxi drivers in Lyon called off their strike on Sunday after the city dropped its licence plan, but a farmers' tractor protest is still going ahead in Paris next week.",
			[]string{"Farmers' tractor protest"}},
		{"nothing settled", "Refuse collectors in Glasgow began a week-long strike on Monday.\n\nStudents are still demanding refunds.", nil},
		{"settled, nothing open", "Bus drivers in Leeds called off next week's strike on Monday after accepting a 5% pay rise.\n\nServices will run as normal.", nil},
		{"calls ended", "The union called off Thursday's strike after accepting a 6% pay offer.\n\nCalls for the chief executive to resign have ended.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Continuing(tc.text, Closings(tc.text))
			if len(got) != len(tc.want) {
				t.Fatalf("continuing %+v, want %d threads %q", got, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i].Title, w) || len(got[i].Evidence) != 1 || len(got[i].Keywords) == 0 {
					t.Errorf("thread %+v, want title with %q, one evidence sentence, keywords", got[i], w)
				}
			}
		})
	}
}

func FuzzContinuing(f *testing.F) {
	f.Add("The union called off the strike.\n\nBut calls for Ann Lee to resign continue.")
	f.Add("Workers called off their strike. Students are still demanding")
	f.Add("Drivers called off their strike.\n\nBut calls by Mehmet Yilmaz of İYİ for the resignation of Ali Kaya continue.")
	f.Add("Drivers called off their strike.\n\nBut calls by Ⱥ Ⱥ Ⱥ \u212Aaya and ẞtein Ȿmith for Ali Kaya to resign continue.")
	f.Fuzz(func(t *testing.T, s string) {
		for _, is := range Continuing(s, Closings(s)) {
			if is.Title == "" || len(is.Evidence) != 1 {
				t.Fatalf("thread %+v", is)
			}
		}
	})
}

// A bare thread noun in a settlement takes the word before it, so the
// settlement finds the stored "Dispute over pensions".
func TestClosingsNameTheThread(t *testing.T) {
	for text, want := range map[string]string{
		"Staff at Brennan University ended their pensions dispute on Thursday after the university agreed to keep the old scheme.\n\nClasses resume.": "Pensions dispute",
		"The union called off Thursday's strike after accepting a 6% pay offer.\n\nServices will run.":                                                "strike",
	} {
		got := Closings(text)
		if len(got) != 1 || !strings.Contains(got[0].Title, want) {
			t.Errorf("Closings(%q) = %+v, want a thread titled with %q", text, got, want)
		}
	}
}

// The second action of a settling story is another dispute: its evidence is
// its own clause and it takes none of the settled story's names or
// workforce, which would carry the settled thread to the other one's
// stored issue.
func TestContinuingGoAheadOwnClause(t *testing.T) {
	for _, tc := range []struct {
		name, text, evidence string
		notIn                []string // words of the settled story
	}{
		{"same sentence", "HELSINKI, June 2 (Wire) - Ferry crews at the Vuosaari terminal called off their strike on Tuesday after the operator agreed to keep five crew on each crossing, but a 48-hour national nurses' strike will go ahead next week.",
			"A 48-hour national nurses' strike will go ahead next week.", []string{"Ferry", "crews", "Vuosaari"}},
		{"next paragraph", "Bus drivers at Metro Transit called off their strike on Monday after accepting a 5% pay rise.\n\nBut a national rail strike will go ahead on Friday after talks with the train operators failed.",
			"A national rail strike will go ahead on Friday after talks with the train operators failed.", []string{"Metro Transit", "Bus drivers"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Continuing(tc.text, Closings(tc.text))
			if len(got) != 1 {
				t.Fatalf("continuing %+v, want one thread", got)
			}
			if len(got[0].Evidence) != 1 || got[0].Evidence[0] != tc.evidence {
				t.Errorf("evidence %q, want %q", got[0].Evidence, tc.evidence)
			}
			for _, w := range tc.notIn {
				for _, s := range append([]string{got[0].Title}, append(got[0].Keywords, got[0].Evidence...)...) {
					if strings.Contains(s, w) {
						t.Errorf("%q holds the settled story's %q", s, w)
					}
				}
			}
		})
	}
}
