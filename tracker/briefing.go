package tracker

import (
	"context"
	"fmt"
	"strings"
	"time"

	"newshound/tracker/query"
)

// Briefing is a channel's daily summary: every day at Clock (HH:MM) in
// Zone the channel gets a summary of its topics since the last briefing (24
// hours before the first).
//
// Rules: a briefing is queued in the outbox, like an alert, in the same
// transaction that records its scheduled time as Last, so an outage delays
// it but never loses or doubles it, and each scheduled time is briefed at
// most once, across restarts. A briefing whose topics have nothing new posts
// nothing (and still counts as done). A scheduled time missed while the
// process was down is still briefed within briefingLate; an older one is
// skipped. Times are the tracker's clock (Config.Now).
type Briefing struct {
	GuildID   string `json:"guild"`
	ChannelID string `json:"channel"`
	Clock     string `json:"clock"` // "08:00"
	Zone      string `json:"zone"`  // IANA time zone name, "UTC"
	// Set is when the schedule was set: the first briefing is the first
	// scheduled time after it.
	Set time.Time `json:"set"`
	// Last is the scheduled time of the last briefing done.
	Last time.Time `json:"last,omitzero"`
}

// KindSummary is the outbox kind of a briefing: one topic's summary.
const KindSummary = "summary"

// briefingLate is how late a missed briefing may still be posted.
const briefingLate = 12 * time.Hour

// briefingTick is how often the tracker looks for due briefings.
const briefingTick = 5 * time.Second

// ParseBriefing checks a time of day ("8:00", "08:00") and an IANA zone
// name ("" means UTC), and returns them in canonical form.
func ParseBriefing(clock, zone string) (string, string, error) {
	clock = strings.TrimSpace(clock)
	var h, m int
	if n, err := fmt.Sscanf(clock, "%d:%d", &h, &m); err != nil || n != 2 || h < 0 || h > 23 || m < 0 || m > 59 || !strings.Contains(clock, ":") || len(clock) > 5 {
		return "", "", Errorf("%q is not a time of day: give it as HH:MM on a 24-hour clock, like 08:00 or 18:30, or off.", clock)
	}
	zone = strings.TrimSpace(zone)
	if zone == "" {
		zone = "UTC"
	}
	loc, err := time.LoadLocation(zone)
	if err != nil || strings.EqualFold(zone, "local") {
		return "", "", Errorf("%q is not a time zone Newshound knows: give an IANA name like Europe/London, America/New_York or UTC.", zone)
	}
	return fmt.Sprintf("%02d:%02d", h, m), loc.String(), nil
}

// scheduled returns the latest scheduled time of b at or before now, or
// the zero time when its clock or zone is unusable.
func (b *Briefing) scheduled(now time.Time) time.Time {
	loc, err := time.LoadLocation(b.Zone)
	if err != nil {
		return time.Time{}
	}
	var h, m int
	if _, err := fmt.Sscanf(b.Clock, "%d:%d", &h, &m); err != nil {
		return time.Time{}
	}
	local := now.In(loc)
	y, mo, d := local.Date()
	// time.Date resolves a clock time that a DST change skips or repeats
	// to one instant of that day.
	at := time.Date(y, mo, d, h, m, 0, 0, loc)
	if at.After(now) {
		at = time.Date(y, mo, d-1, h, m, 0, 0, loc)
	}
	return at
}

// Next returns the next scheduled time after now.
func (b *Briefing) Next(now time.Time) time.Time {
	loc, err := time.LoadLocation(b.Zone)
	if err != nil {
		return time.Time{}
	}
	prev := b.scheduled(now)
	if prev.IsZero() {
		return prev
	}
	y, mo, d := prev.In(loc).Date()
	var h, m int
	fmt.Sscanf(b.Clock, "%d:%d", &h, &m)
	return time.Date(y, mo, d+1, h, m, 0, 0, loc)
}

