package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A span is one run of quoted text found by pairing double quotation marks.
//
// Only double marks (" “ ” « ») delimit quotations; single marks inside them
// are nested quotes or apostrophes and stay part of the text. A quotation
// that runs over several paragraphs (the news convention: each paragraph
// reopens the quote, only the last one closes it) becomes one span per
// paragraph, linked by chain so they share a speaker.
type span struct {
	start, end int  // quoted text, without marks
	open       int  // byte offset of the opening mark, or -1 if none
	close      int  // byte offset just past the closing mark, or -1 if none
	para       int  // paragraph index
	chain      int  // index of the first span of a multi-paragraph quotation
	single     bool // delimited by single marks (British style)
	// words is wordCount(text[start:end]), counted once by findSpans:
	// the rules ask it of every quotation several times.
	words int
}

// paragraph is a byte range of the input holding one paragraph.
type paragraph struct{ start, end int }

// paragraphs splits text at blank lines, or at every line break when the
// text has no blank line at all (extractors often emit one paragraph per
// line). Leading and trailing white space of each paragraph is excluded;
// empty paragraphs are dropped.
func paragraphs(text string) []paragraph {
	if !hasBlankLine(text) {
		var ps []paragraph
		start := 0
		for start <= len(text) {
			end := strings.IndexByte(text[start:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += start
			}
			if s, e := trimSpace(text, start, end); s < e {
				ps = append(ps, paragraph{s, e})
			}
			start = end + 1
		}
		return ps
	}
	var ps []paragraph
	start := 0
	lineStart := 0
	flush := func(end int) {
		s, e := trimSpace(text, start, end)
		if s < e {
			ps = append(ps, paragraph{s, e})
		}
	}
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			// To the line's end at once (IndexByte), not a byte a turn.
			if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
				i += j
			} else {
				i = len(text)
			}
		}
		// text[lineStart:i] is one line.
		if isBlank(text[lineStart:i]) {
			flush(lineStart)
			start = i
		}
		lineStart = i + 1
	}
	flush(len(text))
	return ps
}

// hasBlankLine reports whether text has a line with only white space
// between two line breaks.
func hasBlankLine(text string) bool {
	for i := strings.IndexByte(text, '\n'); i >= 0; {
		j := strings.IndexByte(text[i+1:], '\n')
		if j < 0 {
			return false
		}
		if isBlank(text[i+1 : i+1+j]) {
			return true
		}
		i += 1 + j
	}
	return false
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\f', '\v':
		default:
			return false
		}
	}
	return true
}

// trimSpace narrows text[s:e] to exclude leading and trailing white space.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// mark is one double quotation mark with what its context allows it to do.
type mark struct {
	pos, size int
	canOpen   bool
	canClose  bool
	spaced    bool // a straight mark with white space on both sides
	lost      bool // a "?" standing for a closing mark lost in the page's encoding
}

func isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '″':
		return true
	}
	return false
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '″', '\'', '‘', '’':
		return true
	}
	return false
}

// openSide reports whether r, found just before a mark, lets the mark open
// a quotation (white space, an opening bracket, a dash).
func openSide(r rune) bool {
	if unicode.IsSpace(r) || isQuoteRune(r) {
		return true
	}
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':', '<':
		return true
	}
	return false
}

// closeSide reports whether r, found just after a mark, lets the mark close
// a quotation (white space or punctuation that follows a quotation).
func closeSide(r rune) bool {
	if unicode.IsSpace(r) || isQuoteRune(r) {
		return true
	}
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '>', '…':
		return true
	}
	return false
}

// markByte tells the bytes at which marks must decode a rune: those of
// ', `, ? and ", and every byte of a multi-byte rune (all other ASCII is
// no mark).
var markByte = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || c == '\'' || c == '`' || c == '?' || c == '"'
	}
	return t
}()

