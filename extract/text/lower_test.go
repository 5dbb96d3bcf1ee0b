package text

import (
	"strings"
	"testing"
)

// LowerASCII agrees with strings.ToLower on ASCII and keeps every other
// byte where it was.
func TestLowerASCII(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plans", "plans"},
		{"The PLANS to Scrap", "the plans to scrap"},
		{"Ⱥ Ⱥ officials backed the Plans", "Ⱥ Ⱥ officials backed the plans"},
		{"İZMİR port", "İzmİr port"},
		{"a visit to Zürich FROM 14 April", "a visit to zürich from 14 april"},
	} {
		got := LowerASCII(tc.in)
		if got != tc.want || len(got) != len(tc.in) {
			t.Errorf("LowerASCII(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if strings.ToLower(tc.in) == tc.in && got != tc.in {
			t.Errorf("LowerASCII(%q) changed a lower-case text", tc.in)
		}
		if app := string(AppendLowerASCII([]byte("x"), tc.in)); app != "x"+tc.want {
			t.Errorf("AppendLowerASCII(x, %q) = %q", tc.in, app)
		}
	}
}
