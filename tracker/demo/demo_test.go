package demo

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a settable clock for Options.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

const testInterval = 8 * time.Second

// startTest starts a server on a fake clock and closes it, checking for
// leaked goroutines, when the test ends.
func startTest(t *testing.T) (*Server, *clock, *http.Client) {
	t.Helper()
	before := runtime.NumGoroutine()
	clk := &clock{t: time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)}
	s, err := Start(Options{Interval: testInterval, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	tr := &http.Transport{}
	client := &http.Client{Transport: tr, Timeout: 5 * time.Second}
	t.Cleanup(func() {
		tr.CloseIdleConnections()
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
		checkGoroutines(t, before)
	})
	return s, clk, client
}

func checkGoroutines(t *testing.T, before int) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= before {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			buf = buf[:runtime.Stack(buf, true)]
			t.Errorf("goroutines after Close = %d; want <= %d\n%s", n, before, buf)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func get(t *testing.T, c *http.Client, url string, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

// feedTitles fetches a feed of any of the three formats and returns its
// item titles in feed order.
func feedTitles(t *testing.T, c *http.Client, url string) []string {
	t.Helper()
	resp, body := get(t, c, url, nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d; want 200", url, resp.StatusCode)
	}
	var titles []string
	switch {
	case strings.HasSuffix(url, ".json"):
		var doc struct {
			Version string
			Items   []struct{ Title string }
		}
		if err := json.Unmarshal([]byte(body), &doc); err != nil {
			t.Fatalf("%s: %v", url, err)
		}
		if doc.Version != "https://jsonfeed.org/version/1.1" {
			t.Errorf("%s: version %q", url, doc.Version)
		}
		for _, it := range doc.Items {
			titles = append(titles, it.Title)
		}
	case strings.HasSuffix(url, "atom.xml"):
		var doc struct {
			XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
			Entries []struct {
				Title string `xml:"title"`
			} `xml:"entry"`
		}
		if err := xml.Unmarshal([]byte(body), &doc); err != nil {
			t.Fatalf("%s: %v", url, err)
		}
		for _, e := range doc.Entries {
			titles = append(titles, e.Title)
		}
	default:
		var doc struct {
			Channel struct {
				TTL   int `xml:"ttl"`
				Items []struct {
					Title   string `xml:"title"`
					GUID    string `xml:"guid"`
					PubDate string `xml:"pubDate"`
				} `xml:"item"`
			} `xml:"channel"`
		}
		if err := xml.Unmarshal([]byte(body), &doc); err != nil {
			t.Fatalf("%s: %v", url, err)
		}
		if doc.Channel.TTL != 0 {
			// A ttl of minutes would tell pollers to wait that long between
			// polls of a feed that publishes every few seconds.
			t.Errorf("%s: ttl %d; want none", url, doc.Channel.TTL)
		}
		for _, it := range doc.Channel.Items {
			if it.GUID == "" || it.PubDate == "" {
				t.Errorf("%s: item %q lacks guid or pubDate", url, it.Title)
			}
			if _, err := time.Parse(time.RFC1123Z, it.PubDate); err != nil {
				t.Errorf("%s: pubDate: %v", url, err)
			}
			titles = append(titles, it.Title)
		}
	}
	return titles
}

func allTitles(t *testing.T, s *Server, c *http.Client) []string {
	t.Helper()
	var out []string
	for _, f := range s.Feeds() {
		out = append(out, feedTitles(t, c, f)...)
	}
	return out
}

func countBagram(titles []string) int {
	n := 0
	for _, title := range titles {
		if strings.Contains(title, "Bagram") {
			n++
		}
	}
	return n
}

func TestStartPublishesFourItemsOneAboutBagram(t *testing.T) {
	s, _, c := startTest(t)
	if got := len(s.Feeds()); got != 3 {
		t.Fatalf("len(Feeds()) = %d; want 3", got)
	}
	per := map[string]int{}
	for _, f := range s.Feeds() {
		if !strings.HasPrefix(f, s.URL()) || !strings.HasPrefix(s.URL(), "http://127.0.0.1:") {
			t.Errorf("feed %s not under %s on 127.0.0.1", f, s.URL())
		}
		per[f] = len(feedTitles(t, c, f))
	}
	titles := allTitles(t, s, c)
	if len(titles) != initialItems {
		t.Errorf("items at start = %d; want %d (%v)", len(titles), initialItems, per)
	}
	for f, n := range per {
		if n == 0 {
			t.Errorf("%s has no items at start", f)
		}
	}
	if got := countBagram(titles); got != 1 {
		t.Errorf("Bagram items at start = %d; want 1", got)
	}
}

// TestScheduleQuickThenSteadyThenRepeats follows the news day on the
// injected clock: quick at first, then a steady pace of fresh stories for
// at least a quarter of an hour, then repeats one every Interval.
func TestScheduleQuickThenSteadyThenRepeats(t *testing.T) {
	s, clk, c := startTest(t)
	n := len(s.stories)
	if n < quickEnd+28 {
		t.Fatalf("%d stories; want at least %d, enough for a quarter of an hour at the steady pace", n, quickEnd+28)
	}
	start := clk.Now()
	at := func(d time.Duration) {
		t.Helper()
		clk.Add(start.Add(d).Sub(clk.Now()))
	}
	// newest returns the newest published edition.
	newest := func() edition { return s.published(clk.Now(), "")[0] }

	// t = 0: four stories, one about Bagram, all dated before the start.
	if got := len(allTitles(t, s, c)); got != initialItems {
		t.Errorf("items at start = %d; want %d", got, initialItems)
	}
	// Quick: one more every Interval.
	at(testInterval - time.Second)
	if got := len(allTitles(t, s, c)); got != initialItems {
		t.Errorf("items just before the first interval = %d; want %d", got, initialItems)
	}
	at(testInterval)
	titles := allTitles(t, s, c)
	if got := len(titles); got != initialItems+1 {
		t.Errorf("items after one interval = %d; want %d", got, initialItems+1)
	}
	if got := countBagram(titles); got != 2 {
		t.Errorf("Bagram items after one interval = %d; want 2", got)
	}
	harbor := feedTitles(t, c, s.Feeds()[1]) // the newest Atom entry comes first
	if len(harbor) == 0 || harbor[0] != s.stories[initialItems].title {
		t.Errorf("harbor feed first title = %v; want %q", harbor, s.stories[initialItems].title)
	}
	// t = 1 min: 7 quick slots out (56 s).
	at(time.Minute)
	if got, want := len(allTitles(t, s, c)), initialItems+7; got != want {
		t.Errorf("items at 1 min = %d; want %d", got, want)
	}
	// The quick phase ends at 80 s with the first round of the opening
	// stories; then one every Steady.
	at(quickItems * testInterval)
	if got := s.lastSlot(clk.Now()); got != quickEnd {
		t.Errorf("slot at the end of the quick phase = %d; want %d", got, quickEnd)
	}
	at(quickItems*testInterval + DefaultSteady - time.Second)
	if got := s.lastSlot(clk.Now()); got != quickEnd {
		t.Errorf("slot just before the first steady one = %d; want %d", got, quickEnd)
	}
	// t = 10 min: (600 - 80) / 30 = 17 steady stories out.
	at(10 * time.Minute)
	if got, want := s.lastSlot(clk.Now()), quickEnd+17; got != want {
		t.Errorf("slot at 10 min = %d; want %d", got, want)
	}
	// t = 15 min: (900 - 80) / 30 = 27 steady stories; nothing repeated.
	if fresh := s.FreshUntil().Sub(start); fresh < 15*time.Minute {
		t.Errorf("fresh stories last %v; want >= 15 min", fresh)
	}
	at(15 * time.Minute)
	if got, want := s.lastSlot(clk.Now()), quickEnd+27; got != want {
		t.Errorf("slot at 15 min = %d; want %d", got, want)
	}
	for _, e := range s.published(clk.Now(), "") {
		if e.round != 0 {
			t.Errorf("at 15 min, %s is out again (round %d); want only fresh stories", e.slug, e.round)
		}
	}
	// The last written story goes out at FreshUntil; the first repeat one
	// Interval later, and one every Interval after that.
	at(s.FreshUntil().Sub(start))
	if e := newest(); e.slot != n || e.round != 0 {
		t.Errorf("newest at FreshUntil = slot %d round %d; want slot %d round 0", e.slot, e.round, n)
	}
	at(s.FreshUntil().Sub(start) + testInterval)
	if e := newest(); e.slot != n+1 || e.round != 1 || e.slug != s.stories[0].slug {
		t.Errorf("first repeat = slot %d round %d %s; want slot %d round 1 %s", e.slot, e.round, e.slug, n+1, s.stories[0].slug)
	}
	// t = 20 min: repeats every Interval since FreshUntil.
	at(20 * time.Minute)
	want := n + int((20*time.Minute-s.FreshUntil().Sub(start))/testInterval)
	if got := s.lastSlot(clk.Now()); got != want {
		t.Errorf("slot at 20 min = %d; want %d", got, want)
	}
	for _, f := range s.Feeds() {
		if got := len(feedTitles(t, c, f)); got != maxItems {
			t.Errorf("%s at 20 min: %d items; want %d (the newest)", f, got, maxItems)
		}
	}
	// lastSlot inverts publishedAt at every slot boundary.
	for k := initialItems + 1; k <= 3*n; k++ {
		at0 := s.publishedAt(s.edition(k))
		if got := s.lastSlot(at0); got != k {
			t.Fatalf("lastSlot(publishedAt(slot %d)) = %d", k, got)
		}
		if got := s.lastSlot(at0.Add(-time.Nanosecond)); got != k-1 {
			t.Fatalf("lastSlot just before slot %d = %d; want %d", k, got, k-1)
		}
	}
}

// TestBagramIsNeverFarAway: whenever a newcomer types /track bagram in the
// first twenty minutes, a Bagram story comes out within 60 s (two steady
// slots), and within 50 s at 150 s, when issue 11's newcomer types it and
// expects an alert within 60 s.
func TestBagramIsNeverFarAway(t *testing.T) {
	s, clk, _ := startTest(t)
	start := clk.Now()
	nextBagram := func(from time.Time) time.Duration {
		for k := s.lastSlot(from) + 1; ; k++ {
			if e := s.edition(k); e.topic == "bagram" {
				return s.publishedAt(e).Sub(from)
			}
		}
	}
	for d := time.Duration(0); d <= 20*time.Minute; d += time.Second {
		if wait := nextBagram(start.Add(d)); wait > 2*DefaultSteady {
			t.Fatalf("at %v the next Bagram story is %v away; want <= %v", d, wait, 2*DefaultSteady)
		}
	}
	if wait := nextBagram(start.Add(150 * time.Second)); wait > 50*time.Second {
		t.Errorf("at 150 s the next Bagram story is %v away; want an alert within 60 s", wait)
	}
}

// TestPublishingNeverStops: hours into the demo, an item still goes out
// every interval, each with a URL and GUID never used before, its page is
// served, and a Bagram story is never more than four slots away, so
// whoever types /track bagram at any moment soon has an alert.
func TestPublishingNeverStops(t *testing.T) {
	s, clk, c := startTest(t)
	seen := map[string]bool{}
	for _, e := range s.published(clk.Now(), "") {
		seen[s.articleURL(e)] = true
	}
	sinceBagram := 0
	for k := initialItems + 1; k <= 3*len(s.stories)+5; k++ {
		clk.Add(s.publishedAt(s.edition(k)).Sub(clk.Now()))
		out := s.published(clk.Now(), "")
		if len(out) != min(k, maxItems) {
			t.Fatalf("slot %d: %d items out; want %d", k, len(out), min(k, maxItems))
		}
		newest := out[0]
		url := s.articleURL(newest)
		if seen[url] {
			t.Fatalf("slot %d: URL %s published twice", k, url)
		}
		seen[url] = true
		if newest.topic == "bagram" {
			sinceBagram = 0
		} else if sinceBagram++; sinceBagram >= 4 {
			t.Errorf("slot %d: four slots in a row without a Bagram story", k)
		}
	}
	clk.Add(5 * time.Hour)
	for _, f := range s.Feeds() {
		if n := len(feedTitles(t, c, f)); n != maxItems {
			t.Errorf("%s five hours on: %d items; want %d (the newest)", f, n, maxItems)
		}
	}
	newest := s.published(clk.Now(), "")[0]
	if newest.round < 2 {
		t.Fatalf("newest item five hours on is in round %d; want a late round", newest.round)
	}
	r, page := get(t, c, s.articleURL(newest), nil)
	if r.StatusCode != http.StatusOK || !strings.Contains(page, newest.paras[0][:40]) {
		t.Errorf("page of %s: status %d; want 200 with its first paragraph", s.articleURL(newest), r.StatusCode)
	}
	if !strings.Contains(page, clk.Now().UTC().Format("2 January 2006")) {
		t.Errorf("page of a late edition lacks today's date")
	}
	for _, bad := range []string{"/articles/" + newest.slug + "-1.html", "/articles/" + newest.slug + "-02.html", "/articles/" + newest.slug + "-999.html"} {
		if r, _ := get(t, c, s.URL()+bad, nil); r.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d; want 404", bad, r.StatusCode)
		}
	}
}

func TestFeedsAnswer304ToValidators(t *testing.T) {
	s, clk, c := startTest(t)
	for _, f := range s.Feeds() {
		resp, _ := get(t, c, f, nil)
		etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
		if etag == "" || lm == "" {
			t.Fatalf("%s: ETag %q, Last-Modified %q; want both", f, etag, lm)
		}
		if r, _ := get(t, c, f, map[string]string{"If-None-Match": etag}); r.StatusCode != http.StatusNotModified {
			t.Errorf("%s If-None-Match: status %d; want 304", f, r.StatusCode)
		}
		if r, _ := get(t, c, f, map[string]string{"If-Modified-Since": lm}); r.StatusCode != http.StatusNotModified {
			t.Errorf("%s If-Modified-Since: status %d; want 304", f, r.StatusCode)
		}
		if r, _ := get(t, c, f, map[string]string{"If-None-Match": `"other"`, "If-Modified-Since": lm}); r.StatusCode != http.StatusOK {
			t.Errorf("%s stale ETag with fresh date: status %d; want 200", f, r.StatusCode)
		}
	}
	// Once the Atom feed publishes, its old validators no longer match.
	harbor := s.Feeds()[1]
	resp, _ := get(t, c, harbor, nil)
	etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	clk.Add(testInterval)
	if r, _ := get(t, c, harbor, map[string]string{"If-None-Match": etag}); r.StatusCode != http.StatusOK {
		t.Errorf("old ETag after publish: status %d; want 200", r.StatusCode)
	}
	if r, _ := get(t, c, harbor, map[string]string{"If-Modified-Since": lm}); r.StatusCode != http.StatusOK {
		t.Errorf("old Last-Modified after publish: status %d; want 200", r.StatusCode)
	}
}

func TestArticlePageHasQuotesAndBoilerplate(t *testing.T) {
	s, _, c := startTest(t)
	resp, body := get(t, c, s.articleURL(s.edition(1)), nil)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d; want 200", resp.StatusCode)
	}
	for _, want := range []string{
		"<title>", `property="og:title"`, `property="article:published_time"`, `name="author"`,
		"<nav", "By <span", "<article>", "<figcaption>", "Related stories", "newsletter", "<footer",
		// Quotes survive html/template escaping (curly quotes are not escaped).
		"“Bagram is Afghan soil and it will stay Afghan soil,” said Karim Yousufzai",
		"“a dangerous gamble”",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("article page lacks %q", want)
		}
	}
	if strings.Count(body, "<p>") < 5 {
		t.Errorf("article has %d paragraphs; want >= 5", strings.Count(body, "<p>"))
	}
	// A straight-quoted story: html/template writes &#34; for ".
	_, body = get(t, c, s.articleURL(s.edition(2)), nil)
	if !strings.Contains(body, "&#34;We are not against machines.") {
		t.Errorf("port strike page lacks its opening quote")
	}
}

