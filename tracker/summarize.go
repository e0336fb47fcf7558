package tracker

import (
	"context"
	"sort"
	"time"

	"newshound/tracker/query"
	"newshound/tracker/summary"
)

// DefaultSummaryHours is the window of /summary without an hours option.
const DefaultSummaryHours = 24

// MaxSummaryHours is the longest window /summary accepts.
const MaxSummaryHours = 168

// TopicSummary is the summary of one topic over a window.
type TopicSummary struct {
	Topic string
	Hours int
	Since time.Time // the window's start
	Until time.Time // the window's end: when the summary was made
	// Zone is, for a briefing, the IANA time zone its schedule is in: the
	// window is then told from Since in it ("since yesterday 08:00"),
	// not in hours.
	Zone    string
	Items   int // matching items in the window
	Summary summary.Summary
}

// Summary summarises what happened on a topic in the last hours, or on every
// topic the channel tracks when input is empty.
func (t *Tracker) Summary(ctx context.Context, guild, channel, input string, hours int) ([]TopicSummary, error) {
	if hours == 0 {
		hours = DefaultSummaryHours
	}
	if hours < 1 || hours > MaxSummaryHours {
		return nil, Errorf("hours must be between 1 and %d, not %d.", MaxSummaryHours, hours)
	}
	var queries []*query.Query
	if input != "" {
		q, err := ParseTopic(input)
		if err != nil {
			return nil, err
		}
		queries = append(queries, q)
	} else {
		subs, err := t.Topics(ctx, guild, channel)
		if err != nil {
			return nil, err
		}
		for _, s := range subs {
			q, err := query.Parse(s.Topic)
			if err == nil {
				queries = append(queries, q)
			}
		}
		if len(queries) == 0 {
			return nil, Errorf("This channel tracks no topics yet: name one (/summary bagram) or track one with /track.")
		}
	}
	now := t.now()
	return t.summarise(ctx, queries, now.Add(-time.Duration(hours)*time.Hour), hours, now)
}

// summarise builds each query's summary of the items in the window from
// since to now, hours long for display.
func (t *Tracker) summarise(ctx context.Context, queries []*query.Query, since time.Time, hours int, now time.Time) ([]TopicSummary, error) {
	matched, err := t.summaryItems(ctx, queries, since)
	if err != nil {
		return nil, err
	}
	out := make([]TopicSummary, len(queries))
	for i, q := range queries {
		out[i] = TopicSummary{
			Topic: q.String(), Hours: hours, Since: since, Until: now, Items: len(matched[i]),
			Summary: summary.Build(storiesOf(matched[i]), summary.Options{Now: now, Terms: q.Terms()}),
		}
	}
	return out, nil
}

// summaryItems returns, for each query, the items of the window that match
// it. Candidates whose page was never read are read first (within
// summaryWait), and every candidate is matched again on its best text, so
// an exclusion found only in the page rules it out whatever the item's
// history.
func (t *Tracker) summaryItems(ctx context.Context, queries []*query.Query, since time.Time) ([][]Item, error) {
	var cands []Item
	err := t.store.RecentItems(ctx, since, func(it Item) bool {
		if !it.InWindow(since) {
			return true
		}
		for _, q := range queries {
			if Matches(q, &it) {
				cands = append(cands, it)
				break
			}
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	cands = t.fillPages(ctx, cands, summaryPages, summaryWait)
	matched := make([][]Item, len(queries))
	for _, it := range cands {
		for i, q := range queries {
			if Matches(q, &it) {
				matched[i] = append(matched[i], it)
			}
		}
	}
	return matched, nil
}

// storiesOf groups items by story, each story's sources oldest first.
func storiesOf(items []Item) []summary.Story {
	byID := map[string]int{}
	var stories []summary.Story
	sort.SliceStable(items, func(i, j int) bool { return items[i].Time().Before(items[j].Time()) })
	for _, it := range items {
		id := it.StoryID
		if id == "" {
			id = it.URL
		}
		i, ok := byID[id]
		if !ok {
			i = len(stories)
			byID[id] = i
			stories = append(stories, summary.Story{ID: id})
		}
		text := it.Text
		if text == "" {
			text = it.Description
		}
		stories[i].Sources = append(stories[i].Sources, summary.Source{
			Outlet: it.Outlet, URL: it.URL, Title: it.Title, Published: it.Time(),
			Text: text, Quotes: it.Quotes,
		})
	}
	return stories
}
