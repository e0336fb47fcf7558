// Package storetest is the contract every implementation of tracker.Store
// must meet: the behaviour the tracker relies on, written once and run
// against each store (bbolt in package store, PostgreSQL in store/postgres).
//
// Usage, in an implementation's tests:
//
//	func TestContract(t *testing.T) {
//		storetest.Run(t, func(t *testing.T, now func() time.Time) tracker.Store {
//			return openEmptyStore(t, now) // closed by t.Cleanup
//		})
//	}
package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"newshound/tracker"
	"newshound/tracker/query"
	"newshound/tracker/quote"
)

// Opener returns a new, empty store whose clock is now (time.Now when nil)
// and whose retention is the default: items 30 days, seen keys 90 days. The
// store must be closed by a t.Cleanup the opener registers.
type Opener func(t *testing.T, now func() time.Time) tracker.Store

// Run runs the whole contract as subtests of t.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"Subscriptions", testSubscriptions},
		{"SubscriptionsOrder", testSubscriptionsOrder},
		{"PauseChannel", testPauseChannel},
		{"Feeds", testFeeds},
		{"CommitPollSeenAndItems", testCommitPollSeenAndItems},
		{"CommitPollOneAlertPerStoryPerChannel", testOneAlertPerStory},
		{"CommitPollFoldsLaterCopies", testFold},
		{"CommitPollKeepsFeedOwnership", testCommitPollKeepsOwnership},
		{"CommitPollDoesNotResurrectARemovedFeed", testNoResurrect},
		{"SavePollStatesKeepsOwnershipAndSkipsRemoved", testSavePollStates},
		{"ConcurrentCommitsAlertOnce", testConcurrentCommits},
		{"RoundTrip", testRoundTrip},
		{"RecentItems", testRecentItems},
		{"Outbox", testOutbox},
		{"PruneItems", testPruneItems},
		{"PruneSeen", testPruneSeen},
		{"KeysAFeedStillCarriesSurviveRetention", testRefreshedKeys},
		{"Briefings", testBriefings},
		{"EditDeliveredAlerts", testEditDelivered},
		{"EditAfterASendRace", testEditAfterASendRace},
		{"EditDigest", testEditDigest},
		{"EditKeptOnlyWhenUseful", testEditKeptOnlyWhenUseful},
		{"ConcurrentCopiesMakeOneEdit", testConcurrentEdits},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

var ctx = context.Background()

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func item(feed, u, story string, seen time.Time) tracker.Item {
	return tracker.Item{URL: u, Key: "key:" + u, FeedURL: feed, Outlet: "Outlet", Title: "Title " + u, Seen: seen, StoryID: story}
}

func alert(guild, channel, topic string, it tracker.Item) tracker.Alert {
	return tracker.Alert{Kind: tracker.KindAlert, GuildID: guild, ChannelID: channel, Topic: topic, Item: it, Created: it.Seen}
}

func pending(t *testing.T, s tracker.Store) []tracker.Alert {
	t.Helper()
	rows, err := s.Pending(ctx, 0, 1000)
	must(t, err)
	return rows
}

