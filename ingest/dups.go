package ingest

import "sync"

// dupWindow is how many recent articles' texts a load remembers to spot
// repeats (recentTexts): a wire story sent again, an archive that holds a
// story twice. Repeats further apart are still skipped by the store, only
// after being analysed for nothing. About 10 MB at most.
const dupWindow = 1 << 16

// recentTexts remembers which job first brought each recent text hash, so
// that workers can tell a repeat before analysing it: saving skips an
// article whose text is stored, whatever its extraction (6% of the BBC
// replica's lines, each as costly to extract as a new one). A claim is a
// hint: the store checks it (store.PrepareBatchDups). Safe for concurrent
// use; jobs may claim out of input order, and the earliest job keeps the
// hash.
type recentTexts struct {
	mu    sync.Mutex
	first map[string]int // hash -> seq of the earliest job with it
	ring  []seenText     // claims in arrival order; the oldest is forgotten
	next  int
}

type seenText struct {
	hash string
	seq  int
}

func newRecentTexts(n int) *recentTexts {
	return &recentTexts{first: make(map[string]int, n), ring: make([]seenText, n)}
}

// repeat records that job seq has text hash and reports whether an
// earlier job had it too.
func (r *recentTexts) repeat(hash string, seq int) bool {
	if hash == "" {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := r.first[hash]; ok && s < seq {
		return true
	}
	// New, or an earlier job than the one that claimed it (workers run
	// chunks side by side): this one is the first.
	if old := r.ring[r.next]; old.hash != "" && r.first[old.hash] == old.seq {
		delete(r.first, old.hash)
	}
	r.first[hash] = seq
	r.ring[r.next] = seenText{hash: hash, seq: seq}
	r.next = (r.next + 1) % len(r.ring)
	return false
}
