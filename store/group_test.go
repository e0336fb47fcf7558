package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
)

// queued reports how many writes wait for the group being committed.
func (g *commitGroups) queued() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.queue)
}

func TestWritesArrivingDuringACommitShareTheNextTransaction(t *testing.T) {
	db, _ := openTemp(t, nil)
	started, release := make(chan struct{}), make(chan struct{})
	var first sync.Once
	errA := make(chan error, 1)
	var txA int
	go func() {
		errA <- db.updateGrouped(func(tx *bolt.Tx) error {
			txA = tx.ID()
			first.Do(func() { close(started); <-release })
			return nil
		})
	}()
	<-started
	// Three writes arrive while the first commits: they wait, then share
	// one transaction; the one that fails is run again alone and fails
	// alone.
	var wg sync.WaitGroup
	txs := make([]int, 3)
	errs := make([]error, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = db.updateGrouped(func(tx *bolt.Tx) error {
				txs[i] = tx.ID()
				b, err := tx.CreateBucketIfNotExists([]byte("group"))
				if err != nil {
					return err
				}
				if err := b.Put(fmt.Appendf(nil, "k%d", i), []byte("v")); err != nil {
					return err
				}
				if i == 2 {
					return errors.New("this write fails")
				}
				return nil
			})
		}()
	}
	for db.groups.queued() < 3 {
		runtime.Gosched()
	}
	close(release)
	if err := <-errA; err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if errs[0] != nil || errs[1] != nil || errs[2] == nil || errs[2].Error() != "this write fails" {
		t.Fatalf("errors = %v; want the third write's own error only", errs)
	}
	// The two that succeeded committed together, in a later transaction
	// than the first write's; the failing one was retried alone after.
	if txs[0] != txs[1] || txs[0] <= txA {
		t.Errorf("transactions: first %d, then %v; want the two good writes in one later transaction", txA, txs)
	}
	err := db.view(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("group"))
		if b == nil || b.Get([]byte("k0")) == nil || b.Get([]byte("k1")) == nil || b.Get([]byte("k2")) != nil {
			t.Errorf("stored: want k0 and k1, not the failed write's k2")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if db.groups.queued() != 0 || db.groups.busy {
		t.Errorf("groups not idle after all writes returned")
	}
}

func TestConcurrentPollsAllCommitAndAStoryAlertsOnce(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	db, _ := openTemp(t, func() time.Time { return now })
	const feeds = 40
	var wg sync.WaitGroup
	queued := make([]int, feeds)
	for i := range feeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := tracker.Feed{URL: fmt.Sprintf("http://feed/%d", i)}
			var res tracker.PollResult
			res.Feed = f
			for j := range 5 {
				u := fmt.Sprintf("http://a/%d/%d", i, j)
				res.SeenKeys = append(res.SeenKeys, u)
				res.Items = append(res.Items, tracker.Item{URL: u, Key: u, FeedURL: f.URL, Title: u, Seen: now, StoryID: u})
			}
			// Every feed carries the same story for the same channel.
			res.Alerts = []tracker.Alert{{Kind: tracker.KindAlert, GuildID: "g", ChannelID: "c", Topic: "t",
				Item: tracker.Item{URL: res.Items[0].URL, StoryID: "the-story", Seen: now}}}
			q, err := db.CommitPoll(ctx, res)
			if err != nil {
				t.Error(err)
			}
			queued[i] = len(q)
		}()
	}
	wg.Wait()
	total := 0
	for _, n := range queued {
		total += n
	}
	if total != 1 {
		t.Errorf("%d alerts queued for one story in one channel; want 1", total)
	}
	n := 0
	if err := db.RecentItems(ctx, time.Time{}, func(tracker.Item) bool { n++; return true }); err != nil {
		t.Fatal(err)
	}
	if n != feeds*5 {
		t.Errorf("%d items stored; want %d", n, feeds*5)
	}
}

// BenchmarkCommitPollConcurrent commits polls of 30 items each, one at a time and
// from 8 goroutines (as the tracker's workers do): with group commit the
// second costs a fraction of the first per poll, since polls committing
// together share one fsync.
func BenchmarkCommitPollConcurrent(b *testing.B) {
	for _, workers := range []int{1, 8} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			db, err := Open(b.TempDir()+"/bench.db", Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			ctx := context.Background()
			now := time.Now()
			var mu sync.Mutex
			next := 0
			var wg sync.WaitGroup
			b.ResetTimer()
			for range workers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for {
						mu.Lock()
						i := next
						next++
						mu.Unlock()
						if i >= b.N {
							return
						}
						res := tracker.PollResult{Feed: tracker.Feed{URL: fmt.Sprintf("http://feed/%d", i)}}
						for j := range 30 {
							u := fmt.Sprintf("http://a/%d/%d", i, j)
							res.SeenKeys = append(res.SeenKeys, u)
							res.Items = append(res.Items, tracker.Item{URL: u, Key: u, Title: u, Description: string(make([]byte, 1000)), Seen: now})
						}
						if _, err := db.CommitPoll(ctx, res); err != nil {
							b.Error(err)
							return
						}
					}
				}()
			}
			wg.Wait()
		})
	}
}
