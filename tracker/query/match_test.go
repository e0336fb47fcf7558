package query

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bagram's base", "bagram base"},
		{"Bagram’s bases", "bagram base"},
		{"Jesus' disciples", "jesus disciple"},
		{"don't", "don t"},
		{"Bogotá São Paulo Zürich", "bogota sao paulo zurich"},
		{"STRASSE Straße", "strasse strasse"},
		{"cities boxes classes churches buzzes", "citi box class church buzz"},
		{"city movie movies spy spies ties tie boys key keys", "citi movi movi spi spi ti ti boy key key"},
		{"news bus gas is this status analysis Hamas Texas", "news bus gas is this status analysis hamas texas"},
		{"U.S. COVID-19 e-mail", "u s covid 19 e mail"},
		{"bagramx abagram", "bagramx abagram"},
		{"Cafe\u0301", "cafe"},
		{"Москва́ Κρήτη", "москва κρητη"},
		{"  ... ", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(Tokens(tt.in), " "); got != tt.want {
			t.Errorf("Tokens(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		query, title, text string
		want               bool
	}{
		{"bagram", "Bagram", "", true},
		{"bagram", "", "news from BAGRAM today", true},
		{"bagram", "", "bagramx and abagram", false},
		{"bagram", "", "Bagram's runway", true},
		{"bagram", "", "Bagram’s runway", true},
		{"bagram's", "", "Bagram runway", true},
		{"bogota", "", "Bogotá mayor", true},
		{"Bogotá", "", "BOGOTA mayor", true},
		{"bases", "", "the base was hit", true},
		{"base", "", "two bases", true},
		{"city", "", "many cities", true},
		{"box", "", "boxes", true},
		{"news", "", "new", false},
		{"bus", "", "bu", false},
		{"hamas", "", "Hama, Syria", false},
		{"bagram base", "Bagram", "the base", true},
		{"bagram base", "Bagram", "", false},
		{`"bagram air base"`, "", "at Bagram Air Base today", true},
		{`"bagram air base"`, "", "Bagram base, air", false},
		{`"bagram air base"`, "Bagram Air", "Base", false}, // phrases do not span fields
		{`"air bases"`, "", "air base", true},
		{"kabul OR bagram", "", "in Kabul", true},
		{"kabul OR bagram", "", "in Bagram", true},
		{"kabul OR bagram", "", "in Kandahar", false},
		{"taliban kabul OR bagram", "", "Taliban in Bagram", true},
		{"taliban kabul OR bagram", "", "Taliban in Kandahar", false},
		{"taliban kabul OR bagram", "", "Kabul", false},
		{"(taliban kabul) OR bagram", "", "Bagram", true},
		{"(taliban kabul) OR bagram", "", "Taliban Kabul", true},
		{"(taliban kabul) OR bagram", "", "Taliban", false},
		{"kabul -rumour", "", "Kabul", true},
		{"kabul -rumour", "", "Kabul rumours", false},
		{"kabul -rumour", "Rumour", "Kabul", false},
		{`kabul -"fake news"`, "", "Kabul news fake", true},
		{`kabul -"fake news"`, "", "Kabul fake news", false},
		{"kabul -(fake OR hoax)", "", "Kabul hoax", false},
		{"kabul -(fake hoax)", "", "Kabul hoax", true},
		{"COVID-19", "", "covid 19 cases", true},
		{"COVID-19", "", "Covid-19 cases", true},
		{"COVID-19", "", "covid cases in 19 places", false},
		{"U.S.", "", "the U.S. army", true},
		{"or", "", "this or that", true},
	}
	for _, tt := range tests {
		q, err := Parse(tt.query)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.query, err)
		}
		if got := q.Match(NewDoc(tt.title, tt.text)); got != tt.want {
			t.Errorf("Parse(%q).Match(title %q, text %q) = %v; want %v", tt.query, tt.title, tt.text, got, tt.want)
		}
	}
}

