package query

import "math/bits"

const (
	titleBit = 1 << 0
	textBit  = 1 << 1
)

// Doc is a news item tokenised once for matching against many queries. It is
// immutable after NewDoc and safe for concurrent use.
//
// Besides the token hashes of each field by position (for phrases), a Doc
// holds an open-addressing hash set from token hash to the fields it occurs
// in; hashToken never returns 0, which marks an empty slot.
type Doc struct {
	fields [2][]uint64 // token hashes by position: title, text
	keys   []uint64    // hash set of distinct tokens, len a power of two
	masks  []uint8     // titleBit|textBit for keys[i]
	shift  uint8       // 64 - log2(len(keys))
}

// NewDoc tokenises a title and a body text (plain text, not HTML).
func NewDoc(title, text string) *Doc {
	d := &Doc{}
	var t tokenizer
	var buf [64]byte
	t.buf = buf[:0]
	all := make([]uint64, 0, (len(title)+len(text))/5+4)
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
	// At most 2/3 full: size >= 1.5 * number of tokens.
	lg := bits.Len(uint(len(all) + len(all)/2 + 1))
	d.shift = uint8(64 - lg)
	d.keys = make([]uint64, 1<<lg)
	d.masks = make([]uint8, 1<<lg)
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
