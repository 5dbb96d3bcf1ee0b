package issues

import (
	"strings"

	"github.com/newsroom/newsbot/extract/text"
)

// Bylines and timestamps. Copy pasted from a news site often opens with
// its furniture: "By Jane Roe, Health Correspondent", "Jane Roe,
// Education editor" and "Mon 16 Nov 2026 06.00 GMT" on lines of their
// own, before or after a headline. Read as the story's first sentences
// they hide the lead (and a dateline after them) from the rules that read
// the first sentences: they are struck like a dateline.

// maxFurniture bounds the leading lines read as furniture: a headline, a
// byline and a timestamp.
const maxFurniture = 4

// dropFurniture returns sents without the byline and timestamp lines that
// open the copy (after a headline line, if any); sents itself when there
// are none, so that most articles cost one look at two short lines.
func dropFurniture(sents []text.Span) []text.Span {
	n := min(len(sents), maxFurniture)
	drop := 0
	for i := 0; i < n; i++ {
		if furnitureLine(sents[i].Text) {
			drop |= 1 << i
			continue
		}
		if i > 0 || drop != 0 {
			break // the copy starts
		}
		// The first line may be a headline above the byline.
	}
	if drop == 0 || drop == (1<<len(sents))-1 {
		return sents
	}
	out := make([]text.Span, 0, len(sents))
	for i, sp := range sents {
		if i >= n || drop&(1<<i) == 0 {
			out = append(out, sp)
		}
	}
	if len(out) < 2 {
		return sents
	}
	return out
}

// furnitureLine reports a byline or a timestamp line.
func furnitureLine(s string) bool {
	if len(s) > 120 || s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', '"', ':', ';':
		if !timestampLine(s) {
			return false // a sentence
		}
	}
	return bylineLine(s) || timestampLine(s) || outletDateLine(s)
}

// outletDateLine reports a paper's name and the day of the issue on one
// line, "Island Gazette, Tuesday 3 March 2026" or "The Valley Echo, 14
// May 2026": a few capitalised words, a comma and a timestamp. A
// headline has a verb or a lower-case word before its first comma.
func outletDateLine(s string) bool {
	name, date, ok := strings.Cut(s, ", ")
	if !ok || len(date) < 6 || !timestampLine(date) {
		return false
	}
	ws := strings.Fields(name)
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		if !capitalised(w) && !nameJoins[strings.ToLower(w)] && w != "of" || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return !timeWords[strings.ToLower(strings.Trim(ws[0], ",.:"))] // "Tuesday, 3 March 2026" is a timestamp already
}

// writerRoles end a writer's role: "Health Correspondent", "Education editor".
var writerRoles = map[string]bool{
	"correspondent": true, "editor": true, "reporter": true, "writer": true, "columnist": true, "journalist": true,
	"staff": true, "analyst": true, "critic": true, "commentator": true, "producer": true, "contributor": true,
	"desk": true, "team": true, "reporters": true, "correspondents": true, "writers": true, "staffers": true,
}

// nameJoins may stand between the names of a byline.
var nameJoins = map[string]bool{"and": true, "&": true, "de": true, "van": true, "von": true, "der": true, "al": true, "bin": true, "da": true, "le": true, "la": true}

