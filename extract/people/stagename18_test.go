package people

import "testing"

// TestStageNameAfterTrade: a performer's trade opening a sentence
// before one unknown name word is a role and the word a stage name
// ("Rapper Zalko"); a known first name after it keeps the run as it was,
// and a trade before a full name stays the role it was.
func TestStageNameAfterTrade(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		roles map[string]string
		want  []string
		not   []string
	}{
		{name: "a rapper's one-word name",
			in:    "Rapper Zalko is to play a small gig in Leeds on Saturday. He arrived on Friday.",
			roles: map[string]string{"Zalko": "Rapper"},
			want:  []string{"He=Zalko"},
			not:   []string{"Rapper Zalko"}},
		{name: "a singer's one-word name",
			in:    "Singer Marvella said the tour would go ahead.",
			roles: map[string]string{"Marvella": "Singer"},
			not:   []string{"Singer Marvella"}},
		{name: "a full name after the trade",
			in:    "Singer Dana Holt said the tour would go ahead.",
			roles: map[string]string{"Dana Holt": "Singer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCast(t, tt.in, tt.roles, tt.not, tt.want)
		})
	}
}
