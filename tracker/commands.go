package tracker

import (
	"context"
	"errors"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"newshound/tracker/feed"
	"newshound/tracker/fetch"
	"newshound/tracker/query"
)

// recentShown is how many already-known matching items /track shows.
const recentShown = 3

// recentLookback is how far back /track looks for known matching items.
const recentLookback = 7 * 24 * time.Hour

// TrackResult is what /track did.
type TrackResult struct {
	Topic  string // canonical form
	Terms  []string
	Recent []Item // up to three recent matching items already known, newest first
}

// ParseTopic parses a user's query, turning a syntax error into an *Error
// that says what is wrong and where.
func ParseTopic(input string) (*query.Query, error) {
	q, err := query.Parse(input)
	if err != nil {
		var qe *query.Error
		if errors.As(err, &qe) {
			return nil, Errorf("That topic is not a valid query: %s (at character %d of %s).", qe.Msg, qe.Pos+1, input)
		}
		return nil, Errorf("That topic is not a valid query: %v.", err)
	}
	return q, nil
}

// Track subscribes a channel to a topic. A channel tracking the topic
// already gets an *Error; so does a guild at its topic limit.
func (t *Tracker) Track(ctx context.Context, guild, channel, input string) (TrackResult, error) {
	q, err := ParseTopic(input)
	if err != nil {
		return TrackResult{}, err
	}
	sub := Subscription{GuildID: guild, ChannelID: channel, Topic: q.String(), Created: t.now()}
	if err := t.store.AddSubscription(ctx, sub, max(t.cfg.MaxTopicsPerGuild, 0)); err != nil {
		return TrackResult{}, err
	}
	t.mu.Lock()
	err = t.addSubLocked(sub)
	t.mu.Unlock()
	if err != nil {
		return TrackResult{}, err
	}
	if err := t.ensureTopicFeed(ctx, sub.Topic); err != nil {
		return TrackResult{}, err
	}
	// One pass over the stored items: the newest matches to show, and
	// those of the story window whose pages to read (backfill).
	var known []Item
	now := t.now()
	if err := t.matching(ctx, q, now.Add(-max(recentLookback, t.cfg.StoryWindow)), func(it Item) { known = append(known, it) }); err != nil {
		return TrackResult{}, err
	}
	sort.SliceStable(known, func(i, j int) bool { return known[i].Time().After(known[j].Time()) })
	t.backfill(known, now.Add(-t.cfg.StoryWindow))
	res := TrackResult{Topic: sub.Topic, Terms: q.Terms()}
	res.Recent = known[:min(len(known), recentShown)]
	return res, nil
}

func itemDoc(it *Item) *query.Doc {
	body := it.Description
	if it.Text != "" {
		body += "\n\n" + it.Text
	}
	return query.NewDoc(it.Title, body)
}

// Untrack ends a channel's subscription to a topic.
func (t *Tracker) Untrack(ctx context.Context, guild, channel, input string) (string, error) {
	q, err := ParseTopic(input)
	if err != nil {
		return "", err
	}
	topic := q.String()
	if err := t.store.RemoveSubscription(ctx, guild, channel, topic); err != nil {
		return "", err
	}
	t.mu.Lock()
	gone := t.removeSubLocked(guild, channel, topic)
	t.mu.Unlock()
	if gone {
		if err := t.releaseTopicFeed(ctx, topic); err != nil {
			return "", err
		}
	}
	return topic, nil
}

// Topics lists a channel's subscriptions, paused ones included.
func (t *Tracker) Topics(ctx context.Context, guild, channel string) ([]Subscription, error) {
	all, err := t.store.Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	var out []Subscription
	for _, s := range all {
		if s.GuildID == guild && s.ChannelID == channel {
			out = append(out, s)
		}
	}
	return out, nil
}

// AddFeed adds a feed for a guild. rawURL is a feed's URL or a site's, whose
// page names its feed with <link rel="alternate">. The feed is fetched
// once to check that it parses; its current items will not alert.
func (t *Tracker) AddFeed(ctx context.Context, guild, rawURL string) (Feed, error) {
	u, err := checkURL(rawURL)
	if err != nil {
		return Feed{}, err
	}
	t.feedMu.Lock()
	n := 0
	for _, f := range t.feeds {
		if f.HasGuild(guild) {
			n++
		}
	}
	t.feedMu.Unlock()
	if lim := t.cfg.MaxFeedsPerGuild; lim > 0 && n >= lim {
		feeds := "custom feeds"
		if n == 1 {
			feeds = "custom feed"
		}
		return Feed{}, Errorf("This server already has %d %s, the limit; remove one with /feeds remove first.", n, feeds)
	}
	feedURL, title, err := t.resolveFeed(ctx, u)
	if err != nil {
		return Feed{}, err
	}
	t.feedMu.Lock()
	defer t.feedMu.Unlock()
	f, ok := t.feeds[feedURL]
	if !ok {
		f = &Feed{URL: feedURL, Title: title, NextPoll: t.now(), Interval: Duration(t.cfg.PollFloor)}
	} else if f.HasGuild(guild) && !f.Paused {
		return Feed{}, Errorf("This server already follows %s.", feedURL)
	}
	cp := cloneFeed(f)
	if !cp.HasGuild(guild) {
		cp.Guilds = append(cp.Guilds, guild)
	}
	if cp.Paused {
		cp.Paused, cp.Failures, cp.NextPoll = false, 0, t.now()
	}
	if err := t.store.PutFeed(ctx, cp); err != nil {
		return Feed{}, err
	}
	t.setFeedLocked(&cp)
	wake(t.wakePoll)
	return cp, nil
}

