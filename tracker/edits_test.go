package tracker_test

import (
	"errors"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"newshound/tracker"
)

// skipClock is real time plus an offset tests move forward, so that polls
// go on while a test skips the minute between two edits of a message.
//
// The tracker stamps a delivery with its clock after the Notifier returns,
// so a test skips only once the last delivery is recorded (waitRecorded):
// a skip that lands between the send and its record dates the message a
// minute late, and its next edit is then due a minute after the test's
// last skip, never within the test.
type skipClock struct{ off atomic.Int64 }

func (c *skipClock) Now() time.Time       { return time.Now().Add(time.Duration(c.off.Load())) }
func (c *skipClock) skip(d time.Duration) { c.off.Add(int64(d)) }

const bagramLead = "KABUL — U.S. and Afghan officials on Saturday formally handed over Bagram Air Base, the largest American military installation in Afghanistan, to the Afghan national army."

// outlets starts n feed servers, each an outlet of its own name.
func outlets(t *testing.T, names ...string) []*feedServer {
	var out []*feedServer
	for _, n := range names {
		fs := newFeedServer(t)
		fs.title = n
		out = append(out, fs)
	}
	return out
}

func urls(feeds []*feedServer) []string {
	var out []string
	for _, f := range feeds {
		out = append(out, f.URL)
	}
	return out
}

// addCopy publishes outlet's copy of the Bagram story and waits until the
// feed was polled past it (the poll that took it has committed).
func addCopy(t *testing.T, fs *feedServer, guid, title string) {
	t.Helper()
	n, _ := fs.counts()
	fs.add(guid, title, bagramLead)
	waitFor(t, "the copy to be polled", func() bool { r, _ := fs.counts(); return r >= n+2 })
}

func (r *recorder) id(i int) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ids[i]
}

func (r *recorder) editList() []tracker.Alert {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.edits)
}

// startWithAlert tracks bagram and publishes the story on the first feed,
// and waits for its alert.
func startWithAlert(t *testing.T, e *env, feeds []*feedServer) tracker.Alert {
	t.Helper()
	e.start(urls(feeds)...)
	e.track("bagram")
	feeds[0].add("first", "US hands over Bagram air base to Afghan army", bagramLead)
	waitFor(t, "the alert", func() bool { return len(e.rec.alerts()) == 1 })
	waitRecorded(t, e, "the alert")
	return e.rec.alerts()[0]
}

// waitRecorded waits until what was sent is recorded as delivered: the
// outbox is empty, its last row gone in the transaction that recorded the
// message (or the edit) and its time.
func waitRecorded(t *testing.T, e *env, what string) {
	t.Helper()
	waitFor(t, what+" recorded as delivered", func() bool { n, err := e.db.OutboxLen(); return err == nil && n == 0 })
}

func TestALaterCopyEditsTheDeliveredAlertOnceAMinute(t *testing.T) {
	feeds := outlets(t, "Alpha Wire", "Beta News", "Gamma Post", "Delta Daily")
	clk := &skipClock{}
	e := &env{t: t, cfg: tracker.Config{Now: clk.Now}}
	first := startWithAlert(t, e, feeds)
	if first.Item.Outlet != "Alpha Wire" {
		t.Fatalf("alert from %q; want Alpha Wire", first.Item.Outlet)
	}
	// Two copies within the minute after the post: one edit, a minute
	// after it, naming both.
	addCopy(t, feeds[1], "beta-1", "Americans hand Bagram air base over to Afghan army")
	addCopy(t, feeds[2], "gamma-1", "Bagram air base handed to the Afghan army")
	if got := e.rec.editList(); len(got) != 0 {
		t.Fatalf("%d edits within the minute of the post; want them held", len(got))
	}
	clk.skip(tracker.EditEvery)
	waitFor(t, "the edit", func() bool { return len(e.rec.editList()) == 1 })
	u := e.rec.editList()[0]
	also := slices.Sorted(slices.Values(u.Message[0].Also))
	if u.MessageID != e.rec.id(0) || len(u.Message) != 1 || strings.Join(also, ",") != "Beta News,Gamma Post" ||
		u.Message[0].Item.URL != first.Item.URL {
		t.Fatalf("edit = %+v; want message %s to name Beta News and Gamma Post", u, e.rec.id(0))
	}
	// A third copy later: a second edit, with all three; still one alert.
	waitRecorded(t, e, "the edit")
	clk.skip(tracker.EditEvery)
	addCopy(t, feeds[3], "delta-1", "Afghan army takes over Bagram air base from US")
	waitFor(t, "the second edit", func() bool { return len(e.rec.editList()) == 2 })
	if u := e.rec.editList()[1]; len(u.Message[0].Also) != 3 || u.MessageID != e.rec.id(0) {
		t.Fatalf("second edit = %+v; want the same message, three other outlets", u)
	}
	if n := len(e.rec.messages()); n != 1 {
		t.Fatalf("%d messages posted; want 1: an edit never posts", n)
	}
	waitFor(t, "the outbox to empty", func() bool { n, _ := e.db.OutboxLen(); return n == 0 })
	if st := e.tr.Stats(); st.Edits != 2 || st.AlertsSent != 1 {
		t.Errorf("stats: %d edits, %d alerts sent; want 2 and 1", st.Edits, st.AlertsSent)
	}
}

