package tracker_test

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"newshound/tracker"
	"newshound/tracker/fetch"
)

func TestFirstPollRecordsWithoutAlerting(t *testing.T) {
	fs := newFeedServer(t)
	fs.add("old-1", "Old news about Bagram", "Bagram air base, last year.")
	e := &env{t: t}
	e.start(fs.URL)
	res := e.track("Bagram")
	if res.Topic != "bagram" {
		t.Fatalf("canonical topic = %q; want bagram", res.Topic)
	}
	if len(res.Recent) != 1 || res.Recent[0].Title != "Old news about Bagram" {
		t.Fatalf("recent = %+v; want the baselined Bagram item", res.Recent)
	}
	n, _ := fs.counts()
	waitFor(t, "three more polls", func() bool { r, _ := fs.counts(); return r >= n+3 })
	if got := e.rec.alerts(); len(got) != 0 {
		t.Fatalf("got %d alerts for items present at the first poll; want 0", len(got))
	}
}

func TestNewMatchingItemAlertsOnceAcrossPollsAndRestarts(t *testing.T) {
	fs := newFeedServer(t)
	fs.add("x", "Port strike ends", "Dockers return to work.")
	e := &env{t: t}
	e.start(fs.URL)
	e.track("bagram")
	fs.add("b1", "Delegation visits Bagram's runway", "Officials toured the base.")
	fs.add("u1", "Storm hits the coast", "Heavy rain.")
	waitFor(t, "the Bagram alert", func() bool { return len(e.rec.alerts()) >= 1 })
	n, _ := fs.counts()
	waitFor(t, "more polls", func() bool { r, _ := fs.counts(); return r >= n+3 })
	got := e.rec.alerts()
	if len(got) != 1 || got[0].Item.Title != "Delegation visits Bagram's runway" {
		t.Fatalf("alerts = %+v; want exactly the Bagram item", got)
	}
	a := got[0]
	if a.ChannelID != "c" || a.Topic != "bagram" || len(a.Hits) == 0 || a.Hits[0].Field != "title" {
		t.Fatalf("alert = %+v; want channel c, topic bagram, a hit in the title", a)
	}

	// Restart on the same database: nothing repeats.
	waitFor(t, "the alert recorded as delivered", func() bool { n, err := e.db.OutboxLen(); return err == nil && n == 0 })
	e.stop()
	e.start(fs.URL)
	n, _ = fs.counts()
	waitFor(t, "polls after restart", func() bool { r, _ := fs.counts(); return r >= n+3 })
	if got := e.rec.alerts(); len(got) != 1 {
		t.Fatalf("after restart: %d alerts; want still 1", len(got))
	}
	subs, _ := e.tr.Topics(context.Background(), "g", "c")
	if len(subs) != 1 {
		t.Fatalf("after restart: %d topics; want 1 (nothing forgotten)", len(subs))
	}
}

func TestSameArticleThroughTwoFeedsAlertsOnce(t *testing.T) {
	a, b := newFeedServer(t), newFeedServer(t)
	e := &env{t: t}
	e.start(a.URL, b.URL)
	e.track("bagram")
	link := a.URL + "/article/shared"
	a.mu.Lock()
	a.items = append(a.items, testItem{"a-guid", "Bagram handover talks", "Talks on Bagram.", link + "?utm_source=rss"})
	a.mu.Unlock()
	b.mu.Lock()
	b.items = append(b.items, testItem{"b-guid", "Bagram handover talks", "Talks on Bagram.", link})
	b.mu.Unlock()
	waitFor(t, "an alert", func() bool { return len(e.rec.alerts()) >= 1 })
	n1, _ := a.counts()
	n2, _ := b.counts()
	waitFor(t, "both feeds polled again", func() bool {
		r1, _ := a.counts()
		r2, _ := b.counts()
		return r1 >= n1+2 && r2 >= n2+2
	})
	if got := e.rec.alerts(); len(got) != 1 {
		t.Fatalf("%d alerts for one article in two feeds; want 1", len(got))
	}
}

