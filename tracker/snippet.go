package tracker

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newshound/tracker/quote"
	"newshound/tracker/summary"
)

// SnippetRunes bounds the text an alert shows under its headline.
const SnippetRunes = 300

// alertSnippet is the one text an alert shows under its headline: the lead
// of the article when its page was read, else the feed's summary. It says
// each thing once: a sentence that repeats the headline, an earlier
// sentence or the quote the alert shows (shown) is left out, so a feed
// whose description is its summary followed by the article's lead does not
// read twice. It ends at a sentence boundary, or, when even the first
// sentence is too long, at a word boundary with an ellipsis, and never
// inside a quotation.
func alertSnippet(it Item, fromPage bool, shown *quote.Quote) string {
	src := it.Description
	if fromPage && strings.TrimSpace(it.Text) != "" {
		src = it.Text
	}
	var kept []string
	// What the alert shows anyway: a sentence made mostly of its words adds
	// nothing.
	around := []wordSet{newWordSet(it.Title)}
	quoted := ""
	if shown != nil {
		around = append(around, newWordSet(shown.Text))
		quoted = plainWords(shown.Text)
	}
	var seen []wordSet
	size := 0
	for _, s := range summary.SplitSentences(firstRunes(src, 4*SnippetRunes)) {
		ws := newWordSet(s)
		if len(ws) == 0 || repeats(ws, seen) || within(ws, around) ||
			(quoted != "" && strings.Contains(plainWords(s), quoted)) {
			continue
		}
		seen = append(seen, ws)
		n := utf8.RuneCountInString(s)
		if len(kept) == 0 && n > SnippetRunes {
			if cut := cutOutsideQuotes(s, SnippetRunes); cut != "" {
				return cut + "…"
			}
			continue // one long quotation: the next sentence may do
		}
		if size+n+1 > SnippetRunes {
			break
		}
		kept = append(kept, s)
		size += n + 1
	}
	return strings.Join(kept, " ")
}

// within reports whether nearly all (80%) of a sentence's words are in one
// of the texts.
func within(ws wordSet, texts []wordSet) bool {
	for _, o := range texts {
		if float64(ws.common(o)) >= 0.8*float64(len(ws)) {
			return true
		}
	}
	return false
}

// repeats reports whether a sentence and an earlier one say the same: 80%
// of the words of the shorter are in the other.
func repeats(ws wordSet, shown []wordSet) bool {
	for _, o := range shown {
		if len(o) == 0 {
			continue
		}
		in := ws.common(o)
		if small := min(len(ws), len(o)); small > 0 && float64(in) >= 0.8*float64(small) && (small >= 4 || in == len(ws)) {
			return true
		}
	}
	return false
}

// plainWords is s's words, lower-case, letters and digits, one space apart.
func plainWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// wordSet is the set of a text's words, lower-case, letters and digits:
// their 64-bit hashes, sorted, each once (one allocation, where a map of
// strings took one a word).
type wordSet []uint64

func newWordSet(s string) wordSet {
	var buf [64]uint64
	out := buf[:0]
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII, as most of it is: lower-cased and hashed as is.
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				h ^= uint64(c)
				h *= prime
				in = true
				continue
			}
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			i += w
			r = unicode.ToLower(r)
			if r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9') || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				var enc [utf8.UTFMax]byte
				for _, c := range utf8.AppendRune(enc[:0], r) {
					h ^= uint64(c)
					h *= prime
				}
				in = true
				continue
			}
		}
		if in {
			out = append(out, h)
		}
		h, in = offset, false
	}
	if in {
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Clip(slices.Clone(slices.Compact(out)))
}

// common counts the words of ws also in o.
func (ws wordSet) common(o wordSet) int {
	i, j, n := 0, 0, 0
	for i < len(ws) && j < len(o) {
		switch {
		case ws[i] == o[j]:
			n++
			i++
			j++
		case ws[i] < o[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// cutOutsideQuotes cuts s at the last space before max runes that is not
// inside a quotation; "" when there is no such space past a third of max.
func cutOutsideQuotes(s string, max int) string {
	depth, straight := 0, false
	best, n := -1, 0
	for i, r := range s {
		if n > max {
			break
		}
		n++
		switch r {
		case '“', '‘', '«':
			depth++
		case '”', '»':
			depth = max0(depth - 1)
		case '’':
			// An apostrophe as often as a closing mark: only close a ‘.
			if depth > 0 && !isLetterAt(s, i+len("’")) {
				depth--
			}
		case '"':
			straight = !straight
		case ' ':
			if depth == 0 && !straight && n > max/3 {
				best = i
			}
		}
	}
	if best < 0 {
		return ""
	}
	return strings.TrimRight(s[:best], " ,;:—–-")
}

func max0(n int) int { return max(n, 0) }

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// firstRunes is the start of s, at most n runes.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
