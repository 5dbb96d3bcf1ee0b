package timex

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/newsbot/extract/internal/letters"
)

// Token kinds.
const (
	kWord  = iota + 1 // letters, with inner apostrophes: "Friday's", "won't"
	kNum              // digits with inner . , : and an optional ordinal or plural suffix: "3:07", "30th", "1990s"
	kPunct            // any other single rune
)

// token is one piece of the text; text[s:e] is its surface form.
type token struct {
	s, e int32 // byte offsets; int32 keeps tokens small (texts < 2 GiB)
	l    int32 // offset of the lower-cased copy in tokens.low, -1 when text[s:e] has no capital
	trig uint8 // trigger category of the word (without a possessive 's), 0 if none
	kind uint8
	cap  bool // first letter upper case
	nl   bool // a line break precedes it
}

// tokens holds the tokenised text. Words with capitals have a lower-cased
// copy in low, so that lookups never allocate. Its buffers are reused from
// one text to the next (see Tag).
type tokens struct {
	text string
	low  string
	lowb []byte // low while tokenising
	t    []token
	cls  []uint8 // tense class+1 per token, lazily (0 until asked)
	// cand lists the tokens an expression can start at, in order: trigger
	// words, numbers, apostrophes and marks of several bytes. Tag visits
	// only these.
	cand []int32
	gs   []group // storage for the verb groups of one sentence (tagger.gs)
	// runs lists the runs of ASCII letters of the text (letters.Of(text)),
	// recorded as the words are read, for trips (see TagRuns).
	runs []letters.Run
}

// class returns the tense class of token i, computed once.
func (ts *tokens) class(i int) uint8 {
	if i < 0 || i >= len(ts.t) || ts.t[i].kind != kWord {
		return wNone
	}
	if len(ts.cls) != len(ts.t) {
		// class+1; 0 until asked
		if cap(ts.cls) < len(ts.t) {
			ts.cls = make([]uint8, len(ts.t))
		} else {
			ts.cls = ts.cls[:len(ts.t)]
			clear(ts.cls)
		}
	}
	if c := ts.cls[i]; c != 0 {
		return c - 1
	}
	// Only a capitalised word needs to know whether it opens the sentence.
	c := ts.classify(i, ts.t[i].cap && ts.sentenceStart(i))
	ts.cls[i] = c + 1
	return c
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// apostropheAt returns the byte length of an apostrophe (' or ’) at i, or 0.
func apostropheAt(s string, i int) int {
	if i < len(s) && s[i] == '\'' {
		return 1
	}
	if i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0x99 {
		return 3
	}
	return 0
}

// letterAt reports whether a letter starts at i and its byte length.
func letterAt(s string, i int) (bool, int) {
	if i >= len(s) {
		return false, 0
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return isWordByte(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r), n
}

// Byte classes for the tokeniser's fast path.
const (
	bPunct = iota
	bSpace
	bNL
	bLetter // a-z
	bUpper  // A-Z
	bDigit
	bHigh // start or continuation of a multi-byte rune
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = bHigh
		case c == '\n':
			t[c] = bNL
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = bSpace
		case c >= 'A' && c <= 'Z':
			t[c] = bUpper
		case c >= 'a' && c <= 'z':
			t[c] = bLetter
		case isDigit(byte(c)):
			t[c] = bDigit
		}
	}
	return t
}()

// wordToken makes the token of the word text[i:j] (not only ASCII
// letters); upper tells whether it has capitals, which get a lower-cased
// copy.
func (ts *tokens) wordToken(i, j int, capital, upper bool, nl bool) token {
	t := token{s: int32(i), e: int32(j), l: -1, kind: kWord, cap: capital, nl: nl}
	if !upper {
		t.trig = triggerOf(possessiveBase(ts.text[i:j]))
	} else {
		ts.addLower(&t, i, j)
	}
	return t
}

