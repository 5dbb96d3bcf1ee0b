package issues

import (
	"slices"
	"strings"
	"unicode"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// closingHead bounds the copy Closings reads: the headline and the lead
// are in the first paragraphs.
const closingHead = 1500

// Closings lists the threads the story s reports ended: a headline or lead
// that settles, calls off or ends a dispute ("The union called off
// Thursday's strike after accepting a 6% pay offer", "the two governments
// signed an agreement ending the fishing row"). Each comes as an issue
// titled by the thread, its evidence the lead sentence telling the end.
//
// Find leaves these threads out (they are no longer open); a store uses
// Closings to bring the settlement to the issue it already holds, never to
// open one.
func Closings(s string) []newsbot.Issue {
	head := s
	if len(head) > closingHead {
		// Cut at a paragraph break, so the splitter sees whole sentences.
		if i := strings.LastIndex(head[:closingHead], "\n\n"); i > 0 {
			head = head[:i]
		} else {
			head = head[:closingHead]
		}
	}
	sents := text.Sentences(head)
	if len(sents) == 0 {
		return nil
	}
	a := analyser{text: s, sents: sents, headline: isHeadline(s, sents)}
	side := sideSettlements(s)
	var fs []frame
	if a.headline {
		h := sents[0].Text
		if i := strings.IndexByte(h, ':'); i > 0 && i < len(h)/2 {
			h = h[i+1:] // "World briefs: ..."
		}
		tc := titleCase(h)
		for _, c := range splitClauses(h) {
			if !mayFrame(c, true) {
				continue
			}
			ws := splitWords(c)
			if !tc && len(ws) > 0 && ws[0].capital && a.commonWord(ws[0].low) {
				ws[0].w, ws[0].capital = ws[0].low, false // sentence case
			}
			if f, ok := readFrame(ws, true); ok {
				f.closed = f.closed || suspended(ws, f.head)
				fs = append(fs, f)
			}
		}
	}
	lead := 0
	if a.headline {
		lead = 1
	}
	for lead < len(sents) && !hasWords(sents[lead].Text, minLeadWords) {
		lead++
	}
	if lead >= len(sents) {
		return side
	}
	if l := sents[lead].Text; mayFrame(l, false) && !titleCase(l) {
		ws := splitWords(l[datelineEnd(l):]) // "PARIS, May 2 (Wire) - ": no word of the thread
		if f, ok := readFrame(ws, false); ok && f.class != "legal" && f.class != "fine" {
			f.sent, f.lead = lead, true
			f.closed = f.closed || suspended(ws, f.head)
			fs = append(fs, f)
		}
	}
	var out []newsbot.Issue
	done := map[string]bool{} // classes reported
	for i := range fs {
		f := &fs[i]
		if !f.closed || f.title == "" || done[f.class] || openClass(fs, f.class) {
			continue
		}
		done[f.class] = true
		ev := sents[lead].Text
		title, kws := f.title, a.frameKeywords(f, nil, fs)
		if m, ok := threadModifier(ev, title); ok {
			// "ended their pensions dispute": the thread is the pensions
			// dispute, which a bare "Dispute" cannot find among stored
			// issues.
			title = capitalise(m) + " " + strings.ToLower(title)
			kws = append([]string{m}, kws...)
		}
		out = append(out, newsbot.Issue{Title: title, Keywords: kws,
			Summary: clip(ev, maxSummary), Evidence: []string{ev}})
	}
	return append(out, side...)
}

// settledVerbs end a side thread later in the copy.
var settledVerbs = []string{" was settled", " has been settled", " was resolved", " has been resolved"}

// sideSettlements are the side threads the copy, anywhere in it, reports
// settled in a sentence of their own: "The dispute involving cleaners at
// its depots was settled on Tuesday, when ..." ends the "Dispute
// involving cleaners" a story opened beside its own (see
// separateDispute), whose lead tells of the main thread.
func sideSettlements(s string) []newsbot.Issue {
	var out []newsbot.Issue
	for _, v := range settledVerbs {
		for i := 0; ; {
			j := strings.Index(s[i:], v)
			if j < 0 {
				break
			}
			j += i
			i = j + len(v)
			start := max(strings.LastIndex(s[:j], ". "), strings.LastIndex(s[:j], "\n")) + 1
			subj := strings.Fields(s[start:j])
			if len(subj) < 4 || subj[0] != "The" {
				continue
			}
			k := 1
			if subj[k] == "separate" {
				k++
			}
			noun := separateNouns[subj[k]]
			if noun == "" || k+2 >= len(subj) {
				continue
			}
			prep := subj[k+1]
			if prep != "involving" && prep != "over" && prep != "with" && prep != "between" {
				continue
			}
			obj := objectPhrase(strings.Join(subj[k+2:], " "))
			if obj == "" || strings.Contains(obj, " was") {
				continue
			}
			end := strings.IndexAny(s[j:], ".\n")
			if end < 0 {
				end = len(s) - j
			}
			ev := strings.TrimSpace(s[start : j+end+1])
			out = append(out, newsbot.Issue{Title: noun + " " + prep + " " + obj, Keywords: []string{obj},
				Summary: clip(ev, maxSummary), Evidence: []string{ev}})
		}
	}
	return out
}

// openClass: a frame of fs keeps a thread of class open ("police end
// inquiry, but MPs want ethics probe" keeps the inquiry class open).
func openClass(fs []frame, class string) bool {
	for _, f := range fs {
		if !f.closed && f.class == class {
			return true
		}
	}
	return false
}

// suspendWords halt a thread for now, which ends it as news: "the strike
// was suspended after talks", "the union suspended its strike".
var suspendWords = map[string]bool{"suspend": true, "suspends": true, "suspended": true}

// suspended: a suspendWords verb stands within three words of the
// thread's head, not as a wish or a threat ("threatened to suspend",
// "could be suspended").
func suspended(ws []fword, head string) bool {
	for k := range ws {
		if ws[k].low != head {
			continue
		}
		for j := max(0, k-3); j < min(len(ws), k+9); j++ {
			if !suspendWords[ws[j].low] || j > 0 && (verbBefore[ws[j-1].low] || ws[j-1].low == "not" || ws[j-1].low == "be" || ws[j-1].low == "being") {
				continue
			}
			// Further after the head only as its passive: "the strike at
			// the refinery was suspended".
			if j <= k+3 || passiveAux[ws[j-1].low] {
				return true
			}
		}
	}
	return false
}

// Continuing lists the threads a settling story reports still open beside
// the one it ends: "The strike was called off. But calls for the chief
// executive, Sarah Kemp, to resign continue", "Students are still demanding
// refunds". Such a thread is no settlement and must not read as one: each
// comes as an open issue of its own, titled by what is still sought, its
// evidence the sentence. closings is Closings(s): a story that settles
// nothing has none (Find reads its open threads).
func Continuing(s string, closings []newsbot.Issue) []newsbot.Issue {
	if len(closings) == 0 {
		return nil
	}
	head := s
	if len(head) > closingHead {
		if i := strings.LastIndex(head[:closingHead], "\n\n"); i > 0 {
			head = head[:i]
		} else {
			head = head[:closingHead]
		}
	}
	// The story's names (the settling sentence's "Westbury College") keep
	// a thread naming nobody to its story: students demanding refunds at
	// one college are not those at another.
	var names []string
	for _, c := range closings {
		for _, e := range c.Evidence {
			for _, n := range reFullName.FindAllString(e, -1) {
				if !commonOpeners[strings.ToLower(strings.Fields(n)[0])] && !slices.Contains(names, n) {
					names = append(names, n)
				}
			}
		}
	}
	var out []newsbot.Issue
	seen := map[string]bool{}
	for _, sp := range text.Sentences(head) {
		sent := strings.TrimSpace(sp.Text)
		is, ok := continuingThread(sent)
		if !ok || seen[strings.ToLower(is.Title)] {
			continue
		}
		seen[strings.ToLower(is.Title)] = true
		if is.Evidence[0] != sent {
			// Another dispute told in its own clause (reGoesAhead): the
			// settled story's names are not its names.
			out = append(out, is)
			continue
		}
		if reFullName.MatchString(sent) && !strings.HasPrefix(is.Title, "Calls for resignation") {
			// The thread names its own people ("calls for Paul Grady to
			// resign"): the story's names would tie it to its siblings.
			out = append(out, is)
			continue
		}
		for _, n := range names {
			if !slices.ContainsFunc(is.Keywords, func(k string) bool { return strings.EqualFold(k, n) }) {
				is.Keywords = append(is.Keywords, n)
			}
		}
		out = append(out, is)
	}
	return out
}

// Cues of a thread told as still open.
var (
	// "calls for the resignation of chief executive Sarah Kemp continue",
	// "calls for Neil Barton to resign have not gone away", "the demand
	// for the resignation of chief executive Graham Pike stands".
	reResignGoesOn = lazyre.New(`(?i)\b(?:calls?|demands?|pressure|campaign)\s+(?:\S+\s+){0,10}?(?:resignation|to\s+(?:resign|quit|step\s+down|stand\s+down|go))\b(?:[^.;]*?)\b(?:continues?|continuing|remains?|stands?|persists?|grow(?:s|ing)?|(?:has|have)\s+not\s+(?:gone\s+away|stopped|eased|ended)|(?:is|are)\s+(?:still\s+)?(?:growing|mounting|unresolved))\b`)
	// "Sarah Kemp still faces calls to resign".
	reStillFaces = lazyre.New(`(?i)\bstill\s+faces?\s+(?:calls?|demands?|pressure)\s+(?:to\s+(?:resign|quit|step\s+down|stand\s+down|go)|for\s+(?:\S+\s+){0,3}resignation)\b`)
	// "Students are still demanding refunds", "passengers still want
	// compensation", "residents are still calling for a public inquiry".
	reStillSeek = lazyre.New(`(?i)\b(are|is|were|was)?\s*still\s+(demanding|demand|demands|calling\s+for|call\s+for|calls\s+for|seeking|seek|seeks|pressing\s+for|press\s+for|campaigning\s+for|fighting\s+for|want|wants|wanting)\s+((?:a|an|the|their|its|his|her)\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})`)
	// "The row over fishing quotas remains unresolved".
	reThreadOpen = lazyre.New(`(?i)\b(?:the\s+)?((?:dispute|row|stand-?off|wrangle|argument|disagreement)\s+(?:over|about|on)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+(?:remains?|is\s+still|was\s+still)\s+(?:unresolved|open|unsettled|deadlocked)\b`)
	// "..., but a 48-hour national rail strike will go ahead next week":
	// the second action of a settling sentence stays on.
	reGoesAhead = lazyre.New(`(?i)\bbut\s+(?:a|an|the|their|its)\s+((?:[\p{L}0-9'’-]+\s+){0,4}?(?:strike|strikes|walkout|walkouts|stoppage|protest|protests|boycott|blockade|march|ban))\s+(?:will\s+(?:still\s+)?go\s+ahead|(?:is|are)\s+(?:still\s+)?(?:going\s+ahead|to\s+go\s+ahead|on)|(?:still\s+)?goes\s+ahead|will\s+(?:still\s+)?proceed)\b`)
	// A capitalised name of two or more words: "Sarah Kemp", "Neil Barton".
	reFullName = lazyre.New(`\b\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+\b`)
)

// continuingThread reads one sentence for a thread told as still open.
func continuingThread(sent string) (newsbot.Issue, bool) {
	ev := []string{sent}
	if reResignGoesOn.MatchString(sent) || reStillFaces.MatchString(sent) {
		who := resignee(sent)
		title := "Calls for resignation"
		kws := []string{"resignation"}
		if who != "" {
			title = "Calls for " + who + "'s resignation"
			kws = append(kws, who)
		}
		return newsbot.Issue{Title: title, Keywords: kws, Summary: clip(sent, maxSummary), Evidence: ev}, true
	}
	if m := reStillSeek.FindStringSubmatchIndex(sent); m != nil {
		obj := stillObject(sent[m[8]:m[9]])
		if obj == "" {
			return newsbot.Issue{}, false
		}
		subj := seekers(sent[:m[0]])
		title := "Demand for " + obj
		kws := []string{obj}
		if subj != "" {
			title = subj + "' demand for " + obj
			if !strings.HasSuffix(subj, "s") {
				title = subj + "'s demand for " + obj
			}
			kws = append(kws, strings.ToLower(subj))
		}
		return newsbot.Issue{Title: title, Keywords: kws, Summary: clip(sent, maxSummary), Evidence: ev}, true
	}
	if m := reGoesAhead.FindStringSubmatchIndex(sent); m != nil {
		np := sent[m[2]:m[3]]
		// The second action is another dispute: its evidence is its own
		// clause ("a national teachers' strike will go ahead ..."), not the
		// settling one, whose names and workforce ("Ferry crews on the
		// Tagus called off their strike") would take the settled thread's
		// story with it to the other one's stored issue.
		clause := strings.TrimSpace(sent[m[0]+len("but"):])
		ev = []string{capitalise(clause)}
		// "48-hour national rail strike" is the "National rail strike":
		// how long it lasts is no part of which one it is.
		if f, rest, ok := strings.Cut(np, " "); ok && strings.ContainsAny(f, "0123456789") {
			np = rest
		}
		t := capitalise(np)
		kws := []string{strings.ToLower(np)}
		if f := strings.Fields(np); len(f) > 2 {
			kws = append(kws, strings.ToLower(strings.Join(f[len(f)-2:], " "))) // "rail strike"
		}
		return newsbot.Issue{Title: t, Keywords: kws, Summary: clip(sent, maxSummary), Evidence: ev}, true
	}
	if m := reThreadOpen.FindStringSubmatch(sent); m != nil {
		t := strings.ToUpper(m[1][:1]) + m[1][1:]
		return newsbot.Issue{Title: t, Keywords: []string{strings.ToLower(m[1])}, Summary: clip(sent, maxSummary), Evidence: ev}, true
	}
	return newsbot.Issue{}, false
}

// resignee is the person a resignation call names: the full name nearest
// after "resignation"/"resign" or before it, "" when none.
func resignee(sent string) string {
	names := reFullName.FindAllStringIndex(sent, -1)
	// at is measured against the names' offsets in sent, so low lowers
	// ASCII letters only and keeps every byte in place: a full lowering
	// shortens "İ" and lengthens "Ⱥ", which moved "resign" nearer one
	// name than it stands. The words sought are ASCII.
	low := asciiLower(sent)
	at := strings.Index(low, "resign")
	if at < 0 {
		at = strings.Index(low, "step down")
	}
	best, dist := "", len(sent)+1
	for _, n := range names {
		name := sent[n[0]:n[1]]
		if first := strings.Fields(name)[0]; commonOpeners[strings.ToLower(first)] {
			continue // "But Sarah", "The Union": a sentence's opening word
		}
		d := n[0] - at
		if d < 0 {
			d = at - n[1]
		}
		if d < dist {
			best, dist = name, d
		}
	}
	return best
}

// commonOpeners are capitalised words that open sentences, not names.
var commonOpeners = map[string]bool{"but": true, "the": true, "and": true, "however": true, "meanwhile": true, "still": true, "calls": true, "demands": true}

// stillObject trims what is still sought to its noun phrase: "refunds for
// the lectures" → "refunds", "partial refunds of their fees" → "partial
// refunds".
func stillObject(s string) string {
	var keep []string
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ",;:.'’"))
		if stopObject[lw] {
			break
		}
		keep = append(keep, lw)
		if strings.ContainsAny(w, ",;:.") {
			break
		}
	}
	return strings.Join(keep, " ")
}

