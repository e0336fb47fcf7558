package tracker_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newshound/tracker"
)

// bigFeed is an RSS feed of n items, dated newest first.
func bigFeed(n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>`)
	base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	for i := n - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "<item><guid>i%d</guid><title>Council meeting number %d</title><link>https://huge.example/a/%d</link><pubDate>%s</pubDate></item>",
			i, i, i, base.Add(time.Duration(i)*time.Second).Format(time.RFC1123Z))
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// hugeItems is big enough to take seconds to parse under -race, and eight
// times what one poll takes.
const hugeItems = 8000

// hugeServer serves a small feed to the first request (the check of /feeds
// add) and a feed of hugeItems items after that; served counts requests.
// The huge feed comes in 20 parts 100 ms apart, so that a poll of it lasts
// two seconds however fast parsing is: without -race it would otherwise be
// parsed before the other feed is next due, and the test would measure
// nothing (and fail on "the other feed was not polled").
func hugeServer(t *testing.T, served *atomic.Int32) *httptest.Server {
	huge := bigFeed(hugeItems)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if served.Add(1) == 1 {
			fmt.Fprint(w, bigFeed(2))
			return
		}
		const parts = 20
		for i := range parts {
			fmt.Fprint(w, huge[i*len(huge)/parts:(i+1)*len(huge)/parts])
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestCommandsAnswerWhileAHugeMemberFeedIsPolled(t *testing.T) {
	var served atomic.Int32
	hugeSrv := hugeServer(t, &served)
	other := newFeedServer(t)
	e := &env{t: t, cfg: tracker.Config{PollFloor: 50 * time.Millisecond}}
	e.start(other.URL)
	ctx := context.Background()
	if _, err := e.tr.AddFeed(ctx, "g", hugeSrv.URL); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the huge feed served", func() bool { return served.Load() >= 2 })
	before, _ := other.counts()
	inFlight := e.tr.Stats().PollsInFlight > 0
	for i, topic := range []string{"bagram", "kabul", "herat"} {
		start := time.Now()
		if _, err := e.tr.Track(ctx, "g", "c", topic); err != nil {
			t.Fatal(err)
		}
		if _, err := e.tr.Topics(ctx, "g", "c"); err != nil {
			t.Fatal(err)
		}
		if i == 2 {
			if _, err := e.tr.Untrack(ctx, "g", "c", topic); err != nil {
				t.Fatal(err)
			}
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("/track %s took %v during the huge poll; want under 1s", topic, d)
		}
	}
	var hugeFeed tracker.Feed
	waitFor(t, "the huge feed baselined", func() bool {
		for _, f := range e.tr.Feeds("g").Custom {
			hugeFeed = f
			return f.Baselined
		}
		return false
	})
	after, _ := other.counts()
	t.Logf("poll in flight during the commands: %v; other feed polled %d times meanwhile", inFlight, after-before)
	if after <= before {
		t.Errorf("the other feed was not polled while the huge one was (%d requests before, %d after)", before, after)
	}
	stored := 0
	e.db.RecentItems(ctx, time.Time{}, func(it tracker.Item) bool {
		if it.FeedURL == hugeFeed.URL {
			stored++
			var n int
			if _, err := fmt.Sscanf(it.Key, "i%d", &n); err != nil || n < hugeItems-1000 {
				t.Errorf("stored %s; want only the newest 1000 items", it.Key)
				return false
			}
		}
		return true
	})
	if stored != 1000 {
		t.Errorf("%d items of the huge feed stored; want the newest 1000", stored)
	}
}

func TestShutdownDoesNotWaitForAHugePoll(t *testing.T) {
	var served atomic.Int32
	hugeSrv := hugeServer(t, &served)
	e := &env{t: t, cfg: tracker.Config{PollFloor: 50 * time.Millisecond}}
	e.start()
	if _, err := e.tr.AddFeed(context.Background(), "g", hugeSrv.URL); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the huge feed served", func() bool { return served.Load() >= 2 })
	start := time.Now()
	e.tr.Close(600 * time.Millisecond)
	if d := time.Since(start); d > 1500*time.Millisecond {
		t.Errorf("Close(600ms) took %v during a huge poll; want it bounded by the drain limit", d)
	}
	// The poll cut short recorded nothing: the feed is polled afresh later.
	feeds, err := e.db.Feeds(context.Background())
	if err != nil || len(feeds) != 1 {
		t.Fatalf("Feeds = %d, %v", len(feeds), err)
	}
	for _, f := range feeds {
		if f.Baselined || f.Failures != 0 {
			t.Errorf("after a cancelled poll the feed is %+v; want it as before the poll", f)
		}
	}
}
