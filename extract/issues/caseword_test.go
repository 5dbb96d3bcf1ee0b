package issues

import (
	"testing"

	"github.com/newsroom/newsbot/extract/text"
)

// caseSentences name people beside case words and without them, in the
// shapes caseAround reads (after the name, before it, possessive, in a
// relative clause, a court officer, a witness, a stance verb).
var caseSentences = []string{
	"Maria Velde's trial opened in Oslo on Monday, and her lawyers said the charges were political.",
	"Prosecutor Ingrid Solberg told the court that Tomas Berg was detained at the border.",
	"Campaigners called for the release of Anika Rao, who faces ten years in prison.",
	"Charges against Daniel Okafor were dropped after the witness withdrew her statement.",
	"Okafor, who was jailed in 2019, testified for the prosecution at the trial of his brother.",
	"Chen said detentions without trial must end, and Chen added that he would appeal.",
	"Mayor Lena Fischer opened the new library on Friday with the city's children.",
	"Ruth Adeyemi, the chief prosecutor, said the arrest of Paul Mensah was lawful.",
	"The detention of Sarah Lin has drawn protests; Lin's family says she is innocent.",
	"Ahmed Karimi and Julia Novak met the minister; neither spoke to reporters afterwards.",
}

// TestCaseAroundNeedsCaseWord holds the premise of segment's skip:
// caseAround answers true for no span of a sentence without a case word.
func TestCaseAroundNeedsCaseWord(t *testing.T) {
	found := 0
	for _, s := range append(caseSentences, story) {
		checkCaseWords(t, s, &found)
	}
	if found == 0 {
		t.Fatal("no sentence put a name in a case: the test reads nothing")
	}
}

func checkCaseWords(t *testing.T, s string, found *int) {
	t.Helper()
	a := &analyser{text: s, sc: new(scratch)}
	for _, sp := range text.Sentences(s) {
		a.toks = tokenize(sp.Text, sp.Start, a.toks[:0])
		has := hasCaseWord(a.toks)
		for first := range a.toks {
			for last := first; last < len(a.toks) && last < first+4; last++ {
				if a.caseAround(first, last) {
					*found++
					if !has {
						t.Fatalf("caseAround(%d, %d) true in %q, which holds no case word", first, last, sp.Text)
					}
				}
			}
		}
	}
}

// TestSegmentSkipsCaseless holds segment, which skips caseAround in a
// sentence without a case word, to its reference on the case sentences.
func TestSegmentSkipsCaseless(t *testing.T) {
	for _, s := range caseSentences {
		checkSegment(t, s)
	}
}

func FuzzCaseAroundNeedsCaseWord(f *testing.F) {
	for _, s := range caseSentences {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var found int
		checkCaseWords(t, s, &found)
		checkSegment(t, s)
	})
}
