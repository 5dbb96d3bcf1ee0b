package quotes

import (
	"strings"
	"testing"

	"github.com/newsroom/newsbot/extract/people"
)

// TestOrgFullName: a body quoted under its initials or short name takes
// the name the article spells out. Sentences written for the test.
func TestOrgFullName(t *testing.T) {
	tests := []struct{ name, in, words, speaker string }{
		{"two-letter initials of an association",
			"The Rugby Football Union has opened an inquiry into the brawl. \"The referee dealt with the matter on the day,\" said an RFU statement.",
			"The referee dealt with the matter on the day,", "Rugby Football Union"},
		{"initials of a federation named before",
			"The Kenyan Athletics Federation has suspended two coaches. \"We will not tolerate doping in any form,\" the KAF said in a statement.",
			"We will not tolerate doping in any form,", "Kenyan Athletics Federation"},
		{"title-case initials of a company",
			"Shares in Northern Rail Holdings fell 4% after the results. Nrh told investors it expected \"a difficult second half for the whole industry\".",
			"a difficult second half for the whole industry", "Northern Rail Holdings"},
		{"company short name",
			"Profits at Harlow Energy fell sharply in the third quarter. Harlow said the fall reflected \"a one-off charge on the North Sea fields\".",
			"a one-off charge on the North Sea fields", "Harlow Energy"},
		{"a newspaper descriptor is dropped",
			"The mayor has resigned. \"His position had become untenable,\" the Evening Courier newspaper said in an editorial.",
			"His position had become untenable,", "Evening Courier"},
		{"initials the article never spells out stay",
			"The whale count fell again this year. \"The decline is alarming,\" the WWF said in a statement.",
			"The decline is alarming,", "the WWF"},
		{"a person's name is no body's spelled-out name",
			"Brian Arthur Tate chairs the inquiry. \"We will report in June,\" Bat said.",
			"We will report in June,", "Bat"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpeakerOf(t, tt.in, tt.words, tt.speaker) })
	}
}

// TestOrgMembers: the members a one-word body's name qualifies speak,
// not the body alone nor the plural noun alone. Sentences written for
// the test.
func TestOrgMembers(t *testing.T) {
	tests := []struct{ name, in, words, speaker string }{
		{"body word opening the sentence, then saying",
			"Church leaders are trying to stop the festival, saying they do not want its \"loud and godless music\" in their town.",
			"loud and godless music", "Church leaders"},
		{"union leaders said",
			"Union leaders said the pay offer was \"an insult to every nurse\".",
			"an insult to every nurse", "Union leaders"},
		{"body officials dismissed",
			"Kremlin officials dismissed the report as \"pure fiction from start to finish\".",
			"pure fiction from start to finish", "Kremlin officials"},
		{"body officials warned, in a later sentence",
			"Flu cases doubled in a week. Hospital officials warned of \"a winter like no other\" on the wards.",
			"a winter like no other", "Hospital officials"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpeakerOf(t, tt.in, tt.words, tt.speaker) })
	}
}

// TestOrgNameList: a body's name may hold a comma list of capitalised
// words that "and" closes; an indefinite source takes the role noun after
// the name. Sentences written for the test.
func TestOrgNameList(t *testing.T) {
	tests := []struct{ name, in, words, speaker string }{
		{"a spokeswoman of a department with a list in its name",
			"A Department for Environment, Food and Rural Affairs spokeswoman said: \"We are looking at the figures closely.\"",
			"We are looking at the figures closely.", "A Department for Environment, Food and Rural Affairs spokeswoman"},
		{"the department with a list in its name said",
			"The Department for Culture, Media and Sport said it was \"aware of the problem with ticket touts\".",
			"aware of the problem with ticket touts", "The Department for Culture, Media and Sport"},
		{"a department spokesman without a list",
			"A Department of Transport spokesman said: \"We will respond in due course.\"",
			"We will respond in due course.", "A Department of Transport spokesman"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpeakerOf(t, tt.in, tt.words, tt.speaker) })
	}
}

// TestSameSource: a definite source of a body takes the words that
// introduced it, so one unnamed source has one name. Sentences written
// for the test.
func TestSameSource(t *testing.T) {
	tests := []struct{ name, in, words, speaker string }{
		{"spokesman for X, then the X spokesman added",
			"A spokesman for Harlow Council said: \"The bins will be collected.\" The Harlow Council spokesman added: \"Nobody will miss a week.\"",
			"Nobody will miss a week.", "A spokesman for Harlow Council"},
		{"an X spokeswoman, then the X spokeswoman said",
			"A Rail Europe spokeswoman said the trains were late. \"We are sorry for the delays,\" the Rail Europe spokeswoman said.",
			"We are sorry for the delays,", "A Rail Europe spokeswoman"},
		{"a source introduced with no quotation, then the definite one",
			"A spokeswoman for Pemberton declined to comment on Monday. The Pemberton spokeswoman later said: \"We have nothing to add.\"",
			"We have nothing to add.", "A spokeswoman for Pemberton"},
		{"another noun is another source",
			"A spokesman for Harlow Council said the bins would be collected. \"Nobody will miss a week,\" the Harlow Council official said.",
			"Nobody will miss a week,", "the Harlow Council official"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkSpeakerOf(t, tt.in, tt.words, tt.speaker) })
	}
}

