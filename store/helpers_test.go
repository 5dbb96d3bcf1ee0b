package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
)

func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "news.db"))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t.Add(9 * time.Hour)
}

// quoted builds article text from parts; a part wrapped in «» becomes a
// quote whose offsets are recorded, attributed to speaker.
type quotedText struct {
	b      strings.Builder
	quotes []newsbot.Quote
}

func (q *quotedText) say(s string) *quotedText { q.b.WriteString(s); return q }

func (q *quotedText) quote(words, speaker, cue string) *quotedText {
	sentStart := q.b.Len()
	q.b.WriteString("\u201c")
	start := q.b.Len()
	q.b.WriteString(words)
	end := q.b.Len()
	q.b.WriteString("\u201d " + cue + " " + speaker + ". ")
	q.quotes = append(q.quotes, newsbot.Quote{
		Text: words, Speaker: speaker, Mention: speaker, Cue: cue, Kind: newsbot.KindDirect,
		Start: start, End: end, IsPerson: true,
		Sentence: strings.TrimSpace(q.b.String()[sentStart:]),
	})
	return q
}

var (
	firstNames = []string{"Amira", "Tomasz", "Helen", "Kwame", "Lucia", "Oskar", "Priya", "Dmitri", "Sinead", "Rafael",
		"Ingrid", "Malik", "Yuki", "Bernard", "Fatima", "Gareth", "Noor", "Elena", "Joaquim", "Wanjiru"}
	lastNames = []string{"Okonkwo", "Lindqvist", "Brennan", "Haddad", "Moretti", "Castellanos", "Nakamura", "Petrova",
		"Abernathy", "Szabo"}
	places = []string{"Brussels", "Nairobi", "Ottawa", "Jakarta", "Lisbon", "Seoul", "Lagos", "Warsaw", "Lima", "Hanoi"}
	topics = []struct{ title, kw1, kw2 string }{
		{"Harbour dredging contract dispute", "dredging", "harbour"},
		{"Teachers' pay strike", "strike", "teachers"},
		{"Rail franchise renewal row", "franchise", "rail"},
		{"Fishing quota negotiations", "quota", "fishing"},
		{"Hospital waiting list backlog", "backlog", "hospital"},
		{"Water company sewage fines", "sewage", "water"},
		{"Airport runway expansion", "runway", "airport"},
		{"Steelworks closure talks", "steelworks", "closure"},
	}
)

// synth makes a realistic-looking article n (distinct text per n) with
// three quotes by two people, one trip and one issue.
func synth(n int, pub time.Time) newsbot.Analysed {
	p1 := firstNames[n%len(firstNames)] + " " + lastNames[n%len(lastNames)]
	p2 := firstNames[(n+7)%len(firstNames)] + " " + lastNames[(n+3)%len(lastNames)]
	place := places[n%len(places)]
	tp := topics[n%len(topics)]
	q := &quotedText{}
	q.say(fmt.Sprintf("%s arrived in %s on Tuesday for talks on the %s, the %dth round of meetings this year. ", p1, place, strings.ToLower(tp.title), n%40+2))
	q.quote(fmt.Sprintf("We are not going to accept a deal on the %s that leaves %d families worse off", tp.kw1, 1000+n), p1, "said")
	q.say(fmt.Sprintf("Officials in the delegation said figures circulated on Monday put the cost at %d million, a claim opponents dispute. ", 40+n%900))
	q.say("The talks are expected to run into the weekend, with a joint statement promised by Friday if the sides can agree a timetable. ")
	q.quote(fmt.Sprintf("Nobody should pretend the %s question is settled, and reference %d proves it", tp.kw2, n), p2, "told reporters,")
	q.say("Critics pointed out that similar promises were made last spring and that none of the commitments had been written into law. ")
	q.say(fmt.Sprintf("A spokesperson for the regional council declined to comment on the %s, saying only that a response would follow. ", tp.kw1))
	q.quote("We will keep the pressure on until the government listens", p1, "added")
	for i := 0; i < 6; i++ {
		q.say(fmt.Sprintf("Background paragraph %d of story %d notes that the budget committee met %d times, that turnout in the district was %d per cent, and that local business groups have asked for clarity on tariffs, permits and the timing of any compensation scheme. ", i, n, n%17+i, 30+(n+i)%60))
	}
	text := q.b.String()
	return newsbot.Analysed{
		Article: newsbot.Article{
			URL:       fmt.Sprintf("https://news.example.org/politics/story-%d", n),
			Outlet:    "Example News",
			Title:     fmt.Sprintf("%s presses on %s in %s", p1, strings.ToLower(tp.title), place),
			Published: pub,
			Text:      text,
		},
		Extraction: newsbot.Extraction{
			ID: fmt.Sprint(n),
			People: []newsbot.Person{
				{Name: p1, Role: "trade envoy", Mentions: []string{p1, strings.Fields(p1)[1], "she"}},
				{Name: p2, Role: "", Mentions: []string{p2, "the opposition spokesman"}},
			},
			Quotes: q.quotes,
			Trips: []newsbot.Trip{{
				Traveler: p1, Place: place, Date: pub.Format("2006-01-02"), WhenText: "on Tuesday",
				Status: newsbot.StatusDone, What: "talks on the " + strings.ToLower(tp.title),
				Evidence: fmt.Sprintf("%s arrived in %s on Tuesday.", p1, place),
			}},
			Issues: []newsbot.Issue{{
				Title: tp.title, Keywords: []string{tp.kw1, tp.kw2},
				Evidence: []string{fmt.Sprintf("Officials put the cost at %d million, a claim opponents dispute.", 40+n%900)},
			}},
		},
	}
}