// maxFeedURL is the longest feed URL /feeds add takes.
const maxFeedURL = 2048

// checkURL accepts absolute http and https URLs of at most maxFeedURL bytes,
// without a user name or password (which /feeds list would show to all); a
// URL without a scheme ("example.com", "example.com/rss", "//example.com")
// is taken as https.
func checkURL(raw string) (*url.URL, error) {
	raw = strings.Trim(strings.TrimSpace(raw), "<>")
	if raw == "" {
		return nil, Errorf("Give the feed's URL, such as https://example.com/rss.")
	}
	if len(raw) > maxFeedURL {
		return nil, Errorf("That URL is %d characters long; a feed URL can have at most %d.", utf8.RuneCountInString(raw), maxFeedURL)
	}
	if !strings.Contains(raw, "://") && !strings.ContainsAny(raw, " \t") {
		// A host name without a scheme: example.com, example.com/rss. A
		// single word (no dot, no port) is more likely a slip than a host.
		host, _, _ := strings.Cut(strings.TrimPrefix(raw, "//"), "/")
		if !strings.ContainsAny(host, ".:[") && host != "localhost" {
			return nil, Errorf("%q is not a web address; give the feed's URL, such as https://example.com/rss.", raw)
		}
		raw = "https://" + strings.TrimPrefix(raw, "//")
	}
	u, err := url.Parse(raw)
	if err != nil || strings.ContainsAny(raw, " \t") {
		return nil, Errorf("%q is not a URL.", raw)
	}
	if u.User != nil {
		return nil, Errorf("Feed URLs with a user name or password are not accepted (everyone in the server could read them): %s.", u.Redacted())
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, Errorf("Only http:// and https:// feed URLs can be added, not %q.", raw)
	}
	if u.Host == "" || u.Hostname() == "" {
		return nil, Errorf("%q has no host name.", raw)
	}
	return u, nil
}

// resolveFeed fetches u; if it is an HTML page it follows the first feed the
// page advertises. It returns the feed's URL and title. Its errors say in
// one sentence, naming u once, what went wrong, in words for whoever typed
// the command; the full error goes to the log.
func (t *Tracker) resolveFeed(ctx context.Context, u *url.URL) (string, string, error) {
	asked := u.String()
	target := asked
	// refuse says what went wrong with asked itself (direct) or with the
	// feed its page links to (linked).
	refuse := func(direct, linked string, err error) (string, string, error) {
		t.log.Info("feed not added", "url", asked, "fetched", target, "err", err)
		if target != asked {
			return "", "", Errorf("Could not add %s: the feed it links to, %s, %s.", asked, target, linked)
		}
		return "", "", Errorf("Could not add %s: %s.", asked, direct)
	}
	for hop := 0; hop < 2; hop++ {
		resp, err := t.cfg.Guarded.Get(ctx, target, fetch.Validators{})
		if err != nil {
			cause := fetch.Cause(err)
			if cause == "" {
				cause = "it could not be fetched"
			}
			linked := "could not be fetched (" + cause + ")"
			if strings.HasPrefix(cause, "HTTP ") {
				linked = "answered " + cause
			}
			return refuse(cause, linked, err)
		}
		if feed.LooksLikeFeed(resp.Body) {
			parsed, err := feed.Parse(resp.Body)
			if err != nil {
				return refuse("it looks like a feed but could not be parsed", "could not be parsed", err)
			}
			return target, parsed.Title, nil
		}
		if hop > 0 {
			return refuse("", "is not a feed either", errors.New("the page's feed link leads to another page"))
		}
		links := feed.Discover(resp.Body, resp.URL)
		if len(links) == 0 {
			return refuse("not a feed: the page has no RSS or Atom link", "", errors.New("neither a feed nor a page that links to one"))
		}
		target = links[0]
	}
	return "", "", Errorf("Could not add %s: it does not lead to a feed.", asked)
}