func testSubscriptions(t *testing.T, open Opener) {
	s := open(t, nil)
	sub := tracker.Subscription{GuildID: "g", ChannelID: "c", Topic: "bagram", Created: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	must(t, s.AddSubscription(ctx, sub, 2))
	err := s.AddSubscription(ctx, sub, 2)
	if msg, ok := tracker.UserMessage(err); !ok || !strings.Contains(msg, "already tracks") {
		t.Fatalf("second add: got %v; want an 'already tracks' user error", err)
	}
	must(t, s.AddSubscription(ctx, tracker.Subscription{GuildID: "g", ChannelID: "c2", Topic: "kabul"}, 2))
	err = s.AddSubscription(ctx, tracker.Subscription{GuildID: "g", ChannelID: "c3", Topic: "x"}, 2)
	if msg, ok := tracker.UserMessage(err); !ok || !strings.Contains(msg, "limit") {
		t.Fatalf("third topic of a guild limited to 2: got %v; want a limit error", err)
	}
	// Another guild is not limited by this one's count; 0 means no limit.
	must(t, s.AddSubscription(ctx, tracker.Subscription{GuildID: "g2", ChannelID: "c", Topic: "x"}, 2))
	must(t, s.AddSubscription(ctx, tracker.Subscription{GuildID: "g", ChannelID: "c3", Topic: "x"}, 0))

	subs, err := s.Subscriptions(ctx)
	must(t, err)
	if len(subs) != 4 {
		t.Fatalf("got %d subscriptions; want 4", len(subs))
	}
	if got := subs[0]; got != sub {
		t.Fatalf("stored subscription = %+v; want %+v as added", got, sub)
	}

	must(t, s.RemoveSubscription(ctx, "g", "c", "bagram"))
	if msg, ok := tracker.UserMessage(s.RemoveSubscription(ctx, "g", "c", "bagram")); !ok || !strings.Contains(msg, "does not track") {
		t.Fatalf("removing an absent topic: got %q; want a 'does not track' user error", msg)
	}
	subs, _ = s.Subscriptions(ctx)
	if len(subs) != 3 {
		t.Fatalf("got %d subscriptions after removal; want 3", len(subs))
	}
}

func testSubscriptionsOrder(t *testing.T, open Opener) {
	s := open(t, nil)
	// Added out of order; listed by guild, channel, topic, comparing bytes.
	for _, k := range [][3]string{{"g2", "a", "x"}, {"g1", "b", "y"}, {"g1", "a", "z"}, {"g1", "a", "Z"}, {"g1", "a", "é"}, {"g10", "a", "x"}} {
		must(t, s.AddSubscription(ctx, tracker.Subscription{GuildID: k[0], ChannelID: k[1], Topic: k[2]}, 0))
	}
	subs, err := s.Subscriptions(ctx)
	must(t, err)
	var got []string
	for _, sub := range subs {
		got = append(got, sub.GuildID+"/"+sub.ChannelID+"/"+sub.Topic)
	}
	want := "g1/a/Z g1/a/z g1/a/é g1/b/y g10/a/x g2/a/x"
	if strings.Join(got, " ") != want {
		t.Fatalf("order = %v; want %s", got, want)
	}
}

func testPauseChannel(t *testing.T, open Opener) {
	s := open(t, nil)
	for _, k := range [][3]string{{"g", "c", "a"}, {"g", "c", "b"}, {"g", "c2", "a"}, {"g2", "c", "a"}} {
		must(t, s.AddSubscription(ctx, tracker.Subscription{GuildID: k[0], ChannelID: k[1], Topic: k[2]}, 0))
	}
	paused, err := s.PauseChannel(ctx, "g", "c", "no access")
	must(t, err)
	if len(paused) != 2 || !paused[0].Paused || paused[0].Reason != "no access" || paused[0].Topic != "a" || paused[1].Topic != "b" {
		t.Fatalf("PauseChannel = %+v; want topics a and b, paused with the reason", paused)
	}
	// Pausing again returns nothing: they are paused already.
	paused, err = s.PauseChannel(ctx, "g", "c", "again")
	must(t, err)
	if len(paused) != 0 {
		t.Fatalf("second PauseChannel = %+v; want none", paused)
	}
	subs, _ := s.Subscriptions(ctx)
	for _, sub := range subs {
		want := sub.GuildID == "g" && sub.ChannelID == "c"
		if sub.Paused != want {
			t.Fatalf("%+v: paused %v; want %v (only g/c is paused)", sub, sub.Paused, want)
		}
		if want && sub.Reason != "no access" {
			t.Fatalf("%+v: the first reason should stay", sub)
		}
	}
	// Tracking a paused topic again resumes it and clears the reason, even
	// at the guild's limit.
	must(t, s.AddSubscription(ctx, tracker.Subscription{GuildID: "g", ChannelID: "c", Topic: "a"}, 1))
	subs, _ = s.Subscriptions(ctx)
	if subs[0].Topic != "a" || subs[0].Paused || subs[0].Reason != "" {
		t.Fatalf("resumed subscription = %+v; want active with no reason", subs[0])
	}
}

func testFeeds(t *testing.T, open Opener) {
	s := open(t, nil)
	feeds, err := s.Feeds(ctx)
	must(t, err)
	if len(feeds) != 0 {
		t.Fatalf("a new store has feeds: %v", feeds)
	}
	next := time.Date(2026, 3, 4, 5, 6, 7, 8, time.UTC)
	a := tracker.Feed{URL: "http://a/rss", Title: "A", Catalog: true, Interval: tracker.Duration(7 * time.Minute), NextPoll: next}
	b := tracker.Feed{URL: "http://b/rss", Guilds: []string{"g1", "g2"}, Topics: []string{"t"}}
	must(t, s.PutFeed(ctx, a))
	must(t, s.PutFeed(ctx, b))
	a.ETag, a.Failures, a.LastError, a.Paused = `"v2"`, 3, "timeout", true
	must(t, s.PutFeed(ctx, a)) // replaces
	feeds, err = s.Feeds(ctx)
	must(t, err)
	slices.SortFunc(feeds, func(x, y tracker.Feed) int { return strings.Compare(x.URL, y.URL) })
	if len(feeds) != 2 {
		t.Fatalf("got %d feeds; want 2", len(feeds))
	}
	if got := feeds[0]; got.ETag != `"v2"` || got.Failures != 3 || !got.Paused || !got.NextPoll.Equal(next) || time.Duration(got.Interval) != 7*time.Minute || !got.Catalog {
		t.Fatalf("replaced feed = %+v; want %+v", got, a)
	}
	if got := feeds[1]; !slices.Equal(got.Guilds, b.Guilds) || !slices.Equal(got.Topics, b.Topics) {
		t.Fatalf("feed b = %+v", got)
	}
	must(t, s.DeleteFeed(ctx, a.URL))
	must(t, s.DeleteFeed(ctx, "http://never-added"))
	feeds, _ = s.Feeds(ctx)
	if len(feeds) != 1 || feeds[0].URL != b.URL {
		t.Fatalf("after delete: %v; want only b", feeds)
	}
	// Many at once: new ones created, an existing one replaced.
	var many []tracker.Feed
	for i := range 300 {
		many = append(many, tracker.Feed{URL: fmt.Sprintf("http://many/%03d", i), Catalog: true, NextPoll: next})
	}
	b.Title = "B, replaced"
	many = append(many, b)
	must(t, s.PutFeeds(ctx, many))
	must(t, s.PutFeeds(ctx, nil))
	feeds, _ = s.Feeds(ctx)
	slices.SortFunc(feeds, func(x, y tracker.Feed) int { return strings.Compare(x.URL, y.URL) })
	if len(feeds) != 301 || feeds[0].Title != "B, replaced" || !feeds[1].Catalog || !feeds[1].NextPoll.Equal(next) {
		t.Fatalf("after PutFeeds: %d feeds, first two %+v; want 301, b replaced", len(feeds), feeds[:min(2, len(feeds))])
	}
}

func testCommitPollSeenAndItems(t *testing.T, open Opener) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	s := open(t, func() time.Time { return now })
	f := tracker.Feed{URL: "http://feed", Catalog: true}
	must(t, s.PutFeed(ctx, f))
	_, err := s.CommitPoll(ctx, tracker.PollResult{
		Feed:     f,
		SeenKeys: []string{"a", "b", "a"},
		Items:    []tracker.Item{item(f.URL, "http://x/a", "", now), item(f.URL, "http://x/b", "", now)},
	})
	must(t, err)
	keys, urls, err := s.Seen(ctx, f.URL, []string{"a", "b", "c"}, []string{"http://x/a", "http://x/z"})
	must(t, err)
	if !keys["a"] || !keys["b"] || keys["c"] || len(keys) != 2 || !urls["http://x/a"] || len(urls) != 1 {
		t.Fatalf("Seen = %v %v; want keys a, b and url x/a", keys, urls)
	}
	// Keys belong to their feed; URLs are global.
	keys, urls, err = s.Seen(ctx, "http://other", []string{"a"}, []string{"http://x/b"})
	must(t, err)
	if keys["a"] || !urls["http://x/b"] {
		t.Fatalf("Seen from another feed = %v %v; want no keys and url x/b", keys, urls)
	}
	// Empty inputs give empty, usable maps.
	keys, urls, err = s.Seen(ctx, f.URL, nil, nil)
	must(t, err)
	if keys == nil || urls == nil || len(keys)+len(urls) != 0 {
		t.Fatalf("Seen(nil, nil) = %v, %v; want two empty maps", keys, urls)
	}
	it, ok, err := s.Item(ctx, "http://x/a")
	must(t, err)
	if !ok || it.Title != "Title http://x/a" || it.FeedURL != f.URL {
		t.Fatalf("Item = %+v, %v", it, ok)
	}
	if _, ok, err := s.Item(ctx, "http://x/nothing"); err != nil || ok {
		t.Fatalf("Item of an unknown URL = %v, %v; want not found", ok, err)
	}
	// A later copy of an item replaces it (its article text was read).
	upd := item(f.URL, "http://x/a", "", now)
	upd.Text = "the article"
	_, err = s.CommitPoll(ctx, tracker.PollResult{Feed: f, Items: []tracker.Item{upd}})
	must(t, err)
	if it, _, _ := s.Item(ctx, "http://x/a"); it.Text != "the article" {
		t.Fatalf("Item after update = %+v", it)
	}
}

