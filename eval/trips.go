package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
	"github.com/newsroom/newsbot/extract/places"
	"github.com/newsroom/newsbot/extract/trips"
)

// tripGold is the part of a gold file (seed-gold.json or eval/gold/ID.json)
// that the trip and issue evaluations read.
type tripGold struct {
	Article   string          `json:"article"`
	Published *string         `json:"published"`
	Trips     []tripGoldLeg   `json:"trips"`
	Issues    []issueGoldItem `json:"issues"`
}

type tripGoldLeg struct {
	Traveler string  `json:"traveler"`
	Place    *string `json:"place"`
	Country  *string `json:"country"`
	Date     *string `json:"date"`
	After    string  `json:"after"`
	What     string  `json:"what"`
	Status   string  `json:"status"`
	Required bool    `json:"required"`
}

// tripDoc is one gold file with its article text. The issue evaluation
// reads the same documents.
type tripDoc struct {
	ID        string
	Text      string
	Published time.Time // zero when the gold file says null
	Gold      tripGold
}

// tripDocs loads the gold file at path, or every *.json in the folder at
// path, with their article texts from the shared folder around them:
// seeds/ for the seed, corpus/bbc/corpus.jsonl for BBC ids, and
// corpus/html/ID.txt for the web pages.
func tripDocs(ctx context.Context, path string) ([]tripDoc, error) {
	root, err := tripSharedRoot(path)
	if err != nil {
		return nil, err
	}
	return tripDocsIn(ctx, path, root)
}

// tripDocsIn is tripDocs with the shared folder given: gold files kept
// in the repository (eval/testdata/bbc-trips) have none above them.
func tripDocsIn(ctx context.Context, path, root string) ([]tripDoc, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	files := []string{path}
	if st.IsDir() {
		files, err = filepath.Glob(filepath.Join(path, "*.json"))
		if err != nil {
			return nil, fmt.Errorf("list gold files: %w", err)
		}
		sort.Strings(files)
	}
	var docs []tripDoc
	var bbc map[string]string
	for _, file := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		raw, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("read gold: %w", err)
		}
		var g tripGold
		if err := json.Unmarshal(raw, &g); err != nil {
			return nil, fmt.Errorf("parse gold %s: %w", file, err)
		}
		d := tripDoc{ID: g.Article, Gold: g}
		if g.Published != nil && *g.Published != "" {
			if d.Published, err = time.Parse("2006-01-02", *g.Published); err != nil {
				return nil, fmt.Errorf("gold %s: published: %w", file, err)
			}
		}
		switch {
		case strings.HasSuffix(g.Article, ".txt"):
			b, err := os.ReadFile(filepath.Join(root, g.Article))
			if err != nil {
				return nil, fmt.Errorf("read article: %w", err)
			}
			d.Text = string(b)
		case strings.HasPrefix(g.Article, "bbc-"):
			if bbc == nil {
				if bbc, err = tripBBC(filepath.Join(root, "corpus", "bbc", "corpus.jsonl")); err != nil {
					return nil, err
				}
			}
			t, ok := bbc[g.Article]
			if !ok {
				return nil, fmt.Errorf("article %s not in the BBC corpus", g.Article)
			}
			d.Text = t
		default:
			b, err := os.ReadFile(filepath.Join(root, "corpus", "html", g.Article+".txt"))
			if err != nil {
				return nil, fmt.Errorf("read article: %w", err)
			}
			d.Text = string(b)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// tripSharedRoot finds the shared folder (the one holding corpus/ or
// seeds/) at or above path.
func tripSharedRoot(path string) (string, error) {
	dir, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("resolve %s: %w", path, err)
	}
	for {
		for _, sub := range []string{"corpus", "seeds"} {
			if _, err := os.Stat(filepath.Join(dir, sub)); err == nil {
				return dir, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no shared folder (with corpus/ or seeds/) above %s: %w", path, fs.ErrNotExist)
		}
		dir = parent
	}
}

func tripBBC(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open BBC corpus: %w", err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var row struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return nil, fmt.Errorf("parse BBC corpus: %w", err)
		}
		out[row.ID] = row.Text
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read BBC corpus: %w", err)
	}
	return out, nil
}

// TripResult holds the trip figures.
type TripResult struct {
	Required, RequiredFound, DatesRight int
	Optional, OptionalFound             int
	Predicted                           int
}

// Trips scores the trip legs extract.Article finds against the gold file
// at path (seed-gold.json) or the gold files in the folder at path: the
// share of required legs found, and of those the share whose date (and
// order bound "after") is right.
func Trips(ctx context.Context, path string, w io.Writer) error {
	_, err := TripsScore(ctx, path, w)
	return err
}

// TripsScore is Trips returning the figures.
//
// A gold leg is found by a predicted leg of the same traveller (names
// compared without case or titles) at the same place: equal names, one
// contained in the other as whole words ("London" for "Paddington Green
// police station, London"), or, when the gold place is a country, a leg in
// that country. Its date is right when both are null or equal, or when a
// predicted day or week falls inside a gold month; a gold "after" must be
// matched exactly. When the article's publication date is unknown the
// gold dates are null, so relative dates must not be resolved.
//
// Required gold legs are matched first, then optional ones, each in file
// order: an optional leg listed before a required one could otherwise take
// the only prediction both match.
func TripsScore(ctx context.Context, path string, w io.Writer) (TripResult, error) {
	docs, err := tripDocs(ctx, path)
	if err != nil {
		return TripResult{}, err
	}
	return tripsScoreDocs(ctx, docs, w)
}

