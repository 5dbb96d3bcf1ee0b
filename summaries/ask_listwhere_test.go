package summaries

import "testing"

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