func TestUnchangedFeedIsAnsweredByConditionalGet(t *testing.T) {
	fs := newFeedServer(t)
	fs.add("a", "Something", "Else")
	e := &env{t: t}
	e.start(fs.URL)
	waitFor(t, "304 answers", func() bool { _, nm := fs.counts(); return nm >= 3 })
}

func TestUnchangedBodyIsRecognisedWithoutParsing(t *testing.T) {
	// A server that sends no validators, and the same bytes every time.
	body := `<?xml version="1.0"?><rss version="2.0"><channel><title>Static</title><item><guid>1</guid><title>Same</title><link>http://x.example/1</link></item></channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, body) }))
	defer srv.Close()
	e := &env{t: t}
	e.start(srv.URL)
	waitFor(t, "unchanged polls", func() bool { return e.tr.Stats().Unchanged >= 3 })
	if s := e.tr.Stats(); s.NotModified != 0 || s.PollFailures != 0 {
		t.Fatalf("stats = %+v; want only unchanged polls", s)
	}
}

func TestFailingFeedBacksOffThenPausesWithOneNotice(t *testing.T) {
	fs := newFeedServer(t)
	fs.add("a", "x", "y")
	e := &env{t: t, cfg: tracker.Config{MaxFailures: 3, PollFloor: 10 * time.Millisecond}}
	e.start()
	// A guild's own feed: its channels hear when it is paused.
	if _, err := e.tr.Track(context.Background(), "g", "c", "bagram"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.tr.AddFeed(context.Background(), "g", fs.URL); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "baseline", func() bool { r, _ := fs.counts(); return r >= 2 })
	fs.set(http.StatusInternalServerError, "")
	waitFor(t, "the pause notice", func() bool { return len(e.rec.alerts()) >= 1 })
	n, _ := fs.counts()
	time.Sleep(300 * time.Millisecond)
	if r, _ := fs.counts(); r != n {
		t.Fatalf("a paused feed was polled again (%d requests, then %d)", n, r)
	}
	got := e.rec.alerts()
	if len(got) != 1 || got[0].Kind != tracker.KindNotice || !strings.Contains(got[0].Notice, fs.URL) {
		t.Fatalf("alerts = %+v; want one notice naming the feed", got)
	}
	if n := got[0].Notice; strings.Count(n, fs.URL) != 1 || !strings.Contains(n, "(last: HTTP 500 Internal Server Error)") {
		t.Errorf("notice %q; want the feed's URL once and the last cause in plain words", n)
	}
	list := e.tr.Feeds("g")
	if len(list.Custom) != 1 || !list.Custom[0].Paused || list.Custom[0].Failures != 3 {
		t.Fatalf("feed = %+v; want paused after 3 failures", list.Custom)
	}
}

func TestMalformedFeedDoesNotDelayOthers(t *testing.T) {
	bad, good := newFeedServer(t), newFeedServer(t)
	bad.set(0, "<rss><channel><item><title>broken")
	e := &env{t: t}
	e.start(bad.URL, good.URL)
	e.track("bagram")
	good.add("g1", "Bagram news", "About Bagram")
	waitFor(t, "the good feed's alert", func() bool { return len(e.rec.alerts()) == 1 })
	var failures int
	for _, f := range e.tr.Feeds("").Catalog {
		if f.URL == bad.URL {
			failures = f.Failures
		}
	}
	if failures == 0 {
		t.Fatal("the malformed feed recorded no failure")
	}
}

func TestPendingAlertsSurviveACrashBeforeDelivery(t *testing.T) {
	fs := newFeedServer(t)
	e := &env{t: t}
	e.start(fs.URL)
	e.track("bagram")
	e.rec.fail(errors.New("discord is down"))
	fs.add("b1", "Bagram one", "Officials toured the runway on Monday.")
	fs.add("b2", "Bagram two", "A convoy arrived at dawn.")
	// Wait until the alerts are in the outbox, then "crash": stop without
	// a successful delivery.
	waitFor(t, "two pending rows", func() bool {
		p, _ := e.db.Pending(context.Background(), 0, 10)
		return len(p) == 2
	})
	e.stop()
	e.rec = newRecorder()
	e.start(fs.URL)
	waitFor(t, "delivery after restart", func() bool { return len(e.rec.alerts()) == 2 })
	n, _ := fs.counts()
	waitFor(t, "more polls", func() bool { r, _ := fs.counts(); return r >= n+3 })
	got := e.rec.alerts()
	if len(got) != 2 || got[0].Item.Title != "Bagram one" {
		t.Fatalf("alerts = %+v; want both, oldest first, once", got)
	}
	// Their snippets are cut when they go out, from the items the crashed
	// process stored.
	if got[0].Snippet != "Officials toured the runway on Monday." || got[1].Snippet != "A convoy arrived at dawn." {
		t.Errorf("snippets after the restart: %q, %q; want each item's summary", got[0].Snippet, got[1].Snippet)
	}
}

func TestUndeliverableChannelIsPausedAndDropped(t *testing.T) {
	fs := newFeedServer(t)
	e := &env{t: t}
	e.start(fs.URL)
	e.track("bagram")
	e.rec.fail(fmt.Errorf("403 missing access: %w", tracker.ErrUndeliverable))
	fs.add("b1", "Bagram one", "x")
	waitFor(t, "the subscription paused", func() bool {
		subs, _ := e.tr.Topics(context.Background(), "g", "c")
		return len(subs) == 1 && subs[0].Paused
	})
	waitFor(t, "the outbox emptied", func() bool {
		p, _ := e.db.Pending(context.Background(), 0, 10)
		return len(p) == 0
	})
	e.rec.fail(nil)
	fs.add("b2", "Bagram two", "x")
	n, _ := fs.counts()
	waitFor(t, "more polls", func() bool { r, _ := fs.counts(); return r >= n+3 })
	if got := e.rec.alerts(); len(got) != 0 {
		t.Fatalf("a paused subscription got %d alerts", len(got))
	}
}

func TestManyAlertsAtOnceFoldIntoADigest(t *testing.T) {
	fs := newFeedServer(t)
	e := &env{t: t}
	e.start(fs.URL)
	e.track("bagram")
	e.rec.fail(errors.New("hold"))
	events := []string{"runway repairs begin", "delegation arrives from Doha", "satellite images show hangars",
		"fuel convoy attacked", "drone crash investigated", "prisoners transferred north", "earthquake cracks tower", "court hears land claim"}
	for i, ev := range events {
		fs.add(fmt.Sprint("b", i), "Bagram "+ev, ev)
	}
	waitFor(t, "eight pending rows", func() bool {
		p, _ := e.db.Pending(context.Background(), 0, 20)
		return len(p) == 8
	})
	e.rec.fail(nil)
	waitFor(t, "a digest", func() bool { return len(e.rec.alerts()) == 8 })
	if msgs := e.rec.messages(); len(msgs) != 1 {
		t.Fatalf("%d messages for 8 alerts due at once; want 1 digest", len(msgs))
	}
	// A digest lists headlines: no snippet is cut for its rows.
	for _, a := range e.rec.alerts() {
		if a.Snippet != "" {
			t.Errorf("digest row %q carries snippet %q; want none", a.Item.Title, a.Snippet)
		}
	}
}

// A poll queues an alert without cutting its snippet from the feed's
// summary, and without the summary in the outbox row; the alert that goes
// out alone shows the snippet, cut from the stored item. One whose
// summary only repeats the headline shows the summary, as before.
func TestAlertSentAloneGetsItsSnippetAtDelivery(t *testing.T) {
	fs := newFeedServer(t)
	e := &env{t: t}
	e.start(fs.URL)
	e.track("bagram")
	e.rec.fail(errors.New("hold"))
	fs.add("b1", "Delegation visits Bagram", "Delegation visits Bagram. Officials toured the runways on Tuesday. They met the governor.")
	waitFor(t, "the pending row", func() bool {
		p, _ := e.db.Pending(context.Background(), 0, 20)
		return len(p) == 1
	})
	p, _ := e.db.Pending(context.Background(), 0, 20)
	if p[0].Snippet != "" || p[0].Item.Description != "" {
		t.Errorf("queued row: snippet %q, description %q; want neither (cut when sent)", p[0].Snippet, p[0].Item.Description)
	}
	e.rec.fail(nil)
	waitFor(t, "the alert", func() bool { return len(e.rec.alerts()) == 1 })
	if got, want := e.rec.alerts()[0].Snippet, "Officials toured the runways on Tuesday. They met the governor."; got != want {
		t.Errorf("alert sent alone: snippet %q; want %q (the headline not repeated)", got, want)
	}

	fs.add("b2", "Taliban reject any foreign role at Bagram", "Taliban reject any foreign role at Bagram.")
	waitFor(t, "the second alert", func() bool { return len(e.rec.alerts()) == 2 })
	if a := e.rec.alerts()[1]; a.Snippet != "" || a.Item.Description != "Taliban reject any foreign role at Bagram." {
		t.Errorf("summary repeating the headline: snippet %q, description %q; want no snippet and the summary", a.Snippet, a.Item.Description)
	}
}

func TestBadQueriesAreUserErrors(t *testing.T) {
	e := &env{t: t}
	e.start()
	for _, q := range []string{`"air base`, ``, `-football`, `(bagram`} {
		_, err := e.tr.Track(context.Background(), "g", "c", q)
		if _, ok := tracker.UserMessage(err); !ok {
			t.Errorf("Track(%q) = %v; want a user error", q, err)
		}
	}
	if _, err := e.tr.Track(context.Background(), "g", "c", "Bagram"); err != nil {
		t.Fatal(err)
	}
	_, err := e.tr.Track(context.Background(), "g", "c", "  bagram ")
	if msg, ok := tracker.UserMessage(err); !ok || !strings.Contains(msg, "already") {
		t.Fatalf("tracking the same topic twice: %v", err)
	}
}