// bylineLine reports "By Jane Roe", "By A and B", "By Jane Roe in
// Nairobi", "By Jane Roe, Health Correspondent" or "Jane Roe, Education
// editor": names, then at most a role that ends on a role noun or a
// place after "in".
func bylineLine(s string) bool {
	by := strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "BY ")
	if !by && strings.IndexByte(s, ',') < 0 {
		return false // most headlines: spared the split
	}
	if by {
		s = s[3:]
	}
	names, role, hasRole := strings.Cut(s, ",")
	ws := strings.Fields(names)
	if in := indexWord(ws, "in"); in > 0 && by {
		ws = ws[:in] // "By Jane Roe in Nairobi"
	}
	if len(ws) == 0 || len(ws) > 8 || !by && len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if !nameJoins[strings.ToLower(w)] && !capitalised(w) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	if !hasRole {
		return by // "Jane Roe" alone is no byline; "By Jane Roe" is
	}
	// A byline of several writers: "By A, B and C".
	rs := strings.Fields(strings.TrimSpace(role))
	if len(rs) == 0 || len(rs) > 6 {
		return false
	}
	last := strings.ToLower(strings.Trim(rs[len(rs)-1], ".,"))
	if writerRoles[last] {
		return true
	}
	if rs[0] == "in" && len(rs) <= 3 && capitalised(rs[len(rs)-1]) {
		return true // "Jane Roe, in Nairobi"
	}
	if !by {
		return false
	}
	for _, w := range rs {
		if !nameJoins[strings.ToLower(w)] && !capitalised(w) {
			return false
		}
	}
	return true // "By A, B and C"
}

func indexWord(ws []string, w string) int {
	for i, x := range ws {
		if x == w {
			return i
		}
	}
	return -1
}

// timeWords may stand in a timestamp line besides numbers.
var timeWords = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"gmt": true, "bst": true, "utc": true, "cet": true, "cest": true, "est": true, "edt": true, "et": true, "pt": true, "pst": true,
	"pdt": true, "ist": true, "jst": true, "aest": true, "am": true, "pm": true, "a.m": true, "p.m": true,
	"published": true, "updated": true, "last": true, "on": true, "at": true, "posted": true, "modified": true,
}

// timestampLine reports a line of a date and time only: "Mon 16 Nov 2026
// 06.00 GMT", "Published: 14 May 2026, 9:30 a.m. ET".
func timestampLine(s string) bool {
	if len(s) > 80 || s == "" || s[0] >= 'a' && s[0] <= 'z' || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	if first, _, _ := strings.Cut(s, " "); !timeWords[strings.ToLower(strings.Trim(first, ",.:"))] &&
		strings.Trim(first, "0123456789.:/-,") != "" {
		return false // a timestamp opens on a day, a month, a label or a number
	}
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 10 {
		return false
	}
	digits := false
	for _, w := range ws {
		w = strings.Trim(w, ",.:|·-–—()")
		if w == "" {
			continue
		}
		if strings.Trim(w, "0123456789.:/-") == "" {
			digits = true
			continue
		}
		low := strings.ToLower(w)
		if timeWords[low] {
			continue
		}
		// "9:30am", "16th"
		if t := strings.TrimLeft(low, "0123456789.:"); t != low && (timeWords[t] || t == "st" || t == "nd" || t == "rd" || t == "th") {
			digits = true
			continue
		}
		return false
	}
	return digits
}

// agencyOpenerEnd is where an agency's opener ends: "(Bloomberg) -- ",
// "(Reuters) - ", which stands for a dateline; 0 for none.
func agencyOpenerEnd(s string) int {
	j := strings.IndexByte(s, ')')
	if j < 2 || j > 30 || !capitalised(s[1:j]) {
		return 0
	}
	rest := s[j+1:]
	for _, d := range []string{" -- ", " - ", " — ", " – "} {
		if strings.HasPrefix(rest, d) {
			return j + 1 + len(d)
		}
	}
	return 0
}

// furnitureGap reports a gap between a headline and the copy that holds
// only byline and timestamp lines (struck by dropFurniture): the headline
// still stands on its own line.
func furnitureGap(gap string) bool {
	if gap == "" || gap[0] != '\n' && gap[0] != '\r' {
		return false
	}
	for _, l := range strings.Split(gap, "\n") {
		if l = strings.TrimSpace(l); l != "" && !furnitureLine(l) {
			return false
		}
	}
	return true
}

// FurnitureLine reports a line of a page's furniture rather than copy: a
// byline ("By Jane Roe"), a timestamp, or a paper's name and date
// ("Harbour Gazette, Thursday 12 March 2026"). No sentence answers from it.
func FurnitureLine(s string) bool {
	return furnitureLine(strings.TrimSpace(s))
}
