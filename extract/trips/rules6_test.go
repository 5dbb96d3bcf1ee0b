package trips

import (
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/timex"
)

// TestHedgesAndCallOffs runs the people finder and the date tagger on
// sentences in the style of fresh wire copy whose status was read the
// wrong way: a hedge is no cancellation, a dropped stop is one.
func TestHedgesAndCallOffs(t *testing.T) {
	pub := time.Date(2026, 11, 18, 9, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"could be postponed if: still scheduled",
			"Senator Dana Whitcombe will travel to Phoenix on Friday to meet water officials, though the trip could be postponed if the budget vote slips.",
			[]want{{"Dana Whitcombe", "Phoenix", "United States", "2026-11-20", "", newsbot.StatusScheduled, nil}}},
		{"risks being scrapped: still scheduled",
			"Finance Minister Lorenzo Bassi will fly to Brussels on Monday, but the trip risks being scrapped unless the coalition agrees a budget.",
			[]want{{"Lorenzo Bassi", "Brussels", "Belgium", "2026-11-23", "", newsbot.StatusScheduled, nil}}},
		{"a dropped stop is called off, not made on the day it was dropped",
			"President Lena Ortiz will travel to Tokyo on Monday. A planned stop in Hanoi was dropped last week, officials said.",
			[]want{
				{"Lena Ortiz", "Tokyo", "Japan", "2026-11-23", "", newsbot.StatusScheduled, nil},
				{"Lena Ortiz", "Hanoi", "Vietnam", "", "", newsbot.StatusCancelled, nil}}},
		{"spent a day on a shop floor in a city: there that day",
			"Chief executive Marta Lindqvist spent Tuesday on the factory floor in Puebla, the company said.",
			[]want{{"Marta Lindqvist", "Puebla", "Mexico", "2026-11-17", "", newsbot.StatusDone, nil}}},
		{"spent a day on a subject is no stay",
			"Chief executive Marta Lindqvist spent Tuesday on calls with investors, the company said.",
			nil},
		{"visit a named depot in a city",
			"Transport Secretary Helen Marsh will visit the company's Kirkstall Road depot in Leeds on Friday.",
			[]want{{"Helen Marsh", "Leeds", "United Kingdom", "2026-11-20", "", newsbot.StatusScheduled, nil}}},
		{"come to a city to meet someone",
			"Foreign Minister Tomas Arriaga will come to Asuncion on Dec. 1 to meet Foreign Minister Mariela Duarte.",
			[]want{{"Tomas Arriaga", "Asuncion", "Paraguay", "2026-12-01", "", newsbot.StatusScheduled, []string{"Mariela Duarte"}}}},
		{"came to power is no journey",
			"Prime Minister Tomas Arriaga came to power in Asuncion in 2023 and has met President Santiago Pena twice.",
			nil},
		{"a visit on a day by a person to a place",
			"Union leaders said a visit on Friday by Transport Secretary Helen Marsh to the Kirkstall Road depot in Leeds will go ahead despite the strike.",
			[]want{{"Helen Marsh", "Leeds", "United Kingdom", "2026-11-20", "", newsbot.StatusScheduled, nil}}},
		{"visit a village the gazetteer does not know, on a day",
			"Health Minister Ewan Sinclair has agreed to visit Balnacoil on Dec. 3, the health board said.",
			[]want{{"Ewan Sinclair", "Balnacoil", "", "2026-12-03", "", newsbot.StatusScheduled, nil}}},
		{"visit a firm with no day is no journey",
			"Health Minister Ewan Sinclair has agreed to visit Medtronic soon, the health board said.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Find(tt.text, pub, people.Find(tt.text), timex.Tag(tt.text, pub)), tt.want)
		})
	}
}