func TestOldArticleArrivingNowIsInTheSummary(t *testing.T) {
	old := `<?xml version="1.0"?><rss version="2.0"><channel><title>Archive</title>
<item><guid>base</guid><title>Bagram history, part one</title><link>http://a.example/1</link><pubDate>Mon, 02 Mar 2020 10:00:00 GMT</pubDate></item>%s</channel></rss>`
	fs := newFeedServer(t)
	fs.set(0, fmt.Sprintf(old, ""))
	e := &env{t: t}
	e.start(fs.URL)
	e.track("bagram")
	fs.set(0, fmt.Sprintf(old, `<item><guid>late</guid><title>Bagram history, part two</title><link>http://a.example/2</link><description>"We never left Bagram in spirit," the veteran Tom Reyes said.</description><pubDate>Tue, 03 Mar 2020 10:00:00 GMT</pubDate></item>`))
	waitFor(t, "the alert", func() bool { return len(e.rec.alerts()) == 1 })
	sums, err := e.tr.Summary(context.Background(), "g", "c", "bagram", 24)
	if err != nil {
		t.Fatal(err)
	}
	st := sums[0].Summary.Stories
	if len(st) != 1 || st[0].Title != "Bagram history, part two" {
		t.Fatalf("summary stories = %+v; want only the article that arrived (not the baselined one)", st)
	}
	if len(st[0].Quotes) != 1 || st[0].Quotes[0].Speaker != "Tom Reyes" {
		t.Fatalf("quotes = %+v; want the veteran's quote", st[0].Quotes)
	}
}

