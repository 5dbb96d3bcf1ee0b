package trips

import (
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/people"
)

// plainDescription is the person a sentence-opening description with no
// role noun stands for ("The 64-year-old former engineer", "The veteran
// diplomat"): the people package's answer when it found a person, else
// the story's latest traveller, else the subject of the sentence before;
// never a name that reads as an organisation ("Deutsche Welle", told
// last in the sentence before).
func (f *finder) plainDescription(m people.Mention) int {
	if m.Person >= 0 && m.Person < len(f.cast.People) && !orgLike(f.cast.People[m.Person].Name) {
		return m.Person
	}
	if !strings.HasPrefix(m.Text, "The ") || len(strings.Fields(m.Text)) < 3 {
		return m.Person // "the delegation", "The couple": groups, read elsewhere
	}
	for _, q := range []int{f.recentTraveller(m.Start, false), f.lastSubject} {
		if q >= 0 && q < len(f.cast.People) && !orgLike(f.cast.People[q].Name) && !f.isPlaceNamed(q) {
			return q
		}
	}
	if m.Person >= 0 && m.Person < len(f.cast.People) && orgLike(f.cast.People[m.Person].Name) {
		return -1
	}
	return m.Person
}

// orgWords end the names of organisations the people package may take
// for people: "Deutsche Welle", "Goldman Sachs Group".
var orgWords = map[string]bool{
	"welle": true, "times": true, "post": true, "journal": true, "bank": true, "group": true,
	"agency": true, "commission": true, "council": true, "ministry": true, "office": true,
	"institute": true, "foundation": true, "association": true, "federation": true, "union": true,
	"party": true, "reuters": true, "press": true, "news": true, "network": true, "company": true,
	"corporation": true, "industries": true, "organisation": true, "organization": true,
	"authority": true, "fund": true, "committee": true, "tribune": true, "herald": true, "gazette": true,
	// "the Crown Dependency", "the Revolutionary Guards", "the Rapid
	// Support Forces": governments and armed groups.
	"dependency": true, "department": true, "embassy": true, "government": true, "administration": true,
	"secretariat": true, "forces": true, "army": true, "guards": true, "militia": true, "movement": true,
	"brigades": true, "command": true,
}

// orgWordsTitled is orgWords as names spell them ("Welle"), so that a
// lookup needs no lower-casing.
var orgWordsTitled = func() map[string]bool {
	m := make(map[string]bool, len(orgWords))
	for w := range orgWords {
		m[strings.ToUpper(w[:1])+w[1:]] = true
	}
	return m
}()

// orgLike reports a name whose last word is one of orgWords.
func orgLike(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return orgWordsTitled[last] || orgWords[last]
}

// bareReturn reports a return that only follows the rest of its
// sentence ("toured the plant on Tuesday before returning to London"),
// with no other stop of the traveller's: going back where the story
// started is no trip. own lists the legs that may be the traveller's (travellers.of).
func (f *finder) bareReturn(legs []leg, own []int, r leg) bool {
	if !r.later {
		return false // "returned to Kyiv on Monday for talks", "his return to Ethiopia": a journey told
	}
	for _, k := range own {
		if l := &legs[k]; l.person == r.person && !l.home && l.Place != "" {
			return false
		}
	}
	return true
}

// personNounOpener reports a sentence that opens with "The", a few
// lower-case words ending in a noun for a person, and the auxiliaries of
// the cue at token i: "The former law professor will then go on to".
func (f *finder) personNounOpener(i int) bool {
	if i < 2 || i > 9 || f.toks[0].w != "the" && f.toks[0].w != "The" {
		return false
	}
	k := i - 1
	for k > 0 && auxWords[f.toks[k].w] {
		k--
	}
	if k < 1 {
		return false
	}
	head := f.toks[k].w
	if !personNouns[head] && !strings.HasSuffix(head, "-year-old") {
		return false
	}
	for j := 1; j < k; j++ {
		t := f.toks[j]
		if t.punct || isCapitalised(f.text[t.start:t.end]) {
			return false
		}
	}
	return true
}

// auxWords stand between a subject and its verb: "will then go".
var auxWords = map[string]bool{
	"will": true, "would": true, "is": true, "was": true, "has": true, "had": true, "then": true,
	"also": true, "later": true, "now": true, "due": true, "to": true, "expected": true, "set": true,
	"be": true, "been": true,
}

// personNouns name a person by trade or standing in a description.
var personNouns = map[string]bool{
	"professor": true, "engineer": true, "diplomat": true, "politician": true, "lawyer": true,
	"economist": true, "banker": true, "veteran": true, "official": true, "executive": true,
	"businessman": true, "businesswoman": true, "tycoon": true, "billionaire": true, "activist": true,
	"general": true, "commander": true, "negotiator": true, "statesman": true, "stateswoman": true,
	"lawmaker": true, "legislator": true, "academic": true, "physician": true, "doctor": true,
	"entrepreneur": true, "investor": true, "journalist": true, "cleric": true, "monarch": true,
}

// stayUnderWay reports leg c as a stay still under way, told just after
// the dated meeting l, that began before it: "met Wang Yi on Monday.
// Cassis, who is on a three-day visit to China, held talks on Tuesday".
func stayUnderWay(c, l leg) bool {
	return c.person == l.person && c.Place != "" && !c.inherit && !c.home && !c.order && !c.presence &&
		c.tense == newsbot.StatusUnderway && c.sentence >= l.sentence && c.sentence-l.sentence <= 2 &&
		c.Date != "" && after(c.Date, l.Date) && within(l.Date, c.Date, 3)
}

// ageOpener reports a personNounOpener whose head is an age: "The
// 27-year-old was holidaying ...".
func (f *finder) ageOpener(i int) bool {
	if !f.personNounOpener(i) {
		return false
	}
	k := i - 1
	for k > 0 && auxWords[f.toks[k].w] {
		k--
	}
	return strings.HasSuffix(f.toks[k].w, "-year-old")
}
