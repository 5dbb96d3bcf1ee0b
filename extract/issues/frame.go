package issues

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// Story frames. Wire copy names its main thread in the headline, and an
// editor titles it the same way: the dispute noun with whom and what it
// is about ("US duties on softwood lumber", "Kessler fraud trial",
// "India–Canada row over activist's killing"). A headline may carry the
// thread as a verb ("Novelists sue AI firm", "Nurses walk out"), which
// names the noun an editor would use ("lawsuit", "strike"); a roundup's
// headline lists several threads, split at semicolons. When the headline
// holds no dispute noun the lead sentence may ("an investigation into
// suspected match-fixing"). A frame whose clause ends the dispute ("call
// off strike", "drop case") closes it: the thread is no longer open and
// the issues telling it are dropped. Only the headline and the lead are
// read, so the pass costs nothing beside the phrase weights.

// frame is one thread read from a headline clause or the lead.
type frame struct {
	title  string
	class  string   // frameNouns class of the head
	words  []string // lower-case stems of the title's content words
	closed bool
	bare   bool   // no complement: "Trial", "Rail unions' strike"
	sent   int    // the sentence it was read from
	lead   bool   // read from the lead, not the headline
	head   string // the dispute noun, lower-case
	weak   bool   // read from an act that implies the thread: the lead may name it better
	sides  string // "Algeria–Spain": the two names of the headline clause, for a row that names neither
	act    bool   // read from an act in the body ("is closing"): it names one thread, not the story's
}

// frameNouns name a dispute or an open thread, by class: a word of one
// class names the same thread as another ("walkouts", "strike").
var frameNouns = map[string]string{
	"dispute": "dispute", "disputes": "dispute", "row": "dispute", "spat": "dispute", "standoff": "dispute",
	"stand-off": "dispute", "feud": "dispute", "rift": "dispute",
	"strike": "strike", "strikes": "strike", "walkout": "strike", "walkouts": "strike", "stoppage": "strike",
	"stoppages": "strike",
	"lawsuit":   "legal", "lawsuits": "legal", "trial": "legal", "case": "legal", "prosecution": "legal",
	"challenge": "legal", "arbitration": "legal",
	"investigation": "inquiry", "inquiry": "inquiry", "probe": "inquiry",
	"sanctions": "measure", "duties": "measure", "tariffs": "measure", "tariff": "measure", "embargo": "measure",
	"boycott": "measure", "takeover": "takeover", "merger": "takeover",
	"action": "legal", "audit": "inquiry", "odds": "dispute",
	"closure": "closure", "closures": "closure",
	"fence": "fence", "referendum": "vote", "vote": "vote", "votes": "vote", "impeachment": "vote",
}

// voteTakers before "vote to" make it a noun: "win vote to", not "unions
// vote to strike".
var voteTakers = map[string]bool{
	"win": true, "wins": true, "won": true, "lose": true, "loses": true, "lost": true, "face": true, "faces": true,
	"hold": true, "holds": true, "call": true, "calls": true, "back": true, "backs": true,
}

// voteKinds make a "vote" a thread: "no-confidence vote", "recall votes";
// a plain "vote" is an event.
var voteKinds = map[string]bool{"leadership": true, "no-confidence": true, "confidence": true, "recall": true, "impeachment": true}

// militaryStrikes are attacks, not stoppages: "air strikes".
var militaryStrikes = map[string]bool{"air": true, "missile": true, "drone": true, "nuclear": true, "military": true, "rocket": true, "pre-emptive": true, "precision": true, "retaliatory": true}

// holidays are capitalised words that say when, not who: "Easter strike".
var holidays = map[string]bool{"easter": true, "christmas": true, "ramadan": true, "eid": true, "diwali": true, "thanksgiving": true, "summer": true, "winter": true}

// byWhom joins a thread to the headline subject when the subject only
// undergoes or stages it: the "trial of" somebody who goes on trial, a
// "walkout by" those who stage it. Keyed by head noun.
var byWhom = map[string]string{"trial": "of", "strike": "by", "strikes": "by", "walkout": "by", "stoppage": "by"}

// frameHeadAfter extend a head noun into a compound: "takeover offer".
var frameHeadAfter = map[string]bool{"offer": true, "bid": true, "approach": true, "battle": true}

// frameVerbs carry a thread as a headline verb, with the noun an editor
// titles it by; particle verbs list their second word in frameParticle.
var frameVerbs = map[string]string{
	"sue": "lawsuit", "sues": "lawsuit", "sued": "lawsuit", "suing": "lawsuit",
	"fines": "fine", "fined": "fine",
	"clash": "row", "clashes": "row", "clashed": "row", "spar": "row", "spars": "row", "feud": "row",
	"walk": "strike", "walks": "strike", "walked": "strike", "down": "strike", "downed": "strike",
	"summons": "row", "summoned": "row", "expels": "row", "expelled": "row", "recalls": "row", "recalled": "row",
	"rejects": "dispute", "rejected": "dispute", "disputes": "dispute", "challenges": "dispute", "contests": "dispute",
	"protest": "protest", "march": "protest", "marched": "protest", "rally": "protest",
	"boycotts": "boycott", "boycotted": "boycott", "boycott": "boycott",
	"blames": "blame", "blamed": "blame", "raids": "raid", "raided": "raid",
	"acquits": "acquittal", "acquitted": "acquittal", "acquit": "acquittal", "clears": "acquittal", "cleared": "acquittal",
	"orders": "expulsion", "ordered": "expulsion", "ousts": "ouster", "ousted": "ouster", "removes": "removal",
	"impeach": "impeachment", "impeaches": "impeachment", "impeached": "impeachment", "subpoenas": "raid", "subpoenaed": "raid",
	"closes": "closure", "closed": "closure", "bans": "ban", "banned": "ban", "suspends": "suspension",
	"suspended": "suspension", "halts": "halt", "halted": "halt", "blocks": "block",
	"curbs": "curbs", "curbed": "curbs", "restricts": "curbs", "restricted": "curbs", "shut": "closure", "shuts": "closure",
}

// frameParticle is the word a particle verb of frameVerbs needs after it.
var frameParticle = map[string]string{"walk": "out", "walks": "out", "walked": "out", "down": "tools", "downed": "tools"}

// framePreps open what a dispute is about or against whom.
var framePreps = map[string]bool{"over": true, "along": true, "into": true, "on": true, "against": true, "with": true, "between": true, "of": true, "for": true}

// placePreps open a place that follows a strike: "walk out across Scotland".
var placePreps = map[string]bool{"in": true, "across": true, "at": true}

// frameStops end a frame's complement: a clause or a second event.
var frameStops = map[string]bool{
	"as": true, "after": true, "amid": true, "while": true, "but": true, "that": true, "which": true, "who": true,
	"to": true, "says": true, "said": true, "despite": true, "before": true, "than": true, "from": true, "by": true,
	"in": true, "at": true, "since": true, "until": true, "if": true, "when": true, "because": true, "over": true,
	"pending": true, "following": true, "including": true, "ahead": true,
}

// closeWords end the thread their clause names: "call off strike", "drop
// case", "settle lawsuit", "port deal ends strike".
var closeWords = map[string]bool{
	"end": true, "ends": true, "ended": true, "ending": true, "settle": true, "settles": true, "settled": true,
	"drop": true, "drops": true, "dropped": true, "abandon": true, "abandons": true, "abandoned": true,
	"scrap": true, "scraps": true, "scrapped": true, "lift": true, "lifts": true, "lifted": true,
	"acquit": true, "acquits": true, "acquitted": true, "withdraw": true, "withdraws": true, "withdrew": true,
	"off":     true,                                     // "call off", "called off"
	"survive": true, "survives": true, "survived": true, // "mayor survives recall vote"
}

// settleVerbs followed by a settlements noun end a dispute: "agree
// border deal", "sign peace treaty".
var settleVerbs = map[string]bool{
	"agree": true, "agrees": true, "agreed": true, "sign": true, "signs": true, "signed": true, "seal": true,
	"seals": true, "sealed": true, "reach": true, "reaches": true, "reached": true, "accept": true, "accepts": true,
	"accepted": true, "accepting": true,
}

// settlements are what settleVerbs settle with.
var settlements = map[string]bool{
	"deal": true, "treaty": true, "agreement": true, "accord": true, "settlement": true, "truce": true, "offer": true,
}

// frameClassWords are further words an issue titled by a thread of the
// class shares it with: "Walkouts" tell the strike, "Spying" the row.
var frameClassWords = map[string]string{
	"walkout": "strike", "stoppage": "strike", "picket": "strike",
	"prosecution": "legal", "prosecutor": "legal", "charge": "legal", "court": "legal", "lawsuit": "legal",
	"probe": "inquiry", "inquiry": "inquiry", "investigation": "inquiry",
	"sanction": "measure", "duty": "measure", "tariff": "measure", "fine": "fine", "penalty": "fine",
}

// fword is a word of a headline clause.
type fword struct {
	w, low  string
	stop    bool // punctuation ends the phrase after it
	capital bool
	poss    bool // a plural possessive: "landlords'"
}

