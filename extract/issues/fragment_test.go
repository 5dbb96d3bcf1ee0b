package issues

import (
	"strings"
	"testing"
)

// A subject and its verb or predicate cut from scene-setting prose is no
// title ("Infusions carry", "Young runners desperate").
func TestClauseFragment(t *testing.T) {
	text := "NAIROBI, Oct 2 (Newsroom) - Kenya's health ministry on Tuesday suspended imports of a malaria drug made by an Indian firm after tests found it contained too little of its active ingredient.\n\n" +
		"Pharmacists said the tablets carry a risk of treatment failure, and that rural clinics hold stocks for only two weeks. Parents anxious about their children queue outside clinics in Kisumu.\n\n" +
		"The manufacturer said its drug met every standard and that it would challenge the suspension."
	for _, is := range findPipeline(text) {
		if strings.EqualFold(is.Title, "Tablets carry") || strings.HasPrefix(is.Title, "Parents anxious") {
			t.Errorf("title %q: a clause cut short", is.Title)
		}
	}
	for _, c := range []struct {
		title, text string
		want        bool
	}{
		{"Infusions carry", "Doctors warn that the infusions carry a risk of bleeding.", true},
		{"Young runners desperate", "Agents prey on young runners desperate for results.", true},
		{"Rural clinics", "Rural clinics hold stocks for two weeks.", false},
		{"Executive pay", "Shareholders voted against executive pay for the second year.", false},
		{"Protective equipment", "Nurses lack protective equipment for night shifts.", false},
	} {
		if got := clauseFragment(c.title, []string{c.text}); got != c.want {
			t.Errorf("clauseFragment(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
