package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
)

// fakeStore is a function-field fake of newsbot.ArticleStore.
type fakeStore struct {
	SaveArticlesFn func(ctx context.Context, batch []newsbot.Analysed) ([]newsbot.SaveResult, error)
}

func (f *fakeStore) SaveArticles(ctx context.Context, batch []newsbot.Analysed) ([]newsbot.SaveResult, error) {
	return f.SaveArticlesFn(ctx, batch)
}
func (f *fakeStore) Article(context.Context, int64) (*newsbot.Article, error) {
	return nil, newsbot.ErrNotFound
}
func (f *fakeStore) CountArticles(context.Context) (int, error) { return 0, nil }
func (f *fakeStore) SearchPassages(context.Context, string, int) ([]newsbot.Passage, error) {
	return nil, nil
}

// memStore dedupes by hash like the real store and records batches.
type memStore struct {
	mu      sync.Mutex
	batches [][]newsbot.Analysed
	byHash  map[string]int64
	byURL   map[string]string // canonical URL -> hash
}

func (m *memStore) store() *fakeStore {
	m.byHash, m.byURL = map[string]int64{}, map[string]string{}
	return &fakeStore{SaveArticlesFn: func(_ context.Context, batch []newsbot.Analysed) ([]newsbot.SaveResult, error) {
		m.mu.Lock()
		defer m.mu.Unlock()
		m.batches = append(m.batches, slices.Clone(batch))
		res := make([]newsbot.SaveResult, len(batch))
		for i, an := range batch {
			a := an.Article
			if id, ok := m.byHash[a.Hash]; ok {
				res[i] = newsbot.SaveResult{ArticleID: id, Outcome: newsbot.Skipped}
				continue
			}
			id := int64(len(m.byHash) + 1)
			out := newsbot.Added
			if a.CanonicalURL != "" {
				if _, ok := m.byURL[a.CanonicalURL]; ok {
					out = newsbot.Updated
				}
				m.byURL[a.CanonicalURL] = a.Hash
			}
			m.byHash[a.Hash] = id
			res[i] = newsbot.SaveResult{ArticleID: id, Outcome: out}
		}
		return res, nil
	}}
}

func (m *memStore) articles() []newsbot.Article {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []newsbot.Article
	for _, b := range m.batches {
		for _, an := range b {
			out = append(out, an.Article)
		}
	}
	return out
}

func noExtract(id, text string, _ time.Time) newsbot.Extraction {
	return newsbot.Extraction{ID: id}
}

func TestPipelineJSONL(t *testing.T) {
	var ms memStore
	var reports []Progress
	p := &Pipeline{Store: ms.store(), Options: testOptions(), BatchSize: 2, Workers: 3, Extract: noExtract,
		Progress: func(pr Progress) { reports = append(reports, pr) }}
	sum, err := p.Run(t.Context(), "testdata/archive.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 3 || sum.Failed != 3 || sum.Updated != 0 || sum.Skipped != 0 {
		t.Errorf("summary %v, want 3 added, 3 failed", sum)
	}
	var inputs []string
	for _, r := range reports {
		inputs = append(inputs, fmt.Sprintf("%s %s", r.Input, r.Outcome))
	}
	want := []string{
		"testdata/archive.jsonl:1 added", "testdata/archive.jsonl:2 added", "testdata/archive.jsonl:3 failed",
		"testdata/archive.jsonl:4 failed", "testdata/archive.jsonl:5 failed", "testdata/archive.jsonl:7 added",
	}
	if !slices.Equal(inputs, want) {
		t.Errorf("reports in order:\n%s\nwant\n%s", strings.Join(inputs, "\n"), strings.Join(want, "\n"))
	}
	for i, f := range sum.Failures {
		if !errors.Is(f.Err, newsbot.ErrBadInput) || !strings.HasPrefix(f.Err.Error(), f.Input) {
			t.Errorf("failure %d %q does not name its input %q", i, f.Err, f.Input)
		}
	}
	if msg := sum.Failures[2].Err.Error(); !strings.Contains(msg, "id 5") || !strings.Contains(msg, "unreadable published date") {
		t.Errorf("failure message %q", msg)
	}
	if len(ms.batches) != 2 || len(ms.batches[0]) != 2 || len(ms.batches[1]) != 1 {
		t.Errorf("batches of %v, want 2 then 1", batchSizes(ms.batches))
	}
	arts := ms.articles()
	if arts[0].ExternalID != "a-1" || arts[0].Outlet != "wire.example.net" || arts[0].Published.Format(time.RFC3339) != "2026-01-12T09:15:00Z" {
		t.Errorf("first article %+v", arts[0])
	}
	if arts[1].Title != "" { // its first line is a sentence, not a headline

		t.Errorf("second title %q", arts[1].Title)
	}
	if arts[2].ExternalID != "a-6" || arts[2].Published.Format("2006-01-02") != "2026-01-14" || arts[2].PublishedAssumed {
		t.Errorf("third article %+v", arts[2])
	}
}

