package trips

import (
	"strings"
	"testing"
)

// datelineEndRef is datelineEnd as it was written first, one
// strings.Index per separator: its specification.
func datelineEndRef(head string) int {
	end := -1
	for _, sep := range []string{" — ", " – ", " - ", " -- ", ": "} {
		if i := strings.Index(head, sep); i > 0 && (end < 0 || i < end) {
			end = i
		}
	}
	return end
}

// datelineEnd agrees with its reference on datelines of every agency
// style, on separators at the start, repeated or run together.
func TestDatelineEndMatchesReference(t *testing.T) {
	for _, s := range []string{
		"HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper", "LONDON (Reuters) - Britain's",
		"NEW DELHI: India's", "BEIJING, May 10 (Xinhua) -- Chinese", "PARIS – French",
		" - LONDON - x", ": a: b", " — x — y", "-- x -- y", "x -- y - z", "no dateline here",
		"", " ", ":", " -", "a :b", "a\xe2 x", "a \xe2\x80", "a -- ", "a —",
	} {
		if got, want := datelineEnd(s), datelineEndRef(s); got != want {
			t.Errorf("datelineEnd(%q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzDatelineEnd compares datelineEnd with its reference.
func FuzzDatelineEnd(f *testing.F) {
	f.Add("WASHINGTON (AP) — The president")
	f.Add(" - x: y -- z")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := datelineEnd(s), datelineEndRef(s); got != want {
			t.Fatalf("datelineEnd(%q) = %d, want %d", s, got, want)
		}
	})
}
