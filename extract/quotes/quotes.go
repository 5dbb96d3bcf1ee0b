// Package quotes finds direct and partial quotations and attributes each to
// a speaker. Pure: text in, structs out.
//
// Quotations are found by their marks in one linear pass (see pairMarks).
// Each is then attributed by looking for a speech cue ("said", "told
// reporters", "according to") in the words right after its closing mark,
// then in the words of its sentence before the opening mark, and taking the
// subject of the cue from the people cast: "“Q,” X said", "“Q,” said X",
// "X said: “Q”", "X said that ... “Q”", "According to X, “Q”", with
// appositives and relative clauses between subject and verb skipped. A
// quotation without a cue inherits the speaker of the quotation it
// continues (a new paragraph reopening the marks, a second sentence of the
// same paragraph, a quote-only paragraph after an attributed one). A
// phrase inside a sentence goes to the sentence's subject when it is long,
// or when a verb of saying, thinking or stance stands between them ("Ms
// Hart defended the plan as “fair”"), or continues the speech the
// sentence before it reports. Titles and names in marks ("Board of
// Peace"), other short scare quotes, translations ("Spanish for “...”")
// and the shortened quotes of a headline stay unattributed.
package quotes

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// Located is a quotation with where its speaker mention and cue stand in
// the text, for evaluation and display. Offsets are UTF-8 bytes; -1 when
// absent.
type Located struct {
	newsbot.Quote
	MentionStart, MentionEnd int
	CueStart, CueEnd         int
	Para                     int // paragraph number, counted from 0 over non-empty lines
}

// Find returns the quotations of text in order, attributed through cast.
func Find(text string, cast *people.Cast) []newsbot.Quote {
	buf := bufPool.Get().(*buffers)
	defer buf.release()
	// The located quotations are scratch here: only the quotes are kept.
	loc := findLocated(text, cast, buf, buf.locs[:0])
	defer func() { clear(loc); buf.locs = loc[:0] }() // keep no text alive in the pool
	if len(loc) == 0 {
		return nil
	}
	out := make([]newsbot.Quote, len(loc))
	for i := range loc {
		out[i] = loc[i].Quote
	}
	return out
}

// FindLocated is Find with the positions of mentions and cues.
func FindLocated(text string, cast *people.Cast) []Located {
	buf := bufPool.Get().(*buffers)
	defer buf.release()
	return findLocated(text, cast, buf, nil)
}

// findLocated is FindLocated working in buf, appending to out.
func findLocated(text string, cast *people.Cast, buf *buffers, out []Located) []Located {
	if cast == nil {
		cast = &people.Cast{}
	}
	// No-break and thin spaces ("Trump\u00a0added") read as spaces: the
	// analysis runs on a copy with each such rune blanked byte for byte,
	// so that every offset holds, and the output is cut from the original.
	orig := text
	if strings.Contains(text, "\u00a0") || strings.Contains(text, "\u2009") || strings.Contains(text, "\u202f") {
		text = blankWideSpaces(text)
	}
	spans := pairMarks(text, buf.spans[:0])
	buf.spans = spans
	// Whether each quotation reads as a title rather than speech is asked
	// many times over: it is worked out once.
	title := buf.title[:0]
	for _, sp := range spans {
		title = append(title, notSpeech(text[sp.start:sp.end]))
	}
	buf.title = title
	a := attributor{s: text, cast: cast, spans: spans, title: title, w1: buf.w1[:0], w2: buf.w2[:0], stops: buf.stops[:0], found: buf.found[:0], unnamed: buf.unnamed[:0]}
	defer func() {
		clear(a.found)
		buf.w1, buf.w2, buf.stops, buf.found, buf.unnamed = a.w1, a.w2, a.stops, a.found[:0], a.unnamed
	}()
	if out == nil {
		out = make([]Located, 0, len(spans))
	}
	for i := range spans {
		out = append(out, a.attribute(i, out))
	}
	// A quotation running over paragraphs may be attributed only at its
	// end ("“P1 ¶ “P2,” said Ms Ode."): the paragraphs it leaves open
	// take the speaker of the one that continues them.
	// So does a quotation reopened in the same paragraph before it is
	// closed, in copy whose paragraphs were run together ("“P1. “P2,”
	// added Mr Ode.").
	for i := len(out) - 2; i >= 0; i-- {
		reopened := !spans[i].closed && spans[i+1].para == spans[i].para && spans[i+1].open >= spans[i].end && strings.TrimSpace(text[spans[i].end:spans[i+1].open]) == ""
		if !spans[i].closed && (spans[i+1].cont && spans[i+1].para == spans[i].para+1 && (out[i].Speaker == "" && out[i].Cue == "" || a.laterOwnCue(out, i)) ||
			reopened && out[i].Speaker == "" && out[i].Cue == "") &&
			(out[i+1].Speaker != "" || out[i+1].Cue != "") && out[i+1].Cue != ":" && !a.title[i] {
			// (A transcript label, "WALLACE: ...", names the next speaker
			// only.)
			r := inherit(out[i+1])
			out[i].Speaker, out[i].IsPerson, out[i].Mention, out[i].Cue = r.speaker, r.isPerson, r.mention, r.cue
			out[i].MentionStart, out[i].MentionEnd, out[i].CueStart, out[i].CueEnd = r.mStart, r.mEnd, r.cueStart, r.cueEnd
		}
	}
	// Quotations strung through one sentence share its speaker: "Bush
	// called Trump a “loser,” a “liar” and a “whiner.”", "The plan was a
	// "good thing," he said".
	for i := range out {
		if out[i].Speaker != "" || out[i].Cue != "" || out[i].Mention != "" || a.gloss(spans[i]) {
			continue
		}
		// A name in marks is a title unless it is coordinated with the
		// words before it: "called him a “fraud” and a “Liar.”"
		if a.title[i] && (i == 0 || !a.coordinated(spans[i-1], spans[i]) || out[i-1].Cue == "" && out[i-1].Speaker == "") {
			continue
		}
		for _, j := range [2]int{i - 1, i + 1} {
			if j < 0 || j >= len(out) || out[j].Cue == "" && out[j].Speaker == "" || spans[j].para != spans[i].para || a.title[i] && j > i {
				continue
			}
			lo, hi := spans[j].close, spans[i].open
			if j > i {
				lo, hi = spans[i].close, spans[j].open
			}
			if hi < lo || a.sentEnd(lo, hi) < hi || strings.HasSuffix(text[spans[min(i, j)].start:spans[min(i, j)].end], ".") {
				continue
			}
			// "needled the “reporter,” saying, “Q”": the participle
			// introduces the next quotation, not more of the phrase.
			if j > i && a.participleBetween(spans[i], spans[j]) {
				continue
			}
			r := inherit(out[j])
			out[i].Speaker, out[i].IsPerson, out[i].Mention, out[i].Cue = r.speaker, r.isPerson, r.mention, r.cue
			out[i].MentionStart, out[i].MentionEnd, out[i].CueStart, out[i].CueEnd = r.mStart, r.mEnd, r.cueStart, r.cueEnd
			break
		}
	}
	out = a.indirect(out)
	if len(out) == 0 {
		return nil
	}
	if orig != text {
		for i := range out {
			restore(&out[i], orig, text)
		}
	}
	return out
}

// blankWideSpaces returns s with no-break, thin and narrow no-break spaces
// replaced by as many ASCII spaces as their UTF-8 bytes.
func blankWideSpaces(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		if c := s[i]; c != 0xc2 && c != 0xe2 {
			i++
			continue
		}
		n := 0
		switch {
		case strings.HasPrefix(s[i:], "\u00a0"):
			n = 2
		case strings.HasPrefix(s[i:], "\u2009"), strings.HasPrefix(s[i:], "\u202f"):
			n = 3
		}
		if n == 0 {
			i++
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for k := i; k < i+n; k++ {
			b[k] = ' '
		}
		i += n
	}
	if b == nil {
		return s
	}
	return string(b)
}

// restore cuts the strings of q from the original text: they were taken
// from the blanked copy, at the same offsets.
func restore(q *Located, orig, blank string) {
	at := func(x string, o int) string {
		if o >= 0 && o+len(x) <= len(blank) && blank[o:o+len(x)] == x {
			return orig[o : o+len(x)]
		}
		return x
	}
	q.Text = at(q.Text, q.Start)
	if !q.IsPerson {
		q.Speaker = at(q.Speaker, q.MentionStart)
	}
	q.Mention = at(q.Mention, q.MentionStart)
	q.Cue = at(q.Cue, q.CueStart)
	p := strings.LastIndexByte(blank[:min(q.Start, len(blank))], '\n') + 1
	for p < len(blank) && isSpaceByte(blank[p]) && p < q.Start {
		p++
	}
	q.Sentence = at(q.Sentence, p)
}

// buffers are the working slices of one FindLocated call, pooled: a
// call's word windows and spans never outlive it.
type buffers struct {
	spans   []span
	title   []bool
	w1, w2  []wtok
	stops   []int
	unnamed []int32
	locs    []Located // Find's located quotations (FindLocated returns its own)
	found   []Located // indirect quotations before the merge
}

var bufPool = sync.Pool{New: func() any { return new(buffers) }}

func (b *buffers) release() {
	if cap(b.spans) > 1<<14 || cap(b.title) > 1<<14 || cap(b.w1) > 1<<14 || cap(b.w2) > 1<<14 || cap(b.stops) > 1<<14 || cap(b.unnamed) > 1<<14 || cap(b.locs) > 1<<12 || cap(b.found) > 1<<12 {
		return // a huge text: let the collector have its buffers
	}
	bufPool.Put(b)
}

type attributor struct {
	s         string
	cast      *people.Cast
	spans     []span
	w1        []wtok    // scratch for the cue search
	w2        []wtok    // scratch for the subject search
	loose     bool      // accept any short noun phrase as the subject (cue right by the quote)
	subjLo    int       // where the subject search may reach back to (-1: not computed yet)
	subjPara  int       // paragraph start of the quotation being attributed
	title     []bool    // by span: the words read as a title, see notSpeech
	stops     []int     // sentence stops of s, see sentenceStops
	found     []Located // scratch for indirect
	stopsDone bool
	// unnamed holds, by mention index k, the index of the last unnamed
	// source among the mentions up to k, or -1; see lastUnnamed.
	unnamed     []int32
	unnamedDone bool
	// anon holds the sources an anonymity clause marks ("a buyer ..., who
	// asked not to be named, said") in the paragraph starting at anonPara,
	// found on first need; see anonymous.
	anon []anonSrc
	// org holds the text's runs of capitalised words, found on first
	// need; see orgRuns.
	org *orgRuns
	// intros holds, by wording, where the text introduces a body's
	// source, found on first need; see lastIntro.
	intros   map[string][]int
	anonPara int
	anonDone bool
}

// lastUnnamed is the index of the last mention of kind Unnamed at or
// before mention k, or -1. The rules on unnamed sources ask this for
// every "he"/"she" that speaks: the index, built once per text, spares a
// walk back over every mention of the last 1,500 bytes.
func (a *attributor) lastUnnamed(k int) int {
	if k < 0 {
		return -1
	}
	if !a.unnamedDone {
		a.unnamedDone = true
		last := int32(-1)
		for j, m := range a.cast.Mentions {
			if m.Kind == people.Unnamed {
				last = int32(j)
			}
			a.unnamed = append(a.unnamed, last)
		}
	}
	return int(a.unnamed[k])
}

// attr is the outcome of looking for a cue and its subject.
type attr struct {
	speaker          string
	isPerson         bool
	mention          string
	mStart, mEnd     int
	cue              string
	cueStart, cueEnd int
	found            bool // a cue (or an inherited speaker) was found
}

