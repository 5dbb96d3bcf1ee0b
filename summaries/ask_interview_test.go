package summaries

import "testing"

func TestInterviewQA(t *testing.T) {
	const qa = "Maren Holt has coached the national rowing team since 2019. She spoke to the Lakeside Ledger after Sunday's regatta.\n\n" +
		"Why did the crew fade in the last 500 metres?\n\n" +
		"We trained for a headwind and got a tailwind. That is rowing.\n\n" +
		"Will you stay on until the Olympics?\n\n" +
		"Yes. The board has asked me to, and I want to finish the job.\n\nThe second half of the answer runs on."
	tests := []struct {
		name, text, who string
		want            int
	}{
		{"q and a", qa, "Holt", 2},
		{"someone else's interview", qa, "Lindgren", 0},
		{"labelled", "In an interview, Dev Rao explained the plan.\nQ: Why now?\nA: Because prices fell.\nQ: And the unions?\nA: They agreed.", "Rao", 2},
		{"one rhetorical question", "Dev Rao spoke to reporters on Monday.\n\nWhat happens next?\n\nNobody knows, he said.", "Rao", 0},
		{"no interview cue", "Dev Rao chaired the meeting.\n\nWhy now?\n\nPrices fell.\n\nAnd the unions?\n\nThey agreed.", "Rao", 0},
	}
	for _, tt := range tests {
		got := interviewQA(tt.text, tt.who)
		if len(got) != tt.want {
			t.Errorf("%s: %d answers %+v, want %d", tt.name, len(got), got, tt.want)
		}
	}
	got := interviewQA(qa, "Holt")
	if len(got) == 2 && (got[1].question != "Will you stay on until the Olympics?" || got[1].answer != "Yes. The board has asked me to, and I want to finish the job. The second half of the answer runs on.") {
		t.Errorf("second answer = %+v", got[1])
	}
}

func TestPastForms(t *testing.T) {
	for _, tt := range []struct{ past, base string }{
		{"appealed", "appeal"}, {"signed", "sign"}, {"dropped", "drop"}, {"agreed", "agree"},
		{"responded", "respond"}, {"met", "meet"}, {"carried", "carry"}, {"closed", "close"},
	} {
		if b, ok := baseOfPast(tt.past); !ok || b != tt.base {
			t.Errorf("baseOfPast(%q) = %q, %v; want %q", tt.past, b, ok, tt.base)
		}
	}
	if _, ok := baseOfPast("sign"); ok {
		t.Error("sign read as a past form")
	}
}