// rewriteTo sends every request to a local server, whatever its host, so a
// test can stand in for a site on the internet without reaching it.
type rewriteTo struct{ target *url.URL }

func (rw rewriteTo) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host = rw.target.Scheme, rw.target.Host
	return http.DefaultTransport.RoundTrip(r)
}

func TestTopicBringsItsOwnSearchFeed(t *testing.T) {
	publisher := "https://www.example.com/world/bagram-talks.html"
	raw := append([]byte{0x08, 0x13, 0x22, byte(len(publisher))}, publisher...)
	link := "https://news.google.com/rss/articles/" + base64.RawURLEncoding.EncodeToString(raw) + "?oc=5"
	var mu sync.Mutex
	var queries []string
	items := ""
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		queries = append(queries, r.URL.Query().Get("q"))
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>"bagram" - Google News</title>%s</channel></rss>`, items)
	}))
	defer srv.Close()
	target, _ := url.Parse(srv.URL)
	e := &env{t: t, cfg: tracker.Config{TopicFeeds: true,
		Client: fetch.New(fetch.Options{AllowPrivate: true, Transport: rewriteTo{target}})}}
	e.start()
	e.track("Bagram")
	waitFor(t, "the search feed polled", func() bool { mu.Lock(); defer mu.Unlock(); return len(queries) > 0 })
	mu.Lock()
	if queries[0] != "bagram" {
		t.Errorf("search query = %q; want the canonical topic", queries[0])
	}
	items = `<item><guid>g1</guid><title>Talks on Bagram resume - The Example Times</title><link>` + html.EscapeString(link) + `</link></item>`
	mu.Unlock()
	waitFor(t, "an alert from the search feed", func() bool { return len(e.rec.alerts()) == 1 })
	a := e.rec.alerts()[0]
	if a.Item.URL != publisher || a.Item.Outlet != "The Example Times" || a.Item.Title != "Talks on Bagram resume" {
		t.Fatalf("item = %+v; want the publisher's URL, outlet and headline", a.Item)
	}
	if _, err := e.tr.Untrack(context.Background(), "g", "c", "bagram"); err != nil {
		t.Fatal(err)
	}
	for _, f := range e.tr.Feeds("g").Catalog {
		t.Fatalf("feed %s left after the topic went", f.URL)
	}
	if s := e.tr.Stats(); s.Feeds != 0 {
		t.Fatalf("%d feeds after untrack; want the search feed gone", s.Feeds)
	}
}

func TestAddFeedDiscoversFromASitePageAndRefusesPrivateAddresses(t *testing.T) {
	fs := newFeedServer(t)
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<html><head><link rel="alternate" type="application/rss+xml" href="%s/rss"></head><body>Home</body></html>`, fs.URL)
	}))
	defer site.Close()
	e := &env{t: t}
	e.start()
	f, err := e.tr.AddFeed(context.Background(), "g", site.URL)
	if err != nil {
		t.Fatal(err)
	}
	if f.URL != fs.URL+"/rss" || f.Title != "Test Wire" {
		t.Fatalf("added %+v; want the feed the page links to", f)
	}
	for _, bad := range []string{"ftp://example.com/feed", "not a url", "http://", "example", "news/rss"} {
		if _, err := e.tr.AddFeed(context.Background(), "g", bad); err == nil {
			t.Errorf("AddFeed(%q) succeeded", bad)
		} else if _, ok := tracker.UserMessage(err); !ok {
			t.Errorf("AddFeed(%q) = %v; want a user message", bad, err)
		}
	}
	if _, err := e.tr.RemoveFeed(context.Background(), "g", f.URL); err != nil {
		t.Fatal(err)
	}

	// With the guarded client, as in `run`, loopback is refused.
	g := &env{t: t, cfg: tracker.Config{Guarded: fetch.New(fetch.Options{})}}
	g.start()
	_, err = g.tr.AddFeed(context.Background(), "g", fs.URL)
	if msg, ok := tracker.UserMessage(err); !ok || !strings.Contains(msg, "private or local address") {
		t.Fatalf("AddFeed(loopback) = %v; want a refusal naming the private address", err)
	}
}

