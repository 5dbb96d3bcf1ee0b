package fold

import (
	"strings"
	"testing"
)

func TestAppendLowerMatchesToLower(t *testing.T) {
	for _, s := range []string{"", "Minister", "BBC", "already lower", "Ex-Premier", "Zürich", "İstanbul", "\u212aelvin", "O'Brien", "100MW"} {
		buf := make([]byte, 0, 4)
		if got, want := string(AppendLower(buf, s)), strings.ToLower(s); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", s, got, want)
		}
		if got := string(AppendLower([]byte("x:"), s)); got != "x:"+strings.ToLower(s) {
			t.Errorf("AppendLower onto a prefix of %q = %q", s, got)
		}
	}
}

func TestLowerIs(t *testing.T) {
	tests := []struct {
		s, low string
		want   bool
	}{
		{"Last", "last", true},
		{"LAST", "last", true},
		{"last", "last", true},
		{"Lost", "last", false},
		{"Lasts", "last", false},
		{"", "", true},
		{"\u212aelvin", "kelvin", true}, // the Kelvin sign lowers to k
		{"İt", "it", strings.ToLower("İt") == "it"},
		{"Zürich", "zürich", true},
	}
	for _, tt := range tests {
		if got := LowerIs(tt.s, tt.low); got != tt.want {
			t.Errorf("LowerIs(%q, %q) = %v, want %v", tt.s, tt.low, got, tt.want)
		}
		if got := LowerIs(tt.s, tt.low); got != (strings.ToLower(tt.s) == tt.low) {
			t.Errorf("LowerIs(%q, %q) = %v, strings.ToLower says otherwise", tt.s, tt.low, got)
		}
	}
}

func TestAppendLowerNoAllocation(t *testing.T) {
	var buf [32]byte
	n := testing.AllocsPerRun(100, func() {
		_ = AppendLower(buf[:0], "Minister")
	})
	if n != 0 {
		t.Errorf("AppendLower of an ASCII word allocated %v times", n)
	}
}
