package demo

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"newshound/tracker/article"
	"newshound/tracker/quote"
)

// TestQuoteSpeakersOnDemoPages reads every story's served page as the
// tracker does (article extractor, then quote extractor) and checks the
// quotations it finds against the story's quote lines, in order: the same
// quotations, each with the declared speaker, and a confident one wherever
// the text names the speaker, so alerts and /summary show who said what.
func TestQuoteSpeakersOnDemoPages(t *testing.T) {
	s, clk, c := startTest(t)
	clk.Add(s.FreshUntil().Sub(clk.Now()) + time.Hour) // every story out
	for i := range s.stories {
		e := s.edition(i + 1)
		resp, body := get(t, c, s.articleURL(e), nil)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d", e.slug, resp.StatusCode)
		}
		a, err := article.Extract([]byte(body), s.articleURL(e))
		if err != nil {
			t.Fatalf("%s: %v", e.slug, err)
		}
		got := quote.Extract(a.Text)
		for j := 0; j < max(len(got), len(e.quotes)); j++ {
			switch {
			case j >= len(got):
				t.Errorf("%s: quote %q (%s) not found", e.slug, e.quotes[j].opening, e.quotes[j].speaker)
				continue
			case j >= len(e.quotes):
				t.Errorf("%s: undeclared quote %q (speaker %q)", e.slug, got[j].Text, got[j].Speaker)
				continue
			}
			q, want := got[j], e.quotes[j]
			if !strings.HasPrefix(normQuotes(q.Text), normQuotes(want.opening)) {
				t.Errorf("%s: quote %d is %q; want one opening %q", e.slug, j+1, q.Text, want.opening)
				continue
			}
			if q.Speaker != want.speaker {
				t.Errorf("%s: %q spoken by %q; want %q", e.slug, want.opening, q.Speaker, want.speaker)
			} else if want.speaker != "" && !q.Confident() {
				t.Errorf("%s: %q has speaker %s at confidence %.2f; want >= %.2f so readers see it", e.slug, want.opening, q.Speaker, q.Confidence, quote.ConfidentAt)
			}
		}
	}
}

// normQuotes makes curly apostrophes straight, so a quote line may be
// typed either way.
func normQuotes(s string) string { return strings.NewReplacer("’", "'", "‘", "'").Replace(s) }

func TestParseStoryQuoteLines(t *testing.T) {
	const head = "---\nslug: x\noutlet: herald\ntitle: t\nauthor: a\nsummary: s\ntopic: x\nseq: 1\n"
	st, err := parseStory(head + "quote: Ann Lee | Hello there\nquote: (unnamed) | no plans\n---\n\"Hello there,\" said Ann Lee. An official said there were \"no plans\".\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []declaredQuote{{"Ann Lee", "Hello there"}, {"", "no plans"}}
	if len(st.quotes) != 2 || st.quotes[0] != want[0] || st.quotes[1] != want[1] {
		t.Errorf("quotes = %+v; want %+v", st.quotes, want)
	}
	for _, bad := range []string{
		"---\n",                           // no quote lines at all
		"quote: Ann Lee\n---\n",           // no opening words
		"quote: | Hello there\n---\n",     // no speaker
		"quote: Ann Lee | Goodbye\n---\n", // not in the text
	} {
		if _, err := parseStory(head + bad + "\"Hello there,\" said Ann Lee.\n"); err == nil {
			t.Errorf("parseStory with %q = nil error; want one", bad)
		}
	}
}
