package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// clinicStory is written for these tests: a lede that describes a person
// the next sentence names, a title and an honorific before a name with a
// second description after it, a count of people told with another noun,
// a meeting place named after the event, and an act set in one of several
// towns the story lists.
var clinicStory = newsbot.Article{ID: 501, Title: "Surgeon quits over clinic closures", Outlet: "Vale Gazette",
	Published: at("2026-03-02T08:00:00Z"), Text: `A senior surgeon who has resigned in protest over plans to close three rural clinics says patients will suffer.

Ama Osei quit on Monday after the health board voted to shut the clinics in Dunmore, Kellet and Rossby. Board chairman Peter Vance said the decision was final.

Campaigners expect up to 3,000 people to march on the board's offices on Saturday. They have agreed to gather at a car park beside the River Alne in Kellet before the march.

In Rossby, protesters blocked the entrance to the clinic for two hours. Local councillor Dr Ruth Penn, the county's health scrutiny chair, said the board had not listened.`}

func TestAskSetEleven(t *testing.T) {
	ref := newsbot.ArticleRef{ID: clinicStory.ID, Title: clinicStory.Title, Outlet: clinicStory.Outlet, Published: clinicStory.Published}
	people := []newsbot.PersonRecord{
		{ID: 1, Name: "Ama Osei", Quotes: 1},
		{ID: 2, Name: "Ruth Penn"},
		{ID: 3, Name: "Peter Vance", Role: "Board chairman"},
	}
	w := articleWorld(people, nil, clinicStory)
	w.quotes = []newsbot.QuoteHit{{ID: 9, Person: people[0], Article: ref,
		Quote: newsbot.Quote{Text: "The closure plan is deeply unfair to older patients", Speaker: "Ama Osei", Cue: "told", IsPerson: true}}}
	s := &Service{Store: w.store(), Location: time.UTC, Now: func() time.Time { return at("2026-03-03T09:00:00Z") }}
	for _, tt := range []struct{ q, lead string }{
		// The lede describes her; the store keeps no role.
		{"who is Ama Osei?", "a senior surgeon who has resigned in protest over plans to close three rural clinics"},
		// "Local councillor Dr Ruth Penn, the county's health scrutiny
		// chair,": the title before the honorific and the description
		// after the name.
		{"who is Ruth Penn?", "councillor and the county's health scrutiny chair"},
		// Asked in other words than the quote's: its claim names it.
		{"who said the closure plan was very unfair to older patients?", "was said by Ama Osei"},
		// "at the board's offices" is no place; the meeting point is.
		{"where is the march?", "River Alne in Kellet"},
		// People counted as "people" answer "how many supporters".
		{"how many supporters will march on the board's offices?", "3,000 people"},
		// The act set in the town, not the list of towns the board's vote
		// named.
		{"what happened in Rossby?", "In Rossby, protesters blocked the entrance"},
	} {
		a, err := s.Ask(context.Background(), tt.q)
		mustNoErr(t, err)
		if !strings.Contains(a.Lead, tt.lead) {
			t.Errorf("%s: lead %q, want it to hold %q", tt.q, a.Lead, tt.lead)
		}
	}
}

