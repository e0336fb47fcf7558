package quote

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// givenNamesText is the list in givennames/names.txt, and birthNamesText
// the longer one of names given in the US in givennames/births.txt (see
// their README).
var (
	//go:embed givennames/names.txt
	givenNamesText string
	//go:embed givennames/births.txt
	birthNamesText string
)

var (
	givenOnce   sync.Once
	givenGender map[string]byte
	// birthsOnly holds the names only births.txt knows: the gender they
	// usually have in the US, which a name of another country may not
	// share ("Tawanda" is mostly a girl's name in the US, a man's in
	// Zimbabwe).
	birthsOnly map[string]bool
)

// givenNameGender returns the gender a given name w (lower case) usually
// has, 'f' or 'm', from the hand-written firstNames first and then the
// longer list of English given names; 0 when neither knows the name or it
// is given to both.
func givenNameGender(w string) byte {
	w = withoutAccents(w)
	if g, ok := firstNames[w]; ok {
		return g
	}
	loadGivenNames()
	return givenGender[w]
}

// loadGivenNames fills givenGender and birthsOnly from the embedded
// lists, once.
func loadGivenNames() {
	givenOnce.Do(func() {
		givenGender = make(map[string]byte, 24576)
		birthsOnly = make(map[string]bool, 16384)
		for k, text := range []string{givenNamesText, birthNamesText} {
			for line := range strings.Lines(text) {
				name, g, ok := strings.Cut(strings.TrimSpace(line), " ")
				if _, seen := givenGender[name]; ok && !seen && (g == "f" || g == "m") {
					givenGender[name] = g[0]
					if _, hand := firstNames[name]; k == 1 && !hand {
						birthsOnly[name] = true
					}
				}
			}
		}
	})
}

// usGender returns the gender givenNameGender gives the given name w
// (lower case) when only the US births list gives it, or 0: a pronoun of
// the other gender may still mean that person when no one else fits.
func usGender(w string) byte {
	w = withoutAccents(w)
	if _, hand := firstNames[w]; hand {
		return 0
	}
	if g := givenNameGender(w); birthsOnly[w] { // (givenNameGender loaded birthsOnly)
		return g
	}
	return 0
}

// withoutAccents returns w with its diacritics removed ("andrés" →
// "andres"), so that names spelled with them are found in the lists, which
// are written without; w itself when it is plain ASCII.
func withoutAccents(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
			if out, _, err := transform.String(t, w); err == nil {
				return out
			}
			return w
		}
	}
	return w
}

// hyphenGiven reports whether w (lower case) is two given names joined by
// a hyphen ("jean-luc", "anne-marie", "hans-peter"); not an Arabic
// article or patronymic before a name ("al-hassan", "bin-salman"), nor a
// word of the English lists ("may-day").
func hyphenGiven(w string) bool {
	first, second, ok := strings.Cut(w, "-")
	if !ok || len(first) < 2 || len(second) < 2 || strings.IndexByte(second, '-') >= 0 || nameParticles[first] || first == "abu" || first == "abd" || first == "abdel" {
		return false
	}
	return knownGiven(first) && knownGiven(second)
}

// hyphenGender is the gender of a hyphenated given name: the one both
// names have ("anne-marie"), 0 when they differ or one has none
// ("jean-marie" is a man's name).
func hyphenGender(w string) byte {
	first, second, _ := strings.Cut(w, "-")
	if g := givenNameGender(first); g == givenNameGender(second) {
		return g
	}
	return 0
}
