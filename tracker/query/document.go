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
// open-addressing hash set of the distinct tokens, each with the fields it
// occurs in and its first position; next chains each position to the next
// one of the same token, so that a phrase is looked for only where its
// first word is. hashToken never returns 0, which marks an empty slot.
type Doc struct {
	fields [2][]uint64 // token hashes by position: title, text
	toks   []uint64    // the array both fields are in, title first
	next   []int32     // next position of the same token, -1 at the last
	set    []docSlot   // len a power of two
	shift  uint8       // 64 - log2(len(set))
	word   []byte      // the tokenizer's buffer, for Reset
}

type docSlot struct {
	key   uint64
	first int32 // first position
	mask  uint8 // titleBit|textBit
}

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
		t.reset(s, true)
		from := len(all)
		for {
			tok, _, _, ok := t.next()
			if !ok {
				break
			}
			all = append(all, hashToken(tok))
		}
		d.fields[f] = all[from:len(all):len(all)]
	}
	d.toks, d.word = all, t.buf[:0]
	// At most 2/3 full: size >= 1.5 * number of tokens.
	lg := bits.Len(uint(len(all) + len(all)/2 + 1))
	d.shift = uint8(64 - lg)
	if cap(d.set) >= 1<<lg {
		d.set = d.set[:1<<lg]
		clear(d.set)
	} else {
		d.set = make([]docSlot, 1<<lg)
	}
	if cap(d.next) >= len(all) {
		d.next = d.next[:len(all)]
	} else {
		d.next = make([]int32, len(all), cap(all))
	}
	// Positions are chained from the last one back, so that each token's
	// chain runs forward.
	nTitle := len(d.fields[0])
	last := uint64(len(d.set) - 1)
	for p := len(all) - 1; p >= 0; p-- {
		h := all[p]
		bit := uint8(textBit)
		if p < nTitle {
			bit = titleBit
		}
		for i := (h * 0x9E3779B97F4A7C15) >> d.shift; ; i = (i + 1) & last {
			s := &d.set[i]
			if s.key == h {
				d.next[p] = s.first
				s.first, s.mask = int32(p), s.mask|bit
				break
			}
			if s.key == 0 {
				*s = docSlot{key: h, first: int32(p), mask: bit}
				d.next[p] = -1
				break
			}
		}
	}
	return d
}

// lookup returns the slot of the token with hash h, or nil.
func (d *Doc) lookup(h uint64) *docSlot {
	last := uint64(len(d.set) - 1)
	for i := (h * 0x9E3779B97F4A7C15) >> d.shift; ; i = (i + 1) & last {
		switch s := &d.set[i]; s.key {
		case h:
			return s
		case 0:
			return nil
		}
	}
}

// has returns the fields in which the token with hash h occurs.
func (d *Doc) has(h uint64) uint8 {
	last := uint64(len(d.set) - 1)
	for i := (h * 0x9E3779B97F4A7C15) >> d.shift; ; i = (i + 1) & last {
		switch s := &d.set[i]; s.key {
		case h:
			return s.mask
		case 0:
			return 0
		}
	}
}

// phraseFields returns the fields in which the tokens occur consecutively,
// looking only where the first one is.
func (d *Doc) phraseFields(phrase []uint64) uint8 {
	s := d.lookup(phrase[0])
	if s == nil {
		return 0
	}
	nTitle := len(d.fields[0])
	var out uint8
	for p := int(s.first); p >= 0; p = int(d.next[p]) {
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
