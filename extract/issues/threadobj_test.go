package issues

import (
	"slices"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

func TestIssueObjects(t *testing.T) {
	for _, tc := range []struct {
		name     string
		title    string
		keywords []string
		evidence []string
		want     []string
	}{
		{"modifier of strike", "Bus strike", nil,
			[]string{"The bus strike in Leeds entered its third day on Wednesday."}, []string{"bus"}},
		{"workforce noun after dateline", "Walkout", nil,
			[]string{"GDANSK, June 3 (Wire) - Shipyard crews walked off the job on Tuesday over unpaid overtime."}, []string{"ship"}},
		{"plural possessive past generic modifiers", "Strike", nil,
			[]string{"Nurses' leaders confirmed a national 48-hour nurses' strike for next month."}, []string{"nurs"}},
		{"-workers compound, lead's first dispute leads", "Stoppage", nil,
			[]string{"Steelworkers downed tools at the Tata plant on Monday, as bus drivers in the region voted for a separate strike.",
				"The steel strike is the first at the plant since 2019."}, []string{"stee"}},
		{"sector told two ways", "Rail strike", []string{"train drivers"},
			[]string{"Train drivers walked out on Friday."}, []string{"rail"}},
		{"names and determiners are no object", "Strike", []string{"strike"},
			[]string{"Members of the GMB union joined the strike on Monday, the union said."}, nil},
		{"verb before strike", "Strike", nil,
			[]string{"Thousands of people joined a strike against the reform."}, nil},
		{"military strikes are no stoppage", "Air strikes", []string{"drone strikes"},
			[]string{"Air strikes hit the port of Hodeidah overnight, killing three dock workers, officials said."}, nil},
		{"workforce without a stoppage", "Kidnapping", []string{"aid workers"},
			[]string{"Gunmen seized four aid workers near the border on Sunday, the charity's staff said."}, nil},
		{"protests name their cause, not their parties", "Protests", []string{"street protests"},
			[]string{"Anti-government protests spread to a third city on Friday."}, nil},
		{"strike by its workforce", "National strike", []string{"national strike"},
			[]string{"Hospitals cancelled surgery as nurses' union members began a national strike."}, []string{"nurs"}},
		{"no dispute", "Budget", []string{"spending cuts"},
			[]string{"The coalition agreed a budget that cuts spending on roads."}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := AnchorsOf(newsbot.Issue{Title: tc.title, Keywords: tc.keywords, Evidence: tc.evidence}).objects
			if !slices.Equal(got, tc.want) {
				t.Errorf("objects = %q, want %q", got, tc.want)
			}
		})
	}
}

// Two disputes of one city and week, worded alike, are no thread when they
// name different workforces; a follow-up naming the same one is.
func TestThreadOtherObjects(t *testing.T) {
	ferry := newsbot.Issue{Title: "National strike", Keywords: []string{"national strike", "crossings"},
		Evidence: []string{"OSLO, March 2 (Wire) - Ferry crews walked off the job on Monday as Norway's nurses called a separate national strike."}}
	nurses := newsbot.Issue{Title: "National strike over pay", Keywords: []string{"national strike", "pay"},
		Evidence: []string{"OSLO, March 3 (Wire) - Norway's nurses' union confirmed a national strike over pay from March 10."}}
	nursesLater := newsbot.Issue{Title: "Nurses strike over pay", Keywords: []string{"strike", "pay", "hospitals"},
		Evidence: []string{"OSLO, March 10 (Wire) - Hospitals across Norway cancelled operations as the nurses' strike began."}}
	score := func(p, q newsbot.Issue) float64 {
		s, _, _ := Prepare(p).Thread(Prepare(q), AnchorsOf(p), AnchorsOf(q))
		return s
	}
	if s := score(nurses, ferry); s >= 0.35 {
		t.Errorf("nurses' strike ~ ferry strike = %.2f, want under 0.35", s)
	}
	if s := score(nursesLater, nurses); s < 0.35 {
		t.Errorf("nurses' strike follow-up ~ nurses' strike = %.2f, want 0.35 or more", s)
	}
}

// One article's threads told in one city are one story by their sides,
// unless they name different workforces.
func TestSameSidesOtherObjects(t *testing.T) {
	port := AnchorsOf(newsbot.Issue{Title: "Port strike", Evidence: []string{
		"GOTHENBURG, Sept 7 (Wire) - Port workers in Gothenburg walked off the job on Monday, Sweden's Transport union said."}})
	bus := AnchorsOf(newsbot.Issue{Title: "Bus strike", Evidence: []string{
		"Bus drivers in Gothenburg will strike on Friday, Sweden's Transport union said."}})
	portAgain := AnchorsOf(newsbot.Issue{Title: "Terminals idle", Evidence: []string{
		"The port strike in Gothenburg left the container terminals idle, Sweden's Transport union said."}})
	if port.SameSides(bus) {
		t.Errorf("port strike and bus strike of one city: same sides, want two stories (objects %q, %q)", port.objects, bus.objects)
	}
	if !port.SameSides(portAgain) {
		t.Errorf("two reports of one port strike: not the same sides (objects %q, %q)", port.objects, portAgain.objects)
	}
}

func FuzzIssueObjects(f *testing.F) {
	f.Add("Port strike", "dockworkers", "LISBON, May 4 (Wire) - Ferry crews walked off the job, as teachers' unions called a strike.")
	f.Add("", "", "Dockers' ‘strike’ — 48-hour, (rail) unions; Workers walked")
	f.Fuzz(func(t *testing.T, title, kw, ev string) {
		got := issueObjects(title, []string{kw}, []string{ev, ev})
		if len(got) > maxObjects {
			t.Fatalf("%d objects, at most %d", len(got), maxObjects)
		}
		for _, k := range got {
			if k == "" {
				t.Fatal("empty object key")
			}
		}
	})
}

// A follow-up told from another place, worded apart, still joins its
// thread when it names the same workforce: the object veto leaves it be.
func TestThreadSameObjectJoins(t *testing.T) {
	first := newsbot.Issue{Title: "Dock strike", Keywords: []string{"dock strike", "automation plans"},
		Evidence: []string{"ROTTERDAM, Oct 2 (Wire) - Dockers in Rotterdam walked out on Friday over automation plans at the container terminals."}}
	later := newsbot.Issue{Title: "Strike over cranes", Keywords: []string{"strike", "cranes", "queues", "ships"},
		Evidence: []string{"THE HAGUE, Oct 5 (Wire) - The dock workers' strike in Rotterdam entered a fourth day as ships queued at sea."}}
	s, _, _ := Prepare(later).Thread(Prepare(first), AnchorsOf(later), AnchorsOf(first))
	if s < 0.35 {
		t.Errorf("dock strike follow-up ~ dock strike = %.2f, want 0.35 or more", s)
	}
}
