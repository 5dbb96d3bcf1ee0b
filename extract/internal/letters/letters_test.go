package letters

import (
	"slices"
	"testing"
)

func TestOf(t *testing.T) {
	for _, c := range []struct {
		text string
		want []Run
	}{
		{"", nil},
		{"The 30th", []Run{{0, 3, Low8("the")}, {6, 8, Low8("th")}}},
		{"Friday's café", []Run{{0, 6, Low8("friday")}, {7, 8, Low8("s")}, {9, 12, Low8("caf")}}},
		{"Abcdefghijk", []Run{{0, 11, Low8("abcdefgh")}}},
	} {
		if got := Of(c.text); !slices.Equal(got, c.want) {
			t.Errorf("Of(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if got, want := Low8("MiXeD"), uint64('m')|uint64('i')<<8|uint64('x')<<16|uint64('e')<<24|uint64('d')<<32; got != want {
		t.Errorf("Low8 = %#x, want %#x", got, want)
	}
}
