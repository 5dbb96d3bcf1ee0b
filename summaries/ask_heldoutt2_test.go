package summaries

import (
	"testing"
	"time"
)

// TestAskCheckTopics asks a second set written after the fixes of
// TestAskHeldOutTopics and run once before any change for it
// (testdata/askt2, eight articles, 20-26 November 2026): 10/11 questions
// right at that run through `bot ask`; the miss was "what did Okoro say
// about ward closures?" (the story says "shut two wards"; its headline now
// counts). The settlement beside resignation calls and compensation
// demands is checked on the real store (store/settle2_test.go).
func TestAskCheckTopics(t *testing.T) {
	s := service(fixtureWorldIn(t, "askt2", true), at("2026-11-26T12:00:00Z"), time.UTC)
	runAskCases(t, s, []askCase{
		{question: "what did Mokoena say about the tariff?", want: []string{"Thandi Mokoena", "about the tariff"},
			items: []string{"These tariffs will cost", "We will not stand by"}, cited: true},
		{question: "what did Okoro say about the strike?", want: []string{"Chidi Okoro", "about the strike: 2 quotes"},
			items: []string{"walked out today", "stoppage will go on"}, cited: true},
		{question: "what did Okoro say about ward closures?", want: []string{"Chidi Okoro", "from coverage of ward closures"},
			items: []string{"Patients will pay the price"}, cited: true},
		{question: "how did Okoro react?", want: []string{"Chidi Okoro", "3 quotes, newest first"}, cited: true},
		{question: "when is Haas in Rome?", want: []string{"Petra Haas's visit to Rome was postponed", "Berlin Morning Post"}, not: []string{nothingStored}, cited: true},
		{question: "is Haas still going to Rome?", want: []string{"No — ", "postponed"}, cited: true},
		{question: "when is Lindahl in Warsaw?", want: []string{"Monday 23 November 2026", "Warsaw"}, cited: true},
	})
}
