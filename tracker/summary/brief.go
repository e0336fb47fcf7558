package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fragment reports whether a quote starts mid-sentence, in lower case.
func fragment(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text, " .…'\"‘“"))
	return unicode.IsLower(r)
}

const (
	// overviewMin and overviewMax bound the overview's sentences.
	overviewMin, overviewMax = 2, 4
	// maxOverviewSentence is the longest sentence, in bytes, the overview
	// takes: a longer one would crowd out the other stories.
	maxOverviewSentence = 320
	// maxTopicQuotes is how many key quotes a brief shows, and
	// maxKeyQuoteLen the longest (in bytes) it prefers: quotes are shown
	// whole, never cut.
	maxTopicQuotes = 3
	maxKeyQuoteLen = 280
)

// overview picks 2-4 sentences across the main stories: each story's best
// sentence in rank order, then, when fewer than two stories gave one, more
// of the best story's. A sentence that repeats one already taken, is a
// fragment (unbalanced quotation marks, too short or long), or is too long
// for a brief is skipped; descriptions-only stories still give their best
// sentence when nothing well-formed exists.
func overview(best [][]*candidate) []string {
	var chosen []*candidate
	fits := func(c *candidate, strict bool) bool {
		if len(c.text) > maxOverviewSentence || !balancedQuotes(c.text) || (strict && !c.ok) {
			return false
		}
		for _, d := range chosen {
			if d == c || jaccard(c.set, d.set) > maxOverlap {
				return false
			}
		}
		return true
	}
	for _, strict := range []bool{true, false} {
		// One sentence a story, best story first.
		for _, cs := range best {
			if len(chosen) == overviewMax {
				break
			}
			for _, c := range cs {
				if fits(c, strict) {
					chosen = append(chosen, c)
					break
				}
			}
		}
		// Then more from the best stories, until the minimum.
		for _, cs := range best {
			for _, c := range cs {
				if len(chosen) >= overviewMin {
					break
				}
				if fits(c, strict) {
					chosen = append(chosen, c)
				}
			}
		}
		if len(chosen) > 0 {
			break
		}
	}
	out := make([]string, len(chosen))
	for i, c := range chosen {
		out[i] = c.text
	}
	return out
}

// topicQuotes picks up to three key quotes from the detailed stories: in
// turns, each story's best quote by rank, taking only quotes with a named
// speaker; first a speaker not yet quoted with a quote short enough to show
// whole, then anyone's; a fragment (a quote that starts mid-sentence, "reopen
// wounds that have not closed") only when there is no other.
func topicQuotes(stories []StorySummary) []KeyQuote {
	var out []KeyQuote
	speakers := map[string]bool{}
	taken := map[string]bool{}
	for pass := 0; pass < 3 && len(out) < maxTopicQuotes; pass++ {
		for turn := 0; turn < maxQuotes && len(out) < maxTopicQuotes; turn++ {
			for _, st := range stories {
				if turn >= len(st.Quotes) || len(out) == maxTopicQuotes {
					continue
				}
				q := st.Quotes[turn]
				who := strings.ToLower(q.Speaker)
				switch {
				case q.Speaker == "" || taken[q.Text]:
					continue
				case pass == 0 && (speakers[who] || len(q.Text) > maxKeyQuoteLen || fragment(q.Text)):
					continue
				case pass == 1 && (speakers[who] || fragment(q.Text)):
					continue
				case fragment(q.Text) && len(out) > 0:
					continue
				}
				taken[q.Text] = true
				speakers[who] = true
				out = append(out, q)
			}
		}
	}
	return out
}