func TestUnpublishedArticleIsNotFound(t *testing.T) {
	s, clk, c := startTest(t)
	last := s.edition(len(s.stories))
	if r, _ := get(t, c, s.articleURL(last), nil); r.StatusCode != http.StatusNotFound {
		t.Errorf("unpublished article: status %d; want 404", r.StatusCode)
	}
	clk.Add(s.FreshUntil().Sub(clk.Now()) - time.Second)
	if r, _ := get(t, c, s.articleURL(last), nil); r.StatusCode != http.StatusNotFound {
		t.Errorf("article a second before it is out: status %d; want 404", r.StatusCode)
	}
	clk.Add(time.Second)
	if r, _ := get(t, c, s.articleURL(last), nil); r.StatusCode != http.StatusOK {
		t.Errorf("published article: status %d; want 200", r.StatusCode)
	}
	if r, _ := get(t, c, s.URL()+"/articles/nope.html", nil); r.StatusCode != http.StatusNotFound {
		t.Errorf("unknown article: status %d; want 404", r.StatusCode)
	}
}

var quoted = regexp.MustCompile(`"[^"]{3,}"|“[^”]{3,}”`)

func TestStoriesHaveQuotesAndEnoughAreAboutBagram(t *testing.T) {
	stories, err := loadStories()
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) < 30 {
		t.Errorf("%d stories; want about 35", len(stories))
	}
	bagram := 0
	perOutlet := map[string]int{}
	for _, st := range stories {
		perOutlet[st.outlet]++
		text := strings.Join(st.paras, "\n")
		if n := quoted.FindAllString(strings.Join(st.paras, "\n\n"), -1); len(n) < 2 {
			t.Errorf("%s: %d quoted passages; want >= 2", st.slug, len(n))
		}
		if words := len(strings.Fields(text)); words < 250 || words > 500 {
			t.Errorf("%s: %d words; want 250-500", st.slug, words)
		}
		if n := len(st.paras); n < 5 || n > 9 {
			t.Errorf("%s: %d paragraphs; want 5-9", st.slug, n)
		}
		if strings.Contains(text, "Bagram") {
			bagram++
		}
	}
	if bagram < 5 {
		t.Errorf("%d stories mention Bagram; want >= 5", bagram)
	}
	for _, o := range outlets {
		if perOutlet[o.key] < 3 {
			t.Errorf("outlet %s has %d stories; want >= 3", o.key, perOutlet[o.key])
		}
	}
}