// splitWordsUnicode splits a clause into words, punctuation trimmed, by
// the library functions: the reference for splitWords (gate.go), which
// answers the same by byte tables.
func splitWordsUnicode(s string) []fword {
	var out []fword
	for _, f := range strings.Fields(s) {
		stop := strings.ContainsAny(f[len(f)-1:], ",:;.!?)")
		w := strings.TrimFunc(f, func(r rune) bool { return unicode.IsPunct(r) && r != '-' || r == '’' })
		if w == "" {
			if stop && len(out) > 0 {
				out[len(out)-1].stop = true
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		poss := strings.HasSuffix(f, "s'") || strings.HasSuffix(f, "s’")
		out = append(out, fword{w: w, low: strings.ToLower(w), stop: stop, capital: unicode.IsUpper(r), poss: poss})
	}
	return out
}

// frames reads the threads of the headline clauses, or of the lead when
// the headline names none. It reads the sentences alone (the text, the
// headline, calm's scores), never the phrase counts: cluster and
// readShort ask it before them (TestQuietMatchesFull holds them to it).
// The answer is read once and shared: readShort asks only when the
// scores bound calm's sum to 1 or less, so that calm says yes then as it
// does once the segments are read (TestFramesReadOnceMatchesAfterRead);
// a caller that edited the frames would have to copy them.
func (a *analyser) frames() []frame {
	if !a.framesRead {
		a.framesOf, a.framesRead = a.readFrames(), true
	}
	return a.framesOf
}

// readFrames is frames' reading.
func (a *analyser) readFrames() []frame {
	var out []frame
	if a.headline {
		h := a.sents[0].Text
		tc := titleCase(h)
		if i := strings.IndexByte(h, ':'); i > 0 && i < len(h)/2 {
			h = h[i+1:] // "World briefs: ..."
		}
		for _, c := range splitClauses(h) {
			if !mayFrame(c, true) {
				continue
			}
			ws := splitWords(c)
			if tc {
				// "Fans Launch Boycott Of Club Matches": the copy's own case
				// tells names from words.
				for k := range ws {
					if ws[k].capital && !a.capitalInBody(ws[k].w) {
						ws[k].w, ws[k].capital = ws[k].low, false
					}
				}
			} else if len(ws) > 0 && ws[0].capital && a.commonWord(ws[0].low) {
				ws[0].w, ws[0].capital = ws[0].low, false // "Nurses walk out": sentence case
			}
			f, ok := readFrame(ws, true)
			if !ok {
				continue
			}
			if len(out) > 0 && f.bare && len(ws) > 0 && pronouns[ws[0].low] {
				// "...; she vows legal challenge": a step in the thread
				// before, whose issues it tells.
				last := &out[len(out)-1]
				last.words = append(slices.Clip(last.words), f.words...)
				continue
			}
			f.sent = 0
			if f.class == "dispute" {
				f.sides = a.sides(ws)
			}
			out = append(out, f)
		}
		// A thread the headline keeps open claims its issues before one it
		// closes drops theirs: "police end inquiry, but MPs want ethics probe".
		slices.SortStableFunc(out, func(x, y frame) int {
			switch {
			case x.closed == y.closed:
				return 0
			case y.closed:
				return -1
			}
			return 1
		})
	}
	lead := 0
	if a.headline {
		lead = 1
	}
	for lead < len(a.sents) && !hasWords(a.sents[lead].Text, minLeadWords) {
		lead++
	}
	leadText := ""
	if lead < len(a.sents) {
		// "OTTAWA — A bitter row ...": where the story was filed is no
		// word of its thread.
		leadText = a.sents[lead].Text
		leadText = leadText[datelineEnd(leadText):]
	}
	if len(out) == 1 && out[0].weak && lead < len(a.sents) && mayFrame(leadText, false) {
		// "Police raid football federation": the lead's "investigation into
		// suspected match-fixing" names the thread.
		if f, ok := readFrame(splitWords(leadText), false); ok && f.class == out[0].class && !f.bare {
			f.sent, f.sides = 0, out[0].sides
			out[0] = f
		}
	}
	if len(out) > 0 {
		if len(out) == 1 && out[0].bare && !out[0].closed && lead < len(a.sents) && mayFrame(leadText, false) {
			// "Algeria cuts gas to Spain as diplomatic row escalates": the
			// lead says what the row is over.
			if f, ok := readFrame(splitWords(leadText), false); ok && !f.bare && f.head == out[0].head &&
				!strings.Contains(f.title, " in ") && !slices.ContainsFunc(out[0].words, func(w string) bool { return !slices.Contains(f.words, w) }) {
				f.sent, f.sides = 0, out[0].sides
				out[0] = f
			}
		}
		for i := range out {
			a.nameSides(&out[i])
		}
		return append(out, a.actFrames(lead, out)...)
	}
	if lead < len(a.sents) && mayFrame(leadText, false) && !titleCase(leadText) && !a.calm() {
		if f, ok := readFrame(splitWords(leadText), false); ok && f.class != "legal" && f.class != "fine" {
			f.sent, f.lead = lead, true
			out = append(out, f)
		}
	}
	return append(out, a.actFrames(lead, out)...)
}

// rowHeads name a quarrel between two sides.
var rowHeads = map[string]bool{"row": true, "dispute": true, "spat": true, "standoff": true, "stand-off": true, "feud": true, "rift": true}

// sides reads the two names a headline clause sets against each other:
// its subject and the first name after its verb ("Algeria cuts gas to
// Spain as diplomatic row escalates"), "" unless both are names.
func (a *analyser) sides(ws []fword) string {
	x := 0
	for x < len(ws) && x < 2 && ws[x].capital && !ws[x].stop {
		x++
	}
	if x == 0 || x < len(ws) && ws[x].capital {
		return ""
	}
	for k := x; k < len(ws); k++ {
		if ws[k].low == "as" || ws[k].low == "amid" || ws[k].low == "after" || ws[k].low == "while" || frameNouns[ws[k].low] != "" {
			return ""
		}
		if ws[k].capital {
			if k+1 < len(ws) && ws[k+1].capital || !a.capitalInBody(ws[k].w) || !a.capitalInBody(ws[x-1].w) {
				return ""
			}
			names := make([]string, 0, x)
			for _, w := range ws[:x] {
				names = append(names, w.w)
			}
			return strings.Join(names, " ") + "–" + ws[k].w
		}
		if ws[k].stop {
			return ""
		}
	}
	return ""
}

// nameSides puts the sides before a row's title that names neither:
// "Algeria–Spain diplomatic row over Madrid's support".
func (a *analyser) nameSides(f *frame) {
	if f.sides == "" || !rowHeads[f.head] || f.closed {
		return
	}
	x, y, _ := strings.Cut(f.sides, "–")
	named := func(w fword) bool { return w.w == x || w.w == y || strings.TrimSuffix(w.w, "'s") == y }
	if strings.Contains(f.title, "–") || slices.ContainsFunc(splitWords(f.title), named) || len(strings.Fields(f.title)) >= maxFrameWords {
		return
	}
	t := f.title
	if first, _, _ := strings.Cut(t, " "); a.commonWord(first) {
		t = lowerFirst(t) // "Diplomatic row": a word, not a name
	}
	f.title = f.sides + " " + t
	f.words = titleStems(f.title)
}

// pronouns open a clause that goes on with the thread before it.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true}

// splitClauses splits a headline into its threads: at semicolons and at
// ", but" ("police end inquiry, but MPs want ethics probe").
func splitClauses(h string) []string {
	out := strings.Split(h, ";")
	for i := 0; i < len(out); i++ {
		if j := strings.Index(out[i], ", but "); j > 0 {
			rest := out[i][j+6:]
			out[i] = out[i][:j]
			out = slices.Insert(out, i+1, rest)
		} else if j := verbClauseComma(out[i]); j > 0 {
			rest := out[i][j+2:]
			out[i] = out[i][:j]
			out = slices.Insert(out, i+1, rest)
		}
	}
	return out
}

// titleCase reports a headline that capitalises its words ("Explanation
// Needs More Investigation"): its capitals say nothing of names.
func titleCase(h string) bool {
	n, caps := 0, 0
	for _, w := range strings.Fields(h) {
		if len(w) < 4 {
			continue // "of", "in", "the" stay lower-case in title case
		}
		n++
		if w[0] >= 'A' && w[0] <= 'Z' {
			caps++
		}
	}
	return n >= 3 && caps == n
}

// frameStarts has bit n of entry c set when a word of frameNouns or
// frameVerbs opens with byte c and has n bytes: mayFrame looks a word up
// only then.
var frameStarts = buildFrameStarts(frameNouns, frameVerbs)

// frameNounStarts is frameStarts for frameNouns alone: a lead carries
// no headline verb.
var frameNounStarts = buildFrameStarts(frameNouns)

func buildFrameStarts(ms ...map[string]string) (t [256]uint32) {
	for _, m := range ms {
		for w := range m {
			if len(w) < 32 {
				t[w[0]] |= 1 << len(w)
			}
		}
	}
	return t
}

// frameLower lower-cases an ASCII letter.
func frameLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasWords reports whether s holds at least n words, counting without
// splitting.
func hasWords(s string, n int) bool {
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'
		if !sp && !in {
			if n--; n == 0 {
				return true
			}
		}
		in = !sp
	}
	return n <= 0
}

// mayFrame reports whether clause s holds a word readFrame starts from,
// without splitting it: most leads hold none, and the check allocates
// nothing.
func mayFrame(s string, headline bool) bool {
	if len(s) > maxFrameScan {
		s = s[:maxFrameScan] // a lead names its thread early
	}
	starts := &frameNounStarts
	if headline {
		starts = &frameStarts
	}
	var buf [16]byte
	for len(s) > 0 {
		w := s
		if j := strings.IndexByte(s, ' '); j >= 0 {
			w, s = s[:j], s[j+1:]
		} else {
			s = ""
		}
		for len(w) > 0 && !isWordByte(w[0]) {
			w = w[1:]
		}
		for len(w) > 0 && !isWordByte(w[len(w)-1]) {
			w = w[:len(w)-1]
		}
		n := len(w)
		if n < 3 || n > len(buf) || starts[frameLower(w[0])]&(1<<n) == 0 {
			continue
		}
		for k := 0; k < n; k++ {
			buf[k] = frameLower(w[k])
		}
		if c := frameNouns[string(buf[:n])]; c != "" {
			if string(buf[:n]) == "case" && !strings.HasPrefix(s, "against") {
				continue // only "case against" names a case
			}
			return true
		}
		if headline && frameVerbs[string(buf[:n])] != "" {
			return true
		}
	}
	return false
}

// readFrame reads a thread from clause ws: the first dispute noun, or
// (in a headline) a verb that carries one.
func readFrame(ws []fword, headline bool) (frame, bool) {
	for i := range ws {
		if i > 0 && ws[i].capital {
			continue // "Crime Scene Investigation" is a name
		}
		if class := frameNouns[ws[i].low]; class != "" && nounFrameOK(ws, i) {
			if ws[i].low == "odds" {
				// "Drugmaker and health service at odds over drug price": a row.
				rw := make([]fword, 0, len(ws)-1)
				rw = append(append(rw, ws[:i-1]...), fword{w: "row", low: "row", stop: ws[i].stop})
				rw = append(rw, ws[i+1:]...)
				f := buildNounFrame(rw, i-1, class)
				f.head = "row"
				if k := slices.IndexFunc(ws[:i-1], func(w fword) bool { return w.low == "and" }); k > 0 && k < i-2 && i-1 <= 7 {
					// "Drugmaker–health service row over cost of cancer drug"
					var x, y []string
					for _, w := range ws[:k] {
						x = append(x, w.w)
					}
					for _, w := range ws[k+1 : i-1] {
						y = append(y, w.w)
					}
					parts := []string{strings.Join(x, " ") + "–" + strings.Join(y, " "), "row"}
					for _, w := range rw[i:complement(rw, i, false)] {
						if !dropInTitle(w) {
							parts = append(parts, w.w)
						}
					}
					f.title = frameTitle(parts)
					f.words = titleStems(f.title)
				}
				return f, true
			}
			return buildNounFrame(ws, i, class), true
		}
	}
	if !headline {
		return frame{}, false
	}
	for i := 1; i < len(ws); i++ {
		low := ws[i].low
		if ws[i].capital {
			continue
		}
		if n := frameVerbs[low]; n == "acquittal" {
			if low[0] == 'c' && (i+1 >= len(ws) || emptyHeads[ws[i+1].low] || ws[i+1].low == "the" ||
				!slices.ContainsFunc(ws[i+1:], func(w fword) bool { return w.low == "of" })) {
				continue // "clears way for", not "clears mayor of"
			}
			// "Court acquits former bank chief of fraud": the case is over,
			// whatever the copy calls it.
			return frame{title: "Case", class: "legal", closed: true, head: "case", words: []string{"case"}}, true
		} else if n != "" {
			if p := frameParticle[low]; p != "" && (i+1 >= len(ws) || ws[i+1].low != p) {
				continue
			}
			if f := buildVerbFrame(ws, i, n); f.title != "" {
				return f, true
			}
		}
	}
	return frame{}, false
}

// approvals right before a thread end it: "EU clears Telvia takeover",
// "regulator approves merger"; not "clears way for extradition".
var approvals = map[string]bool{
	"clears": true, "cleared": true, "approves": true, "approved": true, "backs": true, "completes": true, "completed": true,
}

// nounFrameOK rules out the senses of a frame noun that name no dispute:
// "strike a deal", "in a row", "in any case", "a fine example".
func nounFrameOK(ws []fword, i int) bool {
	if riskOf(ws, i) {
		return false // "raising risk of commissioner takeover": what may follow, not the thread
	}
	next := ""
	if i+1 < len(ws) {
		next = ws[i+1].low
	}
	prev := ""
	if i > 0 {
		prev = ws[i-1].low
	}
	switch ws[i].low {
	case "strike", "strikes":
		return next != "a" && next != "deal" && next != "back" && !militaryStrikes[prev]
	case "row":
		return next == "over" || next == "with" || next == "between" || prev == "diplomatic" || prev == "trade"
	case "case":
		return next == "against"
	case "boycott":
		return i == 0 || next == "" || framePreps[next] || prev == "a" || prev == "the" // "Students boycott classes": a verb
	case "challenge":
		return prev == "court" || prev == "legal" // "court challenge to plain packaging law"
	case "trial":
		return prev != "clinical" && prev != "drug" && prev != "free"
	case "action":
		return prev == "class" || prev == "legal" // "class action", not "military action"
	case "odds":
		return prev == "at" // "at odds over"
	case "vote", "votes":
		return voteKinds[prev] || next == "to" && voteTakers[prev] // "tenants win vote to take over flats"
	}
	return true
}

// buildNounFrame titles the frame headed at ws[i]: the modifiers before
// it, the head (a compound: "takeover offer") and what it is about.
func buildNounFrame(ws []fword, i int, class string) frame {
	start := i
	for start > 0 && i-start < 3 && modifierWord(ws[start-1]) && !ws[start-1].stop {
		start--
	}
	for start > 0 && start < i && numberLike(ws[start-1]) {
		start++ // "11 billion euro takeover": the sum is no modifier
	}
	end := i + 1
	if class == "takeover" && end < len(ws) && frameHeadAfter[ws[end].low] {
		end++
	}
	if ws[end-1].stop {
		f := finishFrame(ws, start, end, end, class)
		f.head = ws[i].low
		return f
	}
	if class == "vote" {
		if f, ok := voteFrame(ws, start, i); ok {
			return f
		}
	}
	compEnd := complement(ws, end, false)
	f := finishFrame(ws, start, end, compEnd, class)
	f.head = ws[i].low
	return f
}

// voteFrame titles a vote by what it decides: "win vote to take over
// landlords' flats" is the "Vote to take over landlords' flats"; "decide
// on motorway expansion in June referendum" the "Referendum on motorway
// expansion".
func voteFrame(ws []fword, start, i int) (frame, bool) {
	var parts []string
	for _, w := range ws[start : i+1] {
		parts = append(parts, w.w)
	}
	switch {
	case i+2 < len(ws) && ws[i+1].low == "to" && !ws[i].stop:
		parts = append(parts, "to")
		for j := i + 2; j < len(ws) && j < i+2+6; j++ {
			if j > i+2 && (frameStops[ws[j].low] && !(j == i+3 && (particles[ws[j].low] || ws[j].low == "over")) || closeWords[ws[j].low] || numberLike(ws[j])) {
				break
			}
			if !dropInTitle(ws[j]) {
				w := ws[j].w
				if ws[j].poss {
					w += "'"
				}
				parts = append(parts, w)
			}
			if ws[j].stop {
				break
			}
		}
	case i+1 == len(ws) || ws[i].stop || frameStops[ws[i+1].low]:
		// The bare head: what is decided stands before it, "on" a thing.
		on := -1
		for j := start - 1; j > 0; j-- {
			if ws[j].low == "on" {
				on = j
				break
			}
		}
		if on < 0 {
			return frame{}, false
		}
		obj := frameObjectEnd(ws, on+1)
		if obj == on+1 || obj > start {
			return frame{}, false
		}
		for start < i && ws[start].low == "in" || start < i && people.IsTimeWord(ws[start].low) {
			start++
		}
		parts = parts[:0]
		for _, w := range ws[start : i+1] {
			parts = append(parts, w.w)
		}
		parts = append(parts, "on")
		for _, w := range ws[on+1 : obj] {
			if !dropInTitle(w) {
				parts = append(parts, w.w)
			}
		}
	default:
		return frame{}, false
	}
	parts[0] = capitalise(parts[0])
	f := frame{class: "vote", title: frameTitle(parts), closed: closedClause(ws, start), head: ws[i].low}
	f.words = titleStems(f.title)
	return f, true
}

// complement reads up to two prepositional phrases after a head ending
// before ws[k]: "on Belarus potash exports", "into Nordvik Bank over
// laundering controls". It returns the end of the last one read.
func complement(ws []fword, k int, verbs bool) int {
	end := k
	for k < len(ws) && (numberLike(ws[k]) || currencies[ws[k].low]) {
		k++ // "fines search giant 2.4 billion euros over ..."
	}
	if k > end {
		end = k
	}
	for pp := 0; pp < 2 && end < len(ws); pp++ {
		p := ws[end].low
		if !framePreps[p] && !(placePreps[p] && end+1 < len(ws) && ws[end+1].capital) &&
			!(p == "to" && end > 0 && ws[end-1].low == "challenge") {
			break
		}
		j := end + 1
		for j < len(ws) && (ws[j].low == "the" || ws[j].low == "a" || ws[j].low == "an") {
			j++
		}
		n, poss, afterOf := 0, 0, false
		for j < len(ws) && (n < 4+poss || ws[j].capital && ws[j-1].capital) { // "Tony Blair and Gordon Brown"
			afterOf = afterOf || ws[j-1].low == "of"
			if afterOf && dropInTitle(ws[j]) && j+1 < len(ws) {
				j++ // "award of a 400 million euro hospital contract"
				continue
			}
			afterOf = false
			if !objectWord(ws[j], verbs) {
				break
			}
			j++
			n++
			if poss == 0 && possessiveWord(ws[j-1].w) {
				poss = 1 // "the government's online safety bill": the possessor is no part of the object's four words
			}
			if ws[j-1].stop {
				break
			}
		}
		if n == 0 {
			break
		}
		end = j
		if ws[end-1].stop {
			break
		}
	}
	return end
}

// finishFrame builds the title from the modifier-and-head span
// ws[start:headEnd] and the complement ws[headEnd:end].
func finishFrame(ws []fword, start, headEnd, end int, class string) frame {
	var parts []string
	subj := subjectBefore(ws, start, true)
	hasCapital := false
	for _, w := range ws[start:end] {
		hasCapital = hasCapital || w.capital && w.low != ws[0].low && !people.IsTimeWord(w.low) && !holidays[w.low]
	}
	switch {
	case !hasCapital && len(subj) > 0 && byWhom[ws[headEnd-1].low] != "" && objectOfVerb(ws, len(subj), start) &&
		(ws[headEnd-1].low == "trial" || len(subj) > 3) &&
		(headEnd == end || ws[headEnd].low == "over" || placePreps[ws[headEnd].low]):
		// "Retired judge goes on trial over bribes": the "Trial of
		// retired judge over bribes"; "Pilots at Lufthansa cargo arm
		// stage walkout": the "Walkout by pilots at Lufthansa cargo arm".
		var tail []string
		for _, w := range ws[start:headEnd] {
			if !dropInTitle(w) {
				tail = append(tail, w.w)
			}
		}
		tail = append(tail, byWhom[ws[headEnd-1].low])
		for n, w := range subj {
			if n == 0 && (!w.capital || lexicon[w.low].f != 0 || strings.HasSuffix(w.low, "s")) {
				w.w = w.low // sentence case, not a name
			}
			tail = append(tail, w.w)
		}
		for _, w := range ws[headEnd:end] {
			if !dropInTitle(w) {
				tail = append(tail, w.w)
			}
		}
		f := frame{class: class, title: frameTitle(tail), closed: closedClause(ws, start), bare: headEnd == end}
		f.words = titleStems(f.title)
		return f
	case class == "dispute" && len(subj) == 3 && subj[1].low == "and" && subj[0].capital && subj[2].capital:
		parts = append(parts, subj[0].w+"–"+subj[2].w) // "India–Canada row"
	case headEnd == end && len(subj) > 0 && len(subj) <= 3 && facesVerb[ws[len(subj)].low] && objectOfVerb(ws, len(subj), start):
		// "Taiwan lawmakers face recall votes": the votes are against them.
		var tail []string
		for _, w := range ws[start:end] {
			if !dropInTitle(w) {
				tail = append(tail, w.w)
			}
		}
		tail = append(tail, "against")
		for n, w := range subj {
			if n == 0 && (!w.capital || lexicon[w.low].f != 0) {
				w.w = w.low
			}
			tail = append(tail, w.w)
		}
		f := frame{class: class, title: frameTitle(tail), closed: closedClause(ws, start), bare: true}
		f.words = titleStems(f.title)
		return f
	case headEnd == end && !hasCapital && len(subj) > 0 && len(subj) <= 3 && objectOfVerb(ws, len(subj), start):
		parts = append(parts, possessive(subj)...) // "Van Rijn takeover approach"
	}
	for _, w := range ws[start:end] {
		if dropInTitle(w) {
			continue
		}
		parts = append(parts, w.w)
	}
	f := frame{class: class, title: frameTitle(parts), closed: closedClause(ws, start), bare: headEnd == end}
	f.words = titleStems(f.title)
	return f
}

// buildVerbFrame titles a thread a headline carries as its verb at ws[i]:
// "Nurses walk out across Scotland" is a "Nurses' strike in Scotland",
// "Novelists sue AI firm over ..." a "Novelists' lawsuit against AI firm
// over ...", "airline fined over refunds" a "Fine on airline over refunds".
func buildVerbFrame(ws []fword, i int, noun string) frame {
	subj := subjectBefore(ws, i, false)
	if noun == "strike" && assemblyWalkout(subj) {
		return frame{} // "Councillors walk out": of a meeting, in protest, not a strike
	}
	var parts []string
	after := i + 1
	if frameParticle[ws[i].low] != "" {
		after++
	}
	class := frameClass(noun)
	if class == "" {
		class = "dispute"
	}
	switch noun {
	case "fine":
		parts = append(parts, "Fine")
		if ws[i].low == "fined" {
			parts = append(parts, "on")
			for _, w := range subj {
				parts = append(parts, lowerFirst(w.w))
			}
		} else {
			obj := frameObjectEnd(ws, after)
			if obj == after {
				return frame{}
			}
			parts = append(parts, "on")
			for _, w := range ws[after:obj] {
				parts = append(parts, w.w)
			}
			after = obj
		}
	case "dispute":
		obj := frameObjectEnd(ws, after)
		if obj == after {
			return frame{}
		}
		parts = append(parts, possessive(subj)...)
		parts = append(parts, "dispute", "over")
		for _, w := range ws[after:obj] {
			parts = append(parts, w.w)
		}
		after = obj
	case "ban", "suspension":
		if !strings.HasSuffix(ws[i].low, "ed") {
			return nominalFrame(ws, subj, after, noun)
		}
		if len(subj) == 0 {
			return frame{}
		}
		// "Football club banned from Europe over unpaid debts": a
		// "Ban on football club over unpaid debts".
		parts = append(parts, capitalise(noun), "on")
		for n, w := range subj {
			if n == 0 && (!w.capital || lexicon[w.low].f != 0 || strings.HasSuffix(w.low, "s")) {
				w.w = w.low
			}
			parts = append(parts, w.w)
		}
		if after+1 < len(ws) && ws[after].low == "from" && ws[after+1].capital {
			after += 2 // "from Europe": where, not what
		}
		class = "measure"
	case "closure", "halt", "block", "curbs":
		if i > 0 && ws[i-1].low == "to" {
			subj = nil // "Lyon votes to shut tram depot": whoever votes, the "Closure of tram depot"
		}
		return nominalFrame(ws, subj, after, noun)
	case "expulsion":
		// "Mali orders French ambassador to leave": only an order to leave
		// expels.
		obj := frameObjectEnd(ws, after)
		if obj+1 >= len(ws) || ws[obj].low != "to" || ws[obj+1].low != "leave" && ws[obj+1].low != "quit" ||
			!slices.ContainsFunc(ws[after:obj], func(w fword) bool { return envoys[w.low] || w.low == "embassy" }) {
			return frame{} // "police order protesters to leave square": no expulsion
		}
		return expulsionFrame(ws, subj, i, after, obj)
	case "ouster", "removal", "impeachment":
		// "Peru congress ousts president": the "Ouster of president by
		// Peru congress"; "removes" only an office holder, not a tariff.
		obj := frameObjectEnd(ws, after)
		if obj == after || noun == "removal" && !slices.ContainsFunc(ws[after:obj], func(w fword) bool { return officeWords[w.low] }) {
			return frame{}
		}
		parts = append(parts, capitalise(noun), "of")
		for _, w := range ws[after:obj] {
			if !dropInTitle(w) {
				parts = append(parts, w.w)
			}
		}
		if len(subj) > 0 && len(subj) <= 3 {
			parts = append(parts, "by")
			for n, w := range subj {
				if n == 0 && (!w.capital || lexicon[w.low].f != 0) {
					w.w = w.low // sentence case, not a name
				}
				parts = append(parts, w.w)
			}
		}
		after = obj
	case "row":
		if ws[i].low == "recalls" || ws[i].low == "recalled" {
			return recallFrame(ws, subj, i, after)
		}
		if ws[i].low == "summons" || ws[i].low == "summoned" || ws[i].low == "expels" || ws[i].low == "expelled" {
			obj := frameObjectEnd(ws, after)
			if obj >= len(ws) || ws[obj].low != "over" {
				if ws[i].low == "expels" || ws[i].low == "expelled" {
					return expulsionFrame(ws, subj, i, after, obj) // "Chad expels French envoy"
				}
				return frame{}
			}
			after = obj
			parts = append(parts, "row") // "summons ambassador over spying arrests"
			break
		}
		if len(subj) == 3 && subj[1].low == "and" {
			parts = append(parts, subj[0].w+"–"+subj[2].w, "row")
		} else {
			parts = append(parts, possessive(subj)...)
			parts = append(parts, "row")
		}
	case "blame":
		// "Britain blames Russian military intelligence for cyber attack
		// on electoral watchdog": the attack is the thread.
		j := after
		for j < len(ws) && j-after < 5 && ws[j].low != "for" {
			j++
		}
		if j >= len(ws) || ws[j].low != "for" {
			return frame{}
		}
		obj := frameObjectEnd(ws, j+1)
		if obj == j+1 {
			return frame{}
		}
		for _, w := range ws[j+1 : obj] {
			if !dropInTitle(w) {
				parts = append(parts, w.w)
			}
		}
		after = obj
	case "raid":
		// "Watchdog raids app store operators": an "Investigation into
		// app store operators", unless the lead names what it is into.
		obj := frameObjectEnd(ws, after)
		if obj == after {
			return frame{}
		}
		parts = append(parts, "Investigation", "into")
		for _, w := range ws[after:obj] {
			if !dropInTitle(w) {
				parts = append(parts, w.w)
			}
		}
		f := frame{class: "inquiry", title: frameTitle(parts), head: "raid", weak: true}
		f.words = titleStems(f.title)
		return f
	case "boycott":
		// "Opposition boycotts parliament over jailing of leader": the
		// "Opposition boycott of parliament over jailing of leader".
		obj := frameObjectEnd(ws, after)
		if len(subj) == 0 || obj == after {
			return frame{}
		}
		parts = append(parts, possessive(subj)...)
		parts = append(parts, "boycott", "of")
		for _, w := range ws[after:obj] {
			parts = append(parts, w.w)
		}
		after = obj
		class = "measure"
	case "protest":
		if len(subj) == 0 || !strings.HasSuffix(subj[len(subj)-1].low, "s") {
			return frame{} // "Ghana cocoa farmers protest prices"; not "Belize protests as ..."
		}
		parts = append(parts, possessive(subj)...)
		parts = append(parts, "protest")
		if after < len(ws) && !framePreps[ws[after].low] && !frameStops[ws[after].low] {
			if obj := frameObjectEnd(ws, after); obj > after {
				parts = append(parts, "over")
				for _, w := range ws[after:obj] {
					parts = append(parts, w.w)
				}
				after = obj
			}
		}
		class = "protest"
	case "lawsuit":
		parts = append(parts, possessive(subj)...)
		parts = append(parts, "lawsuit")
		if obj := frameObjectEnd(ws, after); obj > after {
			parts = append(parts, "against")
			for _, w := range ws[after:obj] {
				parts = append(parts, w.w)
			}
			after = obj
		}
	default:
		parts = append(parts, possessive(subj)...)
		parts = append(parts, noun)
	}
	if after < len(ws) && !ws[after-1].stop {
		end := complement(ws, after, true)
		for _, w := range ws[after:end] {
			if dropInTitle(w) {
				continue
			}
			if w.low == "across" || w.low == "at" {
				w.w = "in"
			}
			parts = append(parts, w.w)
		}
	}
	f := frame{class: class, title: frameTitle(parts), closed: closedClause(ws, i)}
	f.words = titleStems(f.title)
	return f
}

// nominalFrame titles a measure a headline verb takes against a short
// object, object first: "Chad closes border" is the "Chad border
// closure".
func nominalFrame(ws, subj []fword, after int, noun string) frame {
	obj := frameObjectEnd(ws, after)
	if obj == after || obj-after > 2 {
		return frame{}
	}
	end := complement(ws, obj, true)
	if end == obj && obj+1 < len(ws) && ws[obj].low == "to" && intentWords[ws[obj-1].low] && !ws[obj-1].stop {
		// "Court blocks government plan to sell state water company".
		end = obj + 1
		for end < len(ws) && end-obj <= 5 && (end == obj+1 || !frameStops[ws[end].low] && !closeWords[ws[end].low] && headlineVerb[ws[end].low] != 1) {
			end++
			if ws[end-1].stop {
				break
			}
		}
		for end > obj+2 && lexicon[ws[end-1].low].f&lxStop != 0 {
			end-- // "plan to close its": no function word at the end
		}
	}
	if end > obj && ws[obj].low == "to" {
		parts := []string{capitalise(noun), nominalPreps[noun]}
		for _, w := range ws[after:end] {
			if !dropInTitle(w) {
				parts = append(parts, w.w)
			}
		}
		// The plan is whole or says nothing: no cut at eight words.
		f := frame{class: "measure", title: strings.Join(parts, " "), closed: closedClause(ws, after-1)}
		f.words = titleStems(f.title)
		return f
	}
	var parts []string
	if end == obj && len(subj) > 0 && subj[0].capital && !institution(subj) && noun != "curbs" {
		// "Chad closes border": the "Chad border closure".
		for _, w := range subj {
			parts = append(parts, w.w)
		}
		for _, w := range ws[after:obj] {
			parts = append(parts, w.w)
		}
		if noun == "block" {
			noun = "blockade" // "Chad border blockade"
		}
		parts = append(parts, noun)
	} else {
		// "Court halts work on Dakota oil pipeline": the "Halt to work
		// on Dakota oil pipeline"; a court's name says who, not what.
		parts = append(parts, capitalise(noun), nominalPreps[noun])
		for _, w := range ws[after:end] {
			if !dropInTitle(w) {
				parts = append(parts, w.w)
			}
		}
	}
	f := frame{class: "measure", title: frameTitle(parts), closed: closedClause(ws, after-1)}
	f.words = titleStems(f.title)
	return f
}

// officeWords hold an office whose holder a vote removes.
var officeWords = map[string]bool{
	"president": true, "minister": true, "premier": true, "mayor": true, "governor": true, "speaker": true,
	"judge": true, "chancellor": true, "leader": true, "chairman": true, "chairwoman": true,
}

// envoys are who a state recalls in a row: "recalls ambassador".
var envoys = map[string]bool{"ambassador": true, "envoy": true, "diplomat": true, "diplomats": true, "consul": true, "ambassadors": true, "envoys": true}

// recallFrame titles the row a state's recall of its envoy marks:
// "Philippines recalls ambassador to Beijing after water cannon
// incident" is the "Philippines–Beijing row over water cannon incident";
// "recalls cars" is no row.
func recallFrame(ws, subj []fword, i, after int) frame {
	obj := frameObjectEnd(ws, after)
	if obj == after || !envoys[ws[obj-1].low] || len(subj) != 1 || !subj[0].capital {
		return frame{}
	}
	k := obj
	other := ""
	if k+1 < len(ws) && (ws[k].low == "to" || ws[k].low == "from") && ws[k+1].capital && !ws[k].stop {
		if k+2 >= len(ws) || !ws[k+2].capital {
			other = ws[k+1].w
		}
		k += 2
		for k < len(ws) && ws[k-1].capital && ws[k].capital {
			k++
		}
	}
	var parts []string
	if other != "" {
		parts = append(parts, subj[0].w+"–"+other, "row")
	} else {
		parts = append(parts, "Row")
	}
	if k < len(ws) && (ws[k].low == "over" || ws[k].low == "after") && !ws[k-1].stop {
		ws2 := slices.Clone(ws[k:])
		ws2[0].w, ws2[0].low = "over", "over" // "after the incident": what the row is over
		c := complement(ws2, 0, true)
		if c > 1 && rowHeads[ws2[c-1].low] {
			parts = parts[:len(parts)-1] // "recalls envoy over statue row": the "Japan–Seoul statue row"
			ws2 = ws2[1:]
			c--
			if other == "" {
				parts = parts[:0]
			}
		}
		for _, w := range ws2[:c] {
			if !dropInTitle(w) {
				parts = append(parts, w.w)
			}
		}
	}
	if len(parts) < 3 && other == "" {
		return frame{}
	}
	f := frame{class: "dispute", title: frameTitle(parts), closed: closedClause(ws, i), head: "row"}
	f.words = titleStems(f.title)
	return f
}

// expulsionFrame titles an expulsion of the object ws[after:obj] by the
// verb at ws[i]: "Expulsion of French ambassador from Mali", the state
// named when the subject is one name.
func expulsionFrame(ws, subj []fword, i, after, obj int) frame {
	if obj == after {
		return frame{}
	}
	parts := []string{"Expulsion", "of"}
	for _, w := range ws[after:obj] {
		if !dropInTitle(w) {
			parts = append(parts, w.w)
		}
	}
	end := obj
	if end+1 < len(ws) && ws[end].low == "to" {
		end += 2 // "to leave"
	}
	var over []string
	if end < len(ws) && ws[end].low == "over" && !ws[end-1].stop {
		c := complement(ws, end, true)
		for _, w := range ws[end:c] {
			if !dropInTitle(w) {
				over = append(over, w.w)
			}
		}
	}
	if len(subj) == 1 && subj[0].capital && len(parts)+2+len(over) <= maxFrameWords {
		parts = append(parts, "from", subj[0].w) // what it is over says more than who expels
	}
	parts = append(parts, over...)
	f := frame{class: "dispute", title: frameTitle(parts), closed: closedClause(ws, i), head: "expulsion"}
	f.words = titleStems(f.title)
	return f
}

// intentWords take an infinitive that says what they intend: "plan to
// sell", "bid to build".
var intentWords = map[string]bool{"plan": true, "bid": true, "move": true, "attempt": true, "decision": true, "proposal": true, "order": true}

// nominalPreps join a measure's noun to its object.
var nominalPreps = map[string]string{"closure": "of", "halt": "to", "suspension": "of", "ban": "on", "block": "on", "curbs": "on"}

// institution reports a subject that is a court, regulator or the like:
// it acts on a thread rather than being a party to it.
func institution(subj []fword) bool {
	switch subj[len(subj)-1].low {
	case "court", "judge", "regulator", "watchdog", "board", "council", "tribunal", "commission", "parliament", "government":
		return true
	}
	return false
}

// subjectBefore is the headline subject before ws[k]: the words from
// the clause start up to its verb, when they are names or nouns (at most
// four) and a verb-like word follows them ("Van Rijn rejects", "Chicago
// teachers set").
func subjectBefore(ws []fword, k int, noun bool) []fword {
	j := 0
	for j < k && j < maxSubject && !ws[j].stop && (subjectWord(ws[j]) || innerPrep(ws, j)) {
		j++
	}
	if noun && j >= 2 && !ws[j-1].capital && allGap(ws, j, k) {
		j-- // "Scottish nurses announce second strike": the word before the thread is the verb
	}
	if j == 0 || j < k && !verbAfterSubject(ws[j]) && !objectOfVerb(ws, j, k) {
		return nil
	}
	if j < len(ws) && j > 0 && ws[j-1].stop {
		return nil
	}
	return ws[:j]
}

// facesVerb say the subject undergoes the thread: "faces", "face".
var facesVerb = map[string]bool{"face": true, "faces": true, "faced": true, "facing": true}

// subjectVerbs follow a headline subject: "Pilots stage walkout".
var subjectVerbs = map[string]bool{
	"stage": true, "stages": true, "staged": true, "begin": true, "start": true, "starts": true, "started": true,
	"go": true, "goes": true, "went": true, "launch": true, "hold": true, "holds": true,
}

// maxSubject bounds a headline subject: "Pilots at Lufthansa cargo arm".
const maxSubject = 6

// innerPrep reports a preposition inside a subject, before a name:
// "Pilots at Lufthansa cargo arm".
func innerPrep(ws []fword, j int) bool {
	return j > 0 && j+1 < len(ws) && ws[j+1].capital && (ws[j].low == "at" || ws[j].low == "of" || ws[j].low == "in")
}

// subjectWord reports whether w may stand in a headline subject.
func subjectWord(w fword) bool {
	if w.low == "and" {
		return true
	}
	if headlineVerb[w.low] != 0 || frameVerbs[w.low] != "" || closeWords[w.low] || frameNouns[w.low] != "" ||
		subjectVerbs[w.low] || numberLike(w) {
		return false
	}
	if w.capital {
		return true
	}
	return lexicon[w.low].f&lxStop == 0 && !isNumeric(w.low) && !edWord(w.low) && !strings.HasSuffix(w.low, "ing")
}

// verbAfterSubject reports whether w reads as the verb after a subject.
func verbAfterSubject(w fword) bool {
	return !w.capital && (headlineVerb[w.low] != 0 || subjectVerbs[w.low] || frameVerbs[w.low] != "" || closeWords[w.low] ||
		lexicon[w.low].f&lxStop != 0 && !framePreps[w.low] || strings.HasSuffix(w.low, "s") && !strings.HasSuffix(w.low, "ss"))
}

// frameObjectEnd is the end of the noun phrase from ws[k]: "AI firm".
func frameObjectEnd(ws []fword, k int) int {
	j := k
	for j < len(ws) && (ws[j].low == "the" || ws[j].low == "a") {
		j++
	}
	n := j
	for n < len(ws) && n-j < 4 && objectWord(ws[n], true) && !framePreps[ws[n].low] {
		if n > j && edWord(ws[n].low) && n+1 < len(ws) && (ws[n+1].low == "of" || ws[n+1].low == "with") {
			break // "senator accused of taking bribes": the object ends before its clause
		}
		n++
		if ws[n-1].stop {
			break
		}
	}
	if n == j {
		return k
	}
	return n
}

// possessive writes a subject as the owner of a thread: "Kenyan
// doctors'", a name as it stands: "Van Rijn".
func possessive(subj []fword) []string {
	out := make([]string, 0, len(subj))
	for _, w := range subj {
		out = append(out, w.w)
	}
	if n := len(out); n > 0 && strings.HasSuffix(out[n-1], "s") && !strings.HasSuffix(out[n-1], "ss") &&
		(!subj[n-1].capital || n > 1 || subj[n-1].low == subj[0].low && lexicon[subj[n-1].low].f&lxStop == 0) {
		out[n-1] += "'"
	}
	return out
}

// modifierWord reports whether w may modify a dispute noun: a name, or a
// noun or adjective that is no verb, function word or number ("fraud",
// "trade", "diplomatic"); not "tightens", "new" or "11".
func modifierWord(w fword) bool {
	if w.capital {
		// "June referendum": a month says when, not which thread.
		return !closeWords[w.low] && headlineVerb[w.low] == 0 && (!people.IsTimeWord(w.low) || holidays[w.low])
	}
	if headlineVerb[w.low] != 0 && !nounModifiers[w.low] || closeWords[w.low] || frameVerbs[w.low] != "" || numberLike(w) {
		return false
	}
	e := lexicon[w.low]
	if e.f&(lxStop|lxGeneric) != 0 && !topicalCues[w.low] && !nounModifiers[w.low] {
		return false
	}
	if adverbLike(w.low) || strings.HasSuffix(w.low, "ing") && !ingNouns[w.low] || edWord(w.low) && !nounsInEd[w.low] {
		return false
	}
	if strings.HasSuffix(w.low, "s") && !strings.HasSuffix(w.low, "ss") && !pluralModifiers[w.low] {
		return false // "tightens", "extends": a verb before its object
	}
	return true
}

// nounModifiers are headline verbs and vague words that modify a dispute
// noun: "trade spat", "vote count row", "general strike".
var nounModifiers = map[string]bool{
	"trade": true, "vote": true, "pay": true, "boycott": true, "protest": true, "general": true, "national": true,
	"legal": true, "public": true, "recall": true, "confidence": true, "no-confidence": true, "impeachment": true,
	"independence": true, "border": true,
}

// pluralModifiers are plurals that modify a noun: "arms embargo".
var pluralModifiers = map[string]bool{"arms": true, "sales": true, "goods": true, "rights": true, "services": true, "jobs": true, "sports": true, "news": true, "customs": true, "securities": true, "savings": true, "earnings": true, "sanctions": true, "ethics": true, "politics": true, "antitrust": true, "economics": true}

// objectWord reports whether w may stand in the object of a preposition
// in a frame: a content word that ends no clause. A headline verb that is
// also a noun ("vote", "trade") may; one that is mostly a verb ("deepens",
// "arrests") only when verbs is set: the frame was read from the
// headline's main verb, so no second verb follows ("summons ambassador
// over spying arrests", not "as row over killing deepens").
func objectWord(w fword, verbs bool) bool {
	if frameStops[w.low] || headlineVerb[w.low] == 1 && !verbs || closeWords[w.low] || numberLike(w) || currencies[w.low] ||
		people.IsTimeWord(w.low) {
		return false
	}
	if w.low == "and" || w.low == "of" || w.low == "their" || w.low == "his" || w.low == "her" || w.low == "its" {
		return true
	}
	return lexicon[w.low].f&lxStop == 0 || w.capital
}

// closedClause reports whether the clause ws, whose thread starts at
// ws[k], ends it: a closing verb before it ("call off strike") or right
// after its head ("strike ends").
func closedClause(ws []fword, k int) bool {
	if k > 0 && approvals[ws[k-1].low] {
		return true // "EU clears Telvia takeover": the deal goes through
	}
	for j := 0; j < len(ws); j++ {
		if settleVerbs[ws[j].low] {
			for m := j + 1; m < len(ws) && m <= j+3; m++ {
				if settlements[ws[m].low] {
					return true // "agree border deal", "sign peace treaty"
				}
			}
		}
		if closeWords[ws[j].low] && (j < k || j <= k+3) {
			if j > 0 && (ws[j-1].low == "an" || ws[j-1].low == "the" || ws[j-1].low == "no") {
				continue // "calls for an end to strike": a noun, still open
			}
			if j > k && (framePreps[ws[j-1].low] || j+1 < len(ws) && ws[j+1].low == "of") {
				continue // "strike over end of fuel subsidy": what the thread is about
			}
			if ws[j].low == "off" && (j == 0 || !strings.HasPrefix(ws[j-1].low, "call")) {
				continue
			}
			if j > 0 && (verbBefore[ws[j-1].low] || ws[j-1].low == "not" || ws[j-1].low == "be") {
				continue // "under pressure to lift its embargo", "likely to be lifted": still open
			}
			return true
		}
	}
	return false
}

// dropInTitle reports a word a frame title leaves out: an article, a
// possessive pronoun, a sum ("the award", "their books", "2.4 billion
// euros").
func dropInTitle(w fword) bool {
	switch w.low {
	case "the", "a", "an", "their", "his", "her", "its":
		return true
	}
	return numberLike(w) || currencies[w.low]
}

// currencies follow a sum: "2.4 billion euros".
var currencies = map[string]bool{"euro": true, "euros": true, "dollar": true, "dollars": true, "pound": true, "pounds": true, "yen": true, "yuan": true, "francs": true, "rupees": true}

// objectOfVerb reports whether the phrase at ws[start] is the object of
// the verb at ws[v]: only a sum stands between them ("Van Rijn rejects
// 11 billion euro takeover approach"), not a clause ("Former mayor
// denies bribery as trial opens").
func objectOfVerb(ws []fword, v, start int) bool {
	for j := v + 1; j < start; j++ {
		if !numberLike(ws[j]) && !currencies[ws[j].low] && !particles[ws[j].low] && !verbGap[ws[j].low] {
			return false
		}
	}
	return v < start
}

// allGap reports whether ws[j:k] holds only verbGap words and numbers.
func allGap(ws []fword, j, k int) bool {
	for ; j < k; j++ {
		if !verbGap[ws[j].low] && !numberLike(ws[j]) {
			return false
		}
	}
	return true
}

// verbGap may stand between a headline verb and its object: "goes on
// trial", "announce second strike", "stage fresh walkout".
var verbGap = map[string]bool{
	"a": true, "an": true, "the": true, "on": true, "second": true, "third": true, "fresh": true, "new": true,
	"further": true, "another": true, "more": true,
}

// numberLike reports a figure or a number word: "11", "billion".
func numberLike(w fword) bool {
	return isNumeric(w.low) || w.low != "" && (w.low[0] >= '0' && w.low[0] <= '9' || strings.IndexAny(w.low[:1], "$£€") == 0 || strings.HasPrefix(w.low, "£") || strings.HasPrefix(w.low, "€")) || w.low == "million" || w.low == "billion" || w.low == "trillion" || w.low == "bn"
}

// maxFrameScan bounds the bytes of a lead searched for a frame.
const maxFrameScan = 200

// maxFrameWords bounds a frame title.
const maxFrameWords = 8

// frameTitle joins parts, at most eight words, not ending on a
// preposition, with the first letter capitalised.
func frameTitle(parts []string) string {
	if len(parts) > maxFrameWords {
		// Cut at a preposition: "Novelists' lawsuit against AI firm",
		// not "... over use".
		n := maxFrameWords
		for n > 2 && (!framePreps[strings.ToLower(parts[n])] || strings.EqualFold(parts[n], "of")) {
			n--
		}
		parts = parts[:n]
	}
	for len(parts) > 1 && (framePreps[strings.ToLower(parts[len(parts)-1])] || strings.EqualFold(parts[len(parts)-1], "and") ||
		trailingParticiple(parts[len(parts)-1])) {
		parts = parts[:len(parts)-1]
	}
	return capitalise(strings.Join(parts, " "))
}

// trailingParticiple reports a lower-case "-ed" word that ends a title
// after its noun: "face mask contracts awarded".
func trailingParticiple(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && edWord(w) && !nounsInEd[w] && !topicalCues[w]
}

// titleStems are the lower-case stems of a title's content words.
func titleStems(title string) []string {
	var out []string
	for _, w := range splitWords(strings.ReplaceAll(title, "–", " ")) {
		if lexicon[w.low].f&lxStop != 0 || isNumeric(w.low) {
			continue
		}
		out = append(out, stemWord(w.low))
	}
	return out
}

// stemWord folds a plural and a possessive: "duties" "duty", "nurses'"
// "nurse".
func stemWord(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// frameClass is the class a stemmed word names, "" for none.
func frameClass(stem string) string {
	if c := frameNouns[stem]; c != "" {
		return c
	}
	return frameClassWords[stem]
}

// tellsFrame reports whether an issue titled title tells the thread of
// f: it names a dispute of f's class, or its head is a common word of
// f's title ("exports"), or it shares two words with it; one shared name
// ("China") or modifier ("nuclear") is not enough: a story about China
// has several threads. A closed thread takes every issue sharing a
// common word with it: the story is over.
func (a *analyser) tellsFrame(title string, f *frame) bool {
	shared := 0
	ws := splitWords(title)
	for i, w := range ws {
		if lexicon[w.low].f&lxStop != 0 || numberLike(w) {
			continue
		}
		st := stemWord(w.low)
		if f.class != "" && frameClass(st) == f.class {
			return true
		}
		if !f.lead && len(ws) <= 2 && frameClass(st) == "dispute" && len(a.sents) <= shortArticle {
			return true // "Trade dispute" beside the headline's "US duties on softwood lumber"
		}
		if !slices.Contains(f.words, st) {
			continue
		}
		if (i == len(ws)-1 || f.closed) && lexicon[w.low].f&lxGeneric == 0 && a.commonWord(w.low) {
			return true // the title's head: "Belarus potash exports"; not "Nuclear secrets" beside "nuclear strikes"
		}
		shared++
	}
	return shared >= 2
}

// applyFrames titles the issues that tell a frame's thread by it, lists
// the frames no issue tells, and drops the issues of a closed thread.
// Beside a named thread, an issue titled by one common word ("Health",
// "Trial", "Sites") names no thread of its own and is dropped.
func (a *analyser) applyFrames(res []newsbot.Issue) []newsbot.Issue {
	fs := a.frames()
	if len(fs) == 0 {
		if a.calm() {
			return nil // "profit beats forecasts": nothing is disputed
		}
		if a.headline && len(res) > 1 {
			// Wire copy with several issues: a lone common word that names
			// no dispute ("Online", "Sites") is a word of the story.
			kept := make([]newsbot.Issue, 0, len(res))
			for _, is := range res {
				if (strings.Contains(is.Title, " ") || !a.commonWord(is.Title) || lexicon[strings.ToLower(is.Title)].topical()) &&
					!a.sideTitle(is.Title) {
					kept = append(kept, is)
				}
			}
			if len(kept) > 0 {
				res = kept
			}
		}
		return res
	}
	var head []newsbot.Issue
	for fi := range fs {
		f := &fs[fi]
		if f.title == "" || len(f.words) < 2 && !f.closed {
			continue
		}
		first := -1
		kept := res[:0]
		for _, is := range res {
			if !a.tellsFrame(is.Title, f) {
				kept = append(kept, is)
				continue
			}
			if f.closed {
				continue // "bus drivers call off strike": not open
			}
			if first < 0 {
				first = len(head)
				if !keepTitle(is.Title, f) {
					is.Keywords = a.frameKeywords(f, is.Keywords, fs)
					is.Title = f.title
				}
				head = append(head, is)
				continue
			}
			if f.lead {
				if !strings.EqualFold(is.Title, head[first].Title) {
					kept = append(kept, is) // the lead tells several threads
				}
				continue
			}
			// A facet of the same thread ("Spying" beside "Row over
			// spying arrests") joins it as evidence.
			h := &head[first]
			for _, e := range is.Evidence {
				if len(h.Evidence) < maxEvidence && !slices.Contains(h.Evidence, e) {
					h.Evidence = append(h.Evidence, e)
				}
			}
		}
		res = kept
		if first < 0 && !f.closed {
			sent := a.sents[f.sent].Text
			if !f.lead && len(a.sents) > 1 {
				sent = a.sents[1].Text
			}
			head = append(head, newsbot.Issue{Title: f.title, Keywords: a.frameKeywords(f, nil, fs),
				Summary: clip(sent, maxSummary), Evidence: []string{sent}})
		}
	}
	if len(fs) == 1 && fs[0].closed && !fs[0].lead && len(a.sents) <= shortArticle && !a.headlineGoesOn() {
		return nil // "Songwriter and label settle royalties lawsuit": the story is its end
	}
	if len(fs) > 0 {
		// A thread read from an act in the body is one of the story's:
		// lone words ("Budget") beside it may still name another.
		story := slices.ContainsFunc(fs, func(f frame) bool { return !f.act })
		kept := res[:0]
		for _, is := range res {
			if (story && len(head) > 0 || fs[0].closed) && !strings.Contains(is.Title, " ") && a.commonWord(is.Title) || clauseTitle(is.Title) {
				continue
			}
			if len(head) > 0 && !strings.Contains(is.Title, " ") && a.partyOf(is.Title, &head[0]) {
				continue // "Kestrel", "Arvon" beside the "Takeover offer for Kestrel Minerals"
			}
			if len(head) > 0 && (a.sideTitle(is.Title) || a.personParty(is.Title, head)) {
				continue
			}
			if len(fs) > 1 && len(is.Evidence) > 0 && !slices.ContainsFunc(is.Evidence, func(e string) bool {
				return !slices.ContainsFunc(head, func(h newsbot.Issue) bool { return slices.Contains(h.Evidence, e) })
			}) {
				continue // a roundup's facet told only by the sentences of one of its threads
			}
			kept = append(kept, is)
		}
		res = kept
	}
	out := append(head, res...)
	if len(out) > maxIssues {
		out = out[:maxIssues]
	}
	return out
}

// sideWords head a title that names a venue, a tool or a field of the
// story rather than a thread: "Court document", "Water cannon",
// "Spanish football".
var sideWords = map[string]bool{
	"document": true, "documents": true, "filing": true, "filings": true, "papers": true, "footage": true,
	"cannon": true, "cannons": true, "statement": true, "football": true, "soccer": true, "cricket": true,
	"rugby": true, "tennis": true, "basketball": true, "sport": true, "sports": true,
}

// shoreWords end a place named by its coast: "Gulf coasts".
var shoreWords = map[string]bool{"coast": true, "coasts": true, "coastline": true, "shores": true}

// spanWords are units of time: a title they open is the tail of a span.
var spanWords = map[string]bool{"hours": true, "days": true, "weeks": true, "months": true, "years": true, "minutes": true}

// compass words open a region's name: "North Atlantic", "Middle East".
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "middle": true, "central": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "far": true,
}

// fragmentBefore are words before a verb phrase in the copy: "threatened
// to impose fines", "voters will cast ballots".
var fragmentBefore = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "should": true,
	"must": true, "not": true,
}

