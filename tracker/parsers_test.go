package tracker_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

// TestPollsFetchWhileParsingIsBusy holds every parsing slot: all feeds are
// still fetched (polls wait on the network many at a time), none is parsed
// or stored until a slot frees, and then all are.
func TestPollsFetchWhileParsingIsBusy(t *testing.T) {
	ctx := context.Background()
	const feeds = 20
	var servers []*feedServer
	var urls []string
	for i := range feeds {
		fs := newFeedServer(t)
		fs.add(fmt.Sprint("a", i), fmt.Sprintf("Story %d", i), "Text of the story.")
		fs.add(fmt.Sprint("b", i), fmt.Sprintf("Other story %d", i), "More text.")
		servers = append(servers, fs)
		urls = append(urls, fs.URL)
	}
	db, err := store.Open(filepath.Join(t.TempDir(), "t.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tr, err := tracker.New(ctx, tracker.Config{
		Store: db, Notifier: newRecorder(), Catalog: urls, PollFloor: time.Hour,
		Client:  fetch.New(fetch.Options{AllowPrivate: true, Timeout: 5 * time.Second}),
		Workers: 32, Parsers: 2,
	})
	if err != nil {
		t.Fatal(err)
	}
	release := tr.HoldParsers()
	started := make(chan struct{})
	go func() { tr.Start(ctx); close(started) }()
	defer func() { <-started; tr.Close(2 * time.Second) }()
	fetched := func() int {
		n := 0
		for _, fs := range servers {
			if r, _ := fs.counts(); r > 0 {
				n++
			}
		}
		return n
	}
	stored := func() int {
		n := 0
		if err := db.RecentItems(ctx, time.Time{}, func(tracker.Item) bool { n++; return true }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	waitFor(t, "every feed fetched while parsing is held", func() bool { return fetched() == feeds },
		func() string { return fmt.Sprintf("%d of %d fetched", fetched(), feeds) })
	if n := stored(); n != 0 {
		t.Fatalf("%d items stored while no poll could parse; want 0", n)
	}
	release()
	waitFor(t, "every feed's items stored", func() bool { return stored() == 2*feeds },
		func() string { return fmt.Sprintf("%d of %d items", stored(), 2*feeds) })
}