// RemoveFeed removes a guild's custom feed.
func (t *Tracker) RemoveFeed(ctx context.Context, guild, rawURL string) (string, error) {
	raw := strings.Trim(strings.TrimSpace(rawURL), "<>")
	t.feedMu.Lock()
	defer t.feedMu.Unlock()
	f, ok := t.feeds[raw]
	if !ok || !f.HasGuild(guild) {
		return "", Errorf("This server has no custom feed %s; /feeds list shows them.", raw)
	}
	cp := cloneFeed(f)
	cp.Guilds = slices.DeleteFunc(cp.Guilds, func(g string) bool { return g == guild })
	if cp.orphan() {
		if err := t.store.DeleteFeed(ctx, cp.URL); err != nil {
			return "", err
		}
		t.deleteFeedLocked(cp.URL)
		return cp.URL, nil
	}
	if err := t.store.PutFeed(ctx, cp); err != nil {
		return "", err
	}
	t.setFeedLocked(&cp)
	return cp.URL, nil
}

// FeedList is what /feeds list shows.
type FeedList struct {
	Custom  []Feed // the guild's own feeds
	Catalog []Feed // the operator's catalog
}

// Feeds lists a guild's custom feeds and the catalog, each sorted by URL.
func (t *Tracker) Feeds(guild string) FeedList {
	t.feedMu.Lock()
	defer t.feedMu.Unlock()
	var out FeedList
	for _, u := range sortedKeys(t.feeds) {
		f := t.feeds[u]
		cp := cloneFeed(f)
		cp.URL, cp.Location = redacted(cp.URL), redacted(cp.Location)
		if f.HasGuild(guild) {
			out.Custom = append(out.Custom, cp)
		}
		if f.Catalog {
			out.Catalog = append(out.Catalog, cp)
		}
	}
	return out
}

// redacted hides the password of a URL that carries one (an operator's
// catalog may), so that /feeds list never shows it.
func redacted(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	u.User = url.User("xxxxx")
	return u.String()
}

// ChannelTopics lists the topics a channel tracks, for autocomplete.
func (t *Tracker) ChannelTopics(ctx context.Context, guild, channel string) []string {
	subs, err := t.Topics(ctx, guild, channel)
	if err != nil {
		return nil
	}
	out := make([]string, 0, len(subs))
	for _, s := range subs {
		out = append(out, s.Topic)
	}
	return out
}

// Stats is a snapshot for health checks and metrics. The counts since
// start only grow.
type Stats struct {
	Topics, Subscriptions, Feeds, PausedFeeds, PollsInFlight int
	// FeedsOwned counts the feeds this process polls (all of them unless
	// several processes share the store).
	FeedsOwned int

	Polls, PollFailures, Items, AlertsQueued, AlertsSent, AlertsFailed int64
	// NotModified counts 304 answers; Unchanged, bodies identical to the
	// last one, recognised by their hash without parsing.
	NotModified, Unchanged int64
	// Edits counts delivered messages edited (their sources grew);
	// EditsGone, edits dropped because their message was deleted or out
	// of reach.
	Edits, EditsGone int64
	// StoryEntries is how many items the story index holds (those of the
	// story window); StoryBytes, the memory it takes.
	StoryEntries int
	StoryBytes   int64
}

// counters count events since start.
type counters struct {
	polls, pollFailures, items, alertsQueued, alertsSent, alertsFailed atomic.Int64
	notModified, unchanged                                             atomic.Int64
	edits, editsGone                                                   atomic.Int64
}

// Stats counts what the tracker is doing.
func (t *Tracker) Stats() Stats {
	var s Stats
	t.mu.RLock()
	s.Topics = len(t.subs)
	for _, l := range t.subs {
		s.Subscriptions += len(l)
	}
	t.mu.RUnlock()
	t.feedMu.Lock()
	s.Feeds = len(t.feeds)
	for _, f := range t.feeds {
		if f.Paused {
			s.PausedFeeds++
		}
		if t.sharedFeedLocked(f.URL) {
			s.FeedsOwned++
		}
	}
	s.PollsInFlight = len(t.inFlight)
	t.feedMu.Unlock()
	c := &t.counters
	s.Polls, s.PollFailures, s.Items = c.polls.Load(), c.pollFailures.Load(), c.items.Load()
	s.AlertsQueued, s.AlertsSent, s.AlertsFailed = c.alertsQueued.Load(), c.alertsSent.Load(), c.alertsFailed.Load()
	s.Edits, s.EditsGone = c.edits.Load(), c.editsGone.Load()
	s.NotModified, s.Unchanged = c.notModified.Load(), c.unchanged.Load()
	fp := t.stories.Footprint()
	s.StoryEntries, s.StoryBytes = fp.Entries, fp.Bytes
	return s
}
