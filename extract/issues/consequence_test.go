package issues

import (
	"strings"
	"testing"
)

// What a dispute told again by its definite noun may hit ("hospital
// appointments could be cancelled if the strike goes on") is that
// thread's consequence, not a thread of its own.
func TestConsequenceAside(t *testing.T) {
	cases := []struct {
		text, forbid, want string
	}{
		{"GDANSK, Poland, April 7 (Newsroom) - Trains stood still and commuters crowded bus stops on Monday as railway signal staff across northern Poland began a 48-hour strike over pay and overtime.\n\nThe signal workers' union said its members had rejected a 3 percent offer from the state rail company and would strike again next month unless talks resumed. \"We keep the trains safe and we cannot pay our rent,\" union leader Ewa Marczak said.\n\nThe rail company said the strike was illegal and that it would ask a court to end it.\n\nFreight operators warned that coal deliveries could stop if the dispute dragged on.",
			"Coal deliveries", "strike"},
		{"LEEDS, Feb 10 (Newsroom) - Junior doctors in northern England began a two-day strike over pay on Monday after talks with the health ministry broke down.\n\nThe doctors' union said members would walk out again in March unless the ministry improved its offer of 3 percent.\n\nHospital managers warned that cancer operations could be postponed if the strike lasted into next month.",
			"Cancer operations", "strike"},
		{"ROUEN, Sept 2 (Newsroom) - Farmers blocked grain terminals at the port of Rouen on Tuesday in protest at a ban on two pesticides, and said they would stay until the government lifted it.\n\nThe agriculture ministry said the ban would stand.\n\nTraders said wheat exports might slow if the blockade continued past the weekend.",
			"Wheat exports", "ban"},
	}
	for _, c := range cases {
		var titles []string
		found := false
		for _, is := range findPipeline(c.text) {
			titles = append(titles, is.Title)
			if strings.EqualFold(is.Title, c.forbid) {
				t.Errorf("title %q: a consequence of the thread", is.Title)
			}
			found = found || strings.Contains(strings.ToLower(is.Title), c.want)
		}
		if !found {
			t.Errorf("no title holds %q: %q", c.want, titles)
		}
	}
	if !consequenceAside("Fuel deliveries", "Stations said fuel deliveries could stop if the dispute continued.") {
		t.Error("fuel deliveries hedged beside 'the dispute': want an aside")
	}
	if consequenceAside("Fuel deliveries", "Drivers halted fuel deliveries in a dispute over pay.") {
		t.Error("fuel deliveries disputed themselves: not an aside")
	}
}
