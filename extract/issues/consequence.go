package issues

import "strings"

// anaphorNouns are a dispute told again by its definite noun: "if the
// dispute dragged on" points back to a thread already listed.
var anaphorNouns = map[string]bool{
	"dispute": true, "strike": true, "row": true, "standoff": true, "stand-off": true, "conflict": true,
	"walkout": true, "stoppage": true, "protests": true, "protest": true, "ban": true, "blockade": true,
	"boycott": true, "shutdown": true,
}

// anaphorAfter reports whether s holds "the" and a noun of anaphorNouns
// ("if the dispute dragged on"): one pass over the "the"s of s.
func anaphorAfter(s string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], "the ")
		if j < 0 {
			return false
		}
		i += j + len("the ")
		if i-len("the ") > 0 && isLetter(s[i-len("the ")-1]) {
			continue // "bathe ", "clothe "
		}
		end := i
		for end < len(s) && (isLetter(s[end]) || s[end] == '-') {
			end++
		}
		if anaphorNouns[s[i:end]] {
			return true
		}
	}
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
	if !anaphorAfter(evidence) {
		return false // no dispute named again: the common case, without a copy
	}
	lt := strings.ToLower(title)
	i := strings.Index(evidence, lt) // mid-sentence, as the copy writes it
	if i < 0 {
		i = strings.Index(evidence, title) // opening the sentence
	}
	if i < 0 || !strings.Contains(lt, " ") && len(lt) < 4 {
		return false
	}
	rest := evidence[i+len(lt):]
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
	return anaphorAfter(rest)
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
