package trips

// relativeSkip returns the comma closing a relative clause opened by the
// comma at token k (", which had been pencilled in for Thursday,"), or k
// when none opens there.
func relativeSkip(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k+1].w != "which" && toks[k+1].w != "originally" && toks[k+1].w != "initially" {
		return k
	}
	for j := k + 2; j < len(toks) && j <= k+14; j++ {
		if toks[j].w == "," {
			return j
		}
		if toks[j].punct {
			return k
		}
	}
	return k
}

// soleRecentTraveller is the one traveller of the meetings told in the two
// sentences before sc, when they are all the same person's; -1 otherwise.
func (f *finder) soleRecentTraveller(sc *sentCtx) int {
	a := -1
	for _, l := range f.legs {
		if l.sentence >= sc.index || sc.index-l.sentence > 2 || len(l.Counterparts) == 0 {
			continue
		}
		if l.person < 0 || a >= 0 && l.person != a {
			return -1
		}
		a = l.person
	}
	return a
}
