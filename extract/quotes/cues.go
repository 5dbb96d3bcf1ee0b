package quotes

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/newsbot/extract/people"
)

// Cue classes.
const (
	cueVerb      uint8 = 1 << iota // a speech verb: said, declared, warned
	cueTell                        // takes a hearer: told reporters
	cueAccording                   // "according" (to X)
	cueSkip                        // may stand between subject and verb: has, also, quickly
	cuePron                        // a pronoun no person stands behind: they, it, we
	cueNoun                        // a speech noun after a possessor: Starmer's admission
	cueWho                         // relative pronoun: "Mr Blair, who said"
	cueAfterOnly                   // speech only right after a quotation: "shot back", "fired back"
)

// cueWords maps lower-case words to cue classes. Built once, never mutated.
var cueWords = buildCues()

// cueTable is cueWords as an open-addressing table keyed by foldHash of
// the lower-cased word, which scan computes from the word's bytes: no
// lower-case copy. Built once, never mutated.
var cueTable = buildCueTable(cueWords)

type cueTab struct {
	// seen has a bit per 16-bit hash prefix of the cue words: most words
	// of a window are no cue and are turned away by one L1-resident test.
	seen [1 << 10]uint64
	// lens has bit n set for the first two letters of a cue word of n
	// bytes (see mayHave).
	lens [26][26]uint32
	hash []uint64 // 0: empty slot
	keys []string
	val  []uint8
	mask uint64
}

func buildCueTable(m map[string]uint8) cueTab {
	size := 1
	for size < len(m)*2 {
		size <<= 1
	}
	t := cueTab{hash: make([]uint64, size), keys: make([]string, size), val: make([]uint8, size), mask: uint64(size - 1)}
	for k, v := range m {
		h := foldHash(k)
		i := h & t.mask
		for t.hash[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hash[i], t.keys[i], t.val[i] = h, k, v
		b := h >> 48
		t.seen[b>>6] |= 1 << (b & 63)
		if len(k) >= 2 && len(k) <= 31 && k[0] >= 'a' && k[0] <= 'z' && k[1] >= 'a' && k[1] <= 'z' {
			t.lens[k[0]-'a'][k[1]-'a'] |= 1 << len(k)
		}
	}
	return t
}

// lookup returns the cue classes of w (any ASCII case) whose folded hash is h.
func (t *cueTab) lookup(w string, h uint64) uint8 {
	if b := h >> 48; t.seen[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.hash[i] {
		case 0:
			return 0
		case h:
			if equalFoldLower(t.keys[i], w) {
				return t.val[i]
			}
		}
	}
}

// cueOf returns the cue classes of w in any ASCII case, without allocating.
func cueOf(w string) uint8 {
	if len(w) == 0 || len(w) > 14 || !cueTable.mayHave(w) {
		return 0
	}
	return cueTable.lookup(w, foldHash(w))
}

// mayHave reports whether a cue word may have the length and the first
// two letters of w, a test that turns most words away before they are
// hashed. Only words of 2 to 31 bytes that start with two ASCII letters
// are filtered: a cue word matches such a word only if it starts with
// the same two letters, lower-cased.
func (t *cueTab) mayHave(w string) bool {
	if len(w) < 2 || len(w) > 31 {
		return true
	}
	a, b := w[0]|0x20, w[1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return true
	}
	return t.lens[a-'a'][b-'a']&(1<<len(w)) != 0
}

// foldHash hashes w with ASCII letters lower-cased, never 0. It reads the
// word in at most two eight-byte loads rather than byte by byte; setting
// bit 0x20 lower-cases letters and leaves digits alone, and a word with
// any other byte can only collide with a cue word, never equal it (lookup
// compares the words).
func foldHash(w string) uint64 {
	n := len(w)
	var lo, hi uint64
	switch {
	case n >= 8:
		lo, hi = load64(w, 0), load64(w, n-8)
	case n >= 4:
		lo = uint64(load32(w, 0)) | uint64(load32(w, n-4))<<32
	default:
		for i := 0; i < n; i++ {
			lo |= uint64(w[i]) << (8 * i)
		}
	}
	lo |= ones * 0x20
	hi |= ones * 0x20
	h := (lo*0x9E3779B97F4A7C15 ^ hi*0xC2B2AE3D27D4EB4F ^ uint64(n)) * 0x165667B19E3779F9
	h ^= h >> 29
	if h == 0 {
		h = 1
	}
	return h
}

// load32 reads s[i:i+4] as a little-endian word.
func load32(s string, i int) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFoldLower reports whether w equals the lower-case key, ignoring the
// case of ASCII letters in w.
func equalFoldLower(key, w string) bool {
	if len(key) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerByte(w[i]) != key[i] {
			return false
		}
	}
	return true
}

func buildCues() map[string]uint8 {
	m := map[string]uint8{}
	add := func(class uint8, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= class
		}
	}
	add(cueVerb, `say says said saying written spoke speaks talked tell tells told telling add adds added adding declare declares declared
		declaring continue continues continued continuing reaffirm reaffirms reaffirmed insist insists insisted
		insisting warn warns warned warning write writes wrote writing post posts posted stated states
		promise promises promised promising argue argues argued arguing claim claims claimed claiming
		explain explains explained explaining note notes noted noting recall recalls recalled recalling
		ask asks asked asking reply replies replied replying respond responds responded responding
		acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting announce
		announces announced announcing assert asserts asserted asserting comment comments commented
		complain complains complained complaining concede concedes conceded conceding confirm confirms
		confirmed contend contends contended deny denies denied denying emphasise emphasised emphasises
		emphasize emphasized emphasizes joke joked jokes maintain maintains maintained observe observes
		observed predict predicts predicted remark remarks remarked reiterate reiterates reiterated
		repeat repeats repeated suggest suggests suggested suggesting tweet tweets tweeted tweeting
		urge urges urged urging vow vows vowed vowing boast boasts boasted quip quips quipped shout
		shouts shouted recount recounts recounted testify testifies testified pledge pledges pledged
		conclude concludes concluded describe describes described describing call calls called
		calling predicted stress stresses stressed stressing agree agrees agreed accuse accuses accused
		charge charges charged lament laments lamented mused muses whisper whispered yelled cried
		exclaimed demanded demand demands pleaded pleads begged thundered scoffed retorted countered
		counter counters objected protested protest protests threatened threaten threatens
		acknowledging reads read wondered wonder wonders added explained writes cautioned caution
		cautions hinted hint hints alleged allege alleges reported report reports mocked mock mocks
		dismissed dismiss dismisses branded brand brands labelled labeled criticised criticized
		criticise criticize praised hailed welcomed thanked announced informed assured assure assures
		reassured signalled signaled summed chimed echoed echo echoes opined blasted slammed tells
		proclaimed proclaim proclaims estimated estimate estimates advised advise advises explaining
		quoted insisting texted emailed messaged deemed deem deems referred refer refers praising praise praises
		dubbed dub dubs termed term terms characterized characterised characterizing characterising touted
		tout touts slamming blasting calling mocking dismissing describing labeling labelling branding
		calls promised vowing pledging condemned condemn condemns condemning decried decry decries
		denounced denounce denounces denouncing barked snapped quipped laughed joked sniffed scoffed deadpanned
		interrupted interjected cracked chided scolded fumed raged sighed gushed marvelled marveled
		confided conceded recalled reminded teased taunted mused ranted railed griped grumbled
		reckoned reckons figured guessed acknowledged chanted sang sings chant chanting shouting
		yelling screaming screamed writing reads reading tweeting posting remarked cited cites citing
		remembered remembers indicated indicates indicating blamed blames blaming vented vents
		suggested lashed knocked mocked derided ridiculed retaliated retaliates answered answers
		pressed bemoaned bemoans bemoaning riffed reacted questioned recommended recommends
		chiding implored surmised confessed retorting quipping muttered murmured stammered bellowed
		exclaiming proclaiming pleading
		pointed revealed reveals revealing disclosed discloses elaborated elaborates blurted jeered heckled
		bragged brags sneered speculated speculates theorized pronounced penned retweeted queried inquired
		swore vowed underscored underscores exhorted exhorting hollered intoned groused rebutted
		observing remarking commenting stating contending recounting lamenting reiterating
		emphasising emphasizing joking cautioning alleging`)
	add(cueTell, `tell tells told telling informed assured assure assures reassured advised advise advises`)
	// "testified before Congress that ...": like a hearer, what follows the
	// verb is reported only after "that".
	add(cueTell, `testify testifies testified`)
	add(cueAccording, `according`)
	add(cueAfterOnly|cueVerb, `shot fired hit struck cut went`)
	add(cueSkip, `has have had was is were are will would also later then again further previously
		repeatedly once recently reportedly not never only just still often usually sometimes always frequently subsequently separately publicly
		privately earlier already quickly simply bluntly flatly firmly angrily openly recently
		himself herself themselves itself has been may might could can should did does do
		shortly immediately swiftly calmly quietly proudly tersely curtly meanwhile however though too
		instead nonetheless nevertheless now today yesterday tonight last week on monday tuesday wednesday thursday
		friday saturday sunday be heard`)
	add(cuePron, `they it we i you this that these those one`)
	add(cueNoun, `admission claim claims remarks remark comments comment statement words warning promise
		pledge description assertion insistence suggestion accusation argument message speech tweet post
		letter view views vow boast plea call criticism complaint denial
		lament tirade rant broadside swipe jab rebuke retort riff`)
	add(cueWho, `who which`)
	// "told" is also a skip word in "has told"; keep its verb class.
	return m
}

// wtok is a word of a short window of text.
type wtok struct {
	start, end int
	cue        uint8
	cap        bool
}

// scan tokenises s[a:b] into the attributor's scratch slice.
func (a *attributor) scan(from, to int, buf []wtok) []wtok {
	return a.scanWords(from, to, buf, to-from)
}

// scanWords is scan stopping after max words.
func (a *attributor) scanWords(from, to int, buf []wtok, max int) []wtok {
	s := a.s
	ws := buf[:0]
	i := from
	for i < to {
		c := s[i]
		r, size := rune(c), 1
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !isLetter(r) {
				i += size
				continue
			}
		}
		st := i
		capital := c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)
		ascii := c < utf8.RuneSelf
		i += size
		for i < to {
			// Eight bytes at a time through ASCII letters and digits
			// (never past to): most words end inside one load.
			if i+8 <= to {
				k := bits.TrailingZeros64(^alnumMask(load64(s, i))&high8) >> 3
				i += k
				if k == 8 {
					continue
				}
			}
			c := s[i]
			if c < utf8.RuneSelf {
				if asciiWord[c] {
					i++
					continue
				}
				// "R&D", "P&G": an ampersand between letters stays in the
				// word, as do hyphens and apostrophes. (Any other ASCII
				// byte ends it, with no rune to decode.)
				if (c == '-' || c == '\'' || c == '&') && i+1 < to && isLetter(nextRune(s, i+1, to)) {
					ascii = false
					i++
					continue
				}
				break
			}
			r, size = utf8.DecodeRuneInString(s[i:])
			if isLetter(r) || r == '’' && i+size < to && isLetter(nextRune(s, i+size, to)) {
				ascii = false
				i += size
				continue
			}
			break
		}
		var cue uint8
		// Cue words are 3 to 14 bytes long ("who" ... "acknowledging").
		if i-st >= 3 && i-st <= 14 {
			if ascii {
				if w := s[st:i]; cueTable.mayHave(w) {
					cue = cueTable.lookup(w, foldHash(w))
				}
			} else {
				cue = cueOf(s[st:i])
			}
		}
		ws = append(ws, wtok{start: st, end: i, cue: cue, cap: capital})
		if len(ws) >= max {
			break
		}
	}
	return ws
}

func (a *attributor) lowerIs(w wtok, x string) bool {
	return strings.EqualFold(a.s[w.start:w.end], x)
}

// after looks for "“Q,” X said" and "“Q,” said X" right after the closing mark.
func (a *attributor) after(i, paraB int) attr {
	sp := a.spans[i]
	if !sp.closed {
		return attr{}
	}
	q := a.s[sp.start:sp.end]
	// A subject after the quotation never stands inside it: the search
	// back past an earlier comma in marks stops at the closing mark.
	a.subjPara, a.subjLo = sp.close, -1
	end := paraB
	// A nickname in marks inside a name ("Maria “Cia” Reyes") does not
	// end the words after the quotation.
	j := i + 1
	for j < len(a.spans) && a.spans[j].para == sp.para && a.spans[j].open < end && a.insideName(a.spans[j]) {
		j++
	}
	if j < len(a.spans) && a.spans[j].para == sp.para && a.spans[j].open < end {
		end = a.spans[j].open
	}
	// The words after a quotation that ends its sentence start a new one,
	// unless they go on in lower case ("“Why?” she asked").
	if end-sp.close > 300 {
		end = sp.close + 300
	}
	if stop := a.sentEnd(sp.close, end); stop < end {
		end = stop
	}
	// The rules below look at the first words only (a cue among the first
	// eight and four words after it) unless no cue comes early or the
	// words open a new clause: the rest of the sentence is read on need.
	a.w1 = a.scanWords(sp.close, end, a.w1, afterWords)
	ws := a.w1
	short := len(ws) == afterWords // more words may follow
	if len(ws) == 0 {
		return attr{}
	}
	// "“Why now?” Mills then writes back, “You look cute.”": a new
	// sentence that introduces the next quotation is its attribution.
	if q != "" && (q[len(q)-1] == '?' || q[len(q)-1] == '!') && ws[0].cap && a.introducesNext(i, end) {
		return attr{}
	}
	if strings.HasSuffix(q, ".") && ws[0].cap {
		// "“Q.” Trump said to cheers.": a sentence of its own that only
		// names the speaker still attributes the quotation before it.
		if !short {
			if r, ok := a.shortAttribution(sp.close, ws); ok {
				return r
			}
		}
		return attr{}
	}
	// "“let the Tories in”, while the Tories say ...": a new clause, not an
	// attribution.
	switch strings.ToLower(a.s[ws[0].start:ws[0].end]) {
	case "while", "but", "and", "as", "although", "though", "whereas", "because", "when", "if", "since", "so", "which", "that", "where", "or", "unless", "until", "after", "before":
		// ... unless the sentence closes on its attribution: "“Q” before
		// the crash, she said.", "“Q” and more, Mr Clyburn said."
		if short {
			a.w1 = a.scan(sp.close, end, a.w1)
			ws = a.w1
		}
		if r, ok := a.asAttribution(sp.close, ws); ok {
			return r
		}
		if r, ok := a.closingAttribution(ws); ok {
			return r
		}
		// A phrase inside a sentence ("can now buy “trusted computers”,
		// but ..., asks X") is not what X says.
		if !a.partial(sp, sp.paraA) {
			if r, ok := a.closingInverted(ws); ok {
				return r
			}
		}
		return attr{}
	}
	if r, ok := a.documentFound(sp.close, q, ws); ok {
		return r
	}
	for k := 0; k < len(ws); k++ {
		if short && k == 8 {
			a.w1 = a.scan(sp.close, end, a.w1) // the same words, and the rest
			ws, short = a.w1, false
		}
		w := ws[k]
		// A capitalised verb is a name ("Fox News Says"), unless it
		// follows the comma closing an appositive ("Ann Ode, the
		// mayor, Tweeted").
		if w.cue&(cueVerb|cueAccording) == 0 || w.cue&cueVerb != 0 && w.cap && k > 0 && a.s[ws[k-1].end:w.start] != ", " {
			continue
		}
		// "“Q” his remarks", "“Q” the mayor's comments": a noun after a
		// possessive, not a verb.
		if k > 0 && onlySpaces(a.s, ws[k-1].end, w.start) && possessiveWord(a.s[ws[k-1].start:ws[k-1].end]) {
			continue
		}
		// "“Q,” the report said", "“Q,” a note read": after an article
		// opening the words the word is the document's noun, its verb
		// comes next.
		if k == 1 && onlySpaces(a.s, ws[0].end, w.start) && article(a.s[ws[0].start:ws[0].end]) && onlyPunct(a.s, sp.close, ws[0].start) {
			continue
		}

		if k >= 8 {
			// Far from the quote only as "“Q,” X, a long appositive, said":
			// the subject must open the words after the quote.
			r, ok := a.subjectBefore(w.start, sp.close)
			if ok && r.mStart >= 0 && r.mStart <= ws[min(2, len(ws)-1)].start {
				a.setCue(&r, ws, k)
				return r
			}
			// "“Q,” party spokesman and former mayor Ann Ode told ...":
			// role words before the name.
			if onlyPunct(a.s, sp.close, ws[0].start) && breaksOff(q, a.s[sp.close:ws[0].start]) {
				if m, ok2 := a.nameAfterRole(ws[0].start, w.start); ok2 && a.nameThenVerb(m.End, w.start) {
					var r attr
					a.fromMention(&r, m)
					if r.found = r.mention != ""; r.found {
						a.setCue(&r, ws, k)
						return r
					}
				}
			}
			// "“Q” for development in poorer countries Gordon Brown will
			// say": a person and a speech verb later in the same clause,
			// with no punctuation between the quotation and them.
			if ok && r.isPerson && k <= 12 && r.mStart > sp.close && lettersAndSpaces(a.s, sp.close, r.mStart) {
				a.setCue(&r, ws, k)
				return r
			}
			// "“Q” by the shooting that drew attention, Nefzi said.": the
			// attribution closes the sentence after a comma.
			// The clause may run on after the verb when subject and verb
			// stand together right after the comma: "..., she said in a
			// video message to the convention."
			if ok && r.mStart > 0 && strings.HasSuffix(strings.TrimRight(a.s[:r.mStart], " "), ",") &&
				(k >= len(ws)-3 && a.endsSentence(ws, k) || r.mEnd <= w.start && onlySpaces(a.s, r.mEnd, w.start) && !w.cap && w.cue&cueAfterOnly == 0) {
				a.setCue(&r, ws, k)
				return r
			}
			// "“Q,” Rep. Ann Ode’s chief of staff, Tom Reyes, told the
			// Herald": a role phrase, then the name set off by commas
			// right before the verb.
			// The name may open on a lower-case office word and close on a
			// party bracket: "“Q!” the mayor's sister, state Rep. Ann Ode
			// (D-Norfolk), shouted".
			if ok && r.isPerson {
				ms, me := a.officeBefore(r.mStart, sp.close), a.bracketAfter(r.mEnd, w.start)
				if ms > sp.close+2 && a.s[ms-2:ms] == ", " && me < w.start && a.s[me] == ',' &&
					onlySpaces(a.s, me+1, w.start) && onlyPunct(a.s, sp.close, ws[0].start) && breaksOff(q, a.s[sp.close:ws[0].start]) && a.roleOnly(ws, ms) {
					a.setCue(&r, ws, k)
					return r
				}
			}
			// "“Q,” since the cases were close, said Lee Epstein, who ...".
			if strings.HasSuffix(strings.TrimRight(a.s[sp.close:w.start], " "), ",") {
				a.loose = true
				r, ok := a.subjectAfter(w.end, end)
				a.loose = false
				if ok {
					a.setCue(&r, ws, k)
					return r
				}
			}
			// "“Q,” Anne Reed, assistant secretary of state for refugees,
			// migration and health, said": a name, a comma, the verb later.
			if m, ok := a.mentionAfter(ws[0].start, ws[0].start+1); ok && m.Kind == people.Name && m.End < len(a.s) && a.s[m.End] == ',' && onlyPunct(a.s, sp.close, m.Start) {
				var r attr
				a.fromMention(&r, m)
				if r.found = r.mention != ""; r.found {
					a.setCue(&r, ws, k)
					return r
				}
			}
			break
		}
		if w.cue&cueAccording != 0 {
			if k+1 < len(ws) && a.lowerIs(ws[k+1], "to") {
				// "according to the news outlet": any noun phrase.
				a.loose = true
				r, ok := a.subjectAfter(ws[k+1].end, end)
				a.loose = false
				if ok {
					r.cue, r.cueStart, r.cueEnd = a.s[w.start:ws[k+1].end], w.start, ws[k+1].end
					return r
				}
			}
			continue
		}
		// X said: the subject stands between the closing mark and the verb.
		if k > 0 {
			if r, ok := a.subjectBefore(w.start, sp.close); ok && !a.subordinate(r.mStart, sp.close) && !a.innerClause(sp, q, r, ws) {
				a.setCue(&r, ws, k)
				return r
			}
			// "“Q,” Jo Lee, editor of Gamesweek.com told the BBC": a name
			// and a comma opening the words, the verb after its role.
			if m, ok := a.mentionAfter(ws[0].start, ws[0].start+1); ok && m.Kind == people.Name && m.Person >= 0 && m.End < w.start && a.s[m.End] == ',' && onlyPunct(a.s, sp.close, m.Start) && breaksOff(q, a.s[sp.close:m.Start]) {
				if r, ok := a.mentionCue(m, ws, k); ok {
					return r
				}
			}
			// "“Q,” the investigator wrote": a short noun phrase opening the
			// words after the quote is the speaker, whatever its noun.
			// The quotation must break off ("“Q,” the", "“Q?” one"): in
			// "“look into” every claim" the words go on with the sentence.
			// "“Q”, a jury has been told": the hearers, not the speaker.
			if passiveAux(a.s[ws[k-1].start:ws[k-1].end]) && passiveHearer(a.s, w.start) {
				return attr{}
			}
			if k <= 4 && (isDeterminer(strings.ToLower(a.s[ws[0].start:ws[0].end])) || a.lowerIs(ws[0], "this")) && onlyPunct(a.s, sp.close, ws[0].start) && breaksOff(q, a.s[sp.close:ws[0].start]) {
				end := ws[k-1].end
				r := attr{speaker: a.s[ws[0].start:end], mention: a.s[ws[0].start:end], mStart: ws[0].start, mEnd: end, found: true}
				if onlySpacesBetween(a.s, ws[:k+1]) {
					a.setCue(&r, ws, k)
					return r
				}
			}
			// Longer noun phrases: "“Q?” a staffer in the room wondered",
			// "“Q,” the bespectacled, 71-year-old diplomat said".
			if r, ok := a.nounPhraseBefore(ws, k, sp.close, q); ok {
				a.setCue(&r, ws, k)
				return r
			}
		}
		// "“Q”, warning that the agency ...": a participle takes the
		// sentence's subject, before the quotation; what follows it is
		// its object or clause.
		if k == 0 && w.end-w.start > 4 && a.s[w.end-3:w.end] == "ing" {
			continue
		}
		// said X: right after the quotation any short noun phrase is the
		// speaker ("said a New Hampshire Democrat"). A verb that is speech
		// only with its particle ("shot back", "cut in") needs it: in
		// "whose chief said it was “cooling fast”, cut its forecast" the
		// words are the firm's next clause.
		if w.cue&cueAfterOnly != 0 && !a.particleAfter(ws, k) {
			continue
		}
		a.loose = k == 0
		r, ok := a.subjectAfter(w.end, end)
		a.loose = false
		// "“Q” his remarks, had accused a reporter": after other words
		// the verb's object is no speaker unless a comma sets the verb
		// off ("“Q,” as ever, said X").
		if ok && k > 0 && !strings.HasSuffix(strings.TrimRight(a.s[sp.close:w.start], " "), ",") && !a.adverbsOnly(ws[:k]) &&
			!(r.mStart > w.end && strings.TrimSpace(a.s[w.end:r.mStart]) == "by") { // "as described by X"
			ok = false
		}
		if ok {
			a.setCue(&r, ws, k)
			return r
		}
		if k == 0 {
			continue
		}
		break
	}
	if a.partial(sp, sp.paraA) {
		return attr{} // "While X says the plan is “Q,” he argues ...": a new clause
	}
	return a.unlistedVerb(sp.close, q, ws)
}