func (a *attributor) attribute(i int, done []Located) Located {
	sp := a.spans[i]
	s := a.s
	paraA, paraB := a.paragraph(sp)
	q := Located{
		Quote: newsbot.Quote{
			Text:     s[sp.start:sp.end],
			Start:    sp.start,
			End:      sp.end,
			Kind:     newsbot.KindDirect,
			Sentence: s[paraA:paraB],
		},
		MentionStart: -1, MentionEnd: -1, CueStart: -1, CueEnd: -1, Para: sp.para,
	}
	// The value of a markup attribute (<a href="...">) is nobody's words.
	if sp.open > 0 && s[sp.open-1] == '=' {
		return q
	}
	if a.partial(sp, paraA) {
		q.Kind = newsbot.KindPartial
		if a.headline(sp) || a.gloss(sp) || a.soCalled(sp) || a.term3(sp) || a.statute9(sp) || a.label9(sp) || a.customNamed(sp) {
			return q
		}
	}
	if a.singleMarkHeadline(sp) {
		return q
	}
	cs, ce, ok := a.shownOrCharged(sp)
	if !ok && i > 0 && a.coordinated(a.spans[i-1], sp) {
		// "placards reading “Q1” and “Q2”".
		cs, ce, ok = a.shownOrCharged(a.spans[i-1])
	}
	if ok {
		// Words on a sign are no one's speech, but they were written
		// out: the cue is kept, as for "banners proclaiming “Q”".
		if cs >= 0 {
			q.Cue, q.CueStart, q.CueEnd = s[cs:ce], cs, ce
		}
		return q
	}
	var named attr // a person who called someone by the words in marks
	// A title inside a sentence stays a title even with a verb after it:
	// "On ABC's “This Week,” Ms Hart said".
	var r attr
	if a.title[i] && q.Kind == newsbot.KindPartial && a.namedThing(sp) {
		return q // "which she calls the “Homes for Heroes” plan"
	}
	if a.title[i] && (q.Kind == newsbot.KindPartial || !a.adjacentCue(i, paraB)) && !a.speechGoesOn(i, done) {
		// Capitalised words a verb or noun of saying introduces are a
		// chant or a slogan (“chanting “Lock Her Up””): the words before
		// them say who, if anyone, not a cue elsewhere in the sentence.
		if noun, ok := a.uttered(sp); ok {
			if noun {
				// "a firm that has the motto “Q”": whoever the
				// sentence quotes elsewhere did not coin it.
				r = a.introducedBy(i, paraA)
			}
		} else {
			var ok bool
			if named, ok = a.namedBySpeaker(sp); !ok {
				return q
			}
		}
	}
	if n := transcriptLabel(q.Text); !r.found && n > 0 && sp.paraStart {
		// "PENCE: Well, the question is ...": a transcript names its
		// speaker in capitals before a colon.
		r = attr{speaker: q.Text[:n], mention: q.Text[:n], mStart: sp.start, mEnd: sp.start + n,
			cue: ":", cueStart: sp.start + n, cueEnd: sp.start + n + 1, found: true}
	}
	if !r.found && sp.cont && i > 0 && done[i-1].Para == sp.para-1 {
		// A reopened quotation with an attribution of its own right after
		// it ("“..., it is a Florida one,” he added.") takes that one.
		// A quotation that breaks off on a comma right before its
		// paragraph's last sentence ends is attributed there too: "“...,”
		// Ann Roe, the council leader, added."
		if a.adjacentCue(i, paraB) || a.breaksForAttribution(i, paraB) {
			if r = a.after(i, paraB); r.found {
				q.Kind = newsbot.KindDirect
			}
		}
		if !r.found {
			r = inherit(done[i-1])
		}
	}
	if !r.found && q.Kind == newsbot.KindPartial {
		// "The mayor's “outrageous” remarks drew a rebuke from the
		// council": the possessor spoke, not whoever the noun is
		// followed by.
		r = a.possessiveRemark(i, paraB)
	}
	if !r.found && q.Kind == newsbot.KindPartial {
		r = a.relativeClauseSpeaker(i)
	}
	if !r.found && q.Kind == newsbot.KindDirect && sp.closed && !sp.paraStart {
		// "Mr Ode asked: “Q?” Ann Roe said she ...": a sentence in
		// marks that a verb and colon introduce is theirs; the verb
		// after it opens a sentence of its own.
		r = a.colonCue(i, paraA)
	}
	if !r.found {
		r = a.after(i, paraB)
		if r.found {
			// "This trip is “going to be important,” she declared": the
			// words close the sentence and the verb follows; a partial
			// quote sits inside reported speech, its verb before it.
			q.Kind = newsbot.KindDirect
		}
	}
	if !r.found && q.Kind == newsbot.KindPartial {
		r = a.passiveAgent(i, paraA)
	}
	var heard attr // "“Q,” the inquiry heard": a cue naming the hearer
	if !r.found && sp.closed {
		if heard = a.hearerCue(sp); heard.speaker != "" {
			r = heard
		}
	}
	if !r.found {
		r = a.before(i, paraA)
	}
	if r.found && !r.isPerson && r.mStart >= 0 && r.cueEnd > r.cueStart && a.thingEchoes(r) {
		// "The new road echoes the “build first” approach": a thing
		// echoing words says nothing.
		r = attr{}
	}
	if !r.found && sp.paraStart && !sp.cont {
		r = a.colonParagraph(i)
	}
	if !r.found && !sp.paraStart && sp.open-paraA < 40 && sp.open >= paraA+3 && s[sp.open-2] == ':' {
		r = roleLabel(s, paraA, sp.open-2)
	}
	if !r.found && q.Kind == newsbot.KindDirect && i > 0 {
		// A quote that opens a sentence with no cue of its own continues the
		// speaker of the quote before it: later in the same paragraph, or in
		// a quote-only paragraph right after. Titles in marks between them
		// ("on “New Day.”") do not interrupt.
		// So do titles closing the paragraph before a quote-only one
		// ("..., said Ann Ode, author of “Quiet Power.” ¶ “Q”"), and
		// slogans with a cue but no speaker ("the motto “Q”").
		lo := sp.para
		if sp.paraStart {
			lo = sp.para - 1
		}
		j := i - 1
		for j > 0 && done[j].Para >= lo && done[j].Speaker == "" && a.title[j] && done[j-1].Para >= lo {
			j--
		}
		prev := done[j]
		if prev.Speaker != "" || prev.Cue != "" {
			// A few words alone in a paragraph are more often a subheading
			// ("‘A fight from start to finish.’") than more of the speech.
			// "His eyes gleamed, as if to say, “Q”": a look or gesture
			// read as words is no more of the speech before it.
			// "... the spokesman said. ¶ “Q.” Narrative": someone else
			// reported after the quotation ends the speech it carried.
			if (prev.Para == sp.para && !a.asIfToSay(sp, paraA)) || prev.Para == sp.para-1 && (a.quoteOnly(i) || a.opensParagraph(i, prev.Speaker) && !a.otherReportAfter(a.spans[j].close, sp.paraA, prev.Speaker)) && a.endsInQuote(prev) && a.carriesOn(sp) {
				r = inherit(prev)
				// "... said Ann Ode. Mr Reyes admitted that it had
				// failed. “Q”": someone else reports between, and the
				// quotation is his.
				if prev.Para == sp.para {
					if n := a.reporterBetween(a.spans[j].close, sp.open); n.found && n.speaker != prev.Speaker {
						r = n
					}
				}
			}
		}
	}
	if !r.found && q.Kind == newsbot.KindDirect && sp.paraStart && !sp.cont && a.quoteOnly(i) {
		r = a.dashAttribution(i)
	}
	if only := a.quoteOnly(i); !r.found && q.Kind == newsbot.KindDirect && sp.paraStart && !sp.cont && (only || a.opensParagraph(i, "")) && a.carriesOn(sp) {
		r = a.previousParagraphSpeaker(i)
		if !r.found {
			r = a.subjectStillSpeaking(i, done)
		}
		if r.found && !only && !a.opensParagraph(i, r.speaker) {
			r = attr{}
		}
	}
	if !r.found && q.Kind == newsbot.KindDirect && !sp.paraStart && !sp.cont {
		r = a.onlyPersonBefore(i)
		if !r.found {
			r = a.topicSpeaks(i)
		}
	}
	if !r.found && (sp.para == 0 || sp.paraA < 200 && !strings.ContainsAny(s[:sp.paraA], ".!?")) {
		// The lede, after a headline at most.
		r = a.passiveLedeTeller(sp)
	}
	if !r.found && q.Kind == newsbot.KindPartial {
		r = a.possessiveRemark(i, paraB)
	}
	if !r.found && (q.Kind == newsbot.KindPartial || a.afterComma(sp)) {
		// "Ode compared the mayor to a duck, “smoothly sailing on ...”":
		// words set off by a comma inside a sentence read as a phrase.
		r = a.subjectOfPartial(i, paraA)
	}
	if !r.found && q.Kind == newsbot.KindPartial {
		r = a.openingParticiple(i)
	}
	if !r.found && q.Kind == newsbot.KindPartial {
		r = a.continuesReport(i, done)
	}
	if !r.found && !named.found && q.Kind == newsbot.KindPartial {
		named, _ = a.namedBySpeaker(sp)
	}
	if !r.found && named.found {
		r = named
	}
	if (!r.found || r.speaker == "" && r.mention == "") && q.Kind == newsbot.KindPartial {
		// (Found with no one: a phrase a sentence's body or thing
		// governs, which the closing clause of saying or an opening
		// "In her view," still gives to someone.)
		if f := a.finalReport(sp); f.found {
			r = f
		} else if f = a.viewOpener(sp); f.found {
			r = f
		}
	}
	if !r.found {
		r = a.introducedBy(i, paraA)
	}
	if !r.found && heard.found {
		// Heard from no one named: unattributed, the cue kept.
		r = heard
	}
	if r.found && r.speaker == "" && i > 0 && equalFoldLower("they", r.mention) {
		// "“Q1,” Jayden's family said. ¶ “Q2,” they said": the group that
		// spoke last, within a paragraph.
		// (Not when another body is named in between: "The decision
		// follows a “Q1”, party sources said. The bill is opposed by the
		// Liberal Democrats. ¶ They have said it is “Q2”".)
		if prev := done[i-1]; prev.Speaker != "" && !prev.IsPerson && prev.Para >= sp.para-1 && !a.otherBodyBetween(prev.End, r.mStart, prev.Speaker) {
			r.speaker = prev.Speaker
		}
	}
	if r.found && !r.isPerson && len(r.speaker) >= 2 && r.speaker == r.mention && isUpperWord(r.speaker) {
		// "LEAVITT: ..." in a transcript is the person of that surname.
		if name := a.castSurname(r.speaker); name != "" {
			r.speaker, r.isPerson = name, true
		}
	}
	if r.found && r.speaker != "" && !r.isPerson && equalFoldLower("the statement", r.speaker) {
		a.statementReader(&r, i, done)
	}
	if r.found && r.speaker != "" && !r.isPerson && leadAuthor(r.speaker) {
		a.namedLeader(&r, sp)
	}
	if !r.found && !named.found {
		r = a.bracketSource(i, paraB)
	}
	if r.found && r.mStart >= 0 && a.insideTitle(r.mStart, r.mEnd) {
		// "The host of “Morning Desk,” Ortega, said": words in the marks
		// of a title name a thing, never the speaker; the cue stays.
		r.speaker, r.mention, r.isPerson, r.mStart, r.mEnd = "", "", false, -1, -1
	}
	if r.found {
		a.describedPerson(&r, sp)
		a.anonymous(&r, sp)
		a.participleSource(&r)
		a.itBody(&r)
		if r.speaker == "" && i > 0 && r.mStart >= 0 && equalFoldLower("it", r.mention) {
			// "“Q1,” said Seagate. “Q2,” it said": the body that spoke
			// last in the paragraph, none other named between.
			if prev := done[i-1]; prev.Speaker != "" && !prev.IsPerson && prev.Para == sp.para && prev.Kind != newsbot.KindIndirect && !a.otherBodyBetween(prev.End, r.mStart, prev.Speaker) {
				r.speaker = prev.Speaker
			}
		}
		a.lastQuoted(&r, i, done)
		a.answerNotAsker(&r, i, done)
		a.unnamedAntecedent(&r, done)
		a.unnamedSubject3(&r, done)
		a.newcomer(&r, sp)
		a.describedAntecedent(&r)
		a.relativeThey(&r)
		a.notNamedInside(&r, sp)
		a.introducedSource(&r)
		a.headBeforePlace(&r)
		a.orgNameRest(&r)
		if !r.isPerson && r.mStart >= 0 && r.speaker == r.mention && r.mEnd <= len(s) && r.speaker == s[r.mStart:r.mEnd] {
			// "The Department" the mentions cut short goes on to "of
			// Health".
			r.speaker = a.orgTail(r.mStart, r.mEnd)
			// "A Department for Media, Culture and Sport spokeswoman
			// said": the spokeswoman, a source of the body.
			if e := r.mStart + len(r.speaker); r.speaker != r.mention && (strings.HasPrefix(r.speaker, "A ") || strings.HasPrefix(r.speaker, "a ") || strings.HasPrefix(r.speaker, "An ") || strings.HasPrefix(r.speaker, "an ")) {
				for _, role := range [...]string{" spokeswoman", " spokesman", " spokesperson", " official"} {
					if strings.HasPrefix(s[e:], role) && (e+len(role) == len(s) || !wordByte(s[e+len(role)])) {
						r.speaker = s[r.mStart : e+len(role)]
						break
					}
				}
			}
		}
		a.orgFullName(&r)
		a.orgMembers(&r)
		a.sameSource(&r)
		a.onBehalfOf(&r, sp, paraA)
		a.outerMention(&r, sp, paraA)
		a.jointSubject(&r)
		a.possessorsNamed(&r)
		a.orgThenPerson(&r)
		a.relativeHead(&r)
		a.roleAnaphor(&r, paraA, i, done)
		a.objectNotSpeaker(&r, i, done)
		a.ledeTitleHolder(&r, sp)
		a.kinNotOccupation(&r)
		q.Speaker, q.IsPerson, q.Mention, q.Cue = r.speaker, r.isPerson, r.mention, r.cue
		q.MentionStart, q.MentionEnd, q.CueStart, q.CueEnd = r.mStart, r.mEnd, r.cueStart, r.cueEnd
	}
	return q
}

// shownOrCharged reports whether the quotation is words shown on a thing
// ("placards reading “Hands off our NHS”") or the wording of a criminal
// charge ("charged with “causing death by dangerous driving”"): nobody's
// speech, whoever the sentence names.
func (a *attributor) shownOrCharged(sp span) (cueStart, cueEnd int, ok bool) {
	s, lo := a.s, sp.paraA
	p := skipSpaceBack(s, lo, sp.open)
	if p > lo && (s[p-1] == ',' || s[p-1] == ':') {
		p = skipSpaceBack(s, lo, p-1)
	}
	// Every word looked for is short, lower-case ASCII: a byte loop
	// finds it (this runs for every quotation).
	b := p
	for b > lo && p-b <= 8 && s[b-1] >= 'a' && s[b-1] <= 'z' {
		b--
	}
	if b == p || p-b > 8 || b > lo && isLetterByte(s[b-1]) {
		return -1, -1, false
	}
	prev := func(e int) (int, string) { // the word before the one at e, if in lower case
		e = skipSpaceBack(s, lo, e)
		if k := wordBack(s, lo, e); k >= 0 && e-k <= 12 && (s[k] < 'A' || s[k] > 'Z') {
			return k, s[k:e]
		}
		return -1, ""
	}
	switch w := s[b:p]; w {
	case "reading", "read", "reads", "saying", "said", "says", "stating":
		// A sign, or "a sign that read".
		k, v := prev(b)
		if v == "that" || v == "which" {
			k, v = prev(k)
		}
		return b, p, k >= 0 && signNoun(v)
	case "words", "slogan", "message", "legend":
		// "placards bearing the words", "T-shirts with the slogan".
		k, v := prev(b)
		if v == "the" {
			k, v = prev(k)
		}
		if k < 0 {
			return -1, -1, false
		}
		if v == "bearing" || v == "emblazoned" {
			return b, p, true
		}
		_, v2 := prev(k)
		return b, p, (v == "with" || v == "reading") && signNoun(v2)
	case "called", "termed", "dubbed":
		// "what their banners called “Q”": words on a sign are no one's
		// speech ("what she called “Q”" is left to the attribution).
		k, v := prev(b)
		if k < 0 || !signNoun(v) {
			return -1, -1, false
		}
		for n := 0; n < 3 && k >= 0; n++ {
			if k, v = prev(k); v == "what" {
				return b, p, true
			}
		}
		return -1, -1, false
	case "with":
		_, v := prev(b)
		return -1, -1, v == "charged" || v == "charges"
	case "to":
		_, v := prev(b)
		return -1, -1, v == "guilty" // "pleaded guilty to"
	case "of":
		k, v := prev(b)
		switch v {
		case "convicted", "guilty", "acquitted", "suspicion", "offence", "offences", "count", "counts", "charge", "charges":
			return -1, -1, true
		case "accused":
			// "is accused of “Q”" is a charge; "accused the mayor of
			// “Q”" is the accuser's words.
			_, aux := prev(k)
			switch aux {
			case "is", "are", "was", "were", "been", "being", "also", "stands":
				return -1, -1, true
			}
		}
	}
	return -1, -1, false
}

// signNoun reports whether w, in lower case, is a thing words are shown
// on: a placard, a banner, a T-shirt.
func signNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "placard", "banner", "sign", "poster", "t-shirt", "shirt", "badge", "sticker", "billboard", "flag", "cap", "hat", "card", "leaflet", "graffiti", "board":
		return true
	}
	return false
}

// relativeClauseSpeaker attributes a phrase inside a relative clause on
// a speaker to that speaker when the main verb of saying follows the
// clause: in "Ann Ode, who last week described the plan as “a
// betrayal”, said the deal showed ..." the words after the verb are no
// subject.
func (a *attributor) relativeClauseSpeaker(i int) attr {
	sp := a.spans[i]
	s := a.s
	rest := s[sp.close:min(len(s), sp.close+20)]
	if !strings.HasPrefix(rest, ", ") {
		return attr{}
	}
	ve := wordEnd(s, sp.close+2, len(s))
	if ve <= sp.close+2 || cueOf(s[sp.close+2:ve])&cueVerb == 0 {
		return attr{}
	}
	lo := max(sp.paraA, sp.open-250)
	w := strings.LastIndex(s[lo:sp.open], ", who ")
	if w < 0 {
		return attr{}
	}
	w += lo
	if strings.ContainsAny(s[w+6:sp.open], ",.;:!?\"“”") {
		return attr{}
	}
	m, ok := a.mentionEndingAt(w)
	if !ok || m.Kind == people.Pronoun {
		return attr{}
	}
	var r attr
	a.fromMention(&r, m)
	if r.speaker == "" {
		return attr{}
	}
	r.cue, r.cueStart, r.cueEnd, r.found = s[sp.close+2:ve], sp.close+2, ve, true
	return r
}

// passiveAgent attributes a phrase after a passive verb of describing to
// its agent: "The scheme was described by the local MP, Anna Berg, as
// “reckless”" quotes Berg, not the scheme.
func (a *attributor) passiveAgent(i, paraA int) attr {
	sp := a.spans[i]
	s := a.s
	if sp.open < paraA+8 || s[sp.open-3:sp.open] != "as " {
		return attr{}
	}
	st := a.sentStart(paraA, sp.open)
	by := strings.LastIndex(s[st:sp.open], " by ")
	if by < 0 {
		return attr{}
	}
	by += st
	// The participle and its auxiliary before "by": "was described".
	pe := by
	ps := strings.LastIndexByte(s[st:pe], ' ') + st + 1
	if ps <= st+1 || !strings.HasSuffix(s[ps:pe], "ed") && cueOf(s[ps:pe])&cueVerb == 0 {
		return attr{}
	}
	as := strings.LastIndexByte(s[st:ps-1], ' ') + st + 1
	switch s[as : ps-1] {
	case "was", "were", "been", "is", "are", "be", "being":
	default:
		return attr{}
	}
	ms := a.cast.Mentions
	k := firstStartAtOrAfter(ms, by+4)
	if k >= len(ms) || ms[k].End > sp.open-3 || ms[k].Kind == people.Pronoun {
		return attr{}
	}
	var r attr
	a.fromMention(&r, ms[k])
	if r.speaker == "" {
		return attr{}
	}
	r.cue, r.cueStart, r.cueEnd, r.found = s[ps:pe], ps, pe, true
	return r
}

// thingEchoes reports whether r's cue is a verb that speaks only of a
// person ("echoed", "recalls") and its subject is no one the cast knows.
func (a *attributor) thingEchoes(r attr) bool {
	switch a.s[r.cueStart:r.cueEnd] {
	case "echo", "echoes", "echoed", "recalls", "mirrors", "mirrored":
	default:
		return false
	}
	_, ok := a.mentionStartingAt(r.mStart)
	return !ok
}

// leadAuthor reports whether a source is a study's lead author ("its
// lead author", "the study's lead researcher"), whom a story often names
// only later as the one "who led the work".
func leadAuthor(t string) bool {
	// Each ending ends in "r", and only "R" lower-cases to "r": most
	// sources are turned away before a lower-case copy is made.
	if t == "" || t[len(t)-1]|0x20 != 'r' {
		return false
	}
	t = strings.ToLower(t)
	return strings.HasSuffix(t, " lead author") || strings.HasSuffix(t, " lead researcher") || strings.HasSuffix(t, " senior author")
}

// namedLeader gives the words of a study's lead author to the person a
// later sentence names as the one who led it: "..., its lead author
// said. ¶ Ann Ode, an ecologist who led the work, said ...". The mention
// stays the description.
func (a *attributor) namedLeader(r *attr, sp span) {
	end := min(len(a.s), sp.close+1500)
	for from := sp.close; from < end; {
		k := strings.Index(a.s[from:end], " who led the ")
		if k < 0 {
			return
		}
		k += from
		from = k + 1
		w := wordEnd(a.s, k+len(" who led the "), end)
		switch a.s[k+len(" who led the ") : w] {
		case "work", "study", "research", "team", "project", "trial", "survey", "review":
		default:
			continue
		}
		st := a.sentStart(max(sp.close, k-300), k)
		ms := a.cast.Mentions
		var best people.Mention
		found := false
		for j := firstStartAtOrAfter(ms, st); j < len(ms) && ms[j].End <= k; j++ {
			if ms[j].Kind == people.Name && ms[j].Person >= 0 && !found {
				best, found = ms[j], true // the sentence's first name: its subject
			}
		}
		if found {
			r.speaker, r.isPerson = a.cast.Name(best), true
		}
		return
	}
}

