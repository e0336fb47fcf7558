package tracker

import (
	"context"
	"slices"

	"newshound/tracker/feed"
	"newshound/tracker/newssearch"
)

// A topic brings its own feed when Config.TopicFeeds is set: a news-search
// feed for its query, polled like any other, kept while some channel tracks
// the topic. Its items' links are resolved to the publishers' URLs where the
// link carries them, and their outlet is read from the title.

// ensureTopicFeed makes sure the topic's search feed exists.
func (t *Tracker) ensureTopicFeed(ctx context.Context, topic string) error {
	if !t.cfg.TopicFeeds {
		return nil
	}
	u := newssearch.FeedURL(topic)
	t.feedMu.Lock()
	defer t.feedMu.Unlock()
	f, ok := t.feeds[u]
	if ok && slices.Contains(f.Topics, topic) {
		return nil
	}
	var cp Feed
	if ok {
		cp = cloneFeed(f)
	} else {
		cp = Feed{URL: u, NextPoll: t.now(), Interval: Duration(t.cfg.PollFloor)}
	}
	cp.Topics = append(cp.Topics, topic)
	if err := t.store.PutFeed(ctx, cp); err != nil {
		return err
	}
	t.setFeedLocked(&cp)
	wake(t.wakePoll)
	return nil
}

// releaseTopicFeed drops the topic's claim on its search feed, and the feed
// when nothing else keeps it.
func (t *Tracker) releaseTopicFeed(ctx context.Context, topic string) error {
	u := newssearch.FeedURL(topic)
	t.feedMu.Lock()
	defer t.feedMu.Unlock()
	f, ok := t.feeds[u]
	if !ok || !slices.Contains(f.Topics, topic) {
		return nil
	}
	cp := cloneFeed(f)
	cp.Topics = slices.DeleteFunc(cp.Topics, func(v string) bool { return v == topic })
	if cp.orphan() {
		t.deleteFeedLocked(u)
		return t.store.DeleteFeed(ctx, u)
	}
	t.setFeedLocked(&cp)
	return t.store.PutFeed(ctx, cp)
}

// resolveSearchItem rewrites a news-search item: the publisher's URL for
// Google's redirect link, and the outlet split from the title.
func resolveSearchItem(it *feed.Item) (outlet string) {
	if u, ok := newssearch.Resolve(it.URL); ok {
		if c, err := feed.CanonicalURL(u); err == nil {
			it.URL = c
		}
	}
	it.Title, outlet = newssearch.SplitTitle(it.Title)
	return outlet
}
