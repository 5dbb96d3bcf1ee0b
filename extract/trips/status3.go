package trips

import (
	"strings"

	newsbot "github.com/newsroom/newsbot"
)

// eveningAhead reports a leg on the publication day told in a future
// clause for the later part of that day named with the weekday ("will
// arrive on Wednesday evening" in Wednesday's paper): still ahead, so
// scheduled. A bare same-day weekday in a future clause stays under way,
// as the wire guidelines have it.
func eveningAhead(l *leg) bool {
	if l.tense != newsbot.StatusScheduled || l.present {
		return false
	}
	w := strings.ToLower(l.WhenText)
	return strings.HasSuffix(w, " evening") || strings.HasSuffix(w, " night") || strings.HasSuffix(w, " afternoon")
}
