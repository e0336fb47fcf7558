package storetest

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"newshound/tracker"
)

// copyOf is a poll that carries outlet's copy of story, seen at.
func copyOf(channel, story, outlet string, at time.Time) tracker.PollResult {
	u := "http://" + strings.ToLower(outlet) + "/" + story
	return tracker.PollResult{Alerts: []tracker.Alert{{Kind: tracker.KindAlert, GuildID: "g", ChannelID: channel, Topic: "t",
		Item: tracker.Item{URL: u, Outlet: outlet, StoryID: story, Title: story + " by " + outlet}, Created: at}}}
}

func commit(t *testing.T, s tracker.Store, p tracker.PollResult) []tracker.Alert {
	t.Helper()
	q, err := s.CommitPoll(ctx, p)
	must(t, err)
	return q
}

// onlyUpdate returns the one pending row, which must be an update.
func onlyUpdate(t *testing.T, s tracker.Store, what string) tracker.Alert {
	t.Helper()
	rows := pending(t, s)
	if len(rows) != 1 || rows[0].Kind != tracker.KindUpdate {
		t.Fatalf("%s: pending = %+v; want one update", what, rows)
	}
	return rows[0]
}

func also(u tracker.Alert, i int) string { return strings.Join(u.Message[i].Also, ",") }

func testEditDelivered(t *testing.T, open Opener) {
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	s := open(t, func() time.Time { return t0 })
	if q := commit(t, s, copyOf("c", "s1", "AP", t0)); len(q) != 1 {
		t.Fatalf("first copy queued %v; want its alert", q)
	}
	rows := pending(t, s)
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: rows, MessageID: "m1", At: t0}))
	if got := pending(t, s); len(got) != 0 {
		t.Fatalf("after delivery: %+v pending", got)
	}

	// Copies within a minute of the post make one update, due a minute
	// after it.
	if q := commit(t, s, copyOf("c", "s1", "BBC", t0.Add(10*time.Second))); len(q) != 0 {
		t.Fatalf("a later copy queued %v; want no new alert", q)
	}
	u := onlyUpdate(t, s, "a copy after delivery")
	if u.MessageID != "m1" || u.Edits != rows[0].ID || u.ChannelID != "c" || len(u.Message) != 1 || also(u, 0) != "BBC" ||
		u.Message[0].Item.Outlet != "AP" || !u.NotBefore.Equal(t0.Add(tracker.EditEvery)) {
		t.Fatalf("update = %+v; want message m1 (row %d) also reported by BBC, due a minute after the post", u, rows[0].ID)
	}
	commit(t, s, copyOf("c", "s1", "Reuters", t0.Add(20*time.Second)))
	commit(t, s, copyOf("c", "s1", "BBC", t0.Add(30*time.Second)))
	commit(t, s, copyOf("c", "s1", "AP", t0.Add(30*time.Second)))
	u2 := onlyUpdate(t, s, "two more copies")
	if u2.ID != u.ID || also(u2, 0) != "BBC,Reuters" || u2.Rev <= u.Rev {
		t.Fatalf("update = %+v; want the same row (%d), BBC and Reuters, a later revision (repeats and the outlet itself left out)", u2, u.ID)
	}

	// The edit goes out; the next copy waits a minute from it.
	sentAt := t0.Add(61 * time.Second)
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: []tracker.Alert{u2}, At: sentAt}))
	if got := pending(t, s); len(got) != 0 {
		t.Fatalf("after the edit: %+v pending", got)
	}
	commit(t, s, copyOf("c", "s1", "CNN", t0.Add(90*time.Second)))
	u3 := onlyUpdate(t, s, "a copy after the edit")
	if u3.ID == u2.ID || also(u3, 0) != "BBC,Reuters,CNN" || !u3.NotBefore.Equal(sentAt.Add(tracker.EditEvery)) {
		t.Fatalf("update = %+v; want a new row with CNN added, due a minute after the last edit", u3)
	}

	// A copy folded in while the edit was being sent: the row stays, due
	// a minute after this edit.
	commit(t, s, copyOf("c", "s1", "DW", t0.Add(100*time.Second)))
	sentAt = t0.Add(130 * time.Second)
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: []tracker.Alert{u3}, At: sentAt}))
	u4 := onlyUpdate(t, s, "a copy folded in during the edit")
	if u4.ID != u3.ID || also(u4, 0) != "BBC,Reuters,CNN,DW" || !u4.NotBefore.Equal(sentAt.Add(tracker.EditEvery)) {
		t.Fatalf("update = %+v; want row %d kept with DW, due a minute after the edit", u4, u3.ID)
	}
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: []tracker.Alert{u4}, At: t0.Add(200 * time.Second)}))

	// The message was deleted: its update is dropped, and later copies
	// edit it no more.
	commit(t, s, copyOf("c", "s1", "NPR", t0.Add(300*time.Second)))
	must(t, s.Drop(ctx, onlyUpdate(t, s, "a copy after three edits").ID))
	commit(t, s, copyOf("c", "s1", "ABC", t0.Add(400*time.Second)))
	if got := pending(t, s); len(got) != 0 {
		t.Fatalf("a copy after the update was dropped queued %+v; want nothing (the message is gone)", got)
	}
	// Another channel's alert of the same story is its own.
	if q := commit(t, s, copyOf("c2", "s1", "AP", t0)); len(q) != 1 {
		t.Fatalf("the story in another channel queued %v; want its alert", q)
	}
}

