package article

import (
	"encoding/json"
	"strings"
)

// jsonscan.go reads the JSON a page carries in its scripts (JSON-LD, a
// framework's state) for article bodies, without building the value: one
// pass over the bytes keeps only the strings that may be a body, a body's
// paragraphs or a title, as substrings of the script, and decodes (with
// encoding/json) only those of the candidates finally weighed. A page may
// carry megabytes of state; the pass allocates little beyond the stack of
// open objects and arrays and the candidates' paragraph lists.

// maxJSONDepth bounds the nesting the scanner follows; deeper values end
// the scan of their script (no article body is nested that deep).
const maxJSONDepth = 256

// minBodyString is the least length (in bytes, as written in the script) of
// a string under a body key that is weighed as a whole article body.
const minBodyString = 300

// jsonPiece is one paragraph (or an HTML string of several) of a JSON body:
// a raw JSON string literal, or the literals of inline pieces (the spans
// of one paragraph) to be joined.
type jsonPiece struct {
	raw   string
	parts []string
}

// text decodes the piece.
func (p jsonPiece) text() string {
	if p.parts == nil {
		return unquoteJSON(p.raw)
	}
	var b strings.Builder
	for _, r := range p.parts {
		b.WriteString(unquoteJSON(r))
	}
	return b.String()
}

// jsonCand is a body found in page JSON: its pieces in order, and the
// titles of the object holding it (its article), when that object has any.
type jsonCand struct {
	pieces []jsonPiece
	titles []string
	owned  bool   // the object holding it was found (titles may still be empty)
	size   int    // bytes of the pieces as written
	key    string // the key of a body held as one string ("articlebody")
}

// jframe is an open object or array.
type jframe struct {
	array  bool
	key    string // normalised key this value sits under in its parent ("" in an array)
	curKey string // object: the key whose value comes next
	typ    string // object: its type field
	text   string // object: raw literal of its own text field (content, text, html, ...)
	kids   []jsonPiece
	titles []string
	cands  []jsonCand
	// array
	paras []jsonPiece // pieces of the paragraph elements in it
	strs  []string    // raw literals of plain strings in it
	size  int
}

type jsonScanner struct {
	s     string
	i     int
	stack []*jframe
	free  []*jframe // closed frames, for reuse
	cands []jsonCand
	kinds map[string]elemKindT // elementKind of the types seen
}

