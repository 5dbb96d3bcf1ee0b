package issues

import (
	"strings"

	"github.com/newsroom/newsbot/extract/text"
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

func TestNoIssueTitle(t *testing.T) {
	body := "The prince's first visit to New Zealand drew crowds in Auckland. " +
		"Officials said New Zealand would host the summit. " +
		"Workers at the Haldane plant said the closure would be a disaster. "
	cases := []struct {
		name  string
		title string
		ev    []string
		want  bool
	}{
		{"place fragment", "Zealand", []string{"Officials said New Zealand would host the summit."}, true},
		{"whole place", "Auckland", []string{"The prince's first visit to New Zealand drew crowds in Auckland."}, false},
		{"bare institution", "Palace", []string{"The palace said the visit was a success."}, true},
		{"ministry", "Ministry", []string{"The ministry declined to comment."}, true},
		{"meeting is no case", "Mere Tane's case", []string{"On Monday they met Prime Minister Mere Tane in a meeting that covered trade."}, true},
		{"court case", "Mere Tane's case", []string{"Lawyers for Mere Tane told the court the charges were false."}, false},
		{"detention case", "Rui Lopes's case", []string{"Rui Lopes has been held in detention since May."}, false},
		{"clause cut before its object", "Tokyo tries", []string{"The minister arrived as Tokyo tries to cut its reliance on imports."}, true},
		{"two-word issue", "Pay dispute", []string{"Nurses walked out in a pay dispute."}, false},
		{"noun only in a quote", "Closures", []string{`"If every neighbour could demand closures, no industry would survive."`}, true},
		{"noun told outside the quote", "Closures", []string{`The union fears closures at three plants, "and soon," it said.`}, false},
		{"quoted noun the copy tells too", "Treaty", []string{`"Should the country approve the treaty?" the ballot asks.`, "The treaty was signed in Rome."}, false},
		{"noun not in the first evidence", "Bill", []string{`The minister has "no desire" to offer concessions.`, "MPs backed the Bill."}, false},
		{"name in a quote", "Rovers", []string{`"It is personal against Rovers," the defender said.`}, false},
		{"case against", "Ali Khan's case", []string{"The case against Ali Khan is brought by rivals.", "Mr Khan denies election fraud."}, false},
		{"a bill the copy names", "Bill", []string{"Peers oppose the bill.", "MPs backed the Terrorism Bill."}, false},
		{"season", "Summer", []string{"The club spent little in the summer."}, true},
		{"participle fragment", "Residents living", []string{"Lawyers for residents living near the plant told the court it must close."}, true},
		{"striking is contention", "Doctors striking", []string{"Doctors striking over pay marched on Monday."}, false},
		{"actors", "Health bosses", []string{"Health bosses said the unit would close at night."}, true},
		{"a rank", "Largest steel strikes", []string{"The walkout is one of the largest steel strikes in a decade."}, true},
		{"an owned rank", "Nation's worst floods", []string{"The town suffered one of the nation's worst floods in a century."}, false},
		{"noun in plain copy", "Closures", []string{"The council announced closures of four libraries."}, false},
	}
	for _, c := range cases {
		a := analyser{text: body + c.ev[0]}
		is := newsbot.Issue{Title: c.title, Evidence: c.ev}
		if got := a.noIssueTitle(&is); got != c.want {
			t.Errorf("%s: noIssueTitle(%q) = %v, want %v", c.name, c.title, got, c.want)
		}
	}
}

func TestCalmContentious(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"The minister held talks with her Chilean counterpart on Friday.", false},
		{"Talks collapsed after the union rejected the offer.", true},
		{"It was raining in Wellington when the couple landed.", false},
		{"Nurses will strike next week over pay.", true},
	}
	for _, c := range cases {
		if got := calmContentious(c.s); got != c.want {
			t.Errorf("calmContentious(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestPlaceTail(t *testing.T) {
	cases := []struct {
		s, w string
		want bool
	}{
		{"They flew to New Zealand. New Zealand is far.", "Zealand", true},
		{"They flew to Zealand on Monday.", "Zealand", false},
		{"Zealand lies east. They saw New Zealand.", "Zealand", false},
		{"Talks in Hong Kong ended.", "Kong", true},
		{"No mention here.", "Kong", false},
	}
	for _, c := range cases {
		if got := placeTail(c.s, c.w); got != c.want {
			t.Errorf("placeTail(%q, %q) = %v, want %v", c.s, c.w, got, c.want)
		}
	}
}

func FuzzQuoteWord(f *testing.F) {
	f.Add(`"closures" he said`, "closures")
	f.Add("“Rows” and rows", "row")
	f.Fuzz(func(t *testing.T, s, w string) {
		_, _ = quoteWord(s, w)
		_ = placeTail(s, w)
	})
}

func TestInAside(t *testing.T) {
	cases := []struct {
		s, title string
		want     bool
	}{
		{"The minister arrived in Lima on Monday on a tour aimed at securing copper, as Seoul tries to reduce its dependence on imports.", "Dependence on imports", true},
		{"The president made an unscheduled trip to the hospital on Saturday for tests.", "Unscheduled trip to the hospital", false},
		{"The dependence on imports grew, as officials had warned.", "Dependence on imports", false},
	}
	for _, c := range cases {
		if got := inAside(c.s, c.title); got != c.want {
			t.Errorf("inAside(%q, %q) = %v, want %v", c.s, c.title, got, c.want)
		}
	}
}

func TestCalmPass(t *testing.T) {
	copy := "Trade Minister Jun Sato arrived in Lima on Monday at the start of a tour aimed at securing copper, as Seoul tries to reduce its dependence on imported ore. " +
		"Sato met the energy minister on Monday afternoon and signed a memorandum on smelting. " +
		"\"We want to build something here that stays here,\" Sato told reporters. " +
		"He will fly to Santiago on Wednesday. " +
		"The tour ends in Mexico City next week. " +
		"Sato will visit a port on Thursday. " +
		"Officials said the visit went well. " +
		"Miners in the north have protested against a new royalty on copper exports."
	lead := copy[:strings.Index(copy, ". ")+1]
	res := []newsbot.Issue{
		{Title: "Royalty on copper exports", Evidence: []string{"Miners in the north have protested against a new royalty on copper exports."}},
		{Title: "Dependence on imported ore", Evidence: []string{lead}},
	}
	a := analyser{text: copy, sents: text.Sentences(copy)}
	got := a.calmPass(res)
	if len(got) != 1 || got[0].Title != "Royalty on copper exports" {
		t.Errorf("calm copy: got %v", got)
	}
	// The same aside in copy whose lead tells a dispute stays.
	hot := strings.Replace(copy, "signed a memorandum on smelting", "rejected a demand to cut the royalty", 1)
	a = analyser{text: hot, sents: text.Sentences(hot)}
	res = []newsbot.Issue{
		{Title: "Royalty on copper exports", Evidence: []string{"Miners in the north have protested against a new royalty on copper exports."}},
		{Title: "Dependence on imported ore", Evidence: []string{lead}},
	}
	if got := a.calmPass(res); len(got) != 2 {
		t.Errorf("news copy: got %v", got)
	}
}

func TestStandfirstScenery(t *testing.T) {
	copy := "The prince's first tour of Canada has been warmer than anyone planned. Our correspondent followed him from Ottawa\n\n" +
		"By Jane Roe\nMonday 16 November 2026\n\n" +
		"Snow was falling in Ottawa on Friday when the prince stepped off the plane. " +
		"\"We were told to bring coats,\" he said, laughing. " +
		"He met the prime minister on Saturday at Parliament Hill. " +
		"He will fly to Vancouver on Monday. " +
		"The tour ends in Halifax next week. " +
		"A small group of protesters outside the legislature carried a banner about land rights."
	a := analyser{text: copy, sents: dropFurniture(text.Sentences(copy))}
	res := []newsbot.Issue{
		{Title: "Prince's tour", Evidence: []string{"The prince's first tour of Canada has been warmer than anyone planned."}},
		{Title: "Land rights", Evidence: []string{"A small group of protesters outside the legislature carried a banner about land rights."}},
	}
	got := a.calmPass(res)
	if len(got) != 1 || got[0].Title != "Land rights" {
		t.Errorf("got %v", got)
	}
	// Copy with no byline keeps its first issue.
	plain := "The prince's first tour of Canada has been warmer than anyone planned. " + copy[strings.Index(copy, "Snow"):]
	a = analyser{text: plain, sents: text.Sentences(plain)}
	res = []newsbot.Issue{{Title: "Prince's tour", Evidence: []string{"The prince's first tour of Canada has been warmer than anyone planned."}}}
	if got := a.calmPass(res); len(got) != 1 {
		t.Errorf("no byline: got %v", got)
	}
}

func TestSourceName(t *testing.T) {
	cases := []struct {
		s, name string
		want    bool
	}{
		{"The club president, speaking to Corriere di Roma this week, was blunt.", "Corriere di Roma", true},
		{"The minister told the Daily Courier that talks would resume.", "Daily Courier", true},
		{"Daily Courier reporters walked out. The editor told the Daily Courier staff to return.", "Daily Courier", false},
		{"No name here.", "Daily Courier", false},
	}
	for _, c := range cases {
		a := analyser{text: c.s}
		if got := a.sourceName(c.name); got != c.want {
			t.Errorf("sourceName(%q) in %q = %v, want %v", c.name, c.s, got, c.want)
		}
	}
}
