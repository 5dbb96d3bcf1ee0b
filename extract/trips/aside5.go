package trips

import "strings"

// whoAsideOpen is the offset in head (the sentence up to a timex) of the
// comma that opens a relative aside about a person, still open where
// head ends: ", who took office in", ", a former finance minister who
// took office in", ", whose term began in". -1 when the last comma opens
// no such aside: its time is the person's story, not the journey's.
func whoAsideOpen(head string) int {
	c := strings.LastIndex(head, ", ")
	if c < 0 {
		return -1
	}
	rest := head[c+1:]
	if strings.HasPrefix(rest, " who ") || strings.HasPrefix(rest, " whose ") {
		return c
	}
	// An appositive noun phrase first: ", a former economy minister who".
	w := strings.Index(rest, " who ")
	if w < 0 {
		w = strings.Index(rest, " whose ")
	}
	if w < 0 || w > 60 || !strings.HasPrefix(rest, " a ") && !strings.HasPrefix(rest, " an ") && !strings.HasPrefix(rest, " the ") {
		return -1
	}
	return c
}
