package issues

import (
	"slices"
	"strings"

	newsbot "github.com/newsroom/newsbot"
)

// The last pass over every article's rendered issues: an issue rests on
// contention in its own evidence. Feature and colour pieces (a royal
// tour, a transfer saga, a minister's trade tour) raise phrases heavy
// enough to title an issue ("Arrives in Tokyo", "Visitors", "Heat") that
// no row, strike, case, probe, ban or demand stands behind.
//
//   - A secondary issue whose evidence holds no contention word is
//     dropped; so is one that only restates the issue before it (the same
//     first evidence) without naming a thread.
//   - An article whose issues hold none lists nothing: a feature.
//   - A title naming an act ("X's resignation", "Ban on ...") is told by
//     its first evidence sentence: another evidence sentence that tells the
//     act goes first, and an act no evidence tells is no issue.

// contentionWords mark a sentence that raises a dispute: the strong cues,
// the thread nouns and verbs of rows, strikes, cases, probes, bans,
// criticism, threats, demands, refusals and appeals. Weak cues that colour
// pieces use freely ("case", "challenge", "target", "concern", "warned")
// are left out.
var contentionWords = buildContentionWords()

func buildContentionWords() map[string]bool {
	m := map[string]bool{}
	for w, cw := range cueWeights {
		if cw >= 2 {
			m[w] = true
		}
	}
	for w, c := range frameNouns {
		if c != "legal" && c != "vote" && c != "takeover" && c != "fence" && w != "odds" {
			m[w] = true
		}
	}
	for _, w := range []string{
		"strike", "strikes", "striking", "struck", "ban", "bans", "banned", "banning", "appeal", "appeals", "appealed",
		"appealing", "demand", "demands", "demanded", "demanding", "refuse", "refuses", "refused", "refusal",
		"sue", "sues", "suing", "lawsuit", "lawsuits", "trial", "prosecution", "prosecuted", "prosecute", "charged",
		"court", "tribunal", "judge", "ruling", "ruled", "verdict", "arbitration", "petition", "campaigners",
		"campaigner", "oppose", "opposes", "opposed", "opposing", "objection", "objections", "objected", "complaint",
		"complaints", "complained", "resign", "resigned", "resigns", "resignation", "sacked", "fired", "ousted",
		"dismissed", "suspended", "suspension", "closure", "closures", "shut", "axe", "axed", "cuts", "condemn",
		"blamed", "blame", "accusation", "accusations", "fine", "fined", "fines", "penalty", "sanction", "tariff",
		"tariffs", "duties", "retaliation", "retaliate", "walked", "picket", "pickets", "ballot", "balloted",
		"rebel", "rebels", "revolt", "rival", "rivals", "fight", "fighting", "fought", "battle", "war", "conflict",
		"attack", "attacks", "attacked", "crackdown", "arrest", "arrests", "detention", "deported", "deportation",
		"expelled", "expulsion", "recall", "recalled", "breach", "breached", "leak", "leaked", "crisis", "shortage",
		"shortages", "strain", "unrest", "riot", "riots", "furious", "anger", "angry", "outrage", "condemnation",
		"insult", "dismay", "disappointed", "rejected", "reject", "rejection", "block", "blocked", "blocking",
		"veto", "vetoed", "delay", "delayed", "halt", "halted", "threatens", "threatening", "unpaid", "owed", "debts", "negotiations", "talks", "sanctions", "embargo", "impeach",
		"no-confidence", "censure", "misled", "misleading", "mislead", "damages", "compensation", "claim", "claims",
		"claiming", "denied", "denies", "deny", "fraud", "investigate", "investigated", "investigating",
	} {
		m[w] = true
	}
	return m
}

// contentious reports whether the sentence s holds a contention word.
func contentious(s string) bool { return contentiousBut(s, nil) }

