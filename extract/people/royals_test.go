package people

import "testing"

// TestRoyalFirstNames keeps a royal named by title and first name apart
// from another person sharing the first name (gap: "Prince William" was
// merged with "William Ruto").
func TestRoyalFirstNames(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		roles map[string]string
		want  []string
		not   []string
	}{
		{name: "prince and president share a first name",
			in:    "Prince William met Kenyan President William Ruto in Nairobi on Tuesday. Ruto thanked the prince for his interest in conservation.",
			roles: map[string]string{"Prince William": "Prince", "William Ruto": "Kenyan President"},
			want:  []string{"Prince William=Prince William", "Kenyan President William Ruto=William Ruto", "Ruto=William Ruto"}},
		{name: "president named first, then a queen sharing the first name",
			in:    "President Margaret Osei opened the summit in Accra. Queen Margaret arrived later and said she was honoured.",
			roles: map[string]string{"Margaret Osei": "President", "Queen Margaret": "Queen"},
			want:  []string{"Queen Margaret=Queen Margaret", "she=Queen Margaret"}},
		{name: "a royal introduced in full keeps the short form",
			in:   "King Charles III arrived in Ottawa on Monday. King Charles said Canada was dear to him.",
			want: []string{"King Charles III=King Charles III", "King Charles=King Charles III"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCast(t, tt.in, tt.roles, tt.not, tt.want)
		})
	}
}

// TestRoleDescriptionsWholeRole wants a description to match the whole
// role: "the prime minister" is not the deputy prime minister, "the
// chancellor" not the shadow chancellor.
func TestRoleDescriptionsWholeRole(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
		not  []string
	}{
		{name: "deputy prime minister named last",
			in:   "Prime Minister Keir Starmer flew to Paris on Monday. Deputy Prime Minister Angela Rayner stayed in London. The prime minister said the talks went well.",
			want: []string{"The prime minister=Keir Starmer"},
			not:  []string{"The prime minister=Angela Rayner"}},
		{name: "the deputy is described as deputy",
			in:   "Prime Minister Keir Starmer flew to Paris on Monday. Deputy Prime Minister Angela Rayner stayed in London. The deputy prime minister said the cabinet was united.",
			want: []string{"The deputy prime minister=Angela Rayner"}},
		{name: "shadow chancellor named last",
			in:   "Chancellor Rachel Reeves met shadow chancellor Mel Stride on Tuesday. The chancellor said the budget was fair.",
			want: []string{"The chancellor=Rachel Reeves"},
			not:  []string{"The chancellor=Mel Stride"}},
		{name: "vice president as a hyphenated head",
			in:   "Vice-President Kamala Harris spoke in Atlanta. The vice-president said turnout mattered.",
			want: []string{"The vice-president=Kamala Harris"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkResolved(t, Find(tt.in), tt.want, tt.not)
		})
	}
}
