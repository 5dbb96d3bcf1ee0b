package trips

import (
	"strings"

	"github.com/newsroom/newsbot/extract/people"
	"github.com/newsroom/newsbot/extract/places"
)

// closingVerb reports a verb that ends a campaign or tour at a place
// ("finishing in Hobart", "will close with a rally in Gdansk", "wraps up
// the tour in Lyon") and its tense as a cue would have it.
func closingVerb(w string) (tense, bool) {
	switch w {
	case "finish", "finishes", "end", "ends", "close", "closes", "conclude", "concludes", "wrap", "wraps":
		return tenseBase, true
	case "finishing", "ending", "closing", "concluding", "wrapping":
		return tenseProgressive, true
	case "finished", "ended", "closed", "concluded", "wrapped":
		return tensePast, true
	}
	return tenseNone, false
}

// campaignVerb reports a verb whose subject is at the place after "in"
// ("will campaign in Leeds on Saturday", "stumped in Iowa") and its tense.
func campaignVerb(w string) (tense, bool) {
	switch w {
	case "campaign", "campaigns", "canvass", "canvasses":
		return tenseBase, true
	case "campaigning", "canvassing":
		return tenseProgressive, true
	case "campaigned", "canvassed":
		return tensePast, true
	}
	return tenseNone, false
}

// closerTab holds the closing and campaign verbs: its MayHave, inlined in
// the cue loop, tells closingLegs whether to run (a superset, which
// closingVerb and campaignVerb then settle).
var closerTab = newWordTab(map[string]bool{
	"finish": true, "finishes": true, "end": true, "ends": true, "close": true, "closes": true, "conclude": true,
	"concludes": true, "wrap": true, "wraps": true, "finishing": true, "ending": true, "closing": true,
	"concluding": true, "wrapping": true, "finished": true, "ended": true, "closed": true, "concluded": true,
	"wrapped": true, "campaign": true, "campaigns": true, "canvass": true, "canvasses": true, "campaigning": true,
	"canvassing": true, "campaigned": true, "canvassed": true,
})

// openingVerb reports a verb that opens a campaign or tour with an
// event: "will begin the week with a rally in Szeged", "starts with a
// visit".
func openingVerb(w string) bool {
	switch w {
	case "begin", "begins", "beginning", "began", "start", "starts", "starting", "started", "kick", "kicks", "kicked", "open", "opens", "opened":
		return true
	}
	return false
}

// closingObjects are what a closing verb may end before its place or its
// event: "close the campaign with", "end her tour in".
var closingObjects = map[string]bool{
	"campaign": true, "campaigns": true, "tour": true, "trip": true, "visit": true, "swing": true, "week": true, "journey": true, "day": true,
}

// closingRally adds the stop of a rally at token i that closes the
// traveller's campaign or tour: "Her campaign will close with a rally in
// Gdansk", "will wrap up the campaign with a final rally in Lublin",
// "finishing with a rally in Hobart". A rally met in the street ("clashed
// with a rally in Paris") has no closing verb before it.
func (f *finder) closingRally(sc *sentCtx, i int, c cue) bool {
	toks := f.toks
	k := i - 1
	for n := 0; n < 3 && k > 0 && !toks[k].punct && !inSet(determinersSet, toks[k].w); n++ {
		k-- // "a final election-eve rally"
	}
	if k < 1 || !inSet(determinersSet, toks[k].w) {
		return false
	}
	k--
	if toks[k].w != "with" {
		return false
	}
	k--
	if k > 1 && toks[k].w == "," {
		// "will begin in the east, with a rally in Szeged": the verb a
		// short phrase before the comma.
		for j := k - 1; j > 0 && j >= k-5 && !toks[j].punct; j-- {
			if _, ok := closingVerb(toks[j].w); ok || openingVerb(toks[j].w) {
				k = j
				break
			}
		}
	}
	if k > 0 && closingObjects[toks[k].w] {
		k-- // "close the campaign with"
		if k > 0 && inSet(determinersSet, toks[k].w) {
			k--
		}
	}
	if k > 0 && toks[k].w == "up" {
		k-- // "wrap up"
	}
	if _, ok := closingVerb(toks[k].w); !ok && !openingVerb(toks[k].w) {
		return false
	}
	dests := f.destinations(sc, i, 3, inAtSet, false)
	if len(dests) == 0 {
		return false
	}
	q, ok := f.closingSubject(sc, k)
	if !ok {
		return false
	}
	if q >= 0 {
		f.addLeg(sc, i, c, q, dests)
		return true
	}
	f.addLegs(sc, i, c, dests)
	return true
}

