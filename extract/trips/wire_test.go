package trips_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/extract/trips"
)

// wireCase is one article of testdata/wire with the legs an editor expects
// from it. The articles were written for this test in the styles of the
// wire services; they run through the extraction steps trips depend on
// (people, dates), as `bot extract --jsonl` does.
type wireCase struct {
	ID        string    `json:"id"`
	Published string    `json:"published"`
	Legs      []wireLeg `json:"legs"`
	Forbid    []wireLeg `json:"forbid"` // legs that must not be found: non-trips, home, negated plans
}

type wireLeg struct {
	Traveler     string   `json:"traveler"`
	Place        string   `json:"place"`
	Country      string   `json:"country"`
	Date         string   `json:"date"`
	After        string   `json:"after"`
	Status       string   `json:"status"`
	Counterparts []string `json:"counterparts"`
	// Required legs must be found with their date, status and
	// counterparts; the others are background and only reported.
	Required bool `json:"required"`
	// Gap names a known shortfall (in the people finder, or a rule this
	// package lacks) that makes the leg come out wrong: it is reported,
	// not failed, and the count says how many checks are affected.
	Gap string `json:"gap"`
}

func loadWire(t *testing.T) []wireCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "wire.json"))
	if err != nil {
		t.Fatalf("read wire cases: %v", err)
	}
	var cases []wireCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatalf("parse wire cases: %v", err)
	}
	return cases
}

// matchLeg finds the leg for w: same traveller and place, the same date
// preferred.
func matchLeg(got []newsbot.Trip, w wireLeg) (newsbot.Trip, bool) {
	found := -1
	for i, g := range got {
		if !sameTraveler(g.Traveler, w.Traveler) || g.Place != w.Place {
			continue
		}
		if g.Date == w.Date {
			return g, true
		}
		if found < 0 {
			found = i
		}
	}
	if found < 0 {
		return newsbot.Trip{}, false
	}
	return got[found], true
}

// expected reports whether the found leg g is one of the expected legs
// (same traveller, place and date).
func expected(g newsbot.Trip, legs []wireLeg) bool {
	for _, w := range legs {
		if sameTraveler(g.Traveler, w.Traveler) && g.Place == w.Place && g.Date == w.Date {
			return true
		}
	}
	return false
}

// sameTraveler accepts the canonical name the people package chose when
// it is part of the expected one: "Charles" for "King Charles".
func sameTraveler(got, want string) bool {
	if got == want {
		return true
	}
	words := strings.Fields(want)
	for _, g := range strings.Fields(got) {
		if !slices.Contains(words, g) {
			return false
		}
	}
	return got != ""
}

