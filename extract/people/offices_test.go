package people

import "testing"

// TestLessCommonOffices covers offices the lexicon is less likely to know
// (Irish, religious, civic, hyphenated military ranks) written before a
// name: the office is the role, never part of the name. Each case is a
// sentence written for this test.
func TestLessCommonOffices(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		roles map[string]string // canonical name -> role
		not   []string          // canonical names that must not appear
		want  []string          // "form=Name" pairs that must appear, in order
	}{
		{name: "the office alone finds the holder",
			in:    "Taoiseach Micheál O'Connell said the plan would go ahead. The Taoiseach added that talks would continue. Ombudsman Karen Tully said complaints had doubled, and the ombudsman said staff were stretched.",
			roles: map[string]string{"Micheál O'Connell": "Taoiseach", "Karen Tully": "Ombudsman"},
			want:  []string{"The Taoiseach=Micheál O'Connell", "the ombudsman=Karen Tully"}},
		{name: "Taoiseach",
			in:    "Taoiseach Micheál O'Connell said the budget would protect pensions. O'Connell spoke in Dublin.",
			roles: map[string]string{"Micheál O'Connell": "Taoiseach"},
			not:   []string{"Taoiseach Micheál O'Connell"}},
		{name: "Tánaiste",
			in:    "Tánaiste Siobhán Brennan told reporters the talks had stalled.",
			roles: map[string]string{"Siobhán Brennan": "Tánaiste"},
			not:   []string{"Tánaiste Siobhán Brennan"}},
		{name: "Grand Mufti",
			in:    "Grand Mufti Yusuf Kareem called for calm after the attack.",
			roles: map[string]string{"Yusuf Kareem": "Grand Mufti"},
			not:   []string{"Mufti Yusuf Kareem"}},
		{name: "Ombudsman",
			in:    "Ombudsman Karen Tully said the complaints had doubled in a year.",
			roles: map[string]string{"Karen Tully": "Ombudsman"}},
		{name: "Patriarch",
			in:    "Patriarch Elias Haddad led prayers for the victims on Sunday.",
			roles: map[string]string{"Elias Haddad": "Patriarch"}},
		{name: "Alderman and Provost",
			in:    "Alderman Frank Doyle and Provost Ailsa Grant both opposed the plan.",
			roles: map[string]string{"Frank Doyle": "Alderman", "Ailsa Grant": "Provost"}},
		{name: "Monsignor and Nuncio",
			in:    "Monsignor Paolo Ferri and Nuncio Marco Bellini met the president.",
			roles: map[string]string{"Paolo Ferri": "Monsignor", "Marco Bellini": "Nuncio"}},
		{name: "Commodore and Headteacher",
			in:    "Commodore Ian Hart said the ship would sail. Headteacher Ruth Cole closed the school.",
			roles: map[string]string{"Ian Hart": "Commodore", "Ruth Cole": "Headteacher"}},
		{name: "hyphenated ranks",
			in:    "Lt-Gen Hamish Reid said troops would stay. Brig-Gen Omar Saleh and Maj-Gen Tom Fry agreed, as did Lt-Col Ann Pike.",
			roles: map[string]string{"Hamish Reid": "Lt-Gen", "Omar Saleh": "Brig-Gen", "Tom Fry": "Maj-Gen", "Ann Pike": "Lt-Col"}},
		{name: "dotted rank abbreviations",
			in:    "Brig. Gen. Pat Ryder said the strikes were targeted. Cdr. Ann Pike said the ship was safe.",
			roles: map[string]string{"Pat Ryder": "Brig. Gen", "Ann Pike": "Cdr"}},
		{name: "Air Vice-Marshal",
			in:    "Air Vice-Marshal Ann Pike said the jets had returned.",
			roles: map[string]string{"Ann Pike": "Air Vice-Marshal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCast(t, tt.in, tt.roles, tt.not, tt.want)
		})
	}
}
