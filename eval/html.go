package eval

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/newsroom/newsbot/ingest"
)

// htmlPage is one MANIFEST.tsv row.
type htmlPage struct {
	name, url, published string
}

// HTMLResult is the outcome of the HTML extraction evaluation.
type HTMLResult struct {
	Pages      int
	MeanF1     float64
	DatesRight int
	Failed     int // pages the extractor rejected
}

// HTML scores ingest's HTML path on the benchmark pages in dir (the
// corpus/html folder, or the shared folder holding it): the body against
// NAME.txt by bag-of-words token F1, as the scrapinghub
// article-extraction-benchmark does, and the publication date against
// MANIFEST.tsv by calendar date. It writes one line per page and a total.
func HTML(ctx context.Context, dir string, w io.Writer) error {
	_, err := HTMLScore(ctx, dir, w)
	return err
}

// HTMLScore is HTML returning the figures.
func HTMLScore(ctx context.Context, dir string, w io.Writer) (HTMLResult, error) {
	var res HTMLResult
	if _, err := os.Stat(filepath.Join(dir, "MANIFEST.tsv")); errors.Is(err, fs.ErrNotExist) {
		dir = filepath.Join(dir, "corpus", "html")
	}
	pages, err := htmlManifest(filepath.Join(dir, "MANIFEST.tsv"))
	if err != nil {
		return res, err
	}
	// A page without a date gets the ingest time marked as assumed, which
	// counts as wrong.
	opts := ingest.Options{}
	var sumF1 float64
	for _, pg := range pages {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		raw, err := os.ReadFile(filepath.Join(dir, pg.name+".html"))
		if err != nil {
			return res, fmt.Errorf("read page: %w", err)
		}
		want, err := os.ReadFile(filepath.Join(dir, pg.name+".txt"))
		if err != nil {
			return res, fmt.Errorf("read expected text: %w", err)
		}
		res.Pages++
		var gotText string
		var gotDate time.Time
		assumed := true
		data, err := ingest.DecodeHTML(pg.name, raw, "")
		if err == nil {
			a, aerr := ingest.FromHTML(pg.name, data, pg.url, time.Time{}, opts)
			err = aerr
			gotText, gotDate, assumed = a.Text, a.Published, a.PublishedAssumed
		}
		if err != nil {
			res.Failed++
		}
		p, r, f1 := htmlTokenF1(gotText, string(want))
		sumF1 += f1
		dateOK := false
		wantDate, werr := ingest.ParseDate(pg.published)
		if werr == nil && !assumed {
			dateOK = htmlSameDay(gotDate, wantDate)
		}
		if dateOK {
			res.DatesRight++
		}
		got := "none"
		if !assumed {
			got = gotDate.Format(time.RFC3339)
		}
		mark := "ok"
		if !dateOK {
			mark = "WRONG"
		}
		line := fmt.Sprintf("%-28s F1 %.3f (P %.3f R %.3f)  date %s want %q %s", pg.name, f1, p, r, got, pg.published, mark)
		if err != nil {
			line += "  error: " + err.Error()
		}
		fmt.Fprintln(w, line)
	}
	if res.Pages > 0 {
		res.MeanF1 = sumF1 / float64(res.Pages)
	}
	fmt.Fprintf(w, "pages %d  mean token F1 %.3f  dates right %d/%d  rejected %d\n",
		res.Pages, res.MeanF1, res.DatesRight, res.Pages, res.Failed)
	return res, nil
}

// htmlSameDay compares calendar dates, each in the offset its source wrote.
// A date written without a time (parsed as midnight UTC) also matches the
// page's date in UTC.
func htmlSameDay(got, want time.Time) bool {
	gy, gm, gd := got.Date()
	wy, wm, wd := want.Date()
	if gy == wy && gm == wm && gd == wd {
		return true
	}
	if want.Hour() == 0 && want.Minute() == 0 && want.Second() == 0 {
		uy, um, ud := got.UTC().Date()
		return uy == wy && um == wm && ud == wd
	}
	return false
}

func htmlManifest(path string) ([]htmlPage, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open manifest: %w", err)
	}
	defer f.Close()
	var pages []htmlPage
	sc := bufio.NewScanner(f)
	col := map[string]int{}
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(col) == 0 {
			for i, h := range fields {
				col[h] = i
			}
			for _, need := range []string{"name", "url", "published"} {
				if _, ok := col[need]; !ok {
					return nil, fmt.Errorf("manifest %s: no %q column", path, need)
				}
			}
			continue
		}
		if len(fields) < len(col) {
			continue
		}
		pages = append(pages, htmlPage{name: fields[col["name"]], url: fields[col["url"]], published: fields[col["published"]]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	return pages, nil
}

// htmlTokens splits lower-cased text into word tokens (runs of letters and
// digits) and counts them.
func htmlTokens(s string) map[string]int {
	bag := map[string]int{}
	for _, t := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		bag[t]++
	}
	return bag
}

// htmlTokenF1 is bag-of-words precision, recall and F1 of got against want.
func htmlTokenF1(got, want string) (p, r, f1 float64) {
	g, w := htmlTokens(got), htmlTokens(want)
	var ng, nw, common int
	for _, c := range g {
		ng += c
	}
	for t, c := range w {
		nw += c
		common += min(c, g[t])
	}
	if ng == 0 || nw == 0 || common == 0 {
		return 0, 0, 0
	}
	p, r = float64(common)/float64(ng), float64(common)/float64(nw)
	return p, r, 2 * p * r / (p + r)
}
