package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/newsroom/newsbot/extract/people"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

func quoteSharedOrSkip(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found (../shared is absent): skipping", p)
	}
	return p
}

func TestQuotesSeed(t *testing.T) {
	p := quoteSharedOrSkip(t, filepath.Join("eval", "seed-gold.json"))
	s, _, err := quoteScorePath(context.Background(), p, quoteExtract)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	s.print(&out, "seed", "speaker accuracy")
	t.Log("\n" + out.String())
	if s.GoldHit8 != s.Gold || s.SpeakerOK != s.SpeakerN || s.SpeakerN != s.Gold {
		t.Errorf("seed: %d/%d required quotes found, %d/%d speakers right\n%s", s.GoldHit8, s.Gold, s.SpeakerOK, s.SpeakerN, strings.Join(s.Errors, "\n"))
	}
	if s.NotQuoteAttributed > 0 {
		t.Errorf("seed: %d not-quotes attributed", s.NotQuoteAttributed)
	}
}

func TestQuotesGold(t *testing.T) {
	p := quoteSharedOrSkip(t, filepath.Join("eval", "gold"))
	s, _, err := quoteScorePath(context.Background(), p, quoteExtract)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	s.print(&out, "gold", "speaker accuracy")
	t.Log("\n" + out.String())
	if testing.Verbose() {
		t.Log("\n" + strings.Join(s.Errors, "\n"))
	}
	// Floors well under the figures reached, so that a regression fails.
	if r := quoteRatio(s.SpeakerOK, s.SpeakerN); r < 0.8 {
		t.Errorf("gold speaker accuracy %.3f < 0.8", r)
	}
}

func TestQuotesPolNeAR(t *testing.T) {
	if testing.Short() {
		t.Skip("PolNeAR run skipped in -short mode")
	}
	p := quoteSharedOrSkip(t, filepath.Join("eval", "polnear", "dev.jsonl"))
	var out strings.Builder
	if err := Quotes(context.Background(), p, &out); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}