// scanJSONValue scans one JSON value (JavaScript object literal syntax is
// tolerated: single quotes, bare keys and words, trailing commas) from
// s[start:], adds the bodies it finds to cands and returns the offset after
// the value, or -1 when the text is not such a value.
func scanJSONValue(s string, start int, cands []jsonCand) ([]jsonCand, int) {
	sc := jsonScanner{s: s, i: start, cands: cands}
	if !sc.run() {
		return cands, -1
	}
	return sc.cands, sc.i
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' }

func (sc *jsonScanner) skipSpace() {
	for sc.i < len(sc.s) && isJSONSpace(sc.s[sc.i]) {
		sc.i++
	}
}

// readString returns the raw literal of the string at sc.i (quote
// included) and moves past it.
func (sc *jsonScanner) readString() (string, bool) {
	q := sc.s[sc.i]
	j := sc.i + 1
	for {
		k := strings.IndexByte(sc.s[j:], q)
		if k < 0 {
			return "", false
		}
		j += k
		// The mark is escaped when an odd number of backslashes precede it.
		b := 0
		for j-1-b > sc.i && sc.s[j-1-b] == '\\' {
			b++
		}
		if b%2 == 1 {
			j++
			continue
		}
		raw := sc.s[sc.i : j+1]
		sc.i = j + 1
		return raw, true
	}
}

// readWord reads a bare word (number, true, null, undefined, a bare key).
func (sc *jsonScanner) readWord() string {
	j := sc.i
	for j < len(sc.s) {
		c := sc.s[j]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c == '.' || c == '-' || c == '+' {
			j++
			continue
		}
		break
	}
	w := sc.s[sc.i:j]
	sc.i = j
	return w
}

func (sc *jsonScanner) top() *jframe {
	if len(sc.stack) == 0 {
		return nil
	}
	return sc.stack[len(sc.stack)-1]
}

func (sc *jsonScanner) run() bool {
	const (
		wantValue = iota
		wantKey
		afterValue
	)
	state := wantValue
	for {
		sc.skipSpace()
		if sc.i >= len(sc.s) {
			return false
		}
		c := sc.s[sc.i]
		f := sc.top()
		switch state {
		case wantKey:
			if c == '}' {
				sc.i++
				sc.closeObject()
				state = afterValue
				break
			}
			var key string
			if c == '"' || c == '\'' {
				raw, ok := sc.readString()
				if !ok {
					return false
				}
				key = normKey(unquoteShort(raw))
			} else {
				key = normKey(sc.readWord())
				if key == "" && sc.i < len(sc.s) && sc.s[sc.i] != ':' {
					return false
				}
			}
			sc.skipSpace()
			if sc.i >= len(sc.s) || sc.s[sc.i] != ':' {
				return false
			}
			sc.i++
			f.curKey = key
			state = wantValue
		case wantValue:
			key := ""
			if f != nil && !f.array {
				key = f.curKey
			}
			switch c {
			case '{', '[':
				if len(sc.stack) >= maxJSONDepth {
					return false
				}
				sc.i++
				sc.stack = append(sc.stack, sc.newFrame(c == '[', key))
				if c == '{' {
					state = wantKey
				} else {
					state = wantValue
				}
				continue
			case ']':
				if f == nil || !f.array {
					return false
				}
				sc.i++ // an empty array, or a trailing comma
				sc.closeArray()
				state = afterValue
				continue
			case '"', '\'':
				raw, ok := sc.readString()
				if !ok {
					return false
				}
				sc.stringValue(f, key, raw)
			default:
				if sc.readWord() == "" {
					return false
				}
			}
			state = afterValue
		case afterValue:
			if f == nil {
				return true
			}
			switch {
			case c == ',':
				sc.i++
				if f.array {
					state = wantValue
				} else {
					state = wantKey
				}
			case c == '}' && !f.array:
				sc.i++
				sc.closeObject()
			case c == ']' && f.array:
				sc.i++
				sc.closeArray()
			default:
				return false
			}
		}
		if state == afterValue && sc.top() == nil {
			return true
		}
	}
}

// stringValue records a string value of frame f (nil at the top level)
// under key.
func (sc *jsonScanner) stringValue(f *jframe, key, raw string) {
	if f == nil {
		return
	}
	if f.array {
		f.strs = append(f.strs, raw)
		f.size += len(raw)
		return
	}
	switch {
	case isTypeKey(key):
		if len(raw) < 100 {
			f.typ = normKey(unquoteShort(raw))
		}
	case isTitleKey(key) || isTitleKey(f.key) && len(raw) < 400:
		if len(raw) < 400 {
			f.titles = append(f.titles, unquoteShort(raw))
		}
	}
	if isTextKey(key) && len(raw) > len(f.text) {
		f.text = raw
	}
	if isBodyKey(key) && len(raw) >= minBodyString {
		f.cands = append(f.cands, jsonCand{pieces: []jsonPiece{{raw: raw}}, size: len(raw), key: key})
	}
}

// closeObject ends the object on top of the stack.
func (sc *jsonScanner) closeObject() {
	f := sc.pop()
	defer sc.release(f)
	p := sc.top()
	if len(f.titles) > 0 {
		for i := range f.cands {
			if !f.cands[i].owned {
				f.cands[i].owned, f.cands[i].titles = true, f.titles
			}
		}
	} else if f.typ != "" && isArticleType(f.typ) {
		for i := range f.cands {
			f.cands[i].owned = true
		}
	}
	if p == nil {
		sc.cands = append(sc.cands, f.cands...)
		return
	}
	if !p.array {
		p.cands = append(p.cands, f.cands...)
		if isTitleKey(f.key) {
			p.titles = append(p.titles, f.titles...)
		}
		if (isTextKey(f.key) || isBodyKey(f.key)) && f.text != "" && p.text == "" {
			p.text = f.text // "content": {"rendered": "<p>..."}
		}
		return
	}
	// An element of an array: a paragraph, a heading, a list, a picture...
	// Bodies found inside it belong to it, not to the article holding the
	// array, unless it is an article itself (titled).
	for _, c := range f.cands {
		if c.owned {
			p.cands = append(p.cands, c)
		}
	}
	kind := sc.kindOf(f.typ)
	if kind == elemSkip || len(f.titles) > 0 {
		return // not a paragraph; a titled element is another story's teaser
	}
	var pieces []jsonPiece
	switch {
	case f.text != "":
		pieces = []jsonPiece{{raw: f.text}}
	case len(f.kids) > 0 && kind == elemInline:
		// the spans of one paragraph
		var parts []string
		for _, k := range f.kids {
			if k.parts != nil {
				parts = append(parts, k.parts...)
			} else {
				parts = append(parts, k.raw)
			}
		}
		pieces = []jsonPiece{{parts: parts}}
	default:
		pieces = f.kids
	}
	if len(pieces) == 0 || kind == elemUnknown && f.typ != "" {
		return
	}
	p.paras = append(p.paras, pieces...)
	for _, pc := range pieces {
		p.size += len(pc.raw)
		for _, r := range pc.parts {
			p.size += len(r)
		}
	}
}

// closeArray ends the array on top of the stack.
func (sc *jsonScanner) closeArray() {
	f := sc.pop()
	defer sc.release(f)
	p := sc.top()
	pieces := f.paras
	if len(pieces) == 0 && len(f.strs) >= 2 && (isBodyKey(f.key) || isTextKey(f.key) || f.key == "paragraphs") {
		for _, r := range f.strs {
			pieces = append(pieces, jsonPiece{raw: r})
		}
	}
	cands := f.cands
	if (len(pieces) >= 2 || f.size >= minBodyString) && isBodyListKey(f.key) {
		cands = append(cands, jsonCand{pieces: pieces, size: f.size})
	}
	if p == nil {
		for _, c := range cands {
			if c.owned {
				sc.cands = append(sc.cands, c)
			}
		}
		return
	}
	if !p.array && len(pieces) > 0 {
		p.kids = pieces // an element's children: list items, spans
	}
	if p.array {
		for _, c := range cands {
			if c.owned {
				p.cands = append(p.cands, c)
			}
		}
		return
	}
	p.cands = append(p.cands, cands...)
}

func (sc *jsonScanner) pop() *jframe {
	f := sc.stack[len(sc.stack)-1]
	sc.stack = sc.stack[:len(sc.stack)-1]
	return f
}

// newFrame opens a frame, reusing a closed one (whose slices its parent
// may still hold: they are dropped, not cleared).
func (sc *jsonScanner) newFrame(array bool, key string) *jframe {
	if n := len(sc.free); n > 0 {
		f := sc.free[n-1]
		sc.free = sc.free[:n-1]
		*f = jframe{array: array, key: key}
		return f
	}
	return &jframe{array: array, key: key}
}

// release returns a closed frame for reuse.
func (sc *jsonScanner) release(f *jframe) { sc.free = append(sc.free, f) }

// kindOf is elementKind, remembered for the types of this scan.
func (sc *jsonScanner) kindOf(t string) elemKindT {
	k, ok := sc.kinds[t]
	if !ok {
		if sc.kinds == nil {
			sc.kinds = map[string]elemKindT{}
		}
		k = elementKind(t)
		sc.kinds[t] = k
	}
	return k
}

// normKey folds a key for comparison: ASCII letters only, lower case
// ("article_body", "articleBody" and "@type" become "articlebody", "type").
func normKey(k string) string {
	clean := true
	for i := 0; i < len(k); i++ {
		if c := k[i]; c < 'a' || c > 'z' {
			clean = false
			break
		}
	}
	if clean {
		return k
	}
	b := make([]byte, 0, len(k))
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c >= 'a' && c <= 'z':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		}
	}
	return string(b)
}

