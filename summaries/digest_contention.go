package summaries

import (
	"strings"

	"github.com/newsroom/newsbot/extract/text"
)

// hasContention is reContention.MatchString(s), read word by word: the
// digest ranks fifty issues by their latest development each time, and
// the expression, sixty alternatives under (?i), cost about 50 µs a
// sentence. A word is a run of \w (ASCII letters, digits, underscore), as
// \b sees it; TestHasContention and FuzzHasContention hold the two equal.
func hasContention(s string) bool {
	// Under (?i) the Kelvin sign matches k and the long s matches s: such
	// text is left to the expression.
	if strings.ContainsAny(s, "\u212a\u017f") {
		return reContention.MatchString(s)
	}
	var buf [32]byte
	for i := 0; i < len(s); {
		if !reWordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && reWordByte(s[j]) {
			j++
		}
		w := text.AppendLowerASCII(buf[:0], s[i:j])
		if contentionWord(w) || contentionPair(w, s[j:]) {
			return true
		}
		i = j
	}
	return false
}

// contentionStems are reContention's words written with \w*: any word
// they begin.
var contentionStems = [...]string{"disput", "strike", "protest", "picket", "boycott", "blockade", "clash", "deadlock", "ballot",
	"accus", "alleg", "refut", "reject", "criticis", "criticiz", "condemn", "oppos", "object", "challeng", "contest", "disagree",
	"complain", "demand", "threat", "warn", "appeal", "lawsuit", "investigat", "sanction", "penalt", "scandal", "controvers", "grievance"}

// contentionWords are its whole words.
var contentionWords = map[string]bool{"row": true, "rows": true, "walkout": true, "walkouts": true, "lockout": true, "lockouts": true,
	"standoff": true, "feud": true, "spat": true, "rift": true, "impasse": true, "stalemate": true, "deny": true, "denies": true,
	"denied": true, "case": true, "cases": true, "trial": true, "sue": true, "sues": true, "sued": true, "suing": true, "court": true,
	"charge": true, "charges": true, "charged": true, "probe": true, "inquiry": true, "ban": true, "bans": true, "banned": true,
	"fine": true, "fines": true, "fined": true, "violation": true, "violations": true, "crisis": true, "backlash": true}

// contentionWord: the word w (lower case) alone matches reContention.
func contentionWord(w []byte) bool {
	if contentionWords[string(w)] {
		return true
	}
	for _, st := range contentionStems {
		if len(w) >= len(st) && string(w[:len(st)]) == st {
			return true
		}
	}
	return false
}

// contentionPair: w (lower case) and what follows it, rest, match one of
// reContention's two-word forms: walk-out(s), stand-off, industrial action.
func contentionPair(w []byte, rest string) bool {
	switch string(w) {
	case "walk":
		return strings.HasPrefix(rest, "-") && (wholeWordFold(rest[1:], "out") || wholeWordFold(rest[1:], "outs"))
	case "stand":
		return strings.HasPrefix(rest, "-") && wholeWordFold(rest[1:], "off")
	case "industrial":
		// \s is [\t\n\f\r ] in Go.
		k := 0
		for k < len(rest) && (rest[k] == ' ' || rest[k] == '\t' || rest[k] == '\n' || rest[k] == '\f' || rest[k] == '\r') {
			k++
		}
		return k > 0 && wholeWordFold(rest[k:], "action")
	}
	return false
}

// wholeWordFold: s begins with the \w run w (lower case) in any case.
func wholeWordFold(s, w string) bool {
	if len(s) < len(w) || !strings.EqualFold(s[:len(w)], w) {
		return false
	}
	return len(s) == len(w) || !reWordByte(s[len(w)])
}
