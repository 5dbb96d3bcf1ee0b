package issues

import (
	"strings"
	"testing"
)

// A container and its contents ("Envelopes of cash") are a trial's
// evidence, never its title.
func TestContainerTitle(t *testing.T) {
	text := "SAN SALVADOR, May 14 (Newsroom) - A former driver for ex-customs chief Hector Ruiz told an anti-corruption court on Wednesday that he had carried suitcases of cash from a shipping agent to his boss's farm in 2021.\n\n" +
		"Ruiz, 64, is on trial on charges of bribery and denies wrongdoing, saying he is the victim of a political vendetta.\n\n" +
		"Defence lawyers said the driver had a grudge against Ruiz. The trial resumes next week."
	var titles []string
	for _, is := range findPipeline(text) {
		titles = append(titles, is.Title)
		if containerTitle(is.Title) {
			t.Errorf("title %q: a detail of the evidence", is.Title)
		}
	}
	if !strings.Contains(strings.Join(titles, "|"), "Ruiz") {
		t.Errorf("no title names the accused: %q", titles)
	}
	for _, c := range []struct {
		in   string
		want bool
	}{{"Envelopes of cash", true}, {"Bags of cash from a contractor", true}, {"Box office", false}, {"Bag ban", false}} {
		if got := containerTitle(c.in); got != c.want {
			t.Errorf("containerTitle(%q) = %v", c.in, got)
		}
	}
}

// An object of three words ending inside a name takes the name's end.
func TestObjectNameEnd(t *testing.T) {
	text := "SAN SALVADOR, May 14 (Newsroom) - Suitcases of cash were carried into the customs office every Friday in exchange for waved-through shipments, a former inspector told the corruption trial of ex-customs chief Hector Ruiz on Wednesday.\n\n" +
		"Ruiz, who ran the customs service from 2015 to 2022, denies the charges and says he is the victim of a political vendetta.\n\n" +
		"Prosecutors say bribes worth 6 million dollars were paid. The trial resumes next week."
	var titles []string
	for _, is := range findPipeline(text) {
		titles = append(titles, is.Title)
		if strings.HasSuffix(is.Title, " Hector") {
			t.Errorf("title %q: a name cut short", is.Title)
		}
	}
	if !strings.Contains(strings.Join(titles, "|"), "Ruiz") {
		t.Errorf("no title names the accused: %q", titles)
	}
	if got := nameRest("chief Hector", " Ruiz on Wednesday."); got != " Ruiz" {
		t.Errorf("nameRest = %q, want %q", got, " Ruiz")
	}
	if got := nameRest("chief Hector", " On Wednesday"); got != "" {
		t.Errorf("nameRest = %q, want none", got)
	}
}
