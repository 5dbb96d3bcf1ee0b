package issues

import (
	"slices"
	"strings"
	"testing"
)

// A bare plural dispute ("Protests") is titled with whose it is or what
// it is over, from the copy; never left bare.
func TestBarePluralTitle(t *testing.T) {
	text := "MADRID, Sept 15 (Newsroom) - Protests by tour-bus drivers blocked the main avenues of Madrid on Monday as drivers demanded that the city council cap the number of tourist coach permits.\n\n" +
		"Hundreds of coaches drove at walking pace around the Puerta del Sol, and traffic backed up for ten kilometres.\n\n" +
		"The drivers' association said coach operators from abroad had doubled their fleets in two years. The council said a cap on permits would breach competition law but offered talks on Thursday."
	var titles []string
	for _, is := range findPipeline(text) {
		titles = append(titles, is.Title)
		if pluralDisputes[strings.ToLower(is.Title)] {
			t.Errorf("title %q: whose, over what?", is.Title)
		}
	}
	if !slices.Contains(titles, "Protests by tour-bus drivers") {
		t.Errorf("want %q among %q", "Protests by tour-bus drivers", titles)
	}
	a := &analyser{text: "Dockers at the Port of Antwerp stayed out. Strikes at the Port of Antwerp entered a third day. Strikes in March were shorter."}
	if got, _ := a.barePluralTitle("Strikes"); got != "Strikes at Port of Antwerp" {
		t.Errorf("barePluralTitle = %q", got)
	}
	a = &analyser{text: "Strikes in March were shorter."}
	if got, ok := a.barePluralTitle("Strikes"); got != "" || !ok {
		t.Errorf("barePluralTitle = %q, %v; want none", got, ok)
	}
}
