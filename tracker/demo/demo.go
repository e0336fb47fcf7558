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
// small front matter (see story). Six concern Bagram air base, including one
// Meridian Wire story that Harbor Daily also carries with a new headline,
// curly quotes and a trimmed ending, so near-duplicate detection has work to
// do. The football story mentions Kabul but not Bagram.
// Publishing is a pure function of the clock, not a goroutine: at Start the
// first four stories are already out (dated minutes to hours earlier), and
// story n (n > 4) appears at start + (n-4)*Interval. Once every story is out
// the feeds keep them and publish nothing more; they do not loop.
package demo

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"
)

// DefaultInterval is the publishing interval when Options.Interval is zero.
const DefaultInterval = 8 * time.Second

// maxItems is how many items a feed shows at most, newest first.
const maxItems = 20

// Options configures a demo Server. The zero value is ready to use.
type Options struct {
	Interval time.Duration    // a new item is published every Interval (default 8s)
	Now      func() time.Time // clock (default time.Now)
}

// Server serves the demo feeds and article pages until Close.
type Server struct {
	start    time.Time
	interval time.Duration
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
	if o.Interval < 0 {
		return nil, fmt.Errorf("demo: negative interval %v", o.Interval)
	}
	if o.Interval == 0 {
		o.Interval = DefaultInterval
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

// publishedAt is when st goes out: age minutes before start for the first
// initialItems stories, then one every interval.
func (s *Server) publishedAt(st story) time.Time {
	if st.seq <= initialItems {
		return s.start.Add(-time.Duration(st.age) * time.Minute)
	}
	return s.start.Add(time.Duration(st.seq-initialItems) * s.interval)
}

// published returns the stories out by now for one outlet ("" for all),
// newest first, at most maxItems.
func (s *Server) published(now time.Time, outlet string) []story {
	var out []story
	for i := len(s.stories) - 1; i >= 0; i-- {
		st := s.stories[i]
		if outlet != "" && st.outlet != outlet {
			continue
		}
		if s.publishedAt(st).After(now) {
			continue
		}
		out = append(out, st)
		if len(out) == maxItems {
			break
		}
	}
	return out
}