// stopObject ends an object's noun phrase.
var stopObject = map[string]bool{"for": true, "of": true, "from": true, "to": true, "and": true, "or": true, "after": true, "over": true,
	"on": true, "in": true, "at": true, "by": true, "with": true, "that": true, "which": true, "who": true, "as": true, "but": true, "while": true, "": true}

// seekers is the subject of "are still demanding": the first word of the
// clause when it is a capitalised plural ("Students", "Passengers"), ""
// otherwise.
func seekers(before string) string {
	before = strings.TrimSpace(before)
	if i := strings.LastIndexAny(before, ",;"); i >= 0 {
		before = strings.TrimSpace(before[i+1:])
	}
	ws := strings.Fields(before)
	if len(ws) == 0 {
		return ""
	}
	w := strings.Trim(ws[0], "'’")
	if low := strings.ToLower(w); low == "but" || low == "and" || low == "however" {
		if len(ws) < 2 {
			return ""
		}
		w = strings.Trim(ws[1], "'’")
	}
	r := []rune(w)
	if len(r) < 4 || !unicode.IsUpper(r[0]) || !strings.HasSuffix(w, "s") || commonOpeners[strings.ToLower(w)] {
		return ""
	}
	return w
}

// threadModifier is the word the settling sentence puts before a bare
// thread noun ("their pensions dispute" → "pensions"), when title is that
// noun alone; false otherwise.
func threadModifier(ev, title string) (string, bool) {
	head := strings.ToLower(strings.TrimSpace(title))
	if head == "" || strings.Contains(head, " ") || frameNouns[head] == "" {
		return "", false
	}
	ws := strings.Fields(ev)
	for i := 1; i < len(ws); i++ {
		if strings.ToLower(strings.Trim(ws[i], ",.;:")) != head {
			continue
		}
		m := strings.Trim(ws[i-1], ",.;:")
		r := []rune(m)
		if len(r) < 3 || !unicode.IsLower(r[0]) || containsAnyRune(m, "'’") || notModifier[m] {
			return "", false
		}
		return m, true
	}
	return "", false
}

// notModifier are words before a thread noun that do not name its subject.
var notModifier = map[string]bool{"the": true, "their": true, "its": true, "his": true, "her": true, "our": true, "this": true, "that": true,
	"long-running": true, "bitter": true, "latest": true, "current": true, "ongoing": true, "planned": true, "threatened": true,
	"week-long": true, "two-day": true, "three-day": true, "one-day": true, "national": true, "local": true, "next": true, "last": true}
