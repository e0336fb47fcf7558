package tracker_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"newshound/tracker"
	"newshound/tracker/quote"
)

// clock is an injected clock tests move by hand.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}

const bagramText = `US troops handed over Bagram Air Base to the Afghan army on Friday, ending two decades of American control of the base.

"This is a historic day for the Afghan people and for our armed forces," Defence Minister Bismillah Khan told reporters at the ceremony.`

// storeBagramItem stores an article about Bagram, read, first seen at seen.
func storeBagramItem(t *testing.T, e *env, slug string, seen time.Time) {
	t.Helper()
	it := tracker.Item{URL: "https://news.example/" + slug, Key: slug, FeedURL: "https://news.example/rss", Outlet: "Example News",
		Title: "US hands Bagram Air Base to Afghan army", Description: "The handover of Bagram.", Published: seen, Seen: seen,
		Text: bagramText, Quotes: quote.Extract(bagramText), Read: true}
	if _, err := e.db.CommitPoll(context.Background(), tracker.PollResult{Items: []tracker.Item{it}}); err != nil {
		t.Fatal(err)
	}
}

func briefings(r *recorder) []tracker.Alert {
	var out []tracker.Alert
	for _, a := range r.alerts() {
		if a.Kind == tracker.KindSummary {
			out = append(out, a)
		}
	}
	return out
}

func runBriefings(t *testing.T, e *env) {
	t.Helper()
	if err := e.tr.RunBriefings(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestBriefingIsPostedOnceAtItsScheduledTime(t *testing.T) {
	clk := &clock{now: time.Date(2026, 11, 30, 7, 59, 0, 0, time.UTC)}
	e := &env{t: t, cfg: tracker.Config{Now: clk.Now}}
	e.start()
	e.track("bagram")
	storeBagramItem(t, e, "handover", clk.Now().Add(-2*time.Hour))
	if _, err := e.tr.SetBriefing(context.Background(), "g", "c", "08:00", "UTC"); err != nil {
		t.Fatal(err)
	}
	runBriefings(t, e)
	time.Sleep(50 * time.Millisecond)
	if got := briefings(e.rec); len(got) != 0 {
		t.Fatalf("%d briefings at 07:59; want none before 08:00", len(got))
	}
	clk.set(time.Date(2026, 11, 30, 8, 0, 20, 0, time.UTC))
	runBriefings(t, e)
	runBriefings(t, e)
	waitFor(t, "the briefing", func() bool { return len(briefings(e.rec)) == 1 })
	b := briefings(e.rec)[0]
	if b.Topic != "bagram" || b.Summary == nil || len(b.Summary.Summary.Stories) != 1 {
		t.Fatalf("briefing = %+v; want the Bagram story", b)
	}
	if qs := b.Summary.Summary.Quotes; len(qs) == 0 || qs[0].Speaker != "Bismillah Khan" {
		t.Errorf("briefing quotes = %+v; want Bismillah Khan's", qs)
	}
	if b.Summary.Hours != 24 {
		t.Errorf("first briefing covers %d hours; want 24", b.Summary.Hours)
	}
	// Later the same day nothing more; the next day, only what is new.
	clk.set(time.Date(2026, 11, 30, 20, 0, 0, 0, time.UTC))
	runBriefings(t, e)
	clk.set(time.Date(2026, 12, 1, 8, 0, 5, 0, time.UTC))
	runBriefings(t, e)
	time.Sleep(50 * time.Millisecond)
	if got := briefings(e.rec); len(got) != 1 {
		t.Fatalf("%d briefings; want still 1: nothing new since the last one posts nothing", len(got))
	}
	storeBagramItem(t, e, "followup", time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC))
	clk.set(time.Date(2026, 12, 2, 8, 0, 5, 0, time.UTC))
	runBriefings(t, e)
	waitFor(t, "the next day's briefing", func() bool { return len(briefings(e.rec)) == 2 })
	if b := briefings(e.rec)[1]; b.Summary.Items != 1 || b.Summary.Hours != 24 {
		t.Errorf("second briefing has %d items over %d hours; want the 1 new item since the last briefing", b.Summary.Items, b.Summary.Hours)
	}
	// Its window, as its headline tells it: since the last scheduled time.
	if s := briefings(e.rec)[1].Summary; !s.Since.Equal(time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)) || s.Zone != "UTC" {
		t.Errorf("second briefing covers since %v in %q; want since 08:00 UTC the day before", s.Since, s.Zone)
	}
}

