package timex

import (
	"strings"
	"testing"
)

func TestTense(t *testing.T) {
	tests := []struct {
		sentence string
		want     TenseKind
	}{
		{"The foreign minister traveled to Nairobi on Monday to meet his Kenyan counterpart.", Past},
		{"She is also scheduled to visit Lagos on Friday.", Future},
		{"The chancellor will later make a short stop in Vienna.", Future},
		{"On Thursday, the president will have lunch with the king before meeting the cabinet.", Future},
		{"The envoy is visiting Seoul next week.", Future},
		{"A spokesman said the delegation will fly to Ottawa.", Future},
		{"The delegation has arrived in Canberra.", Past},
		{"The talks were postponed after the storm.", Past},
		{"She says the plan works.", Present},
		{"The mayor is expected to announce the budget.", Future},
		{"The senator met union leaders and told them the bill was dead.", Past},
		{"Officials are going to review the contract.", Future},
		{"The court had already adjourned when the lawyers arrived.", Past},
		{"Ministers would meet again if the talks failed.", Future},
		{"The governor, who flew to Denver last week, expects a deal.", Present},
		{"The proposed tariffs remain in place.", Present},
		{"Nobody knows.", Present},
		{"On the plane, the minister told reporters that there are opportunities.", Past},
		{"The summit is \u201cgoing to be a turning point,\u201d the envoy declared.", Future},
		{"The publisher, who is facing years in prison, denies the charges.", Present},
		{"", Present},
	}
	for _, tt := range tests {
		if got := Tense(tt.sentence); got != tt.want {
			t.Errorf("Tense(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// TestClauseTenseAhead: clauses whose verb looks ahead of the main one.
func TestClauseTenseAhead(t *testing.T) {
	tests := []struct {
		sentence, at string
		want         TenseKind
	}{
		{"Unions were invited to talks on Thursday, the ministry said.", "Thursday", Future},
		{"She plans to travel to Rome on Thursday.", "Thursday", Future},
		{"The government intends to publish the bill on Friday.", "Friday", Future},
		{"The tariffs, which take effect on Monday, were announced by the White House.", "Monday", Present},
		{"The tariffs, which were announced on Tuesday, take effect on Monday.", "Monday", Present},
		{"The programme will see him received by the king on Tuesday.", "Tuesday", Future},
		{"Her plans to visit Rome on Thursday were dropped.", "Thursday", Past},
		{"He had been invited to speak at the conference in November.", "November", Present},
	}
	for _, tt := range tests {
		if got := ClauseTense(tt.sentence, strings.Index(tt.sentence, tt.at)); got != tt.want {
			t.Errorf("ClauseTense(%q, %q) = %v, want %v", tt.sentence, tt.at, got, tt.want)
		}
	}
}

func TestClauseTense(t *testing.T) {
	s := "The minister told reporters on Wednesday that she will visit the plant on Friday."
	tests := []struct {
		at   string
		want TenseKind
	}{
		{"Wednesday", Past},
		{"Friday", Future},
	}
	for _, tt := range tests {
		if got := ClauseTense(s, strings.Index(s, tt.at)); got != tt.want {
			t.Errorf("ClauseTense(%q) = %v, want %v", tt.at, got, tt.want)
		}
	}
}
