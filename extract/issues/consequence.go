package issues

import "strings"

// anaphorCues are a dispute told again by its definite noun: "if the
// dispute dragged on" points back to a thread already listed.
var anaphorCues = []string{
	"the dispute", "the strike", "the row", "the standoff", "the stand-off", "the conflict", "the walkout",
	"the stoppage", "the protests", "the protest", "the ban", "the blockade", "the boycott", "the shutdown",
}

// hedgeModals after a phrase make it what a dispute might hit, not what
// is disputed: "fruit shipments could rot".
var hedgeModals = []string{" could ", " might ", " may ", " would ", " will ", " risk ", " risked "}

// consequenceAside reports a later issue told in one sentence whose
// phrase (title) only stands as what an earlier dispute, named again by
// its definite noun, may do ("Exporters warned that fruit shipments could
// rot if the dispute dragged on"): a consequence of that thread, not a
// thread.
func consequenceAside(title, evidence string) bool {
	lt := strings.ToLower(title)
	le := strings.ToLower(evidence)
	i := strings.Index(le, lt)
	if i < 0 || !strings.Contains(lt, " ") && len(lt) < 4 {
		return false
	}
	rest := le[i+len(lt):]
	hedged := false
	for _, m := range hedgeModals {
		if strings.HasPrefix(rest, m) {
			hedged = true
			break
		}
	}
	if !hedged {
		return false
	}
	for _, c := range anaphorCues {
		if j := strings.Index(rest, c); j >= 0 && (j+len(c) == len(rest) || !isLetter(rest[j+len(c)])) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// sceneBefore reports a lead sentence si that follows a short scene: the
// sentences before it contend nothing and date nothing ("Dust rises
// behind the tractors."), so the lead paragraph is a feature's colour,
// dated or not ("Orchards ... have turned brown").
func (a *analyser) sceneBefore(si int) bool {
	if si == 0 {
		return false
	}
	for _, sg := range a.segs {
		if sg.sent >= si {
			break
		}
		if sg.score > 0 {
			return false
		}
	}
	for j := range si {
		if newsLead(a.text[a.sents[j].Start:a.sents[j].End]) {
			return false
		}
	}
	return true
}
