package people

import (
	"fmt"
	"os"
	"testing"
)

func TestPronDumpTmp(t *testing.T) {
	fn := os.Getenv("ART")
	if fn == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(fn)
	s := string(b)
	c := Find(s)
	for _, m := range c.Mentions {
		if m.Kind == Pronoun || m.Kind == Description {
			lo := max(0, m.Start-150)
			fmt.Printf("%d %q -> %q | %q\n", m.Start, m.Text, c.Name(m), s[lo:m.Start])
		}
	}
}
