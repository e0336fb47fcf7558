package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
)

func openTemp(t *testing.T, now func() time.Time) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	db, err := Open(path, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

func TestSubscriptionsAreUniquePerChannelAndLimitedPerGuild(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, nil)
	sub := tracker.Subscription{GuildID: "g", ChannelID: "c", Topic: "bagram"}
	if err := db.AddSubscription(ctx, sub, 2); err != nil {
		t.Fatal(err)
	}
	err := db.AddSubscription(ctx, sub, 2)
	if msg, ok := tracker.UserMessage(err); !ok || !strings.Contains(msg, "already tracks") {
		t.Fatalf("second add: got %v; want an 'already tracks' user error", err)
	}
	if err := db.AddSubscription(ctx, tracker.Subscription{GuildID: "g", ChannelID: "c2", Topic: "kabul"}, 2); err != nil {
		t.Fatal(err)
	}
	err = db.AddSubscription(ctx, tracker.Subscription{GuildID: "g", ChannelID: "c3", Topic: "x"}, 2)
	if msg, ok := tracker.UserMessage(err); !ok || !strings.Contains(msg, "limit") {
		t.Fatalf("third topic: got %v; want a limit error", err)
	}
	// Another guild is not limited by this one's count.
	if err := db.AddSubscription(ctx, tracker.Subscription{GuildID: "g2", ChannelID: "c", Topic: "x"}, 2); err != nil {
		t.Fatal(err)
	}
	paused, err := db.PauseChannel(ctx, "g", "c", "no access")
	if err != nil || len(paused) != 1 || !paused[0].Paused {
		t.Fatalf("PauseChannel = %v, %v; want the one subscription, paused", paused, err)
	}
	// Tracking a paused topic again resumes it.
	if err := db.AddSubscription(ctx, sub, 0); err != nil {
		t.Fatalf("re-track of a paused topic: %v", err)
	}
	if err := db.RemoveSubscription(ctx, "g", "c", "bagram"); err != nil {
		t.Fatal(err)
	}
	if _, ok := tracker.UserMessage(db.RemoveSubscription(ctx, "g", "c", "bagram")); !ok {
		t.Fatal("removing an absent topic should be a user error")
	}
	subs, _ := db.Subscriptions(ctx)
	if len(subs) != 2 {
		t.Fatalf("got %d subscriptions; want 2", len(subs))
	}
}