// statementReader gives "“Q,” the statement said" to the person whose
// statement an earlier quotation in the paragraph before reported: in
// "In a statement read by his aide, chairman Ann Ode called the result
// “a disgrace”. ¶ “Q,” the statement said" the chairman speaks. The
// mention stays the statement.
func (a *attributor) statementReader(r *attr, i int, done []Located) {
	sp := a.spans[i]
	for j := i - 1; j >= 0 && done[j].Para >= sp.para-1; j-- {
		p := done[j]
		if p.Speaker == "" || !p.IsPerson {
			continue
		}
		// The statement opens the report of the person ("In a statement
		// ..., X said"); one read "on behalf of" someone is not the
		// reader's.
		pj := a.spans[j]
		if p.MentionStart < pj.paraA || p.MentionStart > pj.paraB || !strings.Contains(a.s[pj.paraA:p.MentionStart], "statement") || strings.Contains(a.s[pj.paraA:pj.paraB], "on behalf of") {
			return
		}
		r.speaker, r.isPerson = p.Speaker, true
		return
	}
}

// onBehalfOf gives the words of a statement issued for someone to that
// someone: in "a statement issued on behalf of the family of one
// resident, Doris Whitaker, said: “Q”" the family speaks, not the
// resident named last.
func (a *attributor) onBehalfOf(r *attr, sp span, paraA int) {
	if r.mStart < 0 || r.mEnd > sp.open || r.mStart <= paraA {
		return
	}
	from := a.sentStart(max(paraA, r.mStart-200), r.mStart)
	seg := a.s[from:r.mStart]
	// (A statement first: a forward search is the cheaper, and most
	// sentences have none.)
	if !strings.Contains(seg, "statement") {
		return
	}
	k := strings.LastIndex(seg, " on behalf of ")
	if k < 0 || !strings.Contains(seg[:k], "statement") {
		return
	}
	np := from + k + len(" on behalf of ")
	e := strings.IndexByte(a.s[np:r.mEnd], ',')
	if e < 0 {
		e = r.mEnd - np
	}
	t := strings.TrimSpace(a.s[np : np+e])
	if t == "" {
		return
	}
	r.speaker, r.mention, r.mStart, r.mEnd, r.isPerson = t, t, np, np+len(t), false
	if m, ok := a.mentionStartingAt(np); ok && m.End == np+len(t) && m.Kind == people.Name && m.Person >= 0 {
		a.fromMention(r, m) // "on behalf of Ann Ode": the person
	}
}

// outerMention names the speaker of r by the mention that reports the
// speech of the whole sentence when r's mention is a pronoun for the same
// person in a relative clause inside it: in "Ms Hart said the audit was
// over, ending what she called “a long year”" the sentence is Ms Hart's
// report. Only the mention moves; the speaker stays the same person. (A
// pronoun after the quotation, "“Q,” she said", names its own clause.)
func (a *attributor) outerMention(r *attr, sp span, paraA int) {
	if !r.isPerson || r.mStart < 0 || r.mEnd > len(a.s) || !isSubjectPronoun(a.s[r.mStart:r.mEnd]) {
		return
	}
	end := -1
	if r.mStart >= paraA && r.mEnd <= sp.open {
		// "what she called “Q”": a relative clause inside the report.
		e := skipSpaceBack(a.s, paraA, r.mStart)
		if b := wordBack(a.s, paraA, e); b >= 0 {
			if w := a.s[b:e]; equalFoldLower("what", w) || equalFoldLower("whom", w) || equalFoldLower("which", w) {
				end = b
			}
		}
	}
	if end <= paraA {
		return
	}
	from := a.sentStart(max(paraA, end-300), end)
	o, ok := a.sentenceSubject(from, end)
	if !ok || !o.isPerson || o.speaker != r.speaker || o.mStart < 0 || o.mEnd > end || isSubjectPronoun(a.s[o.mStart:o.mEnd]) {
		return
	}
	if !a.stanceBetween(o.mEnd, end) {
		return
	}
	r.mention, r.mStart, r.mEnd = o.mention, o.mStart, o.mEnd
}

// lastQuoted gives a "he"/"she" speaker to the person quoted just before,
// named without a gender the pronoun contradicts, when the pronoun went
// to someone else: in "Asked whether Tom Pike knew, Jo Ede said it was
// “a scandal”. ¶ “Q,” he said" newsroom copy means the last speaker, not
// the man named first. Nobody else may be mentioned between the two
// outside quotation marks.
func (a *attributor) lastQuoted(r *attr, i int, done []Located) {
	if !r.isPerson || r.mStart < 0 || r.mEnd-r.mStart != 2 && r.mEnd-r.mStart != 3 || !isSubjectPronoun(a.s[r.mStart:r.mEnd]) || i == 0 {
		return
	}
	sp := a.spans[i]
	j := i - 1
	for j > 0 && done[j].Speaker == "" && done[j].Cue == "" && done[j].Para >= sp.para-1 {
		j--
	}
	prev := done[j]
	if !prev.IsPerson || prev.Speaker == r.speaker || prev.Para < sp.para-1 || prev.MentionStart < 0 {
		return
	}
	// "“Will you resign?” asked Sam Ode. “No,” he said": the answer is
	// the other's.
	if strings.HasSuffix(prev.Text, "?") || strings.HasPrefix(prev.Cue, "ask") {
		return
	}
	// Quotations strung through one sentence share one attribution.
	if prev.End >= sp.open || !strings.ContainsAny(a.s[prev.End-1:sp.open], ".?!\n") {
		return
	}
	pm, ok := a.prevSpeakerFor(r.mStart, r.mEnd, prev.MentionStart)
	if !ok {
		return
	}
	// "Ofwat said its", "Ofwat, which": a body, not a he or she.
	if rest := a.s[pm.End:min(len(a.s), pm.End+12)]; strings.HasPrefix(rest, " said its ") || strings.HasPrefix(rest, " says its ") || strings.HasPrefix(rest, ", which") ||
		strings.IndexByte(pm.Text, ' ') < 0 && (strings.HasPrefix(rest, " said it ") || strings.HasPrefix(rest, " says it ")) {
		return
	}
	lo, hi := max(prev.End, prev.MentionEnd), min(sp.open, r.mStart)
	ms := a.cast.Mentions
	for k := firstStartAtOrAfter(ms, lo); k < len(ms) && ms[k].Start < hi; k++ {
		m := ms[k]
		if m.Person == pm.Person || m.Kind == people.Organisation {
			continue
		}
		inQuote := false
		for q := j + 1; q < i; q++ {
			if a.spans[q].open <= m.Start && m.End <= a.spans[q].close {
				inQuote = true
				break
			}
		}
		if !inQuote {
			return
		}
	}
	r.speaker = a.cast.Name(pm)
}

// unnamedAntecedent gives a "he"/"she" speaker to the unnamed source
// who spoke last, as written, when no person the pronoun may stand for is
// named after it: in "A spokeswoman for the regulator said the review
// would take months. “Q,” she added." the pronoun is the spokeswoman,
// not a "" nor a person named before her. The source's noun must carry
// the pronoun's gender (spokeswoman, spokesman) and the source must have
// spoken: a verb of saying after it, or a quotation attributed to it.
func (a *attributor) unnamedAntecedent(r *attr, done []Located) {
	if r.mStart < 0 || r.mEnd-r.mStart != 2 && r.mEnd-r.mStart != 3 || !isSubjectPronoun(a.s[r.mStart:r.mEnd]) {
		return
	}
	ms := a.cast.Mentions
	g := pronounGender(a.s[r.mStart:r.mEnd])
	top := firstStartAtOrAfter(ms, r.mStart) - 1
	// A first sweep over the kinds alone: is such a source near at all?
	near := false
	for k := a.lastUnnamed(top); k >= 0 && ms[k].Start >= r.mStart-1500; k = a.lastUnnamed(k - 1) {
		if unnamedGender(ms[k].Text) == g[0] {
			near = true
			break
		}
	}
	if !near {
		return
	}
	// A pronoun the cast left unresolved though a person of its gender
	// was named since the source: that name is in the source's words
	// ("A hospital spokeswoman said Ode was stable. “Q,” she said.").
	pm, pok := a.mentionStartingAt(r.mStart)
	castDeclined := pok && pm.Kind == people.Pronoun && pm.Person < 0
	opened := false // a person passed over in a sentence the source opens
	para := strings.LastIndexByte(a.s[:r.mStart], '\n') + 1
	for k := top; k >= 0 && ms[k].Start >= r.mStart-1500; k-- {
		m := ms[k]
		if m.Kind != people.Unnamed && (m.Person < 0 || m.Kind != people.Name && m.Kind != people.Description) {
			continue
		}
		if a.hasSpan(m.Start, m.End) {
			continue // a name in someone's words
		}
		if k > 0 && ms[k-1].Kind == people.Unnamed && sourceLink(a.s[ms[k-1].End:m.Start]) {
			continue // "a spokeswoman for Thames Water": the source's own words
		}
		switch m.Kind {
		case people.Unnamed:
			if unnamedGender(m.Text) != g[0] {
				continue
			}
			src := a.sourceAsWritten(m)
			if !a.unnamedSpoke(m, m.Start+len(src), done) && !(opened && m.Start >= para) {
				continue
			}
			if paragraphBreaks(a.s[m.End:r.mStart]) > 1 {
				return // the paragraph before the pronoun's at most
			}
			r.speaker, r.isPerson = src, false
			return
		case people.Name, people.Description:
			if m.Person < 0 || m.Person >= len(a.cast.People) {
				continue
			}
			if castDeclined && a.sourceOpens(k, g[0]) {
				continue
			}
			// "A spokeswoman for the palace declined to say whether the
			// bishop would go. “Q,” she said.": the source that opens the
			// sentence before, in the same paragraph, goes on.
			// (Not the source's own name set off after it: "A spokesman
			// for the agency, Tom Ode, said".)
			if m.Start >= para && !(m.Start >= 2 && a.s[m.Start-2:m.Start] == ", " && m.End < len(a.s) && a.s[m.End] == ',') && a.sourceOpens(k, g[0]) {
				opened = true
				continue
			}
			if pg := a.cast.People[m.Person].Gender; pg == "" || pg == g {
				return // a person the pronoun may stand for
			}
		}
	}
}

// sourceOpens reports whether the sentence of mention k is opened by an
// unnamed source whose noun carries gender g, before it: "A hospital
// spokeswoman said Ode was stable."
func (a *attributor) sourceOpens(k int, g byte) bool {
	ms := a.cast.Mentions
	st := a.sentStart(max(0, ms[k].Start-600), ms[k].Start)
	if nl := strings.LastIndexByte(a.s[st:ms[k].Start], '\n'); nl >= 0 {
		st += nl + 1
	}
	for j := k - 1; j >= 0 && ms[j].Start >= st; j-- {
		if ms[j].Kind == people.Unnamed && unnamedGender(ms[j].Text) == g && strings.TrimSpace(a.s[st:ms[j].Start]) == "" {
			return true
		}
	}
	return false
}

// sourceAsWritten is the unnamed source m as written, with the body it
// speaks for even when the mentions did not read that body's name: "a
// spokesman for Severn Water".
func (a *attributor) sourceAsWritten(m people.Mention) string {
	src := a.extendSource(m)
	if len(src) != len(m.Text) {
		return src
	}
	e := m.End
	for _, p := range [...]string{" for ", " at ", " from "} {
		if strings.HasPrefix(a.s[e:], p) {
			e += len(p)
			break
		}
	}
	if e == m.End {
		return src
	}
	if strings.HasPrefix(a.s[e:], "the ") {
		e += 4
	}
	end := m.End
	for e < len(a.s) && a.s[e] >= 'A' && a.s[e] <= 'Z' {
		w := wordEnd(a.s, e, len(a.s))
		if w <= e {
			break
		}
		end = w
		switch rest := a.s[w:]; {
		case strings.HasPrefix(rest, " of "), strings.HasPrefix(rest, " and "):
			e = w + strings.IndexByte(rest[1:], ' ') + 2
		case strings.HasPrefix(rest, " "):
			e = w + 1
		case len(rest) > 1 && rest[0] == '-' && rest[1] >= 'A' && rest[1] <= 'Z':
			// "the Port of Rhine-Main": a hyphen joins the name's parts;
			// cut there, the verb after the source is not found.
			e = w + 1
		default:
			return a.s[m.Start:end]
		}
	}
	return a.s[m.Start:end]
}

// newcomer moves a "he"/"she" opening the attribution of a quotation
// that opens its paragraph ("“Q,” he said.") off a person named before to
// the one the paragraph before introduces, when that one is the nearest
// person mentioned and the pronoun's person is not in that sentence:
// "Labour's Tom Hollis spoke first. Then it was the turn of Dai Evans. ¶
// “Q,” he said." is Dai Evans.
func (a *attributor) newcomer(r *attr, sp span) {
	if !r.isPerson || !sp.paraStart || r.mStart < sp.close || r.mEnd-r.mStart != 2 && r.mEnd-r.mStart != 3 || !isSubjectPronoun(a.s[r.mStart:r.mEnd]) {
		return
	}
	pm, ok := a.mentionStartingAt(r.mStart)
	if !ok || pm.Person < 0 {
		return
	}
	ms := a.cast.Mentions
	k := firstStartAtOrAfter(ms, sp.open) - 1
	for k >= 0 && (ms[k].Kind == people.Organisation || ms[k].Kind == people.Unnamed || ms[k].Kind == people.Pronoun || a.hasSpan(ms[k].Start, ms[k].End)) {
		k--
	}
	if k < 0 || ms[k].Person == pm.Person || ms[k].Person >= len(a.cast.People) {
		return
	}
	m1 := ms[k]
	if paragraphBreaks(a.s[m1.End:sp.open]) != 1 {
		return
	}
	g := pronounGender(a.s[r.mStart:r.mEnd])
	// The sentence of the newcomer does not name the pronoun's person.
	st := a.sentStart(max(0, m1.Start-600), m1.Start)
	if nl := strings.LastIndexByte(a.s[st:m1.Start], '\n'); nl >= 0 {
		st += nl + 1
	}
	for j := k - 1; j >= 0 && ms[j].Start >= st; j-- {
		if ms[j].Person == pm.Person {
			return
		}
	}
	if m1.Person < 0 {
		return // a description the cast left unresolved: too loose to follow
	}
	// A person introduced by a full name, not a body ("Healthwatch
	// said it would").
	if m1.Kind != people.Name || strings.IndexByte(a.cast.People[m1.Person].Name, ' ') < 0 {
		return
	}
	if pg := a.cast.People[m1.Person].Gender; pg != "" && pg != g {
		return
	}
	for j := k - 1; j >= 0; j-- {
		if ms[j].Person == m1.Person {
			return // named before: not new
		}
	}
	r.speaker = a.cast.Name(m1)
}

// paragraphBreaks counts the paragraph breaks in t (a run of line
// breaks is one).
func paragraphBreaks(t string) int {
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] == '\n' && (i == 0 || t[i-1] != '\n') {
			n++
		}
	}
	return n
}

// unnamedSpoke reports whether the unnamed source m, its words running to
// e, spoke: a quotation is attributed to it, or a verb of saying follows.
func (a *attributor) unnamedSpoke(m people.Mention, e int, done []Located) bool {
	for k := len(done) - 1; k >= 0 && done[k].End > m.Start-2000; k-- {
		if done[k].MentionStart == m.Start {
			return true
		}
	}
	if _, ok := a.verbAfter(e); ok {
		return true
	}
	// "A spokesman for Severn Water, one of the largest suppliers, said".
	if p := appositiveEnd(a.s, e); p > 0 {
		_, ok := a.verbAfter(p)
		return ok
	}
	// "A company spokeswoman declined to comment on the talks but said".
	if rest := a.s[e:min(len(a.s), e+200)]; strings.HasPrefix(rest, " declined to ") || strings.HasPrefix(rest, " refused to ") {
		if i := strings.Index(rest, " but said "); i > 0 && !strings.ContainsAny(rest[:i], ".!?\n\"“”") {
			return true
		}
	}
	return false
}

// appositiveEnd returns the end of a short aside set off by commas right
// at p (", one of the largest suppliers,"), or -1.
func appositiveEnd(s string, p int) int {
	if p+2 >= len(s) || s[p] != ',' || s[p+1] != ' ' {
		return -1
	}
	to := min(len(s), p+80)
	c := strings.IndexByte(s[p+2:to], ',')
	if c < 0 || strings.ContainsAny(s[p+2:p+2+c], "\n\"“”;:.") {
		return -1
	}
	return p + 2 + c + 1
}

