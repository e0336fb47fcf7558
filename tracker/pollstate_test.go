package tracker_test

import (
	"context"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

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

// offsetClock is the real clock moved forward by hand: polls go on at
// their real pace while tests skip minutes.
type offsetClock struct{ off atomic.Int64 }

func (c *offsetClock) Now() time.Time          { return time.Now().Add(time.Duration(c.off.Load())) }
func (c *offsetClock) advance(d time.Duration) { c.off.Add(int64(d)) }
func storedFeed(t *testing.T, db *store.DB) tracker.Feed {
	t.Helper()
	feeds, err := db.Feeds(context.Background())
	if err != nil || len(feeds) != 1 {
		t.Fatalf("stored feeds %+v, %v; want one", feeds, err)
	}
	return feeds[0]
}

// TestPollTimesAloneAreWrittenWithinTenMinutes: 304s that change nothing
// but the feed's schedule (when it was and will be polled, its interval)
// are not written batch after batch; they are written once they lag ten
// minutes. Validators are written in the next batch.
func TestPollTimesAloneAreWrittenWithinTenMinutes(t *testing.T) {
	fs := newFeedServer(t)
	fs.add("a", "Port strike ends", "Dockers return to work.")
	clk := &offsetClock{}
	cs := &countingStore{}
	e := &env{t: t, cfg: tracker.Config{Now: clk.Now}, wrap: func(s tracker.Store) tracker.Store { cs.Store = s; return cs }}
	e.start(fs.URL)
	ctx := context.Background()
	waitFor(t, "ten 304s", func() bool { _, nm := fs.counts(); return nm >= 10 })
	if err := e.tr.FlushPollStates(ctx); err != nil {
		t.Fatal(err)
	}
	mem := e.tr.Feeds("").Catalog[0]
	if got := storedFeed(t, e.db); !got.LastPoll.Before(mem.LastPoll) || got.Interval == mem.Interval ||
		got.ETag != mem.ETag || !got.Baselined {
		t.Fatalf("stored %+v\nin memory %+v\nwant the first poll stored, validators and all, and the schedule of ten 304s not yet", got, mem)
	}
	clk.advance(timingLag())
	waitFor(t, "the times written after ten minutes", func() bool {
		if err := e.tr.FlushPollStates(ctx); err != nil {
			t.Fatal(err)
		}
		return !storedFeed(t, e.db).LastPoll.Before(mem.LastPoll)
	})
	if n := cs.commits.Load(); n != 1 {
		t.Fatalf("%d poll transactions; want 1 (the first poll)", n)
	}
}

func timingLag() time.Duration { return 10*time.Minute + time.Second }

// TestACrashBeforePollTimesAreWrittenRepollsAndNeverRealerts copies the
// database while the times of many 304s are not written (what a crash
// leaves) and starts again from the copy: the feed is polled again at
// once, the alert already raised is not raised again, and a new item
// alerts once.
func TestACrashBeforePollTimesAreWrittenRepollsAndNeverRealerts(t *testing.T) {
	fs := newFeedServer(t)
	fs.add("b1", "Bagram one", "Troops leave the base.")
	e := &env{t: t}
	e.start(fs.URL)
	e.track("bagram")
	fs.add("b2", "Bagram two", "The base is handed over.")
	waitFor(t, "the alert", func() bool { return len(e.rec.alerts()) == 1 })
	_, nm := fs.counts()
	waitFor(t, "ten more 304s", func() bool { _, n := fs.counts(); return n >= nm+10 })
	if err := e.tr.FlushPollStates(context.Background()); err != nil {
		t.Fatal(err)
	}
	_, nm = fs.counts()
	waitFor(t, "ten 304s after the last batch", func() bool { _, n := fs.counts(); return n >= nm+10 })
	last := e.tr.Feeds("").Catalog[0].LastPoll
	crashed := filepath.Join(t.TempDir(), "crashed.db")
	if err := e.db.BackupFile(crashed); err != nil {
		t.Fatal(err)
	}
	e.stop()
	db, err := store.Open(crashed, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	stored := storedFeed(t, db)
	db.Close()
	if !stored.LastPoll.Before(last) {
		t.Fatalf("the copy has the feed polled last at %v, as in memory (%v); want the times of the last 304s missing", stored.LastPoll, last)
	}

	again := &env{t: t, dbPath: crashed}
	req, _ := fs.counts()
	again.start(fs.URL)
	// Start waits for the first round: the feed, due since its last
	// stored poll, has been polled.
	if r, _ := fs.counts(); r == req {
		t.Fatalf("no poll after the restart; stored next poll %v", stored.NextPoll)
	}
	fs.add("b3", "Bagram three", "Flights resume.")
	waitFor(t, "the new item's alert", func() bool { return len(again.rec.alerts()) == 1 })
	r, _ := fs.counts()
	waitFor(t, "more polls", func() bool { n, _ := fs.counts(); return n >= r+5 })
	if got := again.rec.alerts(); len(got) != 1 || got[0].Item.Title != "Bagram three" {
		t.Fatalf("alerts after the crash = %+v; want only Bagram three", got)
	}
}
