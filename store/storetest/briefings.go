package storetest

import (
	"testing"
	"time"

	"newshound/tracker"
)

// testBriefings: schedules are stored per channel, replaced and deleted;
// QueueBriefing records a scheduled time and queues its rows at most once,
// and not for a schedule that was stopped.
func testBriefings(t *testing.T, open Opener) {
	s := open(t, nil)
	set := time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC)
	b := tracker.Briefing{GuildID: "g", ChannelID: "c", Clock: "08:00", Zone: "Europe/London", Set: set}
	must(t, s.PutBriefing(ctx, b))
	must(t, s.PutBriefing(ctx, tracker.Briefing{GuildID: "g", ChannelID: "c2", Clock: "09:00", Zone: "UTC", Set: set}))
	all, err := s.Briefings(ctx)
	must(t, err)
	if len(all) != 2 {
		t.Fatalf("got %d briefings; want 2", len(all))
	}
	at := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	done := b
	done.Last = at
	row := tracker.Alert{Kind: tracker.KindSummary, GuildID: "g", ChannelID: "c", Topic: "bagram", Created: at,
		Summary: &tracker.TopicSummary{Topic: "bagram", Hours: 24, Until: at, Items: 1}}
	ok, err := s.QueueBriefing(ctx, done, []tracker.Alert{row})
	must(t, err)
	if !ok {
		t.Fatal("first QueueBriefing for 08:00 did nothing; want it queued")
	}
	ok, err = s.QueueBriefing(ctx, done, []tracker.Alert{row})
	must(t, err)
	if ok {
		t.Fatal("second QueueBriefing for the same 08:00 queued again; want at most once")
	}
	rows := pending(t, s)
	if len(rows) != 1 || rows[0].Kind != tracker.KindSummary || rows[0].Summary == nil || rows[0].Summary.Topic != "bagram" || rows[0].ID == 0 {
		t.Fatalf("outbox = %+v; want the one briefing row with its summary and an ID", rows)
	}
	all, _ = s.Briefings(ctx)
	for _, got := range all {
		if got.ChannelID == "c" && (!got.Last.Equal(at) || got.Zone != "Europe/London" || !got.Set.Equal(set)) {
			t.Fatalf("stored briefing = %+v; want Last 08:00 and the rest as put", got)
		}
	}
	// A stopped schedule queues nothing.
	must(t, s.DeleteBriefing(ctx, "g", "c2"))
	ok, err = s.QueueBriefing(ctx, tracker.Briefing{GuildID: "g", ChannelID: "c2", Last: at}, []tracker.Alert{row})
	must(t, err)
	if ok || len(pending(t, s)) != 1 {
		t.Fatal("QueueBriefing for a deleted schedule queued rows")
	}
	all, _ = s.Briefings(ctx)
	if len(all) != 1 {
		t.Fatalf("got %d briefings after deleting one; want 1", len(all))
	}
}
