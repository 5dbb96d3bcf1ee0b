package issues

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/text"
)

// haystack is an issue's title and keywords, lower-case, for assertions.
func haystack(title string, keywords []string) string {
	return strings.ToLower(title + " " + strings.Join(keywords, " "))
}

// TestLeadThreads: the thread a lead sentence states is listed even when
// it carries no contention cue and is named once; what the lead names as
// who, where or when is not, nor is a phrase a weighed issue already
// covers. Stories written for this test.
func TestLeadThreads(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		forms map[string]int
		want  []string // each must be in some issue's title or keywords
		bad   []string // no title may be one of these
	}{
		{"a visit stated in the lead",
			"The three sailors released from custody in Yemen are expected to receive a visit by one relative this week. " +
				"Their lawyer said the men had been held without charge for eight months. " +
				"Officials in Sanaa denied the sailors had been mistreated in custody. " +
				"The foreign ministry said consular staff would be present.",
			nil, nil, []string{"visit by one relative"}, []string{"This week", "Sanaa"}},
		{"opposition from named countries",
			"Energy Secretary Clara Voss has defended plans to reopen the Baltic pipeline, despite opposition from Poland and the US. " +
				"Voss said the pipeline would cut heating bills by a fifth. " +
				"Critics accused the government of ignoring the security risks of the pipeline. " +
				"A decision is due in March.",
			[]string{"Clara Voss"}, map[string]int{"Energy Secretary Clara Voss": 0, "Voss": 0},
			[]string{"opposition from poland and the us", "pipeline"}, []string{"Clara Voss", "March"}},
		{"a quoted claim in the lead",
			`Green Party leader Mona Diaz has begun a tour of coastal towns to persuade voters her party is the "real alternative". ` +
				"Diaz will visit six constituencies where the party came second at the last election. " +
				"Rival parties accused the Greens of hiding the cost of their carbon tax. " +
				"Diaz denied the carbon tax would raise fuel prices.",
			[]string{"Mona Diaz"}, map[string]int{"Green Party leader Mona Diaz": 0, "Diaz": 0},
			[]string{"real alternative"}, []string{"Mona Diaz"}},
		{"an unplanned trip in the lead",
			"Governor Ken Ortiz made an unplanned trip to Mercy General hospital on Sunday for what aides called routine tests. " +
				"Aides denied reports that the governor had been unwell for weeks. " +
				"Critics said the office had not been honest about the governor's health. " +
				"Ortiz is due to give his budget speech on Tuesday.",
			[]string{"Ken Ortiz"}, map[string]int{"Governor Ken Ortiz": 0, "Ortiz": 0, "his": 0},
			[]string{"trip to mercy general hospital"}, []string{"Sunday", "Ken Ortiz", "Aides"}},
		{"an infinitive's verb opens no thread",
			"Hundreds of nurses gathered outside parliament on Wednesday to hear from the health secretary about the pay dispute. " +
				"Unions accused ministers of breaking a promise on pay. " +
				"The pay dispute has closed wards in three cities.",
			nil, nil, []string{"pay dispute"}, []string{"Hear from the health secretary about the pay dispute", "Hear"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			cast := castOf(tt.text, tt.names, tt.forms)
			if tt.names == nil {
				cast = nil
			}
			issues := Find(tt.text, cast, nil)
			for _, is := range issues {
				got = append(got, haystack(is.Title, is.Keywords))
				for _, b := range tt.bad {
					if is.Title == b {
						t.Errorf("issue titled %q: %v", is.Title, titles(issues))
					}
				}
			}
			for _, w := range tt.want {
				found := false
				for _, h := range got {
					found = found || strings.Contains(h, w)
				}
				if !found {
					t.Errorf("no issue holds %q: %v", w, titles(issues))
				}
			}
		})
	}
}

// TestLeadCoveredOnce: a lead phrase whose head a weighed issue already
// carries is not listed twice.
func TestLeadCoveredOnce(t *testing.T) {
	text := "Farm ministers failed to agree on the grain embargo at talks in Vienna on Monday. " +
		"Exporters have criticised the grain embargo as unlawful. " +
		"Two governments threatened to challenge the embargo in court."
	n := 0
	for _, is := range Find(text, nil, nil) {
		if strings.Contains(strings.ToLower(is.Title), "embargo") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d issues titled by the embargo, want 1: %v", n, titles(Find(text, nil, nil)))
	}
}

