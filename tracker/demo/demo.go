// Package demo serves Newshound's built-in sample news from 127.0.0.1, so a
// newcomer with no network can watch the bot work (newshound console -demo).
//
// Three fictional outlets each publish one feed in a different format:
// Northwind Herald (RSS 2.0), Harbor Daily (Atom 1.0) and Meridian Wire
// (JSON Feed 1.1). Article pages are full HTML5 news pages, boilerplate and
// all, so the article extractor has something to remove.
//
// The stories are fiction written for Newshound (people, outlets and most
// places are invented); they live in stories/*.md, one file per story with a
// small front matter (see story) that also declares who speaks each quote.
// The news day follows a dispute over Bagram air base: the first stories
// set it up, later ones bring day-two developments (new facts, new
// speakers, an organisation's statement, a denial), interleaved with other
// news, some of which (a storm, a port strike, a football transfer) has
// follow-ups of its own. One Meridian Wire story is carried by Harbor Daily
// too, with a new headline, curly quotes and a trimmed ending, so
// near-duplicate detection has work to do. The football stories mention
// Kabul but not Bagram.
//
// Publishing is a pure function of the clock, not a goroutine, in four
// phases:
//
//   - At Start the first four stories are already out, dated minutes to
//     hours earlier.
//   - Quick: the next quickItems stories go out one every Interval (8 s), so
//     a newcomer sees news within seconds.
//   - Steady: every further written story goes out one every Steady (30 s),
//     so the fresh news lasts about a quarter of an hour (FreshUntil) and a
//     Bagram development comes at least every other Steady.
//   - Repeats: after that, one item every Interval for as long as the server
//     runs. Slot k (k > len(stories)) carries story (k-1) mod len(stories):
//     the stories go out again in the same order as fresh items, with new
//     URLs, GUIDs and dates (/articles/<slug>-2.html for the second round,
//     and so on). The tracker's story clustering folds such a copy into the
//     story it repeats, so a channel that was already alerted to a story
//     hears of it once, and a channel that starts tracking late still gets
//     an alert within a minute.
package demo

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// DefaultInterval is the quick publishing interval when Options.Interval is
// zero.
const DefaultInterval = 8 * time.Second

// DefaultSteady is the steady publishing interval when Options.Steady is
// zero.
const DefaultSteady = 30 * time.Second

// maxItems is how many items a feed shows at most, newest first.
const maxItems = 20

// Options configures a demo Server. The zero value is ready to use.
type Options struct {
	Interval time.Duration    // quick pace: the first stories and the repeats, one every Interval (default 8s)
	Steady   time.Duration    // steady pace: the later fresh stories, one every Steady (default 30s)
	Now      func() time.Time // clock (default time.Now)
}

// Server serves the demo feeds and article pages until Close.
type Server struct {
	start    time.Time
	interval time.Duration
	steady   time.Duration
	now      func() time.Time
	stories  []story // in publishing order

	ln   net.Listener
	srv  *http.Server
	url  string
	done chan struct{} // closed when Serve returns

	closeOnce sync.Once
	closeErr  error
}

// Start listens on an ephemeral port of 127.0.0.1 and serves the demo feeds
// until Close. The publishing schedule starts at Options.Now().
func Start(o Options) (*Server, error) {
	if o.Interval < 0 || o.Steady < 0 {
		return nil, fmt.Errorf("demo: negative interval %v or %v", o.Interval, o.Steady)
	}
	if o.Interval == 0 {
		o.Interval = DefaultInterval
	}
	if o.Steady == 0 {
		o.Steady = DefaultSteady
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	stories, err := loadStories()
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo: listen: %w", err)
	}
	s := &Server{
		start:    o.Now(),
		interval: o.Interval,
		steady:   o.Steady,
		now:      o.Now,
		stories:  stories,
		ln:       ln,
		url:      "http://" + ln.Addr().String(),
		done:     make(chan struct{}),
	}
	s.srv = &http.Server{
		Handler:           s.routes(),
		ReadHeaderTimeout: 5 * time.Second,
	}
	go func() {
		defer close(s.done)
		s.srv.Serve(ln) // returns ErrServerClosed after Shutdown
	}()
	return s, nil
}

// URL returns the base URL, such as http://127.0.0.1:41234, without a
// trailing slash.
func (s *Server) URL() string { return s.url }

