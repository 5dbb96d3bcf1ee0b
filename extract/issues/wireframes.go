package issues

// assemblyMembers sit in a council, parliament or congress: when they
// "walk out" they leave a sitting in protest; they stage no strike.
var assemblyMembers = map[string]bool{
	"councillors": true, "councilors": true, "councillor": true, "councilor": true, "mps": true, "lawmakers": true,
	"legislators": true, "senators": true, "deputies": true, "delegates": true, "delegation": true, "opposition": true,
	"aldermen": true, "assemblymen": true, "members": true,
}

// assemblyWalkout reports a headline subject that is an assembly's
// members ("Opposition councillors walk out").
func assemblyWalkout(subj []fword) bool {
	for _, w := range subj {
		if assemblyMembers[w.low] {
			return true
		}
	}
	return false
}

// riskWords open what may follow the headline's event: "risk of", "threat
// of", "fears of".
var riskWords = map[string]bool{"risk": true, "risks": true, "threat": true, "fear": true, "fears": true, "prospect": true, "spectre": true, "danger": true}

// riskOf reports a noun at ws[i] inside "risk of ...", at most two words
// after the "of": a consequence the headline fears, not its thread.
func riskOf(ws []fword, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if ws[k].low == "of" {
			return riskWords[ws[k-1].low]
		}
		if ws[k].stop {
			return false
		}
	}
	return false
}
