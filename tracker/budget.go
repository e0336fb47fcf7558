package tracker

import (
	"context"
	"sort"

	"newshound/tracker/feed"
)

// Limits on the work one poll may do, so that no feed, however large, holds
// the store or the process for long.
const (
	// commitItems and commitBytes bound one write transaction of a poll
	// (or of a batch of one feed's polls, see record): one with more is
	// recorded in several, each well under ~100 ms (500 items of a
	// kilobyte take ~10 ms), so that commands and other feeds' polls wait
	// for one chunk at most.
	commitItems = 500
	commitBytes = 1 << 20
	// ctxCheckEvery is how many items ingest takes between checks of its
	// context, so that shutdown does not wait for a long poll.
	ctxCheckEvery = 64
)

// newestItems returns at most n of items, newest first: by published time
// when every item has one, else in the feed's own order (feeds list newest
// first).
func newestItems(items []feed.Item, n int) []feed.Item {
	if len(items) <= n {
		return items
	}
	dated := true
	for i := range items {
		dated = dated && !items[i].Published.IsZero()
	}
	if dated {
		items = append([]feed.Item(nil), items...)
		sort.SliceStable(items, func(a, b int) bool { return items[a].Published.After(items[b].Published) })
	}
	return items[:n]
}

// commitChunked records a poll in as many transactions as its size needs.
// Each chunk holds some items with their seen keys and their alerts, so a
// crash between chunks loses nothing: the items of the chunks written are
// seen, and those of the others are taken up again by the next poll, which
// starts from the feed's state before this one (prev). The last chunk
// carries the feed's new state, the remaining seen keys and the notices.
func (t *Tracker) commitChunked(ctx context.Context, res PollResult, prev Feed) ([]Alert, error) {
	if len(res.Items) <= commitItems && itemBytes(res.Items) <= commitBytes {
		return t.commitPoll(ctx, res)
	}
	alertsOf := map[string][]Alert{}
	var others []Alert
	for _, a := range res.Alerts {
		if a.Kind == KindAlert {
			alertsOf[a.Item.URL] = append(alertsOf[a.Item.URL], a)
		} else {
			others = append(others, a)
		}
	}
	inItems := map[string]bool{}
	for _, it := range res.Items {
		inItems[it.Key] = true
	}
	var rest []string
	for _, k := range res.SeenKeys {
		if !inItems[k] {
			rest = append(rest, k)
		}
	}
	var queued []Alert
	items := res.Items
	for len(items) > 0 {
		n, size := 0, 0
		for n < len(items) && n < commitItems && (n == 0 || size < commitBytes) {
			size += itemSize(&items[n])
			n++
		}
		chunk := PollResult{Feed: prev}
		for _, it := range items[:n] {
			chunk.Items = append(chunk.Items, it)
			chunk.SeenKeys = append(chunk.SeenKeys, it.Key)
			chunk.Alerts = append(chunk.Alerts, alertsOf[it.URL]...)
			delete(alertsOf, it.URL)
		}
		items = items[n:]
		if len(items) == 0 {
			chunk.Feed = res.Feed
			chunk.SeenKeys = append(chunk.SeenKeys, rest...)
			chunk.Alerts = append(chunk.Alerts, others...)
			for _, as := range alertsOf { // alerts whose item is not in res.Items
				chunk.Alerts = append(chunk.Alerts, as...)
			}
		}
		q, err := t.commitPoll(ctx, chunk)
		queued = append(queued, q...)
		if err != nil {
			return queued, err
		}
	}
	return queued, nil
}

func itemBytes(items []Item) int {
	n := 0
	for i := range items {
		n += itemSize(&items[i])
	}
	return n
}

// itemSize estimates an item's encoded size.
func itemSize(it *Item) int {
	n := 256 + len(it.URL) + len(it.Key) + len(it.Title) + len(it.Description) + len(it.Text) + len(it.Sig)
	for _, q := range it.Quotes {
		n += 64 + len(q.Text) + len(q.Speaker)
	}
	return n
}
