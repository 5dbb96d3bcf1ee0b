// Package lazyre defers compiling a regular expression to its first use.
//
// Every run of the CLI is a fresh process, and most commands use a small
// part of the hundreds of package-level expressions the text analysis and
// the question shapes keep: compiling them all at init cost more than the
// work of a cheap command. A Regexp is declared like regexp.MustCompile
// and used like a *regexp.Regexp; it compiles once, on first use, and is
// immutable after that, so it is safe for concurrent use.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use.
type Regexp struct {
	expr string
	re   func() *regexp.Regexp
}

// New returns a Regexp for expr. Like regexp.MustCompile it panics if expr
// does not parse, but at first use rather than at init; TestExpressions
// compiles every expression the module gives New so that a bad one fails
// the tests, not a command.
func New(expr string) *Regexp {
	return &Regexp{expr: expr, re: sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(expr)
	})}
}

// Regexp returns the compiled expression.
func (r *Regexp) Regexp() *regexp.Regexp { return r.re() }

// String returns the source text without compiling it.
func (r *Regexp) String() string { return r.expr }

// The methods below are those of *regexp.Regexp the module uses.

func (r *Regexp) MatchString(s string) bool { return r.re().MatchString(s) }
func (r *Regexp) Match(b []byte) bool       { return r.re().Match(b) }
func (r *Regexp) FindString(s string) string {
	return r.re().FindString(s)
}
func (r *Regexp) FindStringIndex(s string) []int { return r.re().FindStringIndex(s) }
func (r *Regexp) FindStringSubmatch(s string) []string {
	return r.re().FindStringSubmatch(s)
}
func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	return r.re().FindStringSubmatchIndex(s)
}
func (r *Regexp) FindAllString(s string, n int) []string {
	return r.re().FindAllString(s, n)
}
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.re().FindAllStringIndex(s, n)
}
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.re().FindAllStringSubmatch(s, n)
}
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.re().FindAllStringSubmatchIndex(s, n)
}
func (r *Regexp) FindSubmatch(b []byte) [][]byte { return r.re().FindSubmatch(b) }
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.re().ReplaceAllString(src, repl)
}
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return r.re().ReplaceAllLiteralString(src, repl)
}
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.re().ReplaceAllStringFunc(src, repl)
}
func (r *Regexp) ReplaceAll(src, repl []byte) []byte { return r.re().ReplaceAll(src, repl) }
func (r *Regexp) Split(s string, n int) []string     { return r.re().Split(s, n) }
func (r *Regexp) SubexpNames() []string              { return r.re().SubexpNames() }
func (r *Regexp) SubexpIndex(name string) int        { return r.re().SubexpIndex(name) }
func (r *Regexp) NumSubexp() int                     { return r.re().NumSubexp() }
