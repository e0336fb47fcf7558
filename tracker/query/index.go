package query

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// Index finds, among many queries, those matching a document. Each query is
// filed under anchor tokens such that any document it matches contains at
// least one of them; Match looks up the document's distinct tokens and checks
// only the queries filed under them. It is safe for concurrent use: Match
// runs under a read lock and may run in parallel with other Matches.
//
// The index is built in flat arrays without pointers, so that checking a
// candidate touches one or two cache lines and the collector has nothing to
// scan: the queries in id order (a query's rank is its place in that
// order), their compiled programs in one array, and postings grouped by
// anchor in one array, found through an open-addressing table. Add and
// Remove only record the change; the next Match rebuilds the arrays, in
// time linear in the number of queries (a few milliseconds at 100,000).
//
// Most postings decide their query alone: a query that is its anchor and at
// most two more words (bagram; bagram kabul; kabul OR bagram, filed under
// each) matches when the posting's words are in the document. Only phrases,
// exclusions and nested groups run the query's program, after the posting's
// words, which the query needs, were found. Matches are collected in a
// bitset over ranks, which removes duplicates and yields them in id order.
type Index struct {
	mu sync.RWMutex
	built
	// Changes since the arrays were built, applied by the next Match.
	dead    []uint64             // bitset over ranks: removed or replaced
	pending map[string]*compiled // added since the build
	n       int                  // queries in the index
	scratch sync.Pool            // *matchScratch
}

// built is the index's state as of its last build.
type built struct {
	ids []string // sorted; a query's rank is its index here
	// progs holds the programs of queries that need one, each after its
	// length; prog[rank] is its offset, 0 (unused) for none.
	progs []uint64
	prog  []uint32
	posts []posting
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
// has the anchor if the document also has the posting's words (0: none)
// and, when prog is not 0, the query's program says so.
type posting struct {
	also [2]uint64
	rank uint32
	prog uint32 // offset of the program in progs, 0 if the words decide
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
	hits []uint64 // bitset over ranks, all zero between Matches
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{pending: map[string]*compiled{}}
}

// Len returns the number of queries in the index.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.n
}

// Add files q under id, replacing any query already filed under id.
func (x *Index) Add(id string, q *Query) {
	c := compileQuery(q)
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
	r, ok := slices.BinarySearch(x.ids, id)
	if !ok || x.dead[r>>6]&(1<<(r&63)) != 0 {
		return false
	}
	x.dead[r>>6] |= 1 << (r & 63)
	return true
}

// dirty reports whether the arrays lag behind Add and Remove.
func (x *Index) dirty() bool { return len(x.pending) > 0 || len(x.ids) > x.n }

// Match returns the ids of the queries matching d, sorted. It allocates
// only the result.
func (x *Index) Match(d *Doc) []string {
	x.mu.RLock()
	for x.dirty() {
		x.mu.RUnlock()
		x.mu.Lock()
		if x.dirty() {
			x.rebuild()
		}
		x.mu.Unlock()
		x.mu.RLock()
	}
	defer x.mu.RUnlock()
	if len(x.ids) == 0 {
		return nil
	}
	sc, _ := x.scratch.Get().(*matchScratch)
	if sc == nil {
		sc = &matchScratch{}
	}
	if need := (len(x.ids) + 63) / 64; len(sc.hits) < need {
		sc.hits = make([]uint64, need)
	}
	hits := sc.hits
	lo, hi := len(hits), -1
	for i := range d.set {
		h := d.set[i].key
		if h == 0 {
			continue
		}
		if f := h >> x.fshift; x.filter[f>>6]&(1<<(f&63)) == 0 {
			continue
		}
		for _, p := range x.postings(h) {
			w, b := p.rank>>6, uint64(1)<<(p.rank&63)
			if hits[w]&b != 0 {
				continue // already matched through another anchor
			}
			if p.also[0] != 0 && (d.has(p.also[0]) == 0 || p.also[1] != 0 && d.has(p.also[1]) == 0) {
				continue
			}
			if p.prog != 0 {
				n := uint32(x.progs[p.prog])
				if !program(x.progs[p.prog+1 : p.prog+1+n]).match(d) {
					continue
				}
			}
			hits[w] |= b
			lo, hi = min(lo, int(w)), max(hi, int(w))
		}
	}
	var out []string
	if hi >= 0 {
		n := 0
		for _, w := range hits[lo : hi+1] {
			n += bits.OnesCount64(w)
		}
		out = make([]string, 0, n)
		for i := lo; i <= hi; i++ {
			for w := hits[i]; w != 0; w &= w - 1 {
				out = append(out, x.ids[i<<6|bits.TrailingZeros64(w)])
			}
			hits[i] = 0
		}
	}
	x.scratch.Put(sc)
	return out
}

// postings returns the postings filed under the anchor token h.
func (b *built) postings(h uint64) []posting {
	last := uint64(len(b.table) - 1)
	for i := (h * 0x9E3779B97F4A7C15) >> b.tshift; ; i = (i + 1) & last {
		switch s := &b.table[i]; s.key {
		case h:
			return b.posts[s.start:s.end]
		case 0:
			return nil
		}
	}
}