// tripsScoreDocs is TripsScore over loaded documents.
func tripsScoreDocs(ctx context.Context, docs []tripDoc, w io.Writer) (TripResult, error) {
	var res TripResult
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		x := extract.Article(d.ID, d.Text, d.Published)
		res.Predicted += len(x.Trips)
		fmt.Fprintf(w, "%s: %d legs predicted\n", d.ID, len(x.Trips))
		used := make([]bool, len(x.Trips))
		// Required legs pick their predictions first, so that an optional
		// leg told earlier in the file cannot take the one a required leg
		// needed (both matching it); then the optional legs, in file order.
		bests := make([]int, len(d.Gold.Trips))
		bestDates := make([]bool, len(d.Gold.Trips))
		for _, pass := range []bool{true, false} {
			for gi, g := range d.Gold.Trips {
				if g.Required != pass {
					continue
				}
				best, bestDate := -1, false
				for i, p := range x.Trips {
					if used[i] || !tripSamePerson(p.Traveler, g.Traveler) || !tripSamePlace(p, g) {
						continue
					}
					ok := tripDateRight(p, g)
					if best < 0 || ok && !bestDate {
						best, bestDate = i, ok
					}
				}
				if best >= 0 {
					used[best] = true
				}
				bests[gi], bestDates[gi] = best, bestDate
			}
		}
		for gi, g := range d.Gold.Trips {
			best, bestDate := bests[gi], bestDates[gi]
			mark := "MISS"
			if best >= 0 {
				mark = "ok  "
				if !bestDate {
					mark = "DATE"
				}
			}
			if g.Required {
				res.Required++
				if best >= 0 {
					res.RequiredFound++
					if bestDate {
						res.DatesRight++
					}
				}
			} else {
				res.Optional++
				if best >= 0 {
					res.OptionalFound++
				}
			}
			req := "opt"
			if g.Required {
				req = "req"
			}
			fmt.Fprintf(w, "  %s %s %s @ %s date=%s after=%s", mark, req, g.Traveler, tripStr(g.Place), tripStr(g.Date), g.After)
			if best >= 0 {
				p := x.Trips[best]
				fmt.Fprintf(w, "  → %s @ %s date=%q after=%q %s (%s)", p.Traveler, p.Place, p.Date, p.After, p.Status, p.What)
			}
			fmt.Fprintln(w)
		}
		for i, p := range x.Trips {
			if !used[i] {
				fmt.Fprintf(w, "  extra %s @ %s date=%q after=%q %s (%s)\n", p.Traveler, p.Place, p.Date, p.After, p.Status, p.What)
			}
		}
	}
	fmt.Fprintf(w, "required legs found: %d/%d = %.3f\n", res.RequiredFound, res.Required, tripRatio(res.RequiredFound, res.Required))
	fmt.Fprintf(w, "dates right (of found): %d/%d = %.3f\n", res.DatesRight, res.RequiredFound, tripRatio(res.DatesRight, res.RequiredFound))
	fmt.Fprintf(w, "optional legs found: %d/%d; legs predicted: %d\n", res.OptionalFound, res.Optional, res.Predicted)
	return res, nil
}

func tripRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func tripStr(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// tripTitles are dropped before names are compared.
var tripTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sir": true, "lord": true, "president": true, "prime": true, "minister": true}

func tripNameWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(strings.NewReplacer(".", " ", ",", " ").Replace(s))) {
		if !tripTitles[w] {
			out = append(out, w)
		}
	}
	return out
}

func tripSamePerson(pred, gold string) bool {
	return pred != "" && strings.Join(tripNameWords(pred), " ") == strings.Join(tripNameWords(gold), " ")
}

func tripSamePlace(p newsbot.Trip, g tripGoldLeg) bool {
	if g.Place == nil {
		return g.Country == nil || strings.EqualFold(p.Country, *g.Country)
	}
	gp := strings.ToLower(*g.Place)
	pp := strings.ToLower(p.Place)
	if pp == "" {
		return false
	}
	if gp == pp || tripContainsWords(gp, pp) || tripContainsWords(pp, gp) {
		return true
	}
	if c, ok := places.Lookup(*g.Place); ok && c.Kind == places.Country {
		return strings.EqualFold(p.Country, c.Name)
	}
	return false
}

// tripContainsWords reports whether needle occurs in hay on word boundaries.
func tripContainsWords(hay, needle string) bool {
	for off := 0; ; {
		i := strings.Index(hay[off:], needle)
		if i < 0 {
			return false
		}
		s, e := off+i, off+i+len(needle)
		if (s == 0 || !tripWordByte(hay[s-1])) && (e == len(hay) || !tripWordByte(hay[e])) {
			return true
		}
		off = s + 1
	}
}

func tripWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
}

func tripDateRight(p newsbot.Trip, g tripGoldLeg) bool {
	if g.After != "" && p.After != g.After {
		return false
	}
	if g.Date == nil || *g.Date == "" {
		return p.Date == ""
	}
	if p.Date == *g.Date {
		return true
	}
	// A day or week inside a gold month ("this week" for "2019-11").
	gf, gt, ok1 := trips.DayRange(*g.Date)
	pf, pt, ok2 := trips.DayRange(p.Date)
	return ok1 && ok2 && len(*g.Date) == len("2006-01") && !pf.Before(gf) && !pt.After(gt)
}
