package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"newshound/tracker"
)

// briefing sets, stops or shows a channel's daily briefing.
func (c *Commands) briefing(ctx context.Context, r Request) ([]Message, error) {
	t := c.Tracker
	switch {
	case strings.EqualFold(r.Clock, "off"):
		had, err := t.StopBriefing(ctx, r.GuildID, r.ChannelID)
		if err != nil {
			return nil, err
		}
		if !had {
			return []Message{newMessage(KindReply, "This channel has no daily briefing to stop.")}, nil
		}
		return []Message{newMessage(KindReply, "Stopped this channel's daily briefing.")}, nil
	case r.Clock == "" && r.Zone != "":
		return nil, tracker.Errorf("Give the time of day too, for example /briefing 08:00 %s.", r.Zone)
	case r.Clock == "":
		b, ok, err := t.BriefingOf(ctx, r.GuildID, r.ChannelID)
		if err != nil {
			return nil, err
		}
		if !ok {
			return []Message{newMessage(KindReply, "This channel has no daily briefing. Set one with `/briefing 08:00 Europe/London` (Manage Channels).")}, nil
		}
		return []Message{newMessage(KindReply, fmt.Sprintf("This channel's daily briefing is at **%s %s**: a summary of its topics since the previous one. Next: %s. `/briefing off` stops it.",
			b.Clock, b.Zone, nextBriefing(b, t.Now())))}, nil
	}
	b, err := t.SetBriefing(ctx, r.GuildID, r.ChannelID, r.Clock, r.Zone)
	if err != nil {
		return nil, err
	}
	text := fmt.Sprintf("Every day at **%s %s** this channel will get a summary of its topics since the previous briefing (the first covers 24 hours). Next: %s. A day with nothing new posts nothing; `/briefing off` stops it.",
		b.Clock, b.Zone, nextBriefing(b, t.Now()))
	if subs, err := t.Topics(ctx, r.GuildID, r.ChannelID); err == nil && len(subs) == 0 {
		text += "\nThis channel tracks no topics yet: `/track` one for the briefing to have something to say."
	}
	return []Message{newMessage(KindReply, text)}, nil
}

// nextBriefing says when b is next due, in its own zone.
func nextBriefing(b tracker.Briefing, now time.Time) string {
	next := b.Next(now)
	if next.IsZero() {
		return "unknown"
	}
	loc, err := time.LoadLocation(b.Zone)
	if err != nil {
		loc = time.UTC
	}
	return next.In(loc).Format("Mon 2 Jan 15:04 MST")
}

// briefingMessage renders a briefing's outbox row: the topic's brief,
// headed as a briefing.
func briefingMessage(a tracker.Alert) Message {
	if a.Summary == nil {
		return newMessage(KindSummary, fmt.Sprintf("Daily briefing on **%s**: nothing to show.", escape(a.Topic)))
	}
	m := briefMessage(*a.Summary)
	m.Content = truncate("Daily briefing · "+m.Content, maxContent)
	return m
}