// letterRun returns the end of the run of ASCII letters that starts at i,
// and whether it holds a capital. It reads eight bytes at a time while they
// lie inside text.
func letterRun(text string, i int) (int, bool) {
	j := i
	var up uint64 // 0x80 in each byte that is a capital
	for j+8 <= len(text) {
		x := load64(text, j)
		m := letterMask(x)
		if m != high8 {
			// The run ends in this word: keep the letters before the first
			// other byte.
			k := bits.TrailingZeros64(^m&high8) >> 3
			m &= uint64(1)<<(8*uint(k)) - 1
			up |= ^x << 2 & m // a letter with bit 5 clear is a capital
			return j + k, up != 0
		}
		up |= ^x << 2 & m
		j += 8
	}
	f := uint8(0)
	for j < len(text) {
		g := letterFlags[text[j]]
		if g == 0 {
			break
		}
		f |= g
		j++
	}
	return j, up != 0 || f&fUpper != 0
}

// letterWord is letterRun that also returns, when keyed, the word
// lower-cased in two zero-padded little-endian chunks (see chunks.go): for
// a word of at most fifteen letters that starts sixteen bytes or more
// before the end of text, which is nearly every word.
func letterWord(text string, i int) (j int, upper bool, k1, k2 uint64, keyed bool) {
	if i+16 <= len(text) {
		x := load64(text, i)
		m := letterMask(x)
		if m != high8 {
			// The word ends in the first chunk: keep its letters.
			k := bits.TrailingZeros64(^m&high8) >> 3
			m &= uint64(1)<<(8*uint(k)) - 1
			// A letter with bit 5 clear is a capital; setting bit 5
			// (0x80 >> 2) lowers it.
			return i + k, ^x<<2&m != 0, x&(m>>7*0xff) | m>>2, 0, true
		}
		x2 := load64(text, i+8)
		m2 := letterMask(x2)
		if m2 != high8 {
			k := bits.TrailingZeros64(^m2&high8) >> 3
			m2 &= uint64(1)<<(8*uint(k)) - 1
			up := (^x<<2&m | ^x2<<2&m2) != 0
			return i + 8 + k, up, x | m>>2, x2&(m2>>7*0xff) | m2>>2, true
		}
	}
	j, upper = letterRun(text, i)
	return j, upper, 0, 0, false
}

// Eight-byte words for letterRun.
const (
	ones8  = 0x0101010101010101
	high8  = 0x8080808080808080
	lower8 = 0x2020202020202020 // the case bit of each byte
)

// load64 reads s[i:i+8] as a little-endian word (the compiler makes it one
// load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// letterMask has 0x80 in each byte of x that is an ASCII letter.
func letterMask(x uint64) uint64 {
	ascii := ^x & high8
	// Bytes below 0x80 only: adding at most 0x1f never carries across bytes.
	lo := x&^uint64(high8) | 0x20*ones8 // letters folded to lower case
	return (lo + (0x80-'a')*ones8) & ^(lo + (0x7f-'z')*ones8) & ascii
}

// Letter flags of the tokeniser's word loop.
const (
	fLower = 1 << iota
	fUpper
)

var letterFlags = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = fLower
		t[c-'a'+'A'] = fUpper
	}
	return t
}()

// plainTrigger is triggerOf for a small-letter word of ASCII letters,
// held in a string or in bytes, with the filter inline: most words stop
// there, and the many short ones ("a", "in", "of") cost one load.
func plainTrigger[T string | []byte](w T) uint8 {
	switch {
	case len(w) >= 3:
		if !mayTrigger(w[0], w[1], w[2], len(w)) {
			return 0
		}
		h := uint32(fnvOffset)
		for k := 0; k < len(w); k++ {
			h ^= uint32(w[k])
			h *= fnvPrime
		}
		for i := h & (triggerTableSize - 1); ; i = (i + 1) & (triggerTableSize - 1) {
			e := &triggerTable[i]
			if e.cat == 0 {
				return 0
			}
			if e.word == string(w) {
				return e.cat
			}
		}
	case len(w) == 2:
		return shortTriggers[w[0]-'a'][w[1]-'a']
	}
	return shortTriggers[w[0]-'a'][26]
}

// shortTriggers[a][b] is the trigger category of the small-letter word of
// the letters a, b (b = 26 for a word of one letter), so that the many
// short words ("a", "in", "of") cost one load.
var shortTriggers = func() (t [26][27]uint8) {
	for w, c := range triggers {
		switch {
		case len(w) == 1 && w[0] >= 'a' && w[0] <= 'z':
			t[w[0]-'a'][26] = c
		case len(w) == 2 && w[0] >= 'a' && w[0] <= 'z' && w[1] >= 'a' && w[1] <= 'z':
			t[w[0]-'a'][w[1]-'a'] = c
		case len(w) <= 2:
			panic("timex: short trigger word of other than small letters: " + w)
		}
	}
	return t
}()

