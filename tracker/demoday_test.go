package tracker_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"newshound/tracker/demo"
)

// demoClock is a settable clock for the demo server, so a test can move
// through minutes of its news day in milliseconds while the tracker polls
// on real time.
type demoClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *demoClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *demoClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// TestDemoAlertsWhoeverTracksLate is the newcomer who reads /help first: the
// demo has been running for a while (150 s, and half an hour, when every
// story has gone out several times) before /track bagram, and an alert about
// Bagram still arrives within the next 60 s of the demo's day.
func TestDemoAlertsWhoeverTracksLate(t *testing.T) {
	for _, late := range []time.Duration{150 * time.Second, 30 * time.Minute} {
		t.Run(late.String(), func(t *testing.T) {
			clk := &demoClock{t: time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)}
			srv, err := demo.Start(demo.Options{Now: clk.Now})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { srv.Close() })
			clk.Add(late)

			e := &env{t: t}
			e.cfg.FetchArticles = true
			e.start(srv.Feeds()...) // the first round of polls records what is out as seen
			e.track("bagram")
			if n := len(e.rec.alerts()); n != 0 {
				t.Fatalf("%d alerts right after /track; want none yet (old items are not news)", n)
			}
			// A minute of the demo's day, in steps of its interval, each
			// seen by a poll of every feed.
			for elapsed := time.Duration(0); elapsed < time.Minute; elapsed += demo.DefaultInterval {
				before := e.tr.Stats().Polls
				clk.Add(demo.DefaultInterval)
				waitFor(t, "a poll of every demo feed", func() bool { return e.tr.Stats().Polls >= before+int64(len(srv.Feeds())) })
			}
			waitFor(t, "a Bagram alert", func() bool { return len(e.rec.alerts()) > 0 })
			// Two more minutes: every outlet's Bagram stories come round
			// again, each feed polled as the floor says (none left waiting
			// for a hint of minutes), and each story alerts once.
			for elapsed := time.Duration(0); elapsed < 2*time.Minute; elapsed += demo.DefaultInterval {
				before := e.tr.Stats().Polls
				clk.Add(demo.DefaultInterval)
				waitFor(t, "a poll of every demo feed", func() bool { return e.tr.Stats().Polls >= before+int64(len(srv.Feeds())) })
			}
			waitFor(t, "alerts from all three outlets", func() bool {
				outlets := map[string]bool{}
				for _, a := range e.rec.alerts() {
					outlets[a.Item.Outlet] = true
				}
				return len(outlets) == 3
			})
			stories := map[string]bool{}
			for _, a := range e.rec.alerts() {
				if !strings.Contains(a.Item.Title+a.Snippet+a.Item.Description+a.Item.Text, "Bagram") {
					t.Errorf("alert %q does not mention Bagram", a.Item.Title)
				}
				if stories[a.Item.StoryID] {
					t.Errorf("story of %q alerted twice", a.Item.Title)
				}
				stories[a.Item.StoryID] = true
			}
		})
	}
}

// TestFeedTTLNeverDelaysPastTheLongestInterval: a feed whose <ttl> says an
// hour is still polled within MaxInterval after its first poll, as after
// any other (the first poll spreads feeds over the interval range).
func TestFeedTTLNeverDelaysPastTheLongestInterval(t *testing.T) {
	fs := newFeedServer(t)
	fs.set(0, `<?xml version="1.0"?><rss version="2.0"><channel><title>Slow</title><ttl>60</ttl><item><guid>a</guid><title>A</title><link>`+fs.URL+`/article/a</link></item></channel></rss>`)
	e := &env{t: t}
	e.start(fs.URL)
	waitFor(t, "a second poll within the longest interval, not an hour", func() bool { r, _ := fs.counts(); return r >= 2 })
}
