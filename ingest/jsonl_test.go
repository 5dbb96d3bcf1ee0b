package ingest

import (
	"errors"
	"io"
	"strings"
	"testing"
)

func TestLineReader(t *testing.T) {
	long := strings.Repeat("x", 300)
	in := "first\r\n" + long + "\nthird\n\nlast-no-newline"
	lr := newLineReader(strings.NewReader(in), 100)
	type row struct {
		line    string
		n       int
		tooLong bool
	}
	want := []row{{"first", 1, false}, {"", 2, true}, {"third", 3, false}, {"", 4, false}, {"last-no-newline", 5, false}}
	for _, w := range want {
		line, n, tooLong, err := lr.next()
		if err != nil {
			t.Fatal(err)
		}
		if string(line) != w.line || n != w.n || tooLong != w.tooLong {
			t.Errorf("got (%q, %d, %v), want %+v", line, n, tooLong, w)
		}
	}
	if _, _, _, err := lr.next(); !errors.Is(err, io.EOF) {
		t.Errorf("err = %v, want EOF", err)
	}
}

// A line longer than bufio's buffer but under the cap is read whole.
func TestLineReaderLargeLine(t *testing.T) {
	text := strings.Repeat("The committee heard evidence for a sixth day. ", 20000) // ~900 KB
	line := `{"id":"big","text":"` + text + `"}`
	lr := newLineReader(strings.NewReader(line+"\n"), 5<<20)
	got, _, tooLong, err := lr.next()
	if err != nil || tooLong || len(got) != len(line) {
		t.Fatalf("len %d tooLong %v err %v, want %d", len(got), tooLong, err, len(line))
	}
	a, err := FromJSONLine("big.jsonl:1", got, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if a.ExternalID != "big" || len(a.Text) != len(strings.TrimSpace(text)) {
		t.Errorf("article %q with %d bytes", a.ExternalID, len(a.Text))
	}
}

func TestRecordID(t *testing.T) {
	for raw, want := range map[string]string{`"abc"`: "abc", `42`: "42", `null`: "", `[1]`: `"[1]"`} {
		if got := recordID([]byte(raw)); got != want {
			t.Errorf("recordID(%s) = %q, want %q", raw, got, want)
		}
	}
}
