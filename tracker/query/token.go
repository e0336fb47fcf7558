package query

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tokenizer splits text into normalised tokens. A token is a maximal run of
// letters, digits and combining marks; everything else separates tokens.
// Each token is lower-cased, diacritic-folded (NFD, combining marks dropped,
// plus a few letters without decomposition such as ß, æ, ø, ł) and lightly
// stemmed (see stem). A possessive 's or ’s directly after a word is dropped;
// any other apostrophe separates tokens. The same tokenizer is used for
// queries and documents, which is what makes matching symmetric.
//
// The zero value is not usable; call reset first. Reusing a tokenizer avoids
// allocations: the returned token bytes are valid until the next call.
type tokenizer struct {
	s    string
	i    int
	buf  []byte
	stem bool // apply stem to each token
}

func (t *tokenizer) reset(s string, stem bool) {
	t.s, t.i, t.stem = s, 0, stem
	if t.buf == nil {
		t.buf = make([]byte, 0, 64)
	}
}

// next returns the next token and its byte range [start, end) in the
// original string; ok is false at the end of input. ASCII letters and
// digits take a fast path through a table.
func (t *tokenizer) next() (tok []byte, start, end int, ok bool) {
	s, i := t.s, t.i
	for i < len(s) {
		// Skip separators.
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiFold[c] == 0 {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += n
			continue
		}
		start = i
		buf := t.buf[:0]
	word:
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if l := asciiFold[c]; l != 0 {
					buf = append(buf, l)
					i++
					end = i
					continue
				}
				switch {
				case ignorable(rune(c)):
					i++
					continue
				case c == '\'' && possessiveAt(s, i+1):
					i += 2
				}
				break word
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case isWordRune(r):
				buf = foldRune(buf, r)
				i += n
				end = i
				continue
			case ignorable(r):
				// Invisible inside a word ("bag\u200dram" is bagram).
				i += n
				continue
			case isApostrophe(r) && possessiveAt(s, i+n):
				i += n + 1 // skip the apostrophe and the s
			}
			break
		}
		t.buf = buf
		if len(buf) == 0 { // only combining marks
			continue
		}
		t.i = i
		if t.stem {
			buf = stem(buf)
		}
		return buf, start, end, true
	}
	t.i = i
	return nil, 0, 0, false
}

// appendHashes appends to hs the hash of each token of s, stemmed: what
// next and hashToken give, token by token, faster. Words of ASCII letters
// and digits (most words of most news) are lower-cased, stemmed and hashed
// in one tight loop; a word that holds anything else (an accent, an
// invisible character...) is handed to next from its first byte.
func (t *tokenizer) appendHashes(hs []uint64, s string) []uint64 {
	buf := t.buf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if asciiSkip[c] {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			// A word that starts with another letter, or a separator
			// such as a dash or a quote mark: next knows.
			t.s, t.i, t.stem, t.buf = s, i, true, buf
			tok, _, _, ok := t.next()
			if !ok {
				break
			}
			hs = append(hs, hashToken(tok))
			i, buf = t.i, t.buf
			continue
		}
		// Eight bytes at a time: the word's letters and digits are the
		// low bytes of x up to the first other one, lower-cased by
		// setting 0x20 (which digits have), and are hashed as hashToken
		// hashes them, a word of eight bytes at a time.
		start := i
		buf = buf[:0]
		h, chunked := uint64(hashSeed), true
		for {
			if i+8 > len(s) {
				// The last bytes of s, one at a time.
				for ; i < len(s); i++ {
					l := wordByte[s[i]]
					if l == 0 {
						break
					}
					buf = append(buf, l)
				}
				chunked = false
				break
			}
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			n := bits.TrailingZeros64(^alnumBytes(x)&highBits) >> 3
			if cap(buf)-len(buf) < 8 {
				buf = slices.Grow(buf, 8)
			}
			k := len(buf)
			w := (x | 0x2020202020202020) & (1<<(8*n) - 1) // n = 8: all of it (shift by 64 is 0)
			binary.LittleEndian.PutUint64(buf[k:k+8], w)
			buf = buf[:k+n]
			i += n
			if n > 0 {
				h = mix(h^w, hashMul)
			}
			if n < 8 {
				break
			}
		}
		if i < len(s) && !asciiSep[s[i]] {
			switch end, ok := wordEnd(s, i); {
			case ok:
				i = end
			default:
				t.s, t.i, t.stem, t.buf = s, start, true, buf
				tok, _, _, _ := t.next()
				hs = append(hs, hashToken(tok))
				i, buf = t.i, t.buf
				continue
			}
		}
		// Only words ending in s, y or ie can stem to something else.
		n, last := len(buf), buf[len(buf)-1]
		if last == 's' || last == 'y' || last == 'e' && n > 1 && buf[n-2] == 'i' {
			if st := stem(buf); len(st) != n || st[n-1] != last {
				buf, chunked = st, false
			}
		}
		if chunked {
			h = finish(h, len(buf))
		} else {
			h = hashToken(buf)
		}
		hs = append(hs, h)
	}
	t.buf = buf
	return hs
}

