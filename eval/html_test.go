package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHTMLTokenF1(t *testing.T) {
	tests := []struct {
		got, want string
		f1        float64
	}{
		{"The council voted on Tuesday.", "the council voted on tuesday", 1},
		{"", "The council voted.", 0},
		{"The council voted. Subscribe now!", "The council voted.", 2 * (3.0 / 5) * 1 / (3.0/5 + 1)},
	}
	for _, tt := range tests {
		if _, _, f1 := htmlTokenF1(tt.got, tt.want); abs(f1-tt.f1) > 1e-9 {
			t.Errorf("htmlTokenF1(%q, %q) = %.3f, want %.3f", tt.got, tt.want, f1, tt.f1)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// TestHTMLCorpus runs the evaluation on ../shared/corpus/html (read-only
// benchmark pages; absent on a fresh clone, where the test skips).
func TestHTMLCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "html")
	if _, err := os.Stat(filepath.Join(dir, "MANIFEST.tsv")); err != nil {
		t.Skipf("benchmark pages not found at %s (../shared is absent): skipping", dir)
	}
	var out strings.Builder
	res, err := HTMLScore(context.Background(), dir, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
	if res.MeanF1 < 0.90 {
		t.Errorf("mean token F1 %.3f, want >= 0.90", res.MeanF1)
	}
	if res.DatesRight < 27 {
		t.Errorf("dates right %d/%d, want >= 27", res.DatesRight, res.Pages)
	}
}
