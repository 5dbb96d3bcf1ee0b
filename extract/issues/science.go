package issues

import "strings"

// Science and health copy: a "trial" there is a study of a drug or a
// vaccine ("in a trial published on Wednesday", "the British arm of the
// trial"), which contests nothing. Left as a court cue, it makes the
// study's colour ("Trial", "Winter", "Infant respiratory care") the
// article's disputes and hides the thread an editor lists (the price of
// the drug).

// studyWords tell a clinical study in the sentence of its "trial".
var studyWords = map[string]bool{
	"clinical": true, "placebo": true, "randomised": true, "randomized": true, "participants": true,
	"volunteers": true, "journal": true, "efficacy": true, "vaccine": true, "vaccines": true,
	"antibody": true, "antibodies": true, "dose": true, "doses": true, "drugmaker": true,
	"researchers": true, "phase": true, "enrolled": true,
}

// scienceMarks and courtMarks decide for the whole article, when the
// sentence itself says nothing either way (lower-case substrings).
var (
	scienceMarks = []string{"clinical trial", "placebo", "journal", "researchers", "participants", "vaccine", "antibod"}
	courtMarks   = []string{"court", "judge", "jury", "jurors", "prosecut", "defendant", "verdict", "charged", "accused", "tribunal"}
)

// clinicalTrial reports whether "trial" at token k is a clinical study:
// the sentence names the study, or the article reports research and
// nowhere a court.
func (a *analyser) clinicalTrial(k int) bool {
	for i := range a.toks {
		t := &a.toks[i]
		if i == k || t.punct || t.end-t.start < 4 {
			continue
		}
		w := a.text[t.start:t.end]
		if studyWords[w] || t.capital && studyWords[strings.ToLower(w)] {
			return true
		}
	}
	return a.scienceCopy()
}

// scienceCopy reports, once per article, whether it reports research and
// names no court.
func (a *analyser) scienceCopy() bool {
	if a.science == 0 {
		a.science = -1
		lower := a.lowered()
		if containsAnyOf(lower, scienceMarks) && !containsAnyOf(lower, courtMarks) {
			a.science = 1
		}
	}
	return a.science > 0
}

func containsAnyOf(s string, subs []string) bool {
	for _, sub := range subs {
		if containsRare(s, sub) {
			return true
		}
	}
	return false
}
