package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	newsbot "github.com/newsroom/newsbot"
	"github.com/newsroom/newsbot/extract"
	"github.com/newsroom/newsbot/sample"
)

// appendExtraction must write what json.Marshal writes, byte for byte:
// the output line is the external contract.
func checkAppendExtraction(t *testing.T, x newsbot.Extraction) {
	t.Helper()
	want, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	if got := appendExtraction(nil, x); string(got) != string(want) {
		t.Errorf("appendExtraction differs from json.Marshal:\n got %s\nwant %s", got, want)
	}
}

func TestAppendExtraction(t *testing.T) {
	checkAppendExtraction(t, newsbot.Extraction{})
	checkAppendExtraction(t, newsbot.Extraction{
		People: []newsbot.Person{}, Quotes: []newsbot.Quote{}, Trips: []newsbot.Trip{},
		Issues: []newsbot.Issue{}, Timexes: []newsbot.Timex{},
	})
	checkAppendExtraction(t, newsbot.Extraction{
		People: []newsbot.Person{{}, {Mentions: []string{}}},
		Quotes: []newsbot.Quote{{Start: -1, End: 1 << 40}},
		Trips:  []newsbot.Trip{{}, {Date: "2026-01-30", After: "2026-01", Counterparts: []string{}}},
		Issues: []newsbot.Issue{{}, {Keywords: []string{}, Evidence: []string{}}},
	})
	for _, s := range jsonStringCases() {
		checkAppendExtraction(t, newsbot.Extraction{ID: s, People: []newsbot.Person{{Name: s, Mentions: []string{s, s}}}})
	}

	// Every exported field filled: a field added to the types and not to
	// appendExtraction shows up here as a difference.
	var x newsbot.Extraction
	fill(reflect.ValueOf(&x).Elem(), new(int))
	checkAppendExtraction(t, x)

	arts, err := sample.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range arts {
		checkAppendExtraction(t, extract.ArticleWithHeadline(fmt.Sprint("s", i), "", a.Text, sample.Today()))
	}
}

// fill gives every settable field under v a value of its own: strings
// and ints counted by *n, each slice two elements.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("v%d <&> \"é\"", *n))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(*n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), n)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	default:
		panic(fmt.Sprintf("fill: no value for a %s", v.Kind()))
	}
}

// jsonStringCases are strings that take each of encoding/json's escapes
// at every position of a word read eight bytes at a time.
func jsonStringCases() []string {
	cases := []string{
		"", "plain words", "line\u2028and\u2029para", "bad \xff byte", "\xe2\x80", "cut \xe2\x80\xa8\xe2",
		"café “quoted” — £5", "\U0001F600 emoji", "a\x00b\x1fc\x7fd",
	}
	var all strings.Builder
	for c := range 128 {
		all.WriteByte(byte(c))
	}
	cases = append(cases, all.String())
	for _, special := range []string{`"`, `\`, "<", ">", "&", "\n", "\t", "\b", "\f", "\r", "\x01", "\x80", "é", "\u2028", "!", "~", "?", "'", "%", "$", "=", "^", "|", "\\'"} {
		for n := range 18 {
			for at := 0; at <= n; at++ {
				cases = append(cases, strings.Repeat("x", at)+special+strings.Repeat("y", n-at))
			}
		}
	}
	return cases
}

func TestAppendJSONString(t *testing.T) {
	for _, s := range jsonStringCases() {
		checkJSONString(t, s)
	}
}

func checkJSONString(t *testing.T, s string) {
	t.Helper()
	want, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if got := appendJSONString(nil, s); string(got) != string(want) {
		t.Errorf("appendJSONString(%q) = %s, json.Marshal gives %s", s, got, want)
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range jsonStringCases()[:10] { // the rest are shifts of one byte
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkJSONString(t, s)
	})
}

// lineID's fast path must give what json.Unmarshal gives.
func TestLineIDAsJSON(t *testing.T) {
	for _, raw := range []string{
		`"a1"`, `""`, `"bbc-business-001-c0000"`, `"with space"`, `"a\"b"`, `"a\\b"`, `"a\/b"`, `"caf\u00e9"`,
		`"café"`, "\"tab\there\"", `"~!@#$%^&*()<>"`, "\"del\x7f\"", `"`, `"a`, `a"`, `17`, `-3`, `null`, `"x"y"`,
	} {
		want := raw
		var s string
		if json.Unmarshal([]byte(raw), &s) == nil {
			want = s
		}
		if raw == "null" {
			want = ""
		}
		if got := lineID([]byte(raw)); got != want {
			t.Errorf("lineID(%s) = %q, want %q", raw, got, want)
		}
	}
}