// unlistedVerb attributes "“Q,” he points out" and "“Q?” Ms Vance
// wondered aloud": a quotation that breaks off on a comma, question or
// exclamation mark, then a person and a finite verb the lexicon lacks.
func (a *attributor) unlistedVerb(p int, q string, ws []wtok) attr {
	if q == "" || !strings.ContainsRune(",?!", rune(q[len(q)-1])) {
		return attr{}
	}
	m, ok := a.mentionStartingAt(ws[0].start)
	if !ok || !onlyPunct(a.s, p, m.Start) || m.Person < 0 && !(m.Kind == people.Pronoun && isSubjectPronoun(m.Text)) {
		return attr{}
	}
	k := firstWordAt(ws, m.End)
	if k >= len(ws) || !onlySpaces(a.s, m.End, ws[k].start) || ws[k].cap || ws[k].cue != 0 {
		return attr{}
	}
	v := a.s[ws[k].start:ws[k].end]
	if !finiteVerbLike(v) {
		return attr{}
	}
	var r attr
	a.fromMention(&r, m)
	if r.found = r.mention != ""; !r.found {
		return attr{}
	}
	a.setCue(&r, ws, k)
	return r
}

// finiteVerbLike reports whether a lower-case word looks like a verb in
// the past or third person ("surmised", "points"), and is no linking or
// auxiliary verb that would start another clause ("was", "has").
func finiteVerbLike(v string) bool {
	if len(v) < 4 || !(strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss") && !strings.HasSuffix(v, "us")) {
		return false
	}
	switch v {
	case "does", "goes", "gets", "needed", "seemed", "seems", "appeared", "appears", "wanted", "wants", "tried", "tries", "used", "uses":
		return false
	}
	return true
}

// shortAttribution finds a short sentence ws, right after a quotation
// closing at p, that is only its attribution: a mention, a speech verb,
// at most four words more ("Ms Ruiz said on Monday.").
func (a *attributor) shortAttribution(p int, ws []wtok) (attr, bool) {
	m, ok := a.mentionStartingAt(ws[0].start)
	if !ok || !onlyPunct(a.s, p, m.Start) || m.Kind != people.Pronoun && m.Person < 0 {
		return attr{}, false
	}
	k := firstWordAt(ws, m.End)
	if k >= len(ws) || len(ws)-k > 5 || !onlySpaces(a.s, m.End, ws[k].start) {
		return attr{}, false
	}
	if w := ws[k]; w.cue&cueVerb == 0 || w.cue&cueAfterOnly != 0 || w.cap {
		return attr{}, false
	}
	// The sentence must close on a full stop: "He added: “...”" and "She
	// called him “...”" introduce the next quotation instead.
	if e := ws[len(ws)-1].end; e >= len(a.s) || a.s[e] != '.' {
		return attr{}, false
	}
	var r attr
	a.fromMention(&r, m)
	if r.found = r.mention != ""; !r.found {
		return attr{}, false
	}
	a.setCue(&r, ws, k)
	return r, true
}

// firstWordAt returns the index of the first word of ws starting at or
// after p.
func firstWordAt(ws []wtok, p int) int {
	k := 0
	for k < len(ws) && ws[k].start < p {
		k++
	}
	return k
}

// afterWords is how many words after a quotation after reads at first:
// a cue among the first eight and the four words setCue may take after it.
const afterWords = 12

// innerClause reports whether the subject r found after a phrase quoted
// inside a sentence belongs to a clause of its own behind a preposition:
// in "cautioned against “a betrayal of our values” in the way the city
// responds" the city says nothing. The quotation goes on with the
// sentence (no comma or stop in its marks), and a lower-case word other
// than a determiner stands between it and the subject.
func (a *attributor) innerClause(sp span, q string, r attr, ws []wtok) bool {
	if q == "" || strings.ContainsRune(",.?!", rune(q[len(q)-1])) || !onlySpaces(a.s, sp.close, ws[0].start) || r.mStart <= ws[0].start {
		return false
	}
	// "“Q” of the plan, Mr Ode said": an attribution set off by a comma
	// closes the sentence.
	if strings.HasSuffix(strings.TrimRight(a.s[sp.close:r.mStart], " "), ",") {
		return false
	}
	w := strings.ToLower(a.s[ws[0].start:ws[0].end])
	switch w {
	case "in", "on", "at", "for", "from", "with", "by", "about", "against", "over", "under", "into", "of", "to", "during", "after", "since", "toward", "towards", "than", "among", "between", "through", "without", "within":
		return !ws[0].cap
	}
	return false
}

// introducesNext reports whether the words after quotation i, up to end,
// close on a comma or colon right before the next quotation of the
// paragraph, which opens with a capital letter.
func (a *attributor) introducesNext(i, end int) bool {
	j := i + 1
	if j >= len(a.spans) || a.spans[j].para != a.spans[i].para || a.spans[j].open != end {
		return false
	}
	e := skipSpaceBack(a.s, a.spans[i].close, end)
	if e <= a.spans[i].close || a.s[e-1] != ',' && a.s[e-1] != ':' {
		return false
	}
	nx := a.spans[j]
	return nx.start < nx.end && isUpper(nextRune(a.s, nx.start, nx.end))
}

// adverbsOnly reports whether ws are lower-case adverbs or skip words
// ("then", "later", "quietly"): "“Q,” then said X".
func (a *attributor) adverbsOnly(ws []wtok) bool {
	for _, w := range ws {
		if w.cap || w.cue&cueSkip == 0 && !strings.HasSuffix(a.s[w.start:w.end], "ly") {
			return false
		}
	}
	return true
}

// participleBetween reports whether only a participle of saying
// ("saying", "adding") and punctuation stand between the phrase prev,
// which goes on with its sentence, and the quotation sp.
func (a *attributor) participleBetween(prev, sp span) bool {
	t := a.s[prev.start:prev.end]
	if t == "" || strings.ContainsRune(".?!", rune(t[len(t)-1])) || sp.open-prev.close > 30 {
		return false
	}
	gap := strings.Trim(a.s[prev.close:sp.open], " ,:")
	return gap != "" && !strings.ContainsAny(gap, " ,") && strings.HasSuffix(gap, "ing") && cueOf(gap)&cueVerb != 0
}

// insideName reports whether the quotation sp lies inside a name
// mention of the cast: a nickname.
func (a *attributor) insideName(sp span) bool {
	ms := a.cast.Mentions
	k := firstEndAtOrAfter(ms, sp.close)
	return k < len(ms) && ms[k].Start < sp.open && ms[k].Kind == people.Name
}

// asAttribution finds "“Q,” as X said on Monday" and "“Q,” as X, a
// fellow at ..., puts it": "as" right after the quotation, a mention right
// after it, then a speech verb ("put it" included) whose subject is that
// mention. The quotation must break off on its punctuation: "“Q” as well"
// goes on with the sentence.
func (a *attributor) asAttribution(p int, ws []wtok) (attr, bool) {
	if len(ws) < 3 || ws[0].cap || !a.lowerIs(ws[0], "as") {
		return attr{}, false
	}
	if !onlyPunct(a.s, p, ws[0].start) {
		return attr{}, false
	}
	// "“Q,” as described by X": the agent of a passive verb of saying.
	if ws[1].cue&cueVerb != 0 && !ws[1].cap && a.lowerIs(ws[2], "by") {
		a.loose = true
		r, ok := a.subjectAfter(ws[2].end, ws[len(ws)-1].end)
		a.loose = false
		if ok {
			a.setCue(&r, ws, 1)
		}
		return r, ok
	}
	m, ok := a.mentionStartingAt(ws[1].start)
	if !ok || m.Kind == people.Organisation && m.Person < 0 {
		return attr{}, false
	}
	// An appositive set off by commas may run long before the verb.
	reach := firstWordAt(ws, m.End) + 2
	if m.End < len(a.s) && a.s[m.End] == ',' {
		reach += 22
	}
	for k := firstWordAt(ws, m.End); k < len(ws) && k <= reach; k++ {
		w := ws[k]
		put := a.lowerIs(w, "put") || a.lowerIs(w, "puts")
		if w.cap || w.cue&cueVerb == 0 && !(put && k+1 < len(ws) && a.lowerIs(ws[k+1], "it")) {
			continue
		}
		r, ok := a.subjectBefore(w.start, ws[1].start)
		if !ok || r.mStart != m.Start {
			return attr{}, false
		}
		a.setCue(&r, ws, k)
		return r, true
	}
	return attr{}, false
}

// closingAttribution finds ", X said." ending the words ws of a sentence:
// a person or pronoun mention right after a comma, a speech verb right
// after it, and at most two words (a time: "on Monday") to the full stop.
func (a *attributor) closingAttribution(ws []wtok) (attr, bool) {
	for k := len(ws) - 1; k >= 1 && k >= len(ws)-3; k-- {
		w := ws[k]
		if w.cue&cueVerb == 0 || w.cue&cueAfterOnly != 0 || w.cap || !a.endsSentence(ws, k) {
			continue
		}
		m, ok := a.mentionEndingAt(skipSpaceBack(a.s, 0, w.start))
		if !ok || m.Person < 0 || !onlySpaces(a.s, m.End, w.start) || !strings.HasSuffix(strings.TrimRight(a.s[:m.Start], " "), ",") {
			return attr{}, false
		}
		return a.mentionCue(m, ws, k)
	}
	return attr{}, false
}

// mentionCue is the attribution to mention m with the cue word ws[k];
// false when m gives no speaker text.
func (a *attributor) mentionCue(m people.Mention, ws []wtok, k int) (attr, bool) {
	var r attr
	a.fromMention(&r, m)
	if r.found = r.mention != ""; !r.found {
		return attr{}, false
	}
	a.setCue(&r, ws, k)
	return r, true
}

// closingInverted finds ", said X." closing the words ws of a sentence:
// a speech verb right after a comma and a named speaker right after it,
// then the end of the sentence or an appositive ("“Q,” since so many
// cases were close, said Lena Marsh, who teaches law.").
func (a *attributor) closingInverted(ws []wtok) (attr, bool) {
	if len(ws) < 3 {
		return attr{}, false
	}
	end := ws[len(ws)-1].end
	for k := len(ws) - 2; k >= 1; k-- {
		w := ws[k]
		if w.cue&cueVerb == 0 || w.cue&cueAfterOnly != 0 || w.cap || !strings.Contains(a.s[ws[k-1].end:w.start], ",") {
			continue
		}
		m, ok := a.mentionAfter(w.end, min(end, w.end+60))
		if !ok || m.Kind == people.Pronoun || m.Person < 0 && m.Kind != people.Unnamed || !lettersAndSpaces(a.s, w.end, m.Start) || hasWords(a.s, w.end, m.Start, 3) {
			return attr{}, false
		}
		if rest := strings.TrimSpace(a.s[m.End:min(len(a.s), end+1)]); rest != "" && rest[0] != ',' && rest[0] != '.' {
			return attr{}, false
		}
		return a.mentionCue(m, ws, k)
	}
	return attr{}, false
}

// before looks for the nearest cue in the sentence before the opening mark:
// "X said: “Q”", "X said that ... “Q”", "According to X, “Q”".
func (a *attributor) before(i, paraA int) attr {
	sp := a.spans[i]
	lo := paraA
	// A title in marks between the cue and the quotation does not end the
	// look-back: "Podesta told NBC's “Meet the Press” that she “is going
	// to win.”"
	for j := i - 1; j >= 0 && a.spans[j].para == sp.para; j-- {
		if !a.title[j] || a.spans[j].closed && strings.HasSuffix(a.s[a.spans[j].start:a.spans[j].end], ".") {
			lo = max(lo, a.spans[j].close)
			// "Mr Ode needled the “reporter,” saying, “Q”": a participle
			// alone between a phrase and the quotation speaks for the
			// subject before the phrase.
			if a.participleBetween(a.spans[j], sp) {
				lo = paraA
				for k := j - 1; k >= 0 && a.spans[k].para == sp.para; k-- {
					if !a.title[k] {
						lo = max(lo, a.spans[k].close)
						break
					}
				}
			}
			break
		}
	}
	if sp.open-lo > 600 {
		lo = sp.open - 600
	}
	from := a.sentStart(lo, sp.open)
	if sp.open-from > 600 {
		from = sp.open - 600
		for from < sp.open && !utf8.RuneStart(a.s[from]) {
			from++
		}
	}
	// The subject may stand before an earlier quotation of the sentence
	// ("Riis, the author of “Quiet Power,” a study of lobbying, said").
	a.subjPara, a.subjLo = paraA, -1 // computed on demand by extendLo
	if r := a.beforeWindow(from, sp.open); r.found {
		// "Ms Ode said that when Mr Reyes railed against them, “Q”": a
		// clause of time or condition reports no speech of the quotation.
		if r.mStart > from && a.subordinate(r.mStart, from) {
			if o := a.outerReport(from, r, sp.open, true); o.found {
				return o
			}
		}
		if a.partial(sp, paraA) {
			// "Mr Ode said the mayor had told staff the depot would “Q”":
			// the outermost report.
			for range 3 {
				o := a.outerReport(from, r, sp.open, false)
				if !o.found {
					break
				}
				r = o
			}
		} else if a.modalCue(from, r) {
			// "Ms Lutz said the bloc would respond: “Q”": a speech
			// that has not happened quotes no one; the reporter of
			// the clause speaks.
			if o := a.outerReport(from, r, sp.open, true); o.found {
				return o
			}
		}
		return r
	}
	// "X said:" or "X tweeted a warning." closing the sentence before a
	// quotation that opens its own.
	if from > paraA && !hasWords(a.s, from, sp.open, 1) {
		prevFrom := a.sentStart(max(paraA, from-600), skipSpaceBack(a.s, paraA, from))
		if i == 0 || a.spans[i-1].para != sp.para || a.spans[i-1].close <= prevFrom {
			if r := a.beforeWindow(prevFrom, from); r.found {
				return r
			}
		}
	}
	// "Mr Ode also embraced the plan -- “I think it is the best we
	// have.”": a dash before a quoted sentence works as a colon when a
	// person is the subject.
	if k := skipSpaceBack(a.s, from, sp.open); k > from && hasWords(a.s, sp.start, sp.end, minPartialWords) && (strings.HasSuffix(a.s[from:k], "--") || strings.HasSuffix(a.s[from:k], "—") || strings.HasSuffix(a.s[from:k], " -")) {
		d := strings.LastIndexAny(a.s[from:k], "-—") + from
		for d > from && (a.s[d-1] == '-' || a.s[d-1] == ' ') {
			d--
		}
		if r, ok := a.sentenceSubject(from, d); ok && r.isPerson && r.mEnd <= d && a.stanceBetween(r.mEnd, d) {
			r.cue, r.cueStart, r.cueEnd = strings.TrimSpace(a.s[d:k]), d, k
			return r
		}
	}
	// A quotation after a colon belongs to the subject of the clause before it.
	if k := skipSpaceBack(a.s, from, sp.open); k > from && a.s[k-1] == ':' {
		// "More from Ms Diaz: “Q”", "... doesn't surprise pollster Tom
		// Ode: “Q”": a person named right before the colon.
		// Not the object of a preposition: "Of Ms Diaz: “Q”" is a topic,
		// "by Ms Diaz: “Q”" a byline.
		// A headline ("A lesson from Ms Diaz: ‘Q’") shortens what the
		// body quotes in full.
		if m, ok := a.mentionEndingAt(skipSpaceBack(a.s, from, k-1)); ok && m.Kind == people.Name && m.Person >= 0 && !a.afterPrep(from, m.Start) && (sp.para > 0 || hasWords(a.s, sp.paraA, sp.paraB, 20)) {
			var r attr
			a.fromMention(&r, m)
			if r.found = r.mention != ""; r.found {
				r.cue, r.cueStart, r.cueEnd = ":", k-1, k
				return r
			}
		}
		if r, ok := a.sentenceSubject(from, k); ok && (sp.para > 0 || hasWords(a.s, sp.paraA, sp.paraB, 20) || !hasContent(a.s, sp.paraB, len(a.s))) {
			r.cue, r.cueStart, r.cueEnd = ":", k-1, k
			return r
		}
		// "Here’s Ms Diaz in 2012: “Q”": the person presented.
		if p := a.afterHereIs(from, k); p > 0 {
			if m, ok := a.mentionStartingAt(p); ok && m.Person >= 0 && m.Kind != people.Pronoun && m.End < k {
				var r attr
				a.fromMention(&r, m)
				if r.found = r.mention != ""; r.found {
					r.cue, r.cueStart, r.cueEnd = ":", k-1, k
					return r
				}
			}
		}
	}
	return attr{}
}

