package issues

import (
	"strings"
	"testing"
)

// TestReadAct checks threads told by an act rather than a dispute word:
// each sentence is titled by the act and its object.
func TestReadAct(t *testing.T) {
	tests := []struct {
		name, sent, want string
	}{
		{"site is closing", "Now the cottage hospital she helped found is closing, and the village is furious.", "Closure of cottage hospital"},
		{"plans to close", "The trust said on Monday it plans to close the Eastgate birth unit in April.", "Closure of Eastgate birth unit"},
		{"recall of envoy", "Veldoria recalled its ambassador to Kastrel for consultations on Friday after a border shooting.", "Recall of ambassador to Kastrel"},
		{"expulsion of envoys", "The government expelled two Marovian diplomats on Sunday.", "Expulsion of Marovian diplomats"},
		{"approval of a product", "Farmers hope to use the new pesticide next spring if it is approved by the agency.", "Approval of pesticide"},
		{"applied for approval", "The company said it had applied to the EMA for authorisation last month.", "EMA authorisation"},
		{"ban of a product", "Three states have banned the weedkiller, and the drug regulator banned the cough medicine on Tuesday.", "Ban on cough medicine"},
		{"talks to end a dispute", "The airline and the pilots' union agreed to meet at the mediation service on Thursday.", "Talks at mediation service"},
		{"close as an adjective", "She was a close friend of the school's founder.", ""},
		{"closing the plant", "The owner is closing the Ridgeway bottling plant after sixty years.", "Closure of Ridgeway bottling plant"},
		{"plan to sell a stake", "The mayor wants to sell a 40% stake in the city bus company, angering unions.", "Sale of stake in city bus company"},
		{"sale before a clause", "The council plans to sell the old town hall should buyers come forward.", "Sale of old town hall"},
		{"sell as no plan", "Farmers sell most of their wool abroad.", ""},
		{"road is no site", "Police plan to close the coast road for the marathon.", ""},
		{"recall of cars is no envoy", "The carmaker recalled 80,000 hatchbacks over faulty airbags.", ""},
		{"agreed to a deal", "The two sides agreed to a deal late on Sunday.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, ok := readAct(splitWords(tc.sent))
			got := ""
			if ok {
				got = f.title
			}
			if got != tc.want {
				t.Errorf("readAct(%q) = %q, want %q", tc.sent, got, tc.want)
			}
		})
	}
}

// TestActThreads runs the pipeline on feature-style copy whose thread is
// told by an act in the first paragraphs.
func TestActThreads(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"closure told as closing", `ASHBURN, England — Every winter for twenty years, Peter Lyle has driven the ferry across the estuary before dawn. Now the lifeboat station he helped rebuild is closing, and he is not going quietly.

"They say it is about cost," Lyle said at his kitchen table. "Nobody asked us."

The charity said the station had not been called out enough to justify a full crew. Residents have collected 4,000 signatures against the decision.`, "Closure of lifeboat station"},
		{"recall in the lead", `SANTERRA, March 2 (Wire) - Veldoria recalled its ambassador to Kastrel for consultations on Monday after Kastrel began building a dam on a shared river that Veldoria says breaks a 1980 accord.

Kastrel's foreign minister said he regretted the recall and called for calm.

Veldoria's farmers depend on the river for irrigation.`, "Recall of ambassador to Kastrel"},
		{"approval and the step applied for", `A new tuberculosis vaccine halved infections among adults in a trial in Kenya and Peru, researchers said on Monday.

The vaccine, a single shot, was made by a university spin-off in Leeds. Side effects were mild.

Kenya's health ministry said it hoped to use the vaccine from 2029 if it was approved by regulators. The company said it had applied to the WHO for prequalification in October.`, "WHO prequalification of vaccine"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var titles []string
			for _, is := range findPipeline(tc.text) {
				titles = append(titles, is.Title)
			}
			if !strings.Contains(strings.Join(titles, "|"), tc.want) {
				t.Errorf("titles %q, want one %q", titles, tc.want)
			}
		})
	}
}