// sourceLink reports whether the words between an unnamed source and the
// mention after it tie the two into one source: "a spokesman for".
func sourceLink(gap string) bool {
	switch gap {
	case " for ", " at ", " from ", " of ":
		return true
	}
	return false
}

// unnamedGender is the gender the head noun of an unnamed source tells
// ('f' for "a spokeswoman", 'm' for "a police spokesman"), or 0.
func unnamedGender(t string) byte {
	if len(t) < 3 {
		return 0
	}
	switch t[len(t)-1] {
	case 'n', 'r', 'e', 'w', 'l', 'y':
	default:
		return 0 // most sources are plural: "officials"
	}
	w := t[strings.LastIndexByte(t, ' ')+1:]
	switch {
	case strings.HasSuffix(w, "woman"):
		return 'f'
	case strings.HasSuffix(w, "sman"), strings.HasSuffix(w, "rman"), strings.HasSuffix(w, "ceman"), w == "man":
		// spokesman, chairman, policeman: not "German" or "human".
		return 'm'
	}
	switch w {
	case "mother", "wife", "daughter", "sister", "widow", "grandmother", "girl":
		return 'f'
	case "father", "husband", "son", "brother", "widower", "grandfather", "boy":
		return 'm'
	}
	return 0
}

// prevSpeakerFor is the person named at prevStart, the mention of the
// speaker quoted before, when the "he"/"she" at s[ps:pe] may stand for
// them: a name of the cast, not when the subject opening that speaker's
// sentence is the pronoun's own person ("Mr Howard denied Mr Yeo said the
// plans “stink”. He also said": that subject stays in view), nor when the
// person's gender contradicts the pronoun. lastQuoted and
// lastQuotedReport share it.
func (a *attributor) prevSpeakerFor(ps, pe, prevStart int) (people.Mention, bool) {
	pm, ok := a.mentionStartingAt(prevStart)
	if !ok || pm.Kind != people.Name || pm.Person < 0 || pm.Person >= len(a.cast.People) {
		return people.Mention{}, false
	}
	if rm, ok := a.mentionStartingAt(ps); ok && rm.Person >= 0 {
		st := a.sentStart(max(0, prevStart-600), prevStart)
		ms := a.cast.Mentions
		if k := firstStartAtOrAfter(ms, st); k < len(ms) && ms[k].Start < prevStart && ms[k].Person == rm.Person {
			switch strings.TrimSpace(a.s[st:ms[k].Start]) {
			case "", "But", "And", "Yet", "So":
				return people.Mention{}, false
			}
		}
	}
	g := pronounGender(a.s[ps:pe])
	if pg := a.cast.People[pm.Person].Gender; pg != "" && pg != g {
		return people.Mention{}, false
	}
	return pm, true
}

// answerNotAsker moves a "he"/"she" speaker off the person named in the
// attribution of the question quoted just before: in "“Will you
// resign?” asked Jo Vale. ¶ “No,” he said" the answer is the other's,
// the nearest person of that gender who opens a sentence before the
// question.
func (a *attributor) answerNotAsker(r *attr, i int, done []Located) {
	if !r.isPerson || r.mStart < 0 || r.mEnd-r.mStart != 2 && r.mEnd-r.mStart != 3 || !isSubjectPronoun(a.s[r.mStart:r.mEnd]) || i == 0 {
		return
	}
	sp, prev := a.spans[i], done[i-1]
	// An interviewer asks "you"; "“Why would I quit?” asked Ode" is the
	// speaker's own.
	if !strings.HasSuffix(prev.Text, "?") || !strings.HasPrefix(prev.Cue, "ask") || prev.Para < sp.para-1 || !hasWordFold(prev.Text, "you") {
		return
	}
	pm, ok := a.mentionStartingAt(r.mStart)
	if !ok || pm.Person < 0 {
		return
	}
	ms := a.cast.Mentions
	asker := false
	for k := firstStartAtOrAfter(ms, prev.End); k < len(ms) && ms[k].Start < sp.open; k++ {
		if ms[k].Person == pm.Person && ms[k].Kind == people.Name {
			asker = true
		}
	}
	if !asker {
		return
	}
	g := pronounGender(a.s[r.mStart:r.mEnd])
	lo := max(0, prev.Start-1500)
	for k := firstStartAtOrAfter(ms, prev.Start) - 1; k >= 0 && ms[k].Start >= lo; k-- {
		m := ms[k]
		if m.Person < 0 || m.Person == pm.Person || m.Person >= len(a.cast.People) || m.Kind != people.Name {
			continue
		}
		if pg := a.cast.People[m.Person].Gender; pg != "" && pg != g {
			continue
		}
		if st := a.sentStart(lo, m.Start); firstStartAtOrAfter(ms, st) != k {
			continue
		}
		r.speaker = a.cast.Name(m)
		return
	}
}

// pronounGender is the gender a cast gives the people a subject pronoun
// may stand for: "f" for "she", else "m".
func pronounGender(pronoun string) string {
	if equalFoldLower("she", pronoun) {
		return "f"
	}
	return "m"
}

// hasWordFold reports whether the lower-case word w stands in t as a
// word of its own, in any case.
func hasWordFold(t, w string) bool {
	for i := 0; i+len(w) <= len(t); i++ {
		if equalFoldLower(w, t[i:i+len(w)]) && (i == 0 || !isLetterByte(t[i-1])) && (i+len(w) == len(t) || !isLetterByte(t[i+len(w)])) {
			return true
		}
	}
	return false
}

// notNamedInside moves a "he"/"she" speaker off the person the quotation
// itself names: in "... winger Sam Ode is out. ‘Sam is gutted,’ he said"
// the speaker seldom names himself, so he is the nearest other person of
// that gender who opens a sentence before the quotation.
func (a *attributor) notNamedInside(r *attr, sp span) {
	if !r.isPerson || r.mStart < 0 || r.mEnd > len(a.s) || !isSubjectPronoun(a.s[r.mStart:r.mEnd]) {
		return
	}
	pm, ok := a.mentionStartingAt(r.mStart)
	if !ok || pm.Person < 0 {
		return
	}
	ms := a.cast.Mentions
	named := func(person int) bool {
		for k := firstStartAtOrAfter(ms, sp.start); k < len(ms) && ms[k].End <= sp.end; k++ {
			if ms[k].Person == person && ms[k].Kind == people.Name {
				return true
			}
		}
		return false
	}
	if !named(pm.Person) {
		return
	}
	g := pronounGender(a.s[r.mStart:r.mEnd])
	lo := max(0, min(sp.open, r.mStart)-1500)
	for k := firstStartAtOrAfter(ms, min(sp.open, r.mStart)) - 1; k >= 0 && ms[k].Start >= lo; k-- {
		m := ms[k]
		if m.Person < 0 || m.Person == pm.Person || m.Person >= len(a.cast.People) || a.cast.People[m.Person].Gender != g {
			continue
		}
		// Only the first person of its sentence: "Fairweather confirmed
		// that captain Kieran Osei would return" speaks for Fairweather.
		st := a.sentStart(lo, m.Start)
		if j := firstStartAtOrAfter(ms, st); j < k && ms[j].Person >= 0 {
			continue
		}
		if named(m.Person) {
			continue
		}
		r.speaker = a.cast.Name(m)
		return
	}
}

// introducedSource gives "the spokesman" to the source just introduced
// as "a spokesman for the budget office" when that introduction is nearer
// than any mention of the named person the description was resolved to.
// An unresolved "the spokesman" is likewise the "Foreign Office
// spokesman" introduced before it.
func (a *attributor) introducedSource(r *attr) {
	if r.mStart < 0 || r.mEnd > len(a.s) || r.speaker == "" || !r.isPerson && r.speaker != a.s[r.mStart:r.mEnd] {
		return
	}
	dm, ok := a.mentionStartingAt(r.mStart)
	if !ok || dm.Kind != people.Description || dm.Person < 0 && r.isPerson || len(dm.Text) < 5 || !equalFoldLower("the ", dm.Text[:4]) {
		return
	}
	if dm.Person < 0 && strings.IndexByte(dm.Text[4:], ' ') >= 0 {
		return // "the BPI spokesman" says more than "a spokesman"
	}
	head := dm.Text[strings.LastIndexByte(dm.Text, ' ')+1:]
	ms := a.cast.Mentions
	for k := firstStartAtOrAfter(ms, dm.Start) - 1; k >= 0 && ms[k].Start >= dm.Start-2000; k-- {
		m := ms[k]
		if m.Person == dm.Person && m.Person >= 0 {
			return // the named person is nearer
		}
		if m.Person >= 0 || m.Kind != people.Unnamed && m.Kind != people.Description {
			continue
		}
		t := m.Text
		// "One Labour MP, who spoke on condition of anonymity," or
		// "Another Labour MP" is as new a source as "a Labour MP".
		if !(len(t) > 2 && equalFoldLower("a ", t[:2]) || len(t) > 3 && equalFoldLower("an ", t[:3]) || len(t) > 4 && equalFoldLower("one ", t[:4]) ||
			len(t) > 8 && equalFoldLower("another ", t[:8])) {
			continue
		}
		if !strings.EqualFold(t[strings.LastIndexByte(t, ' ')+1:], head) {
			continue
		}
		r.speaker, r.isPerson = a.capitalisedTail(a.extendSource(m), m.Start), false
		return
	}
}

// capitalisedTail extends a source's text that starts at p over the rest
// of an organisation's name the mentions cut short: "a spokesman for the
// Office" goes on to "of Management and Budget".
func (a *attributor) capitalisedTail(t string, p int) string {
	e := p + len(t)
	for {
		rest := a.s[e:]
		var k int
		switch {
		case strings.HasPrefix(rest, " of "):
			k = 4
		case strings.HasPrefix(rest, " and "):
			k = 5
		case strings.HasPrefix(rest, " for "):
			k = 5
		default:
			return a.s[p:e]
		}
		w := wordEnd(a.s, e+k, len(a.s))
		if w <= e+k || a.s[e+k] < 'A' || a.s[e+k] > 'Z' {
			return a.s[p:e]
		}
		e = w
	}
}

// headBeforePlace gives the words to the source a phrase opens with
// when the subject found is only a name at the end of its prepositions,
// which the people finder did not read: in "The chief executive of a
// hospital trust in the Midlands has said" the chief executive speaks.
func (a *attributor) headBeforePlace(r *attr) {
	if r.isPerson || r.mStart < 2 || r.mStart > len(a.s) {
		return
	}
	if _, ok := a.mentionStartingAt(r.mStart); ok {
		return
	}
	ms := a.cast.Mentions
	k := firstEndAtOrAfter(ms, r.mStart-80)
	for ; k < len(ms) && ms[k].End <= r.mStart; k++ {
		m := ms[k]
		if m.Kind != people.Description && m.Kind != people.Unnamed && m.Kind != people.Name {
			continue
		}
		gap := a.s[m.End:r.mStart]
		if !strings.HasPrefix(gap, " of ") || strings.ContainsAny(gap, ",;:.\"“”") {
			continue
		}
		// Only a chain of prepositional phrases between: lower-case
		// words that are no verbs of saying.
		for _, w := range strings.Fields(gap) {
			if w[0] < 'a' || w[0] > 'z' || cueOf(w)&cueVerb != 0 {
				return
			}
		}
		if st := a.sentStart(max(0, m.Start-400), m.Start); strings.TrimSpace(a.s[st:m.Start]) != "" {
			return // the head must open its sentence
		}
		a.fromMention(r, m)
		return
	}
}

// orgNameRest gives the words of a name of no known gender that is only
// the last words of an organisation's name ("Social Care" in "The
// Department of Health and Social Care said") to the organisation.
func (a *attributor) orgNameRest(r *attr) {
	// Or after a comma of a list the name holds: "Media and Sport" of
	// "The Department for Culture, Media and Sport said".
	if r.mStart < 5 || a.s[r.mStart-5:r.mStart] != " and " && a.s[r.mStart-2:r.mStart] != ", " {
		return
	}
	end := r.mEnd
	if m, ok := a.mentionStartingAt(r.mStart); ok {
		if m.Kind != people.Name && m.Kind != people.Organisation || m.Person >= len(a.cast.People) || m.Person >= 0 && a.cast.People[m.Person].Gender != "" {
			return
		}
		end = m.End
	} else if r.isPerson || r.speaker == "" || r.speaker != r.mention || !isCapByte(r.speaker[0]) {
		// Capitalised words no mention holds: the phrase subject.
		return
	}
	ms := a.cast.Mentions
	for k := firstEndAtOrAfter(ms, r.mStart-80); k < len(ms) && ms[k].End < r.mStart; k++ {
		o := ms[k]
		if o.Kind != people.Organisation || !strings.HasPrefix(a.s[o.End:], " of ") && !strings.HasPrefix(a.s[o.End:], " for ") {
			continue
		}
		if t := a.orgTail(o.Start, o.End); o.Start+len(t) >= end {
			r.speaker, r.isPerson, r.mention, r.mStart, r.mEnd = t, false, o.Text, o.Start, o.End
		}
		return
	}
}

// orgTail returns the name of an organisation mentioned at s[p:e] with
// the rest the mentions cut short: "The Department" of "Health and
// Social Care", "the Illinois Board" of "Elections". "and" joins only
// after "of" or "for": "the Tories and Lib Dems" are two.
func (a *attributor) orgTail(p, e int) string {
	s := a.s
	joined := false
	for {
		rest := s[e:min(len(s), e+6)]
		var k int
		switch {
		case strings.HasPrefix(rest, " of "):
			k = 4
		case strings.HasPrefix(rest, " for "):
			k = 5
		case joined && strings.HasPrefix(rest, " and "):
			k = 5
		case joined && strings.HasPrefix(rest, ", ") && listOfNames(s, e):
			// "the Department for Media, Culture and Sport": a list of
			// capitalised words closed by "and" goes on the name.
			k = 2
		default:
			return s[p:e]
		}
		w := e + k
		if w >= len(s) || s[w] < 'A' || s[w] > 'Z' {
			return s[p:e]
		}
		// The capitalised words after the link.
		for w < len(s) && s[w] >= 'A' && s[w] <= 'Z' {
			we := wordEnd(s, w, len(s))
			if we <= w {
				break
			}
			e = we
			if e+1 >= len(s) || s[e] != ' ' {
				break
			}
			w = e + 1
		}
		joined = true
	}
}

// listOfNames reports whether s at e holds ", Word, Word and Word": a
// comma list of capitalised words that "and" closes, within a short
// reach.
func listOfNames(s string, e int) bool {
	for i := e; i < len(s) && i < e+80; {
		switch {
		case strings.HasPrefix(s[i:], ", "):
			i += 2
		case strings.HasPrefix(s[i:], " and "):
			return i+5 < len(s) && s[i+5] >= 'A' && s[i+5] <= 'Z'
		default:
			return false
		}
		if i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
			return false
		}
		we := wordEnd(s, i, len(s))
		if we <= i {
			return false
		}
		i = we
	}
	return false
}

// onlyPersonBefore gives a quotation with no speech verb that opens a
// sentence, "Reyes shrugged. “Nobody wins a league in November.”", to the
// person the sentence before it is about, when that person is the only one
// the paragraph mentions before it and no unnamed source shares it.
func (a *attributor) onlyPersonBefore(i int) attr {
	sp := a.spans[i]
	e := skipSpaceBack(a.s, sp.paraA, sp.open)
	if e <= sp.paraA || a.s[e-1] != '.' && a.s[e-1] != '!' && a.s[e-1] != '?' {
		return attr{}
	}
	if i > 0 && a.spans[i-1].close > sp.paraA {
		return attr{} // quotations earlier in the paragraph have their own rules
	}
	ms := a.cast.Mentions
	person := -1
	for k := firstStartAtOrAfter(ms, sp.paraA); k < len(ms) && ms[k].End <= sp.open; k++ {
		m := ms[k]
		switch {
		case m.Person >= 0:
			if person >= 0 && m.Person != person {
				return attr{}
			}
			person = m.Person
		case m.Kind == people.Unnamed || m.Kind == people.Description || m.Kind == people.Pronoun && isSubjectPronoun(m.Text):
			return attr{} // someone else might speak
		}
	}
	if person < 0 {
		return attr{}
	}
	// Only someone the story has followed before this paragraph: a person
	// just introduced ("Governor Lena Marsh arrived in Albany. “Q”") may
	// be quoted by anyone at the scene.
	known := false
	for k := firstStartAtOrAfter(ms, sp.paraA) - 1; k >= 0 && !known; k-- {
		known = ms[k].Person == person
	}
	if !known {
		return attr{}
	}
	for k := firstStartAtOrAfter(ms, sp.start); k < len(ms) && ms[k].Start < sp.paraB; k++ {
		m := ms[k]
		if m.End <= sp.end {
			if m.Person == person && m.Kind == people.Name {
				return attr{} // the words are about that person
			}
			continue
		}
		// The next person after the words: another one may answer
		// ("“Q” Mayor Tom Reyes said: ..."); he or she goes on.
		if m.Person >= 0 && m.Person != person || m.Person < 0 && (m.Kind == people.Name || m.Kind == people.Unnamed) {
			return attr{}
		}
		if m.Person >= 0 {
			break
		}
	}
	st := a.sentStart(sp.paraA, e-1)
	for k := firstStartAtOrAfter(ms, st); k < len(ms) && ms[k].End <= e; k++ {
		if m := ms[k]; m.Person == person && (m.Kind == people.Name || isSubjectPronoun(m.Text)) {
			var r attr
			a.fromMention(&r, m)
			r.found = r.mention != "" && r.speaker != ""
			return r
		}
	}
	return attr{}
}

