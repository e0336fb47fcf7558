package feed

import (
	"html"
	"strings"
	"unicode/utf8"
)

// Length caps for normalised text.
//
// Everything a feed says is capped before anything is stored, so that no
// single item can be too large to record (bbolt refuses keys over 32 KiB)
// or to show (Discord refuses links over 2048 characters).
const (
	maxDescription = 1000     // runes
	maxContent     = 64 << 10 // bytes
	maxTitle       = 500      // runes
	maxAuthor      = 200      // runes
	// MaxLink is the longest item link kept; an item with a longer one is
	// kept without its link (it cannot be shown, and is not alerted).
	MaxLink = 2048 // bytes
	// MaxKey is the longest GUID kept as it is; a longer one is replaced by
	// "g:" and its hash, which identifies the item as well.
	MaxKey = 512 // bytes
)

// plainText turns an HTML fragment (or plain text) into one line of plain
// text: tags are dropped (script/style/comment bodies with them), entities
// decoded, runs of white space collapsed to one space. It is a byte scanner,
// not an HTML parser: feeds call it for every item, so it must be cheap.
func plainText(s string) string {
	if s == "" {
		return ""
	}
	if strings.IndexByte(s, '<') < 0 {
		if strings.IndexByte(s, '&') >= 0 {
			s = html.UnescapeString(s)
		}
		return collapse(s)
	}
	if strings.IndexByte(s, '&') < 0 {
		// No entity to decode: white space is collapsed as the text is
		// written, instead of in a second copy.
		var w spaced
		w.b.Grow(len(s))
		stripTags(s, &w)
		return w.b.String()
	}
	var w raw
	w.Grow(len(s))
	stripTags(s, &w)
	return collapse(html.UnescapeString(w.String()))
}

// textSink receives the text of an HTML fragment (text) and the breaks
// between words that block tags make (space).
type textSink interface {
	text(s string)
	space()
}

// raw keeps text as it is, a break as a space.
type raw struct{ strings.Builder }

func (w *raw) text(s string) { w.WriteString(s) }
func (w *raw) space()        { w.WriteByte(' ') }

// spaced writes what collapse makes of the text and breaks written to a
// raw: each run of white space one space, none leading or trailing.
type spaced struct {
	b       strings.Builder
	pending bool // white space since the last word
}

func (w *spaced) space() { w.pending = w.b.Len() > 0 }

func (w *spaced) text(s string) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				w.space()
				continue
			}
			if w.pending {
				w.b.WriteByte(' ')
				w.pending = false
			}
			w.b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			i += n
			w.space()
			continue
		}
		if w.pending {
			w.b.WriteByte(' ')
			w.pending = false
		}
		if r == utf8.RuneError {
			w.b.WriteRune(r) // an invalid byte becomes U+FFFD
		} else {
			w.b.WriteString(s[i : i+n])
		}
		i += n
	}
}

// stripTags writes the text of an HTML fragment to w: tags dropped
// (script/style/comment bodies with them), a break for each tag that is
// not inline.
func stripTags(s string, w textSink) {
	for i := 0; i < len(s); {
		c := s[i]
		if c != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			w.text(s[i : i+j])
			i += j
			continue
		}
		rest := s[i+1:]
		switch {
		case strings.HasPrefix(rest, "!--"):
			end := strings.Index(rest[3:], "-->")
			if end < 0 {
				i = len(s)
			} else {
				i += 1 + 3 + end + 3
			}
			continue
		case strings.HasPrefix(rest, "![CDATA["):
			end := strings.Index(rest, "]]>")
			if end < 0 {
				w.text(rest[8:])
				i = len(s)
			} else {
				w.text(rest[8:end])
				i += 1 + end + 3
			}
			continue
		}
		if len(rest) == 0 || !(isLetter(rest[0]) || rest[0] == '/' || rest[0] == '!' || rest[0] == '?') {
			w.text("<") // a bare "<" in text, e.g. "a < b"
			i++
			continue
		}
		end := tagEnd(s, i+1)
		name := tagName(rest)
		i = end
		if name == "script" || name == "style" {
			i = skipUntilClose(s, i, name)
		}
		if !inline[name] {
			w.space()
		}
	}
}

// inline tags do not separate words ("<b>bo</b>ld" is "bold").
var inline = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true, "code": true,
	"data": true, "del": true, "dfn": true, "em": true, "font": true, "i": true, "ins": true,
	"kbd": true, "mark": true, "q": true, "s": true, "samp": true, "small": true, "span": true,
	"strike": true, "strong": true, "sub": true, "sup": true, "time": true, "u": true, "var": true,
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// tagEnd returns the index just past the '>' closing the tag opened before
// i, skipping quoted attribute values, or len(s) when the tag never closes.
func tagEnd[T string | []byte](s T, i int) int {
	var quote byte
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1
		}
	}
	return len(s)
}

// tagName returns the lower-cased element name of a tag body like
// "/P class=x>" -> "p".
func tagName(rest string) string {
	if len(rest) > 0 && rest[0] == '/' {
		rest = rest[1:]
	}
	n := 0
	for n < len(rest) && n < 16 && (isLetter(rest[n]) || rest[n] >= '0' && rest[n] <= '9') {
		n++
	}
	name := rest[:n]
	for k := 0; k < len(name); k++ {
		if name[k] >= 'A' && name[k] <= 'Z' {
			return strings.ToLower(name)
		}
	}
	return name
}

func skipUntilClose(s string, i int, name string) int {
	for i < len(s) {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			return len(s)
		}
		i += j
		if strings.EqualFold(tagName(s[i+1:]), name) {
			return tagEnd(s, i+2)
		}
		i += 2
	}
	return len(s)
}

// collapse trims s and replaces each run of white space (including NBSP)
// by one ASCII space, returning s itself when nothing changes.
func collapse(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			clean = false
			break
		}
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
		if sp && (prevSpace || c != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	var w spaced
	w.b.Grow(len(s))
	w.text(s)
	return w.b.String()
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0x85, 0xA0, 0x2028, 0x2029, 0x3000, 0x200B:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// truncate cuts s to at most max runes (maxBytes bytes when byBytes),
// preferring the last word boundary, and marks the cut with "…".
func truncate(s string, max int, byBytes bool) string {
	cut := -1
	if byBytes {
		if len(s) <= max {
			return s
		}
		cut = max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	} else {
		if len(s) <= max { // fewer bytes than max means fewer runes
			return s
		}
		n := 0
		for i := range s {
			if n == max {
				cut = i
				break
			}
			n++
		}
		if cut < 0 {
			return s
		}
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:.-") + "…"
}
