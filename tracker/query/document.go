package query

import "math/bits"

const (
	titleBit = 1 << 0
	textBit  = 1 << 1
)

// Doc is a news item tokenised once for matching against many queries. It is
// immutable after NewDoc (until Reset) and safe for concurrent use.
//
// Besides the token hashes of each field by position (for phrases), a Doc
// holds an open-addressing hash set from token hash to the fields it occurs
// in; hashToken never returns 0, which marks an empty slot.
type Doc struct {
	fields [2][]uint64 // token hashes by position: title, text
	keys   []uint64    // hash set of distinct tokens, len a power of two
	masks  []uint8     // titleBit|textBit for keys[i]
	shift  uint8       // 64 - log2(len(keys))
	toks   []uint64    // the array both fields are in
	word   []byte      // the tokenizer's buffer, for Reset
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
	if cap(d.keys) >= 1<<lg {
		d.keys, d.masks = d.keys[:1<<lg], d.masks[:1<<lg]
		clear(d.keys)
		clear(d.masks)
	} else {
		d.keys, d.masks = make([]uint64, 1<<lg), make([]uint8, 1<<lg)
	}
	for f, toks := range d.fields {
		for _, h := range toks {
			d.masks[d.slot(h)] |= 1 << f
		}
	}
	return d
}

// slot returns the index of h in the hash set, inserting it if absent.
func (d *Doc) slot(h uint64) int {
	last := uint64(len(d.keys) - 1)
	for i := (h * 0x9E3779B97F4A7C15) >> d.shift; ; i = (i + 1) & last {
		switch d.keys[i] {
		case h:
			return int(i)
		case 0:
			d.keys[i] = h
			return int(i)
		}
	}
}

// has returns the fields in which the token with hash h occurs.
func (d *Doc) has(h uint64) uint8 {
	last := uint64(len(d.keys) - 1)
	for i := (h * 0x9E3779B97F4A7C15) >> d.shift; ; i = (i + 1) & last {
		switch d.keys[i] {
		case h:
			return d.masks[i]
		case 0:
			return 0
		}
	}
}
