package store

import (
	"strings"
	"sync"

	newsbot "github.com/newsroom/newsbot"
)

// nameKeys memoises NameKey and alias keys for batch preparation: the
// keys of an article's people and mentions are worked out with the rest
// of its text work, on all cores ahead of the write (PrepareBatch), so the
// single writer only looks them up. The same few thousand names recur in
// every batch, so most are found here. Safe for concurrent use.
type nameKeys struct {
	mu      sync.RWMutex
	keys    map[string]string // NameKey by name as written
	aliases map[string]string // aliasKey by mention as written
}

func newNameKeys() *nameKeys {
	return &nameKeys{keys: map[string]string{}, aliases: map[string]string{}}
}

// keyLookup is one preparing goroutine's view of a nameKeys: the shared
// maps, read-only while a batch is prepared, and what it worked out itself.
type keyLookup struct {
	shared              *nameKeys
	newKeys, newAliases map[string]string
}

func (l *keyLookup) nameKey(name string) string {
	if k, ok := l.shared.keys[name]; ok {
		return k
	}
	if k, ok := l.newKeys[name]; ok {
		return k
	}
	k := NameKey(name)
	l.newKeys[name] = k
	return k
}

// aliasKey is writeCache.aliasKeyOf: the mention's NameKey when it is a
// name, "" for pronouns and descriptions.
func (l *keyLookup) aliasKey(mention string) string {
	if k, ok := l.shared.aliases[mention]; ok {
		return k
	}
	if k, ok := l.newAliases[mention]; ok {
		return k
	}
	k := ""
	if m := strings.TrimSpace(mention); isNameMention(m) {
		k = peerAliasKey(m, l.nameKey(m))
	}
	l.newAliases[mention] = k
	return k
}

// prepKeys are the name keys of an article's people and their mentions.
type prepKeys struct {
	people   []string   // NameKey of People[i].Name
	words    []int      // countFields(People[i].Name)
	mentions [][]string // alias key of People[i].Mentions[j]
}

func (l *keyLookup) prepKeys(x *newsbot.Extraction) prepKeys {
	if len(x.People) == 0 {
		return prepKeys{}
	}
	k := prepKeys{people: make([]string, len(x.People)), words: make([]int, len(x.People)), mentions: make([][]string, len(x.People))}
	for i, p := range x.People {
		k.people[i] = l.nameKey(p.Name)
		k.words[i] = countFields(p.Name)
		if len(p.Mentions) > 0 {
			ms := make([]string, len(p.Mentions))
			for j, m := range p.Mentions {
				ms[j] = l.aliasKey(m)
			}
			k.mentions[i] = ms
		}
	}
	return k
}

// lookups starts n goroutines' views for one batch; done merges what they
// worked out. Between the two the shared maps are only read.
func (nk *nameKeys) lookups(n int) []*keyLookup {
	nk.mu.RLock()
	out := make([]*keyLookup, n)
	for i := range out {
		out[i] = &keyLookup{shared: nk, newKeys: map[string]string{}, newAliases: map[string]string{}}
	}
	return out
}

func (nk *nameKeys) done(ls []*keyLookup) {
	nk.mu.RUnlock()
	nk.mu.Lock()
	defer nk.mu.Unlock()
	// Bounded like the write cache: past its bound it starts afresh.
	if len(nk.keys)+len(nk.aliases) > 2*maxCachedEntries {
		clear(nk.keys)
		clear(nk.aliases)
	}
	for _, l := range ls {
		for k, v := range l.newKeys {
			nk.keys[k] = v
		}
		for k, v := range l.newAliases {
			nk.aliases[k] = v
		}
	}
}
