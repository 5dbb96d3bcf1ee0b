package trips

import (
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/timex"
)

// wireCase is a paragraph run through the people finder and the date
// tagger, as published on pub: the audit's failures need the roles and
// nationalities the finder gives (whose country a dateline is foreign to).
type wireCase struct {
	name string
	pub  string
	text string
	want []want
}

func runWireCases(t *testing.T, tests []wireCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, err := time.Parse("2006-01-02", tt.pub)
			if err != nil {
				t.Fatal(err)
			}
			check(t, Find(tt.text, pub, people.Find(tt.text), timex.Tag(tt.text, pub)), tt.want)
		})
	}
}

// TestAuditPastFollowUps: meetings told in the past tense after the lead
// are held where the traveller was then (the dateline's city, the stay
// that ended later), not at a later return.
func TestAuditPastFollowUps(t *testing.T) {
	runWireCases(t, []wireCase{
		{"meetings under a dateline with a return home after them", "2026-03-14",
			"NAIROBI (AP) - Indian Prime Minister Ravi Menon met Kenyan President William Ruto on Thursday and held talks with Tanzanian President Samia Suluhu Hassan on Friday. He flew back to New Delhi on Saturday.",
			[]want{
				{"Ravi Menon", "Nairobi", "Kenya", "2026-03-12", "", newsbot.StatusDone, []string{"William Ruto"}},
				{"Ravi Menon", "Nairobi", "Kenya", "2026-03-13", "", newsbot.StatusDone, []string{"Samia Suluhu Hassan"}}}},
		{"meetings before the day a visit was wrapped up", "2026-03-14",
			"Indian Prime Minister Ravi Menon wrapped up a visit to Kenya on Saturday. Menon met President William Ruto on Thursday and held talks with Tanzanian President Samia Suluhu Hassan on Friday before flying back to New Delhi.",
			[]want{
				{"Ravi Menon", "Kenya", "Kenya", "2026-03-12", "", newsbot.StatusDone, []string{"William Ruto"}},
				{"Ravi Menon", "Kenya", "Kenya", "2026-03-13", "", newsbot.StatusDone, []string{"Samia Suluhu Hassan"}}}},
		{"talks with unnamed people on a day of the stay", "2026-03-14",
			"Indian Prime Minister Ravi Menon arrived in Nairobi on Wednesday for a three-day visit. He met Kenyan President William Ruto on Thursday and held talks with business leaders on Friday, officials said. Menon flew back to New Delhi on Saturday.",
			[]want{
				{"Ravi Menon", "Nairobi", "Kenya", "2026-03-11", "", newsbot.StatusDone, nil},
				{"Ravi Menon", "Nairobi", "Kenya", "2026-03-12", "", newsbot.StatusDone, []string{"William Ruto"}},
				{"Ravi Menon", "Nairobi", "Kenya", "2026-03-13", "", newsbot.StatusDone, nil}}},
		{"undated talks with unnamed people make no leg", "2026-03-14",
			"Indian Prime Minister Ravi Menon held talks with business leaders, officials said.",
			nil},
		{"a local leader under his own dateline travels nowhere", "2026-03-14",
			"NAIROBI (AP) - Kenyan President William Ruto met Indian Prime Minister Ravi Menon on Thursday.",
			nil},
	})
}

