package tracker

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime/debug"
	"slices"
	"sort"
	"time"

	"github.com/cespare/xxhash/v2"

	"newshound/tracker/feed"
	"newshound/tracker/fetch"
)

// maxBackoff caps the wait after failures (Retry-After may ask for longer,
// up to a day).
const maxBackoff = 6 * time.Hour

// pruneEvery is how often retention runs.
const pruneEvery = time.Hour

func (t *Tracker) scheduleLoop(ctx context.Context) {
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	var lastPrune time.Time
	for {
		if now := t.now(); now.Sub(lastPrune) >= pruneEvery {
			lastPrune = now
			if !t.leader() {
				// Another process of the cluster prunes the store.
			} else if err := t.store.Prune(ctx, now); err != nil && ctx.Err() == nil {
				t.log.Error("pruning old items failed", "err", err)
			}
			t.stories.Prune(now)
		}
		timer.Reset(t.pollDue())
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		case <-t.wakePoll:
		}
	}
}

// schedSlack is the shortest sleep of the scheduler: feeds falling due
// within it are started together, one wake-up for several polls instead
// of one each (10,000 feeds polled every few minutes fall due every 15 ms
// or so). It is 100 ms with poll intervals of a minute or more, which
// delays no poll noticeably, and never less than 20 ms.
func (t *Tracker) schedSlack() time.Duration {
	return min(100*time.Millisecond, max(20*time.Millisecond, t.cfg.PollFloor/600))
}

// pollDue starts a poll of every due feed, earliest first, as many as the
// workers allow, and returns how long the scheduler may sleep: until the
// next feed falls due, at least schedSlack and at most a minute. It costs
// O(log n) per poll started, whatever the number of feeds.
func (t *Tracker) pollDue() time.Duration {
	now := t.now()
	t.feedMu.Lock()
	defer t.feedMu.Unlock()
	for len(t.inFlight) < t.cfg.Workers {
		u, ok := t.sched.popDue(now)
		if !ok {
			break
		}
		f := t.feeds[u]
		if f == nil || f.Paused || !t.sharedFeedLocked(u) {
			// Another process polls a feed not ours; Refresh schedules it
			// again if we win its lease.
			continue
		}
		t.inFlight[u] = true
		t.polls.Add(1)
		// Never blocks: the queue holds Workers feeds, and every feed in it
		// is in flight.
		t.work <- cloneFeed(f)
	}
	d := time.Minute
	if at, ok := t.sched.next(); ok {
		d = min(d, max(at.Sub(now), t.schedSlack()))
	}
	t.schedAt = now.Add(d)
	return d
}

// wakeSchedulerLocked wakes the scheduler when a feed is due and waiting
// for a worker, or falls due earlier than the scheduler planned to wake
// (by more than schedSlack): most polls end with the next feed due later,
// and waking the scheduler for nothing after each of them cost more than
// scheduling. Called with feedMu held.
func (t *Tracker) wakeSchedulerLocked() {
	at, ok := t.sched.next()
	if ok && (!at.After(t.now()) || at.Before(t.schedAt.Add(-t.schedSlack()))) {
		wake(t.wakePoll)
	}
}

// pollWorker polls the feeds pollDue hands it until the queue closes.
// Workers live as long as the tracker, instead of a goroutine for each
// poll: each poll's call chain (HTTP, parsing, bbolt) grows a new
// goroutine's stack several times, and copying stacks was 7% of the CPU
// of steady polling.
func (t *Tracker) pollWorker() {
	for f := range t.work {
		t.pollFeed(t.pollCtx, f)
	}
}

// setFeedLocked records f as the feed's current state and (re)schedules
// its next poll; a paused feed or one being polled is not scheduled (the
// poll reschedules it when it ends).
func (t *Tracker) setFeedLocked(f *Feed) {
	t.feeds[f.URL] = f
	if f.Paused || t.inFlight[f.URL] {
		t.sched.remove(f.URL)
		return
	}
	t.sched.set(f.URL, f.NextPoll)
}

// deleteFeedLocked forgets a feed and its schedule.
func (t *Tracker) deleteFeedLocked(url string) {
	delete(t.feeds, url)
	t.sched.remove(url)
	t.firstPolledLocked(url)
}

// firstPolledLocked notes that url no longer holds up the first round of
// polls, and ends the round when it was the last.
func (t *Tracker) firstPolledLocked(url string) {
	if t.firstRound == nil || !t.firstRound[url] {
		return
	}
	delete(t.firstRound, url)
	if len(t.firstRound) == 0 {
		t.firstRound = nil
		close(t.firstDone)
	}
}

