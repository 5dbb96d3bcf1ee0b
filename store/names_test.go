package store

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestTextHash(t *testing.T) {
	base := TextHash("The minister said the talks would resume on Friday.")
	tests := []struct {
		name string
		text string
		same bool
	}{
		{"identical", "The minister said the talks would resume on Friday.", true},
		{"case", "THE MINISTER said the talks would resume on friday.", true},
		{"rewrapped", "  The minister said\n\tthe talks   would\r\nresume on Friday.\n", true},
		{"non-breaking and ideographic spaces", "The\u00a0minister said the talks\u3000would resume on Friday.", true},
		{"one word changed", "The minister said the talks would resume on Monday.", false},
		{"punctuation changed", "The minister said the talks would resume on Friday!", false},
		{"words joined", "The minister said the talks wouldresume on Friday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TextHash(tt.text) == base; got != tt.same {
				t.Errorf("same hash = %v, want %v", got, tt.same)
			}
		})
	}
	if len(base) != 64 {
		t.Errorf("hash %q is not hex sha256", base)
	}
	// The ASCII fast path and the Unicode path must agree.
	if TextHash("Ünïcode ÉLAN") != TextHash("ünïcode élan") {
		t.Error("non-ASCII case folding differs")
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Keir Starmer", "keir starmer"},
		{"Sir Keir Starmer", "keir starmer"},
		{"  keir   STARMER ", "keir starmer"},
		{"Prime Minister Keir Starmer", "keir starmer"},
		{"Dr. Amira Okonkwo", "amira okonkwo"},
		{"Mr Starmer", "starmer"},
		{"Sir Keir", "keir"},
		{"Martin Luther King Jr.", "martin luther king"},
		{"Seán Ó Fearghaíl", "sean o fearghail"},
		{"Conor O'Brien", "conor o'brien"},
		{"Conor O’Brien", "conor o'brien"},
		{"Jean-Luc Mélenchon", "jean-luc melenchon"},
		{"Ursula von der Leyen", "ursula von der leyen"},
		{"Sir", ""},
		{"he", "he"},
		{"", ""},
		{"!!!", ""},
	}
	for _, tt := range tests {
		if got := NameKey(tt.in); got != tt.want {
			t.Errorf("NameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsNameMention(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Sir Keir", true}, {"Starmer", true}, {"Ursula von der Leyen", true},
		{"he", false}, {"She", false}, {"the British leader", false}, {"a senior official", false}, {"", false},
	}
	for _, tt := range tests {
		if got := isNameMention(tt.in); got != tt.want {
			t.Errorf("isNameMention(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTerms(t *testing.T) {
	got := terms("The Heathrow third-runway row: MPs vote on Café plans in 2026")
	want := []string{"heathrow", "third", "runway", "mps", "vote", "cafe", "plans", "2026"}
	if !slices.Equal(got, want) {
		t.Errorf("terms = %q, want %q", got, want)
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2026-01-30", "2026-01-30", true},
		{"2026-01-30T14:00", "2026-01-30", true},
		{"2026-01", "2026-01-01", true},
		{"2026", "2026-01-01", true},
		{"2026-W06", "2026-02-02", true}, // ISO week 6 of 2026 starts Monday 2 February
		{"2021-W01", "2021-01-04", true},
		{"PAST_REF", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		v, ok := parseDay(tt.in)
		got := ""
		if ok {
			got = fromUnix(v).Format("2006-01-02")
		}
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseDay(%q) = %q %v, want %q %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzTextHash(f *testing.F) {
	f.Add("The minister said\n the talks would resume.")
	f.Add("Ünïcode\u00a0ÉLAN  ")
	f.Fuzz(func(t *testing.T, s string) {
		// Collapsing white space and case must not change the hash.
		alt := strings.ToLower(strings.Join(strings.FieldsFunc(s, unicode.IsSpace), "  "))
		if strings.ToValidUTF8(s, "") == s && TextHash(s) != TextHash(alt) {
			t.Errorf("hash differs for %q and %q", s, alt)
		}
	})
}

func FuzzFTSQuery(f *testing.F) {
	for _, s := range []string{`Starmer OR 1=1`, `"`, `*`, `NEAR(`, `a AND b`, `col:term`, `^x`, "\x00", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range []string{ftsPhrase(s), ftsAll(s)} {
			if strings.Count(q, `"`)%2 != 0 {
				t.Errorf("unbalanced quotes in %q from %q", q, s)
			}
		}
	})
}

func TestPadWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Third-runway plans: MPs' vote!", " third runway plans mps vote "},
		{"  Café  ", " cafe "},
		{"", " "},
		{"...", " "},
	}
	for _, tt := range tests {
		if got := padWords(tt.in); got != tt.want {
			t.Errorf("padWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if !strings.Contains(padWords("The third runway at the airport"), padWords("Third Runway")) {
		t.Error("phrase test failed")
	}
	if strings.Contains(padWords("The strikers walked out"), padWords("strike")) {
		t.Error("word test matched inside a word")
	}
}

// The one-pass path must give what folding gives, whenever it applies.
func TestPadWordsASCIIMatchesFolded(t *testing.T) {
	for _, in := range []string{
		"\u201cWe will not back down on the £40m grant,\u201d the minister said \u2014 twice.",
		"Ms O\u2019Neill\u2019s team said the 2026 budget was \u201cfinal\u201d\u2026",
		"Senhora Gonçalves told the Lisboa council",
		"Zoë said the cafe\u0301 closes at 10",
		"Prices rose 4\u00bd per cent in the year to March",
		"bad \xff byte",
	} {
		want := padWordsFolded(in)
		got, ok := padWordsASCII(in)
		if ok && got != want {
			t.Errorf("padWordsASCII(%q) = %q, want %q", in, got, want)
		}
		if got := padWords(in); got != want {
			t.Errorf("padWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzPadWords(f *testing.F) {
	f.Add("\u201cThe Home Office\u2019s plan is unworkable,\u201d she said.")
	f.Add("Zoë Müller, 34, said the cafe\u0301 would close")
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := padWordsASCII(s); ok {
			if want := padWordsFolded(s); got != want {
				t.Errorf("padWordsASCII(%q) = %q, folded %q", s, got, want)
			}
		}
	})
}

func TestSameFullName(t *testing.T) {
	for _, tt := range []struct {
		a, b           string
		same, familiar bool
	}{
		{"george w bush", "george bush", true, false},
		{"hector q r ashdown", "hector ashdown", true, false},
		{"jerry lee lewis", "jerry lewis", false, false},
		{"vince cable", "vincent cable", true, true},
		{"steve brand", "stephen brand", true, true},
		{"steven brand", "stephen brand", false, true},
		{"j smith", "john smith", false, false},
		{"mathew tarrant", "matthew tarrant", true, true},
		{"kirsty mellor", "kisrty mellor", true, true},
		{"viktor ostrov", "victor ostrov", true, true},
		{"justin vale", "justine vale", false, true},
		{"michael vale", "michaela vale", false, true},
		{"carol vale", "carl vale", false, true},
		{"tama vale", "tana vale", false, true}, // too short to tell a typo from another name
		{"vince cable", "vince table", false, false},
	} {
		same, familiar := sameFullName(tt.a, tt.b)
		if same != tt.same || same && familiar != tt.familiar {
			t.Errorf("sameFullName(%q, %q) = %v, %v; want %v, %v", tt.a, tt.b, same, familiar, tt.same, tt.familiar)
		}
	}
}
