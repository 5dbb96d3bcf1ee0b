package issues

import (
	"strings"
	"testing"
)

// A witness named more often than the accused gives the trial no name:
// the trial is the accused's.
func TestWitnessIsNoCase(t *testing.T) {
	text := "LAGOS, June 4 (Newsroom) - A former bank clerk told a federal court on Tuesday that she had moved state funds into accounts controlled by the ex-governor of Delta State, Samuel Okeke.\n\n" +
		"The clerk, Grace Adebayo, testified for the prosecution after being granted immunity. Okeke, 58, is on trial on charges of fraud and money laundering and denies wrongdoing.\n\n" +
		"Defence lawyers said Adebayo had been coached by investigators. Adebayo said she had been promised nothing. The judge adjourned the trial until June 20."
	var titles []string
	for _, is := range findPipeline(text) {
		titles = append(titles, is.Title)
		if strings.Contains(is.Title, "Adebayo") {
			t.Errorf("title %q: she testifies, the trial is not hers", is.Title)
		}
	}
	if !strings.Contains(strings.Join(titles, "|"), "Okeke") {
		t.Errorf("no title names the accused: %q", titles)
	}
}

// A figure the story only calls on to act is no thread of their own.
func TestNameAside(t *testing.T) {
	text := "VALENCIA, Spain, Nov 18 (Newsroom) - Bus drivers across Spain stayed off the roads for a fifth day on Tuesday in a strike over night-shift pay, leaving schools and hospitals short of staff.\n\n" +
		"The national coach operators said it had offered a 4 percent rise and that the strike was costing it 200,000 euros a day. The drivers' union said the offer did not cover the night shifts.\n\n" +
		"Opposition councillors accused the city of letting the dispute drag on and demanded that Prime Minister Lucia Ferrer intervene."
	var titles []string
	for _, is := range findPipeline(text) {
		titles = append(titles, is.Title)
		if is.Title == "Lucia Ferrer" {
			t.Errorf("title %q: called on to act, no thread", is.Title)
		}
	}
	if !strings.Contains(strings.ToLower(strings.Join(titles, "|")), "strike") {
		t.Errorf("no strike among %q", titles)
	}
}
