package tracker

import (
	"context"
	"fmt"
	"sync"
)

// Recording a poll that found something (seen keys, items, alerts) is a
// bbolt write transaction with two fsyncs: a millisecond or more of waiting
// on the disk, during which a poll worker used to sit idle. record hands
// such a poll to a goroutine of its own and returns, so that the worker's
// next poll parses and matches while the disk syncs, and polls recorded at
// the same time share a transaction (store.DB's group commit).
//
// What this keeps true:
//   - Alerts go out only once recorded: the deliverer reads the outbox,
//     which holds committed rows only.
//   - A feed stays in flight, and is not polled again, until its poll is
//     recorded; then it is rescheduled, as before.
//   - Until then, the poll's seen keys and item URLs count as seen for
//     every later poll (pendingPolls): an item is taken up once, whether
//     or not the disk has it yet.
//   - Polls of one feed are recorded in the order they were made; when
//     one cannot be recorded, the feed's later polls, which took its items
//     for seen, are not recorded either, and the feed goes back to the
//     state before the first of them (as a failed commit did before), so
//     that its next poll takes the same items up again.
//   - A crash before a poll is recorded loses the poll, not its items: the
//     feed's stored state is the one before it, so it is polled again and
//     its items are new again (alerting once: they were never queued).
//   - Close waits for every poll handed over (through polls, and
//     recording).

// pendingPolls holds the polls handed over and not yet recorded.
type pendingPolls struct {
	mu sync.Mutex
	// last is each feed's latest poll not yet recorded.
	last map[string]*pendingPoll
	// urls counts, by item URL, the polls not yet recorded that store it.
	urls map[string]int
	// slots bounds the polls not yet recorded, with their items in
	// memory, to Config.Workers (a poll being recorded is in flight).
	slots chan struct{}
	wg    sync.WaitGroup
}

// pendingPoll is one poll handed over and not yet recorded.
type pendingPoll struct {
	res *PollResult
	// keys is res.SeenKeys as a set, made when a later poll of the same
	// feed asks (never, for a feed that the scheduler polls).
	keys map[string]bool
	// earlier is the same feed's previous poll, if it was still pending
	// when this one was handed over.
	earlier *pendingPoll
	done    chan struct{}
	// err is why the poll was not recorded, set before done closes.
	err error
}

// add registers res as pending; the caller calls finish once res is
// recorded or given up.
func (p *pendingPolls) add(res *PollResult) *pendingPoll {
	pp := &pendingPoll{res: res, done: make(chan struct{})}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.last == nil {
		p.last, p.urls = map[string]*pendingPoll{}, map[string]int{}
	}
	pp.earlier = p.last[res.Feed.URL]
	p.last[res.Feed.URL] = pp
	for i := range res.Items {
		p.urls[res.Items[i].URL]++
	}
	return pp
}

// finish takes pp out of the pending polls: it was recorded, or failed.
func (p *pendingPolls) finish(pp *pendingPoll, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.last[pp.res.Feed.URL] == pp {
		delete(p.last, pp.res.Feed.URL)
	}
	for i := range pp.res.Items {
		u := pp.res.Items[i].URL
		if p.urls[u]--; p.urls[u] <= 0 {
			delete(p.urls, u)
		}
	}
	pp.err = err
	// The polls before it are done too: let them go.
	pp.earlier, pp.keys = nil, nil
	close(pp.done)
}

// seen reports which of keys (of the feed feedURL) and urls pending polls
// hold; nil maps when none does.
func (p *pendingPolls) seen(feedURL string, keys, urls []string) (seenKeys, seenURLs map[string]bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
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
	for pp := p.last[feedURL]; pp != nil; pp = pp.earlier {
		select {
		case <-pp.done:
			// Recorded: the store has it, and so have the polls before it.
			return seenKeys, seenURLs
		default:
		}
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
	return seenKeys, seenURLs
}

// seen is Store.Seen counting the polls not yet recorded as recorded.
func (t *Tracker) seen(ctx context.Context, feedURL string, keys, urls []string) (map[string]bool, map[string]bool, error) {
	// Pending polls first: one that leaves them before the store is read
	// left them because it was recorded, and the store has it.
	pk, pu := t.pending.seen(feedURL, keys, urls)
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
// queued, and calls done. A poll with records to write is recorded in the
// background and record returns at once; one that changed polling state
// alone (a 304, an unchanged body), which costs no disk write now
// (commitPoll), is recorded before record returns.
func (t *Tracker) record(ctx context.Context, res PollResult, prev Feed, done func(error)) {
	if len(res.SeenKeys) == 0 && len(res.Items) == 0 && len(res.Alerts) == 0 {
		done(t.settle(ctx, res, prev, nil))
		return
	}
	p := &t.pending
	p.slots <- struct{}{}
	p.wg.Add(1)
	pp := p.add(&res)
	go func() {
		defer p.wg.Done()
		defer func() { <-p.slots }()
		done(t.settle(ctx, res, prev, pp))
	}()
}

// settle commits res (after the feed's earlier pending poll, if any), or
// on failure records the failure on the feed, and then puts the feed back
// on the schedule. It returns the commit's error, which it has handled.
func (t *Tracker) settle(ctx context.Context, res PollResult, prev Feed, pp *pendingPoll) error {
	var queued []Alert
	var cerr error
	if pp != nil && pp.earlier != nil {
		// pp.earlier is read here only, before finish(pp) clears it.
		earlier := pp.earlier
		<-earlier.done
		if earlier.err != nil {
			cerr = fmt.Errorf("an earlier poll of the feed could not be recorded: %w", earlier.err)
		}
	}
	if cerr == nil {
		queued, cerr = t.commitChunked(ctx, res, prev)
	}
	if pp != nil {
		t.pending.finish(pp, cerr)
	}
	f := res.Feed
	if cerr != nil {
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
		queued, _ = t.commitPoll(ctx, again)
	}
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
	return cerr
}
