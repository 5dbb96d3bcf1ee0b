// Package timex finds temporal expressions in news text and normalises them
// to TIMEX3 values against the publication date, resolving bare weekdays by
// the tense of their clause. Pure: text in, structs out.
package timex

import (
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// Tag returns the temporal expressions of text, in order, normalised against
// the document creation time dct.
// TODO(timex helper): placeholder.
func Tag(text string, dct time.Time) []newsbot.Timex {
	return nil
}
