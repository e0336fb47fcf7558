package quote

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

// englishText is words/english.txt: lower-case English words, one a line,
// sorted by byte (see words/README.md).
//
//go:embed words/english.txt
var englishText string

var (
	englishOnce sync.Once
	// englishStarts holds where each line of englishText starts: the list
	// is searched in place, without a map of 65,000 strings.
	englishStarts []int32
)

// englishWord reports whether w, in lower case, is an English word of the
// list: "shares", "meanwhile", "recalled", but not "tesla" or "qantas".
func englishWord(w string) bool {
	englishOnce.Do(func() {
		englishStarts = make([]int32, 0, 65536)
		for i := 0; i < len(englishText); {
			englishStarts = append(englishStarts, int32(i))
			n := strings.IndexByte(englishText[i:], '\n')
			if n < 0 {
				break
			}
			i += n + 1
		}
	})
	line := func(k int) string {
		s := englishText[englishStarts[k]:]
		if n := strings.IndexByte(s, '\n'); n >= 0 {
			s = s[:n]
		}
		return s
	}
	k := sort.Search(len(englishStarts), func(k int) bool { return line(k) >= w })
	return k < len(englishStarts) && line(k) == w
}

// unknownWord reports whether the capitalised word t, opening a sentence,
// is a name by its spelling: no English word, nor a given name, a country,
// a people, a month or a day ("Qantas", "Greenpeace"; not "Shares", "Britain",
// "Ukrainian", "Monday"). Short words, words with digits or a hyphen and
// words all in capitals (headings, acronyms) are left to the other signs.
func unknownWord(t token) bool {
	w := t.bare()
	if len(w) < 4 || allCapitals(w) || strings.ContainsAny(w, "-0123456789.’'") {
		return false
	}
	w = strings.ToLower(w)
	if _, ok := firstNames[withoutAccents(w)]; ok || givenNameGender(w) != 0 {
		return false // "Jordan has closed its border": the other signs decide
	}
	return !englishWord(w) && !countries[w] && !peopleWord(w) && !monthNames[w] && !dayNames[w]
}

// peopleWord reports whether w (lower case), written with a capital, names
// a people: a demonym of the list, or one by its ending ("Ukrainian",
// "Korean"), but not every name that ends like one ("Albanese", "Goldman",
// "Bernard", which demonym takes for peoples after "the").
func peopleWord(w string) bool {
	return demonyms[w] || pluralDemonym(w) || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean")
}
