package query

import (
	"slices"
	"strings"
)

type kind uint8

const (
	kindTerm kind = iota // a word or phrase
	kindAnd
	kindOr
	kindNot
)

// node is one part of a parsed query. After canon, str holds the node's
// canonical text and is what nodes are sorted and deduplicated by.
type node struct {
	kind  kind
	kids  []*node
	text  string   // kindTerm: normalised tokens joined by single spaces
	toks  []uint64 // kindTerm: stemmed token hashes, matched consecutively
	costs []int    // kindTerm: tokenCost of each token, for the Index
	pos   int      // rune offset in the input, for errors
	str   string
}

// Query is a parsed topic query in canonical form. It is immutable and safe
// for concurrent use.
type Query struct {
	root  *node
	terms []*node // positive terms (not under an exclusion), canonical order, distinct
}

// Hit says that a query term was found in a field of a document.
type Hit struct {
	Term  string `json:"term"`
	Field string `json:"field"` // "title" or "text"
}

func newQuery(root *node) *Query {
	q := &Query{root: root}
	seen := map[string]bool{}
	var walk func(n *node)
	walk = func(n *node) {
		switch n.kind {
		case kindNot:
			return
		case kindTerm:
			if !seen[n.text] {
				seen[n.text] = true
				q.terms = append(q.terms, n)
			}
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(root)
	return q
}

// canon rewrites n bottom-up into canonical form: groups of one collapse,
// nested ANDs and ORs flatten, duplicates go, OR alternatives sort, and AND
// parts sort with the positive ones first. The result's str is set.
func canon(n *node) *node {
	switch n.kind {
	case kindTerm:
		n.str = n.text
		if len(n.toks) > 1 {
			n.str = `"` + n.text + `"`
		}
		return n
	case kindNot:
		k := canon(n.kids[0])
		n.kids[0] = k
		if k.kind == kindTerm {
			n.str = "-" + k.str
		} else {
			n.str = "-(" + k.str + ")"
		}
		return n
	}
	var kids []*node
	for _, k := range n.kids {
		k = canon(k)
		if k.kind == n.kind {
			kids = append(kids, k.kids...)
		} else {
			kids = append(kids, k)
		}
	}
	slices.SortFunc(kids, func(a, b *node) int {
		if an, bn := a.kind == kindNot, b.kind == kindNot; an != bn {
			if an {
				return 1
			}
			return -1
		}
		return strings.Compare(a.str, b.str)
	})
	kids = slices.CompactFunc(kids, func(a, b *node) bool { return a.str == b.str })
	if len(kids) == 1 {
		return kids[0]
	}
	n.kids = kids
	parts := make([]string, len(kids))
	sep := " "
	if n.kind == kindOr {
		sep = " OR "
	}
	for i, k := range kids {
		parts[i] = k.str
		if n.kind == kindOr && k.kind == kindAnd {
			parts[i] = "(" + k.str + ")"
		}
	}
	n.str = strings.Join(parts, sep)
	return n
}

// String returns the canonical form of the query: lower-case, accents and
// possessives removed, single spaces, AND parts sorted (exclusions last), OR
// alternatives sorted, parentheses only where needed. Two queries with the
// same String match the same documents, and Parse(q.String()) gives q again.
func (q *Query) String() string { return q.root.str }

// Terms returns the display form of the positive terms (the words and
// phrases the query looks for, not the excluded ones), without quotes.
func (q *Query) Terms() []string {
	out := make([]string, len(q.terms))
	for i, t := range q.terms {
		out[i] = t.text
	}
	return out
}

// Match reports whether the document satisfies the query.
func (q *Query) Match(d *Doc) bool { return q.root.match(d) }

// Excludes reports whether the query has an exclusion (-word): only such a
// query can stop matching a document when more of its text is added.
func (q *Query) Excludes() bool { return q.root.excludes() }

func (n *node) excludes() bool {
	if n.kind == kindNot {
		return true
	}
	for _, k := range n.kids {
		if k.excludes() {
			return true
		}
	}
	return false
}

func (n *node) match(d *Doc) bool {
	switch n.kind {
	case kindTerm:
		return n.fields(d) != 0
	case kindAnd:
		for _, k := range n.kids {
			if !k.match(d) {
				return false
			}
		}
		return true
	case kindOr:
		for _, k := range n.kids {
			if k.match(d) {
				return true
			}
		}
		return false
	default: // kindNot
		return !n.kids[0].match(d)
	}
}

// fields returns the set of fields (titleBit, textBit) in which the term
// occurs.
func (n *node) fields(d *Doc) uint8 { return termFields(d, n.toks) }

// termFields returns the fields in which the tokens occur consecutively.
func termFields(d *Doc, toks []uint64) uint8 {
	m := uint8(3)
	for _, h := range toks {
		m &= d.has(h)
		if m == 0 {
			return 0
		}
	}
	if len(toks) == 1 {
		return m
	}
	return d.phraseFields(toks)
}

// Explain lists, for each positive term found in the document, the fields it
// was found in: title before text, terms in canonical order. It explains a
// match; on a document that does not match it still lists what was found.
func (q *Query) Explain(d *Doc) []Hit {
	var hits []Hit
	for _, t := range q.terms {
		m := t.fields(d)
		if m&titleBit != 0 {
			hits = append(hits, Hit{Term: t.text, Field: "title"})
		}
		if m&textBit != 0 {
			hits = append(hits, Hit{Term: t.text, Field: "text"})
		}
	}
	return hits
}

// Spans returns the byte ranges [start, end) of s where positive terms occur,
// sorted and merged, for highlighting. Ranges cover the original text (with
// its case and accents) and stop before a possessive 's.
func (q *Query) Spans(s string) [][2]int {
	type pos struct {
		h          uint64
		start, end int
	}
	var toks []pos
	var t tokenizer
	t.reset(s, true)
	for {
		tok, start, end, ok := t.next()
		if !ok {
			break
		}
		toks = append(toks, pos{hashToken(tok), start, end})
	}
	var spans [][2]int
	for _, term := range q.terms {
		n := len(term.toks)
	scan:
		for i := 0; i+n <= len(toks); i++ {
			for j, h := range term.toks {
				if toks[i+j].h != h {
					continue scan
				}
			}
			spans = append(spans, [2]int{toks[i].start, toks[i+n-1].end})
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	var out [][2]int
	for _, sp := range spans {
		if k := len(out) - 1; k >= 0 && sp[0] <= out[k][1] {
			out[k][1] = max(out[k][1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}
