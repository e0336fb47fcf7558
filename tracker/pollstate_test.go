package tracker_test

import (
	"context"
	"sync/atomic"
	"testing"

	"newshound/store"
	"newshound/tracker"
)

// countingStore is the real store, counting the write transactions the
// tracker asks of it.
type countingStore struct {
	tracker.Store
	commits, batches atomic.Int64
}

func (c *countingStore) CommitPoll(ctx context.Context, p tracker.PollResult) ([]tracker.Alert, error) {
	c.commits.Add(1)
	return c.Store.CommitPoll(ctx, p)
}

func (c *countingStore) SavePollStates(ctx context.Context, feeds []tracker.Feed) error {
	c.batches.Add(1)
	return c.Store.SavePollStates(ctx, feeds)
}

func TestUnchangedPollsAreWrittenInBatchesAndAtClose(t *testing.T) {
	fs := newFeedServer(t)
	fs.add("a", "Port strike ends", "Dockers return to work.")
	cs := &countingStore{}
	e := &env{t: t, wrap: func(s tracker.Store) tracker.Store { cs.Store = s; return cs }}
	e.start(fs.URL)
	waitFor(t, "ten 304s", func() bool { _, nm := fs.counts(); return nm >= 10 })
	if n := cs.commits.Load(); n != 1 {
		t.Fatalf("%d poll transactions; want 1 (the first poll): 304s wait for a batch", n)
	}
	last := e.tr.Feeds("").Catalog[0].LastPoll
	e.stop()
	if cs.batches.Load() == 0 {
		t.Fatal("Close wrote no batch of polling state")
	}
	// Reopened, the store has the state of the last poll before Close.
	db, err := store.Open(e.dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	feeds, err := db.Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(feeds) != 1 || feeds[0].LastPoll.Before(last) {
		t.Fatalf("stored feeds %+v; want the one feed, last polled at %v", feeds, last)
	}
}
