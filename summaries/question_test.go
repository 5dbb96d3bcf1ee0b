package summaries

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseQuestion(t *testing.T) {
	tests := []struct {
		in   string
		want Question // Text is not compared
	}{
		{"when is Starmer in Shanghai?", Question{Kind: QWhen, Subject: "Starmer", Place: "Shanghai"}},
		{"<@U07BOT> when is Starmer in Shanghai?", Question{Kind: QWhen, Subject: "Starmer", Place: "Shanghai"}},
		{"@newsbot When does Keir Starmer visit Japan", Question{Kind: QWhen, Subject: "Keir Starmer", Place: "Japan"}},
		{"when will the Prime Minister be in Tokyo?", Question{Kind: QWhen, Subject: "the Prime Minister", Place: "Tokyo", Tense: Future}},
		{"When was Macron in Brussels?", Question{Kind: QWhen, Subject: "Macron", Place: "Brussels", Tense: Past}},
		{"when is Starmer expected in Shanghai next week?", Question{Kind: QWhen, Subject: "Starmer", Place: "Shanghai", Span: "next week"}},
		{"when is Starmer scheduled to travel to New Delhi", Question{Kind: QWhen, Subject: "Starmer", Place: "New Delhi"}},
		{"when is Starmer’s trip to Japan?", Question{Kind: QWhen, Subject: "Starmer", Place: "Japan"}},
		{"when does Li Qiang arrive in London?", Question{Kind: QWhen, Subject: "Li Qiang", Place: "London"}},
		{"when is Sir Keir going to Beijing", Question{Kind: QWhen, Subject: "Sir Keir", Place: "Beijing"}},
		{"where is Starmer on Friday?", Question{Kind: QWhere, Subject: "Starmer", DateText: "friday"}},
		{"where is Starmer today", Question{Kind: QWhere, Subject: "Starmer", DateText: "today"}},
		{"where will Starmer be tomorrow?", Question{Kind: QWhere, Subject: "Starmer", DateText: "tomorrow", Tense: Future}},
		{"Where was Macron last Monday?", Question{Kind: QWhere, Subject: "Macron", DateText: "last monday", Tense: Past}},
		{"where is Starmer on 30 January?", Question{Kind: QWhere, Subject: "Starmer", DateText: "30 january"}},
		{"where is Keir Starmer on Jan. 30, 2026", Question{Kind: QWhere, Subject: "Keir Starmer", DateText: "jan. 30, 2026"}},
		{"where is Starmer going next?", Question{Kind: QWhere, Subject: "Starmer", DateText: "next"}},
		{"where's Starmer", Question{Kind: QWhere, Subject: "Starmer"}},
		{"where is Starmer expected to be on 2026-01-30", Question{Kind: QWhere, Subject: "Starmer", DateText: "2026-01-30"}},
		{"what did Guo Jiakun say?", Question{Kind: QWhatSaid, Subject: "Guo Jiakun", Tense: Past}},
		{"What did Starmer say about the embassy?", Question{Kind: QWhatSaid, Subject: "Starmer", Topic: "the embassy", Tense: Past}},
		{"what has Xi said on trade", Question{Kind: QWhatSaid, Subject: "Xi", Topic: "trade", Tense: Past}},
		{"what did Starmer tell reporters about China?", Question{Kind: QWhatSaid, Subject: "Starmer", Topic: "China", Tense: Past}},
		{"what is Guo saying about espionage?", Question{Kind: QWhatSaid, Subject: "Guo", Topic: "espionage"}},
		{`who said "bury our heads"?`, Question{Kind: QWhoSaid, Phrase: "bury our heads"}},
		{"who said we cannot bury our heads in the sand", Question{Kind: QWhoSaid, Phrase: "we cannot bury our heads in the sand"}},
		{"who said that security is not for negotiation?", Question{Kind: QWhoSaid, Phrase: "security is not for negotiation"}},
		{"who is Li Qiang?", Question{Kind: QWhoIs, Subject: "Li Qiang"}},
		{"Who's Guo Jiakun", Question{Kind: QWhoIs, Subject: "Guo Jiakun"}},
		{"tell me about Sanae Takaichi", Question{Kind: QWhoIs, Subject: "Sanae Takaichi"}},
		{"what is still open with China?", Question{Kind: QOpen, Topic: "China"}},
		{"What's open on human rights", Question{Kind: QOpen, Topic: "human rights"}},
		{"which issues are still unresolved about the embassy?", Question{Kind: QOpen, Topic: "the embassy"}},
		{"what is open?", Question{Kind: QOpen}},
		{"any open issues?", Question{Kind: QOpen}},
		{"who is meeting Xi on Thursday?", Question{Kind: QMeet, Other: "Xi", DateText: "thursday"}},
		{"who is Natarajan meeting in Jakarta on Thursday?", Question{Kind: QMeet, Subject: "Natarajan", Place: "Jakarta", DateText: "thursday"}},
		{"who did Dubois meet", Question{Kind: QMeet, Subject: "Dubois", Tense: Past}},
		{"who is Janssens meeting in Washington next week", Question{Kind: QMeet, Subject: "Janssens", Place: "Washington", DateText: "next week"}},
		{"did Natarajan meet President Dewi Kartika?", Question{Kind: QMeet, Subject: "Natarajan", Other: "President Dewi Kartika", YesNo: true, Tense: Past}},
		{"is Berger holding talks with Janssens in Brussels?", Question{Kind: QMeet, Subject: "Berger", Other: "Janssens", Place: "Brussels", YesNo: true}},
		{"has Natarajan visited Jakarta?", Question{Kind: QWhen, Subject: "Natarajan", Place: "Jakarta", YesNo: true, Tense: Past}},
		{"is Natarajan still going to Singapore", Question{Kind: QWhen, Subject: "Natarajan", Place: "Singapore", YesNo: true}},
		{"did the finance minister go to Brussels?", Question{Kind: QWhen, Subject: "the finance minister", Place: "Brussels", YesNo: true, Tense: Past}},
		{"what is the latest on the nickel dispute?", Question{Kind: QLatest, Topic: "the nickel dispute"}},
		{"whats the latest on steel tariffs", Question{Kind: QLatest, Topic: "steel tariffs"}},
		{"any news on the port strike?", Question{Kind: QLatest, Topic: "the port strike"}},
		{"what's happening with the bus strike", Question{Kind: QLatest, Topic: "the bus strike"}},
		{"what happened on 5 March?", Question{Kind: QOnDate, DateText: "5 march", Tense: Past}},
		{"who is travelling tomorrow", Question{Kind: QOnDate, DateText: "tomorrow"}},
		{"did Hartono say anything about nickel?", Question{Kind: QWhatSaid, Subject: "Hartono", Topic: "nickel", Tense: Past}},
		{"what did Thomas Berger have to say about borrowing", Question{Kind: QWhatSaid, Subject: "Thomas Berger", Topic: "borrowing", Tense: Past}},
		{"where was Dubois on Wednesday 4 March?", Question{Kind: QWhere, Subject: "Dubois", DateText: "wednesday 4 march", Tense: Past}},
		{"what happened on Thursday, 5th March 2026", Question{Kind: QOnDate, DateText: "thursday, 5th march 2026", Tense: Past}},
		{"who has commented on the nickel ban?", Question{Kind: QQuotedOn, Topic: "the nickel ban"}},
		{"who said anything about pensions?", Question{Kind: QQuotedOn, Topic: "pensions"}},
		{"who is quoted about the steel tariffs", Question{Kind: QQuotedOn, Topic: "the steel tariffs"}},
		{"who reacted to the steel tariffs?", Question{Kind: QQuotedOn, Topic: "the steel tariffs"}},
		{"who talked to Natarajan?", Question{Kind: QMeet, Other: "Natarajan", Tense: Past}},
		{"when's Natarajan in Jakarta", Question{Kind: QWhen, Subject: "Natarajan", Place: "Jakarta"}},
		{"wheres Dubois today??", Question{Kind: QWhere, Subject: "Dubois", DateText: "today"}},
		{"whats Dubois's schedule", Question{Kind: QItinerary, Subject: "Dubois"}},
		{"when is natarajan in jakarta ?!", Question{Kind: QWhen, Subject: "natarajan", Place: "jakarta"}},
		{"is there any news in Jakarta?", Question{Kind: QLatest, Topic: "Jakarta"}},
		{"is the strike in Riverside over?", Question{Kind: QWhen, Subject: "the strike", Place: "Riverside over", YesNo: true}},
		{"when does Starmer leave for Japan?", Question{Kind: QWhen, Subject: "Starmer", Place: "Japan"}},
		{"what's Starmer's schedule this week?", Question{Kind: QItinerary, Subject: "Starmer"}},
		{"Keir Starmer's itinerary", Question{Kind: QItinerary, Subject: "Keir Starmer"}},
		{"what are the travel plans of Li Qiang", Question{Kind: QItinerary, Subject: "Li Qiang"}},
		{"who said &quot;x&quot; &amp; y", Question{Kind: QWhoSaid, Phrase: "&quot;x&quot; & y"}},
		{"how many jobs depend on whisky exports?", Question{Kind: QSearch}},
		{"tariffs on whisky", Question{Kind: QSearch}},
		{"is the mackerel dispute still open?", Question{Kind: QOpen, Topic: "mackerel dispute", YesNo: true}},
		{"Is the nurses' strike over yet", Question{Kind: QOpen, Topic: "nurses' strike", YesNo: true, Settled: true}},
		{"are the budget talks still going on?", Question{Kind: QOpen, Topic: "budget talks", YesNo: true}},
		{"is the cable probe resolved", Question{Kind: QOpen, Topic: "cable probe", YesNo: true, Settled: true}},
		{"", Question{Kind: QSearch}},
		{"?", Question{Kind: QSearch}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ParseQuestion(tt.in)
			got.Text = ""
			if got != tt.want {
				t.Errorf("ParseQuestion(%q) =\n  %+v\nwant\n  %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseQuestionText(t *testing.T) {
	got := ParseQuestion("<@U07BOT>  could you tell me   how many jobs depend on whisky?").Text
	if got != "how many jobs depend on whisky" {
		t.Errorf("Text = %q", got)
	}
}

func FuzzParseQuestion(f *testing.F) {
	for _, s := range []string{
		"when is Starmer in Shanghai?", "where is X on 30 January", "who said \"x\"", "what is open with y",
		"who is ", "where's", "when is in in in", "what did say say", "<@U1> ’’’", "where is X on 99 jan",
		"who is X meeting next week", "did X meet Y on 31 February", "what happened on Friday 5 March",
		// Letters whose lower case is longer or shorter in UTF-8.
		"who visits İzmir this wee\u212A", "when is Ⱥ Ⱥ Ⱥ in ẞtadt next wee\u212A?", "where is the İYİ leader on 30 January",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := ParseQuestion(s)
		switch q.Kind {
		case QSearch, QOpen:
		case QWhen:
			if q.Subject == "" || q.Place == "" {
				t.Fatalf("when without subject or place: %+v", q)
			}
		case QMeet:
			if q.Subject == "" && q.Other == "" {
				t.Fatalf("meet without subject or other: %+v", q)
			}
		case QLatest, QQuotedOn:
			if q.Topic == "" {
				t.Fatalf("latest without topic: %+v", q)
			}
		case QOnDate:
			if q.DateText == "" {
				t.Fatalf("on-date without date: %+v", q)
			}
		case QWhere, QWhatSaid, QWhoIs, QItinerary:
			if q.Subject == "" {
				t.Fatalf("%s without subject: %+v", q.Kind, q)
			}
		case QWhoSaid:
			if q.Phrase == "" {
				t.Fatalf("who said without phrase: %+v", q)
			}
		case QVisitors:
			if q.Place == "" {
				t.Fatalf("visitors without place: %+v", q)
			}
		default:
			t.Fatalf("unknown kind %q", q.Kind)
		}
		if utf8.ValidString(s) && !utf8.ValidString(q.Text) {
			t.Fatalf("Text became invalid UTF-8: %q", q.Text)
		}
		if q.Span != "" {
			if _, _, _, ok := ResolveSpan(q.Span, q.Tense, day("2026-01-29")); !ok {
				t.Fatalf("span %q does not resolve", q.Span)
			}
		}
		if q.DateText != "" {
			// Every date the parser accepts must resolve.
			if _, _, _, ok := resolvePeriod(q.DateText, q.Tense, day("2026-01-29")); !ok && q.DateText != "next" && !strings.ContainsAny(q.DateText, "0123456789") {
				t.Fatalf("date %q does not resolve", q.DateText)
			}
		}
	})
}

func TestResolveDay(t *testing.T) {
	thu := day("2026-01-29") // a Thursday
	tests := []struct {
		text  string
		tense Tense
		want  string
	}{
		{"", Present, "2026-01-29"},
		{"today", Present, "2026-01-29"},
		{"tomorrow", Future, "2026-01-30"},
		{"yesterday", Past, "2026-01-28"},
		{"friday", Present, "2026-01-30"},
		{"friday", Past, "2026-01-23"},
		{"thursday", Present, "2026-01-29"},
		{"thursday", Past, "2026-01-29"},
		{"wednesday", Present, "2026-02-04"},
		{"wednesday", Past, "2026-01-28"},
		{"next thursday", Present, "2026-02-05"},
		{"next friday", Present, "2026-01-30"},
		{"last thursday", Past, "2026-01-22"},
		{"last monday", Present, "2026-01-26"},
		{"this saturday", Future, "2026-01-31"},
		{"30 january", Present, "2026-01-30"},
		{"30th of january", Present, "2026-01-30"},
		{"jan. 30, 2026", Present, "2026-01-30"},
		{"february 2", Present, "2026-02-02"},
		{"2 dec", Present, "2025-12-02"},
		{"3 september", Past, "2025-09-03"},
		{"2026-03-01", Present, "2026-03-01"},
		{"wednesday 4 march", Past, "2025-03-04"},
		{"thursday, 5th march 2026", Past, "2026-03-05"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, ok := ResolveDay(tt.text, tt.tense, thu)
			if !ok || got.Format(time.DateOnly) != tt.want {
				t.Errorf("ResolveDay(%q, %v) = %v %v, want %s", tt.text, tt.tense, got.Format(time.DateOnly), ok, tt.want)
			}
		})
	}
	for _, bad := range []string{"soon", "30 smarch", "someday"} {
		if _, ok := ResolveDay(bad, Present, thu); ok {
			t.Errorf("ResolveDay(%q) resolved; want not ok", bad)
		}
	}
}
