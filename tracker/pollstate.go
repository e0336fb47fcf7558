package tracker

import (
	"context"
	"sync"
	"time"
)

// stateFlushEvery is how often polling state that changed alone (a 304, an
// unchanged body, a failure) is written, all feeds in one transaction.
const stateFlushEvery = 3 * time.Second

// timingFlushAfter is how long a feed's stored polling state may lag
// behind when only its schedule changed (the times of its last and next
// polls, its interval): such a state is written with the first batch
// after it, or at Close.
const timingFlushAfter = 10 * time.Minute

// pollStates holds polling state not yet written. A poll that found nothing
// new changes only its feed's validators and schedule; writing each in a
// transaction of its own (an fsync per 304) cost more than the poll. Losing
// the last few seconds of it in a crash costs one more conditional GET per
// feed after restart, never an alert: seen keys and items are written with
// the poll that found them.
//
// Most polls of a quiet feed change nothing but its schedule (LastPoll,
// NextPoll, Interval): those go to timing, by the time of the first poll
// not written, and are written once they are timingFlushAfter old
// (writing every one of them was a tenth of the CPU of steady polling). A
// crash loses at most that much of the schedule: after a restart the
// feeds are due at once and polled again, as after any outage, and their
// intervals adapt again from the stored ones.
//
// Invariant: a feed that is neither pending nor being polled is stored as
// it is in memory, but for its schedule.
type pollStates struct {
	mu      sync.Mutex
	pending map[string]Feed
	timing  map[string]time.Time
	// flushing is held while a batch is written, and read-held while a poll
	// commits its own state, so that a batch holding an older state of the
	// same feed cannot be written after it.
	flushing sync.RWMutex
}

// timingOnly reports whether a and b differ at most in their schedule:
// when the feed was last and will next be polled, and its interval
// (ownership is not polling state: the store keeps its own).
func timingOnly(a, b *Feed) bool {
	return a.URL == b.URL && a.Title == b.Title && a.Location == b.Location &&
		a.ETag == b.ETag && a.LastModified == b.LastModified && a.BodyHash == b.BodyHash &&
		a.Baselined == b.Baselined && a.LastNew.Equal(b.LastNew) &&
		a.Failures == b.Failures && a.LastError == b.LastError && a.Paused == b.Paused
}

// commitPoll records a poll: at once, in one transaction, when it found
// items, seen keys or alerts; otherwise in the next batch, or, when only
// its schedule changed, in a batch within timingFlushAfter.
func (t *Tracker) commitPoll(ctx context.Context, res PollResult) ([]Alert, error) {
	s := &t.states
	// The first successful poll of a feed is written at once, even when the
	// feed was empty: a restart, or another process taking the feed over,
	// must not baseline it again and take what it published since for the
	// back catalogue.
	t.feedMu.Lock()
	cur, ok := t.feeds[res.Feed.URL]
	baselined := res.Feed.Baselined && ok && !cur.Baselined
	timing := ok && timingOnly(cur, &res.Feed)
	t.feedMu.Unlock()
	u := res.Feed.URL
	if len(res.SeenKeys) == 0 && len(res.Items) == 0 && len(res.Alerts) == 0 && !baselined {
		s.mu.Lock()
		defer s.mu.Unlock()
		if _, waiting := s.pending[u]; timing && !waiting {
			// Stored as it is but for its times (the invariant): the
			// tracker's memory has the rest until the times are written.
			if _, ok := s.timing[u]; !ok {
				if s.timing == nil {
					s.timing = map[string]time.Time{}
				}
				s.timing[u] = t.now()
			}
			return nil, nil
		}
		if s.pending == nil {
			s.pending = map[string]Feed{}
		}
		s.pending[u] = res.Feed
		delete(s.timing, u)
		return nil, nil
	}
	s.mu.Lock()
	delete(s.pending, u)
	delete(s.timing, u)
	s.mu.Unlock()
	s.flushing.RLock()
	defer s.flushing.RUnlock()
	return t.store.CommitPoll(ctx, res)
}

// flushStates writes every pending polling state, and the schedules of
// feeds whose stored schedule lags by timingFlushAfter, in one
// transaction.
func (t *Tracker) flushStates(ctx context.Context) error {
	return t.flushPollStates(ctx, false)
}

// flushPollStates writes the pending polling states and the lagging
// schedules, all of them with all. On failure the states are kept for the next try,
// unless a newer poll of the same feed replaced them meanwhile.
func (t *Tracker) flushPollStates(ctx context.Context, all bool) error {
	s := &t.states
	s.flushing.Lock()
	defer s.flushing.Unlock()
	s.mu.Lock()
	batch := s.pending
	s.pending = nil
	var due map[string]time.Time
	if len(s.timing) > 0 {
		old := t.now().Add(-timingFlushAfter)
		for u, since := range s.timing {
			if all || !since.After(old) {
				if due == nil {
					due = map[string]time.Time{}
				}
				due[u] = since
				delete(s.timing, u)
			}
		}
	}
	s.mu.Unlock()
	if len(batch) == 0 && len(due) == 0 {
		return nil
	}
	feeds := make([]Feed, 0, len(batch)+len(due))
	for _, f := range batch {
		feeds = append(feeds, f)
	}
	if len(due) > 0 {
		// No poll commits while the batch is written (flushing), so none
		// written here can be newer than what is stored. A feed being
		// polled waits for the next batch (its poll may record a newer
		// state), lagging as long as before.
		later := map[string]time.Time{}
		t.feedMu.Lock()
		for u := range due {
			f, ok := t.feeds[u]
			switch _, dup := batch[u]; {
			case !ok || dup:
			case t.inFlight[u]:
				later[u] = due[u]
				delete(due, u)
			default:
				feeds = append(feeds, *f)
			}
		}
		t.feedMu.Unlock()
		if len(later) > 0 {
			s.mu.Lock()
			for u, since := range later {
				if _, newer := s.pending[u]; !newer {
					s.timing[u] = since
				}
			}
			s.mu.Unlock()
		}
	}
	err := t.store.SavePollStates(ctx, feeds)
	if err != nil {
		s.mu.Lock()
		if s.pending == nil {
			s.pending = map[string]Feed{}
		}
		for u, f := range batch {
			if _, newer := s.pending[u]; !newer {
				s.pending[u] = f
			}
		}
		for u, since := range due {
			if _, newer := s.pending[u]; newer {
				continue
			}
			if s.timing == nil {
				s.timing = map[string]time.Time{}
			}
			if again, ok := s.timing[u]; !ok || since.Before(again) {
				s.timing[u] = since
			}
		}
		s.mu.Unlock()
	}
	return err
}