// marks lists the double quotation marks of text[p.start:p.end] and decides,
// from the characters around each, whether it can open or close a quotation.
// Curly marks are trusted unless their context plainly contradicts them.
// The marks are appended to buf[:0], so that one buffer serves every
// paragraph.
func marks(text string, p paragraph, buf []mark) []mark {
	ms := buf[:0]
	nSpaced := 0
	for i := p.start; i < p.end; {
		// Most bytes are ASCII letters, digits, spaces and punctuation
		// that are no mark: step over them without decoding.
		if !markByte[text[i]] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:p.end])
		// AP style writes double marks as two single ones: ''...'' or ’’...’’;
		// old wire and TeX copy opens with two backquotes: ``...''.
		if r == '\'' || r == '’' || r == '‘' || r == '`' {
			r2, n2 := utf8.DecodeRuneInString(text[i+n : p.end])
			if r2 == r && n2 > 0 {
				n += n2
				if r == '`' {
					r = '“'
				} else {
					r = '"'
				}
			}
		}
		if r == '?' && lostCloser(text[p.start:i], text[i+n:p.end]) {
			ms = append(ms, mark{pos: i, size: n, canClose: true, lost: true})
			i += n
			continue
		}
		if !isDoubleMark(r) {
			i += n
			continue
		}
		atStart, atEnd := i == p.start, i+n == p.end
		var prev, next rune = ' ', ' '
		if !atStart {
			prev, _ = utf8.DecodeLastRuneInString(text[p.start:i])
		}
		if !atEnd {
			next, _ = utf8.DecodeRuneInString(text[i+n : p.end])
		}
		openCtx := openSide(prev) && !unicode.IsSpace(next) && !atEnd
		closeCtx := !unicode.IsSpace(prev) && !atStart && closeSide(next)
		spaced := unicode.IsSpace(prev) && unicode.IsSpace(next)
		m := mark{pos: i, size: n}
		switch r {
		case '“', '„', '«':
			m.canOpen = !(closeCtx && !openCtx)
			m.canClose = closeCtx && !openCtx
		case '”', '»':
			m.canClose = !(openCtx && !closeCtx)
			m.canOpen = openCtx && !closeCtx
			// “A Most Violent Year, ”out on Friday": a closing mark
			// typed after the space that should follow it, when a
			// left mark opened before in the paragraph and a comma or
			// full stop ends the words before the space.
			if r == '”' && m.canOpen && i-p.start >= 2 && text[i-1] == ' ' && (text[i-2] == ',' || text[i-2] == '.') &&
				strings.Contains(text[p.start:i], "“") {
				m.canOpen, m.canClose = false, true
			}
		default: // straight or ditto mark: context only
			m.canOpen = openCtx || (!closeCtx && !spaced)
			m.canClose = closeCtx || (!openCtx && !spaced)
			// A mark typed with a space on both sides after the end of a
			// sentence or clause (`he told Cook. " You guys did well."`),
			// or opening a paragraph (`" Also ...`), is still a mark, an
			// opening one (see below and findSpans for when it counts).
			// Between words it is more often a dash some wire copy
			// prints as a mark (`the team " champions last year "
			// lost`), and is no mark.
			if spaced && !atStart && nestedCloseBefore(text[p.start:i]) {
				m.canOpen, m.canClose = false, true
			} else if spaced && !atEnd && (atStart || afterClause(text[p.start:i])) {
				m.canOpen, m.canClose, m.spaced = true, false, true
				nSpaced++
			}
		}
		if m.canOpen || m.canClose {
			ms = append(ms, m)
		}
		i += n
	}
	// A lost closing mark counts only after a mark that opens.
	if len(ms) > 0 {
		out, opened := ms[:0], false
		for _, m := range ms {
			if m.lost && !opened {
				continue
			}
			opened = opened || m.canOpen
			out = append(out, m)
		}
		ms = out
	}
	// A spaced mark counts where the paragraph's other marks leave one
	// unpaired, or where it opens the paragraph (a quotation reopened);
	// elsewhere it is an inch or ditto mark ("a 15 " screen").
	if nSpaced > 0 && (len(ms)-nSpaced)%2 == 0 {
		out := ms[:0]
		for _, m := range ms {
			if !m.spaced || m.pos == p.start {
				out = append(out, m)
			}
		}
		ms = out
	}
	return ms
}

