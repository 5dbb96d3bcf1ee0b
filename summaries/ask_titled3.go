package summaries

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/internal/lazyre"
)

// People known by a title ("the Duke of Kendal", "the Pope", "the Emir of
// Qatar") are stored under the title without its article, and a question
// names them with it. A couple ("the Duke and Duchess of Kendal") is two
// stored people who usually travel together.

// titledPerson resolves "the X" to the one stored person whose name (or
// alias), article aside, is exactly X. Only an exact name counts: "the
// King" must not become every person surnamed King.
func (s *Service) titledPerson(ctx context.Context, name string) (newsbot.PersonRecord, bool, error) {
	bare := stripArticle(strings.TrimSpace(name))
	if bare == strings.TrimSpace(name) || bare == "" {
		return newsbot.PersonRecord{}, false, nil
	}
	people, err := s.Store.FindPeople(ctx, bare, 10)
	if err != nil {
		return newsbot.PersonRecord{}, false, fmt.Errorf("find people %q: %w", bare, err)
	}
	same := func(n string) bool { return strings.EqualFold(normSpace(stripArticle(n)), normSpace(bare)) }
	var hit []newsbot.PersonRecord
	for _, p := range people {
		if same(p.Name) || slicesAny(p.Aliases, same) {
			hit = append(hit, p)
		}
	}
	if len(hit) != 1 {
		return newsbot.PersonRecord{}, false, nil
	}
	return hit[0], true, nil
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func slicesAny(xs []string, f func(string) bool) bool {
	for _, x := range xs {
		if f(x) {
			return true
		}
	}
	return false
}

// reCouple is two titles sharing one territory: "the Duke and Duchess of
// Kendal", "the King and Queen of Norway".
var reCouple = lazyre.New(`^(?i:the\s+)?(\p{Lu}\p{Ll}+)\s+and\s+(?:the\s+)?(\p{Lu}\p{Ll}+)\s+of\s+(\p{Lu}.*)$`)

// reParen is a parenthetical in a lead: "(opens)".
var reParen = lazyre.New(`\s*\([^)]*\)`)

// askCouple answers a where or when question about a titled couple as the
// two stored people it names: their shared leg once, else each one's.
func (s *Service) askCouple(ctx context.Context, q Question, ask func(context.Context, Question) (Answer, error)) (Answer, bool, error) {
	m := reCouple.FindStringSubmatch(strings.TrimSpace(q.Subject))
	if m == nil {
		return Answer{}, false, nil
	}
	var who [2]newsbot.PersonRecord
	for i, title := range m[1:3] {
		p, ok, err := s.titledPerson(ctx, "the "+title+" of "+m[3])
		if err != nil || !ok {
			return Answer{}, false, err
		}
		who[i] = p
	}
	if who[0].ID == who[1].ID {
		return Answer{}, false, nil
	}
	var as [2]Answer
	for i, p := range who {
		qi := q
		qi.Subject = p.Name
		a, err := ask(ctx, qi)
		if err != nil {
			return Answer{}, false, fmt.Errorf("ask about %s: %w", p.Name, err)
		}
		as[i] = a
	}
	const slot = "\x00"
	l0 := strings.ReplaceAll(as[0].Lead, who[0].Name, slot)
	l1 := strings.ReplaceAll(as[1].Lead, who[1].Name, slot)
	out := Answer{Sources: mergeRefs(as[0].Sources, as[1].Sources)}
	if k0, k1 := reParen.ReplaceAllString(l0, ""), reParen.ReplaceAllString(l1, ""); k0 == k1 && strings.Contains(l0, slot) {
		// One leg for both; one may carry what the sentence says one of
		// them does there ("opens"): keep the fuller wording.
		if len(l1) > len(l0) {
			l0 = l1
		}
		both := m[1] + " and " + m[2] + " of " + m[3]
		lead := strings.NewReplacer(slot+" is ", slot+" are ", slot+" was ", slot+" were ", slot+" has ", slot+" have ").Replace(l0)
		out.Lead = strings.ReplaceAll(lead, slot, both)
	} else {
		out.Lead = strings.TrimSpace(as[0].Lead + " " + as[1].Lead)
	}
	seen := map[string]bool{}
	for _, a := range as {
		for _, it := range a.Items {
			if seen[it.Text] {
				continue
			}
			seen[it.Text] = true
			out.Items = append(out.Items, it)
		}
	}
	return out, true, nil
}

// reGroupSubject is a group named by a common noun: "the judges", "the
// inspectors", "the panel". Such a group travels under its leader's name.
var reGroupSubject = lazyre.New(`^(?i:the)\s+(\p{Ll}{3,})$`)

// groupNouns are singular nouns that name a group of people.
var groupNouns = map[string]bool{
	"panel": true, "jury": true, "bench": true, "committee": true, "delegation": true,
	"commission": true, "tribunal": true, "court": true, "team": true, "squad": true,
	"mission": true, "board": true, "council": true, "inspectorate": true,
}

// groupNoun is the noun of a group subject, or "".
func groupNoun(subject string) string {
	m := reGroupSubject.FindStringSubmatch(strings.TrimSpace(subject))
	if m == nil {
		return ""
	}
	n := m[1]
	if groupNouns[n] || (strings.HasSuffix(n, "s") && baseForm(n) != n) {
		return n
	}
	return ""
}

// groupTraveller: the one traveller with a leg at place whose evidence
// sentence names the group ("Presiding judge Ingrid Maas will visit Kampen
// with the two other judges"). ok is false unless exactly one matches.
func (s *Service) groupTraveller(ctx context.Context, noun, place string) (string, bool, error) {
	legs, err := s.Store.Legs(ctx, newsbot.LegFilter{IncludeUndated: true, Limit: 2000})
	if err != nil {
		return "", false, fmt.Errorf("legs at %q: %w", place, err)
	}
	// "the judges" are led by "presiding judge Ingrid Maas": the noun or
	// its singular.
	re := regexp.MustCompile(`(?i)\b(?:` + regexp.QuoteMeta(noun) + `|` + regexp.QuoteMeta(baseForm(noun)) + `)\b`)
	found := ""
	for _, l := range legs {
		if !placeMatches(l.Trip, place) || !re.MatchString(l.Trip.Evidence) {
			continue
		}
		if found != "" && !strings.EqualFold(found, l.Trip.Traveler) {
			return "", false, nil
		}
		found = l.Trip.Traveler
	}
	return found, found != "", nil
}
