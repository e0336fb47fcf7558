package tracker

import (
	"context"
	"errors"
	"net/url"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"newshound/tracker/article"
	"newshound/tracker/feed"
	"newshound/tracker/fetch"
	"newshound/tracker/newssearch"
	"newshound/tracker/query"
	"newshound/tracker/quote"
	"newshound/tracker/story"
)

// docs holds tokenised items (*query.Doc) for reuse, whose buffers take
// a few kilobytes an item.
var docs sync.Pool

// candidate is a new item of a poll, with what ingest learns of it.
type candidate struct {
	item Item
	// body is the feed's text of the item: its summary, and its content
	// if the feed carries it.
	body     string
	doc      *query.Doc
	topics   []string
	readPage bool // the article's page was read: more text to check
}

// sideBySide is how many new items a poll needs for its stories and its
// matching to run on two goroutines (the matching one then helps sign).
const sideBySide = 8

// storyWork signs a poll's new items and puts each in a story, in item
// order (run), while another goroutine may help by signing items from the
// far end (help): signing is most of the work, and needs no order.
type storyWork struct {
	t     *Tracker
	fresh []candidate
	now   time.Time
	sigs  []story.Sig
	mu    sync.Mutex
	// lo and hi bound the items not yet claimed: run claims from lo,
	// help from hi.
	lo, hi int
	// helped is closed once help has signed every item it claimed.
	helped chan struct{}
}

func newStoryWork(t *Tracker, fresh []candidate, now time.Time) *storyWork {
	return &storyWork{t: t, fresh: fresh, now: now, sigs: make([]story.Sig, len(fresh)), hi: len(fresh), helped: make(chan struct{})}
}

// claim takes the next unclaimed item from the low end, or with high from
// the high end.
func (w *storyWork) claim(high bool) (int, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.lo >= w.hi {
		return 0, false
	}
	if high {
		w.hi--
		return w.hi, true
	}
	w.lo++
	return w.lo - 1, true
}

// sign signs item i; an item too old to join or start a story anyone will
// see together gets a story of its own now, and no signature (which only
// the story index reads).
func (w *storyWork) sign(i int) {
	it := &w.fresh[i].item
	if w.now.Sub(it.Time()) > w.t.cfg.StoryWindow {
		it.StoryID = story.NewID(it.URL)
		return
	}
	w.sigs[i] = story.Sign(it.Title, firstN(w.fresh[i].body, 1500))
	it.Sig, _ = w.sigs[i].MarshalBinary()
}

func (w *storyWork) assign(i int) {
	it := &w.fresh[i].item
	if it.StoryID == "" {
		it.StoryID, _ = w.t.stories.Assign(it.URL, w.sigs[i], it.Time())
	}
}

// run signs and assigns the items it claims, then, once help is done,
// assigns the rest.
func (w *storyWork) run() {
	n := 0
	for {
		i, ok := w.claim(false)
		if !ok {
			break
		}
		w.sign(i)
		w.assign(i)
		n = i + 1
	}
	<-w.helped
	for i := n; i < len(w.fresh); i++ {
		w.assign(i)
	}
}

// help signs items from the high end until none is left unclaimed.
func (w *storyWork) help() {
	for {
		i, ok := w.claim(true)
		if !ok {
			break
		}
		w.sign(i)
	}
	close(w.helped)
}

// articleWorkers bounds the article pages one poll reads at once.
const articleWorkers = 4