func TestRetryAfterAndBackOffSetTheNextPoll(t *testing.T) {
	fs := newFeedServer(t)
	e := &env{t: t, cfg: tracker.Config{PollFloor: 50 * time.Millisecond}}
	e.start(fs.URL)
	next := func() tracker.Feed {
		for _, f := range e.tr.Feeds("").Catalog {
			return f
		}
		t.Fatal("no feed")
		return tracker.Feed{}
	}
	// Back-off doubles from the poll floor.
	fs.set(http.StatusInternalServerError, "")
	waitFor(t, "two failures", func() bool { return next().Failures >= 2 })
	f := next()
	if gap := f.NextPoll.Sub(f.LastPoll); gap < 90*time.Millisecond || gap > 440*time.Millisecond {
		t.Fatalf("after %d failures the next poll is %v away; want about floor × 2^(n-1), ±10%%", f.Failures, gap)
	}
	// 503 with Retry-After: an hour is honoured.
	fs.mu.Lock()
	fs.status = 0
	fs.body = ""
	fs.mu.Unlock()
	srv503 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv503.Close()
	e.stop()
	e.start(srv503.URL)
	waitFor(t, "a failure", func() bool {
		for _, f := range e.tr.Feeds("").Catalog {
			if f.URL == srv503.URL && f.Failures == 1 {
				return true
			}
		}
		return false
	})
	for _, f := range e.tr.Feeds("").Catalog {
		if f.URL == srv503.URL {
			if gap := f.NextPoll.Sub(f.LastPoll); gap < 59*time.Minute {
				t.Fatalf("Retry-After 3600 gave a next poll %v away", gap)
			}
		}
	}
}

