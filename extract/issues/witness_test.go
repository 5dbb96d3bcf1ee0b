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