func testOneAlertPerStory(t *testing.T, open Opener) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	s := open(t, func() time.Time { return now })
	f := tracker.Feed{URL: "http://feed"}
	must(t, s.PutFeed(ctx, f))
	a, b := item(f.URL, "http://x/a", "http://x/a", now), item(f.URL, "http://x/b", "http://x/b", now)
	queued, err := s.CommitPoll(ctx, tracker.PollResult{
		Feed:  f,
		Items: []tracker.Item{a, b},
		Alerts: []tracker.Alert{
			alert("g", "c1", "t", a), alert("g", "c1", "t", b), alert("g", "c2", "t", a),
			alert("g", "c1", "u", a),  // a second topic of c1 matched a: dropped
			alert("g2", "c1", "t", a), // another guild's channel of the same ID
		},
	})
	must(t, err)
	if len(queued) != 4 {
		t.Fatalf("queued %d alerts; want 4 (the repeated story for g/c1 dropped)", len(queued))
	}
	for i, q := range queued {
		if q.ID == 0 || (i > 0 && q.ID <= queued[i-1].ID) {
			t.Fatalf("queued IDs not assigned in order: %v", queued)
		}
	}
	if queued[0].ChannelID != "c1" || queued[0].Item.URL != a.URL || queued[1].Item.URL != b.URL || queued[2].ChannelID != "c2" || queued[3].GuildID != "g2" {
		t.Fatalf("queued = %+v; want them in the order given", queued)
	}
	// The same story for the same channel in a later poll is dropped too,
	// also when a different item carries it.
	c := item(f.URL, "http://y/c", "http://x/b", now)
	queued, err = s.CommitPoll(ctx, tracker.PollResult{Feed: f, Alerts: []tracker.Alert{alert("g", "c1", "t", b), alert("g", "c1", "t", c)}})
	must(t, err)
	if len(queued) != 0 {
		t.Fatalf("later duplicate queued %v; want nothing", queued)
	}
	// An item with no story ID is its own story.
	d := item(f.URL, "http://x/d", "", now)
	queued, err = s.CommitPoll(ctx, tracker.PollResult{Feed: f, Alerts: []tracker.Alert{alert("g", "c1", "t", d), alert("g", "c1", "t", d)}})
	must(t, err)
	if len(queued) != 1 {
		t.Fatalf("queued %d for a storyless item repeated; want 1", len(queued))
	}
	// Notices are never folded or dropped.
	n := tracker.Alert{Kind: tracker.KindNotice, GuildID: "g", ChannelID: "c1", Notice: "feed paused", Created: now}
	queued, err = s.CommitPoll(ctx, tracker.PollResult{Feed: f, Alerts: []tracker.Alert{n, n}})
	must(t, err)
	if len(queued) != 2 {
		t.Fatalf("queued %d of two notices; want 2", len(queued))
	}
	if got := len(pending(t, s)); got != 7 {
		t.Fatalf("%d rows pending; want 7", got)
	}
}

