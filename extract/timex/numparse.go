package timex

import (
	"errors"
	"fmt"
	"strconv"
)

// The tagger tries to read many tokens as numbers that are not plain ones
// ("30th", "3:07", "1990s"), and strconv allocates the error it returns for
// each. atoi and parseFloat answer as strconv does, returning errNotNumber
// instead for input it would reject for sure; every caller only tests the
// error against nil.

var errNotNumber = errors.New("timex: not a number")

// atoi is strconv.Atoi.
func atoi(s string) (int, error) {
	if len(s) == 0 || len(s) > 18 {
		return strconv.Atoi(s) // empty, or may overflow: strconv decides
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			if i == 0 && (c == '+' || c == '-') {
				return strconv.Atoi(s)
			}
			return 0, errNotNumber
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

// floatBytes holds every byte that strconv.ParseFloat accepts somewhere in
// its input: digits, signs, points, underscores, exponents, hexadecimal
// digits and prefixes, and the letters of "inf", "infinity" and "nan".
var floatBytes = func() (t [256]bool) {
	for _, c := range []byte("0123456789+-._eEpPxXabcdefABCDEFinftyINFTY") {
		t[c] = true
	}
	return t
}()

// parseFloat is strconv.ParseFloat(s, 64).
func parseFloat(s string) (float64, error) {
	for i := 0; i < len(s); i++ {
		if !floatBytes[s[i]] {
			return 0, errNotNumber // ParseFloat rejects this byte anywhere
		}
	}
	return strconv.ParseFloat(s, 64)
}

// Values are mostly years and dates: fmt.Sprintf boxes each number (an
// allocation for any above 255) and parses its format every time. These
// give what it gives for "%04d", "%04d-%02d" and "%04d-%02d-%02d", and
// leave negative numbers to it.

// fmtYear is fmt.Sprintf("%04d", y).
func fmtYear(y int) string {
	if y < 0 {
		return fmt.Sprintf("%04d", y)
	}
	var b [24]byte
	return string(appendPadded(b[:0], y, 4))
}

// fmtYearMonth is fmt.Sprintf("%04d-%02d", y, m).
func fmtYearMonth(y, m int) string {
	if y < 0 || m < 0 {
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	var b [48]byte
	x := appendPadded(b[:0], y, 4)
	x = append(x, '-')
	return string(appendPadded(x, m, 2))
}

// fmtDate is fmt.Sprintf("%04d-%02d-%02d", y, m, d).
func fmtDate(y, m, d int) string {
	if y < 0 || m < 0 || d < 0 {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	var b [72]byte
	x := appendPadded(b[:0], y, 4)
	x = append(x, '-')
	x = appendPadded(x, m, 2)
	x = append(x, '-')
	return string(appendPadded(x, d, 2))
}

// appendPadded appends v >= 0 in decimal, zero-padded to width digits.
func appendPadded(b []byte, v, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(v), 10)
	for k := len(s); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
