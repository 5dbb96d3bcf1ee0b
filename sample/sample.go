// Package sample bundles a few short articles written for the demo and for
// tests. They are the project's own text (no third-party copy), in wire
// style: a header of Title/Outlet/Published/URL lines, a blank line, the body.
package sample

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"

	newsbot "github.com/newsroom/newsbot"
)

//go:embed articles/*.txt
var files embed.FS

// Articles returns the bundled articles, oldest file name first.
func Articles() ([]newsbot.Article, error) {
	names, err := fs.Glob(files, "articles/*.txt")
	if err != nil {
		return nil, fmt.Errorf("list sample articles: %w", err)
	}
	sort.Strings(names)
	out := make([]newsbot.Article, 0, len(names))
	for _, name := range names {
		b, err := files.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read sample %s: %w", name, err)
		}
		a, err := parse(string(b))
		if err != nil {
			return nil, fmt.Errorf("sample %s: %w", name, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// Today is the demo's "now": the day after the last sample article, so the
// digest has past, current and coming legs to show.
func Today() time.Time { return time.Date(2026, 3, 4, 8, 0, 0, 0, time.UTC) }

func parse(s string) (newsbot.Article, error) {
	head, body, ok := strings.Cut(s, "\n\n")
	if !ok {
		return newsbot.Article{}, fmt.Errorf("no blank line after the header")
	}
	a := newsbot.Article{Text: strings.TrimSpace(body), Source: "sample"}
	for _, line := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(line, ":")
		v = strings.TrimSpace(v)
		switch k {
		case "Title":
			a.Title = v
		case "Outlet":
			a.Outlet = v
		case "URL":
			a.URL, a.CanonicalURL = v, v
		case "Published":
			t, err := time.Parse(time.DateOnly, v)
			if err != nil {
				return a, fmt.Errorf("published: %w", err)
			}
			a.Published = t
		}
	}
	if a.Title == "" || a.Published.IsZero() {
		return a, fmt.Errorf("header needs Title and Published")
	}
	return a, nil
}
