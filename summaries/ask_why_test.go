package summaries

import (
	"testing"
	"time"
)

// Why-questions led by the sentence stating the reason for the act asked
// about, told by another word for it ("her exit stemmed from"), not by a
// circumstance ("amid a shake-up") nor a sentence where the act is the
// cause of something else ("shares slid following the departure").
func TestAskWhyStatedReason(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask18", true), at("2026-03-16T12:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		{question: "why did Ruth Okafor leave Harbour Lines?", want: []string{"clash with the chairman"}, cited: true},
		{question: "why did Ruth Okafor resign", want: []string{"clash with the chairman"}, cited: true},
		{question: "why are nurses striking?", want: []string{"weekend pay supplement"}, cited: true},
		{question: "why are the Kelda nurses on strike?", want: []string{"weekend pay supplement"}, cited: true},
		{question: "why was the ferry fares vote delayed?", want: []string{"legal advice"}, not: []string{"protests"}, cited: true},
		// A stated reason outranks the circumstance the act happened in.
		{question: "why was Dunmore pier closed?", want: []string{"cracks"}, cited: true},
		// A circumstance answers only after the act: "takings fell
		// following the shutting" tells another act's cause.
		{question: "why was the Kelda harbour road shut?", want: []string{"repairs to the sea wall"}, cited: true},
		// A sentence stating a reason with another verb ("dropped
		// because") is kept, not traded for a circumstance elsewhere.
		{question: "why did Harbour Lines' profits fall in 2025?", want: []string{"fuel bills"}, not: []string{"strike"}, cited: true},
		{question: "why was the fares vote postponed", want: []string{"legal advice"}, not: []string{"protests"}, cited: true},
	})
}

// Do/does yes-no questions: yes or no with the sentence saying so (a
// refusal says no, and its subject may be a pronoun), or that the copy
// does not say.
func TestAskDoVerbYesNo(t *testing.T) {
	s := service(fixtureWorldIn(t, "ask18", true), at("2026-03-16T12:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		{question: "does the Transport Committee back a flat fare?", want: []string{"No, according to", "rejected a call"}, cited: true},
		{question: "do Transport Committee members support a flat fare on every crossing", want: []string{"No, according to", "rejected a call"}, cited: true},
		{question: "does the Transport Committee back a discount card for island residents?", want: []string{"Yes, according to", "discount card"}, cited: true},
		{question: "does the Seafarers Union accept the pay offer?", want: []string{"No, according to", "refused to accept"}, cited: true},
		{question: "does Harbour Lines still own the Kelda terminal?", want: []string{"Yes, according to", "still owns"}, cited: true},
		// The verb before the words asked about decides.
		{question: "does the Transport Committee back a harbour levy?", want: []string{"Yes, according to", "harbour levy"}, cited: true},
		{question: "does the Transport Committee back cutting berth fees?", want: []string{"No, according to", "berth fees"}, cited: true},
		{question: "do councillors support a subsidy for the night ferry?", want: []string{"No, according to", "voted against"}, cited: true},
		{question: "does Harbour Lines own the ferry fleet?", want: []string{"does not say whether Harbour Lines owns"}, cited: true},
	})
}

// TestWhyLooseNeed: a sentence with the act asked about and a
// circumstance after it, however long the letters before the act lower.
func TestWhyLooseNeed(t *testing.T) {
	need := whyLooseNeed([]string{"sell"})
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"The club sold its striker amid a cash crisis.", true},
		{"Amid a cash crisis, the club sold its striker.", false}, // the circumstance comes before the act
		{"The club did not say why it sold its striker.", false},
		// Letters whose lower case is longer ("Ⱥ", two bytes lowering to
		// three) or shorter ("İ", two to one) in UTF-8 before the act.
		{"Elders of the ȺȺȺ ȺȺȺ band said the council sold amid a row.", true},
		{"Elders of the ȺȺȺȺ ȺȺȺȺ ȺȺȺȺ ȺȺȺȺ band said the council sold.", false},
		{"After İzmir's İYİ deputies, the council sold.", false},
	} {
		if got := need(tc.sentence); got != tc.want {
			t.Errorf("whyLooseNeed(sell)(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}