func batchSizes(bs [][]newsbot.Analysed) []int {
	var n []int
	for _, b := range bs {
		n = append(n, len(b))
	}
	return n
}

func TestPipelineFolder(t *testing.T) {
	var ms memStore
	var got []string
	p := &Pipeline{Store: ms.store(), Options: testOptions(), Extract: noExtract,
		Progress: func(pr Progress) { got = append(got, filepath.ToSlash(pr.Input)+" "+string(pr.Outcome)) }}
	sum, err := p.Run(t.Context(), "testdata/folder")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"testdata/folder/a.txt added", "testdata/folder/sub/b.md added", "testdata/folder/sub/empty.txt failed"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q (hidden folder and .jpg skipped)", got, want)
	}
	if sum.Added != 2 || sum.Failed != 1 {
		t.Errorf("summary %v", sum)
	}
	titles := []string{ms.articles()[0].Title, ms.articles()[1].Title}
	if !slices.Equal(titles, []string{"Ferry strike called off after overnight talks", "Library reopens after flood repairs"}) {
		t.Errorf("titles %q", titles)
	}
}

func TestPipelineMixedAndDuplicates(t *testing.T) {
	var ms memStore
	dir := t.TempDir()
	dup := filepath.Join(dir, "copy.txt")
	data, err := os.ReadFile("testdata/folder/a.txt")
	if err != nil {
		t.Fatal(err)
	}
	// Same text with different wrapping and case: the store sees one hash.
	if err := os.WriteFile(dup, []byte(strings.ToUpper(strings.ReplaceAll(string(data), "\n\n", "\n\n\n"))), 0o600); err != nil {
		t.Fatal(err)
	}
	p := &Pipeline{Store: ms.store(), Options: testOptions(), Extract: noExtract}
	sum, err := p.Run(t.Context(), "testdata/folder/a.txt", "testdata/article.html", "testdata/missing.txt", dup, "testdata/nobody.html")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 2 || sum.Skipped != 1 || sum.Failed != 2 {
		t.Errorf("summary %v, want 2 added, 1 skipped, 2 failed", sum)
	}
	if len(ms.batches) != 1 {
		t.Errorf("%d SaveArticles calls, want 1", len(ms.batches))
	}
	msgs := []string{sum.Failures[0].String(), sum.Failures[1].String()}
	if !strings.Contains(msgs[0], "testdata/missing.txt: cannot open") || !strings.Contains(msgs[1], "testdata/nobody.html: no article body") {
		t.Errorf("failures %q", msgs)
	}
}