func TestScheduleBringsBagramEarlyAndOften(t *testing.T) {
	stories, err := loadStories()
	if err != nil {
		t.Fatal(err)
	}
	last := 0
	for _, st := range stories {
		if st.topic != "bagram" {
			continue
		}
		if last > initialItems && st.seq-last > 3 {
			t.Errorf("Bagram story %s at seq %d; previous at %d; want a gap <= 3", st.slug, st.seq, last)
		}
		last = st.seq
	}
	if stories[initialItems].topic != "bagram" && stories[initialItems+1].topic != "bagram" {
		t.Errorf("no Bagram story within the first two intervals")
	}
}

func TestParseStoryRejectsBadFrontMatter(t *testing.T) {
	for _, text := range []string{
		"no front matter",
		"---\nslug: x\n",
		"---\nslug: x\noutlet: herald\ntitle: t\nauthor: a\nsummary: s\nseq: 1\nbogus: 1\n---\nP.\n",
		"---\nslug: x\noutlet: nowhere\ntitle: t\nauthor: a\nsummary: s\nseq: 1\n---\nP.\n",
		"---\nslug: x\noutlet: herald\ntitle: t\nauthor: a\nsummary: s\nseq: one\n---\nP.\n",
		"---\nslug: x\noutlet: herald\ntitle: t\nauthor: a\nsummary: s\nseq: 1\n---\n\n",
	} {
		if _, err := parseStory(text); err == nil {
			t.Errorf("parseStory(%q) = nil error; want one", text)
		}
	}
}

func TestCloseTwiceIsSafe(t *testing.T) {
	s, err := Start(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if _, err := http.Get(s.URL() + "/"); err == nil {
		t.Errorf("GET after Close succeeded; want an error")
	}
}