func testFold(t *testing.T, open Opener) {
	s := open(t, nil)
	copyFrom := func(outlet, u string) tracker.PollResult {
		return tracker.PollResult{Alerts: []tracker.Alert{{Kind: tracker.KindAlert, GuildID: "g", ChannelID: "c",
			Item: tracker.Item{URL: u, Outlet: outlet, StoryID: "story-1"}}}}
	}
	if q, err := s.CommitPoll(ctx, copyFrom("AP", "http://ap/1")); err != nil || len(q) != 1 {
		t.Fatalf("first copy: %v, %v", q, err)
	}
	for _, o := range []string{"BBC", "BBC", "AP", "Reuters", ""} {
		if q, err := s.CommitPoll(ctx, copyFrom(o, "http://"+o+"/1")); err != nil || len(q) != 0 {
			t.Fatalf("copy from %q queued %v, %v; want nothing new", o, q, err)
		}
	}
	rows := pending(t, s)
	if len(rows) != 1 || strings.Join(rows[0].Also, ",") != "BBC,Reuters" {
		t.Fatalf("pending = %+v; want one alert also reported by BBC, Reuters (the outlet itself, repeats and blanks left out)", rows)
	}
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: rows[:1]}))
	if q, _ := s.CommitPoll(ctx, copyFrom("CNN", "http://cnn/1")); len(q) != 0 {
		t.Fatal("a copy after delivery queued a second alert")
	}
	if rows := pending(t, s); len(rows) != 0 {
		t.Fatalf("a copy after delivery left %v pending", rows)
	}
}

