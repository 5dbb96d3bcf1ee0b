package ingest

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestLineReader(t *testing.T) {
	long := strings.Repeat("x", 300)
	in := "first\r\n" + long + "\nthird\n\nlast-no-newline"
	lr := newLineReader(strings.NewReader(in), 100)
	type row struct {
		line    string
		n       int
		tooLong bool
	}
	want := []row{{"first", 1, false}, {"", 2, true}, {"third", 3, false}, {"", 4, false}, {"last-no-newline", 5, false}}
	for _, w := range want {
		line, n, tooLong, err := lr.next()
		if err != nil {
			t.Fatal(err)
		}
		if string(line) != w.line || n != w.n || tooLong != w.tooLong {
			t.Errorf("got (%q, %d, %v), want %+v", line, n, tooLong, w)
		}
	}
	if _, _, _, err := lr.next(); !errors.Is(err, io.EOF) {
		t.Errorf("err = %v, want EOF", err)
	}
}

// A line longer than bufio's buffer but under the cap is read whole.
func TestLineReaderLargeLine(t *testing.T) {
	text := strings.Repeat("The committee heard evidence for a sixth day. ", 20000) // ~900 KB
	line := `{"id":"big","text":"` + text + `"}`
	lr := newLineReader(strings.NewReader(line+"\n"), 5<<20)
	got, _, tooLong, err := lr.next()
	if err != nil || tooLong || len(got) != len(line) {
		t.Fatalf("len %d tooLong %v err %v, want %d", len(got), tooLong, err, len(line))
	}
	a, err := FromJSONLine("big.jsonl:1", got, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if a.ExternalID != "big" || len(a.Text) != len(strings.TrimSpace(text)) {
		t.Errorf("article %q with %d bytes", a.ExternalID, len(a.Text))
	}
}

func TestRecordID(t *testing.T) {
	for raw, want := range map[string]string{`"abc"`: "abc", `42`: "42", `null`: "", `[1]`: `"[1]"`} {
		if got := recordID([]byte(raw)); got != want {
			t.Errorf("recordID(%s) = %q, want %q", raw, got, want)
		}
	}
}

// decodeRecordCases are lines the fast decoder must either decode exactly
// as encoding/json does or hand over to it.
var decodeRecordCases = []string{
	`{"id":"wire-1","url":"https://wire.example.net/a","title":"Port reopens","text":"Dock workers returned on Monday.\n\nThe union said \"talks went well\".","published":"2026-01-12"}`,
	`  { "id" : 42 , "text" : "Grain prices fell \u00e9 \u20ac \/ \\ \b\f\r\t." , "section": "business", "n": -1.5e+3, "ok": true, "no": false, "x": null }  `,
	`{"id": -0.25E2, "text": "Zoë said “no”."}`,
	`{}`, ` {} `, `{"text": ""}`, `{"id": ""}`,
	`{"Text": "case differs"}`, `{"TEXT": "case differs"}`, `{"te\u0078t": "escaped key"}`,
	`{"text": "one", "text": "two"}`, `{"id": "a", "id": 2}`,
	`{"text": null}`, `{"id": null}`, `{"id": true}`, `{"id": {"n": 1}}`, `{"text": 5}`,
	`{"meta": {"a": 1}, "text": "nested unknown"}`, `{"tags": ["a"], "text": "array unknown"}`,
	`{"text": "surrogates \ud83d\ude00"}`, `{"text": "lone \ud83d"}`, `{"text": "bad \x escape"}`,
	`{"text": "unterminated}`, `{"text": "a",}`, `{"text": "a"} trailing`, `{"text": "a"}}`, `[{"text": "a"}]`,
	`{"id": 01}`, `{"id": 1.}`, `{"id": .5}`, `{"id": 1e}`, `{"id": +1}`, `{"id": -}`, `{"x": tru}`, `{"x": nulls}`,
	"{\"text\": \"raw\ttab\"}", "{\"text\": \"raw\nnewline\"}", "{\"text\": \"del\x7f\"}", "\ufeff{\"text\": \"bom\"}",
	`{"text" "no colon"}`, `{"text": "a" "b"}`, `{,"text": "a"}`, `{"text": "a",, "id": 1}`, `null`, `"text"`, ``, `{`,
	`{"ſ": "long s", "K": "kelvin", "outlet": "Wire", "byline": "Ana Ruiz"}`,
	`{"outlet": "Wire", "byline": "Ana Ruiz", "text": "x", "published": "Wed, 14 Jan 2026 16:00:00 +0000", "title": "T", "url": ""}`,
}

func TestDecodeRecordMatchesEncodingJSON(t *testing.T) {
	fast := 0
	for _, line := range decodeRecordCases {
		if checkDecodeRecord(t, []byte(line)) {
			fast++
		}
	}
	if fast < 8 {
		t.Errorf("only %d lines took the fast path", fast)
	}
}

// checkDecodeRecord fails t when decodeRecord accepts line but decodes it
// otherwise than json.Unmarshal; it says whether decodeRecord accepted it.
func checkDecodeRecord(t *testing.T, line []byte) bool {
	t.Helper()
	var got, want Record
	if !decodeRecord(line, &got) {
		return false
	}
	if err := json.Unmarshal(line, &want); err != nil {
		t.Errorf("decodeRecord accepted %q, json.Unmarshal: %v", line, err)
		return true
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decodeRecord(%q) =\n%+v\njson.Unmarshal gives\n%+v", line, got, want)
	}
	// recordID reads escape-free strings itself.
	var s string
	if len(want.ID) > 0 && json.Unmarshal(want.ID, &s) == nil && recordID(want.ID) != strings.TrimSpace(s) {
		t.Errorf("recordID(%s) = %q, want %q", want.ID, recordID(want.ID), strings.TrimSpace(s))
	}
	return true
}

func FuzzDecodeRecord(f *testing.F) {
	for _, line := range decodeRecordCases {
		f.Add([]byte(line))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		checkDecodeRecord(t, line)
	})
}

// plain8 must agree with a byte-by-byte test for every byte in every
// position, next to plain and special neighbours.
func TestPlain8(t *testing.T) {
	checkEightBytes(t, "plain8", plain8, func(c byte) bool { return c == '"' || c == '\\' || c < 0x20 || c >= 0x80 },
		[]byte{'a', ' ', 0x1f, '"', 0x80, 0xff})
}

// noControl8 must agree with a byte-by-byte test in the same way.
func TestNoControl8(t *testing.T) {
	checkEightBytes(t, "noControl8", noControl8, func(c byte) bool { return c < 0x20 || c == 0x7f },
		[]byte{'a', ' ', 0x1f, 0x7f, 0x80, 0xff, 0})
}

// checkEightBytes checks that word, given eight bytes as a little-endian
// word, reports that none of them is bad, for every byte value at every
// position among each of fills.
func checkEightBytes(t *testing.T, name string, word func(uint64) bool, bad func(byte) bool, fills []byte) {
	t.Helper()
	for _, fill := range fills {
		for pos := range 8 {
			for c := range 256 {
				var b [8]byte
				for i := range b {
					b[i] = fill
				}
				b[pos] = byte(c)
				want := true
				for _, x := range b {
					if bad(x) {
						want = false
					}
				}
				if got := word(binary.LittleEndian.Uint64(b[:])); got != want {
					t.Fatalf("%s(%q) = %v, want %v", name, b[:], got, want)
				}
			}
		}
	}
}