// clauseWordAfter reports whether s, the text after a mark, starts (past
// white space) with a word that opens a clause or phrase rather than
// being a noun a plural possessive governs.
func clauseWordAfter(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return afterQuoteWords[s[:end]]
}

// afterQuoteWords open the clause or phrase after a quotation; they are
// not what a plural possessive governs.
var afterQuoteWords = setOf("because", "and", "but", "or", "as", "in", "on", "to", "for", "with", "when", "while",
	"that", "which", "after", "before", "from", "by", "rather", "than", "if", "so", "since", "until", "he", "she",
	"they", "it", "said", "says", "was", "is", "were", "are")

// afterClause reports whether s, the text before a mark, ends with the
// punctuation that closes a sentence or clause, past white space.
func afterClause(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, unicode.IsSpace))
	switch r {
	case '.', ',', '!', '?', ':', ';':
		return true
	}
	return false
}

// findSpans pairs quotation marks paragraph by paragraph.
//
// A paragraph that leaves a quotation open continues it in the next
// paragraph when that paragraph starts with an opening mark (the news
// convention) or when its first mark can only close (a source that forgot to
// reopen). Otherwise the open quotation ends with its paragraph.
func findSpans(text string, ps []paragraph) []span {
	// News has about one quotation a paragraph.
	spans := make([]span, 0, len(ps))
	var markBuf []mark // marks' buffer, for one paragraph at a time
	pendingOpen := -1  // opening mark of a quotation left open
	pendingStart := -1 // start of its text in the previous paragraph
	pendingChain := -1
	pendingPara := -1
	var singleOpen []span // parts of a single-quoted quotation left open
	// A quotation left open at a paragraph's end and not reopened may be
	// a letter or statement quoted whole, its paragraphs unmarked until
	// the last closes it (see below): the chain of its first part, the
	// unmarked paragraphs since, and how many spans there were then.
	letterChain, letterSpans := -1, 0
	var letterGap []int
	const maxLetterGap = 12
	for pi, p := range ps {
		ms := marks(text, p, markBuf)
		markBuf = ms[:0]
		inQ := false
		openAt, textStart, chain := -1, -1, -1
		k := 0
		// A spaced mark opening a paragraph reopens a quotation left open;
		// with none open it is a list's dash printed as a mark (`" The
		// Senate passed the bill.`).
		if len(ms) > 0 && ms[0].spaced && ms[0].pos == p.start && pendingStart < 0 {
			ms = ms[1:]
		}
		if letterChain >= 0 && pendingStart < 0 {
			switch {
			case len(ms) == 0 && len(letterGap) < maxLetterGap && len(spans) == letterSpans:
				letterGap = append(letterGap, pi)
			case len(ms) > 0 && len(letterGap) > 0 && ms[0].canClose && !ms[0].canOpen && !ms[0].lost && len(spans) == letterSpans &&
				(ms[0].pos+ms[0].size == p.end || endsSentence(text[p.start:ms[0].pos])):
				// The paragraph's first mark only closes: the letter
				// ends here, and the paragraphs between are its own.
				for _, g := range letterGap {
					spans = append(spans, span{start: ps[g].start, end: ps[g].end, open: -1, close: -1, para: g, chain: letterChain})
				}
				inQ, openAt, textStart, chain = true, -1, p.start, letterChain
				letterChain = -1
			default:
				letterChain = -1
			}
			if len(ms) > 0 {
				letterChain = -1
			}
		}
		wasPending := pendingStart >= 0
		if pendingStart >= 0 {
			emitPending := func(cont bool) {
				s, e := trimSpace(text, pendingStart, ps[pendingPara].end)
				idx := len(spans)
				c := pendingChain
				if c < 0 {
					c = idx
				}
				spans = append(spans, span{start: s, end: e, open: pendingOpen, close: -1, para: pendingPara, chain: c})
				if cont {
					chain = c
				}
			}
			switch {
			case len(ms) > 0 && ms[0].canOpen && isBlank(text[p.start:ms[0].pos]):
				emitPending(true)
				inQ, openAt, textStart = true, ms[0].pos, ms[0].pos+ms[0].size
				k = 1
			case len(ms) > 0 && ms[0].canClose && !ms[0].canOpen:
				emitPending(true)
				inQ, openAt, textStart = true, -1, p.start
			default:
				emitPending(false)
				if len(ms) == 0 && pendingOpen >= 0 {
					letterChain, letterSpans, letterGap = spans[len(spans)-1].chain, len(spans), []int{pi}
				}
			}
			pendingStart, pendingChain = -1, -1
		}
		// A paragraph whose one mark closes it, after a paragraph that is
		// one whole quotation, continues that speech: the writer dropped
		// the opening mark (""One: we ..."" / "And two, we ..."").
		if !inQ && !wasPending && len(ms) == 1 && ms[0].canClose && !ms[0].canOpen && !ms[0].lost &&
			ms[0].pos+ms[0].size == p.end && endsSentence(text[p.start:ms[0].pos]) && wholeQuotation(spans, ps, pi-1) {
			inQ, openAt, textStart = true, -1, p.start
		}
		lastClose := p.start // where the paragraph's last quotation closed
		for ; k < len(ms); k++ {
			m := ms[k]
			if !inQ {
				if m.canOpen {
					inQ, openAt, textStart = true, m.pos, m.pos+m.size
				} else if at := singleOpenerBefore(text, lastClose, m.pos); at >= 0 && !m.lost {
					// A quotation opened with a single mark and closed
					// with a double one, a slip of wire copy ('We don't
					// understand why,'' he said): the single-quoted
					// spans before it are read as in a paragraph with
					// no double marks.
					spans, _ = singleSpans(text, paragraph{lastClose, at}, pi, spans, nil)
					_, n := utf8.DecodeRuneInString(text[at:])
					idx := len(spans)
					spans = append(spans, span{start: at + n, end: m.pos, open: at, close: m.pos + m.size, para: pi, chain: idx})
					lastClose = m.pos + m.size
				}
				continue
			}
			if !m.canClose {
				// ""You don't need anybody's permission, says Banzi. "If
				// you have an idea, ..."": a mark that only opens, right
				// after the quotation's own cue, means its closing mark was
				// dropped before the cue. The quotation ends at the comma
				// and the mark opens the next.
				if cut := cueInside(text, textStart, m.pos); m.canOpen && cut > textStart {
					idx := len(spans)
					c := chain
					if c < 0 {
						c = idx
					}
					spans = append(spans, span{start: textStart, end: cut, open: openAt, close: -1, para: pi, chain: c})
					chain, openAt, textStart = -1, m.pos, m.pos+m.size
				}
				continue
			}
			s, e := textStart, m.pos
			idx := len(spans)
			c := chain
			if c < 0 {
				c = idx
			}
			spans = append(spans, span{start: s, end: e, open: openAt, close: m.pos + m.size, para: pi, chain: c})
			inQ, chain = false, -1
			lastClose = m.pos + m.size
		}
		if inQ {
			pendingOpen, pendingStart, pendingChain, pendingPara = openAt, textStart, chain, pi
		}
		if len(ms) == 0 {
			spans, singleOpen = singleSpans(text, p, pi, spans, singleOpen)
		} else {
			singleOpen = nil
		}
	}
	if pendingStart >= 0 {
		s, e := trimSpace(text, pendingStart, ps[pendingPara].end)
		c := pendingChain
		if c < 0 {
			c = len(spans)
		}
		spans = append(spans, span{start: s, end: e, open: pendingOpen, close: -1, para: pendingPara, chain: c})
	}
	// Drop spans with no words; re-point chains at surviving first parts.
	// A chain is the index of its first part, so the new indices are a
	// slice, one a span, each the first survivor's index plus one.
	out := spans[:0]
	remap := make([]int, len(spans))
	for _, sp := range spans {
		if sp.words = wordCount(text[sp.start:sp.end]); sp.words == 0 {
			continue
		}
		if nc := remap[sp.chain]; nc > 0 {
			sp.chain = nc - 1
		} else {
			remap[sp.chain] = len(out) + 1
			sp.chain = len(out)
		}
		out = append(out, sp)
	}
	return out
}

