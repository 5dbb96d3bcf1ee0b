package timex

import (
	"testing"
	"time"
)

// nov19 is a Thursday.
var nov19 = time.Date(2026, 11, 19, 9, 0, 0, 0, time.UTC)

// ownClauseCases: the tense that dates a weekday or a month is its own
// clause's, read from the verb before it, not that of a trailing appositive,
// relative clause or aside, and not that of a verb hidden behind a list of
// places joined by "and".
var ownClauseCases = []freshCase{
	// Future clause, past or present trailing appositive/relative clause.
	{"wd appositive", nov19, "The presiding judge said the panel would visit the site and the nearby villages of Ede and Wageningen on Tuesday to see conditions for themselves, a step courts take only rarely.", "Tuesday", "2026-11-24"},
	{"wd appositive", nov19, "Union leaders said members would walk out at three depots and two stations on Friday, a move that stranded commuters last year.", "Friday", "2026-11-20"},
	{"wd appositive", nov19, "She said the team would fly to Lagos and the cities of Abuja and Kano on Wednesday to meet officials, a trip aides described as routine.", "Wednesday", "2026-11-25"},
	{"wd appositive", nov19, "Inspectors plan to return to the mine and the flooded shafts on Monday to assess the damage, which engineers said was worse than feared.", "Monday", "2026-11-23"},
	{"wd appositive", nov19, "The council said it will vote on the plan on Monday, which critics say is too late.", "Monday", "2026-11-23"},
	{"wd appositive", nov19, "The minister is to tour flood-hit towns in the north on Saturday — the first such visit since 2019 — aides said.", "Saturday", "2026-11-21"},
	{"wd appositive", nov19, "The regulator will publish its findings on Wednesday, a date that investors had circled for months.", "Wednesday", "2026-11-25"},
	{"wd appositive", nov19, "Delegates will travel to Geneva and Bern on Tuesday (a trip that was arranged last month).", "Tuesday", "2026-11-24"},
	{"wd appositive", nov19, "The airline said flights to Lisbon and Porto would resume on Monday, a decision that unions criticised.", "Monday", "2026-11-23"},
	{"wd appositive", nov19, "Prosecutors will question the mayor and two of her aides on Friday, a step the defence called a stunt.", "Friday", "2026-11-20"},
	// Past clause, future trailing clause.
	{"wd past", nov19, "The panel visited the plant and the villages on Tuesday to see conditions for themselves, a step courts will rarely take again.", "Tuesday", "2026-11-17"},
	{"wd past", nov19, "The council voted on the plan on Monday, which critics say will come too late.", "Monday", "2026-11-16"},
	{"wd past", nov19, "Police arrested two men in Velsen and Beverwijk on Sunday, a day after the protest that organisers say will continue.", "Sunday", "2026-11-15"},
	{"wd past", nov19, "The judges toured the site and the harbour on Tuesday (a visit the company will appeal against).", "Tuesday", "2026-11-17"},
	{"wd past", nov19, "Firefighters evacuated the school and three nearby homes on Monday, a precaution that will stay in place until the weekend.", "Monday", "2026-11-16"},
	// A quotation's verbs do not date a day in the report after it; a
	// quotation the reporter's own clause runs through still does.
	{"wd quoted", nov19, "\"We will not back down,\" said Jane Roe, the union leader, on Monday.", "Monday", "2026-11-16"},
	{"wd quoted", nov19, "“The talks will go on,” said Omar Haddad, a spokesman for the port authority, on Tuesday.", "Tuesday", "2026-11-17"},
	{"wd quoted", nov19, "“We are ready to sign,” the minister told reporters in Ankara on Wednesday.", "Wednesday", "2026-11-18"},
	{"wd quoted", nov19, "The critic wrote that there \"might well be\" a clean sweep for the film on Saturday night.", "Saturday night", "2026-11-21TNI"},
	// A day or month joined by "and" to another keeps its own reading.
	{"wd list", nov19, "The festival runs between 6 and 12 December in the old port.", "12 December", "2026-12-12"},
}

func TestOwnClauseTense(t *testing.T) {
	for _, c := range append(append(ownClauseCases, ownClauseAsides...), ownClauseMonths...) {
		got := "(none)"
		for _, x := range Tag(c.sentence, c.dct) {
			if x.Text == c.text {
				got = x.Value
				break
			}
		}
		if got != c.val {
			t.Errorf("%s, published %s: %q\n%q = %s, want %s", c.class, c.dct.Format("Mon 2 Jan"), c.sentence, c.text, got, c.val)
		}
	}
}

