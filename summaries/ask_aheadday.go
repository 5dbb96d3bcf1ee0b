package summaries

import (
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// A weekday the tagger read as the one gone may be the one to come:
// "Thursday's ferry strike has been suspended" (a strike is called off
// before it happens) and "The Tigers play three one-day internationals,
// the first at Kensington Oval on Sunday" (a fixture told in the present
// simple). Only the annotation shown to the reader is mended, as
// pastWeekday does the other way.

// reDayPossessive: a weekday's possessive before what happens that day.
var reDayPossessive = lazyre.New(`^['’]s\s+`)

// reCalledOff: the sentence calls something off.
var reCalledOff = lazyre.New(`(?i)\b(?:suspended|postponed|called\s+off|cancell?ed|scrapped|put\s+on\s+hold|averted)\b`)

// reFixtureNow: a schedule told in the present simple, or a fixture's
// ordinal ("the first at Kensington Oval on Sunday").
var reFixtureNow = lazyre.New(`(?i)\b(?:play|plays|face|faces|host|hosts|meet|meets|take\s+on|takes\s+on|the\s+(?:first|second|third|opening|final|next)\s+(?:at|in|on|of)\b)`)

// aheadWeekday: tx is a weekday the tagger placed before publication that
// the sentence tells as still to come.
func aheadWeekday(sentence string, tx newsbot.Timex) bool {
	t := strings.TrimSpace(tx.Text)
	if !reBareWeekdayText.MatchString(t) || tx.End > len(sentence) || tx.Start > tx.End {
		return false
	}
	if reDayPossessive.MatchString(sentence[tx.End:]) {
		return reCalledOff.MatchString(sentence[tx.End:])
	}
	return reFixtureNow.MatchString(sentence[:tx.Start]) && !rePastVerb.MatchString(sentence) &&
		!strings.Contains(strings.ToLower(sentence), " last ")
}
