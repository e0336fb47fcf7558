package story

import (
	"encoding/binary"
	"math"
	"slices"
	"strconv"
	"sync"
	"time"
	"unsafe"
)

// Threshold is the Similarity at or above which two items are the same
// story. It was calibrated on the STS-B news-headline pairs (see
// TestCalibrationHeadlines) for title-only signatures; with lead text the
// MinHash estimate makes syndicated copies score far above it.
const Threshold = 0.5

// Entry is one item already assigned to a story, as persisted.
type Entry struct {
	ItemKey, StoryID string
	Sig              Sig
	Time             time.Time
}

// Limits of the in-memory index.
const (
	// compactTitle is how many title words a compact signature keeps: the
	// smallest hashes, a bottom-k sketch, so titles longer than this (few
	// headlines have more content words) are compared on a consistent
	// sample of their words.
	compactTitle = 8
	nodes        = bands + compactTitle
	// sketchBits sizes the count-min sketch of title words (2^sketchBits
	// 16-bit counters) that tells rare words from common ones.
	sketchBits = 16
	// perKey bounds the entries examined per index key, newest first, and
	// so the candidates of one item (at most nodes × perKey), however many
	// items share a word or a band: 100,000 copies of one headline cost
	// each new copy the same as ten.
	perKey = 32
)

// Clusterer assigns items to stories. It keeps, for each item of one time
// window, only its story, time and a compact signature (8-bit MinHash
// values, 24-bit hashes of up to 8 title words: 70 bytes) and its place in
// an LSH index: one hash table of chains, keyed by MinHash band and by title
// word, with the chains' links stored in the items themselves (64 bytes).
// With the table's heads and the index by item key, about 240 bytes an item
// (TestMemoryPerItem). Assign looks candidates up by key, never by
// scanning, and examines a bounded number of them. Items, texts and full
// signatures stay in the store. Safe for concurrent use.
type Clusterer struct {
	window time.Duration

	mu     sync.Mutex
	slots  slotList
	byKey  map[uint64]int32 // hash of item key -> slot
	heads  []int32          // key & mask -> newest node + 1 (0: none)
	legacy map[uint64]string
	dead   int
	cands  []int32 // scratch for Assign
	// words counts title-word keys (saturating, approximate from above), so
	// that Assign probes a title's rarest words, whose chains are short.
	words []uint16
	// last is the number of the newest story begun (or loaded) by its
	// clock: see newNumber.
	last uint64
}

// slot is one item: its story, time, compact signature and the links of its
// index nodes (node k of slot s has id s*nodes+k).
type slot struct {
	story  uint64
	minute int32 // unix minutes
	ntitle uint8
	flags  uint8
	title  [compactTitle]word24
	min    [numHashes]uint8
	next   [nodes]int32 // previous node in the same chain + 1 (0: end)
}

// slotList holds the slots in blocks of chunkSlots, so that the index
// grows without copying itself: one slice of 240,000 slots (10,000 feeds'
// 72 h) was 30 MB that every growth by a quarter allocated anew while the
// old one was still live, and a quarter of it was capacity never used.
// The first block grows as a slice does, so that a small index is small.
type slotList struct {
	chunks [][]slot
	n      int
}

const (
	chunkBits  = 11 // 2,048 slots, 272 KB a block
	chunkSlots = 1 << chunkBits
)

// at is slot i (0 <= i < n).
func (l *slotList) at(i int32) *slot {
	return &l.chunks[i>>chunkBits][i&(chunkSlots-1)]
}

func (l *slotList) append(q slot) {
	switch {
	case len(l.chunks) == 0:
		l.chunks = append(l.chunks, make([]slot, 0, 16))
	case l.n&(chunkSlots-1) == 0:
		l.chunks = append(l.chunks, make([]slot, 0, chunkSlots))
	}
	last := &l.chunks[len(l.chunks)-1]
	if len(*last) == cap(*last) {
		// The first block, below its size: doubled, up to it.
		grown := make([]slot, len(*last), min(2*cap(*last), chunkSlots))
		copy(grown, *last)
		*last = grown
	}
	*last = append(*last, q)
	l.n++
}

// bytes is the memory the slots take, capacity included.
func (l *slotList) bytes() int64 {
	var b int64
	for _, c := range l.chunks {
		b += int64(cap(c)) * int64(unsafe.Sizeof(slot{}))
	}
	return b + int64(cap(l.chunks))*int64(unsafe.Sizeof([]slot{}))
}

