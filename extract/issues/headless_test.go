package issues

import (
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

func TestHeadlessTitle(t *testing.T) {
	for _, c := range []struct {
		title, text string
		want        bool
	}{
		{"Indoor", "Drivers shun indoor car parks. Indoor parking costs twice as much as indoor and outdoor spaces combined.", true},
		{"Cheaper outdoor", "Motorists circle the block looking for a cheaper outdoor bay.", true},
		{"Largest", "The bank is the largest lender in the region and its second largest employer.", true},
		{"Ex-police", "The ex-police chief denied the claims. Two ex-police officers backed him.", true},
		{"National", "Fans protested outside the national stadium before the national team played.", true},
		{"Several hundred", "Officials said several hundred people had been moved from the valley.", true},
		{"Thousands", "Thousands marched through the capital on Sunday.", true},
		{"Rule itself", "The party says the island should be free to rule itself.", true},
		{"Leaked memos cannot", "Ministers say the leaked memos cannot be published.", true},
		// A noun before a noun heads a phrase of its own.
		{"Budget", "The Senate budget standoff drags on into a third week.", false},
		{"Spending", "Republicans want spending cuts attached to any spending bill.", false},
		// A plural or a dispute word is a head.
		{"Human rights", "Human rights groups condemned the raids.", false},
		{"Strike", "Union members backed strike action on Monday.", false},
		// An adjective the copy writes alone names what it means there.
		{"Unlawful", "The judge ruled the eviction unlawful.", false},
		{"Political will", "Campaigners blamed a lack of political will.", false},
		// A title the copy never writes is no modifier.
		{"Regional", "The regional council met.", true},
		{"Regional", "Nothing here names it.", false},
	} {
		if got := headlessTitle(c.title, c.text, asciiLower(c.text)); got != c.want {
			t.Errorf("headlessTitle(%q) = %v, want %v (%q)", c.title, got, c.want, c.text)
		}
	}
}

// What a person says of trials or asks for is not their own case: no
// "X's trial" for a campaigner against detention without trial, nor "X's
// arrest" for the minister who wants house arrest for suspects.
func TestStanceIsNoCase(t *testing.T) {
	for _, c := range []struct {
		text, notTitle string
	}{
		{"Bishop Anna Kiwanuka has called for the release of prisoners held in the north without charge.\n\n" +
			"The bishop said detentions without trial were a stain on the country. Bishop Kiwanuka told reporters the rule of law had to apply to everyone.\n\n" +
			"The interior ministry said the men were a threat to security and would stay in custody while the inquiry went on.",
			"Anna Kiwanuka's"},
		{"The interior minister has defended plans to hold terror suspects under house arrest, saying the threat to the country was grave.\n\n" +
			"Opposition MPs say the courts, not ministers, should decide. Minister Pavel Horak wants house arrest and curfews to replace indefinite jail for suspects, which judges ruled unlawful last month.\n\n" +
			"Civil liberties groups called the plan a perversion of justice. Mr Horak told parliament the powers would be used rarely.",
			"Pavel Horak's"},
	} {
		for _, is := range findPipeline(c.text) {
			if strings.HasPrefix(is.Title, c.notTitle) {
				t.Errorf("title %q: what they speak of or ask for is not their case", is.Title)
			}
		}
	}
}

// Their own case still is when a pronoun brings them back.
func TestStanceOwnCase(t *testing.T) {
	text := "The jailed blogger Omar Selim said he would appeal against his conviction, his lawyer told reporters on Monday.\n\n" +
		"Selim was sentenced to three years in prison last week for insulting officials in online posts. Rights groups said the case was an attack on free speech and urged his release.\n\n" +
		"The prosecutor's office said the trial had been fair."
	var titles []string
	for _, is := range findPipeline(text) {
		titles = append(titles, is.Title)
	}
	if !strings.Contains(strings.Join(titles, "|"), "Omar Selim") {
		t.Errorf("no title names the jailed blogger: %q", titles)
	}
}

// A name ending in a natural feature is a place, never a person on trial.
func TestFeatureIsNoPerson(t *testing.T) {
	text := "Lawyers for the men held at Kestrel Bay demanded their release on Tuesday, saying they had been detained without trial for three years.\n\n" +
		"The defence ministry said the detainees at Kestrel Bay posed a threat and would stay there. Kestrel Bay has been criticised by rights groups since it opened.\n\n" +
		"A court will hear the men's appeal next month."
	for _, is := range findPipeline(text) {
		if strings.Contains(is.Title, "Kestrel Bay's") {
			t.Errorf("title %q: a bay is no person", is.Title)
		}
	}
}

func TestSpokenOnly(t *testing.T) {
	quoteOf := func(text, q, kind string) newsbot.Quote {
		i := strings.Index(text, q)
		return newsbot.Quote{Text: q, Start: i, End: i + len(q), Kind: kind}
	}
	for _, c := range []struct {
		name, text, title string
		quotes            []string // quoted spans, direct speech
		kind              string
		want              bool
	}{
		{"a phrase only in speech", "The mayor defended the cuts. \"We have to stop papering over the cracks in this budget,\" she said.",
			"Papering over the cracks", []string{"We have to stop papering over the cracks in this budget,"}, "direct", true},
		{"also in the copy's own words", "Councillors said the budget was papering over the cracks. \"We have to stop papering over the cracks,\" the mayor said.",
			"Papering over the cracks", []string{"We have to stop papering over the cracks,"}, "direct", false},
		{"a term set in quote marks", "Ministers want \"control orders\" for suspects. Critics say \"control orders\" are internment.",
			"Control orders", []string{"control orders"}, "partial", false},
		{"reported speech is the copy's", "The minister said the threat from organised smuggling gangs was growing fast.",
			"Organised smuggling gangs", []string{"the threat from organised smuggling gangs was growing fast"}, "indirect", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var qs []newsbot.Quote
			for _, q := range c.quotes {
				for i := 0; ; {
					j := strings.Index(c.text[i:], q)
					if j < 0 {
						break
					}
					qq := quoteOf(c.text[i:], q, c.kind)
					qq.Start += i
					qq.End += i
					qs = append(qs, qq)
					i += j + len(q)
				}
			}
			a := analyser{text: c.text, quotes: qs}
			if got := a.spokenOnly(c.title); got != c.want {
				t.Errorf("spokenOnly(%q) = %v, want %v", c.title, got, c.want)
			}
		})
	}
}