// Feeds returns the three demo feed URLs: RSS, Atom, JSON Feed.
func (s *Server) Feeds() []string {
	out := make([]string, 0, len(outlets))
	for _, o := range outlets {
		out = append(out, s.url+o.feedPath)
	}
	return out
}

// Close stops accepting connections, waits for running handlers (at most
// five seconds, then it drops them) and for the serving goroutine to exit.
// It is safe to call more than once.
func (s *Server) Close() error {
	s.closeOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		err := s.srv.Shutdown(ctx)
		if errors.Is(err, context.DeadlineExceeded) {
			err = s.srv.Close()
		}
		<-s.done
		if err != nil {
			s.closeErr = fmt.Errorf("demo: close: %w", err)
		}
	})
	return s.closeErr
}

// edition is one publication of a story in a publishing slot: round 0 is
// the story's first appearance, round r its (r+1)th.
type edition struct {
	story
	slot  int // 1-based publishing slot
	round int
}

// key names the edition in URLs and GUIDs: the slug in round 0, then
// slug-2, slug-3, ...
func (e edition) key() string {
	if e.round == 0 {
		return e.slug
	}
	return e.slug + "-" + strconv.Itoa(e.round+1)
}

// edition returns what goes out in slot k (k >= 1).
func (s *Server) edition(k int) edition {
	n := len(s.stories)
	return edition{story: s.stories[(k-1)%n], slot: k, round: (k - 1) / n}
}

// quickEnd is the slot of the last quickly published story.
const quickEnd = initialItems + quickItems

// publishedAt is when an edition goes out: age minutes before start for the
// first initialItems slots (the written stories' first round), then one
// slot every interval up to quickEnd, one every steady up to the last
// written story, and one every interval again after that.
func (s *Server) publishedAt(e edition) time.Time {
	k, n := e.slot, len(s.stories)
	switch {
	case k <= initialItems:
		return s.start.Add(-time.Duration(e.age) * time.Minute)
	case k <= quickEnd:
		return s.start.Add(time.Duration(k-initialItems) * s.interval)
	case k <= n:
		return s.start.Add(quickItems*s.interval + time.Duration(k-quickEnd)*s.steady)
	}
	return s.FreshUntil().Add(time.Duration(k-n) * s.interval)
}

// FreshUntil is when the last written story goes out for the first time;
// after it, every item repeats a story already published.
func (s *Server) FreshUntil() time.Time {
	return s.start.Add(quickItems*s.interval + time.Duration(len(s.stories)-quickEnd)*s.steady)
}

// lastSlot is the newest slot out by now (0 when none is); it inverts
// publishedAt.
func (s *Server) lastSlot(now time.Time) int {
	if now.Before(s.start) {
		k := 0
		for k < initialItems && !s.publishedAt(s.edition(k+1)).After(now) {
			k++
		}
		return k
	}
	d := now.Sub(s.start)
	quick := quickItems * s.interval
	if d < quick {
		return initialItems + int(d/s.interval)
	}
	d -= quick
	steady := time.Duration(len(s.stories)-quickEnd) * s.steady
	if d < steady {
		return quickEnd + int(d/s.steady)
	}
	return len(s.stories) + int((d-steady)/s.interval)
}

// published returns the editions out by now for one outlet ("" for all),
// newest first, at most maxItems.
func (s *Server) published(now time.Time, outlet string) []edition {
	var out []edition
	for k := s.lastSlot(now); k >= 1 && len(out) < maxItems; k-- {
		e := s.edition(k)
		if outlet != "" && e.outlet != outlet {
			continue
		}
		out = append(out, e)
	}
	return out
}

// find returns the edition published by now whose key is key.
func (s *Server) find(now time.Time, key string) (edition, bool) {
	slug, round := key, 0
	if i := strings.LastIndexByte(key, '-'); i > 0 {
		if r, err := strconv.Atoi(key[i+1:]); err == nil && r >= 2 && key[i+1] != '0' {
			slug, round = key[:i], r-1
		}
	}
	for i, st := range s.stories {
		if st.slug != slug {
			continue
		}
		k := round*len(s.stories) + i + 1
		if k <= s.lastSlot(now) {
			return s.edition(k), true
		}
	}
	return edition{}, false
}
