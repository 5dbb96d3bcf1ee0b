package timex

import (
	"fmt"
	"strconv"
	"testing"
	"time"
)

// FuzzNumberParsers checks atoi and parseFloat against strconv: the same
// value, and an error exactly when strconv gives one.
func FuzzNumberParsers(f *testing.F) {
	for _, s := range []string{"2026", "30th", "3:07", "1990s", "2.5", "1,000", "+7", "-3", "", "1e5", "0x1p-2", "inf", "NaN", "1_000", "99999999999999999999", "2nd", "3rd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := atoi(s)
		wn, werr := strconv.Atoi(s)
		if (err == nil) != (werr == nil) || n != wn {
			t.Fatalf("atoi(%q) = %d, %v; strconv %d, %v", s, n, err, wn, werr)
		}
		x, err := parseFloat(s)
		wx, werr := strconv.ParseFloat(s, 64)
		if (err == nil) != (werr == nil) || x != wx && !(x != x && wx != wx) {
			t.Fatalf("parseFloat(%q) = %v, %v; strconv %v, %v", s, x, err, wx, werr)
		}
	})
}

// FuzzValueFormats checks the value formatters against fmt.Sprintf (months
// passed as time.Month, as the tagger has them) and time.Format.
func FuzzValueFormats(f *testing.F) {
	f.Add(2026, 1, 28)
	f.Add(7, 12, 3)
	f.Add(-44, 3, 15)
	f.Add(12345, 123, 0)
	f.Fuzz(func(t *testing.T, y, m, d int) {
		if got, want := fmtYear(y), fmt.Sprintf("%04d", y); got != want {
			t.Fatalf("fmtYear(%d) = %q, want %q", y, got, want)
		}
		if got, want := fmtYearMonth(y, m), fmt.Sprintf("%04d-%02d", y, time.Month(m)); got != want {
			t.Fatalf("fmtYearMonth(%d, %d) = %q, want %q", y, m, got, want)
		}
		if got, want := fmtDate(y, m, d), fmt.Sprintf("%04d-%02d-%02d", y, time.Month(m), d); got != want {
			t.Fatalf("fmtDate(%d, %d, %d) = %q, want %q", y, m, d, got, want)
		}
		day := time.Date(y%100000, time.Month(m%100), d%1000, 0, 0, 0, 0, time.UTC)
		if got, want := dayVal(day), day.Format("2006-01-02"); got != want {
			t.Fatalf("dayVal(%v) = %q, want %q", day, got, want)
		}
		if got, want := monthVal(day), day.Format("2006-01"); got != want {
			t.Fatalf("monthVal(%v) = %q, want %q", day, got, want)
		}
	})
}