func cloneFeed(f *Feed) Feed {
	cp := *f
	cp.Guilds = slices.Clone(f.Guilds)
	cp.Topics = slices.Clone(f.Topics)
	return cp
}

// pollFeed polls one feed and hands the outcome to record; it never
// returns an error: a failure is recorded on the feed and counts towards
// pausing it. It calls t.polls.Done once the outcome is recorded, which
// may be after it returns.
func (t *Tracker) pollFeed(ctx context.Context, f Feed) {
	prev := cloneFeed(&f)
	res, err := t.pollSafely(ctx, &f)
	if ctx.Err() != nil {
		// Shutting down: record nothing of a poll cut short; the state
		// before it stands, and the next start polls the feed again.
		t.feedMu.Lock()
		delete(t.inFlight, f.URL)
		if cur, ok := t.feeds[f.URL]; ok {
			t.setFeedLocked(cur)
		}
		t.firstPolledLocked(f.URL)
		t.feedMu.Unlock()
		t.polls.Done()
		return
	}
	t.counters.polls.Add(1)
	if err != nil {
		t.counters.pollFailures.Add(1)
		t.failed(ctx, &f, err, &res)
	}
	t.counters.items.Add(int64(len(res.Items)))
	res.Feed = f
	t.record(ctx, res, prev, func(error) { t.polls.Done() })
}

// pollSafely is poll, with a panic (a bug on some input) turned into a
// failed poll of that feed rather than the end of the process.
func (t *Tracker) pollSafely(ctx context.Context, f *Feed) (res PollResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			t.log.Error("poll panicked", "feed", f.URL, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			res, err = PollResult{}, fmt.Errorf("internal error while polling: %v", p)
		}
	}()
	return t.poll(ctx, f)
}

// poll fetches and ingests one feed, filling in f's new state.
func (t *Tracker) poll(ctx context.Context, f *Feed) (PollResult, error) {
	var res PollResult
	now := t.now()
	spread := t.spreads(f, now)
	f.LastPoll = now
	client := t.cfg.Client
	if !f.Trusted() {
		client = t.cfg.Guarded
	}
	target := f.URL
	if f.Location != "" {
		target = f.Location
	}
	resp, err := client.Get(ctx, target, fetch.Validators{ETag: f.ETag, LastModified: f.LastModified})
	if err != nil {
		return res, err
	}
	if resp.Permanent != "" {
		f.Location = resp.Permanent
	}
	if resp.NotModified {
		t.counters.notModified.Add(1)
		t.succeeded(f, 0, resp.MaxAge, spread)
		return res, nil
	}
	// The body is read only here, and parsing copies what it keeps.
	defer resp.Release()
	hash := xxhash.Sum64(resp.Body)
	if f.Baselined && hash == f.BodyHash {
		t.counters.unchanged.Add(1)
		f.ETag, f.LastModified = resp.Validators.ETag, resp.Validators.LastModified
		t.succeeded(f, 0, resp.MaxAge, spread)
		return res, nil
	}
	// Parsing and ingesting are CPU work: a few at a time, however many
	// polls wait on the network, so that the bodies and items in memory
	// stay bounded.
	select {
	case t.parsing <- struct{}{}:
	case <-ctx.Done():
		return res, ctx.Err()
	}
	defer func() { <-t.parsing }()
	parsed, err := feed.ParseContext(ctx, resp.Body)
	if err != nil {
		return res, err
	}
	if parsed.Title != "" {
		f.Title = parsed.Title
	}
	items := newestItems(parsed.Items, t.cfg.MaxItemsPerPoll)
	if len(items) < len(parsed.Items) {
		t.log.Warn("feed carries more items than one poll takes; the oldest are left out",
			"feed", f.URL, "items", len(parsed.Items), "taken", len(items))
	}
	fresh, err := t.ingest(ctx, f, items, &res)
	if err != nil {
		return PollResult{}, err
	}
	// Only now that the items are taken up may the next poll skip them.
	f.ETag, f.LastModified = resp.Validators.ETag, resp.Validators.LastModified
	f.BodyHash = hash
	t.succeeded(f, fresh, max(parsed.TTL, resp.MaxAge), spread)
	return res, nil
}