// word24 is the hash of a title word in a compact signature: its top 24
// bits. With 16 (until this form), two words of different titles shared a
// hash once in 65,536: an index of 250,000 items, 6 title words each, put
// some twenty unrelated titles behind every word, all of which Assign
// visited; with 24, a handful in the whole window.
type word24 [3]byte

func (w word24) v() uint32 { return uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 }

func newWord24(v uint32) word24 { return word24{byte(v), byte(v >> 8), byte(v >> 16)} }

const (
	flagText = 1 << iota
	flagEmpty
	flagDead
)

// NewClusterer returns an empty Clusterer that matches items within window
// of each other (e.g. 72h).
func NewClusterer(window time.Duration) *Clusterer {
	return &Clusterer{
		window: window,
		byKey:  map[uint64]int32{},
		heads:  make([]int32, 1024),
		legacy: map[uint64]string{},
		words:  make([]uint16, 1<<sketchBits),
	}
}

// NewID is the ID of a story of one item, with key itemKey, kept out of
// the index (too old to be joined).
func NewID(itemKey string) string { return idString(hash64(itemKey)) }

// newNumber numbers a story begun now: the microseconds of the clock, or
// one more than the last story's number if the clock is not ahead of it,
// so that each is new, even across a restart (Load remembers the newest).
// Stories begun together have IDs in sequence: the store's records keyed
// by story ID (the marks of stories alerted) that one commit adds then
// share a page, where IDs hashed from item keys put each on a page of its
// own, to be read and written again.
func (c *Clusterer) newNumber() uint64 {
	n := uint64(time.Now().UnixMicro())
	if n <= c.last {
		n = c.last + 1
	}
	c.last = n
	return n
}

// noteNumber makes a loaded story's number the last if it is a clock
// number (newNumber's) newer than the last. An ID hashed from an item key
// (before clock numbers, or NewID's) is taken for one only when it is below
// the clock, which does no harm.
func (c *Clusterer) noteNumber(n uint64) {
	if n > c.last && n <= uint64(time.Now().Add(24*time.Hour).UnixMicro()) {
		c.last = n
	}
}

func idString(v uint64) string {
	s := strconv.FormatUint(v, 16)
	for len(s) < 16 {
		s = "0" + s
	}
	return s
}

// idNumber is the number of a story ID: NewID's IDs are their hex value;
// others (IDs from before them: item URLs) are hashed and remembered.
func (c *Clusterer) idNumber(id string) uint64 {
	if len(id) == 16 {
		if v, err := strconv.ParseUint(id, 16, 64); err == nil {
			return v
		}
	}
	v := hash64(id)
	c.legacy[v] = id
	return v
}

func (c *Clusterer) idOf(v uint64) string {
	if s, ok := c.legacy[v]; ok {
		return s
	}
	return idString(v)
}

// Load adds persisted entries, e.g. after a restart. Entries with a key
// already present are ignored.
func (c *Clusterer) Load(entries []Entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range entries {
		if _, ok := c.byKey[hash64(e.ItemKey)]; !ok {
			n := c.idNumber(e.StoryID)
			c.noteNumber(n)
			c.add(e.ItemKey, n, compact(e.Sig), e.Time)
		}
	}
}

// Assign puts the item in the most similar story (Similarity ≥ Threshold)
// among entries within the window of t, or starts a new story, with an ID
// no story had (newNumber). Ties go to the lexically smallest story ID, so the
// outcome depends only on the entries, not on their order. Assigning a key
// again returns its existing story.
func (c *Clusterer) Assign(itemKey string, sig Sig, t time.Time) (storyID string, isNew bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	kh := hash64(itemKey)
	if i, ok := c.byKey[kh]; ok {
		return c.idOf(c.slots.at(i).story), false
	}
	q := compact(sig)
	tm := unixMinute(t)
	win := int32(c.window / time.Minute)
	c.cands = c.candidates(&q, c.cands[:0])
	best, bestSim, found := uint64(0), 0.0, false
	for _, i := range c.cands {
		e := c.slots.at(i)
		if e.flags&flagDead != 0 {
			continue
		}
		if d := tm - e.minute; d > win || d < -win {
			continue
		}
		s := similarity(&q, e)
		if s < Threshold {
			continue
		}
		if !found || s > bestSim || (s == bestSim && c.idOf(e.story) < c.idOf(best)) {
			best, bestSim, found = e.story, s, true
		}
	}
	if !found {
		best, isNew = c.newNumber(), true
	}
	c.add(itemKey, best, q, t)
	return c.idOf(best), isNew
}

