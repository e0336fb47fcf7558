package cluster

import (
	"context"
	"fmt"
	"testing"
	"time"

	"newshound/store/postgres"
	"newshound/store/postgres/pgtest"
)

// coverage counts, for each lease of kind, how many members use it.
func coverage(members []*Member, kind string, n int) []int {
	out := make([]int, n)
	for _, m := range members {
		for _, i := range m.usable(kind) {
			if m.holds(kind, i) {
				out[i]++
			}
		}
	}
	return out
}

func waitFor(t *testing.T, what string, within time.Duration, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !cond() {
		if time.Since(start) > within {
			t.Fatalf("%s: not within %v", what, within)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return time.Since(start)
}

func TestMembersShareEveryLeaseOnceAndTakeOverFromTheDead(t *testing.T) {
	pgtest.Require(t)
	ctx := context.Background()
	url := pgtest.URL(t)
	const ttl = 1500 * time.Millisecond
	var members []*Member
	for i := range 3 {
		db, err := postgres.Open(ctx, url, postgres.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		m, err := Join(ctx, Config{Leases: db, ID: fmt.Sprintf("m%d", i), TTL: ttl, Buckets: 16, Shards: 3})
		if err != nil {
			t.Fatal(err)
		}
		members = append(members, m)
	}
	exactlyOnce := func(ms []*Member) bool {
		for _, k := range []struct {
			kind string
			n    int
		}{{KindFeeds, 16}, {KindChannels, 16}, {KindShards, 3}, {KindLeader, 1}} {
			for _, c := range coverage(ms, k.kind, k.n) {
				if c != 1 {
					return false
				}
			}
		}
		return true
	}
	fair := func(ms []*Member) bool {
		for _, m := range ms {
			if n := len(m.usable(KindFeeds)); n < 16/len(ms)-1 {
				return false
			}
			if len(m.Shards()) != 1 {
				return false
			}
		}
		return true
	}
	// The first member took everything; the others joined and the work
	// spreads until each has its share, never used twice on the way.
	deadline := time.Now().Add(10 * ttl)
	for !(exactlyOnce(members) && fair(members)) {
		for i, c := range coverage(members, KindFeeds, 16) {
			if c > 1 {
				t.Fatalf("feed bucket %d used by %d members at once", i, c)
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no fair split within %v: feeds %v, shards %v", 10*ttl, coverage(members, KindFeeds, 16), coverage(members, KindShards, 3))
		}
		time.Sleep(20 * time.Millisecond)
	}

	// The first member dies without a word: the others take its work once
	// its leases expire.
	dead := members[0]
	dead.stop()
	<-dead.done
	live := members[1:]
	took := waitFor(t, "the dead member's work taken over", 4*ttl, func() bool { return exactlyOnce(live) })
	t.Logf("takeover after %v (TTL %v)", took, ttl)
	if dead.Leader() {
		t.Fatal("a member whose leases lapsed still leads")
	}
	if len(dead.Shards()) != 0 || dead.Held()[KindFeeds] != 0 {
		t.Fatalf("a member whose leases lapsed still uses shards %v / %v feed buckets", dead.Shards(), dead.Held()[KindFeeds])
	}

	// One leaves properly: the last takes everything at its next renewal.
	live[0].Close(ctx)
	waitFor(t, "the leaving member's work taken over", 3*ttl, func() bool { return exactlyOnce(live[1:]) })
	live[1].Close(ctx)
}