func TestBriefingSurvivesARestartAndADiscordOutageOnce(t *testing.T) {
	clk := &clock{now: time.Date(2026, 11, 30, 8, 0, 10, 0, time.UTC)}
	e := &env{t: t, cfg: tracker.Config{Now: clk.Now}}
	e.start()
	e.track("bagram")
	storeBagramItem(t, e, "handover", clk.Now().Add(-time.Hour))
	clk.set(time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC))
	if _, err := e.tr.SetBriefing(context.Background(), "g", "c", "08:00", ""); err != nil {
		t.Fatal(err)
	}
	clk.set(time.Date(2026, 11, 30, 8, 0, 10, 0, time.UTC))
	e.rec.fail(errors.New("discord is down"))
	runBriefings(t, e)
	waitFor(t, "the briefing in the outbox", func() bool {
		p, _ := e.db.Pending(context.Background(), 0, 10)
		return len(p) == 1 && p[0].Kind == tracker.KindSummary
	})
	// Crash while Discord is down; come back at 08:01 with Discord up.
	e.stop()
	e.rec = newRecorder()
	clk.set(time.Date(2026, 11, 30, 8, 1, 0, 0, time.UTC))
	e.start() // the briefing loop runs at once
	waitFor(t, "the briefing after the restart", func() bool { return len(briefings(e.rec)) == 1 })
	runBriefings(t, e)
	time.Sleep(100 * time.Millisecond)
	if got := briefings(e.rec); len(got) != 1 {
		t.Fatalf("%d briefings after the outage and restart; want exactly 1", len(got))
	}
}

func TestBriefingFollowsDaylightSavingTime(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	clk := &clock{now: time.Date(2026, 3, 27, 12, 0, 0, 0, time.UTC)}
	e := &env{t: t, cfg: tracker.Config{Now: clk.Now}}
	e.start()
	e.track("bagram")
	if _, err := e.tr.SetBriefing(context.Background(), "g", "c", "08:00", "Europe/London"); err != nil {
		t.Fatal(err)
	}
	// 28 March is GMT (08:00 = 08:00 UTC); 29 March is BST (08:00 = 07:00 UTC).
	for i, day := range []time.Time{
		time.Date(2026, 3, 28, 8, 0, 0, 0, london),
		time.Date(2026, 3, 29, 8, 0, 0, 0, london),
		time.Date(2026, 3, 30, 8, 0, 0, 0, london),
	} {
		storeBagramItem(t, e, day.Format("0102"), day.Add(-3*time.Hour))
		clk.set(day.Add(-time.Minute))
		runBriefings(t, e)
		time.Sleep(30 * time.Millisecond)
		if got := len(briefings(e.rec)); got != i {
			t.Fatalf("at %v: %d briefings; want %d (none before 08:00 London time)", clk.Now(), got, i)
		}
		clk.set(day.Add(30 * time.Second))
		runBriefings(t, e)
		waitFor(t, "the briefing at 08:00 London time", func() bool { return len(briefings(e.rec)) == i+1 })
		clk.set(day.Add(61 * time.Minute)) // 08:00 by the other offset
		runBriefings(t, e)
	}
	time.Sleep(50 * time.Millisecond)
	if got := len(briefings(e.rec)); got != 3 {
		t.Fatalf("%d briefings over three days across the change to summer time; want 3", got)
	}
	if got := briefings(e.rec)[1].Summary.Hours; got != 23 {
		t.Errorf("the briefing on the day clocks go forward covers %d hours; want 23", got)
	}
}

func TestBriefingRejectsBadTimesAndZones(t *testing.T) {
	e := &env{t: t}
	e.start()
	for _, c := range [][2]string{{"25:00", "UTC"}, {"8", "UTC"}, {"08:00", "Mars/Olympus"}, {"noon", ""}, {"08:00", "Local"}} {
		_, err := e.tr.SetBriefing(context.Background(), "g", "c", c[0], c[1])
		msg, ok := tracker.UserMessage(err)
		if !ok || !strings.Contains(msg, "HH:MM") && !strings.Contains(msg, "IANA") {
			t.Errorf("SetBriefing(%q, %q) = %v; want a message saying what is wrong", c[0], c[1], err)
		}
	}
	if _, ok, _ := e.tr.BriefingOf(context.Background(), "g", "c"); ok {
		t.Error("a bad briefing was stored")
	}
	b, err := e.tr.SetBriefing(context.Background(), "g", "c", "7:05", "")
	if err != nil || b.Clock != "07:05" || b.Zone != "UTC" {
		t.Fatalf("SetBriefing(7:05) = %+v, %v; want 07:05 UTC", b, err)
	}
}

func TestBriefingLoopRunsOnTheTrackersClock(t *testing.T) {
	clk := &clock{now: time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)}
	e := &env{t: t, cfg: tracker.Config{Now: clk.Now}}
	e.start()
	e.track("bagram")
	storeBagramItem(t, e, "handover", clk.Now().Add(-time.Hour))
	if _, err := e.tr.SetBriefing(context.Background(), "g", "c", "08:00", "UTC"); err != nil {
		t.Fatal(err)
	}
	e.stop()
	clk.set(time.Date(2026, 11, 30, 8, 0, 10, 0, time.UTC))
	e.start() // no RunBriefings: the tracker's own loop finds it due
	waitFor(t, "the briefing", func() bool { return len(briefings(e.rec)) == 1 })
}
