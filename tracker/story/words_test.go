package story

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// wordsBefore is words as it was written first: lower-case everything,
// split, cut apostrophe suffixes. words must give the same words, since
// signatures are stored and compared with those of earlier items.
func wordsBefore(text string) []string {
	var out []string
	f := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	for _, w := range f {
		if i := strings.IndexAny(w, "'’"); i >= 0 {
			w = w[:i]
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func checkWords(t *testing.T, text string) {
	t.Helper()
	want := wordsBefore(text)
	if got := words(text, -1); !slices.Equal(got, want) {
		t.Fatalf("words(%q) = %q; want %q", text, got, want)
	}
	for _, limit := range []int{0, 1, 3, 80} {
		w := want[:min(limit, len(want))]
		if got := words(text, limit); !slices.Equal(got, w) {
			t.Fatalf("words(%q, %d) = %q; want %q", text, limit, got, w)
		}
	}
}

func TestWordsSplitAsBefore(t *testing.T) {
	for _, s := range []string{
		"", " ", "'", "’s", "a", "US hands over Bagram air base to Afghan army",
		"Govt's plan: 3,000 troops'll leave — “quickly”, officials said.",
		"İSTANBUL ÇAĞLAYAN Straße ΣΟΦΙΑ ǅemal", "北京 消息 2026年", "x\xffy \xc3 z\xe2\x80",
		"rock'n'roll o'neill O’NEILL don’t ’tis 'quoted' ''", "trailing apostrophe'", "a1b2 ٣٤ ½ Ⅻ",
	} {
		checkWords(t, s)
	}
	// Random text from letters, digits, apostrophes, punctuation, spaces,
	// non-ASCII and invalid bytes.
	alphabet := []string{"a", "Z", "q", "7", "'", "’", " ", ",", ".", "-", "é", "É", "İ", "ß", "Σ", "ς", "北", "٣", "\xff", "\xe2\x80", "\n", "ǅ", "ꞵ"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		checkWords(t, b.String())
	}
}

func FuzzWords(f *testing.F) {
	f.Add("Govt's plan: 3,000 troops'll leave")
	f.Add("İSTANBUL x\xffy ’tis")
	f.Fuzz(func(t *testing.T, s string) { checkWords(t, s) })
}

func BenchmarkWords(b *testing.B) {
	text := strings.Repeat(wire+" ", 6)[:1500]
	b.Run("before", func(b *testing.B) {
		for b.Loop() {
			w := wordsBefore(text)
			_ = w[:min(len(w), leadWords)]
		}
	})
	b.Run("now", func(b *testing.B) {
		for b.Loop() {
			words(text, leadWords)
		}
	})
}
