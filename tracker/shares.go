package tracker

import (
	"context"
	"slices"
)

// Shares says which part of the work this process does when several
// processes share one database (package cluster implements it with leases).
// With Config.Shares nil the process does all of it.
//
// Every method is cheap and safe for concurrent use; answers change as
// leases are won and lost.
type Shares interface {
	// Feed reports whether this process polls the feed.
	Feed(url string) bool
	// Channel reports whether this process delivers the channel's alerts.
	Channel(guild, channel string) bool
	// Leader reports whether this process runs the chores done once for
	// the whole cluster (retention).
	Leader() bool
	// Changed receives a value when Feed or Channel may answer differently:
	// the tracker then refreshes at once rather than at its next tick.
	Changed() <-chan struct{}
}

// sharedFeedLocked reports whether this process polls the feed: it holds
// the feed's lease and its state was read from the store since it won it.
// t.feedMu must be held.
func (t *Tracker) sharedFeedLocked(url string) bool {
	return t.cfg.Shares == nil || (t.polling[url] && t.cfg.Shares.Feed(url))
}

// sharedChannel reports whether this process delivers the channel.
func (t *Tracker) sharedChannel(guild, channel string) bool {
	return t.cfg.Shares == nil || t.cfg.Shares.Channel(guild, channel)
}

// leader reports whether this process runs cluster-wide chores.
func (t *Tracker) leader() bool { return t.cfg.Shares == nil || t.cfg.Shares.Leader() }

// Refresh takes up what other processes sharing the store changed:
// subscriptions added, paused or removed, feeds added or removed and their
// ownership, the stories of items they stored, and the state of the feeds
// whose lease this process has just won. The state of feeds it kept
// polling stays its own (it is the latest).
func (t *Tracker) Refresh(ctx context.Context) error {
	// Polling state this process has not written yet, first: a feed it is
	// giving up is taken over from the store's state.
	if err := t.flushStates(ctx); err != nil {
		return err
	}
	subs, err := t.store.Subscriptions(ctx)
	if err != nil {
		return err
	}
	t.mu.Lock()
	want := map[[3]string]bool{}
	for _, s := range subs {
		if s.Paused {
			continue
		}
		want[[3]string{s.GuildID, s.ChannelID, s.Topic}] = true
		if err := t.addSubLocked(s); err != nil {
			t.log.Warn("stored topic no longer parses; skipped", "topic", s.Topic, "err", err)
		}
	}
	for _, topic := range sortedKeys(t.subs) {
		for _, s := range slices.Clone(t.subs[topic]) {
			if !want[[3]string{s.GuildID, s.ChannelID, s.Topic}] {
				t.removeSubLocked(s.GuildID, s.ChannelID, s.Topic)
			}
		}
	}
	topics := sortedKeys(t.subs)
	t.mu.Unlock()

	stored, err := t.store.Feeds(ctx)
	if err != nil {
		return err
	}
	t.feedMu.Lock()
	seen := make(map[string]bool, len(stored))
	for i := range stored {
		f := &stored[i]
		seen[f.URL] = true
		cur, ok := t.feeds[f.URL]
		owned := t.cfg.Shares == nil || t.cfg.Shares.Feed(f.URL)
		keep := ok && (t.inFlight[f.URL] || (owned && t.polling[f.URL] && !(cur.Paused && !f.Paused)))
		if keep {
			// Ours: only its owners may have changed. A new Feed, never a
			// write through cur: a poll that just stored its own Feed
			// (setFeedLocked(&f)) still reads it after unlocking.
			cp := cloneFeed(cur)
			cp.Catalog, cp.Guilds, cp.Topics = f.Catalog, slices.Clone(f.Guilds), slices.Clone(f.Topics)
			t.feeds[f.URL] = &cp
			continue
		}
		if owned {
			t.polling[f.URL] = true
		} else {
			delete(t.polling, f.URL)
		}
		t.setFeedLocked(f)
	}
	for u := range t.feeds {
		if !seen[u] && !t.inFlight[u] {
			t.deleteFeedLocked(u)
			delete(t.polling, u)
		}
	}
	t.feedMu.Unlock()
	// A process that saw a topic's last channel go may have removed the
	// topic's feed while another added a channel to it.
	for _, topic := range topics {
		if err := t.ensureTopicFeed(ctx, topic); err != nil {
			return err
		}
	}
	wake(t.wakePoll)
	wake(t.wakeDeliver)

	// Stories of the items other processes stored since the last refresh,
	// so that their copies fold into one alert here too.
	since := t.lastRefresh.Add(-2 * t.cfg.Refresh)
	t.lastRefresh = t.now()
	return t.loadStoriesSince(ctx, since)
}
