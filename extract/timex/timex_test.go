package timex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsroom/newsbot/internal/cputime"

	newsbot "github.com/newsroom/newsbot"
)

// dct is the publication date of every test sentence: Wednesday 28 January
// 2026 (ISO week 2026-W05).
var dct = time.Date(2026, 1, 28, 9, 30, 0, 0, time.UTC)

type want struct{ text, typ, val string }

func TestTag(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		want     []want
	}{
		// Bare weekdays follow the tense of their clause.
		{"past weekday is dct", "The foreign secretary traveled to Nairobi on Wednesday to meet ministers.",
			[]want{{"Wednesday", "DATE", "2026-01-28"}}},
		{"past weekday", "The newspaper revealed on Monday that the ministry had been hacked.",
			[]want{{"Monday", "DATE", "2026-01-26"}}},
		{"scheduled", "She is scheduled to visit Mombasa on Friday.",
			[]want{{"Friday", "DATE", "2026-01-30"}}},
		{"will", "The committee will meet on Thursday.",
			[]want{{"Thursday", "DATE", "2026-01-29"}}},
		{"expected", "The president is expected to sign the bill on Monday.",
			[]want{{"Monday", "DATE", "2026-02-02"}}},
		{"progressive", "Negotiators are resuming talks on Saturday.",
			[]want{{"Saturday", "DATE", "2026-01-31"}}},
		{"two clauses", "He told reporters on Tuesday that he will travel to Rome on Friday.",
			[]want{{"Tuesday", "DATE", "2026-01-27"}, {"Friday", "DATE", "2026-01-30"}}},
		{"fronted", "On Thursday, the prime minister will have lunch with the king before meeting the cabinet.",
			[]want{{"Thursday", "DATE", "2026-01-29"}}},
		{"coordinated", "Officials met on Monday and will meet again on Friday.",
			[]want{{"Monday", "DATE", "2026-01-26"}, {"Friday", "DATE", "2026-01-30"}}},
		{"postponed until", "The cup final has been postponed until Saturday because of snow.",
			[]want{{"Saturday", "DATE", "2026-01-31"}}},
		{"lasted until", "The talks lasted until Friday.",
			[]want{{"Friday", "DATE", "2026-01-23"}}},
		{"present simple", "Parliament returns on Monday after the recess.",
			[]want{{"Monday", "DATE", "2026-02-02"}}},
		{"possessive", "Before Friday's vote, the minister said little.",
			[]want{{"Friday", "DATE", "2026-01-23"}}},
		{"weekday part of day", "The attack happened on Sunday night near the border.",
			[]want{{"Sunday night", "TIME", "2026-01-25TNI"}}},
		{"last and next weekday", "The envoy arrived last Friday and leaves next Tuesday.",
			[]want{{"last Friday", "DATE", "2026-01-23"}, {"next Tuesday", "DATE", "2026-02-03"}}},
		{"weekday with date", "The ceremony will take place on Friday, Jan. 30.",
			[]want{{"Friday, Jan. 30", "DATE", "2026-01-30"}}},

		{"due to", "The two leaders are due to sign agreements on Thursday.", []want{{"Thursday", "DATE", "2026-01-29"}}},
		{"scheduled for", "The vote was scheduled for Thursday.", []want{{"Thursday", "DATE", "2026-01-29"}}},
		{"relative clause", "The premier, who met the emperor on Monday, leaves for Osaka on Friday.",
			[]want{{"Monday", "DATE", "2026-01-26"}, {"Friday", "DATE", "2026-01-30"}}},
		{"present timetable", "The publisher's trial resumes on Monday.", []want{{"Monday", "DATE", "2026-02-02"}}},
		{"ambiguous past form", "The storm hit the coast on Saturday.", []want{{"Saturday", "DATE", "2026-01-24"}}},
		{"fronted past", "On Monday, the newspaper revealed that phones had been hacked.", []want{{"Monday", "DATE", "2026-01-26"}}},
		{"evening", "The president hosted a banquet for his guest on Wednesday evening.",
			[]want{{"Wednesday evening", "TIME", "2026-01-28TEV"}}},
		{"midnight weekday", "A ceasefire took effect at midnight on Sunday.",
			[]want{{"midnight", "TIME", "2026-01-25T24:00"}, {"Sunday", "DATE", "2026-01-25"}}},
		{"predicate adjective", "European leaders were quick to offer condolences on Monday.", []want{{"Monday", "DATE", "2026-01-26"}}},
		{"description infinitive", "She became the first woman to win the race on Sunday.", []want{{"Sunday", "DATE", "2026-01-25"}}},
		{"present in other clause", "With a sharp fall in the shares on Sunday, the pressure on the board is growing.",
			[]want{{"Sunday", "DATE", "2026-01-25"}}},
		{"abbreviation then comma", "And on Saturday night, in Tampa, Fla., the campaign manager roughly yanked a reporter's arm.",
			[]want{{"Saturday night", "TIME", "2026-01-24TNI"}}},
		{"plural present", "Voters in Portugal go to the polls on Sunday.", []want{{"Sunday", "DATE", "2026-02-01"}}},
		{"past progressive to", "She did not know he was coming to Tuesday's meeting.", []want{{"Tuesday", "DATE", "2026-01-27"}}},
		{"purpose infinitive in other clause", "The bond rose in price to yield 1.78%, down from 1.80% late on Saturday.",
			[]want{{"Saturday", "DATE", "2026-01-24"}}},
		{"possessive part of day", "His appearance at Wednesday morning's hearing drew crowds.",
			[]want{{"Wednesday morning", "TIME", "2026-01-28TMO"}}},
		{"this weekday", "Voters go to the polls this Sunday.", []want{{"this Sunday", "DATE", "2026-02-01"}}},
		{"newspaper name", "The Sunday Times reported on Monday that the bank would be sold.",
			[]want{{"Monday", "DATE", "2026-01-26"}}},
		{"recurring slot", "She presents the Thursday night show on local radio.", nil},
		{"band name", "The crowd sang along to Happy Mondays.", nil},

		// Calendar units relative to the dct.
		{"last week", "Sales fell sharply last week.", []want{{"last week", "DATE", "2026-W04"}}},
		{"the last week", "Six people were injured in the last week.", []want{{"the last week", "DATE", "2026-W04"}}},
		{"this week", "The bank cut rates this week.", []want{{"this week", "DATE", "2026-W05"}}},
		{"next month", "Prices will rise next month.", []want{{"next month", "DATE", "2026-02"}}},
		{"last and this year", "Unemployment rose last year but is falling this year.",
			[]want{{"last year", "DATE", "2025"}, {"this year", "DATE", "2026"}}},
		{"fiscal year", "The agency must cut $60 million this fiscal year.", []want{{"this fiscal year", "DATE", "2026"}}},
		{"earlier this month", "The minister resigned earlier this month.", []want{{"earlier this month", "DATE", "2026-01"}}},
		{"later this year", "The plant will close later this year.", []want{{"later this year", "DATE", "2026"}}},
		{"end of last year", "The company reported a loss at the end of last year.",
			[]want{{"the end of last year", "DATE", "2025"}}},
		{"end of the year past", "Infections peaked by the end of the year.", []want{{"the end of the year", "DATE", "2025"}}},
		{"end of the year future", "The bridge will open by the end of the year.", []want{{"the end of the year", "DATE", "2026"}}},
		{"ago", "The strike began two weeks ago and the mine closed six years ago.",
			[]want{{"two weeks ago", "DATE", "2026-W03"}, {"six years ago", "DATE", "2020"}}},
		{"yesterday tomorrow", "Markets fell yesterday and may recover tomorrow.",
			[]want{{"yesterday", "DATE", "2026-01-27"}, {"tomorrow", "DATE", "2026-01-29"}}},
		{"today", "The minister speaks today.", []want{{"today", "DATE", "2026-01-28"}}},
		{"today in a name", "A reporter for USA Today spotted her.", nil},
		{"daily in a name", "He spoke on Breitbart News Daily about the war.", nil},
		{"today generic", "Computers solve problems faster than can be done today.", []want{{"today", "DATE", "PRESENT_REF"}}},

		// Months and dates.
		{"month past", "A court convicted him in December.", []want{{"December", "DATE", "2025-12"}}},
		{"month future", "The summit will be held in December.", []want{{"December", "DATE", "2026-12"}}},
		{"month through", "The company said it had chosen three start-ups for a program to run through June.",
			[]want{{"June", "DATE", "2026-06"}}},
		{"infinitive after past", "The ministers agreed to meet again in March.", []want{{"March", "DATE", "2026-03"}}},
		{"month present", "The order can be overturned if a rival is elected in November.", []want{{"November", "DATE", "2026-11"}}},
		{"early month", "The outbreak started in early December.", []want{{"early December", "DATE", "2025-12"}}},
		{"late last month", "The boy went missing late last July.", []want{{"late last July", "DATE", "2025-07"}}},
		{"abbreviated date", "The report will be published on Jan. 30.", []want{{"Jan. 30", "DATE", "2026-01-30"}}},
		{"past abbreviated", "The factory closed on Jan. 12.", []want{{"Jan. 12", "DATE", "2026-01-12"}}},
		{"day month year", "Elections are set for 30 January 2026.", []want{{"30 January 2026", "DATE", "2026-01-30"}}},
		{"month day year", "The verdict came on January 30, 2025.", []want{{"January 30, 2025", "DATE", "2025-01-30"}}},
		{"month year", "The raid took place in May 2010.", []want{{"May 2010", "DATE", "2010-05"}}},
		{"modal may", "Prices may rise, Theresa May said.", nil},
		{"ordinal day", "The deadline is the 15th of March.", []want{{"15th of March", "DATE", "2026-03-15"}}},
		{"day month", "The court will rule on 30th January.", []want{{"30th January", "DATE", "2026-01-30"}}},
		{"weekday day month", "Voting starts on Friday 30 January.", []want{{"Friday 30 January", "DATE", "2026-01-30"}}},
		{"abbreviation without stop", "Results are due on Sept 14.", []want{{"Sept 14", "DATE", "2026-09-14"}}},
		{"month day near", "Officials cancelled a scheduled Dec. 15 increase in tariffs.", []want{{"Dec. 15", "DATE", "2025-12-15"}}},
		{"month day ahead", "The panel said the rules took effect on March 2.", []want{{"March 2", "DATE", "2026-03-02"}}},
		{"iso date", "The filing is dated 2025-11-04.", []want{{"2025-11-04", "DATE", "2025-11-04"}}},

		// Years, decades, centuries, quarters, seasons.
		{"year", "Beijing passed the law in 2020.", []want{{"2020", "DATE", "2020"}}},
		{"year range", "The 1957-58 expedition crossed the ice; the pandemic of 2009-2010 was mild.",
			[]want{{"1957", "DATE", "1957"}, {"58", "DATE", "1958"}, {"2009", "DATE", "2009"}, {"2010", "DATE", "2010"}}},
		{"counts are not years", "More than 2000 people marched and $1500 was raised.", nil},
		{"decade", "The 1990s were a time of growth.", []want{{"The 1990s", "DATE", "199"}}},
		{"short decade", "Rents have not been this high since the '80s.", []want{{"the '80s", "DATE", "198"}}},
		{"century", "She was one of the great writers of the 20th century.", []want{{"the 20th century", "DATE", "19"}}},
		{"quarter past", "Profits rose in the fourth quarter.", []want{{"the fourth quarter", "DATE", "2025-Q4"}}},
		{"quarter future", "Sales are expected to recover in the second quarter.", []want{{"the second quarter", "DATE", "2026-Q2"}}},
		{"quarter without tense", "A weak fourth quarter points to slower growth.", []want{{"fourth quarter", "DATE", "2025-Q4"}}},
		{"quarter of year", "Output shrank in the third quarter of 2024.", []want{{"the third quarter of 2024", "DATE", "2024-Q3"}}},
		{"this weekend past", "Soldiers cleared barricades this weekend.", []want{{"this weekend", "DATE", "2026-W04-WE"}}},
		{"seasons", "The festival returns next summer after a wet one last summer.",
			[]want{{"next summer", "DATE", "2026-SU"}, {"last summer", "DATE", "2025-SU"}}},
		{"mid year", "The line should open by mid-2027.", []want{{"mid-2027", "DATE", "2027"}}},

		// Reference words.
		{"now", "The economy is now growing and inflation is currently low.",
			[]want{{"now", "DATE", "PRESENT_REF"}, {"currently", "DATE", "PRESENT_REF"}}},
		{"the past", "In the past, he has refused to apologise.", []want{{"the past", "DATE", "PAST_REF"}}},
		{"at the time", "The ship was in international waters at the time.", []want{{"at the time", "DATE", "PAST_REF"}}},
		{"later future", "The chancellor will later make a short stop in Vienna.", []want{{"later", "DATE", "FUTURE_REF"}}},
		{"later past", "The spokesman said later that the figures were wrong.", nil},
		{"later purpose", "She was the first heroine to leave the comics and later inspire a TV series.", nil},
		{"earlier in the day", "The deal was signed on Monday. Earlier in the day, shares rose.",
			[]want{{"Monday", "DATE", "2026-01-26"}, {"Earlier in the day", "DATE", "2026-01-26"}}},

		// Durations.
		{"durations", "The ban lasted three days, the inquiry a decade and the sentence 10 years.",
			[]want{{"three days", "DURATION", "P3D"}, {"a decade", "DURATION", "P10Y"}, {"10 years", "DURATION", "P10Y"}}},
		{"past several months", "Inflation has risen over the past several months.",
			[]want{{"the past several months", "DURATION", "PXM"}}},
		{"recent months", "Several leaders have visited the capital in recent months.", []want{{"recent months", "DURATION", "PXM"}}},
		{"the next few", "Carriers will file prices over the next few months.", []want{{"the next few months", "DURATION", "PXM"}}},
		{"hyphenated", "A four-week closure begins soon.", []want{{"four-week", "DURATION", "P4W"}}},
		{"range of durations", "The buyback could take between 12 and 18 months.",
			[]want{{"12", "DURATION", "P12M"}, {"18 months", "DURATION", "P18M"}}},
		{"hours", "He was held for 24 hours and questioned for an hour.",
			[]want{{"24 hours", "DURATION", "PT24H"}, {"an hour", "DURATION", "PT1H"}}},
		{"adjective between", "Unemployment has fallen for six consecutive months.", []want{{"six consecutive months", "DURATION", "P6M"}}},
		{"hyphenated after the", "The 24-hour strike ended.", []want{{"24-hour", "DURATION", "PT24H"}}},
		{"almost", "She held the post for almost seven years.", []want{{"almost seven years", "DURATION", "P7Y"}}},
		{"bare plural", "The oil companies blocked the rules for years.", []want{{"years", "DURATION", "PXY"}}},
		{"ages are not durations", "The 22-year-old son and children aged 6 months were rescued.", nil},
		{"race time", "He won the marathon, finishing in 3:07:35.", []want{{"3:07:35", "DURATION", "PT3H7M35S"}}},

		// Sets.
		{"every", "Inspectors visit the site every week and test the water each season.",
			[]want{{"every week", "SET", "XXXX-WXX"}, {"each season", "SET", "XXXX-XX"}}},
		{"every weekday", "Every Friday, protesters gather outside the embassy.", []want{{"Every Friday", "SET", "XXXX-WXX-5"}}},
		{"annually", "The committee spends billions annually.", []want{{"annually", "SET", "XXXX"}}},
		{"once a week", "The board meets once a week.", []want{{"once a week", "SET", "P1W"}}},
		{"rate", "The field pumps 80,000 barrels a day.", []want{{"a day", "SET", "P1D"}}},
		{"money rate", "The division was losing about $1m a week.", []want{{"a week", "SET", "P1W"}}},
		{"paper name", "The Daily Telegraph said daily sales fell.", []want{{"daily", "SET", "XXXX-XX-XX"}}},

		// Times.
		{"pm", "The vote is at 3 p.m.", []want{{"3 p.m.", "TIME", "2026-01-28T15:00"}}},
		{"british time", "The polls close at 10.30pm.", []want{{"10.30pm", "TIME", "2026-01-28T22:30"}}},
		{"this morning", "The minister spoke to the BBC this morning.", []want{{"this morning", "TIME", "2026-01-28TMO"}}},
		{"last night", "The rebels attacked last night.", []want{{"last night", "TIME", "2026-01-27TNI"}}},
		{"time and day", "Kick-off is at 15:00 GMT on Friday.",
			[]want{{"15:00 GMT", "TIME", "2026-01-30T15:00"}, {"Friday", "DATE", "2026-01-30"}}},
		{"time day adjacent", "The game was moved to 8 pm Saturday.", []want{{"8 pm Saturday", "TIME", "2026-01-31T20:00"}}},
		{"four-digit clock", "The euro was trading at $1.36 at 1800 GMT on Monday.",
			[]want{{"1800 GMT", "TIME", "2026-01-26T18:00"}, {"Monday", "DATE", "2026-01-26"}}},
		{"local time", "At 9:30 a.m. local time on Tuesday, the market opened.",
			[]want{{"9:30 a.m. local time", "TIME", "2026-01-27T09:30"}, {"Tuesday", "DATE", "2026-01-27"}}},
		{"afternoon", "He departed on Friday afternoon.", []want{{"Friday afternoon", "TIME", "2026-01-23TAF"}}},

		// Anaphora to the story's reference time.
		{"the day before", "He vanished in August 2025. The day before he vanished, he wrote to his son.",
			[]want{{"August 2025", "DATE", "2025-08"}, {"The day", "DATE", "2025-XX-XX"}}},
		{"attributive date keeps reference", "The hearing ended on Monday. It covered Trump's July 25 call. Later in the day, a second witness spoke.",
			[]want{{"Monday", "DATE", "2026-01-26"}, {"July 25", "DATE", "2025-07-25"}, {"Later in the day", "DATE", "2026-01-26"}}},
		{"ordinal day", "We got across on the 99th day.", []want{{"the 99th day", "DATE", "XXXX-XX-XX"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tag(tt.sentence, dct)
			checkOffsets(t, tt.sentence, got)
			var g []want
			for _, x := range got {
				g = append(g, want{x.Text, x.Type, x.Value})
			}
			if fmt.Sprint(g) != fmt.Sprint(tt.want) {
				t.Errorf("Tag(%q)\n got %v\nwant %v", tt.sentence, g, tt.want)
			}
		})
	}
}

