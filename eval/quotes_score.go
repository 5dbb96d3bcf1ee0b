package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// quotePred is one predicted quotation with the byte span of its speaker
// mention (-1 when none).
type quotePred struct {
	Text, Speaker, Mention string
	Cue, Kind              string
	Start, End             int
	MStart, MEnd           int
}

// speech reports whether the extractor judged the quotation to be somebody's
// words (it found a cue or a speaker); unattributed titles, names and scare
// quotes are not predictions of speech.
func (p quotePred) speech() bool {
	return (p.Speaker != "" || p.Cue != "") && p.Kind != newsbot.KindIndirect
}

// quoteRunner extracts the quotations of one article.
type quoteRunner func(id, text string, published time.Time) []quotePred

// QuoteScore holds the figures of one evaluation.
type QuoteScore struct {
	Articles                      int
	Gold, Pred                    int // gold quotes (required ones in gold files); predicted speech quotes
	GoldHit8, PredHit8            int // at Jaccard >= 0.8
	GoldHit5, PredHit5            int // at Jaccard >= 0.5
	SpeakerN, SpeakerOK           int // matched (>= 0.8) gold quotes with a gold speaker; right speaker
	NotQuotes, NotQuoteAttributed int // gold not_quotes; those we attributed to somebody
	// Indirect speech (PolNeAR only): predictions overlapping a gold
	// indirect attribution at Jaccard >= 0.5, and with the right source.
	IndirectPred, IndirectHit, IndirectSpeakerOK int
	// PolNeAR gold spans of four or more words not in title case, and
	// those matched at >= 0.8 and >= 0.5: recall without the titles,
	// names and one-to-three-word terms issue 3 leaves unattributed. A
	// second figure by the spans' shape; Gold and GoldHit8 stay the
	// published recall.
	Plain, PlainHit8, PlainHit5 int
	Errors                      []string // speaker and recall errors, for iterating
}

func quoteRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s *QuoteScore) print(w io.Writer, title, speakerWhat string) {
	fmt.Fprintf(w, "%s: %d articles, %d gold quotes, %d predicted speech quotes\n", title, s.Articles, s.Gold, s.Pred)
	fmt.Fprintf(w, "  Jaccard>=0.8  precision %.3f  recall %.3f\n", quoteRatio(s.PredHit8, s.Pred), quoteRatio(s.GoldHit8, s.Gold))
	fmt.Fprintf(w, "  Jaccard>=0.5  precision %.3f  recall %.3f\n", quoteRatio(s.PredHit5, s.Pred), quoteRatio(s.GoldHit5, s.Gold))
	fmt.Fprintf(w, "  %s %.3f (%d/%d)\n", speakerWhat, quoteRatio(s.SpeakerOK, s.SpeakerN), s.SpeakerOK, s.SpeakerN)
	if s.Plain > 0 {
		fmt.Fprintf(w, "  recall on the %d spans of 4+ words not in title case  %.3f (Jaccard>=0.5 %.3f)\n", s.Plain, quoteRatio(s.PlainHit8, s.Plain), quoteRatio(s.PlainHit5, s.Plain))
	}
	if s.NotQuotes > 0 {
		fmt.Fprintf(w, "  not-quotes left unattributed %d/%d\n", s.NotQuotes-s.NotQuoteAttributed, s.NotQuotes)
	}
	if s.IndirectPred > 0 {
		fmt.Fprintf(w, "  indirect speech (stretch): %d predicted, precision %.3f (Jaccard>=0.5), source right %.3f\n",
			s.IndirectPred, quoteRatio(s.IndirectHit, s.IndirectPred), quoteRatio(s.IndirectSpeakerOK, s.IndirectHit))
	}
}