func TestQuoteUnits(t *testing.T) {
	text := `He said "one two three" and then “four five.” Later: ''six seven''`
	tests := []struct {
		a, b   int
		direct bool
		want   []string
	}{
		{0, len(text), false, []string{"one two three", "four five.", "six seven"}},
		{strings.Index(text, "one"), strings.Index(text, `" and`) + 1, true, []string{"one two three"}},
	}
	for _, tt := range tests {
		var got []string
		for _, seg := range quoteMarked(text, tt.a, tt.b, tt.direct) {
			got = append(got, text[seg[0]:seg[1]])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("quoteMarked(%d,%d) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestJaccard(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"It doesn’t matter,", "it doesn't matter", 1},
		{"a b c d", "a b c e", 0.6},
		{"", "", 1},
	}
	for _, tt := range tests {
		if got := Jaccard(NormTokens(tt.a), NormTokens(tt.b)); got != tt.want {
			t.Errorf("Jaccard(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestQuotesPolNeARDiag buckets the PolNeAR misses and false positives and
// writes each with its paragraph to the file named by QUOTES_DIAG, for
// working on the rules. Only runs when QUOTES_DIAG is set.
func TestQuotesPolNeARDiag(t *testing.T) {
	out := os.Getenv("QUOTES_DIAG")
	if out == "" {
		t.Skip("set QUOTES_DIAG=file to bucket PolNeAR misses and false positives")
	}
	p := quoteSharedOrSkip(t, filepath.Join("eval", "polnear", "dev.jsonl"))
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	type gq struct {
		Start, End       int
		Kind, Cue        string
		Speaker          *string
		CueSpans         [][]int `json:"cue_spans"`
		Attribution      string  `json:"attribution_id"`
		SpeakerSpansJSON [][]int `json:"speaker_spans"`
	}
	buckets := map[string]int{}
	var lines []string
	// QUOTES_UNITS=file also writes every gold unit, hit or missed, as a
	// JSON line with its paragraph, gold cue and source and the best
	// Jaccard of a speech prediction: the input for classifying the gold
	// spans (titles, scare quotes, speech) over hits and misses alike.
	var unitsOut []byte
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" {
			continue
		}
		var d polnearDoc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		var raw struct {
			Quotes []gq `json:"quotes"`
		}
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			t.Fatal(err)
		}
		offs := quoteByteOffsets(d.Text)
		at := func(cp int) int { return offs[max(0, min(cp, len(offs)-1))] }
		units := quoteUnits(d)
		pub, _ := time.Parse("2006-01-02", d.Date)
		preds := quoteExtract(d.ID, d.Text, pub)
		cast := people.Find(d.Text)
		para := func(a, b int) string {
			ps := strings.LastIndexByte(d.Text[:a], '\n') + 1
			pe := strings.IndexByte(d.Text[b:], '\n')
			if pe < 0 {
				pe = len(d.Text)
			} else {
				pe += b
			}
			s := d.Text[ps:a] + "[[" + d.Text[a:b] + "]]" + d.Text[b:pe]
			if len(s) > 700 {
				s = s[:700] + "…"
			}
			return s
		}
		// The gold cue and source of the attribution holding a unit.
		gold := func(u quoteUnit) (cue, src string) {
			for _, q := range raw.Quotes {
				if at(q.Start) <= u.start && u.end <= at(q.End) {
					for _, c := range q.CueSpans {
						if len(c) == 2 {
							cue += d.Text[at(c[0]):at(c[1])] + " "
						}
					}
					if q.Speaker != nil {
						src = *q.Speaker
					}
					return strings.TrimSpace(cue), src
				}
			}
			return "", ""
		}
		for _, u := range units {
			hit := false
			why := "nospan"
			var near quotePred
			bestJ := 0.0
			for _, pr := range preds {
				if pr.End <= u.start || pr.Start >= u.end {
					continue
				}
				j := Jaccard(NormTokens(pr.Text), u.toks)
				if pr.speech() {
					bestJ = max(bestJ, j)
				}
				if j >= 0.8 && pr.speech() {
					hit = true
				} else if j >= 0.8 {
					why, near = "unattributed", pr
				} else if why == "nospan" {
					why, near = "boundary", pr
				}
			}
			if os.Getenv("QUOTES_UNITS") != "" {
				cue, src := gold(u)
				ps := strings.LastIndexByte(d.Text[:u.start], '\n') + 1
				pe := strings.IndexByte(d.Text[u.end:], '\n')
				if pe < 0 {
					pe = len(d.Text) - u.end
				}
				b, err := json.Marshal(map[string]any{
					"id": d.ID, "start": u.start, "span": d.Text[u.start:u.end],
					"before": d.Text[ps:u.start], "after": d.Text[u.end : u.end+pe],
					"cue": cue, "src": src, "hit": hit, "best_j": bestJ, "why": why,
				})
				if err != nil {
					t.Fatal(err)
				}
				unitsOut = append(append(unitsOut, b...), '\n')
			}
			if hit {
				continue
			}
			n := len(u.toks)
			size := "long"
			if n <= 4 {
				size = "short"
			}
			cue, src := gold(u)
			ps := strings.LastIndexByte(d.Text[:u.start], '\n') + 1
			pe := strings.IndexByte(d.Text[u.end:], '\n')
			if pe < 0 {
				pe = len(d.Text) - u.end
			}
			pe += u.end
			var others []string
			for _, pr := range preds {
				if pr.Start >= ps && pr.End <= pe && pr.speech() && (pr.End <= u.start || pr.Start >= u.end) {
					others = append(others, fmt.Sprintf("%q<-%q/%q", quoteClip(pr.Text), pr.Mention, pr.Cue))
				}
			}
			b := why + "/" + size
			if why == "boundary" {
				b = why
			}
			if src == "" {
				b += "/nosource"
			} else if !castCovers(cast, u.spk) {
				b += "/source-not-in-cast"
			}
			buckets[b]++
			lines = append(lines, fmt.Sprintf("FN %s %s\n  cue=%q src=%q near=%q kind=%s others=%s\n  %s", b, d.ID, cue, src, quoteClip(near.Text), near.Kind, strings.Join(others, " "), para(u.start, u.end)))
		}
		for _, pr := range preds {
			if !pr.speech() {
				if pr.Kind == "indirect" {
					continue
				}
				best := 0.0
				for _, u := range units {
					if u.end > pr.Start && u.start < pr.End {
						best = max(best, Jaccard(NormTokens(pr.Text), u.toks))
					}
				}
				size := "long"
				if len(NormTokens(pr.Text)) <= 4 {
					size = "short"
				}
				if best < 0.8 {
					buckets["TN/"+size]++
					lines = append(lines, fmt.Sprintf("TN/%s %s\n  %s", size, d.ID, para(pr.Start, pr.End)))
				}
				continue
			}
			toks := NormTokens(pr.Text)
			best := 0.0
			spkOK := false
			var bu quoteUnit
			for _, u := range units {
				if u.end <= pr.Start || u.start >= pr.End {
					continue
				}
				if j := Jaccard(toks, u.toks); j > best {
					best, bu = j, u
				}
			}
			if best >= 0.8 {
				if len(bu.spk) == 0 {
					continue
				}
				for _, s := range bu.spk {
					if pr.MStart >= 0 && pr.MStart < s[1] && s[0] < pr.MEnd {
						spkOK = true
					}
				}
				if !spkOK {
					b := "SPK"
					if pr.MStart < 0 {
						b = "SPK/nomention"
					}
					buckets[b]++
					cue, src := gold(bu)
					lines = append(lines, fmt.Sprintf("%s %s got %q cue %q want %q cue %q\n  %s", b, d.ID, pr.Mention, pr.Cue, src, cue, para(pr.Start, pr.End)))
				}
				continue
			}
			b := "FP/" + pr.Kind
			if best > 0 {
				b += "/boundary"
			}
			buckets[b]++
			lines = append(lines, fmt.Sprintf("%s %s J=%.2f spk=%q cue=%q\n  %s", b, d.ID, best, pr.Mention, pr.Cue, para(pr.Start, pr.End)))
		}
	}
	keys := make([]string, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sum strings.Builder
	if err := Quotes(context.Background(), p, &sum); err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		fmt.Fprintf(&sum, "%-32s %d\n", k, buckets[k])
	}
	t.Log("\n" + sum.String())
	if err := os.WriteFile(out, []byte(sum.String()+"\n"+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("QUOTES_UNITS"); p != "" {
		if err := os.WriteFile(p, unitsOut, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// castCovers reports whether a mention of the cast overlaps one of the
// gold source spans: a miss whose source the people package never found
// is not the attribution's fault.
func castCovers(cast *people.Cast, spans [][2]int) bool {
	for _, m := range cast.Mentions {
		for _, sp := range spans {
			if m.Start < sp[1] && sp[0] < m.End {
				return true
			}
		}
	}
	return false
}

func TestQuoteTermShape(t *testing.T) {
	tests := []struct {
		span string
		want bool
	}{
		{"rigged economy,", true},
		{"Pocahontas", true},
		{"It’s fine,", true},
		{"The Long Count of the River Towns,", true},
		{"Harbour Lights: A Life on the Docks", true},
		{"we will rebuild the pier by spring,", false},
		{"The council has no money for the pier.", false},
		{"Fair pay for dock workers now!", false},
	}
	for _, tt := range tests {
		if got := quoteTermShape(tt.span); got != tt.want {
			t.Errorf("quoteTermShape(%q) = %v, want %v", tt.span, got, tt.want)
		}
	}
}
