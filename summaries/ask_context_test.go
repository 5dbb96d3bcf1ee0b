package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

func TestOffSentence(t *testing.T) {
	tests := []struct {
		text, place string
		want        bool
	}{
		{"He will return to London on Wednesday instead of flying on to Addis Ababa.", "Addis Ababa", true},
		{"She will fly to Lisbon instead of Madrid.", "Lisbon", false}, // Lisbon is where she goes
		{"The minister has postponed her visit to Lisbon until the spring.", "Lisbon", true},
		{"The Oslo leg of the tour was called off after the storm.", "Oslo", true},
		{"The minister arrived in Oslo on Monday.", "Oslo", false},
		{"Talks were cancelled in Rome last year.", "Oslo", false},
		{"The Doha leg of her tour has been removed from the programme, a spokesman said.", "Doha", true},
		// A call-off of something else in a sentence naming the place.
		{"The developer said it could abandon the housing scheme in Leeds if the council refuses.", "Leeds", false},
		{"Shipping firms cancelled sailings to Rotterdam as the strike spread.", "Rotterdam", false},
	}
	for _, tt := range tests {
		if got := offSentence(tt.text, tt.place); got != tt.want {
			t.Errorf("offSentence(%q, %q) = %v, want %v", tt.text, tt.place, got, tt.want)
		}
	}
}

func TestWeekOf(t *testing.T) {
	wed := day("2026-11-25")
	tests := []struct{ text, from string }{
		{"this week", "2026-11-23"}, {"next week", "2026-11-30"}, {"last week", "2026-11-16"},
	}
	for _, tt := range tests {
		from, to, ok := weekOf(tt.text, wed)
		if !ok || !from.Equal(day(tt.from)) || !to.Equal(day(tt.from).AddDate(0, 0, 7)) {
			t.Errorf("weekOf(%q) = %v, %v, %v; want from %s", tt.text, from, to, ok, tt.from)
		}
	}
	if _, _, ok := weekOf("Friday", wed); ok {
		t.Error("weekOf(Friday) read a week")
	}
}

