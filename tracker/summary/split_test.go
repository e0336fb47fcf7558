package summary

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"simple", "The base closed. Troops left!  Why? Nobody knows.",
			[]string{"The base closed.", "Troops left!", "Why?", "Nobody knows."}},
		{"titles", "Mr. Smith met Gen. Miller and Dr. Jones on Jan. 5. They talked.",
			[]string{"Mr. Smith met Gen. Miller and Dr. Jones on Jan. 5.", "They talked."}},
		{"acronym mid-sentence", "The U.S. Army left Bagram. It was 3.5 km away.",
			[]string{"The U.S. Army left Bagram.", "It was 3.5 km away."}},
		{"acronym ends sentence", "Troops returned to the U.S. The base is empty.",
			[]string{"Troops returned to the U.S.", "The base is empty."}},
		{"quote ends sentence", `"We are leaving," he said. "It is over." The crowd cheered.`,
			[]string{`"We are leaving," he said.`, `"It is over."`, "The crowd cheered."}},
		{"curly quote", "He said: “It is over.” Then he left.",
			[]string{"He said: “It is over.”", "Then he left."}},
		{"initials", "J. R. Smith and George W. Bush spoke. Both agreed.",
			[]string{"J. R. Smith and George W. Bush spoke.", "Both agreed."}},
		{"paragraphs", "First paragraph without stop\n\nSecond one.",
			[]string{"First paragraph without stop", "Second one."}},
		{"lower-case after period", "It ended at 5 p.m. on Monday. Then rain.",
			[]string{"It ended at 5 p.m. on Monday.", "Then rain."}},
		{"ellipsis", "He paused... Then he spoke.", []string{"He paused...", "Then he spoke."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SplitSentences(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}

func FuzzSplitSentences(f *testing.F) {
	f.Add(`Mr. Smith said "no." U.S. troops left. 3.5 km.`)
	f.Fuzz(func(t *testing.T, s string) {
		for _, x := range SplitSentences(s) {
			if x == "" {
				t.Fatal("empty sentence")
			}
		}
	})
}

func TestStripDateline(t *testing.T) {
	cases := []struct{ in, want string }{
		{"KABUL — A long dispute flared again.", "A long dispute flared again."},
		{"WASHINGTON (AP) — Lawmakers met.", "Lawmakers met."},
		{"KABUL (Meridian Wire) — A delegation toured the base.", "A delegation toured the base."},
		{"The base — once American — is idle.", "The base — once American — is idle."},
		{"No dateline here.", "No dateline here."},
	}
	for _, c := range cases {
		if got := stripDateline(c.in); got != c.want {
			t.Errorf("stripDateline(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestSentenceCarryingAChosenQuoteWholeIsTheQuote(t *testing.T) {
	q := "We came to see the state of the runway and the navigation equipment, nothing else,"
	long := `"` + q + `" said Colonel Idris Farahi, a retired air force officer advising the delegation on airfield safety and security matters.`
	c := &candidate{text: long, toks: tokens(long)}
	if !isMostlyQuote(c, q) {
		t.Fatal("a sentence that carries the whole quote should count as the quote")
	}
	other := "The delegation spent three hours at the base inspecting the runway."
	if isMostlyQuote(&candidate{text: other, toks: tokens(other)}, q) {
		t.Fatal("an ordinary sentence was taken for the quote")
	}
}

func TestOneSpaced(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u2003 b", "é b", "a b\u0085", "\u3000"} {
		if got, want := oneSpaced(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneSpaced(%q) = %q, want %q", s, got, want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { oneSpaced("already one text, one space apart") }); n != 0 {
		t.Errorf("%v allocations for text already one-spaced", n)
	}
}