// TestTagDCT checks that the same words resolve against another dct.
func TestTagDCT(t *testing.T) {
	fri := time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC)
	tests := []struct{ sentence, text, val string }{
		{"The singer died on Wednesday after a long illness.", "Wednesday", "2013-03-20"},
		{"The agency announced on Friday that it will close the towers.", "Friday", "2013-03-22"},
		{"The phased closure will begin on April 7.", "April 7", "2013-04-07"},
		{"His memoir is due to be published in May.", "May", "2013-05"},
		{"The firm agreed to sell its stake in October.", "October", "2012-10"},
		{"The season peaked by the end of year.", "the end of year", "2012"},
		{"He was accused of faking his death last summer.", "last summer", "2012-SU"},
		{"Memorial said inspectors seized documents on Thursday.", "Thursday", "2013-03-21"},
		{"Officials cancelled a scheduled April 15 increase in fees.", "April 15", "2013-04-15"},
		{"The agency cut its forecast on March 4.", "March 4", "2013-03-04"},
	}
	for _, tt := range tests {
		got := Tag(tt.sentence, fri)
		found := false
		for _, x := range got {
			if x.Text == tt.text {
				found = true
				if x.Value != tt.val {
					t.Errorf("%q: %q = %s, want %s", tt.sentence, tt.text, x.Value, tt.val)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q not found in %v", tt.sentence, tt.text, got)
		}
	}
}

func checkOffsets(t testing.TB, text string, got []newsbot.Timex) {
	t.Helper()
	prev := 0
	for _, x := range got {
		if x.Start < prev || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("bad offsets %d:%d (prev end %d, len %d) for %q", x.Start, x.End, prev, len(text), x.Text)
		}
		if text[x.Start:x.End] != x.Text {
			t.Fatalf("text[%d:%d] = %q, Text = %q", x.Start, x.End, text[x.Start:x.End], x.Text)
		}
		if !utf8.ValidString(x.Text) && utf8.ValidString(text) {
			t.Fatalf("offsets split a rune: %q", x.Text)
		}
		switch x.Type {
		case "DATE", "TIME", "DURATION", "SET":
		default:
			t.Fatalf("bad type %q", x.Type)
		}
		if x.Value == "" {
			t.Fatalf("empty value for %q", x.Text)
		}
		prev = x.End
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"The minister traveled to Beijing on Wednesday and will visit Shanghai on Friday.",
		"the end of last year, early December, 15:00 GMT Saturday, 1957-58, the '90s",
		"Jan. 30 30 January 2026 January 30, 2026 2026-01-30 3 p.m. 3:07:35",
		"every week each season a year and a half twenty-five years ago the 99th day",
		"Friday’s vote — “later” … ’90s",
		"\xff\xfe on Monday \x00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Tag(s, dct)
		checkOffsets(t, s, got)
	})
}