func TestAnswerScore(t *testing.T) {
	tests := []struct {
		question, text string
		want           int
	}{
		{"how many members voted?", "Of those who voted, 71 per cent backed a walkout.", 1},
		{"how many members voted?", "The union's members voted for a walkout.", 0},
		{"what was the turnout in the ballot?", "The turnout was 58 per cent.", 1},
		{"when is the strike?", "Nurses will strike on 3 and 4 December.", 2},
		{"when is the strike?", "Talks broke down on Friday.", 1},
		{"when is the strike?", "Talks broke down.", 0},
		{"who is the mayor?", "The mayor said 40 buses would run.", 0},
	}
	for _, tt := range tests {
		if got := answerScore(tt.question, tt.text); got != tt.want {
			t.Errorf("answerScore(%q, %q) = %d, want %d", tt.question, tt.text, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"sato", "satto", 1}, {"osei", "osie", 1}, {"hale", "haale", 1}, {"hale", "hall", 1}, {"sato", "moreau", 6}, {"", "abc", 3},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestParseVisitors(t *testing.T) {
	tests := []struct{ q, place, date string }{
		{"who has been to Warsaw?", "Warsaw", ""},
		{"who is in Brussels this week?", "Brussels", "this week"},
		{"who is going to Addis Ababa?", "Addis Ababa", ""},
		{"who visited Cairo on Friday", "Cairo", "friday"},
		{"who will be in Paris next week", "Paris", "next week"},
	}
	for _, tt := range tests {
		q := ParseQuestion(tt.q)
		if q.Kind != QVisitors || q.Place != tt.place || q.DateText != tt.date {
			t.Errorf("ParseQuestion(%q) = %+v; want visitors to %q on %q", tt.q, q, tt.place, tt.date)
		}
	}
	// Still other shapes.
	for _, s := range []string{"who is meeting Hartono?", "who is Anna Berger?", "who said \"in Paris\"?"} {
		if q := ParseQuestion(s); q.Kind == QVisitors {
			t.Errorf("ParseQuestion(%q) read as visitors: %+v", s, q)
		}
	}
}

// TestMeetingSentence: "did X meet Y?" answered from a sentence when the
// itineraries hold no leg, both ways round, and never from a negation; a
// plan a later report calls off is not a yes.
func TestMeetingSentence(t *testing.T) {
	mon := newsbot.ArticleRef{ID: 1, Title: "Envoy in Rome", Outlet: "Wire A", Published: at("2026-11-16T08:00:00Z")}
	wed := newsbot.ArticleRef{ID: 2, Title: "Envoy trip off", Outlet: "Wire B", Published: at("2026-11-18T08:00:00Z")}
	w := world{passages: []newsbot.Passage{
		{Article: wed, Text: "Lund has postponed the trip to Vienna, her office said."},
		{Article: mon, Text: "Lund met Italian Foreign Minister Paolo Greco on Sunday."},
		{Article: mon, Text: "Lund will meet Austrian Chancellor Eva Brandt in Vienna on Friday."},
		{Article: mon, Text: "Lund did not meet Prime Minister Carlo Neri."},
		{Article: mon, Text: "Lund had been due to meet Finance Minister Ida Berg in Oslo."},
		{Article: wed, Text: "Hungarian President Zsolt Varga will not meet Lund on Friday as planned, his office said."},
		{Article: mon, Text: "Lund met reporters but not Deputy Minister Rui Costa."},
	}}
	s := service(w, at("2026-11-19T09:00:00Z"), time.UTC)
	tests := []struct{ subject, other, want string }{
		{"Anna Lund", "Greco", "Yes, according to stored coverage (Wire A, Mon 16 Nov 2026)"},
		{"Greco", "Lund", "Yes, according to stored coverage"},
		{"Lund", "Eva Brandt", "Probably not — it was planned (Wire A, Mon 16 Nov 2026), but later coverage says: “Lund has postponed"},
		{"Lund", "Carlo Neri", "No — stored coverage (Wire A, Mon 16 Nov 2026) says: Lund did not meet"},
		{"Lund", "Zsolt Varga", "No — stored coverage (Wire B, Wed 18 Nov 2026) says: Hungarian President Zsolt Varga will not meet Lund"},
		{"Lund", "Rui Costa", ""},
		{"Lund", "Ida Berg", "Apparently not — stored coverage (Wire A, Mon 16 Nov 2026) speaks of it as a plan that was not kept"},
	}
	for _, tt := range tests {
		a, ok, err := s.meetingSentence(context.Background(), tt.subject, tt.other)
		mustNoErr(t, err)
		if tt.want == "" {
			if ok {
				t.Errorf("meetingSentence(%q, %q) answered %q", tt.subject, tt.other, a.Lead)
			}
			continue
		}
		if !ok || !strings.Contains(a.Lead, tt.want) {
			t.Errorf("meetingSentence(%q, %q) = %q, %v; want %q", tt.subject, tt.other, a.Lead, ok, tt.want)
		}
	}
}

// TestDigestDoubtsAndAsOf: over the second fixture batch, Tuesday's diary
// flags the Addis Ababa visit that Tuesday's coverage postpones, Friday's
// does not (the postponement came later), and Friday's lists no issue
// developed after Friday.
func TestDigestDoubtsAndAsOf(t *testing.T) {
	w := fixtureWorld(t)
	s := service(w, at("2026-11-25T06:00:00Z"), time.UTC)
	doubt := func(d Digest) string {
		for _, g := range d.Legs {
			for _, l := range g.Legs {
				if l.Place == "Addis Ababa" && l.Doubt != "" {
					return l.Doubt
				}
			}
		}
		return ""
	}
	tue, err := s.Digest(context.Background(), at("2026-11-24T07:00:00Z"))
	mustNoErr(t, err)
	if got := doubt(tue); got != "Daily Ledger, Tue 24 Nov 2026" {
		t.Errorf("Tuesday's diary: Addis Ababa doubt %q, want the Daily Ledger report", got)
	}
	if text := RenderDigestText(tue); !strings.Contains(text, "ADDIS ABABA — Marcus Hale: ") || !strings.Contains(text, "[POSTPONED OR CALLED OFF? Daily Ledger, Tue 24 Nov 2026]") {
		t.Errorf("Tuesday's diary text does not flag the visit:\n%s", text)
	}
	fri, err := s.Digest(context.Background(), at("2026-11-20T07:00:00Z"))
	mustNoErr(t, err)
	if got := doubt(fri); got != "" {
		t.Errorf("Friday's diary knows Tuesday's postponement: %q", got)
	}
	for _, is := range fri.Issues {
		if is.Latest != "" && strings.Contains(is.Latest, "broke down on Friday") {
			t.Errorf("Friday's diary lists Saturday's development: %+v", is)
		}
	}
}

// TestParseAddedShapes: shapes this batch of questions needed.
func TestParseAddedShapes(t *testing.T) {
	tests := []struct {
		q                                string
		kind, subject, place, topic, day string
	}{
		{"when's hale back in london?", QWhen, "hale", "london", "", ""},
		{"when is Sato returning to Tokyo?", QWhen, "Sato", "Tokyo", "", ""},
		{"where is Sato this week?", QWhere, "Sato", "", "", "this week"},
		{"where was Natarajan last week", QWhere, "Natarajan", "", "", "last week"},
		{"what did the prime minister say in Warsaw?", QWhatSaid, "the prime minister", "", "Warsaw", ""},
	}
	for _, tt := range tests {
		q := ParseQuestion(tt.q)
		if q.Kind != tt.kind || q.Subject != tt.subject || q.Place != tt.place || q.Topic != tt.topic || q.DateText != tt.day {
			t.Errorf("ParseQuestion(%q) = %+v", tt.q, q)
		}
	}
}

func TestQualifiedTitle(t *testing.T) {
	for _, tt := range []struct {
		before string
		want   bool
	}{
		{"Talks with Canadian ", true},
		{"The deputy, Deputy ", true},
		{"", false},
		{"Talks with ", false},
		{"The ", false},
		{"Britain's ", false},
		{"Former ", false},
		{"He met “", false},
	} {
		if got := qualifiedTitle(tt.before); got != tt.want {
			t.Errorf("qualifiedTitle(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

func TestTogetherSentence(t *testing.T) {
	tests := []struct {
		text, a, b string
		want       bool
	}{
		{"Chile and New Zealand signed a memorandum in Wellington on Wednesday, as Chilean Foreign Minister Valentina Orrego and New Zealand Trade Minister Aroha Ngata pledged to double trade by 2030.", "Valentina Orrego", "Aroha Ngata", true},
		{"Kenya's Agriculture Cabinet Secretary Daniel Kiprono and Uganda's Fisheries Minister Grace Nabirye shook hands after the signing.", "Grace Nabirye", "Daniel Kiprono", true},
		{"Mendes and Okafor told a joint news conference in Abuja that the pipeline would be finished by 2028.", "Ana Mendes", "Bola Okafor", true},
		{"Orrego and Ngata are due to sign the pact in Wellington on Wednesday.", "Valentina Orrego", "Aroha Ngata", false},
		{"Orrego and Ngata will sign the pact on Wednesday.", "Valentina Orrego", "Aroha Ngata", false},
		{"Orrego and Ngata agreed by telephone to postpone the signing.", "Valentina Orrego", "Aroha Ngata", false},
		{"Gallagher criticised Orrego for her remarks on fishing.", "Valentina Orrego", "Tom Gallagher", false},
		{"Orrego thanked the crew, and Ngata signed the visitors' book in Auckland.", "Valentina Orrego", "Aroha Ngata", false},
		{"Orrego and Ngata never met during the trip.", "Valentina Orrego", "Aroha Ngata", false},
	}
	for _, tt := range tests {
		if got := togetherSentence(tt.text, tt.a, tt.b); got != tt.want {
			t.Errorf("togetherSentence(%q, %s, %s) = %v, want %v", tt.text, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMeetingCounterpart(t *testing.T) {
	tests := []struct{ text, subject, want string }{
		{"Finnish Energy Minister Aleksi Virtanen will hold separate talks with Kalnina on the pipeline's route before the ministers meet.", "Aleksi Virtanen", "Kalnina"},
		{"Orrego will fly to Wellington on Wednesday, where she is due to meet New Zealand's Trade Minister Aroha Ngata.", "Valentina Orrego", "Aroha Ngata"},
		{"Weber is due to meet Tamm on Thursday morning.", "Jonas Weber", "Tamm"},
		{"Weber is due to meet union leaders on Thursday.", "Jonas Weber", ""},
		{"Kalnina will hold talks with Virtanen in Riga.", "Aleksi Virtanen", ""}, // the subject is the one met
	}
	for _, tt := range tests {
		if got := meetingCounterpart(tt.text, tt.subject); got != tt.want {
			t.Errorf("meetingCounterpart(%q, %s) = %q, want %q", tt.text, tt.subject, got, tt.want)
		}
	}
}

func TestDateNearTerm(t *testing.T) {
	terms := []string{"Kisumu", "talks"}
	tests := []struct {
		text string
		want bool
	}{
		{"Kiprono said the detained men should be freed before the talks in Kisumu on Thursday.", true},
		{"Under the deal, signed at talks in Kisumu, Uganda will release the boats by Saturday.", false},
		{"Talks resume on 3 December in Nairobi.", true},
		{"The minister spoke on Monday.", false},
	}
	for _, tt := range tests {
		if got := dateNearTerm(tt.text, terms); got != tt.want {
			t.Errorf("dateNearTerm(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A plan whose day has passed is shown made only by a sentence of that day
// or the two after telling something done there, dated that day.
func TestSeenThere(t *testing.T) {
	plan := newsbot.ArticleRef{ID: 1, Title: "Minister to visit Nairobi", Published: at("2026-11-20T09:00:00Z")}
	wed := newsbot.ArticleRef{ID: 2, Title: "Kenya and Chile sign pact", Published: at("2026-11-25T09:00:00Z")}
	leg := newsbot.Leg{ID: 1, Day: day("2026-11-25"), Sources: []newsbot.ArticleRef{plan},
		Trip: newsbot.Trip{Traveler: "Rosa Ibarra", Place: "Nairobi", Date: "2026-11-25", Status: newsbot.StatusScheduled}}
	tests := []struct {
		text string
		want bool
	}{
		{"Ibarra signed a copper agreement in Nairobi on Wednesday.", true},
		{"Ibarra will sign a copper agreement in Nairobi on Friday.", false},
		{"Ibarra postponed her visit to Nairobi.", false},
		{"Ibarra signed a copper agreement in Nairobi on Tuesday.", false},  // another day
		{"Ibarra praised Nairobi's start-ups in a radio interview.", false}, // the place named, not where she was
		{"At a ceremony in Nairobi on Wednesday, Ibarra opened a Chilean consulate.", true},
	}
	for _, tt := range tests {
		w := world{articleSearch: true, legs: []newsbot.Leg{leg}, passages: []newsbot.Passage{{Article: wed, Text: tt.text}}}
		s := service(w, at("2026-11-26T09:00:00Z"), time.UTC)
		_, got, err := s.seenThere(context.Background(), viewLeg(leg), day("2026-11-26"))
		mustNoErr(t, err)
		if got != tt.want {
			t.Errorf("seenThere(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
