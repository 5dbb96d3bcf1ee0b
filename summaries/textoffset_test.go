package summaries

import (
	"strings"
	"testing"
)

// TestTextOffset: an offset in the lowered copy maps back to the same
// word in the text, whatever the letters before it lower to.
func TestTextOffset(t *testing.T) {
	for _, tc := range []struct{ text, word string }{
		{"The minister will visit Saanich on Friday.", "Saanich"},
		{"İzmir's İYİ deputies met in Ankara.", "Ankara"},
		{"Elders of the ȺȺȺȺ band met in Victoria.", "Victoria"},
		{"The \u212Aelvin plant and the ẞtadt hall in Kassel.", "Kassel"},
		{"İzmir", "İzmir"},
	} {
		i := strings.Index(strings.ToLower(tc.text), strings.ToLower(tc.word))
		if got, want := textOffset(tc.text, i), strings.Index(tc.text, tc.word); got != want {
			t.Errorf("textOffset(%q, %d) = %d, want %d", tc.text, i, got, want)
		}
	}
	if got := textOffset("abc", 3); got != 3 {
		t.Errorf("textOffset at the end = %d, want 3", got)
	}
}

// TestVisitSentence: a word of going before the place, however long the
// letters before the place lower.
func TestVisitSentence(t *testing.T) {
	for _, tc := range []struct {
		text, who, place string
		want             bool
	}{
		{"Mr Kaya will visit Saanich on Friday.", "Kaya", "Saanich", true},
		{"Mr Kaya was in Saanich before a trip to Victoria.", "Kaya", "Saanich", false}, // the trip is after the place
		// "Ⱥ" is two bytes and lowers to three.
		{"Elders of the ȺȺȺȺȺȺ ȺȺȺȺȺȺ ȺȺȺȺȺȺ band hosted Kaya in Saanich before a trip.", "Kaya", "Saanich", false},
		{"Elders of the ȺȺȺȺȺȺ band said Kaya will visit Saanich.", "Kaya", "Saanich", true},
	} {
		if got := visitSentence(tc.text, tc.who, tc.place); got != tc.want {
			t.Errorf("visitSentence(%q, %q, %q) = %v, want %v", tc.text, tc.who, tc.place, got, tc.want)
		}
	}
}

// TestDescribedVisit: a description and a word of going before the
// place, however long the letters before the place lower.
func TestDescribedVisit(t *testing.T) {
	for _, tc := range []struct {
		text, place string
		want        bool
	}{
		{"The 71-year-old will then sail to Mindelo.", "Mindelo", true},
		{"Mindelo welcomed the 71-year-old on a visit.", "Mindelo", false},
		// "Ⱥ" is two bytes and lowers to three.
		{"The ȺȺȺȺȺȺ ȺȺȺȺȺȺ ȺȺȺȺȺȺ ȺȺȺȺȺȺ ȺȺȺȺȺȺ band met at Mindelo on the 71-year-old's trip.", "Mindelo", false},
	} {
		if got := describedVisit(tc.text, tc.place); got != tc.want {
			t.Errorf("describedVisit(%q, %q) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}
