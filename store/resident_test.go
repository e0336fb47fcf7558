package store

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
)

// rssFileKB is the process's resident file-backed memory.
func rssFileKB(t *testing.T) int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "RssFile:") {
			n, _ := strconv.Atoi(strings.Fields(line)[1])
			return n
		}
	}
	t.Skip("no RssFile in /proc/self/status")
	return 0
}

// TestReleaseMappedDropsTheFilePagesAndKeepsTheData fills a database with
// 40 MB of items, reads them all (mapping every page), releases the
// mapping, and reads them again.
func TestReleaseMappedDropsTheFilePagesAndKeepsTheData(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("releasing mapped pages is Linux only")
	}
	s, now, text := fortyMegabytes(t, Options{ReleaseEvery: -1})
	ctx := context.Background()
	count := func() int {
		n := 0
		if err := s.RecentItems(ctx, now.Add(-time.Hour), func(it tracker.Item) bool {
			if it.Description == text {
				n++
			}
			return true
		}); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(); n != 10000 {
		t.Fatalf("read %d items; want 10000", n)
	}
	before := rssFileKB(t)
	if err := s.ReleaseMapped(); err != nil {
		t.Fatal(err)
	}
	after := rssFileKB(t)
	t.Logf("resident file pages: %d kB before, %d kB after", before, after)
	if before-after < 30_000 {
		t.Fatalf("released %d kB of mapped pages; want most of the 40 MB read", before-after)
	}
	if n := count(); n != 10000 {
		t.Fatalf("after release read %d items; want 10000, unchanged", n)
	}
}

// TestALongScanKeepsFewFilePagesMapped reads 40 MB of items in one
// RecentItems: the pages it touched are released every scanRelease bytes,
// so the process never holds the whole file mapped at once.
func TestALongScanKeepsFewFilePagesMapped(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("releasing mapped pages is Linux only")
	}
	// The periodic release is there but too slow to run during the test.
	s, now, text := fortyMegabytes(t, Options{ReleaseEvery: time.Hour})
	ctx := context.Background()
	if err := s.ReleaseMapped(); err != nil {
		t.Fatal(err)
	}
	base := rssFileKB(t)
	n, peak := 0, 0
	if err := s.RecentItems(ctx, now.Add(-time.Hour), func(it tracker.Item) bool {
		if it.Description == text {
			n++
		}
		if n%250 == 0 {
			peak = max(peak, rssFileKB(t)-base)
		}
		return true
	}); err != nil {
		t.Fatal(err)
	}
	t.Logf("file pages mapped during the scan: at most %d kB above the %d kB before it", peak, base)
	if n != 10000 {
		t.Fatalf("read %d items; want 10000", n)
	}
	// Without releases the scan maps every page of the items (about
	// 60 MB); with them, about twice scanRelease at most.
	if peak > 20<<10 {
		t.Fatalf("%d kB of file pages mapped during the scan; want at most about %d kB", peak, 2*scanRelease>>10)
	}
}

// fortyMegabytes opens a database with o and commits 10,000 items of about
// 4 kB each, seen now, in 20 polls; text is their description.
func fortyMegabytes(t *testing.T, o Options) (s *DB, now time.Time, text string) {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "r.db"), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	now = time.Now()
	text = string(bytes.Repeat([]byte("lorem ipsum "), 350))
	for batch := range 20 {
		var p tracker.PollResult
		for i := range 500 {
			p.Items = append(p.Items, tracker.Item{URL: fmt.Sprintf("https://x.example/%d/%d", batch, i), Title: "t", Description: text, Seen: now})
		}
		if _, err := s.CommitPoll(context.Background(), p); err != nil {
			t.Fatal(err)
		}
	}
	return s, now, text
}

// TestThePeriodicReleaseDropsPagesOnceTheyAddUp reads 40 MB of items with
// the release loop running: more than releaseSlack of pages mapped, so
// the loop drops them within a few ticks. residentFileBytes, which the
// loop reads, agrees with RssFile (it counts shared memory too).
func TestThePeriodicReleaseDropsPagesOnceTheyAddUp(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("releasing mapped pages is Linux only")
	}
	if got, want := residentFileBytes()>>10, int64(rssFileKB(t)); got < want || got > want+8<<10 {
		t.Fatalf("residentFileBytes %d kB; RssFile %d kB", got, want)
	}
	s, _, _ := fortyMegabytes(t, Options{ReleaseEvery: 10 * time.Millisecond})
	before := rssFileKB(t)
	// Every byte of every record, straight from bbolt (RecentItems would
	// release the pages itself as it goes).
	sum := 0
	s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketItems).ForEachBucket(func(day []byte) error {
			return tx.Bucket(bucketItems).Bucket(day).ForEach(func(k, v []byte) error {
				for _, c := range v {
					sum += int(c)
				}
				return nil
			})
		})
	})
	if sum == 0 {
		t.Fatal("read nothing")
	}
	deadline := time.Now().Add(5 * time.Second)
	for rssFileKB(t) > before+releaseSlack>>10 {
		if time.Now().After(deadline) {
			t.Fatalf("resident file pages %d kB, %d kB before the read; want them released", rssFileKB(t), before)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestAWriteReleasesThePagesItMapped touches every page of 40 MB of items
// inside a write transaction, as a first round of polls does over many
// commits, with the periodic release too slow to run: the check after the
// commit releases them, so writes never leave more than releaseSlack of
// the file mapped.
func TestAWriteReleasesThePagesItMapped(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("releasing mapped pages is Linux only")
	}
	s, _, _ := fortyMegabytes(t, Options{ReleaseEvery: time.Hour})
	if err := s.ReleaseMapped(); err != nil {
		t.Fatal(err)
	}
	before := rssFileKB(t)
	sum, during := 0, 0
	if err := s.update(func(tx *bolt.Tx) error {
		err := tx.Bucket(bucketItems).ForEachBucket(func(day []byte) error {
			return tx.Bucket(bucketItems).Bucket(day).ForEach(func(k, v []byte) error {
				for _, c := range v {
					sum += int(c)
				}
				return nil
			})
		})
		during = rssFileKB(t)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	after := rssFileKB(t)
	t.Logf("resident file pages: %d kB before, %d kB in the transaction, %d kB after it", before, during, after)
	if sum == 0 || during-before < 30_000 {
		t.Fatalf("the transaction mapped %d kB; want the 40 MB it read", during-before)
	}
	if after > before+releaseSlack>>10 {
		t.Fatalf("%d kB of file pages still mapped after the commit, %d kB before; want them released", after, before)
	}
}
