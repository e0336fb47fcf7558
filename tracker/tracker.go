package tracker

import (
	"context"
	"errors"
	"log/slog"
	"sort"
	"sync"
	"time"

	"newshound/tracker/fetch"
	"newshound/tracker/query"
	"newshound/tracker/story"
)

// Config is what a Tracker needs; cmd/newshound builds it from flags.
type Config struct {
	Store    Store
	Notifier Notifier
	Logger   *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time

	// Client fetches the operator's catalog feeds, and nothing else.
	Client *fetch.Client
	// Guarded fetches everything users and feeds point at: feeds that
	// guild members add (and /feeds add's check), and every article page
	// any feed links to (with GetLinked, which admits the feed's own host).
	// It should have fetch's outbound guard on. Nil means Client.
	Guarded *fetch.Client

	// Catalog is the operator's feed list (URLs). It replaces the catalog
	// recorded in the store; feeds that guilds added stay.
	Catalog []string
	// PollFloor is the shortest interval between two polls of one feed
	// (default 5m). Feeds that publish rarely are polled up to 4 times less
	// often, never less often than every MaxInterval.
	PollFloor time.Duration
	// MaxInterval caps the adaptive interval (default 4 × PollFloor, at
	// most 2h, at least PollFloor).
	MaxInterval time.Duration
	// Workers bounds concurrent polls (default 32): a poll mostly waits on
	// the network (fetch.Client bounds requests per host and overall).
	// Parsers bounds the polls parsing and ingesting a body at once
	// (default 4), the CPU-bound part, so that the bodies and items held
	// in memory stay few however many polls are in flight.
	Workers int
	Parsers int
	// MaxTopicsPerGuild and MaxFeedsPerGuild bound what one guild may add
	// (defaults 50 and 20; negative: no limit).
	MaxTopicsPerGuild int
	MaxFeedsPerGuild  int
	// TopicFeeds gives every tracked topic a news-search feed of its own.
	TopicFeeds bool
	// FetchArticles makes the tracker read the page of every matched item
	// to extract its text and quotes; without it the feed's own text is used.
	FetchArticles bool
	// DigestAbove folds more than this many alerts due at once for one
	// channel into one digest message (default 5).
	DigestAbove int
	// MaxFailures pauses a feed after this many consecutive failures
	// (default 10).
	MaxFailures int
	// MaxItemsPerPoll bounds the items one poll takes from a feed, newest
	// first (default 1000): a feed of 100,000 items costs no more than one
	// of a thousand. Older items past the cap are neither stored nor
	// alerted.
	MaxItemsPerPoll int
	// StoryWindow is how long a story stays open to later copies (default 72h).
	StoryWindow time.Duration

	// Shares, when several processes share the store, says which feeds
	// and channels this one serves; nil: all of them.
	Shares Shares
	// Refresh is how often, with Shares, the tracker reads what the other
	// processes changed in the store (default 5s).
	Refresh time.Duration
}

func (c *Config) setDefaults() {
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Guarded == nil {
		c.Guarded = c.Client
	}
	if c.PollFloor <= 0 {
		c.PollFloor = 5 * time.Minute
	}
	if c.MaxInterval <= 0 {
		c.MaxInterval = min(4*c.PollFloor, 2*time.Hour)
	}
	c.MaxInterval = max(c.MaxInterval, c.PollFloor)
	if c.Workers <= 0 {
		c.Workers = 32
	}
	if c.Parsers <= 0 {
		c.Parsers = 4
	}
	if c.MaxTopicsPerGuild == 0 {
		c.MaxTopicsPerGuild = 50
	}
	if c.MaxFeedsPerGuild == 0 {
		c.MaxFeedsPerGuild = 20
	}
	if c.DigestAbove <= 0 {
		c.DigestAbove = 5
	}
	if c.MaxFailures <= 0 {
		c.MaxFailures = 10
	}
	if c.MaxItemsPerPoll <= 0 {
		c.MaxItemsPerPoll = 1000
	}
	if c.StoryWindow <= 0 {
		c.StoryWindow = 72 * time.Hour
	}
	if c.Refresh <= 0 {
		c.Refresh = 5 * time.Second
	}
}