// sideTitle reports a title that, beside a thread the headline names,
// names none: a region alone ("North Atlantic"), a venue, tool or field
// ("Court document", "Spanish football"), or a verb phrase the chunker
// took for a noun phrase ("Disrupts exams", "Cast ballots").
func (a *analyser) sideTitle(title string) bool {
	// Words are cut and looked up by hand, without allocating: this runs
	// on every issue beside a thread.
	firstW, rest, many := strings.Cut(title, " ")
	lastW := title[strings.LastIndexByte(title, ' ')+1:]
	if firstW == "" || lastW == "" {
		return false
	}
	var fb, lb [24]byte
	first, last := lowerInto(fb[:0], firstW), lowerInto(lb[:0], lastW)
	if sideWords[string(last)] || many && spanWords[string(first)] {
		return true // "Hours over overcrowding": "strike for 48 hours over ..."
	}
	two := !strings.Contains(rest, " ")
	if two && (compass[string(first)] && isUpperByte(lastW[0]) || isUpperByte(firstW[0]) && shoreWords[string(last)]) {
		return true // "North Atlantic", "Gulf coasts"
	}
	if !many || frameNouns[string(first)] != "" || frameClassWords[string(first)] != "" ||
		len(first) > 3 && first[len(first)-1] == 's' && frameClassWords[string(first[:len(first)-1])] != "" {
		return false // "Fines on members": a thread's own noun
	}
	if headlineVerb[string(first)] == 1 || verbsInS[string(first)] {
		return true
	}
	// The phrase as the copy writes it, first letter lower-case, after
	// "to" or a modal: a verb.
	tail := title[1:]
	c0 := frameLower(title[0])
	for i, f := 1, newRareSub(tail); i < len(a.text); {
		j := f.index(a.text[i:])
		if j < 0 {
			return false
		}
		j += i - 1 // where the phrase's first letter stands
		i = j + 1 + len(tail)
		if a.text[j] != c0 {
			continue
		}
		k := j - 1
		for k >= 0 && a.text[k] == ' ' {
			k--
		}
		e := k + 1
		for k >= 0 && isWordByte(a.text[k]) {
			k--
		}
		var wb [8]byte
		if e-(k+1) <= len(wb) && fragmentBefore[string(lowerInto(wb[:0], a.text[k+1:e]))] {
			return true
		}
	}
	return false
}

