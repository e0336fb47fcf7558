// Package story groups items that report the same event across outlets.
//
// Each matched item gets a compact signature (Sign) built from its title and
// lead text; a Clusterer keeps a time window of recent signatures and assigns
// each new item to the best matching story, or starts a new story whose ID is
// the item's key. Two signals decide a match: the Jaccard similarity of the
// titles' content words (so re-worded headlines of the same event match) and
// a MinHash estimate of the Jaccard similarity of word shingles of title and
// lead (so syndicated copies of the same wire text match under any headline).
package story

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// numHashes is the number of MinHash values in a signature; bands×rows of
// the LSH index must equal it.
const (
	numHashes = 32
	bands     = 8
	rows      = numHashes / bands
	// maxTitleTokens bounds the title part of a signature.
	maxTitleTokens = 24
	// leadWords bounds how much of the text is shingled: the lead is what
	// syndicated copies share, and it keeps Sign cheap on full articles.
	leadWords = 80
	shingle   = 3
)

// Sig is the signature of one item. The zero Sig is similar to nothing.
// Title holds sorted, distinct hashes of the title's content words; Min holds
// the MinHash of the word shingles of title and lead; HasText reports whether
// any lead text was shingled besides the title.
type Sig struct {
	Title   []uint32
	Min     [numHashes]uint32
	HasText bool
	empty   bool
}

// Sign computes the signature of an item from its title and text (feed
// description or article lead; only the first words are used). It
// allocates only the signature's title hashes.
func Sign(title, text string) Sig {
	var s Sig
	sc := scratchPool.Get().(*signScratch)
	defer scratchPool.Put(sc)
	sc.reset()
	sc.words(title, -1)
	nt := len(sc.ends)
	s.Title = make([]uint32, 0, nt)
	for i := range nt {
		w := sc.word(i)
		if stopwords[string(w)] {
			continue
		}
		s.Title = append(s.Title, stemHash(w))
	}
	slices.Sort(s.Title)
	s.Title = slices.Compact(s.Title)
	if len(s.Title) > maxTitleTokens {
		s.Title = s.Title[:maxTitleTokens]
	}
	sc.words(text, leadWords)
	s.HasText = len(sc.ends)-nt >= shingle
	for i := range s.Min {
		s.Min[i] = ^uint32(0)
	}
	n := 0
	add := func(h uint64) {
		n++
		// Independent hash functions by mixing h with a per-slot seed:
		// mix(h ^ seeds[i]), whose first step, x ^ x>>30, is taken for h
		// once and for the seeds in advance (it distributes over ^).
		h ^= h >> 30
		for i := range s.Min {
			v := uint32(mixTail(h ^ seeds30[i]))
			if v < s.Min[i] {
				s.Min[i] = v
			}
		}
	}
	all := len(sc.ends)
	if all < shingle {
		for i := range all {
			add(mix(fnvAddBytes(fnvOffset, sc.word(i))))
		}
	} else {
		for i := 0; i+shingle <= all; i++ {
			h := fnvAddBytes(fnvOffset, sc.word(i))
			h = fnvAdd(h, " ")
			h = fnvAddBytes(h, sc.word(i+1))
			h = fnvAdd(h, " ")
			add(mix(fnvAddBytes(h, sc.word(i+2))))
		}
	}
	s.empty = n == 0 && len(s.Title) == 0
	return s
}

// signScratch holds the words of one Sign: lower-cased, one after another
// in buf, word i ending at ends[i].
type signScratch struct {
	buf  []byte
	ends []int32
}

var scratchPool = sync.Pool{New: func() any { return &signScratch{buf: make([]byte, 0, 1024), ends: make([]int32, 0, 128)} }}

func (sc *signScratch) reset() { sc.buf, sc.ends = sc.buf[:0], sc.ends[:0] }

func (sc *signScratch) word(i int) []byte {
	from := int32(0)
	if i > 0 {
		from = sc.ends[i-1]
	}
	return sc.buf[from:sc.ends[i]]
}

// words appends the words of text, at most limit of them (-1: all): text
// lower-cased and split into runs of letters and digits, each cut at an
// apostrophe ("govt's" is govt, "'twas" nothing).
func (sc *signScratch) words(text string, limit int) {
	n := 0
	start := len(sc.buf)
	cut := false // an apostrophe ended the word: skip to its end
	end := func() {
		if len(sc.buf) > start {
			sc.ends = append(sc.ends, int32(len(sc.buf)))
			n++
		}
		start, cut = len(sc.buf), false
	}
	for i := 0; i < len(text) && n != limit; {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if r < utf8.RuneSelf {
			switch {
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			case r == '\'':
				cut = true
				continue
			default:
				end()
				continue
			}
			if !cut {
				sc.buf = append(sc.buf, byte(r))
			}
			continue
		}
		r = unicode.ToLower(r)
		switch {
		case r == '’':
			cut = true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !cut {
				sc.buf = utf8.AppendRune(sc.buf, r)
			}
		default:
			end()
		}
	}
	if n != limit {
		end()
	}
}