func TestStartBaselinesEveryFeedBeforeReturning(t *testing.T) {
	var urls []string
	for i := 0; i < 10; i++ {
		fs := newFeedServer(t)
		fs.add("a", "Old", "x")
		urls = append(urls, fs.URL)
	}
	e := &env{t: t, cfg: tracker.Config{Workers: 3, PollFloor: time.Hour}}
	e.start(urls...)
	for _, f := range e.tr.Feeds("").Catalog {
		if !f.Baselined {
			t.Errorf("feed %s not baselined when Start returned", f.URL)
		}
	}
}

func TestExclusionInTheArticleTextRulesAnItemOut(t *testing.T) {
	fs := newFeedServer(t)
	e := &env{t: t, cfg: tracker.Config{FetchArticles: true}}
	e.start(fs.URL)
	e.track("kabul -football")
	// The feed's own text says nothing of football; the page does (the
	// test server's article page is its path: /article/<guid>).
	fs.add("football-transfer", "Kabul-born midfielder signs", "A record deal.")
	fs.add("kabul-market", "Kabul market reopens", "Traders return.")
	waitFor(t, "the market alert", func() bool { return len(e.rec.alerts()) >= 1 })
	n, _ := fs.counts()
	waitFor(t, "more polls", func() bool { r, _ := fs.counts(); return r >= n+2 })
	got := e.rec.alerts()
	if len(got) != 1 || got[0].Item.Title != "Kabul market reopens" {
		t.Fatalf("alerts = %+v; want only the market story", got)
	}
}

func TestAHeldOrRejectingChannelDoesNotStopTheOthers(t *testing.T) {
	fs := newFeedServer(t)
	e := &env{t: t}
	e.rec = newRecorder()
	e.rec.failFor = map[string]error{
		"down":   errors.New("503 from Discord"),
		"reject": fmt.Errorf("400 invalid form body: %w", tracker.ErrRejected),
	}
	e.start(fs.URL)
	ctx := context.Background()
	for _, ch := range []string{"down", "reject", "ok"} {
		if _, err := e.tr.Track(ctx, "g", ch, "bagram"); err != nil {
			t.Fatal(err)
		}
	}
	fs.add("b1", "Bagram runway repaired", "x")
	waitFor(t, "the healthy channel's alert", func() bool {
		for _, a := range e.rec.alerts() {
			if a.ChannelID == "ok" {
				return true
			}
		}
		return false
	})
	waitFor(t, "the rejected row dropped, the held one kept", func() bool {
		p, _ := e.db.Pending(ctx, 0, 10)
		return len(p) == 1 && p[0].ChannelID == "down"
	})
	subs, _ := e.tr.Topics(ctx, "g", "reject")
	if len(subs) != 1 || subs[0].Paused {
		t.Fatalf("a rejected message paused the channel: %+v", subs)
	}
}

