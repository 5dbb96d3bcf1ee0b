package trips

import "github.com/newsroom/newsbot/extract/places"

// prefixedSite is the town of a site named after it with a prefix, as the
// object right at token k: "will visit HMP Doncaster", "visited RAF
// Lossiemouth". A town the gazetteer lacks is taken when the story names
// one country (see unknownPlace).
func (f *finder) prefixedSite(sc *sentCtx, k int) (places.Match, bool) {
	if k+1 >= len(f.toks) {
		return places.Match{}, false
	}
	switch f.toks[k].w {
	case "HMP", "HMYOI", "RAF":
	default:
		return f.hospitalTown(sc, k) // "will visit Ennis General Hospital"
	}
	if p, ok := f.placeAt(sc, k+1); ok && p.Start == f.toks[k+1].start {
		return p, true
	}
	return f.unknownPlace(sc, k+1)
}
