// Package issues finds the open disputes and story threads an article
// raises. Pure: text in, structs out.
package issues

import (
	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// Find returns the issues text raises, most central first.
// TODO(issues helper): placeholder.
func Find(text string, cast *people.Cast, quotes []newsbot.Quote) []newsbot.Issue {
	return nil
}