// addLower stores the lower-cased copy of a word with capitals and looks it
// up.
func (ts *tokens) addLower(t *token, i, j int) {
	t.l = int32(len(ts.lowb))
	ts.lowb = append(ts.lowb, ts.text[i:j]...)
	b := ts.lowb[t.l:]
	for k, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	t.trig = triggerOfBytes(b)
}

func tokenize(text string) *tokens {
	ts := new(tokens)
	ts.tokenize(text)
	return ts
}

// tokenize fills ts with the tokens of text, reusing its buffers.
func (ts *tokens) tokenize(text string) {
	ts.text = text
	ts.cls = ts.cls[:0]
	// The lower-cased copies grow in a local slice, like toks and cand;
	// the slow path's wordToken appends through ts.lowb, synced around it.
	lowb := ts.lowb[:0]
	// About one token per five bytes of copy. The slices are local while
	// they grow, so that their lengths stay in registers.
	toks := reuse(ts.t, len(text)/5+4)
	cand := reuse(ts.cand, len(text)/16+4)
	runs := reuse(ts.runs, len(text)/6+4)
	nl := true
	i := 0
	for i < len(text) {
		// Most of the text goes through fastRun, a loop without calls
		// (which would make the compiler keep its state in memory); it
		// stops at what it leaves to the general code below, which takes
		// one token and hands back.
		end := min(len(text), i+fastChunk)
		if need := end - i; cap(toks)-len(toks) < need || cap(cand)-len(cand) < need || cap(lowb)-len(lowb) < need+32 || cap(runs)-len(runs) < need {
			toks = growFor(toks, need, i, len(text))
			cand = growFor(cand, need, i, len(text))
			lowb = growFor(lowb, need+32, i, len(text))
			runs = growFor(runs, need, i, len(text))
		}
		toks, cand, lowb, runs, i, nl = fastRun(text, i, end, nl, toks, cand, lowb, runs)
		if i >= end {
			continue
		}
		c := text[i]
		switch byteClass[c] {
		case bSpace:
			i++
			continue
		case bNL:
			nl = true
			i++
			continue
		case bPunct:
			if c == '\'' {
				cand = append(cand, int32(len(toks)))
			}
			toks = extend(toks)
			p := &toks[len(toks)-1]
			p.s, p.e, p.l, p.trig, p.kind, p.cap, p.nl = int32(i), int32(i+1), -1, 0, kPunct, false, nl
			nl = false
			i++
			continue
		case bLetter, bUpper:
			// One pass over the letters, which also gives the word
			// lower-cased in chunks for the trigger lookup.
			j, upper, k1, k2, keyed := letterWord(text, i)
			if j == len(text) || text[j] != '\'' && text[j] < utf8.RuneSelf {
				// A word of ASCII letters: no apostrophe or other
				// letter can continue it.
				l := int32(-1)
				var trig uint8
				low := k1
				if !keyed {
					low = letters.Low8(text[i:j])
				}
				runs = append(runs, letters.Run{Start: int32(i), End: int32(j), Low: low})
				if keyed {
					// Up to sixteen letters, held lower-cased in k1, k2:
					// the lookup and the copy take whole chunks.
					if j-i <= 8 {
						trig = shortTrigger(k1)
					} else {
						trig = longTrigger(k1, k2)
					}
					if upper {
						l = int32(len(lowb))
						lowb = binary.LittleEndian.AppendUint64(lowb, k1)
						if j-i > 8 {
							lowb = binary.LittleEndian.AppendUint64(lowb, k2)
						}
						lowb = lowb[:int(l)+j-i]
					}
				} else if upper {
					// Letters only: one bit lowers each.
					l = int32(len(lowb))
					for k := i; k < j; k++ {
						lowb = append(lowb, text[k]|0x20)
					}
					trig = plainTrigger(lowb[l:])
				} else {
					trig = plainTrigger(text[i:j])
				}
				if trig != 0 {
					cand = append(cand, int32(len(toks)))
				}
				// Field by field into the slot: a token literal is built
				// on the stack and copied with a wide load, which stalls
				// on the narrow stores.
				toks = extend(toks)
				p := &toks[len(toks)-1]
				p.s, p.e, p.l, p.trig, p.kind, p.cap, p.nl = int32(i), int32(j), l, trig, kWord, c <= 'Z', nl
				nl = false
				i = j
				// Most words are followed by one space: take it here
				// rather than in another turn of the loop.
				if i < len(text) && text[i] == ' ' {
					i++
				}
				continue
			}
		}
		switch {
		case isDigit(c):
			j := i + 1
			for j < len(text) {
				if isDigit(text[j]) {
					j++
					continue
				}
				if (text[j] == '.' || text[j] == ',' || text[j] == ':') && j+1 < len(text) && isDigit(text[j+1]) {
					j += 2
					continue
				}
				break
			}
			// Ordinal and plural suffixes stay on the number: "30th", "1990s".
			if k := suffixLen(text, j); k > 0 {
				// The suffix is the number's only run of letters.
				runs = append(runs, letters.Run{Start: int32(j), End: int32(j + k), Low: letters.Low8(text[j : j+k])})
				j += k
			}
			cand = append(cand, int32(len(toks)))
			toks = append(toks, token{s: int32(i), e: int32(j), l: -1, kind: kNum, nl: nl})
			nl = false
			i = j
			continue
		}
		if ok, n := letterAt(text, i); ok {
			j := i + n
			upper := false
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf {
					if isWordByte(c) {
						j++
						continue
					}
					if c != '\'' {
						break
					}
				}
				if ok, m := letterAt(text, j); ok {
					j += m
					continue
				}
				if a := apostropheAt(text, j); a > 0 {
					if ok, _ := letterAt(text, j+a); ok {
						j += a
						continue
					}
				}
				break
			}
			for k := i; k < j; k++ {
				if text[k] >= 'A' && text[k] <= 'Z' {
					upper = true
					break
				}
			}
			capital := c >= 'A' && c <= 'Z'
			if c >= utf8.RuneSelf {
				r, _ := utf8.DecodeRuneInString(text[i:])
				capital = unicode.IsUpper(r)
			}
			runs = letters.Append(runs, text, i, j) // "Friday's", "café"
			ts.lowb = lowb
			t := ts.wordToken(i, j, capital, upper, nl)
			lowb = ts.lowb
			if t.trig != 0 {
				cand = append(cand, int32(len(toks)))
			}
			toks = append(toks, t)
			nl = false
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\u2028' || r == '\u2029' || r == '\u0085' {
				nl = true
			}
			i += n
			continue
		}
		if n > 1 || c == '\'' {
			cand = append(cand, int32(len(toks)))
		}
		toks = append(toks, token{s: int32(i), e: int32(i + n), l: -1, kind: kPunct, nl: nl})
		nl = false
		i += n
	}
	ts.t, ts.cand, ts.lowb, ts.runs = toks, cand, lowb, runs
	ts.low = string(lowb)
}

