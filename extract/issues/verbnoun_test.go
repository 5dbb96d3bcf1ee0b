package issues

import (
	"strings"
	"testing"
)

// A clause taken for a title ("Froze pensions") is named by its act.
func TestVerbNounTitle(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Froze pensions", "Freeze on pensions"},
		{"Suspended fuel subsidies", "Suspension of fuel subsidies"},
		{"Hiked bus fares", "Hike in bus fares"},
		{"Banned Books Week", ""}, // a name
		{"Raised concerns", ""},   // no act's object
		{"Pension freeze", ""},    // already a noun
		{"Closed", ""},            // no object
	}
	for _, c := range cases {
		if got := verbNounTitle(c.in); got != c.want {
			t.Errorf("verbNounTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	text := "MONTEVIDEO, May 6 (Newsroom) - Thousands of retired teachers marched to parliament on Tuesday to protest against a freeze on state salaries, and police used water cannon to clear the road.\n\n" +
		"The government of President Tomas Ferrer froze salaries in March as part of spending cuts agreed with foreign lenders. Teachers say their salaries have lost a quarter of their value since then.\n\n" +
		"Marches have been held every Tuesday since April."
	for _, is := range findPipeline(text) {
		if strings.HasPrefix(is.Title, "Froze") {
			t.Errorf("title %q: a clause, not a thread's name", is.Title)
		}
	}
}
