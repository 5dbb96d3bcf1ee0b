package issues

import (
	"strings"
	"testing"
)

// TestAttributivePlace: a place written right before the head noun where
// the copy first names it, as its modifier, says which; a place named as
// the scene of the noun does not.
func TestAttributivePlace(t *testing.T) {
	for _, c := range []struct {
		text, form, want string
	}{
		{"Madrid protests after Gibraltar waters incident. Patrols in the waters continue.", "waters", "Gibraltar"},
		{"Mediators said the Gaza ceasefire was holding. The ceasefire began on Sunday.", "ceasefire", "Gaza"},
		{"Paris and London clashed over Jersey fishing licences on Tuesday.", "fishing licences", "Jersey"},
		{"Firefighters battled the Crete wildfires for a third day.", "wildfires", "Crete"},
		{"Ministers reviewed the Isle of Man ferry contract after delays.", "ferry contract", "Isle of Man"},
		{"Hoteliers blame the Tenerife water shortage on tourism.", "water shortage", "Tenerife"},
		{"The Falkland Islands oil licences were issued in 2024.", "oil licences", "Falkland Islands"},
		// Where it happens, not which: no modifier.
		{"Union leaders called a strike in London on Monday. The strike shut the Tube.", "strike", ""},
		{"Nurses in Leeds strike over pay as talks stall.", "strike", ""},
		{"Tourists fled fires in Crete. The wildfires spread overnight.", "wildfires", ""},
		{"Spain says the ship sailed in Spanish waters near the coast.", "waters", ""},
		{"Officials from Guernsey licences office declined to comment.", "licences", ""},
		// Inside a longer word, or a name already: no modifier.
		{"The Gibraltar watershed moment came late.", "water", ""},
		{"Brussels hosts the Gaza Ceasefire Conference.", "Ceasefire", ""},
	} {
		a := &analyser{text: c.text}
		got, _ := a.attributivePlace(strings.Index(c.text, c.form), c.form, "")
		if got != c.want {
			t.Errorf("attributivePlace(%q) in %q = %q, want %q", c.form, c.text, got, c.want)
		}
	}
	s := "Traders fear Hong Kong stock markets will fall further."
	a := &analyser{text: s}
	if got, withMod := a.attributivePlace(strings.Index(s, "markets"), "markets", "stock"); got != "Hong Kong" || !withMod {
		t.Errorf("place before %q = %q, %v; want %q before the modifier", "stock markets", got, withMod, "Hong Kong")
	}
}

// TestPlaceModifierTitle: the title of an issue carried by a bare noun
// keeps a place the copy writes as that noun's modifier, over the modifier
// it writes as often ("territorial"), but not over a compound noun written
// more often ("mobile phone"); a place only named as the scene stays out of
// the head ("Strike in London").
func TestPlaceModifierTitle(t *testing.T) {
	for _, c := range []struct {
		text, noun, want string
	}{
		{"Madrid protests after Gibraltar waters incident. Britain says the boat entered British territorial waters.", "waters", "Gibraltar waters"},
		{"Trawlers left the Guernsey quota behind. Officials said the annual quota was spent by March.", "quota", "Guernsey quota"},
		{"Cyprus fears for the Crete wildfires season. Officials said the latest wildfires spread fast in July.", "wildfires", "Crete wildfires"},
		{"The Crete wildfires season began early. Officials said forest wildfires spread fast in July.", "wildfires", "Forest wildfires"},
		{"The Crete wildfires season began early. The latest wildfires spread fast in July, as the latest wildfires do.", "wildfires", "Crete wildfires"},
		{"Hong Kong stock markets fell. Stock markets in Asia followed.", "markets", "Hong Kong stock markets"},
		{"UK phone users paid less. The mobile phone tax was cut, and mobile phone makers cheered.", "phone", "Mobile phone"},
		{"The mobile phone tax was cut. Mobile phone makers cheered, and mobile phone users paid less than UK phone users.", "phone", "Mobile phone"},
		{"Union leaders called a strike in London on Monday. The strike shut the Underground.", "strike", "Strike in London"},
		{"Nurses in Leeds strike over hospital wages. The union said wages had fallen for years.", "wages", "Hospital wages"},
	} {
		a := &analyser{text: c.text, sc: new(scratch)}
		a.index = a.sc.phraseIndex(8)
		a.segs = []segment{{start: 0, end: len(c.text)}}
		u := &unit{person: -1, surface: c.noun, key: c.noun, words: []string{c.noun}, topic: 1, firstPos: strings.Index(c.text, c.noun)}
		if got := a.title(&issue{units: []*unit{u}, segs: []int{0}}); got != c.want {
			t.Errorf("title of %q in %q = %q, want %q", c.noun, c.text, got, c.want)
		}
	}
}

// TestPlaceModifiedTitles: stories whose thread is a place's waters,
// licences or ceasefire are titled with the place as the modifier; a story
// whose place is only the scene keeps it out of the title's head.
func TestPlaceModifiedTitles(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       string // a word some title must hold
		forbid     string // a title that must not appear
	}{
		{"jersey", "France threatens retaliation in Jersey fishing licences row\n\n" +
			"PARIS, June 3 (Wire) - France threatened on Thursday to cut power to the island after Jersey refused dozens of fishing licences to French boats.\n\n" +
			"The French maritime minister said the licences had been withheld without reason and called the decision unacceptable.\n\n" +
			"Jersey's government said boats had failed to show they had fished the waters before 2020, as the post-Brexit deal requires.\n\n" +
			"French fishermen said they would blockade the harbour at St Helier if the licences were not granted within a week.",
			"jersey", ""},
		{"gaza", "Mediators race to save the Gaza ceasefire\n\n" +
			"CAIRO, Feb 11 (Wire) - Egyptian and Qatari mediators held talks on Tuesday to rescue the ceasefire after both sides accused each other of violations.\n\n" +
			"The ceasefire, agreed last month, has halted most of the fighting but the exchange of hostages and prisoners has stalled.\n\n" +
			"Israel said it would not send negotiators to the next round until the hostages due on Saturday were released.\n\n" +
			"Hamas said Israel had blocked aid lorries in breach of the ceasefire terms.",
			"gaza", ""},
		{"gibraltar", "Spain and Britain at odds after Gibraltar waters clash\n\n" +
			"MADRID, Aug 2 (Wire) - Spain lodged a protest with Britain on Friday after a Royal Navy launch escorted a Spanish fishing boat out of the waters.\n\n" +
			"Madrid says the waters are Spanish; London says they belong to the territory. Spanish fishermen have worked the waters for generations.\n\n" +
			"Both governments said they wanted the dispute over the waters settled by talks.",
			"gibraltar", "Waters"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var titles []string
			for _, is := range findPipeline(c.text) {
				titles = append(titles, is.Title)
			}
			t.Logf("titles %q", titles)
			found := false
			for _, title := range titles {
				found = found || strings.Contains(strings.ToLower(title), c.want)
				if c.forbid != "" && title == c.forbid {
					t.Errorf("title %q, want the place as its modifier; titles %q", title, titles)
				}
			}
			if !found {
				t.Errorf("no title holds %q; titles %q", c.want, titles)
			}
		})
	}
}