// Tracker polls feeds, matches their items against the topics channels
// track, and queues and delivers alerts. Its command methods (Track, Summary,
// ...) are what the front ends call.
type Tracker struct {
	cfg   Config
	log   *slog.Logger
	store Store

	mu sync.RWMutex
	// index holds the compiled topics; their parsed queries are not kept
	// (tens of bytes of pointers per term, which every collection scans:
	// 40 MB at 100k topics) but parsed again when an alert explains a
	// match (topicQuery).
	index *query.Index
	subs  map[string][]Subscription // canonical topic -> its channels
	// channels counts the topics of each channel in subs: how many
	// channels an item can alert at most.
	channels map[[2]string]int
	stories  *story.Clusterer

	// parsing holds a token for each poll parsing and ingesting a body.
	parsing chan struct{}
	// work queues the feeds pollDue starts to the poll workers.
	work chan Feed

	feedMu   sync.Mutex
	feeds    map[string]*Feed // by URL; an entry is replaced, never written through
	inFlight map[string]bool
	sched    *schedule // feeds neither paused nor being polled, by next poll
	schedAt  time.Time // when the scheduler wakes next, unless woken
	// firstRound holds the feeds due when Start ran that have not been
	// polled yet; firstDone is closed when it empties.
	firstRound map[string]bool
	firstDone  chan struct{}
	// polling holds, with Shares, the feeds whose state was read from the
	// store since this process won their lease (see Refresh).
	polling     map[string]bool
	lastRefresh time.Time

	wakePoll    chan struct{}
	wakeDeliver chan struct{}
	wakeBrief   chan struct{}

	deliverMu sync.Mutex // one delivery pass at a time
	rate      map[string][]time.Time
	// sendHold and sendFailures: after failed sends, every channel waits
	// until sendHold. retryGroup holds, by channel, the rows of the
	// message that failed, to be sent again as they were.
	sendHold     time.Time
	sendFailures int
	retryGroup   map[string][]uint64

	pages *pageReader

	counters  counters
	states    pollStates
	pending   pendingPolls // polls handed over to be recorded (record.go)
	closeOnce sync.Once

	stop        context.CancelFunc
	pollCtx     context.Context // polls outlive stop: Close lets them finish, for a while
	cancelPolls context.CancelFunc
	polls       sync.WaitGroup // running polls
	loops       sync.WaitGroup // scheduler and deliverer
	started     bool
}

// New loads subscriptions and feeds from the store and reconciles the
// catalog. It does not poll; Start does.
func New(ctx context.Context, cfg Config) (*Tracker, error) {
	if cfg.Store == nil || cfg.Notifier == nil || cfg.Client == nil {
		return nil, errors.New("tracker: Store, Notifier and Client are required")
	}
	cfg.setDefaults()
	t := &Tracker{
		cfg:         cfg,
		log:         cfg.Logger.With("component", "tracker"),
		store:       cfg.Store,
		index:       query.NewIndex(),
		subs:        map[string][]Subscription{},
		channels:    map[[2]string]int{},
		stories:     story.NewClusterer(cfg.StoryWindow),
		feeds:       map[string]*Feed{},
		inFlight:    map[string]bool{},
		parsing:     make(chan struct{}, cfg.Parsers),
		work:        make(chan Feed, cfg.Workers),
		sched:       newSchedule(),
		polling:     map[string]bool{},
		lastRefresh: cfg.Now(),
		wakePoll:    make(chan struct{}, 1),
		wakeDeliver: make(chan struct{}, 1),
		wakeBrief:   make(chan struct{}, 1),
		rate:        map[string][]time.Time{},
		retryGroup:  map[string][]uint64{},
		pages:       newPageReader(),
	}
	t.pending.slots = make(chan struct{}, cfg.Workers)
	if err := t.loadSubscriptions(ctx); err != nil {
		return nil, err
	}
	if err := t.loadFeeds(ctx); err != nil {
		return nil, err
	}
	if err := t.loadStoriesSince(ctx, t.now().Add(-t.cfg.StoryWindow)); err != nil {
		return nil, err
	}
	if t.cfg.Shares != nil {
		for u := range t.feeds {
			if t.cfg.Shares.Feed(u) {
				t.polling[u] = true
			}
		}
	}
	return t, nil
}

