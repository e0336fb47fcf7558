package tracker

import (
	"container/heap"
	"math/rand/v2"
	"time"
)

// schedule orders the feeds waiting for their next poll: a min-heap of
// next-poll times with an index by URL, so that taking the due feeds costs
// O(log n) each and rescheduling one feed O(log n), however many feeds
// there are. Feeds being polled and paused feeds are not in it. Not safe for
// concurrent use: Tracker.feedMu guards it.
type schedule struct {
	h   schedHeap
	pos map[string]*schedEntry
}

type schedEntry struct {
	at  int64 // Unix nanoseconds: comparing integers is what the heap does most
	url string
	i   int // index in the heap
}

func newSchedule() *schedule {
	return &schedule{pos: map[string]*schedEntry{}}
}

// set schedules url at at, moving it if it is already scheduled.
func (s *schedule) set(url string, at time.Time) {
	ns := at.UnixNano()
	if e, ok := s.pos[url]; ok {
		if e.at != ns {
			e.at = ns
			heap.Fix(&s.h, e.i)
		}
		return
	}
	e := &schedEntry{url: url, at: ns}
	s.pos[url] = e
	heap.Push(&s.h, e)
}

// remove takes url out of the schedule; absent is fine.
func (s *schedule) remove(url string) {
	e, ok := s.pos[url]
	if !ok {
		return
	}
	heap.Remove(&s.h, e.i)
	delete(s.pos, url)
}

// next returns the earliest scheduled time; ok is false when nothing is
// scheduled.
func (s *schedule) next() (time.Time, bool) {
	if len(s.h) == 0 {
		return time.Time{}, false
	}
	return time.Unix(0, s.h[0].at), true
}

// popDue removes and returns the URL of the earliest feed due at now (ties
// by URL, so the order depends only on the schedule); ok is false when none
// is due.
func (s *schedule) popDue(now time.Time) (string, bool) {
	if len(s.h) == 0 || s.h[0].at > now.UnixNano() {
		return "", false
	}
	e := heap.Pop(&s.h).(*schedEntry)
	delete(s.pos, e.url)
	return e.url, true
}

func (s *schedule) len() int { return len(s.h) }

type schedHeap []*schedEntry

func (h schedHeap) Len() int { return len(h) }
func (h schedHeap) Less(i, j int) bool {
	if h[i].at != h[j].at {
		return h[i].at < h[j].at
	}
	return h[i].url < h[j].url
}
func (h schedHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].i, h[j].i = i, j
}
func (h *schedHeap) Push(x any) {
	e := x.(*schedEntry)
	e.i = len(*h)
	*h = append(*h, e)
}
func (h *schedHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	e.i = -1
	return e
}

// jitterFraction is how far, either way, a poll interval is moved at
// random, so that feeds started together (all of them, at start-up) drift
// apart instead of coming due in waves.
const jitterFraction = 0.10

// jitter returns iv moved by up to ±jitterFraction, at random, kept within
// [lo, hi].
func jitter(iv, lo, hi time.Duration) time.Duration {
	f := 1 + jitterFraction*(2*rand.Float64()-1)
	return min(max(time.Duration(float64(iv)*f), lo), hi)
}