// rebuild applies the pending changes: the live queries of the last build
// and the pending ones, merged in id order, get new ranks, programs and
// postings. It runs in time linear in the queries and postings (plus
// sorting the pending ids).
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
	// New ranks: the old live queries and the added ones, merged.
	var nb built
	nb.ids = make([]string, 0, x.n)
	nb.prog = make([]uint32, 0, x.n)
	nb.progs = make([]uint64, 1, len(old.progs)+16*len(added)) // offset 0 is "none"
	copyProg := func(p []uint64) uint32 {
		off := uint32(len(nb.progs))
		nb.progs = append(append(nb.progs, uint64(len(p))), p...)
		return off
	}
	newRank := make([]uint32, len(old.ids))
	for i, j := 0, 0; i < len(old.ids) || j < len(added); {
		if i < len(old.ids) && isDead(uint32(i)) {
			i++
			continue
		}
		r := uint32(len(nb.ids))
		off := uint32(0)
		if j == len(added) || i < len(old.ids) && old.ids[i] < added[j].id {
			newRank[i] = r
			nb.ids = append(nb.ids, old.ids[i])
			if o := old.prog[i]; o != 0 {
				off = copyProg(old.progs[o+1 : o+1+uint32(old.progs[o])])
			}
			i++
		} else {
			a := &added[j]
			nb.ids = append(nb.ids, a.id)
			if slices.ContainsFunc(a.posts, func(p anchored) bool { return p.prog != 0 }) {
				off = copyProg(a.compiled.prog)
			}
			a.rank, a.prog = r, off
			j++
		}
		nb.prog = append(nb.prog, off)
	}
	// Postings: count each anchor's list, lay the lists out, fill them.
	// The old anchors keep their lists' order; new ones follow.
	lists := make([]uint32, 0, len(old.table)/2+len(added))
	keys := make([]uint64, 0, cap(lists))
	oldList := make([]int32, len(old.table)) // old table slot -> list
	for i, s := range old.table {
		oldList[i] = -1
		n := uint32(0)
		for _, p := range old.posts[s.start:s.end] {
			if !isDead(p.rank) {
				n++
			}
		}
		if n > 0 {
			oldList[i] = int32(len(lists))
			lists, keys = append(lists, n), append(keys, s.key)
		}
	}
	newList := map[uint64]int32{}
	listOf := func(h uint64) int32 {
		if i := old.find(h); i >= 0 && oldList[i] >= 0 {
			return oldList[i]
		}
		l, ok := newList[h]
		if !ok {
			l = int32(len(lists))
			newList[h] = l
			lists, keys = append(lists, 0), append(keys, h)
		}
		return l
	}
	for j := range added {
		for k := range added[j].posts {
			a := &added[j].posts[k]
			l := listOf(a.anchor)
			lists[l]++
			a.list = l
		}
	}
	lg := max(bits.Len(uint(2*len(lists))), 4)
	nb.table = make([]anchorSlot, 1<<lg)
	nb.tshift = uint8(64 - lg)
	flg := max(bits.Len(uint(8*len(lists))), 12)
	nb.filter = make([]uint64, 1<<(flg-6))
	nb.fshift = uint8(64 - flg)
	total := uint32(0)
	for l, n := range lists {
		s := nb.slot(keys[l])
		s.start, s.end = total, total+n
		lists[l] = total // from now on: the list's next free posting
		total += n
		f := keys[l] >> nb.fshift
		nb.filter[f>>6] |= 1 << (f & 63)
	}
	nb.posts = make([]posting, total)
	for i, s := range old.table {
		l := oldList[i]
		if l < 0 {
			continue
		}
		for _, p := range old.posts[s.start:s.end] {
			if !isDead(p.rank) {
				p.rank = newRank[p.rank]
				if p.prog != 0 {
					p.prog = nb.prog[p.rank]
				}
				nb.posts[lists[l]] = p
				lists[l]++
			}
		}
	}
	for _, a := range added {
		for _, p := range a.posts {
			q := p.posting
			q.rank = a.rank
			if q.prog != 0 {
				q.prog = a.prog
			}
			nb.posts[lists[p.list]] = q
			lists[p.list]++
		}
	}
	x.built = nb
	x.dead = make([]uint64, (len(nb.ids)+63)/64)
	clear(x.pending)
}

// find returns the table slot of key, or -1.
func (b *built) find(key uint64) int {
	if len(b.table) == 0 {
		return -1
	}
	last := uint64(len(b.table) - 1)
	for i := (key * 0x9E3779B97F4A7C15) >> b.tshift; ; i = (i + 1) & last {
		switch b.table[i].key {
		case key:
			return int(i)
		case 0:
			return -1
		}
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

// compileQuery files q: under each of its anchors, a posting with the
// words the query still needs given the anchor, exact when those words
// are all it needs.
func compileQuery(q *Query) *compiled {
	c := &compiled{prog: compile(q.root, nil)}
	anchors, _ := anchorsOf(q.root)
	slices.Sort(anchors)
	anchors = slices.Compact(anchors)
	for _, a := range anchors {
		rest, v := residual(q.root, a)
		if v == isFalse {
			continue // cannot match a document with a... nor one without
		}
		p := anchored{anchor: a}
		words, exact := wordsOf(rest, v, a)
		copy(p.also[:], words)
		if !exact {
			p.prog = 1 // set to the program's offset when built
		}
		c.posts = append(c.posts, p)
	}
	return c
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
