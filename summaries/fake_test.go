package summaries

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// fakeStore implements newsbot.Store with function fields; a nil field
// fails with errUnexpected so a test notices calls it did not plan for.
type fakeStore struct {
	findPeople     func(ctx context.Context, name string, limit int) ([]newsbot.PersonRecord, error)
	quotesBy       func(ctx context.Context, personID int64, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error)
	searchQuotes   func(ctx context.Context, phrase string, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error)
	bySpeaker      func(ctx context.Context, speaker string, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error)
	searchPassages func(ctx context.Context, query string, limit int) ([]newsbot.Passage, error)
	legs           func(ctx context.Context, f newsbot.LegFilter) ([]newsbot.Leg, error)
	issues         func(ctx context.Context, status string) ([]newsbot.IssueRecord, error)
	// issuesLimited, when set, answers Issues with the limit, as the store
	// does: latest development first, at most limit.
	issuesLimited func(ctx context.Context, status string, limit int) ([]newsbot.IssueRecord, error)
	article       func(ctx context.Context, id int64) (*newsbot.Article, error)
}

var errUnexpected = errors.New("fake store: unexpected call")

var _ newsbot.Store = (*fakeStore)(nil)

func (f *fakeStore) SaveArticles(context.Context, []newsbot.Analysed) ([]newsbot.SaveResult, error) {
	return nil, errUnexpected
}
func (f *fakeStore) Article(ctx context.Context, id int64) (*newsbot.Article, error) {
	if f.article == nil {
		return nil, errUnexpected
	}
	return f.article(ctx, id)
}
func (f *fakeStore) CountArticles(context.Context) (int, error) { return 0, errUnexpected }
func (f *fakeStore) SearchPassages(ctx context.Context, q string, limit int) ([]newsbot.Passage, error) {
	if f.searchPassages == nil {
		return nil, errUnexpected
	}
	return f.searchPassages(ctx, q, limit)
}
func (f *fakeStore) FindPeople(ctx context.Context, name string, limit int) ([]newsbot.PersonRecord, error) {
	if f.findPeople == nil {
		return nil, errUnexpected
	}
	return f.findPeople(ctx, name, limit)
}
func (f *fakeStore) Person(context.Context, int64) (*newsbot.PersonRecord, error) {
	return nil, errUnexpected
}
func (f *fakeStore) QuotesBy(ctx context.Context, id int64, qf newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
	if f.quotesBy == nil {
		return nil, errUnexpected
	}
	return f.quotesBy(ctx, id, qf)
}
func (f *fakeStore) QuotesBySpeaker(ctx context.Context, speaker string, qf newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
	if f.bySpeaker == nil {
		return nil, errUnexpected
	}
	return f.bySpeaker(ctx, speaker, qf)
}
func (f *fakeStore) SearchQuotes(ctx context.Context, phrase string, qf newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
	if f.searchQuotes == nil {
		return nil, errUnexpected
	}
	return f.searchQuotes(ctx, phrase, qf)
}
func (f *fakeStore) Legs(ctx context.Context, lf newsbot.LegFilter) ([]newsbot.Leg, error) {
	if f.legs == nil {
		return nil, errUnexpected
	}
	return f.legs(ctx, lf)
}
func (f *fakeStore) Issues(ctx context.Context, status string, limit int) ([]newsbot.IssueRecord, error) {
	if f.issuesLimited != nil {
		return f.issuesLimited(ctx, status, limit)
	}
	if f.issues == nil {
		return nil, errUnexpected
	}
	return f.issues(ctx, status)
}
func (f *fakeStore) Issue(context.Context, int64) (*newsbot.IssueRecord, error) {
	return nil, errUnexpected
}
func (f *fakeStore) SetIssueStatus(context.Context, int64, string) error { return errUnexpected }
func (f *fakeStore) RenameIssue(context.Context, int64, string) error    { return errUnexpected }
func (f *fakeStore) MergeIssues(context.Context, int64, int64) error     { return errUnexpected }
func (f *fakeStore) ClaimDigest(context.Context, string, time.Time) (bool, error) {
	return false, errUnexpected
}
func (f *fakeStore) FinishDigest(context.Context, string, time.Time, string) error {
	return errUnexpected
}
func (f *fakeStore) SeenEvent(context.Context, string) (bool, error) { return false, errUnexpected }

