package quotes

import (
	"sort"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// indirectVerbs report speech in a following clause: "Starmer said he would
// raise the case". Only these, right after a person, make an indirect
// quotation: precision matters more than recall here.
var indirectVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "added": true, "warned": true, "insisted": true,
	"argued": true, "claimed": true, "stated": true, "announced": true, "confirmed": true, "explained": true,
	"noted": true, "acknowledged": true, "admitted": true, "predicted": true, "promised": true, "pledged": true,
	"vowed": true, "suggested": true, "maintained": true, "reiterated": true, "conceded": true,
	"testified": true, "testifies": true,
}

// indirect finds reported speech without marks ("Starmer said he would
// raise the case") in sentences that hold no quotation, and merges it into
// out in text order. It starts from the person mentions of the cast rather
// than from every word, which keeps it cheap.
func (a *attributor) indirect(out []Located) []Located {
	found := a.found[:0]
	defer func() { a.found = found }()
	doneTo := -1 // end of the last sentence looked at
	// The last line break before the mention, found by a forward sweep
	// (mentions come in text order): LastIndexByte has no vector form.
	lastNL, nextNL := -1, strings.IndexByte(a.s, '\n')
	for _, m := range a.cast.Mentions {
		if m.Start < doneTo {
			continue
		}
		unnamed := false
		if m.Person < 0 {
			// A spokesman or spokeswoman: the cheap test of the last
			// letters first, as most unnamed sources are plural.
			if m.Kind != people.Unnamed || !strings.HasSuffix(m.Text, "man") || unnamedGender(m.Text) == 0 {
				continue
			}
			unnamed = true
		} else if m.Kind == people.Pronoun && !isSubjectPronoun(m.Text) {
			continue
		}
		mEnd, src := m.End, ""
		if unnamed {
			// "A spokeswoman for the regulator said ...": the source as
			// written, its body included.
			src = a.sourceAsWritten(m)
			mEnd = m.Start + len(src)
		}
		verb, ok := a.verbAfter(mEnd)
		if !ok {
			// "Ann Ode, giving evidence to the inquiry, said ...".
			if p := participleAside(a.s, mEnd); p > 0 {
				verb, ok = a.verbAfter(p)
			} else if mEnd+2 < len(a.s) && a.s[mEnd] == ',' && m.Start >= 2 && a.s[m.Start-2] == ',' && m.Kind == people.Name && a.apposName(m) {
				// "Her deputy, Alan Briggs, said ...".
				verb, ok = a.verbAfter(mEnd + 1)
			} else if unnamed {
				// "A spokesman for Severn Water, one of the largest
				// suppliers, said ...".
				if p := appositiveEnd(a.s, mEnd); p > 0 {
					verb, ok = a.verbAfter(p)
				}
			}
			if !ok {
				continue
			}
		}
		for nextNL >= 0 && nextNL < m.Start {
			lastNL = nextNL
			if k := strings.IndexByte(a.s[nextNL+1:], '\n'); k >= 0 {
				nextNL += k + 1
			} else {
				nextNL = -1
			}
		}
		// As strings.LastIndexByte(a.s[base:m.Start], '\n') + base + 1.
		base := max(0, m.Start-2000)
		paraA := base
		if lastNL >= base {
			paraA = lastNL + 1
		}
		paraB := strings.IndexByte(a.s[verb.end:min(len(a.s), verb.end+2000)], '\n')
		if paraB < 0 {
			paraB = min(len(a.s), verb.end+2000)
		} else {
			paraB += verb.end
		}
		// Short scans here: a text with no quotation needs no index of its
		// sentence stops.
		st := sentenceStart(a.s, paraA, m.Start)
		en := sentenceEnd(a.s, verb.end, paraB)
		doneTo = en
		if a.hasSpan(st, en) || strings.HasSuffix(strings.TrimSpace(a.s[st:en]), "?") {
			continue
		}
		if q, ok := a.indirectClause(m, verb, st, en); ok {
			if unnamed {
				q.Speaker = src
			}
			found = append(found, q)
		}
	}
	if len(found) == 0 {
		return out
	}
	for k := range found {
		a.lastQuotedReport(&found[k], out)
	}
	return mergeByStart(out, found)
}