// TestTagPrefixes tags every prefix of rich text, so that each rule meets the
// end of input at each of its steps, and every trigger word alone.
func TestTagPrefixes(t *testing.T) {
	texts := []string{
		"In fiscal 2025 the 1957-58 team met at 15:00 GMT Saturday, then at 3 p.m. on Friday, Jan. 30, 2026-01-30.",
		"The end of last year, the past two years, the '90s, the 20th century, the fourth quarter of 2024, mid-2027.",
		"Every other week, once a week, $5 a day, a year and a half, twenty-five years ago, the 99th day, Q3 2025.",
		"Starmer will later stop in Japan; talks were postponed until Sunday night at 8 pm; at the time; that year.",
	}
	for w := range triggers {
		texts = append(texts, w, "the "+w, w+" "+w)
	}
	for _, s := range texts {
		for n := 0; n <= len(s); n++ {
			checkOffsets(t, s[:n], Tag(s[:n], dct))
		}
	}
}

// TestTagLinear guards against quadratic behaviour on run-on input: a long
// text without sentence breaks full of triggers must tag every trigger.
func TestTagLinear(t *testing.T) {
	s := strings.Repeat("officials met on Monday and will meet on Friday and the past two years ", 5000)
	got := Tag(s, dct)
	if len(got) != 15000 {
		t.Fatalf("got %d expressions, want 15000", len(got))
	}
}

