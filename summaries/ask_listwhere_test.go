package summaries

import (
	"context"
	"strings"
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

func TestNamesList(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The three bidders named in the filing are Harlow Steel, its unit Harlow Rail, and the trust Brantwood.", true},
		{"Ferncliff and Osterley have opposed the merger for months, saying it destroys value.", true},
		{"The lawyers now accept Ledbury Bank, Croft Partners, Aldane and Minster Trust played no part.", true},
		{"Most of the workers came from Portugal, Brazil and Angola.", true},
		{"Mr Penrose and his partners control Tallis, the filing said.", false},
		{"Analysts doubt whether a Dutch court has any say over German firms, while Berlin officials dismissed the claim.", false},
		{"Meanwhile, Anna Greaves, head of the Dunmore residents' group, said the plan would fail.", false},
		{"The firm dropped its claim against five banks on Monday.", false},
		{"Shares rose 4%, and the board met on Friday.", false},
	} {
		if got := namesList(tc.s); got != tc.want {
			t.Errorf("namesList(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestAsksWhichPlural(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"which banks did the airline drop from its claim?", true},
		{"which Harlow shareholders oppose the bid", true},
		{"which firms is the council suing", true},
		{"which judge heard the case?", false},
		{"which airline bought the jets?", false},
		{"who are the bidders?", false},
	} {
		if got := asksWhichPlural(tc.q); got != tc.want {
			t.Errorf("asksWhichPlural(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestNamesOrigin(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The nine men held at the camp are from Somalia, Eritrea and Sudan.", true},
		{"She was born in Cardiff and moved to Leeds as a child.", true},
		{"The rules apply from March, the ministry said.", false},
		{"Prices are from Monday expected to rise.", false},
		{"He took a call from Downing Street.", false},
	} {
		if got := namesOrigin(tc.s); got != tc.want {
			t.Errorf("namesOrigin(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	if !reAskWhereFrom.MatchString("where are the detained men from") || reAskWhereFrom.MatchString("where are the detained men held") {
		t.Error("reAskWhereFrom: wrong shape")
	}
}

func TestBasedNear(t *testing.T) {
	for _, tc := range []struct {
		s, last string
		want    bool
	}{
		{"A close friend of the founder, Mr Varga is now based in Vienna.", "Varga", true},
		{"Ms Orlov, the firm's biggest investor, is living in exile in Geneva.", "Orlov", true},
		{"Mr Tamsin remains in custody after his arrest.", "Tamsin", true},
		{"The talks in Lisbon were led by Mr Varga.", "Varga", false},
		{"Mr Varga said the staff based in Vienna and Prague and the other offices across the region would keep their jobs for now.", "Varga", false},
	} {
		if got := basedNear(tc.s, tc.last); got != tc.want {
			t.Errorf("basedNear(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestListsOthers(t *testing.T) {
	need := listsOthers([]string{"Harlow", "shareholders", "oppose", "bid"})
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Bosses of Harlow and the Brantwood Exchange are to meet on Friday.", false},
		{"Ferncliff and Osterley have opposed the Harlow bid for months.", true},
	} {
		if got := need(tc.s); got != tc.want {
			t.Errorf("listsOthers(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestRelationalRole(t *testing.T) {
	for _, tc := range []struct {
		role string
		want bool
	}{
		{"LSE counterpart", true},
		{"his French counterpart", true},
		{"former rival", true},
		{"chief executive", false},
		{"business partner", false},
	} {
		if got := relationalRole(tc.role); got != tc.want {
			t.Errorf("relationalRole(%q) = %v, want %v", tc.role, got, tc.want)
		}
	}
}

func TestTitleComma(t *testing.T) {
	for _, tc := range []struct {
		before, want string
	}{
		{"Welsh Health Minister, ", "Welsh Health Minister"},
		{"Party Chairman, ", "Party Chairman"},
		{"Meanwhile, ", ""},
		{"The report, ", ""},
	} {
		got := ""
		if m := reTitleComma.FindStringSubmatch(tc.before); m != nil {
			got = m[1]
		}
		if got != tc.want {
			t.Errorf("reTitleComma(%q) = %q, want %q", tc.before, got, tc.want)
		}
	}
}

func TestReportsSettledNominal(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The board changes follow Harlow's resolution of its dispute with Northern Rail.", false},
		{"The board was reshaped following Harlow's resolution of its dispute with Northern Rail.", true},
		{"Shares rose after the end of the strike at the Corby plant.", true},
		{"Unions said there was little hope of a resolution of the dispute.", false},
		{"Talks on the settlement of the row resume on Monday.", false},
	} {
		if got := reportsSettled(tc.s); got != tc.want {
			t.Errorf("reportsSettled(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestAcronymOf(t *testing.T) {
	for _, tc := range []struct {
		text, term string
		want       bool
	}{
		{"its dispute with Northern Rail over fares", "NR", true},
		{"the row with the Royal Mail Group", "RMG", true},
		{"the row with the Royal Mail Group", "RM", true},
		{"the row with Northern Rail", "NRG", false},
		{"the row with Northern Rail", "Harlow", false},
	} {
		if got := acronymOf(tc.text, tc.term); got != tc.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", tc.text, tc.term, got, tc.want)
		}
	}
}

func TestReasonOfPenalty(t *testing.T) {
	for _, tc := range []struct {
		s       string
		feeling bool // the question asks about a feeling ("why are staff worried?")
		want    bool
	}{
		{"The club was fined £20,000 for fielding an ineligible player.", false, true},
		{"The former director was jailed for four months for hiring an official while she still ran contracts.", false, true},
		{"The firm had been fined 2m euros for having broken listing rules.", false, true},
		{"The firm was fined 2m euros last year.", false, false},
		{"Staff at the depot have voiced fears that 200 posts would move to Leeds.", true, true},
		{"Residents are angry that the bridge will close for a year.", true, true},
		// "Why was the depot sale delayed?" asks a cause, not a feeling.
		{"Staff at the depot have voiced fears that 200 posts would move to Leeds.", false, false},
		{"The sale was delayed because the buyer's lenders asked for more time.", false, true},
		// A feeling opening the sentence is its act's motive.
		{"Worried that it would be dragged into the lawsuit, the bank pulled out of the consortium.", false, true},
		{"Fearing that the vote was lost, the minister withdrew the bill.", false, true},
		{"Worried shoppers stayed away from the high street.", false, false},
		{"The fears of a strike eased on Monday.", true, false},
		{"Plans for building the bypass were fined down.", false, false},
	} {
		if got := givesReason(tc.s, tc.feeling); got != tc.want {
			t.Errorf("givesReason(%q, feeling %v) = %v, want %v", tc.s, tc.feeling, got, tc.want)
		}
	}
}

func TestAsksFeeling(t *testing.T) {
	for q, want := range map[string]bool{
		"Why are depot staff worried?":              true,
		"why are residents angry about the bridge":  true,
		"Why was the depot sale delayed?":           false,
		"Why did the council worry-proof the plan?": false,
	} {
		if got := asksFeeling(q); got != want {
			t.Errorf("asksFeeling(%q) = %v, want %v", q, got, want)
		}
	}
}

// unionStory is written for TestFullTitle: roles the extractor cut inside
// a title, which the sentence gives in full.
var unionStory = newsbot.Article{ID: 601, Title: "Unions attack rail levy", Outlet: "Vale Gazette",
	Published: at("2026-03-01T08:00:00Z"), Text: `The levy was attacked by Green Party rural affairs spokesman Owen Tarrant.

Northern Road & Rail Workers' Union general secretary Maria Lund said it would hit low-paid staff. Rival Kestrel chief executive Sara Vane said the whole industry faced the same problem.`}

func TestFullTitle(t *testing.T) {
	people := []newsbot.PersonRecord{
		{ID: 1, Name: "Owen Tarrant", Role: "affairs spokesman"},
		{ID: 2, Name: "Maria Lund", Role: "Union general secretary"},
		{ID: 3, Name: "Sara Vane", Role: "chief executive"},
	}
	s := &Service{Store: articleWorld(people, nil, unionStory).store(), Location: time.UTC, Now: func() time.Time { return at("2026-03-03T09:00:00Z") }}
	for _, tt := range []struct{ q, lead string }{
		{"who is Owen Tarrant?", "Owen Tarrant is the Green Party rural affairs spokesman"},
		{"who is Maria Lund?", "Maria Lund is the Northern Road & Rail Workers' Union general secretary"},
		{"who is Sara Vane?", "Sara Vane is the Kestrel chief executive"},
	} {
		a, err := s.Ask(context.Background(), tt.q)
		mustNoErr(t, err)
		if !strings.HasPrefix(a.Lead, tt.lead) {
			t.Errorf("%s: lead %q, want prefix %q", tt.q, a.Lead, tt.lead)
		}
	}
}

func TestCountOfPlurals(t *testing.T) {
	for _, tc := range []struct {
		noun, s string
		want    bool
	}{
		{"foxes", "The hunts killed a total of 31 foxes on Saturday.", true},
		{"companies", "Some 40 companies have signed the pledge.", true},
		{"casualties", "There were 12 casualties in the crash.", true},
		{"churches", "Three churches will close.", true},
		{"jobs", "The plant will shed 600 jobs.", true},
		{"days", "The trial lasted 12 days.", true},
		{"foxes", "The hunts met 31 times on Saturday.", false},
	} {
		if got := countOf(tc.noun).MatchString(tc.s); got != tc.want {
			t.Errorf("countOf(%q) on %q = %v, want %v", tc.noun, tc.s, got, tc.want)
		}
	}
}

func TestMuchVerb(t *testing.T) {
	for q, want := range map[string]string{
		"how much did Harlow sue the council for":       "sue",
		"how much did Kestrel agree to pay for Tallis?": "pay",
		"how much has the Borders council borrowed":     "",
		"how much did Harlow Steel borrow":              "borrow",
		"how much is the levy":                          "",
	} {
		if got := muchVerb(q); got != want {
			t.Errorf("muchVerb(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestOtherSubject(t *testing.T) {
	forms := anyForms("pay")
	terms := []string{"Kestrel", "agree", "pay", "Tallis"}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Brantwood, meanwhile, had to pay the regulator $25m in May.", true},
		{"Earlier this month it agreed to pay $3bn for the group.", false},
		{"Kestrel will pay $3bn in cash and shares for Tallis.", false},
	} {
		if got := otherSubject(tc.s, forms, terms); got != tc.want {
			t.Errorf("otherSubject(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
