package trips

// revisits keeps a return to a place the traveller visited on an earlier
// day of the journey, with a stop elsewhere between, as a journey of its
// own, not the way home: "met Ruto in Nairobi on Thursday ... held talks in
// Kampala on Friday ... will return to Nairobi on Saturday".
func (f *finder) revisits(legs []leg) {
	for i := range legs {
		r := &legs[i]
		if !r.home || !isDay(r.Date) || r.Place == "" || !f.foreign(r.person, r.Country) && f.personCountry(r.person) != "" {
			continue
		}
		for _, e := range legs {
			if e.person != r.person || e.home || e.Place != r.Place || !isDay(e.Date) || !after(r.Date, e.Date) {
				continue
			}
			between := false
			for _, k := range legs {
				if k.person == r.person && k.Place != "" && k.Place != r.Place && isDay(k.Date) && after(k.Date, e.Date) && after(r.Date, k.Date) {
					between = true
					break
				}
			}
			if between {
				r.home = false
				break
			}
		}
	}
}
