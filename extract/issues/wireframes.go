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
