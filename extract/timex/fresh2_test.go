package timex

// freshBlind are sentences written after the rules of plans.go and
// anaphora.go, before running the tagger on them: a check that the rules
// generalise beyond the sentences they were written against.
var freshBlind = []freshCase{
	// 1
	{"1 reported", nov24, "The health secretary told MPs the new guidance would be published on Thursday.", "Thursday", "2026-11-26"},
	{"1 reported", nov26, "Organisers said the parade would still go ahead on Sunday despite the forecast.", "Sunday", "2026-11-29"},
	{"1 reported", nov27, "A spokesperson for the royal household confirmed the king would travel to Canada on Tuesday.", "Tuesday", "2026-12-01"},
	{"1 reported", nov28, "The central bank signalled that it planned to raise rates at its meeting on Wednesday.", "Wednesday", "2026-12-02"},
	{"1 reported", nov25, "Rescue teams said they hoped to reach the stranded climbers on Friday.", "Friday", "2026-11-27"},
	{"1 reported", nov27, "The defence ministry said the frigate was due in port on Monday.", "Monday", "2026-11-30"},
	{"1 reported", nov26, "Hospital bosses warned that staff would walk out on Monday unless the dispute was settled.", "Monday", "2026-11-30"},
	{"1 reported", nov27, "The league said the match would be replayed on Tuesday behind closed doors.", "Tuesday", "2026-12-01"},
	{"1 past", nov27, "The league said the match was replayed on Tuesday behind closed doors.", "Tuesday", "2026-11-24"},
	{"1 past", nov26, "Rescue teams said they reached the stranded climbers on Monday.", "Monday", "2026-11-23"},
	{"1 past", nov27, "The minister said on Tuesday that the plan would save money.", "Tuesday", "2026-11-24"},
	{"1 past", nov27, "She told the inquiry she had wanted to resign on Monday.", "Monday", "2026-11-23"},
	// 2
	{"2 cancelled", nov24, "Thursday's rally in the capital has been cancelled amid security fears.", "Thursday", "2026-11-26"},
	{"2 cancelled", nov25, "The final, due to be played on Saturday, was postponed because of flooding.", "Saturday", "2026-11-28"},
	{"2 cancelled", nov23, "A visit by the crown prince scheduled for Friday has been called off.", "Friday", "2026-11-27"},
	{"2 cancelled", nov26, "Sunday's Grand Prix was cancelled after torrential rain.", "Sunday", "2026-11-29"},
	{"2 cancelled", nov26, "The airline has scrapped its Monday service to Belfast.", "Monday", "2026-11-30"},
	{"2 cancelled", nov28, "The board meeting on Tuesday has been postponed until January.", "Tuesday", "2026-12-01"},
	{"2 went ahead", nov26, "Sunday's Grand Prix was won by the world champion.", "Sunday", "2026-11-22"},
	{"2 went ahead", nov25, "The board met on Monday and cancelled the dividend.", "Monday", "2026-11-23"},
	// 3
	{"3 month", nov26, "The airport, which was sold to investors in April, will expand next year.", "April", "2026-04"},
	{"3 month", nov26, "Regulators fined the bank in June.", "June", "2026-06"},
	{"3 month", nov26, "The bank will be fined in June, regulators said.", "June", "2027-06"},
	{"3 month", nov26, "Fares will rise in January.", "January", "2027-01"},
	{"3 month", nov26, "Fares rose in January.", "January", "2026-01"},
	{"3 month", nov26, "The inquiry, set up in May, is due to report in February.", "May", "2026-05"},
	{"3 month", nov26, "The inquiry, set up in May, is due to report in February.", "February", "2027-02"},
	{"3 month", nov26, "The embassy was closed on September 3 after protests.", "September 3", "2026-09-03"},
	{"3 month", nov26, "The embassy will reopen on February 3.", "February 3", "2027-02-03"},
	{"3 month", nov26, "Sales have fallen since May.", "May", "2026-05"},
	{"3 month", nov26, "The ferry service ended last May.", "last May", "2026-05"},
	{"3 month", nov26, "The ferry service resumes next May.", "next May", "2027-05"},
	{"3 month", nov26, "A survey carried out in May found most voters undecided.", "May", "2026-05"},
	// 4
	{"4 negated", nov24, "The chancellor will not go to Davos on Thursday and will instead meet bankers in London on Friday.", "Friday", "2026-11-27"},
	{"4 negated", nov24, "The chancellor will not go to Davos on Thursday and will instead meet bankers in London on Friday.", "Thursday", "2026-11-26"},
	{"4 negated", nov27, "He did not attend Monday's summit but flew to Madrid on Tuesday.", "Tuesday", "2026-11-24"},
	// 5
	{"5 anaphora", nov26, "The queen opened the new wing on Tuesday and visited a school the same day.", "the same day", "2026-11-24"},
	{"5 anaphora", nov26, "The envoy will arrive in Baghdad on Saturday and meet the prime minister that evening.", "that evening", "2026-11-28TEV"},
	{"5 anaphora", nov26, "The ship docked in Lisbon on Monday. The following day, it sailed for Madeira.", "The following day", "2026-11-24"},
	{"5 anaphora", nov26, "Voting closes on Sunday. The day after, the count begins.", "The day after", "2026-11-30"},
	{"5 anaphora", nov26, "The president was admitted to hospital on Tuesday and discharged the next day.", "the next day", "2026-11-25"},
	// 6
	{"6 today", nov26, "The prime minister will make a statement to parliament this afternoon.", "this afternoon", "2026-11-26TAF"},
	{"6 today", nov26, "The team flies home tonight.", "tonight", "2026-11-26TNI"},
	{"6 today", nov26, "The minister is expected to land in Kyiv later on Thursday.", "Thursday", "2026-11-26"},
}
