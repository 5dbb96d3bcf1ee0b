package issues

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dispute objects: who strikes, or what a stoppage stops ("port strike",
// "ferry crews", "teachers' union", "rail unions", "dockworkers walked
// off"). Two labour disputes in one country in one week share the generic
// words of their copy (national, strike, union, talks, government, the
// country) and often their cities; what tells them apart is the workforce
// or sector each one names. A report of the port strike and one of the
// rail strike are two threads however alike the rest of their words.
//
// An object is read only next to a stoppage noun (strike, walkout,
// stoppage, picket) or a workforce noun (workers, crews, drivers, union,
// ...), and only in an issue told as a labour stoppage (labourCues): the
// lower-case word before it, past generic modifiers ("a national 48-hour
// teachers' strike" → teachers), or a "-workers" compound. Names
// (capitalised mid-sentence) are anchors, not objects. Keys are the first
// four letters of the singular, as anchors are ("teacher"/"teaching",
// "rail"/"railway"), with a few sectors told by two words folded
// (objectSame).

// objDisputeHeads are nouns whose modifier names the dispute's object.
// Only labour stoppages: the modifier of "protests" or "dispute" names
// the cause as often as the parties ("street protests", "anti-government
// protests" of one uprising; "border dispute", "territorial dispute").
var objDisputeHeads = map[string]bool{
	"strike": true, "strikes": true, "walkout": true, "walkouts": true, "stoppage": true, "stoppages": true,
	"picket": true, "pickets": true,
}

// militaryStrike are modifiers of a "strike" that is no stoppage.
var militaryStrike = map[string]bool{
	"air": true, "airstrike": true, "drone": true, "missile": true, "rocket": true, "military": true, "artillery": true,
	"naval": true, "retaliatory": true, "pre-emptive": true, "preemptive": true, "precision": true, "nuclear": true,
	"surgical": true, "targeted": true, "israeli": true, "russian": true, "american": true, "lightning": true,
}

// workforceHeads are nouns of the people disputing: "ferry crews", "rail
// unions", "train drivers", "maritime workers' union".
var workforceHeads = map[string]bool{
	"workers": true, "worker": true, "crews": true, "crew": true, "drivers": true, "staff": true,
	"employees": true, "unions": true, "union": true, "members": true,
}

// objectSkip are modifiers that name no object: they are passed over
// ("separate national strike", "indefinite pay strike").
var objectSkip = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`national nationwide countrywide general separate planned proposed threatened fresh new
		latest further indefinite open-ended all-out wildcat rolling possible potential major big bigger biggest large largest
		main long-running bitter ongoing last next first second third industrial official unofficial day week month year
		weekend overnight pay wage wages pension pensions salary salaries labour labor trade sector public private state
		federal government local regional city country coordinated joint mass sympathy solidarity sit-down
		week-long month-long day-long full partial total fuel tax budget`) {
		m[w] = true
	}
	return m
}()

