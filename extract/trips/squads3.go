package trips

import "strings"

// clubStaffRoles end a role that names its club before it: "Westbridge
// Rovers manager", "Lakeside head coach".
var clubStaffRoles = [...]string{" manager", " head coach", " coach", " boss"}

// storyClub is the one club the story names by its manager or coach's
// role ("Westbridge Rovers manager Graham Pell"), for "the squad", "the
// team" that travels with no club named near; false when none or two.
// The club must be named in the story's lead: an opponent's coach quoted
// further down ("Scotland coach ...") does not make "the squad" his.
func (f *finder) storyClub() (string, bool) {
	club := ""
	for _, p := range f.cast.People {
		for _, r := range clubStaffRoles {
			name, ok := strings.CutSuffix(p.Role, r)
			if !ok || name == "" || !clubName(name) || !f.namedMidSentence(name[strings.LastIndexByte(name, ' ')+1:]) {
				continue
			}
			if club != "" && club != name {
				return "", false
			}
			club = name
			break
		}
	}
	return club, club != "" && f.inLead(club)
}

// clubName reports a run of capitalised words, not a country's or a
// nation's ("England manager", "Brazil coach" name a national side, which
// is fine, but "the club's manager", "assistant manager" are no names).
func clubName(s string) bool {
	for _, w := range strings.Fields(s) {
		if !isCapitalised(w) || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return false
		}
	}
	return true
}

// namedMidSentence reports the word w capitalised after a lower-case word
// somewhere in the text ("in a Rovers shirt"): a name, not a common noun
// that opened a sentence ("Campaign manager Jo Reyes").
func (f *finder) namedMidSentence(w string) bool {
	for from := 0; ; {
		k := strings.Index(f.text[from:], " "+w)
		if k < 0 {
			return false
		}
		k += from
		if k > 0 && f.text[k-1] >= 'a' && f.text[k-1] <= 'z' {
			if e := k + 1 + len(w); e >= len(f.text) || !isLetter(f.text[e]) {
				return true
			}
		}
		from = k + 1
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// inLead reports whether name opens the story's lead: within the first
// 40 bytes of its first paragraph after any dateline, or of the next one
// when the first is a headline (no full stop). The team a sports story is
// about comes first ("Westbridge Rovers manager Graham Pell insisted");
// an opponent named later in the lead, or a headline's scoreline, is not it.
func (f *finder) inLead(name string) bool {
	lead := f.text[f.storyStart:]
	if k := strings.Index(lead, "\n\n"); k >= 0 && !strings.Contains(lead[:k], ". ") && !strings.HasSuffix(lead[:k], ".") {
		lead = lead[k+2:]
	}
	i := strings.Index(lead, name)
	return i >= 0 && i < 40
}
