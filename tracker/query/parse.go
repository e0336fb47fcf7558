package query

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on a query, so that one topic cannot make matching slow.
const (
	MaxRunes = 200 // characters in the raw query
	MaxTerms = 20  // words and phrases, counting exclusions
)

// Error is a query the user has to fix. Pos is the 0-based rune offset in the
// input where the problem is; Msg says what is wrong in words a Discord user
// can act on.
type Error struct {
	Pos int
	Msg string
}

// Error reads as a person counts: the first character is character 1.
func (e *Error) Error() string { return fmt.Sprintf("at character %d: %s", e.Pos+1, e.Msg) }

func errorf(pos int, format string, args ...any) *Error {
	return &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

type itemKind uint8

const (
	itemEOF itemKind = iota
	itemWord
	itemPhrase
	itemOr
	itemAnd
	itemMinus
	itemLParen
	itemRParen
)

type item struct {
	kind itemKind
	pos  int    // rune offset
	text string // word or phrase content
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' || r == '„' }

// lex splits the input into items. Words run until a space, a quote or a
// parenthesis. A '-' starts an exclusion when it begins a term and is directly
// followed by something other than a space or ')'.
func lex(input string) ([]item, error) {
	rs := []rune(input)
	var items []item
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case r == '(':
			items = append(items, item{kind: itemLParen, pos: i})
			i++
		case r == ')':
			items = append(items, item{kind: itemRParen, pos: i})
			i++
		case isQuote(r):
			j := i + 1
			for j < len(rs) && !isQuote(rs[j]) {
				j++
			}
			if j == len(rs) {
				return nil, errorf(i, "unclosed quote")
			}
			items = append(items, item{kind: itemPhrase, pos: i, text: string(rs[i+1 : j])})
			i = j + 1
		case r == '-':
			if i+1 == len(rs) || unicode.IsSpace(rs[i+1]) || rs[i+1] == ')' {
				return nil, errorf(i, `"-" must be directly followed by a word or "phrase" to exclude, like -rumour`)
			}
			items = append(items, item{kind: itemMinus, pos: i})
			i++
		default:
			j := i
			for j < len(rs) && !unicode.IsSpace(rs[j]) && !isQuote(rs[j]) && rs[j] != '(' && rs[j] != ')' {
				j++
			}
			w := string(rs[i:j])
			switch w {
			case "OR":
				items = append(items, item{kind: itemOr, pos: i})
			case "AND":
				items = append(items, item{kind: itemAnd, pos: i})
			default:
				items = append(items, item{kind: itemWord, pos: i, text: w})
			}
			i = j
		}
	}
	return append(items, item{kind: itemEOF, pos: len(rs)}), nil
}

type parser struct {
	items []item
	i     int
	terms int
}

func (p *parser) peek() item { return p.items[p.i] }
func (p *parser) take() item { it := p.items[p.i]; p.i++; return it }

// Parse parses a topic query; see the package documentation for the
// language. The returned query is in canonical form (see Query.String).
// Errors are always *Error.
func Parse(input string) (*Query, error) {
	if n := utf8.RuneCountInString(input); n > MaxRunes {
		return nil, errorf(MaxRunes, "query is too long (%d characters; the limit is %d)", n, MaxRunes)
	}
	items, err := lex(input)
	if err != nil {
		return nil, err
	}
	p := &parser{items: items}
	root, err := p.parseAnd(-1)
	if err != nil {
		return nil, err
	}
	if err := checkPositive(root); err != nil {
		return nil, err
	}
	root = canon(root)
	// The canonical form can be longer than the input (quotes around
	// COVID-19, ß becoming ss); it must itself parse.
	if n := utf8.RuneCountInString(root.str); n > MaxRunes {
		return nil, errorf(0, "query is too long once normalised (%d characters; the limit is %d)", n, MaxRunes)
	}
	return newQuery(root), nil
}

// parseAnd parses a sequence of OR-expressions, up to the end of input (open
// < 0) or the ')' closing the '(' at rune offset open.
func (p *parser) parseAnd(open int) (*node, error) {
	start := p.peek().pos
	n := &node{kind: kindAnd, pos: start}
	for {
		it := p.peek()
		switch it.kind {
		case itemEOF:
			if open >= 0 {
				return nil, errorf(open, "unbalanced parenthesis: this ( is never closed")
			}
			if len(n.kids) == 0 {
				return nil, errorf(0, "empty query: type at least one word to track")
			}
			return n, nil
		case itemRParen:
			if open < 0 {
				return nil, errorf(it.pos, "unbalanced parenthesis: this ) has no matching (")
			}
			if len(n.kids) == 0 {
				return nil, errorf(open, "empty parentheses")
			}
			p.take()
			return n, nil
		case itemOr:
			return nil, errorf(it.pos, "dangling OR: put a word or phrase before it, like: kabul OR bagram")
		case itemAnd:
			// An explicit AND says what the space already says.
			if len(n.kids) == 0 {
				return nil, errorf(it.pos, "dangling AND: put a word or phrase before it, like: kabul AND bagram")
			}
			p.take()
			switch p.peek().kind {
			case itemEOF, itemRParen, itemOr, itemAnd:
				return nil, errorf(it.pos, "dangling AND: put a word or phrase after it, like: kabul AND bagram")
			}
			continue
		}
		k, err := p.parseOr()
		if err != nil {
			return nil, err
		}
		n.kids = append(n.kids, k)
	}
}