// fastChunk is how many bytes of text fastRun reads at most per call:
// tokenize makes room for that many tokens before it.
const fastChunk = 1024

// fastRun tokenises text[i:end] as tokenize does, as far as it holds only
// spaces, line breaks, ASCII marks and words of one to sixteen ASCII
// letters that end before a byte below 0x80 other than an apostrophe and
// start sixteen bytes or more before the end of text: nearly all of news
// copy. It returns where it stopped (end, or the first byte it leaves to
// tokenize) and the slices grown by what it read. The slices must have
// room for end-i more tokens, candidates and runs of letters and end-i+32
// more bytes of lower-cased words. Each word it reads is a run of letters
// (see tokens.runs). TestTokenizeMatchesReferenceCorpus and
// FuzzTokenizeMatchesReference hold it to the reference tokeniser.
func fastRun(text string, i, end int, nl bool, toks []token, cand []int32, lowb []byte, runs []letters.Run) ([]token, []int32, []byte, []letters.Run, int, bool) {
	tb, cb, lb, rb := toks[:cap(toks)], cand[:cap(cand)], lowb[:cap(lowb)], runs[:cap(runs)]
	n, nc, nlw, nr := len(toks), len(cand), len(lowb), len(runs)
loop:
	for i < end {
		c := text[i]
		cls := byteClass[c]
		if cls-bLetter > bUpper-bLetter {
			// Not a letter (letters first: one test for most tokens).
			switch cls {
			case bSpace:
				i++
			case bNL:
				nl = true
				i++
			case bPunct:
				p := &tb[n]
				p.s, p.e, p.l, p.trig, p.kind, p.cap, p.nl = int32(i), int32(i+1), -1, 0, kPunct, false, nl
				cb[nc] = int32(n)
				if c == '\'' {
					nc++
				}
				n++
				nl = false
				i++
			default:
				break loop // digits and bytes of several-byte runes
			}
			continue
		}
		// A word of letters.
		if i+16 > len(text) {
			break loop
		}
		// The word lower-cased in one or two zero-padded chunks, as
		// letterWord makes them, and the byte after it.
		x := load64(text, i)
		m := letterMask(x)
		var j int
		var k1, k2 uint64
		var upper bool
		var next byte
		// t marks the bytes that are no letters; its lowest bit is
		// the high bit of the byte after the word, so (t&-t)>>7 - 1
		// keeps the word's bytes. Every one of them is a letter: OR
		// 0x20 lowers it, and a capital has that bit clear.
		if t := ^m & high8; t != 0 {
			tz := bits.TrailingZeros64(t)
			keep := (t&-t)>>7 - 1
			j, next = i+tz>>3, byte(x>>(uint(tz)&56))
			k1, upper = (x|lower8)&keep, ^x&lower8&keep != 0
		} else {
			x2 := load64(text, i+8)
			t := ^letterMask(x2) & high8
			if t == 0 {
				break loop // more than sixteen letters
			}
			tz := bits.TrailingZeros64(t)
			keep := (t&-t)>>7 - 1
			j, next = i+8+tz>>3, byte(x2>>(uint(tz)&56))
			k1, k2 = x|lower8, (x2|lower8)&keep
			upper = (^x&lower8 | ^x2&lower8&keep) != 0
		}
		if next == '\'' || next >= utf8.RuneSelf {
			break loop // "Friday's", "café": the general code
		}
		var trig uint8
		if j-i <= 8 {
			trig = shortTrigger(k1)
		} else {
			trig = longTrigger(k1, k2)
		}
		l := int32(-1)
		if upper {
			// Both chunks, whatever the length: the bytes past the
			// word are overwritten by the next one or cut off.
			l = int32(nlw)
			binary.LittleEndian.PutUint64(lb[nlw:], k1)
			binary.LittleEndian.PutUint64(lb[nlw+8:], k2)
			nlw += j - i
		}
		cb[nc] = int32(n)
		if trig != 0 {
			nc++
		}
		p := &tb[n]
		p.s, p.e, p.l, p.trig, p.kind, p.cap, p.nl = int32(i), int32(j), l, trig, kWord, c <= 'Z', nl
		n++
		r := &rb[nr]
		r.Start, r.End, r.Low = int32(i), int32(j), k1
		nr++
		nl = false
		i = j
		if next == ' ' {
			i++
		}
	}
	return tb[:n], cb[:nc], lb[:nlw], rb[:nr], i, nl
}

