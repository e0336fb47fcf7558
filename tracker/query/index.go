package query

import (
	"cmp"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Index finds, among many queries, those matching a document. Each query is
// filed under anchor tokens such that any document it matches contains at
// least one of them; Match looks up the document's distinct tokens and checks
// only the queries filed under them. It is safe for concurrent use: Match
// runs under a read lock and may run in parallel with other Matches.
//
// The index is built in flat arrays without pointers, so that checking a
// candidate touches one or two cache lines and the collector has nothing to
// scan: the ids in order in one string (a query's rank is its place in that
// order), the queries' compiled programs, and postings grouped by anchor in
// one array, found through an open-addressing table. Add and Remove only
// record the change; the next Match rebuilds the arrays, in time linear in
// the number of queries (about 10 ms at 100,000).
//
// Most postings decide their query alone: a query that is its anchor and at
// most two more words (bagram; bagram kabul; kabul OR bagram, filed under
// each), one more word and one exclusion (bagram -football), or either of
// two words (bagram (kabul OR kandahar)), matches when the posting's words
// are in the document (and the excluded one is not; or one of the two is).
// Only phrases, nested groups and longer queries run the query's program,
// after the posting's words, which the query needs, were found.
// Matches are collected in a bitset over ranks, which removes duplicates
// and yields them in id order.
//
// Anchors are the rarest of a query's required words. A new index can only
// guess which words are rare (common English words, then short words);
// Match counts the words of one document in sampleEvery, and once it has
// counted firstReanchor documents (then four times as many, and so on, then
// every maxReanchorGap) the next Match files every query anew under its
// words actually rarest in the news it matches (about 70 ms at 100,000
// queries). Where a query is filed changes only which queries are looked
// at, never what matches.
type Index struct {
	mu sync.RWMutex
	built
	// Changes since the arrays were built, applied by the next Match.
	dead    []uint64             // bitset over ranks: removed or replaced
	pending map[string]*compiled // added since the build
	n       int                  // queries in the index
	// Word counts: freq counts the documents a token (by its top bits)
	// was in, among the sampled ones; sampled counts those documents and
	// reanchorAt is the count at which queries are filed anew.
	freq       []uint32
	matches    atomic.Uint64
	sampled    atomic.Uint64
	reanchorAt uint64
	scratch    sync.Pool // *matchScratch
}

const (
	freqBits       = 17      // 2^17 word counters, 512 KiB
	sampleEvery    = 16      // documents matched per document counted
	firstReanchor  = 256     // documents counted before the first refiling
	maxReanchorGap = 1 << 16 // refile at least this often, in counted documents
)

// built is the index's state as of its last build.
type built struct {
	// The ids, sorted, one after the other in idText; the id of rank r
	// ends at idEnd[r] and starts where the one before ends.
	idText string
	idEnd  []uint32
	// progs holds the queries' programs, each after its length; prog[rank]
	// is the offset of the query's program. lprogs holds the programs the
	// postings run, in the postings' order, so that the programs of one
	// anchor's postings are read from adjacent memory.
	progs  []uint64
	prog   []uint32
	lprogs []uint64
	posts  []posting
	// table maps an anchor token to its postings, posts[start:end];
	// tshift is 64 - log2(len(table)). filter is a bitset over anchor
	// tokens' top bits (fshift), so that most tokens of a document, which
	// no query is filed under, are dismissed with one read of a small array.
	table  []anchorSlot
	tshift uint8
	filter []uint64
	fshift uint8
}

// anchorSlot is one slot of the anchor table; key 0 is empty (hashToken
// never returns 0).
type anchorSlot struct {
	key        uint64
	start, end uint32
}

// posting files a query under an anchor: the query matches a document that
// has the anchor if the document also has the posting's words (0: none),
// lacks also[1] instead when prog has withoutBit, or has either word when
// prog has orBit, and, when the rest of prog is not 0, the query's program
// says so.
type posting struct {
	also [2]uint64
	rank uint32
	prog uint32 // offset of the program in lprogs, 0 if the words decide
}

// Flags in a posting's prog. withoutBit says that also[1] is a word the
// document must not have: "bagram -football" is decided by its posting
// alone. orBit says that the document needs either of the posting's words,
// not both: "bagram (kabul OR kandahar)", filed under bagram, is decided by
// its posting alone too (without it, most programs run at a high share of
// topical words would be such ORs, each a cache miss to read).
const (
	withoutBit = 1 << 31
	orBit      = 1 << 30
	flagBits   = withoutBit | orBit
)

// len returns the number of queries built.
func (b *built) len() int { return len(b.idEnd) }

// id returns the id of the query of rank r.
func (b *built) id(r int) string {
	start := uint32(0)
	if r > 0 {
		start = b.idEnd[r-1]
	}
	return b.idText[start:b.idEnd[r]]
}

// compiled is a query ready to be filed: its program and a posting for
// each anchor (rank and prog are set when built).
type compiled struct {
	prog  program
	posts []anchored
}

type anchored struct {
	anchor uint64
	list   int32 // the anchor's list, while building
	posting
}

type matchScratch struct {
	hits  []uint64    // bitset over ranks, all zero between Matches
	used  []uint64    // bitset over the words of hits not zero, likewise
	lists [][2]uint32 // the postings to check, posts[start:end]
	ranks []uint32    // the ranks matched, in the order found
	touch uint32      // what the prefetching loops read, kept
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{pending: map[string]*compiled{}, freq: make([]uint32, 1<<freqBits), reanchorAt: firstReanchor}
}

// Len returns the number of queries in the index.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.n
}

