package reliability

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// The generator writes wire-style stories from invented people, places and
// disputes. Every story is a pure function of (seed, index): archives can be
// regenerated instead of stored, and each index yields a distinct text (its
// figures are derived from the index), so no two stories share a hash or a
// URL.

type person struct{ first, last, role, gender string }

var (
	firstNames = []string{"Helena", "Tomasz", "Amara", "Rui", "Ingrid", "Kwame", "Lucía", "Pieter", "Yuki", "Farid",
		"Maren", "Dmitri", "Nadia", "Owen", "Sunita", "Bruno", "Aoife", "Tariq", "Elin", "Mateo",
		"Greta", "Kofi", "Leila", "Jonas", "Priya", "Anton", "Siobhan", "Hugo", "Zainab", "Lars"}
	lastNames = []string{"Varga", "Okonjo", "Lindqvist", "Carvalho", "Brandt", "Mensah", "Ferreira", "Kowalczyk", "Haddad", "Nakamura",
		"Rossetti", "Adeyemi", "Halvorsen", "Quintero", "Petrov", "Achterberg", "Delacroix", "Bakshi", "Moreau", "Szabo",
		"Oduya", "Falk", "Navarro", "Reinholt", "Castellano", "Iwu", "Sorensen", "Valdés", "Kerr", "Abiodun"}
	roles = []string{"Foreign Minister", "Transport Secretary", "Trade Commissioner", "Finance Minister", "Energy Minister",
		"Health Secretary", "Fisheries Minister", "Defence Minister", "Mayor", "Opposition leader"}
	places = [][2]string{{"Lisbon", "Portugal"}, {"Tallinn", "Estonia"}, {"Accra", "Ghana"}, {"Osaka", "Japan"}, {"Valparaíso", "Chile"},
		{"Gdańsk", "Poland"}, {"Bergen", "Norway"}, {"Mombasa", "Kenya"}, {"Porto Alegre", "Brazil"}, {"Busan", "South Korea"},
		{"Rotterdam", "Netherlands"}, {"Marseille", "France"}, {"Halifax", "Canada"}, {"Da Nang", "Vietnam"}, {"Tbilisi", "Georgia"}}
	topics = []struct{ thing, dispute string }{
		{"rail tunnel", "who pays for the tunnel under the estuary"},
		{"fishing quota", "how many boats may work the northern banks"},
		{"port strike", "night-shift pay for crane operators"},
		{"hospital merger", "which town keeps its maternity ward"},
		{"wind farm", "compensation for fishermen displaced by the turbines"},
		{"grain corridor", "insurance for ships crossing the strait"},
		{"border crossing", "opening hours at the new customs post"},
		{"water treaty", "how much the dam may release in summer"},
		{"steel tariff", "the quota for imported coil"},
		{"airport expansion", "night flights over the old town"},
	}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	cues     = []string{"told reporters", "said", "told a news conference", "said in a statement", "told parliament"}
	sections = []string{"world", "politics", "business", "europe", "africa", "asia"}
)

// quote and fragment templates; %s is the topic's thing.
var (
	quoteTemplates = []string{
		"We cannot build the %s one border at a time",
		"Nobody in this room wants the %s to fail, but nobody wants to pay for it either",
		"I came here to listen about the %s as much as to talk",
		"The %s will be finished, and it will be finished on time",
		"We have waited long enough for an answer on the %s",
	}
	fragmentTemplates = []string{"fair to everyone who uses it", "a reasonable first step", "not worth the paper it is printed on",
		"a matter for the courts", "the best offer on the table"}
	accusations = []string{"hiding the true cost", "moving too slowly", "ignoring local councils", "negotiating in secret"}
)

// Story is one synthetic article with what a perfect extraction would read
// out of it: enough to fill a database without running extraction.
type Story struct {
	ID        string
	URL       string
	Title     string
	Text      string
	Published time.Time
	Extract   newsbot.Extraction
}

// JSONLine is the `bot ingest --jsonl` form of the story.
func (s Story) JSONLine() []byte {
	b, err := json.Marshal(map[string]string{
		"id": s.ID, "url": s.URL, "title": s.Title, "text": s.Text, "published": s.Published.Format(time.DateOnly),
	})
	if err != nil {
		panic(fmt.Sprintf("reliability: marshal story: %v", err)) // only strings: cannot fail
	}
	return b
}