// growFor returns buf with room for need more elements, read bytes into a
// text of n: when it must grow, it grows to what the rate so far foretells
// for the whole text rather than by a quarter at a time, which on a text
// of one token a byte (megabytes of marks) copied the tokens a dozen
// times and held two copies at the peak.
func growFor[T any](buf []T, need, read, n int) []T {
	if cap(buf)-len(buf) >= need {
		return buf
	}
	more := need
	if read > 0 {
		more = max(need, int(int64(len(buf))*int64(n-read)/int64(read))+need)
	}
	return slices.Grow(buf, more)
}

// extend returns toks one longer; the new token's fields are stale and
// every one must be set.
func extend(toks []token) []token {
	if len(toks) < cap(toks) {
		return toks[:len(toks)+1]
	}
	return append(toks, token{})
}

// reuse returns buf emptied with room for n elements.
func reuse[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, 0, n)
	}
	return buf[:0]
}

// suffixLen returns the length of an ordinal or plural suffix at j that ends
// a word ("th", "st", "nd", "rd", "s"), or 0.
func suffixLen(text string, j int) int {
	lower := func(k int) byte {
		if k < len(text) {
			return text[k] | 0x20
		}
		return 0
	}
	n := 0
	switch a, b := lower(j), lower(j+1); {
	case a == 't' && b == 'h', a == 's' && b == 't', a == 'n' && b == 'd', a == 'r' && b == 'd':
		n = 2
	case a == 's':
		n = 1
	default:
		return 0
	}
	if k := j + n; k == len(text) || !isWordByte(text[k]) && !isDigit(text[k]) {
		return n
	}
	return 0
}