// mergeByStart returns the stable sort by Start of out followed by found.
// Both usually come sorted already, and then they are merged in place,
// from the back.
func mergeByStart(out, found []Located) []Located {
	sorted := func(xs []Located) bool {
		for i := 1; i < len(xs); i++ {
			if xs[i].Start < xs[i-1].Start {
				return false
			}
		}
		return true
	}
	n := len(out)
	out = append(out, found...)
	if !sorted(out[:n]) || !sorted(found) {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
		return out
	}
	i, j := n-1, len(found)-1
	for k := len(out) - 1; j >= 0; k-- {
		// On a tie the quotation stays first, as the stable sort of out
		// followed by found keeps it.
		if i >= 0 && out[i].Start > found[j].Start {
			out[k] = out[i]
			i--
		} else {
			out[k] = found[j]
			j--
		}
	}
	return out
}

// verbAfter returns the reporting verb right after a mention, past a few
// auxiliaries and adverbs ("Starmer has also said").
func (a *attributor) verbAfter(p int) (wtok, bool) {
	// Most mentions are followed by no verb: a cheap look at the next byte
	// and word spares the scan.
	q := p
	for q < len(a.s) && a.s[q] == ' ' {
		q++
	}
	if q == p || q >= len(a.s) || a.s[q] < 'a' || a.s[q] > 'z' {
		return wtok{}, false
	}
	// Up to four words, read one at a time: the first usually settles it.
	to := min(len(a.s), p+60)
	prevEnd := p
	for k := 0; k < 4; k++ {
		a.w2 = a.scanWords(prevEnd, to, a.w2, 1)
		if len(a.w2) == 0 {
			break
		}
		w := a.w2[0]
		if !onlySpaces(a.s, prevEnd, w.start) {
			break
		}
		prevEnd = w.end
		lw := a.s[w.start:w.end]
		if !w.cap && w.cue&cueVerb != 0 && indirectVerbs[lw] {
			return w, true
		}
		c := w.cue
		if len(lw) < 3 {
			c = cueOf(lw) // scan classes words of 3 bytes or more
		}
		if c&cueSkip == 0 && !(strings.HasSuffix(lw, "ly") && len(lw) > 4) {
			break
		}
	}
	return wtok{}, false
}

// apposName reports whether the name m stands in apposition to a
// description of the same person right before it: "her deputy, Alan
// Briggs".
func (a *attributor) apposName(m people.Mention) bool {
	ms := a.cast.Mentions
	k := firstStartAtOrAfter(ms, m.Start) - 1
	return k >= 0 && m.Start >= 2 && ms[k].End == m.Start-2 && a.s[m.Start-2:m.Start] == ", " && ms[k].Kind == people.Description && ms[k].Person == m.Person
}

// participleAside returns the end of a participle aside right after a
// mention (", giving evidence to the inquiry,"), or -1: the reporting verb
// after it still belongs to the person before it.
func participleAside(s string, p int) int {
	if p+2 >= len(s) || s[p] != ',' || s[p+1] != ' ' {
		return -1
	}
	q := p + 2
	e := q
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	if e-q < 5 || !strings.HasSuffix(s[q:e], "ing") || e >= len(s) || s[e] != ' ' {
		return -1
	}
	// The aside closes with a comma within a short stretch of one line,
	// holding no quotation mark.
	to := min(len(s), e+80)
	c := strings.IndexByte(s[e:to], ',')
	if c < 0 || strings.ContainsAny(s[e:e+c], "\n\"“”;:") {
		return -1
	}
	return e + c + 1
}

// hasSpan reports whether a quotation overlaps [start, end).
func (a *attributor) hasSpan(start, end int) bool {
	k := sort.Search(len(a.spans), func(k int) bool { return a.spans[k].close > start })
	return k < len(a.spans) && a.spans[k].open < end
}

