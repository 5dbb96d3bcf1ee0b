package trips

import (
	"testing"

	newsbot "github.com/newsroom/newsbot"
)

// TestAuditTravelVerbExtras: a travel verb keeps its destination when a
// word of manner or direction sits between the verb and "to".
func TestAuditTravelVerbExtras(t *testing.T) {
	runWireCases(t, []wireCase{
		{"flew on to", "2026-04-08",
			"Japanese Prime Minister Kenji Sato flew on to Hanoi on Tuesday after two days of talks in Manila.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-07", "", newsbot.StatusDone, nil}}},
		{"will travel straight to", "2026-04-08",
			"French President Claire Dubois will travel straight to Geneva on Friday for the peace conference, her office said.",
			[]want{{"Claire Dubois", "Geneva", "Switzerland", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"will fly north to", "2026-04-08",
			"Australian Prime Minister Tom Walsh will fly north to Darwin on Thursday to inspect flood damage.",
			[]want{{"Tom Walsh", "Darwin", "Australia", "2026-04-09", "", newsbot.StatusScheduled, nil}}},
		{"went on to", "2026-04-08",
			"German Chancellor Markus Weber went on to Lyon on Monday to meet regional leaders.",
			[]want{{"Markus Weber", "Lyon", "France", "2026-04-06", "", newsbot.StatusDone, nil}}},
		{"will travel onward to", "2026-04-08",
			"Canadian Prime Minister Anne Tremblay will travel onward to Seoul on Saturday, officials said.",
			[]want{{"Anne Tremblay", "Seoul", "South Korea", "2026-04-11", "", newsbot.StatusScheduled, nil}}},
		{"is flying out to", "2026-04-08",
			"British Foreign Secretary Helen Price is flying out to Cairo on Thursday for talks on the ceasefire.",
			[]want{{"Helen Price", "Cairo", "Egypt", "2026-04-09", "", newsbot.StatusScheduled, nil}}},
	})
}

// TestAuditStaffTravels: a person's staff travelling is no leg of theirs.
func TestAuditStaffTravels(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the leader's team flies ahead", "2026-04-08",
			"Japanese Prime Minister Kenji Sato will stay in Tokyo this week. Sato's team will fly to Hanoi on Thursday to prepare the summit.",
			nil},
	})
}

// TestAuditCoupleTravels: "the couple" after two named travellers gives
// a leg for each.
func TestAuditCoupleTravels(t *testing.T) {
	runWireCases(t, []wireCase{
		{"king and queen then the couple", "2026-04-08",
			"King Charles and Queen Camilla flew to Sydney on Monday. The couple arrived in Canberra on Tuesday.",
			[]want{
				{"King Charles", "Sydney", "Australia", "2026-04-06", "", newsbot.StatusDone, nil},
				{"Queen Camilla", "Sydney", "Australia", "2026-04-06", "", newsbot.StatusDone, nil},
				{"King Charles", "Canberra", "Australia", "2026-04-07", "", newsbot.StatusDone, nil},
				{"Queen Camilla", "Canberra", "Australia", "2026-04-07", "", newsbot.StatusDone, nil}}},
	})
}

// TestAuditWelcomeCeremony: a welcome where the traveller arrived is a leg
// on its day.
func TestAuditWelcomeCeremony(t *testing.T) {
	runWireCases(t, []wireCase{
		{"welcomed with a ceremony at the palace", "2026-04-08",
			"Japanese Prime Minister Kenji Sato was welcomed with a ceremony at the presidential palace in Hanoi on Monday.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-06", "", newsbot.StatusDone, nil}}},
		{"a plan welcomed in a capital", "2026-04-08",
			"Japanese Prime Minister Kenji Sato unveiled the plan on Monday. The plan was welcomed in Hanoi on Tuesday.",
			nil},
	})
}

// TestAuditDelegationLeader: "the delegation" travels with the one named
// as leading it.
func TestAuditDelegationLeader(t *testing.T) {
	runWireCases(t, []wireCase{
		{"the delegation arrived", "2026-04-08",
			"Indian Foreign Minister Priya Rao is leading a trade delegation to East Africa this week. The delegation arrived in Nairobi on Monday.",
			[]want{{"Priya Rao", "Nairobi", "Kenya", "2026-04-06", "", newsbot.StatusDone, nil}}},
		{"a delegation with no head named", "2026-04-08",
			"Indian Foreign Minister Priya Rao criticised the tariffs on Monday. A trade delegation arrived in Nairobi on Tuesday.",
			nil},
	})
}

// TestAuditDeniedThenBut: a plan denied for one day but kept for another
// ("will not fly to Vienna on Thursday but will arrive in the city on
// Friday") is a leg on the kept day, at the denied place.
func TestAuditDeniedThenBut(t *testing.T) {
	runWireCases(t, []wireCase{
		{"not on Thursday but on Friday, in the city", "2026-04-08",
			"Japanese Prime Minister Kenji Sato will not fly to Vienna on Thursday but will arrive in the city on Friday.",
			[]want{{"Kenji Sato", "Vienna", "Austria", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"not as planned but there on Friday", "2026-04-08",
			"Japanese Prime Minister Kenji Sato will not travel to Vienna on Thursday as planned but will join the talks there on Friday.",
			[]want{{"Kenji Sato", "Vienna", "Austria", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"not travelling, the day named in the but clause", "2026-04-08",
			"British Foreign Secretary Helen Price will not travel on Thursday but will join the talks in Vienna on Friday.",
			[]want{{"Helen Price", "Vienna", "Austria", "2026-04-10", "", newsbot.StatusScheduled, nil}}},
		{"nothing kept", "2026-04-08",
			"Japanese Prime Minister Kenji Sato will not fly to Vienna on Thursday, his office said.",
			nil},
	})
}

// TestAuditCounterpartsOwnSentence: a leg's counterparts come from its
// own sentence or a "where he met" continuation, never from a meeting of
// others told next.
func TestAuditCounterpartsOwnSentence(t *testing.T) {
	runWireCases(t, []wireCase{
		{"others meet the next day", "2026-04-08",
			"Japanese Prime Minister Kenji Sato arrived in Hanoi on Monday for talks. On Tuesday, Vietnamese President Vo Van Thuong met Chinese Premier Li Qiang.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-06", "", newsbot.StatusDone, nil}}},
		{"the host speaks next", "2026-04-08",
			"Japanese Prime Minister Kenji Sato will travel to Hanoi on Monday to meet leaders. Vietnamese President Vo Van Thuong said he looked forward to the talks.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-13", "", newsbot.StatusScheduled, nil}}},
		{"a where-he-met continuation", "2026-04-08",
			"Japanese Prime Minister Kenji Sato flew to Hanoi on Monday, where he met Vietnamese President Vo Van Thuong and Prime Minister Pham Minh Chinh.",
			[]want{{"Kenji Sato", "Hanoi", "Vietnam", "2026-04-06", "", newsbot.StatusDone, []string{"Vo Van Thuong", "Pham Minh Chinh"}}}},
	})
}
