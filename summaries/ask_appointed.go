package summaries

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract/text"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// A post changing hands is told by an appointment, not by a title beside
// a name: "the board has named Ana Ruiz as its new chief executive", "Tom
// Hale will take over as chairman", "Ruiz, 51, is to become president",
// "As finance director, Ruiz will ...". "Who is the new chief executive of
// X?" is answered by such a sentence, and so is "who is Ana Ruiz?" when no
// title stands beside her name.

// roleHeadRe is the head noun of a post; the words before it ("chief",
// "operating", "managing") are read with it.
const roleHeadRe = `(?:CEO|COO|CFO|executive|director|chairman|chairwoman|chair|president|officer|manager|leader|head|editor|secretary|minister|governor|coach|captain|boss|commissioner|chancellor|ambassador|controller|principal|treasurer|spokesman|spokeswoman|adviser|advisor)`

const (
	apptName = `(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|van|von|da|di|del|le|la|bin|al)){0,3})`
	apptRole = `(?:(?:its|the|their|his|her|a)\s+)?(?:(?:new|next|incoming|permanent|interim|acting)\s+)?((?:[a-z][a-z-]*\s+){0,3}?` + roleHeadRe + `(?:\s+` + roleHeadRe + `)?)\b`
	apptAppo = `(?:,[^,]{1,80},|,)?\s+`
)

// appointmentPatterns are compiled on first use: about 3 ms of compiling
// that only a "who is the new ..." question needs, kept out of the
// start-up of every command (bot extract among them).
var appointmentPatterns = sync.OnceValues(func() ([]*regexp.Regexp, *regexp.Regexp) {
	return []*regexp.Regexp{
			// "named Ana Ruiz as its new chief executive"
			regexp.MustCompile(`\b(?:named|appointed|chosen|chose|picked|selected|promoted|hired|recruited|confirmed|installed|elected)\s+` + apptName + `,?\s+(?:as|to\s+be|to\s+become|to\s+the\s+post\s+of)\s+` + apptRole),
			// "Ana Ruiz has been named chief executive"
			regexp.MustCompile(apptName + apptAppo + `(?:has\s+been|have\s+been|was|is|will\s+be|is\s+to\s+be|had\s+been)\s+(?:formally\s+)?(?:named|appointed|chosen|picked|selected|promoted|confirmed|installed|elected)\s+(?:as\s+)?` + apptRole),
			// "Tom Hale will take on the role of chairman"
			regexp.MustCompile(apptName + apptAppo + `(?:(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to|is\s+expected\s+to|has\s+agreed\s+to)\s+)?(?:take|takes|took|taking|assume|assumes|assumed|fill|fills|filled)\s+(?:on\s+|up\s+|over\s+)?the\s+(?:role|post|job|position)\s+of\s+` + apptRole),
			// "Tom Hale will take over as chairman", "is to become president"
			regexp.MustCompile(apptName + apptAppo + `(?:(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to|is\s+expected\s+to|has\s+agreed\s+to)\s+)?(?:take|takes|took|taking|step|steps|stepped|move|moves|moved)\s+(?:over|up|in)\s+as\s+` + apptRole),
			regexp.MustCompile(apptName + apptAppo + `(?:(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to|is\s+expected\s+to|has\s+agreed\s+to)\s+)?(?:become|becomes|became|succeed|succeeds|succeeded)\s+(?:\p{Lu}[\p{L}'’.-]+\s+)*(?:as\s+)?` + apptRole),
		},
		// "As chief operating officer, Ana Ruiz will run ...".
		regexp.MustCompile(`\bAs\s+` + apptRole + `,\s+` + apptName + `\s+will\b`)
})

type appointment struct{ name, role string }

// appointments reads the appointments a sentence tells.
func appointments(sentence string) []appointment {
	var out []appointment
	told, asRole := appointmentPatterns()
	for _, re := range told {
		for _, m := range re.FindAllStringSubmatch(sentence, -1) {
			if name := trimApptName(m[1]); name != "" {
				out = append(out, appointment{name: name, role: expandRole(m[2])})
			}
		}
	}
	for _, m := range asRole.FindAllStringSubmatch(sentence, -1) {
		if name := trimApptName(m[2]); name != "" {
			out = append(out, appointment{name: name, role: expandRole(m[1])})
		}
	}
	return out
}

// trimApptName drops what a capitalised run picks up that is no name: a
// sentence-opening function word ("The", "Its"), a possessive.
func trimApptName(n string) string {
	f := strings.Fields(n)
	for len(f) > 0 && (isStopword(strings.ToLower(f[0])) || strings.HasSuffix(f[0], "'s") || strings.HasSuffix(f[0], "’s")) {
		f = f[1:]
	}
	if len(f) == 0 {
		return ""
	}
	return strings.Join(f, " ")
}

// reNewRole is a question's subject asking who newly holds a post: "the
// new chief executive of Kestrel Rail", "Kestrel Rail's next chairman".
var (
	reNewRoleOf  = lazyre.New(`(?i)^(?:the\s+)?(?:new|next|incoming|future|newly\s+appointed)\s+((?:[a-z-]+\s+){0,3}?` + roleHeadRe + `)\s+(?:of|at|for|in)\s+(?:the\s+)?(.+)$`)
	reNewRolePos = lazyre.New(`(?i)^(?:the\s+)?(.+?)(?:'s|’s)\s+(?:new|next|incoming|future|newly\s+appointed)\s+((?:[a-z-]+\s+){0,3}?` + roleHeadRe + `)$`)
)