func TestPipelineStoreError(t *testing.T) {
	calls := 0
	st := &fakeStore{SaveArticlesFn: func(context.Context, []newsbot.Analysed) ([]newsbot.SaveResult, error) {
		calls++
		return nil, errors.New("database is locked")
	}}
	p := &Pipeline{Store: st, Options: testOptions(), BatchSize: 1, Extract: noExtract}
	_, err := p.Run(t.Context(), "testdata/folder")
	if err == nil || !strings.Contains(err.Error(), "database is locked") {
		t.Fatalf("err = %v, want the store error", err)
	}
	if errors.Is(err, newsbot.ErrBadInput) {
		t.Error("a store failure must not look like bad input")
	}
	if calls != 1 {
		t.Errorf("%d save calls after a failure, want 1", calls)
	}
}

func TestPipelineCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	var ms memStore
	p := &Pipeline{Store: ms.store(), Options: testOptions(), Extract: noExtract}
	_, err := p.Run(ctx, "testdata/archive.jsonl")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestPipelineStdinJSONL(t *testing.T) {
	var ms memStore
	p := &Pipeline{Store: ms.store(), Options: testOptions(), Extract: noExtract, JSONL: true,
		Stdin: strings.NewReader(`{"id":"s1","text":"The lighthouse keeper's cottage will become a museum, the trust said on Sunday."}` + "\n")}
	sum, err := p.Run(t.Context(), "-")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 1 || ms.articles()[0].ExternalID != "s1" {
		t.Errorf("summary %v", sum)
	}
}

func TestPipelineExtractsWithPublished(t *testing.T) {
	var ms memStore
	var gotID string
	var gotPub time.Time
	p := &Pipeline{Store: ms.store(), Options: testOptions(), Extract: func(id, text string, pub time.Time) newsbot.Extraction {
		gotID, gotPub = id, pub
		return newsbot.Extraction{ID: id, Quotes: []newsbot.Quote{{Text: "x"}}}
	}}
	if _, err := p.Run(t.Context(), "testdata/article.html"); err != nil {
		t.Fatal(err)
	}
	if gotID != "testdata/article.html" || gotPub.Format("2006-01-02") != "2026-03-04" {
		t.Errorf("extract got id %q published %v", gotID, gotPub)
	}
	if len(ms.batches[0][0].Extraction.Quotes) != 1 {
		t.Error("extraction not stored with the article")
	}
}

func TestPipelinePanicIsOneFailure(t *testing.T) {
	var ms memStore
	p := &Pipeline{Store: ms.store(), Options: testOptions(), Extract: func(id, text string, _ time.Time) newsbot.Extraction {
		if strings.Contains(text, "Library") {
			panic("extractor bug")
		}
		return newsbot.Extraction{ID: id}
	}}
	sum, err := p.Run(t.Context(), "testdata/folder/a.txt", "testdata/folder/sub/b.md")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 1 || sum.Failed != 1 || !strings.Contains(sum.Failures[0].String(), "b.md: could not be processed") {
		t.Errorf("summary %v %q", sum, sum.Failures)
	}
}

// With no BatchSize, a long archive is saved DefaultBatchSize articles per
// transaction.
func TestPipelineDefaultBatches(t *testing.T) {
	var ms memStore
	n := DefaultBatchSize + 3
	p := &Pipeline{Store: ms.store(), Options: testOptions(), Extract: noExtract, JSONL: true, Stdin: &genArchive{n: n}}
	sum, err := p.Run(t.Context(), "-")
	if err != nil || sum.Added != n {
		t.Fatalf("%v, %v", sum, err)
	}
	if got, want := batchSizes(ms.batches), []int{DefaultBatchSize, 3}; !slices.Equal(got, want) {
		t.Errorf("batches of %v, want %v", got, want)
	}
}