// closingLegs adds the stop where a campaign or tour ends, told with no
// travel verb: "before finishing in Hobart, where the party will hold its
// final rally on Friday night", "Her tour ends in Lyon on Sunday"; and a
// stop told by campaigning there ("will campaign in Leeds on Saturday and
// travel to York on Sunday"). The
// subject must be the traveller the story follows (a person named, or
// "his campaign", "the tour" of the story's traveller): "the talks ended
// in Geneva", "shares closed in London" make no leg.
func (f *finder) closingLegs(sc *sentCtx) {
	toks := f.toks
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.ci != 0 || !closerTab.t.MayHave(t.w) {
			continue // a cue word was read by the cue loop
		}
		switch toks[i+1].w {
		case "in", "at", "up", "out", "his", "her", "their", "the", "with":
		default:
			continue
		}
		ct, ok := closingVerb(t.w)
		campaign := false
		if !ok {
			if ct, campaign = campaignVerb(t.w); !campaign {
				continue
			}
		}
		if inSet(determinersSet, toks[i-1].w) {
			continue // "her campaign in Leeds", "his finish in Nevada" are nouns
		}
		k := i + 1
		if k < len(toks) && (toks[k].w == "up" || toks[k].w == "out") && !campaign {
			k++ // "wraps up in Lyon"
		}
		if k+1 < len(toks) && !campaign && inSet(determinersSet, toks[k].w) && closingObjects[toks[k+1].w] {
			k += 2 // "ends his campaign in Seville", "closes out the tour in Lyon"
		}
		if k+2 < len(toks) && !campaign && toks[k].w == "with" {
			k = f.closingEvent(k + 1) // "the tour ends with a concert in Lyon"
		}
		if k >= len(toks) || toks[k].w != "in" && toks[k].w != "at" {
			continue
		}
		p, ok := f.placeAt(sc, k+1)
		if !ok && campaign && toks[k].w == "in" {
			p, ok = f.datedUnknown(sc, k+1) // "will campaign in Kilwa on Saturday": a town the gazetteer lacks
		}
		if !ok || f.namePart(p) {
			// "with an address at the Sorbonne in Paris": the town after
			// the venue.
			for j := k + 2; j < len(toks) && j <= k+6 && !toks[j].punct; j++ {
				if toks[j].w == "in" {
					p, ok = f.placeAt(sc, j+1)
					break
				}
			}
		}
		if !ok || f.namePart(p) {
			continue
		}
		q, ok := f.closingSubject(sc, i)
		if !ok || campaign && q >= 0 && toks[f.beforeAuxiliaries(i)].w == "who" {
			continue // "Hughes, who campaigned in Leeds last year,": her story, no stop of this one
		}
		dup := false
		for _, j := range sc.legs {
			if f.legs[j].Place == p.Place.Name {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		c := cue{cueTravel, ct, "visit"}
		if campaign {
			c.label = "campaigns"
		}
		before := len(f.legs)
		if q >= 0 {
			f.addLeg(sc, i, c, q, []places.Match{p})
		} else {
			f.addLegs(sc, i, c, []places.Match{p})
		}
		if tx, ok := f.whereDay(sc, p.End); ok {
			// "finishing in Hobart, where ... on Friday night": the
			// stop's own day.
			for j := before; j < len(f.legs); j++ {
				l := &f.legs[j]
				l.Date, l.WhenText, l.After, l.later, l.order = dateValue(tx.Value), f.whenText(tx), "", false, false
			}
		}
	}
}

// closingSubject reports a subject for the closing verb at token i that
// the story follows: a person right before it (auxiliaries aside), a
// clause joined to one ("before finishing", "and ends"), or "his
// campaign", "the tour" of the story's traveller, whom it returns (-1:
// addLegs finds the subject).
func (f *finder) closingSubject(sc *sentCtx, i int) (int, bool) {
	toks := f.toks
	if f.pairSubject(i) {
		return -1, true // "The two candidates will both end their campaigns in Lilongwe": addLegs sends both
	}
	k := f.beforeAuxiliaries(i)
	if k > 0 && toks[k].w == "both" {
		k = f.beforeAuxiliaries(k) // "Okafor and Bello will both end their campaigns in Lagos"
	}
	if k < 0 {
		return -1, false
	}
	switch toks[k].w {
	case "before", "after", "then", "and":
		return -1, f.subject(sc, i) >= 0
	case "who":
		// "Holt, who held a rally in Denver on Monday": the one named
		// right before the aside.
		if k >= 2 && toks[k-1].w == "," {
			for _, m := range sc.persons {
				if m.End == toks[k-2].end {
					return m.Person, true
				}
			}
		}
		return -1, false
	case ",":
		if k == i-1 && strings.HasSuffix(toks[i].w, "ing") {
			return -1, f.subject(sc, i) >= 0 // "visited Missouri on Saturday, holding a rally in Springfield"
		}
		// "Toth's running mate, Anna Kiss, will campaign in Leeds",
		// "Holt, the party's nominee, will close with a rally": the
		// person right before this comma or the one before.
		ends := []int{k - 1}
		for j := k - 1; j > 0 && j >= k-8; j-- {
			if toks[j].w == "," {
				ends = append(ends, j-1)
				break
			}
		}
		for _, e := range ends {
			for _, m := range sc.persons {
				if e >= 0 && m.End == toks[e].end && m.Kind != people.Pronoun {
					return m.Person, true
				}
			}
		}
		if q := f.openingNameAside(sc, k); q >= 0 {
			return q, true // "Mwangi, 61, seeking a second term for the Unity Party (UP), held a rally" (kinds11.go)
		}
	}
	if closingObjects[toks[k].w] && k > 0 {
		switch strings.ToLower(toks[k-1].w) {
		case "his", "her", "their", "the":
			q := f.possessorBefore(sc, k-1)
			return q, q >= 0
		}
		return -1, false
	}
	for _, m := range sc.persons {
		if m.End == toks[k].end {
			return -1, true
		}
	}
	return -1, false
}

// possessorBefore is the traveller that "his", "her" or "the" at token k
// points to: the person the pronoun names, else the story's traveller.
func (f *finder) possessorBefore(sc *sentCtx, k int) int {
	for _, m := range sc.persons {
		if m.Start == f.toks[k].start {
			return f.pronounTraveller(sc, m)
		}
	}
	return f.storyTraveller(sc)
}

// rallyBy reports a verb at token k whose subject, a person right before
// it, is at the rally after it: "will headline a rally in Denver",
// "stages a rally in Lyon"; not "said activists led a rally in London".
func (f *finder) rallyBy(sc *sentCtx, k int) bool {
	switch f.toks[k].w {
	case "headline", "headlines", "headlined", "headlining", "stage", "stages", "staging", "lead", "leads", "led", "leading":
	default:
		return false
	}
	_, ok := f.closingSubject(sc, k)
	return ok
}

// closingEvent reads the event a campaign or tour closes with, from
// token k after "with": "a concert", "a final speech", "an open-air Mass".
// It returns the token of the "in" or "at" after it, or k when there is
// none.
func (f *finder) closingEvent(k int) int {
	toks := f.toks
	if !inSet(determinersSet, toks[k].w) {
		return k
	}
	head := false
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := toks[j]
		if t.w == "in" || t.w == "at" {
			if head {
				return j
			}
			return k
		}
		if t.punct {
			return k
		}
		head = andEventHeads[t.w] || t.event || closingEvents[t.w]
	}
	return k
}

// closingEvents are more events that end a tour: "ends with a concert in
// Lyon", "closes with a service at the cathedral in York".
var closingEvents = map[string]bool{
	"concert": true, "service": true, "address": true, "gala": true, "parade": true, "festival": true,
}