func BenchmarkTag(b *testing.B) {
	var sb strings.Builder
	for _, s := range []string{
		"British Prime Minister Keir Starmer traveled to Beijing on Wednesday to meet with the Chinese president, officials said.",
		"The trip comes after a number of Western leaders have courted Beijing in recent weeks, turning away from Washington.",
		"He is also scheduled to visit Shanghai on Friday, and will later make a quick stop in Japan.",
		"Relations fell apart after a security law was passed in 2020, and they have deteriorated much further since then.",
		"The company said profits rose 12 percent in the fourth quarter, beating forecasts of analysts polled by Reuters.",
		"Unemployment is expected to fall next year, the central bank said in a statement published at 3 p.m. on Tuesday.",
		"Critics said the plan, which was first announced in December, would cost $2.5 billion over the next decade.",
	} {
		sb.WriteString(s)
		sb.WriteString(" ")
	}
	para := sb.String()
	text := strings.Repeat(para+"\n", 40)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tag(text, dct)
	}
}

// BenchmarkTagBBC tags the BBC corpus beside the repo (evaluation use only),
// the realistic density of expressions; skipped when ../shared is absent.
func BenchmarkTagBBC(b *testing.B) {
	benchBBC(b, func(t string) []newsbot.Timex { return Tag(t, dct) })
}