func testCommitPollKeepsOwnership(t *testing.T, open Opener) {
	s := open(t, nil)
	f := tracker.Feed{URL: "http://feed", Catalog: true, Guilds: []string{"g"}, Topics: []string{"t"}}
	must(t, s.PutFeed(ctx, f))
	polled := tracker.Feed{URL: f.URL, ETag: `"v1"`, LastModified: "Mon", BodyHash: 42, Baselined: true, Failures: 0,
		Title: "Polled", Interval: tracker.Duration(time.Minute), LastPoll: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	_, err := s.CommitPoll(ctx, tracker.PollResult{Feed: polled})
	must(t, err)
	feeds, _ := s.Feeds(ctx)
	if len(feeds) != 1 {
		t.Fatalf("feeds = %v", feeds)
	}
	got := feeds[0]
	if got.ETag != `"v1"` || got.BodyHash != 42 || !got.Baselined || got.Title != "Polled" || !got.LastPoll.Equal(polled.LastPoll) {
		t.Fatalf("feed after poll = %+v; want the poll's state", got)
	}
	if !got.Catalog || !slices.Equal(got.Guilds, f.Guilds) || !slices.Equal(got.Topics, f.Topics) {
		t.Fatalf("feed after poll = %+v; want the stored ownership (catalog, guilds, topics) kept", got)
	}
}

func testNoResurrect(t *testing.T, open Opener) {
	s := open(t, nil)
	if _, err := s.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "http://gone"}, SeenKeys: []string{"k"}}); err != nil {
		t.Fatal(err)
	}
	if feeds, _ := s.Feeds(ctx); len(feeds) != 0 {
		t.Fatalf("feeds = %v; want none", feeds)
	}
	// The rest of the poll is still recorded.
	if keys, _, _ := s.Seen(ctx, "http://gone", []string{"k"}, nil); !keys["k"] {
		t.Fatal("the seen keys of a poll of a removed feed were lost")
	}
}

func testSavePollStates(t *testing.T, open Opener) {
	s := open(t, nil)
	a := tracker.Feed{URL: "http://a", Catalog: true}
	b := tracker.Feed{URL: "http://b", Guilds: []string{"g"}}
	must(t, s.PutFeed(ctx, a))
	must(t, s.PutFeed(ctx, b))
	last := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	states := []tracker.Feed{
		{URL: "http://a", ETag: `"a2"`, LastPoll: last, NextPoll: last.Add(time.Minute), Interval: tracker.Duration(time.Minute)},
		{URL: "http://b", Failures: 2, LastError: "http status 500", LastPoll: last},
		{URL: "http://gone", ETag: `"x"`},
	}
	must(t, s.SavePollStates(ctx, states))
	must(t, s.SavePollStates(ctx, nil))
	feeds, err := s.Feeds(ctx)
	must(t, err)
	slices.SortFunc(feeds, func(x, y tracker.Feed) int { return strings.Compare(x.URL, y.URL) })
	if len(feeds) != 2 {
		t.Fatalf("feeds = %+v; want a and b only (a removed feed stays removed)", feeds)
	}
	ga, gb := feeds[0], feeds[1]
	if ga.ETag != `"a2"` || !ga.NextPoll.Equal(last.Add(time.Minute)) || !ga.Catalog {
		t.Fatalf("a = %+v; want the new state and still in the catalog", ga)
	}
	if gb.Failures != 2 || gb.LastError == "" || !slices.Equal(gb.Guilds, []string{"g"}) {
		t.Fatalf("b = %+v; want the new state and still owned by guild g", gb)
	}
}

