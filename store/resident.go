package store

import (
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// releaseLoop checks the mapped pages every Options.ReleaseEvery until
// stop closes, releasing them when they grew (releaseIfGrown): writes check
// after each commit, and this loop catches what reads map.
func (s *DB) releaseLoop(stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	if s.opts.ReleaseEvery < 0 {
		<-stop
		return
	}
	tick := time.NewTicker(s.opts.ReleaseEvery)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
			s.releaseIfGrown()
		}
	}
}

// releaseSlack is how far the process's resident file pages may grow
// before the database's are released. Steady polling maps a few
// megabytes, the same pages again and again: releasing them every second
// had them mapped back on the next touch, for nothing. Once they grow by
// this much, releasing them and mapping back the few that are used again
// (a minor fault each) costs about a millisecond, and at most this much
// of the file is added to the process's peak.
const releaseSlack = 4 << 20

// residentBase is the process's resident file pages after the last
// release, which releaseIfGrown compares with.
type residentBase struct {
	mu    sync.Mutex
	bytes int64 // 0: not measured yet
}

// releaseIfGrown releases the database's mapped pages when the process's
// resident file pages grew by releaseSlack since the last release. Reading
// the count is one read of /proc/self/statm, so every write transaction
// checks after it commits: a first round of polls writes at 10-20 MB a
// second, scattered over the file (a seen key and an item for each new
// item, keyed by feed and URL), and every page a transaction touches stays
// mapped. Checked only once a second, 30-40 MB of pages were mapped at the
// worst moments, a fifth of the process's peak.
func (s *DB) releaseIfGrown() {
	if s.opts.ReleaseEvery < 0 {
		return
	}
	b := &s.resident
	b.mu.Lock()
	defer b.mu.Unlock()
	cur := residentFileBytes()
	if cur < 0 {
		return // cannot tell: release only on the loop's clock
	}
	if b.bytes > 0 && cur-b.bytes < releaseSlack {
		return
	}
	if b.bytes > 0 {
		if err := s.ReleaseMapped(); err != nil {
			s.log.Debug("releasing mapped database pages failed", "err", err)
		}
		cur = residentFileBytes()
	}
	b.bytes = cur
}

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
