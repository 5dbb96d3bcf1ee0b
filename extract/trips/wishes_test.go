package trips

import (
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/timex"
)

// TestWishesAreNoLegs: a wish or a longing ("wants to return to France one
// day", "would love to go back to Rome", "has long wanted to visit") is no
// journey; a plan ("plans to", "intends to", "is expected to") is one, and
// so is a hope dated to a month or a day, which news copy tells of a visit
// being arranged ("hopes to visit Washington in February"). Sentences
// written for the test.
func TestWishesAreNoLegs(t *testing.T) {
	pub := time.Date(2026, 11, 18, 9, 0, 0, 0, time.UTC) // a Wednesday
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"wants to return one day", "Striker Luca Moretti wants to return to France one day, his agent said.", nil},
		{"hopes to visit next year", "Singer Ada Obi hopes to visit Japan next year.", nil},
		{"hopes to visit, said", "Singer Ada Obi said she hopes to visit Japan next year.", nil},
		{"would love to go back", "Ada Obi would love to go back to Rome, she told the magazine.", nil},
		{"would like to visit", "Ada Obi would like to visit Seoul next year.", nil},
		{"dreams of playing in", "Luca Moretti dreams of playing in Madrid.", nil},
		{"dreams of returning to", "Luca Moretti dreams of returning to Rome before he retires.", nil},
		{"'d love to go back", "\"I'd love to go back to Rome next summer,\" said Luca Moretti.", nil},
		{"has long wanted to visit", "Ada Obi has long wanted to visit Japan.", nil},
		{"has always wanted to visit", "Ada Obi has always wanted to visit Japan.", nil},
		{"is hoping to travel in a season", "Ada Obi is hoping to travel to Japan in the spring.", nil},
		{"longs to return", "Luca Moretti longs to return to Rome.", nil},
		{"is keen to visit next year", "Ada Obi is keen to visit Japan next year.", nil},

		{"plans to", "Ada Obi plans to visit Japan next year.",
			[]want{{"Ada Obi", "Japan", "Japan", "2027", "", newsbot.StatusScheduled, nil}}},
		{"intends to", "Ada Obi intends to visit Japan next month.",
			[]want{{"Ada Obi", "Japan", "Japan", "2026-12", "", newsbot.StatusScheduled, nil}}},
		{"is expected to", "Ada Obi is expected to visit Japan next month.",
			[]want{{"Ada Obi", "Japan", "Japan", "2026-12", "", newsbot.StatusScheduled, nil}}},
		{"hopes to visit in a month: a visit being arranged", "Prime Minister Ada Obi hopes to visit Washington in February to press President Tom Reyes on tariffs.",
			[]want{{"Ada Obi", "Washington", "United States", "2027-02", "", newsbot.StatusScheduled, []string{"Tom Reyes"}}}},
		{"a hope called off stays a plan called off", "Ada Obi had hoped to visit Japan in March but the trip was cancelled.",
			[]want{{"Ada Obi", "Japan", "Japan", "2027-03", "", newsbot.StatusCancelled, nil}}},
		{"a hope to meet on a trip planned", "President Ada Obi will travel to New York next week and hopes to meet President Tom Reyes on the sidelines.",
			[]want{{"Ada Obi", "New York", "United States", "2026-W48", "", newsbot.StatusScheduled, []string{"Tom Reyes"}}}},
		{"will visit after a wish", "Ada Obi has long wanted to visit Japan. She will fly to Tokyo on Friday.",
			[]want{{"Ada Obi", "Tokyo", "Japan", "2026-11-20", "", newsbot.StatusScheduled, nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Find(tt.text, pub, people.Find(tt.text), timex.Tag(tt.text, pub)), tt.want)
		})
	}
}
