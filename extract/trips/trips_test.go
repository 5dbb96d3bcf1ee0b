package trips

import (
	"sort"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/people/peopletest"
	"github.com/newsroom/newsbot/extract/text"
)

// castOf builds a Cast by hand (see peopletest.CastOf).
func castOf(text string, names []string, forms map[string]int) *people.Cast {
	return peopletest.CastOf(text, names, forms)
}

// tx tags the first occurrence of each phrase with its value.
func tx(text string, pairs ...string) []newsbot.Timex {
	var out []newsbot.Timex
	for i := 0; i+1 < len(pairs); i += 2 {
		s := strings.Index(text, pairs[i])
		if s < 0 {
			panic("timex phrase not in text: " + pairs[i])
		}
		out = append(out, newsbot.Timex{Text: pairs[i], Start: s, End: s + len(pairs[i]), Type: "DATE", Value: pairs[i+1]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

var monday = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

type want struct {
	traveler, place, country, date, after, status string
	counterparts                                  []string
}

func check(t *testing.T, got []newsbot.Trip, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		for _, g := range got {
			t.Logf("got %s @ %s (%s) date=%q after=%q %s %v what=%q", g.Traveler, g.Place, g.Country, g.Date, g.After, g.Status, g.Counterparts, g.What)
		}
		t.Fatalf("got %d legs, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		g := got[i]
		if g.Traveler != w.traveler || g.Place != w.place || g.Date != w.date || g.After != w.after || g.Status != w.status {
			t.Errorf("leg %d = %s @ %s date=%q after=%q %s; want %s @ %s date=%q after=%q %s",
				i, g.Traveler, g.Place, g.Date, g.After, g.Status, w.traveler, w.place, w.date, w.after, w.status)
		}
		if w.country != "" && g.Country != w.country {
			t.Errorf("leg %d country = %q, want %q", i, g.Country, w.country)
		}
		if strings.Join(g.Counterparts, "|") != strings.Join(w.counterparts, "|") {
			t.Errorf("leg %d counterparts = %v, want %v", i, g.Counterparts, w.counterparts)
		}
		if g.Evidence == "" || g.End <= g.Start {
			t.Errorf("leg %d has no evidence span", i)
		}
	}
}

func TestItinerary(t *testing.T) {
	text := "Australian Prime Minister Anthony Albanese flew to New Delhi on Monday to meet Indian Prime Minister Narendra Modi.\n" +
		"His first visit to India since 2023 follows a string of trade disputes.\n" +
		"Albanese will later make a brief stop in Singapore to meet Prime Minister Lawrence Wong. He is also scheduled to visit Mumbai on Wednesday.\n" +
		"On Tuesday, Albanese will have breakfast with Modi before meeting President Droupadi Murmu.\n"
	cast := castOf(text, []string{"Anthony Albanese", "Narendra Modi", "Lawrence Wong", "Droupadi Murmu"}, map[string]int{
		"Australian Prime Minister Anthony Albanese": 0, "Albanese": 0, "He": 0, "His": 0,
		"Indian Prime Minister Narendra Modi": 1, "Modi": 1, "Prime Minister Lawrence Wong": 2, "President Droupadi Murmu": 3,
	})
	tm := tx(text, "on Monday", "2026-03-02", "since 2023", "2023", "on Wednesday", "2026-03-04", "On Tuesday", "2026-03-03")
	got := Find(text, monday, cast, tm)
	check(t, got, []want{
		{"Anthony Albanese", "New Delhi", "India", "2026-03-02", "", newsbot.StatusUnderway, []string{"Narendra Modi"}},
		{"Anthony Albanese", "Singapore", "Singapore", "", "2026-03-04", newsbot.StatusScheduled, []string{"Lawrence Wong"}},
		{"Anthony Albanese", "Mumbai", "India", "2026-03-04", "", newsbot.StatusScheduled, nil},
		{"Anthony Albanese", "New Delhi", "India", "2026-03-03", "", newsbot.StatusScheduled, []string{"Narendra Modi", "Droupadi Murmu"}},
	})
	if w := got[3].What; w != "breakfast with Modi, then meets President Droupadi Murmu" && w != "breakfast with Narendra Modi, then meets President Droupadi Murmu" {
		t.Errorf("what = %q", w)
	}
	if got[3].WhenText != "On Tuesday" {
		t.Errorf("when = %q", got[3].WhenText)
	}
}

// TestRules has one realistic sentence per rule.
func TestRules(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		forms map[string]int
		tx    []string
		want  []want
	}{
		{"past visit is done", "German Chancellor Friedrich Merz visited Warsaw on Friday for talks with Polish leaders.",
			[]string{"Friedrich Merz"}, map[string]int{"German Chancellor Friedrich Merz": 0}, []string{"on Friday", "2026-02-27"},
			[]want{{"Friedrich Merz", "Warsaw", "Poland", "2026-02-27", "", newsbot.StatusDone, nil}}},
		{"progressive participle is under way", "Mr Lammy, visiting Nairobi, said the aid package would be doubled.",
			[]string{"David Lammy"}, map[string]int{"Mr Lammy": 0}, nil,
			[]want{{"David Lammy", "Nairobi", "Kenya", "", "", newsbot.StatusUnderway, nil}}},
		{"postponed trip is cancelled", "The Japanese prime minister postponed a trip to Washington planned for next week.",
			[]string{"Shigeru Ishiba"}, map[string]int{"The Japanese prime minister": 0}, []string{"next week", "2026-W11"},
			[]want{{"Shigeru Ishiba", "Washington", "United States", "2026-W11", "", newsbot.StatusCancelled, nil}}},
		{"hosted by a capital", "Ms Meloni is the third European leader to be hosted by Beijing this year.",
			[]string{"Giorgia Meloni"}, map[string]int{"Ms Meloni": 0}, nil,
			[]want{{"Giorgia Meloni", "Beijing", "China", "", "", newsbot.StatusDone, nil}}},
		{"list of destinations", "The senator is touring Ohio and Michigan before Pennsylvania on Tuesday.",
			[]string{"Jane Roe"}, map[string]int{"The senator": 0}, []string{"on Tuesday", "2026-03-03"},
			[]want{
				{"Jane Roe", "Ohio", "United States", "2026-03-03", "", newsbot.StatusScheduled, nil},
				{"Jane Roe", "Michigan", "United States", "2026-03-03", "", newsbot.StatusScheduled, nil},
				{"Jane Roe", "Pennsylvania", "United States", "2026-03-03", "", newsbot.StatusScheduled, nil},
			}},
		{"presence with be in", "When she was in Seoul last month, Ms Baerbock met the foreign minister.",
			[]string{"Annalena Baerbock"}, map[string]int{"she": 0, "Ms Baerbock": 0}, []string{"last month", "2026-02"},
			[]want{{"Annalena Baerbock", "Seoul", "South Korea", "2026-02", "", newsbot.StatusDone, nil}}},
		{"told reporters in a city", "Mr Barnier told reporters in Brussels that no deal was close.",
			[]string{"Michel Barnier"}, map[string]int{"Mr Barnier": 0}, nil,
			[]want{{"Michel Barnier", "Brussels", "Belgium", "", "", newsbot.StatusDone, nil}}},
		{"facility not in the gazetteer", "President Joe Biden made an unannounced trip to Bethesda Naval hospital on Sunday.",
			[]string{"Joe Biden"}, map[string]int{"President Joe Biden": 0}, []string{"on Sunday", "2026-03-01"},
			[]want{{"Joe Biden", "Bethesda Naval hospital", "", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"visits by several leaders", "Following visits by Spanish Prime Minister Pedro Sanchez and Dutch Prime Minister Dick Schoof, the minister is the latest to travel to Hanoi.",
			[]string{"Pedro Sanchez", "Dick Schoof", "Ana Lopez"}, map[string]int{"Spanish Prime Minister Pedro Sanchez": 0, "Dutch Prime Minister Dick Schoof": 1, "the minister": 2}, nil,
			[]want{
				{"Pedro Sanchez", "Hanoi", "Vietnam", "", "", newsbot.StatusDone, nil},
				{"Dick Schoof", "Hanoi", "Vietnam", "", "", newsbot.StatusDone, nil},
				{"Ana Lopez", "Hanoi", "Vietnam", "", "", newsbot.StatusUnderway, nil},
			}},
		{"no place, no trip", "Ms Ardern said the visit would help New Zealand exporters.",
			[]string{"Jacinda Ardern"}, map[string]int{"Ms Ardern": 0}, nil, nil},
		{"trip as a chance is not a destination", "Mr Xi sees the trip as a chance to show that Beijing is a reliable partner.",
			[]string{"Xi Jinping"}, map[string]int{"Mr Xi": 0}, nil, nil},
		{"place in a subordinate clause is not a destination", "Ms Kallas will visit factories that supply Ukraine.",
			[]string{"Kaja Kallas"}, map[string]int{"Ms Kallas": 0}, nil, nil},
		{"origin is not a destination", "The envoy flew from Moscow on Sunday.",
			[]string{"Steve Witkoff"}, map[string]int{"The envoy": 0}, []string{"on Sunday", "2026-03-01"}, nil},
		{"meeting alone without a journey is not a trip", "On Tuesday, Mr Carney will meet union leaders and Mayor Olivia Chow.",
			[]string{"Mark Carney", "Olivia Chow"}, map[string]int{"Mr Carney": 0, "Mayor Olivia Chow": 1}, []string{"On Tuesday", "2026-03-03"}, nil},
		{"inverted attend inherits the event place", "Ministers will gather for a summit in Geneva on Thursday. Also due to attend are UN Secretary General Antonio Guterres and Commissioner Maros Sefcovic.",
			[]string{"Antonio Guterres", "Maros Sefcovic"}, map[string]int{"UN Secretary General Antonio Guterres": 0, "Commissioner Maros Sefcovic": 1}, []string{"on Thursday", "2026-03-05"},
			[]want{
				{"Antonio Guterres", "Geneva", "Switzerland", "", "", newsbot.StatusScheduled, nil},
				{"Maros Sefcovic", "Geneva", "Switzerland", "", "", newsbot.StatusScheduled, nil},
			}},
		{"a visit in a leading phrase, a hope in the speech", "On a visit to Lagos, the singer said she hoped to return next year.",
			[]string{"Ada Obi"}, map[string]int{"the singer": 0, "she": 0}, []string{"next year", "2027"},
			[]want{{"Ada Obi", "Lagos", "Nigeria", "", "", newsbot.StatusDone, nil}}},
		{"preparing to travel is scheduled", "Mr Rutte prepared to head to Kyiv for talks with President Zelensky.",
			[]string{"Mark Rutte", "Volodymyr Zelensky"}, map[string]int{"Mr Rutte": 0, "President Zelensky": 1}, nil,
			[]want{{"Mark Rutte", "Kyiv", "Ukraine", "", "", newsbot.StatusScheduled, []string{"Volodymyr Zelensky"}}}},
		{"going to a place is a plan; a spaced hyphen ends the clause", "Ms Kallas denied any rift - she is going to Vienna for the talks.",
			[]string{"Kaja Kallas"}, map[string]int{"Ms Kallas": 0, "she": 0}, nil,
			[]want{{"Kaja Kallas", "Vienna", "Austria", "", "", newsbot.StatusScheduled, nil}}},
		{"meeting at a gathering the sentence places", "On the sidelines of the NATO summit in Vilnius in July, the chancellor also had a conversation with Mr Erdogan.",
			[]string{"Olaf Scholz", "Recep Tayyip Erdogan"}, map[string]int{"the chancellor": 0, "Mr Erdogan": 1}, []string{"in July", "2025-07"},
			[]want{{"Olaf Scholz", "Vilnius", "Lithuania", "2025-07", "", newsbot.StatusDone, []string{"Recep Tayyip Erdogan"}}}},
		{"a day inside the week of the same stop merges", "This week the governor began a tour of swing states, visiting Ohio. On Tuesday the governor spoke in Ohio.",
			[]string{"Gretchen Whitmer"}, map[string]int{"the governor": 0}, []string{"This week", "2026-W10", "On Tuesday", "2026-03-03"},
			[]want{{"Gretchen Whitmer", "Ohio", "United States", "2026-03-03", "", newsbot.StatusScheduled, nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cast := castOf(tt.text, tt.names, tt.forms)
			got := Find(tt.text, monday, cast, tx(tt.text, tt.tx...))
			check(t, got, tt.want)
		})
	}
}

func TestUnknownPublicationDropsRelativeDates(t *testing.T) {
	text := "Mr Kennedy is visiting constituencies in Somerset and Hampshire on Monday."
	cast := castOf(text, []string{"Charles Kennedy"}, map[string]int{"Mr Kennedy": 0})
	got := Find(text, time.Time{}, cast, tx(text, "on Monday", "0001-01-01"))
	check(t, got, []want{
		{"Charles Kennedy", "Somerset", "United Kingdom", "", "", newsbot.StatusUnderway, nil},
		{"Charles Kennedy", "Hampshire", "United Kingdom", "", "", newsbot.StatusUnderway, nil},
	})
	if got[0].WhenText != "on Monday" {
		t.Errorf("when = %q, want the phrase kept", got[0].WhenText)
	}
}

func TestDateline(t *testing.T) {
	text := "NAIROBI, Kenya (Reuters) — British Foreign Secretary David Lammy on Monday pledged new aid for the region.\n" +
		"Lammy later paid a visit to the city's Kenyatta hospital.\n"
	cast := castOf(text, []string{"David Lammy"}, map[string]int{"British Foreign Secretary David Lammy": 0, "Lammy": 0})
	cast.People[0].Mentions = []string{"British Foreign Secretary David Lammy", "Lammy"}
	got := Find(text, monday, cast, tx(text, "on Monday", "2026-03-02"))
	check(t, got, []want{
		{"David Lammy", "Nairobi", "Kenya", "2026-03-02", "", newsbot.StatusUnderway, nil},
		{"David Lammy", "Kenyatta hospital", "Kenya", "", "", newsbot.StatusDone, nil},
	})
	// A local figure under a local dateline is no trip.
	local := "LONDON (AP) — British Prime Minister Keir Starmer on Monday announced a review."
	lc := castOf(local, []string{"Keir Starmer"}, map[string]int{"British Prime Minister Keir Starmer": 0})
	lc.People[0].Mentions = []string{"British Prime Minister Keir Starmer"}
	if got := Find(local, monday, lc, nil); len(got) != 0 {
		t.Errorf("local dateline made legs: %+v", got)
	}
}

func TestNoCast(t *testing.T) {
	if got := Find("The minister flew to Paris.", monday, &people.Cast{}, nil); got != nil {
		t.Errorf("got %v without people", got)
	}
	if got := Find("The minister flew to Paris.", monday, nil, nil); got != nil {
		t.Errorf("got %v with nil cast", got)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Mr Lammy, visiting Nairobi, said he will fly to Paris on Friday to meet Mr Lammy.", 3)
	f.Add("Also due to attend are Mr Lammy and Mr Lammy. “Quote” — said.", 0)
	f.Fuzz(func(t *testing.T, s string, cut int) {
		cast := castOf(s, []string{"David Lammy"}, map[string]int{"Mr Lammy": 0, "he": 0})
		var tm []newsbot.Timex
		if cut > 0 && cut < len(s) {
			tm = []newsbot.Timex{{Text: s[:cut], Start: 0, End: cut, Type: "DATE", Value: "2026-03-06"}}
		}
		for _, l := range Find(s, monday, cast, tm) {
			if l.Start < 0 || l.End > len(s) || l.Start > l.End || l.Place == "" || l.Traveler == "" {
				t.Fatalf("bad leg %+v", l)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	para := "Australian Prime Minister Anthony Albanese flew to New Delhi on Monday to meet Indian Prime Minister Narendra Modi. " +
		"Officials said the talks would cover trade, critical minerals and defence co-operation, with several agreements expected. " +
		"Albanese will later make a brief stop in Singapore to meet Prime Minister Lawrence Wong. He is also scheduled to visit Mumbai on Wednesday. " +
		"The opposition has criticised the cost of the delegation, which includes more than forty business leaders.\n"
	text := strings.Repeat(para, 50)
	cast := castOf(text, []string{"Anthony Albanese", "Narendra Modi", "Lawrence Wong"}, map[string]int{
		"Australian Prime Minister Anthony Albanese": 0, "Albanese": 0, "He": 0,
		"Indian Prime Minister Narendra Modi": 1, "Prime Minister Lawrence Wong": 2,
	})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, monday, cast, nil)
	}
}

func TestWhenTextKeepsPreposition(t *testing.T) {
	text := "On Thursday, Ms Reeves will fly to Berlin."
	cast := castOf(text, []string{"Rachel Reeves"}, map[string]int{"Ms Reeves": 0})
	got := Find(text, monday, cast, tx(text, "Thursday", "2026-03-05"))
	if len(got) != 1 || got[0].WhenText != "On Thursday" {
		t.Fatalf("got %+v, want one leg with WhenText \"On Thursday\"", got)
	}
}

// TestTravelAfterTheMainClause: a journey introduced by "before" follows
// the rest of the sentence; the meal and the day belong to the current stop.
func TestTravelAfterTheMainClause(t *testing.T) {
	text := "Ms Wong arrived in Jakarta on Monday for talks with Indonesian officials.\n" +
		"On Tuesday, Ms Wong will have lunch with President Joko Widodo before flying to Manila.\n"
	cast := castOf(text, []string{"Penny Wong", "Joko Widodo"}, map[string]int{"Ms Wong": 0, "President Joko Widodo": 1})
	got := Find(text, monday, cast, tx(text, "on Monday", "2026-03-02", "On Tuesday", "2026-03-03"))
	check(t, got, []want{
		{"Penny Wong", "Jakarta", "Indonesia", "2026-03-02", "", newsbot.StatusUnderway, nil},
		{"Penny Wong", "Manila", "Philippines", "", "2026-03-03", newsbot.StatusScheduled, nil},
		{"Penny Wong", "Jakarta", "Indonesia", "2026-03-03", "", newsbot.StatusScheduled, []string{"Joko Widodo"}},
	})
}

// TestSpeakingAtHomeIsNoTrip: a speech verb only places a traveller abroad.
func TestSpeakingAtHomeIsNoTrip(t *testing.T) {
	tests := []struct {
		name, text, role string
		want             []want
	}{
		{"home capital", "Ms Joly told reporters in Ottawa on Monday that the talks would be difficult.", "Canadian Foreign Minister", nil},
		{"abroad", "Ms Joly told reporters in Brussels on Monday that the talks would be difficult.", "Canadian Foreign Minister",
			[]want{{"Melanie Joly", "Brussels", "Belgium", "2026-03-02", "", newsbot.StatusUnderway, nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cast := castOf(tt.text, []string{"Melanie Joly"}, map[string]int{"Ms Joly": 0})
			cast.People[0].Role = tt.role
			check(t, Find(tt.text, monday, cast, tx(tt.text, "on Monday", "2026-03-02")), tt.want)
		})
	}
}

// TestQuickCueAgrees: the token-free scan must find a cue exactly where
// the tokenized check does.
func TestQuickCueAgrees(t *testing.T) {
	sents := []string{
		"Mr Barnier told reporters in Brussels that no deal was close.",
		"Mr Barnier told reporters, in Brussels, that no deal was close.",
		"The minister said in a statement that the talks had failed.",
		"The minister SAID IN a statement that prices rose.",
		"Prices rose 3% in March, the statistics office said.",
		"Ms Ardern’s visit’s cost was not disclosed.",
		"Officials met - in private - on Friday.",
		"The summit ended without agreement.",
		"He is at home -- in Ottawa -- with his family.",
		"Shares in the firm fell sharply on Tuesday.",
		"“We are going,” she said.",
		"Visit",
		"They will travel",
		"She spoke in",
		"Delegates met at the Conference",
		"The minister is travelling",
		"Ministers said:in",
	}
	for _, s := range sents {
		f := finder{toks: tokenize(s, 0, nil)}
		if got, want := mayHaveCue(s), f.hasCue(); got != want {
			t.Errorf("mayHaveCue(%q) = %v, hasCue = %v", s, got, want)
		}
		// The looser scan must pass every sentence the exact one passes,
		// wherever the words fall among its eight-byte chunks.
		for pad := 0; pad < 8; pad++ {
			p := strings.Repeat("x", pad) + " " + s
			if mayHaveCue(p) && !mayHaveCueFast(p) {
				t.Errorf("mayHaveCueFast(%q) misses a cue", p)
			}
		}
	}
}

func FuzzQuickCue(f *testing.F) {
	f.Add("Mr Barnier told reporters in Brussels that no deal was close.")
	f.Add("He is at home -- in Ottawa - with his family.")
	f.Fuzz(func(t *testing.T, s string) {
		fd := finder{toks: tokenize(s, 0, nil)}
		if got, want := mayHaveCue(s), fd.hasCue(); got != want {
			t.Fatalf("mayHaveCue(%q) = %v, hasCue = %v", s, got, want)
		}
		if mayHaveCue(s) && !mayHaveCueFast(s) {
			t.Fatalf("mayHaveCueFast(%q) misses a cue", s)
		}
	})
}

func TestFindInSentencesMatchesFind(t *testing.T) {
	s := "Mr Lammy, visiting Nairobi, said he will fly to Paris on Friday to meet French officials."
	cast := castOf(s, []string{"David Lammy"}, map[string]int{"Mr Lammy": 0, "he": 0})
	tm := tx(s, "on Friday", "2026-03-06")
	a, b := Find(s, monday, cast, tm), FindInSentences(s, text.Sentences(s), monday, cast, tm)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("Find %+v, FindInSentences %+v", a, b)
	}
	for i := range a {
		if a[i].Place != b[i].Place || a[i].Date != b[i].Date || a[i].Status != b[i].Status {
			t.Errorf("leg %d: %+v vs %+v", i, a[i], b[i])
		}
	}
}
