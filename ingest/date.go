package ingest

import (
	"errors"
	"strings"
	"time"

	"github.com/itlightning/dateparse"

	"github.com/newsroom/newsbot/internal/lazyre"
)

// dateLayouts are the machine formats pages use most; tried before the
// general parser because they are exact and cheap.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.000Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	// Dotted numeric dates are day first wherever they are written
	// (Germany, Scandinavia, Russia, Turkey); the general parser would
	// read them month first.
	"2.1.2006",
	"2.1.2006 15:04",
	"2.1.2006, 15:04",
	"2.1.2006 15:04:05",
}

// zoneOffsets maps the zone abbreviations news pages print to fixed offsets;
// Go only resolves abbreviations of the local zone.
var zoneOffsets = map[string]string{
	"UTC": "+0000", "GMT": "+0000", "Z": "+0000",
	"EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
	"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
	"BST": "+0100", "CET": "+0100", "CEST": "+0200", "IST": "+0530",
	"AEST": "+1000", "AEDT": "+1100", "JST": "+0900",
	// US pages write the zone without the season; the calendar date is
	// what matters here.
	"ET": "-0500", "PT": "-0800",
}

var (
	rxOrdinal = lazyre.New(`(?i)\b(\d{1,2})(st|nd|rd|th)\b`)
	rxWeekday = lazyre.New(`(?i)^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+`)
	rxZone    = lazyre.New(`\b(UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CEST|CET|IST|AEST|AEDT|JST|ET|PT)\b`)
	// "7:07 PM EST Nov 19, 2019": time before date, which the general
	// parser does not take.
	rxTimeFirst = lazyre.New(`(?i)^(\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\.?)\s*([+-]\d{4})?\s+(.+)$`)
	// "2019-nov-18"
	rxYearMonDay = lazyre.New(`(?i)^(\d{4})[-/ ]([a-z]{3,9})[-/ ](\d{1,2})$`)
)

var errNoDate = errors.New("no recognisable date")

// ParseDate reads a publication date as pages, feeds and archives write it:
// ISO 8601 / RFC 3339 with or without zone or time, RFC 1123, "Nov 19, 2019",
// "Monday, November 18th, 2019", "20 Nov 2019 08:02 GMT",
// "7:07 PM EST Nov 19, 2019", "2019-nov-18" and Unix seconds. A time without
// a zone is taken as UTC. The offset written in the string is kept, so the
// calendar date is the one the page printed.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 100 {
		return time.Time{}, errNoDate
	}
	if isoDay(s) {
		// Archives write plain days; no layout before "2006-01-02" in
		// dateLayouts parses ten characters, and each failure allocates
		// an error.
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return checkYear(t)
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return checkYear(t)
		}
	}
	n := rxWeekday.ReplaceAllString(s, "")
	n = rxOrdinal.ReplaceAllString(n, "$1")
	n = strings.ReplaceAll(n, " at ", " ")
	n = rxZone.ReplaceAllStringFunc(n, func(z string) string { return zoneOffsets[z] })
	if m := rxTimeFirst.FindStringSubmatch(n); m != nil {
		n = strings.TrimSpace(m[3] + " " + m[1] + " " + m[2])
	}
	if m := rxYearMonDay.FindStringSubmatch(n); m != nil {
		n = m[3] + " " + m[2] + " " + m[1]
	}
	n = strings.Join(strings.Fields(n), " ")
	t, err := parseAnySafe(n)
	if err != nil {
		return time.Time{}, errNoDate
	}
	return checkYear(t)
}

// isoDay says whether s has the shape of YYYY-MM-DD.
func isoDay(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// parseAnySafe guards against panics in the third-party parser, which sees
// arbitrary page text.
func parseAnySafe(s string) (t time.Time, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = time.Time{}, errNoDate
		}
	}()
	return dateparse.ParseIn(s, time.UTC, dateparse.RetryAmbiguousDateWithSwap(true))
}

// checkYear drops dates no news page means (a parsed "12" or a Unix
// millisecond count read as seconds).
func checkYear(t time.Time) (time.Time, error) {
	if y := t.Year(); y < 1900 || y > 2200 {
		return time.Time{}, errNoDate
	}
	return t, nil
}

var (
	rxMonthDayYear = lazyre.New(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b[\s,]*(?:\d{1,2}:\d{2}\s*)?(?:[ap]\.?m\.?\s*)?,?\s*((?:19|20)\d{2})\b`)
	rxDayMonthYear = lazyre.New(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b`)
	rxISODate      = lazyre.New(`\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b`)
	rxDatePrefix   = lazyre.New(`(?i)^(published|posted|first published|updated|last updated|date|on)\s*:?\s*(on\s+)?`)
	rxURLDate      = lazyre.New(`(?i)/((?:19|20)\d{2})[/-](\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/-](\d{1,2})(?:/|-|$)`)
)

// DateInText finds a publication date printed in a short text such as a
// page's date line: "Published 7:07 PM EST Nov 19, 2019",
// "on Monday, November 18th, 2019 at 11:08 a.m.", "20 November 2019".
func DateInText(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 300 {
		return time.Time{}, false
	}
	// The whole line first, so a time and zone are kept when it parses.
	if t, err := ParseDate(rxDatePrefix.ReplaceAllString(s, "")); err == nil {
		return t, true
	}
	if m := rxMonthDayYear.FindStringSubmatch(s); m != nil {
		if t, err := ParseDate(m[2] + " " + m[1] + " " + m[3]); err == nil {
			return t, true
		}
	}
	if m := rxDayMonthYear.FindStringSubmatch(s); m != nil {
		if t, err := ParseDate(m[1] + " " + m[2] + " " + m[3]); err == nil {
			return t, true
		}
	}
	if m := rxISODate.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3]); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateInURL reads /2019/11/18/ or /2019/nov/18/ from a URL path.
func dateInURL(raw string) (time.Time, bool) {
	m := rxURLDate.FindStringSubmatch(raw)
	if m == nil {
		return time.Time{}, false
	}
	if m[2][0] >= '0' && m[2][0] <= '9' {
		t, err := time.Parse("2006-1-2", m[1]+"-"+m[2]+"-"+m[3])
		return t, err == nil
	}
	t, err := ParseDate(m[3] + " " + m[2] + " " + m[1])
	return t, err == nil
}
