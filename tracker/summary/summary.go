package summary

import (
	"cmp"
	"math"
	"slices"
	"time"

	"newshound/tracker/quote"
)

// Source is one outlet's article in a story.
type Source struct {
	Outlet    string // e.g. "BBC News"
	URL       string
	Title     string
	Published time.Time
	// Text is the article text (paragraphs separated by "\n\n"), or the feed
	// description if the page could not be fetched.
	Text   string
	Quotes []quote.Quote // quotes found in Text
}

// Story is a group of sources reporting the same event.
type Story struct {
	ID      string
	Sources []Source
}

// Options tune Build.
type Options struct {
	Now time.Time
	// Terms are the topic's positive terms (lower-case words or phrases);
	// sentences and quotes mentioning them rank higher. May be empty.
	Terms []string
	// MaxStories is how many of the best stories get sentences and quotes
	// (default 5); every story gets its headline line.
	MaxStories int
}

// Summary is the brief of a set of stories.
type Summary struct {
	// Stories are every story, best first; the first Options.MaxStories
	// have Sentences and Quotes.
	Stories []StorySummary
	// Overview is 2-4 sentences across the main stories, the best story's
	// first, no two saying the same thing, none a fragment of a quote.
	Overview []string
	// Quotes are up to three key quotes for the whole set, each with a
	// named speaker, different speakers first.
	Quotes []KeyQuote
	// Outlets counts the distinct outlets across all stories.
	Outlets int
}

// StorySummary is one story of a Summary.
type StorySummary struct {
	ID        string
	Title     string // headline of the representative source
	URL       string
	Latest    time.Time
	Sources   []Link     // one per distinct outlet, ordered by time
	Sentences []string   // 1-3 sentences, verbatim from a source's Text
	Quotes    []KeyQuote // up to 3
}

// Link points at one outlet's article.
type Link struct{ Outlet, URL, Title string }

// KeyQuote is a quote chosen for a story. Text, Cue and Role are those of
// one source's quote.Quote, and Speaker is its speaker when the attribution
// is confident (quote.Quote.Confident), else ""; Outlet/URL are that
// source's; Outlets counts the distinct outlets that carried a
// near-identical quote.
type KeyQuote struct {
	Text, Speaker, Cue, Role string
	Outlet, URL              string
	Outlets                  int
}

// halfLife is the age at which a story's recency weight halves.
const halfLife = 12 * time.Hour

const (
	defaultMaxStories = 5
	maxSentences      = 3
	maxQuotes         = 3
)

// Build ranks the stories and summarises the best o.MaxStories of them.
// Stories without sources are ignored.
func Build(stories []Story, o Options) Summary {
	if o.MaxStories <= 0 {
		o.MaxStories = defaultMaxStories
	}
	terms := normTerms(o.Terms)
	type ranked struct {
		st     Story
		links  []Link
		latest time.Time
		score  float64
	}
	var rs []ranked
	for _, st := range stories {
		if len(st.Sources) == 0 {
			continue
		}
		links, latest := outlets(st.Sources)
		rs = append(rs, ranked{st, links, latest, storyScore(len(links), latest, o.Now)})
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.score, a.score), b.latest.Compare(a.latest), cmp.Compare(a.st.ID, b.st.ID))
	})
	var sum Summary
	all := map[string]bool{}
	var best [][]*candidate // each detailed story's sentences, best first
	for i, r := range rs {
		for _, s := range r.st.Sources {
			all[outletKey(s)] = true
		}
		rep := representative(r.st.Sources)
		ss := StorySummary{ID: r.st.ID, Title: rep.Title, URL: rep.URL, Latest: r.latest, Sources: r.links}
		if i < o.MaxStories {
			ss.Quotes = pickQuotes(r.st.Sources, terms)
			chosen := chooseSentences(r.st.Sources, terms, ss.Quotes, maxSentences)
			best = append(best, slices.Clone(chosen))
			slices.SortFunc(chosen, func(a, b *candidate) int {
				return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.src, b.src))
			})
			for _, c := range chosen {
				ss.Sentences = append(ss.Sentences, c.text)
			}
		}
		sum.Stories = append(sum.Stories, ss)
	}
	sum.Outlets = len(all)
	sum.Overview = overview(best)
	sum.Quotes = topicQuotes(sum.Stories[:len(best)])
	return sum
}

// storyScore weighs coverage against age: log(1+outlets), halved every
// halfLife of age. Stories dated in the future count as fresh.
func storyScore(outlets int, latest, now time.Time) float64 {
	age := max(now.Sub(latest), 0)
	if now.IsZero() {
		age = 0
	}
	return math.Log1p(float64(outlets)) * math.Exp2(-age.Hours()/halfLife.Hours())
}

// outlets returns one link per distinct outlet (its earliest article),
// ordered by time, and the latest publication time of the story.
func outlets(src []Source) ([]Link, time.Time) {
	ss := sortedSources(src)
	var links []Link
	var latest time.Time
	seen := map[string]bool{}
	for _, s := range ss {
		if s.Published.After(latest) {
			latest = s.Published
		}
		name := outletKey(s)
		if seen[name] {
			continue
		}
		seen[name] = true
		links = append(links, Link{Outlet: s.Outlet, URL: s.URL, Title: s.Title})
	}
	return links, latest
}

func outletKey(s Source) string {
	if s.Outlet != "" {
		return s.Outlet
	}
	return s.URL
}

// sortedSources orders sources by publication time, then URL.
func sortedSources(src []Source) []Source {
	ss := slices.Clone(src)
	slices.SortStableFunc(ss, func(a, b Source) int {
		return cmp.Or(a.Published.Compare(b.Published), cmp.Compare(a.URL, b.URL))
	})
	return ss
}

// representative is the source whose headline stands for the story: the
// one with the most text (a fetched article beats a feed description),
// then the earliest, then by URL.
func representative(src []Source) Source {
	ss := sortedSources(src)
	best := ss[0]
	for _, s := range ss[1:] {
		if (best.Title == "" && s.Title != "") || (s.Title != "") == (best.Title != "") && len(s.Text) > len(best.Text) {
			best = s
		}
	}
	return best
}
