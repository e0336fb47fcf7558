package tracker

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"newshound/tracker/quote"
)

func TestAlertSnippetIsOneTextSaidOnce(t *testing.T) {
	lead := "Commercial satellite images reviewed by Harbor Daily show fresh earthworks and what appear to be new hangars at the northern end of Bagram air base."
	it := Item{
		Title: "Satellite images show new construction at Bagram air base",
		// A feed whose description is its summary, then the article's lead,
		// which says the same at more length.
		Description: "Fresh earthworks and new hangars at Bagram air base.\n\n" + lead,
		Text:        lead + "\n\nThe images, taken on Monday, show graders and trucks. “Somebody is spending real money at Bagram,” said Anselm Kroll, an analyst.",
	}
	if got, want := alertSnippet(it, false, nil), "Fresh earthworks and new hangars at Bagram air base."; got != want {
		t.Errorf("page not read: snippet %q; want the feed's summary once, %q", got, want)
	}
	shown := &quote.Quote{Text: "Somebody is spending real money at Bagram,", Speaker: "Anselm Kroll"}
	if got, want := alertSnippet(it, true, shown), lead+" The images, taken on Monday, show graders and trucks."; got != want {
		t.Errorf("page read: snippet %q; want the article's lead without the quote the alert shows, %q", got, want)
	}
}

func TestAlertSnippetEndsAtASentenceOrWordAndNeverInsideAQuote(t *testing.T) {
	s1 := "The delegation toured the runways and the hangars for two hours on Tuesday morning."
	s2 := "It met the provincial governor and the commander of the base in the afternoon."
	s3 := "Officials said the visit was the first of its kind since 2021, and that more would follow if the talks went well, which few expect."
	s4 := "A second round of talks is planned for next month in Doha."
	got := alertSnippet(Item{Title: "Visit", Description: strings.Join([]string{s1, s2, s3, s4}, " ")}, false, nil)
	if got != s1+" "+s2+" "+s3 {
		t.Errorf("snippet %q; want whole sentences that fit", got)
	}
	if n := utf8.RuneCountInString(got); n > SnippetRunes {
		t.Errorf("snippet of %d runes; want at most %d", n, SnippetRunes)
	}

	long := "The senator, speaking to reporters outside the chamber after a closed briefing that ran for most of the afternoon and well into the evening, " +
		"called the idea of returning to the base “a dangerous gamble that would put thousands of young Americans back within range of every militant group in the region, for no gain anyone has yet been able to name to me”, and left."
	got = alertSnippet(Item{Title: "Senator", Description: long}, false, nil)
	if !strings.HasSuffix(got, "…") || strings.Contains(got, "“") || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
		t.Errorf("snippet %q; want the sentence cut at a word before the quotation opens", got)
	}
	if strings.HasSuffix(strings.TrimSuffix(got, "…"), " ") || strings.HasSuffix(strings.TrimSuffix(got, "…"), ",") {
		t.Errorf("snippet %q ends with a space or comma before the ellipsis", got)
	}
}

func TestAlertSnippetSkipsAHeadlineRepeated(t *testing.T) {
	it := Item{Title: "Taliban reject any foreign role at Bagram", Description: "Taliban reject any foreign role at Bagram. The spokesman spoke in Kabul on Friday."}
	if got, want := alertSnippet(it, false, nil), "The spokesman spoke in Kabul on Friday."; got != want {
		t.Errorf("snippet %q; want %q (the headline is already shown)", got, want)
	}
}

// newWordSet's ASCII path hashes as its rune-by-rune form does.
func TestWordSetASCIIPathAgrees(t *testing.T) {
	slow := func(s string) wordSet {
		var out []uint64
		const offset, prime = 14695981039346656037, 1099511628211
		h, in := uint64(offset), false
		for _, r := range s {
			r = unicode.ToLower(r)
			if r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9') || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				var enc [utf8.UTFMax]byte
				for _, c := range utf8.AppendRune(enc[:0], r) {
					h ^= uint64(c)
					h *= prime
				}
				in = true
				continue
			}
			if in {
				out = append(out, h)
			}
			h, in = offset, false
		}
		if in {
			out = append(out, h)
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	for _, s := range []string{"", "Bagram AIR base, 2026!", "Ünïcödé Straße İstanbul \u212Aelvin", "a\xffb c\xe2\x80", "ÀÉÎ-õü 12abc",
		"“Quoted,” he said — then: ‘left’.", "日本語 テキスト 中文", strings.Repeat("word ", 100)} {
		if got, want := newWordSet(s), slow(s); !slices.Equal(got, want) {
			t.Errorf("newWordSet(%q) = %v, want %v", s, got, want)
		}
	}
}