// indirectClause takes the reported clause after the verb: after "that", or
// right after the verb when it opens with words rather than a time or
// place ("said on Monday" needs a "that").
func (a *attributor) indirectClause(m people.Mention, verb wtok, st, en int) (Located, bool) {
	// Past a verb that takes a hearer the clause may start a dozen words
	// on (tellClause); otherwise the rules below read the first seven
	// words at most ("that" among the first six, the word after it), so
	// that no more are scanned.
	maxWords := 7
	if verb.cue&cueTell != 0 {
		maxWords = 120
	}
	a.w1 = a.scanWords(verb.end, min(en, verb.end+120), a.w1, maxWords)
	ws := a.w1
	if len(ws) == 0 {
		return Located{}, false
	}
	c := 0
	switch {
	case verb.cue&cueTell != 0 || isAdverbialStart(a.s[ws[0].start:ws[0].end]):
		// "told reporters that ...", "said on Monday that ...".
		c = -1
		for j := 0; j < len(ws) && j <= 5; j++ {
			if a.lowerIs(ws[j], "that") {
				c = j + 1
				break
			}
		}
		if c < 0 && verb.cue&cueTell != 0 {
			c = a.tellClause(ws)
		}
		if c < 0 {
			return Located{}, false
		}
	case a.lowerIs(ws[0], "that"):
		c = 1
	}
	if c >= len(ws) || !hasWords(a.s, ws[c].start, en, 4) {
		return Located{}, false
	}
	start, end := ws[c].start, en
	for end > start && strings.ContainsRune(".!;", rune(a.s[end-1])) {
		end--
	}
	var r attr
	a.fromMention(&r, m)
	if k := firstStartAtOrAfter(a.cast.Mentions, m.Start) - 1; k >= 0 {
		// "A spokeswoman for Thames Water said": the spokeswoman speaks.
		if u := a.cast.Mentions[k]; u.Kind == people.Unnamed && sourceLink(a.s[u.End:m.Start]) {
			r = attr{}
			a.fromMention(&r, u)
			m = u
		}
	}
	if r.speaker == "" {
		return Located{}, false
	}
	a.jointSubject(&r)
	return Located{
		Quote: newsbot.Quote{
			Text: a.s[start:end], Speaker: r.speaker, Mention: r.mention, Cue: a.s[verb.start:verb.end],
			Kind: newsbot.KindIndirect, Start: start, End: end, Sentence: strings.TrimSpace(a.s[st:en]), IsPerson: r.isPerson,
		},
		MentionStart: r.mStart, MentionEnd: m.End, CueStart: verb.start, CueEnd: verb.end, Para: -1,
	}, true
}

// isAdverbialStart reports whether a clause opens with a phrase of time,
// place or manner rather than reported words ("said on Monday").
func isAdverbialStart(w string) bool {
	switch strings.ToLower(w) {
	case "on", "in", "at", "during", "after", "before", "last", "this", "earlier", "later", "yesterday", "today",
		"to", "of", "about", "with", "for", "by", "from", "as", "so", "so-called", "nothing", "goodbye", "yes", "no":
		return true
	}
	return false
}

// lastQuotedReport is lastQuoted for reported speech: "Ms Hart said ...
// ¶ Jo Ede said staff were “exhausted”. ¶ She said morale was low"
// reports Jo Ede, quoted just before, one paragraph break at most away.
func (a *attributor) lastQuotedReport(q *Located, out []Located) {
	if !q.IsPerson || q.MentionStart < 0 || q.MentionEnd-q.MentionStart > 3 || !isSubjectPronoun(a.s[q.MentionStart:q.MentionEnd]) {
		return
	}
	j := sort.Search(len(out), func(k int) bool { return out[k].End > q.MentionStart }) - 1
	for j >= 0 && out[j].Speaker == "" && out[j].Cue == "" {
		j--
	}
	if j < 0 {
		return
	}
	prev := out[j]
	if !prev.IsPerson || prev.Speaker == q.Speaker || prev.MentionStart < 0 || prev.End >= q.MentionStart ||
		strings.HasSuffix(prev.Text, "?") || strings.HasPrefix(prev.Cue, "ask") {
		return
	}
	// One paragraph break at most between them.
	gap := a.s[prev.End:q.MentionStart]
	if n := strings.IndexByte(gap, '\n'); n >= 0 && strings.IndexByte(strings.TrimLeft(gap[n:], "\n\r \t"), '\n') >= 0 {
		return
	}
	pm, ok := a.prevSpeakerFor(q.MentionStart, q.MentionEnd, prev.MentionStart)
	if !ok {
		return
	}
	ms := a.cast.Mentions
	for k := firstStartAtOrAfter(ms, max(prev.End, prev.MentionEnd)); k < len(ms) && ms[k].Start < q.MentionStart; k++ {
		if m := ms[k]; m.Person != pm.Person && m.Kind != people.Organisation && !a.hasSpan(m.Start, m.End) {
			return
		}
	}
	q.Speaker = a.cast.Name(pm)
}
