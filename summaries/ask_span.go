package summaries

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsroom/newsbot/internal/lazyre"
)

// A question may close with a span rather than a day: "when is X in Seoul
// in 2099?", "where was X in March?", "who is X meeting next month?". The
// span must constrain the answer: a leg outside it is no answer, and when
// none is inside the reply says so rather than answering another date.

// spanRe is the span words a question may end with. A month or a year
// needs its preposition ("in March", "during 2025"): a bare "may" or
// "march" is a word, a bare year may be part of a name.
const spanRe = `(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:this|next|last|coming|past|previous)\s+(?:week|month|year)|` +
	`(?:in|during|for|over)\s+(?:(?:early|mid|late)[\s-]+)?(?:` + monthRe + `(?:,?\s+\d{4})?|\d{4})`

var (
	reSpanTail = lazyre.New(`(?i)\s+(` + spanRe + `)$`)
	reSpanOnly = lazyre.New(`(?i)^(?:` + spanRe + `)$`)
	reSpanYear = lazyre.New(`^\d{4}$`)
	reMonthYr  = lazyre.New(`(?i)^(` + monthRe + `)(?:,?\s+(\d{4}))?$`)
)

// splitSpanTail splits "Seoul in 2099" into "Seoul" and "in 2099"; s
// without a closing span comes back whole.
func splitSpanTail(s string) (rest, span string) {
	s = strings.TrimSpace(s)
	if m := reSpanTail.FindStringSubmatchIndex(s); m != nil {
		return strings.TrimSpace(s[:m[0]]), normSpan(s[m[2]:m[3]])
	}
	return s, ""
}

// isSpan: the whole of s is span words ("in 2099", "next month").
func isSpan(s string) bool { return reSpanOnly.MatchString(strings.TrimSpace(s)) }

// normSpan lower-cases span words and squeezes their spaces.
func normSpan(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// ResolveSpan turns span words into a civil period [from, to) and the
// words a reply names it by ("in 2099", "in March 2026", "in the week of
// Monday 9 March 2026"). A month without a year is the last one for a past
// question, the next for a future one, and the nearest otherwise.
func ResolveSpan(text string, tense Tense, today time.Time) (from, to time.Time, label string, ok bool) {
	t := normSpan(text)
	for _, p := range []string{"in ", "during ", "for ", "over "} {
		t = strings.TrimPrefix(t, p)
	}
	t = strings.TrimPrefix(t, "the ")
	for _, p := range []string{"early ", "mid ", "mid-", "late ", "early-", "late-"} {
		t = strings.TrimPrefix(t, p)
	}
	mod, unit, found := strings.Cut(t, " ")
	if found {
		shift := 0
		switch mod {
		case "this":
		case "next", "coming":
			shift = 1
		case "last", "past", "previous":
			shift = -1
		default:
			found = false
		}
		if found {
			switch unit {
			case "week":
				monday := addDays(today, -((int(today.Weekday())+6)%7)+7*shift)
				return monday, addDays(monday, 7), "in the week of " + longDate(monday), true
			case "month":
				first := time.Date(today.Year(), today.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, shift, 0)
				return first, first.AddDate(0, 1, 0), "in " + first.Format("January 2006"), true
			case "year":
				y := today.Year() + shift
				first := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
				return first, first.AddDate(1, 0, 0), "in " + strconv.Itoa(y), true
			}
		}
	}
	if reSpanYear.MatchString(t) {
		y, _ := strconv.Atoi(t)
		first := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return first, first.AddDate(1, 0, 0), "in " + t, true
	}
	if m := reMonthYr.FindStringSubmatch(t); m != nil {
		mon, err := time.Parse("Jan", titleWords(strings.TrimSuffix(m[1], ".")[:3]))
		if err != nil {
			return time.Time{}, time.Time{}, "", false
		}
		first := time.Date(today.Year(), mon.Month(), 1, 0, 0, 0, 0, time.UTC)
		if m[2] != "" {
			y, _ := strconv.Atoi(m[2])
			first = time.Date(y, mon.Month(), 1, 0, 0, 0, 0, time.UTC)
		} else {
			first = yearByTense(first, time.Date(today.Year(), today.Month(), 1, 0, 0, 0, 0, time.UTC), tense)
		}
		return first, first.AddDate(0, 1, 0), "in " + first.Format("January 2006"), true
	}
	return time.Time{}, time.Time{}, "", false
}

// resolvePeriod reads a question's DateText as one day ("on Friday 6 March
// 2026") or as a span; ok is false when it is neither.
func resolvePeriod(text string, tense Tense, today time.Time) (from, to time.Time, label string, ok bool) {
	if strings.TrimSpace(text) == "" {
		return time.Time{}, time.Time{}, "", false
	}
	if f, t, l, ok := ResolveSpan(text, tense, today); ok {
		return f, t, l, true
	}
	if d, ok := ResolveDay(text, tense, today); ok {
		return d, addDays(d, 1), "on " + longDate(d), true
	}
	return time.Time{}, time.Time{}, "", false
}

// inPeriod keeps the legs whose dates overlap [from, to); an undated leg
// is in no period.
func inPeriod(vs []legView, from, to time.Time) []legView {
	var out []legView
	for _, v := range vs {
		if v.gran != granNone && !v.start.IsZero() && v.start.Before(to) && from.Before(v.end) {
			out = append(out, v)
		}
	}
	return out
}

// noneInSpan answers a when-question whose span holds none of the
// traveller's visits to the place: it says so, then names the visits that
// are stored (at the place, or else anywhere) so that the asker sees the
// dates the coverage does give, never one of them as the answer.
func (s *Service) noneInSpan(name string, q Question, label string, at, all []legView) Answer {
	lead := fmt.Sprintf("I found no visit by %s to %s %s.", name, q.Place, label)
	if q.YesNo {
		lead = "Not in the stored coverage — " + lead
	}
	a := Answer{Lead: lead}
	shown := at
	if len(shown) > 0 {
		var days []string
		for _, v := range shown {
			if v.gran != granNone && !v.start.IsZero() {
				days = append(days, longDate(local(v.start, s.loc())))
			}
		}
		if len(days) > 0 {
			a.Lead += fmt.Sprintf(" Stored visits there: %s.", joinAnd(slices.Compact(days)))
		}
	} else if len(all) > 0 {
		shown = all
		a.Lead += fmt.Sprintf(" Stored travel for %s: %s.", name, placeList(all))
	}
	for _, v := range shown[:min(len(shown), 5)] {
		a.Items = append(a.Items, s.legItem(v))
	}
	return a
}