// contentiousBut is contentious with the words in except not counting
// (calmContentious leaves out the meeting words). A word is lower-cased
// into a stack buffer (map lookups of a converted byte slice allocate
// nothing) only when its shape is a contention word's.
func contentiousBut(s string, except map[string]bool) bool {
	var buf [24]byte
	for i := 0; i < len(s); {
		for i < len(s) && !wordByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && (wordByte(s[j]) || s[j] == '-') {
			j++
		}
		if n := j - i; n >= 3 && n <= len(buf) {
			h := shapeOf(n, lowerByte(s[i]), lowerByte(s[i+1]), lowerByte(s[j-1]))
			if contentionShapes[h/64]&(1<<(h%64)) != 0 {
				for k := 0; k < n; k++ {
					buf[k] = lowerByte(s[i+k])
				}
				if w := buf[:n]; contentionWords[string(w)] && !except[string(w)] {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// contentionShapes is a bit set over the shapes of the contention words
// (length, first, second and last letters): most words of a sentence are
// let go without a map lookup.
var contentionShapes = buildContentionShapes()

func buildContentionShapes() *[shapeBits / 64]uint64 {
	var t [shapeBits / 64]uint64
	for w := range contentionWords {
		if len(w) >= 3 {
			h := shapeOf(len(w), w[0], w[1], w[len(w)-1])
			t[h/64] |= 1 << (h % 64)
		}
	}
	return &t
}

// shapeBits sizes the shape set: about 260 words in 8192 bits.
const shapeBits = 8192

func shapeOf(n int, first, second, last byte) uint32 {
	h := uint32(n)*0x9E3779B1 ^ uint32(first)*0x85EBCA6B ^ uint32(last)*0xC2B2AE35 ^ uint32(second)*0x27D4EB2F
	h ^= h >> 15
	return h % shapeBits
}

// wordByte reports an ASCII letter or a byte outside ASCII: a table
// look-up, where the three range tests cost more in the sentence scans.
func wordByte(c byte) bool {
	return wordBytes[c]
}

var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
	}
	return t
}()

// sentMemo remembers the sentences contentious has read: issues share
// evidence (the lead in most), and a string compared with itself is
// equal at once.
type sentMemo struct {
	n    int
	sent [16]string
	hit  [16]bool
}

// evidenceContentious reports whether any evidence sentence of is holds a
// contention word.
func (m *sentMemo) evidenceContentious(is *newsbot.Issue) bool {
	for _, e := range is.Evidence {
		if m.contentious(e) {
			return true
		}
	}
	return false
}

func (m *sentMemo) contentious(e string) bool {
	for i := 0; i < m.n; i++ {
		if m.sent[i] == e {
			return m.hit[i]
		}
	}
	c := contentious(e)
	if m.n < len(m.sent) {
		m.sent[m.n], m.hit[m.n] = e, c
		m.n++
	}
	return c
}

// contentionPass is the pass above, on the rendered issues, most central
// first. Its contention rules read a feature alone: copy whose opening
// sentences (headline and lead, or lead and the next) raise no contention
// and whose copy as a whole raises little. News copy keeps its issues on
// politics told in weaker words ("objections", "proposals", "pressure").
func (a *analyser) contentionPass(res []newsbot.Issue) []newsbot.Issue {
	if len(res) == 0 {
		return res
	}
	feature := a.feature()
	// Copy whose byline was struck opens on its lead, which the lead
	// rules read for phrases ("Fight to the council chamber") beside the
	// thread the lead tells.
	bylined := strings.TrimSpace(a.text[:a.sents[0].Start]) != ""
	var memo sentMemo
	kept := res[:0]
	for i := range res {
		is := res[i]
		if !a.actTold(&is) {
			continue // "X's resignation" on a sentence of no resignation
		}
		if len(kept) > 0 && (feature || bylined && len(is.Evidence) > 0 && is.Evidence[0] == a.sents[0].Text) && restates(kept, &is) ||
			len(kept) > 0 && bylined && within(&kept[0], &is) {
			continue
		}
		if feature && !memo.evidenceContentious(&is) && !titleThread(is.Title) {
			continue // scene, names, colour: "Rain gardens", "Arrives in Tokyo"
		}
		kept = append(kept, is)
	}
	return kept
}

// featureContention bounds the contention of a feature's copy: the sum of
// its segments' cue weights, in all and per sentence.
const (
	featureContention        = 10
	featureContentionPerSent = 0.25
)

// minFeatureSents is the shortest feature: a brief is news ("festival
// moves after ferry cuts"), told in a sentence or two.
const minFeatureSents = 8

// feature reports copy that opens on no contention and raises little.
func (a *analyser) feature() bool {
	if len(a.sents) < minFeatureSents {
		return false
	}
	var sum float64
	for i := range a.segs {
		sum += a.segs[i].score
	}
	if sum >= featureContention && sum >= featureContentionPerSent*float64(len(a.sents)) {
		return false // the cheap test first: most copy is news
	}
	for i := 0; i < min(2, len(a.sents)); i++ {
		if contentious(a.sents[i].Text) {
			return false
		}
	}
	return true
}

// titleThread reports a title naming a thread or a cue of contention:
// "Deval Patrick's bid", "Fundraising thresholds for future debates".
func titleThread(title string) bool {
	var buf [24]byte
	for i := 0; i < len(title); {
		n, j := lowerWord(title, i, buf[:])
		if j == i {
			break
		}
		i = j
		w := buf[:n]
		if n > 0 && (cueWeights[string(w)] > 0 || w[n-1] == 's' && cueWeights[string(w[:n-1])] > 0 ||
			frameHeadAfter[string(w)] || contentionWords[string(w)]) {
			return true
		}
	}
	return namesThreadFast(title)
}

// namesThreadFast is namesThread without splitting the title: plain
// ASCII words are looked up from a stack buffer; a title with digits,
// hyphens or other letters goes to namesThread.
func namesThreadFast(title string) bool {
	for i := 0; i < len(title); i++ {
		if c := title[i]; c >= '0' && c <= '9' || c == '-' || c >= 0x80 {
			return namesThread(title)
		}
	}
	var buf, st [24]byte
	for i := 0; i < len(title); {
		n, j := lowerWord(title, i, buf[:])
		if j == i {
			break
		}
		i = j
		if n == 0 {
			continue
		}
		w := buf[:n]
		// stemWord's plural folding
		m := copy(st[:], w)
		switch {
		case n > 4 && string(w[n-3:]) == "ies":
			m = n - 2
			st[m-1] = 'y'
		case n >= 2 && string(w[n-2:]) == "ss":
		case n > 3 && w[n-1] == 's':
			m = n - 1
		}
		stem := st[:m]
		if frameNouns[string(stem)] != "" || frameClassWords[string(stem)] != "" || frameNouns[string(w)] != "" ||
			disputeSynonyms[string(stem)] != 0 || topicalCues[string(w)] || cueWeights[string(w)] >= 2 ||
			wireThreadNouns[string(stem)] || wireThreadNouns[string(w)] {
			return true
		}
	}
	return false
}

// restates reports an issue that opens on the evidence of an issue
// before it and names no thread: "Fight to the council chamber" beside
// the library's "Closure", both read from the lead.
func restates(kept []newsbot.Issue, is *newsbot.Issue) bool {
	if len(is.Evidence) == 0 {
		return false
	}
	for i := range kept {
		if len(kept[i].Evidence) > 0 && kept[i].Evidence[0] == is.Evidence[0] {
			return !titleThread(is.Title)
		}
	}
	return false
}

// within reports an issue all of whose evidence is the main issue's: a
// phrase of the main thread's sentences ("Formal ballot" of a strike
// ballot), not a thread of its own.
func within(main, is *newsbot.Issue) bool {
	for _, e := range is.Evidence {
		if !slices.Contains(main.Evidence, e) {
			return false
		}
	}
	return len(is.Evidence) > 0
}

// actNouns head a title naming an act that its evidence must tell, with
// the word beginnings that tell it ("resigned", "quit"; "impeached").
var actNouns = map[string][]string{
	"resignation": {"resign", "quit", "step"}, "ban": {"ban", "barr", "prohibit", "outlaw"},
	"closure": {"clos", "shut"}, "suspension": {"suspen", "suspend"}, "expulsion": {"expel", "expul", "ordered"},
	"ouster": {"oust", "remov", "impeach", "topple", "dismiss"}, "removal": {"remov", "oust", "impeach", "dismiss"},
	"arrest": {"arrest", "detain", "held"}, "detention": {"detain", "deten", "held", "jail", "custody"},
	"dismissal": {"dismiss", "sack", "fire"}, "sacking": {"sack", "dismiss", "fire"}, "recall": {"recall"},
	"boycott": {"boycott"}, "raid": {"raid"}, "deportation": {"deport"}, "impeachment": {"impeach"},
	"walkout": {"walk", "strik", "stoppage"}, "sentence": {"sentenc", "jail", "prison"},
	"conviction": {"convict", "guilty"},
}

// actTold reports whether the act a title names ("Lars Berg's
// resignation", "Ban on ...") is told by its first evidence sentence;
// when another evidence sentence tells it, that one goes first.
func (a *analyser) actTold(is *newsbot.Issue) bool {
	stems := actNouns[titleAct(is.Title)]
	if stems == nil || len(is.Evidence) == 0 || a.headline && tellsAct(a.sents[0].Text, stems) {
		return true // a headline's act titles its story
	}
	for i, e := range is.Evidence {
		if tellsAct(e, stems) {
			if i > 0 {
				copy(is.Evidence[1:i+1], is.Evidence[:i])
				is.Evidence[0] = e
			}
			return true
		}
	}
	return false
}

// titleAct is the act noun heading title: "Lars Berg's resignation" →
// "resignation", "Ban on fishing" → "ban"; "" for none.
func titleAct(title string) string {
	var buf, next [24]byte
	for i := 0; i < len(title); {
		w, j := lowerWord(title, i, buf[:])
		if j == i {
			break
		}
		i = j
		if w == 0 || actNouns[string(buf[:w])] == nil {
			continue
		}
		nw, k := lowerWord(title, i, next[:])
		if k == i || nw == 0 {
			return string(buf[:w]) // the last word
		}
		if n := next[:nw]; framePreps[string(n)] || string(n) == "of" || string(n) == "on" || string(n) == "by" {
			return string(buf[:w])
		}
	}
	return ""
}

// lowerWord reads the word of s at or after i into buf, lower-cased and
// its possessive cut, and returns its length (0 when it does not fit)
// and where it ends.
func lowerWord(s string, i int, buf []byte) (int, int) {
	for i < len(s) && !wordByte(s[i]) {
		i++
	}
	j := i
	for j < len(s) && (wordByte(s[j]) || s[j] == '-' || s[j] == '\'') {
		j++
	}
	w := s[i:j]
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "'")
	if len(w) > len(buf) {
		return 0, j
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return len(w), j
}

// tellsAct reports whether s holds a word beginning with one of stems.
func tellsAct(s string, stems []string) bool {
	var buf [24]byte
	for i := 0; i < len(s); {
		n, j := lowerWord(s, i, buf[:])
		if j == i {
			break
		}
		i = j
		for _, st := range stems {
			if len(st) <= n && string(buf[:len(st)]) == st {
				return true
			}
		}
	}
	return false
}