// wordEnd is for a word of ASCII letters and digits followed by s[i], not
// a letter, digit or ASCII separator: if s[i] ends the word, ok is true and
// end is where to read on (after a possessive 's, if any).
func wordEnd(s string, i int) (end int, ok bool) {
	c := s[i]
	if c == '\'' {
		if possessiveAt(s, i+1) {
			return i + 2, true
		}
		return i, true
	}
	if c < utf8.RuneSelf {
		return 0, false // invisible: the word goes on
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case isWordRune(r) || ignorable(r): // ʼ is a letter
		return 0, false
	case isApostrophe(r) && possessiveAt(s, i+n):
		return i + n + 1, true
	}
	return i, true
}

// wordByte maps an ASCII letter or digit to its lower case, and every other
// byte to 0. asciiSkip is true for the ASCII bytes that are not letters or
// digits: between words, all are skipped. asciiSep is true for those that
// end a word: not the apostrophe or invisible control characters.
var wordByte, asciiSkip, asciiSep = func() (w [256]byte, skip, sep [256]bool) {
	copy(w[:], asciiFold[:])
	for c := range utf8.RuneSelf {
		skip[c] = asciiFold[c] == 0
		sep[c] = skip[c] && c != '\'' && !ignorable(rune(c))
	}
	return w, skip, sep
}()

// possessiveAt reports whether s[i:] starts with an s that ends a word.
func possessiveAt(s string, i int) bool {
	if i >= len(s) || (s[i] != 's' && s[i] != 'S') {
		return false
	}
	if i+1 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return !isWordRune(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// asciiFold maps an ASCII letter or digit to its lower case, and every
// other ASCII byte to 0.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiFold[r] != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// ignorable reports whether r is invisible and dropped inside a word:
// format characters (category Cf: zero-width joiner and non-joiner, soft
// hyphen, direction marks...) and control characters other than white
// space (NUL...).
func ignorable(r rune) bool {
	if r < utf8.RuneSelf {
		return r < ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' || r == 0x7f
	}
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Cc, r) && !unicode.IsSpace(r)
}

// latinFold holds the folded form of every rune below latinMax.
const latinMax = 0x250

var latinFold = func() (t [latinMax]string) {
	for r := rune(0); r < latinMax; r++ {
		t[r] = string(foldSlow(nil, r))
	}
	return t
}()

// special folds letters that NFD does not decompose.
var special = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d",
	'ł': "l", 'Ł': "l", 'þ': "th", 'Þ': "th", 'œ': "oe", 'Œ': "oe", 'ı': "i",
	'ð': "d", 'Ð': "d", 'ħ': "h", 'Ħ': "h", 'ŀ': "l", 'Ŀ': "l",
}

func foldRune(buf []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		c := byte(r)
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return append(buf, c)
	}
	if r < latinMax {
		return append(buf, latinFold[r]...)
	}
	return foldSlow(buf, r)
}

func foldSlow(buf []byte, r rune) []byte {
	if s, ok := special[r]; ok {
		return append(buf, s...)
	}
	var tmp [utf8.UTFMax]byte
	n := utf8.EncodeRune(tmp[:], r)
	d := norm.NFD.Properties(tmp[:n]).Decomposition()
	if d == nil {
		d = tmp[:n]
	}
	for len(d) > 0 {
		c, w := utf8.DecodeRune(d)
		d = d[w:]
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		c = unicode.ToLower(c)
		if s, ok := special[c]; ok {
			buf = append(buf, s...)
			continue
		}
		buf = utf8.AppendRune(buf, c)
	}
	return buf
}

