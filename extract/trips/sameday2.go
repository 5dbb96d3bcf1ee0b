package trips

import (
	"strings"

	newsbot "github.com/newsroom/newsbot"
)

// laterToday reports a leg on the publication day whose time of day is
// still ahead: "will land this evening", "flies out tonight", "is due to
// arrive later today". Only a plan or a present-simple announcement:
// "arrived this evening" in a late edition is over.
func laterToday(l *leg) bool {
	if l.tense == newsbot.StatusDone || l.tense == newsbot.StatusCancelled || l.WhenText == "" {
		return false
	}
	if l.tense != newsbot.StatusScheduled && !l.present {
		return false
	}
	w := strings.ToLower(l.WhenText)
	if w == "today" && strings.Contains(l.Evidence, "later today") {
		w = "later today" // the tagger leaves "later" out
	}
	for _, s := range [...]string{"tonight", "this evening", "this afternoon", "later today", "later on", "this morning", "overnight"} {
		if strings.Contains(w, s) {
			return s != "this morning" || l.tense == newsbot.StatusScheduled
		}
	}
	return false
}
