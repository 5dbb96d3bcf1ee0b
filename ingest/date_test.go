package ingest

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339, "" for an error
	}{
		{"2026-01-28T09:30:00Z", "2026-01-28T09:30:00Z"},
		{"2019-11-20T06:07:01+0000", "2019-11-20T06:07:01Z"},
		{"2019-11-18T17:56:27.000Z", "2019-11-18T17:56:27Z"},
		{"2019-11-20T05:52:20-05:00", "2019-11-20T05:52:20-05:00"},
		{"2019-11-19 06:30:42", "2019-11-19T06:30:42Z"},
		{"2019-11-18", "2019-11-18T00:00:00Z"},
		{" 2019-11-18\n", "2019-11-18T00:00:00Z"},
		{"0001-01-01", ""},                    // a day, but no news page's
		{"2019-02-30", ""},                    // the shape of a day, not a day
		{"2019-1-18", "2019-01-18T00:00:00Z"}, // not the shape: the general parser
		{"Tue, 19 Nov 2019 10:48:00 +0000", "2019-11-19T10:48:00Z"},
		{"7:07 PM EST Nov 19, 2019", "2019-11-19T19:07:00-05:00"},
		{"Monday, November 18th, 2019", "2019-11-18T00:00:00Z"},
		{"20 Nov 2019 08:02 GMT", "2019-11-20T08:02:00Z"},
		{"November 20, 2019", "2019-11-20T00:00:00Z"},
		{"2019-nov-18", "2019-11-18T00:00:00Z"},
		{"02.03.2026", "2026-03-02T00:00:00Z"},
		{"2.3.2026 14:30", "2026-03-02T14:30:00Z"},
		{"March 2, 2026 10:00 AM ET", "2026-03-02T10:00:00-05:00"},
		{"03/02/2026", "2026-03-02T00:00:00Z"},
		{"", ""},
		{"yesterday", ""},
		{"12", ""},
		{"the day after tomorrow", ""},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("ParseDate(%q) = %v, want an error", tt.in, got)
		case tt.want != "" && err != nil:
			t.Errorf("ParseDate(%q): %v", tt.in, err)
		case tt.want != "" && !got.Equal(mustTime(t, tt.want)):
			t.Errorf("ParseDate(%q) = %s, want %s", tt.in, got.Format(time.RFC3339), tt.want)
		}
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestDateInText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Published 7:07 PM EST Nov 19, 2019", "2019-11-19"},
		{"on Monday, November 18th, 2019 at 11:08 a.m.", "2019-11-18"},
		{"November 20 15:23 2019", "2019-11-20"},
		{"Last updated 3 March 2026", "2026-03-03"},
		{"Posted: 2026-02-14 by staff", "2026-02-14"},
		{"By Maria Okafor", ""},
	}
	for _, tt := range tests {
		got, ok := DateInText(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("DateInText(%q) = %v, want none", tt.in, got)
			}
			continue
		}
		if !ok || got.Format("2006-01-02") != tt.want {
			t.Errorf("DateInText(%q) = %v %v, want %s", tt.in, got, ok, tt.want)
		}
	}
}

func TestDateInURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.example.com/news/2019/11/19/story-name/", "2019-11-19"},
		{"https://www.example.com/article/2019/nov/18/guide-to-tariffs/", "2019-11-18"},
		{"https://www.example.com/2026-03-04-council-vote", "2026-03-04"},
		{"https://www.example.com/news/2019/11/story-191120070028895.html", ""},
	}
	for _, tt := range tests {
		got, ok := dateInURL(tt.in)
		if tt.want == "" {
			if ok {
				t.Errorf("dateInURL(%q) = %v, want none", tt.in, got)
			}
			continue
		}
		if !ok || got.Format("2006-01-02") != tt.want {
			t.Errorf("dateInURL(%q) = %v %v, want %s", tt.in, got, ok, tt.want)
		}
	}
}
