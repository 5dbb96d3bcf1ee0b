package quotes

import "testing"

// TestSpeakerClasses covers speakers stated with an organisation after the
// name, speakers whose surname is also a title, a reported clause with a
// subject of its own, and "X called Y 'Q'". Each case is a sentence
// written for this test; every quotation's speaker is checked.
func TestSpeakerClasses(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"role, name, then of an organisation before the verb",
			"Analyst Tom Reyes of the Harbor Institute said the rate cut was “far too late to help borrowers”.",
			[]want{{"far too late to help borrowers", "Tom Reyes", ""}}},
		{"name at an organisation, colon",
			"Economist Nadia Perez at the Lowland Bank said: “Borrowers will wait.”",
			[]want{{"Borrowers will wait.", "Nadia Perez", ""}}},
		{"quote first, name of an organisation after",
			"“The market has priced this in,” said Tom Reyes of the Harbor Institute.",
			[]want{{"The market has priced this in,", "Tom Reyes", ""}}},
		{"appositive role at an organisation",
			"Tom Reyes, an analyst at the Harbor Institute, said the move was “overdue”.",
			[]want{{"overdue", "Tom Reyes", ""}}},
		{"organisation and role before the name",
			"Harbor Institute analyst Tom Reyes said the move was “overdue”.",
			[]want{{"overdue", "Tom Reyes", ""}}},
		{"an organisation alone still speaks",
			"The Harbor Institute said the rate cut was “far too late”.",
			[]want{{"far too late", "The Harbor Institute", ""}}},
		{"surname that is a title, then a pronoun",
			"Canadian Prime Minister Laura Bishop arrived in Oslo on Monday. “We came to build trust,” Ms Bishop said. She later told reporters the visit was “a turning point”.",
			[]want{{"We came to build trust,", "Laura Bishop", ""}, {"a turning point", "Laura Bishop", ""}}},
		{"office of a see",
			"The Bishop of Durham said the cuts were “cruel and needless”.",
			[]want{{"cruel and needless", "Bishop of Durham", ""}}},
		{"reported clause with its own subject",
			"Trade Minister Ana Lutz said the bloc would respond “swiftly and firmly” to the tariffs.",
			[]want{{"swiftly and firmly", "Ana Lutz", ""}}},
		{"reported clause whose verb of saying is to come, colon",
			"Trade Minister Ana Lutz said the bloc would respond: “We will not be bullied.”",
			[]want{{"We will not be bullied.", "Ana Lutz", ""}}},
		{"reported clause, infinitive verb of saying",
			"Ana Lutz said the bloc was ready to reply: “We will not be bullied.”",
			[]want{{"We will not be bullied.", "Ana Lutz", ""}}},
		{"reported clause after a pronoun subject",
			"Ana Lutz, the trade minister, spoke on Monday. She said the bloc would respond to the tariffs “in kind”.",
			[]want{{"in kind", "Ana Lutz", ""}}},
		{"called the cuts, double marks",
			"Councillor Rebecca Lyle called the cuts “a betrayal of every family in the county”.",
			[]want{{"a betrayal of every family in the county", "Rebecca Lyle", ""}}},
		{"called the cuts, single marks",
			"The county council voted on Tuesday. Councillor Rebecca Lyle called the cuts ‘a betrayal of every family in the county’.",
			[]want{{"a betrayal of every family in the county", "Rebecca Lyle", ""}}},
		{"called, appositive subject",
			"Rebecca Lyle, a Labour councillor, called the council's decision to cut bus routes \"a betrayal of every family in the county\" and walked out.",
			[]want{{"a betrayal of every family in the county", "Rebecca Lyle", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkQuotes(t, tt.in, tt.want)
		})
	}
}