// lowerInto appends w lower-cased (ASCII) to b, a buffer on the caller's
// stack when w fits it.
func lowerInto(b []byte, w string) []byte {
	for k := 0; k < len(w); k++ {
		b = append(b, frameLower(w[k]))
	}
	return b
}

// isUpperByte reports an ASCII capital.
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// personParty reports a title that is the name of a person the sentences
// of a headline thread name: "Luis Carrasco" beside the "Ouster of
// president" that removed him.
func (a *analyser) personParty(title string, head []newsbot.Issue) bool {
	if a.cast == nil || !slices.ContainsFunc(a.cast.People, func(p newsbot.Person) bool { return p.Name == title }) {
		return false
	}
	for i := range head {
		if a.partyOf(title, &head[i]) {
			return true
		}
	}
	return false
}

// calm reports a short article whose copy holds at most one weak cue of
// contention ("demand grew"): it names no dispute, so no thread is open.
func (a *analyser) calm() bool {
	if len(a.sents) > shortArticle {
		return false
	}
	var sum float64
	for i := range a.segs {
		sum += a.segs[i].score
	}
	return sum <= 1
}

// keepTitle reports whether an issue's own title names f's thread as
// well as f does: it holds a word of f's class and no verb, and f adds
// nothing it lacks ("Jean-Marc Roux's trial" beside a headline's bare
// "trial", "Train strike" beside "Rail unions' strike").
func keepTitle(title string, f *frame) bool {
	ws := splitWords(title)
	if len(ws) < 2 {
		return false
	}
	class, prep := false, false
	for i, w := range ws {
		if headlineVerb[w.low] == 1 || verbsInS[w.low] || currencies[w.low] || numberLike(w) {
			return false
		}
		named := (frameClass(stemWord(w.low)) == f.class || frameNouns[w.low] == f.class) && w.low != "odds"
		if named && i+1 < len(ws) && verbWord(ws[i+1].low) {
			return false // "Trial accused of spying": a clause, no noun phrase
		}
		class = class || named
		prep = prep || framePreps[w.low]
	}
	return class && (f.bare || prep)
}