// ownClauseAsides: a timex in a verbless clause ("after the hearing on
// Tuesday") takes the verb before it, not one in a trailing aside.
var ownClauseAsides = []freshCase{
	{"wd aside", nov19, "The judge said the panel would inspect the site after the hearing on Tuesday, a step courts take rarely.", "Tuesday", "2026-11-24"},
	{"wd aside", nov19, "The court will rule on the case when judges reconvene on Tuesday, which lawyers say is too soon.", "Tuesday", "2026-11-24"},
	{"wd aside", nov19, "The bank would announce its decision after markets close on Tuesday, a practice it adopted in 2019.", "Tuesday", "2026-11-24"},
	{"wd aside", nov19, "The union will strike at the port, the airport and the rail depots on Monday, a tactic it used in 2022.", "Monday", "2026-11-23"},
	{"wd aside", nov19, "Officials will meet in Geneva before the deadline on Tuesday, a date set by the council.", "Tuesday", "2026-11-24"},
	{"wd aside", nov19, "The judge inspected the site after the hearing on Tuesday, a step courts will take more often.", "Tuesday", "2026-11-17"},
	{"wd aside", nov19, "The mayor will visit the districts where residents have been stranded since Tuesday, aides said.", "Tuesday", "2026-11-17"},
	{"wd aside", nov19, "The prime minister will meet the king and his advisers on Tuesday, a meeting that was postponed twice.", "Tuesday", "2026-11-24"},
	{"wd aside", nov19, "Lawmakers in Ohio and Texas passed the bill on Monday, which critics say will cost billions.", "Monday", "2026-11-16"},
	{"wd aside", nov19, "The regulator told the company to shut the plant and the two smelters by Tuesday, a deadline it missed last year.", "Tuesday", "2026-11-24"},
	{"wd subject", nov19, "Organisers said Tuesday's march, the biggest planned this year, would go ahead despite the ban.", "Tuesday", "2026-11-24"},
	{"wd subject", nov19, "The league said that Saturday's derby, which sold out in an hour, will be played behind closed doors.", "Saturday", "2026-11-21"},
	{"wd subject", nov19, "Police said Sunday's match would be policed by 400 officers.", "Sunday", "2026-11-22"},
	{"wd subject", nov19, "Organisers said Tuesday's march, the biggest this year, passed off peacefully.", "Tuesday", "2026-11-17"},
	{"wd subject", nov19, "Organisers said Monday's march had been called off.", "Monday", "2026-11-23"},
	{"wd called off", nov19, "The club said fans who had bought tickets for Monday's match, which was postponed, would get refunds.", "Monday", "2026-11-23"},
	{"wd called off", nov19, "Families who had booked seats for Saturday's parade, which has been cancelled, were offered vouchers.", "Saturday", "2026-11-21"},
	{"wd called off", nov19, "Sunday's rally, which was postponed twice, drew thousands to the square.", "Sunday", "2026-11-15"},
	{"wd aside", nov19, "Crews will repair the line between the depot and the station on Monday, the operator said.", "Monday", "2026-11-23"},
}

// ownClauseMonths: bare months in past clauses, in future clauses, under a
// wish or promise, and after "after" + gerund.
var ownClauseMonths = []freshCase{
	{"month past", nov19, "The company cut 200 jobs at its plant in Ohio in August, a spokesman said.", "August", "2026-08"},
	{"month past", nov19, "The strike, which began in August, will continue until the end of the year, union leaders said.", "August", "2026-08"},
	{"month past", nov19, "Workers who were laid off in September will receive compensation, the company said.", "September", "2026-09"},
	{"month past", nov19, "The firm said it would appeal against the ruling, which was issued in August.", "August", "2026-08"},
	{"month past", nov19, "Talks with creditors, which stalled in September, are expected to resume in January.", "September", "2026-09"},
	{"month past", nov19, "He will be sentenced next month after pleading guilty in September.", "September", "2026-09"},
	{"month past", nov19, "The union demanded a pay rise of 8 percent in March.", "March", "2026-03"},
	{"month past", nov19, "The board wanted a new chief executive in place by April.", "April", "2026-04"},
	{"month future", nov19, "The club hopes to strengthen its defence in the January window.", "January", "2027-01"},
	{"month future", nov19, "Inspectors will carry out assessments in December, the ministry said.", "December", "2026-12"},
	{"month future", nov19, "The ministry said schools would face fresh assessments in December.", "December", "2026-12"},
	{"month future", nov19, "Parliament is expected to vote on the bill in February, a timetable critics call rushed.", "February", "2027-02"},
	{"month future", nov19, "Any new signings will have to wait until the January window.", "January", "2027-01"},
	{"month future", nov19, "Talks with creditors, which stalled in September, are expected to resume in January.", "January", "2027-01"},
	{"month future", nov19, "Bosses admitted that the squad needed strengthening in the January window.", "January", "2027-01"},
	{"month future", nov19, "The government has promised a decision on the airport in January.", "January", "2027-01"},
	{"month future", nov19, "Officials said the plant would undergo safety assessments in December, a step regulators rarely take.", "December", "2026-12"},
	{"month future", nov19, "The astronaut will return to Earth in February after spending six months in orbit.", "February", "2027-02"},
}
