package tracker

import (
	"errors"
	"slices"
	"time"
)

// Editing delivered alerts. Both stores keep, for each message of alerts
// delivered with an ID, a Sent record; a later copy of a story whose alert
// was delivered adds its outlet to that record (AddOutlet) and queues or
// refreshes one update row for the message (UpdateRow), which the deliverer
// sends as an edit no sooner than EditEvery after the message's last change.
// The rules live here so that the stores apply them alike.

// ErrMessageGone marks a Notifier error for an update whose message can no
// longer be edited: deleted by someone (404) or out of the bot's reach
// (403). The update is dropped, logged at info, and never retried.
var ErrMessageGone = errors.New("the message to edit is gone")

// AddOutlet adds outlet to the sources of row alertID of the message, and
// reports whether that changed anything: not the row's own outlet, one
// already named, or a blank one.
func (s *Sent) AddOutlet(alertID uint64, outlet string) bool {
	if outlet == "" {
		return false
	}
	for i := range s.Rows {
		a := &s.Rows[i]
		if a.ID != alertID {
			continue
		}
		if outlet == a.Item.Outlet || slices.Contains(a.Also, outlet) {
			return false
		}
		a.Also = append(a.Also, outlet)
		return true
	}
	return false
}

// Editable reports whether a copy arriving at is still added to the
// message: within window (the story window) of its delivery.
func (s *Sent) Editable(at time.Time, window time.Duration) bool {
	return s.MessageID != "" && at.Sub(s.At) <= window
}

// UpdateRow is the outbox row that edits the message to show its rows as
// they are now, due EditEvery after the message's last change. rev is the
// row's revision (one more than the pending row it replaces).
func (s *Sent) UpdateRow(first uint64, rev int, created time.Time) Alert {
	last := s.At
	if s.LastEdit.After(last) {
		last = s.LastEdit
	}
	topic := ""
	if len(s.Rows) > 0 {
		topic = s.Rows[0].Topic
	}
	return Alert{
		Kind: KindUpdate, GuildID: s.GuildID, ChannelID: s.ChannelID, Topic: topic,
		MessageID: s.MessageID, Edits: first, Message: slices.Clone(s.Rows),
		NotBefore: last.Add(EditEvery), Rev: rev, Created: created,
	}
}

// Editable reports whether a delivered message of these rows is kept for
// editing: alerts (single or digest) posted with an ID. Notices and
// briefings are never edited.
func (d Delivery) Editable() bool {
	if d.MessageID == "" || len(d.Rows) == 0 {
		return false
	}
	for _, a := range d.Rows {
		if a.Kind != KindAlert {
			return false
		}
	}
	return true
}

// Record builds the Sent record of a delivered message. current holds the
// rows as stored when the delivery is recorded, by ID: a row folded into
// while it was being sent (a higher Rev) is kept as it is now, and stale
// reports that the message shows less than it should (an update is due).
func (d Delivery) Record(current map[uint64]Alert) (s Sent, stale bool) {
	s = Sent{MessageID: d.MessageID, GuildID: d.Rows[0].GuildID, ChannelID: d.Rows[0].ChannelID, At: d.At}
	for _, a := range d.Rows {
		if cur, ok := current[a.ID]; ok && cur.Rev > a.Rev {
			a = cur
			stale = true
		}
		a.Attempts = 0
		s.Rows = append(s.Rows, a)
	}
	return s, stale
}
