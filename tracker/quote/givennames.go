package quote

import (
	_ "embed"
	"strings"
	"sync"
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
