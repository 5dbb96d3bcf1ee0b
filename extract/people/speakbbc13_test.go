package people

import "testing"

// TestPeopleBBC13 covers people-finding classes met in the BBC copy
// studied in session 11, with sentences written for the test.
func TestPeopleBBC13(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		roles     map[string]string
		notPeople []string
		want      []string
	}{
		{name: "a contraction of I after a role noun is no name",
			in:        "Tom Reed spoke at the launch. \"Ann Cole is the best writer I've come across,\" he said. \"She is the finest novelist I’m aware of.\"",
			roles:     map[string]string{"Tom Reed": "", "Ann Cole": ""},
			notPeople: []string{"I've", "I’m"}},
		{name: "a place as first name after a role",
			in:    "Rovers forward Milan Kovar was dropped. Kovar said he was puzzled.",
			roles: map[string]string{"Milan Kovar": ""},
			want:  []string{"Rovers forward Milan Kovar=Milan Kovar", "Kovar=Milan Kovar", "he=Milan Kovar"}},
		{name: "a two-word party label before a name",
			in:    "Liberal Democrat Helen Marsh said the leak was serious. Ms Marsh wants a statement.",
			roles: map[string]string{"Helen Marsh": ""},
			want:  []string{"Liberal Democrat Helen Marsh=Helen Marsh", "Ms Marsh=Helen Marsh"}},
		{name: "a nationality surname after a first name",
			in:    "Harlow chairman Brian Finn rejected the bid. Mr Finn said it was too low.",
			roles: map[string]string{"Brian Finn": ""},
			want:  []string{"Harlow chairman Brian Finn=Brian Finn", "Mr Finn=Brian Finn"}},
		{name: "the plural of a body's head noun ends no person's name",
			in:        "The Postal and Telecommunications Administrations met in Bern.",
			notPeople: []string{"Telecommunications Administrations"}},
		{name: "an office with a see, its holder styled the Rt Rev Dr",
			in:    "The Bishop of Ely, the Rt Rev Dr Martin Coyle, opened the hall. Later the Bishop spoke.",
			roles: map[string]string{"Martin Coyle": ""},
			want:  []string{"The Bishop=Martin Coyle", "Rt Rev Dr Martin Coyle=Martin Coyle", "the Bishop=Martin Coyle"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCast(t, tt.in, tt.roles, tt.notPeople, tt.want)
		})
	}
}
