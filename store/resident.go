package store

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// releaseLoop releases mapped pages every Options.ReleaseEvery until stop
// closes.
func (s *DB) releaseLoop(stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	if s.opts.ReleaseEvery < 0 {
		<-stop
		return
	}
	tick := time.NewTicker(s.opts.ReleaseEvery)
	defer tick.Stop()
	base := residentFileBytes()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
			if cur := residentFileBytes(); base >= 0 && cur >= 0 && cur-base < releaseSlack {
				continue
			}
			if err := s.ReleaseMapped(); err != nil {
				s.log.Debug("releasing mapped database pages failed", "err", err)
			}
			base = residentFileBytes()
		}
	}
}

// releaseSlack is how far the process's resident file pages may grow
// before the periodic release drops the database's. Steady polling maps
// a few megabytes, the same pages again and again: releasing them every
// second had them mapped back on the next touch, for nothing. A first
// round of polls, or a long read, maps that much within a second.
const releaseSlack = 8 << 20

// ReleaseMapped drops the process's mapping of the database file's pages.
//
// bbolt reads the file through a read-only shared memory map, and every page
// a lookup or a write transaction touches stays mapped, so the resident
// size of the process grows towards the size of the file (hundreds of MB
// for 10,000 feeds) although those pages are the kernel's page cache, shared
// and reclaimable, not the process's own memory. Releasing the mapping keeps
// resident memory a measure of what the process holds; pages needed again
// are mapped back from the page cache on first touch (a minor fault). It
// runs inside a read transaction, during which bbolt cannot remap the
// file, so the range released is always the database's own.
func (s *DB) ReleaseMapped() error {
	return s.db.View(func(*bolt.Tx) error { return releaseFileMapping(s.db.Path()) })
}

// scanRelease is how many bytes of records a long read (RecentItems, which
// /track, /summary and start-up run over days of items) goes through
// between two releases of the mapped pages it touched: without it, one
// scan of 100,000 items maps 100 MB of the file at once. Pages hold
// more than their records, so a scan maps up to about twice this.
const scanRelease = 8 << 20

// scanBudget releases the mapped pages every scanRelease bytes read.
type scanBudget struct {
	s *DB
	n int
}

// read counts n bytes read, releasing the mapping when they add up to
// scanRelease. Reads go on in the same transaction: pages are mapped back
// from the page cache as they are touched.
func (b *scanBudget) read(n int) {
	if b.s.opts.ReleaseEvery < 0 {
		return
	}
	b.n += n
	if b.n < scanRelease {
		return
	}
	b.n = 0
	if err := releaseFileMapping(b.s.db.Path()); err != nil {
		b.s.log.Debug("releasing mapped database pages failed", "err", err)
	}
}
