package query

// A program is a query compiled to postfix form in one flat slice, so that
// the Index can evaluate a candidate with one or two cache misses instead of
// walking a tree of nodes. Each instruction is a word op<<32|n, followed by
// n token hashes for opTerm; opAnd and opOr combine the n values on top of
// the stack; opNot negates the top.
type program []uint64

const (
	opTerm = iota + 1 // n tokens, consecutive (a phrase when n > 1)
	opAnd
	opOr
	opNot
)

func compile(n *node, p program) program {
	switch n.kind {
	case kindTerm:
		p = append(p, opTerm<<32|uint64(len(n.toks)))
		return append(p, n.toks...)
	case kindNot:
		return append(compile(n.kids[0], p), opNot<<32)
	}
	for _, k := range n.kids {
		p = compile(k, p)
	}
	op := uint64(opAnd)
	if n.kind == kindOr {
		op = opOr
	}
	return append(p, op<<32|uint64(len(n.kids)))
}

// match evaluates the program. The stack never holds more values than the
// query has terms (at most MaxTerms).
func (p program) match(d *Doc) bool {
	var stack [MaxTerms + 1]bool
	sp := 0
	for i := 0; i < len(p); {
		op, n := p[i]>>32, int(uint32(p[i]))
		i++
		switch op {
		case opTerm:
			stack[sp] = termFields(d, p[i:i+n]) != 0
			sp++
			i += n
		case opAnd:
			r := true
			for _, v := range stack[sp-n : sp] {
				r = r && v
			}
			sp -= n
			stack[sp] = r
			sp++
		case opOr:
			r := false
			for _, v := range stack[sp-n : sp] {
				r = r || v
			}
			sp -= n
			stack[sp] = r
			sp++
		case opNot:
			stack[sp-1] = !stack[sp-1]
		}
	}
	return stack[0]
}