// partyOf reports whether a lone name is a party to the thread of the
// frame issue is: named in its title or in the sentences telling it.
func (a *analyser) partyOf(name string, is *newsbot.Issue) bool {
	if strings.Contains(is.Title, name) {
		return true
	}
	for _, e := range is.Evidence {
		if strings.Contains(e, name) {
			return true
		}
	}
	return false
}

// clauseTitle reports a title that ends on a finite verb: "Copper prices
// rose", "Cargo division began" are clauses the chunker took for a
// phrase; they name no thread.
func clauseTitle(title string) bool {
	i := strings.LastIndexByte(title, ' ')
	if i < 0 {
		return false
	}
	last := strings.ToLower(title[i+1:])
	// "Lawmakers impeach": a headline verb that is no noun.
	return irregularPast[last] && !nounsInEd[last] || verbsInS[last] ||
		frameVerbs[last] != "" && frameNouns[last] == "" && headlineVerb[last] != 2 && !strings.HasSuffix(last, "s")
}

// verbWord reports a word that reads as a verb after a noun: "accused",
// "follows", "rose".
func verbWord(w string) bool {
	return edWord(w) || verbsInS[w] || irregularPast[w] || headlineVerb[w] == 1 && strings.HasSuffix(w, "s")
}

// capitalInBody reports whether the copy after the headline writes w as
// it stands, capitalised: a name in a title-case headline.
func (a *analyser) capitalInBody(w string) bool {
	body := a.text[min(len(a.sents[0].Text), len(a.text)):]
	for i := 0; ; {
		j := strings.Index(body[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		if (j == 0 || !isWordByte(body[j-1])) && (end == len(body) || !isWordByte(body[end])) {
			return true
		}
		i = end
	}
}

// commonWord reports whether the copy writes w in lower case: a common
// noun, not a name.
func (a *analyser) commonWord(w string) bool {
	low := strings.ToLower(w)
	for i, f := 0, newRareSub(low); ; {
		j := f.index(a.text[i:])
		if j < 0 {
			return false
		}
		j += i
		end := j + len(low)
		if (j == 0 || !isWordByte(a.text[j-1])) && (end == len(a.text) || !isWordByte(a.text[end])) {
			return true
		}
		i = end
	}
}

// isWordByte reports an ASCII letter or digit, or a byte of a multi-byte
// rune.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// frameKeywords are the phrases of f's title split at its prepositions
// ("US duties", "softwood lumber"), then those of kws that say more: no
// word of the title, no headline verb ("jury begins deliberating").
func (a *analyser) frameKeywords(f *frame, kws []string, others []frame) []string {
	out := make([]string, 0, maxKeywords)
	var cur []string
	flush := func() {
		if len(cur) > 0 && len(out) < maxKeywords {
			k := strings.Join(cur, " ")
			first, _, _ := strings.Cut(cur[0], "–") // "India–Canada row": its first name
			if len(out) == 0 && (a.commonWord(first) && !(len(first) > 1 && isUpperASCII(first)) || !containsRare(a.text, first)) {
				k = lowerFirst(k)
			}
			out = append(out, k)
		}
		cur = cur[:0]
	}
	for _, w := range strings.Fields(f.title) {
		if framePreps[strings.ToLower(w)] || placePreps[strings.ToLower(w)] || strings.EqualFold(w, "to") || w == "by" || w == "from" {
			flush()
			continue
		}
		if p := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'"); p != w {
			cur = append(cur, p) // "Airport baggage handlers' Easter strike": who, then what
			flush()
			continue
		}
		cur = append(cur, w)
	}
	flush()
	if len(out) > 1 && strings.Contains(f.title, "'") {
		out[0], out[1] = out[1], out[0] // the thread before its owner
	}
	kicker := ""
	if a.headline {
		if i := strings.IndexByte(a.sents[0].Text, ':'); i > 0 {
			kicker = strings.TrimSpace(a.sents[0].Text[:i]) // "Tech briefs"
		}
	}
next:
	for _, k := range kws {
		if len(out) == maxKeywords {
			break
		}
		if kicker != "" && strings.EqualFold(k, kicker) {
			continue
		}
		for _, w := range splitWords(k) {
			st := stemWord(w.low)
			if headlineVerb[w.low] == 1 || verbsInS[w.low] || slices.Contains(f.words, st) || numberLike(w) || currencies[w.low] {
				continue next
			}
			for i := range others {
				if &others[i] != f && slices.Contains(others[i].words, st) {
					continue next // another thread of a roundup
				}
			}
		}
		out = append(out, k)
	}
	return out
}

// Threads told by an act, not a dispute word. Feature, science and
// follow-up copy carries its thread in a verb in the first paragraphs:
// "the maternity unit is closing", "plans to close the unit", "recalled
// its ambassador to Lima", "applied to the regulator for approval",
// "agreed to meet at the conciliation service". An editor titles each by
// the act and its object: "Closure of maternity unit".

// actScanSents bounds the sentences read for acts: the top of the story.
const actScanSents = 16

// actStems are in every sentence readAct can read: a cheap test first.
var actStems = []string{"clos", "shut", "recall", "expel", "approv", "ban", "prequalif", "authori", "licen", "agree", "sell"}

// actGate answers whether a sentence holds one of actStems in one pass
// over its bytes: the eleven strings.Contains it stands in for read the
// top of every story eleven times.
var actGate = newStemGate(actStems)

// actWords are the words readAct acts on, lower-case: each word it reads
// as a verb (ws[i].low) and each approval noun it reads after "for". A
// sentence holding none yields no act: the tokeniser flags them (lxAct),
// read marks the sentences holding one (markActs), and actFrames reads
// no other sentence. A new act's words go here as well as into actStems
// (TestActMarksCoverCorpus fails on a corpus sentence readAct reads
// without one).
var actWords = []string{
	"close", "closing", "shut", "shutting",
	"recalled", "recalls", "recalling", "expelled", "expels",
	"approved", "approves", "banned", "bans",
	"approval", "prequalification", "authorisation", "authorization", "licence", "license",
	"sell", "agreed", "agree", "agrees",
}

// markActs marks sentence si, its tokens in a.toks, when one of them is
// one of actWords. scoreSentence marks a sentence in its pass over the
// tokens, and calls this first where a dateline's tokens may be dropped.
func (a *analyser) markActs(si int) {
	for k := range a.toks {
		if a.toks[k].lex.f&lxAct != 0 {
			a.actSents[si>>6] |= 1 << (si & 63)
			return
		}
	}
}

// mayAct reports whether sentence si may hold an act: marked by read, or
// any sentence when read has not run.
func (a *analyser) mayAct(si int) bool {
	return a.actSents == nil || a.actSents[si>>6]&(1<<(si&63)) != 0
}

// facilityNouns head what a closure closes: a service or a site, not a
// road or a deal.
var facilityNouns = map[string]bool{
	"unit": true, "ward": true, "hospital": true, "clinic": true, "school": true, "plant": true, "factory": true,
	"mine": true, "mill": true, "branch": true, "branches": true, "station": true, "library": true, "depot": true,
	"office": true, "store": true, "stores": true, "shop": true, "base": true, "embassy": true, "consulate": true,
	"airport": true, "prison": true, "centre": true, "center": true, "refinery": true, "smelter": true,
	"pit": true, "campus": true, "plants": true, "factories": true, "schools": true, "hospitals": true, "wards": true,
}

// closeActs say a site is to close: "is closing", "plans to close".
var closeActs = map[string]bool{"close": true, "closing": true, "shut": true, "shutting": true}

// closeVerbBefore make "close" a verb: "plans to close", "will close".
var closeVerbBefore = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "may": true, "might": true, "must": true, "shall": true,
}

