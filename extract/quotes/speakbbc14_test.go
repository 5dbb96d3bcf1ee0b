package quotes

import "testing"

// TestSpeakerClassesBBC14 covers attribution shapes of British news copy
// reviewed in session 12, each with variants written for the test.
// speaker is the canonical speaker of the quotation words ("":
// unattributed).
func TestSpeakerClassesBBC14(t *testing.T) {
	tests := []struct {
		name, in, words, speaker string
	}{
		// A paragraph opening with quotations and going on in narrative
		// carries on the person whose speech the paragraph before it
		// reports, also when the report's verb and name close the
		// sentence after a comma.
		{"..., said Mr X. ¶ Q. Narrative",
			"The auditor, Ann Ode, said the papers had gone. Records must be kept for six years, said Ms Ode.\n\n\"If in doubt, keep it. That has always been the rule in every department.\" The new law takes effect in April.",
			"If in doubt, keep it. That has always been the rule in every department.", "Ann Ode"},
		{"..., Mr X added. ¶ Q. Narrative",
			"Harbour master Piet Laan warned that the dredging was late. The channel would silt up by winter, Mr Laan added.\n\n\"Every week we wait costs the port a ship.\" Work is due to start in March.",
			"Every week we wait costs the port a ship.", "Piet Laan"},
		{"..., says Dr X. ¶ Q. Narrative",
			"Hospital admissions fell in the summer. The winter will be harder, says Dr Leena Ruud, a public health adviser.\n\n\"We see the first cases every November without fail.\" The health board meets on Friday.",
			"We see the first cases every November without fail.", "Leena Ruud"},
		{"..., met Mr X (no saying). ¶ Q. Narrative",
			"The delegation toured the plant on Monday, and later met Mr Laan.\n\n\"Every week we wait costs the port a ship.\" Work is due to start in March.",
			"Every week we wait costs the port a ship.", ""},
		// The writer reopens the marks before closing the first
		// quotation ("“Q1. “Q2.”"): both carry on the speech.
		{"Q1 reopened by Q2, then narrative",
			"The auditor, Ann Ode, said the papers had gone. Records must be kept for six years, said Ms Ode.\n\n\"If in doubt, keep it. That has always been the rule. \"Shredding files to dodge a request is a crime.\" The new law takes effect in April.",
			"Shredding files to dodge a request is a crime.", "Ann Ode"},
		{"Q1 reopened by Q2 after X said that ...",
			"Ann Ode said the rules were clear.\n\n\"If in doubt, keep it. That has always been the rule. \"Shredding files to dodge a request is a crime.\" The new law takes effect in April.",
			"If in doubt, keep it. That has always been the rule.", "Ann Ode"},
		{"Q1 then Q2, both closed",
			"Ann Ode said the rules were clear.\n\n\"If in doubt, keep the file on record.\" \"Shredding files to dodge a request is a crime.\" The new law takes effect in April.",
			"If in doubt, keep the file on record.", "Ann Ode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpeakerOf(t, tt.in, tt.words, tt.speaker) })
	}
}
