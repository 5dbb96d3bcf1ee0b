package extract

import (
	"reflect"
	"testing"
	"time"

	"github.com/newsroom/newsbot/extract/people"
	sentences "github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/extract/timex"
	"github.com/newsroom/newsbot/extract/trips"
)

// FuzzTripsFromRuns: trips fed the runs of letters timex recorded finds
// exactly the legs it finds reading the sentences' bytes itself.
func FuzzTripsFromRuns(f *testing.F) {
	f.Add("Prime Minister Jane Doe will travel to Nairobi on Monday. She told reporters in Rome she would campaign in Meru.")
	f.Add("President Ana Ruiz flew to Lima's airport on Friday. Talks with Peru’s leader, Mr Luis Soto, were held there. He will visit the 30th U.N. summit in Geneva.")
	f.Add("Foreign Secretary Tom Hale arrived in Kyiv. In Warsaw on Sunday, Mr Hale met officials - in private - and returned home to London.")
	pub := time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		cast := people.Find(text)
		tx, runs := timex.TagRuns(text, pub, nil)
		if want := timex.Tag(text, pub); !reflect.DeepEqual(tx, want) {
			t.Fatalf("TagRuns(%q) = %v, Tag %v", text, tx, want)
		}
		sents := sentences.Sentences(text)
		got := trips.FindInSentencesRuns(text, sents, pub, cast, tx, runs)
		want := trips.FindInSentences(text, sents, pub, cast, tx)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trips of %q: from runs %+v, from the bytes %+v", text, got, want)
		}
	})
}
