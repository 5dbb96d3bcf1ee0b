package people

import "testing"

// TestSheikhNames covers "Sheikh" before a name: part of a one-word
// name ("Sheikh Hasina", who is a woman), the Gulf title before a full
// name ("Sheikh Tamim bin Hamad Al Thani"), whose short form still joins
// the one named in full.
func TestSheikhNames(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		roles map[string]string
		want  []string
		not   []string
	}{
		{name: "Sheikh with one name word is the name",
			in:    "Bangladesh's Prime Minister Sheikh Hasina opened the bridge. Ms Hasina said it was a proud day. She cut the ribbon.",
			roles: map[string]string{"Sheikh Hasina": "Prime Minister"},
			want:  []string{"Ms Hasina=Sheikh Hasina", "She=Sheikh Hasina"},
			not:   []string{"Hasina"}},
		{name: "Sheikh before a full name is a title",
			in:   "The emir, Sheikh Tamim bin Hamad Al Thani, opened the summit. Sheikh Tamim said the region would stand together.",
			want: []string{"Sheikh Tamim=Tamim bin Hamad Al Thani"},
			not:  []string{"Sheikh Tamim"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCast(t, tt.in, tt.roles, tt.not, tt.want)
		})
	}
}
