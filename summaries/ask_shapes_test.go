package summaries

import "testing"

func TestPluralForm(t *testing.T) {
	for w, want := range map[string]string{
		"refund": "refunds", "policy": "policies", "tax": "taxes", "pass": "passes", "march": "marches",
		"day": "days", "refunds": "refunds", "go": "go", "crisis": "crisis", "status": "status",
	} {
		if got := pluralForm(w); got != want {
			t.Errorf("pluralForm(%q) = %q, want %q", w, got, want)
		}
	}
}
