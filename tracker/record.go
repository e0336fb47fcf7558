package tracker

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Recording a poll that found something (seen keys, items, alerts) is a
// bbolt write transaction with two fsyncs: a millisecond or more of waiting
// on the disk, during which a poll worker used to sit idle. record hands
// such a poll to a goroutine of its own and returns, so that the worker's
// next poll parses and matches while the disk syncs, and polls of
// different feeds recorded at the same time share a transaction (store.DB's
// group commit). Polls of one feed are recorded one batch at a time, in
// order: those handed over while a batch is being written go together in
// the next (one feed's polls follow each other that fast only when the
// disk is slower than parsing).
//
// What this keeps true:
//   - Alerts go out only once recorded: the deliverer reads the outbox,
//     which holds committed rows only.
//   - A feed stays in flight, and is not polled again, until its poll is
//     recorded; then it is rescheduled, as before.
//   - Until then, the poll's seen keys and item URLs count as seen for
//     every later poll (pendingPolls): an item is taken up once, whether
//     or not the disk has it yet.
//   - Polls of one feed are recorded in the order they were made; when a
//     batch cannot be recorded, the feed's polls handed over meanwhile,
//     which took its items for seen, are not recorded either, and the feed
//     goes back to the state before the batch (as after a failed commit
//     before), so that its next poll takes the same items up again.
//   - A crash before a poll is recorded loses the poll, not its items: the
//     feed's stored state is the one before it, so it is polled again and
//     its items are new again (alerting once: they were never queued).
//   - Close waits for every poll handed over (through polls, and
//     recording).

// pendingPolls holds the polls handed over and not yet recorded.
type pendingPolls struct {
	mu sync.Mutex
	// feeds holds each feed's polls not yet recorded.
	feeds map[string]*feedPolls
	// urls counts, by item URL, the polls not yet recorded that store it.
	urls map[string]int
	// failures counts the batches that could not be recorded.
	failures uint64
	// slots bounds the polls not yet recorded, with their items in
	// memory, to Config.Workers (a poll being recorded is in flight).
	slots chan struct{}
	wg    sync.WaitGroup
}

// feedPolls is one feed's polls not yet recorded, oldest first: the batch
// being written, then those waiting for the next.
type feedPolls struct {
	polls []*pendingPoll
}

// pendingPoll is one poll handed over and not yet recorded.
type pendingPoll struct {
	ctx  context.Context
	res  PollResult
	prev Feed
	done func(error)
	// keys is res.SeenKeys as a set, made when a later poll of the same
	// feed asks (never, for a feed that the scheduler polls).
	keys map[string]bool
}

// seen reports which of keys (of the feed feedURL) and urls pending polls
// hold (nil maps when none does), and the count of failed batches.
func (p *pendingPolls) seen(feedURL string, keys, urls []string) (seenKeys, seenURLs map[string]bool, failures uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	failures = p.failures
	if len(p.urls) > 0 {
		for _, u := range urls {
			if p.urls[u] > 0 {
				if seenURLs == nil {
					seenURLs = map[string]bool{}
				}
				seenURLs[u] = true
			}
		}
	}
	if fp := p.feeds[feedURL]; fp != nil {
		for _, pp := range fp.polls {
			if pp.keys == nil {
				pp.keys = make(map[string]bool, len(pp.res.SeenKeys))
				for _, k := range pp.res.SeenKeys {
					pp.keys[k] = true
				}
			}
			for _, k := range keys {
				if pp.keys[k] {
					if seenKeys == nil {
						seenKeys = map[string]bool{}
					}
					seenKeys[k] = true
				}
			}
		}
	}
	return seenKeys, seenURLs, failures
}

// forgetLocked takes pp's item URLs out of the pending polls.
func (p *pendingPolls) forgetLocked(pp *pendingPoll) {
	for i := range pp.res.Items {
		u := pp.res.Items[i].URL
		if p.urls[u]--; p.urls[u] <= 0 {
			delete(p.urls, u)
		}
	}
}

// seen is Store.Seen counting the polls not yet recorded as recorded.
// When it took something of them for seen, it notes so in res (relied).
func (t *Tracker) seen(ctx context.Context, feedURL string, keys, urls []string, res *PollResult) (map[string]bool, map[string]bool, error) {
	// Pending polls first: one that leaves them before the store is read
	// left them because it was recorded, and the store has it.
	pk, pu, failures := t.pending.seen(feedURL, keys, urls)
	if len(pk) > 0 || len(pu) > 0 {
		res.relied = failures + 1
	}
	seenKeys, seenURLs, err := t.store.Seen(ctx, feedURL, keys, urls)
	if err != nil {
		return nil, nil, err
	}
	for k := range pk {
		seenKeys[k] = true
	}
	for u := range pu {
		seenURLs[u] = true
	}
	return seenKeys, seenURLs, nil
}

// record records a poll's outcome (res, made from the feed's state prev),
// then reschedules the feed and wakes the deliverer for the alerts it
// queued, and calls done with the commit's error (which it has handled).
// A poll with records to write is recorded in the background and record
// returns at once; one that changed polling state alone (a 304, an
// unchanged body), which costs no disk write now (commitPoll), is
// recorded before record returns.
func (t *Tracker) record(ctx context.Context, res PollResult, prev Feed, done func(error)) {
	if len(res.SeenKeys) == 0 && len(res.Items) == 0 && len(res.Alerts) == 0 {
		done(t.settle(ctx, res, prev))
		return
	}
	p := &t.pending
	p.slots <- struct{}{}
	p.wg.Add(1)
	pp := &pendingPoll{ctx: ctx, res: res, prev: prev, done: done}
	u := res.Feed.URL
	p.mu.Lock()
	if p.feeds == nil {
		p.feeds, p.urls = map[string]*feedPolls{}, map[string]int{}
	}
	if res.relied != 0 && res.relied-1 != p.failures {
		// It took for seen items of polls not yet recorded, and a batch
		// has failed since (perhaps one of those): it cannot be recorded
		// as it is.
		p.mu.Unlock()
		t.recorded(pp, t.settleFailed(ctx, res, prev, errors.New("a poll whose items it took for seen could not be recorded")))
		return
	}
	fp := p.feeds[u]
	first := fp == nil
	if first {
		fp = &feedPolls{}
		p.feeds[u] = fp
	}
	fp.polls = append(fp.polls, pp)
	for i := range res.Items {
		p.urls[res.Items[i].URL]++
	}
	p.mu.Unlock()
	if first {
		go t.recordFeed(fp, u)
	}
}

