package quotes_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/quotes"
)

// wireCase is one article of testdata/wire with the speaker an editor
// expects for each quotation. The articles were written for this test in
// the styles of the wire services and papers (Reuters, AP, AFP, BBC,
// Guardian, Xinhua, Al Jazeera, Kyodo); they run through people and quotes
// as `bot extract --jsonl` does.
type wireCase struct {
	ID string `json:"id"`
	// Each batch was written after the rules for the batches before it
	// were fixed, and scored before its own fixes: batch 1 119/135,
	// batch 2 65/72, batch 3 44/51, batch 4 39/41, batch 5 31/36,
	// batch 6 22/27, batch 7 25/30, batch 8 18/23, batch 9 21/25 (one of
	// the four re-judged after: "gave his name only as Brian" gives the
	// speaker Brian, better than the description expected), batch 10
	// 58/60 (court, sport, earnings calls, Commons, briefings, obituaries),
	// batch 11 26/31 (one re-judged after: a judge named only "Mr Justice
	// Coleman" is rightly the person Coleman), batch 12 21/25 (three of
	// the four re-judged after: peers named by title alone, "Lord
	// Falconer", are rightly the persons Falconer and Grey-Thompson),
	// batch 13 17/23, batch 14 10/14, batch 15 10/12, batch 16 12/12,
	// batch 17 31/44 (names of many traditions: Spanish double surnames,
	// Vietnamese, Indian, Arabic bin/ibn, Jr and III; one re-judged
	// after: "R. Venkataraman" comes out "R Venkataraman", the same
	// name), batch 18 30/36 (statements, posts, a study's lead author,
	// women speakers side by side, nested quotes, ellipses, brackets),
	// batch 19 30/35 (written after the fixes for 17 and 18: a shooting
	// with many officials, results with a founder named Son, a vineyard
	// feature in first names, a club statement, a trial in China),
	// batch 20 32/36 (derby managers, a sentencing with three women, an
	// Indian succession, a Korean election, a UN statement read out),
	// batch 21 24/33 (written to reproduce the failures of an audit on
	// unseen copy: "he"/"she" after a new speaker, "said its chief
	// executive, NAME", "the midfielder", "the spokesman", a body read
	// as a person, relative clauses, passives, organisations cut short),
	// batch 22 10/24 (written for a second audit: "she added" after an
	// unnamed spokeswoman, a newcomer's "he", charge wording and placard
	// text, coordinated subjects, "Sheikh Hasina"; two sentences of
	// 134-gulf-summit were turned into partial quotes after the first
	// look, as indirect speech of organisations is not extracted).
	Batch  int         `json:"batch"`
	Quotes []wireQuote `json:"quotes"`
}

type wireQuote struct {
	// Q is the start of the quoted words, as written.
	Q string `json:"q"`
	// Speaker is the canonical person; "~a|b" an organisation or unnamed
	// source whose speaker, as written, holds one of the words; "" means
	// the marks must stay unattributed (titles, nicknames, headlines).
	Speaker string `json:"speaker"`
	// Gap names a known shortfall: reported, not failed.
	Gap string `json:"gap"`
}

func loadWire(t *testing.T) []wireCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "wire.json"))
	if err != nil {
		t.Fatalf("read wire cases: %v", err)
	}
	var cases []wireCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatalf("parse wire cases: %v", err)
	}
	return cases
}

// speakerRight reports whether got is the speaker w asks for. A person
// may come out shorter ("Malcolm Reid" for "Sir Malcolm Reid") but never
// as a bare surname two people could share.
func speakerRight(got string, isPerson bool, want string) bool {
	switch {
	case want == "":
		return got == ""
	case strings.HasPrefix(want, "~"):
		if got == "" || isPerson {
			return false
		}
		for _, w := range strings.Split(want[1:], "|") {
			if strings.Contains(strings.ToLower(got), strings.ToLower(w)) {
				return true
			}
		}
		return false
	case got == want:
		return true
	}
	gw, ww := strings.Fields(got), strings.Fields(want)
	if len(gw) < 2 {
		return false
	}
	for _, g := range gw {
		if !slices.Contains(ww, g) {
			return false
		}
	}
	return true
}

func TestWireSpeakers(t *testing.T) {
	var total, right, gaps int
	cases := loadWire(t)
	last := 1
	for _, c := range cases {
		last = max(last, c.Batch)
	}
	byBatch := make([][2]int, last+1) // right, total
	for _, c := range cases {
		b := max(c.Batch, 1)
		t.Run(c.ID, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("testdata", "wire", c.ID+".txt"))
			if err != nil {
				t.Fatalf("read article: %v", err)
			}
			cast := people.Find(string(text))
			got := quotes.Find(string(text), cast)
			used := make([]bool, len(got))
			for _, w := range c.Quotes {
				total++
				byBatch[b][1]++
				var g *newsbot.Quote
				for i := range got {
					if !used[i] && strings.HasPrefix(got[i].Text, w.Q) {
						used[i] = true
						g = &got[i]
						break
					}
				}
				var speaker, mention string
				isPerson := false
				if g != nil {
					speaker, mention, isPerson = g.Speaker, g.Mention, g.IsPerson
				}
				if g == nil && w.Speaker != "" {
					speaker = "(quote not found)"
				}
				if speakerRight(speaker, isPerson, w.Speaker) || (g == nil && w.Speaker == "") {
					right++
					byBatch[b][0]++
					continue
				}
				if w.Gap != "" {
					gaps++
					t.Logf("known gap (%s): %q: speaker %q (mention %q), want %q", w.Gap, w.Q, speaker, mention, w.Speaker)
					continue
				}
				t.Errorf("%q: speaker %q (mention %q), want %q", w.Q, speaker, mention, w.Speaker)
			}
		})
	}
	var per strings.Builder
	for b := 1; b <= last; b++ {
		if b > 1 {
			per.WriteString(", ")
		}
		fmt.Fprintf(&per, "batch %d %d/%d", b, byBatch[b][0], byBatch[b][1])
	}
	t.Logf("quote speakers right %d/%d (%s); known gaps %d", right, total, per.String(), gaps)
}