func TestADeletedMessageDropsItsEditWithoutRetrying(t *testing.T) {
	feeds := outlets(t, "Alpha Wire", "Beta News", "Gamma Post")
	clk := &skipClock{}
	e := &env{t: t, cfg: tracker.Config{Now: clk.Now}}
	e.rec = newRecorder()
	e.rec.gone = map[string]bool{"m1": true} // deleted by a moderator
	startWithAlert(t, e, feeds)
	addCopy(t, feeds[1], "beta-1", "Americans hand Bagram air base over to Afghan army")
	clk.skip(tracker.EditEvery)
	waitFor(t, "the edit to be tried", func() bool {
		e.rec.mu.Lock()
		defer e.rec.mu.Unlock()
		return len(e.rec.goneEdits) == 1
	})
	waitFor(t, "the edit to be dropped", func() bool { n, _ := e.db.OutboxLen(); return n == 0 })
	if st := e.tr.Stats(); st.EditsGone != 1 || st.Edits != 0 {
		t.Errorf("stats: %d edits gone, %d made; want 1 and 0", st.EditsGone, st.Edits)
	}
	// The message is forgotten: a later copy queues no edit at all.
	addCopy(t, feeds[2], "gamma-1", "Bagram air base handed to the Afghan army")
	clk.skip(tracker.EditEvery)
	if n, _ := e.db.OutboxLen(); n != 0 {
		t.Fatalf("%d rows queued after the message was found deleted; want none", n)
	}
	e.stop()
	e.rec.mu.Lock()
	defer e.rec.mu.Unlock()
	if len(e.rec.goneEdits) != 1 || len(e.rec.edits) != 0 || len(e.rec.msgs) != 1 {
		t.Fatalf("edits tried %d, made %d, messages %d; want one try, never retried, nothing posted instead",
			len(e.rec.goneEdits), len(e.rec.edits), len(e.rec.msgs))
	}
}

func TestAnEditQueuedDuringAnOutageIsDeliveredOnceAfterIt(t *testing.T) {
	feeds := outlets(t, "Alpha Wire", "Beta News")
	clk := &skipClock{}
	e := &env{t: t, cfg: tracker.Config{Now: clk.Now}}
	startWithAlert(t, e, feeds)
	e.rec.fail(errors.New("502 Bad Gateway"))
	addCopy(t, feeds[1], "beta-1", "Americans hand Bagram air base over to Afghan army")
	clk.skip(tracker.EditEvery)
	waitFor(t, "the edit to fail", func() bool {
		e.rec.mu.Lock()
		defer e.rec.mu.Unlock()
		return len(e.rec.refused) >= 1
	})
	e.rec.fail(nil)
	waitFor(t, "the edit after the outage", func() bool { return len(e.rec.editList()) == 1 })
	waitFor(t, "the outbox to empty", func() bool { n, _ := e.db.OutboxLen(); return n == 0 })
	e.stop()
	if got := e.rec.editList(); len(got) != 1 || strings.Join(got[0].Message[0].Also, ",") != "Beta News" {
		t.Fatalf("edits = %+v; want one, naming Beta News", got)
	}
	if n := len(e.rec.messages()); n != 1 {
		t.Fatalf("%d messages posted; want 1", n)
	}
}

func TestAnEditSurvivesARestart(t *testing.T) {
	feeds := outlets(t, "Alpha Wire", "Beta News")
	clk := &skipClock{}
	e := &env{t: t, cfg: tracker.Config{Now: clk.Now}}
	startWithAlert(t, e, feeds)
	addCopy(t, feeds[1], "beta-1", "Americans hand Bagram air base over to Afghan army")
	e.stop() // within the minute: the edit waits in the outbox, shutdown or not
	if got := e.rec.editList(); len(got) != 0 {
		t.Fatalf("%d edits at shutdown; want the edit held for its minute", len(got))
	}
	e.start(urls(feeds)...)
	clk.skip(tracker.EditEvery)
	waitFor(t, "the edit after the restart", func() bool { return len(e.rec.editList()) == 1 })
	waitFor(t, "the outbox to empty", func() bool { n, _ := e.db.OutboxLen(); return n == 0 })
	if u := e.rec.editList()[0]; u.MessageID != "m1" || strings.Join(u.Message[0].Also, ",") != "Beta News" {
		t.Fatalf("edit = %+v; want message m1 to name Beta News", u)
	}
	if n := len(e.rec.messages()); n != 1 {
		t.Fatalf("%d messages posted; want 1", n)
	}
}