// world is a small newsroom: what the fake store answers from.
type world struct {
	people   []newsbot.PersonRecord
	quotes   []newsbot.QuoteHit // newest first
	legs     []newsbot.Leg
	issues   []newsbot.IssueRecord
	passages []newsbot.Passage
	// articleSearch makes SearchPassages match as the store does: an
	// article holding every word (title included), shown by its sentence
	// with the most of them (the first on ties), newest article first.
	articleSearch bool
}

func (w world) searchArticles(q string, limit int) []newsbot.Passage {
	words := strings.Fields(normWords(strings.NewReplacer("'", " ", "’", " ").Replace(q)))
	if len(words) == 0 {
		return nil
	}
	var order []int64
	sents := map[int64][]newsbot.Passage{}
	for _, p := range w.passages {
		if _, ok := sents[p.Article.ID]; !ok {
			order = append(order, p.Article.ID)
		}
		sents[p.Article.ID] = append(sents[p.Article.ID], p)
	}
	var out []newsbot.Passage
	for _, id := range order {
		ps := sents[id]
		var all strings.Builder
		all.WriteString(ps[0].Article.Title)
		for _, p := range ps {
			all.WriteString(" " + p.Text)
		}
		if !allWords(all.String(), q) {
			continue
		}
		best, bestN := ps[0], -1
		for _, p := range ps {
			n := 0
			for _, w := range words {
				if allWords(p.Text, w) {
					n++
				}
			}
			if n > bestN {
				best, bestN = p, n
			}
		}
		out = append(out, best)
		if len(out) == limit {
			break
		}
	}
	return out
}

// store wires a fakeStore to w with the store's documented semantics:
// name lookups by full name, alias or any word of the name; full-text
// matches needing every word; leg windows on Day.
func (w world) store() *fakeStore {
	return &fakeStore{
		findPeople: func(_ context.Context, name string, limit int) ([]newsbot.PersonRecord, error) {
			var out []newsbot.PersonRecord
			for _, p := range w.people {
				if nameMatches(p, name) {
					out = append(out, p)
				}
			}
			return out[:min(len(out), limit)], nil
		},
		quotesBy: func(_ context.Context, id int64, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
			var out []newsbot.QuoteHit
			for _, h := range w.quotes {
				if h.Person.ID == id && (f.Topic == "" || allWords(h.Quote.Text+" "+h.Sentence, f.Topic)) {
					out = append(out, h)
				}
			}
			return page(out, f), nil
		},
		bySpeaker: func(_ context.Context, speaker string, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
			var out []newsbot.QuoteHit
			for _, h := range w.quotes {
				if !h.Quote.IsPerson && strings.HasPrefix(speakerKey(h.Quote.Speaker), speakerKey(speaker)) {
					out = append(out, h)
				}
			}
			return page(out, f), nil
		},
		searchQuotes: func(_ context.Context, phrase string, f newsbot.QuoteFilter) ([]newsbot.QuoteHit, error) {
			var out []newsbot.QuoteHit
			for _, h := range w.quotes {
				if allWords(h.Quote.Text, phrase) {
					out = append(out, h)
				}
			}
			return page(out, f), nil
		},
		searchPassages: func(_ context.Context, q string, limit int) ([]newsbot.Passage, error) {
			if w.articleSearch {
				return w.searchArticles(q, limit), nil
			}
			var out []newsbot.Passage
			for _, p := range w.passages {
				if allWords(p.Text, q) {
					out = append(out, p)
				}
			}
			return out[:min(len(out), limit)], nil
		},
		legs: func(_ context.Context, f newsbot.LegFilter) ([]newsbot.Leg, error) {
			var out []newsbot.Leg
			for _, l := range w.legs {
				if f.Traveler != "" && !w.travels(l, f.Traveler) {
					continue
				}
				if l.Day.IsZero() {
					if f.IncludeUndated {
						out = append(out, l)
					}
					continue
				}
				if (!f.From.IsZero() && l.Day.Before(f.From)) || (!f.To.IsZero() && !l.Day.Before(f.To)) {
					continue
				}
				out = append(out, l)
			}
			if f.Limit > 0 {
				out = out[:min(len(out), f.Limit)]
			}
			return out, nil
		},
		article: func(_ context.Context, id int64) (*newsbot.Article, error) {
			// The article is its stored sentences, in order, a line each.
			var a *newsbot.Article
			var sents []string
			for i := len(w.passages) - 1; i >= 0; i-- {
				if p := w.passages[i]; p.Article.ID == id {
					sents = append(sents, p.Text)
					a = &newsbot.Article{ID: id, Title: p.Article.Title, URL: p.Article.URL, Outlet: p.Article.Outlet, Published: p.Article.Published}
				}
			}
			if a == nil {
				return nil, newsbot.ErrNotFound
			}
			slices.Reverse(sents)
			a.Text = strings.Join(sents, "\n")
			return a, nil
		},
		issues: func(_ context.Context, status string) ([]newsbot.IssueRecord, error) {
			var out []newsbot.IssueRecord
			for _, is := range w.issues {
				if status == "" || is.Status == status {
					out = append(out, is)
				}
			}
			return out, nil
		},
	}
}