func mustSave(t testing.TB, s *Store, batch ...newsbot.Analysed) []newsbot.SaveResult {
	t.Helper()
	res, err := s.SaveArticles(context.Background(), batch)
	if err != nil {
		t.Fatalf("save: %v", err)
	}
	return res
}

func count(t testing.TB, s *Store, q string, args ...any) int {
	t.Helper()
	var n int
	if err := s.r.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func synthBatch(from, n int) []newsbot.Analysed {
	out := make([]newsbot.Analysed, n)
	for i := range out {
		out[i] = synth(from+i, day("2026-01-05").Add(time.Duration(from+i)*time.Hour))
	}
	return out
}

func QF(limit int) newsbot.QuoteFilter { return newsbot.QuoteFilter{Limit: limit} }

func LF(name string) newsbot.LegFilter {
	return newsbot.LegFilter{Traveler: name, IncludeUndated: true}
}

// checkDB runs every consistency check, the full-text ones included.
func checkDB(ctx context.Context, s *Store) error {
	return errors.Join(s.IntegrityCheck(ctx), s.CheckFullText(ctx))
}

// storyChain is the stored issues of a set of story chains, with the story
// each title belongs to and how many reports each story has.
type storyChain struct {
	recs     []newsbot.IssueRecord
	storyOf  map[string]string // title -> story
	perStory map[string]int    // story -> reports
}

// saveStoryChains reads the story chains matching glob (FILE is STORY-N.txt:
// a Title:/Published: header, a blank line, the text), analyses each under
// urlPrefix+FILE, saves them to a fresh store in time order, an article a
// batch, as coverage arrives, and returns the stored issues.
func saveStoryChains(t *testing.T, glob, urlPrefix string) storyChain {
	t.Helper()
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		t.Fatalf("no story chains: %v", err)
	}
	var arts []newsbot.Analysed
	c := storyChain{storyOf: map[string]string{}, perStory: map[string]int{}}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, body, _ := strings.Cut(string(data), "\n\n")
		var a newsbot.Article
		for _, line := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(line, ":")
			switch k {
			case "Title":
				a.Title = strings.TrimSpace(v)
			case "Published":
				if a.Published, err = time.Parse("2006-01-02", strings.TrimSpace(v)); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
			}
		}
		a.URL, a.Text = urlPrefix+filepath.Base(f), body
		story := regexp.MustCompile(`-\d+\.txt$`).ReplaceAllString(filepath.Base(f), "")
		c.storyOf[a.Title] = story
		c.perStory[story]++
		arts = append(arts, newsbot.Analysed{Article: a, Extraction: extract.Article(a.URL, a.Text, a.Published)})
	}
	slices.SortStableFunc(arts, func(x, y newsbot.Analysed) int { return x.Article.Published.Compare(y.Article.Published) })
	s := openTest(t)
	for _, a := range arts {
		mustSave(t, s, a)
	}
	if c.recs, err = s.Issues(context.Background(), "", 0); err != nil {
		t.Fatal(err)
	}
	return c
}