func (p *parser) parseOr() (*node, error) {
	first, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	if p.peek().kind != itemOr {
		return first, nil
	}
	n := &node{kind: kindOr, pos: first.pos, kids: []*node{first}}
	for p.peek().kind == itemOr {
		or := p.take()
		switch p.peek().kind {
		case itemEOF, itemRParen, itemOr, itemAnd:
			return nil, errorf(or.pos, "dangling OR: put a word or phrase after it, like: kabul OR bagram")
		}
		k, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		n.kids = append(n.kids, k)
	}
	return n, nil
}

func (p *parser) parseUnary() (*node, error) {
	if p.peek().kind != itemMinus {
		return p.parsePrimary()
	}
	minus := p.take()
	switch p.peek().kind {
	case itemWord, itemPhrase, itemLParen:
	default:
		return nil, errorf(minus.pos, `"-" must be directly followed by a word or "phrase" to exclude, like -rumour`)
	}
	k, err := p.parsePrimary()
	if err != nil {
		return nil, err
	}
	return &node{kind: kindNot, pos: minus.pos, kids: []*node{k}}, nil
}

func (p *parser) parsePrimary() (*node, error) {
	it := p.take()
	switch it.kind {
	case itemLParen:
		return p.parseAnd(it.pos)
	case itemWord, itemPhrase:
		p.terms++
		if p.terms > MaxTerms {
			return nil, errorf(it.pos, "too many terms (the limit is %d words and phrases)", MaxTerms)
		}
		n := newTerm(it.text)
		n.pos = it.pos
		if n.toks == nil {
			if it.kind == itemPhrase {
				return nil, errorf(it.pos, "empty phrase: put words between the quotes")
			}
			return nil, errorf(it.pos, "stray characters %q: a query is made of words, \"phrases\", OR, AND, -exclusions and ( )", it.text)
		}
		return n, nil
	}
	// parseOr and parseUnary have ruled out everything else; be defensive.
	return nil, errorf(it.pos, "unexpected %s", describe(it))
}

func describe(it item) string {
	switch it.kind {
	case itemEOF:
		return "end of query"
	case itemRParen:
		return ")"
	case itemOr:
		return "OR"
	case itemAnd:
		return "AND"
	case itemMinus:
		return "-"
	}
	return fmt.Sprintf("%q", it.text)
}

// newTerm builds a term from a word or phrase. Its display form is the
// normalised but unstemmed tokens joined by single spaces; toks are the
// stemmed hashes used for matching. A word that splits into several tokens
// (COVID-19, U.S., O'Brien) is matched as a phrase.
func newTerm(s string) *node {
	var t tokenizer
	t.reset(s, false)
	var disp []string
	var toks []uint64
	var costs []int
	for {
		tok, _, _, ok := t.next()
		if !ok {
			break
		}
		disp = append(disp, string(tok))
		st := stem(tok)
		toks = append(toks, hashToken(st))
		costs = append(costs, tokenCost(st))
	}
	return &node{kind: kindTerm, text: strings.Join(disp, " "), toks: toks, costs: costs}
}

// checkPositive enforces that every query needs something to look for: an
// AND needs at least one non-excluded part, every OR alternative must be
// positive, and what is excluded must itself be positive.
func checkPositive(n *node) error {
	for _, k := range n.kids {
		if err := checkPositive(k); err != nil {
			return err
		}
	}
	switch n.kind {
	case kindAnd:
		if !positive(n) {
			return errorf(n.pos, "only exclusions: add at least one word or phrase to look for")
		}
	case kindOr:
		for _, k := range n.kids {
			if !positive(k) {
				return errorf(k.pos, "an OR alternative cannot be an exclusion; write the exclusion outside the OR, like: (kabul OR bagram) -rumour")
			}
		}
	case kindNot:
		if !positive(n.kids[0]) {
			return errorf(n.pos, "double exclusion: remove one of the -")
		}
	}
	return nil
}

func positive(n *node) bool {
	switch n.kind {
	case kindNot:
		return false
	case kindAnd:
		return slices.ContainsFunc(n.kids, positive)
	case kindOr:
		for _, k := range n.kids {
			if !positive(k) {
				return false
			}
		}
	}
	return true
}
