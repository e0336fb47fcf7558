package tracker

import (
	"context"
	"sync"
	"time"
)

// stateFlushEvery is how often polling state that changed alone (a 304, an
// unchanged body, a failure) is written, all feeds in one transaction.
const stateFlushEvery = 3 * time.Second

// pollStates holds polling state not yet written. A poll that found nothing
// new changes only its feed's validators and schedule; writing each in a
// transaction of its own (an fsync per 304) cost more than the poll. Losing
// the last few seconds of it in a crash costs one more conditional GET per
// feed after restart, never an alert: seen keys and items are written with
// the poll that found them.
type pollStates struct {
	mu      sync.Mutex
	pending map[string]Feed
	// flushing is held while a batch is written, and read-held while a poll
	// commits its own state, so that a batch holding an older state of the
	// same feed cannot be written after it.
	flushing sync.RWMutex
}

// commitPoll records a poll: at once, in one transaction, when it found
// items, seen keys or alerts; otherwise in the next batch.
func (t *Tracker) commitPoll(ctx context.Context, res PollResult) ([]Alert, error) {
	s := &t.states
	// The first successful poll of a feed is written at once, even when the
	// feed was empty: a restart, or another process taking the feed over,
	// must not baseline it again and take what it published since for the
	// back catalogue.
	t.feedMu.Lock()
	cur, ok := t.feeds[res.Feed.URL]
	baselined := res.Feed.Baselined && ok && !cur.Baselined
	t.feedMu.Unlock()
	if len(res.SeenKeys) == 0 && len(res.Items) == 0 && len(res.Alerts) == 0 && !baselined {
		s.mu.Lock()
		if s.pending == nil {
			s.pending = map[string]Feed{}
		}
		s.pending[res.Feed.URL] = res.Feed
		s.mu.Unlock()
		return nil, nil
	}
	s.mu.Lock()
	delete(s.pending, res.Feed.URL)
	s.mu.Unlock()
	s.flushing.RLock()
	defer s.flushing.RUnlock()
	return t.store.CommitPoll(ctx, res)
}

// flushStates writes every pending polling state in one transaction. On
// failure the states are kept for the next try, unless a newer poll of the
// same feed replaced them meanwhile.
func (t *Tracker) flushStates(ctx context.Context) error {
	s := &t.states
	s.flushing.Lock()
	defer s.flushing.Unlock()
	s.mu.Lock()
	batch := s.pending
	s.pending = nil
	s.mu.Unlock()
	if len(batch) == 0 {
		return nil
	}
	feeds := make([]Feed, 0, len(batch))
	for _, f := range batch {
		feeds = append(feeds, f)
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
		s.mu.Unlock()
	}
	return err
}