// speakerKey mirrors the store's: lower case, without a leading article.
func speakerKey(s string) string {
	k := strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, a := range []string{"a ", "an ", "the "} {
		if rest, ok := strings.CutPrefix(k, a); ok {
			return rest
		}
	}
	return k
}

func (w world) travels(l newsbot.Leg, name string) bool {
	for _, p := range w.people {
		if strings.EqualFold(p.Name, l.Trip.Traveler) && nameMatches(p, name) {
			return true
		}
	}
	return strings.EqualFold(l.Trip.Traveler, name)
}

func nameMatches(p newsbot.PersonRecord, name string) bool {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" {
		return false
	}
	if strings.ToLower(p.Name) == name || slices.ContainsFunc(p.Aliases, func(a string) bool { return strings.ToLower(a) == name }) {
		return true
	}
	if slices.Contains(strings.Fields(strings.ToLower(p.Name)), name) {
		return true
	}
	// The store also matches the start of the name, and of a surname
	// asked alone ("Nata" → Natarajan).
	if strings.HasPrefix(strings.ToLower(p.Name), name) {
		return true
	}
	words := strings.Fields(strings.ToLower(p.Name))
	return len(words) > 1 && !strings.Contains(name, " ") && strings.HasPrefix(words[len(words)-1], name)
}

func allWords(text, query string) bool {
	// The store's tokeniser splits at apostrophes: "nurses'" is "nurses".
	apos := strings.NewReplacer("'", " ", "’", " ")
	text, query = apos.Replace(text), apos.Replace(query)
	hay := normWords(text)
	for _, w := range strings.Fields(normWords(query)) {
		if !strings.Contains(hay, " "+w+" ") {
			return false
		}
	}
	return strings.TrimSpace(normWords(query)) != ""
}