// Add files q under id, replacing any query already filed under id.
func (x *Index) Add(id string, q *Query) {
	c := &compiled{prog: compile(q.root, nil), posts: postingsOf(q.root)}
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.remove(id) {
		x.n++
	}
	x.pending[id] = c
}

// Remove deletes the query filed under id, if any.
func (x *Index) Remove(id string) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.remove(id) {
		x.n--
	}
}

// remove forgets id and reports whether it was there.
func (x *Index) remove(id string) bool {
	if _, ok := x.pending[id]; ok {
		delete(x.pending, id)
		return true
	}
	r, ok := sort.Find(x.len(), func(r int) int { return strings.Compare(id, x.id(r)) })
	if !ok || x.dead[r>>6]&(1<<(r&63)) != 0 {
		return false
	}
	x.dead[r>>6] |= 1 << (r & 63)
	return true
}

// stale reports whether the arrays lag behind Add and Remove, or the
// queries are due to be filed anew.
func (x *Index) stale() bool {
	return len(x.pending) > 0 || x.len() > x.n || x.sampled.Load() >= x.reanchorAt && x.n > 0
}

// Match returns the ids of the queries matching d, sorted. It allocates
// only the result.
func (x *Index) Match(d *Doc) []string {
	x.mu.RLock()
	for x.stale() {
		x.mu.RUnlock()
		x.mu.Lock()
		if x.stale() {
			x.rebuild()
		}
		x.mu.Unlock()
		x.mu.RLock()
	}
	defer x.mu.RUnlock()
	if x.matches.Add(1)%sampleEvery == 0 {
		for _, h := range d.keys {
			if h != 0 {
				atomic.AddUint32(&x.freq[h>>(64-freqBits)], 1)
			}
		}
		x.sampled.Add(1)
	}
	if x.len() == 0 {
		return nil
	}
	sc, _ := x.scratch.Get().(*matchScratch)
	if sc == nil {
		sc = &matchScratch{}
	}
	if need := (x.len() + 63) / 64; len(sc.hits) < need {
		sc.hits = make([]uint64, need)
		sc.used = make([]uint64, (need+63)/64)
	}
	hits := sc.hits
	// Each list of postings and each matched query's id is a likely cache
	// miss. Loops that only find the lists, or touch the ids, with nothing
	// waiting on what they read, let the processor fetch them all at once
	// rather than one after the other between the checks that use them.
	lists := sc.lists[:0]
	touch := uint32(0)
	for _, h := range d.keys {
		if h == 0 {
			continue
		}
		if f := h >> x.fshift; x.filter[f>>6]&(1<<(f&63)) == 0 {
			continue
		}
		if s := x.anchor(h); s != nil {
			lists = append(lists, [2]uint32{s.start, s.end})
			touch += x.posts[s.start].rank
		}
	}
	ranks := sc.ranks[:0]
	for _, l := range lists {
		for _, p := range x.posts[l[0]:l[1]] {
			if p.also[0] != 0 && !d.contains(p.also[0]) {
				if p.prog&orBit == 0 || !d.contains(p.also[1]) {
					continue
				}
			} else if p.also[1] != 0 && p.prog&orBit == 0 && !d.contains(p.also[1]) != (p.prog&withoutBit != 0) {
				continue
			}
			w, b := p.rank>>6, uint64(1)<<(p.rank&63)
			if hits[w]&b != 0 {
				continue // already matched through another anchor
			}
			if o := p.prog &^ flagBits; o != 0 {
				n := uint32(x.lprogs[o])
				if !program(x.lprogs[o+1 : o+1+n]).match(d) {
					continue
				}
			}
			hits[w] |= b
			ranks = append(ranks, p.rank)
		}
	}
	var out []string
	if len(ranks) > 0 {
		used := sc.used
		for _, r := range ranks {
			touch += x.idEnd[r]
			used[r>>12] |= 1 << (r >> 6 & 63)
		}
		// The ids in rank order: the words of hits in use, in order.
		out = make([]string, 0, len(ranks))
		for j, u := range used {
			for ; u != 0; u &= u - 1 {
				i := j<<6 | bits.TrailingZeros64(u)
				for w := hits[i]; w != 0; w &= w - 1 {
					out = append(out, x.id(i<<6|bits.TrailingZeros64(w)))
				}
				hits[i] = 0
			}
			used[j] = 0
		}
	}
	sc.lists, sc.ranks, sc.touch = lists, ranks, touch
	x.scratch.Put(sc)
	return out
}

