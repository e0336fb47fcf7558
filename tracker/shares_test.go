package tracker_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

// staticShares is a fixed split of the work, changed by the test; package
// cluster computes the split from leases (tested with PostgreSQL there and
// in cmd/newshound).
type staticShares struct {
	mu       sync.Mutex
	feeds    map[string]bool
	channels map[string]bool
	leader   bool
}

func (s *staticShares) Feed(url string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.feeds[url]
}

func (s *staticShares) Channel(_, channel string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.channels[channel]
}

func (s *staticShares) Changed() <-chan struct{} { return nil }

func (s *staticShares) Leader() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.leader
}

// agents records which clients (by User-Agent) fetched each feed.
type agents struct {
	mu  sync.Mutex
	got map[string]map[string]int // feed path -> agent -> requests
}

func (a *agents) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		if a.got[r.URL.Path] == nil {
			a.got[r.URL.Path] = map[string]int{}
		}
		a.got[r.URL.Path][r.UserAgent()]++
		a.mu.Unlock()
		h.ServeHTTP(w, r)
	})
}

func (a *agents) of(path string) map[string]int {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := map[string]int{}
	for k, v := range a.got[path] {
		out[k] = v
	}
	return out
}

// Two trackers on one store, as two processes on one database: each polls
// only its feeds and delivers only its channels, each takes up the other's
// subscriptions, and a feed handed from one to the other goes on from the
// state the first recorded (its items are not taken for a back catalogue).
func TestTrackersSharingAStoreSplitTheWork(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(filepath.Join(t.TempDir(), "shared.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Cleanups, not defers: the trackers close in cleanups, which run after
	// the test function's defers, and must stop before the database and
	// servers they use go away (cleanups run last registered first).
	t.Cleanup(func() { db.Close() })
	ag := &agents{got: map[string]map[string]int{}}
	f1, f2 := &feedServer{}, &feedServer{}
	f1.Server = httptest.NewServer(ag.wrap(http.HandlerFunc(f1.serve)))
	f2.Server = httptest.NewServer(ag.wrap(http.HandlerFunc(f2.serve)))
	t.Cleanup(f1.Close)
	t.Cleanup(f2.Close)
	u1, u2 := f1.URL+"/rss", f2.URL+"/rss"

	sharesA := &staticShares{feeds: map[string]bool{u1: true}, channels: map[string]bool{"c1": true}, leader: true}
	sharesB := &staticShares{feeds: map[string]bool{u2: true}, channels: map[string]bool{"c2": true}}
	start := func(name string, sh tracker.Shares, rec *recorder) *tracker.Tracker {
		tr, err := tracker.New(ctx, tracker.Config{
			Store: db, Notifier: rec, Shares: sh, Refresh: 50 * time.Millisecond,
			Client:  fetch.New(fetch.Options{AllowPrivate: true, UserAgent: name, Timeout: 5 * time.Second}),
			Catalog: []string{u1, u2}, PollFloor: 20 * time.Millisecond,
		})
		if err != nil {
			t.Fatal(err)
		}
		tr.Start(ctx)
		t.Cleanup(func() { tr.Close(2 * time.Second) })
		return tr
	}
	recA, recB := newRecorder(), newRecorder()
	a := start("A", sharesA, recA)
	b := start("B", sharesB, recB)

	if _, err := a.Track(ctx, "g", "c1", "bagram"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Track(ctx, "g", "c2", "bagram"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "each tracker to know both subscriptions", func() bool {
		return a.Stats().Subscriptions == 2 && b.Stats().Subscriptions == 2
	})
	if sa, sb := a.Stats(), b.Stats(); sa.FeedsOwned != 1 || sb.FeedsOwned != 1 {
		t.Fatalf("feeds owned: A %d, B %d; want 1 each", sa.FeedsOwned, sb.FeedsOwned)
	}

	f1.add("one", "Bagram talks resume", "Officials met.")
	waitFor(t, "the alert in both channels", func() bool { return len(recA.alerts()) == 1 && len(recB.alerts()) == 1 })
	if got := recA.alerts()[0]; got.ChannelID != "c1" {
		t.Fatalf("A delivered to %s; want only its channel c1", got.ChannelID)
	}
	if got := recB.alerts()[0]; got.ChannelID != "c2" {
		t.Fatalf("B delivered to %s; want only its channel c2", got.ChannelID)
	}
	if by := ag.of("/rss"); len(by) != 2 {
		t.Fatalf("feeds fetched by %v; want A and B", by)
	}

	// Hand feed 1 to B: B goes on from what A recorded, so a new item
	// alerts and the old one does not again.
	sharesA.mu.Lock()
	delete(sharesA.feeds, u1)
	sharesA.mu.Unlock()
	// A's poll in flight, if any, ends: it is recorded before the feed
	// leaves A's polls in flight.
	waitFor(t, "A's last poll of feed 1 recorded", func() bool { return a.Stats().PollsInFlight == 0 })
	sharesB.mu.Lock()
	sharesB.feeds[u1] = true
	sharesB.mu.Unlock()
	f1.add("two", "Bagram base reopens", "Flights resume.")
	waitFor(t, "the second item's alerts", func() bool { return len(recA.alerts()) == 2 && len(recB.alerts()) == 2 })
	time.Sleep(200 * time.Millisecond)
	if n := len(recA.alerts()) + len(recB.alerts()); n != 4 {
		t.Fatalf("%d alerts after the hand-over; want 4 (each item once in each channel)", n)
	}
	if b.Stats().FeedsOwned != 2 || a.Stats().FeedsOwned != 0 {
		t.Fatalf("feeds owned after the hand-over: A %d, B %d; want 0 and 2", a.Stats().FeedsOwned, b.Stats().FeedsOwned)
	}

	// B stops tracking; A learns it and stops alerting c2.
	if _, err := b.Untrack(ctx, "g", "c2", "bagram"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "A to drop the removed subscription", func() bool { return a.Stats().Subscriptions == 1 })
}