func testEditAfterASendRace(t *testing.T, open Opener) {
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	s := open(t, func() time.Time { return t0 })
	commit(t, s, copyOf("c", "s1", "AP", t0))
	rows := pending(t, s) // read by the deliverer, then a copy folds in
	commit(t, s, copyOf("c", "s1", "BBC", t0.Add(time.Second)))
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: rows, MessageID: "m1", At: t0.Add(2 * time.Second)}))
	u := onlyUpdate(t, s, "a copy folded in while the alert was sent")
	if u.MessageID != "m1" || also(u, 0) != "BBC" || !u.NotBefore.Equal(t0.Add(2*time.Second+tracker.EditEvery)) {
		t.Fatalf("update = %+v; want message m1 to show BBC, a minute after its post", u)
	}
}

func testEditDigest(t *testing.T, open Opener) {
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	s := open(t, func() time.Time { return t0 })
	commit(t, s, copyOf("c", "s1", "AP", t0))
	commit(t, s, copyOf("c", "s2", "AP", t0))
	rows := pending(t, s)
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: rows, MessageID: "digest", At: t0}))
	commit(t, s, copyOf("c", "s2", "BBC", t0.Add(5*time.Minute)))
	u := onlyUpdate(t, s, "a copy of a digest's second story")
	if u.MessageID != "digest" || u.Edits != rows[0].ID || len(u.Message) != 2 || also(u, 0) != "" || also(u, 1) != "BBC" ||
		!slices.Equal([]uint64{u.Message[0].ID, u.Message[1].ID}, []uint64{rows[0].ID, rows[1].ID}) {
		t.Fatalf("update = %+v; want the whole digest, its second line also reported by BBC", u)
	}
	if !u.NotBefore.Equal(t0.Add(tracker.EditEvery)) {
		t.Fatalf("update due %v; want a minute after the post (it is due now)", u.NotBefore)
	}
}

func testEditKeptOnlyWhenUseful(t *testing.T, open Opener) {
	t0 := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	clock := t0
	s := open(t, func() time.Time { return clock })
	// Without a message ID there is nothing to edit.
	commit(t, s, copyOf("c", "s1", "AP", t0))
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: pending(t, s), At: t0}))
	commit(t, s, copyOf("c", "s1", "BBC", t0.Add(time.Minute)))
	if got := pending(t, s); len(got) != 0 {
		t.Fatalf("a copy of an alert delivered without an ID queued %+v", got)
	}
	// Past the story window (72 h) a copy edits nothing.
	commit(t, s, copyOf("c", "s2", "AP", t0))
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: pending(t, s), MessageID: "m2", At: t0}))
	commit(t, s, copyOf("c", "s2", "BBC", t0.Add(73*time.Hour)))
	if got := pending(t, s); len(got) != 0 {
		t.Fatalf("a copy 73 h after delivery queued %+v; want nothing past the story window", got)
	}
	// Pruned records are forgotten: a copy then edits nothing.
	commit(t, s, copyOf("c", "s3", "AP", t0))
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: pending(t, s), MessageID: "m3", At: t0}))
	must(t, s.Prune(ctx, t0.Add(80*time.Hour)))
	commit(t, s, copyOf("c", "s3", "BBC", t0.Add(time.Hour)))
	if got := pending(t, s); len(got) != 0 {
		t.Fatalf("a copy after its message was pruned queued %+v", got)
	}
	// A recent message survives pruning.
	commit(t, s, copyOf("c", "s4", "AP", t0.Add(79*time.Hour)))
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: pending(t, s), MessageID: "m4", At: t0.Add(79 * time.Hour)}))
	must(t, s.Prune(ctx, t0.Add(80*time.Hour)))
	commit(t, s, copyOf("c", "s4", "BBC", t0.Add(80*time.Hour)))
	if u := onlyUpdate(t, s, "a copy of a message younger than the window"); u.MessageID != "m4" {
		t.Fatalf("update = %+v; want message m4", u)
	}
	// Notices are never kept for edits; delivering twice records nothing new.
	n := tracker.Alert{Kind: tracker.KindNotice, GuildID: "g", ChannelID: "c", Notice: "paused", Created: t0}
	must(t, s.Queue(ctx, n))
	rows := pending(t, s)
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: rows[len(rows)-1:], MessageID: "n1", At: t0}))
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: rows[len(rows)-1:], MessageID: "n1", At: t0}))
	if got := pending(t, s); len(got) != 1 || got[0].Kind != tracker.KindUpdate {
		t.Fatalf("pending = %+v; want only m4's update", got)
	}
}

func testConcurrentEdits(t *testing.T, open Opener) {
	t0 := time.Now()
	s := open(t, nil)
	commit(t, s, copyOf("c", "s1", "AP", t0))
	must(t, s.Delivered(ctx, tracker.Delivery{Rows: pending(t, s), MessageID: "m1", At: t0}))
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.CommitPoll(ctx, copyOf("c", "s1", fmt.Sprintf("O%d", i), t0.Add(time.Second))); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	u := onlyUpdate(t, s, "8 copies committed at once")
	if len(u.Message[0].Also) != 8 || u.MessageID != "m1" {
		t.Fatalf("update = %+v; want one edit of m1 naming the 8 outlets", u)
	}
}
