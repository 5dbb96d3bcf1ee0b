package trips

// perform adds the leg of a performer's show: "will perform at a
// festival in Oslo", "is to perform in Lisbon on Friday", "played two
// sell-out concerts in Dublin", "will play a gig at a club in Leeds".
// "Play" needs a show for its object ("played in Paris" is mostly a
// match, "played a role in" no journey); "perform" may take the place
// at once. A verb in a noun's place ("the play in London") or after
// "to be" ("was played in") makes no leg.
func (f *finder) perform(sc *sentCtx, i int, c cue) {
	toks := f.toks
	w := toks[i].w
	if i > 0 {
		switch toks[i-1].w {
		case "the", "a", "his", "her", "their", "its", "was", "were", "been", "be", "being":
			return
		}
	}
	play := w == "play" || w == "plays" || w == "played" || w == "playing"
	k := i + 1
	show := false
	venue := false // "performed at the Olympia in Paris": a venue right after the verb
	for n := 0; k < len(toks) && n < 7; n, k = n+1, k+1 {
		t := toks[k]
		if t.punct || inSet(breakersSet, t.w) {
			return
		}
		if showNouns[t.w] {
			show = true
			continue
		}
		if t.w != "in" && t.w != "at" {
			continue
		}
		if !show && !venue && (play || n > 0) && t.w == "in" {
			return // "played in Paris", "performed well in Oslo"
		}
		p, ok := f.placeAt(sc, k+1)
		if !ok {
			if t.w != "at" {
				return
			}
			venue = venue || n == 0 && !play
			continue // "at a club in Leeds", "at a concert in Oslo": the venue, then its place
		}
		if !show && !venue && (play || n > 0) {
			return // "played at Wembley"; "performed at a gala in Dublin" goes on
		}
		if f.namePart(p) || p.Demonym {
			return
		}
		f.addLegs(sc, i, c, f.list(sc, p))
		return
	}
}

// showNouns are the shows a performer travels to give.
var showNouns = map[string]bool{
	"concert": true, "concerts": true, "gig": true, "gigs": true, "show": true, "shows": true,
	"festival": true, "recital": true, "date": true, "dates": true, "set": true, "residency": true,
	"nights": true, // "will play three nights at Wembley Arena in London"
}