func benchBBC(b *testing.B, tagFn func(string) []newsbot.Timex) {
	const path = "../../../shared/corpus/bbc/corpus.jsonl"
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("BBC corpus not found at %s (../shared is absent): %v", path, err)
	}
	defer f.Close()
	var texts []string
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatalf("corpus: %v", err)
		}
		texts = append(texts, a.Text)
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	since := cputime.Now()
	for b.Loop() {
		for _, t := range texts {
			tagFn(t)
		}
	}
	// Throughput per core: on a shared machine wall time also counts waiting.
	if used := cputime.Now() - since; since > 0 && used > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/used.Seconds()/1e6, "cpu-MB/s")
	}
}

// An article with no known publication date is tagged without panicking,
// whatever relative expressions it holds.
func TestTagZeroPublicationDate(t *testing.T) {
	for _, s := range []string{
		"The club signed him last summer and he left last winter.",
		"The talks resume next spring, after a quiet last autumn.",
		"On Friday the minister said the bill would pass next week.",
		"In 2004 and again last year, the firm cut jobs.",
	} {
		for _, tx := range Tag(s, time.Time{}) {
			if tx.Start < 0 || tx.End > len(s) || s[tx.Start:tx.End] != tx.Text {
				t.Errorf("Tag(%q, zero): bad span %+v", s, tx)
			}
		}
	}
}