// TestAuditCounterparts: the host met on the arrival day stays with the
// arrival, not the next stop; a passive "was met by", "will be received
// by" names a counterpart.
func TestAuditCounterparts(t *testing.T) {
	runWireCases(t, []wireCase{
		{"met on arrival, then a journey still to come", "2026-03-10",
			"Prime Minister Mark Carney arrived in Tokyo on Tuesday. He met Foreign Minister Toshimitsu Motegi and will fly to Seoul on Thursday.",
			[]want{
				{"Mark Carney", "Tokyo", "Japan", "2026-03-10", "", newsbot.StatusUnderway, []string{"Toshimitsu Motegi"}},
				{"Mark Carney", "Seoul", "South Korea", "2026-03-12", "", newsbot.StatusScheduled, nil}}},
		{"was met at the airport by, then talks and a journey", "2026-03-10",
			"Prime Minister Mark Carney arrived in Tokyo on Tuesday. He was met at the airport by Foreign Minister Toshimitsu Motegi and will hold talks with Prime Minister Sanae Takaichi on Wednesday before flying to Seoul on Thursday.",
			[]want{
				{"Mark Carney", "Tokyo", "Japan", "2026-03-10", "", newsbot.StatusUnderway, []string{"Toshimitsu Motegi"}},
				{"Mark Carney", "Seoul", "South Korea", "2026-03-12", "", newsbot.StatusScheduled, nil},
				{"Mark Carney", "Tokyo", "Japan", "2026-03-11", "", newsbot.StatusScheduled, []string{"Sanae Takaichi"}}}},
		{"will be received by, after where", "2026-03-10",
			"Prime Minister Mark Carney will travel to Beijing on Thursday, where he will be received by President Xi Jinping.",
			[]want{{"Mark Carney", "Beijing", "China", "2026-03-12", "", newsbot.StatusScheduled, []string{"Xi Jinping"}}}},
		{"will be received by, a sentence of its own", "2026-03-10",
			"Prime Minister Mark Carney will arrive in Beijing on Thursday. He will be received by President Xi Jinping at the Great Hall of the People on Friday.",
			[]want{
				{"Mark Carney", "Beijing", "China", "2026-03-12", "", newsbot.StatusScheduled, nil},
				{"Mark Carney", "Beijing", "China", "2026-03-13", "", newsbot.StatusScheduled, []string{"Xi Jinping"}}}},
		{"a proposal received by a committee is no meeting", "2026-03-10",
			"Prime Minister Mark Carney will arrive in Beijing on Thursday. The proposal was received by the committee on Friday.",
			[]want{{"Mark Carney", "Beijing", "China", "2026-03-12", "", newsbot.StatusScheduled, nil}}},
		{"welcomed at the airport by, after where", "2026-03-10",
			"Prime Minister Mark Carney arrived in Tokyo on Tuesday, where he was welcomed at the airport by Foreign Minister Toshimitsu Motegi. He flies to Seoul on Thursday.",
			[]want{
				{"Mark Carney", "Tokyo", "Japan", "2026-03-10", "", newsbot.StatusUnderway, []string{"Toshimitsu Motegi"}},
				{"Mark Carney", "Seoul", "South Korea", "2026-03-12", "", newsbot.StatusScheduled, nil}}},
		{"greeted on landing, before heading on on a later weekday", "2026-03-10",
			"Prime Minister Mark Carney landed in Tokyo on Tuesday and was greeted by Foreign Minister Toshimitsu Motegi before heading to Seoul on Thursday.",
			[]want{
				{"Mark Carney", "Tokyo", "Japan", "2026-03-10", "", newsbot.StatusUnderway, []string{"Toshimitsu Motegi"}},
				{"Mark Carney", "Seoul", "South Korea", "2026-03-12", "", newsbot.StatusScheduled, nil}}},
		{"welcomed the decision is no meeting", "2026-03-10",
			"Prime Minister Mark Carney arrived in Tokyo on Tuesday and welcomed the decision by Foreign Minister Toshimitsu Motegi.",
			[]want{{"Mark Carney", "Tokyo", "Japan", "2026-03-10", "", newsbot.StatusUnderway, nil}}},
		{"received a letter is no meeting", "2026-03-10",
			"Prime Minister Mark Carney will travel to Beijing on Thursday, and has received a letter from President Xi Jinping.",
			[]want{{"Mark Carney", "Beijing", "China", "2026-03-12", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestAuditBeforeClause: "before he travels to X" follows the main
// clause's day; it is not on it, and not under way.
func TestAuditBeforeClause(t *testing.T) {
	runWireCases(t, []wireCase{
		{"just days before he travels", "2026-03-10",
			"The prime minister, Keir Starmer, announced the package on Tuesday, just days before he travels to Washington for talks with Donald Trump.",
			[]want{{"Keir Starmer", "Washington", "United States", "", "2026-03-10", newsbot.StatusScheduled, []string{"Donald Trump"}}}},
		{"before she flies, after a dated meeting", "2026-03-10",
			"Keir Starmer will meet Emmanuel Macron in Paris on Thursday before he flies to Berlin.",
			[]want{
				{"Keir Starmer", "Berlin", "Germany", "", "2026-03-12", newsbot.StatusScheduled, nil},
				{"Keir Starmer", "Paris", "France", "2026-03-12", "", newsbot.StatusScheduled, []string{"Emmanuel Macron"}}}},
		{"before he travels on a day of its own", "2026-03-10",
			"Keir Starmer will meet Emmanuel Macron in Paris on Thursday, before he travels to Berlin on Friday.",
			[]want{
				{"Keir Starmer", "Berlin", "Germany", "2026-03-13", "", newsbot.StatusScheduled, nil},
				{"Keir Starmer", "Paris", "France", "2026-03-12", "", newsbot.StatusScheduled, []string{"Emmanuel Macron"}}}},
	})
}

// TestAuditCancelledNoun: a called-off plan told as a noun phrase with no
// owner goes to the story's traveller; a plant in a town is in the town.
func TestAuditCancelledNoun(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a planned Monday visit has been cancelled", "2026-03-10",
			"Chancellor Friedrich Merz will travel to Munich on Wednesday for an industry conference. A planned Monday visit to the Siemens plant in Stuttgart has been cancelled, his spokesman said.",
			[]want{
				{"Friedrich Merz", "Munich", "Germany", "2026-03-11", "", newsbot.StatusScheduled, nil},
				{"Friedrich Merz", "Stuttgart", "Germany", "2026-03-16", "", newsbot.StatusCancelled, nil}}},
		{"a plant in a town the gazetteer lacks", "2026-03-10",
			"Chancellor Friedrich Merz will travel to Munich on Wednesday for an industry conference. A planned Monday visit to the Siemens plant in Erlangen has been cancelled, his spokesman said.",
			[]want{
				{"Friedrich Merz", "Munich", "Germany", "2026-03-11", "", newsbot.StatusScheduled, nil},
				{"Friedrich Merz", "Erlangen", "Germany", "2026-03-16", "", newsbot.StatusCancelled, nil}}},
		{"a planned visit by someone to a plant in a town", "2026-03-10",
			"A planned visit by Chancellor Friedrich Merz to the Siemens plant in Stuttgart on Monday has been cancelled, his spokesman said.",
			[]want{{"Friedrich Merz", "Stuttgart", "Germany", "2026-03-09", "", newsbot.StatusCancelled, nil}}},
	})
}

// TestAuditActivityDay: a day of activities in the city of the stay,
// its day fronted, is a leg of its own there.
func TestAuditActivityDay(t *testing.T) {
	runWireCases(t, []wireCase{
		{"on Monday the pontiff will celebrate Mass", "2026-03-08",
			"Pope Leo arrived in Beirut on Sunday for a three-day visit. On Monday, the pontiff will celebrate Mass on the waterfront and visit the Karantina district.",
			[]want{
				{"Leo", "Beirut", "Lebanon", "2026-03-08", "", newsbot.StatusUnderway, nil},
				{"Leo", "Beirut", "Lebanon", "2026-03-09", "", newsbot.StatusScheduled, nil}}},
		{"on Tuesday he will lay a wreath", "2026-03-09",
			"President Emmanuel Macron arrived in Lagos on Monday. On Tuesday he will visit a tech hub and lay a wreath at a memorial.",
			[]want{
				{"Emmanuel Macron", "Lagos", "Nigeria", "2026-03-09", "", newsbot.StatusUnderway, nil},
				{"Emmanuel Macron", "Lagos", "Nigeria", "2026-03-10", "", newsbot.StatusScheduled, nil}}},
		{"a fronted day and a day of its own after the cue", "2026-03-09",
			"President Emmanuel Macron arrived in Lagos on Monday. On Tuesday he will rest, and he will lay a wreath at a memorial on Wednesday.",
			[]want{
				{"Emmanuel Macron", "Lagos", "Nigeria", "2026-03-09", "", newsbot.StatusUnderway, nil},
				{"Emmanuel Macron", "Lagos", "Nigeria", "2026-03-11", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestAuditEmbassy: an embassy named by its country is in the city after
// it; the month an aside tells of is not the visit's.
func TestAuditEmbassy(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the US Embassy in Kyiv, an office-taking month aside", "2026-03-10",
			"Lisa Grant, who became ambassador in January, visited the US Embassy in Kyiv.",
			[]want{{"Lisa Grant", "Kyiv", "Ukraine", "", "", newsbot.StatusDone, nil}}},
		{"an embassy in a city on a day", "2026-03-10",
			"Keir Starmer will visit the British embassy in Washington on Thursday.",
			[]want{{"Keir Starmer", "Washington", "United States", "2026-03-12", "", newsbot.StatusScheduled, nil}}},
		{"a relative clause that holds the cue keeps its time", "2026-03-10",
			"Friedrich Merz, who last met Donald Trump at the NATO summit in The Hague in June, will be accompanied by Katherina Reiche.",
			[]want{{"Friedrich Merz", "The Hague", "Netherlands", "2025-06", "", newsbot.StatusDone, []string{"Donald Trump"}}}},
	})
}

// TestAuditWeekThenDay: a country next week and a city on a weekday of
// that week in one sentence is the city on that day.
func TestAuditWeekThenDay(t *testing.T) {
	runWireCases(t, []wireCase{
		{"next week ... and will meet in a city on Tuesday", "2026-03-10",
			"Chancellor Friedrich Merz will visit India next week and will meet Prime Minister Narendra Modi in New Delhi on Tuesday.",
			[]want{{"Friedrich Merz", "New Delhi", "India", "2026-03-17", "", newsbot.StatusScheduled, []string{"Narendra Modi"}}}},
		{"next week, where he will meet in a city on Tuesday", "2026-03-10",
			"Chancellor Friedrich Merz will travel to India next week, where he will meet Prime Minister Narendra Modi in New Delhi on Tuesday.",
			[]want{{"Friedrich Merz", "New Delhi", "India", "2026-03-17", "", newsbot.StatusScheduled, []string{"Narendra Modi"}}}},
	})
}

// TestAuditDescriptions: a sentence-opening description with no role
// noun goes to the story's protagonist, never to the organisation named
// last before it.
func TestAuditDescriptions(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the veteran diplomat after an organisation the finder took for a person", "2026-03-10",
			"Karin Holm has been named special envoy to the Sahel, according to Deutsche Welle. The veteran diplomat will travel to Bamako on Thursday.",
			[]want{{"Karin Holm", "Bamako", "Mali", "2026-03-12", "", newsbot.StatusScheduled, nil}}},
		{"the veteran banker after a bank the finder took for a person", "2026-03-10",
			"Klaus Brandt met investors in Beijing on Monday, Bloomberg News reported, citing Morgan Stanley. The veteran banker will then fly to Shanghai on Wednesday.",
			[]want{
				{"Klaus Brandt", "Beijing", "China", "2026-03-09", "", newsbot.StatusDone, nil},
				{"Klaus Brandt", "Shanghai", "China", "2026-03-11", "", newsbot.StatusScheduled, nil}}},
		{"the 64-year-old former engineer", "2026-03-10",
			"Klaus Brandt will visit Beijing on Monday, according to a statement from Goldman Sachs. The 64-year-old former engineer will then fly to Shanghai on Wednesday.",
			[]want{
				{"Klaus Brandt", "Beijing", "China", "2026-03-16", "", newsbot.StatusScheduled, nil},
				{"Klaus Brandt", "Shanghai", "China", "2026-03-18", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestOrgLike: names that end in an organisation's word.
func TestOrgLike(t *testing.T) {
	for name, want := range map[string]bool{
		"Deutsche Welle": true, "Bloomberg News": true, "Goldman Sachs Group": true, "Karin Holm": false,
		"Klaus Brandt": false, "Reuters": true, "Post": true, "Posthumus": false,
	} {
		if got := orgLike(name); got != want {
			t.Errorf("orgLike(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestAuditTwoMeetingsOneSentence: talks with no day of their own before
// "before meeting B on Friday" are held on the stay's day, not Friday's.
func TestAuditTwoMeetingsOneSentence(t *testing.T) {
	runWireCases(t, []wireCase{
		{"talks at a landmark, before meeting someone on Friday", "2026-03-10",
			"German Chancellor Friedrich Merz will visit Paris on Thursday. He will hold talks with President Emmanuel Macron at the Elysee Palace, before meeting Prime Minister Sebastien Lecornu on Friday morning.",
			[]want{
				{"Friedrich Merz", "Paris", "France", "2026-03-12", "", newsbot.StatusScheduled, []string{"Emmanuel Macron"}},
				{"Friedrich Merz", "Paris", "France", "2026-03-13", "", newsbot.StatusScheduled, []string{"Sebastien Lecornu"}}}},
		{"talks, before meeting someone on Friday", "2026-03-10",
			"German Chancellor Friedrich Merz will visit Paris on Thursday. He will hold talks with President Emmanuel Macron, before meeting Prime Minister Sebastien Lecornu on Friday morning.",
			[]want{
				{"Friedrich Merz", "Paris", "France", "2026-03-12", "", newsbot.StatusScheduled, []string{"Emmanuel Macron"}},
				{"Friedrich Merz", "Paris", "France", "2026-03-13", "", newsbot.StatusScheduled, []string{"Sebastien Lecornu"}}}},
		{"talks on Thursday, before meeting someone on Friday", "2026-03-10",
			"Chancellor Friedrich Merz arrives in Paris on Wednesday. He will hold talks with President Emmanuel Macron on Thursday, before meeting Prime Minister Sebastien Lecornu on Friday morning.",
			[]want{
				{"Friedrich Merz", "Paris", "France", "2026-03-11", "", newsbot.StatusScheduled, nil},
				{"Friedrich Merz", "Paris", "France", "2026-03-12", "", newsbot.StatusScheduled, []string{"Emmanuel Macron"}},
				{"Friedrich Merz", "Paris", "France", "2026-03-13", "", newsbot.StatusScheduled, []string{"Sebastien Lecornu"}}}},
	})
}

// TestAuditBareReturn: an undated return with no other stop is going
// back where the story started; a dated one is a journey.
func TestAuditBareReturn(t *testing.T) {
	runWireCases(t, []wireCase{
		{"toured a plant before returning", "2026-03-10",
			"Laura Finch toured the plant on Tuesday before returning to London.",
			nil},
		{"returned on a day for talks", "2026-03-10",
			"Laura Finch returned to Kyiv on Monday for talks.",
			[]want{{"Laura Finch", "Kyiv", "Ukraine", "2026-03-09", "", newsbot.StatusDone, nil}}},
		{"a return after a stop abroad is going home", "2026-03-10",
			"Laura Finch will visit Kyiv on Monday before returning to London.",
			[]want{{"Laura Finch", "Kyiv", "Ukraine", "2026-03-16", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestAuditSecondBatch: a second set of paragraphs written after the
// first fixes, to check they generalise.
func TestAuditSecondBatch(t *testing.T) {
	runWireCases(t, []wireCase{
		{"a day's address under a dateline before a later flight home", "2026-04-14",
			"LISBON (Reuters) - Brazilian President Luiz Inacio Lula da Silva met Portuguese Prime Minister Luis Montenegro on Monday and addressed parliament on Tuesday. Lula flew back to Brasilia on Tuesday evening.",
			[]want{
				{"Luiz Inacio Lula da Silva", "Lisbon", "Portugal", "2026-04-13", "", newsbot.StatusDone, []string{"Luis Montenegro"}},
				{"Luiz Inacio Lula da Silva", "Lisbon", "Portugal", "2026-04-14", "", newsbot.StatusUnderway, nil}}},
		{"the former law professor nobody resolved", "2026-04-14",
			"Canadian Foreign Minister Anita Anand will travel to Brussels next week for a NATO meeting, her office said. The former law professor will then go on to Warsaw on Friday to meet Polish officials, according to the Canadian Press.",
			[]want{
				{"Anita Anand", "Brussels", "Belgium", "2026-W17", "", newsbot.StatusScheduled, nil},
				{"Anita Anand", "Warsaw", "Poland", "2026-04-24", "", newsbot.StatusScheduled, nil}}},
		{"a planned trip to a shipyard in a town the gazetteer lacks", "2026-04-14",
			"Prime Minister Keir Starmer will visit Scotland on Wednesday. A planned Thursday trip to the shipyard in Govan has been called off, Downing Street said.",
			[]want{
				{"Keir Starmer", "Scotland", "United Kingdom", "2026-04-15", "", newsbot.StatusScheduled, nil},
				{"Keir Starmer", "Govan", "United Kingdom", "2026-04-16", "", newsbot.StatusCancelled, nil}}},
		{"before meeting congressional leaders on Thursday morning", "2026-04-14",
			"Prime Minister Mark Carney will hold talks with Donald Trump at the White House on Wednesday, before meeting congressional leaders on Thursday morning.",
			[]want{
				{"Mark Carney", "Washington", "United States", "2026-04-15", "", newsbot.StatusScheduled, []string{"Donald Trump"}},
				{"Mark Carney", "Washington", "United States", "2026-04-16", "", newsbot.StatusScheduled, nil}}},
		{"a meeting the day before a stay under way is told", "2026-05-05",
			"Swiss Federal Councillor Ignazio Cassis met Chinese Foreign Minister Wang Yi on Monday. Cassis, who is on a three-day visit to China, held talks with Vice Premier He Lifeng on Tuesday. He flies to Shanghai on Wednesday.",
			[]want{
				{"Ignazio Cassis", "China", "China", "2026-05-04", "", newsbot.StatusDone, []string{"Wang Yi"}},
				{"Ignazio Cassis", "China", "China", "2026-05-05", "", newsbot.StatusUnderway, []string{"He Lifeng"}},
				{"Ignazio Cassis", "Shanghai", "China", "2026-05-06", "", newsbot.StatusScheduled, nil}}},
		{"the team is no person noun", "2026-04-14",
			"Prime Minister Keir Starmer will visit Scotland on Wednesday. The national team will then fly to Cardiff on Friday.",
			[]want{{"Keir Starmer", "Scotland", "United Kingdom", "2026-04-15", "", newsbot.StatusScheduled, nil}}},
	})
}
