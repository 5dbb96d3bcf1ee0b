package store

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/issues"
)

// prepped is what saving an article computes from its text alone: word
// forms for issue merging and where each quote's sentence lies. A batch's
// are computed in parallel before its transaction starts, so the single
// writer has less to do while it holds the write lock.
type prepped struct {
	quoteNorms []string       // padWords of each quote's text and sentence; nil when the article raises no issue
	issues     []preppedIssue // one per extracted issue
	sentences  []span         // one per quote: its sentence in the article text; len 0 when not found there
	closings   []preppedIssue // threads the article reports ended (issues.Closings), for mergeClosings
	keys       prepKeys       // name keys of the article's people and mentions
	// allIssues is the extracted issues and then the threads a settling
	// story reports still open beside the one it ends (issues.Continuing),
	// which issues follows; nil when there are none of the latter.
	allIssues []newsbot.Issue
	// dupOnly says the article repeats an earlier one's text and was not
	// analysed: saving must skip it (PrepareBatchDups).
	dupOnly bool
}

// span is a byte range of an article's text.
type span struct{ start, len int }

// sentenceSpan finds sentence in text: the occurrence holding the quote at
// [start, end) when there is one (a paragraph may repeat a sentence), else
// the first. len 0 when text does not hold it (or it is empty): the
// sentence is then stored as written.
func sentenceSpan(text, sentence string, start, end int) span {
	n := len(sentence)
	if n == 0 || n > len(text) {
		return span{}
	}
	// An occurrence holding [start, end) begins in [end-n, start].
	if 0 <= start && start <= end && end <= len(text) {
		if lo, hi := max(0, end-n), min(len(text), start+n); lo <= hi {
			if i := strings.Index(text[lo:hi], sentence); i >= 0 {
				return span{lo + i, n}
			}
		}
	}
	if i := strings.Index(text, sentence); i >= 0 {
		return span{i, n}
	}
	return span{}
}

// preppedIssue is an extracted issue ready for merging; set is nil when
// the issue has no title or no terms and is not stored.
type preppedIssue struct {
	title, evidence string
	evidenceAt      span             // evidence in the article text; len 0 when not there
	set             map[string]bool  // issueTerms of title and keywords
	incoming        *issues.Prepared // for issues.Similarity
	anchors         issues.Anchors   // for issues.Thread
	needles         []string         // padWords of the keywords, for linking quotes
	kwLower         []string         // keywordLowers of the keywords
	// quoteHits[i] says quote i of the article holds one of needles: the
	// writer then tests only the stored issue's other keywords.
	quoteHits []bool
	// quoteAll is the article's padded quotes end to end: each begins and
	// ends with a space, so a padded keyword found here is in one of them
	// (never across two, which meet at two spaces), and one not found is in
	// none and needs no test per quote. Cheaper than a set of their words,
	// which cost prep more than everything else it does.
	quoteAll string
}

// firstEvidence is the issue's first non-blank evidence sentence, as
// issues.AnchorsOf reads it.
func firstEvidence(is *newsbot.Issue) string {
	for _, e := range is.Evidence {
		if e = strings.TrimSpace(e); e != "" {
			return e
		}
	}
	return ""
}

// secondEvidence is the evidence sentence after the first, or "".
func secondEvidence(is *newsbot.Issue) string {
	n := 0
	for _, e := range is.Evidence {
		if e = strings.TrimSpace(e); e != "" {
			if n++; n == 2 {
				return e
			}
		}
	}
	return ""
}

func prepIssue(is *newsbot.Issue) preppedIssue {
	title := strings.TrimSpace(is.Title)
	set := issueTerms(title, is.Keywords)
	if title == "" || len(set) == 0 {
		return preppedIssue{}
	}
	pi := preppedIssue{title: title, set: set, incoming: issues.Prepare(newsbot.Issue{Title: title, Keywords: is.Keywords})}
	for _, e := range is.Evidence {
		if e = strings.TrimSpace(e); e != "" {
			pi.evidence = e
			break
		}
	}
	if pi.evidence == "" {
		pi.evidence = strings.TrimSpace(is.Summary)
	}
	if pi.evidence == "" {
		pi.evidence = title
	}
	pi.needles = keywordNeedles(is.Keywords)
	pi.kwLower = keywordLowers(is.Keywords)
	return pi
}

