package issues

import (
	"slices"
	"strings"
	"testing"
)

func TestClosings(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // a word of the closing report's title; "" for none
	}{
		{"strike called off", "LONDON, April 8 (Newsroom) - The Unite union called off Thursday's strike at the port of Felixstowe after members accepted a 6% pay offer, the union said on Wednesday.\n\nAbout 1,900 dock workers voted for the improved offer.", "strike"},
		{"row ended by agreement", "OSLO, May 13 (Newsroom) - The governments of Norway and Iceland signed an agreement on Wednesday ending the fishing row over North Atlantic mackerel.\n\nIceland will cut its quota by a third.", "row"},
		{"headline settles", "Bus drivers call off strike after pay deal\n\nLEEDS, Feb 2 (Newsroom) - Bus drivers in Leeds called off next week's strike on Monday after accepting a 5% pay rise from the operator.\n\nServices will run as normal.", "strike"},
		{"strike suspended", "PARIS, May 2 (Newsroom) - The strike at the Fos-sur-Mer refinery was suspended after talks between the CGT union and TotalEnergies on Friday.\n\nProduction will resume.", "strike"},
		{"suspension threatened", "PARIS, May 2 (Newsroom) - The CGT union threatened to suspend talks and extend the strike at the Fos-sur-Mer refinery on Friday.\n\nProduction is halted.", ""},
		{"talks only", "UTRECHT, June 3 (Newsroom) - The rail union FNV Spoor and the railway NS held talks on Wednesday to try to avert next Tuesday's strike over staffing cuts, but no agreement was reached.\n\nThe two sides will meet again on Friday.", ""},
		{"strike goes ahead", "GLASGOW, March 2 (Newsroom) - Refuse collectors in Glasgow began a week-long strike on Monday after rejecting a 3% pay offer from the city council.\n\nBins went unemptied.", ""},
		{"calls for an end", "PARIS, Jan 9 (Newsroom) - Farmers' leaders called for an end to the strike by customs officers that has stranded lorries at the border for a week.\n\nThe officers want more staff.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Closings(tc.text)
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("closings %+v, want none", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("closings %+v, want one", got)
			}
			if !strings.Contains(strings.ToLower(got[0].Title), tc.want) || len(got[0].Evidence) != 1 {
				t.Errorf("closing %+v, want a %q thread with its settling sentence", got[0], tc.want)
			}
		})
	}
}

func FuzzClosings(f *testing.F) {
	f.Add("Union calls off strike\n\nLONDON, April 8 (Newsroom) - The union called off the strike.")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		for _, is := range Closings(s) {
			if is.Title == "" || len(is.Evidence) != 1 {
				t.Fatalf("closing %+v", is)
			}
		}
	})
}

// A side thread settled later in the copy is closed; the story's own
// strike, which the lead says goes ahead, is not.
func TestSideSettlements(t *testing.T) {
	s := "Tram drivers in Bristol will strike on Monday after talks with Avon Trams collapsed, the RMT union said.\n\n" +
		"The union said the operator's offer fell short on shift patterns.\n\n" +
		"There was better news for the operator elsewhere. The dispute involving security guards at its depots was settled on Friday, when the guards accepted a 5 per cent rise.\n\n" +
		"The RMT said more strike dates could follow."
	var got []string
	for _, is := range Closings(s) {
		got = append(got, is.Title)
	}
	if !slices.Contains(got, "Dispute involving security guards") {
		t.Errorf("closings %q, want the guards' dispute", got)
	}
	for _, g := range got {
		if strings.Contains(strings.ToLower(g), "strike") {
			t.Errorf("closings %q: the drivers' strike goes ahead", got)
		}
	}
	if c := sideSettlements("The matter was settled out of court. A claim was resolved."); len(c) != 0 {
		t.Errorf("sideSettlements named %v", c)
	}
}