// outerReport finds the speaker who reports the clause holding r's cue:
// in "Ms Diaz said the mayor had promised the depot would “stay open”"
// the marks quote Ms Diaz, who tells of the mayor's promise. The verb of
// saying must stand before r's subject in the sentence, from on, and
// r's cue must not introduce the quotation itself ("Ms Diaz said the
// mayor told her: “Q”").
//
// anyCue lifts that last condition, for a cue that is no act of speech
// (see modalCue).
func (a *attributor) outerReport(from int, r attr, to int, anyCue bool) attr {
	if r.cueStart < 0 || !anyCue && (a.introduces(r.cueEnd, to) || r.cueEnd == to) {
		return attr{}
	}
	end := r.cueStart
	if r.mStart >= 0 && r.mStart < end {
		end = r.mStart
	}
	if end <= from {
		return attr{}
	}
	a.w1 = a.scan(from, end, a.w1)
	ws := a.w1
	for k := len(ws) - 1; k >= 0; k-- {
		w := ws[k]
		if w.cap || w.cue&cueVerb == 0 || w.cue&cueAfterOnly != 0 || !reportVerb(a.s[w.start:w.end]) {
			continue
		}
		if k > 0 && (possessiveWord(a.s[ws[k-1].start:ws[k-1].end]) || !ws[k-1].cap && isDeterminer(a.s[ws[k-1].start:ws[k-1].end])) {
			continue // "his claims", "the report": a noun
		}
		// "Although she said it was a mistake, this week she said ...": a
		// clause closed by a comma reports something else.
		if strings.ContainsAny(a.s[w.end:end], ",;:—") {
			return attr{}
		}
		o, ok := a.subjectBefore(w.start, from)
		if !ok || o.mStart < 0 || o.mEnd > w.start || o.speaker == "" && !o.isPerson {
			return attr{}
		}
		a.setCue(&o, ws, k)
		return o
	}
	return attr{}
}

// modalCue reports whether r's cue verb follows a modal or "to" ("the
// bloc would respond", "ready to reply", "will not comment"), from on: a
// speech to come or one that may never be made.
func (a *attributor) modalCue(from int, r attr) bool {
	if r.cueStart <= from || r.mEnd > r.cueStart {
		return false
	}
	p := r.cueStart
	for range 2 {
		p = skipSpaceBack(a.s, from, p)
		ws := wordBack(a.s, from, p)
		if ws < 0 {
			return false
		}
		switch a.s[ws:p] {
		case "would", "will", "could", "might", "may", "should", "must", "can", "shall", "to":
			return true
		case "not", "never":
			p = ws
			continue
		}
		return false
	}
	return false
}

// reportVerb reports whether w is a finite verb that reports a clause of
// speech or belief: "said", "says", "told", "argued".
func reportVerb(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "added", "adds", "argued", "argues", "insisted", "insists",
		"claimed", "claims", "wrote", "writes", "noted", "notes", "explained", "explains", "stated", "states",
		"contended", "contends", "maintained", "maintains", "suggested", "suggests", "warned", "warns", "predicted":
		return true
	}
	return false
}

// beforeWindow looks for the cue nearest the end of [from, to) and its subject.
func (a *attributor) beforeWindow(from, to int) attr {
	// Cues mostly stand near the quotation: the last words are tried
	// first, the whole window only when they give nothing. Words are taken
	// in the same order either way, so the result is the same.
	if tail := to - beforeTail; tail > from {
		for tail < to && !utf8.RuneStart(a.s[tail]) {
			tail++
		}
		if r := a.beforeWords(from, to, tail); r.found {
			return r
		}
	}
	return a.beforeWords(from, to, from)
}

// skipDayBack returns where a day phrase ending at c starts ("on
// Sunday", "late on Friday", "on Tuesday night", "last week"), or c when
// none ends there.
func (a *attributor) skipDayBack(from, c int) int {
	e := skipSpaceBack(a.s, from, c)
	v := wordBack(a.s, from, e)
	if v < 0 {
		return c
	}
	// "Tuesday night", "Monday morning": a part of the day after a day.
	switch a.s[v:e] {
	case "morning", "afternoon", "evening", "night":
		if u := wordBack(a.s, from, skipSpaceBack(a.s, from, v)); u >= 0 && people.IsTimeWord(a.s[u:skipSpaceBack(a.s, from, v)]) {
			v, e = u, skipSpaceBack(a.s, from, v)
		}
	}
	if !people.IsTimeWord(a.s[v:e]) {
		return c
	}
	// "Tuesday night": a second time word before the first.
	if u := wordBack(a.s, from, skipSpaceBack(a.s, from, v)); u >= 0 && people.IsTimeWord(a.s[u:skipSpaceBack(a.s, from, v)]) {
		v = u
	}
	for _, w := range [...]string{"on", "last", "late", "early"} {
		e := skipSpaceBack(a.s, from, v)
		if u := wordBack(a.s, from, e); u >= 0 && a.s[u:e] == w {
			v = u
		}
	}
	return skipSpaceBack(a.s, from, v)
}

// beforeTail is how many bytes before the quotation beforeWindow tries first.
const beforeTail = 160

// beforeWords looks for the cue nearest the end of [from, to) among the
// words from scanFrom on; a word cut by scanFrom is left out.
func (a *attributor) beforeWords(from, to, scanFrom int) attr {
	a.w1 = a.scan(scanFrom, to, a.w1)
	ws := a.w1
	lowK := 0
	if scanFrom > from {
		lowK = 1 // the first word may be cut
	}
	// A possessor's words named as the topic of the sentence ("Ms Diaz
	// called Mr Ode's remarks “Q”") are the speaker's only when no verb
	// of saying stands before them.
	var topic attr
	for k := len(ws) - 1; k >= lowK; k-- {
		w := ws[k]
		if w.cap && (k > 0 || scanFrom > from) && w.cue&cueAccording == 0 {
			continue // "the United States", "Fox News Says": names, not verbs
		}
		verb := w.cue&cueVerb != 0
		if verb && k > 0 && !pastTense(a.s[w.start:w.end]) && onlySpaces(a.s, ws[k-1].end, w.start) && possessiveWord(a.s[ws[k-1].start:ws[k-1].end]) {
			verb = false // "Mr Ode's comments", "his tweets": a noun ("Foster's said" is a verb)
		}
		if verb && w.cue&cueNoun != 0 && k > 1 && !pastTense(a.s[w.start:w.end]) && onlySpacesBetween(a.s, ws[k-2:k+1]) && possessiveWord(a.s[ws[k-2].start:ws[k-2].end]) {
			verb = false // "her March comment", "his latest claim"
		}
		switch {
		case w.cue&cueAccording != 0 && k+1 < len(ws) && a.lowerIs(ws[k+1], "to"):
			a.loose = true
			r, ok := a.subjectAfter(ws[k+1].end, to)
			a.loose = false
			if ok {
				r.cue, r.cueStart, r.cueEnd = a.s[w.start:ws[k+1].end], w.start, ws[k+1].end
				return r
			}
		case w.cue&cueAfterOnly != 0:
			// "shot back" is speech only right after a quotation, or
			// right before one it introduces: "Mr Ode shot back: “Q”".
			if k+1 < len(ws) && a.lowerIs(ws[k+1], "back") && a.introduces(ws[k+1].end, to) {
				if r, ok := a.subjectBefore(w.start, from); ok {
					a.setCue(&r, ws, k)
					return r
				}
			}
		case w.cue&cueVerb == 0 && (w.end-w.start == 6 || w.end-w.start == 5) && !w.cap && (a.lowerIs(w, "points") || a.lowerIs(w, "point")) && k+1 < len(ws) && a.lowerIs(ws[k+1], "out") && k > 0 && !possessiveWord(a.s[ws[k-1].start:ws[k-1].end]) && !isDeterminer(strings.ToLower(a.s[ws[k-1].start:ws[k-1].end])):
			// "It also points out that “Q”": the verb of "points out";
			// "the points out of reach" is a noun after a determiner.
			if r, ok := a.subjectBefore(w.start, from); ok {
				r.cue, r.cueStart, r.cueEnd = a.s[w.start:ws[k+1].end], w.start, ws[k+1].end
				return r
			}
		case w.cue&cueVerb == 0 && w.end-w.start == 3 && a.lowerIs(w, "put") && k+1 < len(ws) && a.lowerIs(ws[k+1], "it"):
			// "As Vulture put it, “...”"
			if r, ok := a.subjectBefore(w.start, from); ok {
				a.setCue(&r, ws, k)
				return r
			}
		case verb:
			// ", adding that ...": a participle takes the sentence's subject.
			if strings.HasSuffix(a.s[w.start:w.end], "ing") {
				if k := skipSpaceBack(a.s, from, w.start); k > from && a.s[k-1] == ',' {
					// "..., Mr Ode said, adding that ...": the speaker of
					// the verb before the comma.
					if c := k - 1; c > from {
						// "..., Mr Ode said on Sunday, calling ...": a day
						// after the verb.
						c = a.skipDayBack(from, c)
						if v := wordBack(a.s, from, c); v >= 0 && a.s[v] >= 'a' && a.s[v] <= 'z' && cueOf(a.s[v:c])&cueVerb != 0 && pastTense(a.s[v:c]) {
							if r, ok := a.subjectBefore(v, from); ok && r.mStart >= 0 && onlySpaces(a.s, r.mEnd, v) {
								a.setCue(&r, ws, k2(ws, w))
								return r
							}
						}
					}
					if r, ok := a.clauseSubject(from, k); ok {
						a.setCue(&r, ws, k2(ws, w))
						return r
					}
				}
			}
			// "Another commenter said, “...”": right before the quotation
			// any short noun phrase is the speaker.
			// Not a participle after a comma ("..., saying, “Q”"): its
			// subject is the clause's, looked for above.
			a.loose = onlyPunct(a.s, w.end, to) && to-w.end <= 3 && !(strings.HasSuffix(a.s[w.start:w.end], "ing") && strings.HasSuffix(a.s[from:skipSpaceBack(a.s, from, w.start)], ","))
			r, ok := a.subjectBefore(w.start, from)
			a.loose = false
			// "posted a video on Friday saying": the video is the object;
			// a participle prefers the subject of its sentence.
			if ok && r.mStart >= 0 && r.speaker != "" && !r.isPerson && strings.HasSuffix(a.s[w.start:w.end], "ing") {
				if _, isMention := a.mentionEndingAt(r.mEnd); !isMention {
					if r2, ok2 := a.clauseSubject(from, w.start); ok2 {
						r = r2
					}
				}
			}
			if ok {
				a.setCue(&r, ws, k)
				return r
			}
			// "..., with many marchers chanting “Q”": the noun phrase
			// after "with" is the participle's subject.
			if strings.HasSuffix(a.s[w.start:w.end], "ing") {
				if r, ok := a.withSubject(from, w.start); ok {
					a.setCue(&r, ws, k)
					return r
				}
			}
			// "Trump sent tweets on Friday saying that ...": a participle
			// whose subject is not beside it takes the sentence's subject.
			if strings.HasSuffix(a.s[w.start:w.end], "ing") {
				if r, ok := a.clauseSubject(from, w.start); ok {
					a.setCue(&r, ws, k)
					return r
				}
			}
			// "said Mr Smith:" right before the quotation.
			// Not "full of praise for her opponent:": the object of a
			// preposition after the verb.
			if r, ok := a.subjectAfter(w.end, to); ok && strings.ContainsAny(strings.TrimSpace(a.s[r.mEnd:to]), ",:") && len(strings.TrimSpace(a.s[r.mEnd:to])) <= 2 && !a.afterPrep(w.end, r.mStart) {
				a.setCue(&r, ws, k)
				return r
			}
			// "Added Ms Diaz, who chairs the board: “...”": a verb opening
			// the sentence has its subject after it.
			// Not a participle opening a clause: "Asked about it, Ms Diaz
			// said", "Declaring victory, the mayor ...".
			if k == 0 && scanFrom == from && onlyPunct(a.s, from, w.start) && !participleOpener(a.s[w.start:w.end]) {
				a.loose = true
				r, ok := a.subjectAfter(w.end, to)
				a.loose = false
				if ok && r.mStart >= 0 && onlySpaces(a.s, w.end, r.mStart) {
					a.setCue(&r, ws, k)
					return r
				}
			}
			// "Ms Diaz at the time said she had ...": a short adverbial
			// between the sentence's subject, a person, and its verb.
			if !w.cap {
				if r, ok := a.sentenceSubject(from, w.start); ok && r.isPerson && r.mEnd <= w.start &&
					lettersAndSpaces(a.s, r.mEnd, w.start) && !hasWords(a.s, r.mEnd, w.start, 4) {
					a.setCue(&r, ws, k)
					return r
				}
			}
			// "Ms Diaz thought for a moment and said, “...”", "Mr Ode went
			// on to say: “...”": the verb that opens the quotation speaks
			// for the subject of its sentence.
			if k == len(ws)-1 && a.introduces(w.end, to) {
				if r, ok := a.sentenceSubject(from, w.start); ok {
					a.setCue(&r, ws, k)
					return r
				}
			}
		case w.cue&cueNoun != 0 && k > 1 && a.lowerIs(w, "words") && a.lowerIs(ws[k-2], "in"):
			// "in the words of a senior adviser, “Q”", "in his words, “Q”".
			var r attr
			if a.lowerIs(ws[k-1], "the") && k+1 < len(ws) && a.lowerIs(ws[k+1], "of") {
				var ok bool
				if r, ok = a.subjectAfter(ws[k+1].end, to); !ok {
					continue
				}
			} else if m, ok := a.pronounPossessor(ws, k); ok {
				r = attr{mention: m.Text, mStart: m.Start, mEnd: m.End, speaker: a.cast.Name(m), isPerson: true, found: true}
				if c, ok := a.clauseSubject(from, m.Start); ok && c.isPerson && c.speaker == r.speaker && c.mStart >= 0 && c.mEnd <= m.Start {
					r.mention, r.mStart, r.mEnd = c.mention, c.mStart, c.mEnd
				}
			} else if m, ok := a.possessor(ws[k-1].end, w.start); ok {
				a.fromMention(&r, m)
				if r.found = r.mention != ""; !r.found {
					continue
				}
			} else {
				continue
			}
			r.cue, r.cueStart, r.cueEnd = a.s[ws[k-2].start:w.end], ws[k-2].start, w.end
			return r
		case w.cue&cueNoun != 0 && k > 0:
			// Starmer's admission that ... "Q"
			p := ws[k-1].end
			m, ok := a.possessor(p, ws[k].start)
			if !ok && !strings.HasPrefix(strings.TrimLeft(a.s[w.end:to], " "), ",") {
				// "her March comment that “Q”", "his call for “Q”"; not
				// "from her speech, her aides ...".
				m, ok = a.pronounPossessor(ws, k)
			}
			if ok {
				var r attr
				a.fromMention(&r, m)
				if m.Kind == people.Pronoun {
					// fromMention takes subject pronouns only; "her" here
					// is the speaker's possessive.
					r.mention, r.mStart, r.mEnd, r.speaker, r.isPerson = m.Text, m.Start, m.End, a.cast.Name(m), true
					// "Mr Ode stood by his comment that “Q”": the subject
					// names the same person in full.
					if c, ok := a.clauseSubject(from, m.Start); ok && c.isPerson && c.speaker == r.speaker && c.mStart >= 0 && c.mEnd <= m.Start {
						r.mention, r.mStart, r.mEnd = c.mention, c.mStart, c.mEnd
					}
				}
				if r.found = r.mention != ""; r.found {
					r.cue, r.cueStart, r.cueEnd = a.s[w.start:w.end], w.start, w.end
					if a.contentFollows(w.end, to) {
						return r
					}
					if !topic.found {
						topic = r
					}
				}
			}
		}
	}
	if scanFrom > from {
		// Only the tail was read: a verb of saying may stand before it.
		return attr{}
	}
	return topic
}

// roleOnly reports whether the words of ws before p read as a role
// phrase: no verb of saying, no more than twelve words, and only the
// comma that closes it.
func (a *attributor) roleOnly(ws []wtok, p int) bool {
	for k := 0; k < len(ws) && ws[k].end <= p; k++ {
		if k >= 12 || ws[k].cue&cueVerb != 0 {
			return false
		}
		if k > 0 && strings.ContainsAny(a.s[ws[k-1].end:ws[k].start], ",;:()") {
			return false
		}
	}
	return true
}

// withSubject returns the noun phrase between "with" and the participle
// at v, as written: "with many marchers chanting", "with one of her ads
// asking". At most five words, no punctuation, no verb of saying.
func (a *attributor) withSubject(from, v int) (attr, bool) {
	e := skipSpaceBack(a.s, from, v)
	ws := a.scanBack(from, e, 7)
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-6; k-- {
		if !onlySpaces(a.s, ws[k].end, ws[k+1].start) || ws[k+1].cue&cueVerb != 0 {
			return attr{}, false
		}
		if a.lowerIs(ws[k], "with") {
			// The absolute phrase opens a clause: after a comma or at the
			// sentence start ("replacing it with softer language calling
			// for" is no such phrase).
			if b := skipSpaceBack(a.s, from, ws[k].start); b > from && a.s[b-1] != ',' {
				return attr{}, false
			}
			st := ws[k+1].start
			return attr{speaker: a.s[st:e], mention: a.s[st:e], mStart: st, mEnd: e, found: true}, true
		}
	}
	return attr{}, false
}