// BenchmarkTokenizeBBC measures the tokeniser alone over the BBC corpus;
// skipped when ../shared is absent.
func BenchmarkTokenizeBBC(b *testing.B) {
	var ts tokens
	benchBBC(b, func(t string) []newsbot.Timex {
		ts.tokenize(t)
		return nil
	})
}

// TestTagManyExpressions crosses the number of expressions Tag gathers on
// the stack: every one comes back, in order, whatever the count.
func TestTagManyExpressions(t *testing.T) {
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	for _, n := range []int{0, 1, 15, 16, 17, 33, 40} {
		var sb strings.Builder
		for k := range n {
			fmt.Fprintf(&sb, "The committee met again on %s to discuss the budget. ", days[k%len(days)])
		}
		text := sb.String()
		got := Tag(text, dct)
		if len(got) != n {
			t.Fatalf("%d sentences: %d expressions, want %d", n, len(got), n)
		}
		checkOffsets(t, text, got)
		for k, x := range got {
			if x.Text != days[k%len(days)] || x.Type != "DATE" {
				t.Fatalf("%d sentences: expression %d = %+v, want the DATE %q", n, k, x, days[k%len(days)])
			}
			if k > 0 && x.Start <= got[k-1].Start {
				t.Fatalf("%d sentences: expression %d out of order", n, k)
			}
		}
	}
}
