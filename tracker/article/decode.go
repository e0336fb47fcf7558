package article

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// parse checks that body looks like a web page, decodes it to UTF-8 (BOM,
// then <meta charset>, then UTF-8 validity, else windows-1252, as browsers
// do) and parses it.
func parse(body []byte) (*html.Node, error) {
	if len(body) > MaxPageSize {
		return nil, tooLarge(len(body))
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, ErrEmpty
	}
	if isBinary(body) {
		return nil, ErrBinary
	}
	body = toUTF8(body)
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("article: parse html: %w", err)
	}
	if elems, text := measure(doc); elems > maxElements {
		return nil, fmt.Errorf("%w (%d elements; limit %d)", ErrTooComplex, elems, maxElements)
	} else if text > maxText {
		return nil, fmt.Errorf("%w (%s of text; limit %s)", ErrTooComplex, humanSize(text), humanSize(maxText))
	}
	return doc, nil
}

// toUTF8 decodes body to NFC-normalised UTF-8 without soft hyphens.
//
// A byte order mark wins; then a body that is valid UTF-8 is taken as UTF-8
// whatever its <meta charset> says (pages are often re-saved as UTF-8 and keep
// their old declaration, and valid non-ASCII UTF-8 is almost never another
// charset by accident); otherwise the declared charset, else windows-1252.
func toUTF8(body []byte) []byte {
	enc, name, certain := charset.DetermineEncoding(body, "")
	switch {
	case certain && strings.HasPrefix(name, "utf-16"), bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
	case utf8.Valid(body):
		name = "utf-8"
	}
	if name != "utf-8" {
		if decoded, _, err := transform.Bytes(enc.NewDecoder(), body); err == nil {
			body = decoded
		}
	} else {
		body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
		if !utf8.Valid(body) {
			body = bytes.ToValidUTF8(body, []byte("\ufffd"))
		}
	}
	body = bytes.ReplaceAll(body, []byte("\u00ad"), nil)
	return norm.NFC.Bytes(body)
}

// isBinary reports whether the start of body is not text: NUL bytes or many
// control characters, unless a UTF-16 byte order mark says otherwise.
func isBinary(body []byte) bool {
	if bytes.HasPrefix(body, []byte{0xfe, 0xff}) || bytes.HasPrefix(body, []byte{0xff, 0xfe}) {
		return false
	}
	head := body[:min(len(body), 4096)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	if ctrl*20 > len(head) { // more than 5% control bytes
		return true
	}
	// Mostly invalid UTF-8 with no markup at all is an image, archive, ...
	if !utf8.Valid(head[:max(0, len(head)-utf8.UTFMax)]) && bytes.IndexByte(head, '<') < 0 {
		return true
	}
	return false
}

// measure counts the elements of doc and the bytes of its readable text
// (outside script and style).
func measure(doc *html.Node) (elems, text int) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			elems++
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
		case html.TextNode:
			text += len(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return elems, text
}