// sellIntents before "to sell" make a sale a plan: "wants to sell".
var sellIntents = map[string]bool{"plans": true, "planned": true, "wants": true, "proposed": true, "decided": true, "intends": true}

// productNouns are what a regulator approves, bans or recalls.
var productNouns = map[string]bool{
	"vaccine": true, "vaccines": true, "jab": true, "drug": true, "drugs": true, "medicine": true, "treatment": true,
	"therapy": true, "device": true, "pesticide": true, "herbicide": true, "additive": true,
}

// passiveAux before "approved" make it passive: the product comes first.
var passiveAux = map[string]bool{"is": true, "was": true, "be": true, "been": true, "are": true, "were": true, "being": true}

// approvalNouns are the step a product applies for: "applied to the WHO
// for prequalification".
var approvalNouns = map[string]bool{
	"approval": true, "prequalification": true, "authorisation": true, "authorization": true, "licence": true, "license": true,
}

// talkVenues hold talks to end a dispute: "conciliation service Acas".
var talkVenues = map[string]bool{"conciliation": true, "mediation": true, "arbitration": true, "mediator": true, "mediators": true}

// actFrames reads the acts of the first sentences after the lead, one
// frame each, titled from the act's object; skip holds titles already
// read.
func (a *analyser) actFrames(from int, have []frame) []frame {
	var out []frame
	// One buffer for every sentence's words: a frame keeps strings of
	// them, never the words.
	ws := a.sc.fwords
	for si := from; si < len(a.sents) && si < from+actScanSents; si++ {
		t := a.sents[si].Text
		if !a.mayAct(si) || !actGate.any(t) {
			continue
		}
		ws = splitWordsInto(ws[:0], t)
		f, ok := readAct(ws)
		if k := slices.IndexFunc(out, func(g frame) bool { return g.head == f.head }); ok && k >= 0 && f.head == "approval" &&
			strings.HasPrefix(out[k].title, "Approval of ") != strings.HasPrefix(f.title, "Approval of ") {
			// "approved by regulators" and "applied to the WHO for
			// prequalification": the "WHO prequalification of vaccine".
			step, of := f.title, out[k].title
			if strings.HasPrefix(step, "Approval of ") {
				step, of = of, step
			}
			out[k].title = step + " " + strings.TrimPrefix(of, "Approval ")
			out[k].words = titleStems(out[k].title)
			continue
		}
		if !ok || slices.ContainsFunc(have, func(g frame) bool { return g.head == f.head }) ||
			slices.ContainsFunc(out, func(g frame) bool { return g.head == f.head }) {
			continue
		}
		if f.class == "dispute" && slices.ContainsFunc(have, func(g frame) bool { return g.class == "dispute" }) {
			continue // a recall in a named row is a step of it
		}
		f.sent, f.lead, f.act = si, true, true
		out = append(out, f)
	}
	a.sc.fwords = ws
	return out
}

