package summaries

import (
	"testing"
	"time"
)

// TestAskOpenReadsNewestCoverage asks of testdata/askopen (written for an
// outside audit's failures): a port strike balloted, raised against and
// then called off in a report no issue was filed from; a council that
// settled its bin dispute while its library row stays open, told in one
// report. Asked on Thursday 26 November 2026.
func TestAskOpenReadsNewestCoverage(t *testing.T) {
	s := service(fixtureWorldIn(t, "askopen", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		{question: "Is the strike still on?", want: []string{"No — called off", "Harbour Gazette", "no editor has closed"}, not: []string{"Yes", "still open"}, cited: true},
		{question: "Is the Port Velling strike still on?", want: []string{"No — called off", "no editor has closed"}, not: []string{"Yes"}, cited: true},
		{question: "Is the Velling strike over?", want: []string{"Yes — called off"}, not: []string{"No —"}, cited: true},
		{question: "Is the Dunmore library row still open?", want: []string{"Yes", "library"}, not: []string{"No —", "settled"}, cited: true},
		{question: "Is the library strike still on?", want: []string{"Yes", "3 December"}, not: []string{"No —"}, cited: true},
		{question: "Is the Dunmore library dispute still open?", want: []string{"Yes"}, not: []string{"No —", "settled"}, cited: true},
		{question: "Is the Dunmore bin dispute over?", want: []string{"Yes — called off, per Dunmore Echo"}, cited: true},
	})
}

// TestAskOpenIssueTitledWithoutTheAct asks of testdata/askopen3: a ferry
// strike filed as "Row with Northway Ferries over rosters", a title and
// lead that never say "strike". With no settlement reported, the issue
// still answers whether the strike is on.
func TestAskOpenIssueTitledWithoutTheAct(t *testing.T) {
	s := service(fixtureWorldIn(t, "askopen3", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		{question: "Is the Larne ferry strike still going ahead?", want: []string{"Yes — still open", "Northway Ferries"}, not: []string{"No stored issue"}, cited: true},
		{question: "Is the ferry strike still on?", want: []string{"Yes — still open"}, not: []string{"No stored issue"}, cited: true},
	})
}

func TestReportsSettledCalledOffAndSuspended(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"The Harbour Workers' Union called off Thursday's strike at Port Velling after members accepted a revised offer.", true},
		{"The walkout planned for Monday has been suspended while members vote on the offer.", true},
		{"Unite suspended its strike at the refinery on Friday.", true},
		{"The union said it would not call off Thursday's strike.", false},
		{"Cabin crew called off next week's strike on Tuesday after the airline improved its offer.", true},
		{"Pilots refused to call off next week's walkout.", false},
		{"The union threatened to suspend talks unless the strike was called off.", false},
	}
	for _, tt := range tests {
		if got := reportsSettled(tt.sentence); got != tt.want {
			t.Errorf("reportsSettled(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestReportsSettledActionAndDeals(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Bin collections resumed on Thursday after refuse collectors called off their overtime ban.", true},
		{"The rail union suspended its industrial action on Friday.", true},
		{"Nurses and the health board struck a deal over pay on Tuesday.", true},
		{"The two sides reached an agreement to end the lockout.", true},
		{"Ministers hope to reach a deal over pay before Christmas.", false},
		{"The club signed a deal with a kit supplier.", false},
		{"The union said the overtime ban would continue.", false},
		{"Protests continued after talks ended without a deal.", false},
		{"The strike by drivers whose contracts ended in March goes on.", false},
	}
	for _, tt := range tests {
		if got := reportsSettled(tt.sentence); got != tt.want {
			t.Errorf("reportsSettled(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// A dispute's noun may carry its what, whose and where before the verb
// that settles it.
func TestReportsSettledLongNounPhrase(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"The separate row over holiday pay for night porters at the Westgate depot was settled on Monday, the council said.", true},
		{"A dispute over overtime rates for cleaners on the northern line has been resolved, the operator said.", true},
		{"The strike by drivers at two depots in the east of the city was called off after a new offer.", true},
		{"The row over pay for porters was one reason the talks were suspended.", false},
		{"Talks over the dispute over rest breaks for catering staff will resume once it is settled.", false},
	}
	for _, tt := range tests {
		if got := reportsSettled(tt.sentence); got != tt.want {
			t.Errorf("reportsSettled(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
