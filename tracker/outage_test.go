package tracker_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

func TestAfterAnOutageEveryChannelResumesAtOnceAndDrainsInDigests(t *testing.T) {
	e := &env{t: t}
	e.start()
	ctx := context.Background()
	e.rec.fail(errors.New("502 Bad Gateway"))
	channels := []string{"c1", "c2", "c3"}
	var rows []tracker.Alert
	for i := range 30 {
		for _, ch := range channels {
			rows = append(rows, tracker.Alert{Kind: tracker.KindAlert, GuildID: "g", ChannelID: ch, Topic: "bagram",
				Item: tracker.Item{URL: fmt.Sprintf("https://news.example/%s/%d", ch, i), Title: "Bagram"}, Created: time.Now()})
		}
	}
	if err := e.db.Queue(ctx, rows...); err != nil {
		t.Fatal(err)
	}
	// A few failed sends in a row: the back-off grows (1 s, 2 s...).
	waitFor(t, "failed sends", func() bool {
		e.rec.mu.Lock()
		defer e.rec.mu.Unlock()
		return len(e.rec.refused) >= 2
	})
	e.rec.mu.Lock()
	firstRefused := slices.Clone(e.rec.refused[0])
	gap := e.rec.refusedAt[1].Sub(e.rec.refusedAt[0])
	e.rec.failing = nil
	e.rec.mu.Unlock()
	if gap < 900*time.Millisecond {
		t.Errorf("a second send was tried %v after the first failed; want every channel held (1 s at first)", gap)
	}
	recovered := time.Now()
	waitFor(t, "the backlog delivered", func() bool { return len(e.rec.alerts()) == 90 })
	// Scaled down: the longest hold so far is 2-4 s, and a backlog of 30 a
	// channel is 3 digests, within Discord's 5 messages per 5 s.
	if d := time.Since(recovered); d > 8*time.Second {
		t.Errorf("the backlog took %v to drain after recovery; want a few seconds", d)
	}
	perChannel := map[string]int{}
	var firstSent []uint64
	for _, m := range e.rec.messages() {
		if len(m) > 10 {
			t.Errorf("a message carries %d alerts; want digests of at most 10", len(m))
		}
		perChannel[m[0].ChannelID]++
		if firstSent == nil && m[0].ChannelID == e.rowsChannel(firstRefused[0]) {
			for _, a := range m {
				firstSent = append(firstSent, a.ID)
			}
		}
	}
	for _, ch := range channels {
		if perChannel[ch] > 4 {
			t.Errorf("channel %s got %d messages for 30 alerts; want them folded into digests", ch, perChannel[ch])
		}
	}
	if !slices.Equal(firstSent, firstRefused) {
		t.Errorf("the retried message carries rows %v; want the same rows as the failed one, %v (same nonce)", firstSent, firstRefused)
	}
}

// rowsChannel names the channel of an outbox row the tracker was asked to
// send (every row of these tests has its channel in its URL).
func (e *env) rowsChannel(id uint64) string {
	for _, m := range e.rec.messages() {
		for _, a := range m {
			if a.ID == id {
				return a.ChannelID
			}
		}
	}
	return ""
}

// stuck is a Notifier that never returns by itself, like a client sleeping
// out a retry_after of 300 s without looking at its context. Each send
// that reaches it is told on entered, if there is room.
type stuck struct{ entered, release chan struct{} }

func (s stuck) Notify(context.Context, []tracker.Alert) (string, error) {
	select {
	case s.entered <- struct{}{}:
	default:
	}
	<-s.release
	return "", nil
}

func TestShutdownDoesNotWaitOutALongRetryAfter(t *testing.T) {
	entered, release := make(chan struct{}, 1), make(chan struct{})
	defer close(release)
	db, err := store.Open(filepath.Join(t.TempDir(), "t.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tr, err := tracker.New(context.Background(), tracker.Config{Store: db, Notifier: stuck{entered, release}, Client: fetch.New(fetch.Options{})})
	if err == nil {
		err = db.Queue(context.Background(), tracker.Alert{Kind: tracker.KindNotice, GuildID: "g", ChannelID: "c", Notice: "hello"})
	}
	if err != nil {
		t.Fatal(err)
	}
	tr.Start(context.Background())
	select {
	case <-entered: // the deliverer is stuck in Notify
	case <-time.After(30 * time.Second):
		t.Fatal("the queued notice was never sent")
	}
	start := time.Now()
	tr.Close(500 * time.Millisecond)
	if d := time.Since(start); d > 1500*time.Millisecond {
		t.Errorf("Close(500ms) took %v while the notifier was stuck; want it bounded by the drain limit", d)
	}
	if n, _ := db.OutboxLen(); n != 1 {
		t.Errorf("%d rows queued after shutdown; want the undelivered one kept", n)
	}
}
