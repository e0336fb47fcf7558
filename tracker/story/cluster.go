package story

import (
	"cmp"
	"encoding/binary"
	"math"
	"slices"
	"sync"
	"time"
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

// Clusterer assigns items to stories. It holds the entries of one time
// window in memory with two indexes (title words, MinHash bands) so Assign
// only compares against candidates that share something. Safe for
// concurrent use.
type Clusterer struct {
	window time.Duration

	mu     sync.Mutex
	byKey  map[string]*entry
	titles map[uint32][]*entry
	bands  map[uint64][]*entry
	dead   int // entries removed from byKey but still in the indexes
}

type entry struct {
	Entry
	alive bool
}

// NewClusterer returns an empty Clusterer that matches items within window
// of each other (e.g. 72h).
func NewClusterer(window time.Duration) *Clusterer {
	return &Clusterer{
		window: window,
		byKey:  map[string]*entry{},
		titles: map[uint32][]*entry{},
		bands:  map[uint64][]*entry{},
	}
}

// Load adds persisted entries, e.g. after a restart. Entries with a key
// already present are ignored.
func (c *Clusterer) Load(entries []Entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range entries {
		if _, ok := c.byKey[e.ItemKey]; !ok {
			c.add(e)
		}
	}
}

// Assign puts the item in the most similar story (Similarity ≥ Threshold)
// among entries within the window of t, or starts a new story whose ID is
// itemKey. Ties go to the lexically smallest story ID, so the outcome
// depends only on the entries, not on map order. Assigning a key again
// returns its existing story.
func (c *Clusterer) Assign(itemKey string, sig Sig, t time.Time) (storyID string, isNew bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[itemKey]; ok {
		return e.StoryID, false
	}
	best, bestSim := "", 0.0
	consider := func(e *entry) {
		if !e.alive || e.ItemKey == itemKey {
			return
		}
		if d := t.Sub(e.Time); d > c.window || d < -c.window {
			return
		}
		s := Similarity(sig, e.Sig)
		if s < Threshold {
			return
		}
		if s > bestSim || (s == bestSim && e.StoryID < best) {
			best, bestSim = e.StoryID, s
		}
	}
	// Title candidates by prefix filtering: if Jaccard(q, e) ≥ θ then
	// |q∩e| ≥ θ|q|, so any |q|-⌈θ|q|⌉+1 words of q include a shared one.
	// Walking only the rarest such words means a word every story shares
	// ("bagram") is usually never walked.
	seen := map[*entry]bool{}
	if n := len(sig.Title); n > 0 {
		toks := slices.Clone(sig.Title)
		slices.SortFunc(toks, func(a, b uint32) int {
			return cmp.Or(cmp.Compare(len(c.titles[a]), len(c.titles[b])), cmp.Compare(a, b))
		})
		k := n - int(math.Ceil(Threshold*float64(n)-1e-9)) + 1
		for _, h := range toks[:min(k, n)] {
			for _, e := range c.titles[h] {
				if !seen[e] {
					seen[e] = true
					consider(e)
				}
			}
		}
	}
	if sig.HasText {
		for b := range bands {
			for _, e := range c.bands[bandKey(sig, b)] {
				if !seen[e] && e.Sig.HasText {
					seen[e] = true
					consider(e)
				}
			}
		}
	}
	if best == "" {
		best, isNew = itemKey, true
	}
	c.add(Entry{ItemKey: itemKey, StoryID: best, Sig: sig, Time: t})
	return best, isNew
}

// Prune forgets entries older than the window before now.
func (c *Clusterer) Prune(now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, e := range c.byKey {
		if now.Sub(e.Time) > c.window {
			e.alive = false
			delete(c.byKey, k)
			c.dead++
		}
	}
	if c.dead == 0 {
		return
	}
	c.dead = 0
	for h, l := range c.titles {
		if l = compact(l); len(l) == 0 {
			delete(c.titles, h)
		} else {
			c.titles[h] = l
		}
	}
	for h, l := range c.bands {
		if l = compact(l); len(l) == 0 {
			delete(c.bands, h)
		} else {
			c.bands[h] = l
		}
	}
}

// Len returns the number of entries in memory.
func (c *Clusterer) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.byKey)
}

func compact(l []*entry) []*entry {
	out := l[:0]
	for _, e := range l {
		if e.alive {
			out = append(out, e)
		}
	}
	clear(l[len(out):])
	return out
}

func (c *Clusterer) add(e Entry) {
	en := &entry{Entry: e, alive: true}
	c.byKey[e.ItemKey] = en
	for _, h := range e.Sig.Title {
		c.titles[h] = append(c.titles[h], en)
	}
	if e.Sig.HasText {
		for b := range bands {
			k := bandKey(e.Sig, b)
			c.bands[k] = append(c.bands[k], en)
		}
	}
}

// bandKey hashes band b of the MinHash (rows values) with the band number.
func bandKey(s Sig, b int) uint64 {
	var buf [8 + 4*rows]byte
	binary.LittleEndian.PutUint64(buf[:], uint64(b))
	for r := range rows {
		binary.LittleEndian.PutUint32(buf[8+4*r:], s.Min[b*rows+r])
	}
	h := uint64(14695981039346656037)
	for _, c := range buf {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
