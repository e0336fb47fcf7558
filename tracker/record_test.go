package tracker_test

import (
	"context"
	"errors"
	"fmt"
	"html"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

// gatedStore is the real store, except that a poll carrying items stops
// at a gate before it is recorded: the test sees it on held, and sends on
// gate what it then gets (nil: recorded; an error: refused, nothing
// written). Once opened is closed, polls pass.
type gatedStore struct {
	*store.DB
	held   chan tracker.PollResult
	gate   chan error
	opened chan struct{}
}

func newGatedStore(db *store.DB) *gatedStore {
	return &gatedStore{DB: db, held: make(chan tracker.PollResult), gate: make(chan error), opened: make(chan struct{})}
}

func (s *gatedStore) CommitPoll(ctx context.Context, p tracker.PollResult) ([]tracker.Alert, error) {
	if len(p.Items) > 0 {
		select {
		case s.held <- p:
			select {
			case err := <-s.gate:
				if err != nil {
					return nil, err
				}
			case <-s.opened:
			}
		case <-s.opened:
		}
	}
	return s.DB.CommitPoll(ctx, p)
}

// hold waits for the next poll at the gate and returns its items' titles.
func (s *gatedStore) hold(t *testing.T) []string {
	t.Helper()
	select {
	case p := <-s.held:
		var titles []string
		for _, it := range p.Items {
			titles = append(titles, it.Title)
		}
		return titles
	case <-time.After(30 * time.Second):
		t.Fatal("timed out waiting for a poll to be recorded")
		return nil
	}
}

// gatedEnv starts a tracker on one feed, tracking "bagram", whose polls
// with items stop at the returned gate.
func gatedEnv(t *testing.T, fs *feedServer) (*env, *gatedStore) {
	var gs *gatedStore
	e := &env{t: t, wrap: func(s tracker.Store) tracker.Store {
		gs = newGatedStore(s.(*store.DB))
		return gs
	}}
	e.start(fs.URL)
	t.Cleanup(func() {
		select {
		case <-gs.opened:
		default:
			close(gs.opened)
		}
	})
	e.track("bagram")
	return e, gs
}

func pendingRows(t *testing.T, db *store.DB) []tracker.Alert {
	t.Helper()
	rows, err := db.Pending(context.Background(), 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// A poll's alerts go out only once the poll is recorded, and the feed is
// not polled again meanwhile; a crash in between loses the poll, not its
// item: the next start polls the feed again and alerts once.
func TestAlertWaitsForItsPollToBeRecordedAndACrashBeforeThatLosesNothing(t *testing.T) {
	fs := newFeedServer(t)
	e, gs := gatedEnv(t, fs)
	fs.add("b1", "Bagram one", "Officials toured the runway on Monday.")
	if got := gs.hold(t); len(got) != 1 || got[0] != "Bagram one" {
		t.Fatalf("poll at the gate carries %q; want the new item", got)
	}
	// While it waits: nothing in the outbox, nothing delivered, and the
	// feed (due every 20 ms) is not polled again.
	requests, _ := fs.counts()
	time.Sleep(150 * time.Millisecond)
	if again, _ := fs.counts(); again != requests {
		t.Errorf("the feed was polled %d more times while its last poll waited to be recorded; want none", again-requests)
	}
	if rows := pendingRows(t, e.db); len(rows) != 0 {
		t.Errorf("%d outbox rows before the poll was recorded; want none", len(rows))
	}
	if got := e.rec.alerts(); len(got) != 0 {
		t.Errorf("%d alerts delivered before the poll was recorded; want none", len(got))
	}
	// The crash: what the disk holds now is what a restart finds.
	crashed := filepath.Join(t.TempDir(), "crashed.db")
	if err := e.db.BackupFile(crashed); err != nil {
		t.Fatal(err)
	}
	close(gs.opened)
	e.stop()

	after := &env{t: t, dbPath: crashed}
	after.start(fs.URL)
	waitFor(t, "the alert after the restart", func() bool { return len(after.rec.alerts()) == 1 })
	n, _ := fs.counts()
	waitFor(t, "more polls", func() bool { r, _ := fs.counts(); return r >= n+3 })
	if got := after.rec.alerts(); len(got) != 1 || got[0].Item.Title != "Bagram one" {
		t.Fatalf("alerts after the restart: %+v; want Bagram one, once", got)
	}
}

// A poll that cannot be recorded is not lost: the feed goes back to its
// state before the poll, with the failure on it, and its next poll takes
// the item up again, which alerts once.
func TestPollThatCannotBeRecordedIsPolledAgainAndAlertsOnce(t *testing.T) {
	fs := newFeedServer(t)
	e, gs := gatedEnv(t, fs)
	fs.add("b1", "Bagram one", "x")
	gs.hold(t)
	gs.gate <- errors.New("input/output error")
	if got := gs.hold(t); len(got) != 1 || got[0] != "Bagram one" {
		t.Fatalf("the next poll recorded %q; want the same item again", got)
	}
	f := e.tr.Feeds("").Catalog[0]
	if f.Failures != 1 || !strings.Contains(f.LastError, "recording the poll") {
		t.Errorf("feed after the failed commit: %d failures, last error %q; want 1, naming the recording", f.Failures, f.LastError)
	}
	gs.gate <- nil
	close(gs.opened)
	waitFor(t, "the alert", func() bool { return len(e.rec.alerts()) == 1 })
	n, _ := fs.counts()
	waitFor(t, "more polls", func() bool { r, _ := fs.counts(); return r >= n+3 })
	if got := e.rec.alerts(); len(got) != 1 {
		t.Fatalf("%d alerts; want one", len(got))
	}
	if f := e.tr.Feeds("").Catalog[0]; f.Failures != 0 {
		t.Errorf("feed still counts %d failures after a recorded poll", f.Failures)
	}
}

// Close waits for the polls handed over to be recorded, and delivers
// their alerts.
func TestCloseWaitsForPollsBeingRecorded(t *testing.T) {
	fs := newFeedServer(t)
	e, gs := gatedEnv(t, fs)
	fs.add("b1", "Bagram one", "x")
	gs.hold(t)
	closed := make(chan struct{})
	go func() { e.tr.Close(10 * time.Second); close(closed) }()
	select {
	case <-closed:
		t.Fatal("Close returned while a poll waited to be recorded")
	case <-time.After(150 * time.Millisecond):
	}
	gs.gate <- nil
	select {
	case <-closed:
	case <-time.After(10 * time.Second):
		t.Fatal("Close did not return once the poll was recorded")
	}
	e.tr = nil
	it, ok, err := e.db.Item(context.Background(), fs.URL+"/article/b1")
	if err != nil || !ok || it.Title != "Bagram one" {
		t.Fatalf("after Close: item %+v, %v, %v; want Bagram one stored", it, ok, err)
	}
	if got := len(e.rec.alerts()) + len(pendingRows(t, e.db)); got != 1 {
		t.Errorf("after Close: %d alerts delivered or queued; want one", got)
	}
}

// rssBody is a feed of items, newest first.
func rssBody(items ...testItem) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>`)
	for _, it := range items {
		fmt.Fprintf(&b, "<item><guid>%s</guid><title>%s</title><link>%s</link><description>%s</description></item>",
			html.EscapeString(it.guid), html.EscapeString(it.title), html.EscapeString(it.link), html.EscapeString(it.desc))
	}
	b.WriteString("</channel></rss>")
	return []byte(b.String())
}

// ingestRig is a tracker, not started, on a gated store, with one channel
// tracking "bagram", for IngestBody.
func ingestRig(t *testing.T) (*tracker.Tracker, *gatedStore) {
	db, err := store.Open(filepath.Join(t.TempDir(), "t.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	gs := newGatedStore(db)
	tr, err := tracker.New(context.Background(), tracker.Config{Store: gs, Notifier: newRecorder(), Client: fetch.New(fetch.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		select {
		case <-gs.opened:
		default:
			close(gs.opened)
		}
		tr.WaitRecorded()
		db.Close()
	})
	if err := tr.AddTopicsInMemory([]string{"bagram"}); err != nil {
		t.Fatal(err)
	}
	return tr, gs
}

// queuedOnce waits until every poll handed over is recorded and checks
// that the alerts queued are for the titles, once each; it returns their
// titles in the order queued.
func queuedOnce(t *testing.T, tr *tracker.Tracker, gs *gatedStore, titles ...string) []string {
	t.Helper()
	if err := tr.WaitRecorded(); err != nil {
		t.Fatal(err)
	}
	rows := pendingRows(t, gs.DB)
	got := make([]string, len(rows))
	for i, a := range rows {
		got[i] = a.Item.Title
	}
	if !slices.Equal(slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(titles))) {
		t.Fatalf("alerts queued: %q; want %q, once each", got, titles)
	}
	return got
}

var (
	itemX = testItem{"x", "Bagram runway reopens", "x", "https://wire.example/x"}
	itemY = testItem{"y", "Bagram bazaar busy again", "y", "https://wire.example/y"}
)

// A poll that follows one not yet recorded counts that poll's items as
// seen: the feed's own keys, and any feed's URLs.
func TestPollsNotYetRecordedCountAsSeen(t *testing.T) {
	tr, gs := ingestRig(t)
	ctx := context.Background()
	f := &tracker.Feed{URL: "https://wire.example/rss", Baselined: true}
	if _, err := tr.IngestBody(ctx, f, rssBody(itemX)); err != nil {
		t.Fatal(err)
	}
	gs.hold(t)
	// The same feed again, the first poll still at the gate: X is not
	// new, Y is.
	n, err := tr.IngestBody(ctx, f, rssBody(itemY, itemX))
	if err != nil || n != 1 {
		t.Fatalf("second poll: %d new items, %v; want 1 (X was taken by the first)", n, err)
	}
	// Another feed carrying X's link under its own GUID, likewise.
	other := &tracker.Feed{URL: "https://other.example/rss", Baselined: true}
	mirror := itemX
	mirror.guid = "mirror-of-x"
	if _, err := tr.IngestBody(ctx, other, rssBody(mirror)); err != nil {
		t.Fatal(err)
	}
	gs.gate <- nil
	// The second poll of f is recorded after the first; the other feed's
	// poll stores no item (the URL is taken), so it does not stop at the gate.
	if got := gs.hold(t); len(got) != 1 || got[0] != itemY.title {
		t.Fatalf("second poll recorded %q; want only Y", got)
	}
	gs.gate <- nil
	queuedOnce(t, tr, gs, itemX.title, itemY.title)
}

// When a poll cannot be recorded, the same feed's later polls, which took
// its items for seen, are not recorded either: the items stay new, and
// the next poll takes them up, alerting once each.
func TestLaterPollsOfAFeedAreNotRecordedAfterOneFails(t *testing.T) {
	tr, gs := ingestRig(t)
	ctx := context.Background()
	f := &tracker.Feed{URL: "https://wire.example/rss", Baselined: true}
	if _, err := tr.IngestBody(ctx, f, rssBody(itemX)); err != nil {
		t.Fatal(err)
	}
	gs.hold(t)
	if _, err := tr.IngestBody(ctx, f, rssBody(itemY, itemX)); err != nil {
		t.Fatal(err)
	}
	gs.gate <- errors.New("input/output error")
	err := tr.WaitRecorded()
	if err == nil || !strings.Contains(err.Error(), "input/output error") {
		t.Fatalf("WaitRecorded = %v; want the failed commit's error", err)
	}
	if rows := pendingRows(t, gs.DB); len(rows) != 0 {
		t.Fatalf("%d alerts queued from polls not recorded; want none", len(rows))
	}
	if _, ok, _ := gs.DB.Item(ctx, itemY.link); ok {
		t.Fatal("the later poll's item was stored after the earlier poll failed")
	}
	n, err := tr.IngestBody(ctx, f, rssBody(itemY, itemX))
	if err != nil || n != 2 {
		t.Fatalf("the next poll: %d new items, %v; want both again", n, err)
	}
	close(gs.opened)
	queuedOnce(t, tr, gs, itemX.title, itemY.title)
}

// Polls of one feed handed over while an earlier one is being written are
// recorded together, in one commit, after it.
func TestPollsOfAFeedWaitingToBeRecordedGoInOneCommit(t *testing.T) {
	tr, gs := ingestRig(t)
	ctx := context.Background()
	f := &tracker.Feed{URL: "https://wire.example/rss", Baselined: true}
	itemZ := testItem{"z", "Bagram clinic opens", "z", "https://wire.example/z"}
	if _, err := tr.IngestBody(ctx, f, rssBody(itemX)); err != nil {
		t.Fatal(err)
	}
	gs.hold(t)
	for _, body := range [][]byte{rssBody(itemY, itemX), rssBody(itemZ, itemY, itemX)} {
		if _, err := tr.IngestBody(ctx, f, body); err != nil {
			t.Fatal(err)
		}
	}
	gs.gate <- nil
	if got := gs.hold(t); strings.Join(got, "|") != itemY.title+"|"+itemZ.title {
		t.Fatalf("the next commit carries %q; want Y and Z, in the order they came", got)
	}
	gs.gate <- nil
	want := []string{itemX.title, itemY.title, itemZ.title}
	if got := queuedOnce(t, tr, gs, want...); !slices.Equal(got, want) {
		t.Errorf("alerts queued in the order %q; want the polls' order", got)
	}
}

// A poll that took an item of a poll not yet recorded for seen, and is
// handed over after that poll failed, is not recorded: its feed takes
// the item up again, and it alerts once.
func TestPollRelyingOnAFailedPollIsNotRecorded(t *testing.T) {
	tr, gs := ingestRig(t)
	ctx := context.Background()
	a := &tracker.Feed{URL: "https://wire.example/rss", Baselined: true}
	b := &tracker.Feed{URL: "https://other.example/rss", Baselined: true}
	mirror := itemX
	mirror.guid = "mirror-of-x"
	if _, err := tr.IngestBody(ctx, a, rssBody(itemX)); err != nil {
		t.Fatal(err)
	}
	gs.hold(t)
	n, err := tr.IngestThen(ctx, b, rssBody(mirror), func() {
		gs.gate <- errors.New("input/output error")
		waitFor(t, "the failed batch", func() bool { return tr.FailedBatches() == 1 })
	})
	if err != nil || n != 1 {
		t.Fatalf("the other feed's poll: %d new, %v; want its one item (its link taken)", n, err)
	}
	if err := tr.WaitRecorded(); err == nil {
		t.Fatal("WaitRecorded = nil; want the failures")
	}
	if rows := pendingRows(t, gs.DB); len(rows) != 0 {
		t.Fatalf("%d alerts queued; want none yet", len(rows))
	}
	close(gs.opened)
	// Both feeds polled again: the item is new to both, stored once, and
	// alerts once.
	if n, err := tr.IngestBody(ctx, b, rssBody(mirror)); err != nil || n != 1 {
		t.Fatalf("the other feed polled again: %d new, %v; want 1", n, err)
	}
	if err := tr.WaitRecorded(); err != nil {
		t.Fatal(err)
	}
	if _, err := tr.IngestBody(ctx, a, rssBody(itemX)); err != nil {
		t.Fatal(err)
	}
	queuedOnce(t, tr, gs, itemX.title)
}