// readAct reads one act from a sentence's words. Every word it acts on
// is in actWords and contains one of actStems: actFrames reads no other
// sentence.
func readAct(ws []fword) (frame, bool) {
	for i := 0; i < len(ws); i++ {
		low := ws[i].low
		switch {
		case closeActs[low] && i > 0 && !ws[i-1].capital:
			if np := actObject(ws, i); np != nil {
				return actFrame("Closure", "of", np, "closure", "closure"), true
			}
		case (low == "recalled" || low == "recalls" || low == "recalling" || low == "expelled" || low == "expels") && i > 0:
			j := i + 1
			for j < len(ws) && j-i <= 3 && !envoys[ws[j].low] && !ws[j].stop {
				j++
			}
			if j >= len(ws) || !envoys[ws[j].low] {
				continue
			}
			np := slices.Clone(phraseAt(ws, j))
			if j+2 < len(ws) && (ws[j+1].low == "to" || ws[j+1].low == "from") && ws[j+2].capital && !ws[j].stop {
				np = append(np, ws[j+1])
				for k := j + 2; k < len(ws) && ws[k].capital && k-j < 5; k++ {
					np = append(np, ws[k])
					if ws[k].stop {
						break
					}
				}
			}
			noun := "Recall"
			if low[0] == 'e' {
				noun = "Expulsion"
			}
			return actFrame(noun, "of", np, strings.ToLower(noun), "dispute"), true
		case low == "approved" || low == "approves" || low == "banned" || low == "bans":
			// "if it was approved by regulators": the vaccine the sentence
			// names before the verb.
			j := i + 1
			for j < len(ws) && j-i <= 4 && !productNouns[ws[j].low] && !ws[j-1].stop {
				j++
			}
			if j >= len(ws) || !productNouns[ws[j].low] || ws[j-1].stop && j > i+1 {
				if !passiveAux[ws[i-1].low] {
					continue
				}
				j = i - 1
			}
			for ; j >= 0 && i-j <= 8; j-- {
				if productNouns[ws[j].low] {
					noun := "Approval"
					if low[0] == 'b' {
						noun = "Ban"
					}
					return actFrame(noun, map[string]string{"Approval": "of", "Ban": "on"}[noun], phraseAt(ws, j), strings.ToLower(noun), "measure"), true
				}
			}
		case low == "for" && i+1 < len(ws) && approvalNouns[ws[i+1].low] && i > 0:
			// "applied to the WHO for prequalification": the "WHO
			// prequalification".
			var who []fword
			for j := i - 1; j >= 0 && i-j <= 4 && ws[j].low != "to"; j-- {
				if ws[j].capital {
					who = append([]fword{ws[j]}, who...)
				}
			}
			parts := []string{}
			for _, w := range who {
				parts = append(parts, w.w)
			}
			parts = append(parts, ws[i+1].w)
			if len(who) == 0 {
				parts[0] = capitalise(parts[0])
			}
			f := frame{class: "measure", title: frameTitle(parts), head: "approval"}
			f.words = titleStems(f.title)
			return f, len(parts) >= 2
		case low == "sell" && i >= 2 && ws[i-1].low == "to" && (intentWords[ws[i-2].low] || sellIntents[ws[i-2].low]):
			// "drops a plan to sell a 30% stake in the state water
			// utility": the "Sale of 30% stake in state water utility".
			parts := []string{"Sale", "of"}
			for j, in := i+1, false; j < len(ws) && j-i <= 8; j++ {
				w := ws[j]
				if w.low == "in" || w.low == "of" {
					if in || j == i+1 {
						break
					}
					in = true
				} else if frameStops[w.low] || closeWords[w.low] || fragmentBefore[w.low] || passiveAux[w.low] || pronouns[w.low] {
					break // "sell IMF gold should it so choose": a clause
				}
				if !dropInTitle(w) {
					parts = append(parts, w.w)
				}
				if w.stop {
					break
				}
			}
			if len(parts) < 3 {
				continue
			}
			f := frame{class: "measure", title: frameTitle(parts), head: "sale"}
			f.words = titleStems(f.title)
			return f, true
		case (low == "agreed" || low == "agree" || low == "agrees") && i+2 < len(ws) && ws[i+1].low == "to" &&
			(ws[i+2].low == "meet" || ws[i+2].low == "talks" || ws[i+2].low == "hold"):
			// "agreed to meet at the conciliation service Acas": talks.
			for j := i + 2; j < len(ws) && j-i < 10; j++ {
				if talkVenues[ws[j].low] {
					parts := []string{"Talks", "at"}
					for k := j; k < len(ws) && k-j < 4 && (k == j || objectWord(ws[k], true)); k++ {
						parts = append(parts, ws[k].w)
						if ws[k].stop {
							break
						}
					}
					f := frame{class: "talks", title: frameTitle(parts), head: "talks"}
					f.words = titleStems(f.title)
					return f, true
				}
			}
		}
	}
	return frame{}, false
}