// contentFollows reports whether the words after a noun of speech ending
// at p introduce what was said, up to the quotation at to: "Mr Ode's
// claim that “Q”", "her call for “Q”", "his warning: “Q”". Other words
// ("Mr Ode's remarks about the budget “Q”", "Mr Ode's remarks “Q”") make
// the remarks the topic of a sentence that may have a speaker of its own.
func (a *attributor) contentFollows(p, to int) bool {
	for p < to && isSpaceByte(a.s[p]) {
		p++
	}
	if p >= to {
		return false
	}
	switch a.s[p] {
	case ':', ',':
		return true
	}
	if strings.HasPrefix(a.s[p:to], "—") || strings.HasPrefix(a.s[p:to], "–") || strings.HasPrefix(a.s[p:to], "--") {
		return true
	}
	w := a.s[p:wordEnd(a.s, p, to)]
	for _, c := range [...]string{"that", "for", "of", "to", "against"} {
		if equalFoldLower(c, w) {
			return true
		}
	}
	return false
}

// participleOpener reports whether a verb opening a sentence starts a
// participial clause rather than an inverted attribution: "Asked ...",
// "Declaring ...".
func participleOpener(w string) bool {
	if len(w) > 3 && (w[len(w)-3:] == "ing" || w[len(w)-3:] == "ING") {
		return true
	}
	for _, p := range [...]string{"asked", "told", "pressed", "questioned", "reminded", "informed", "quoted", "reported", "accused", "charged", "called"} {
		if equalFoldLower(p, w) {
			return true
		}
	}
	return false
}

// possessiveWord reports whether w is a possessive determiner or ends in
// a possessive "'s": what follows it is a noun.
func possessiveWord(w string) bool {
	if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
		return true
	}
	for _, p := range [...]string{"his", "her", "their", "its", "my", "our", "your"} {
		if equalFoldLower(p, w) {
			return true
		}
	}
	return false
}

// subordinate reports whether the subject at p (after lo) opens a
// subordinate clause of time or condition: "a “special message” two hours
// before Mr Blair speaks" reports no speech of Mr Blair's.
func (a *attributor) subordinate(p, lo int) bool {
	if p <= lo {
		return false
	}
	e := skipSpaceBack(a.s, lo, p)
	b := wordBack(a.s, lo, e)
	if b < 0 {
		return false
	}
	w := a.s[b:e]
	for _, c := range [...]string{"before", "after", "when", "while", "because", "if", "until", "since", "unless", "once", "whether"} {
		if equalFoldLower(c, w) {
			return true
		}
	}
	return false
}

// breaksOff reports whether a quotation q, followed by the punctuation
// gap, ends its clause with a comma, question or exclamation mark.
func breaksOff(q, gap string) bool {
	q = strings.TrimSpace(q)
	return strings.HasSuffix(q, ",") || strings.HasSuffix(q, "?") || strings.HasSuffix(q, "!") || strings.Contains(gap, ",")
}

// introduces reports whether s[p:to] is only a comma or colon before a
// quotation: "said, “", "wrote: “".
func (a *attributor) introduces(p, to int) bool {
	t := strings.TrimSpace(a.s[p:to])
	return t == "," || t == ":"
}

// k2 finds w's index in ws (the scratch slice may have been rescanned).
func k2(ws []wtok, w wtok) int {
	for k := range ws {
		if ws[k].start == w.start {
			return k
		}
	}
	return 0
}

// possessor returns the mention before "'s" that ends the words at p.
func (a *attributor) possessor(p, nounStart int) (people.Mention, bool) {
	gap := a.s[p:nounStart]
	if strings.HasPrefix(gap, "’s ") || strings.HasPrefix(gap, "'s ") {
		return a.mentionEndingAt(p)
	}
	// The tokeniser keeps "Starmer’s" whole.
	for _, suf := range []string{"’s", "'s"} {
		if strings.HasSuffix(a.s[:p], suf) {
			if m, ok := a.mentionEndingAt(p - len(suf)); ok && m.Kind != people.Pronoun {
				return m, true
			}
		}
	}
	return people.Mention{}, false
}

func (a *attributor) setCue(r *attr, ws []wtok, k int) {
	w := ws[k]
	end := w.end
	// "told reporters", "told the BBC": keep the hearer, up to "that" or a comma.
	if w.cue&cueTell != 0 {
		last := k
		for j := k + 1; j < len(ws) && j <= k+4; j++ {
			if a.lowerIs(ws[j], "that") || a.lowerIs(ws[j], "on") && j > k+1 || strings.ContainsAny(a.s[ws[j-1].end:ws[j].start], ",:;\"“”") {
				break
			}
			if r.mStart > w.end && ws[j].start >= r.mStart {
				break
			}
			last = j
		}
		// A hearer cut short ends on a noun, not on "of" or "the": "told
		// the annual conference of ..." is cued "told the annual conference".
		for last > k+1 && danglingWord(strings.ToLower(a.s[ws[last].start:ws[last].end])) {
			last--
		}
		end = ws[last].end
	}
	r.cue, r.cueStart, r.cueEnd = a.s[w.start:end], w.start, end
}

// passiveAux reports whether w, before a past participle, makes it
// passive.
func passiveAux(w string) bool {
	switch w {
	case "been", "was", "were", "is", "are", "being", "be":
		return true
	}
	return false
}

// passiveHearer reports whether the verb at v, made passive, has the
// hearer or the target of the words as its subject.
func passiveHearer(s string, v int) bool {
	e := v
	for e < len(s) && isLetterByte(s[e]) {
		e++
	}
	switch s[v:e] {
	case "told", "warned", "accused", "attacked", "criticised", "criticized", "blamed", "urged", "ordered", "reminded", "informed":
		return true
	}
	return false
}

// isMentionEnd reports whether a mention of the cast ends at p.
func (a *attributor) isMentionEnd(p int) bool {
	_, ok := a.mentionEndingAt(p)
	return ok
}

// subjectBefore finds the speaker that ends before the verb at v, looking no
// further back than lo: "X said", "X has also said", "X, a spokeswoman for
// the ministry, said", "X, who ..., continued".
func (a *attributor) subjectBefore(v, lo int) (attr, bool) {
	s := a.s
	p := v
	whoAt := -1 // where a relative pronoun before the verb starts
	// One look at the word before the verb for two rare shapes: "quoted
	// X as saying", "Jayden's family said".
	if e := skipSpaceBack(s, lo, v); e > lo+1 {
		switch s[e-1] {
		case 's':
			if r, ok := a.quotedAs(v, lo); ok {
				return r, true
			}
			if r, ok := a.familyOf(v, lo); ok {
				return r, true
			}
		case 'y':
			if r, ok := a.familyOf(v, lo); ok {
				return r, true
			}
		}
	}
	// "Ode on Tuesday night warned", "sent by Ode late on Friday said": a
	// day phrase between subject and verb.
	// Not a name that ends in a month ("Brian May wrote"): only a phrase
	// with its preposition or a part of the day.
	if d := a.skipDayBack(lo, p); d < p && !a.isMentionEnd(skipSpaceBack(s, lo, p)) {
		if t := strings.TrimLeft(s[d:p], " "); strings.HasPrefix(t, "on ") || strings.HasPrefix(t, "late ") || strings.HasPrefix(t, "last ") || strings.HasPrefix(t, "early ") ||
			strings.HasSuffix(strings.TrimRight(t, " "), "night") || strings.HasSuffix(strings.TrimRight(t, " "), "morning") || strings.HasSuffix(strings.TrimRight(t, " "), "afternoon") || strings.HasSuffix(strings.TrimRight(t, " "), "evening") {
			p = d
		}
	}
	for range 4 {
		p = skipSpaceBack(s, lo, p)
		ws := wordBack(s, lo, p)
		if ws < 0 {
			break
		}
		c := cueOf(s[ws:p])
		// "A jury has been told that ...", "a man was attacked": the
		// subject of a passive telling or blaming heard the words or bore
		// them ("X was quoted as saying", "was asked" stay).
		if c&cueSkip != 0 && passiveAux(s[ws:p]) && p == skipSpaceBack(s, lo, v) && passiveHearer(s, v) {
			return attr{}, false
		}
		// "May said", "Will added": a capitalised auxiliary may be the
		// surname a mention ends with.
		if c&cueSkip != 0 && c&cueVerb == 0 && !(s[ws] >= 'A' && s[ws] <= 'Z' && a.isMentionEnd(p)) || p-ws > 4 && s[p-2] == 'l' && s[p-1] == 'y' && s[ws] >= 'a' && s[ws] <= 'z' {
			p = ws
			continue
		}
		// "his mother, who he said had told him: “Q”": a parenthetical
		// "he said" inside the relative clause.
		if (s[ws:p] == "said" || s[ws:p] == "says") && whoAt < 0 {
			e1 := skipSpaceBack(s, lo, ws)
			if w1 := wordBack(s, lo, e1); w1 >= 0 && isSubjectPronoun(s[w1:e1]) {
				e2 := skipSpaceBack(s, lo, w1)
				if w2 := wordBack(s, lo, e2); w2 >= 0 && cueOf(s[w2:e2])&cueWho != 0 {
					p, ws, c = e2, w2, cueOf(s[w2:e2])
				}
			}
		}
		if c&cueWho != 0 {
			whoAt = ws
			p = skipSpaceBack(s, lo, ws)
			if p > lo && s[p-1] == ',' {
				p--
			}
			p = skipSpaceBack(s, lo, p)
			// "Ode spoke to Tom Reyes on camera, who replied": "who" is
			// the person's before a short phrase of place or time.
			if !a.isMentionEnd(p) {
				p = a.personBeforePhrase(p, lo)
			}
		}
		break
	}
	// "X went on to say": the subject of the verb before "to".
	if ws := wordBack(s, lo, p); ws >= 0 && s[ws:p] == "to" {
		q := ws
		for n := 0; n < 4; n++ {
			q = skipSpaceBack(s, lo, q)
			if m, ok := a.mentionEndingAt(q); ok {
				// "Ode took to Twitter to call": the place of the
				// speech, behind a preposition, is no subject.
				if m.Kind == people.Organisation {
					if e := skipSpaceBack(s, lo, m.Start); e > lo {
						if b := wordBack(s, lo, e); b >= 0 && (s[b:e] == "to" || s[b:e] == "on" || s[b:e] == "via") {
							q, n = b, n-1 // the phrase counts as one word
							continue
						}
					}
				}
				var r attr
				a.fromMention(&r, m)
				r.found = r.mention != ""
				return r, r.found
			}
			if q = wordBack(s, lo, q); q < 0 {
				break
			}
		}
		// "The letter goes on to say": a document or body the cast lacks,
		// before "goes on" or "went on".
		if e := skipSpaceBack(s, lo, ws); e > lo {
			if on := wordBack(s, lo, e); on >= 0 && s[on:e] == "on" {
				e2 := skipSpaceBack(s, lo, on)
				if g := wordBack(s, lo, e2); g >= 0 {
					switch s[g:e2] {
					case "goes", "go", "went", "going":
						if r, ok := a.phraseBefore(skipSpaceBack(s, lo, g), lo); ok {
							return r, true
						}
					}
				}
			}
		}
	}
	// "X paused and said": the subject of the first verb.
	if ws := wordBack(s, lo, p); ws >= 0 && strings.EqualFold(s[ws:p], "and") {
		if _, ok := a.mentionEndingAt(skipSpaceBack(s, lo, ws)); !ok {
			return a.sentenceSubject(a.sentStart(lo, ws), ws)
		}
	}
	// "Sen. Chuck Schumer (D-N.Y.) said": skip the bracket.
	if p > lo && s[p-1] == ')' {
		if k := strings.LastIndexByte(s[lo:p], '('); k >= 0 && p-(lo+k) < 40 {
			p = skipSpaceBack(s, lo, lo+k)
		}
	}
	// "Ms Ode, who wore a cape reading “Vote early,” shouted": the comma
	// closing the relative clause stands inside the marks of a quotation
	// before the window.
	// Not a participle ("“Q1,” adding, “Q2”"), and the subject must
	// stand before that quotation, not open it ("“Oh,” said ...").
	if p == lo && lo > 2 && !strings.HasSuffix(s[v:wordEnd(s, v, len(s))], "ing") {
		if c := commaInMarks(s, lo); c > 0 {
			if ext := a.extendLo(lo); ext < c && a.quoteOpensAfter(ext, c) {
				lo, p = ext, c+1
			}
		}
	}
	// "As Ode, author of “The Long Count,” put it": the comma closing the
	// appositive stands inside the marks of a title (the window runs back
	// past titles only).
	// Not before a participle: in "said on “Morning Joe,” adding" the
	// comma ends the clause, not an appositive.
	if p > lo+2 && s[p-1] != ',' && !strings.HasSuffix(s[v:wordEnd(s, v, len(s))], "ing") {
		if c := commaInMarks(s, p); c > lo && a.titleClosingAt(p) {
			p = c + 1
		}
	}
	// An appositive or relative clause set off by commas.
	if p > lo && s[p-1] == ',' {
		inner := skipSpaceBack(s, lo, p-1)
		// "..., Gov. John Kasich (R-OH), said": the bracket stands after
		// the name.
		if inner > lo && s[inner-1] == ')' {
			if k := strings.LastIndexByte(s[lo:inner], '('); k >= 0 && inner-(lo+k) < 40 {
				if m, ok := a.mentionEndingAt(skipSpaceBack(s, lo, lo+k)); ok && m.Kind == people.Name && a.openedByComma(lo, m.Start) {
					inner = m.End
				}
			}
		}
		if m, ok := a.mentionEndingAt(inner); ok && m.Kind == people.Name && a.openedByComma(lo, m.Start) {
			var r attr
			a.fromMention(&r, m)
			r.found = true
			return r, true
		}
		k := strings.LastIndexByte(s[lo:p-1], ',')
		if k < 0 {
			// The subject may stand before an earlier quotation of the
			// sentence ("Riis, the author of “Quiet Power,” a study, said").
			if ext := a.extendLo(lo); ext < lo {
				if k2 := strings.LastIndexByte(s[ext:lo], ','); k2 >= 0 {
					lo, k = ext, k2
				}
			}
		}
		if k < 0 {
			return attr{}, false
		}
		if k < 40 && a.skipDateline(lo, p) > lo+k {
			// "STOCKHOLM, July 16 (Reuters) - Shares fell after ...,
			// blaming": the comma is the dateline's, which names no one.
			return attr{}, false
		}
		if w := skipSpaceForward(s, lo+k+1, p); w+4 < p && s[w:w+4] == "who " {
			whoAt = w
		}
		p = skipSpaceBack(s, lo, lo+k)
		// "Jesper Brodin, who heads Ingka Group, the largest franchisee,
		// told": the organisation ends a relative clause; its subject
		// stands before "who".
		if m, ok := a.mentionEndingAt(p); !ok || m.Kind != people.Name {
			if k2 := strings.LastIndexByte(s[lo:p], ','); k2 >= 0 {
				if w := skipSpaceForward(s, lo+k2+1, p); strings.HasPrefix(s[w:p], "who ") {
					if n, ok := a.mentionEndingAt(skipSpaceBack(s, lo, lo+k2)); ok && n.Kind == people.Name && n.Person >= 0 {
						p = n.End
					}
				}
			}
		}
		// An appositive with commas of its own ("Hemsley, the co-author of
		// “Going Viral,” about ..., said"): go back comma by comma to a name.
		for range 3 {
			if _, ok := a.mentionEndingAt(p); ok {
				break
			}
			if ext := a.extendLo(lo); ext < lo && strings.IndexByte(s[lo:p], ',') < 0 {
				lo = ext
			}
			k := strings.LastIndexByte(s[lo:p], ',')
			if k < 0 {
				break
			}
			if m, ok := a.mentionEndingAt(skipSpaceBack(s, lo, lo+k)); ok && m.Kind == people.Name {
				p = skipSpaceBack(s, lo, lo+k)
				break
			}
			p = skipSpaceBack(s, lo, lo+k)
		}
		// "The union, whose leader, Ann Roe, has warned of strikes,
		// said": the name is the subject of the relative clause; the
		// body before "whose" speaks.
		if m, ok := a.mentionEndingAt(p); ok && m.Kind == people.Name {
			if h := a.whoseHead(lo, m, p); h > lo {
				p = h
			}
		}
		if p > lo && s[p-1] == ')' {
			if k := strings.LastIndexByte(s[lo:p], '('); k >= 0 && p-(lo+k) < 40 {
				p = skipSpaceBack(s, lo, lo+k)
			}
		}
	}
	// "Ferdinand Marcos Jr. said": the mention ends before the full stop
	// of the suffix.
	if p > lo+1 && s[p-1] == '.' && !a.isMentionEnd(p) && a.isMentionEnd(p-1) {
		p--
	}
	if m, ok := a.mentionEndingAt(p); ok && m.Start >= lo {
		// "A spokesman for Mr Blair said": the spokesman speaks.
		// An organisation's name may begin before its mention: "the
		// Department for Education", "Avon and Somerset Police".
		ms := m.Start
		if m.Kind == people.Organisation {
			ms = a.orgNameStart(m.Start, lo)
		}
		// "A spokesman for Ann Ode and Tom Reyes said", "A bench of
		// Justices Ann Ode and Tom Reyes said": the group or source
		// before two names joined by "and" speaks.
		group := false
		if ms-5 > lo && a.s[ms-5:ms] == " and " && m.Kind == people.Name {
			if n, ok := a.mentionEndingAt(ms - 5); ok && n.Kind == people.Name && n.Start >= lo {
				ms, group = n.Start, true
			}
		}
		for _, prep := range []string{" for ", " of ", " to ", " at ", " close to ", " with ", " within ", " inside "} {
			if ms-len(prep) > lo && a.s[ms-len(prep):ms] == prep {
				if src, ok := a.mentionEndingAt(ms - len(prep)); ok && (src.Kind == people.Unnamed || src.Kind == people.Description && src.Person < 0 || group && src.Kind == people.Organisation && isDeterminer(strings.ToLower(a.s[src.Start:wordEnd(a.s, src.Start, src.End)]))) {
					t := a.s[src.Start:m.End]
					return attr{speaker: t, mention: t, mStart: src.Start, mEnd: m.End, found: true}, true
				}
			}
		}
		// "A senior official at the regulator, the NMDPRA, who declined
		// to be named, said": "who" is a person's; the organisation is an
		// appositive of the source's own organisation.
		if whoAt >= 0 && m.Kind == people.Organisation {
			if src, ok := a.sourceBeforeAppositive(ms, lo); ok {
				return src, true
			}
		}
		// "Analyst Tom Reyes of the Harbor Institute said": the person
		// before the organisation speaks, not the organisation. A party
		// read as a group, "the Free Democrats", is one too.
		if m.Kind == people.Organisation || m.Kind == people.Unnamed && namedGroup(m.Text) {
			for _, prep := range []string{" of ", " at ", " from "} {
				if ms-len(prep) > lo && a.s[ms-len(prep):ms] == prep {
					// "The head of the UN nuclear watchdog says": a
					// description of a known person too.
					if who, ok := a.mentionEndingAt(ms - len(prep)); ok && (who.Kind == people.Name || who.Kind == people.Description) && who.Person >= 0 && who.Start >= lo {
						m = who
					}
					break
				}
			}
		}
		var r attr
		a.fromMention(&r, m)
		r.found = r.mention != ""
		if r.found {
			r = a.notObject(r, lo, v)
		}
		return r, r.found
	}
	r, ok := a.phraseBefore(p, lo)
	if ok && whoAt >= 0 && r.mEnd <= whoAt && r.mStart > lo && s[r.mStart] >= 'A' && s[r.mStart] <= 'Z' && equalFoldLower("who", s[whoAt:wordEnd(s, whoAt, v)]) {
		// "A Western diplomat in Lilongwe, who asked not to be named,
		// said": "who" is no place's; the phrase before the preposition
		// speaks.
		if h, ok2 := a.beforePrep(r.mStart, lo); ok2 {
			r = h
		}
	}
	if ok && !r.isPerson && r.mStart > lo {
		// "The head of the city's water board says": the person before
		// the organisation speaks for it.
		if who, ok2 := a.personBeforeOrg(r.mStart, lo); ok2 {
			return who, true
		}
	}
	if ok && !r.isPerson && r.mStart >= lo {
		// "Analyst Sofie Lindgren of Handelsbanken said", read as one
		// capitalised run: the person at its start speaks.
		t := s[r.mStart:r.mEnd]
		cut := -1
		for _, prep := range [...]string{" of ", " at ", " from "} {
			if k := strings.Index(t, prep); k > 0 && (cut < 0 || k < cut) {
				cut = k
			}
		}
		if cut > 0 {
			if m, ok2 := a.mentionEndingAt(r.mStart + cut); ok2 && m.Person >= 0 && m.Kind == people.Name && m.End > r.mStart {
				var w attr
				a.fromMention(&w, m)
				if w.found = w.mention != ""; w.found {
					return w, true
				}
			}
		}
	}
	if ok && r.mStart > lo && s[r.mStart] >= 'A' && s[r.mStart] <= 'Z' {
		// "A spokesperson for RenewableUK, the industry body, said": the
		// source before the organisation speaks, not the organisation.
		if src, ok2 := a.sourceBeforeOrg(r.mStart, lo); ok2 {
			src.speaker = s[src.mStart:r.mEnd]
			src.mention, src.mEnd = src.speaker, r.mEnd
			return src, true
		}
	}
	if ok {
		r = a.notObject(r, lo, v)
	} else {
		r, ok = a.shareBefore(p, lo, v)
	}
	return r, ok
}

