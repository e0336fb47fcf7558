package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations never end a sentence when followed by a period (compared
// lower-case, without the period).
var abbreviations = setOf(`mr mrs ms dr prof gen col lt sgt capt cmdr adm maj brig cpl pvt
	sen rep gov pres st sr jr rev hon jan feb mar apr jun jul aug sep sept oct nov dec
	inc corp co ltd no nos vs approx est dept univ fig gov't ft mt`)

// sentenceStarters are words that, after an acronym such as "U.S.", show a
// new sentence has begun ("... in the U.S. The army said").
var sentenceStarters = setOf(`the a an he she it they we i but and this that these those
	there in on at his her their its our officials however meanwhile`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// SplitSentences splits English text into sentences, trimmed, in order.
// Paragraph breaks (blank lines) always end a sentence. A period ends one
// unless it follows a known abbreviation (Mr., Gen., Jan.), a single-letter
// initial (J. Smith), or a dotted acronym (U.S.) that is not followed by a
// typical sentence opener; decimals (3.5) never split because no space
// follows the period. Closing quotes and brackets after the terminator stay
// with the sentence ('."').
func SplitSentences(text string) []string {
	var out []string
	for _, para := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		out = splitPara(para, out)
	}
	return out
}

func splitPara(p string, out []string) []string {
	start := 0
	emit := func(end int) {
		if s := oneSpaced(p[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	for i := 0; i < len(p); {
		// Terminators are ASCII or '…' (0xE2 0x80 0xA6): any other byte,
		// of ASCII or inside another rune, is passed over undecoded.
		if c := p[i]; c != '.' && c != '!' && c != '?' && c != 0xE2 {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(p[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += w
			continue
		}
		term, j := i, i+w
		// Runs of terminators ("?!", "...") and closing marks.
		for j < len(p) {
			r2, w2 := utf8.DecodeRuneInString(p[j:])
			if strings.ContainsRune(".!?…\"'”’)]", r2) {
				j += w2
				continue
			}
			break
		}
		if j >= len(p) {
			break
		}
		r2, _ := utf8.DecodeRuneInString(p[j:])
		if !unicode.IsSpace(r2) {
			i = j
			continue
		}
		k := j
		for k < len(p) {
			r3, w3 := utf8.DecodeRuneInString(p[k:])
			if !unicode.IsSpace(r3) {
				break
			}
			k += w3
		}
		if k >= len(p) {
			break
		}
		next, _ := utf8.DecodeRuneInString(p[k:])
		if r == '.' && j == term+1 && !endsSentence(p[start:term], p[k:]) {
			i = j
			continue
		}
		if unicode.IsLower(next) {
			// "... said Mr. X" handled above; a lower-case start is almost
			// never a new sentence (e.g. "p.m. on Monday").
			i = j
			continue
		}
		emit(j)
		i = k
	}
	emit(len(p))
	return out
}

// endsSentence decides whether a period that ends word-before (the text of
// the sentence so far) really ends the sentence, given the text after it.
func endsSentence(before, after string) bool {
	w := before[strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' })+1:]
	if w == "" {
		return true
	}
	low := strings.ToLower(w)
	if abbreviations[low] {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return !unicode.IsUpper(r) // initial: "J. Smith"
	}
	if strings.Contains(w, ".") { // U.S, a.m, U.N
		nw := strings.ToLower(strings.TrimFunc(strings.Fields(after)[0], func(r rune) bool { return !unicode.IsLetter(r) }))
		return sentenceStarters[nw]
	}
	return true
}

// oneSpaced is strings.Join(strings.Fields(s), " "): s itself, without
// allocating, when it is so already (as feed text, collapsed when parsed,
// nearly always is).
func oneSpaced(s string) string {
	prevSpace := true // at the start, a space would be leading
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = false
			continue
		}
		switch c {
		case ' ':
			if prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
		case '\t', '\n', '\v', '\f', '\r':
			return strings.Join(strings.Fields(s), " ")
		default:
			prevSpace = false
		}
	}
	if prevSpace && len(s) > 0 {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}
