package people

import (
	"maps"
	"slices"
	"testing"
)

// TestDescribeNeedNeverSkipsAScore checks the filter describe applies
// before roleScore: a role that roleScore gives anything for a head must
// share a bit with describeNeed(head), or describe would skip a holder.
func TestDescribeNeedNeverSkipsAScore(t *testing.T) {
	roles := []string{
		"prime minister", "british prime minister", "former prime minister", "foreign secretary",
		"energy secretary", "chief executive of baltic ferries", "nordline's chief executive",
		"finance chief", "chief financial officer", "kremlin leader", "opposition leader",
		"party leader", "spokesman for the foreign ministry", "foreign ministry spokeswoman",
		"vice-premier", "deputy prime minister", "senator", "mp for leeds north", "mep",
		"ambassador to france", "under-secretary-general", "attorney general", "barrister",
		"defence minister", "chief of defence staff", "police chief", "head of the inquiry",
		"chairman of the board", "managing director", "coach", "manager", "captain",
		"of the nurses' union", "economist at investec", "governor of the central bank",
		"king", "queen", "emperor", "president", "vice-president", "president of the commission",
		"interior minister", "home secretary", "press secretary", "general secretary",
		"commissioner", "colonel", "lawyer", "solicitor", "journalist", "correspondent",
	}
	heads := slices.Sorted(maps.Keys(roleKinds))
	heads = append(heads, "minister", "secretary", "leader", "president", "premier", "chief",
		"spokesman", "spokeswoman", "executive", "chairman", "vice-premier", "monarch", "mayor", "governor")
	for _, head := range heads {
		kinds := roleKinds[head]
		need := describeNeed(head, kinds)
		for _, role := range roles {
			p := &person{role: role}
			low, words, orgs := p.roleWords()
			if roleScore(low, words, orgs, head, kinds, nil) > 0 && p.roleSig&need == 0 {
				t.Errorf("describeNeed(%q) would skip %q, which roleScore scores", head, role)
			}
		}
	}
}
