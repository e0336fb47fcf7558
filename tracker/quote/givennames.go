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

// givenNamesText is the list in givennames/names.txt (see its README).
//
//go:embed givennames/names.txt
var givenNamesText string

var (
	givenOnce   sync.Once
	givenGender map[string]byte
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
	givenOnce.Do(func() {
		givenGender = make(map[string]byte, 8192)
		for line := range strings.Lines(givenNamesText) {
			name, g, ok := strings.Cut(strings.TrimSpace(line), " ")
			if ok && (g == "f" || g == "m") {
				givenGender[name] = g[0]
			}
		}
	})
	return givenGender[w]
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
