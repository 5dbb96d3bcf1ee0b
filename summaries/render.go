package summaries

import (
	"fmt"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// RenderDigestText renders the digest as a wire-service diary:
//
//	THU 29 JAN · BEIJING — Keir Starmer: lunch with Xi Jinping (scheduled; "On Thursday", <title>)
func RenderDigestText(d Digest) string {
	var b strings.Builder
	fmt.Fprintf(&b, "NEWSBOT DIARY — %s\n\n", strings.ToUpper(d.Day.Format("Monday 2 January 2006")))
	b.WriteString("ITINERARIES\n")
	if len(d.Legs) == 0 {
		b.WriteString("No travel in the diary for the coming week.\n")
	}
	for _, g := range d.Legs {
		for _, l := range g.Legs {
			b.WriteString(DiaryLine(g.Day, l))
			b.WriteString("\n")
		}
	}
	b.WriteString("\nOPEN ISSUES\n")
	if len(d.Issues) == 0 {
		b.WriteString("No open issues.\n")
	}
	for _, is := range d.Issues {
		b.WriteString(IssueText(is))
		b.WriteString("\n")
	}
	return b.String()
}

// DiaryLine is one leg in diary style; day is zero for undated legs, which
// are labelled by their coarse date ("FEB 2026") or "DATE TBC".
func DiaryLine(day time.Time, l LegLine) string {
	label := "DATE TBC"
	if !day.IsZero() {
		label = strings.ToUpper(day.Format("Mon 2 Jan"))
	} else if st, _, g, ok := timexPeriod(l.Date); ok {
		switch g {
		case granMonth:
			label = strings.ToUpper(st.Format("Jan 2006"))
		case granWeek:
			label = "WEEK OF " + strings.ToUpper(st.Format("2 Jan"))
		case granYear:
			label = st.Format("2006")
		}
	}
	var paren []string
	if l.Status != "" {
		paren = append(paren, l.Status)
	}
	if l.WhenText != "" {
		paren = append(paren, fmt.Sprintf("%q", l.WhenText))
	}
	if src := sourceList(l.Sources, l.SourceCount, 2); src != "" {
		paren = append(paren, src)
	}
	line := fmt.Sprintf("%s · %s — %s: %s", label, strings.ToUpper(placeOf(l)), l.Traveler, l.What)
	if l.Doubt != "" {
		line += " [POSTPONED OR CALLED OFF? " + l.Doubt + "]"
	}
	if len(paren) > 0 {
		line += " (" + strings.Join(paren, "; ") + ")"
	}
	return line
}

// IssueText is one issue line: "#12 Title [REVIVED] — latest (27 Jan; source)".
func IssueText(is IssueLine) string {
	line := fmt.Sprintf("#%d %s", is.ID, is.Title)
	if is.Revived {
		line += " [REVIVED]"
	}
	if is.Settled {
		line += " [REPORTED SETTLED]"
	}
	if is.Latest != "" {
		line += " — " + is.Latest
	}
	var paren []string
	if !is.LatestAt.IsZero() {
		paren = append(paren, is.LatestAt.Format("2 Jan"))
	}
	if src := sourceList(is.Sources, is.SourceCount, 2); src != "" {
		paren = append(paren, src)
	}
	if len(paren) > 0 {
		line += " (" + strings.Join(paren, "; ") + ")"
	}
	return line
}

// sourceList names up to limit articles by title (or URL), then "+N more"
// of total (at least len(refs): the store lists only the newest few).
func sourceList(refs []newsbot.ArticleRef, total, limit int) string {
	total = max(total, len(refs))
	var names []string
	more := false
	for _, r := range refs {
		if len(names) == limit {
			more = true
			break
		}
		n := r.Title
		if n == "" {
			n = r.URL
		}
		if n == "" {
			n = r.Outlet
		}
		if n != "" {
			names = append(names, n)
		}
	}
	if more || (len(names) == limit && total > len(refs)) {
		names = append(names, fmt.Sprintf("+%d more", total-limit))
	}
	return strings.Join(names, "; ")
}