// ingest turns a feed's parsed items into res: new seen keys, new items, and
// the alerts they raise. It returns how many items were new to the feed.
//
// Rules: an item is new when its key was never seen in this feed. A new item
// whose canonical URL is already stored (it came through another feed) is
// recorded as seen and raises nothing. On the feed's first successful poll,
// new items are stored but raise nothing.
func (t *Tracker) ingest(ctx context.Context, f *Feed, items []feed.Item, res *PollResult) (int, error) {
	// A search feed's items come from many outlets, named in their titles.
	var outlets []string
	if newssearch.IsFeed(f.URL) {
		outlets = make([]string, len(items))
		for i := range items {
			outlets[i] = resolveSearchItem(&items[i])
		}
	}
	keys := make([]string, 0, len(items))
	urls := make([]string, 0, len(items))
	for i := range items {
		keys = append(keys, items[i].Key)
		if items[i].URL != "" {
			urls = append(urls, items[i].URL)
		}
	}
	seenKeys, seenURLs, err := t.seen(ctx, f.URL, keys, urls, res)
	if err != nil {
		return 0, err
	}
	now := t.now()
	outlet := outletName(f)

	fresh := make([]candidate, 0, len(items))
	// Keys and URLs taken in this poll: a feed may list an item twice.
	keysInPoll := make(map[string]bool, len(items))
	urlsInPoll := make(map[string]bool, len(items))
	// Feeds list newest first; take items oldest first, so that alerts
	// queue, and are delivered, in the order things happened.
	order := make([]int, len(items))
	for i := range order {
		order[i] = len(items) - 1 - i
	}
	dated := true
	for i := range items {
		dated = dated && !items[i].Published.IsZero()
	}
	if dated {
		sort.SliceStable(order, func(a, b int) bool {
			return items[order[a]].Published.Before(items[order[b]].Published)
		})
	}
	// Every key the feed still carries is recorded again (the store writes
	// only those missing from its current month), so retention never
	// forgets an item a feed keeps listing and takes it for new.
	newKeys := 0
	// Docs come from docs and go back to it when the poll is done: an
	// item that matches something keeps its Doc until its alerts are
	// explained, and most items of a busy tracker match something.
	var held []*query.Doc
	defer func() {
		for _, d := range held {
			docs.Put(d)
		}
	}()
	for n, i := range order {
		if n%ctxCheckEvery == 0 && ctx.Err() != nil {
			return 0, ctx.Err()
		}
		src := &items[i]
		if keysInPoll[src.Key] {
			continue
		}
		keysInPoll[src.Key] = true
		res.SeenKeys = append(res.SeenKeys, src.Key)
		if seenKeys[src.Key] {
			continue
		}
		newKeys++
		if src.URL == "" || seenURLs[src.URL] || urlsInPoll[src.URL] {
			continue
		}
		urlsInPoll[src.URL] = true
		it := Item{
			URL: src.URL, Key: src.Key, FeedURL: f.URL, Outlet: outlet,
			Title: src.Title, Description: src.Description, Author: src.Author,
			Published: src.Published, Seen: now,
		}
		if outlets != nil && outlets[i] != "" {
			it.Outlet = outlets[i]
		}
		c := candidate{item: it, body: src.Description}
		if src.Content != "" {
			c.item.Text = src.Content
			c.body = src.Description + "\n\n" + src.Content
		}
		fresh = append(fresh, c)
	}
	// Each item gets its story, and, once the feed is baselined, its
	// topics: two independent passes over the new items, which run side by
	// side when there are enough of them to pay for a goroutine (the
	// stories in item order, as they must be assigned).
	var stories sync.WaitGroup
	work := newStoryWork(t, fresh, now)
	if f.Baselined && len(fresh) >= sideBySide {
		stories.Add(1)
		go func() {
			defer stories.Done()
			work.run()
		}()
	} else {
		work.help()
		work.run()
	}
	if f.Baselined {
		for n := range fresh {
			if n%ctxCheckEvery == 0 && ctx.Err() != nil {
				break
			}
			c := &fresh[n]
			d, _ := docs.Get().(*query.Doc)
			if d == nil {
				d = &query.Doc{}
			}
			d.Reset(c.item.Title, c.body)
			if c.topics = t.index.Match(d); len(c.topics) > 0 {
				c.doc = d
				held = append(held, d)
			} else {
				docs.Put(d)
			}
		}
		if len(fresh) >= sideBySide {
			// Matched: sign what the story goroutine has not reached.
			work.help()
		}
	}
	stories.Wait()
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	n := newKeys
	res.Items = slices.Grow(res.Items, len(fresh))
	if !f.Baselined {
		f.Baselined = true
		for _, c := range fresh {
			c.item.Baseline = true
			res.Items = append(res.Items, c.item)
		}
		if len(fresh) > 0 {
			t.log.Info("feed baselined", "feed", f.URL, "items", len(fresh))
		}
		return 0, nil
	}

	// Read the pages of matched items, a few at a time.
	var wg sync.WaitGroup
	sem := make(chan struct{}, articleWorkers)
	for i := range fresh {
		if len(fresh[i].topics) == 0 {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func(c *candidate) {
			defer wg.Done()
			defer func() { <-sem }()
			c.readPage = t.readArticle(ctx, f, &c.item)
		}(&fresh[i])
	}
	wg.Wait()

	// An item that still matches alerts a channel or more: room for one
	// alert each up front (an Alert is half a kilobyte, and doubling the
	// slice copied and dropped more than the poll's alerts take).
	matched := 0
	for i := range fresh {
		if len(fresh[i].topics) > 0 {
			matched++
		}
	}
	res.Alerts = slices.Grow(res.Alerts, matched)
	for i := range fresh {
		c := &fresh[i]
		if len(c.topics) > 0 && c.readPage {
			c.topics = t.stillMatching(c.topics, &c.item)
		}
		res.Items = append(res.Items, c.item)
		if len(c.topics) > 0 {
			res.Alerts = t.appendAlerts(res.Alerts, &c.item, c.readPage, c.doc, c.topics)
		}
	}
	return n, nil
}

// stillMatching re-checks topics that matched an item's title and summary
// against its full text as well (Matches): an exclusion ("-football") found only in
// the article still rules the item out.
func (t *Tracker) stillMatching(topics []string, it *Item) []string {
	out := topics[:0]
	for _, topic := range topics {
		q := topicQuery(topic)
		if q == nil {
			continue
		}
		if !q.Excludes() {
			out = append(out, topic)
			continue
		}
		if Matches(q, it) {
			out = append(out, topic)
		}
	}
	return out
}

// readArticle fetches the item's page and fills in its text and quotes; when
// the page cannot be read it keeps the feed's own text. It reports whether
// the page gave the text, and marks the item Read once the page answered,
// so that it is fetched once.
func (t *Tracker) readArticle(ctx context.Context, f *Feed, it *Item) (read bool) {
	if t.cfg.FetchArticles {
		// Links come from feeds, whoever added them: through the guard,
		// with the feed's own host admitted.
		from := f.URL
		if f.Location != "" {
			from = f.Location
		}
		resp, err := t.cfg.Guarded.GetLinked(ctx, it.URL, from)
		var se *fetch.StatusError
		if err == nil || (errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && se.Code != 429) {
			it.Read = true
		}
		if err == nil {
			a, aerr := article.Extract(resp.Body, resp.URL)
			if aerr == nil && len(a.Text) > len(it.Text) {
				it.Text, read = a.Text, true
				if it.Author == "" {
					it.Author = a.Byline
				}
				if it.Published.IsZero() {
					it.Published = a.Published
				}
			}
			err = aerr
		}
		if err != nil {
			t.log.Debug("article not read; using the feed's text", "url", it.URL, "err", err)
		}
	}
	if it.Text == "" {
		it.Text = it.Description
	}
	it.Quotes = quote.Extract(it.Text)
	return read
}

// appendAlerts appends one alert per channel whose topics match the item.
// A channel matched by several topics gets one alert, shown under the
// first topic in canonical order (topics come sorted from the index),
// which says why it matched. topics are sorted (as Index.Match returns them).
func (t *Tracker) appendAlerts(out []Alert, it *Item, fromPage bool, doc *query.Doc, topics []string) []Alert {
	t.mu.RLock()
	defer t.mu.RUnlock()
	light := *it
	// An alert shows the item, not its article, signature or other topics.
	light.Text, light.Sig, light.Quotes = "", nil, nil
	// The channels alerted so far: a few, where an item may match
	// hundreds of topics, so a list.
	var doneBuf [8]*Subscription
	done := doneBuf[:0]
	for _, topic := range topics {
		if len(done) == len(t.channels) {
			break // every channel has its alert: no topic left adds one
		}
		var q *query.Query
		var hits []query.Hit
		var best *quote.Quote
		var snip string
		subs := t.subs[topic]
		for i := range subs {
			s := &subs[i]
			if alerted(done, s) {
				continue
			}
			// The query is parsed only for a topic that alerts someone:
			// an item may match hundreds of topics of a few channels.
			if q == nil {
				if q = topicQuery(topic); q == nil {
					break
				}
			}
			done = append(done, s)
			if hits == nil {
				hits = q.Explain(doc)
				best = strongestQuote(it.Quotes, q.Terms())
				if fromPage {
					// The article's text is not in the row: its lead is
					// cut now. A feed's summary is cut when the alert
					// goes out alone (fillSnippet): a digest shows none.
					snip = alertSnippet(*it, fromPage, best)
				}
			}
			shown := light
			if snip != "" || !fromPage {
				// The alert shows a snippet, now or from the stored item
				// when it is sent: the summary would only double the
				// outbox row.
				shown.Description = ""
			}
			out = append(out, Alert{
				Kind: KindAlert, GuildID: s.GuildID, ChannelID: s.ChannelID,
				Topic: topic, Item: shown, Hits: hits, Quote: best, Snippet: snip, Created: t.now(),
			})
		}
	}
	return out
}

func alerted(done []*Subscription, s *Subscription) bool {
	for _, d := range done {
		if d.ChannelID == s.ChannelID && d.GuildID == s.GuildID {
			return true
		}
	}
	return false
}

// topicQuery is the query of a canonical topic, which was parsed when it
// was added (nil if it no longer parses: never, short of a change to the
// query language). The topics that alerted lately are kept parsed (a
// query depends on its text alone, so an entry never goes stale).
func topicQuery(topic string) *query.Query {
	parsedMu.Lock()
	q := parsed[topic]
	parsedMu.Unlock()
	if q != nil {
		return q
	}
	q, err := query.Parse(topic)
	if err != nil {
		return nil
	}
	parsedMu.Lock()
	if len(parsed) >= maxParsed {
		clear(parsed)
	}
	parsed[topic] = q
	parsedMu.Unlock()
	return q
}

// maxParsed bounds the queries topicQuery keeps: a few hundred kilobytes.
const maxParsed = 1024

var (
	parsedMu sync.Mutex
	parsed   = make(map[string]*query.Query, maxParsed)
)

// strongestQuote picks the quote an alert shows: a confidently named speaker first, then
// one that mentions the topic, then one of readable length; the earliest wins
// a tie. Fragments of fewer than four words are never shown.
func strongestQuote(quotes []quote.Quote, terms []string) *quote.Quote {
	best, bestScore := -1, -1
	for i, q := range quotes {
		words := len(strings.Fields(q.Text))
		if words < 4 {
			continue
		}
		score := 0
		if q.Confident() {
			score += 4
		}
		lower := strings.ToLower(q.Text)
		for _, term := range terms {
			if strings.Contains(lower, strings.ToLower(term)) {
				score += 2
				break
			}
		}
		if words >= 8 && len(q.Text) <= 300 {
			score++
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return nil
	}
	q := quotes[best]
	return &q
}

// outletName names a feed's publisher for display: its title, else its host.
func outletName(f *Feed) string {
	if f.Title != "" {
		return f.Title
	}
	if u, err := url.Parse(f.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return f.URL
}

func firstN(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
