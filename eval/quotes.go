package eval

import (
	"context"
	"io"
	"time"

	"github.com/newsroom/newsbot/extract"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
)

// Quotes scores quotation extraction and speaker attribution on path: the
// PolNeAR JSON-lines file (quoted spans of direct and mixed attributions;
// speaker right when the predicted mention overlaps the gold source span),
// a gold JSON file, or a folder of them (required quotes; canonical speaker
// equal after normalising case and titles). Quotes match on token Jaccard,
// >= 0.8 and >= 0.5, as ../shared/README.md prescribes. Every article goes
// through extract.Article.
func Quotes(ctx context.Context, path string, w io.Writer) error {
	s, title, err := quoteScorePath(ctx, path, quoteExtract)
	if err != nil {
		return err
	}
	what := "speaker accuracy (canonical name)"
	if title[:3] == "Pol" {
		what = "speaker agreement (mention overlaps gold source)"
	}
	s.print(w, title, what)
	return nil
}

// quoteExtract runs the full extraction and locates each quotation's
// speaker mention for the PolNeAR overlap test.
func quoteExtract(id, text string, published time.Time) []quotePred {
	x := extract.Article(id, text, published)
	loc := quotes.FindLocated(text, people.Find(text))
	at := make(map[[2]int]quotes.Located, len(loc))
	for _, l := range loc {
		at[[2]int{l.Start, l.End}] = l
	}
	out := make([]quotePred, 0, len(x.Quotes))
	for _, q := range x.Quotes {
		p := quotePred{Text: q.Text, Speaker: q.Speaker, Mention: q.Mention, Cue: q.Cue, Kind: q.Kind, Start: q.Start, End: q.End, MStart: -1, MEnd: -1}
		if l, ok := at[[2]int{q.Start, q.End}]; ok && l.Mention == q.Mention {
			p.MStart, p.MEnd = l.MentionStart, l.MentionEnd
		}
		out = append(out, p)
	}
	return out
}