// actObject is the site a closure verb at ws[i] closes: the object after
// "close" ("plans to close the maternity unit") or the subject before
// "is closing" ("the maternity unit she helped build is closing").
func actObject(ws []fword, i int) []fword {
	// "to close", "will close", "is closing the plant": a verb, not "a
	// close friend of the school's head".
	verb := i > 0 && (closeVerbBefore[ws[i-1].low] || passiveAux[ws[i-1].low] && strings.HasSuffix(ws[i].low, "ing"))
	for j := i + 1; verb && j < len(ws) && j-i <= 5 && !ws[i].stop; j++ {
		if facilityNouns[ws[j].low] {
			return phraseAt(ws, j)
		}
		if ws[j].stop || frameStops[ws[j].low] {
			break
		}
	}
	if ws[i].low == "closing" || ws[i].low == "shutting" {
		for j := i - 1; j >= 0 && i-j <= 6; j-- {
			if ws[j].stop {
				break
			}
			if facilityNouns[ws[j].low] {
				return phraseAt(ws, j)
			}
		}
	}
	return nil
}

// phraseAt is the noun phrase headed at ws[j]: up to three modifiers.
func phraseAt(ws []fword, j int) []fword {
	s := j
	for s > 0 && j-s < 3 && !ws[s-1].stop && (modifierWord(ws[s-1]) || ingModifier(ws, s-1)) {
		s--
	}
	return ws[s : j+1]
}

// ingModifier reports an "-ing" word that modifies a noun after a name or
// determiner: "the Ridgeway bottling plant", not "is closing the plant".
func ingModifier(ws []fword, k int) bool {
	if k == 0 || !strings.HasSuffix(ws[k].low, "ing") || ws[k].capital {
		return false
	}
	p := ws[k-1]
	return !p.stop && (p.capital || p.low == "the" || p.low == "its" || p.low == "their")
}

// actFrame titles an act: "Closure of maternity unit".
func actFrame(noun, prep string, np []fword, head, class string) frame {
	parts := []string{noun, prep}
	for _, w := range np {
		if !dropInTitle(w) {
			parts = append(parts, w.w)
		}
	}
	f := frame{class: class, title: frameTitle(parts), head: head}
	f.words = titleStems(f.title)
	return f
}

// possessiveWord reports a word ending in "'s" or "’s".
func possessiveWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}