func (ts *tokens) n() int { return len(ts.t) }

// w returns the lower-cased surface of token i ("" out of range).
func (ts *tokens) w(i int) string {
	if i < 0 || i >= len(ts.t) {
		return ""
	}
	t := ts.t[i]
	if t.l < 0 {
		return ts.text[t.s:t.e]
	}
	return ts.low[t.l : t.l+t.e-t.s]
}

// base returns the lower-cased word without a possessive "'s".
func (ts *tokens) base(i int) string {
	return possessiveBase(ts.w(i))
}

func possessiveBase(w string) string {
	if len(w) > 2 && w[len(w)-2:] == "'s" {
		return w[:len(w)-2]
	}
	if len(w) > 4 && w[len(w)-4:] == "\xe2\x80\x99s" {
		return w[:len(w)-4]
	}
	return w
}

// trig returns the trigger category of token i (0 out of range).
func (ts *tokens) trig(i int) uint8 {
	if i < 0 || i >= len(ts.t) {
		return 0
	}
	return ts.t[i].trig
}

// isPunct reports whether token i is the punctuation p.
func (ts *tokens) isPunct(i int, p string) bool {
	return i >= 0 && i < len(ts.t) && ts.t[i].kind == kPunct && ts.text[ts.t[i].s:ts.t[i].e] == p
}

// adjacent reports whether tokens i and i+1 touch (no space between).
func (ts *tokens) adjacent(i int) bool {
	return i >= 0 && i+1 < len(ts.t) && ts.t[i].e == ts.t[i+1].s
}

// abbrevs end with a full stop that does not end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "st": true,
	"jr": true, "sr": true, "rev": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "vs": true, "v": true, "inc": true, "corp": true, "ltd": true, "co": true,
	"no": true, "mt": true, "ft": true,
}

// sentenceStart reports whether token i opens a sentence.
func (ts *tokens) sentenceStart(i int) bool {
	if i <= 0 {
		return true
	}
	t := &ts.t[i]
	if t.nl {
		return true
	}
	p := i - 1
	// Skip closing quotes and brackets after the mark.
	for p > 0 && ts.t[p].kind == kPunct && isCloserTok(ts.text[ts.t[p].s:ts.t[p].e]) {
		p--
	}
	if ts.t[p].kind != kPunct {
		return false // most words follow a word
	}
	pt := ts.text[ts.t[p].s:ts.t[p].e]
	if pt != "." && pt != "!" && pt != "?" && pt != "…" {
		return false
	}
	if pt == "." && p > 0 && ts.t[p-1].kind == kWord && ts.adjacent(p-1) {
		w := ts.w(p - 1)
		if abbrevsTab.val(w) || len(w) == 1 {
			return false
		}
	}
	if t.kind == kPunct {
		switch ts.text[t.s:t.e] {
		case "\"", "“", "‘", "'", "(", "[", "—", "-":
			return true
		}
		return false
	}
	return t.cap || t.kind == kNum
}

func isCloserTok(s string) bool {
	switch s {
	case "\"", "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}

// maxClause bounds how far tense detection looks from a timex, in tokens,
// so run-on input cannot make tagging quadratic.
const maxClause = 60

// sentenceBounds returns the token range [a, b) of the sentence holding i,
// clipped to maxClause tokens either side.
func (ts *tokens) sentenceBounds(i int) (int, int) {
	a := i
	for a > 0 && a > i-maxClause && !ts.sentenceStart(a) {
		a--
	}
	b := i + 1
	for b < len(ts.t) && b < i+maxClause && !ts.sentenceStart(b) {
		b++
	}
	return a, b
}