// askNewHolder answers "who is the new ROLE of ORG?" from a sentence
// telling the appointment, in the copy about ORG.
func (s *Service) askNewHolder(ctx context.Context, subject string) (Answer, bool, error) {
	var role, org string
	if m := reNewRoleOf.FindStringSubmatch(subject); m != nil {
		role, org = m[1], m[2]
	} else if m := reNewRolePos.FindStringSubmatch(subject); m != nil {
		org, role = m[1], m[2]
	} else {
		return Answer{}, false, nil
	}
	role = strings.ToLower(role)
	orgTerms := keyTerms(org)
	if len(orgTerms) == 0 {
		return Answer{}, false, nil
	}
	// The articles about the organisation are read whole: the sentence
	// telling the appointment may name neither it nor the post as asked
	// ("will take on the role of CEO").
	ps, err := s.Store.SearchPassages(ctx, org, 40)
	if err != nil {
		return Answer{}, false, fmt.Errorf("ask new %s of %s: %w", role, org, err)
	}
	var best *newsbot.Passage
	var who string
	seen := map[int64]bool{}
	for _, hit := range ps {
		if seen[hit.Article.ID] || len(seen) >= 8 {
			continue
		}
		seen[hit.Article.ID] = true
		art, err := s.Store.Article(ctx, hit.Article.ID)
		if err != nil {
			return Answer{}, false, fmt.Errorf("ask new %s of %s: article %d: %w", role, org, hit.Article.ID, err)
		}
		sents := text.Sentences(art.Text)
		lede := ""
		if len(sents) > 0 {
			lede = sents[0].Text
		}
		for _, sp := range sents {
			// The organisation is named in the sentence, the headline or
			// the lede ("The company has named ...").
			if termScore(sp.Text, orgTerms) < len(orgTerms) && termScore(hit.Article.Title, orgTerms) < len(orgTerms) && termScore(lede, orgTerms) < len(orgTerms) {
				continue
			}
			for _, ap := range appointments(sp.Text) {
				if !sameRole(ap.role, role) || termScore(ap.name, orgTerms) > 0 {
					continue
				}
				if best == nil || hit.Article.Published.After(best.Article.Published) {
					best, who = &newsbot.Passage{Article: hit.Article, Text: strings.TrimSpace(sp.Text)}, ap.name
				}
			}
		}
	}
	if best == nil {
		return Answer{}, false, nil
	}
	if p, _, err := s.person(ctx, who); err == nil && p.ID != 0 && strings.Contains(p.Name, who) {
		who = p.Name
	}
	a := Answer{
		Lead:    fmt.Sprintf("In stored coverage, the new %s of %s is %s: “%s” (%s)", expandRole(role), stripArticle(org), who, strings.TrimSpace(best.Text), s.cite(best.Article)),
		Sources: []newsbot.ArticleRef{best.Article},
		Items:   []Item{s.passageItem(*best)},
	}
	return a, true, nil
}

// sameRole: the post appointed to is the post asked about ("chief
// executive" for "chief executive"; "boss" and "head" for either).
func sameRole(got, asked string) bool {
	got, asked = expandRole(got), expandRole(asked)
	if strings.HasSuffix(got, asked) || strings.HasSuffix(asked, got) && strings.Contains(got, " ") {
		return true
	}
	generic := map[string]bool{"boss": true, "head": true, "leader": true}
	return generic[lastWord(got)] && strings.Contains(asked, "chief") || generic[lastWord(asked)] && strings.Contains(got, "chief")
}

// roleAbbrev are the posts copy writes in capitals.
var roleAbbrev = map[string]string{"ceo": "chief executive", "coo": "chief operating officer", "cfo": "chief financial officer"}

// expandRole lower-cases a post and spells out an abbreviation ("CEO").
func expandRole(r string) string {
	r = strings.ToLower(strings.TrimSpace(r))
	if full, ok := roleAbbrev[r]; ok {
		return full
	}
	return r
}

// appointedAs is the post a sentence about the person says they are
// appointed to, with that sentence: for "who is X?" when no title stands
// beside the name.
func (s *Service) appointedAs(ctx context.Context, p newsbot.PersonRecord) (string, *newsbot.Passage, error) {
	ps, err := s.Store.SearchPassages(ctx, p.Name, 20)
	if err != nil {
		return "", nil, fmt.Errorf("appointments of %q: %w", p.Name, err)
	}
	last := strings.ToLower(lastWord(p.Name))
	for _, x := range ps {
		for _, ap := range appointments(x.Text) {
			if strings.ToLower(lastWord(ap.name)) == last {
				xx := x
				return ap.role, &xx, nil
			}
		}
	}
	return "", nil, nil
}

// yearSentence is the sentence of lead's article that names a year the
// question asks about and holds what it asks for (a figure, a date) and
// a word of it.
func (s *Service) yearSentence(ctx context.Context, question string, terms []string, lead newsbot.Passage, years []string) (newsbot.Passage, bool, error) {
	a, err := s.Store.Article(ctx, lead.Article.ID)
	if err != nil {
		return newsbot.Passage{}, false, fmt.Errorf("ask: article %d: %w", lead.Article.ID, err)
	}
	wantAnswer := answerScore(question, "0 1 January") > 0
	var best newsbot.Passage
	bestScore := 0
	for _, sp := range text.Sentences(a.Text) {
		if yearFit(sp.Text, years) <= 0 || wantAnswer && answerScore(question, sp.Text) == 0 {
			continue
		}
		// The year counts as a word shared: a sentence may hold only it
		// and the figure ("Output rose 2.4% in 2025").
		if sc := termScore(sp.Text, terms) + 1; sc > bestScore {
			best, bestScore = newsbot.Passage{Article: lead.Article, Text: strings.TrimSpace(sp.Text)}, sc
		}
	}
	return best, bestScore > 0, nil
}
