package summaries

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsroom/newsbot/internal/lazyre"
)

// A visit the trip extractor never stored may still be reported off: "A
// planned visit to Vilnius next week by Portuguese President Rui Ferreira
// has been called off". Opening "I have nothing stored" over that sentence
// misleads; the sentence is the answer.

// reOffHope: the words before the cancellation make it a threat, a wish or
// a denial ("could be called off", "refused to cancel", "no plans to
// postpone").
var reOffHope = lazyre.New(`(?i)\b(?:not|no|never|could|might|may|would|will|threaten\w*|refus\w*|urg\w*|call(?:s|ed)?\s+for|demand\w*|plans?\s+to|want\w*\s+to|consider\w*|whether|if|unless|rather\s+than)\s+(?:\S+\s+){0,3}$`)

// offVerb words how the visit went off, from the sentence's own verb.
func offVerb(sentence string) string {
	low := strings.ToLower(sentence)
	switch {
	case strings.Contains(low, "postpon") || strings.Contains(low, "put off"):
		return "postponed"
	case reScheduleDrop.MatchString(sentence):
		return "dropped from the programme"
	case strings.Contains(low, "scrap"):
		return "scrapped"
	case strings.Contains(low, "cancel"):
		return "cancelled"
	}
	return "called off"
}

// cancelledSentence: text names the place and the traveller (by surname,
// or as "he"/"she" opening the sentence) and says, as fact, that a visit
// there is off.
func cancelledSentence(text, surname, place string) bool {
	low := strings.ToLower(text)
	if place == "" || !strings.Contains(low, strings.ToLower(place)) {
		return false
	}
	if surname != "" && !strings.Contains(low, strings.ToLower(surname)) && !rePronounStart.MatchString(text) {
		return false
	}
	if !reVisitWord.MatchString(text) {
		return false
	}
	for _, m := range reOffWords.FindAllStringIndex(text, -1) {
		if !reOffHope.MatchString(text[:m[0]]) {
			return true
		}
	}
	return false
}

// reVisitWord: the sentence is about a visit, trip or stop, not about
// something else the place called off ("Vilnius called off the talks").
var reVisitWord = lazyre.New(`(?i)\b(?:visit\w*|trip|tour\w*|leg|stop(?:over)?|journey|mission|travel\w*)\b`)

// cancelledLead answers from the first of items that reports the visit
// off: the lead says so with the sentence and its source, the sentence
// first among the items. False when none does.
func (s *Service) cancelledLead(name, place string, yesNo bool, items []Item) (Answer, bool) {
	i := slices.IndexFunc(items, func(it Item) bool { return cancelledSentence(it.Text, lastWord(name), place) })
	if i < 0 {
		return Answer{}, false
	}
	it := items[i]
	lead := fmt.Sprintf("%s's visit to %s was %s, according to stored coverage: “%s”", name, place, offVerb(it.Text), strings.TrimSpace(it.Text))
	if yesNo {
		lead = "No — " + lead
	}
	a := Answer{Lead: lead}
	if len(it.Sources) > 0 {
		a.Lead = s.citedLead(a.Lead, it.Sources[0])
		a.Sources = it.Sources[:1]
	}
	a.Lead += "."
	a.Items = append([]Item{it}, slices.Delete(slices.Clone(items), i, i+1)...)
	return a, true
}
