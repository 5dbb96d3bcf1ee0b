package trips

import (
	"testing"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

// TestFreshWireClassesFour holds the classes a new batch of wire copy
// (testdata/wire 217-228) failed on before its rules were written. The
// timex values are the tagger's for the publication day of each case.
func TestFreshWireClassesFour(t *testing.T) {
	friday := time.Date(2026, 3, 6, 9, 0, 0, 0, time.UTC)
	november := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		pub   time.Time
		text  string
		names []string
		forms map[string]int
		tx    []string
		want  []want
	}{
		{"taking part virtually rather than travelling is no journey", monday,
			"Sanae Takaichi will take part in the summit virtually rather than travel to Kuala Lumpur, the government said on Monday.",
			[]string{"Sanae Takaichi"}, map[string]int{"Sanae Takaichi": 0}, []string{"on Monday", "2026-03-02"}, nil},
		{"instead of flying there is no journey", monday,
			"Olaf Berg will address the conference by video link instead of flying to Rome on Thursday.",
			[]string{"Olaf Berg"}, map[string]int{"Olaf Berg": 0}, []string{"on Thursday", "2026-03-05"}, nil},
		{"where he will see a leader: a meeting", monday,
			"Steve Witkoff is expected in Jerusalem on Wednesday, where he will see Israeli Prime Minister Benjamin Netanyahu.",
			[]string{"Steve Witkoff", "Benjamin Netanyahu"}, map[string]int{"Steve Witkoff": 0, "Benjamin Netanyahu": 1}, []string{"on Wednesday", "2026-03-04"},
			[]want{{"Steve Witkoff", "Jerusalem", "Israel", "2026-03-04", "", newsbot.StatusScheduled, []string{"Benjamin Netanyahu"}}}},
		{"will see the results is no meeting", monday,
			"Steve Witkoff will travel to Doha on Tuesday and will see Monday's proposal there.",
			[]string{"Steve Witkoff"}, map[string]int{"Steve Witkoff": 0}, []string{"on Tuesday", "2026-03-03"},
			[]want{{"Steve Witkoff", "Doha", "Qatar", "2026-03-03", "", newsbot.StatusScheduled, nil}}},
		{"back in her capital, speaking to reporters is no trip", monday,
			"Kemi Badenoch, who was back in London on Sunday, told reporters in Westminster that support must never waver.",
			[]string{"Kemi Badenoch"}, map[string]int{"Kemi Badenoch": 0}, []string{"on Sunday", "2026-03-01"}, nil},
		{"after attending, in a plan, is in the plan's time", friday,
			"Kaja Kallas will visit Kyiv on Monday, after attending a meeting of Nordic and Baltic foreign ministers in Helsinki on Sunday, her spokesperson said.",
			[]string{"Kaja Kallas"}, map[string]int{"Kaja Kallas": 0}, []string{"on Monday", "2026-03-09", "on Sunday", "2026-03-01"},
			[]want{
				{"Kaja Kallas", "Kyiv", "Ukraine", "2026-03-09", "", newsbot.StatusScheduled, nil},
				{"Kaja Kallas", "Helsinki", "Finland", "2026-03-08", "", newsbot.StatusScheduled, nil}}},
		{"cities a chief executive tours", monday,
			"Oliver Blume toured the plant in Chattanooga on Sunday and will travel to Puebla on Thursday.",
			[]string{"Oliver Blume"}, map[string]int{"Oliver Blume": 0}, []string{"on Sunday", "2026-03-01", "on Thursday", "2026-03-05"},
			[]want{
				{"Oliver Blume", "Chattanooga", "United States", "2026-03-01", "", newsbot.StatusDone, nil},
				{"Oliver Blume", "Puebla", "Mexico", "2026-03-05", "", newsbot.StatusScheduled, nil}}},
		{"welcomed by the host at a palace in the capital: a meeting there", monday,
			"King Felipe VI began a state visit to Vietnam on Sunday and was welcomed by President Luong Cuong at the Presidential Palace in Hanoi.",
			[]string{"King Felipe VI", "Luong Cuong"}, map[string]int{"King Felipe VI": 0, "President Luong Cuong": 1}, []string{"on Sunday", "2026-03-01"},
			[]want{{"King Felipe VI", "Hanoi", "Vietnam", "2026-03-01", "", newsbot.StatusDone, []string{"Luong Cuong"}}}},
		{"welcomed a decision is no meeting", monday,
			"Steve Witkoff, who arrived in Doha on Sunday, welcomed the decision by Qatar to host the talks.",
			[]string{"Steve Witkoff"}, map[string]int{"Steve Witkoff": 0}, []string{"on Sunday", "2026-03-01"},
			[]want{{"Steve Witkoff", "Doha", "Qatar", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"attending the meeting a sentence with no person placed and dated", monday,
			"Gulf Arab leaders met in Kuwait on Sunday for their annual summit. Mohammed bin Salman attended the meeting, while Friedrich Merz addressed the gathering by video link from Berlin.",
			[]string{"Mohammed bin Salman", "Friedrich Merz"}, map[string]int{"Mohammed bin Salman": 0, "Friedrich Merz": 1}, []string{"on Sunday", "2026-03-01"},
			[]want{{"Mohammed bin Salman", "Kuwait", "Kuwait", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"attending another summit is not the one placed before", monday,
			"Gulf Arab leaders met in Kuwait on Sunday for their annual summit. Mohammed bin Salman attended an Arab League summit, his office said.",
			[]string{"Mohammed bin Salman"}, map[string]int{"Mohammed bin Salman": 0}, []string{"on Sunday", "2026-03-01"}, nil},
		{"a place and day opening the sentence, then who was there", monday,
			"Pope Leo XIV returned to Rome on Monday. In Beirut on Sunday, the pope celebrated Mass before a crowd of 150,000 people.",
			[]string{"Pope Leo XIV"}, map[string]int{"Pope Leo XIV": 0, "the pope": 0}, []string{"on Monday", "2026-03-02", "on Sunday", "2026-03-01"},
			[]want{{"Pope Leo XIV", "Beirut", "Lebanon", "2026-03-01", "", newsbot.StatusDone, nil}}},
		{"an opening place with no day is an aside", monday,
			"In Beirut, Pope Leo XIV celebrated Mass before a crowd.",
			[]string{"Pope Leo XIV"}, map[string]int{"Pope Leo XIV": 0}, nil, nil},
		{"an opening place and day before what someone said is no stay", monday,
			"In Beirut on Sunday, Pope Leo XIV said the region needed peace.",
			[]string{"Pope Leo XIV"}, map[string]int{"Pope Leo XIV": 0}, []string{"on Sunday", "2026-03-01"}, nil},
		{"a plan called off in a past narrative: the month gone by", november,
			"Elon Musk had been expected to meet Narendra Modi in New Delhi in April but postponed the trip.",
			[]string{"Elon Musk", "Narendra Modi"}, map[string]int{"Elon Musk": 0, "Narendra Modi": 1}, []string{"April", "2027-04"},
			[]want{{"Elon Musk", "New Delhi", "India", "2026-04", "", newsbot.StatusCancelled, []string{"Narendra Modi"}}}},
		{"a plan just put off that had been planned: the month ahead", november,
			"Elon Musk has postponed a visit to New Delhi that had been planned for April.",
			[]string{"Elon Musk"}, map[string]int{"Elon Musk": 0}, []string{"April", "2027-04"},
			[]want{{"Elon Musk", "New Delhi", "India", "2027-04", "", newsbot.StatusCancelled, nil}}},
		{"a skip with no day takes the day of the plan denied", monday,
			"Marco Rubio to skip G20 ministers' meeting in Johannesburg. Marco Rubio will not attend this week's meeting of G20 foreign ministers in Johannesburg, the State Department said.",
			[]string{"Marco Rubio"}, map[string]int{"Marco Rubio": 0}, []string{"this week", "2026-W10"},
			[]want{{"Marco Rubio", "Johannesburg", "South Africa", "2026-W10", "", newsbot.StatusCancelled, nil}}},
		{"addressing a forum by video is no journey", monday,
			"Antonio Guterres will address the Pacific Islands Forum in Honiara by video on Friday, his spokesman said.",
			[]string{"Antonio Guterres"}, map[string]int{"Antonio Guterres": 0}, []string{"on Friday", "2026-03-06"}, nil},
		{"addressing a forum in person is one", monday,
			"Antonio Guterres will address the Pacific Islands Forum in Honiara on Friday, his spokesman said.",
			[]string{"Antonio Guterres"}, map[string]int{"Antonio Guterres": 0}, []string{"on Friday", "2026-03-06"},
			[]want{{"Antonio Guterres", "Honiara", "Solomon Islands", "2026-03-06", "", newsbot.StatusScheduled, nil}}},
		{"in a city he is due to meet: the meeting is there", monday,
			"Tobias Lindner will travel to Riyadh on Sunday and to Abu Dhabi on Tuesday. In Riyadh he is due to meet Faisal bin Farhan.",
			[]string{"Tobias Lindner", "Faisal bin Farhan"}, map[string]int{"Tobias Lindner": 0, "Faisal bin Farhan": 1, "he": 0}, []string{"on Sunday", "2026-03-08", "on Tuesday", "2026-03-10"},
			[]want{
				{"Tobias Lindner", "Riyadh", "Saudi Arabia", "2026-03-08", "", newsbot.StatusScheduled, []string{"Faisal bin Farhan"}},
				{"Tobias Lindner", "Abu Dhabi", "United Arab Emirates", "2026-03-10", "", newsbot.StatusScheduled, nil}}},
		{"a trip to a named gathering in a town", monday,
			"Daniel Noboa has cancelled his trip to the World Economic Forum in Davos next month, his office said on Monday. Gabriela Sommerfeld will attend in his place.",
			[]string{"Daniel Noboa", "Gabriela Sommerfeld"}, map[string]int{"Daniel Noboa": 0, "Gabriela Sommerfeld": 1, "his": 0}, []string{"next month", "2026-04", "on Monday", "2026-03-02"},
			[]want{
				{"Daniel Noboa", "Davos", "Switzerland", "2026-04", "", newsbot.StatusCancelled, nil},
				{"Gabriela Sommerfeld", "Davos", "Switzerland", "2026-04", "", newsbot.StatusScheduled, nil}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cast := castOf(tt.text, tt.names, tt.forms)
			got := Find(tt.text, tt.pub, cast, tx(tt.text, tt.tx...))
			check(t, got, tt.want)
		})
	}
}
