package quotes

import (
	"os"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/extract/people"
)

func TestZZScratch(t *testing.T) {
	in := os.Getenv("ZZ")
	if in == "" {
		t.Skip()
	}
	for _, s := range strings.Split(in, "||") {
		c := people.Find(s)
		for _, m := range c.Mentions {
			t.Logf("  mention %q kind=%v person=%d", s[m.Start:m.End], m.Kind, m.Person)
		}
		for _, q := range FindLocated(s, c) {
			t.Logf("Q %q spk=%q men=%q cue=%q kind=%s", q.Text, q.Speaker, q.Mention, q.Cue, q.Kind)
		}
	}
}

func TestZZRoles(t *testing.T) {
	in := os.Getenv("ZZ")
	if in == "" {
		t.Skip()
	}
	for _, s := range strings.Split(in, "||") {
		for _, p := range people.Find(s).People {
			t.Logf("P %q role=%q", p.Name, p.Role)
		}
	}
}

func TestZZPos(t *testing.T) {
	in := os.Getenv("ZZ")
	if in == "" {
		t.Skip()
	}
	for _, s := range strings.Split(in, "||") {
		c := people.Find(s)
		for _, q := range FindLocated(s, c) {
			t.Logf("Q %q spk=%q men=%q@%d cue=%q@%d", q.Text, q.Speaker, q.Mention, q.MentionStart, q.Cue, q.CueStart)
		}
	}
}
