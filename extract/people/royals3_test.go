package people

import "testing"

// TestTitlesSharingSee reads two titles sharing the determiner and one
// see ("the Duke and Duchess of Avonmore") as two people, each named with
// the see, and leaves a title pair naming a building alone.
func TestTitlesSharingSee(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   []string
		gender map[string]string
		not    []string
	}{
		{name: "duke and duchess mid-sentence",
			in:     "Fog hung over Hobart on Monday morning when the Duke and Duchess of Avonmore stepped off their plane.",
			want:   []string{"the Duke=Duke of Avonmore", "Duchess of Avonmore=Duchess of Avonmore"},
			gender: map[string]string{"Duke of Avonmore": "m", "Duchess of Avonmore": "f"}},
		{name: "prince and princess open the sentence",
			in:     "The Prince and Princess of Wales arrived in Boston on Wednesday. The princess said she was delighted.",
			want:   []string{"The Prince=Prince of Wales", "Princess of Wales=Princess of Wales", "she=Princess of Wales"},
			gender: map[string]string{"Prince of Wales": "m", "Princess of Wales": "f"}},
		{name: "earl and countess before a possessive",
			in:   "Crowds lined the road for the Earl and Countess of Thornbury's visit to the harbour.",
			want: []string{"the Earl=Earl of Thornbury", "Countess of Thornbury=Countess of Thornbury"}},
		{name: "the duke and the duchess in lower case, then pronouns",
			in:   "Fog hung over Hobart on Monday when the Duke and Duchess of Avonmore arrived. The duke, 41, said he loved the island. The duchess, a former nurse, said she was moved.",
			want: []string{"the Duke=Duke of Avonmore", "Duchess of Avonmore=Duchess of Avonmore", "The duke=Duke of Avonmore", "he=Duke of Avonmore", "The duchess=Duchess of Avonmore", "she=Duchess of Avonmore"}},
		{name: "a hospital named after the pair is no one",
			in:  "Staff at the Duke and Duchess of Avonmore Hospital said beds were short.",
			not: []string{"Duke of Avonmore", "Duchess of Avonmore"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Find(tt.in)
			checkOffsets(t, tt.in, c)
			checkResolved(t, c, tt.want, nil)
			for _, p := range c.People {
				if g, ok := tt.gender[p.Name]; ok && p.Gender != g {
					t.Errorf("%s: gender %q, want %q", p.Name, p.Gender, g)
				}
				for _, n := range tt.not {
					if p.Name == n {
						t.Errorf("unwanted person %q", n)
					}
				}
			}
		})
	}
}