// cueInside returns the end of a quotation whose closing mark was dropped
// before its own cue, text[lo:hi] being the quoted text so far up to a
// mark that opens the next quotation: it ends with ", says Banzi. " (a
// comma, then a verb of speech and a name or pronoun in at most four words,
// then a full stop); the quotation ends just past the comma. Otherwise -1.
func cueInside(text string, lo, hi int) int {
	seg := strings.TrimRightFunc(text[lo:hi], unicode.IsSpace)
	if !strings.HasSuffix(seg, ".") {
		return -1
	}
	comma := strings.LastIndexByte(seg, ',')
	if comma <= 0 {
		return -1
	}
	words := strings.Fields(seg[comma+1 : len(seg)-1])
	if len(words) < 2 || len(words) > 4 {
		return -1
	}
	verb, who := false, false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch l := strings.ToLower(w); {
		case reportingVerbs[l] && unicode.IsLower(r):
			verb = true
		case unicode.IsUpper(r) || l == "he" || l == "she":
			who = true
		default:
			return -1
		}
	}
	if !verb || !who {
		return -1
	}
	return lo + comma + 1
}

// wholeQuotation reports whether paragraph pi is one quotation from its
// first character to its last, the last of spans.
func wholeQuotation(spans []span, ps []paragraph, pi int) bool {
	if pi < 0 || len(spans) == 0 {
		return false
	}
	last := spans[len(spans)-1]
	return last.para == pi && !last.single && last.open == ps[pi].start && last.close == ps[pi].end && last.chain == len(spans)-1
}

