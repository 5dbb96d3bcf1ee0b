package people

import "testing"

// TestSurnameShapes covers surnames the capitalised-run reader used to cut
// or drop: a surname that is a place, an Arabic article, two particles.
// Each case is a sentence written for this test.
func TestSurnameShapes(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		roles map[string]string // canonical name -> role ("" for any)
		want  []string          // "form=Name" pairs that must appear, in order
		not   []string          // canonical names that must not appear
	}{
		{name: "a surname that is a country, and the country alone",
			in:    "Portuguese Prime Minister Luis Montenegro met Lula in Lisbon. Lula will visit Montenegro next year.",
			roles: map[string]string{"Luis Montenegro": "Portuguese Prime Minister"},
			not:   []string{"Montenegro"}},
		{name: "a surname with an Arabic article, then the bare surname",
			in:    "Syrian President Ahmed al-Sharaa arrived in Ankara on Saturday. Sharaa will travel to Riyadh later this week.",
			roles: map[string]string{"Ahmed al-Sharaa": "Syrian President"},
			want:  []string{"Syrian President Ahmed al-Sharaa=Ahmed al-Sharaa", "Sharaa=Ahmed al-Sharaa"}},
		{name: "el- spelling",
			in:    "Egyptian President Abdel Fattah el-Sisi met the envoy in Cairo.",
			roles: map[string]string{"Abdel Fattah el-Sisi": "Egyptian President"}},
		{name: "two particles, then the surname opening a sentence",
			in:   "Ursula von der Leyen flew to Kyiv on Friday. Von der Leyen said Europe would pay.",
			want: []string{"Ursula von der Leyen=Ursula von der Leyen", "Von der Leyen=Ursula von der Leyen"}},
		{name: "a middle name alone, and the pronoun after it",
			in:    "President Luiz Inacio Lula da Silva returned on Saturday. In Mexico City on Tuesday, Lula met President Claudia Sheinbaum. On Thursday he was in Bogota.",
			roles: map[string]string{"Luiz Inacio Lula da Silva": "President", "Claudia Sheinbaum": "President"},
			want:  []string{"Lula=Luiz Inacio Lula da Silva", "he=Luiz Inacio Lula da Silva"}},
		{name: "an untitled name with an Arabic article",
			in:    "A Hamas delegation led by Khalil al-Hayya arrived in Cairo on Sunday.",
			roles: map[string]string{"Khalil al-Hayya": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCast(t, tt.in, tt.roles, tt.not, tt.want)
		})
	}
}
