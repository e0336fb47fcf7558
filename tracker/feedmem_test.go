package tracker_test

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

// TestMemoryPerFeed measures the heap a feed takes in a tracker that has
// loaded it (its polling state, its place in the schedule and in the feed
// table): the difference between trackers of 11,000 and 1,000 catalog
// feeds, over the 10,000 between them, held under a ceiling. README's
// scale section quotes it (about 0.9 KB: the Feed record ~290 bytes, its
// URL, its entries in the feed table and the schedule, and what the
// maps' growth leaves spare).
func TestMemoryPerFeed(t *testing.T) {
	heapWith := func(n int) (uint64, *tracker.Tracker) {
		dir := t.TempDir()
		db, err := store.Open(filepath.Join(dir, "m.db"), store.Options{ReleaseEvery: -1})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		feeds := make([]string, n)
		for i := range feeds {
			// Farm-shaped URLs: 200 hosts, a path each.
			feeds[i] = fmt.Sprintf("http://127.0.2.%d:28180/f/%d.xml", i%200+1, i)
		}
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		before := ms.HeapAlloc
		tr, err := tracker.New(context.Background(), tracker.Config{
			Store: db, Notifier: newRecorder(), Catalog: feeds, PollFloor: time.Minute,
			Client: fetch.New(fetch.Options{AllowPrivate: true}),
		})
		if err != nil {
			t.Fatal(err)
		}
		feeds = nil
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc - before, tr
	}
	small, t1 := heapWith(1000)
	large, t2 := heapWith(11000)
	perFeed := (float64(large) - float64(small)) / 10000
	t.Logf("a feed takes %.0f bytes of heap (%d bytes for 1,000 feeds, %d for 11,000)", perFeed, small, large)
	const ceiling = 1200
	if perFeed > ceiling {
		t.Fatalf("a feed takes %.0f bytes; want at most %d", perFeed, ceiling)
	}
	runtime.KeepAlive(t1)
	runtime.KeepAlive(t2)
}