// shareBefore takes the share of a poll's respondents that opens the
// clause before a verb of saying at v, as written: "63 percent said",
// "most said", "About four in 10 say", "those surveyed said".
func (a *attributor) shareBefore(p, lo, v int) (attr, bool) {
	if e := wordEnd(a.s, v, len(a.s)); !equalFoldLower("said", a.s[v:e]) && !equalFoldLower("say", a.s[v:e]) && !equalFoldLower("says", a.s[v:e]) {
		return attr{}, false
	}
	start := p
	words := 0
	for start > lo && words < 7 {
		q := skipSpaceBack(a.s, lo, start)
		b := q
		for b > lo && (isLetter(prevRune(a.s, lo, b)) || a.s[b-1] >= '0' && a.s[b-1] <= '9' || a.s[b-1] == '%' || a.s[b-1] == ',' && b-2 >= lo && a.s[b-2] >= '0' && a.s[b-2] <= '9') {
			_, size := utf8.DecodeLastRuneInString(a.s[:b])
			b -= size
		}
		if b == q {
			break
		}
		start, words = b, words+1
	}
	if words == 0 {
		return attr{}, false
	}
	// The clause starts here: at the sentence's start or after a comma,
	// colon or dash.
	if k := skipSpaceBack(a.s, lo, start); k > lo && !strings.ContainsRune(",;:—–", prevRune(a.s, lo, k)) {
		return attr{}, false
	}
	e := skipSpaceBack(a.s, lo, p)
	if fe := wordEnd(a.s, start, e); fe < e && a.subordinate(skipSpaceForward(a.s, fe, e), start) {
		start = skipSpaceForward(a.s, fe, e) // "While those surveyed said"
	}
	if start >= e {
		return attr{}, false
	}
	// The last token, digits included ("four in 10").
	if wb := start + strings.LastIndexByte(a.s[start:e], ' ') + 1; !shareHead(a.s[wb:e]) {
		return attr{}, false
	}
	a.w2 = a.scan(start, e, a.w2)
	for j, w := range a.w2 {
		if w.cap && j > 0 || w.cue&cueVerb != 0 {
			return attr{}, false // a name, a verb: not a share of respondents
		}
	}
	t := a.s[start:e]
	return attr{speaker: t, mention: t, mStart: start, mEnd: e, found: true}, true
}

// shareHead reports whether w ends a phrase naming a share of people
// asked: "percent", "majority", "most", "surveyed", a number.
func shareHead(w string) bool {
	if w == "" {
		return false
	}
	if c := w[len(w)-1]; c >= '0' && c <= '9' || c == '%' {
		return true
	}
	switch strings.ToLower(w) {
	case "percent", "majority", "minority", "plurality", "most", "many", "half", "third", "quarter", "surveyed", "polled", "questioned", "respondents":
		return true
	}
	return false
}

// notObject returns the subject of the sentence instead of r when r is the
// object of a preposition standing right before the verb at v: in "Another source
// speaking to Fox News said" and "Ms Diaz, in a low voice, said" the
// network and the voice say nothing. ("with" is left out: in "with Mr Ode
// calling it “Q”" Mr Ode speaks.)
func (a *attributor) notObject(r attr, lo, v int) attr {
	// "welcomed by Beijing, which described": the subject of a relative
	// clause or appositive set off by a comma.
	if r.mStart <= lo || r.mEnd > v || strings.ContainsAny(a.s[r.mEnd:v], ",()") {
		return r
	}
	e := skipSpaceBack(a.s, lo, r.mStart)
	b := wordBack(a.s, lo, e)
	if b < 0 || e-b > 5 {
		return r
	}
	w := a.s[b:e]
	prep := false
	for _, x := range [...]string{"to", "at", "from", "by", "on", "in", "into", "about", "against", "toward", "towards"} {
		if equalFoldLower(x, w) {
			prep = true
			break
		}
	}
	if !prep {
		return r
	}
	if s, ok := a.sentenceSubject(a.sentStart(lo, b), b); ok && s.mEnd <= b && (s.isPerson || s.speaker != "") {
		return s
	}
	return r
}

// phraseBefore takes a speaker no mention covers, as written: a capitalised
// name ("Reporters Without Borders", "Beijing") or a noun phrase back to
// its determiner ("the campaign's statement").
func (a *attributor) phraseBefore(p, lo int) (attr, bool) {
	s := a.s
	ws := a.scanBack(lo, p, 10)
	if len(ws) == 0 {
		return attr{}, false
	}
	last := ws[len(ws)-1]
	lw := strings.ToLower(s[last.start:last.end])
	switch lw {
	case "they", "we", "i", "you", "it":
		return attr{mention: s[last.start:last.end], mStart: last.start, mEnd: last.end, found: true}, true
	case "it's", "it’s", "that's", "that’s", "there's", "there’s", "here's", "here’s", "what's", "what’s":
		return attr{}, false // "It's often referred to as": no speaker
	}
	if people.IsTimeWord(lw) {
		return attr{}, false
	}
	start := -1
	if last.cap {
		k := len(ws) - 1
		for k > 0 && (ws[k-1].cap || isConnector(s[ws[k-1].start:ws[k-1].end]) && k-1 > 0 && ws[k-2].cap) && onlySpaces(s, ws[k-1].end, ws[k].start) {
			k--
		}
		start = ws[k].start
		if isFunctionWord(s[ws[k].start:ws[k].end]) {
			if k+1 >= len(ws) {
				return attr{}, false
			}
			start = ws[k+1].start
		}
		if allCapsWords(s[start:last.end]) >= 2 {
			return attr{}, false // a headline in capitals
		}
	} else {
		if isFunctionWord(lw) {
			return attr{}, false
		}
		if !people.IsSourceNoun(lw) && !a.loose {
			return a.definitePhrase(ws)
		}
		for k := len(ws) - 1; k >= 0; k-- {
			w := strings.ToLower(s[ws[k].start:ws[k].end])
			if k < len(ws)-1 && !onlySpaces(s, ws[k].end, ws[k+1].start) && !strings.HasPrefix(s[ws[k].end:ws[k+1].start], ",") {
				break
			}
			if isDeterminer(w) || k < len(ws)-1 && (strings.HasSuffix(w, "’") || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")) && ws[k].cap {
				start = ws[k].start
				break
			}
			if isFunctionWord(w) {
				// "A Department of Health and Social Care spokesperson":
				// an organisation's name inside the phrase.
				if (w == "of" || w == "and" || w == "for") && k > 0 && k+1 < len(ws) && ws[k-1].cap && ws[k+1].cap {
					continue
				}
				break
			}
		}
		if start < 0 && !a.loose {
			return a.definitePhrase(ws)
		}
	}
	if start < 0 {
		return attr{}, false
	}
	end := last.end
	return attr{speaker: s[start:end], mention: s[start:end], mStart: start, mEnd: end, found: true}, true
}

// scanBack returns up to n words ending at p, not before lo, in text order.
func (a *attributor) scanBack(lo, p, n int) []wtok {
	from := p
	count := 0
	for from > lo && count < n {
		q := skipSpaceBack(a.s, lo, from)
		if q > lo && a.s[q-1] == '.' && q-1 > lo && isLetter(prevRune(a.s, lo, q-1)) && abbrevBefore(a.s, lo, q-1) {
			q-- // "U.S. senator", "Gov. Ode": the abbreviation is a word
		}
		if q > lo && !isLetter(prevRune(a.s, lo, q)) && a.s[q-1] != ',' {
			from = q
			break
		}
		if q > lo && a.s[q-1] == ',' {
			from = q
			break
		}
		ws := wordBack(a.s, lo, q)
		if ws < 0 {
			from = q
			break
		}
		from = ws
		count++
	}
	a.w2 = a.scan(from, p, a.w2)
	return a.w2
}

// subjectAfter finds the speaker that starts right after the verb or "according
// to": "said Mr Smith", "said the spokesman".
func (a *attributor) subjectAfter(p, hi int) (attr, bool) {
	s := a.s
	for p < hi && (s[p] == ' ' || s[p] == ',') {
		p++
	}
	if m, ok := a.mentionStartingAt(p); ok && m.End <= hi {
		var r attr
		a.fromMention(&r, m)
		if r.found = r.mention != ""; r.found {
			return r, true
		}
	}
	// "said the younger Mr. Trump", "said former tech executive Carly
	// Fiorina": a few lower-case words before the mention.
	if m, ok := a.mentionAfter(p, min(hi, p+60)); ok {
		var r attr
		a.fromMention(&r, m)
		if r.found = r.mention != ""; r.found {
			return r, true
		}
	}
	if r, ok := a.phraseAfter(p, hi); ok {
		return r, true
	}
	// A capitalised name no mention covers: "according to Reuters".
	a.w2 = a.scan(p, min(hi, p+120), a.w2)
	ws := a.w2
	k := 0
	for k < len(ws) && ws[k].cap && (k == 0 || onlySpaces(s, ws[k-1].end, ws[k].start)) {
		k++
	}
	if k > 0 && ws[0].start == p && !isFunctionWord(s[ws[0].start:ws[0].end]) && !people.IsTimeWord(s[ws[0].start:ws[0].end]) && allCapsWords(s[p:ws[k-1].end]) < 2 {
		if r, ok := a.nameAfterTrade(ws, k, hi); ok {
			return r, true
		}
		end := ws[k-1].end
		return attr{speaker: s[p:end], mention: s[p:end], mStart: p, mEnd: end, found: true}, true
	}
	return attr{}, false
}

func skipSpaceBack(s string, lo, p int) int {
	for p > lo && isSpaceByte(s[p-1]) {
		p--
	}
	return p
}

// wordBack returns the start of the word ending at p, or -1.
func wordBack(s string, lo, p int) int {
	k := p
	for k > lo {
		// Most bytes are ASCII letters, tested without a call.
		if c := s[k-1]; c < utf8.RuneSelf {
			if asciiWord[c] || (c == '-' || c == '\'') && k-1 > lo && k < p {
				k--
				continue
			}
			break
		}
		r, size := utf8.DecodeLastRuneInString(s[lo:k])
		if isLetter(r) || r == '’' && k-size > lo && k < p {
			k -= size
			continue
		}
		break
	}
	if k == p {
		return -1
	}
	return k
}

func onlySpaces(s string, a, b int) bool {
	for k := a; k < b; k++ {
		if s[k] != ' ' {
			return false
		}
	}
	return true
}

func isConnector(w string) bool {
	switch w {
	case "of", "for", "and", "the", "de", "on":
		return true
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "one", "some", "several", "many", "two", "three", "another", "every", "each":
		return true
	}
	return false
}

func isFunctionWord(w string) bool {
	var buf [16]byte
	k, ok := lowerKey(w, &buf)
	return ok && functionWords[string(k)]
}

