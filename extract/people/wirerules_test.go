package people

import "testing"

// TestWireRules covers people-finding classes found failing on wire copy
// we had not seen (extract/quotes/testdata/wire). Each case is a realistic
// sentence written for this test; "form=Name" pairs as in
// TestAccuracyClasses.
func TestWireRules(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		roles map[string]string
		want  []string
		not   []string
	}{
		{name: "arabic article before a surname",
			in:    "Foreign ministry spokesman Nabil al-Harthy spoke in Muscat on Sunday. al-Harthy said the talks would resume. Egypt's Khaled el-Sayed agreed.",
			roles: map[string]string{"Nabil al-Harthy": "", "Khaled el-Sayed": ""},
			want:  []string{"spokesman Nabil al-Harthy=Nabil al-Harthy", "al-Harthy=Nabil al-Harthy"}},
		{name: "a lower-case al is no name",
			in:    "The al-fresco dining area at the hotel was closed, said manager Tom Ode.",
			roles: map[string]string{"Tom Ode": ""},
			not:   []string{"al-fresco=al-fresco"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			checkRoles(t, c, tt.roles)
			checkResolved(t, c, tt.want, tt.not)
		})
	}
}
