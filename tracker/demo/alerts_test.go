package demo

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

// alertLog is a tracker.Notifier that keeps what it is asked to deliver.
type alertLog struct {
	mu     sync.Mutex
	alerts []tracker.Alert
}

func (l *alertLog) Notify(_ context.Context, alerts []tracker.Alert) (messageID string, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.alerts = append(l.alerts, alerts...)
	return "m" + strconv.Itoa(len(l.alerts)), nil
}

// byChannel returns the delivered alerts per channel: not notices, nor
// the edits that add a later outlet's copy to a delivered alert.
func (l *alertLog) byChannel() map[string][]tracker.Alert {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := map[string][]tracker.Alert{}
	for _, a := range l.alerts {
		if a.Kind == tracker.KindAlert {
			out[a.ChannelID] = append(out[a.ChannelID], a)
		}
	}
	return out
}

// waitUntil re-checks cond until it holds or 30 seconds pass (a loaded
// machine delivers a channel's backlog slowly; a pass takes far less).
func waitUntil(t *testing.T, what string, cond func() bool, explain func() string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s: %s", what, explain())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestEveryStoryAlertsOnceThroughTheTracker runs the first round of the
// demo's news day, every written story, through the real tracker (feeds
// polled and parsed, pages read, stories clustered, topics matched, alerts
// delivered), with one channel tracking each story's topic from the start.
// Every story published after the start alerts in its topic's channel once,
// as a story of its own (a follow-up is news, not a copy of what came
// before), no channel hears of another topic's story, and the syndicated
// copy (copy-of) alerts nowhere: clustering folds it into its original.
func TestEveryStoryAlertsOnceThroughTheTracker(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the tracker over the whole first round")
	}
	clk := &clock{t: time.Now()}
	s, err := Start(Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })

	db, err := store.Open(filepath.Join(t.TempDir(), "demo.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	log := &alertLog{}
	tr, err := tracker.New(context.Background(), tracker.Config{
		Store:         db,
		Notifier:      log,
		Client:        fetch.New(fetch.Options{AllowPrivate: true, Timeout: 5 * time.Second}),
		Catalog:       s.Feeds(),
		PollFloor:     20 * time.Millisecond,
		FetchArticles: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	tr.Start(context.Background())
	t.Cleanup(func() { tr.Close(2 * time.Second) })

	// Each topic's channel is named after it.
	want := map[string][]string{} // channel -> titles of the stories that must alert there
	copies := map[string]bool{}   // titles of syndicated copies
	for i, st := range s.stories {
		if _, ok := want[st.topic]; !ok {
			want[st.topic] = nil
			if _, err := tr.Track(context.Background(), "g", st.topic, st.topic); err != nil {
				t.Fatalf("/track %s: %v", st.topic, err)
			}
		}
		switch {
		case st.copyOf != "":
			copies[st.title] = true
		case i >= initialItems: // the first four are out before anyone tracks
			want[st.topic] = append(want[st.topic], st.title)
		}
	}
	// A channel tracking kabul hears of every Bagram story too (and of
	// the football transfer of a Kabul-born player).
	if _, err := tr.Track(context.Background(), "g", "kabul", "kabul"); err != nil {
		t.Fatal(err)
	}
	polls := func(n int) {
		before := tr.Stats().Polls
		waitUntil(t, "polls of the demo feeds", func() bool { return tr.Stats().Polls >= before+int64(n) }, func() string { return "" })
	}
	polls(2 * len(s.Feeds()))
	for k := initialItems + 1; k <= len(s.stories); k++ {
		clk.Add(s.publishedAt(s.edition(k)).Sub(clk.Now()))
		polls(2 * len(s.Feeds()))
	}
	got := func() map[string][]string {
		out := map[string][]string{}
		for ch, as := range log.byChannel() {
			for _, a := range as {
				out[ch] = append(out[ch], a.Item.Title)
			}
			sort.Strings(out[ch])
		}
		return out
	}
	for ch := range want {
		sort.Strings(want[ch])
	}
	// Each channel is delivered to on its own, at most a few messages a
	// second, so wait for every channel, kabul's too.
	wantAll := maps.Clone(want)
	wantAll["kabul"] = want["bagram"]
	waitUntil(t, "an alert for every story in its topic's channel", func() bool {
		return missing(wantAll, got()) == ""
	}, func() string { return missing(wantAll, got()) })
	polls(3 * len(s.Feeds())) // time for any alert that should not come
	g := got()
	for _, title := range want["bagram"] {
		if !slices.Contains(g["kabul"], title) {
			t.Errorf("channel tracking kabul did not hear of %q", title)
		}
	}
	delete(g, "kabul")
	for ch, titles := range want {
		if !slices.Equal(g[ch], titles) {
			t.Errorf("channel tracking %q got %d alerts; want %d, one per story:\n got %q\nwant %q", ch, len(g[ch]), len(titles), g[ch], titles)
		}
	}
	stories := map[string]string{}
	for ch, as := range log.byChannel() {
		for _, a := range as {
			if ch == "kabul" {
				continue
			}
			if copies[a.Item.Title] {
				t.Errorf("channel %q: the syndicated copy %q alerted; want it folded into its original", ch, a.Item.Title)
			}
			if prev, ok := stories[a.Item.StoryID]; ok && prev != a.Item.Title {
				t.Errorf("%q and %q share story %s; want a story each", prev, a.Item.Title, a.Item.StoryID)
			}
			stories[a.Item.StoryID] = a.Item.Title
		}
	}
	if n := len(want["bagram"]); n < 15 {
		t.Errorf("%d Bagram stories alerted; want the day's developments (>= 15)", n)
	}
}

func missing(want, got map[string][]string) string {
	var b strings.Builder
	for ch, titles := range want {
		for _, title := range titles {
			if !slices.Contains(got[ch], title) {
				b.WriteString(ch + ": " + title + "; ")
			}
		}
	}
	return b.String()
}