// anchor returns the table slot of the anchor token h, or nil.
func (b *built) anchor(h uint64) *anchorSlot {
	last := uint64(len(b.table) - 1)
	for i := (h * 0x9E3779B97F4A7C15) >> b.tshift; ; i = (i + 1) & last {
		switch s := &b.table[i]; s.key {
		case h:
			return s
		case 0:
			return nil
		}
	}
}

// rebuild applies the pending changes: the live queries of the last build
// and the pending ones, merged in id order, get new ranks, programs and
// postings. When enough documents were counted since queries were last
// filed, every query is filed anew under the words rarest in them.
func (x *Index) rebuild() {
	type add struct {
		id string
		*compiled
		rank, prog uint32
	}
	added := make([]add, 0, len(x.pending))
	for id, c := range x.pending {
		added = append(added, add{id: id, compiled: c})
	}
	slices.SortFunc(added, func(a, b add) int { return strings.Compare(a.id, b.id) })
	old := x.built
	isDead := func(r uint32) bool { return x.dead[r>>6]&(1<<(r&63)) != 0 }
	var cost func(uint64) int
	if sampled := x.sampled.Load(); sampled >= x.reanchorAt {
		x.reanchorAt = sampled + max(1, min(3*sampled, maxReanchorGap))
		cost = func(h uint64) int { return int(x.freq[h>>(64-freqBits)]) }
	}
	// New ranks: the old live queries and the added ones, merged.
	var nb built
	var text strings.Builder
	text.Grow(len(old.idText) + 24*len(added))
	nb.idEnd = make([]uint32, 0, x.n)
	nb.prog = make([]uint32, 0, x.n)
	nb.progs = make([]uint64, 1, len(old.progs)+8*len(added)) // offset 0 is "none"
	copyProg := func(p []uint64) uint32 {
		off := uint32(len(nb.progs))
		nb.progs = append(append(nb.progs, uint64(len(p))), p...)
		return off
	}
	newRank := make([]uint32, old.len())
	for i, j := 0, 0; i < old.len() || j < len(added); {
		if i < old.len() && isDead(uint32(i)) {
			i++
			continue
		}
		r := uint32(len(nb.idEnd))
		if j == len(added) || i < old.len() && old.id(i) < added[j].id {
			newRank[i] = r
			text.WriteString(old.id(i))
			nb.idEnd = append(nb.idEnd, uint32(text.Len()))
			o := old.prog[i]
			nb.prog = append(nb.prog, copyProg(old.progs[o+1:o+1+uint32(old.progs[o])]))
			i++
		} else {
			a := &added[j]
			text.WriteString(a.id)
			nb.idEnd = append(nb.idEnd, uint32(text.Len()))
			a.rank, a.prog = r, copyProg(a.compiled.prog)
			nb.prog = append(nb.prog, a.prog)
			j++
		}
	}
	nb.idText = text.String()
	// Every posting with its final rank and program, then grouped by anchor.
	all := make([]anchored, 0, len(old.posts)+2*len(added))
	emit := func(a anchored, rank uint32) {
		a.rank = rank
		if a.prog&^flagBits != 0 {
			a.prog = a.prog&flagBits | nb.prog[rank]
		}
		all = append(all, a)
	}
	if cost != nil {
		var scratch []anchored
		for r := range nb.len() {
			o := nb.prog[r]
			p := program(nb.progs[o+1 : o+1+uint32(nb.progs[o])])
			if posts, ok := p.wordPostings(cost, scratch[:0]); ok {
				for _, a := range posts {
					emit(a, uint32(r))
				}
				scratch = posts
				continue
			}
			for _, a := range postingsOf(decode(p, cost)) {
				emit(a, uint32(r))
			}
		}
	} else {
		for _, s := range old.table {
			for _, p := range old.posts[s.start:s.end] {
				if !isDead(p.rank) {
					emit(anchored{anchor: s.key, posting: p}, newRank[p.rank])
				}
			}
		}
		for _, a := range added {
			for _, p := range a.posts {
				emit(p, a.rank)
			}
		}
	}
	list := map[uint64]int32{}
	var counts []uint32
	var keys []uint64
	for i := range all {
		a := &all[i]
		l, ok := list[a.anchor]
		if !ok {
			l = int32(len(counts))
			list[a.anchor] = l
			counts, keys = append(counts, 0), append(keys, a.anchor)
		}
		counts[l]++
		a.list = l
	}
	lg := max(bits.Len(uint(2*len(counts))), 4)
	nb.table = make([]anchorSlot, 1<<lg)
	nb.tshift = uint8(64 - lg)
	flg := max(bits.Len(uint(8*len(counts))), 12)
	nb.filter = make([]uint64, 1<<(flg-6))
	nb.fshift = uint8(64 - flg)
	total := uint32(0)
	for l, n := range counts {
		s := nb.slot(keys[l])
		s.start, s.end = total, total+n
		counts[l] = total // from now on: the list's next free posting
		total += n
		f := keys[l] >> nb.fshift
		nb.filter[f>>6] |= 1 << (f & 63)
	}
	nb.posts = make([]posting, total)
	for _, a := range all {
		nb.posts[counts[a.list]] = a.posting
		counts[a.list]++
	}
	// The programs the postings run, in the postings' order.
	nb.lprogs = make([]uint64, 1, 1+len(nb.progs)/2)
	for i := range nb.posts {
		if o := nb.posts[i].prog &^ flagBits; o != 0 {
			nb.posts[i].prog = nb.posts[i].prog&flagBits | uint32(len(nb.lprogs))
			nb.lprogs = append(nb.lprogs, nb.progs[o:o+1+uint32(nb.progs[o])]...)
		}
	}
	x.built = nb
	x.dead = make([]uint64, (nb.len()+63)/64)
	if len(x.pending) > 64 {
		x.pending = map[string]*compiled{} // clear would keep the table
	} else {
		clear(x.pending)
	}
}

