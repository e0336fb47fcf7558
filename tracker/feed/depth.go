package feed

import (
	"bytes"
	"fmt"
)

// MaxDepth is the deepest element nesting Parse accepts. Real feeds nest a
// handful of levels (a few more with XHTML content); a document nested a
// million deep would cost the XML parsers gigabytes before they fail.
const MaxDepth = 256

// checkDepth scans an XML document's markup, without parsing it, and fails
// when elements nest deeper than max. Comments, CDATA sections, processing
// instructions, the doctype and quoted attribute values are skipped whole,
// so a ">" or "/" inside them does not count.
func checkDepth(b []byte, max int) error {
	depth := 0
	for i := 0; i < len(b); {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return nil
		}
		i += j + 1
		rest := b[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("!--")):
			i = skipPast(b, i+3, "-->")
		case bytes.HasPrefix(rest, []byte("![CDATA[")):
			i = skipPast(b, i+8, "]]>")
		case len(rest) > 0 && rest[0] == '?':
			i = skipPast(b, i+1, "?>")
		case len(rest) > 0 && rest[0] == '!':
			i = skipDoctype(b, i+1)
		case len(rest) > 0 && rest[0] == '/':
			i = skipPast(b, i+1, ">")
			depth--
		default:
			end := tagEnd(b, i)
			selfClosing := end >= 2 && b[end-1] == '>' && b[end-2] == '/'
			i = end
			if !selfClosing {
				depth++
				if depth > max {
					return fmt.Errorf("feed: XML nested deeper than %d elements", max)
				}
			}
		}
	}
	return nil
}

// skipPast returns the index just after the first end at or after i, or
// len(b) when there is none.
func skipPast(b []byte, i int, end string) int {
	if k := bytes.Index(b[i:], []byte(end)); k >= 0 {
		return i + k + len(end)
	}
	return len(b)
}

// skipDoctype skips a <!DOCTYPE ...> declaration, internal subset included.
func skipDoctype(b []byte, i int) int {
	brackets := 0
	for ; i < len(b); i++ {
		switch b[i] {
		case '[':
			brackets++
		case ']':
			brackets--
		case '>':
			if brackets <= 0 {
				return i + 1
			}
		}
	}
	return len(b)
}
