package text

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The minister arrived. She met the mayor.", []string{"The minister arrived.", "She met the mayor."}},
		{"honorific", "Mr. Smith said no. Dr. Jones agreed.", []string{"Mr. Smith said no.", "Dr. Jones agreed."}},
		{"initial", "John F. Kennedy spoke in Berlin. Crowds cheered.", []string{"John F. Kennedy spoke in Berlin.", "Crowds cheered."}},
		{"closing quote", `"We will win." He smiled.`, []string{`"We will win."`, "He smiled."}},
		{"curly quote", "“It is over,” she said. “Go home.”", []string{"“It is over,” she said.", "“Go home.”"}},
		{"date abbreviation", "Talks resume on Jan. 30 in Geneva. Both sides agreed.", []string{"Talks resume on Jan. 30 in Geneva.", "Both sides agreed."}},
		{"decimal and acronym", "Growth was 3.5% in the U.S. economy. Markets rose.", []string{"Growth was 3.5% in the U.S. economy.", "Markets rose."}},
		{"lower-case continuation", "He said it was e.g. fine and went on. Then left.", []string{"He said it was e.g. fine and went on.", "Then left."}},
		{"paragraphs", "First line\n\nSecond line.", []string{"First line", "Second line."}},
		{"question", "Who knew? Nobody did!", []string{"Who knew?", "Nobody did!"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.in) {
				if tt.in[s.Start:s.End] != s.Text {
					t.Fatalf("span %d:%d is %q, text %q", s.Start, s.End, tt.in[s.Start:s.End], s.Text)
				}
				got = append(got, s.Text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestContaining(t *testing.T) {
	in := "One. Two. Three."
	ss := Sentences(in)
	for _, c := range []struct{ off, want int }{{0, 0}, {5, 1}, {4, -1}, {15, 2}, {16, -1}} {
		if got := Containing(ss, c.off); got != c.want {
			t.Errorf("Containing(%d) = %d, want %d", c.off, got, c.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Mr. Smith said “no.” Then? He left…")
	f.Add("\n\n\"\"\"...")
	f.Fuzz(func(t *testing.T, s string) {
		prev := -1
		for _, sp := range Sentences(s) {
			if sp.Start < prev || sp.End > len(s) || sp.Start >= sp.End || s[sp.Start:sp.End] != sp.Text {
				t.Fatalf("bad span %+v", sp)
			}
			prev = sp.End
		}
	})
}