// objectNot are lower-case words that may stand before a dispute noun
// but are no object: function words, verbs and quantities ("to strike",
// "would strike", "joined the strike" stops at "the").
var objectNot = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an this that these those their its his her our your my whose which what
		of over in on at for to by after before against with from into and or but nor off out up about than as
		is are was were be been being has have had do does did will would could should may might must can shall
		not no any every each all both some many most more several other another such same own
		one two three four five six seven eight nine ten dozen dozens hundreds thousands millions
		called call calls threatened vote voted voting begin began begun start started end ended
		hold held stage staged join joined back backed support supported announce announced
		who whom they them we us he she it i you`) {
		m[w] = true
	}
	return m
}()

// objectSame folds sectors told with two words to one key.
var objectSame = map[string]string{
	"dock": "port", "harb": "port", // dockers, dockworkers, harbour workers
	"trai": "rail", // train drivers, trains
}

// walkoutVerbs are verbs whose subject disputes: "dockers walked off",
// "nurses staged a strike", "teachers went on strike".
var walkoutVerbs = map[string]bool{"walked": true, "walk": true, "staged": true, "stage": true, "went": true, "go": true}

// labourCues are what an issue's copy tells of a labour stoppage.
type labourCues struct {
	stoppage  bool // a walkout, stoppage or picket; "walked off", "went on strike"
	strike    bool // a strike not told as military
	told      bool // a strike told with its object ("bus strike")
	workforce bool // workers, crews, union, "-workers"
	military  bool // "air strikes", "drone strike"
}

// objectToken is a word of a sentence for reading objects.
type objectToken struct {
	low        string // lower-case, possessive and quotes trimmed
	capital    bool
	first      bool // opens the sentence (or title)
	plainPoss  bool // "teachers'" (plural possessive): a modifier even when capitalised
	namePoss   bool // "Portugal's": a name's possessive
	breakAfter bool // punctuation after it: no phrase runs across
}

// appendObjects tallies the dispute objects of s into counts (key → count)
// and returns the key of the first object found ("" when none).
func appendObjects(counts map[string]int, s string, sentence bool, cues *labourCues) string {
	if !mayHoldObject(s) {
		return ""
	}
	if sentence {
		s = s[datelineEnd(s):] // "LISBON, May 4 (Wire) - Ferry crews ...": the sentence opens after it
	}
	toks := objectTokens(s, sentence)
	first := ""
	used := -1 // the last object word counted: "maritime workers' union" tells it once
	add := func(k string, at int) {
		if k == "" || at == used {
			return
		}
		used = at
		counts[k]++
		if first == "" {
			first = k
		}
	}
	for i, t := range toks {
		switch {
		case objDisputeHeads[t.low] || workforceHeads[t.low]:
			k, at := objectBefore(toks, i)
			if at >= 0 && militaryStrike[toks[at].low] {
				cues.military = true
				break
			}
			switch {
			case workforceHeads[t.low]:
				cues.workforce = true
			case t.low == "strike" || t.low == "strikes":
				cues.strike = true
				cues.told = cues.told || k != "" // "bus strike", not "the strike killed"
			default:
				cues.stoppage = true
			}
			add(k, at)
		case walkoutVerbs[t.low] && i > 0 && walkoutFollows(toks, i):
			cues.stoppage = true
			p := toks[i-1]
			if workforceHeads[p.low] {
				add(objectBefore(toks, i-1))
			} else if !p.breakAfter && (!p.capital || p.first) && strings.HasSuffix(p.low, "s") && !objectNot[p.low] && !objectSkip[p.low] {
				add(objectKey(p.low), i-1)
			}
		default:
			if k := workerCompound(t.low); k != "" {
				cues.workforce = true
				add(k, i)
			}
		}
	}
	return first
}

// mayHoldObject is a cheap test for a trigger word, one pass over s
// without allocating: most keywords and evidence sentences hold none.
func mayHoldObject(s string) bool {
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i
		var buf [5]byte
		for j < len(s) && isASCIILetter(s[j]) {
			if j-i < len(buf) {
				buf[j-i] = s[j] | 0x20
			}
			j++
		}
		if triggerPrefixes[string(buf[:min(j-i, len(buf))])] || j-i > 6 && hasSuffixFold(s[i:j], "worker") ||
			j-i > 7 && hasSuffixFold(s[i:j], "workers") {
			return true
		}
		i = j
	}
	return false
}

// triggerPrefixes are the first five letters (or the whole of a shorter
// word) of the words appendObjects reads from.
var triggerPrefixes = map[string]bool{
	"strik": true, "walko": true, "walk": true, "walke": true, "stopp": true, "picke": true, "worke": true, "crew": true, "crews": true, "drive": true, "staff": true,
	"emplo": true, "union": true, "membe": true, "stage": true, "went": true, "go": true,
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// hasSuffixFold: w ends in suf (lower-case ASCII), in either case.
func hasSuffixFold(w, suf string) bool {
	return len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf)
}

// walkoutFollows: the verb at i is a walkout ("walked off", "walked out",
// "staged a two-day strike", "went on strike").
func walkoutFollows(toks []objectToken, i int) bool {
	switch toks[i].low {
	case "walked", "walk":
		return i+1 < len(toks) && (toks[i+1].low == "off" || toks[i+1].low == "out")
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if objDisputeHeads[toks[j].low] {
			return true
		}
	}
	return false
}

// objectBefore reads the object modifying the head at i: the word before
// it past generic modifiers; a workforce noun there ("maritime workers'
// union") passes on to its own modifier.
func objectBefore(toks []objectToken, i int) (string, int) {
	for j, n := i-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		t := toks[j]
		if t.breakAfter || t.namePoss {
			return "", -1
		}
		if t.capital && !t.first && !t.plainPoss {
			return "", -1 // a name: an anchor
		}
		if k := workerCompound(t.low); k != "" {
			return k, j
		}
		switch {
		case objectSkip[t.low], workforceHeads[t.low], objDisputeHeads[t.low], skipShape(t.low):
			continue
		case objectNot[t.low], !objNounWord(t.low):
			return "", -1
		}
		return objectKey(t.low), j
	}
	return "", -1
}

// skipShape: quantities and durations ("48-hour", "24-hour", "2026").
func skipShape(w string) bool {
	if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
		return true
	}
	for _, suf := range [...]string{"-hour", "-day", "-week", "-month"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// objNounWord: a lower-case noun-like word, not an adverb, participle or
// past tense ("widely", "looming", "called").
func objNounWord(w string) bool {
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return !strings.HasSuffix(w, "ly") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed")
}

// workerCompound is the key of a "-workers" word ("dockworkers" → port,
// "steelworkers" → steel), "" for other words.
func workerCompound(w string) string {
	for _, suf := range [...]string{"workers", "worker"} {
		if p, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(p) >= 3 && objNounWord(p) {
			return objectKey(p)
		}
	}
	return ""
}

// objectKey is the comparison key of an object word.
func objectKey(w string) string {
	w = stem(strings.Trim(w, "-"))
	w = firstRunes(w, 4)
	if f, ok := objectSame[w]; ok {
		return f
	}
	return w
}

// objectTokens splits s into words for objectBefore.
func objectTokens(s string, sentence bool) []objectToken {
	var out []objectToken
	for _, f := range strings.Fields(s) {
		core := strings.TrimLeftFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		trail := strings.TrimRightFunc(core, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
		rest := core[len(trail):]
		if len(out) > 0 && len(core) < len(f) && strings.ContainsAny(f[:len(f)-len(core)], "\"“(‘[") {
			out[len(out)-1].breakAfter = true // an opening quote or bracket ends the phrase before it
		}
		if trail == "" {
			if len(out) > 0 {
				out[len(out)-1].breakAfter = true
			}
			continue
		}
		t := objectToken{first: len(out) == 0 && sentence, breakAfter: rest != ""}
		if bare := trimPossessive(trail); len(bare) < len(trail) {
			t.namePoss = true
			trail = bare
		} else if strings.HasSuffix(trail, "s'") || strings.HasSuffix(trail, "s’") {
			t.plainPoss = true
		}
		trail = strings.TrimRight(trail, "'’")
		r, _ := utf8.DecodeRuneInString(trail)
		t.capital = unicode.IsUpper(r)
		t.low = objLower(trail)
		out = append(out, t)
	}
	return out
}

// objLower is strings.ToLower without allocating for a word already
// lower-case.
func objLower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

// objectSentences bounds the evidence sentences read for objects: the
// lead and the next few tell whose dispute it is.
const objectSentences = 4

// maxObjects bounds a long-running issue's objects.
const maxObjects = 6

// dominantObjects are the keys of counts told most: more than half as
// often as the commonest. A lead that tells two disputes ("dockers walked
// off ..., as rail unions called a strike") counts its first one twice
// (first), so the story an issue is raised by leads.
func dominantObjects(counts map[string]int, first string) []string {
	if len(counts) == 0 {
		return nil
	}
	if first != "" {
		counts[first]++
	}
	top := 0
	for _, n := range counts {
		top = max(top, n)
	}
	var out []string
	for k, n := range counts {
		if 2*n > top {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	if len(out) > maxObjects {
		out = out[:maxObjects]
	}
	return out
}

// issueObjects are the dominant objects of an issue told by title,
// keywords and evidence sentences.
func issueObjects(title string, keywords, evidence []string) []string {
	counts := map[string]int{}
	first := ""
	var cues labourCues
	for i, e := range evidence[:min(len(evidence), objectSentences)] {
		if f := appendObjects(counts, e, true, &cues); i == 0 {
			first = f
		}
	}
	appendObjects(counts, title, true, &cues)
	for _, k := range keywords {
		appendObjects(counts, k, false, &cues)
	}
	// Workforce nouns name the people of many stories ("aid workers",
	// "embassy staff"): they tell a dispute's parties only in a story of
	// a stoppage.
	if !cues.stoppage && !cues.told && !(cues.strike && cues.workforce && !cues.military) {
		return nil
	}
	return dominantObjects(counts, first)
}

// otherObjects: a and b both name what they dispute and share none of it.
func otherObjects(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && !sharedObject(a, b)
}

// sharedObject: a and b name one object.
func sharedObject(a, b []string) bool {
	for _, k := range a {
		if slices.Contains(b, k) {
			return true
		}
	}
	return false
}

// unionObjects is a with b's keys added, at most maxObjects.
func unionObjects(a, b []string) []string {
	out := a
	for _, k := range b {
		if len(out) >= maxObjects {
			break
		}
		if !slices.Contains(out, k) {
			if len(out) == len(a) {
				out = slices.Clone(a)
			}
			out = append(out, k)
		}
	}
	if len(out) != len(a) {
		slices.Sort(out)
	}
	return out
}
