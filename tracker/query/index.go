package query

import (
	"slices"
	"sync"
)

// Index finds, among many queries, those matching a document. Each query is
// filed under anchor tokens such that any document it matches contains at
// least one of them; Match looks up the document's distinct tokens and checks
// only the queries filed under them. It is safe for concurrent use: Match
// runs under a read lock and may run in parallel with other Matches.
type Index struct {
	mu      sync.RWMutex
	slots   []entry
	metas   []meta // parallel to slots
	free    []int32
	ids     map[string]int32     // id -> slot
	posting map[uint64][]posting // anchor token -> queries filed under it
	scratch sync.Pool            // *scratch
}

// entry is what Match reads for a candidate; it is kept small and free of
// pointers other than q so that checking a candidate costs one cache miss.
type entry struct {
	need  [maxNeed]uint64 // tokens every matching document contains
	nneed uint8
	exact bool // need is the whole query: no need to evaluate q
	multi bool // more than one anchor: the entry may be reached twice
	prog  program
}

const maxNeed = 3

// meta is the cold part of an entry.
type meta struct {
	id      string
	anchors []uint64
}

// posting files a query under an anchor token, with one more token (also,
// 0 if none) that any matching document contains, so that most candidates
// are rejected, and one- and two-word queries accepted, while scanning the
// posting list.
type posting struct {
	slot  int32
	exact bool // the query is the anchor and also: a match, entry unread
	also  uint64
}

type scratch struct {
	seen    []uint64 // bitset over slots
	touched []int32
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{ids: map[string]int32{}, posting: map[uint64][]posting{}}
}

// Len returns the number of queries in the index.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.ids)
}

// Add files q under id, replacing any query already filed under id.
func (x *Index) Add(id string, q *Query) {
	anchors, _ := anchorsOf(q.root)
	slices.Sort(anchors)
	anchors = slices.Compact(anchors)
	e := entry{prog: compile(q.root, nil), multi: len(anchors) > 1}
	need, exact := required(q.root)
	e.nneed = uint8(copy(e.need[:], need))
	e.exact = exact && len(need) <= maxNeed
	m := meta{id: id, anchors: anchors}

	x.mu.Lock()
	defer x.mu.Unlock()
	x.remove(id)
	var slot int32
	if n := len(x.free); n > 0 {
		slot, x.free = x.free[n-1], x.free[:n-1]
		x.slots[slot], x.metas[slot] = e, m
	} else {
		slot = int32(len(x.slots))
		x.slots = append(x.slots, e)
		x.metas = append(x.metas, m)
	}
	x.ids[id] = slot
	for _, a := range anchors {
		p := posting{slot: slot, exact: e.exact && e.nneed <= 2}
		for _, h := range need {
			if h != a {
				p.also = h
				break
			}
		}
		x.posting[a] = append(x.posting[a], p)
	}
}

// Remove deletes the query filed under id, if any.
func (x *Index) Remove(id string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.remove(id)
}

func (x *Index) remove(id string) {
	slot, ok := x.ids[id]
	if !ok {
		return
	}
	delete(x.ids, id)
	for _, a := range x.metas[slot].anchors {
		p := x.posting[a]
		i := slices.IndexFunc(p, func(p posting) bool { return p.slot == slot })
		p[i] = p[len(p)-1]
		if p = p[:len(p)-1]; len(p) == 0 {
			delete(x.posting, a)
		} else {
			x.posting[a] = p
		}
	}
	x.slots[slot], x.metas[slot] = entry{}, meta{}
	x.free = append(x.free, slot)
}

