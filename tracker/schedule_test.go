package tracker

import (
	"fmt"
	"log/slog"
	"testing"
	"time"
)

var s0 = time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)

func TestSchedulePopsEarliestFirstAndTiesByURL(t *testing.T) {
	s := newSchedule()
	s.set("c", s0.Add(3*time.Second))
	s.set("b", s0.Add(time.Second))
	s.set("a", s0.Add(time.Second))
	s.set("d", s0.Add(5*time.Second))
	s.set("d", s0) // moved to the front
	s.set("e", s0.Add(time.Hour))
	s.remove("e")
	s.remove("nothing")
	if at, ok := s.next(); !ok || !at.Equal(s0) {
		t.Fatalf("next = %v, %v; want %v", at, ok, s0)
	}
	var got []string
	for {
		u, ok := s.popDue(s0.Add(3 * time.Second))
		if !ok {
			break
		}
		got = append(got, u)
	}
	if fmt.Sprint(got) != "[d a b c]" {
		t.Fatalf("popped %v; want [d a b c] (time order, then URL; e removed)", got)
	}
	if s.len() != 0 {
		t.Fatalf("%d entries left; want 0", s.len())
	}
	if _, ok := s.popDue(s0.Add(time.Hour)); ok {
		t.Fatal("popDue on an empty schedule returned a feed")
	}
}

func TestScheduleNotDueStaysQueued(t *testing.T) {
	s := newSchedule()
	s.set("a", s0.Add(time.Minute))
	if u, ok := s.popDue(s0); ok {
		t.Fatalf("popDue before the time returned %q", u)
	}
	if u, ok := s.popDue(s0.Add(time.Minute)); !ok || u != "a" {
		t.Fatalf("popDue at the time = %q, %v; want a", u, ok)
	}
}

func TestJitterStaysWithinTenPercentAndBounds(t *testing.T) {
	lo, hi := time.Minute, 4*time.Minute
	var below, above int
	for range 10_000 {
		iv := 2 * time.Minute
		got := jitter(iv, lo, hi)
		if got < iv*9/10 || got > iv*11/10 {
			t.Fatalf("jitter(%v) = %v; want within ±10%%", iv, got)
		}
		if got < iv {
			below++
		} else if got > iv {
			above++
		}
		if g := jitter(hi, lo, hi); g > hi || g < hi*9/10 {
			t.Fatalf("jitter at the cap = %v; want in [%v, %v]", g, hi*9/10, hi)
		}
		if g := jitter(lo, lo, hi); g < lo || g > lo*11/10 {
			t.Fatalf("jitter at the floor = %v; want in [%v, %v]", g, lo, lo*11/10)
		}
	}
	if below < 4000 || above < 4000 {
		t.Fatalf("jitter moved %d intervals down and %d up of 10000; want both about half", below, above)
	}
}

// TestNoFeedStarvesAndLoadSpreads simulates two hours of polling 2,000
// feeds that all start due at once, with a bounded number of polls per
// second, through the real schedule and interval rules: every feed is
// polled within the longest interval plus a little, and, once intervals
// settle, polls are spread evenly rather than in waves.
func TestNoFeedStarvesAndLoadSpreads(t *testing.T) {
	simulatePolling(t, func(time.Duration) int { return 100 }, 0)
}

// TestABacklogDoesNotLeaveWaves makes the first round of polls take seven
// minutes, longer than the longest interval (a slow or busy machine): the
// feeds polled early come due again during it and wait, and all of them
// are polled together when it ends. Late polls spread their next one, so
// the load is even again within the hour, and, once the backlog is gone,
// every feed is polled within the longest interval plus a little.
func TestABacklogDoesNotLeaveWaves(t *testing.T) {
	simulatePolling(t, func(since time.Duration) int {
		if since < 7*time.Minute {
			return 5
		}
		return 100
	}, 15*time.Minute)
}

// simulatePolling polls 2,000 feeds due at s0 for two hours through the real
// schedule and interval rules, capacity(time since s0) polls a second, and
// checks the gaps between polls of a feed after settle and the spread of
// polls over the second hour.
func simulatePolling(t *testing.T, capacity func(time.Duration) int, settle time.Duration) {
	t.Helper()
	const feeds = 2000
	tr := &Tracker{log: slog.New(slog.DiscardHandler), cfg: Config{PollFloor: time.Minute}}
	tr.cfg.setDefaults()
	s := newSchedule()
	state := map[string]*Feed{}
	for i := range feeds {
		u := fmt.Sprintf("http://feed%04d.test/rss", i)
		state[u] = &Feed{URL: u, NextPoll: s0}
		s.set(u, s0)
	}
	last := map[string]time.Time{}
	perTenSeconds := map[int64]int{}
	maxGap := time.Duration(0)
	end := s0.Add(2 * time.Hour)
	for now := s0; now.Before(end); now = now.Add(time.Second) {
		for range capacity(now.Sub(s0)) {
			u, ok := s.popDue(now)
			if !ok {
				break
			}
			f := state[u]
			if prev, ok := last[u]; ok && prev.After(s0.Add(settle)) {
				maxGap = max(maxGap, now.Sub(prev))
			}
			last[u] = now
			spread := tr.spreads(f, now)
			f.LastPoll = now
			fresh := 0
			if len(u)%7 == 0 && now.Minute()%13 == 0 { // a few feeds publish now and then
				fresh = 1
			}
			tr.succeeded(f, fresh, 0, spread)
			s.set(u, f.NextPoll)
			if now.After(s0.Add(time.Hour)) {
				perTenSeconds[now.Unix()/10]++
			}
		}
	}
	if len(last) != feeds {
		t.Fatalf("%d of %d feeds polled", len(last), feeds)
	}
	if limit := tr.cfg.MaxInterval + 30*time.Second; maxGap > limit {
		t.Fatalf("longest gap between two polls of a feed %v; want at most %v", maxGap, limit)
	}
	// Steady state: in the second hour, no ten seconds hold more than twice
	// the mean (waves would put thousands in one and none in the next).
	total := 0
	for _, n := range perTenSeconds {
		total += n
	}
	mean := float64(total) / 360
	for k, n := range perTenSeconds {
		if float64(n) > 2*mean {
			t.Fatalf("%d polls in the ten seconds from %v; mean %.0f: polls come in waves",
				n, time.Unix(k*10, 0).UTC(), mean)
		}
	}
	empty := 360 - len(perTenSeconds)
	if empty > 0 {
		t.Fatalf("%d ten-second spans of the second hour had no poll; want polls spread over all", empty)
	}
}
