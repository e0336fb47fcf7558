package tracker_test

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"newshound/tracker"
)

// newsSite serves an RSS feed of dated articles and the articles' pages,
// whose text (with quotes) the feed does not carry. It counts page reads.
type newsSite struct {
	*httptest.Server
	mu       sync.Mutex
	articles []siteArticle
	reads    map[string]int
}

type siteArticle struct {
	slug, title, desc string
	published         time.Time
	paras             []string
}

func newNewsSite(t *testing.T) *newsSite {
	s := &newsSite{reads: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *newsSite) add(a siteArticle) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.articles = append(s.articles, a)
}

func (s *newsSite) pageReads(slug string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reads[slug]
}

func (s *newsSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if slug, ok := strings.CutPrefix(r.URL.Path, "/news/"); ok {
		for _, a := range s.articles {
			if a.slug == slug {
				s.reads[slug]++
				fmt.Fprintf(w, "<html><head><title>%s</title></head><body><nav>Home | World | Sport</nav><article><h1>%s</h1>", html.EscapeString(a.title), html.EscapeString(a.title))
				for _, p := range a.paras {
					fmt.Fprintf(w, "<p>%s</p>", html.EscapeString(p))
				}
				fmt.Fprint(w, "</article><footer>Copyright Example News</footer></body></html>")
				return
			}
		}
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title><link>%s</link>`, s.URL)
	for i := len(s.articles) - 1; i >= 0; i-- {
		a := s.articles[i]
		fmt.Fprintf(w, "<item><guid>%s</guid><title>%s</title><link>%s/news/%s</link><description>%s</description><pubDate>%s</pubDate></item>",
			a.slug, html.EscapeString(a.title), s.URL, a.slug, html.EscapeString(a.desc), a.published.UTC().Format(time.RFC1123Z))
	}
	fmt.Fprint(w, "</channel></rss>")
}

// kabulArticles are two stories about Kabul with quotes in their pages
// only, and a football match in Kabul whose feed entry does not say so.
func kabulArticles(now time.Time) []siteArticle {
	return []siteArticle{
		{slug: "airport", title: "Kabul airport reopens to civilian flights", desc: "Flights resumed in Kabul on Tuesday.",
			published: now.Add(-3 * time.Hour), paras: []string{
				"Civilian flights resumed at Kabul's international airport on Tuesday after a closure of nearly two weeks, officials said, as the first passenger jet in days landed on the repaired runway.",
				`"The airport is open again and every airline is welcome to return," Transport Minister Hamidullah Akhundzada told reporters at the terminal.`,
				"Hundreds of travellers queued outside the gates from dawn, many of them hoping to reach relatives abroad before the winter.",
				`"We waited eleven days for this flight and we will not wait another," said Farida Noori, a teacher travelling to Istanbul with her two children.`,
			}},
		{slug: "quake", title: "Earthquake shakes Kabul, damaging homes", desc: "A strong earthquake was felt in Kabul.",
			published: now.Add(-5 * time.Hour), paras: []string{
				"A magnitude 5.8 earthquake shook Kabul before dawn on Wednesday, damaging dozens of mud-brick homes on the city's western edge and sending residents into the streets.",
				`"Many houses have collapsed and families are sleeping outside in the cold tonight," provincial spokesman Waheed Shahkar said in a statement.`,
				"Rescue teams from the Red Crescent were searching the damaged neighbourhoods through the morning, according to local officials.",
			}},
		{slug: "derby", title: "Crowds fill Kabul stadium for the derby", desc: "Thousands gathered in Kabul on Friday.",
			published: now.Add(-4 * time.Hour), paras: []string{
				"Thousands of supporters filled the Ghazi stadium in Kabul on Friday for the first football derby of the season, singing long before the kick-off.",
				`"This is the biggest football crowd we have seen here in years," club chairman Ahmad Shah Zamani said after the final whistle.`,
				"The home side won two goals to one, with the winner coming deep into stoppage time.",
			}},
	}
}

func summaryOf(t *testing.T, tr *tracker.Tracker, topic string) tracker.TopicSummary {
	t.Helper()
	sums, err := tr.Summary(context.Background(), "g", "c", topic, 24)
	if err != nil {
		t.Fatal(err)
	}
	return sums[0]
}

func TestLateTrackSummaryHasQuotesAndAppliesExclusionsFromPages(t *testing.T) {
	now := time.Now()
	site := newNewsSite(t)
	e := &env{t: t, cfg: tracker.Config{FetchArticles: true}}
	e.start(site.URL)
	for _, a := range kabulArticles(now) {
		site.add(a)
	}
	// Every article arrives, and is stored, before anyone tracks Kabul.
	waitFor(t, "the articles to be stored", func() bool {
		n := 0
		_ = e.db.RecentItems(context.Background(), now.Add(-time.Hour), func(tracker.Item) bool { n++; return true })
		return n == 3
	})
	if got := site.pageReads("airport"); got != 0 {
		t.Fatalf("a page no topic matched was read %d times before tracking; want 0", got)
	}

	e.track("kabul -football")
	ts := summaryOf(t, e.tr, "kabul -football")
	var titles []string
	var speakers []string
	for _, st := range ts.Summary.Stories {
		titles = append(titles, st.Title)
		for _, q := range st.Quotes {
			speakers = append(speakers, q.Speaker)
		}
	}
	if len(titles) != 2 || strings.Contains(strings.Join(titles, "|"), "derby") {
		t.Fatalf("stories = %q; want the airport and the earthquake, not the football derby (football is only in its page)", titles)
	}
	for _, want := range []string{"Hamidullah Akhundzada", "Waheed Shahkar"} {
		if !strings.Contains(strings.Join(speakers, "|"), want) {
			t.Errorf("speakers = %q; want %s, quoted only in the page", speakers, want)
		}
	}

	// What was read is stored: another summary reads no page again.
	reads := site.pageReads("airport")
	summaryOf(t, e.tr, "kabul -football")
	if got := site.pageReads("airport"); got != reads || reads != 1 {
		t.Errorf("airport page read %d times, then %d after a second summary; want 1 and 1", reads, got)
	}
}

func TestSummaryIsTheSameWhetherTrackedEarlyOrLate(t *testing.T) {
	now := time.Now()
	// The two runs serve the same articles from different ports.
	run := func(early bool) string {
		site := newNewsSite(t)
		e := &env{t: t, cfg: tracker.Config{FetchArticles: true}}
		e.start(site.URL)
		if early {
			e.track("kabul -football")
		}
		for _, a := range kabulArticles(now) {
			site.add(a)
		}
		waitFor(t, "the articles to be stored", func() bool {
			n := 0
			_ = e.db.RecentItems(context.Background(), now.Add(-time.Hour), func(tracker.Item) bool { n++; return true })
			return n == 3
		})
		if early {
			waitFor(t, "the alerts", func() bool { return len(e.rec.alerts()) == 2 })
		} else {
			e.track("kabul -football")
		}
		ts := summaryOf(t, e.tr, "kabul -football")
		if len(ts.Summary.Stories) != 2 {
			t.Fatalf("early=%v: %d stories; want 2", early, len(ts.Summary.Stories))
		}
		ts.Since, ts.Until = time.Time{}, time.Time{}
		for i := range ts.Summary.Stories {
			ts.Summary.Stories[i].ID = "" // a hash of the first item's URL, whose port differs
		}
		return strings.ReplaceAll(fmt.Sprintf("%+v", ts), site.URL, "SITE")
	}
	early, late := run(true), run(false)
	if early != late {
		t.Fatalf("tracked early:\n%s\ntracked late:\n%s\nwant the same summary", early, late)
	}
}

func TestTrackReadsMatchingPagesInTheBackground(t *testing.T) {
	now := time.Now()
	site := newNewsSite(t)
	e := &env{t: t, cfg: tracker.Config{FetchArticles: true}}
	e.start(site.URL)
	for _, a := range kabulArticles(now) {
		site.add(a)
	}
	waitFor(t, "the articles to be stored", func() bool {
		n := 0
		_ = e.db.RecentItems(context.Background(), now.Add(-time.Hour), func(tracker.Item) bool { n++; return true })
		return n == 3
	})
	e.track("earthquake")
	waitFor(t, "the earthquake page to be read and stored", func() bool {
		it, ok, _ := e.db.Item(context.Background(), site.URL+"/news/quake")
		return ok && it.Read && len(it.Quotes) > 0
	})
	if got := site.pageReads("airport"); got != 0 {
		t.Errorf("the airport page, which does not match, was read %d times; want 0", got)
	}
}