// spreads reports whether a poll starting now spreads the feed's next poll
// over the whole range of intervals, rather than one interval on: a feed
// polled for the first time, after a long pause (the process was down), or
// late by more than a quarter of the longest interval (a backlog: a first
// round of polls longer than the longest interval) comes due together with
// many others, and would stay in step with them.
func (t *Tracker) spreads(f *Feed, now time.Time) bool {
	return f.LastPoll.IsZero() || now.Sub(f.LastPoll) > 2*t.cfg.MaxInterval ||
		now.Sub(f.NextPoll) > t.cfg.MaxInterval/4
}

// succeeded resets the failure count and picks the next poll: sooner while
// the feed publishes, later while it does not, never sooner than the feed's
// own hint (ttl, Cache-Control) and always within [PollFloor, MaxInterval],
// moved at random by up to ±10% so that feeds do not poll in step. With
// spread, the next poll is anywhere in [PollFloor, MaxInterval].
func (t *Tracker) succeeded(f *Feed, fresh int, hint time.Duration, spread bool) {
	if f.Failures > 0 {
		t.log.Info("feed recovered", "feed", f.URL, "failures", f.Failures)
	}
	f.Failures, f.LastError = 0, ""
	iv := time.Duration(f.Interval)
	if iv <= 0 {
		iv = t.cfg.PollFloor
	}
	if fresh > 0 {
		f.LastNew = f.LastPoll
		iv = iv * 2 / 3
	} else {
		iv = iv * 5 / 4
	}
	iv = max(iv, hint)
	iv = min(max(iv, t.cfg.PollFloor), t.cfg.MaxInterval)
	f.Interval = Duration(iv)
	f.NextPoll = f.LastPoll.Add(jitter(iv, t.cfg.PollFloor, t.cfg.MaxInterval))
	if spread {
		f.NextPoll = f.LastPoll.Add(max(min(hint, t.cfg.MaxInterval), t.cfg.PollFloor+rand.N(t.cfg.MaxInterval-t.cfg.PollFloor+1)))
	}
}

// failed records a failed poll: exponential back-off from the poll floor,
// at least what Retry-After asks, and, for a feed only guilds added, a
// pause with one notice to those guilds after MaxFailures in a row.
func (t *Tracker) failed(ctx context.Context, f *Feed, err error, res *PollResult) {
	f.Failures++
	f.LastError = err.Error()
	backoff := t.cfg.PollFloor << min(f.Failures-1, 16)
	backoff = min(backoff, maxBackoff)
	floor := t.cfg.PollFloor
	var se *fetch.StatusError
	if errors.As(err, &se) && se.RetryAfter > backoff {
		backoff = min(se.RetryAfter, 24*time.Hour)
		floor = backoff // never sooner than the server asked
	}
	f.NextPoll = f.LastPoll.Add(jitter(backoff, floor, backoff+backoff/10))
	t.log.Warn("poll failed", "feed", f.URL, "failures", f.Failures, "retry_in", backoff.String(), "err", err)
	if f.Failures < t.cfg.MaxFailures || f.Paused {
		return
	}
	if f.Catalog || len(f.Topics) > 0 {
		// The operator's and the topics' own feeds are never paused: an
		// outlet that is down for a day comes back. They keep the longest
		// back-off, and the operator hears of it in the log.
		if f.Failures == t.cfg.MaxFailures {
			t.log.Error("feed keeps failing; polling it only every few hours", "feed", f.URL, "failures", f.Failures)
		}
		return
	}
	f.Paused = true
	t.log.Error("feed paused after repeated failures", "feed", f.URL, "failures", f.Failures)
	cause := fetch.Cause(err)
	if cause == "" {
		cause = "it could not be read as a feed"
	}
	msg := fmt.Sprintf("Newshound stopped polling the feed %s after %d failed attempts in a row (last: %s). Add it again with /feeds add to retry.",
		f.URL, f.Failures, cause)
	res.Alerts = append(res.Alerts, t.guildNotices(f.Guilds, msg)...)
}

// guildNotices addresses a notice to each channel of the guilds that has an
// active subscription.
func (t *Tracker) guildNotices(guilds []string, msg string) []Alert {
	want := map[string]bool{}
	for _, g := range guilds {
		want[g] = true
	}
	t.mu.RLock()
	defer t.mu.RUnlock()
	seen := map[[2]string]bool{}
	var out []Alert
	for _, topic := range sortedKeys(t.subs) {
		for _, s := range t.subs[topic] {
			k := [2]string{s.GuildID, s.ChannelID}
			if !want[s.GuildID] || seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, Alert{Kind: KindNotice, GuildID: s.GuildID, ChannelID: s.ChannelID, Notice: msg, Created: t.now()})
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
