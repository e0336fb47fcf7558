package tracker

import (
	"context"
	"sort"
	"sync"
	"time"

	"newshound/tracker/query"
)

// Pages of items that no topic matched when they arrived are read later,
// when they first matter: a topic tracked after its story broke, or a
// summary over items whose page was never read. Rules:
//
//   - A page is read once: its text and quotes are stored with the item
//     (Item.Read), and a page being read is not fetched a second time.
//   - At most pageWorkers pages are read at once across the tracker, through
//     the same fetch clients (and so per-host limits) as polls.
//   - Reads run under the tracker's own context, not a command's: a summary
//     that stops waiting leaves them to finish for next time.
const (
	pageWorkers = 4
	// backfillPages is how many of a newly tracked topic's stored matches,
	// newest first, have their pages read in the background.
	backfillPages = 20
	// summaryPages bounds the pages one summary reads on demand, newest
	// first, and summaryWait how long it waits for them; what is not read
	// in time is summarised from the feed's text.
	summaryPages = 40
	summaryWait  = 8 * time.Second
)

// pageReader tracks the pages being read.
type pageReader struct {
	mu      sync.Mutex
	reading map[string]chan struct{} // by item URL; closed when done
	sem     chan struct{}
	wg      sync.WaitGroup
	ctx     context.Context
	cancel  context.CancelFunc
}

func newPageReader() *pageReader {
	ctx, cancel := context.WithCancel(context.Background())
	return &pageReader{reading: map[string]chan struct{}{}, sem: make(chan struct{}, pageWorkers), ctx: ctx, cancel: cancel}
}

// close stops reading and waits for the reads in flight.
func (p *pageReader) close() {
	p.cancel()
	p.wg.Wait()
}

// needsPage reports whether it's page should be read before it is matched
// or summarised.
func (t *Tracker) needsPage(it *Item) bool {
	return t.cfg.FetchArticles && !it.Read && it.URL != ""
}

// readLater starts reading it's page in the background, unless that is
// already under way, and returns a channel closed when the read is done (or
// abandoned because the tracker is closing).
func (t *Tracker) readLater(it Item) <-chan struct{} {
	p := t.pages
	p.mu.Lock()
	defer p.mu.Unlock()
	if ch, ok := p.reading[it.URL]; ok {
		return ch
	}
	ch := make(chan struct{})
	if p.ctx.Err() != nil {
		close(ch)
		return ch
	}
	p.reading[it.URL] = ch
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		defer func() {
			p.mu.Lock()
			delete(p.reading, it.URL)
			p.mu.Unlock()
			close(ch)
		}()
		select {
		case p.sem <- struct{}{}:
		case <-p.ctx.Done():
			return
		}
		defer func() { <-p.sem }()
		// Another read may have finished between the caller's look and now.
		if cur, ok, err := t.store.Item(p.ctx, it.URL); err == nil && ok && cur.Read {
			return
		}
		t.readArticle(p.ctx, t.feedOf(it.FeedURL), &it)
		if !it.Read {
			return // the page did not answer; try again another time
		}
		if _, err := t.store.CommitPoll(p.ctx, PollResult{Items: []Item{it}}); err != nil && p.ctx.Err() == nil {
			t.log.Warn("storing an article's text failed", "url", it.URL, "err", err)
		}
	}()
	return ch
}

// feedOf returns a copy of the feed an item came from, or an untrusted
// empty feed when it is gone.
func (t *Tracker) feedOf(url string) *Feed {
	t.feedMu.Lock()
	defer t.feedMu.Unlock()
	if f, ok := t.feeds[url]; ok {
		cp := cloneFeed(f)
		return &cp
	}
	return &Feed{URL: url}
}

// fillPages reads the unread pages of up to limit of items, newest first,
// waiting at most wait (or until ctx ends), and returns items with the best
// text known by then. Pages not read in time go on being read.
func (t *Tracker) fillPages(ctx context.Context, items []Item, limit int, wait time.Duration) []Item {
	type pending struct {
		i    int
		done <-chan struct{}
	}
	order := make([]int, 0, len(items))
	for i := range items {
		if t.needsPage(&items[i]) {
			order = append(order, i)
		}
	}
	if len(order) == 0 {
		return items
	}
	sort.SliceStable(order, func(a, b int) bool { return items[order[a]].Time().After(items[order[b]].Time()) })
	if len(order) > limit {
		order = order[:limit]
	}
	var waits []pending
	for _, i := range order {
		waits = append(waits, pending{i, t.readLater(items[i])})
	}
	timer := time.NewTimer(wait)
	defer timer.Stop()
	out := items
	copied := false
	for _, w := range waits {
		select {
		case <-w.done:
		case <-timer.C:
			return out
		case <-ctx.Done():
			return out
		}
		it, ok, err := t.store.Item(ctx, items[w.i].URL)
		if err != nil || !ok || !it.Read {
			continue
		}
		if !copied {
			out = append([]Item(nil), items...)
			copied = true
		}
		out[w.i] = it
	}
	return out
}

// backfill reads, in the background, the unread pages of a newly tracked
// topic's matches (newest first) first seen since the start of the story
// window, so that its first summary has their text and quotes.
func (t *Tracker) backfill(matches []Item, since time.Time) {
	n := 0
	for _, it := range matches {
		if n == backfillPages {
			return
		}
		if t.needsPage(&it) && !it.Seen.Before(since) {
			t.readLater(it)
			n++
		}
	}
}

// Matches is the one definition of "this item is about that topic", used
// by alerts, /track, summaries and briefings: the whole query, exclusions
// included, against the best text known for the item (its title, the
// feed's description, and the page's text once read).
func Matches(q *query.Query, it *Item) bool { return q.Match(itemDoc(it)) }

// matching calls fn for every stored item first seen since the given time
// that matches q.
func (t *Tracker) matching(ctx context.Context, q *query.Query, since time.Time, fn func(Item)) error {
	return t.store.RecentItems(ctx, since, func(it Item) bool {
		if Matches(q, &it) {
			fn(it)
		}
		return true
	})
}