func (t *Tracker) loadSubscriptions(ctx context.Context) error {
	subs, err := t.store.Subscriptions(ctx)
	if err != nil {
		return err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, s := range subs {
		if err := t.addSubLocked(s); err != nil {
			t.log.Warn("stored topic no longer parses; skipped", "topic", s.Topic, "err", err)
		}
	}
	return nil
}

// addSubLocked adds an active subscription to the in-memory index.
func (t *Tracker) addSubLocked(s Subscription) error {
	if s.Paused {
		return nil
	}
	if _, ok := t.subs[s.Topic]; !ok {
		q, err := query.Parse(s.Topic)
		if err != nil {
			return err
		}
		t.index.Add(s.Topic, q)
	}
	for _, old := range t.subs[s.Topic] {
		if old.GuildID == s.GuildID && old.ChannelID == s.ChannelID {
			return nil
		}
	}
	t.subs[s.Topic] = append(t.subs[s.Topic], s)
	t.channels[[2]string{s.GuildID, s.ChannelID}]++
	return nil
}

// removeSubLocked removes a subscription from matching and reports whether
// no channel tracks the topic any more.
func (t *Tracker) removeSubLocked(guild, channel, topic string) bool {
	list := t.subs[topic]
	out := list[:0]
	for _, s := range list {
		if s.GuildID != guild || s.ChannelID != channel {
			out = append(out, s)
		}
	}
	if len(out) < len(list) {
		k := [2]string{guild, channel}
		if t.channels[k]--; t.channels[k] <= 0 {
			delete(t.channels, k)
		}
	}
	if len(out) == 0 {
		delete(t.subs, topic)
		t.index.Remove(topic)
		return true
	}
	t.subs[topic] = out
	return false
}

func (t *Tracker) loadFeeds(ctx context.Context) error {
	stored, err := t.store.Feeds(ctx)
	if err != nil {
		return err
	}
	want := map[string]bool{}
	for _, u := range t.cfg.Catalog {
		want[u] = true
	}
	now := t.cfg.Now()
	// Changed and new records are written together: a catalog of 10,000
	// feeds is one transaction, not 10,000.
	var put []Feed
	for i := range stored {
		f := stored[i]
		changed := false
		if f.Catalog != want[f.URL] {
			f.Catalog = want[f.URL]
			changed = true
		}
		if len(f.Topics) > 0 && !t.cfg.TopicFeeds {
			f.Topics = nil
			changed = true
		}
		delete(want, f.URL)
		if f.orphan() {
			if err := t.store.DeleteFeed(ctx, f.URL); err != nil {
				return err
			}
			continue
		}
		if changed {
			put = append(put, f)
		}
		t.setFeedLocked(&f)
	}
	for _, u := range t.cfg.Catalog {
		if !want[u] {
			continue
		}
		delete(want, u)
		f := Feed{URL: u, Catalog: true, NextPoll: now, Interval: Duration(t.cfg.PollFloor)}
		put = append(put, f)
		t.setFeedLocked(&f)
	}
	if err := t.store.PutFeeds(ctx, put); err != nil {
		return err
	}
	t.mu.RLock()
	topics := sortedKeys(t.subs)
	t.mu.RUnlock()
	for _, topic := range topics {
		if err := t.ensureTopicFeed(ctx, topic); err != nil {
			return err
		}
	}
	return nil
}

// storyLister is a Store that lists what the story index keeps of recent
// items without decoding whole items (store.DB does: start-up reads only
// the heads of 72 h of records). sig is valid only during fn.
type storyLister interface {
	RecentStories(ctx context.Context, since time.Time, fn func(url, storyID string, sig []byte, at time.Time) bool) error
}

// loadStoriesSince adds the stored items seen since then to the story
// clusterer.
func (t *Tracker) loadStoriesSince(ctx context.Context, since time.Time) error {
	var entries []story.Entry
	add := func(url, storyID string, sig []byte, at time.Time) {
		e := story.Entry{ItemKey: url, StoryID: storyID, Time: at}
		if e.Sig.UnmarshalBinary(sig) == nil {
			entries = append(entries, e)
		}
	}
	var err error
	if l, ok := t.store.(storyLister); ok {
		err = l.RecentStories(ctx, since, func(url, storyID string, sig []byte, at time.Time) bool {
			add(url, storyID, sig, at)
			return true
		})
	} else {
		err = t.store.RecentItems(ctx, since, func(it Item) bool {
			if it.StoryID != "" && len(it.Sig) > 0 {
				add(it.URL, it.StoryID, it.Sig, it.Time())
			}
			return true
		})
	}
	if err != nil {
		return err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Time.Before(entries[j].Time) })
	t.stories.Load(entries)
	return nil
}