// slot returns the table slot of key, claiming an empty one if absent.
func (b *built) slot(key uint64) *anchorSlot {
	last := uint64(len(b.table) - 1)
	for i := (key * 0x9E3779B97F4A7C15) >> b.tshift; ; i = (i + 1) & last {
		if s := &b.table[i]; s.key == key || s.key == 0 {
			s.key = key
			return s
		}
	}
}

// wordPostings files, without building its tree, a program that is one
// word, or an AND or an OR of single words (most queries): under the
// rarest word of an AND, with the next two as its posting's words; under
// every word of an OR. ok is false for other programs.
func (p program) wordPostings(cost func(uint64) int, posts []anchored) (_ []anchored, ok bool) {
	type word struct {
		h    uint64
		cost int
	}
	var buf [MaxTerms]word
	words := buf[:0]
	i := 0
	for i < len(p) && p[i] == opTerm<<32|1 {
		words = append(words, word{p[i+1], cost(p[i+1])})
		i += 2
	}
	op := uint64(opAnd)
	switch {
	case i == len(p) && len(words) == 1:
	case i == len(p)-1 && p[i]>>32 == opAnd && int(uint32(p[i])) == len(words):
	case i == len(p)-1 && p[i]>>32 == opOr && int(uint32(p[i])) == len(words):
		op = opOr
	default:
		return posts, false
	}
	slices.SortFunc(words, func(a, b word) int {
		if a.cost != b.cost {
			return a.cost - b.cost
		}
		return cmp.Compare(a.h, b.h)
	})
	words = slices.CompactFunc(words, func(a, b word) bool { return a.h == b.h })
	if op == opOr {
		for _, w := range words {
			posts = append(posts, anchored{anchor: w.h})
		}
		return posts, true
	}
	a := anchored{anchor: words[0].h}
	for j, w := range words[1:min(len(words), 3)] {
		a.also[j] = w.h
	}
	if len(words) > 3 {
		a.prog = 1
	}
	return append(posts, a), true
}