// quoteScorePath dispatches on the kind of file: PolNeAR JSON lines, one
// gold JSON file, or a folder of gold files.
func quoteScorePath(ctx context.Context, path string, run quoteRunner) (*QuoteScore, string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, "", fmt.Errorf("quote eval: %w", err)
	}
	if !st.IsDir() && strings.HasSuffix(path, ".jsonl") {
		s, err := quotePolnear(ctx, path, run)
		return s, "PolNeAR direct+mixed quotes", err
	}
	files := []string{path}
	if st.IsDir() {
		files, err = filepath.Glob(filepath.Join(path, "*.json"))
		if err != nil {
			return nil, "", fmt.Errorf("quote eval: list %s: %w", path, err)
		}
		sort.Strings(files)
	}
	s, err := quoteGold(ctx, files, run)
	return s, "gold quotes (" + filepath.Base(path) + ")", err
}

// ---- PolNeAR ----

type polnearDoc struct {
	ID     string         `json:"id"`
	Date   string         `json:"date"`
	Text   string         `json:"text"`
	Quotes []polnearQuote `json:"quotes"`
}

type polnearQuote struct {
	Quote        string  `json:"quote"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Speaker      *string `json:"speaker"`
	SpeakerSpans [][]int `json:"speaker_spans"`
	Kind         string  `json:"kind"`
	Attribution  string  `json:"attribution_id"`
	Fragment     int     `json:"fragment"`
}

// quoteUnit is one gold quoted span: the words inside the marks of a direct
// or mixed PolNeAR attribution, with adjacent fragments of one attribution
// joined (PolNeAR cuts a quoted paragraph into sentences).
type quoteUnit struct {
	start, end int // bytes
	toks       []string
	spk        [][2]int
}

func quotePolnear(ctx context.Context, path string, run quoteRunner) (*QuoteScore, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	score := &QuoteScore{}
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		var d polnearDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("polnear %s: %w", path, err)
		}
		pub, _ := time.Parse("2006-01-02", d.Date)
		units := quoteUnits(d)
		preds := run(d.ID, d.Text, pub)
		quoteMatch(score, d.ID, d.Text, units, preds)
		quoteIndirect(score, d, preds)
		score.Articles++
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("polnear %s: %w", path, err)
	}
	return score, nil
}

// quoteByteOffsets maps code-point offsets to byte offsets.
func quoteByteOffsets(text string) []int {
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	return append(offs, len(text))
}

func quoteUnits(d polnearDoc) []quoteUnit {
	offs := quoteByteOffsets(d.Text)
	at := func(cp int) int {
		if cp < 0 {
			return 0
		}
		if cp >= len(offs) {
			return len(d.Text)
		}
		return offs[cp]
	}
	type frag struct {
		start, end int
		attr       string
		spk        [][2]int
		kind       string
	}
	var frags []frag
	for _, q := range d.Quotes {
		kind := q.Kind
		if kind != "direct" && kind != "mixed" {
			// The conversion derived kinds from “ ” and " only; some papers
			// mark quotations with two apostrophes ('' ... '').
			if !strings.Contains(q.Quote, "''") {
				continue
			}
			kind = "mixed"
		}
		fr := frag{start: at(q.Start), end: at(q.End), attr: q.Attribution, kind: kind}
		if q.Speaker != nil {
			for _, s := range q.SpeakerSpans {
				if len(s) == 2 {
					fr.spk = append(fr.spk, [2]int{at(s[0]), at(s[1])})
				}
			}
		}
		frags = append(frags, fr)
	}
	sort.Slice(frags, func(i, j int) bool { return frags[i].start < frags[j].start })
	// Join fragments of one attribution that only white space separates.
	var joined []frag
	for _, fr := range frags {
		if n := len(joined); n > 0 && joined[n-1].attr == fr.attr && fr.start >= joined[n-1].end &&
			strings.TrimSpace(d.Text[joined[n-1].end:fr.start]) == "" {
			joined[n-1].end = fr.end
			if fr.kind == "mixed" {
				joined[n-1].kind = "mixed"
			}
			continue
		}
		joined = append(joined, fr)
	}
	var units []quoteUnit
	for _, fr := range joined {
		for _, seg := range quoteMarked(d.Text, fr.start, fr.end, fr.kind == "direct") {
			toks := NormTokens(d.Text[seg[0]:seg[1]])
			if len(toks) == 0 {
				continue
			}
			units = append(units, quoteUnit{start: seg[0], end: seg[1], toks: toks, spk: fr.spk})
		}
	}
	return units
}

// quoteMarked returns the parts of text[a:b] inside double quote marks; a
// mark left open runs to b, text before a lone closing mark counts as
// quoted. A direct fragment without marks is quoted as a whole.
func quoteMarked(text string, a, b int, direct bool) [][2]int {
	var out [][2]int
	open := -1
	sawMark := false
	for i := a; i < b; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\'' && i+1 < b && text[i+1] == '\'' {
			r, size = '"', 2
		}
		switch r {
		case '“', '«', '„':
			sawMark = true
			if open < 0 {
				open = i + size
			}
		case '”', '»':
			sawMark = true
			if open >= 0 {
				out = append(out, [2]int{open, i})
				open = -1
			} else if len(out) == 0 {
				out = append(out, [2]int{a, i})
			}
		case '"':
			sawMark = true
			if open >= 0 {
				out = append(out, [2]int{open, i})
				open = -1
			} else if len(out) == 0 && i > a && strings.TrimSpace(text[a:i]) != "" && direct {
				out = append(out, [2]int{a, i})
			} else {
				open = i + size
			}
		}
		i += size
	}
	if open >= 0 {
		out = append(out, [2]int{open, b})
	}
	if !sawMark && direct {
		out = append(out, [2]int{a, b})
	}
	return out
}

// quoteMatch scores one article's predictions against its gold units.
func quoteMatch(score *QuoteScore, id, text string, units []quoteUnit, preds []quotePred) {
	score.Gold += len(units)
	best8 := make([]bool, len(units))
	best5 := make([]bool, len(units))
	for _, p := range preds {
		if !p.speech() {
			continue
		}
		score.Pred++
		toks := NormTokens(p.Text)
		bestJ, bestU := 0.0, -1
		for ui, u := range units {
			if u.end <= p.Start || u.start >= p.End {
				continue
			}
			j := Jaccard(toks, u.toks)
			if j >= 0.8 {
				best8[ui] = true
			}
			if j >= 0.5 {
				best5[ui] = true
			}
			if j > bestJ {
				bestJ, bestU = j, ui
			}
		}
		if bestJ >= 0.5 {
			score.PredHit5++
		}
		if bestJ < 0.8 {
			if len(score.Errors) < 5000 {
				score.Errors = append(score.Errors, fmt.Sprintf("%s FP %q (best J %.2f)", id, quoteClip(p.Text), bestJ))
			}
			continue
		}
		score.PredHit8++
		u := units[bestU]
		if len(u.spk) == 0 {
			continue
		}
		score.SpeakerN++
		ok := false
		for _, s := range u.spk {
			if p.MStart >= 0 && p.MStart < s[1] && s[0] < p.MEnd {
				ok = true
			}
		}
		if ok {
			score.SpeakerOK++
		} else if len(score.Errors) < 5000 {
			score.Errors = append(score.Errors, fmt.Sprintf("%s SPK got %q want %q: %q", id, p.Mention, text[u.spk[0][0]:u.spk[0][1]], quoteClip(p.Text)))
		}
	}
	for ui, u := range units {
		if !quoteTermShape(text[u.start:u.end]) {
			score.Plain++
			if best8[ui] {
				score.PlainHit8++
			}
			if best5[ui] {
				score.PlainHit5++
			}
		}
		if best8[ui] {
			score.GoldHit8++
		} else if len(score.Errors) < 5000 {
			why := "missed"
			for _, p := range preds {
				if p.End > u.start && p.Start < u.end && Jaccard(NormTokens(p.Text), u.toks) >= 0.8 {
					why = "left unattributed"
				}
			}
			score.Errors = append(score.Errors, fmt.Sprintf("%s FN %s %q", id, why, quoteClip(text[u.start:u.end])))
		}
		if best5[ui] {
			score.GoldHit5++
		}
	}
}

// quoteTermShape reports whether a quoted span has the shape of what issue
// 3 asks to leave unattributed: at most three words ("rigged economy",
// "Pocahontas"), or title case, three in four of its words other than
// short function words capitalised ("Lost Tycoon: The Many Lives of ...",
// "Little Marco"). By shape alone: a short quotation of speech ("It's
// fine," Trump said) counts here too.
func quoteTermShape(span string) bool {
	words := strings.FieldsFunc(span, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '\'' && r != '’' && r != '.' && r != '-'
	})
	n, content, caps := 0, 0, 0
	first := true
	titled := true
	for _, w := range words {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }) < 0 {
			continue
		}
		n++
		r, _ := utf8.DecodeRuneInString(w)
		up := unicode.IsUpper(r) || unicode.IsDigit(r)
		if first && !up {
			titled = false
		}
		first = false
		if quoteMinorWord[strings.ToLower(w)] {
			continue
		}
		content++
		if up {
			caps++
		}
	}
	if n <= 3 {
		return true
	}
	return titled && content > 0 && caps*4 >= content*3
}

// quoteMinorWord lists the short function words title case leaves in
// lower case.
var quoteMinorWord = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "with": true, "by": true, "from": true, "is": true, "as": true, "v.": true, "vs.": true, "de": true, "la": true,
	"but": true, "not": true, "it": true, "its": true, "my": true, "our": true, "your": true, "if": true, "be": true, "are": true,
	"than": true, "into": true,
}

func quoteClip(s string) string {
	if len(s) > 90 {
		k := 90
		for k > 0 && !utf8.RuneStart(s[k]) {
			k--
		}
		return s[:k] + "…"
	}
	return s
}

// ---- gold files ----

type quoteGoldFile struct {
	Article   string  `json:"article"`
	Published *string `json:"published"`
	Quotes    []struct {
		Text     string  `json:"text"`
		Speaker  *string `json:"speaker"`
		Required bool    `json:"required"`
	} `json:"quotes"`
	NotQuotes []struct {
		Text string `json:"text"`
	} `json:"not_quotes"`
}

func quoteGold(ctx context.Context, files []string, run quoteRunner) (*QuoteScore, error) {
	score := &QuoteScore{}
	var bbc map[string]string
	for _, file := range files {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("gold quotes: %w", err)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("gold quotes: %w", err)
		}
		var g quoteGoldFile
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("gold quotes %s: %w", file, err)
		}
		if g.Article == "" {
			continue
		}
		text, err := quoteArticleText(file, g.Article, &bbc)
		if err != nil {
			return nil, err
		}
		var pub time.Time
		if g.Published != nil {
			pub, _ = time.Parse("2006-01-02", *g.Published)
		}
		preds := run(g.Article, text, pub)
		score.Articles++
		var predToks [][]string
		for _, p := range preds {
			predToks = append(predToks, NormTokens(p.Text))
		}
		// Precision: speech predictions matching any gold quote.
		for pi, p := range preds {
			if !p.speech() {
				continue
			}
			score.Pred++
			b := 0.0
			for _, q := range g.Quotes {
				b = max(b, Jaccard(predToks[pi], NormTokens(q.Text)))
			}
			if b >= 0.8 {
				score.PredHit8++
			}
			if b >= 0.5 {
				score.PredHit5++
			}
			if b < 0.8 {
				score.Errors = append(score.Errors, fmt.Sprintf("%s FP %q (best J %.2f)", g.Article, quoteClip(p.Text), b))
			}
		}
		for _, q := range g.Quotes {
			if !q.Required {
				continue
			}
			score.Gold++
			gt := NormTokens(q.Text)
			bi, b := -1, 0.0
			for pi, p := range preds {
				if !p.speech() {
					continue
				}
				if j := Jaccard(predToks[pi], gt); j > b {
					bi, b = pi, j
				}
			}
			if b >= 0.5 {
				score.GoldHit5++
			}
			if b < 0.8 {
				score.Errors = append(score.Errors, fmt.Sprintf("%s FN %q", g.Article, quoteClip(q.Text)))
				continue
			}
			score.GoldHit8++
			if q.Speaker == nil {
				continue
			}
			score.SpeakerN++
			if quoteSameSpeaker(preds[bi].Speaker, *q.Speaker) {
				score.SpeakerOK++
			} else {
				score.Errors = append(score.Errors, fmt.Sprintf("%s SPK got %q (%q) want %q: %q", g.Article, preds[bi].Speaker, preds[bi].Mention, *q.Speaker, quoteClip(q.Text)))
			}
		}
		for _, n := range g.NotQuotes {
			score.NotQuotes++
			nt := NormTokens(n.Text)
			for pi, p := range preds {
				if p.Speaker != "" && Jaccard(predToks[pi], nt) >= 0.8 {
					score.NotQuoteAttributed++
					score.Errors = append(score.Errors, fmt.Sprintf("%s NOTQUOTE attributed %q to %q", g.Article, n.Text, p.Speaker))
					break
				}
			}
		}
	}
	return score, nil
}

// quoteSameSpeaker compares canonical speakers after normalising case,
// titles and leading articles ("the White House" = "White House").
func quoteSameSpeaker(pred, gold string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		for _, art := range []string{"the ", "a ", "an "} {
			s = strings.TrimPrefix(s, art)
		}
		return people.NameKey(s)
	}
	return pred != "" && norm(pred) == norm(gold)
}

// quoteArticleText finds the text a gold file describes: a path under the
// shared folder ("seeds/x.txt"), a page of corpus/html, or an article of
// the BBC corpus.
func quoteArticleText(goldFile, article string, bbc *map[string]string) (string, error) {
	root := goldFile
	for {
		parent := filepath.Dir(root)
		if parent == root {
			return "", fmt.Errorf("gold quotes %s: no shared folder above it", goldFile)
		}
		root = parent
		if filepath.Base(root) == "eval" {
			root = filepath.Dir(root)
			break
		}
	}
	if strings.HasSuffix(article, ".txt") {
		b, err := os.ReadFile(filepath.Join(root, article))
		if err != nil {
			return "", fmt.Errorf("gold quotes: %w", err)
		}
		return string(b), nil
	}
	if b, err := os.ReadFile(filepath.Join(root, "corpus", "html", article+".txt")); err == nil {
		return string(b), nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", fmt.Errorf("gold quotes: %w", err)
	}
	if *bbc == nil {
		m, err := quoteLoadBBC(filepath.Join(root, "corpus", "bbc", "corpus.jsonl"))
		if err != nil {
			return "", err
		}
		*bbc = m
	}
	t, ok := (*bbc)[article]
	if !ok {
		return "", fmt.Errorf("gold quotes: article %q not found under %s", article, root)
	}
	return t, nil
}

func quoteLoadBBC(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("bbc corpus: %w", err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var d struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("bbc corpus: %w", err)
		}
		m[d.ID] = d.Text
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("bbc corpus: %w", err)
	}
	return m, nil
}

// quoteIndirect scores indirect predictions against PolNeAR's indirect
// attributions (reported speech without marks).
func quoteIndirect(score *QuoteScore, d polnearDoc, preds []quotePred) {
	offs := quoteByteOffsets(d.Text)
	at := func(cp int) int { return offs[max(0, min(cp, len(offs)-1))] }
	for _, p := range preds {
		if p.Kind != newsbot.KindIndirect {
			continue
		}
		score.IndirectPred++
		toks := NormTokens(p.Text)
		for _, q := range d.Quotes {
			if q.Kind != "indirect" {
				continue
			}
			a, b := at(q.Start), at(q.End)
			if b <= p.Start || a >= p.End || Jaccard(toks, NormTokens(d.Text[a:b])) < 0.5 {
				continue
			}
			score.IndirectHit++
			for _, sp := range q.SpeakerSpans {
				if len(sp) == 2 && p.MStart >= 0 && p.MStart < at(sp[1]) && at(sp[0]) < p.MEnd {
					score.IndirectSpeakerOK++
					break
				}
			}
			break
		}
	}
}
