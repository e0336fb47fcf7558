package query

import "math/bits"

const (
	titleBit = 1 << 0
	textBit  = 1 << 1
)

// Doc is a news item tokenised once for matching against many queries. It is
// immutable after NewDoc (until Reset) and safe for concurrent use.
//
// It holds the token hashes of title and text by position, and an
// open-addressing hash set of the distinct tokens (keys), each with the
// fields it occurs in and its first position (meta); next chains each
// position to the next one of the same token, so that a phrase is looked
// for only where its first word is. hashToken never returns 0, which marks
// an empty slot. A 1 KB text takes about 6 KB in four allocations.
type Doc struct {
	fields [2][]uint64 // token hashes by position: title, text
	toks   []uint64    // the array both fields are in, title first
	keys   []uint64    // the set's tokens, len a power of two
	meta   []uint32    // first position<<2 | titleBit|textBit, by slot
	next   []uint32    // next position of the same token, noNext at the last
	aux    []uint32    // the array meta and next are in
	shift  uint8       // 64 - log2(len(keys))
	// bloom has the bit h>>bloomShift of every token h: most tokens a
	// query looks for are not in the document, and one read says so.
	bloom [1 << (64 - bloomShift - 6)]uint64
	word  []byte // the tokenizer's buffer, for Reset
}

const (
	bloomShift = 64 - 11 // 2048 bits
	noNext     = 1<<32 - 1
)

// NewDoc tokenises a title and a body text (plain text, not HTML).
func NewDoc(title, text string) *Doc { return (&Doc{}).Reset(title, text) }

// Reset makes d the Doc of another title and text, reusing its memory, and
// returns it: for a caller that is done with d (matched it against an
// index and kept nothing), so that a stream of documents allocates none.
func (d *Doc) Reset(title, text string) *Doc {
	var t tokenizer
	if d.word == nil {
		d.word = make([]byte, 0, 64)
	}
	t.buf = d.word[:0]
	all := d.toks[:0]
	if want := (len(title)+len(text))/5 + 4; cap(all) < want {
		all = make([]uint64, 0, want)
	}
	for f, s := range [2]string{title, text} {
		from := len(all)
		all = t.appendHashes(all, s)
		d.fields[f] = all[from:len(all):len(all)]
	}
	d.toks, d.word = all, t.buf[:0]
	// At most 4/5 full, however many tokens are distinct.
	lg := bits.Len(uint(len(all) + len(all)/4 + 1))
	d.shift = uint8(64 - lg)
	if cap(d.keys) >= 1<<lg {
		d.keys = d.keys[:1<<lg]
		clear(d.keys)
	} else {
		d.keys = make([]uint64, 1<<lg)
	}
	n := 1<<lg + len(all)
	if cap(d.aux) < n {
		d.aux = make([]uint32, n)
	}
	d.meta, d.next = d.aux[:1<<lg:1<<lg], d.aux[1<<lg:n:n]
	clear(d.bloom[:])
	// Positions are chained from the last one back, so that each token's
	// chain runs forward.
	nTitle := len(d.fields[0])
	last := uint64(len(d.keys) - 1)
	for p := len(all) - 1; p >= 0; p-- {
		h := all[p]
		bit := uint32(textBit)
		if p < nTitle {
			bit = titleBit
		}
		for i := (h * 0x9E3779B97F4A7C15) >> d.shift; ; i = (i + 1) & last {
			if d.keys[i] == h {
				d.next[p] = d.meta[i] >> 2
				d.meta[i] = uint32(p)<<2 | d.meta[i]&3 | bit
				break
			}
			if d.keys[i] == 0 {
				d.keys[i], d.meta[i], d.next[p] = h, uint32(p)<<2|bit, noNext
				b := h >> bloomShift
				d.bloom[b>>6] |= 1 << (b & 63)
				break
			}
		}
	}
	return d
}

// slot returns the set's slot of the token with hash h, or -1.
func (d *Doc) slot(h uint64) int {
	if b := h >> bloomShift; d.bloom[b>>6]&(1<<(b&63)) == 0 {
		return -1
	}
	last := uint64(len(d.keys) - 1)
	for i := (h * 0x9E3779B97F4A7C15) >> d.shift; ; i = (i + 1) & last {
		switch d.keys[i] {
		case h:
			return int(i)
		case 0:
			return -1
		}
	}
}

// contains reports whether the document has the token with hash h. It is
// inlined where it is called for every posting: the bloom filter answers
// most calls, and only the others pay for a call and a probe.
func (d *Doc) contains(h uint64) bool {
	return d.bloom[h>>(bloomShift+6)]>>(h>>bloomShift&63)&1 != 0 && d.inSet(h)
}

//go:noinline
func (d *Doc) inSet(h uint64) bool { return d.slot(h) >= 0 }

// has returns the fields in which the token with hash h occurs.
func (d *Doc) has(h uint64) uint8 {
	if i := d.slot(h); i >= 0 {
		return uint8(d.meta[i] & 3)
	}
	return 0
}

// phraseFields returns the fields in which the tokens occur consecutively,
// looking only where the first one is.
func (d *Doc) phraseFields(phrase []uint64) uint8 {
	i := d.slot(phrase[0])
	if i < 0 {
		return 0
	}
	nTitle := len(d.fields[0])
	var out uint8
	for q := d.meta[i] >> 2; q != noNext; q = d.next[q] {
		p := int(q)
		end, bit := len(d.toks), uint8(textBit)
		if p < nTitle {
			end, bit = nTitle, titleBit // a phrase does not run from title to text
		}
		if out&bit != 0 || p+len(phrase) > end {
			continue
		}
		if equalTokens(d.toks[p+1:p+len(phrase)], phrase[1:]) {
			if out |= bit; out == titleBit|textBit {
				break
			}
		}
	}
	return out
}

func equalTokens(a, b []uint64) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