// functionWords are the words isFunctionWord knows. Immutable.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the a an in on at of for with by from to and but or if
		when while as after before since that which who what there here
		he she it they we i you this is was are were be been not
		also then so because than how why where about into has have had
		would will could can should may might must do does did just now
		said says say told however yet even still all both more most`) {
		m[w] = true
	}
	return m
}()

// lowerKey writes w lower-cased (ASCII) into buf, to look it up in a map
// without allocating; false when w is longer than buf or not ASCII.
func lowerKey(w string, buf *[16]byte) ([]byte, bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return nil, false
		}
		buf[i] = lowerByte(c)
	}
	return buf[:len(w)], true
}

// sentStart is sentenceStart(a.s, lo, p) by binary search over the
// sentence stops of the text, found once.
func (a *attributor) sentStart(lo, p int) int {
	st := a.sentenceStops()
	// The last stop q with lo <= q <= p-2 and q >= p-2002.
	k := sort.SearchInts(st, p-1) - 1
	if k >= 0 && st[k] >= lo && st[k] >= p-2002 {
		return st[k] + 2
	}
	if p-2001 > lo {
		return p - 2001
	}
	return lo
}

// sentEnd is sentenceEnd(a.s, p, hi) by binary search over the sentence
// stops of the text.
func (a *attributor) sentEnd(p, hi int) int {
	st := a.sentenceStops()
	k := sort.SearchInts(st, p)
	if k < len(st) && st[k]+1 < hi {
		return st[k] + 1
	}
	return hi
}

// sentenceStops returns, sorted, the offsets of the full stops, question
// and exclamation marks followed by a space that end a sentence (not "Mr."
// or an initial). Built on first need, in one pass.
func (a *attributor) sentenceStops() []int {
	if a.stopsDone {
		return a.stops
	}
	a.stopsDone = true
	s := a.s
	// One IndexByte sweep per mark: full stops are rare next to spaces
	// and the other two rarer still. Each sweep gives its stops in order;
	// the rare ! and ? stops are merged into the full stops.
	for k := 0; k < len(s); {
		j := strings.IndexByte(s[k:], '.')
		if j < 0 {
			break
		}
		k += j
		if k+1 < len(s) && s[k+1] == ' ' && !abbrevBefore(s, 0, k) {
			a.stops = append(a.stops, k)
		}
		k++
	}
	dots := len(a.stops)
	for _, mark := range [2]byte{'!', '?'} {
		for k := 0; k < len(s); {
			j := strings.IndexByte(s[k:], mark)
			if j < 0 {
				break
			}
			k += j
			if k+1 < len(s) && s[k+1] == ' ' {
				a.stops = append(a.stops, k)
			}
			k++
		}
	}
	if len(a.stops) > dots {
		slices.Sort(a.stops)
	}
	return a.stops
}

// sentenceStart returns where the sentence holding p begins, not before lo.
func sentenceStart(s string, lo, p int) int {
	// No further back than 2,000 bytes.
	stop := max(lo+1, p-2001)
	for k := p - 1; k >= stop; k-- {
		// Eight bytes at a time back to the next mark: none in
		// s[k-8:k] means no sentence ends before any of k-7 ... k.
		for k-7 >= stop && !hasMark(load64(s, k-8)) {
			k -= 8
		}
		if k < stop {
			break
		}
		if s[k] == ' ' && (s[k-1] == '.' || s[k-1] == '!' || s[k-1] == '?') &&
			(s[k-1] != '.' || !abbrevBefore(s, lo, k-1)) {
			return k + 1
		}
	}
	if p-2001 > lo {
		return p - 2001
	}
	return lo
}

// hasMark reports whether any of the eight bytes of x is a full stop, a
// question or an exclamation mark.
func hasMark(x uint64) bool {
	return zeroBytes(x^'.'*ones)|zeroBytes(x^'!'*ones)|zeroBytes(x^'?'*ones) != 0
}

// sentenceEnd returns the end of the sentence starting at p, not past hi:
// after ". ", "! " or "? ".
func sentenceEnd(s string, p, hi int) int {
	for k := p; k+1 < hi; k++ {
		// Eight bytes at a time to the next mark: a sentence holds few.
		// The lowest flagged byte is the first mark exactly.
		for k+8 < hi {
			x := load64(s, k)
			if m := zeroBytes(x^'.'*ones) | zeroBytes(x^'!'*ones) | zeroBytes(x^'?'*ones); m != 0 {
				k += bits.TrailingZeros64(m) >> 3
				break
			}
			k += 8
		}
		if k+1 >= hi {
			break
		}
		c := s[k]
		if (c == '.' || c == '!' || c == '?') && s[k+1] == ' ' {
			if c == '.' && abbrevBefore(s, p, k) {
				continue
			}
			return k + 1
		}
	}
	return hi
}

// abbrevBefore reports whether the full stop at dot ends "Mr", "Dr" or an
// initial rather than a sentence.
func abbrevBefore(s string, lo, dot int) bool {
	// Every abbreviation is at most four bytes long: five ASCII letters
	// before the dot (the common case) settle it without decoding runes.
	if dot-5 >= lo && asciiLetters5(s[dot-5:dot]) {
		return false
	}
	ws := wordBack(s, lo, dot)
	if ws < 0 {
		return false
	}
	w := s[ws:dot]
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "St", "Jr", "Sr", "Rev", "U.S", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "No", "vs",
		// As the sentence splitter: places, ranks and months it keeps whole.
		"Ft", "Mt", "Hon", "Pres", "Supt", "Insp", "Mar", "Apr", "Jun", "Jul", "Sep", "U.K", "U.N", "D.C":
		return true
	}
	// A short word whose full stop runs on into a lower-case word is an
	// abbreviation the list lacks ("Acme Corp. had agreed"): a sentence
	// starts with a capital.
	return dot+2 < len(s) && s[dot+1] == ' ' && s[dot+2] >= 'a' && s[dot+2] <= 'z'

}

// asciiLetters5 reports whether the five bytes of w are ASCII letters or
// digits, so that the word before them is longer than four bytes.
func asciiLetters5(w string) bool {
	_ = w[4]
	return asciiWordByte[w[0]] && asciiWordByte[w[1]] && asciiWordByte[w[2]] && asciiWordByte[w[3]] && asciiWordByte[w[4]]
}

// asciiWordByte marks the bytes of ASCII letters and digits.
var asciiWordByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = asciiWord[c]
	}
	return t
}()

// mentionAfter returns the first mention starting in [p, hi) when only
// lower-case words and spaces stand before it.
func (a *attributor) mentionAfter(p, hi int) (people.Mention, bool) {
	ms := a.cast.Mentions
	k := firstStartAtOrAfter(ms, p)
	if k >= len(ms) || ms[k].Start >= hi {
		return people.Mention{}, false
	}
	for _, r := range a.s[p:ms[k].Start] {
		if r != ' ' && r != '-' && r != '/' && !unicode.IsLower(r) && !unicode.IsDigit(r) {
			return people.Mention{}, false
		}
	}
	return ms[k], true
}

// phraseAfter takes an unnamed source no mention covers, as written: "said
// a former senior law enforcement official".
func (a *attributor) phraseAfter(p, hi int) (attr, bool) {
	a.w2 = a.scan(p, min(hi, p+100), a.w2)
	ws := a.w2
	if len(ws) < 2 || ws[0].start != p || !isDeterminer(strings.ToLower(a.s[ws[0].start:ws[0].end])) {
		return attr{}, false
	}
	end := -1
	for k := 1; k < len(ws) && k < 8; k++ {
		if !onlySpaces(a.s, ws[k-1].end, ws[k].start) && !(a.loose && k > 1 && people.IsTimeWord(a.s[ws[k].start:ws[k].end])) || isFunctionWord(a.s[ws[k].start:ws[k].end]) {
			break
		}
		w := a.s[ws[k].start:ws[k].end]
		if people.IsSourceNoun(w) || a.loose && !people.IsTimeWord(w) {
			end = ws[k].end
		}
		if a.loose && k+1 < len(ws) && !onlySpaces(a.s, ws[k].end, ws[k+1].start) {
			break
		}
	}
	if end < 0 {
		return attr{}, false
	}
	return attr{speaker: a.s[p:end], mention: a.s[p:end], mStart: p, mEnd: end, found: true}, true
}

// sentenceSubject returns the mention that opens the sentence starting at
// from, after an introductory phrase closed by a comma ("On Monday, ...").
func (a *attributor) sentenceSubject(from, to int) (attr, bool) {
	p := from
	// Up to three introductory phrases: "Speaking at a town hall in
	// Salem, New Hampshire, Trump went on".
	p = a.skipDateline(p, to)
	comma := -1 // the comma that closed the last introductory phrase
	for pass := 0; pass < 4; pass++ {
		for p < to && (a.s[p] == ' ' || a.s[p] == ',') {
			p++
		}
		// "And she is sure that ...": skip a linking word.
		if e := wordEnd(a.s, p, to); e > p {
			if isLinkingWord(a.s[p:e]) {
				p = e
				for p < to && (a.s[p] == ' ' || a.s[p] == ',') {
					p++
				}
			}
			// "said Joe Biden, urging ...": the inverted subject.
			if e := wordEnd(a.s, p, to); e > p && a.s[p] >= 'a' && a.s[p] <= 'z' && cueOf(a.s[p:e])&cueVerb != 0 && cueOf(a.s[p:e])&cueAfterOnly == 0 {
				if m, ok := a.mentionAfter(e, min(to, e+60)); ok && m.Kind != people.Pronoun && m.End <= to {
					var r attr
					a.fromMention(&r, m)
					r.found = r.mention != ""
					return r, r.found
				}
			}
		}
		m, ok := a.mentionStartingAt(p)
		if !ok && strings.HasPrefix(a.s[p:to], "The ") {
			// "The Nurses' Union has ...": a body's mention leaves out a
			// sentence's capitalised article.
			if n, ok2 := a.mentionStartingAt(p + 4); ok2 && n.Kind == people.Organisation && !possessiveAt(a.s, n.End) {
				m, ok = n, true
			}
		}
		// "Preceded at the lectern by Joe Ode, the county sheriff and a
		// longtime ally, Mayor Reyes launched into": a description set
		// off after the name that closed the opening phrase is that
		// name's appositive; the subject follows its comma.
		if ok && pass > 0 && comma > from && m.Kind != people.Name && m.Kind != people.Pronoun && m.Person >= 0 && m.End < to {
			if n, ok2 := a.mentionEndingAt(skipSpaceBack(a.s, from, comma)); ok2 && n.Kind == people.Name && n.Person == m.Person {
				if c := strings.IndexByte(a.s[m.End:to], ','); c >= 0 && c < 80 {
					comma, p = m.End+c, m.End+c+1
					continue
				}
			}
		}
		if ok && m.End <= to {
			// "Rourke's lawyer, Michael Feld, argued ...": the possessor
			// is not the subject; the name set off after the noun is.
			if e := strings.IndexByte(a.s[m.End:to], ','); m.Kind == people.Name && possessiveAt(a.s, m.End) && e > 0 && e < 40 {
				if n, ok := a.mentionStartingAt(skipSpaceForward(a.s, m.End+e+1, to)); ok && n.Kind == people.Name && n.Person >= 0 && n.End <= to && n.End < len(a.s) && a.s[n.End] == ',' {
					m = n
				}
			}
			if pass > 0 {
				// "Under questioning from counsel, Jonathan Price KC,
				// she accepted": the name closes the opening phrase; the
				// pronoun after it is the subject.
				if k := skipSpaceForward(a.s, m.End+1, to); m.End < to && a.s[m.End] == ',' {
					if n, ok := a.mentionStartingAt(k); ok && n.Kind == people.Pronoun && isSubjectPronoun(n.Text) && n.End <= to {
						m = n
					} else if ok && n.Kind == people.Name && n.Person >= 0 && n.End <= to {
						// "... by its spokeswoman, Sophie Marsh, Richard
						// Bell thanked": the next name is the subject.
						m = n
					} else if n, ok := a.nameAfterRole(k, to); ok {
						// "..., Sophie Marsh, chairman Richard Bell
						// thanked".
						m = n
					}
				}
			}
			var r attr
			a.fromMention(&r, m)
			r.found = r.mention != ""
			return r, r.found
		}
		if r, ok := a.phraseSubject(p, to); ok {
			return r, true
		}
		if m, ok := a.nameAfterRole(p, to); ok {
			if e := a.modifiesNoun(m.End, to); e > 0 {
				// "the Lions manager describing", "The Rove ad hits":
				// the phrase speaks, not the name inside it.
				t := a.s[p:e]
				return attr{speaker: t, mention: t, mStart: p, mEnd: e, found: true}, true
			}
			var r attr
			a.fromMention(&r, m)
			r.found = r.mention != ""
			return r, r.found
		}
		if r, ok := a.capitalSubject(p, to); ok {
			return r, true
		}
		// An opening clause may run long: "After the mayor lost both the
		// council and the board to the Greens in the 2014 elections, ...".
		c := strings.IndexByte(a.s[p:to], ',')
		if c < 0 || c > 160 {
			break
		}
		comma = p + c
		p += c + 1
	}
	return attr{}, false
}

// possessiveAt reports whether a possessive 's (straight or curly)
// starts at p.
func possessiveAt(s string, p int) bool {
	return strings.HasPrefix(s[p:], "'s ") || strings.HasPrefix(s[p:], "’s ")
}

// clauseSubject is sentenceSubject, or the subject pronoun of a later
// clause of the sentence, before to, when one opens with a conjunction:
// in "Ms Diaz left early, and she has since called the plan “Q”" or "Mr
// Ode won the vote when he told the board, “Q”" the nearer clause speaks.
// A pronoun counts when resolved to a person (it is a subject by its
// form); a name or organisation when a verb of saying or stance follows
// it ("Mr Ode signed the order, while Ms Diaz proposed “Q”").
func (a *attributor) clauseSubject(from, to int) (attr, bool) {
	r, ok := a.sentenceSubject(from, to)
	// A sentence whose own subject is no source ("It was a hard night,
	// as Ms Reid echoed the attack, saying ...") may still hold the clause.
	lo := from
	if ok {
		if r.mEnd < 0 || r.mEnd >= to {
			return r, ok
		}
		lo = r.mEnd
	}
	ms := a.cast.Mentions
	for k := firstStartAtOrAfter(ms, to) - 1; k >= 0 && ms[k].Start >= lo; k-- {
		m := ms[k]
		if m.End > to || !a.opensClause(lo, m.Start) || a.nameModifies(m, to) {
			continue
		}
		if m.Kind == people.Pronoun {
			if m.Person < 0 || !isSubjectPronoun(m.Text) {
				continue
			}
		} else if !a.stanceBetween(m.End, to) || a.afterAnd(lo, m.Start) || !ok && !a.plainSayingBetween(m.End, to) {
			// "Mr Ode spoke while Ms Diaz watched, ...": a name is the
			// clause's subject only with a verb of saying or stance, and
			// not joined by "and" ("Mr Ode and his partner").
			continue
		}
		var c attr
		a.fromMention(&c, m)
		if c.found = c.mention != "" && c.speaker != ""; c.found {
			return c, true
		}
	}
	return r, ok
}

// afterPrep reports whether the phrase holding the mention at p (back
// to the last punctuation, not before lo) opens on a preposition other
// than "from": "by Times' Ben Sisario", "Of Ms Diaz".
func (a *attributor) afterPrep(lo, p int) bool {
	seg := a.s[max(lo, p-80):p]
	if i := strings.LastIndexAny(seg, ",\"“”—–:;()"); i >= 0 {
		seg = seg[i:]
	}
	if i := strings.LastIndex(seg, " - "); i >= 0 {
		seg = seg[i+3:]
	}
	seg = strings.TrimLeft(seg, ",\"“”—–:;() ")
	e := wordEnd(seg, 0, len(seg))
	w := seg[:e]
	for _, x := range [...]string{"by", "of", "about", "on", "to", "for", "with", "at", "in"} {
		if equalFoldLower(x, w) {
			return true
		}
	}
	return false
}

// afterAnd reports whether the word before p (not before lo) is "and".
func (a *attributor) afterAnd(lo, p int) bool {
	e := skipSpaceBack(a.s, lo, p)
	b := wordBack(a.s, lo, e)
	return b >= 0 && equalFoldLower("and", a.s[b:e])
}

// opensClause reports whether the word before p (not before lo) is a
// conjunction that opens a clause of its own: "and", "but", "when",
// "because". "that" is left out: "Ms Diaz said that she ..." reports the
// speech of the sentence's subject.
func (a *attributor) opensClause(lo, p int) bool {
	e := skipSpaceBack(a.s, lo, p)
	b := wordBack(a.s, lo, e)
	if b < 0 {
		return false
	}
	w := a.s[b:e]
	for _, c := range [...]string{"and", "but", "when", "while", "as", "because", "though", "although", "after", "before", "since", "where", "which", "so"} {
		if equalFoldLower(c, w) {
			return true
		}
	}
	return false
}

// phraseSubject takes a noun phrase no mention covers that opens a clause
// at p, as written, when a verb follows it: "several environmental groups
// granted ...", "The former senator and party chairman said ...". Its
// head is a word for a source ("senator", "officials") or a plural
// ("groups", "protesters").
func (a *attributor) phraseSubject(p, to int) (attr, bool) {
	a.w2 = a.scanWords(p, min(to, p+120), a.w2, 9)
	ws := a.w2
	if len(ws) < 2 || ws[0].start != p {
		return attr{}, false
	}
	for k := 1; k < len(ws); k++ {
		if !onlySpaces(a.s, ws[k-1].end, ws[k].start) {
			return attr{}, false
		}
		w := a.s[ws[k].start:ws[k].end]
		if ws[k].cap || !verbLike(w, ws[k].cue) {
			continue
		}
		head := a.s[ws[k-1].start:ws[k-1].end]
		if k >= 4 && people.IsTimeWord(head) && equalFoldLower("on", a.s[ws[k-2].start:ws[k-2].end]) {
			// "The main unions on Monday called": the day stands
			// between the subject and its verb.
			k -= 2
			head = a.s[ws[k-1].start:ws[k-1].end]
		}
		if ws[k-1].cap || people.IsTimeWord(head) || isFunctionWord(strings.ToLower(head)) {
			return attr{}, false
		}
		// "the justice sounded off", "the impostor gushed": a short
		// definite phrase with a verb in the past speaks whatever its
		// noun; other heads must name a source.
		if !sourceHead(head) && !(k <= 3 && equalFoldLower("the", a.s[ws[0].start:ws[0].end]) && pastTense(w) && !ws[k-1].cap && !strings.HasSuffix(head, "ing")) {
			return attr{}, false
		}
		// It opens on a determiner, a number word or a capitalised
		// modifier ("Democratic officials"), not on a preposition or
		// conjunction ("In a statement", "As voters went").
		if fw := strings.ToLower(a.s[ws[0].start:ws[0].end]); !isDeterminer(fw) && !quantifier(fw) && (!ws[0].cap || isFunctionWord(fw) || opener(fw)) {
			return attr{}, false
		}
		// "The poster shows the faces": a determiner inside the phrase
		// follows a preposition ("officials at the ministry") or the
		// phrase holds a verb.
		for j := 1; j < k; j++ {
			if f := a.s[ws[j].start:ws[j].end]; f == "the" || f == "a" || f == "an" {
				if !prepWord(a.s[ws[j-1].start:ws[j-1].end]) {
					return attr{}, false
				}
			}
		}
		// "The number of holes", "Its list of words": the noun before a
		// preposition heads the phrase and must name a source too.
		for j := 1; j < k-1; j++ {
			if f := strings.ToLower(a.s[ws[j].start:ws[j].end]); f == "of" || f == "for" || f == "at" || f == "from" || f == "in" || f == "on" {
				if h := a.s[ws[j-1].start:ws[j-1].end]; !ws[j-1].cap && !sourceHead(h) {
					return attr{}, false
				}
				break
			}
		}
		t := a.s[p:ws[k-1].end]
		return attr{speaker: t, mention: t, mStart: p, mEnd: ws[k-1].end, found: true}, true
	}
	return attr{}, false
}

// prepWord reports whether w (any case) is a preposition that may join a
// source's noun to its organisation: "of", "for", "at", "from".
func prepWord(w string) bool {
	for _, p := range [...]string{"of", "for", "at", "from", "in", "on", "with", "by"} {
		if equalFoldLower(p, w) {
			return true
		}
	}
	return false
}

// sourceHead reports whether the lower-case noun w may head a phrase
// naming who speaks: a word for a source ("senator", "officials") or a
// plural ("groups", "protesters").
func sourceHead(w string) bool {
	if people.IsSourceNoun(w) {
		return true
	}
	if len(w) <= 3 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "wards") {
		return false
	}
	switch strings.ToLower(w) {
	case "always", "perhaps", "sometimes", "nevertheless", "besides", "whereas", "thus", "plus", "unless", "hers", "ours", "yours", "theirs", "this", "does", "sales", "news", "politics", "economics", "series":
		return false
	}
	return true
}

// opener reports whether w (lower case) opens an adverbial or subordinate
// phrase rather than a noun phrase: "although", "despite", "ever".
func opener(w string) bool {
	switch w {
	case "although", "though", "despite", "during", "whereas", "unless", "until", "once", "through", "over",
		"under", "among", "like", "unlike", "without", "within", "across", "beyond", "throughout", "following",
		"amid", "between", "against", "toward", "towards", "upon", "via", "except", "besides", "near", "inside",
		"outside", "behind", "beside", "below", "above", "ever", "even", "only", "perhaps", "indeed", "instead":
		return true
	}
	return false
}

// verbLike reports whether the lower-case word w (with cue classes c)
// reads as the finite verb after a subject: a speech verb, an auxiliary,
// or a past or third-person form.
func verbLike(w string, c uint8) bool {
	if c&cueVerb != 0 {
		return true
	}
	switch w {
	case "has", "have", "had", "was", "were", "is", "are", "will", "would", "can", "could", "may", "might", "did", "do", "does", "also", "often", "want", "wanted":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// quantifier reports whether w opens a noun phrase of number: "several",
// "many", "some", "most", "about", "nearly".
func quantifier(w string) bool {
	switch w {
	case "several", "many", "some", "most", "few", "all", "both", "about", "nearly", "around", "dozens", "hundreds", "thousands", "other", "numerous":
		return true
	}
	return false
}

// isLinkingWord reports whether w, in any case, is a word that may open
// a sentence before its subject: "And", "But", "Meanwhile". It compares
// without lower-casing a copy: this runs for most sentences.
func isLinkingWord(w string) bool {
	for _, l := range [...]string{"and", "but", "so", "yet", "still", "then", "now", "meanwhile", "however", "instead", "also"} {
		if equalFoldLower(l, w) {
			return true
		}
	}
	return false
}

// skipDateline returns where the words after a wire dateline start
// ("WASHINGTON, Dec. 8 (UPI) — Clinton's aide said"), or p when none
// opens [p, to).
func (a *attributor) skipDateline(p, to int) int {
	e := p
	for e < to && (a.s[e] >= 'A' && a.s[e] <= 'Z' || a.s[e] == ' ' || a.s[e] == '.') {
		e++
	}
	if e-p < 3 || allCapsWords(a.s[p:e]) < 1 {
		return a.agencyDateline(p, to)
	}
	rest := a.s[e:min(to, e+40)]
	for _, dash := range []string{"—", " -- ", " - ", "–"} {
		if k := strings.Index(rest, dash); k >= 0 {
			return e + k + len(dash)
		}
	}
	// "NEW DELHI, Oct 14 (PTI) The court ...": an agency in brackets and
	// no dash before the first sentence.
	if o := strings.IndexByte(rest, '('); o >= 0 {
		if c := strings.IndexByte(rest[o:], ')'); c > 2 && c <= 8 && allCaps(rest[o+1:o+c]) && o+c+2 < len(rest) && rest[o+c+1] == ' ' && isUpper(rune(rest[o+c+2])) {
			return e + o + c + 2
		}
	}
	return p
}

// allCapsWords counts the words of s written in capitals ("IOWA POLLS").
func allCapsWords(s string) int {
	n := 0
	// Words split on white space, without building the list of them.
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if w := s[i:j]; len(w) > 1 && allCaps(w) {
			n++
			if len(w) > 5 {
				n++ // a dateline or headline word ("WASHINGTON"), not an acronym
			}
		}
		i = j
	}
	return n
}

// allCaps reports whether w has an upper-case letter and no lower-case
// one: strings.ToUpper(w) == w && strings.ToLower(w) != w without
// building either.
func allCaps(w string) bool {
	upper := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			upper = true
		}
	}
	return upper
}

// openedByComma reports whether only spaces stand between the comma before
// p and p: the name fills the whole parenthetical ("The charity's director,
// Barbara Stocking, said").
func (a *attributor) openedByComma(lo, p int) bool {
	k := skipSpaceBack(a.s, lo, p)
	// "Ode's niece, state Sen. Rosa Mendez, said": a lower-case word of
	// office before a name that opens on a title.
	if w := wordBack(a.s, lo, k); w > lo && w < k && k < len(a.s) && a.s[k] == ' ' && officeModifier(a.s[w:k]) && titleAbbrevAt(a.s, p) {
		k = skipSpaceBack(a.s, lo, w)
	}
	// "The Bishop of Ely, the Rt Rev Tom Hale, said": "the" before a
	// style of address ("Rt Rev", "Most Rev", "Hon") that opens the name.
	if w := wordBack(a.s, lo, k); w > lo && k-w == 3 && strings.EqualFold(a.s[w:k], "the") && k < len(a.s) && a.s[k] == ' ' && styleAt(a.s, p) {
		k = skipSpaceBack(a.s, lo, w)
	}
	// "The host of “Morning Desk,” Nadia Ortega, said": the comma stands
	// inside the marks of a title.
	return k > lo && (a.s[k-1] == ',' || commaInMarks(a.s, k) > lo && a.titleClosingAt(k))
}

// officeModifier reports whether w qualifies an office before a titled
// name: "state Sen.", "former Rep.", "then-Gov.".
func officeModifier(w string) bool {
	switch w {
	case "state", "former", "then", "acting", "retired", "federal", "county", "city", "district", "assistant", "deputy":
		return true
	}
	return false
}

// titleAbbrevAt reports whether s[p:] opens on a short title with its
// full stop: "Sen.", "Rep.", "Gov.", "Lt.", "Gen.".
func titleAbbrevAt(s string, p int) bool {
	for _, t := range [...]string{"Sen.", "Rep.", "Gov.", "Lt.", "Gen.", "Col.", "Del.", "Sgt.", "Capt.", "Atty.", "Judge ", "Senator ", "Representative ", "Governor "} {
		if strings.HasPrefix(s[p:], t) {
			return true
		}
	}
	return false
}

// wordEnd returns the end of the word starting at p, not past to.
func wordEnd(s string, p, to int) int {
	k := p
	for k < to {
		// ASCII letters and digits without decoding: most words are
		// all ASCII.
		if c := s[k]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		if !isLetter(r) {
			break
		}
		k += size
	}
	return k
}

// lettersAndSpaces reports whether s[a:b] holds only letters, digits and
// spaces.
func lettersAndSpaces(s string, a, b int) bool {
	for _, r := range s[a:b] {
		if r != ' ' && !isLetter(r) {
			return false
		}
	}
	return true
}

// onlyPunct reports whether s[a:b] holds only spaces and punctuation.
func onlyPunct(s string, a, b int) bool {
	for _, r := range s[a:b] {
		if isLetter(r) {
			return false
		}
	}
	return true
}

// endsSentence reports whether the cue at ws[k] ends its sentence, perhaps
// with a time phrase ("Nefzi said on Tuesday.").
func (a *attributor) endsSentence(ws []wtok, k int) bool {
	last := ws[len(ws)-1].end
	rest := strings.TrimSpace(a.s[last:min(len(a.s), last+2)])
	return rest == "" || rest[0] == '.' || rest[0] == '!' || rest[0] == '?'
}

// onlySpacesBetween reports whether only spaces separate the words.
func onlySpacesBetween(s string, ws []wtok) bool {
	for k := 1; k < len(ws); k++ {
		if !onlySpaces(s, ws[k-1].end, ws[k].start) {
			return false
		}
	}
	return true
}

// extendLo returns where the subject search may reach back to past lo: the
// start of the sentence, ignoring earlier quotations, at most 200 bytes
// back. Computed once per quotation, and only when a search needs it.
func (a *attributor) extendLo(lo int) int {
	if a.subjLo < 0 {
		a.subjLo = a.sentStart(max(a.subjPara, lo-200), lo)
	}
	return min(a.subjLo, lo)
}

func skipSpaceForward(s string, p, hi int) int {
	for p < hi && isSpaceByte(s[p]) {
		p++
	}
	return p
}

// nameAfterRole returns the name of a person that opens the clause at p
// behind role words or a possessive: "Former prosecutor and city mayor
// Ann Ode", "The Herald’s Tom Ode". Only capitalised words, roles,
// "former", "and", "the" and possessives may stand before the name; a
// verb or preposition there ("The report by Ann Ode") makes it something
// else.
func (a *attributor) nameAfterRole(p, to int) (people.Mention, bool) {
	ms := a.cast.Mentions
	k := firstStartAtOrAfter(ms, p+1)
	if k >= len(ms) || ms[k].Start >= min(to, p+90) || ms[k].End > to || ms[k].Kind != people.Name || ms[k].Person < 0 {
		return people.Mention{}, false
	}
	m := ms[k]
	a.w2 = a.scan(p, m.Start, a.w2)
	if len(a.w2) == 0 || a.w2[0].start != p || len(a.w2) > 8 {
		return people.Mention{}, false
	}
	for j, w := range a.w2 {
		if j > 0 && !lettersAndSpaces(a.s, a.w2[j-1].end, w.start) {
			return people.Mention{}, false
		}
		t := a.s[w.start:w.end]
		switch {
		case w.cue&cueVerb != 0 && !w.cap:
			return people.Mention{}, false
		case strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "'s"):
			if !w.cap {
				return people.Mention{}, false
			}
		case w.cap:
			// "After Ann Ode ...", "Like Ann Ode, ...": a clause or phrase
			// that is not the subject.
			// A subordinate clause's subject speaks only for a phrase
			// inside that clause, before its comma: "When Ann Ode defended
			// her remarks calling the plan “Q”, ..."
			if !equalFoldLower("the", t) && !equalFoldLower("this", t) && (len(t) <= 8 && isFunctionWord(t) || prepWord(t) || foldIn(t, "like", "unlike", "though", "although", "until", "unless", "once")) {
				if j > 0 || strings.ContainsAny(a.s[m.End:to], ",;:") {
					return people.Mention{}, false
				}
			}
		case equalFoldLower("and", t) || equalFoldLower("the", t) || people.IsSourceNoun(t):
		case isFunctionWord(t) || prepWord(t) || verbLike(t, w.cue) || strings.HasSuffix(t, "ing") && j == 0:
			return people.Mention{}, false
		}
	}
	if !lettersAndSpaces(a.s, a.w2[len(a.w2)-1].end, m.Start) {
		return people.Mention{}, false
	}
	return m, true
}

// definitePhrase takes a short definite noun phrase that opens its
// clause, whatever its noun, as the subject of a verb of saying: "The
// retired surgeon said", "This email goes on", "the radioman pointed
// out". ws are the words before the verb, back to punctuation.
func (a *attributor) definitePhrase(ws []wtok) (attr, bool) {
	if len(ws) == 0 {
		return attr{}, false
	}
	// The verb agrees with a singular noun phrase: "The report says", not
	// "The initial report from ..." read as "The initial | report".
	v := skipSpaceForward(a.s, ws[len(ws)-1].end, len(a.s))
	if vw := a.s[v:wordEnd(a.s, v, len(a.s))]; !pastTense(vw) && !strings.HasSuffix(vw, "s") {
		return attr{}, false
	}
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-8; k-- {
		w := a.s[ws[k].start:ws[k].end]
		if k < len(ws)-1 {
			// Spaces, or the stops of an abbreviation ("U.S. senator").
			if gap := a.s[ws[k].end:ws[k+1].start]; !onlySpaces(a.s, ws[k].end, ws[k+1].start) && gap != ". " && gap != "." {
				return attr{}, false
			}
		}
		if foldIn(w, "the", "this", "that", "his", "her", "their", "its") {
			if k == len(ws)-1 || k > 0 && !equalFoldLower("and", a.s[ws[k-1].start:ws[k-1].end]) && !equalFoldLower("but", a.s[ws[k-1].start:ws[k-1].end]) {
				return attr{}, false
			}
			end := ws[len(ws)-1].end
			return attr{speaker: a.s[ws[k].start:end], mention: a.s[ws[k].start:end], mStart: ws[k].start, mEnd: end, found: true}, true
		}
		// "The former first lady and U.S. senator": modifiers, names and
		// a coordinated noun, no verb.
		if ws[k].cap && k == len(ws)-1 || isFunctionWord(w) && !equalFoldLower("and", w) || verbLike(w, ws[k].cue) || people.IsTimeWord(w) {
			return attr{}, false
		}
	}
	return attr{}, false
}

// foldIn reports whether w equals one of the lower-case words, in any case.
func foldIn(w string, words ...string) bool {
	for _, x := range words {
		if equalFoldLower(x, w) {
			return true
		}
	}
	return false
}

// pronounPossessor returns the mention of a possessive pronoun that
// resolves to a person, right before the noun ws[k] or one modifier
// before it: "her comment", "his latest remarks", "her March comment".
func (a *attributor) pronounPossessor(ws []wtok, k int) (people.Mention, bool) {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if !onlySpaces(a.s, ws[j].end, ws[j+1].start) {
			break
		}
		if w := a.s[ws[j].start:ws[j].end]; foldIn(w, "his", "her", "their") {
			m, ok := a.mentionStartingAt(ws[j].start)
			if ok && m.Kind == people.Pronoun && m.Person >= 0 && m.End == ws[j].end {
				return m, true
			}
			break
		}
	}
	return people.Mention{}, false
}

// capitalSubject takes a name the cast lacks, as written, when it opens
// the clause at p and a verb follows it: "Sanders compared himself to
// ...", "The Times reported". One to three capitalised words; a word that
// opens sentences ("In", "After", "It") is no name.
func (a *attributor) capitalSubject(p, to int) (attr, bool) {
	if p >= to || a.s[p] >= 'a' && a.s[p] <= 'z' || a.s[p] < 'A' {
		return attr{}, false // not a capital: the common case, settled cheaply
	}
	a.w2 = a.scanWords(p, min(to, p+80), a.w2, 5)
	ws := a.w2
	if len(ws) < 2 || ws[0].start != p || !ws[0].cap {
		return attr{}, false
	}
	k := 0
	if equalFoldLower("the", a.s[ws[0].start:ws[0].end]) {
		k = 1
	}
	n := k
	for n < len(ws) && n < k+3 && ws[n].cap && (n == 0 || onlySpaces(a.s, ws[n-1].end, ws[n].start)) {
		w := a.s[ws[n].start:ws[n].end]
		if isFunctionWord(w) || isLinkingWord(w) || openerFold(w) || people.IsTimeWord(w) || ws[n].cue != 0 || possessiveWord(w) {
			return attr{}, false
		}
		n++
	}
	if n == k || n >= len(ws) || !onlySpaces(a.s, ws[n-1].end, ws[n].start) || ws[n].cap {
		return attr{}, false
	}
	if v := a.s[ws[n].start:ws[n].end]; !verbLike(v, ws[n].cue) {
		return attr{}, false
	}
	if allCapsWords(a.s[p:ws[n-1].end]) >= 2 {
		return attr{}, false
	}
	// One word opening a sentence may be any noun ("Tunnels are ...",
	// "Reporting found ..."): a name is capitalised inside sentences too.
	if n-k == 1 && !a.capitalisedElsewhere(ws[k]) {
		return attr{}, false
	}
	t := a.s[p:ws[n-1].end]
	return attr{speaker: t, mention: t, mStart: p, mEnd: ws[n-1].end, found: true}, true
}

// nounPhraseBefore takes ws[:k], the words between a quotation that
// breaks off and the verb ws[k], as its speaker when they make one noun
// phrase: a determiner, modifiers (commas allowed between them, "the
// tall, 71-year-old diplomat"), a noun, perhaps a short prepositional
// phrase ("a staffer in the room"). No verb and no clause stand in it.
func (a *attributor) nounPhraseBefore(ws []wtok, k, close int, q string) (attr, bool) {
	if k < 2 || k > 7 || !onlyPunct(a.s, close, ws[0].start) || !breaksOff(q, a.s[close:ws[0].start]) {
		return attr{}, false
	}
	if !foldIn(a.s[ws[0].start:ws[0].end], "the", "a", "an", "this", "that", "one", "another") {
		return attr{}, false
	}
	if !onlySpaces(a.s, ws[k-1].end, ws[k].start) || ws[k].cap || ws[k].cue&cueAfterOnly != 0 {
		return attr{}, false
	}
	prep := false
	for j := 1; j < k; j++ {
		gap := a.s[ws[j-1].end:ws[j].start]
		if !onlySpaces(a.s, ws[j-1].end, ws[j].start) && (gap != ", " || prep || ws[j-1].cap) {
			return attr{}, false
		}
		w := a.s[ws[j].start:ws[j].end]
		switch {
		case prepWord(w) && !ws[j].cap:
			if prep || j == k-1 {
				return attr{}, false
			}
			prep = true
		case foldIn(w, "the", "a", "an"):
			if !prep {
				return attr{}, false
			}
		case ws[j].cue&cueVerb != 0 || isFunctionWord(w) || j == k-1 && verbLike(w, ws[j].cue):
			return attr{}, false
		}
	}
	end := ws[k-1].end
	t := a.s[ws[0].start:end]
	return attr{speaker: t, mention: t, mStart: ws[0].start, mEnd: end, found: true}, true
}

// capitalisedElsewhere reports whether the capitalised word w occurs
// again in the text inside a sentence, after a word and a space: names
// do, common nouns that only open sentences do not.
func (a *attributor) capitalisedElsewhere(w wtok) bool {
	word := a.s[w.start:w.end]
	for from, n := 0, 0; n < 64; n++ {
		k := strings.Index(a.s[from:], word)
		if k < 0 {
			return false
		}
		q := from + k
		from = q + len(word)
		if q == w.start || q < 2 || a.s[q-1] != ' ' || (from < len(a.s) && isLetter(nextRune(a.s, from, len(a.s)))) {
			continue
		}
		if c := a.s[q-2]; c >= 'a' && c <= 'z' || c == ',' {
			return true
		}
	}
	return false
}

// afterHereIs returns where the words after an opening "Here’s" or
// "Here is" start, before to, or 0.
func (a *attributor) afterHereIs(from, to int) int {
	p := skipSpaceForward(a.s, from, to)
	if p+4 > to || !equalFoldLower("here", a.s[p:p+4]) {
		return 0
	}
	rest := a.s[p+4 : to]
	for _, v := range [...]string{"’s ", "'s ", " is ", " was "} {
		if strings.HasPrefix(rest, v) {
			return skipSpaceForward(a.s, p+4+len(v), to)
		}
	}
	return 0
}

// nameThenVerb reports whether only spaces, or "of" and a place ("of
// Indiana"), stand between a name ending at p and its verb at v.
func (a *attributor) nameThenVerb(p, v int) bool {
	if onlySpaces(a.s, p, v) {
		return true
	}
	rest := strings.TrimSpace(a.s[p:v])
	if !strings.HasPrefix(rest, "of ") || !lettersAndSpaces(a.s, p, v) {
		return false
	}
	for _, w := range strings.Fields(rest[3:]) {
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) {
			return false
		}
	}
	return true
}

// agencyDateline returns where the words after a dateline in ordinary
// case with an agency in brackets start ("Washington (AFP) – ", "Des
// Moines, Iowa (AP) — "), or p when none opens [p, to).
func (a *attributor) agencyDateline(p, to int) int {
	if p >= to || a.s[p] < 'A' || a.s[p] > 'Z' {
		return p
	}
	o := strings.IndexByte(a.s[p:min(to, p+40)], '(')
	if o < 0 {
		return p
	}
	o += p
	c := strings.IndexByte(a.s[o:min(to, o+12)], ')')
	if c < 2 {
		return p
	}
	c += o
	for k := o + 1; k < c; k++ {
		if a.s[k] < 'A' || a.s[k] > 'Z' {
			return p // "(R-Texas)", "(who)": no agency
		}
	}
	// Only capitalised words and commas before the bracket.
	for _, w := range strings.Fields(a.s[p:o]) {
		if r, _ := utf8.DecodeRuneInString(w); !isUpper(r) {
			return p
		}
	}
	rest := skipSpaceForward(a.s, c+1, to)
	for _, dash := range [...]string{"—", "–", "--", "-"} {
		if strings.HasPrefix(a.s[rest:to], dash) {
			return rest + len(dash)
		}
	}
	return p
}

// commaInMarks returns the index of a comma that ends a quotation whose
// closing mark ends at p ("reading “Vote early,”"), or -1.
func commaInMarks(s string, p int) int {
	for _, m := range [...]string{"”", "\"", "’", "''"} {
		if strings.HasSuffix(s[:p], m) && strings.HasSuffix(s[:p-len(m)], ",") {
			return p - len(m) - 1
		}
	}
	return -1
}

// quoteOpensAfter reports whether the quotation holding byte c opens
// after words of its own sentence that start at from.
func (a *attributor) quoteOpensAfter(from, c int) bool {
	for _, sp := range a.spans {
		if sp.open <= c && c < sp.close {
			return hasWords(a.s, from, sp.open, 2)
		}
		if sp.open > c {
			break
		}
	}
	return false
}

// openerFold is opener for a word in any case, without allocating.
func openerFold(w string) bool {
	var buf [16]byte
	k, ok := lowerKey(w, &buf)
	return ok && opener(string(k))
}

// beforePrep returns the source phrase that a capitalised place after a
// preposition at p qualifies: "A Western diplomat" in "A Western diplomat
// in Lilongwe", "One resident doctor" in "One resident doctor at a
// hospital in Leeds" (two prepositional phrases at most). Only a source
// noun counts (see people.IsSourceNoun).
func (a *attributor) beforePrep(p, lo int) (attr, bool) {
	for range 2 {
		e := skipSpaceBack(a.s, lo, p)
		b := wordBack(a.s, lo, e)
		if b < 0 || b <= lo {
			return attr{}, false
		}
		switch w := a.s[b:e]; {
		case equalFoldLower("in", w), equalFoldLower("from", w), equalFoldLower("at", w):
		default:
			return attr{}, false
		}
		q := skipSpaceBack(a.s, lo, b)
		hb := wordBack(a.s, lo, q)
		if hb < 0 {
			return attr{}, false
		}
		if people.IsSourceNoun(strings.ToLower(a.s[hb:q])) {
			if m, ok := a.mentionEndingAt(q); ok && m.Start >= lo {
				var r attr
				a.fromMention(&r, m)
				r.found = r.mention != ""
				return r, r.found
			}
			return a.phraseBefore(q, lo)
		}
		// "at a hospital": go back over the noun and its determiner to
		// the preposition before them.
		p = hb
		for range 3 {
			k := skipSpaceBack(a.s, lo, p)
			kb := wordBack(a.s, lo, k)
			if kb < 0 || kb <= lo {
				return attr{}, false
			}
			if w := a.s[kb:k]; equalFoldLower("in", w) || equalFoldLower("at", w) || equalFoldLower("from", w) {
				break
			}
			p = kb
		}
	}
	return attr{}, false
}

// sourceBeforeOrg returns the unnamed source that an organisation named
// at p belongs to: "A spokesperson" in "A spokesperson for RenewableUK",
// "A senior aid worker" in "A senior aid worker with Doctors Without
// Borders". Its head must be a word for a source.
func (a *attributor) sourceBeforeOrg(p, lo int) (attr, bool) {
	p = a.orgNameStart(p, lo)
	e := skipSpaceBack(a.s, lo, p)
	b := wordBack(a.s, lo, e)
	if b < 0 || b <= lo {
		return attr{}, false
	}
	switch w := a.s[b:e]; {
	case equalFoldLower("for", w), equalFoldLower("with", w), equalFoldLower("at", w), equalFoldLower("of", w):
	default:
		return attr{}, false
	}
	q := skipSpaceBack(a.s, lo, b)
	hb := wordBack(a.s, lo, q)
	if hb < 0 || a.s[hb] < 'a' || a.s[hb] > 'z' || !people.IsSourceNoun(a.s[hb:q]) {
		return attr{}, false
	}
	if m, ok := a.mentionEndingAt(q); ok && m.Start >= lo && m.Person < 0 && (m.Kind == people.Unnamed || m.Kind == people.Description) {
		return attr{mStart: m.Start, mEnd: m.End, found: true}, true
	}
	if r, ok := a.phraseBefore(q, lo); ok && r.speaker != "" && !r.isPerson && r.mEnd == q {
		return r, true
	}
	return attr{}, false
}

// orgNameStart returns where the name of an organisation whose mention
// starts at p begins: before "the" ("the Department for Education") and
// before capitalised words joined by "and" ("Avon and Somerset Police").
func (a *attributor) orgNameStart(p, lo int) int {
	for range 3 {
		e := skipSpaceBack(a.s, lo, p)
		// "the Workers' Party": a plural possessive in the name.
		if ap := len(a.s[:e]) - len(strings.TrimSuffix(strings.TrimSuffix(a.s[:e], "'"), "’")); ap > 0 && e != p {
			if b := wordBack(a.s, lo, e-ap); b > lo && a.s[b] >= 'A' && a.s[b] <= 'Z' && a.s[e-ap-1] == 's' {
				p = b
				continue
			}
		}
		b := wordBack(a.s, lo, e)
		if b < 0 || b <= lo || e == p {
			return p
		}
		w := a.s[b:e]
		switch {
		case w == "the":
			return b
		case w == "and" || w == "&":
			e2 := skipSpaceBack(a.s, lo, b)
			b2 := wordBack(a.s, lo, e2)
			if b2 < 0 || b2 <= lo || a.s[b2] < 'A' || a.s[b2] > 'Z' {
				return p
			}
			p = b2
		default:
			return p
		}
	}
	return p
}

// namedGroup reports whether an unnamed group's mention is a proper name
// after its article, "the Free Democrats", not "the officials".
func namedGroup(t string) bool {
	sp := strings.IndexByte(t, ' ')
	return sp > 0 && isDeterminer(strings.ToLower(t[:sp])) && sp+1 < len(t) && t[sp+1] >= 'A' && t[sp+1] <= 'Z'
}

// quotedAs returns the person a report quotes, "Araghchi" in "state media
// quoted Araghchi as saying", when the verb at v follows "quoted X as"
// ("quoting", "cited"). The reporting outlet only relays the words.
func (a *attributor) quotedAs(v, lo int) (attr, bool) {
	s := a.s
	e := skipSpaceBack(s, lo, v)
	b := wordBack(s, lo, e)
	if b < 0 || b <= lo || s[b:e] != "as" {
		return attr{}, false
	}
	m, ok := a.mentionEndingAt(skipSpaceBack(s, lo, b))
	if !ok || m.Start <= lo {
		return attr{}, false
	}
	e3 := skipSpaceBack(s, lo, m.Start)
	b3 := wordBack(s, lo, e3)
	if b3 < 0 {
		return attr{}, false
	}
	switch w := s[b3:e3]; w {
	case "quoted", "quotes", "quoting", "cited", "cites", "citing":
	default:
		return attr{}, false
	}
	var r attr
	if m.Kind == people.Pronoun {
		// "quoted him as saying": the object pronoun is the speaker.
		if m.Person < 0 {
			return attr{}, false
		}
		r = attr{speaker: a.cast.Name(m), isPerson: true, mention: m.Text, mStart: m.Start, mEnd: m.End}
	} else {
		a.fromMention(&r, m)
	}
	r.found = r.mention != "" && r.speaker != ""
	return r, r.found
}

// personBeforeOrg returns the known person named or described right
// before "of" or "at" and the organisation at p: "The head" in
// "The head of the city's water board", once the article has named him.
func (a *attributor) personBeforeOrg(p, lo int) (attr, bool) {
	p = a.orgNameStart(p, lo)
	e := skipSpaceBack(a.s, lo, p)
	b := wordBack(a.s, lo, e)
	if b < 0 || b <= lo {
		return attr{}, false
	}
	// Not "from": "the former senator from Pennsylvania" names a place.
	if w := a.s[b:e]; w != "of" && w != "at" {
		return attr{}, false
	}
	who, ok := a.mentionEndingAt(skipSpaceBack(a.s, lo, b))
	if !ok || who.Start < lo || who.Person < 0 || who.Kind != people.Name && who.Kind != people.Description {
		return attr{}, false
	}
	var r attr
	a.fromMention(&r, who)
	r.found = r.mention != ""
	return r, r.found
}

// sourceBeforeAppositive returns the unnamed source before an
// organisation set off by commas at p: "A senior official at the
// industry regulator" in "A senior official at the industry regulator,
// the NMDPRA, who ...".
func (a *attributor) sourceBeforeAppositive(p, lo int) (attr, bool) {
	c := skipSpaceBack(a.s, lo, p)
	if c <= lo || a.s[c-1] != ',' {
		return attr{}, false
	}
	q := skipSpaceBack(a.s, lo, c-1)
	st := -1
	if m, ok := a.mentionEndingAt(q); ok && m.Start > lo {
		st = m.Start
	} else if r, ok := a.phraseBefore(q, lo); ok && r.mEnd == q {
		st = r.mStart
	}
	if st <= lo {
		return attr{}, false
	}
	src, ok := a.sourceBeforeOrg(st, lo)
	if !ok {
		return attr{}, false
	}
	src.speaker = a.s[src.mStart:q]
	src.mention, src.mEnd, src.isPerson = src.speaker, q, false
	return src, true
}

// familyOf returns a family speaking as one, as written, right before the
// verb at v: "Jayden's family said", "His parents said", "the Reyes
// family said". The possessor is not the speaker.
func (a *attributor) familyOf(v, lo int) (attr, bool) {
	s := a.s
	e := skipSpaceBack(s, lo, v)
	b := wordBack(s, lo, e)
	if b < 0 || b <= lo {
		return attr{}, false
	}
	switch s[b:e] {
	case "family", "relatives", "parents":
	default:
		return attr{}, false
	}
	e2 := skipSpaceBack(s, lo, b)
	start := wordBack(s, lo, e2)
	if start < 0 {
		return attr{}, false
	}
	if !possessiveWord(s[start:e2]) {
		// "the Reyes family said": a surname before the noun.
		if s[start] < 'A' || s[start] > 'Z' {
			return attr{}, false
		}
		e3 := skipSpaceBack(s, lo, start)
		b3 := wordBack(s, lo, e3)
		if b3 < 0 || !equalFoldLower("the", s[b3:e3]) {
			return attr{}, false
		}
		t := s[b3:e]
		return attr{speaker: t, mention: t, mStart: b3, mEnd: e, found: true}, true
	}
	// "Jayden Cole's family": the whole name.
	for range 3 {
		e3 := skipSpaceBack(s, lo, start)
		b3 := wordBack(s, lo, e3)
		if b3 < 0 || e3 == start || s[b3] < 'A' || s[b3] > 'Z' || isFunctionWord(strings.ToLower(s[b3:e3])) {
			break
		}
		start = b3
	}
	t := s[start:e]
	return attr{speaker: t, mention: t, mStart: start, mEnd: e, found: true}, true
}

// modifiesNoun returns where a source noun in lower case that follows the
// name ending at e ends ("the Lions manager"), or -1: the name then
// modifies the phrase that speaks.
func (a *attributor) modifiesNoun(e, to int) int {
	k := skipSpaceForward(a.s, e, to)
	if k == e || k >= to || a.s[k] < 'a' || a.s[k] > 'z' {
		return -1
	}
	if w := wordEnd(a.s, k, to); w > k && people.IsSourceNoun(a.s[k:w]) {
		return w
	}
	return -1
}

// tellClause returns where the reported clause starts in ws, the words
// after a verb that takes a hearer, when "that" is not among its first six
// words, or -1. A hearer named at length is followed by "that" further on
// ("told the Home Affairs Committee on Tuesday that ...", "told the
// inquiry, which is examining the floods, that ..."). With no "that", the
// clause starts right after a hearer that is an audience or a proceeding
// ("told the hearing the warnings had been ignored", "told MPs there was
// no money") when it opens with a subject and a finite verb follows soon:
// "told the jury the story of her escape" reports no clause.
func (a *attributor) tellClause(ws []wtok) int {
	aside := false // inside ", which is examining the floods,"
	for j := 0; j < len(ws) && j <= 12; j++ {
		if j > 0 && strings.Contains(a.s[ws[j-1].end:ws[j].start], ",") {
			aside = a.lowerIs(ws[j], "which") || a.lowerIs(ws[j], "who")
		}
		if ws[j].cue&cueVerb != 0 && !a.lowerIs(ws[j], "that") || !aside && finiteAux(strings.ToLower(a.s[ws[j].start:ws[j].end])) {
			// Another report, or the clause has begun without "that"
			// ("told BBC Wales he had agreed ... that"): a "that" further
			// on is not ours.
			break
		}
		if a.lowerIs(ws[j], "that") {
			return j + 1
		}
	}
	c := 0
	switch {
	case len(ws) > 0 && hearerGroup(strings.ToLower(a.s[ws[0].start:ws[0].end])):
		c = 1
	case len(ws) > 1 && (a.lowerIs(ws[0], "the") || a.lowerIs(ws[0], "a")) && hearerBody(strings.ToLower(a.s[ws[1].start:ws[1].end])):
		c = 2
	default:
		// A named hearer: "told BBC Wales he had agreed", "told the
		// Financial Times the deal was dead".
		if len(ws) > 0 && a.lowerIs(ws[0], "the") {
			c = 1
		}
		n := c
		for c < len(ws) && c-n < 4 && ws[c].cap && a.s[ws[c].start] >= 'A' && a.s[ws[c].start] <= 'Z' {
			c++
		}
		if c == n {
			return -1
		}
	}
	if c >= len(ws) || a.s[ws[c-1].end:ws[c].start] != " " || !clauseSubject(strings.ToLower(a.s[ws[c].start:ws[c].end])) {
		return -1
	}
	for j := c + 1; j < len(ws) && j <= c+5; j++ {
		if finiteAux(strings.ToLower(a.s[ws[j].start:ws[j].end])) {
			return c
		}
	}
	return -1
}

// hearerGroup reports whether w names the people a speaker tells as a
// group: "told reporters", "told MPs", "told delegates".
func hearerGroup(w string) bool {
	switch w {
	case "reporters", "journalists", "mps", "senators", "lawmakers", "legislators", "congressmen", "delegates",
		"supporters", "investors", "analysts", "shareholders", "councillors", "councilors", "colleagues",
		"parliament", "congress", "peers", "parliamentarians", "deputies", "members", "staff", "employees",
		"workers", "voters", "residents", "students", "activists", "protesters", "officials", "diplomats", "magistrates", "jurors":
		return true
	}
	return false
}

// hearerBody reports whether w, after "the" or "a", names a body, a
// proceeding or an audience that is told: "the hearing", "the inquiry",
// "the court", "a rally".
func hearerBody(w string) bool {
	switch w {
	case "hearing", "inquiry", "tribunal", "committee", "court", "jury", "panel", "inquest", "conference", "summit",
		"rally", "crowd", "audience", "meeting", "assembly", "senate", "house", "commons", "lords", "parliament",
		"congress", "chamber", "convention", "gathering", "forum", "session", "board", "council", "judge", "magistrates",
		"commission", "briefing", "dáil", "dail", "bundestag", "knesset", "duma":
		return true
	}
	return false
}

// clauseSubject reports whether w can open the subject of a reported
// clause: a pronoun, "there" or a determiner.
func clauseSubject(w string) bool {
	switch w {
	case "he", "she", "they", "it", "we", "i", "you", "there", "the", "his", "her", "their", "its", "our", "this", "these", "a", "an", "no", "some", "many", "most", "all":
		return true
	}
	return false
}

// finiteAux reports whether w is an auxiliary or modal that makes a clause
// finite: "the warnings had been ignored", "she would resign".
func finiteAux(w string) bool {
	switch w {
	case "was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should", "must", "can",
		"did", "does", "do", "may", "might", "wasn't", "weren't", "isn't", "aren't", "hadn't", "hasn't", "haven't",
		"wouldn't", "won't", "couldn't", "shouldn't", "can't", "didn't", "doesn't", "don't":
		return true
	}
	return false
}

// danglingWord reports a word that cannot end a hearer phrase: a
// preposition or a determiner.
func danglingWord(w string) bool {
	switch w {
	case "of", "in", "at", "the", "a", "an", "for", "to", "with", "from", "by", "and", "its", "their", "his", "her":
		return true
	}
	return false
}

// article reports whether w (any case) is an article or "this": the word
// after it is a noun, even one that can be a verb of saying ("the report",
// "a note").
func article(w string) bool {
	for _, x := range [...]string{"the", "a", "an", "this"} {
		if equalFoldLower(x, w) {
			return true
		}
	}
	return false
}

// documentFound attributes "“Q,” the report found." and "“Q”, a review
// of the scheme finds.": "found" is no verb of saying ("found guilty",
// "found dead"), but closing the sentence right after a short noun phrase
// that opens the words after the quotation it reports a finding.
func (a *attributor) documentFound(p int, q string, ws []wtok) (attr, bool) {
	n := len(ws)
	if n < 2 || n > 7 || !article(a.s[ws[0].start:ws[0].end]) || !onlyPunct(a.s, p, ws[0].start) || !breaksOff(q, a.s[p:ws[0].start]) {
		return attr{}, false
	}
	if v := ws[n-1]; !a.lowerIs(v, "found") && !a.lowerIs(v, "finds") || !a.endsSentence(ws, n-1) {
		return attr{}, false
	}
	for _, w := range ws[1 : n-1] {
		switch strings.ToLower(a.s[w.start:w.end]) {
		case "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "later", "then":
			return attr{}, false // "the body was found": passive, no finding
		}
	}
	r := attr{speaker: a.s[ws[0].start:ws[n-2].end], mention: a.s[ws[0].start:ws[n-2].end], mStart: ws[0].start, mEnd: ws[n-2].end, found: true}
	a.setCue(&r, ws, n-1)
	return r, true
}

// titleClosingAt reports whether a quotation read as a title closes at p.
func (a *attributor) titleClosingAt(p int) bool {
	j := sort.Search(len(a.spans), func(j int) bool { return a.spans[j].close >= p })
	return j < len(a.spans) && a.spans[j].close == p && a.spans[j].closed && a.title[j]
}

// nameModifies reports whether the name m stands before a lower-case
// source noun that it only qualifies ("Sanders protesters", "Ode aides"):
// the noun, not the name, is the subject.
func (a *attributor) nameModifies(m people.Mention, to int) bool {
	if m.Kind != people.Name || m.End+1 >= to || a.s[m.End] != ' ' {
		return false
	}
	e := wordEnd(a.s, m.End+1, to)
	w := a.s[m.End+1 : e]
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && people.IsSourceNoun(w)
}

// plainSayingBetween reports whether a verb of saying that needs no
// particle stands in s[from:to]: "echoed", "told", not "cut" ("the
// company cut its outlook").
func (a *attributor) plainSayingBetween(from, to int) bool {
	a.w2 = a.scan(from, to, a.w2)
	for _, w := range a.w2 {
		if !w.cap && w.cue&cueVerb != 0 && w.cue&cueAfterOnly == 0 {
			return true
		}
	}
	return false
}

// nameAfterTrade reads "said Wales physio Ian Moss", "said Leeds kit man
// Ian Moss": the capitalised words ws[:k] (a team, a firm, a town), one
// to three lower-case words the lexicon lacks as a role, then a person's
// name. The name speaks; the words before it say whose trade it is.
func (a *attributor) nameAfterTrade(ws []wtok, k, hi int) (attr, bool) {
	j := k
	for j < len(ws) && j < k+3 && !ws[j].cap && ws[j].cue == 0 && onlySpaces(a.s, ws[j-1].end, ws[j].start) {
		w := a.s[ws[j].start:ws[j].end]
		if isFunctionWord(w) || prepWord(w) || people.IsTimeWord(w) || !lettersAndSpaces(a.s, ws[j].start, ws[j].end) {
			return attr{}, false
		}
		j++
	}
	if j == k || j >= len(ws) || !ws[j].cap || !onlySpaces(a.s, ws[j-1].end, ws[j].start) {
		return attr{}, false
	}
	ms := a.cast.Mentions
	n := firstEndAtOrAfter(ms, ws[j].start+1)
	if n >= len(ms) || ms[n].Start > ws[j].start || ms[n].Start < ws[k].start || ms[n].End > hi || ms[n].Kind != people.Name || ms[n].Person < 0 {
		return attr{}, false
	}
	var r attr
	a.fromMention(&r, ms[n])
	r.found = r.mention != ""
	return r, r.found
}

// styleAt reports whether a style of address opens the words at p: "Rt
// Rev", "Right Reverend", "Most Rev", "Very Rev", "Rev", "Hon".
func styleAt(s string, p int) bool {
	w := s[p:wordEnd(s, p, len(s))]
	switch w {
	case "Rt", "Right", "Most", "Very", "Rev", "Revd", "Reverend", "Hon":
		return true
	}
	return false
}

// officeBefore returns where a titled name starting at p begins with its
// lower-case office word ("state" in "state Rep. Ann Ode"), or p.
func (a *attributor) officeBefore(p, lo int) int {
	k := skipSpaceBack(a.s, lo, p)
	if w := wordBack(a.s, lo, k); w > lo && w < k && k < p && officeModifier(a.s[w:k]) && titleAbbrevAt(a.s, p) {
		return w
	}
	return p
}

// bracketAfter returns the end of a short bracket right after a name at
// e ("Ann Ode (D-Norfolk)", "Tom Reyes (R)"), not past to, or e.
func (a *attributor) bracketAfter(e, to int) int {
	k := skipSpaceForward(a.s, e, to)
	if k >= to || a.s[k] != '(' {
		return e
	}
	if c := strings.IndexByte(a.s[k:to], ')'); c > 1 && c < 40 && !strings.ContainsAny(a.s[k+1:k+c], "(\"“”") {
		return k + c + 1
	}
	return e
}

// personBeforePhrase returns the end of a person's name that a short
// prepositional phrase ending at p follows ("Tom Reyes on camera", "Ann
// Ode at the hearing"), or p: a relative clause after the phrase is the
// person's.
func (a *attributor) personBeforePhrase(p, lo int) int {
	q := p
	for range 6 {
		w := wordBack(a.s, lo, q)
		if w < 0 || w >= q || (a.s[w] < 'a' || a.s[w] > 'z') && !people.IsTimeWord(a.s[w:q]) {
			return p
		}
		e := skipSpaceBack(a.s, lo, w)
		if e == w || e < lo {
			return p
		}
		switch a.s[w:wordEnd(a.s, w, q)] {
		case "on", "at", "in", "during", "via", "from", "outside", "inside":
			if m, ok := a.mentionEndingAt(e); ok && m.Kind == people.Name && m.Person >= 0 && m.Start >= lo {
				return e
			}
		}
		q = e
	}
	return p
}