// stemHash is hash32(stem.Word(string(w))) without allocating.
func stemHash(w []byte) uint32 {
	var h uint64
	switch {
	case len(w) > 5 && bytes.HasSuffix(w, []byte("ing")):
		h = fnvAddBytes(fnvOffset, w[:len(w)-3])
	case len(w) > 4 && bytes.HasSuffix(w, []byte("ies")):
		h = fnvAdd(fnvAddBytes(fnvOffset, w[:len(w)-3]), "y")
	case len(w) > 4 && bytes.HasSuffix(w, []byte("ed")):
		h = fnvAddBytes(fnvOffset, w[:len(w)-2])
	case len(w) > 3 && bytes.HasSuffix(w, []byte("es")) && !bytes.HasSuffix(w, []byte("ses")):
		h = fnvAddBytes(fnvOffset, w[:len(w)-2])
	case len(w) > 3 && bytes.HasSuffix(w, []byte("s")) && !bytes.HasSuffix(w, []byte("ss")):
		h = fnvAddBytes(fnvOffset, w[:len(w)-1])
	default:
		h = fnvAddBytes(fnvOffset, w)
	}
	return uint32(mix(h) >> 32)
}

// Similarity returns how alike two signatures are, 0..1: the larger of the
// title content-word Jaccard similarity and, when both items carry text, the
// MinHash estimate of their shingle Jaccard similarity.
func Similarity(a, b Sig) float64 {
	if a.empty || b.empty {
		return 0
	}
	jt := titleJaccard(a.Title, b.Title)
	if !a.HasText || !b.HasText {
		return jt
	}
	return max(jt, minhashJaccard(a, b))
}

func titleJaccard(a, b []uint32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	i, j, inter := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func minhashJaccard(a, b Sig) float64 {
	eq := 0
	for i := range a.Min {
		if a.Min[i] == b.Min[i] {
			eq++
		}
	}
	return float64(eq) / numHashes
}

const sigVersion = 1

// MarshalBinary encodes the signature: version, flags, title count, title
// hashes, MinHash values, all little-endian.
func (s Sig) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 3+4*(len(s.Title)+numHashes))
	var flags byte
	if s.HasText {
		flags |= 1
	}
	if s.empty {
		flags |= 2
	}
	b = append(b, sigVersion, flags, byte(len(s.Title)))
	for _, h := range s.Title {
		b = binary.LittleEndian.AppendUint32(b, h)
	}
	for _, h := range s.Min {
		b = binary.LittleEndian.AppendUint32(b, h)
	}
	return b, nil
}

// UnmarshalBinary decodes a signature written by MarshalBinary.
func (s *Sig) UnmarshalBinary(b []byte) error {
	if len(b) < 3 || b[0] != sigVersion {
		return errors.New("story: bad signature header")
	}
	n := int(b[2])
	if len(b) != 3+4*(n+numHashes) {
		return errors.New("story: bad signature length")
	}
	s.HasText = b[1]&1 != 0
	s.empty = b[1]&2 != 0
	s.Title = make([]uint32, n)
	p := b[3:]
	for i := range s.Title {
		s.Title[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	p = p[4*n:]
	for i := range s.Min {
		s.Min[i] = binary.LittleEndian.Uint32(p[4*i:])
	}
	return nil
}

// words is the words Sign reads from text, at most limit of them (-1:
// all), as strings, for tests; Sign reads them in place.
func words(text string, limit int) []string {
	var sc signScratch
	sc.words(text, limit)
	out := make([]string, len(sc.ends))
	for i := range out {
		out[i] = string(sc.word(i))
	}
	return out
}

// FNV-1a, 64 bits, inlined so hashing allocates nothing.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvAdd(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func fnvAddBytes(h uint64, s []byte) uint64 {
	for _, c := range s {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hash64(s string) uint64 { return mix(fnvAdd(fnvOffset, s)) }

// hashShingle is hash64(a + " " + b + " " + c) without building the string.
func hashShingle(a, b, c string) uint64 {
	h := fnvAdd(fnvOffset, a)
	h = fnvAdd(h, " ")
	h = fnvAdd(h, b)
	h = fnvAdd(h, " ")
	return mix(fnvAdd(h, c))
}

func hash32(s string) uint32 { return uint32(hash64(s) >> 32) }

// mix is the splitmix64 finaliser.
func mix(x uint64) uint64 { return mixTail(x ^ x>>30) }

// mixTail is mix after its first step.
func mixTail(x uint64) uint64 {
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

var seeds = func() (s [numHashes]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x += 0x9e3779b97f4a7c15
		s[i] = mix(x)
	}
	return s
}()

// seeds30 is each seed s as s ^ s>>30: (h^s) ^ (h^s)>>30 is
// (h ^ h>>30) ^ seeds30[i].
var seeds30 = func() (s [numHashes]uint64) {
	for i, v := range seeds {
		s[i] = v ^ v>>30
	}
	return s
}()

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but of to in on at for from by with as is are was were be been being
		it its this that these those he she they we you i his her their our your them him us
		has have had do does did not no will would can could may might should shall must
		into over after before about up down out off than then so if while amid says said say
		s t new more most after also just what who which when where why how all any some`) {
		m[w] = true
	}
	return m
}()