// decode rebuilds a query's tree from its program, with cost giving each
// token's cost, for filing it anew.
func decode(p program, cost func(uint64) int) *node {
	var stack []*node
	for i := 0; i < len(p); {
		op, n := p[i]>>32, int(uint32(p[i]))
		i++
		switch op {
		case opTerm:
			t := &node{kind: kindTerm, toks: p[i : i+n], costs: make([]int, n)}
			for j, h := range t.toks {
				t.costs[j] = cost(h)
			}
			stack = append(stack, t)
			i += n
		case opAnd, opOr:
			k := kindAnd
			if op == opOr {
				k = kindOr
			}
			kids := slices.Clone(stack[len(stack)-n:])
			stack = append(stack[:len(stack)-n], &node{kind: k, kids: kids})
		case opNot:
			stack[len(stack)-1] = &node{kind: kindNot, kids: []*node{stack[len(stack)-1]}}
		}
	}
	return stack[0]
}

// postingsOf files a query: under each of its anchors, a posting with the
// words the query still needs given the anchor, exact when those words
// are all it needs (prog 1 marks the others until built).
func postingsOf(root *node) []anchored {
	var posts []anchored
	anchors, _ := anchorsOf(root)
	slices.Sort(anchors)
	anchors = slices.Compact(anchors)
	for _, a := range anchors {
		rest, v := residual(root, a)
		if v == isFalse {
			continue // cannot match a document with a... nor one without
		}
		p := anchored{anchor: a}
		words, exact := wordsOf(rest, v, a)
		copy(p.also[:], words)
		if !exact {
			p.prog = 1
			if w, ok := withoutOf(rest); ok && len(words) <= 1 {
				p.also[1], p.prog = w, withoutBit // decided by its words after all
			} else if w0, w1, ok := eitherOf(rest); ok {
				p.also, p.prog = [2]uint64{w0, w1}, orBit
			}
		}
		posts = append(posts, p)
	}
	return posts
}

type truth uint8

const (
	isOpen truth = iota
	isTrue
	isFalse
)

