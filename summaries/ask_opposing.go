package summaries

import (
	"context"
	"fmt"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// "Who is opposing the X takeover?" Extraction files a holder's or a
// party's stand against a deal or plan as its own issue ("Harcourt Lane
// Partners' opposition to the deal"); the lead sentence the search finds
// may leave the holder unnamed ("an activist fund said it would vote
// against the deal"). The issue names them.

// reWhoOpposes: a question asking who stands against something.
var reWhoOpposes = lazyre.New(`(?i)^who\s+(?:(?:is|are|has\s+been|have\s+been)\s+(?:opposing|against|fighting|objecting\s+to|resisting|challenging)|opposes|objects\s+to)\s+(.+?)\??$`)

// reOppositionTitle: an issue title naming who opposes: "<Holder>'s
// opposition to the deal", "<Group>' objection to the plan".
var reOppositionTitle = lazyre.New(`^(.+?)['’]s?\s+(?:opposition|objection|objections)\s+to\s+`)

// dealWords stand for one another in a question and a title: the
// "takeover" asked about is the "deal" the holder opposes.
var dealWords = map[string]bool{"deal": true, "takeover": true, "merger": true, "bid": true, "offer": true, "acquisition": true,
	"transaction": true, "buyout": true, "sale": true, "plan": true, "plans": true, "proposal": true, "scheme": true}

// whoOpposes answers from the stored opposition issues about the topic
// of a "who is opposing X?" question; false when the question has
// another shape or no such issue matches.
func (s *Service) whoOpposes(ctx context.Context, question string) (Answer, bool, error) {
	m := reWhoOpposes.FindStringSubmatch(strings.TrimSpace(question))
	if m == nil {
		return Answer{}, false, nil
	}
	var topic []string
	for _, t := range keyTerms(m[1]) {
		if !dealWords[strings.ToLower(t)] {
			topic = append(topic, t)
		}
	}
	if len(topic) == 0 {
		return Answer{}, false, nil
	}
	all, err := s.Store.Issues(ctx, "", maxIssuesScanned)
	if err != nil {
		return Answer{}, false, fmt.Errorf("ask who opposes %q: %w", m[1], err)
	}
	var hit []newsbot.IssueRecord
	var who []string
	for _, is := range sortIssues(all) {
		t := reOppositionTitle.FindStringSubmatch(is.Title)
		if t == nil || !issueMatches(is, strings.Join(topic, " ")) {
			continue
		}
		hit = append(hit, is)
		who = append(who, t[1])
	}
	if len(hit) == 0 {
		return Answer{}, false, nil
	}
	a := s.issueAnswer(hit, "stored")
	a.Lead = fmt.Sprintf("%s, by stored coverage (#%d %s)", joinAnd(who), hit[0].ID, hit[0].Title)
	if l := strings.TrimSpace(hit[0].Latest); l != "" && len(hit[0].Sources) > 0 {
		a.Lead += ": “" + l + "” (" + s.cite(hit[0].Sources[0]) + ")"
	}
	a.Lead += "."
	return a, true, nil
}