// wordCount counts runs of letters or digits, treating apostrophes and
// hyphens between them as part of the word.
func wordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		var w bool
		if r < utf8.RuneSelf { // ASCII, tested without the Unicode tables
			w = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		} else {
			w = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if w && !in {
			n++
		}
		if w {
			in = true
		} else if !(in && (r == '\'' || r == '’' || r == '-')) {
			in = false
		}
	}
	return n
}

// singleSpans appends the spans between single quotation marks of a
// paragraph that has no double marks: British style ('...,' she said).
// An apostrophe inside a word ("don't") or after a plural s ("drivers'
// union") neither opens nor closes. Extract keeps such a span only when it
// is long and attributed (see keepSingle).
//
// A quotation left open at the end of the paragraph goes on in the next
// when that one starts with an opening single mark, as with double marks:
// open holds its parts so far and is returned with the one this paragraph
// adds, or nil. The parts become spans, chained, only once a paragraph
// closes the quotation; one never closed is dropped, like an unpaired mark
// within a paragraph.
func singleSpans(text string, p paragraph, pi int, spans, open []span) ([]span, []span) {
	const maxOpenParts = 12
	at := -1
	if len(open) > 0 {
		r, _ := utf8.DecodeRuneInString(text[p.start:p.end])
		if r != '\'' && r != '‘' || len(open) >= maxOpenParts {
			open = nil
		}
	}
	for i := p.start; i < p.end; {
		r, n := utf8.DecodeRuneInString(text[i:p.end])
		if r != '\'' && r != '‘' && r != '’' {
			i += n
			continue
		}
		var prev, next rune = ' ', ' '
		if i > p.start {
			prev, _ = utf8.DecodeLastRuneInString(text[p.start:i])
		}
		if i+n < p.end {
			next, _ = utf8.DecodeRuneInString(text[i+n : p.end])
		}
		// A quotation may open with a currency sign ('£162 for a suit').
		canOpen := r != '’' && openSide(prev) && !isQuoteRune(prev) && (unicode.IsLetter(next) || unicode.IsDigit(next) || unicode.Is(unicode.Sc, next))
		// After a plural s the mark is an apostrophe ("the drivers'
		// union") unless a word that starts a new clause or phrase
		// follows ("has 'raised the stakes' because ...").
		canClose := r != '‘' && !unicode.IsSpace(prev) && closeSide(next) && !isQuoteRune(next) &&
			!(prev == 's' && unicode.IsSpace(next) && !clauseWordAfter(text[i+n:p.end]))
		switch {
		case at < 0 && canOpen:
			at = i
		case at >= 0 && canClose:
			_, m := utf8.DecodeRuneInString(text[at:])
			if st := at + m; st < i {
				chain := len(spans)
				if at == p.start && len(open) > 0 {
					for _, part := range open {
						part.chain = chain
						spans = append(spans, part)
					}
				}
				spans = append(spans, span{start: st, end: i, open: at, close: i + n, para: pi, chain: chain, single: true})
			}
			at, open = -1, nil
		}
		i += n
	}
	if at < 0 {
		return spans, nil
	}
	if at != p.start {
		open = nil // a paragraph's own quotation left open starts a new run
	}
	_, m := utf8.DecodeRuneInString(text[at:])
	s, e := trimSpace(text, at+m, p.end)
	if wordCount(text[s:e]) == 0 {
		return spans, nil
	}
	return spans, append(open, span{start: s, end: e, open: at, close: -1, para: pi, single: true})
}