// Extraction must go on while a batch is being saved: the writer and the
// extraction workers each keep a core busy. The first save waits until the
// next batch has been extracted; a pipeline that extracts only between
// saves never gets there.
func TestPipelineExtractsWhileSaving(t *testing.T) {
	const batch = 20
	var extracted sync.WaitGroup
	extracted.Add(2 * batch)
	var mu sync.Mutex
	n := 0
	extractFn := func(id, text string, pub time.Time) newsbot.Extraction {
		mu.Lock()
		if n++; n <= 2*batch {
			extracted.Done()
		}
		mu.Unlock()
		return noExtract(id, text, pub)
	}
	var ms memStore
	inner := ms.store()
	first := true
	st := &fakeStore{SaveArticlesFn: func(ctx context.Context, b []newsbot.Analysed) ([]newsbot.SaveResult, error) {
		if first {
			first = false
			done := make(chan struct{})
			go func() { extracted.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Error("the second batch was not extracted while the first was being saved")
			}
		}
		return inner.SaveArticles(ctx, b)
	}}
	p := &Pipeline{Store: st, Options: testOptions(), BatchSize: batch, Workers: 2, Extract: extractFn, JSONL: true,
		Stdin: &genArchive{n: 5 * batch}}
	if sum, err := p.Run(t.Context(), "-"); err != nil || sum.Added != 5*batch {
		t.Fatalf("%v, %v", sum, err)
	}
}

// bulkStore is a store that records bulk loads begun and ended.
type bulkStore struct {
	*fakeStore
	begun, ended int
	endErr       error
}

func (b *bulkStore) BeginBulk(context.Context) (func() error, error) {
	b.begun++
	return func() error { b.ended++; return b.endErr }, nil
}

// An archive (JSON lines) is a bulk load: the store tunes its writer for
// the run and is told when it ends, even when the end fails; other inputs
// are not.
func TestPipelineBulkLoad(t *testing.T) {
	dir := t.TempDir()
	archive := filepath.Join(dir, "archive.jsonl")
	line := `{"id":"k1","title":"Ferry fares","text":"Ferry fares will rise by four per cent in April, the operator said.","published":"2026-03-02"}` + "\n"
	if err := os.WriteFile(archive, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(page, []byte("Ferry fares\n\nThe island council approved the new timetable on Monday."), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		jsonl  bool
		input  string
		endErr error
		bulk   bool
	}{
		{"--jsonl", true, archive, nil, true},
		{".jsonl file", false, archive, nil, true},
		{"text file", false, page, nil, false},
		{"end fails", true, archive, errors.New("checkpoint: disk full"), true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var ms memStore
			st := &bulkStore{fakeStore: ms.store(), endErr: tt.endErr}
			p := &Pipeline{Store: st, Options: testOptions(), Extract: noExtract, JSONL: tt.jsonl}
			sum, err := p.Run(t.Context(), tt.input)
			if sum.Added != 1 {
				t.Errorf("summary %v", sum)
			}
			if (err != nil) != (tt.endErr != nil) {
				t.Errorf("err = %v, want %v", err, tt.endErr)
			}
			want := 0
			if tt.bulk {
				want = 1
			}
			if st.begun != want || st.ended != want {
				t.Errorf("bulk loads begun %d, ended %d; want %d", st.begun, st.ended, want)
			}
		})
	}
}

// chunkArchive is n JSON lines of wire copy with a broken line every
// seventh, so chunks mix articles and failures.
func chunkArchive(n int) string {
	var b strings.Builder
	for i := range n {
		if i%7 == 3 {
			b.WriteString("{\"id\": \"broken\n")
			continue
		}
		title := ""
		if i%3 == 0 {
			// A headline kept apart from the text, for the issues stage.
			title = fmt.Sprintf(`"title":"Rail strike enters week %d as freight losses mount",`, i)
		}
		fmt.Fprintf(&b, `{"id":"c-%d",%s"text":"Transport Secretary Maria Ortiz said on Tuesday that the rail strike in week %d had cost the freight sector millions. \"We will not let the ports close,\" she told reporters in Leeds.\n\nUnion leader Tom Reyes said talks would resume on Friday.","published":"2026-01-%02d"}`+"\n", i, title, i, 1+i%28)
	}
	return b.String()
}