func TestNamesPlace(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"The rally will start at Kellet station.", true},
		{"Supporters are set to protest at Labour's spring conference.", false},
		{"She will contest the seat of Harrowby at the election.", true},
		{"The vote is due in January.", false},
		{"The talks ended in deadlock.", false},
	} {
		if got := namesPlace(c.s); got != c.want {
			t.Errorf("namesPlace(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestTypedNeedCounts(t *testing.T) {
	for _, c := range []struct {
		q, s string
		want bool
	}{
		{"how many people will march?", "Organisers expect 2,000 supporters to march.", true},
		{"how many people will march?", "Supporters will march on the town hall.", false},
		{"how many new stations will there be?", "The plan limits the number of new stations to 12.", true},
		{"how many new stations will there be?", "There will be eight new stations in each region.", true},
		{"how many new stations will there be?", "The 2019 plan was dropped.", false},
	} {
		need := typedNeed(c.q, keyTerms(cleanQuestion(c.q)))
		if need == nil {
			t.Errorf("typedNeed(%q) = nil", c.q)
			continue
		}
		if got := need(c.s); got != c.want {
			t.Errorf("typedNeed(%q)(%q) = %v, want %v", c.q, c.s, got, c.want)
		}
	}
}

func TestHappenedAt(t *testing.T) {
	for _, c := range []struct{ q, subj string }{
		{"what happened in Dunmore?", "Dunmore"},
		{"What has happened at the inquiry?", "the inquiry"},
		{"what happened to the ferries?", ""}, // a story's latest: storyLead
		{"what happens next?", ""},
	} {
		if got := happenedSubject(c.q); got != c.subj {
			t.Errorf("happenedSubject(%q) = %q, want %q", c.q, got, c.subj)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"In Dunmore, police arrested two men.", true},
		{"The inquiry heard evidence from six witnesses.", true},
		{"The mayor said the town was calm.", false},
		{"Dunmore is one of three towns on the list.", false},
	} {
		if got := tellsEvent(c.s); got != c.want {
			t.Errorf("tellsEvent(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestRoleHelpers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"But Labour peer", "Labour peer"},
		{"However Green councillor", "Green councillor"},
		{"Liberal Democrat peer", "Liberal Democrat peer"},
	} {
		if got := trimOpener(c.in); got != c.want {
			t.Errorf("trimOpener(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, head, name string }{
		{"19-year-old daughter of singer Ray Holt and Dan Price", "19-year-old daughter of singer Ray Holt", "Dan Price"},
		{"chairman of Marks and Spencer", "", ""},
		{"head of sales and marketing", "", ""},
	} {
		head, name, ok := cutLastAnd(c.in)
		if ok != (c.head != "") || head != c.head || name != c.name {
			t.Errorf("cutLastAnd(%q) = %q, %q, %v; want %q, %q", c.in, head, name, ok, c.head, c.name)
		}
	}
	for _, c := range []struct{ text, name, want string }{
		{"A retired judge who chaired the inquiry has said its findings were ignored. Sir Alan Reeve told the BBC ...", "Alan Reeve", "a retired judge who chaired the inquiry"},
		{"A retired judge who chaired the inquiry has said its findings were ignored.\n\nAlan Reeve told the BBC the report was shelved.", "Alan Reeve", "a retired judge who chaired the inquiry"},
		{"A bus crashed into a wall in Leeds on Monday. Alan Reeve said he saw it.", "Alan Reeve", ""},
		{"A senior nurse says wards are full.\n\nThe hospital said it was coping. Jo Bell said more beds were needed.", "Jo Bell", ""},
	} {
		if got := ledeDescription(c.text, c.name); got != c.want {
			t.Errorf("ledeDescription(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestQuoteContext(t *testing.T) {
	para := `In a statement, the minister said: "We will look at the ruling with care." The appeal was brought by three families who had been told they faced eviction. The council said it would not evict anyone before the spring.`
	got := quoteContext("We will look at the ruling with care.", para)
	if !strings.Contains(got, "the minister said") || !strings.Contains(got, "three families") || strings.Contains(got, "spring") {
		t.Errorf("quoteContext: %q", got)
	}
	if got := quoteContext("not here", para); got != para {
		t.Errorf("quoteContext of a quote not in the paragraph: %q", got)
	}
}

// railStory is written for these tests: a bare title whose firm only the
// headline names, and another the copy puts before the title.
var railStory = newsbot.Article{ID: 502, Title: "Harlow Rail shares fall on delay", Outlet: "Vale Gazette",
	Published: at("2026-03-01T08:00:00Z"), Text: `Shares in Harlow Rail fell 8% after the operator said its new trains would arrive a year late.

However, chief executive Tom Eke said the delay would not affect fares. Rival Westbay chief executive Sara Lind said the whole industry faced the same problem.`}

func TestWhoIsBareRole(t *testing.T) {
	people := []newsbot.PersonRecord{
		{ID: 1, Name: "Tom Eke", Role: "chief executive"},
		{ID: 2, Name: "Sara Lind", Role: "chief executive"},
	}
	s := &Service{Store: articleWorld(people, nil, railStory).store(), Location: time.UTC, Now: func() time.Time { return at("2026-03-03T09:00:00Z") }}
	for _, tt := range []struct{ q, lead string }{
		{"who is Tom Eke?", "Tom Eke is the chief executive, in coverage of Harlow Rail."},
		{"who is Sara Lind?", "Sara Lind is the Westbay chief executive"},
	} {
		a, err := s.Ask(context.Background(), tt.q)
		mustNoErr(t, err)
		if !strings.HasPrefix(a.Lead, tt.lead) {
			t.Errorf("%s: lead %q, want prefix %q", tt.q, a.Lead, tt.lead)
		}
	}
	for _, c := range []struct{ title, body, want string }{
		{"Deadline nears for Kestrel-Aldo deal", "Kestrel and Aldo have until Friday. The deadline is firm.", "Kestrel-Aldo"},
		{"US insurer Brant cuts jobs", "The US insurer Brant said on Monday it would cut jobs.", "Brant"},
		{"Profits jump at steelmaker", "The firm said profits rose.", ""},
		// A person the headline names is not whose the title is.
		{"Okoro defends Harlow Rail delay", "Minister Okoro said Harlow Rail had erred.", "Harlow Rail"},
	} {
		if got := headlineName(c.title, c.body, "", func(n string) bool { return n == "Okoro" }); got != c.want {
			t.Errorf("headlineName(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestByCloseness(t *testing.T) {
	para := `The minister said the plan would be reviewed. "We will not be rushed," she said. Asked about the ferry contract, she called it "a fair deal for the islands". "It was signed in good faith," she added.`
	hit := func(id int64, q string) newsbot.QuoteHit {
		return newsbot.QuoteHit{ID: id, Quote: newsbot.Quote{Text: q}, Sentence: para}
	}
	hits := []newsbot.QuoteHit{hit(1, "We will not be rushed,"), hit(2, "a fair deal for the islands"), hit(3, "It was signed in good faith,")}
	got := byCloseness(hits, []string{"ferry", "contract"})
	if got[0].ID != 2 {
		t.Errorf("byCloseness: first %d, want the quote whose sentence names the contract (2)", got[0].ID)
	}
	if got[1].ID != 1 || got[2].ID != 3 {
		t.Errorf("byCloseness: the rest reordered: %d, %d", got[1].ID, got[2].ID)
	}
}

// inquiryStory is written for these tests: the lede tells what happened
// at an event that only a later sentence names.
var inquiryStory = newsbot.Article{ID: 503, Title: "Nurse tells of ignored warnings", Outlet: "Vale Gazette",
	Published: at("2026-03-02T18:00:00Z"), Text: `Warnings about staffing at Dunmore clinic were ignored for months, a senior nurse has said.

Kate Moss gave evidence on the second day of the public inquiry in Dunmore. She said managers had been told in writing.`}

func TestWhatHappenedAtEvent(t *testing.T) {
	s := &Service{Store: articleWorld(nil, nil, inquiryStory, clinicStory).store(), Location: time.UTC, Now: func() time.Time { return at("2026-03-03T09:00:00Z") }}
	a, err := s.Ask(context.Background(), "what happened at the public inquiry?")
	mustNoErr(t, err)
	if !strings.HasPrefix(a.Lead, "Warnings about staffing at Dunmore clinic were ignored") {
		t.Errorf("lead %q, want the story's lede", a.Lead)
	}
	for _, c := range []struct {
		subj  string
		event bool
	}{
		{"the Houston hearing", true},
		{"the summit", true},
		{"Wiltshire", false},
		{"the Court of Appeal on the hunting ban", false},
		{"the council meeting on the budget", true},
	} {
		if got := happenedEvent(c.subj); got != c.event {
			t.Errorf("happenedEvent(%q) = %v, want %v", c.subj, got, c.event)
		}
	}
}

// portStory is written for these tests: the day of a deadline the
// headline names, in a sentence that does not repeat the word, and a
// year dating something else in one that does.
var portStory = newsbot.Article{ID: 504, Title: "Deadline looms for port deal", Outlet: "Vale Gazette",
	Published: at("2026-03-02T08:00:00Z"), Text: `Tarrow Port has until noon on 4 March to agree terms with Brell Shipping.

The Tarrow deadline ends a Brell partnership signed in 2019.`}

func TestWhenIsNounDeadline(t *testing.T) {
	s := &Service{Store: articleWorld(nil, nil, portStory).store(), Location: time.UTC, Now: func() time.Time { return at("2026-03-03T09:00:00Z") }}
	a, err := s.Ask(context.Background(), "when is the Tarrow Brell deadline?")
	mustNoErr(t, err)
	if !strings.Contains(a.Lead, "until noon on 4 March") {
		t.Errorf("lead %q, want the day of the deadline", a.Lead)
	}
}

func TestReasonSentence(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Police said there was not enough evidence to hold the driver, known only as B, any longer.", true},
		{"The case collapsed for lack of evidence.", true},
		{"The board said funding was insufficient to keep the ward open.", true},
		{"The driver was released on Tuesday.", false},
		{"There were enough seats for everyone.", false},
	} {
		if got := reReason.MatchString(c.s); got != c.want {
			t.Errorf("reReason(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
