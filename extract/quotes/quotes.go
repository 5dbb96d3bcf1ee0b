// Package quotes finds direct and partial quotations and attributes each to
// a speaker. Pure: text in, structs out.
package quotes

import (
	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// Find returns the quotations of text in order, attributed through cast.
// TODO(quotes helper): placeholder.
func Find(text string, cast *people.Cast) []newsbot.Quote {
	return nil
}