// due returns the scheduled time to brief now, if any.
func (b *Briefing) due(now time.Time) (time.Time, bool) {
	at := b.scheduled(now)
	if at.IsZero() || at.Before(b.Set) || !at.After(b.Last) || now.Sub(at) > briefingLate {
		return time.Time{}, false
	}
	return at, true
}

// SetBriefing schedules a channel's daily briefing, replacing any.
func (t *Tracker) SetBriefing(ctx context.Context, guild, channel, clock, zone string) (Briefing, error) {
	clock, zone, err := ParseBriefing(clock, zone)
	if err != nil {
		return Briefing{}, err
	}
	b := Briefing{GuildID: guild, ChannelID: channel, Clock: clock, Zone: zone, Set: t.now()}
	if old, ok, err := t.BriefingOf(ctx, guild, channel); err != nil {
		return Briefing{}, err
	} else if ok {
		b.Last = old.Last
	}
	if err := t.store.PutBriefing(ctx, b); err != nil {
		return Briefing{}, err
	}
	return b, nil
}

// StopBriefing ends a channel's briefing; it reports whether there was one.
func (t *Tracker) StopBriefing(ctx context.Context, guild, channel string) (bool, error) {
	_, ok, err := t.BriefingOf(ctx, guild, channel)
	if err != nil || !ok {
		return false, err
	}
	return true, t.store.DeleteBriefing(ctx, guild, channel)
}

// BriefingOf returns a channel's briefing schedule, if it has one.
func (t *Tracker) BriefingOf(ctx context.Context, guild, channel string) (Briefing, bool, error) {
	all, err := t.store.Briefings(ctx)
	if err != nil {
		return Briefing{}, false, err
	}
	for _, b := range all {
		if b.GuildID == guild && b.ChannelID == channel {
			return b, true, nil
		}
	}
	return Briefing{}, false, nil
}

// runBriefings queues every briefing due now.
func (t *Tracker) runBriefings(ctx context.Context) error {
	all, err := t.store.Briefings(ctx)
	if err != nil {
		return err
	}
	now := t.now()
	queued := false
	for _, b := range all {
		at, ok := b.due(now)
		if !ok {
			continue
		}
		rows, err := t.briefingRows(ctx, b, now)
		if err != nil {
			return err
		}
		done := b
		done.Last = at
		ok, err = t.store.QueueBriefing(ctx, done, rows)
		if err != nil {
			return err
		}
		if ok && len(rows) > 0 {
			queued = true
			t.log.Info("briefing queued", "guild", b.GuildID, "channel", b.ChannelID, "at", at.Format(time.RFC3339), "topics", len(rows))
		}
	}
	if queued {
		wake(t.wakeDeliver)
	}
	return nil
}

// briefingRows summarises a channel's topics since its last briefing (24 h
// before the first, 168 h at most): one outbox row a topic with news.
func (t *Tracker) briefingRows(ctx context.Context, b Briefing, now time.Time) ([]Alert, error) {
	subs, err := t.Topics(ctx, b.GuildID, b.ChannelID)
	if err != nil {
		return nil, err
	}
	var queries []*query.Query
	for _, s := range subs {
		if q, err := query.Parse(s.Topic); err == nil && !s.Paused {
			queries = append(queries, q)
		}
	}
	if len(queries) == 0 {
		return nil, nil
	}
	since := now.Add(-DefaultSummaryHours * time.Hour)
	if !b.Last.IsZero() {
		since = b.Last
	}
	since = later(since, now.Add(-MaxSummaryHours*time.Hour))
	hours := max(int((now.Sub(since)+30*time.Minute)/time.Hour), 1)
	sums, err := t.summarise(ctx, queries, since, hours, now)
	if err != nil {
		return nil, err
	}
	var rows []Alert
	for _, s := range sums {
		if len(s.Summary.Stories) == 0 {
			continue
		}
		s := s
		s.Zone = b.Zone
		rows = append(rows, Alert{Kind: KindSummary, GuildID: b.GuildID, ChannelID: b.ChannelID, Topic: s.Topic, Summary: &s, Created: now})
	}
	return rows, nil
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