func TestCommitPollRecordsSeenItemsAndOutboxInOrder(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	db, path := openTemp(t, func() time.Time { return now })
	f := tracker.Feed{URL: "http://feed", Catalog: true}
	if err := db.PutFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	item := func(u string) tracker.Item {
		return tracker.Item{URL: u, Key: u, FeedURL: f.URL, Title: "T " + u, Seen: now, StoryID: u}
	}
	alert := func(ch, u string) tracker.Alert {
		return tracker.Alert{Kind: tracker.KindAlert, GuildID: "g", ChannelID: ch, Topic: "t", Item: item(u)}
	}
	f.ETag = `"v1"`
	f.Catalog = false // a poll must not change ownership
	queued, err := db.CommitPoll(ctx, tracker.PollResult{
		Feed:     f,
		SeenKeys: []string{"a", "b"},
		Items:    []tracker.Item{item("a"), item("b")},
		Alerts:   []tracker.Alert{alert("c1", "a"), alert("c1", "b"), alert("c2", "a"), alert("c1", "a")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(queued) != 3 {
		t.Fatalf("queued %d alerts; want 3 (the repeated story for c1 dropped)", len(queued))
	}
	// The same story for the same channel in a later poll is dropped too.
	queued, err = db.CommitPoll(ctx, tracker.PollResult{Feed: f, Alerts: []tracker.Alert{alert("c1", "b")}})
	if err != nil || len(queued) != 0 {
		t.Fatalf("later duplicate: queued %d, %v; want 0", len(queued), err)
	}
	keys, urls, err := db.Seen(ctx, f.URL, []string{"a", "b", "c"}, []string{"a", "z"})
	if err != nil {
		t.Fatal(err)
	}
	if !keys["a"] || !keys["b"] || keys["c"] || !urls["a"] || urls["z"] {
		t.Fatalf("Seen = %v %v; want keys a, b and url a", keys, urls)
	}
	db.Close()

	// Everything survives a restart, in order.
	db2, err := Open(path, Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	pending, err := db2.Pending(ctx, 0, 10)
	if err != nil || len(pending) != 3 {
		t.Fatalf("pending after restart: %d, %v; want 3", len(pending), err)
	}
	for i := 1; i < len(pending); i++ {
		if pending[i].ID <= pending[i-1].ID {
			t.Fatalf("pending not oldest first: %d then %d", pending[i-1].ID, pending[i].ID)
		}
	}
	if err := db2.Deferred(ctx, pending[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := db2.Delivered(ctx, tracker.Delivery{Rows: pending[1:3]}); err != nil {
		t.Fatal(err)
	}
	pending, _ = db2.Pending(ctx, 0, 10)
	if len(pending) != 1 || pending[0].Attempts != 1 {
		t.Fatalf("after delivery: %+v; want one row with one attempt", pending)
	}
	feeds, _ := db2.Feeds(ctx)
	if len(feeds) != 1 || feeds[0].ETag != `"v1"` || !feeds[0].Catalog {
		t.Fatalf("feed after poll = %+v; want the new ETag and the stored ownership", feeds)
	}
	it, ok, err := db2.Item(ctx, "a")
	if err != nil || !ok || it.Title != "T a" {
		t.Fatalf("Item(a) = %+v, %v, %v", it, ok, err)
	}
}

func TestCommitPollDoesNotResurrectARemovedFeed(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, nil)
	if _, err := db.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "http://gone"}}); err != nil {
		t.Fatal(err)
	}
	if feeds, _ := db.Feeds(ctx); len(feeds) != 0 {
		t.Fatalf("feeds = %v; want none", feeds)
	}
}

func TestPruneDropsOldBucketsWhole(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	clock := now.AddDate(0, -4, 0)
	db, _ := openTemp(t, func() time.Time { return clock })
	old := tracker.Item{URL: "old", Key: "old", Seen: clock}
	if _, err := db.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "f"}, SeenKeys: []string{"old"}, Items: []tracker.Item{old}}); err != nil {
		t.Fatal(err)
	}
	clock = now
	fresh := tracker.Item{URL: "new", Key: "new", Seen: now}
	if _, err := db.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "f"}, SeenKeys: []string{"new"}, Items: []tracker.Item{fresh}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Prune(ctx, now); err != nil {
		t.Fatal(err)
	}
	keys, _, _ := db.Seen(ctx, "f", []string{"old", "new"}, nil)
	if keys["old"] || !keys["new"] {
		t.Fatalf("seen after prune = %v; want only new", keys)
	}
	var n int
	db.RecentItems(ctx, time.Time{}, func(tracker.Item) bool { n++; return true })
	if n != 1 {
		t.Fatalf("%d items after prune; want 1", n)
	}
	db.db.View(func(tx *bolt.Tx) error {
		n = 0
		tx.Bucket(bucketItems).ForEachBucket(func([]byte) error { n++; return nil })
		return nil
	})
	if n != 1 {
		t.Fatalf("%d item buckets after prune; want 1", n)
	}
}

func TestRecentItemsNewestDayFirstAndStops(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	db, _ := openTemp(t, func() time.Time { return now })
	var items []tracker.Item
	for d := 0; d < 5; d++ {
		u := string(rune('a' + d))
		items = append(items, tracker.Item{URL: u, Key: u, Seen: now.AddDate(0, 0, -d)})
	}
	if _, err := db.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "f"}, Items: items}); err != nil {
		t.Fatal(err)
	}
	var got []string
	db.RecentItems(ctx, now.AddDate(0, 0, -2).Add(-time.Hour), func(it tracker.Item) bool {
		got = append(got, it.URL)
		return true
	})
	if strings.Join(got, "") != "abc" {
		t.Fatalf("got %q; want abc (three days, newest first)", got)
	}
	got = nil
	db.RecentItems(ctx, time.Time{}, func(it tracker.Item) bool { got = append(got, it.URL); return len(got) < 2 })
	if len(got) != 2 {
		t.Fatalf("fn returning false did not stop: %v", got)
	}
}

func TestOpenRefusesANewerSchemaAndALockedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, u64(SchemaVersion+1)) })
	db.Close()
	if _, err := Open(path, Options{}); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Fatalf("got %v; want a newer-schema error", err)
	}

	path2 := filepath.Join(t.TempDir(), "y.db")
	db2, err := Open(path2, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if _, err := Open(path2, Options{}); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("got %v; want an in-use error", err)
	}
}

func TestBackupWhileOpenIsConsistent(t *testing.T) {
	ctx := context.Background()
	db, path := openTemp(t, nil)
	stop, err := db.ServeBackups(path)
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if err := db.AddSubscription(ctx, tracker.Subscription{GuildID: "g", ChannelID: "c", Topic: "bagram"}, 0); err != nil {
		t.Fatal(err)
	}
	// Keep writing while the backup runs.
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 50; i++ {
			db.PutFeed(ctx, tracker.Feed{URL: "http://f/" + string(rune('a'+i%26))})
		}
	}()
	dest := filepath.Join(t.TempDir(), "copy.db")
	if err := BackupTo(ctx, path, dest); err != nil {
		t.Fatal(err)
	}
	<-done
	cp, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	subs, err := cp.Subscriptions(ctx)
	if err != nil || len(subs) != 1 || subs[0].Topic != "bagram" {
		t.Fatalf("backup subscriptions = %v, %v", subs, err)
	}
	if err := BackupTo(ctx, filepath.Join(t.TempDir(), "missing.db"), dest); err == nil {
		t.Fatal("backup of a missing database succeeded")
	}
}

func TestBackupOfAClosedDatabase(t *testing.T) {
	db, path := openTemp(t, nil)
	db.AddSubscription(context.Background(), tracker.Subscription{GuildID: "g", ChannelID: "c", Topic: "x"}, 0)
	db.Close()
	dest := filepath.Join(t.TempDir(), "copy.db")
	if err := BackupTo(context.Background(), path, dest); err != nil {
		t.Fatal(err)
	}
}

func TestLaterCopiesFoldIntoAPendingAlert(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, nil)
	copyFrom := func(outlet, u string) tracker.PollResult {
		return tracker.PollResult{Alerts: []tracker.Alert{{Kind: tracker.KindAlert, GuildID: "g", ChannelID: "c",
			Item: tracker.Item{URL: u, Outlet: outlet, StoryID: "story-1"}}}}
	}
	if q, err := db.CommitPoll(ctx, copyFrom("AP", "http://ap/1")); err != nil || len(q) != 1 {
		t.Fatalf("first copy: %v, %v", q, err)
	}
	for _, o := range []string{"BBC", "BBC", "AP", "Reuters"} {
		if q, err := db.CommitPoll(ctx, copyFrom(o, "http://"+o+"/1")); err != nil || len(q) != 0 {
			t.Fatalf("copy from %s queued %v, %v; want nothing new", o, q, err)
		}
	}
	pending, _ := db.Pending(ctx, 0, 10)
	if len(pending) != 1 || strings.Join(pending[0].Also, ",") != "BBC,Reuters" {
		t.Fatalf("pending = %+v; want one alert also reported by BBC, Reuters", pending)
	}
	db.Delivered(ctx, tracker.Delivery{Rows: pending[:1]})
	if q, _ := db.CommitPoll(ctx, copyFrom("CNN", "http://cnn/1")); len(q) != 0 {
		t.Fatal("a copy after delivery queued a second alert")
	}
}

func TestKeysAFeedStillCarriesSurviveRetention(t *testing.T) {
	ctx := context.Background()
	clock := time.Date(2026, 1, 10, 0, 0, 0, 0, time.UTC)
	db, _ := openTemp(t, func() time.Time { return clock })
	poll := tracker.PollResult{Feed: tracker.Feed{URL: "f"}, SeenKeys: []string{"evergreen"}}
	db.CommitPoll(ctx, poll)
	// Months later the feed still lists the item; each parse records it again.
	for _, m := range []time.Month{3, 5, 7} {
		clock = time.Date(2026, m, 10, 0, 0, 0, 0, time.UTC)
		db.CommitPoll(ctx, poll)
		if err := db.Prune(ctx, clock); err != nil {
			t.Fatal(err)
		}
	}
	keys, _, _ := db.Seen(ctx, "f", []string{"evergreen"}, nil)
	if !keys["evergreen"] {
		t.Fatal("a key the feed kept listing was forgotten by retention")
	}
}
