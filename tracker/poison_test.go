package tracker_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

func TestItemWithA40KBGUIDDoesNotSilenceItsFeed(t *testing.T) {
	fs := newFeedServer(t)
	fs.add("old", "Old news", "x")
	e := &env{t: t}
	e.start(fs.URL)
	e.track("bagram")
	fs.mu.Lock()
	fs.items = append(fs.items,
		testItem{"good-1", "Aid convoy reaches Bagram after floods", "First.", fs.URL + "/article/good-1"},
		testItem{strings.Repeat("g", 40<<10), "Engineers repave the Bagram runway overnight", "A 40 KB GUID.", fs.URL + "/article/long-guid"},
		testItem{"long-link", "Bagram talks stall", "A 60 KB link.", fs.URL + "/article/" + strings.Repeat("l", 60<<10)},
		testItem{"good-2", "Farmers at the Bagram bazaar sell lambs", "Second.", fs.URL + "/article/good-2"},
	)
	fs.mu.Unlock()
	titles := func() map[string]bool {
		got := map[string]bool{}
		for _, a := range e.rec.alerts() {
			got[a.Item.Title] = true
		}
		return got
	}
	waitFor(t, "alerts on the good items", func() bool {
		got := titles()
		return got["Aid convoy reaches Bagram after floods"] && got["Farmers at the Bagram bazaar sell lambs"] && got["Engineers repave the Bagram runway overnight"]
	}, func() string { return fmt.Sprint(titles(), e.tr.Feeds("").Catalog) })
	// The feed keeps working: a later item alerts too.
	fs.add("good-3", "New girls school in Bagram district welcomes pupils", "Third.")
	waitFor(t, "an alert on a later item", func() bool { return titles()["New girls school in Bagram district welcomes pupils"] })
	if titles()["Bagram talks stall"] {
		t.Errorf("the item whose link is 60 KB alerted; its link cannot be shown, so it should not")
	}
	for _, f := range e.tr.Feeds("").Catalog {
		if f.Failures != 0 || f.Paused {
			t.Errorf("feed %s: %d failures, paused %v; want a healthy feed", f.URL, f.Failures, f.Paused)
		}
	}
}

// refusingStore is the real store, except that it cannot record polls that
// carry an item titled "poison", as if the disk refused them.
type refusingStore struct {
	*store.DB
	refused atomic.Int32
}

func (s *refusingStore) CommitPoll(ctx context.Context, p tracker.PollResult) ([]tracker.Alert, error) {
	for _, it := range p.Items {
		if it.Title == "poison" {
			s.refused.Add(1)
			return nil, errors.New("input/output error")
		}
	}
	return s.DB.CommitPoll(ctx, p)
}

func TestFeedWhoseCommitsKeepFailingBacksOffAndIsPausedWithANotice(t *testing.T) {
	fs := newFeedServer(t)
	fs.add("old", "Old news", "x")
	e := &env{t: t}
	e.start()
	e.track("bagram")
	rs := &refusingStore{DB: e.db}
	e.stop()
	db, err := store.Open(e.dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rs.DB = db
	tr, err := tracker.New(context.Background(), tracker.Config{
		Store: rs, Notifier: e.rec, Client: fetch.New(fetch.Options{AllowPrivate: true}), PollFloor: 10 * time.Millisecond, MaxFailures: 3,
	})
	if err != nil {
		t.Fatal(err)
	}
	tr.Start(context.Background())
	defer tr.Close(time.Second)
	if _, err := tr.AddFeed(context.Background(), "g", fs.URL); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the feed baselined", func() bool {
		for _, f := range tr.Feeds("g").Custom {
			return f.Baselined
		}
		return false
	})
	fs.add("p", "poison", "x")
	waitFor(t, "the feed paused", func() bool {
		for _, f := range tr.Feeds("g").Custom {
			return f.Paused
		}
		return false
	})
	f := tr.Feeds("g").Custom[0]
	if f.Failures != 3 || !strings.Contains(f.LastError, "recording the poll") {
		t.Errorf("feed: %d failures, last error %q; want 3, naming the recording", f.Failures, f.LastError)
	}
	if n := rs.refused.Load(); n != 3 {
		t.Errorf("%d refused commits; want 3 (back-off, then a pause)", n)
	}
	waitFor(t, "the notice", func() bool {
		for _, a := range e.rec.alerts() {
			if a.Kind == tracker.KindNotice && strings.Contains(a.Notice, fs.URL) {
				return true
			}
		}
		return false
	})
}

func TestAddFeedRefusesAnOverlongURLAndCredentials(t *testing.T) {
	e := &env{t: t}
	e.start()
	for in, want := range map[string]string{
		"https://example.com/" + strings.Repeat("a", 60<<10): "a feed URL can have at most 2048",
		"https://bob:hunter2@example.com/feed":               "user name or password",
	} {
		_, err := e.tr.AddFeed(context.Background(), "g", in)
		msg, ok := tracker.UserMessage(err)
		if !ok || !strings.Contains(msg, want) {
			t.Errorf("AddFeed(%.40q) = %v; want a message saying %q", in, err, want)
		}
		if strings.Contains(msg, "hunter2") || len(msg) > 300 {
			t.Errorf("the reply shows the secret or the whole URL: %.100q", msg)
		}
	}
}
