package people

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestDumpFind writes Find's full output over the BBC corpus and the
// PolNeAR texts to $PEOPLE_DUMP, so that a refactoring can be checked to
// leave the output byte for byte unchanged (diff two dumps). It runs only
// when the variable is set and skips when ../shared is absent.
func TestDumpFind(t *testing.T) {
	out := os.Getenv("PEOPLE_DUMP")
	if out == "" {
		t.Skip("set PEOPLE_DUMP=/path/to/file to dump Find's output")
	}
	var texts []string
	for _, p := range []string{
		filepath.Join("..", "..", "..", "shared", "corpus", "bbc", "corpus.jsonl"),
		filepath.Join("..", "..", "..", "shared", "eval", "polnear", "dev.jsonl"),
	} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Skipf("corpus not found (../shared is absent): %v", err)
		}
		for _, line := range bytes.Split(data, []byte("\n")) {
			var d struct{ Text string }
			if json.Unmarshal(line, &d) == nil && d.Text != "" {
				texts = append(texts, d.Text)
			}
		}
	}
	fh, err := os.Create(out)
	if err != nil {
		t.Fatalf("create dump: %v", err)
	}
	defer fh.Close()
	w := bufio.NewWriter(fh)
	for i, text := range texts {
		c := Find(text)
		fmt.Fprintf(w, "# %d\n", i)
		for _, p := range c.People {
			fmt.Fprintf(w, "P %q %q %q %q\n", p.Name, p.Role, p.Gender, p.Mentions)
		}
		for _, m := range c.Mentions {
			fmt.Fprintf(w, "M %d %d %q %s %d\n", m.Start, m.End, m.Text, m.Kind, m.Person)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatalf("write dump: %v", err)
	}
}