// checkLastSpeakerName checks the speaker of the last quotation in in,
// whatever its mention (checkLastSpeaker checks both).
func checkLastSpeakerName(t *testing.T, in, speaker string) {
	t.Helper()
	got := find(in)
	checkLocated(t, in, got)
	if len(got) == 0 {
		t.Fatal("no quotes")
	}
	if g := got[len(got)-1]; g.Speaker != speaker {
		t.Errorf("%q: speaker %q (mention %q, cue %q), want %q", g.Text, g.Speaker, g.Mention, g.Cue, speaker)
	}
}

// checkSpeakerOf finds the quotations of in and checks that the one whose
// text is words was given to speaker.
func checkSpeakerOf(t *testing.T, in, words, speaker string) {
	t.Helper()
	got := find(in)
	checkLocated(t, in, got)
	for _, q := range got {
		if q.Text == words {
			if q.Speaker != speaker {
				t.Errorf("%q: speaker %q (mention %q), want %q", q.Text, q.Speaker, q.Mention, speaker)
			}
			return
		}
	}
	t.Errorf("no quotation %q in %+v", words, got)
}

// TestOrgFullNameManyPeople: a long story naming thousands of people, a
// body quoted under its initials after each, is attributed in time
// linear in its length. Looking up the body's spelled-out name walked
// every run of capitalised words for every quotation: at this size (6 MB,
// 102,400 quotations) that took minutes, so the test times out if
// the walk comes back. Sentences written for the test.
func TestOrgFullNameManyPeople(t *testing.T) {
	if testing.Short() {
		t.Skip("a 6 MB story")
	}
	firsts := [...]string{"Mia", "Tom", "Anna", "Pedro", "Sean", "Amal", "Kari", "Lena", "Omar", "Ruth"}
	heads := [...]string{"Kor", "Bel", "Mar", "Dun", "Hal", "Ster", "Wick", "Fen", "Gar", "Tal", "Brom", "Cald", "Ash", "Thorn", "Lind", "Pem"}
	tails := [...]string{"van", "ton", "ley", "ford", "wood", "ham", "ridge", "by", "stead", "well", "more", "dale", "field", "worth", "croft", "holm"}
	ends := [...]string{"", "e", "a", "o", "i", "u", "er", "an", "el", "is", "s", "es", "as", "os", "ers", "ans", "els", "et", "en", "on"}
	bodies := [...]string{"the FA", "the NFU", "the TUC", "the CAA"}
	var b strings.Builder
	b.WriteString("The Football Association (FA) and the National Farmers Union (NFU) met on Monday.\n\n")
	n := 0
	for _, f := range firsts {
		for _, h := range heads {
			for _, tl := range tails {
				for _, e := range ends {
					body := bodies[n%len(bodies)]
					n++
					b.WriteString(f + " " + h + tl + e + ", a spokesman for " + body + ", said: \u201cWe will not accept this plan.\u201d \u201cNever,\u201d " + body + " said.\n\n")
				}
			}
		}
	}
	text := b.String()
	qs := Find(text, people.Find(text))
	if len(qs) != 2*n {
		t.Fatalf("%d quotations, want %d", len(qs), 2*n)
	}
	for _, k := range []int{1, 3, len(qs) - 7, len(qs) - 5} {
		if qs[k].Text != "Never," {
			t.Fatalf("quotation %d is %q, want \"Never,\"", k, qs[k].Text)
		}
	}
	if got := qs[1].Speaker; got != "Football Association" {
		t.Errorf("first \"the FA said\": speaker %q, want Football Association", got)
	}
	if got := qs[len(qs)-5].Speaker; got != "National Farmers Union" {
		t.Errorf("last \"the NFU said\" but one: speaker %q, want National Farmers Union", got)
	}
}

// TestSameSourceManyQuotes: a source quoted thousands of times under the
// words that introduced it is named in time linear in the story's
// length. Each quotation searched all the text before it for the
// introduction: at this size (2.5 MB, 32,000 quotations) that took
// minutes, so the test times out if the search comes back. Sentences
// written for the test.
func TestSameSourceManyQuotes(t *testing.T) {
	if testing.Short() {
		t.Skip("a 2.5 MB story")
	}
	var b strings.Builder
	b.WriteString("A Harbour Board spokesman said the talks had failed.\n\n")
	const n = 32000
	for k := 0; k < n; k++ {
		b.WriteString("\u201cWe will fight this plan,\u201d the Harbour Board spokesman said. Talks resume next week.\n\n")
	}
	text := b.String()
	qs := Find(text, people.Find(text))
	// (The first is the introduction's indirect speech.)
	if len(qs) != n+1 {
		t.Fatalf("%d quotations, want %d", len(qs), n+1)
	}
	for _, k := range []int{1, n} {
		if got, want := qs[k].Speaker, "A Harbour Board spokesman"; got != want {
			t.Errorf("quotation %d: speaker %q, want %q", k, got, want)
		}
	}
}
