package people

import (
	"os"
	"strings"
	"testing"
)

func TestScratchTmp(t *testing.T) {
	in := os.Getenv("PS")
	if in == "" {
		t.Skip()
	}
	for _, s := range strings.Split(in, "||") {
		c := Find(s)
		t.Logf("IN: %s", s)
		for _, p := range c.People {
			t.Logf("  P %q role=%q g=%q", p.Name, p.Role, p.Gender)
		}
		t.Logf("  %q", resolved(c))
	}
}