// startupWait bounds how long Start waits for the first round of polls.
const startupWait = 20 * time.Second

// Start starts the scheduler and waits (up to startupWait) until every
// feed due now has been polled once, so that feeds are baselined before
// commands arrive; then it starts the deliverer. Stop them with Close.
func (t *Tracker) Start(ctx context.Context) {
	t.pollCtx, t.cancelPolls = context.WithCancel(context.WithoutCancel(ctx))
	ctx, t.stop = context.WithCancel(context.WithoutCancel(ctx))
	t.started = true
	t.feedMu.Lock()
	now := t.now()
	t.firstDone = make(chan struct{})
	t.firstRound = map[string]bool{}
	for u, f := range t.feeds {
		if !f.Paused && !f.NextPoll.After(now) && t.sharedFeedLocked(u) {
			t.firstRound[u] = true
		}
	}
	first := t.firstDone
	if len(t.firstRound) == 0 {
		t.firstRound = nil
		close(t.firstDone)
	}
	t.feedMu.Unlock()
	for range t.cfg.Workers {
		go t.pollWorker()
	}
	t.loops.Add(1)
	go func() { defer t.loops.Done(); t.scheduleLoop(ctx) }()
	t.every(ctx, stateFlushEvery, stateFlushEvery, nil,
		"recording polling state failed; will retry", t.flushStates)
	if t.cfg.Shares != nil {
		t.every(ctx, t.cfg.Refresh, t.cfg.Refresh, t.cfg.Shares.Changed(),
			"reading what other processes changed failed", t.Refresh)
	}
	select {
	case <-first:
	case <-ctx.Done():
	case <-time.After(startupWait):
		t.log.Warn("first round of polls still running; taking commands meanwhile")
	}
	t.every(ctx, 0, time.Second, t.wakeDeliver, "reading the outbox failed",
		func(ctx context.Context) error { _, err := t.deliverPass(ctx, false); return err })
	t.every(ctx, 0, briefingTick, t.wakeBrief, "briefings failed", t.runBriefings)
}

// every runs step in a loop of its own until ctx ends: first after first,
// then period after each run ends, or at once when wake fires. A failure is
// logged as what (unless ctx ended) and the loop goes on.
func (t *Tracker) every(ctx context.Context, first, period time.Duration, wake <-chan struct{},
	what string, step func(context.Context) error) {
	t.loops.Add(1)
	go func() {
		defer t.loops.Done()
		timer := time.NewTimer(first)
		defer timer.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-timer.C:
			case <-wake:
			}
			if err := step(ctx); err != nil && ctx.Err() == nil {
				t.log.Error(what, "err", err)
			}
			timer.Reset(period)
		}
	}()
}

// Close stops scheduling polls, lets the polls in flight finish, delivers
// what is pending, and returns, all within drain: polls still running after
// a third of it are cancelled (and recorded as if they had not run), and
// delivery gives up at the end of it. The store and the notifier stay open:
// their owner closes them.
func (t *Tracker) Close(drain time.Duration) {
	t.closeOnce.Do(func() {
		if t.started {
			t.close(drain)
		}
		t.pages.close()
	})
}

func (t *Tracker) close(drain time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), drain)
	defer cancel()
	t.stop() // stops the loops; running polls have pollCtx
	t.loops.Wait()
	close(t.work) // nothing starts polls now; the workers end when it is empty
	polled := make(chan struct{})
	go func() { t.polls.Wait(); close(polled) }()
	select {
	case <-polled:
	case <-time.After(drain / 3):
		t.log.Warn("cancelling polls still running at shutdown")
		t.cancelPolls()
		<-polled
	}
	// Polls end once recorded (record), so none is left to record now.
	t.pending.wg.Wait()
	t.cancelPolls()
	if err := t.flushPollStates(ctx, true); err != nil {
		t.log.Error("recording polling state failed at close", "err", err)
	}
	for ctx.Err() == nil {
		n, err := t.deliverPass(ctx, true)
		if err != nil || n == 0 {
			break
		}
	}
}

func (t *Tracker) now() time.Time { return t.cfg.Now() }

// Now is the tracker's clock.
func (t *Tracker) Now() time.Time { return t.cfg.Now() }

func wake(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}