// The default run extracts JSON lines a chunk at a time (extract.Articles);
// what it stores must be what article-by-article extraction stores.
func TestPipelineChunksMatchArticleByArticle(t *testing.T) {
	const n = 3*chunkSize + 5
	archive := chunkArchive(n)
	run := func(one func(extract.Input) newsbot.Extraction) ([]newsbot.Analysed, []string) {
		t.Helper()
		var ms memStore
		var reports []string
		p := &Pipeline{Store: ms.store(), Options: testOptions(), BatchSize: 10, Workers: 3, extractInput: one,
			JSONL: true, Stdin: strings.NewReader(archive),
			Progress: func(pr Progress) { reports = append(reports, fmt.Sprintf("%s %s", pr.Input, pr.Outcome)) }}
		sum, err := p.Run(t.Context(), "-")
		if err != nil {
			t.Fatal(err)
		}
		if sum.Failed != (n+3)/7 || sum.Total() != n {
			t.Fatalf("summary %v", sum)
		}
		if tm := sum.Timing; tm.Work <= 0 || tm.Save <= 0 || tm.SaveMax > tm.Save {
			t.Errorf("timing not kept: %+v", tm)
		}
		var all []newsbot.Analysed
		for _, b := range ms.batches {
			all = append(all, b...)
		}
		return all, reports
	}
	chunked, chunkedReports := run(nil)
	single, singleReports := run(extractInput)
	if !slices.Equal(chunkedReports, singleReports) {
		t.Errorf("reports differ:\n%s\nwant\n%s", strings.Join(chunkedReports, "\n"), strings.Join(singleReports, "\n"))
	}
	if len(chunked) != len(single) {
		t.Fatalf("%d articles stored, want %d", len(chunked), len(single))
	}
	quotes, headed := 0, 0
	for i := range chunked {
		if !reflect.DeepEqual(chunked[i], single[i]) {
			t.Errorf("article %d differs:\n%+v\nwant\n%+v", i, chunked[i].Extraction, single[i].Extraction)
		}
		quotes += len(chunked[i].Extraction.Quotes)
		a := chunked[i].Article
		if a.Title != "" && !reflect.DeepEqual(chunked[i].Extraction, extract.Article(chunked[i].Extraction.ID, a.Text, a.Published)) {
			headed++
		}
	}
	if quotes == 0 {
		t.Error("no quotes found: the comparison proves nothing")
	}
	if headed == 0 {
		t.Error("no title changed an extraction: the headline does not reach the issues stage")
	}
}

// An extractor panic inside a chunk fails only the article that caused it.
func TestPipelineChunkPanicFailsOneArticle(t *testing.T) {
	archive := chunkArchive(chunkSize)
	const bad = "c-5"
	one := func(id, text string, _ time.Time) newsbot.Extraction {
		if id == bad {
			panic("index out of range")
		}
		return newsbot.Extraction{ID: id}
	}
	var ms memStore
	var failed []string
	p := &Pipeline{Store: ms.store(), Options: testOptions(), Extract: one, JSONL: true, Stdin: strings.NewReader(archive),
		extractBatch: func(in []extract.Input) []newsbot.Extraction {
			out := make([]newsbot.Extraction, len(in))
			for i, a := range in {
				out[i] = one(a.ID, a.Text, a.Published)
			}
			return out
		},
		Progress: func(pr Progress) {
			if pr.Outcome == Failed {
				failed = append(failed, pr.Err.Error())
			}
		}}
	sum, err := p.Run(t.Context(), "-")
	if err != nil {
		t.Fatal(err)
	}
	if broken := (chunkSize + 3) / 7; sum.Added != chunkSize-broken-1 || sum.Failed != broken+1 {
		t.Errorf("summary %v, want %d added, %d failed", sum, chunkSize-broken-1, broken+1)
	}
	found := false
	for _, f := range failed {
		found = found || strings.Contains(f, "stdin:6") && strings.Contains(f, "internal error")
	}
	if !found {
		t.Errorf("failures %q do not name line 6 as an internal error", failed)
	}
}