// TestLeadNeedsDispute: copy that disputes nothing lists no lead thread.
func TestLeadNeedsDispute(t *testing.T) {
	text := "The city museum opened a new wing devoted to maritime history on Saturday. " +
		"Visitors queued for an hour to see the restored fishing boats. " +
		"The curator said the collection had taken six years to assemble."
	if got := Find(text, nil, nil); len(got) != 0 {
		t.Errorf("calm copy listed %v", titles(got))
	}
}

// TestProtagonistThread: the story's protagonist is no issue by name, but
// the thread the copy gives them ("her late entry into the race") is.
func TestProtagonistThread(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string
		forms map[string]int
		want  string // title prefix; "" for none
	}{
		{"a candidate's late entry",
			"About forty shop owners gathered in a church hall in Dayton on Monday evening to hear from the newest candidate for governor, Alma Reyes. " +
				"Reyes apologised for arriving late. " +
				"Her late entry into the race leaves her little time to raise money, and rivals have questioned her record on taxes. " +
				"Reyes said she would campaign in every county before the primary. " +
				"She denied allegations that she had failed to pay property taxes on a rental home. " +
				"Reyes faces two rivals who have been campaigning for a year.",
			[]string{"Alma Reyes"}, map[string]int{"Alma Reyes": 0, "Reyes": 0, "Her": 0, "her": 0, "she": 0},
			"Alma Reyes's late entry"},
		{"a thread an issue already names is not listed twice",
			"President Omar Lind was taken to hospital for tests on Friday, aides said. " +
				"Critics said the palace had not been honest about his health. " +
				"Lind's health has been the subject of rumours for months. " +
				"Aides denied that his health had worsened.",
			[]string{"Omar Lind"}, map[string]int{"President Omar Lind": 0, "Lind": 0, "his": 0},
			""},
		{"a traveller's trip is no thread of their own",
			"Foreign Minister Ivo Petrov arrived in Hanoi on Tuesday for talks on a disputed fishing zone. " +
				"Petrov said his visit would ease tensions over the fishing zone. " +
				"Vietnam accused Petrov's government of ignoring the ruling on the fishing zone. " +
				"Petrov will travel on to Manila on Thursday.",
			[]string{"Ivo Petrov"}, map[string]int{"Foreign Minister Ivo Petrov": 0, "Petrov": 0, "his": 0},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, castOf(tt.text, tt.names, tt.forms), nil)
			found := false
			for _, is := range got {
				if strings.HasPrefix(is.Title, tt.names[0]) {
					found = found || tt.want != "" && strings.HasPrefix(is.Title, tt.want)
					if tt.want == "" {
						t.Errorf("protagonist listed: %q", is.Title)
					}
				}
			}
			if tt.want != "" && !found {
				t.Errorf("no issue %q: %v", tt.want, titles(got))
			}
		})
	}
}

// TestBareNounTitle: a lone common noun title takes the modifier the copy
// gives it most often.
func TestBareNounTitle(t *testing.T) {
	text := "The minister rejected calls to publish the advice. " +
		"Critics said the advice was a scandal. " +
		"Backbenchers want to see the legal advice in full. " +
		"The advice has never been published, officials insisted."
	found := false
	for _, is := range Find(text, nil, nil) {
		found = found || strings.HasPrefix(is.Title, "Legal advice")
	}
	if !found {
		t.Errorf("no issue titled legal advice: %v", titles(Find(text, nil, nil)))
	}
}

func TestLeadTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"real opposition"`, "Real opposition"},
		{"visit by one relative", "Visit by one relative"},
		{"state of denial over the result of the vote in the north of the country", "State of denial over the result of the vote"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := leadTitle(tt.in); got != tt.want {
			t.Errorf("leadTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDropLeadingVerb(t *testing.T) {
	tests := []struct{ in, want string }{
		{"withholding legal advice", "legal advice"},
		{"nightclub bombing", "nightclub bombing"},
		{"spending cuts", "spending cuts"},
		{"hacking", "hacking"},
		{"Reading festival", "Reading festival"},
	}
	for _, tt := range tests {
		if got := dropLeadingVerb(tt.in); got != tt.want {
			t.Errorf("dropLeadingVerb(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestVerbForm(t *testing.T) {
	tests := []struct {
		words []string
		want  bool
	}{
		{[]string{"slip", "away"}, true},
		{[]string{"haven't", "broken"}, true},
		{[]string{"dealt"}, true},
		{[]string{"literally", "score"}, true},
		{[]string{"resolution", "sanctioning", "military"}, true},
		{[]string{"arms", "embargo"}, false},
		{[]string{"family", "visit"}, false},
		{[]string{"nightclub", "bombing"}, false},
		{[]string{"rebate"}, false},
		{nil, false},
	}
	for _, tt := range tests {
		var lc wclass
		if len(tt.words) > 0 {
			lc = classOf(tt.words[len(tt.words)-1])
		}
		if got := verbForm(tt.words, lc); got != tt.want {
			t.Errorf("verbForm(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}

// TestVerbTitles: a verb or clause the chunker took for a phrase titles no
// issue. A story written for this test.
func TestVerbTitles(t *testing.T) {
	text := "The premier denied wrongdoing over the hospital contract. " +
		"He said it had all been dealt with. " +
		"Critics said nothing had been dealt with and accused him of stalling. " +
		"Unions warned that the offer to nurses could slip away. " +
		"Nurses protested that the offer would slip away without a vote. " +
		"Auditors criticised the hospital contract as unlawful."
	got := Find(text, nil, nil)
	for _, is := range got {
		switch strings.ToLower(is.Title) {
		case "dealt", "slip away":
			t.Errorf("verb titles an issue: %v", titles(got))
		}
	}
	found := false
	for _, is := range got {
		found = found || strings.Contains(strings.ToLower(is.Title), "hospital contract")
	}
	if !found {
		t.Errorf("no hospital contract issue: %v", titles(got))
	}
}

// leadTitlesOf returns the titles of every lead phrase read from text.
func leadTitlesOf(s string) []string {
	a := analyser{text: s, sents: []text.Span{{Text: s, Start: 0, End: len(s)}}, cast: &people.Cast{}, sc: new(scratch)}
	a.index = a.sc.phraseIndex(len(s) / 24)
	a.read(nil)
	var out []string
	for i := range a.leads {
		out = append(out, a.leadTitleOf(&a.leads[i]))
	}
	return out
}

// TestLeadPhrases: which noun phrases of a lead sentence are read, and how
// they are cut. Sentences written for this test.
func TestLeadPhrases(t *testing.T) {
	tests := []struct {
		name string
		lead string
		want []string // titles that must be read
		bad  []string // titles that must not
	}{
		{"a visit and its object",
			"The two fishermen held in Oman are expected to be allowed a visit by one relative.",
			[]string{"Visit by one relative"}, nil},
		{"an infinitive or modal's verb is no phrase",
			"Farmers could block border crossings after officials agreed to read personal files.",
			nil, []string{"Block border crossings", "Read personal files"}},
		{"a phrase ends on its noun",
			"The summit drew delegations of European, Asian and African states to argue over fishing quotas.",
			[]string{"Fishing quotas"}, []string{"Delegations of European"}},
		{"a date is no object",
			"The council approved a rise in parking charges on Monday evening.",
			[]string{"Rise in parking charges"}, []string{"Rise in parking charges on Monday evening", "Monday evening"}},
		{"an adverb ends a phrase",
			"Ministers will review the emergency powers later this year.",
			[]string{"Emergency powers"}, []string{"Emergency powers later"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := leadTitlesOf(tt.lead)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("no phrase %q in %q", w, got)
				}
			}
			for _, b := range tt.bad {
				if slices.Contains(got, b) {
					t.Errorf("phrase %q read: %q", b, got)
				}
			}
		})
	}
}

func TestContentAfterStopsAtNumbers(t *testing.T) {
	var a analyser
	tests := []struct{ in, want string }{
		{"3.8% in the last quarter", ""},
		{"($208m) to the firm", ""},
		{"arms exports to China", "arms exports"},
		{"grain imports.", "grain imports"},
	}
	for _, tt := range tests {
		if got := a.contentAfter(tt.in); got != tt.want {
			t.Errorf("contentAfter(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSynonymsMerge: two words for the same dispute in one article make
// one issue. A story written for this test.
func TestSynonymsMerge(t *testing.T) {
	text := "Brussels is under pressure to lift its embargo on Iranian oil. " +
		"Critics said the embargo had failed and accused the commission of double standards. " +
		"Refiners warned that the ban was costing jobs in southern Europe. " +
		"Washington opposes any easing of the ban, officials said."
	got := Find(text, nil, nil)
	n := 0
	for _, is := range got {
		title := strings.ToLower(is.Title)
		if strings.Contains(title, "embargo") || strings.Contains(title, "ban") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d issues for the oil embargo, want 1: %v", n, titles(got))
	}
}