// singleOpenerBefore returns the position of a single mark in text[lo:hi]
// that opens a quotation left unclosed at hi (by the rules of
// singleSpans), or -1: the opening of a quotation whose closing mark, a
// double one, is at hi.
func singleOpenerBefore(text string, lo, hi int) int {
	if lo >= hi {
		return -1
	}
	// Not an inch mark after a number ("the '90s band's 12" single").
	if r, _ := utf8.DecodeLastRuneInString(text[lo:hi]); unicode.IsDigit(r) || unicode.IsSpace(r) {
		return -1
	}
	var open []span
	_, open = singleSpans(text, paragraph{lo, hi}, 0, nil, nil)
	if len(open) == 0 {
		return -1
	}
	at := open[len(open)-1].open
	if _, n := utf8.DecodeRuneInString(text[at:]); !unicode.IsLetter(firstRune(text[at+n : hi])) {
		return -1
	}
	return at
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lostCloser reports whether a "?" between before and after stands for a
// closing quotation mark that the page's encoding turned into a question
// mark: it follows the full stop or comma that ends a quotation, itself
// after a lower-case word ("as "poppycock, unless you count the dead
// vote.? In 2013, he ..."), and a space or the paragraph's end follows. A
// question after an abbreviation ("to the U.S.?") keeps its mark.
func lostCloser(before, after string) bool {
	p, n := utf8.DecodeLastRuneInString(before)
	if p != '.' && p != ',' {
		return false
	}
	w, m := utf8.DecodeLastRuneInString(before[:len(before)-n])
	if !unicode.IsLower(w) {
		return false
	}
	// A word of two letters or more: not "e.g.?" or "a.m.?".
	if w2, _ := utf8.DecodeLastRuneInString(before[:len(before)-n-m]); !unicode.IsLetter(w2) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || unicode.IsSpace(r)
}

// endsSentence reports whether s ends with the punctuation that ends a
// sentence, past white space.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, unicode.IsSpace))
	return r == '.' || r == '!' || r == '?' || r == '…'
}