// testConcurrentCommits commits the same story for the same channel from many
// goroutines at once, as several processes sharing a database may: it is
// queued once.
func testConcurrentCommits(t *testing.T, open Opener) {
	s := open(t, nil)
	now := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			it := item("http://f", fmt.Sprintf("http://o%d/story", i), "story", now)
			it.Outlet = fmt.Sprintf("O%d", i)
			q, err := s.CommitPoll(ctx, tracker.PollResult{Items: []tracker.Item{it}, Alerts: []tracker.Alert{alert("g", "c", "t", it)}})
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			total += len(q)
			mu.Unlock()
		}()
	}
	wg.Wait()
	rows := pending(t, s)
	if total != 1 || len(rows) != 1 {
		t.Fatalf("%d queued, %d pending; want 1 alert for the story", total, len(rows))
	}
	if len(rows[0].Also) != 7 {
		t.Fatalf("also = %v; want the 7 other outlets", rows[0].Also)
	}
}

func testRoundTrip(t *testing.T, open Opener) {
	now := time.Date(2026, 11, 29, 12, 30, 15, 123456789, time.UTC)
	s := open(t, func() time.Time { return now })
	q := quote.Quote{Text: "We will stay", Speaker: "Zabihullah Mujahid", Cue: "said"}
	it := tracker.Item{
		URL: "http://x/a?b=1", Key: "guid-1", FeedURL: "http://f", Outlet: "Reuters", Title: "Bagram \"talks\" <resume>",
		Description: "desc", Author: "A. Writer", Published: now.Add(-time.Hour).In(time.FixedZone("X", 3600)), Seen: now,
		StoryID: "s1", Sig: []byte{0, 1, 2, 255}, Text: "Para one.\nPara two — ünïcode.", Quotes: []quote.Quote{q},
		Baseline: true,
	}
	a := tracker.Alert{Kind: tracker.KindAlert, GuildID: "g", ChannelID: "c", Topic: "bagram", Item: it,
		Hits: []query.Hit{{Term: "bagram", Field: "title"}}, Quote: &q, Created: now}
	queued, err := s.CommitPoll(ctx, tracker.PollResult{Items: []tracker.Item{it}, Alerts: []tracker.Alert{a}})
	must(t, err)
	got, ok, err := s.Item(ctx, it.URL)
	must(t, err)
	if !ok || got.Title != it.Title || got.Text != it.Text || !got.Published.Equal(it.Published) || !got.Seen.Equal(it.Seen) ||
		!slices.Equal(got.Sig, it.Sig) || len(got.Quotes) != 1 || got.Quotes[0] != q ||
		!got.Baseline || got.Author != it.Author || got.Key != it.Key || got.StoryID != it.StoryID {
		t.Fatalf("item round trip:\n got %+v\nwant %+v", got, it)
	}
	rows := pending(t, s)
	if len(rows) != 1 {
		t.Fatalf("pending = %v", rows)
	}
	r := rows[0]
	if r.ID != queued[0].ID || r.Kind != a.Kind || r.Topic != "bagram" || len(r.Hits) != 1 || r.Hits[0] != a.Hits[0] ||
		r.Quote == nil || *r.Quote != q || !r.Created.Equal(now) || r.Item.Title != it.Title || r.Attempts != 0 {
		t.Fatalf("alert round trip:\n got %+v\nwant %+v", r, a)
	}
}