// keywordNeedles are keywords as padded words (" dredging contract "), for
// whole-word tests against padded quotes.
func keywordNeedles(keywords []string) []string {
	var out []string
	for _, k := range keywords {
		if n := padWords(k); n != " " {
			out = append(out, n)
		}
	}
	return out
}

func prep(an *newsbot.Analysed, l *keyLookup) prepped {
	p := prepText(an)
	p.keys = l.prepKeys(&an.Extraction)
	return p
}

// prepText is prep's work on the article's text.
func prepText(an *newsbot.Analysed) prepped {
	x := &an.Extraction
	var sents []span
	if len(x.Quotes) > 0 {
		sents = make([]span, len(x.Quotes))
		for i, q := range x.Quotes {
			sents[i] = sentenceSpan(an.Article.Text, q.Sentence, q.Start, q.End)
		}
	}
	cs := issues.Closings(an.Article.Text)
	closings := prepClosings(an.Article.Text, cs)
	found := x.Issues
	var withOpen []newsbot.Issue
	if cont := issues.Continuing(an.Article.Text, cs); len(cont) > 0 {
		// "The strike was called off, but calls for the chief executive
		// to resign continue": the second thread stays open, as its own.
		withOpen = append(slices.Clip(x.Issues), cont...)
		found = withOpen
	}
	if len(found) == 0 {
		return prepped{sentences: sents, closings: closings}
	}
	p := prepped{quoteNorms: make([]string, len(x.Quotes)), issues: make([]preppedIssue, len(found)), sentences: sents,
		closings: closings, allIssues: withOpen}
	for i, q := range x.Quotes {
		p.quoteNorms[i] = padWords(q.Text + " " + q.Sentence)
	}
	all := strings.Join(p.quoteNorms, "")
	// Threads of an article often share their evidence (the lead): its
	// names are read once.
	sentAnchors := map[string]issues.Anchors{}
	for i := range found {
		pi := prepIssue(&found[i])
		if pi.set != nil {
			ev := firstEvidence(&found[i])
			a, ok := sentAnchors[ev]
			if !ok {
				a = issues.SentenceAnchors(ev)
				sentAnchors[ev] = a
			}
			if ev == strings.TrimSpace(an.Article.Title) {
				// A headline names few sides ("Ferry strike suspended
				// after late-night offer"): the lead under it names them.
				if lead := secondEvidence(&found[i]); lead != "" {
					la, ok := sentAnchors[lead]
					if !ok {
						la = issues.SentenceAnchors(lead)
						sentAnchors[lead] = la
					}
					a = a.Add(la)
				}
			}
			pi.anchors = issues.AnchorsWith(found[i], a)
			pi.evidenceAt = sentenceSpan(an.Article.Text, pi.evidence, -1, -1)
			pi.quoteAll = all
			pi.quoteHits = make([]bool, len(p.quoteNorms))
			for j, norm := range p.quoteNorms {
				pi.quoteHits[j] = containsAny(norm, pi.needles)
			}
		}
		p.issues[i] = pi
	}
	return p
}

// containsAny says whether s holds one of needles.
func containsAny(s string, needles []string) bool {
	for _, n := range needles {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// prepBatch preps every article of batch on up to GOMAXPROCS goroutines.
func prepBatch(batch []newsbot.Analysed, dup []bool, nk *nameKeys) []prepped {
	out := make([]prepped, len(batch))
	var next atomic.Int64
	var wg sync.WaitGroup
	ls := nk.lookups(min(runtime.GOMAXPROCS(0), len(batch)))
	for _, l := range ls {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(batch); i = int(next.Add(1) - 1) {
				if i < len(dup) && dup[i] {
					out[i] = prepped{dupOnly: true} // skipped unread (PrepareBatchDups)
					continue
				}
				out[i] = prep(&batch[i], l)
			}
		})
	}
	wg.Wait()
	nk.done(ls)
	return out
}

// prepClosings prepares the threads text reports ended (cs, its
// issues.Closings), with their names.
func prepClosings(text string, cs []newsbot.Issue) []preppedIssue {
	if len(cs) == 0 {
		return nil
	}
	out := make([]preppedIssue, 0, len(cs))
	for i := range cs {
		if pi := prepIssue(&cs[i]); pi.set != nil {
			pi.anchors = issues.AnchorsOf(cs[i])
			pi.evidenceAt = sentenceSpan(text, pi.evidence, -1, -1)
			out = append(out, pi)
		}
	}
	return out
}
