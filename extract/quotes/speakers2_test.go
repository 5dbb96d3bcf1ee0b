package quotes

import "testing"

// TestParticleSurname covers surnames with lower-case particles: the full
// name is the person, and a later mention by the surname alone keeps its
// particles ("de la Cruz said").
func TestParticleSurname(t *testing.T) {
	tests := []struct {
		name, in         string
		speaker, mention string
	}{
		{"two particles, first name the lexicon lacks",
			"Rafael de la Cruz, the club's coach, was sacked on Monday. \"I gave everything,\" de la Cruz said.",
			"Rafael de la Cruz", "de la Cruz"},
		{"von der, lower case mid-sentence",
			"Ursula von der Leyen, the Commission president, arrived in Kyiv on Tuesday. \"We stand with Ukraine,\" von der Leyen said.",
			"Ursula von der Leyen", "von der Leyen"},
		{"a particle before a surname with a suffix",
			"Ludwig van Beethoven Jr, the conductor, spoke after the concert. \"The orchestra was superb,\" van Beethoven said.",
			"Ludwig van Beethoven Jr", "van Beethoven"},
		{"a pronoun after the full name",
			"Rafael de la Cruz said the team would fight on. \"We are not finished,\" he said.",
			"Rafael de la Cruz", "he"},
		{"an honorific before the particles",
			"Rafael de la Cruz was sacked. \"I gave everything,\" said Mr de la Cruz.",
			"Rafael de la Cruz", "Mr de la Cruz"},
		{"capitalised particle opening the mention",
			"Mark van der Berg, the Dutch finance minister, warned of cuts. \"There is no money left,\" Van der Berg said.",
			"Mark van der Berg", "Van der Berg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLastSpeaker(t, tt.in, tt.speaker, tt.mention)
		})
	}
}
