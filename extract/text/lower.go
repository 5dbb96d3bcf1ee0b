package text

// LowerASCII is s with its ASCII capitals lower-cased and every other byte
// kept, so that an offset found in the result is one into s.
// strings.ToLower changes the length of some letters ("Ⱥ" grows to three
// bytes, "İ" shrinks to one), and offsets read across the two strings then
// point at other words or past the end. Without a capital, s itself.
func LowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			return string(AppendLowerASCII(make([]byte, 0, len(s)), s))
		}
	}
	return s
}

// AppendLowerASCII appends s to dst as LowerASCII writes it.
func AppendLowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
