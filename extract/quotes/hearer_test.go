package quotes

import "testing"

// TestHearerCue covers a quotation whose cue names its hearer, not its
// speaker ("“Q,” the inquiry heard", "the court was told"): the speaker is
// the witness named giving evidence just before, or no one, the cue kept.
// Each sentence was written for this test.
func TestHearerCue(t *testing.T) {
	tests := []struct {
		name, in, text, speaker, cue string
	}{
		{"giving evidence, previous paragraph",
			"Ann Ode, giving evidence to the inquiry on Tuesday, said she had raised the alarm in 2019.\n\n“Nobody listened to us at all,” the inquiry heard.",
			"Nobody listened to us at all,", "Ann Ode", "heard"},
		{"told the inquiry, previous sentence",
			"Former nurse Ann Ode told the inquiry she had raised the alarm twice. “Nobody listened to us at all,” the inquiry heard.",
			"Nobody listened to us at all,", "Ann Ode", "heard"},
		{"the court was told",
			"Tom Reyes, 41, told the court he had been threatened outside his home.\n\n“I feared for my life,” the court was told.",
			"I feared for my life,", "Tom Reyes", "was told"},
		{"the jury heard, pronoun witness",
			"Lee Park gave evidence from behind a screen on Monday. She said she had known the defendant for years.\n\n“He was always angry,” the jury heard.",
			"He was always angry,", "Lee Park", "heard"},
		{"testified",
			"Dana Pruitt testified for three hours on Thursday.\n\n“The money was never there”, the tribunal heard.",
			"The money was never there", "Dana Pruitt", "heard"},
		{"no witness named",
			"The hearing resumed on Monday after a two-week break.\n\n“The money was never there,” the tribunal heard.",
			"The money was never there,", "", "heard"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			var q *Located
			for k := range got {
				if got[k].Text == tt.text {
					q = &got[k]
				}
			}
			if q == nil || q.Speaker != tt.speaker || q.Cue != tt.cue {
				t.Fatalf("got %s, want %q by %q (cue %q)", dump(got), tt.text, tt.speaker, tt.cue)
			}
		})
	}
}