func TestExplainListsFieldsTitleFirst(t *testing.T) {
	q, _ := Parse(`bagram "air base" OR kabul -rumour`)
	got := q.Explain(NewDoc("Blast at Bagram", "Bagram Air Base was hit; rumours of Kandahar"))
	want := []Hit{{"air base", "text"}, {"bagram", "title"}, {"bagram", "text"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Explain = %v; want %v", got, want)
	}
}

func TestSpansOnUnicodeText(t *testing.T) {
	tests := []struct {
		query, text string
		want        []string // highlighted substrings
	}{
		{"bogota", "En Bogotá, la alcaldía de BOGOTÁ", []string{"Bogotá", "BOGOTÁ"}},
		{"bagram", "Bagram’s base — not abagram", []string{"Bagram"}},
		{`"air base" bagram`, "Bagram Air Base: 空軍 Bagram", []string{"Bagram", "Air Base", "Bagram"}},
		{"straße", "Die STRASSE und die Straße", []string{"STRASSE", "Straße"}},
		{"café", "Cafe\u0301 crème", []string{"Cafe\u0301"}},
		{"kabul -rumour", "Kabul rumour", []string{"Kabul"}},
		{"city", "Smart cities, smart city", []string{"cities", "city"}},
	}
	for _, tt := range tests {
		q, err := Parse(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sp := range q.Spans(tt.text) {
			got = append(got, tt.text[sp[0]:sp[1]])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Spans(%q) for %q = %q; want %q", tt.text, tt.query, got, tt.want)
		}
	}
}

func TestSpansMergeOverlaps(t *testing.T) {
	q, _ := Parse(`"a b" OR "b c" x`)
	if got, want := q.Spans("a b c"), [][2]int{{0, 5}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Spans = %v; want %v", got, want)
	}
}

func TestExcludes(t *testing.T) {
	for q, want := range map[string]bool{"bagram": false, "bagram -football": true, `(a OR b) -"air base"`: true, `"covid-19" base`: false} {
		parsed, err := Parse(q)
		if err != nil {
			t.Fatal(err)
		}
		if got := parsed.Excludes(); got != want {
			t.Errorf("Parse(%q).Excludes() = %v; want %v", q, got, want)
		}
	}
}

func TestInvisibleCharactersInsideAWordDoNotSplitIt(t *testing.T) {
	for _, in := range []string{"bag\u200dram", "bag\u200cram", "bag\x00ram", "bag\u00adram", "\u200ebagram\u200f"} {
		q, err := Parse(in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", in, err)
		}
		if got := q.String(); got != "bagram" {
			t.Errorf("Parse(%q) = %q; want bagram", in, got)
		}
		if !q.Match(NewDoc("Talks at Bagram", "")) {
			t.Errorf("%q does not match a text about Bagram", in)
		}
	}
	q, _ := Parse("bagram")
	if !q.Match(NewDoc("Talks at Bag\u200dram", "")) {
		t.Error("bagram does not match a text with a zero-width joiner inside the word")
	}
	if q.Match(NewDoc("bag ram", "")) {
		t.Error("bagram matches two words 'bag ram'")
	}
}

// docTokensAgree fails t unless the Doc of title and text holds, field by
// field, the hashes of the tokens Tokens gives: the Doc's fast path for
// ASCII words and Tokens' rune-by-rune path agree.
func docTokensAgree(t *testing.T, title, text string) {
	t.Helper()
	d := NewDoc(title, text)
	for f, s := range []string{title, text} {
		var want []uint64
		for _, tok := range Tokens(s) {
			want = append(want, hashToken([]byte(tok)))
		}
		if !slices.Equal(d.fields[f], want) {
			t.Fatalf("Doc of %q: %d token hashes, not those of Tokens %q", s, len(d.fields[f]), Tokens(s))
		}
	}
}

// The Doc reads ASCII words on a fast path and hands a word to the general
// tokenizer when it meets anything else: accents, other scripts, curly
// apostrophes, dashes, invisible characters, at the start, inside and at
// the end of words, and at the end of the text.
func TestDocFastPathAgreesWithTokens(t *testing.T) {
	for _, s := range []string{
		"Bagram's base", "Bagram’s bases", "Bagramʼs", "Jesus' disciples", "don't", "don’t stop", "it's", "its'",
		"Bogotá São Paulo Zürich", "cafés Café's", "STRASSE Straße", "Москва́ Κρήτη 空軍基地 base", "空軍base",
		"bag\u200dram bag\x00ram bag\u00adram \u200ebagram\u200f", "bag\x7f ram", "Cafe\u0301s", "e\u0301",
		"U.S. COVID-19 e-mail", "a—b – c “quoted” «guillemets» x\u00a0y", "cities boxes news Hamas's",
		"end with 's", "end with '", "end with ’", "ends in s's", "x's's", "Bagram'S BASES",
		"tab\tnew\nline\r\f\v", "\x01\x02abc\x03", "ab\u0300\u0301cd", "\u0301\u0301 lone marks", "A1B2 ½ ²",
		"ǅemal Ǆ ǈ", "İstanbul ıi", "ﬁnance ﬂ", "Ａｂｃ full width", "invalid \xff\xfe bytes bag\xffram",
		"Internationalisation's counterinsurgencies ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 eightchr ninechars",
		"sixteen_letters: abcdefghijklmnop abcdefghijklmnopé abcdefghé abcdefgh’s abcdefgh\u200dijk 12345678",
		"@[`{/:AZaz09 Z@ a` 9: 0/", "exactly8", "seven77", "x",
	} {
		docTokensAgree(t, s, s+" "+s)
	}
}

// alnumBytes finds the letters and digits that start an 8-byte word, as
// wordByte does byte by byte, whatever follows them (bytes above 0x7f
// included, which carry into the bytes above them).
func TestAlnumBytesFindsTheWordsLettersAndDigits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		var b [8]byte
		for j := range b {
			switch r.IntN(4) {
			case 0:
				b[j] = byte(r.IntN(256))
			case 1:
				b[j] = byte(0x80 + r.IntN(128))
			default:
				b[j] = "aZ09mM@[`{/:xz"[r.IntN(14)]
			}
		}
		if i < 256 {
			b[0] = byte(i) // every byte first
		}
		want := 0
		for want < 8 && wordByte[b[want]] != 0 {
			want++
		}
		got := bits.TrailingZeros64(^alnumBytes(binary.LittleEndian.Uint64(b[:]))&highBits) >> 3
		if got != want {
			t.Fatalf("% x: %d letters and digits first; want %d", b, got, want)
		}
	}
}