func testRecentItems(t *testing.T, open Opener) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	s := open(t, func() time.Time { return now })
	var items []tracker.Item
	for d := 0; d < 5; d++ {
		u := string(rune('a' + d))
		items = append(items, tracker.Item{URL: u, Key: u, Seen: now.AddDate(0, 0, -d)})
	}
	// Two items on the newest day.
	items = append(items, tracker.Item{URL: "a2", Key: "a2", Seen: now.Add(-time.Hour)})
	_, err := s.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "f"}, Items: items})
	must(t, err)
	var got []string
	must(t, s.RecentItems(ctx, now.AddDate(0, 0, -2).Add(-time.Hour), func(it tracker.Item) bool {
		got = append(got, it.URL)
		return true
	}))
	if len(got) != 4 || !slices.Contains(got[:2], "a") || !slices.Contains(got[:2], "a2") || got[2] != "b" || got[3] != "c" {
		t.Fatalf("got %q; want a and a2, then b, then c (three days, newest day first)", got)
	}
	// Items seen before since are left out even on since's own day.
	got = nil
	must(t, s.RecentItems(ctx, now.Add(-30*time.Minute), func(it tracker.Item) bool { got = append(got, it.URL); return true }))
	if strings.Join(got, ",") != "a" {
		t.Fatalf("since half an hour ago: %q; want only a", got)
	}
	got = nil
	must(t, s.RecentItems(ctx, time.Time{}, func(it tracker.Item) bool { got = append(got, it.URL); return len(got) < 2 }))
	if len(got) != 2 {
		t.Fatalf("fn returning false did not stop: %v", got)
	}
}

func testOutbox(t *testing.T, open Opener) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	s := open(t, func() time.Time { return now })
	if rows := pending(t, s); len(rows) != 0 {
		t.Fatalf("a new store has %d pending rows", len(rows))
	}
	var all []tracker.Alert
	for i := range 3 {
		it := item("f", fmt.Sprintf("http://x/%d", i), "", now)
		q, err := s.CommitPoll(ctx, tracker.PollResult{Alerts: []tracker.Alert{alert("g", "c", "t", it)}})
		must(t, err)
		all = append(all, q...)
	}
	notice := tracker.Alert{Kind: tracker.KindNotice, GuildID: "g", ChannelID: "c2", Notice: "hello", Created: now}
	must(t, s.Queue(ctx, notice, notice))
	must(t, s.Queue(ctx))
	rows := pending(t, s)
	if len(rows) != 5 || rows[3].Kind != tracker.KindNotice || rows[4].Notice != "hello" {
		t.Fatalf("pending = %+v; want the 3 alerts then the 2 notices", rows)
	}
	for i := 1; i < len(rows); i++ {
		if rows[i].ID <= rows[i-1].ID {
			t.Fatalf("pending not oldest first: %d then %d", rows[i-1].ID, rows[i].ID)
		}
	}
	// Paging: after and limit.
	page, err := s.Pending(ctx, rows[1].ID, 2)
	must(t, err)
	if len(page) != 2 || page[0].ID != rows[2].ID || page[1].ID != rows[3].ID {
		t.Fatalf("Pending(after %d, 2) = %v", rows[1].ID, page)
	}
	if page, _ := s.Pending(ctx, rows[4].ID, 10); len(page) != 0 {
		t.Fatalf("Pending after the last = %v", page)
	}
	must(t, s.Deferred(ctx, rows[0].ID))
	must(t, s.Deferred(ctx, rows[0].ID))
	must(t, s.Deferred(ctx, 1<<40)) // an absent row: nothing to do
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: rows[1:3]}))
	must(t, s.Drop(ctx, rows[3].ID))
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: rows[1:2]})) // again: nothing to do
	must(t, s.Delivered(ctx, tracker.Delivery{}))
	rows = pending(t, s)
	if len(rows) != 2 || rows[0].ID != all[0].ID || rows[0].Attempts != 2 || rows[1].Kind != tracker.KindNotice {
		t.Fatalf("after delivery: %+v; want the deferred row with 2 attempts and one notice", rows)
	}
	// New rows come after every earlier one, delivered or not.
	must(t, s.Queue(ctx, notice))
	rows = pending(t, s)
	if last := rows[len(rows)-1]; last.ID <= all[2].ID || last.ID <= rows[len(rows)-2].ID {
		t.Fatalf("a new row got ID %d, not after the earlier ones", last.ID)
	}
}