// Match returns the ids of the queries matching d, sorted.
func (x *Index) Match(d *Doc) []string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	if need := (len(x.slots) + 63) / 64; len(sc.seen) < need {
		sc.seen = make([]uint64, need)
	}
	var out []string
	for _, h := range d.keys {
		if h == 0 {
			continue
		}
		for _, p := range x.posting[h] {
			if p.also != 0 && d.has(p.also) == 0 {
				continue // rejected without touching the entry
			}
			slot := p.slot
			if p.exact {
				out = append(out, x.metas[slot].id)
				continue
			}
			e := &x.slots[slot]
			if e.multi {
				w, b := slot>>6, uint64(1)<<(slot&63)
				if sc.seen[w]&b != 0 {
					continue
				}
				sc.seen[w] |= b
				sc.touched = append(sc.touched, slot)
			}
			if hasAll(d, e.need[:e.nneed]) && (e.exact || e.prog.match(d)) {
				out = append(out, x.metas[slot].id)
			}
		}
	}
	for _, slot := range sc.touched {
		sc.seen[slot>>6] = 0
	}
	sc.touched = sc.touched[:0]
	x.scratch.Put(sc)
	slices.Sort(out)
	return out
}

func hasAll(d *Doc, words []uint64) bool {
	for _, h := range words {
		if d.has(h) == 0 {
			return false
		}
	}
	return true
}

// required returns token hashes that every document matching n contains:
// the tokens of the terms of its top-level AND (or of n itself if it is a
// term). exact reports whether containing them all is also sufficient, which
// is the case for a single word or an AND of single words.
func required(n *node) (toks []uint64, exact bool) {
	switch n.kind {
	case kindTerm:
		return n.toks, len(n.toks) == 1
	case kindAnd:
		exact = true
		for _, k := range n.kids {
			if k.kind == kindTerm {
				toks = append(toks, k.toks...)
				exact = exact && len(k.toks) == 1
			} else {
				exact = false
			}
		}
		slices.Sort(toks)
		return slices.Compact(toks), exact
	}
	return nil, false
}

// anchorsOf returns tokens at least one of which any document matching n
// contains, and an estimate of how often they occur (lower is rarer). An
// exclusion has no anchors (cost -1).
func anchorsOf(n *node) ([]uint64, int) {
	switch n.kind {
	case kindTerm:
		best := 0
		for i, c := range n.costs {
			if c < n.costs[best] {
				best = i
			}
		}
		return []uint64{n.toks[best]}, n.costs[best]
	case kindAnd:
		var best []uint64
		bestCost := -1
		for _, k := range n.kids {
			if a, c := anchorsOf(k); c >= 0 && (bestCost < 0 || c < bestCost) {
				best, bestCost = a, c
			}
		}
		return best, bestCost
	case kindOr:
		var all []uint64
		total := 0
		for _, k := range n.kids {
			a, c := anchorsOf(k)
			all = append(all, a...)
			total += c
		}
		return all, total
	}
	return nil, -1
}

// tokenCost guesses how common a (stemmed) token is in news text: common
// English words first, then short tokens, then by length.
func tokenCost(tok []byte) int {
	if common[hashToken(tok)] {
		return 1000
	}
	switch n := len(tok); {
	case n <= 2:
		return 300
	case n == 3:
		return 150
	default:
		return 100 - 3*min(n, 20)
	}
}

var common = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{
		"the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with",
		"at", "by", "from", "is", "are", "was", "were", "be", "been", "it",
		"its", "this", "that", "these", "those", "as", "not", "but", "has",
		"have", "had", "he", "she", "they", "we", "you", "his", "her", "their",
		"said", "say", "new", "will", "would", "can", "could", "after", "over",
		"more", "than", "also", "about", "up", "out", "who", "what", "when",
		"which", "all", "one", "two", "three", "year", "people", "government",
		"president", "state", "news", "first", "last", "world", "us", "no",
		"if", "so", "into", "just", "there", "other", "some", "told", "time",
		"day", "week", "month", "percent", "city", "country", "police",
		"official", "report", "minister", "million", "billion", "today",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "while", "where", "how", "why", "before", "since", "during",
		"under", "against", "between", "most", "many", "only", "because",
		"should", "may", "might", "being", "our", "my", "your", "them", "him",
		"then", "now", "any", "each", "both", "very", "such", "make", "made",
		"take", "get", "back", "still", "even", "well", "like", "way", "part",
	} {
		m[hashToken(stem([]byte(w)))] = true
	}
	return m
}()