func TestWireArticles(t *testing.T) {
	var req, found, exact, dates, status, optional, optFound, gaps, extra int
	for _, c := range loadWire(t) {
		t.Run(c.ID, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("testdata", "wire", c.ID+".txt"))
			if err != nil {
				t.Fatalf("read article: %v", err)
			}
			pub, err := time.Parse(time.DateOnly, c.Published)
			if err != nil {
				t.Fatalf("published: %v", err)
			}
			// The pipeline's steps for trips, as extract.Article runs them.
			cast := people.Find(string(text))
			got := trips.Find(string(text), pub, cast, timex.Tag(string(text), pub))
			defer func() {
				if t.Failed() {
					for _, g := range got {
						t.Logf("got %s @ %s (%s) date=%q after=%q %s %v %q", g.Traveler, g.Place, g.Country, g.Date, g.After, g.Status, g.Counterparts, g.What)
					}
				}
			}()
			for _, w := range c.Legs {
				g, ok := matchLeg(got, w)
				var errs []string
				switch {
				case !ok:
					errs = append(errs, fmt.Sprintf("missing leg %s @ %s %s", w.Traveler, w.Place, w.Date))
				default:
					if g.Date != w.Date {
						errs = append(errs, fmt.Sprintf("%s @ %s: date %q, want %q", w.Traveler, w.Place, g.Date, w.Date))
					}
					if w.After != "" && g.After != w.After {
						errs = append(errs, fmt.Sprintf("%s @ %s: after %q, want %q", w.Traveler, w.Place, g.After, w.After))
					}
					if g.Status != w.Status {
						errs = append(errs, fmt.Sprintf("%s @ %s: status %q, want %q", w.Traveler, w.Place, g.Status, w.Status))
					}
					if w.Country != "" && g.Country != w.Country {
						errs = append(errs, fmt.Sprintf("%s @ %s: country %q, want %q", w.Traveler, w.Place, g.Country, w.Country))
					}
					for _, cp := range w.Counterparts {
						if !slices.Contains(g.Counterparts, cp) {
							errs = append(errs, fmt.Sprintf("%s @ %s: counterparts %v lack %q", w.Traveler, w.Place, g.Counterparts, cp))
						}
					}
				}
				if !w.Required {
					optional++
					if len(errs) == 0 {
						optFound++
					} else {
						t.Logf("optional: %s", strings.Join(errs, "; "))
					}
					continue
				}
				req++
				if len(errs) == 0 {
					exact++
				}
				if ok {
					found++
					if g.Date == w.Date {
						dates++
					}
					if g.Status == w.Status {
						status++
					}
				}
				for _, e := range errs {
					if w.Gap != "" {
						gaps++
						t.Logf("known gap (%s): %s", w.Gap, e)
						continue
					}
					t.Error(e)
				}
			}
			for _, g := range got {
				if !expected(g, c.Legs) {
					extra++
					t.Logf("extra leg %s @ %s %s %s", g.Traveler, g.Place, g.Date, g.Status)
				}
			}
			for _, f := range c.Forbid {
				for _, g := range got {
					if g.Place == f.Place && (f.Traveler == "" || sameTraveler(g.Traveler, f.Traveler)) {
						t.Errorf("unwanted leg %s @ %s (%s): %q", g.Traveler, g.Place, g.Status, g.Evidence)
					}
				}
			}
		})
	}
	t.Logf("required legs found %d/%d, exactly right %d, dates right %d, status right %d; optional legs right %d/%d; known gaps %d; legs not expected %d",
		found, req, exact, dates, status, optFound, optional, gaps, extra)
}

// FuzzFindPipeline runs the trips finder behind the real people finder and
// date tagger on mutated wire sentences: no panic, and every leg points
// into the text.
func FuzzFindPipeline(f *testing.F) {
	f.Add("Lula arrived in Nairobi on Monday and met President William Ruto, then on to Addis Ababa.", int64(0))
	f.Add("Secretary of State Marco Rubio, accompanied by Defense Secretary Pete Hegseth, will travel to Singapore next week.", int64(3))
	f.Add("Mr Martin is in Washington and will meet Donald Trump on Wednesday. He will return to Dublin on Thursday.", int64(-2))
	f.Add("Anthony Albanese touched down in Jakarta and will hold talks with President Prabowo Subianto in Bogor on Saturday.", int64(7))
	f.Add("The French foreign minister, who met Omar Fathy at the Kremlin on Friday, will visit Manchester the following day. Roy asked him to visit Poland between 27 April and 29 April.", int64(4))
	f.Add("Sri Lanka's one-day squad arrived in Auckland last night, captain Dinesh Perera said. The series then moves to Wellington next Wednesday, before the squad flies to Australia for the decider in Sydney on March 20.", int64(9))
	f.Add("His main challenger, former finance minister Ruth Achieng, 54, of the Orange Alliance (OA), was in the northern city of Nakuru on Thursday. Talks are scheduled for Friday in Glasgow. She said she would travel there.", int64(1))
	f.Add("Amina Wekesa arrived in the Chadian capital N'Djamena. She is due in Paris next Monday. She will also meet suppliers in Lyon on Tuesday, and will report to the UN Security Council in New York.", int64(5))
	// Letters whose lower case is longer or shorter in UTF-8, and a
	// day whose few bytes before start inside a letter.
	f.Add("Marta Oliveira will make a state visit to Zürich from 14 April, the palace said.", int64(0))
	f.Add("Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ Ⱥ officials said Mr Martin will travel to Ȿan José from 14 April to 16 April.", int64(2))
	f.Add("İlhan Demir will fly to İzmir on Monday and visit the Kelvin plant, the ẞtadt office said, starting 3 May.", int64(6))
	f.Fuzz(func(t *testing.T, s string, days int64) {
		pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%400))
		for _, l := range trips.Find(s, pub, people.Find(s), timex.Tag(s, pub)) {
			if l.Start < 0 || l.End > len(s) || l.Start > l.End || l.Place == "" || l.Traveler == "" {
				t.Fatalf("bad leg %+v", l)
			}
		}
	})
}
