package store

import (
	"errors"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// maxGroup bounds how many writes share one transaction.
const maxGroup = 64

// errLead tells a waiting write that it leads the next group.
var errLead = errors.New("store: lead the next group commit")

// commitGroups lets concurrent writes share transactions: a write that
// arrives while another transaction commits waits, and the writes that
// waited commit together in the next one, with one fsync instead of one
// each. Every bbolt commit syncs the file twice and commits run one at a
// time, so without it a first poll of thousands of feeds waits on the disk,
// not on the CPU. A write alone commits at once, as before: there is no
// timer and no added latency.
type commitGroups struct {
	mu    sync.Mutex
	busy  bool // a group is being committed
	queue []*groupCall
}

type groupCall struct {
	fn   func(*bolt.Tx) error
	done chan error // errLead, then the outcome; or the outcome
}

// updateGrouped runs fn in a write transaction that it may share with other
// writes made at the same time. It returns once that transaction is
// committed (or failed) with fn's outcome alone: if the shared transaction
// fails, each of its writes is run again in a transaction of its own, so
// one failing write never fails the others. fn may therefore run twice and
// must start from scratch each time (as any bbolt update function should).
func (s *DB) updateGrouped(fn func(*bolt.Tx) error) error {
	g := &s.groups
	c := &groupCall{fn: fn, done: make(chan error, 1)}
	g.mu.Lock()
	g.queue = append(g.queue, c)
	lead := !g.busy
	g.busy = true
	g.mu.Unlock()
	if !lead {
		if err := <-c.done; err != errLead {
			return err
		}
	}
	// Leading: commit the writes queued so far (c is the first of them),
	// then hand the lead to the first write still waiting.
	g.mu.Lock()
	n := min(len(g.queue), maxGroup)
	batch := g.queue[:n:n]
	g.queue = g.queue[n:]
	g.mu.Unlock()
	s.commitGroup(batch)
	g.mu.Lock()
	if len(g.queue) > 0 {
		g.queue[0].done <- errLead
	} else {
		g.busy = false
		g.queue = nil
	}
	g.mu.Unlock()
	return <-c.done
}

// commitGroup commits batch in one transaction and tells each write its
// outcome. A write that fails (or panics) is taken out and run alone, for
// its own error, and the others are committed together again; if the
// commit itself fails, each write runs alone.
func (s *DB) commitGroup(batch []*groupCall) {
	for len(batch) > 1 {
		cur := -1
		err := s.update(func(tx *bolt.Tx) error {
			for i, c := range batch {
				cur = i
				if err := c.fn(tx); err != nil {
					return err
				}
			}
			cur = -1
			return nil
		})
		if err == nil {
			for _, c := range batch {
				c.done <- nil
			}
			return
		}
		if cur < 0 {
			break
		}
		batch[cur].done <- s.update(batch[cur].fn)
		batch = append(batch[:cur:cur], batch[cur+1:]...)
	}
	for _, c := range batch {
		c.done <- s.update(c.fn)
	}
}