// passiveLedeTeller attributes a quotation of a court lede told in the
// passive ("A nurse sedated residents “to keep them quiet”, a jury has
// been told.") to the person who speaks first in the next paragraph, the
// counsel who told it ("Prosecutor Ann Ode KC told the court that ...").
func (a *attributor) passiveLedeTeller(sp span) attr {
	if sp.paraB-sp.paraA > 1500 {
		return attr{} // no lede: keep the pass linear
	}
	lede := a.s[sp.paraA:sp.paraB]
	if !strings.Contains(lede, " been told") && !strings.Contains(lede, " was told") && !strings.Contains(lede, " heard") {
		return attr{}
	}
	hearer := false
	for _, w := range [...]string{"jury", "court", "inquest", "tribunal", "hearing", "jurors"} {
		hearer = hearer || strings.Contains(lede, w)
	}
	// "“Q”, the BBC has been told": an outlet hears it, and only the
	// person who "told the BBC" in the next paragraph is its teller.
	outlet := ""
	if !hearer {
		if outlet = toldOutlet(lede); outlet == "" {
			return attr{}
		}
	}
	next := skipSpaceForward(a.s, sp.paraB, len(a.s))
	end := strings.IndexByte(a.s[next:], '\n')
	if end < 0 {
		end = len(a.s) - next
	}
	end = a.sentEnd(next, next+end)
	ms := a.cast.Mentions
	for k := firstStartAtOrAfter(ms, next); k < len(ms) && ms[k].End <= end; k++ {
		m := ms[k]
		if m.Kind != people.Name || m.Person < 0 {
			continue
		}
		v := skipSpaceForward(a.s, m.End, end)
		e := wordEnd(a.s, v, end)
		if outlet != "" && (a.s[v:e] != "told" || !strings.HasPrefix(a.s[e:end], " "+outlet)) {
			continue
		}
		if e > v && cueOf(a.s[v:e])&cueVerb != 0 && pastTense(a.s[v:e]) {
			var r attr
			a.fromMention(&r, m)
			r.cue, r.cueStart, r.cueEnd = a.s[v:e], v, e
			r.found = r.mention != ""
			return r
		}
	}
	// Told by no one named: not the words of the lede's subject, the
	// accused ("A nurse sedated residents “to keep them quiet”").
	return attr{found: true}
}

// hearerCue reads a cue after a quotation that names its hearer ("“Q,” the
// inquiry heard", "..., the court was told"). Its speaker is the witness
// named giving evidence before it, in its paragraph or the one before
// ("Ann Ode, giving evidence, said ...", "Ann Ode told the inquiry ..."),
// found set with no speaker when there is none.
func (a *attributor) hearerCue(sp span) attr {
	s := a.s
	p := sp.close
	if p < len(s) && s[p] == ',' {
		p++
	}
	if p+5 >= len(s) || s[p] != ' ' || s[p+1:p+5] != "the " {
		return attr{}
	}
	h := p + 5
	e := wordEnd(s, h, min(len(s), h+12))
	if !hearerNoun(s[h:e]) {
		return attr{}
	}
	var cue string
	for _, c := range [...]string{"heard", "was told", "were told", "has heard", "had heard", "has been told", "had been told"} {
		if strings.HasPrefix(s[e:], " ") && strings.HasPrefix(s[e+1:], c) {
			cue = c
			break
		}
	}
	if cue == "" {
		return attr{}
	}
	r := attr{cue: cue, cueStart: e + 1, cueEnd: e + 1 + len(cue), mStart: -1, mEnd: -1, found: true}
	// The witness: the nearest person before the quotation, no further
	// back than the paragraph before, whom evidence words follow.
	lo := max(0, sp.paraA-1500)
	if pe := skipSpaceBack(s, lo, sp.paraA); pe > lo {
		lo = strings.LastIndexByte(s[lo:pe], '\n') + lo + 1
	} else {
		lo = sp.paraA
	}
	ms := a.cast.Mentions
	for k := firstStartAtOrAfter(ms, sp.open) - 1; k >= 0 && ms[k].Start >= lo; k-- {
		m := ms[k]
		if m.Person < 0 || !witnessCue(s[m.End:min(len(s), m.End+40)]) || a.hasSpan(m.Start, m.End) {
			continue
		}
		a.fromMention(&r, m)
		break
	}
	return r
}

// hearerNoun reports whether w is a body that hears evidence.
func hearerNoun(w string) bool {
	switch w {
	case "inquiry", "court", "jury", "tribunal", "inquest", "hearing", "committee", "trial", "panel":
		return true
	}
	return false
}

// witnessCue reports whether the words after a person say the person gave
// evidence: ", giving evidence", " testified", " told the inquiry".
func witnessCue(t string) bool {
	// Past an age: "Tom Reyes, 41, told the court".
	if len(t) > 6 && t[0] == ',' && t[1] == ' ' && t[2] >= '0' && t[2] <= '9' {
		k := 3
		for k < len(t) && t[k] >= '0' && t[k] <= '9' {
			k++
		}
		if k < len(t) && t[k] == ',' {
			t = t[k+1:]
		}
	}
	for _, c := range [...]string{", giving evidence", ", testifying", " gave evidence", " testified", " has testified", " giving evidence"} {
		if strings.HasPrefix(t, c) {
			return true
		}
	}
	for _, c := range [...]string{" told the ", " has told the ", " had told the "} {
		if strings.HasPrefix(t, c) {
			w := t[len(c):]
			return hearerNoun(w[:wordEnd(w, 0, len(w))])
		}
	}
	return false
}

// toldOutlet returns the outlet a lede says was told the words ("the
// BBC" in "“Q”, the BBC has been told."), or "".
func toldOutlet(lede string) string {
	k := strings.Index(lede, " has been told")
	if k < 0 {
		return ""
	}
	b := strings.LastIndexAny(lede[:k], " ,\u201d\"") + 1
	w := lede[b:k]
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return ""
	}
	if b >= 4 && lede[b-4:b] == "the " {
		return "the " + w
	}
	return w
}

// previousParagraphSpeaker attributes a quote-only paragraph to the person
// whose speech the paragraph before it reports in its last sentence:
// "Ms Hart said the plan was sound. ¶ “We checked every figure.”" Only a
// person counts: an organisation or unnamed source there is too loose a
// guess.
func (a *attributor) previousParagraphSpeaker(i int) attr {
	sp := a.spans[i]
	e := skipSpaceBack(a.s, 0, sp.paraA)
	if e == 0 {
		return attr{}
	}
	ps := strings.LastIndexByte(a.s[:e], '\n') + 1
	from := a.sentStart(max(ps, e-600), skipSpaceBack(a.s, ps, e-1))
	for j := i - 1; j >= 0 && a.spans[j].close > from; j-- {
		if a.spans[j].open >= ps {
			from = a.spans[j].close
			break
		}
	}
	if from >= e {
		return attr{}
	}
	a.subjPara, a.subjLo = ps, -1
	if r := a.beforeWindow(from, e); r.found && r.isPerson {
		return r
	}
	// "... was the content of the e-mail, said Mr Ode. ¶ “Q”": the
	// report's verb and speaker close the sentence after a comma.
	return a.closingSaidPerson(from, e)
}

// otherReportAfter reports whether [from, to) holds a verb of saying and a
// source other than speaker: a person of another name or an unnamed one
// ("the spokesman").
func (a *attributor) otherReportAfter(from, to int, speaker string) bool {
	if to <= from {
		return false
	}
	other := false
	for _, m := range a.cast.MentionsIn(from, to) {
		if m.Person >= 0 && a.cast.Name(m) != speaker || m.Person < 0 && m.Kind == people.Unnamed {
			other = true
			break
		}
	}
	if !other {
		return false
	}
	if strings.Contains(strings.ToLower(a.s[from:to]), "according to ") {
		return true // "..., according to Q magazine editor Ann Ode."
	}
	a.w2 = a.scanWords(from, to, a.w2, 400)
	for _, w := range a.w2 {
		if w.cue&cueVerb != 0 && !w.cap {
			return true
		}
	}
	return false
}

// colonCue attributes a whole sentence in marks that a cue and a colon
// introduce ("Mr Ode asked: “Q?”", "She told MPs: “Q.”") to that cue's
// subject, when the words in marks end their sentence and the words
// after them open a new one in capitals.
func (a *attributor) colonCue(i, paraA int) attr {
	sp := a.spans[i]
	p := skipSpaceBack(a.s, paraA, sp.open)
	if p <= paraA || a.s[p-1] != ':' {
		return attr{}
	}
	t := strings.TrimRight(a.s[sp.start:sp.end], " ")
	if t == "" || !strings.ContainsRune(".?!", rune(t[len(t)-1])) {
		return attr{}
	}
	n := skipSpaceForward(a.s, sp.close, sp.paraB)
	if n >= sp.paraB {
		return attr{}
	}
	if r, _ := utf8.DecodeRuneInString(a.s[n:]); !isUpper(r) {
		return attr{}
	}
	r := a.before(i, paraA)
	if !r.found || r.speaker == "" || r.cueEnd < 0 || r.cueEnd > p || p-r.cueEnd > 40 || strings.ContainsAny(a.s[min(r.cueEnd, p-1):p-1], ".?!\"“”") {
		return attr{}
	}
	return r
}

// closesWithAppositive reports whether only spaces, or a comma and a
// lower-case appositive ("a public health adviser"), stand in [p, end).
func (a *attributor) closesWithAppositive(p, end int) bool {
	if onlySpaces(a.s, p, end) {
		return true
	}
	t := strings.TrimSpace(a.s[p:end])
	if !strings.HasPrefix(t, ",") {
		return false
	}
	t = strings.TrimSpace(t[1:])
	return t != "" && t[0] >= 'a' && t[0] <= 'z' && !strings.ContainsAny(t, ",;:")
}

// closingSaidPerson finds a person named by a clause of saying that closes
// the sentence [from, e) after a comma: "..., said Ms Ode.", "..., Ms Ode
// added.", "..., says Dr Ode, a health adviser." Only the clause's own
// words may follow the comma.
func (a *attributor) closingSaidPerson(from, e int) attr {
	end := e
	for end > from && (a.s[end-1] == '.' || a.s[end-1] == ' ') {
		end--
	}
	isCue := func(lo, hi int) bool {
		lo, hi = skipSpaceForward(a.s, lo, hi), skipSpaceBack(a.s, lo, hi)
		return hi > lo && wordEnd(a.s, lo, hi) == hi && !isUpper(rune(a.s[lo])) && cueOf(a.s[lo:hi])&cueVerb != 0
	}
	hi := end
	for range 2 { // the last comma, or the one before an appositive
		k := strings.LastIndexByte(a.s[from:hi], ',')
		if k < 0 {
			break
		}
		c := from + k + 1
		hi = from + k
		ms := a.cast.MentionsIn(c, end)
		if len(ms) == 0 || ms[0].Person < 0 {
			continue
		}
		m := ms[0]
		var cs, ce int
		switch {
		case isCue(c, m.Start) && a.closesWithAppositive(m.End, end): // "said Ms Ode"
			cs, ce = skipSpaceForward(a.s, c, m.Start), skipSpaceBack(a.s, c, m.Start)
		case len(ms) == 1 && onlySpaces(a.s, c, m.Start) && isCue(m.End, end): // "Ms Ode said"
			cs, ce = skipSpaceForward(a.s, m.End, end), end
		default:
			continue
		}
		return attr{speaker: a.cast.Name(m), isPerson: true, mention: m.Text, mStart: m.Start, mEnd: m.End,
			cue: a.s[cs:ce], cueStart: cs, cueEnd: ce, found: true}
	}
	return attr{}
}