func TestCatalogFeedsAreNeverPaused(t *testing.T) {
	fs := newFeedServer(t)
	fs.set(http.StatusBadGateway, "")
	e := &env{t: t, cfg: tracker.Config{MaxFailures: 2, PollFloor: 5 * time.Millisecond}}
	e.start(fs.URL)
	waitFor(t, "failures past the limit", func() bool {
		for _, f := range e.tr.Feeds("").Catalog {
			return f.Failures >= 3
		}
		return false
	})
	for _, f := range e.tr.Feeds("").Catalog {
		if f.Paused {
			t.Fatal("a catalog feed was paused; it should keep being retried")
		}
	}
	if n := len(e.rec.alerts()); n != 0 {
		t.Fatalf("%d notices for a catalog feed; its failures belong in the log", n)
	}
}

func TestTrackTakesUpperCaseANDAsTheSpaceItMeans(t *testing.T) {
	e := &env{t: t}
	e.start()
	if got := e.track("bagram AND kabul").Topic; got != "bagram kabul" {
		t.Errorf("/track bagram AND kabul stored as %q; want %q", got, "bagram kabul")
	}
	if got := e.track("Bagram and Kabul").Topic; got != "and bagram kabul" {
		t.Errorf("/track Bagram and Kabul stored as %q; want %q (lower-case and is a word)", got, "and bagram kabul")
	}
	subs, err := e.tr.Topics(context.Background(), "g", "c")
	if err != nil || len(subs) != 2 {
		t.Fatalf("topics = %v, %v; want 2", subs, err)
	}
}

// An item matching topics of several channels alerts each channel once,
// however its topics are shared out, also after a channel drops a topic
// another still tracks.
func TestItemAlertsEveryChannelWhoseTopicsItMatches(t *testing.T) {
	fs := newFeedServer(t)
	fs.add("x", "Port strike ends", "Dockers return to work.")
	e := &env{t: t}
	e.start(fs.URL)
	ctx := context.Background()
	for _, s := range [][2]string{{"c", "bagram"}, {"c", "runway"}, {"d", "runway"}, {"d", "airfield"}} {
		if _, err := e.tr.Track(ctx, "g", s[0], s[1]); err != nil {
			t.Fatal(err)
		}
	}
	fs.add("b1", "Bagram runway reopens", "The airfield runway at Bagram reopened.")
	waitFor(t, "alerts to both channels", func() bool { return len(e.rec.alerts()) >= 2 })
	if _, err := e.tr.Untrack(ctx, "g", "c", "runway"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.tr.Untrack(ctx, "g", "d", "airfield"); err != nil {
		t.Fatal(err)
	}
	fs.add("b2", "Second Bagram runway opens", "Another runway opened at Bagram.")
	waitFor(t, "alerts of the second item", func() bool { return len(e.rec.alerts()) >= 4 })
	n, _ := fs.counts()
	waitFor(t, "more polls", func() bool { r, _ := fs.counts(); return r >= n+2 })
	got := map[string]string{}
	for _, a := range e.rec.alerts() {
		k := a.ChannelID + " " + a.Item.Title
		if got[k] != "" {
			t.Errorf("%s alerted twice", k)
		}
		got[k] = a.Topic
	}
	want := map[string]string{
		"c Bagram runway reopens": "bagram", "d Bagram runway reopens": "airfield",
		"c Second Bagram runway opens": "bagram", "d Second Bagram runway opens": "runway",
	}
	if len(got) != len(want) {
		t.Errorf("alerts %v; want %v", got, want)
	}
	for k, topic := range want {
		if got[k] != topic {
			t.Errorf("%s: topic %q; want %q", k, got[k], topic)
		}
	}
}