// Analysed is the story as the store's SaveArticles takes it.
func (s Story) Analysed() newsbot.Analysed {
	return newsbot.Analysed{
		Article: newsbot.Article{
			ExternalID: s.ID, URL: s.URL, CanonicalURL: s.URL, Outlet: "news.example.com", Title: s.Title,
			Published: s.Published, IngestedAt: s.Published.Add(6 * time.Hour), Hash: fmt.Sprintf("synthetic-%s", s.ID), Text: s.Text,
		},
		Extraction: s.Extract,
	}
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func newPerson(r *rand.Rand) person {
	p := person{first: pick(r, firstNames), last: pick(r, lastNames), role: pick(r, roles)}
	p.gender = "f"
	if r.IntN(2) == 0 {
		p.gender = "m"
	}
	return p
}

func (p person) name() string { return p.first + " " + p.last }

// builder appends paragraphs and remembers byte offsets of quoted text.
type builder struct{ b strings.Builder }

func (b *builder) para(parts ...string) {
	if b.b.Len() > 0 {
		b.b.WriteString("\n\n")
	}
	for _, p := range parts {
		b.b.WriteString(p)
	}
}

// quoted writes “text” and returns the byte offsets of text.
func (b *builder) quoted(prefix, text, suffix string) (start, end int) {
	if b.b.Len() > 0 {
		b.b.WriteString("\n\n")
	}
	b.b.WriteString(prefix)
	b.b.WriteString("\"")
	start = b.b.Len()
	b.b.WriteString(text)
	end = b.b.Len()
	b.b.WriteString("\"")
	b.b.WriteString(suffix)
	return start, end
}

// Synth returns story i of the archive seeded by seed.
func Synth(seed uint64, i int) Story {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	a, b := newPerson(r), newPerson(r)
	for b.last == a.last {
		b = newPerson(r)
	}
	place := pick(r, places)
	home := pick(r, places)
	topic := pick(r, topics)
	published := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%120)
	visitDay := pick(r, weekdays)
	saidDay := pick(r, weekdays)
	cue := pick(r, cues)
	months := 2 + r.IntN(30)

	quote := fmt.Sprintf(pick(r, quoteTemplates), topic.thing)
	fragment := pick(r, fragmentTemplates)

	var t builder
	visit := fmt.Sprintf("%s %s will visit %s on %s to meet %s %s about the %s, officials said on %s.",
		a.role, a.name(), place[0], visitDay, b.role, b.name(), topic.thing, saidDay)
	t.para(visit)
	qs, qe := t.quoted("", quote+",", fmt.Sprintf(" %s %s in %s.", a.last, cue, home[0]))
	qe-- // the comma belongs to the sentence, not the quote
	stalled := fmt.Sprintf("The %s has been stalled for %d months by a dispute over %s.", topic.thing, months, topic.dispute)
	t.para(stalled)
	fs, fe := t.quoted(fmt.Sprintf("%s said the proposal was ", b.last), fragment, fmt.Sprintf(", but critics accused both governments of %s.", pick(r, accusations)))
	// Figures derived from i make every text (and so every hash) distinct.
	t.para(fmt.Sprintf("Figures published on %s put the cost at %d.%d billion euros, %d per cent more than the estimate of %d, and %d jobs depend on the outcome.",
		saidDay, 1+i%97, i%10, 3+i%41, 2010+i%15, 1000+i))
	if r.IntN(3) == 0 {
		t.para(fmt.Sprintf("%s is expected to travel on to %s later in the week before returning to %s.", a.last, pick(r, places)[0], home[0]))
	}
	text := t.b.String()

	id := fmt.Sprintf("syn-%d-%06d", seed, i)
	slug := strings.ToLower(strings.ReplaceAll(a.last+"-"+topic.thing, " ", "-"))
	s := Story{
		ID:        id,
		URL:       fmt.Sprintf("https://news.example.com/%s/%s/%s-%d", pick(r, sections), published.Format("2006/01/02"), slug, i),
		Title:     fmt.Sprintf("%s heads to %s as %s row drags on", a.name(), place[0], topic.thing),
		Text:      text,
		Published: published,
	}
	s.Extract = newsbot.Extraction{
		ID: id,
		People: []newsbot.Person{
			{Name: a.name(), Role: a.role, Mentions: []string{a.last}, Gender: a.gender},
			{Name: b.name(), Role: b.role, Mentions: []string{b.last}, Gender: b.gender},
		},
		Quotes: []newsbot.Quote{
			{Text: text[qs:qe], Speaker: a.name(), Mention: a.last, Cue: cue, Kind: newsbot.KindDirect, Start: qs, End: qe, Sentence: text[qs-1 : strings.Index(text[qs:], "\n")+qs], IsPerson: true},
			{Text: text[fs:fe], Speaker: b.name(), Mention: b.last, Cue: "said", Kind: newsbot.KindPartial, Start: fs, End: fe, IsPerson: true},
		},
		Trips: []newsbot.Trip{{
			Traveler: a.name(), Place: place[0], Country: place[1], Date: nextWeekday(published, visitDay).Format(time.DateOnly),
			WhenText: "on " + visitDay, Status: newsbot.StatusScheduled, What: "meets " + b.name(),
			Counterparts: []string{b.name()}, Evidence: visit, Start: 0, End: len(visit),
		}},
		Issues: []newsbot.Issue{{
			Title: strings.ToUpper(topic.thing[:1]) + topic.thing[1:] + " dispute", Keywords: strings.Fields(topic.thing),
			Summary: "A dispute over " + topic.dispute + ".", Evidence: []string{stalled},
		}},
	}
	return s
}

// nextWeekday is the first day after t named day.
func nextWeekday(t time.Time, day string) time.Time {
	for d := 1; d <= 7; d++ {
		n := t.AddDate(0, 0, d)
		if n.Weekday().String() == day {
			return n
		}
	}
	return t
}

// WriteJSONL writes stories [from, from+n) as JSON lines.
func WriteJSONL(w io.Writer, seed uint64, from, n int) error {
	for i := from; i < from+n; i++ {
		line := Synth(seed, i).JSONLine()
		if _, err := w.Write(append(line, '\n')); err != nil {
			return fmt.Errorf("write story %d: %w", i, err)
		}
	}
	return nil
}
