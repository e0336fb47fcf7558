package query

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"strings"
	"sync"
)

// Index finds, among many queries, those matching a document. Each query is
// filed under anchor tokens such that any document it matches contains at
// least one of them; Match looks up the document's distinct tokens and checks
// only the queries filed under them. It is safe for concurrent use: Match
// runs under a read lock and may run in parallel with other Matches.
type Index struct {
	mu    sync.RWMutex
	slots []entry
	metas []meta // parallel to slots
	// prefix holds the first 16 bytes of each slot's id, as big-endian
	// integers, so that Match sorts its results by comparing integers
	// (parallel to slots; ids are compared whole only when their
	// prefixes tie).
	prefix  [][2]uint64
	free    []int32
	ids     map[string]int32     // id -> slot
	posting map[uint64][]posting // anchor token -> queries filed under it
	// anchors counts the anchor tokens by their top bits, so that Match
	// skips the posting lookup of most document tokens (those no query
	// is filed under) with one read of a small array.
	anchors []uint16
	// progs holds the programs too long for their entries, each after its
	// length; progGarbage counts the words of removed ones.
	progs       []uint64
	progGarbage int
	scratch     sync.Pool // *scratch
}

// anchorBits sizes Index.anchors: 2^16 counters, 128 KiB.
const anchorBits = 16

// entry is what Match reads for a candidate: 128 bytes without pointers,
// with the program inline when it is short (most are), so that checking a
// candidate reads two adjacent cache lines and the collector never scans
// the entries.
type entry struct {
	need  [maxNeed]uint64 // tokens every matching document contains
	nneed uint8
	exact bool   // need is the whole query: no need to evaluate q
	multi bool   // more than one anchor: the entry may be reached twice
	plen  uint8  // program length if inline, else 0
	poff  uint32 // program offset in Index.progs when not inline
	inl   [inlineProg]uint64
}

const (
	maxNeed    = 3
	inlineProg = 12
)

// program returns the entry's compiled query.
func (x *Index) program(e *entry) program {
	if e.plen > 0 {
		return e.inl[:e.plen]
	}
	n := int(x.progs[e.poff])
	return x.progs[e.poff+1 : int(e.poff)+1+n]
}

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
	multi bool // entry.multi: the query may be reached twice
	also  uint64
}

type scratch struct {
	seen    []uint64 // bitset over slots
	touched []int32
	matched []int32
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{ids: map[string]int32{}, posting: map[uint64][]posting{}, anchors: make([]uint16, 1<<anchorBits)}
}

func anchorCell(h uint64) uint64 { return h >> (64 - anchorBits) }

func idPrefix(id string) [2]uint64 {
	var b [16]byte
	copy(b[:], id)
	return [2]uint64{binary.BigEndian.Uint64(b[:8]), binary.BigEndian.Uint64(b[8:])}
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
	e := entry{multi: len(anchors) > 1}
	prog := compile(q.root, nil)
	need, exact := required(q.root)
	e.nneed = uint8(copy(e.need[:], need))
	e.exact = exact && len(need) <= maxNeed
	m := meta{id: id, anchors: anchors}

	x.mu.Lock()
	defer x.mu.Unlock()
	x.remove(id)
	if len(prog) <= inlineProg {
		e.plen = uint8(copy(e.inl[:], prog))
	} else {
		x.compactProgs()
		e.poff = uint32(len(x.progs))
		x.progs = append(append(x.progs, uint64(len(prog))), prog...)
	}
	var slot int32
	if n := len(x.free); n > 0 {
		slot, x.free = x.free[n-1], x.free[:n-1]
		x.slots[slot], x.metas[slot], x.prefix[slot] = e, m, idPrefix(id)
	} else {
		slot = int32(len(x.slots))
		x.slots = append(x.slots, e)
		x.metas = append(x.metas, m)
		x.prefix = append(x.prefix, idPrefix(id))
	}
	x.ids[id] = slot
	for _, a := range anchors {
		if c := &x.anchors[anchorCell(a)]; *c < math.MaxUint16 {
			*c++
		}
		p := posting{slot: slot, exact: e.exact && e.nneed <= 2, multi: e.multi}
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
		// A saturated counter stays so: it may count more anchors than
		// it can say, and the lookup it guards is only an optimisation.
		if c := &x.anchors[anchorCell(a)]; *c < math.MaxUint16 {
			*c--
		}
		p := x.posting[a]
		i := slices.IndexFunc(p, func(p posting) bool { return p.slot == slot })
		p[i] = p[len(p)-1]
		if p = p[:len(p)-1]; len(p) == 0 {
			delete(x.posting, a)
		} else {
			x.posting[a] = p
		}
	}
	if e := &x.slots[slot]; e.plen == 0 {
		x.progGarbage += 1 + int(x.progs[e.poff])
	}
	x.slots[slot], x.metas[slot] = entry{}, meta{}
	x.free = append(x.free, slot)
}

// compactProgs rewrites progs without the programs of removed queries
// once they are half of it.
func (x *Index) compactProgs() {
	if x.progGarbage < 1024 || x.progGarbage < len(x.progs)/2 {
		return
	}
	progs := make([]uint64, 0, len(x.progs)-x.progGarbage)
	for i := range x.slots {
		e := &x.slots[i]
		if e.plen > 0 || x.ids[x.metas[i].id] != int32(i) {
			continue // inline, or a free slot
		}
		n := int(x.progs[e.poff])
		off := len(progs)
		progs = append(progs, x.progs[e.poff:int(e.poff)+1+n]...)
		e.poff = uint32(off)
	}
	x.progs, x.progGarbage = progs, 0
}

// Match returns the ids of the queries matching d, sorted. It allocates
// only the result.
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
	matched := sc.matched[:0]
	for _, h := range d.keys {
		if h == 0 || x.anchors[anchorCell(h)] == 0 {
			continue
		}
		for _, p := range x.posting[h] {
			if p.also != 0 && d.has(p.also) == 0 {
				continue // rejected without touching the entry
			}
			slot := p.slot
			if p.exact {
				matched = append(matched, slot)
				continue
			}
			if p.multi {
				w, b := slot>>6, uint64(1)<<(slot&63)
				if sc.seen[w]&b != 0 {
					continue
				}
				sc.seen[w] |= b
				sc.touched = append(sc.touched, slot)
			}
			e := &x.slots[slot]
			if hasAll(d, e.need[:e.nneed]) && (e.exact || x.program(e).match(d)) {
				matched = append(matched, slot)
			}
		}
	}
	for _, slot := range sc.touched {
		sc.seen[slot>>6] = 0
	}
	sc.touched = sc.touched[:0]
	slices.SortFunc(matched, func(a, b int32) int {
		if pa, pb := &x.prefix[a], &x.prefix[b]; *pa != *pb {
			if pa[0] != pb[0] {
				return cmp.Compare(pa[0], pb[0])
			}
			return cmp.Compare(pa[1], pb[1])
		}
		return strings.Compare(x.metas[a].id, x.metas[b].id)
	})
	var out []string
	if len(matched) > 0 {
		out = make([]string, len(matched))
		for i, slot := range matched {
			out[i] = x.metas[slot].id
		}
	}
	sc.matched = matched
	x.scratch.Put(sc)
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