// A page keeps its headline apart from its text: extraction is given it.
func TestPipelinePassesHeadline(t *testing.T) {
	var ms memStore
	var mu sync.Mutex
	got := map[string]string{}
	p := &Pipeline{Store: ms.store(), Options: testOptions(), extractInput: func(in extract.Input) newsbot.Extraction {
		mu.Lock()
		defer mu.Unlock()
		got[in.Text[:min(len(in.Text), 40)]] = in.Headline
		return newsbot.Extraction{ID: in.ID}
	}}
	sum, err := p.Run(t.Context(), "testdata/article.html")
	if err != nil || sum.Added != 1 {
		t.Fatalf("summary %v, err %v", sum, err)
	}
	arts := ms.articles()
	if len(arts) != 1 || arts[0].Title == "" {
		t.Fatalf("articles %+v", arts)
	}
	for text, h := range got {
		if h != arts[0].Title {
			t.Errorf("headline %q given for %q, want the title %q", h, text, arts[0].Title)
		}
		if strings.HasPrefix(text, h) {
			t.Errorf("the text %q opens with its headline: the page test proves nothing", text)
		}
	}
}

// An archive with a byte-order mark (UTF-8, or UTF-16 as Windows tools
// write) is read line by line like any other.
func TestPipelineJSONLByteOrderMarks(t *testing.T) {
	lines := `{"id":"b1","text":"The ferry service will resume in April, the operator said on Tuesday."}` + "\r\n" +
		`{"id":"b2","text":"The harbour wall will be repaired before winter, the council said."}` + "\r\n"
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"UTF-8 BOM", append([]byte("\ufeff"), lines...)},
		{"UTF-16LE", utf16WithBOM(lines, false)},
		{"UTF-16BE", utf16WithBOM(lines, true)},
	} {
		var ms memStore
		p := &Pipeline{Store: ms.store(), Options: testOptions(), Extract: noExtract, JSONL: true, Stdin: bytes.NewReader(c.data)}
		sum, err := p.Run(t.Context(), "-")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if sum.Added != 2 || sum.Failed != 0 {
			t.Errorf("%s: summary %v, want 2 added", c.name, sum)
		}
	}
}

func utf16WithBOM(s string, bigEndian bool) []byte {
	var b []byte
	put := func(u uint16) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	put(0xfeff)
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return b
}

// A feed saved to a file (or piped in) is read as the feed it is: each
// item an article, as from the feed's URL. It was refused ("ingest the
// feed by its URL"), though the README says feeds are read.
func TestPipelineFeedFile(t *testing.T) {
	body := "The regional council voted on Monday to close two branch libraries at the end of the year, citing falling visitor numbers and a budget gap of four million pounds that officials said could not be met any other way. Campaigners said they would appeal."
	feed := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>County Wire</title>` +
		`<item><title>Council votes to close libraries</title><guid>cw-1</guid><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>` + body + `</p>]]></content:encoded></item>` +
		`<item><title>Ferry fares to rise</title><guid>cw-2</guid><description>` + strings.ReplaceAll(body, "libraries", "ferries") + `</description></item>` +
		`</channel></rss>`
	path := filepath.Join(t.TempDir(), "county.xml")
	if err := os.WriteFile(path, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, input string
		stdin       string
	}{{"file", path, ""}, {"stdin", "-", feed}} {
		var ms memStore
		p := &Pipeline{Store: ms.store(), Options: testOptions(), Extract: noExtract, Stdin: strings.NewReader(c.stdin)}
		sum, err := p.Run(t.Context(), c.input)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if sum.Added != 2 || sum.Failed != 0 {
			t.Fatalf("%s: summary %v, want both items added", c.name, sum)
		}
		var titles []string
		for _, a := range ms.articles() {
			titles = append(titles, a.Title)
			if a.Source != "County Wire" {
				t.Errorf("%s: %q source %q, want the feed's title", c.name, a.Title, a.Source)
			}
		}
		slices.Sort(titles)
		if strings.Join(titles, "|") != "Council votes to close libraries|Ferry fares to rise" {
			t.Errorf("%s: titles %v", c.name, titles)
		}
	}
}