// noStem reports whether a word ending in s is not a plural and its stem
// would collide with another word.
func noStem(b []byte) bool {
	switch string(b) {
	case "news", "hamas", "texas", "kansas", "arkansas", "vegas", "christmas", "atlas",
		"alias", "bias", "canvas", "whereas", "series", "species", "mars", "chaos",
		"wales", "always", "lens":
		return true
	}
	return false
}

// stem reduces simple English plurals to their singular, in place: cities →
// city, boxes → box, classes → class, bases → base. Words of three letters or
// fewer, words ending in ss, us or is (bus, status, this, analysis) and the
// words in noStem are left alone. Both query and text go through it, so an
// imperfect stem (movies → movy) still matches consistently.
func stem(b []byte) []byte {
	b = singular(b)
	// Fold a final consonant+y and a final ie to i, so that the singular
	// and plural forms of city/cities, movie/movies and spy/spies agree.
	n := len(b)
	switch {
	case n >= 3 && b[n-1] == 'y' && !isVowel(b[n-2]):
		b[n-1] = 'i'
	case n >= 3 && b[n-2] == 'i' && b[n-1] == 'e':
		b = b[:n-1]
	}
	return b
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// singular strips a simple English plural ending.
func singular(b []byte) []byte {
	n := len(b)
	if n <= 3 || b[n-1] != 's' {
		return b
	}
	switch b[n-2] {
	case 's', 'u', 'i', '\'':
		return b
	}
	if noStem(b) {
		return b
	}
	if n > 4 && b[n-3] == 'i' && b[n-2] == 'e' {
		return b[:n-2] // cities -> citi
	}
	if n > 4 && b[n-2] == 'e' {
		switch b[n-3] {
		case 'x':
			return b[:n-2]
		case 's', 'z':
			if b[n-4] == b[n-3] {
				return b[:n-2]
			}
		case 'h':
			if b[n-4] == 'c' || b[n-4] == 's' {
				return b[:n-2]
			}
		}
	}
	return b[:n-1]
}

// hashToken hashes a token: its bytes eight at a time, little-endian, the
// last word padded with zeros, each mixed into the hash by a 64x64->128-bit
// multiplication folded in two (as wyhash does), then its length. It never
// returns 0. Tokens are compared by hash everywhere; a collision is a
// 2^-64 event per pair.
func hashToken(b []byte) uint64 {
	h, n := uint64(hashSeed), len(b)
	for ; len(b) >= 8; b = b[8:] {
		h = mix(h^binary.LittleEndian.Uint64(b), hashMul)
	}
	if len(b) > 0 {
		var w uint64
		for i, c := range b {
			w |= uint64(c) << (8 * i)
		}
		h = mix(h^w, hashMul)
	}
	return finish(h, n)
}

const (
	hashSeed = 0xa0761d6478bd642f
	hashMul  = 0xe7037ed1a0b428db
	hashEnd  = 0x8ebc6af09c88c6e3
)

func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// finish mixes the length n into h, the hash of a token's words.
func finish(h uint64, n int) uint64 {
	if h = mix(h^uint64(n), hashEnd); h == 0 {
		return 1
	}
	return h
}

// highBits has the high bit of each byte.
const highBits = 0x8080808080808080

// alnumBytes returns highBits for each byte of x that is an ASCII letter
// or digit, 0 for the others. A byte above 0x7f is not one; it can carry
// into the bytes above it, which only matters after a byte that is not a
// letter or digit.
func alnumBytes(x uint64) uint64 {
	const ones = 0x0101010101010101
	l := x | 0x2020202020202020 // lower case: 'A'-'Z' to 'a'-'z'
	letter := (l + (0x80-'a')*ones) &^ (l + (0x80-'z'-1)*ones)
	digit := (x + (0x80-'0')*ones) &^ (x + (0x80-'9'-1)*ones)
	return (letter | digit) & highBits
}

// Tokens returns the normalised, stemmed tokens of s, as used for matching.
// It is exported for tests and diagnostics; matching never needs it.
func Tokens(s string) []string {
	var t tokenizer
	t.reset(s, true)
	var out []string
	for {
		tok, _, _, ok := t.next()
		if !ok {
			return out
		}
		out = append(out, string(tok))
	}
}