// candidates appends the distinct slots that share an index key with q:
// a MinHash band (the same band), or one of the rarest title words of q.
// Every title word is indexed, so probing any n-⌈θn⌉+1 of q's n words finds
// every title with Jaccard ≥ θ (they share at least ⌈θn⌉ of them); the
// rarest are chosen because their chains are short, and each chain is
// walked newest first for at most perKey entries.
func (c *Clusterer) candidates(q *slot, out []int32) []int32 {
	var probe [nodes]int
	np := 0
	for k := range bands {
		if q.flags&flagText != 0 {
			probe[np] = k
			np++
		}
	}
	words := probe[np : np+int(q.ntitle)]
	for i := range words {
		words[i] = bands + i
	}
	slices.SortFunc(words, func(a, b int) int {
		ka, _ := nodeKey(q, a)
		kb, _ := nodeKey(q, b)
		return int(c.words[ka>>(32-sketchBits)]) - int(c.words[kb>>(32-sketchBits)])
	})
	np += prefixLen(int(q.ntitle))
	mask := uint32(len(c.heads) - 1)
	for _, k := range probe[:np] {
		key, _ := nodeKey(q, k)
		matched := 0
		// Chains mix keys that share a head; walk at most a few times
		// perKey nodes to find perKey of this key.
		for n, steps := c.heads[key&mask], 0; n != 0 && matched < perKey && steps < 4*perKey; steps++ {
			id := n - 1
			s, kk := id/nodes, int(id%nodes)
			e := c.slots.at(s)
			n = e.next[kk]
			if (k < bands || kk < bands) && kk != k {
				continue // a band matches only the same band; a word, any word
			}
			if ek, _ := nodeKey(e, kk); ek == key {
				matched++
				out = append(out, s)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// nodeKey is the index key of node k of an item: bands first, then the
// title words of its prefix. ok is false for a node the item does not have.
func nodeKey(e *slot, k int) (uint32, bool) {
	if k < bands {
		if e.flags&flagText == 0 {
			return 0, false
		}
		v := binary.LittleEndian.Uint32(e.min[k*rows:])
		return uint32(mix(uint64(v) ^ seeds[k])), true
	}
	p := k - bands
	if p >= int(e.ntitle) {
		return 0, false
	}
	return uint32(mix(uint64(e.title[p].v()) | 1<<40)), true
}

// prefixLen is how many of a title's n words must be probed so that any
// title with Jaccard ≥ Threshold shares one: n - ⌈Threshold·n⌉ + 1.
func prefixLen(n int) int {
	if n == 0 {
		return 0
	}
	return n - int(math.Ceil(Threshold*float64(n)-1e-9)) + 1
}

func (c *Clusterer) add(itemKey string, story uint64, q slot, t time.Time) {
	q.story = story
	q.minute = unixMinute(t)
	if c.slots.n >= math.MaxInt32/nodes-1 {
		return // 150 million items in a window: keep what is there
	}
	s := int32(c.slots.n)
	c.slots.append(q)
	c.byKey[hash64(itemKey)] = s
	if c.slots.n*8 > len(c.heads) {
		c.rehash(len(c.heads) * 2)
		return
	}
	c.link(s)
}

// link puts slot s's nodes at the head of their chains.
func (c *Clusterer) link(s int32) {
	mask := uint32(len(c.heads) - 1)
	e := c.slots.at(s)
	for k := range nodes {
		key, ok := nodeKey(e, k)
		if !ok {
			e.next[k] = 0
			continue
		}
		h := &c.heads[key&mask]
		e.next[k] = *h
		*h = s*nodes + int32(k) + 1
		if k >= bands {
			if w := &c.words[key>>(32-sketchBits)]; *w < math.MaxUint16 {
				*w++
			}
		}
	}
}

// rehash rebuilds the chains in a table of size (a power of two), oldest
// item first so that chains stay newest first.
func (c *Clusterer) rehash(size int) {
	c.heads = make([]int32, size)
	clear(c.words)
	for s := range c.slots.n {
		c.link(int32(s))
	}
}

// Prune forgets entries older than the window before now, and compacts
// the index when they are many.
func (c *Clusterer) Prune(now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cut := unixMinute(now) - int32(c.window/time.Minute)
	for i := range c.slots.n {
		e := c.slots.at(int32(i))
		if e.flags&flagDead == 0 && e.minute < cut {
			e.flags |= flagDead
			c.dead++
		}
	}
	if c.dead == 0 || c.dead < c.slots.n/4 {
		return
	}
	var live slotList
	renum := make(map[int32]int32, c.slots.n-c.dead)
	for i := range c.slots.n {
		if e := c.slots.at(int32(i)); e.flags&flagDead == 0 {
			renum[int32(i)] = int32(live.n)
			live.append(*e)
		}
	}
	byKey := make(map[uint64]int32, live.n)
	for k, i := range c.byKey {
		if j, ok := renum[i]; ok {
			byKey[k] = j
		}
	}
	legacy := map[uint64]string{}
	for i := range live.n {
		if s, ok := c.legacy[live.at(int32(i)).story]; ok {
			legacy[live.at(int32(i)).story] = s
		}
	}
	c.slots, c.byKey, c.legacy, c.dead = live, byKey, legacy, 0
	size := 1024
	for size < live.n*8 {
		size *= 2
	}
	c.rehash(size)
}

// Len returns the number of entries in memory.
func (c *Clusterer) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.slots.n - c.dead
}

// Footprint is what the index holds: entries in the window and the bytes
// of memory they take (items, chains' heads, key index), for /metrics.
type Footprint struct {
	Entries int
	Bytes   int64
}

// Footprint measures the index.
func (c *Clusterer) Footprint() Footprint {
	c.mu.Lock()
	defer c.mu.Unlock()
	b := c.slots.bytes() + int64(cap(c.heads))*4 + int64(len(c.words))*2
	// A Go map spends about 1.2× its slots on keys, values and control
	// bytes (8 groups of 8 slots at 7/8 load).
	b += int64(float64(len(c.byKey)) * 12 * 8 / 7 * 1.1)
	for _, s := range c.legacy {
		b += int64(len(s)) + 16 + 16
	}
	return Footprint{Entries: c.slots.n - c.dead, Bytes: b}
}

func unixMinute(t time.Time) int32 {
	m := t.Unix() / 60
	return int32(max(min(m, math.MaxInt32), math.MinInt32))
}

// compact reduces a signature to what the index keeps: 8-bit MinHash
// values (b-bit minwise hashing: similarity corrects for the one chance in
// 256 that two values match by accident) and the 24-bit hashes of the
// title's first compactTitle words in hash order. The 8 bits are the lowest
// of each minimum: its highest are mostly zero (the least of a hundred
// hashes is small), so unrelated items would match on them.
func compact(sig Sig) slot {
	var q slot
	if sig.HasText {
		q.flags |= flagText
	}
	if sig.empty {
		q.flags |= flagEmpty
	}
	for i, v := range sig.Min {
		q.min[i] = uint8(v)
	}
	n := 0
	for _, h := range sig.Title { // sorted, so their top bits are too
		v := newWord24(h >> 8)
		if n > 0 && q.title[n-1] == v {
			continue
		}
		q.title[n] = v
		n++
		if n == compactTitle {
			break
		}
	}
	q.ntitle = uint8(n)
	return q
}

// similarity is Similarity on compact signatures.
func similarity(a, b *slot) float64 {
	if a.flags&flagEmpty != 0 || b.flags&flagEmpty != 0 {
		return 0
	}
	jt := 0.0
	if a.ntitle > 0 && b.ntitle > 0 {
		x, y := a.title[:a.ntitle], b.title[:b.ntitle]
		i, j, inter := 0, 0, 0
		for i < len(x) && j < len(y) {
			switch xv, yv := x[i].v(), y[j].v(); {
			case xv == yv:
				inter++
				i++
				j++
			case xv < yv:
				i++
			default:
				j++
			}
		}
		jt = float64(inter) / float64(len(x)+len(y)-inter)
	}
	if a.flags&b.flags&flagText == 0 {
		return jt
	}
	eq := 0
	for i := range a.min {
		if a.min[i] == b.min[i] {
			eq++
		}
	}
	const chance = 1.0 / 256
	return max(jt, (float64(eq)/numHashes-chance)/(1-chance))
}