func page[T any](xs []T, f newsbot.QuoteFilter) []T {
	if f.Offset >= len(xs) {
		return nil
	}
	xs = xs[f.Offset:]
	if f.Limit > 0 {
		xs = xs[:min(len(xs), f.Limit)]
	}
	return xs
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// The newsroom below is written for these tests: a British prime minister's
// China trip reported on a Wednesday, with a couple of older stories.
var (
	artBeijing = newsbot.ArticleRef{ID: 1, Title: "Prime minister arrives in Beijing seeking reset with China", URL: "https://news.example/beijing-reset", Outlet: "Example Wire", Published: at("2026-01-28T08:30:00Z")}
	artEmbassy = newsbot.ArticleRef{ID: 2, Title: "Row over planned embassy flares again", URL: "https://news.example/embassy-row", Outlet: "Example Wire", Published: at("2026-01-27T17:00:00Z")}
	artSummit  = newsbot.ArticleRef{ID: 3, Title: "Leaders gather for winter summit", URL: "https://news.example/summit", Outlet: "Example Daily", Published: at("2026-01-12T10:00:00Z")}
	artOldPlan = newsbot.ArticleRef{ID: 4, Title: "Minister plans spring tour", URL: "https://news.example/spring", Outlet: "Example Daily", Published: at("2025-11-03T10:00:00Z")}

	pStarmer  = newsbot.PersonRecord{ID: 1, Name: "Keir Starmer", Role: "British Prime Minister", Aliases: []string{"Starmer", "Sir Keir"}, Quotes: 7}
	pXi       = newsbot.PersonRecord{ID: 2, Name: "Xi Jinping", Role: "Chinese President", Aliases: []string{"Xi"}, Quotes: 1}
	pLi       = newsbot.PersonRecord{ID: 3, Name: "Li Qiang", Role: "Chinese Premier", Aliases: []string{"Li"}}
	pGuo      = newsbot.PersonRecord{ID: 4, Name: "Guo Jiakun", Role: "foreign ministry spokesperson", Aliases: []string{"Guo"}, Quotes: 1}
	pJohn     = newsbot.PersonRecord{ID: 5, Name: "John Smith", Role: "Labour MP", Aliases: []string{"Smith"}, Quotes: 1}
	pJane     = newsbot.PersonRecord{ID: 6, Name: "Jane Smith", Role: "trade envoy", Aliases: []string{"Smith"}, Quotes: 1}
	pVictoria = newsbot.PersonRecord{ID: 7, Name: "Victoria Starmer", Aliases: []string{"Starmer"}}
	pMacron   = newsbot.PersonRecord{ID: 8, Name: "Emmanuel Macron", Role: "French President", Aliases: []string{"Macron"}}
	pRivera   = newsbot.PersonRecord{ID: 9, Name: "Ana Rivera", Role: "trade minister", Aliases: []string{"Rivera"}}
)

func quote(id int64, p newsbot.PersonRecord, text, cue string, art newsbot.ArticleRef) newsbot.QuoteHit {
	return newsbot.QuoteHit{ID: id, Person: p, Article: art, Quote: newsbot.Quote{Text: text, Speaker: p.Name, Cue: cue, Kind: newsbot.KindDirect, IsPerson: true}}
}

func newsroom() world {
	return world{
		people: []newsbot.PersonRecord{pStarmer, pXi, pLi, pGuo, pJohn, pJane, pVictoria, pMacron, pRivera},
		quotes: []newsbot.QuoteHit{
			quote(11, pStarmer, "We cannot bury our heads in the sand when it comes to the second-largest economy on earth,", "told reporters", artBeijing),
			quote(12, pStarmer, "Trade with China supports thousands of jobs at home", "said", artBeijing),
			quote(13, pGuo, "China firmly opposes any smears about so-called espionage", "told a regular briefing", artEmbassy),
			quote(14, pStarmer, "I will raise the case of the jailed publisher directly", "said", artEmbassy),
			{ID: 15, Article: artEmbassy, Quote: newsbot.Quote{Text: "The embassy plans were decided on their merits", Speaker: "a Home Office spokesman", Cue: "said", Kind: newsbot.KindDirect}},
			quote(15, pStarmer, "Our security will never be up for negotiation", "said", artEmbassy),
			quote(16, pStarmer, "The embassy decision follows a proper process", "told MPs", artSummit),
			quote(17, pJohn, "Ministers must not bury our heads on human rights", "said", artSummit),
			quote(18, pStarmer, "Allies expect us to talk and to be frank", "said", artSummit),
			quote(19, pStarmer, "A serious country engages with the world as it is", "said", artSummit),
			quote(20, pJane, "Exporters want certainty", "said", artSummit),
		},
		legs: []newsbot.Leg{
			{ID: 1, Day: day("2026-01-28"), Sources: []newsbot.ArticleRef{artBeijing}, Trip: newsbot.Trip{
				Traveler: "Keir Starmer", Place: "Beijing", Country: "China", Date: "2026-01-28", WhenText: "on Wednesday",
				Status: newsbot.StatusDone, What: "talks with Xi Jinping", Counterparts: []string{"Xi Jinping"},
				Evidence: "Starmer landed in Beijing on Wednesday and held talks with Xi Jinping at the Great Hall."}},
			{ID: 2, Day: day("2026-01-29"), Sources: []newsbot.ArticleRef{artBeijing}, Trip: newsbot.Trip{
				Traveler: "Keir Starmer", Place: "Beijing", Country: "China", Date: "2026-01-29", WhenText: "On Thursday",
				Status: newsbot.StatusScheduled, What: "lunch with Xi Jinping, then meets Premier Li Qiang",
				Counterparts: []string{"Xi Jinping", "Li Qiang"},
				Evidence:     "On Thursday he is due to have lunch with Xi before meeting Premier Li Qiang."}},
			{ID: 3, Day: day("2026-01-30"), Sources: []newsbot.ArticleRef{artBeijing}, Trip: newsbot.Trip{
				Traveler: "Keir Starmer", Place: "Shanghai", Country: "China", Date: "2026-01-30", WhenText: "on Friday",
				Status:   newsbot.StatusScheduled,
				Evidence: "The prime minister is scheduled to travel on to Shanghai on Friday."}},
			{ID: 4, Sources: []newsbot.ArticleRef{artBeijing}, Trip: newsbot.Trip{
				Traveler: "Keir Starmer", Place: "Japan", Country: "Japan", After: "2026-01-30", WhenText: "then",
				Status: newsbot.StatusScheduled, What: "meets Prime Minister Sanae Takaichi", Counterparts: []string{"Sanae Takaichi"},
				Evidence: "He will then fly to Japan for talks with Prime Minister Sanae Takaichi."}},
			{ID: 5, Day: day("2026-01-12"), Sources: []newsbot.ArticleRef{artSummit}, Trip: newsbot.Trip{
				Traveler: "Emmanuel Macron", Place: "Brussels", Country: "Belgium", Date: "2026-01-12", WhenText: "on Monday",
				Status: newsbot.StatusDone, Evidence: "Macron arrived in Brussels on Monday."}},
			{ID: 6, Sources: []newsbot.ArticleRef{artOldPlan}, Trip: newsbot.Trip{
				Traveler: "Ana Rivera", Place: "Lima", Country: "Peru", Status: newsbot.StatusScheduled,
				Evidence: "Rivera plans to visit Lima at some point."}},
			{ID: 7, Day: day("2026-02-10"), Sources: []newsbot.ArticleRef{artSummit}, Trip: newsbot.Trip{
				Traveler: "Emmanuel Macron", Place: "New Delhi", Country: "India", Date: "2026-02-10", WhenText: "on 10 February",
				Status: newsbot.StatusScheduled, Evidence: "Macron is expected in New Delhi on 10 February."}},
		},
		issues: []newsbot.IssueRecord{
			{ID: 12, Title: "Jailed publisher's case", Keywords: []string{"publisher", "Hong Kong", "national security"}, Status: newsbot.IssueOpen,
				Latest: "Starmer said he would raise the publisher's case with Chinese leaders.", LatestAt: at("2026-01-28T08:30:00Z"),
				Sources: []newsbot.ArticleRef{artBeijing, artEmbassy}},
			{ID: 13, Title: "Espionage allegations", Keywords: []string{"espionage", "spying", "China"}, Status: newsbot.IssueOpen,
				Latest: "Beijing rejected the spying claims as smears.", LatestAt: at("2026-01-27T17:00:00Z"),
				Sources: []newsbot.ArticleRef{artEmbassy}},
			{ID: 14, Title: "Embassy row", Keywords: []string{"embassy", "London", "planning"}, Status: newsbot.IssueOpen, Revived: true,
				Latest: "Opponents vowed to challenge the approval of the new Chinese embassy in court.", LatestAt: at("2026-01-28T12:00:00Z"),
				Sources: []newsbot.ArticleRef{artEmbassy}},
			{ID: 15, Title: "Fishing quotas dispute", Keywords: []string{"fishing", "quotas", "Norway"}, Status: newsbot.IssueClosed,
				Latest: "Negotiators reached a deal on fishing quotas.", LatestAt: at("2026-01-12T10:00:00Z"),
				Sources: []newsbot.ArticleRef{artSummit}},
		},
		passages: []newsbot.Passage{
			{Article: artBeijing, Text: "Starmer is the first British prime minister to visit China since 2018.", Rank: -3},
			{Article: artBeijing, Text: "Business leaders travelling with the delegation hope for lower tariffs on whisky.", Rank: -2},
			{Article: artEmbassy, Text: "Li Qiang, China's premier, is expected to host a working dinner.", Rank: -1},
			{Article: artSummit, Text: "Whisky exporters said tariffs had cost them millions last year.", Rank: -1},
		},
	}
}

// london is a fixed zone so tests need no tz database; winter London is UTC.
var london = time.FixedZone("GMT", 0)

func service(w world, now time.Time, loc *time.Location) *Service {
	return &Service{Store: w.store(), Location: loc, Now: func() time.Time { return now }}
}

func mustNoErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
}