// recordFeed records a feed's pending polls, a batch at a time, until
// none is left.
func (t *Tracker) recordFeed(fp *feedPolls, u string) {
	p := &t.pending
	for {
		p.mu.Lock()
		batch := fp.polls
		p.mu.Unlock()
		err := t.settleBatch(batch)
		var gone []*pendingPoll
		p.mu.Lock()
		fp.polls = fp.polls[len(batch):]
		if err != nil {
			// Polls handed over while the batch was being written took
			// its items for seen: they cannot be recorded either; nor
			// can polls that did so and are handed over later.
			gone, fp.polls = fp.polls, nil
			p.failures++
		}
		for _, pp := range batch {
			p.forgetLocked(pp)
		}
		for _, pp := range gone {
			p.forgetLocked(pp)
		}
		last := len(fp.polls) == 0
		if last {
			delete(p.feeds, u)
		}
		p.mu.Unlock()
		for _, pp := range batch {
			t.recorded(pp, err)
		}
		for _, pp := range gone {
			// The feed is back at its state before the batch already.
			t.recorded(pp, fmt.Errorf("an earlier poll of the feed could not be recorded: %w", err))
		}
		if last {
			return
		}
	}
}

// recorded tells pp's caller its outcome and frees its slot.
func (t *Tracker) recorded(pp *pendingPoll, err error) {
	pp.done(err)
	<-t.pending.slots
	t.pending.wg.Done()
}

// settleBatch records a feed's polls, oldest first, as one: the newest
// poll's feed state, and everything each poll found.
func (t *Tracker) settleBatch(batch []*pendingPoll) error {
	res := batch[len(batch)-1].res
	if len(batch) > 1 {
		var keys, items, alerts int
		for _, pp := range batch {
			keys, items, alerts = keys+len(pp.res.SeenKeys), items+len(pp.res.Items), alerts+len(pp.res.Alerts)
		}
		res.SeenKeys, res.Items, res.Alerts = make([]string, 0, keys), make([]Item, 0, items), make([]Alert, 0, alerts)
		for _, pp := range batch {
			res.SeenKeys = append(res.SeenKeys, pp.res.SeenKeys...)
			res.Items = append(res.Items, pp.res.Items...)
			res.Alerts = append(res.Alerts, pp.res.Alerts...)
		}
	}
	return t.settle(batch[0].ctx, res, batch[0].prev)
}

// settle commits res, or on failure records the failure on the feed, and
// then puts the feed back on the schedule. It returns the commit's error,
// which it has handled.
func (t *Tracker) settle(ctx context.Context, res PollResult, prev Feed) error {
	queued, cerr := t.commitChunked(ctx, res, prev)
	if cerr != nil {
		return t.settleFailed(ctx, res, prev, cerr)
	}
	t.reschedule(res.Feed, queued)
	return nil
}

// settleFailed records that res could not be recorded (cerr), and puts
// the feed back on the schedule. It returns cerr.
func (t *Tracker) settleFailed(ctx context.Context, res PollResult, prev Feed, cerr error) error {
	f := res.Feed
	// Nothing of this poll was recorded: go back to the state before
	// it (validators, body hash, baseline), so that the same items are
	// taken up again. A feed whose polls cannot be recorded is
	// treated like one whose fetches fail: back-off, then a pause and
	// a notice, so that it cannot keep the bot busy for nothing.
	t.log.Error("recording poll failed", "feed", f.URL, "err", cerr)
	t.feedMu.Lock()
	if cur, ok := t.feeds[f.URL]; ok {
		f = cloneFeed(cur)
	} else {
		f = prev
	}
	t.feedMu.Unlock()
	f.LastPoll = t.now()
	var again PollResult
	t.failed(ctx, &f, fmt.Errorf("recording the poll: %w", cerr), &again)
	again.Feed = f
	queued, _ := t.commitPoll(ctx, again)
	t.reschedule(f, queued)
	return cerr
}

// reschedule ends the poll of f (its new state) that queued alerts:
// the feed is scheduled again, and the deliverer woken for the alerts.
func (t *Tracker) reschedule(f Feed, queued []Alert) {
	t.feedMu.Lock()
	delete(t.inFlight, f.URL)
	if cur, ok := t.feeds[f.URL]; ok {
		// Ownership may have changed while the poll ran; the store keeps
		// the stored ownership too (CommitPoll updates polling state only).
		f.Guilds, f.Catalog, f.Topics = cur.Guilds, cur.Catalog, cur.Topics
		t.setFeedLocked(&f)
	}
	t.firstPolledLocked(f.URL)
	t.wakeSchedulerLocked()
	t.feedMu.Unlock()
	t.counters.alertsQueued.Add(int64(len(queued)))
	if len(queued) > 0 {
		t.log.Info("alerts queued", "feed", f.URL, "alerts", len(queued))
		wake(t.wakeDeliver)
	}
}