// Who speaks or takes part ("sources", "politicians") titles nothing.
func TestActorWordsTitleNothing(t *testing.T) {
	for _, text := range []string{
		"The opposition is to back the government's plans for a new road toll, party sources said on Tuesday.\n\n" +
			"The decision follows a heated meeting where some senior figures argued against the toll, sources told reporters. The sources said the leader had overruled them.\n\n" +
			"Critics say the toll is unfair to rural drivers and a tax by the back door. The bill will be debated next week.",
		"Water shortages have become a campaign issue that politicians from the main parties used to avoid.\n\n" +
			"But politicians now compete to promise new reservoirs, and claims that politicians were stoking fear have followed. The government plan for a hosepipe ban was attacked as too little, too late.\n\n" +
			"Farmers' leaders warned of crop failures if the drought goes on.",
	} {
		for _, is := range findPipeline(text) {
			if is.Title == "Sources" || is.Title == "Politicians" {
				t.Errorf("title %q: who speaks, not what is open", is.Title)
			}
		}
	}
}

func TestAdvocateTitle(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The men will be questioned on their return, lawyer Mariam Okafor said on Monday.", true},
		{"But Mariam Okafor, the lawyer representing two of the men, said they had been mistreated.", true},
		{"The families' solicitor, Mariam Okafor, has asked whether the evidence was obtained under torture.", true},
		{"Union spokesman Mariam Okafor said the offer was an insult.", true},
		// A rank, an office or a subject of the story is no side's voice.
		{"In a book out this week, Mariam Okafor QC, a member of the bar council, says the advice was changed.", false},
		{"Home Secretary Mariam Okafor defended the plans on Monday.", false},
		{"Mariam Okafor, 45, a teacher from Leeds, was arrested on Monday.", false},
	} {
		cast := people.Find(c.text)
		a := analyser{text: c.text, cast: cast}
		if got := a.advocateTitle("Mariam Okafor"); got != c.want {
			t.Errorf("advocateTitle in %q = %v, want %v (cast %v)", c.text, got, c.want, cast.People)
		}
	}
}

func TestWithoutTitle(t *testing.T) {
	for _, c := range []struct {
		title, text, want string
	}{
		{"Trial", "Rights groups condemned the detentions without trial. Nine men have been detained without trial since May.", "Detention without trial"},
		{"Charge", "The men were arrested without charge and held for a week.", "Arrest without charge"},
		// Standing alone somewhere, the word is the thread's own.
		{"Trial", "The men were detained without trial. Their trial opens in June.", ""},
		// Nothing goes without it that names an act.
		{"Warning", "The storm hit without warning.", ""},
	} {
		a := analyser{text: c.text}
		if got := a.withoutTitle(c.title); got != c.want {
			t.Errorf("withoutTitle(%q) in %q = %q, want %q", c.title, c.text, got, c.want)
		}
	}
}

func TestCutOffTitle(t *testing.T) {
	for _, c := range []struct {
		title, text, want string
	}{
		{"Opposition to the bank", "Investors voiced opposition to the bank's proposed merger with its rival.", "Opposition to the bank's proposed merger"},
		{"Bid by French retailer", "A bid by French retailer Maison Dupont for the chain was rejected.", "Bid by French retailer Maison Dupont"},
		{"Row surrounding", "The row surrounding Lena Berg deepened on Monday.", "Row surrounding Lena Berg"},
		// A descriptor of an actor carries no thread on.
		{"Tory peer", "Tory peer Lord Ashby said the plan was unworkable.", ""},
		// No verb, no possessive name, no day.
		{"Criticism of the minister", "He faced criticism of the minister's handling. Criticism of the minister grew.", ""},
		{"Protests throughout", "Protests throughout Wednesday closed the centre.", ""},
		{"Attacks on Prime Minister", "Attacks on Prime Minister Ola Berg's record continued.", ""},
		{"Support for the union", "Support for the union's members runs high.", ""},
	} {
		a := analyser{text: c.text}
		if got := a.cutOffTitle(c.title); got != c.want {
			t.Errorf("cutOffTitle(%q) in %q = %q, want %q", c.title, c.text, got, c.want)
		}
	}
}

// asciiLower must keep every byte offset: callers index the original text
// with offsets found in the lowered one.
func TestASCIILowerKeepsOffsets(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"already lower", "already lower"},
		{"The EU Summit", "the eu summit"},
		{"Élysée Palace TALKS", "Élysée palace talks"},
		{"bad \xff byte AND", "bad \xff byte and"},
	} {
		got := asciiLower(tt.in)
		if got != tt.want || len(got) != len(tt.in) {
			t.Errorf("asciiLower(%q) = %q, want %q (same length)", tt.in, got, tt.want)
		}
	}
}
