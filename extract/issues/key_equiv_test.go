package issues

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// refAppendKey is appendKey's ASCII path as it was before appendKeyASCII:
// a scan for bytes outside ASCII, then each word through appendStem.
func refAppendKey(buf []byte, surface string) ([]byte, bool) {
	for i := 0; i < len(surface); i++ {
		if surface[i] >= utf8.RuneSelf {
			return buf, false
		}
	}
	start := len(buf)
	i := 0
	for i < len(surface) {
		j := i
		for j < len(surface) && !asciiSpace(surface[j]) {
			j++
		}
		if j > i {
			if len(buf) > start {
				buf = append(buf, ' ')
			}
			buf = appendStem(buf, surface[i:j])
		}
		i = j
		for i < len(surface) && asciiSpace(surface[i]) {
			i++
		}
	}
	return buf, true
}

// keySurfaces are phrases as candidates write them: plurals in "-s",
// "-ies", "-ss", "-us", "-is", possessives, capitals, white space of
// every ASCII kind, and letters outside ASCII.
var keySurfaces = []string{
	"arms embargo", "Human Rights Groups", "parties", "PARTIES'S", "glass", "virus", "crisis", "bus", "Tories",
	"fees", "ties", "dies", "series", "China's", "CHINA'S", "'s", "x's tariffs", "  farm\tsubsidies \n", "a\vb\fc\rd",
	"Zoë's café", "news", "ies", "IES", "Lies", "rights'", "the U.S. sanctions", "",
}

func checkAppendKey(t *testing.T, prefix, surface string) {
	t.Helper()
	pre := []byte(prefix)
	got, gok := appendKeyASCII(append([]byte(nil), pre...), surface)
	want, wok := refAppendKey(append([]byte(nil), pre...), surface)
	if gok != wok || gok && !bytes.Equal(got, want) || !gok && !bytes.Equal(got, pre) {
		t.Fatalf("appendKeyASCII(%q, %q) = %q, %v; want %q, %v", prefix, surface, got, gok, want, wok)
	}
	// appendKey as a whole: the fast path or the general one.
	a := &analyser{}
	if gok {
		if k := a.appendKey(append([]byte(nil), pre...), surface); !bytes.Equal(k, want) {
			t.Fatalf("appendKey(%q, %q) = %q, want %q", prefix, surface, k, want)
		}
	}
}

func TestAppendKeyASCIIMatchesReference(t *testing.T) {
	for _, s := range keySurfaces {
		checkAppendKey(t, "", s)
		checkAppendKey(t, "@x ", s)
	}
}

func FuzzAppendKeyASCII(f *testing.F) {
	for _, s := range keySurfaces {
		f.Add("", s)
	}
	f.Fuzz(func(t *testing.T, prefix, s string) {
		checkAppendKey(t, prefix, s)
	})
}
