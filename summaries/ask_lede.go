package summaries

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// News copy often opens with a description and names the person only in
// the next sentence: "A senior surgeon who quit over waiting lists says
// ... . Dr Ama Osei told the BBC ...". The store then keeps no role for the
// name, while the lede says who they are.

// reLedeSubject is a lede opening with a description and a verb of saying:
// "A senior surgeon who quit over waiting lists says".
var reLedeSubject = lazyre.New(`^((?:An?|One)\s+\p{Ll}[^.;:"“”]{2,140}?)\s+(?:says|said|has\s+said|have\s+said|told|tells|warned|warns|claims|claimed|insists|insisted|argues|argued|believes|fears|has\s+warned|has\s+called|has\s+attacked|has\s+criticised|has\s+urged)\b`)

// reHonorificStart is a courtesy title opening a sentence: "Sir Alan Reeve".
var reHonorificStart = lazyre.New(`^(?:Lord|Lady|Sir|Dame|Baroness|Baron|Dr|Professor|Prof|Mr|Mrs|Ms|Miss)\.?\s+`)

// ledeDescription is the description a lede gives of the person the next
// sentence opens with (by full name or surname), or "".
func ledeDescription(article, name string) string {
	spans := text.Sentences(article)
	if len(spans) < 2 {
		return ""
	}
	lede := strings.TrimSpace(article[spans[0].Start:spans[0].End])
	next := reHonorificStart.ReplaceAllString(strings.TrimSpace(article[spans[1].Start:spans[1].End]), "")
	if !strings.HasPrefix(next, name) && !strings.HasPrefix(next, lastWord(name)) {
		return ""
	}
	m := reLedeSubject.FindStringSubmatch(lede)
	if m == nil {
		return ""
	}
	desc := m[1]
	head, _, _ := strings.Cut(desc, " who ")
	if !reTitleWord.MatchString(head) {
		return ""
	}
	return strings.ToLower(desc[:1]) + desc[1:]
}

// ledeRole is the description a lede gives of p in one of the articles
// that name them, or "".
func (s *Service) ledeRole(ctx context.Context, p newsbot.PersonRecord, ps []newsbot.Passage) (string, error) {
	seen := map[int64]bool{}
	for _, x := range ps {
		if seen[x.Article.ID] || x.Article.ID == 0 {
			continue
		}
		seen[x.Article.ID] = true
		a, err := s.Store.Article(ctx, x.Article.ID)
		if err != nil {
			return "", fmt.Errorf("lede of article %d: %w", x.Article.ID, err)
		}
		if a == nil {
			continue
		}
		if d := ledeDescription(a.Text, p.Name); d != "" {
			return d, nil
		}
	}
	return "", nil
}

// A bare title ("chief executive", "defence lawyer") says nothing of whose
// it is; the story it comes from usually does: its headline names the firm
// or the case ("Cairn shares slump on oil setback").

// reBareRole is a title that belongs to an organisation or a client, with
// no capitalised word naming one.
var reBareRole = lazyre.New(`^(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:executive|chairman|chairwoman|chair|director|spokesman|spokeswoman|spokesperson|founder|boss|manager|lawyer|solicitor|barrister|analyst|economist|president|owner|officer|partner|head|chief)$`)

// headlineName is the first name a headline gives that the story's copy
// capitalises inside a sentence too (a headline's first word is capitalised
// whatever it is), other than the words of skip and names person says is
// someone's; "" when there is none.
func headlineName(title, body, skip string, person func(string) bool) string {
	for _, run := range reNameRunOne.FindAllString(title, -1) {
		if strings.Contains(skip, run) || run == "US" || run == "UK" {
			continue // "US insurer Marsh": a country says where, not whose
		}
		if strings.HasPrefix(title, run) && !regexp.MustCompile(`\p{Ll}[,;]?\s+`+regexp.QuoteMeta(run)+`\b`).MatchString(body) {
			continue
		}
		if person != nil && person(run) {
			continue // "Clarke defends terror detentions": a person, not a firm
		}
		return run
	}
	return ""
}

// reNameRunOne is a run of one or more capitalised words (a hyphen joins:
// "Fiat-GM").
var reNameRunOne = lazyre.New(`\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*`)

// roleStory is, for a bare role, the name the copy puts before it ("Marsh
// chief executive Michael Cherkasky": direct) or else the one a headline of
// a story about p gives; "" when the role names its organisation or
// neither helps.
func (s *Service) roleStory(ctx context.Context, p newsbot.PersonRecord, role string, ps []newsbot.Passage) (org string, direct bool, err error) {
	if !reBareRole.MatchString(strings.TrimSpace(role)) {
		return "", false, nil
	}
	// "Marsh chief executive Michael Cherkasky": the copy names it before
	// the title.
	bare := strings.TrimSpace(stripArticle(role))
	before := regexp.MustCompile(`(?i:\b)(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)*)\s+(?i:` + regexp.QuoteMeta(bare) + `)\s+` + regexp.QuoteMeta(p.Name))
	for _, x := range ps {
		m := before.FindStringSubmatch(x.Text)
		if m == nil {
			continue
		}
		org := m[1]
		if strings.HasPrefix(x.Text, m[0]) {
			// A sentence's first word is capitalised whatever it is:
			// "Rival Westbay chief executive ...", "Former chief ...".
			_, org, _ = strings.Cut(org, " ")
		}
		if org != "" && org != "US" && org != "UK" {
			return org, true, nil
		}
	}
	for _, x := range ps {
		if x.Article.ID == 0 {
			continue
		}
		a, err := s.Store.Article(ctx, x.Article.ID)
		if err != nil {
			return "", false, fmt.Errorf("headline of article %d: %w", x.Article.ID, err)
		}
		if a == nil {
			continue
		}
		var lookErr error
		isPerson := func(name string) bool {
			ps, err := s.Store.FindPeople(ctx, name, 3)
			if err != nil {
				lookErr = err
				return false
			}
			for _, o := range ps {
				if strings.EqualFold(o.Name, name) || strings.EqualFold(lastWord(o.Name), name) {
					return true
				}
			}
			return false
		}
		n := headlineName(a.Title, a.Text, p.Name, isPerson)
		if lookErr != nil {
			return "", false, fmt.Errorf("people named in headline %q: %w", a.Title, lookErr)
		}
		if n != "" {
			return n, false, nil
		}
	}
	return "", false, nil
}
