package store

import (
	"context"
	"strings"
	"testing"
	"time"

	"newshound/tracker"
)

func TestKeysOfAnyLengthAreStored(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, nil)
	long := "https://example.com/" + strings.Repeat("x", 60<<10)
	longer := long + "y" // differs only past the hashing point
	feedURL := "https://feeds.example.com/" + strings.Repeat("f", 40<<10)
	if err := db.PutFeed(ctx, tracker.Feed{URL: feedURL, Catalog: true}); err != nil {
		t.Fatalf("PutFeed with a 40 KB URL: %v", err)
	}
	now := time.Now()
	queued, err := db.CommitPoll(ctx, tracker.PollResult{
		Feed:     tracker.Feed{URL: feedURL, Baselined: true},
		SeenKeys: []string{strings.Repeat("g", 40<<10), "short"},
		Items: []tracker.Item{
			{URL: long, Key: "a", FeedURL: feedURL, Title: "one", Seen: now},
			{URL: longer, Key: "b", FeedURL: feedURL, Title: "two", Seen: now},
		},
		Alerts: []tracker.Alert{{Kind: tracker.KindAlert, GuildID: "g", ChannelID: "c", Item: tracker.Item{URL: long, StoryID: long}}},
	})
	if err != nil || len(queued) != 1 {
		t.Fatalf("CommitPoll = %d queued, %v; want the alert queued", len(queued), err)
	}
	for url, title := range map[string]string{long: "one", longer: "two"} {
		it, ok, err := db.Item(ctx, url)
		if err != nil || !ok || it.Title != title {
			t.Errorf("Item(%d-byte URL) = %q, %v, %v; want %q", len(url), it.Title, ok, err, title)
		}
	}
	keys, urls, err := db.Seen(ctx, feedURL, []string{strings.Repeat("g", 40<<10), "short", "other"}, []string{long, longer, long + "z"})
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) != 2 || len(urls) != 2 || urls[long+"z"] || keys["other"] {
		t.Errorf("Seen = %v keys, %v URLs; want the two long keys and the two long URLs", len(keys), len(urls))
	}
	feeds, err := db.Feeds(ctx)
	if err != nil || len(feeds) != 1 || !feeds[0].Baselined || !feeds[0].Catalog {
		t.Fatalf("Feeds = %+v, %v; want the feed with its poll recorded and ownership kept", len(feeds), err)
	}
	if err := db.DeleteFeed(ctx, feedURL); err != nil {
		t.Fatal(err)
	}
	if feeds, _ := db.Feeds(ctx); len(feeds) != 0 {
		t.Errorf("%d feeds after DeleteFeed; want 0", len(feeds))
	}
}

func TestAnItemThatCannotBeStoredIsSkippedAndTheRestCommits(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t, nil)
	now := time.Now()
	// A URL of exactly one byte too many for bbolt's key limit cannot
	// reach bbolt (it is hashed); an empty one can, and bbolt refuses it.
	queued, err := db.CommitPoll(ctx, tracker.PollResult{
		Feed: tracker.Feed{URL: "https://f.example/"},
		Items: []tracker.Item{
			{URL: "", Key: "bad", Title: "no url", Seen: now},
			{URL: "https://a.example/1", Key: "good", Title: "good", Seen: now},
		},
		Alerts: []tracker.Alert{
			{Kind: tracker.KindAlert, GuildID: "g", ChannelID: "c", Item: tracker.Item{URL: ""}},
			{Kind: tracker.KindAlert, GuildID: "g", ChannelID: "c", Item: tracker.Item{URL: "https://a.example/1"}},
		},
	})
	if err != nil {
		t.Fatalf("CommitPoll: %v; want the bad item skipped", err)
	}
	if len(queued) != 1 || queued[0].Item.URL != "https://a.example/1" {
		t.Fatalf("queued %+v; want only the good item's alert", queued)
	}
	if _, ok, _ := db.Item(ctx, "https://a.example/1"); !ok {
		t.Error("the good item was not stored")
	}
}