func isTypeKey(k string) bool {
	switch k {
	case "type", "typename", "nodetype", "blocktype", "kind", "component", "tagname", "tag":
		return true
	}
	return false
}

// isTitleKey tells a key naming an article's title ("headline",
// "headlines", "seoTitle"), not a subtitle.
func isTitleKey(k string) bool {
	if strings.Contains(k, "sub") {
		return false
	}
	return k == "title" || strings.Contains(k, "headline") || strings.HasSuffix(k, "title") && len(k) <= 12
}

// isTextKey tells a key holding an element's text.
func isTextKey(k string) bool {
	switch k {
	case "content", "text", "html", "value", "body", "markup", "rendered", "data", "paragraph", "contenthtml", "bodyhtml", "texthtml":
		return true
	}
	return false
}

// isBodyKey tells a key that may hold a whole article body.
func isBodyKey(k string) bool {
	switch k {
	case "articlebody", "body", "bodyhtml", "bodytext", "content", "contenthtml", "contenttext", "html", "text",
		"articletext", "articlehtml", "fulltext", "story", "storytext", "storybody", "maintext", "rendered", "markup", "copy":
		return true
	}
	return false
}

// isBodyListKey tells the key of an array that may hold an article's
// paragraphs ("content_elements", "body", "blocks", "paragraphs"), not
// its comments or a list of other stories.
func isBodyListKey(k string) bool {
	for _, w := range []string{"related", "recommend", "comment", "more", "promo", "teaser", "latest", "popular", "trending", "next", "prev"} {
		if strings.Contains(k, w) {
			return false
		}
	}
	for _, w := range []string{"body", "content", "paragraph", "block", "element", "text", "story", "article", "component", "html"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// isArticleType tells the type of an object that is an article.
func isArticleType(t string) bool {
	return strings.Contains(t, "article") || strings.Contains(t, "story") || strings.Contains(t, "posting") || t == "post"
}

type elemKindT int

const (
	elemUnknown elemKindT = iota
	elemPara              // a paragraph or heading: its children are its spans
	elemInline            // a paragraph whose children are spans
	elemGroup             // a list or quotation: its children are paragraphs
	elemSkip              // a picture, video, advertisement, link to another story ...
)

// elementKind classifies a content element by its (normalised) type.
func elementKind(t string) elemKindT {
	if t == "" {
		return elemPara
	}
	for _, w := range []string{"image", "photo", "picture", "video", "gallery", "embed", "oembed", "advert", "promo", "related",
		"link", "tweet", "social", "audio", "caption", "interstitial", "newsletter", "signup", "pullquote", "correction",
		"table", "graphic", "map", "chart", "iframe", "script", "widget", "recirc", "teaser", "card", "button", "podcast"} {
		if strings.Contains(t, w) {
			return elemSkip
		}
	}
	if t == "ad" || strings.HasPrefix(t, "ad") && len(t) <= 6 {
		return elemSkip
	}
	switch t {
	case "p", "h", "li", "span", "b", "i", "em", "strong", "a":
		return elemInline
	case "ul", "ol", "dl":
		return elemGroup
	}
	if len(t) == 2 && t[0] == 'h' && t[1] >= '1' && t[1] <= '6' {
		return elemInline
	}
	for _, w := range []string{"list", "quote", "blockquote", "group", "section", "richtext", "html", "markdown"} {
		if strings.Contains(t, w) {
			return elemGroup
		}
	}
	for _, w := range []string{"paragraph", "text", "heading", "header", "subhead", "block", "span", "par"} {
		if strings.Contains(t, w) {
			return elemInline
		}
	}
	return elemUnknown
}

// unquoteJSON decodes a raw string literal (double- or single-quoted).
func unquoteJSON(raw string) string {
	if len(raw) < 2 {
		return ""
	}
	if raw[0] == '\'' {
		// A JavaScript single-quoted string: unescape \' and what JSON knows.
		inner := raw[1 : len(raw)-1]
		inner = strings.ReplaceAll(inner, `\'`, `'`)
		inner = strings.ReplaceAll(inner, `"`, `\"`)
		raw = `"` + inner + `"`
	}
	if !strings.Contains(raw, `\`) {
		return raw[1 : len(raw)-1]
	}
	var s string
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		// A JavaScript escape JSON lacks (\x41, \/ is fine): keep the text.
		return strings.ReplaceAll(raw[1:len(raw)-1], `\`, "")
	}
	return s
}

// unquoteShort decodes a key or a short value.
func unquoteShort(raw string) string { return unquoteJSON(raw) }
