package issues

import (
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
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
		return nil
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
		out = append(out, newsbot.Issue{Title: f.title, Keywords: a.frameKeywords(f, nil, fs),
			Summary: clip(ev, maxSummary), Evidence: []string{ev}})
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