func testPruneItems(t *testing.T, open Opener) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	clock := now.AddDate(0, 0, -40)
	s := open(t, func() time.Time { return clock })
	old := tracker.Item{URL: "old", Key: "old", Seen: clock}
	_, err := s.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "f"}, SeenKeys: []string{"old"}, Items: []tracker.Item{old}})
	must(t, err)
	clock = now
	fresh := tracker.Item{URL: "new", Key: "new", Seen: now.AddDate(0, 0, -28)}
	_, err = s.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "f"}, SeenKeys: []string{"new"}, Items: []tracker.Item{fresh}})
	must(t, err)
	must(t, s.Prune(ctx, now))
	var got []string
	must(t, s.RecentItems(ctx, time.Time{}, func(it tracker.Item) bool { got = append(got, it.URL); return true }))
	if strings.Join(got, ",") != "new" {
		t.Fatalf("items after prune = %v; want only the one seen 28 days ago (items are kept 30 days)", got)
	}
	if _, ok, _ := s.Item(ctx, "old"); ok {
		t.Fatal("Item still finds a pruned item")
	}
	// Seen keys last longer than items: a pruned item is still known.
	keys, urls, err := s.Seen(ctx, "f", []string{"old"}, []string{"old"})
	must(t, err)
	if !keys["old"] || !urls["old"] {
		t.Fatalf("Seen after item retention = %v %v; want the key and URL still seen (kept 90 days)", keys, urls)
	}
}

func testPruneSeen(t *testing.T, open Opener) {
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	clock := now.AddDate(0, -5, 0)
	s := open(t, func() time.Time { return clock })
	it := item("f", "old", "", clock)
	_, err := s.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "f"}, SeenKeys: []string{"old"}, Items: []tracker.Item{it},
		Alerts: []tracker.Alert{alert("g", "c", "t", it)}})
	must(t, err)
	rows := pending(t, s)
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: rows[:1]}))
	clock = now
	_, err = s.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "f"}, SeenKeys: []string{"new"}})
	must(t, err)
	must(t, s.Prune(ctx, now))
	keys, urls, err := s.Seen(ctx, "f", []string{"old", "new"}, []string{"old"})
	must(t, err)
	if keys["old"] || urls["old"] || !keys["new"] {
		t.Fatalf("seen after prune = %v %v; want only new (seen keys are kept 90 days)", keys, urls)
	}
	// Pruning twice, or with nothing to prune, is fine.
	must(t, s.Prune(ctx, now))
}

func testRefreshedKeys(t *testing.T, open Opener) {
	clock := time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC)
	s := open(t, func() time.Time { return clock })
	poll := tracker.PollResult{Feed: tracker.Feed{URL: "f"}, SeenKeys: []string{"evergreen"}}
	_, err := s.CommitPoll(ctx, poll)
	must(t, err)
	// Months later the feed still lists the item; each parse records it again.
	for _, m := range []time.Month{3, 5, 7} {
		clock = time.Date(2026, m, 10, 0, 0, 0, 0, time.UTC)
		_, err := s.CommitPoll(ctx, poll)
		must(t, err)
		must(t, s.Prune(ctx, clock))
	}
	keys, _, _ := s.Seen(ctx, "f", []string{"evergreen"}, nil)
	if !keys["evergreen"] {
		t.Fatal("a key the feed kept listing was forgotten by retention")
	}
}

// BenchOpener is Opener for benchmarks.
type BenchOpener func(b *testing.B) tracker.Store

// BenchmarkCommitPoll measures CommitPoll of a poll that found 20 new items,
// 2 of them matching a topic tracked in 2 channels, with Seen before it, as
// the tracker does for a feed that published.
func BenchmarkCommitPoll(b *testing.B, open BenchOpener) {
	s := open(b)
	f := tracker.Feed{URL: "http://bench/rss"}
	must(b, s.PutFeed(ctx, f))
	now := time.Now()
	n := 0
	for b.Loop() {
		var p tracker.PollResult
		p.Feed = f
		var keys, urls []string
		for range 20 {
			n++
			u := fmt.Sprintf("http://bench/news/%d", n)
			it := item(f.URL, u, u, now)
			it.Text = strings.Repeat("Words of the article. ", 150)
			p.Items = append(p.Items, it)
			p.SeenKeys = append(p.SeenKeys, it.Key)
			keys, urls = append(keys, it.Key), append(urls, u)
			if n%10 == 0 {
				p.Alerts = append(p.Alerts, alert("g", "c1", "t", it), alert("g", "c2", "t", it))
			}
		}
		if _, _, err := s.Seen(ctx, f.URL, keys, urls); err != nil {
			b.Fatal(err)
		}
		if _, err := s.CommitPoll(ctx, p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/20, "µs/item")
}