// residual returns what n still requires of a document known to contain
// the token a: n with every one-word term a taken as true, simplified; or
// isTrue or isFalse when nothing is left to check.
func residual(n *node, a uint64) (*node, truth) {
	switch n.kind {
	case kindTerm:
		if len(n.toks) == 1 && n.toks[0] == a {
			return nil, isTrue
		}
		return n, isOpen
	case kindNot:
		k, v := residual(n.kids[0], a)
		switch v {
		case isTrue:
			return nil, isFalse
		case isFalse:
			return nil, isTrue
		}
		return &node{kind: kindNot, kids: []*node{k}}, isOpen
	}
	decisive, neutral := isFalse, isTrue // kindAnd
	if n.kind == kindOr {
		decisive, neutral = isTrue, isFalse
	}
	var kids []*node
	for _, k := range n.kids {
		r, v := residual(k, a)
		switch v {
		case decisive:
			return nil, decisive
		case isOpen:
			kids = append(kids, r)
		}
	}
	switch len(kids) {
	case 0:
		return nil, neutral
	case 1:
		return kids[0], isOpen
	}
	return &node{kind: n.kind, kids: kids}, isOpen
}

// wordsOf returns at most two tokens other than the anchor a that every
// document satisfying n contains, the rarest-looking first, and whether
// containing them is also enough (n is true, one word, or an AND of at most
// two words).
func wordsOf(n *node, v truth, a uint64) (words []uint64, exact bool) {
	if v == isTrue {
		return nil, true
	}
	type word struct {
		h    uint64
		cost int
	}
	var ws []word
	exact = true
	add := func(t *node) {
		for i, h := range t.toks {
			if h != a {
				ws = append(ws, word{h, t.costs[i]})
			}
		}
		exact = exact && len(t.toks) == 1
	}
	switch n.kind {
	case kindTerm:
		add(n)
	case kindAnd:
		for _, k := range n.kids {
			if k.kind == kindTerm {
				add(k)
			} else {
				exact = false
			}
		}
	default:
		exact = false
	}
	slices.SortFunc(ws, func(a, b word) int {
		if a.cost != b.cost {
			return a.cost - b.cost
		}
		return cmp.Compare(a.h, b.h)
	})
	ws = slices.CompactFunc(ws, func(a, b word) bool { return a.h == b.h })
	if len(ws) > 2 {
		exact = false
		ws = ws[:2]
	}
	for _, w := range ws {
		words = append(words, w.h)
	}
	return words, exact
}

// withoutOf reports whether n is a word w the document must not have, or
// an AND of at most one word and "not w", and returns w.
func withoutOf(n *node) (w uint64, ok bool) {
	word := func(n *node) bool { return n.kind == kindTerm && len(n.toks) == 1 }
	not := func(n *node) bool { return n.kind == kindNot && word(n.kids[0]) }
	switch {
	case not(n):
		return n.kids[0].toks[0], true
	case n.kind == kindAnd && len(n.kids) == 2 && word(n.kids[0]) && not(n.kids[1]):
		return n.kids[1].kids[0].toks[0], true
	}
	return 0, false
}

// eitherOf reports whether n is an OR of two words, and returns them.
func eitherOf(n *node) (w0, w1 uint64, ok bool) {
	word := func(n *node) bool { return n.kind == kindTerm && len(n.toks) == 1 }
	if n.kind == kindOr && len(n.kids) == 2 && word(n.kids[0]) && word(n.kids[1]) {
		return n.kids[0].toks[0], n.kids[1].toks[0], true
	}
	return 0, 0, false
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
	for _, w := range strings.Fields(`the a an and or of to in on for with
		at by from is are was were be been it its this that these those as not but has
		have had he she they we you his her their said say new will would can could after over
		more than also about up out who what when which all one two three year people government
		president state news first last world us no if so into just there other some told time
		day week month percent city country police official report minister million billion today
		monday tuesday wednesday thursday friday saturday sunday while where how why before since during
		under against between most many only because should may might being our my your them him
		then now any each both very such make made take get back still even well like way part`) {
		m[hashToken(stem([]byte(w)))] = true
	}
	return m
}()