// transcriptLabel returns the length of a speaker label opening a
// quotation in transcript style, "WALLACE:" or "MR. SMITH:", or 0.
func transcriptLabel(t string) int {
	letters := 0
	for k := 0; k < len(t) && k < 30; k++ {
		c := t[k]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == ' ' || c == '.' || c == '-' || c == '\'':
		case c == ':':
			if letters >= 2 && k+1 < len(t) && t[k+1] == ' ' {
				return k
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// isUpperWord reports whether w is one word of capital ASCII letters.
func isUpperWord(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// castSurname returns the one person of the cast whose last name word is
// w in any case, or "".
func (a *attributor) castSurname(w string) string {
	name := ""
	for _, p := range a.cast.People {
		last := p.Name[strings.LastIndexByte(p.Name, ' ')+1:]
		if p.Name != last && strings.EqualFold(last, w) {
			if name != "" {
				return ""
			}
			name = p.Name
		}
	}
	return name
}

// roleLabel attributes a quotation after a transcript label that is a
// capitalised role noun, "Executive: “We are working on it.”", which
// names no one: the label, as written, is the source. The label is
// s[paraA:colon].
func roleLabel(s string, paraA, colon int) attr {
	w := s[paraA:colon]
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return attr{}
	}
	for k := 1; k < len(w); k++ {
		if c := w[k]; c < 'a' || c > 'z' {
			return attr{} // one capitalised word: a name label is a mention
		}
	}
	if !people.IsSourceNoun(w) || people.IsTimeWord(w) {
		return attr{}
	}
	return attr{speaker: w, mention: w, mStart: paraA, mEnd: colon, cue: ":", cueStart: colon, cueEnd: colon + 1, found: true}
}

// colonParagraph attributes a quotation that opens its paragraph after a
// paragraph ending in a colon: "Ms Hart said in a statement:" or "The
// council wrote:" announce the words below them.
func (a *attributor) colonParagraph(i int) attr {
	sp := a.spans[i]
	e := skipSpaceBack(a.s, 0, sp.paraA)
	if e == 0 || a.s[e-1] != ':' {
		return attr{}
	}
	ps := strings.LastIndexByte(a.s[:e], '\n') + 1
	from := a.sentStart(max(ps, e-600), e-1)
	// A quotation earlier in that paragraph bounds the search.
	for j := i - 1; j >= 0 && a.spans[j].close > from; j-- {
		if a.spans[j].open >= ps {
			from = a.spans[j].close
			break
		}
	}
	if from >= e-1 {
		return attr{}
	}
	a.subjPara, a.subjLo = ps, -1
	if r := a.beforeWindow(from, e-1); r.found {
		return r
	}
	if r, ok := a.sentenceSubject(from, e-1); ok {
		r.cue, r.cueStart, r.cueEnd = ":", e-1, e
		return r
	}
	return attr{}
}

// subjectOfPartial attributes a quoted phrase of several words inside a
// sentence whose subject is a person, whatever the verb: "Ms Hart credited
// the win to “a campaign that listened to every street,”" and "He offered
// “my thoughts and prayers to the families.”" A short phrase stays a scare
// quote, and a subject that is no person (an organisation, a document)
// gives nothing, unless a person is the subject of a verb of stance
// nearer the phrase (see stanceSubject).
func (a *attributor) subjectOfPartial(i, paraA int) attr {
	sp := a.spans[i]
	from := a.sentStart(max(paraA, sp.open-400), sp.open)
	if i > 0 && a.spans[i-1].para == sp.para && a.spans[i-1].close > from {
		// A quotation that ends its sentence inside the marks ("... to
		// vote.” He urged ...") closes the sentence before this one.
		if a.endsSentenceInMarks(i-1, sp.open) {
			from = a.spans[i-1].close
		}
	}
	r, ok := a.sentenceSubject(from, sp.open)
	if !ok || !r.isPerson && r.speaker == "" {
		return a.stanceSubject(from, sp.open)
	}
	// A phrase of a word or three, or any phrase under an organisation,
	// is speech only under a verb of saying, thinking or stance between
	// the subject and it ("Ms Hart has defended the plan as “fair”", "The
	// council argues the levy is “the only fair way to pay”"); otherwise
	// it is a scare quote or a name ("Ms Hart visited the “new town”").
	speaks := func(r attr) bool {
		return (r.isPerson && hasWords(a.s, sp.start, sp.end, minPartialWords)) || a.stanceBetween(r.mEnd, sp.open)
	}
	if !speaks(r) {
		return a.stanceSubject(from, sp.open)
	}
	// "Bellway Homes, whose boss said the market was “cooling fast”,":
	// the role that said it, not the body.
	if !r.isPerson {
		if w, ok := a.whoseRole(r.mEnd, sp.open); ok {
			return w
		}
	}
	// The subject of a later clause speaks when the verb is its own: "Ms
	// Hart left early, and she has since called the plan “Q”".
	if c, ok := a.clauseSubject(from, sp.open); ok && c.mStart != r.mStart && speaks(c) {
		return c
	}
	return r
}

// stanceBetween reports whether a verb of saying, thinking or stance
// stands in s[from:to] ("has repeatedly attacked", "said he would"); the
// same word read as a noun ("amid complaints that ...") does not count.
func (a *attributor) stanceBetween(from, to int) bool {
	if from < 0 || to < from || to-from > 300 {
		return false
	}
	a.w2 = a.scan(from, to, a.w2)
	for k, w := range a.w2 {
		if w.cap {
			continue
		}
		t := a.s[w.start:w.end]
		if w.cue&cueVerb == 0 && !stanceWord(t) && w.cue&cueNoun == 0 {
			continue
		}
		// "amid claims", "the complaints", "his promise": a noun. But
		// the subject's own "a call for", "a warning that" is speech.
		if k > 0 && nounBefore(a.s[a.w2[k-1].start:a.w2[k-1].end]) {
			if w.cue&cueNoun == 0 || !equalFoldLower("a", a.s[a.w2[k-1].start:a.w2[k-1].end]) && !equalFoldLower("an", a.s[a.w2[k-1].start:a.w2[k-1].end]) {
				continue
			}
		} else if w.cue&cueVerb == 0 && !stanceWord(t) {
			continue
		}
		return true
	}
	return false
}

// nounBefore reports whether w, standing before a word, makes that word a
// noun: an article, a possessive or a preposition.
func nounBefore(w string) bool {
	if possessiveWord(w) {
		return true
	}
	for _, d := range [...]string{"the", "a", "an", "amid", "of", "about", "after", "over", "with", "for", "by", "these", "those", "such", "any", "no", "new", "many"} {
		if equalFoldLower(d, w) {
			return true
		}
	}
	return false
}

// stanceWord reports whether w (any case) begins like a verb or noun of
// thinking or stance that the speech lexicon lacks: "believes",
// "defended", "touted", "admires".
func stanceWord(w string) bool {
	if len(w) < 3 || len(w) > 16 {
		return false
	}
	c := lowerByte(w[0])
	if c < 'a' || c > 'z' {
		return false
	}
	for _, stem := range stanceByLetter[c-'a'] {
		if len(stem) <= len(w) && equalFoldLower(stem, w[:len(stem)]) {
			return true
		}
	}
	return false
}

// stanceByLetter is stanceStems by first letter. Built once, never mutated.
var stanceByLetter = func() (t [26][]string) {
	for _, stem := range stanceStems {
		t[stem[0]-'a'] = append(t[stem[0]-'a'], stem)
	}
	return t
}()

// stanceStems are the beginnings of verbs and nouns of thinking and
// stance. Immutable.
var stanceStems = [...]string{"believ", "think", "thought", "found", "finds", "implie", "imply", "assum",
	"referenc", "admir", "advocat", "propos", "exhort", "express", "characteri", "portray", "defend",
	"talk", "boast", "pushe", "pushing", "tout", "embrac", "endors", "support", "oppos", "reject",
	"dismiss", "brush", "promis", "pledg", "vow", "insist", "want", "hope", "fear", "prefer", "favor",
	"favour", "consider", "regard", "feel", "felt", "decri", "attack", "blame", "accus", "prais",
	"ridicul", "deride", "derisi", "label", "brand", "dubb", "termed", "describ", "cite", "citing",
	"invok", "echo", "urge", "urging", "demand", "plead", "promot", "champion", "pitch", "frame",
	"framing", "paint", "hail", "laud", "applaud", "condemn", "denounc", "question", "doubt", "denie",
	"deny", "warn", "predict", "expect", "slam", "blast", "lament", "complain", "argu", "claim",
	"assert", "contend", "suggest", "hint", "mention", "acknowledg", "admit", "conced", "confess", "accept",
	"recall", "quot", "embrac", "welcom", "decrie", "celebrat", "credit", "pound", "hammer", "lambast",
	"skewer", "assail", "excoriat", "castigat", "rebuk", "chastis", "berat", "mock", "liken", "compar", "thank"}

// headline reports whether the span stands in a short first paragraph
// with more text below it, a headline: in "Mayor slams council's
// ‘reckless’ budget" the marks shorten a quotation, or only flag a word,
// and the body quotes it in full with its attribution.
func (a *attributor) headline(sp span) bool {
	if sp.para != 0 || hasWords(a.s, sp.paraA, sp.paraB, 20) || !hasContent(a.s, sp.paraB, len(a.s)) {
		return false
	}
	// Headlines speak in the present tense ("vows", "says") and drop
	// articles and auxiliaries; a lead sentence reports in the past
	// ("Costa said the tender was “open”") or in full ("Mr Blair has
	// launched an attack, saying ...").
	// Words in the marks are the quotation's own; a Title Case headline
	// capitalises its articles ("Not Fit To Serve As President Of The
	// United States").
	a.w2 = a.scan(sp.paraA, sp.paraB, a.w2)
	for _, w := range a.w2 {
		if w.start >= sp.start && w.end <= sp.end {
			continue
		}
		t := a.s[w.start:w.end]
		if w.cue&cueVerb != 0 && pastTense(t) || !w.cap && leadWord(t) {
			return false
		}
	}
	return true
}

// singleMarkHeadline reports whether quotation sp, in single marks, sits
// in the headline or standfirst of the text: one of its first two
// paragraphs, of at most 20 words, the first of them no sentence of the
// body ("Ginsburg apologizes for Trump comments; ¶ Justice vows to be
// 'more circumspect' with her opinions."). Headlines quote in single
// marks and shorten what was said.
func (a *attributor) singleMarkHeadline(sp span) bool {
	if sp.para > 1 || sp.open >= len(a.s) || a.s[sp.open] != '\'' && !strings.HasPrefix(a.s[sp.open:], "‘") {
		return false
	}
	if hasWords(a.s, sp.paraA, sp.paraB, 21) || !hasContent(a.s, sp.paraB, len(a.s)) {
		return false
	}
	if sp.para == 0 {
		return true
	}
	// The paragraph before is the headline: short, the first of the text.
	e := skipSpaceBack(a.s, 0, sp.paraA)
	ps := strings.LastIndexByte(a.s[:e], '\n') + 1
	return e > 0 && !hasWords(a.s, ps, e, 16) && strings.TrimSpace(a.s[:ps]) == ""
}

// leadWord reports whether w is an article, auxiliary or relative pronoun,
// words a full sentence has and headlinese leaves out.
func leadWord(w string) bool {
	if len(w) > 5 {
		return false
	}
	for _, l := range [...]string{"the", "a", "an", "has", "have", "had", "is", "are", "was", "were", "will", "would", "been", "which", "who"} {
		if equalFoldLower(l, w) {
			return true
		}
	}
	return false
}

// pastTense reports whether a speech verb is in the past: "said", "told",
// "wrote", or ends in "ed".
func pastTense(w string) bool {
	for _, p := range [...]string{"said", "told", "wrote", "spoke", "read"} {
		if equalFoldLower(p, w) {
			return true
		}
	}
	return len(w) > 3 && (w[len(w)-2:] == "ed" || w[len(w)-2:] == "ED")
}

// possessiveRemark attributes a quoted phrase between a named possessor
// and a noun of speech: "Ms Hart’s “fair share” remark", "Reyes’s
// now-famous “not on my watch” line".
func (a *attributor) possessiveRemark(i, paraB int) attr {
	sp := a.spans[i]
	if !sp.closed {
		return attr{}
	}
	a.w1 = a.scanWords(sp.close, paraB, a.w1, 1)
	if len(a.w1) == 0 || !onlySpaces(a.s, sp.close, a.w1[0].start) {
		return attr{}
	}
	n := a.w1[0]
	if w := a.s[n.start:n.end]; n.cue&cueNoun == 0 && !remarkNoun(w) {
		return attr{}
	}
	// The possessor stands right before the mark, or one or two words
	// (adjectives) before it.
	ws := a.scanBack(sp.paraA, sp.open, 3)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		if k < len(ws)-1 && !lettersAndSpaces(a.s, ws[k].end, ws[k+1].start) {
			break
		}
		w := a.s[ws[k].start:ws[k].end]
		if !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s") {
			continue
		}
		m, ok := a.possessor(ws[k].end, ws[k].end)
		if !ok || m.Person < 0 && m.Kind != people.Organisation {
			return attr{}
		}
		var r attr
		a.fromMention(&r, m)
		if r.found = r.mention != ""; r.found {
			r.cue, r.cueStart, r.cueEnd = a.s[n.start:n.end], n.start, n.end
		}
		return r
	}
	return attr{}
}

// remarkNoun reports whether w names a spoken or written line beyond the
// cue nouns: "line", "slogan", "quip".
func remarkNoun(w string) bool {
	switch strings.ToLower(w) {
	case "line", "lines", "slogan", "quip", "phrase", "jab", "joke", "label", "pitch", "mantra", "refrain", "rhetoric", "vow", "boast", "attack", "insult", "gaffe":
		return true
	}
	return false
}

// carriesOn reports whether a quote-only paragraph reads as more of the
// speech before it rather than a subheading: a full sentence or more, or
// a short one that speaks in the first or second person ("We listened.").
func (a *attributor) carriesOn(sp span) bool {
	if hasWords(a.s, sp.start, sp.end, minAloneWords) {
		return true
	}
	a.w2 = a.scan(sp.start, sp.end, a.w2)
	for _, w := range a.w2 {
		switch strings.ToLower(a.s[w.start:w.end]) {
		case "i", "we", "you", "me", "us", "my", "our", "your", "i'm", "i’m", "we're", "we’re", "you're", "you’re", "i've", "i’ve", "we've", "we’ve", "i'll", "i’ll", "we'll", "we’ll":
			return true
		}
	}
	return false
}

// minAloneWords is the fewest words of a quote-only paragraph that
// carry on the speech of the paragraph before it whatever their person.
const minAloneWords = 6

// minPartialWords is the fewest words of a quoted phrase that
// subjectOfPartial takes for speech rather than a scare quote.
const minPartialWords = 4

func inherit(prev Located) attr {
	return attr{speaker: prev.Speaker, isPerson: prev.IsPerson, mention: prev.Mention, mStart: prev.MentionStart,
		mEnd: prev.MentionEnd, cue: prev.Cue, cueStart: prev.CueStart, cueEnd: prev.CueEnd, found: true}
}

// paragraph returns the bounds of the line holding the span.
func (a *attributor) paragraph(sp span) (int, int) { return sp.paraA, sp.paraB }

// partial reports whether the quotation is a fragment inside a sentence:
// a word stands right before its opening mark.
func (a *attributor) partial(sp span, paraA int) bool {
	k := sp.open
	for k > paraA && isSpaceByte(a.s[k-1]) {
		k--
	}
	if k <= paraA {
		return false
	}
	r := prevRune(a.s, paraA, k)
	return isLetter(r)
}

// quoteOnly reports whether the paragraph is little more than quotations.
func (a *attributor) quoteOnly(i int) bool {
	sp := a.spans[i]
	if !sp.paraStart || sp.paraB-sp.paraA > 4000 {
		return false
	}
	// Three words outside the marks settle it: the counts stop there.
	outside := 0
	last := sp.paraA
	for j := i; j < len(a.spans) && a.spans[j].para == sp.para; j++ {
		if outside += countWordsMax(a.s, last, a.spans[j].open, 3-outside); outside > 2 {
			return false
		}
		last = a.spans[j].close
	}
	outside += countWordsMax(a.s, last, sp.paraB, 3-outside)
	return outside <= 2
}

// countWordsMax is min(countWords(s, a, b), max), reading no further than
// the max-th word.
func countWordsMax(s string, a, b, max int) int {
	n, in := 0, false
	for k := a; k < b && k < len(s) && n < max; k++ {
		c := s[k]
		w := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// endsInQuote reports whether the previous quotation closes its paragraph
// or stays open, so that the next paragraph may carry on its speech.
func (a *attributor) endsInQuote(prev Located) bool {
	return prev.Speaker != "" || prev.Mention != ""
}

// hasWords reports whether countWords(s, a, b) >= n, reading no further
// than the n-th word.
func hasWords(s string, a, b, n int) bool {
	return n <= 0 || countWordsMax(s, a, b, n) >= n
}

func countWords(s string, a, b int) int {
	n, in := 0, false
	for k := a; k < b && k < len(s); k++ {
		c := s[k]
		w := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// notSpeech reports whether quoted words read as a title or a name rather
// than speech: a few capitalised words without sentence punctuation ("Board
// of Peace", "Hanoi Hilton", "VIP").
func notSpeech(t string) bool {
	// Final punctuation does not make a title speech: "Make America Great
	// Again.", "The Lead with Jake Tapper,".
	t = strings.TrimRight(t, ".,!?;: ")
	words := 0
	// A title with a subtitle may run past seven words ("Failure to
	// Adjust: How Americans Got Left Behind in the Global Economy") when
	// its words are capitalised in title case, not shouted in capitals.
	caps, content := 0, 0
	i := 0
	for i < len(t) {
		for i < len(t) && isSpaceByte(t[i]) {
			i++
		}
		if i >= len(t) {
			break
		}
		j := i
		for j < len(t) && !isSpaceByte(t[j]) {
			j++
		}
		w := t[i:j]
		i = j
		words++
		if words > 16 || hasSentencePunct(strings.TrimRight(w, ":")) {
			return false
		}
		if isTitleLink(w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !isUpper(r) && !('0' <= r && r <= '9') {
			return false
		}
		content++
		if len(w) > 1 && upperAlready(w) {
			caps++
		}
	}
	if words > 7 && (2*caps >= content || !strings.Contains(t, ":")) {
		return false
	}
	if words == 1 {
		// "Yes" or "No" may be an answer; other single capitalised words
		// are names.
		l := strings.ToLower(strings.TrimSpace(t))
		return l != "yes" && l != "no"
	}
	return words > 0
}

// upperAlready is strings.ToUpper(w) == w without building the upper-case
// copy: this runs for every capitalised word in marks.
func upperAlready(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToUpper(w) == w
		}
		if 'a' <= c && c <= 'z' {
			return false
		}
	}
	return true
}

// hasSentencePunct is strings.ContainsAny(w, ",.!?;:") without building
// a character set on every call.
func hasSentencePunct(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case ',', '.', '!', '?', ';', ':':
			return true
		}
	}
	return false
}

// isTitleLink reports whether w is, in any case, a small word that may
// stand in a title: "of", "the", "and", "for", "in", "on", "a", "an",
// "to", "de", "at", "&", "with" ("The Lead with Jake Tapper"), "by" or
// "or".
func isTitleLink(w string) bool {
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	var buf [4]byte
	for i := 0; i < len(w); i++ {
		buf[i] = lowerByte(w[i])
	}
	switch string(buf[:len(w)]) {
	case "of", "the", "and", "for", "in", "on", "a", "an", "to", "de", "at", "&", "with", "by", "or":
		return true
	}
	return false
}

// adjacentCue reports whether a speech cue directly follows the closing mark
// ("“Never,” he said"), so that a short capitalised reply still counts.
func (a *attributor) adjacentCue(i, paraB int) bool {
	sp := a.spans[i]
	if !sp.closed {
		return false
	}
	q := a.s[sp.start:sp.end]
	if !strings.HasSuffix(q, ",") && !strings.HasSuffix(q, "!") && !strings.HasSuffix(q, "?") {
		return false
	}
	a.w1 = a.scan(sp.close, min(paraB, sp.close+40), a.w1)
	ws := a.w1
	limit := 5
	for k := 0; k < len(ws) && k < limit; k++ {
		if k > 0 && !onlySpaces(a.s, ws[k-1].end, ws[k].start) {
			// "“Q,” the mayor, Tom Reyes, said": a name set off beside
			// the description it names.
			switch {
			case limit == 5 && a.appositiveName(ws[k-1].end, ws[k].start):
				limit = 8
			case limit == 8 && a.s[ws[k-1].end:ws[k].start] == ", ":
			default:
				return false // "“Quiet Power,” a study of lobbying, said"
			}
		}
		if ws[k].cue&cueVerb != 0 {
			return true
		}
	}
	return false
}

// firstStartAtOrAfter is sort.Search(len(ms), func(k int) bool { return
// ms[k].Start >= p }) without the closure call per step: it runs for
// nearly every word the attribution looks at.
func firstStartAtOrAfter(ms []people.Mention, p int) int {
	lo, hi := 0, len(ms)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ms[h].Start < p {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// firstEndAtOrAfter is firstStartAtOrAfter for End.
func firstEndAtOrAfter(ms []people.Mention, p int) int {
	lo, hi := 0, len(ms)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ms[h].End < p {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// mentionEndingAt returns the mention of the cast that ends at p.
func (a *attributor) mentionEndingAt(p int) (people.Mention, bool) {
	ms := a.cast.Mentions
	k := firstEndAtOrAfter(ms, p)
	if k < len(ms) && ms[k].End == p {
		return ms[k], true
	}
	return people.Mention{}, false
}

// mentionStartingAt returns the mention of the cast that starts at p.
func (a *attributor) mentionStartingAt(p int) (people.Mention, bool) {
	ms := a.cast.Mentions
	k := firstStartAtOrAfter(ms, p)
	if k < len(ms) && ms[k].Start == p {
		return ms[k], true
	}
	return people.Mention{}, false
}

// fromMention fills the speaker from a mention: the canonical person, or the
// organisation or unnamed source as written.
func (a *attributor) fromMention(r *attr, m people.Mention) {
	if m.Kind == people.Pronoun && !isSubjectPronoun(m.Text) {
		return // "told him": the hearer, not the speaker
	}
	r.mention, r.mStart, r.mEnd = m.Text, m.Start, m.End
	if m.Person >= 0 {
		r.speaker, r.isPerson = a.cast.Name(m), true
		return
	}
	switch m.Kind {
	case people.Pronoun:
		r.speaker = ""
	case people.Unnamed, people.Organisation, people.Description:
		r.speaker = a.extendSource(m)
		// "the firm said": the body it named before.
		if m.Kind == people.Organisation && r.speaker == m.Text && genericBody(m.Text) {
			if b := a.bodyBefore(m); b != "" {
				r.speaker = b
			}
		}
	default:
		r.speaker = m.Text
	}
}

// extendSource takes "a spokesman for Mr Blair" or "officials at the
// ministry" as written.
func (a *attributor) extendSource(m people.Mention) string {
	s := a.s
	rest := s[m.End:]
	for _, p := range []string{" for ", " at ", " from ", " of ", " close to "} {
		if strings.HasPrefix(rest, p) {
			if n, ok := a.mentionStartingAt(m.End + len(p)); ok && n.Kind != people.Pronoun {
				return s[m.Start:n.End]
			}
		}
	}
	if m.Kind == people.Unnamed {
		if e := knowingSource(s, m.End); e > m.End {
			return s[m.Start:e]
		}
	}
	return m.Text
}

// knowingSource returns the end of the words that say what an unnamed
// source knows, starting at p: " familiar with the matter", " briefed on
// the talks", " with knowledge of the plans" (up to five words, to the
// next punctuation or verb of saying), or p. Anonymous sources are told
// apart by them on the wire.
func knowingSource(s string, p int) int {
	rest := s[p:min(len(s), p+80)]
	var n int
	for _, k := range [...]string{" familiar with ", " briefed on ", " with knowledge of ", " with direct knowledge of ", " involved in ", " aware of ", " close to "} {
		if strings.HasPrefix(rest, k) {
			n = len(k)
			break
		}
	}
	if n == 0 {
		return p
	}
	e, words := p+n, 0
	for e < len(s) && words < 5 {
		w := e
		for w < len(s) && (isLetterByte(s[w]) || s[w] == '\'' || s[w] == '-') {
			w++
		}
		if w == e || cueOf(s[e:w])&cueVerb != 0 || s[e:w] == "who" || s[e:w] == "said" {
			break
		}
		words++
		if e = w; e >= len(s) || s[e] != ' ' {
			break
		}
		e++
	}
	for e > p && s[e-1] == ' ' {
		e--
	}
	if words == 0 {
		return p
	}
	return e
}

func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isSubjectPronoun(w string) bool {
	// An ASCII test first: this runs for every mention and attribution.
	// Only a non-ASCII fold ("ſhe", four bytes) needs EqualFold.
	switch len(w) {
	case 2:
		return w[0]|0x20 == 'h' && w[1]|0x20 == 'e'
	case 3:
		return w[0]|0x20 == 's' && w[1]|0x20 == 'h' && w[2]|0x20 == 'e'
	case 4:
		return strings.EqualFold(w, "she")
	}
	return false
}

// endsSentenceInMarks reports whether quotation j closes a sentence with
// its own full stop, question or exclamation mark inside the marks, and a
// new sentence opens on a capital after it, before to: "... to vote.” He
// urged ...".
func (a *attributor) endsSentenceInMarks(j, to int) bool {
	sp := a.spans[j]
	if !sp.closed || sp.end <= sp.start || sp.close >= to {
		return false
	}
	if c := a.s[sp.end-1]; c != '.' && c != '!' && c != '?' {
		return false
	}
	k := sp.close
	for k < to && isSpaceByte(a.s[k]) {
		k++
	}
	if k == sp.close || k >= to {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a.s[k:])
	return isUpper(r)
}

// stanceSubject attributes a quoted phrase to the person (or unnamed
// group, "city officials") who is the subject of the nearest verb of
// saying or stance before it in its sentence, when the sentence opens on
// something else: "Though he brushed off the remarks as “locker room
// talk,” his critics ...", "long before officials began to portray the
// flood as a “freak” event".
func (a *attributor) stanceSubject(from, to int) attr {
	if to-from > 300 {
		from = to - 300
		for from < to && !utf8.RuneStart(a.s[from]) {
			from++
		}
	}
	// The verb stands among the last words: only they are read (a word
	// cut at the window's start is left out).
	scanFrom, lowK := from, 0
	if to-from > beforeTail {
		scanFrom, lowK = to-beforeTail, 1
		for scanFrom < to && !utf8.RuneStart(a.s[scanFrom]) {
			scanFrom++
		}
	}
	a.w1 = a.scan(scanFrom, to, a.w1)
	ws := a.w1
	tries := 0
	for k := len(ws) - 1; k >= lowK && k >= len(ws)-20; k-- {
		w := ws[k]
		if w.cap || w.cue&cueVerb == 0 && !stanceWord(a.s[w.start:w.end]) || prepositionLike(a.s[w.start:w.end]) {
			continue
		}
		if k > 0 && nounBefore(a.s[ws[k-1].start:ws[k-1].end]) {
			continue
		}
		r, ok := a.subjectBefore(w.start, from)
		if !ok {
			// "the leaked remarks": a noun after all. A few tries only.
			if tries++; tries == 3 {
				return attr{}
			}
			continue
		}
		if r.mStart < 0 || r.mEnd > w.start || !r.isPerson && !a.unnamedSource(r) {
			return attr{}
		}
		a.setCue(&r, ws, k)
		return r
	}
	return attr{}
}

// prepositionLike reports whether w is a participle that works as a
// preposition ("regarding the rules"): no verb of stance.
func prepositionLike(w string) bool {
	switch strings.ToLower(w) {
	case "regarding", "concerning", "including", "according", "considering", "following":
		return true
	}
	return false
}

// continuesReport attributes a quoted phrase in a sentence that names no
// one to the person whose words the sentence before it, in the same
// paragraph, reports: "“It was an ambush,” she says. It was “the new
// in-your-face journalism.”", "Such cases are rare, Mr Ode added. But a
// lapse is not “a crime under the law.”" The reporter goes on
// paraphrasing the same speaker.
func (a *attributor) continuesReport(i int, done []Located) attr {
	sp := a.spans[i]
	if !hasWords(a.s, sp.start, sp.end, minPartialWords) {
		return attr{} // a word or three: a scare quote as likely
	}
	from := a.sentStart(max(sp.paraA, sp.open-400), sp.open)
	if i > 0 && a.spans[i-1].para == sp.para && a.spans[i-1].close > from {
		if !a.endsSentenceInMarks(i-1, sp.open) {
			return attr{}
		}
		from = a.spans[i-1].close
	}
	if strings.Contains(a.s[from:sp.open], "ccording to") {
		return attr{} // a source of its own
	}
	pe := skipSpaceBack(a.s, sp.paraA, from)
	if pe <= sp.paraA {
		return attr{} // the paragraph's first sentence
	}
	// Nobody is named before the phrase in its own sentence.
	ms := a.cast.Mentions
	for k := firstStartAtOrAfter(ms, from); k < len(ms) && ms[k].Start < sp.open; k++ {
		if ms[k].Person >= 0 || ms[k].Kind != people.Pronoun {
			return attr{}
		}
	}
	if a.stanceBetween(from, sp.open) {
		return attr{} // a verb of its own with a subject no mention covers
	}
	pfrom := a.sentStart(max(sp.paraA, pe-600), pe-1)
	for j := i - 1; j >= 0 && a.spans[j].para == sp.para && a.spans[j].close > pfrom; j-- {
		if a.spans[j].close <= from {
			if done[j].IsPerson {
				return inherit(done[j])
			}
			return attr{}
		}
	}
	a.subjPara, a.subjLo = sp.paraA, -1
	// The sentence reports speech: "said", "added", not "spoke".
	if r := a.beforeWindow(pfrom, pe); r.found && r.isPerson && r.cueStart >= 0 && reportVerb(a.s[r.cueStart:wordEnd(a.s, r.cueStart, r.cueEnd)]) {
		return r
	}
	return attr{}
}

// speechGoesOn reports whether a quotation that reads like a title is
// rather one more sentence of the speech quoted just before it in the
// paragraph: "“Two people know how,” said Ann Ode, a strategist. “Tom
// Reyes and Ed Marsh.”" It stands alone as a sentence, after the
// attributed one.
func (a *attributor) speechGoesOn(i int, done []Located) bool {
	sp := a.spans[i]
	if i == 0 || !sp.closed || a.spans[i-1].para != sp.para || done[i-1].Speaker == "" && done[i-1].Cue == "" || done[i-1].Kind != newsbot.KindDirect {
		return false
	}
	if c := a.s[sp.end-1]; c != '.' && c != '!' && c != '?' {
		return false
	}
	// Only the previous quotation's attribution, closing its sentence,
	// stands between them.
	e := skipSpaceBack(a.s, a.spans[i-1].close, sp.open)
	if e == a.spans[i-1].close {
		return false
	}
	if c := a.s[e-1]; c != '.' && c != '!' && c != '?' {
		return false
	}
	return a.sentStart(a.spans[i-1].close, e-1) == a.spans[i-1].close || e-1 < a.spans[i-1].close+2
}

// dashAttribution attributes a quote-only paragraph to the speaker named
// in a short line after it that opens on a dash, the way a pull quote is
// signed: "“We will not back down.”¶— Ann Ode, union leader."
func (a *attributor) dashAttribution(i int) attr {
	sp := a.spans[i]
	p := sp.paraB
	for p < len(a.s) && isSpaceByte(a.s[p]) {
		p++
	}
	if p >= len(a.s) || p == sp.paraB {
		return attr{}
	}
	e := strings.IndexByte(a.s[p:], '\n')
	if e < 0 {
		e = len(a.s)
	} else {
		e += p
	}
	var dash int
	switch {
	case strings.HasPrefix(a.s[p:], "—"), strings.HasPrefix(a.s[p:], "–"):
		dash = len("—")
	case a.s[p] == '-' && !strings.HasPrefix(a.s[p:], "--"):
		dash = 1
	case strings.HasPrefix(a.s[p:], "--"):
		dash = 2
	default:
		return attr{}
	}
	q := skipSpaceForward(a.s, p+dash, e)
	if hasWords(a.s, q, e, 16) {
		return attr{} // a paragraph of its own, not a signature
	}
	m, ok := a.mentionStartingAt(q)
	if !ok || m.Kind == people.Pronoun || m.End > e {
		m, ok = a.mentionAfter(q, min(e, q+40))
		if !ok || m.Kind == people.Pronoun || m.Person < 0 {
			return attr{}
		}
	}
	var r attr
	a.fromMention(&r, m)
	if r.found = r.mention != ""; r.found {
		r.cue, r.cueStart, r.cueEnd = a.s[p:p+dash], p, p+dash
	}
	return r
}

// openingParticiple attributes a phrase inside a participial clause of
// speech that opens its sentence to the subject of the main clause after
// it: "Acknowledging that the mayor “says silly things,” though, Mr Ode
// praised her budget."
func (a *attributor) openingParticiple(i int) attr {
	sp := a.spans[i]
	from := a.sentStart(max(sp.paraA, sp.open-300), sp.open)
	e := wordEnd(a.s, from, sp.open)
	if e <= from || a.s[from] < 'A' || a.s[from] > 'Z' {
		return attr{}
	}
	if w := a.s[from:e]; !strings.HasSuffix(w, "ing") || cueOf(w)&cueVerb == 0 && !stanceWord(w) {
		return attr{}
	}
	if strings.ContainsAny(a.s[e:sp.open], ",;:") {
		return attr{} // the clause closed before the phrase
	}
	end := a.sentEnd(sp.close, sp.paraB)
	c := strings.IndexByte(a.s[sp.close:end], ',')
	if c < 0 {
		// "“says silly things,” Mr Ode ...": the comma inside the marks.
		if !strings.HasSuffix(a.s[sp.start:sp.end], ",") {
			return attr{}
		}
		c = -1
	}
	r, ok := a.sentenceSubject(sp.close+c+1, end)
	if !ok || !r.isPerson {
		return attr{}
	}
	return r
}

// gloss reports whether the quotation translates the words before it:
// "“Tenemos familias,” Spanish for “we have families”" glosses, nobody
// says it.
func (a *attributor) gloss(sp span) bool {
	e := skipSpaceBack(a.s, sp.paraA, sp.open)
	b := wordBack(a.s, sp.paraA, e)
	if b < 0 || !equalFoldLower("for", a.s[b:e]) {
		return false
	}
	e = skipSpaceBack(a.s, sp.paraA, b)
	b = wordBack(a.s, sp.paraA, e)
	if b < 0 || a.s[b] < 'A' || a.s[b] > 'Z' {
		return false
	}
	return languageName(a.s[b:e])
}

// languageName reports whether the capitalised word w names a language:
// "Latin", "Spanish", "Russian", "Chinese", "Arabic".
func languageName(w string) bool {
	for _, suf := range [...]string{"ish", "ese", "ian", "ic"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	switch w {
	case "Latin", "French", "Greek", "Dutch", "Hebrew", "German", "Korean", "Thai", "Hindi", "Urdu", "Farsi", "Swahili", "Yiddish", "Creole":
		return true
	}
	return false
}

// unnamedSource reports whether r's mention is a group or unnamed source
// of the cast ("White House officials", "his aides"): people who speak,
// though no one person.
func (a *attributor) unnamedSource(r attr) bool {
	m, ok := a.mentionStartingAt(r.mStart)
	return ok && m.Kind == people.Unnamed
}

// soCalled reports whether the marks follow "so-called": the writer
// distances the words, nobody is quoted ("Russia's so-called “shadow
// fleet”").
func (a *attributor) soCalled(sp span) bool {
	e := skipSpaceBack(a.s, sp.paraA, sp.open)
	b := wordBack(a.s, sp.paraA, e)
	if b < 0 {
		return false
	}
	w := a.s[b:e]
	if equalFoldLower("so-called", w) {
		return true
	}
	if !equalFoldLower("called", w) {
		return false
	}
	e2 := skipSpaceBack(a.s, sp.paraA, b)
	b2 := wordBack(a.s, sp.paraA, e2)
	return b2 >= 0 && equalFoldLower("so", a.s[b2:e2])
}

// namedBySpeaker attributes the capitalised words of quotation sp to the
// person who called someone or something by them: "Reyes called Ms Ode
// “Low Turnout Annie”", "he referred to her as “the Devil”", "what she
// called “Project Fear”". The name is that person's words, not a title;
// a thing merely named ("a website called “Ohio First”", "the so-called
// “Gang of Six”") has no person before the verb and stays a title.
func (a *attributor) namedBySpeaker(sp span) (attr, bool) {
	lo := sp.paraA
	p := skipSpaceBack(a.s, lo, sp.open)
	// Up to four words of object between the verb and the marks ("called
	// the Ohio senator's plan a “...”"); "as" may close them.
	for n := 0; n < 6; n++ {
		if n > 0 && p > lo && a.s[p-1] == '.' {
			p-- // "called Mr. Reyes an ..."
		}
		b := wordBack(a.s, lo, p)
		if b < 0 {
			return attr{}, false
		}
		w := a.s[b:p]
		if w == "as" {
			return a.describedAs(b, lo)
		}
		if namingVerb(w) {
			return a.personBefore(b, p, lo)
		}
		if b > lo && !isSpaceByte(a.s[b-1]) {
			return attr{}, false // punctuation ends the phrase
		}
		p = skipSpaceBack(a.s, lo, b)
	}
	return attr{}, false
}

// namingVerb reports whether w, in lower case, names what someone called
// something: "called", "calls", "dubbed", "nicknamed".
func namingVerb(w string) bool {
	switch w {
	case "called", "calls", "calling", "call", "dubbed", "dubs", "nicknamed", "branded", "brands", "labeled", "labelled", "labels":
		return true
	}
	return false
}

// describedAs attributes to the person before the verb the words after
// "as" at p, when it closes "referred to her as", "described the plan
// as", "dismissed them as" within four words.
func (a *attributor) describedAs(p, lo int) (attr, bool) {
	q := skipSpaceBack(a.s, lo, p)
	for n := 0; n < 5; n++ {
		b := wordBack(a.s, lo, q)
		if b < 0 {
			return attr{}, false
		}
		switch a.s[b:q] {
		case "referred", "refers", "refer", "referring", "described", "describes", "describing", "dismissed", "dismisses", "dismissing", "derided", "derides", "mocked", "mocks",
			"identified", "identifies", "addressed", "addresses", "addressing", "portrayed", "portrays", "characterized", "characterised", "hailed", "hails":
			return a.personBefore(b, q, lo)
		}
		if b > lo && !isSpaceByte(a.s[b-1]) {
			return attr{}, false
		}
		q = skipSpaceBack(a.s, lo, b)
	}
	return attr{}, false
}

// personBefore finds the person (a name or a personal pronoun) who is the
// subject right before the verb s[v:ve], over an adverb or auxiliary
// ("Reyes once called", "he has repeatedly referred"), and attributes to
// that person with the verb as cue.
func (a *attributor) personBefore(v, ve, lo int) (attr, bool) {
	p := skipSpaceBack(a.s, lo, v)
	var r attr
	for n := 0; n < 3 && p > lo; n++ {
		if m, ok := a.mentionEndingAt(p); ok {
			// "his calls to end the “...”": a possessive makes a noun.
			if m.Kind == people.Pronoun && !isSubjectPronoun(m.Text) || m.Kind != people.Pronoun && (m.Kind != people.Name || m.Person < 0) {
				return attr{}, false
			}
			a.fromMention(&r, m)
			r.found = true
			break
		}
		b := wordBack(a.s, lo, p)
		if b < 0 {
			return attr{}, false
		}
		switch w := a.s[b:p]; w {
		case "he", "she", "He", "She", "they", "They", "I", "we", "We":
			r = attr{mention: w, mStart: b, mEnd: p, found: true}
		case "and", "having":
			// "Reyes has mocked Ode and called her ...": the subject
			// of the sentence.
			s, ok := a.sentenceSubject(a.sentStart(lo, b), b)
			if !ok || !s.isPerson {
				return attr{}, false
			}
			r = s
		case "has", "have", "had", "also", "once", "then", "often", "repeatedly", "jokingly", "later", "even", "still", "again":
		default:
			if !strings.HasSuffix(w, "ly") {
				return attr{}, false
			}
		}
		if r.found {
			break
		}
		p = skipSpaceBack(a.s, lo, b)
	}
	if !r.found {
		return attr{}, false
	}
	r.cue, r.cueStart, r.cueEnd = a.s[v:ve], v, ve
	return r, true
}

// introducedBy attributes a quotation that a verb of saying introduces
// right before its marks when no subject was found for it: "Bryne went
// on to say, “Q”", "The email began, “Q”", "protesters chanting “Q”". The
// sentence's subject speaks when there is one; otherwise the quotation
// keeps the cue alone: it is speech, of a source not named.
func (a *attributor) introducedBy(i int, paraA int) attr {
	sp := a.spans[i]
	p := skipSpaceBack(a.s, paraA, sp.open)
	colon := p > paraA && a.s[p-1] == ':'
	if p > paraA && (a.s[p-1] == ',' || colon) {
		p = skipSpaceBack(a.s, paraA, p-1)
	}
	b, noun, ok := a.utteranceCue(paraA, p)
	if colon && !ok {
		return a.afterColon(i, paraA, p)
	}
	if !ok {
		return attr{}
	}
	// "the read", "his saying": a noun.
	if e := skipSpaceBack(a.s, paraA, b); e < b && !noun {
		if w := wordBack(a.s, paraA, e); w >= 0 && (isDeterminer(a.s[w:e]) || possessiveWord(a.s[w:e])) {
			return attr{}
		}
	}
	// A noun ("the motto “Q”", "chants of “Q”") says the words were said,
	// not by whom: "a firm that has the motto “Q”", "Reyes was greeted
	// with chants of “Q”". A verb's subject speaks.
	from := a.sentStart(paraA, b)
	if i > 0 && a.spans[i-1].para == sp.para && a.spans[i-1].close > from && a.spans[i-1].close <= b && a.endsSentenceInMarks(i-1, sp.open) {
		from = a.spans[i-1].close // "... for “being right.” And then Trump went on, saying, “Q”"
	}
	r, ok := a.sentenceSubject(from, b)
	if !ok && !noun {
		// "And then Trump went fully on the attack, saying, “Q”".
		r = a.stanceSubject(from, b)
		ok = r.found
	}
	if noun || !ok || r.mEnd > b || a.passiveBetween(r.mEnd, b) {
		r = attr{}
	}
	if noun {
		// "Cruz has used the term “Q”": the one who used it.
		e := a.beforeNounPhrase(paraA, b)
		if v := wordBack(a.s, paraA, e); v >= 0 && useVerb(a.s[v:e]) {
			if u, ok := a.personBefore(v, e, paraA); ok {
				r = u
			}
		}
	}
	r.cue, r.cueStart, r.cueEnd, r.found = a.s[b:p], b, p, true
	return r
}

// utteranceCue returns where the word ending at p starts when it
// introduces the words after it as speech or writing: a verb ("went on to
// say", "chanting", "a sign that read") or a noun of words said ("chants
// of", "the slogan", "the term").
func (a *attributor) utteranceCue(lo, p int) (start int, noun, ok bool) {
	b := wordBack(a.s, lo, p)
	if b < 0 {
		return -1, false, false
	}
	w := a.s[b:p]
	if w == "of" {
		// "chants of “Q”", "cries of “Q”".
		e := skipSpaceBack(a.s, lo, b)
		if b2 := wordBack(a.s, lo, e); b2 >= 0 {
			switch a.s[b2:e] {
			case "chants", "chant", "shouts", "cries", "calls", "chorus", "chanting", "shouting":
				return b2, true, true
			}
		}
		return -1, false, false
	}
	if introducingVerb(w) {
		return b, false, true
	}
	// "fired back: “Nonsense!”", "called out: “Stop!”", "replied
	// curtly: “No.”": a verb of speaking with its particle or adverb.
	if w == "back" || w == "out" || len(w) > 4 && strings.HasSuffix(w, "ly") && w[0] >= 'a' && w[0] <= 'z' {
		e := skipSpaceBack(a.s, lo, b)
		if b2 := wordBack(a.s, lo, e); b2 >= 0 && e == b-1 {
			switch v := a.s[b2:e]; v {
			case "fired", "shot", "hit", "wrote", "called", "texted":
				return b2, false, true
			default:
				if introducingVerb(v) {
					return b2, false, true
				}
			}
		}
	}
	if utteranceNoun(w) {
		// "a cape bearing the words “Q”", "anything with the words
		// “Q”": an object shows the words; nobody says them here.
		e := a.beforeNounPhrase(lo, b)
		v := wordBack(a.s, lo, e)
		if v >= 0 {
			switch a.s[v:e] {
			case "bearing", "with", "wearing", "carrying", "displaying", "featuring", "reading", "emblazoned":
				return -1, false, false
			}
		}
		// "the term “Q” is misleading" mentions words; "used the term
		// “Q”" reports them said.
		if w == "term" || w == "phrase" || w == "words" {
			if v < 0 || !useVerb(a.s[v:e]) {
				return -1, false, false
			}
		}
		return b, true, true
	}
	return -1, false, false
}

// passiveBetween reports whether a passive verb ("was greeted", "were
// met") stands in s[from:to].
func (a *attributor) passiveBetween(from, to int) bool {
	if from < 0 || to-from > 200 {
		return false
	}
	a.w2 = a.scan(from, to, a.w2)
	for k := 0; k+1 < len(a.w2); k++ {
		if passiveAux(a.s[a.w2[k].start:a.w2[k].end]) && strings.HasSuffix(a.s[a.w2[k+1].start:a.w2[k+1].end], "ed") {
			return true
		}
	}
	return false
}

// introducingVerb reports whether w, in lower case, introduces the words
// that follow it as speech or writing.
func introducingVerb(w string) bool {
	switch w {
	case "say", "says", "said", "saying", "began", "begins", "wrote", "writes", "writing", "read", "reads", "reading",
		"proclaiming", "proclaimed", "chanting", "chanted", "chant", "shouted", "shouting", "shout", "yelled", "yelling",
		"cry", "cried", "crying", "screamed", "screaming", "sang", "singing", "sing",
		"replied", "tweeted", "tweeting", "declaring", "declared", "asking", "asked", "adding", "added", "continued", "quipped",
		"responded", "responds", "answered", "answers", "replies", "retorted", "snapped", "countered":
		return true
	}
	return false
}

// utteranceNoun reports whether w, in lower case, names words that were
// said: "the slogan “Q”", "the term “Q”", "the words “Q”".
func utteranceNoun(w string) bool {
	switch w {
	case "slogan", "motto", "term", "words", "phrase", "refrain", "mantra", "catchphrase", "message":
		return true
	}
	return false
}

// beforeNounPhrase returns where the words before the noun at b end,
// over a determiner and an adjective ("used a new phrase", "his use of
// the term").
func (a *attributor) beforeNounPhrase(lo, b int) int {
	e := skipSpaceBack(a.s, lo, b)
	if d := wordBack(a.s, lo, e); d >= 0 && !isDeterminer(a.s[d:e]) && !possessiveWord(a.s[d:e]) && a.s[d] >= 'a' && a.s[d] <= 'z' {
		if e2 := skipSpaceBack(a.s, lo, d); e2 < d {
			if d2 := wordBack(a.s, lo, e2); d2 >= 0 && (isDeterminer(a.s[d2:e2]) || possessiveWord(a.s[d2:e2])) {
				e = e2 // "a new phrase"
			}
		}
	}
	if d := wordBack(a.s, lo, e); d >= 0 && (isDeterminer(a.s[d:e]) || possessiveWord(a.s[d:e])) {
		e = skipSpaceBack(a.s, lo, d)
	}
	if d := wordBack(a.s, lo, e); d >= 0 && a.s[d:e] == "of" {
		e = skipSpaceBack(a.s, lo, d) // "his use of the term"
	}
	return e
}

// useVerb reports whether w, in lower case, puts words to use: "used the
// term", "coined the phrase", "uttered the words".
func useVerb(w string) bool {
	switch w {
	case "used", "uses", "use", "using", "coined", "coin", "coins", "coining", "uttered", "utters", "repeated", "repeats", "repeating",
		"invoked", "invokes", "invoking", "spoke", "speaks", "said", "says", "wrote", "writes", "chose", "adopted":
		return true
	}
	return false
}

// uttered reports whether the quotation sp follows a word that introduces
// it as words said (see utteranceCue), and whether that word is a noun:
// capitalised words there are a slogan or a chant, not a title.
func (a *attributor) uttered(sp span) (noun, ok bool) {
	p := skipSpaceBack(a.s, sp.paraA, sp.open)
	if p > sp.paraA && (a.s[p-1] == ',' || a.s[p-1] == ':') {
		p = skipSpaceBack(a.s, sp.paraA, p-1)
	}
	_, noun, ok = a.utteranceCue(sp.paraA, p)
	return noun, ok
}

// afterColon attributes a quoted sentence that a clause closed by a colon
// introduces when no speaker was found for it: "Then, later that month on
// a radio show: “Q”", "The union's reply was short: “Q”". The words are
// speech, of the sentence's subject when there is one. A title after the
// colon stays a title; a byline ("by Ann Ode: “Q”") and a headline
// ("Reyes: ‘Q’") give nothing.
func (a *attributor) afterColon(i, paraA, colon int) attr {
	sp := a.spans[i]
	if a.title[i] || sp.para == 0 && !hasWords(a.s, sp.paraA, sp.paraB, 20) {
		return attr{}
	}
	from := a.sentStart(paraA, colon)
	if strings.Contains(a.s[max(from, colon-60):colon], " by ") || strings.HasPrefix(a.s[from:colon], "By ") {
		return attr{}
	}
	r, ok := a.sentenceSubject(from, colon)
	if !ok || r.mEnd > colon {
		r = attr{}
	}
	r.cue, r.cueStart, r.cueEnd, r.found = ":", colon, colon+1, true
	return r
}

// coordinated reports whether only a conjunction and an article stand
// between quotations prev and sp: "a “fraud” and a “Liar”", "“Q1,” “Q2”".
func (a *attributor) coordinated(prev, sp span) bool {
	if prev.para != sp.para || !prev.closed || sp.open < prev.close || sp.open-prev.close > 12 {
		return false
	}
	gap := strings.TrimSpace(strings.Trim(strings.TrimSpace(a.s[prev.close:sp.open]), ",;"))
	switch gap {
	case "", "and", "or", "and a", "and an", "and the", "or a", "or an", "and then":
		return true
	}
	return false
}

// afterComma reports whether quotation sp follows a comma inside its
// sentence: "compared the mayor to a duck, “Q”".
func (a *attributor) afterComma(sp span) bool {
	k := skipSpaceBack(a.s, sp.paraA, sp.open)
	if k <= sp.paraA || a.s[k-1] != ',' || sp.start >= len(a.s) {
		return false
	}
	// A capital opens a sentence of its own ("see written on it, “Are
	// you ...?”") or a title ("his biography, “Lost Years”").
	r, _ := utf8.DecodeRuneInString(a.s[sp.start:])
	return !isUpper(r)
}

// insideTitle reports whether [start, end) lies inside the marks of a
// quotation read as a title.
func (a *attributor) insideTitle(start, end int) bool {
	j := sort.Search(len(a.spans), func(j int) bool { return a.spans[j].close > start })
	return j < len(a.spans) && a.spans[j].open < start && end <= a.spans[j].close && a.title[j]
}

// subjectStillSpeaking attributes a quote-only paragraph to the subject
// of the paragraph before it when that person is also the speaker of
// the last attributed quotation, at most three paragraphs back: "“Q1,”
// Ode said. ¶ Ode is upbeat about the vote, in part because ... ¶ “Q2”".
// Either alone is a guess (a new voice is often introduced by a sentence
// about them); together they are the same speaker going on.
func (a *attributor) subjectStillSpeaking(i int, done []Located) attr {
	sp := a.spans[i]
	e := skipSpaceBack(a.s, 0, sp.paraA)
	if e == 0 {
		return attr{}
	}
	ps := strings.LastIndexByte(a.s[:e], '\n') + 1
	// The paragraph before holds no quotation: its sentence tells of
	// the speaker rather than quoting someone else.
	if i > 0 && a.spans[i-1].close > ps {
		return attr{}
	}
	var last *Located
	for j := i - 1; j >= 0 && done[j].Para >= sp.para-3; j-- {
		if done[j].Speaker != "" && done[j].Kind != newsbot.KindIndirect {
			last = &done[j]
			break
		}
	}
	if last == nil || !last.IsPerson {
		return attr{}
	}
	from := a.sentStart(ps, skipSpaceBack(a.s, ps, e-1))
	a.subjPara, a.subjLo = ps, -1
	r, ok := a.sentenceSubject(from, e)
	if !ok || !r.isPerson || r.speaker != last.Speaker {
		return attr{}
	}
	r.found = true
	return r
}

// bracketSource attributes an excerpt that a digest credits in brackets
// closing its paragraph: "“Q.” [Reuters.]", "“Q.” [WSJ | Paywall]". The
// bracket holds one to four capitalised words, a publication's name.
func (a *attributor) bracketSource(i, paraB int) attr {
	sp := a.spans[i]
	if !sp.closed {
		return attr{}
	}
	// Double marks only: a headline in single marks may stand before the
	// excerpt in the same line.
	if m := a.s[:sp.close]; !strings.HasSuffix(m, "”") && !strings.HasSuffix(m, "\"") && !strings.HasSuffix(m, "''") {
		return attr{}
	}
	p := sp.close
	for p < paraB && a.s[p] == ' ' {
		p++
	}
	if p >= paraB || a.s[p] != '[' {
		return attr{}
	}
	c := strings.IndexByte(a.s[p:paraB], ']')
	if c < 0 || strings.TrimSpace(a.s[p+c+1:paraB]) != "" {
		return attr{}
	}
	name := a.s[p+1 : p+c]
	if k := strings.IndexByte(name, '|'); k >= 0 {
		name = name[:k] // "[WSJ | Paywall]"
	}
	name = strings.TrimSpace(strings.TrimRight(name, ". "))
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 {
		return attr{}
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !isUpper(r) {
			return attr{}
		}
	}
	start := p + 1 + strings.Index(a.s[p+1:p+c], name)
	return attr{speaker: name, mention: name, mStart: start, mEnd: start + len(name), found: true}
}

// asIfToSay reports whether "as if to" and a verb of saying introduce the
// quotation right before its marks: "as if to say, “Q”".
func (a *attributor) asIfToSay(sp span, paraA int) bool {
	p := skipSpaceBack(a.s, paraA, sp.open)
	if p > paraA && (a.s[p-1] == ',' || a.s[p-1] == ':') {
		p = skipSpaceBack(a.s, paraA, p-1)
	}
	v := wordBack(a.s, paraA, p)
	if v < 0 || cueOf(a.s[v:p])&cueVerb == 0 {
		return false
	}
	return strings.HasSuffix(strings.ToLower(a.s[max(paraA, v-12):v]), "as if to ")
}
