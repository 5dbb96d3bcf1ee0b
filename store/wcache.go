package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// writeCache is what the saver knows of stored people, aliases, issues and
// issue terms, kept from one batch to the next: archive copy mentions the
// same people and threads batch after batch, and re-reading (and re-preparing
// for comparison) them from SQLite was most of the cost of a batch.
//
// It mirrors rows only this Store's saver writes. It is trusted only while
// that stays true:
//   - another connection's commit changes PRAGMA data_version, which each
//     batch compares on entry (inside its write lock) and then starts afresh;
//   - the editor's issue changes on this Store drop it (dropWriteCache);
//   - a batch that fails drops it (its rows were rolled back).
type writeCache struct {
	version   int64                   // PRAGMA data_version when last in step
	people    map[string]cachedPerson // by name key
	aliases   map[aliasKey]bool       // aliases known to be stored
	issues    map[int64]*cachedIssue  // stored issues read or written
	termCands map[string][]int64      // issue_terms lookups: the issueCandidates newest ids, descending
	keys      map[string]string       // NameKey of names and mentions as written
	mentions  map[string]string       // mention as written → its alias key; "" when not a name
	// changed holds people whose row this batch rewrote: other keys'
	// entries for them (a surname, another spelling) may be stale.
	changed map[int64]bool
}

// Bounds on the cache; one past its bound starts afresh at the next batch
// (as if each batch read what it needs, as before), so memory stays flat
// however big the archive grows: issues, with their word sets, take a few
// KB each, people and names about a hundred bytes.
const (
	maxCachedIssues = 10_000
	// Candidate lists are a few hundred bytes; there are more terms than
	// issues (a million-article archive passes 10,000), and a bound below
	// the working set would start the whole cache afresh every batch.
	maxCachedTerms   = 50_000
	maxCachedEntries = 100_000
)

func newWriteCache(version int64) *writeCache {
	return &writeCache{version: version, people: map[string]cachedPerson{}, aliases: map[aliasKey]bool{},
		issues: map[int64]*cachedIssue{}, termCands: map[string][]int64{}, keys: map[string]string{},
		mentions: map[string]string{}, changed: map[int64]bool{}}
}

// nameKey is NameKey(name), remembered: the same few thousand names recur
// in every batch, and folding them is most of what a cached person costs.
func (c *writeCache) nameKey(name string) string {
	if k, ok := c.keys[name]; ok {
		return k
	}
	k := NameKey(name)
	c.keys[name] = k
	return k
}

// aliasKeyOf is the key a mention is recorded under as an alias: its
// NameKey when it is a name ("Sir Keir", "Starmer"), "" for pronouns and
// descriptions. Remembered, like nameKey.
func (c *writeCache) aliasKeyOf(mention string) string {
	if k, ok := c.mentions[mention]; ok {
		return k
	}
	k := ""
	if m := strings.TrimSpace(mention); isNameMention(m) {
		k = peerAliasKey(m, c.nameKey(m))
	}
	c.mentions[mention] = k
	return k
}

func (c *writeCache) full() bool {
	return len(c.issues) > maxCachedIssues || len(c.termCands) > maxCachedTerms ||
		max(len(c.people), len(c.aliases), len(c.keys), len(c.mentions)) > maxCachedEntries
}

// writeCacheFor returns the cache a batch may use inside tx, which holds
// the write lock: the kept one when no other connection has committed since,
// else an empty one. Called with s.wmu held.
func (s *Store) writeCacheFor(ctx context.Context, tx *sql.Tx) (*writeCache, error) {
	var v int64
	if err := tx.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return nil, fmt.Errorf("data version: %w", err)
	}
	if s.wc == nil || s.wc.version != v || s.wc.full() {
		s.wc = newWriteCache(v)
	}
	s.wc.trim()
	return s.wc, nil
}

// dropWriteCache forgets everything cached; for writes outside the saver
// that change people or issues. Called with s.wmu held.
func (s *Store) dropWriteCache() { s.wc = nil }

// addTermCand records that issue id is now indexed under term w. Within a
// batch a looked-up list grows (issues stored earlier in the batch are
// candidates too, as they always were); trim cuts it back between batches.
func (c *writeCache) addTermCand(w string, id int64) {
	ids, ok := c.termCands[w]
	if !ok {
		return // not looked up yet: the query will see the new row
	}
	i, found := slices.BinarySearchFunc(ids, id, func(a, b int64) int { return cmp.Compare(b, a) }) // descending
	if !found {
		c.termCands[w] = slices.Insert(ids, i, id)
	}
}

// trim makes the cache what a new batch would read afresh: candidate lists
// the issueCandidates newest; no surname resolved to a full name (the next
// batch decides again: another full name may have come since); nobody
// whose row changed under another key.
func (c *writeCache) trim() {
	c.trimTerms()
	c.trimPeople()
}

// trimTerms is trim's part for issue merging.
func (c *writeCache) trimTerms() {
	for w, ids := range c.termCands {
		if len(ids) > issueCandidates {
			c.termCands[w] = ids[:issueCandidates]
		}
	}
}

// trimPeople is trim's part for people.
func (c *writeCache) trimPeople() {
	for k, p := range c.people {
		if p.name == "" || c.changed[p.id] {
			delete(c.people, k)
		}
	}
	clear(c.changed)
}

// forgetIssue drops a deleted issue. Candidate lists holding it are dropped
// too: a full list would otherwise miss the next-newest issue.
func (c *writeCache) forgetIssue(id int64) {
	delete(c.issues, id)
	for w, ids := range c.termCands {
		if slices.Contains(ids, id) {
			delete(c.termCands, w)
		}
	}
}

// forgetPerson drops a deleted person: a new row may reuse its id.
func (c *writeCache) forgetPerson(id int64) {
	for k, p := range c.people {
		if p.id == id {
			delete(c.people, k)
		}
	}
	for k := range c.aliases {
		if k.person == id {
			delete(c.aliases, k)
		}
	}
}
