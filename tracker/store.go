package tracker

import (
	"context"
	"time"
)

// Store keeps what the tracker must not forget. The bbolt implementation is
// in package store; every method is safe for concurrent use.
type Store interface {
	// AddSubscription adds sub, or unpauses it if it exists paused. It fails
	// with an *Error when the channel already tracks the topic or the guild is
	// at maxPerGuild topics (0: no limit).
	AddSubscription(ctx context.Context, sub Subscription, maxPerGuild int) error
	// RemoveSubscription removes a channel's topic; an *Error if absent.
	RemoveSubscription(ctx context.Context, guild, channel, topic string) error
	// Subscriptions lists every subscription, ordered by guild, channel, topic.
	Subscriptions(ctx context.Context) ([]Subscription, error)
	// PauseChannel pauses every subscription of a channel and returns them.
	PauseChannel(ctx context.Context, guild, channel, reason string) ([]Subscription, error)

	// Feeds lists every feed.
	Feeds(ctx context.Context) ([]Feed, error)
	// PutFeed creates or replaces a feed's record.
	PutFeed(ctx context.Context, f Feed) error
	// PutFeeds creates or replaces many feeds' records in one transaction
	// (a catalog of thousands at start-up).
	PutFeeds(ctx context.Context, feeds []Feed) error
	// DeleteFeed removes a feed's record.
	DeleteFeed(ctx context.Context, url string) error

	// Seen reports which of a feed's item keys, and which canonical item URLs
	// from any feed, are already recorded. It reads in one transaction.
	Seen(ctx context.Context, feedURL string, keys, urls []string) (seenKeys, seenURLs map[string]bool, err error)
	// CommitPoll records the outcome of one poll in one write transaction:
	// the feed's new state, its seen keys, new items, and new outbox rows.
	// An alert for a story the channel was already alerted about is dropped.
	// It returns the alerts queued, with their IDs.
	CommitPoll(ctx context.Context, p PollResult) ([]Alert, error)
	// SavePollStates records the polling state of many feeds (validators,
	// schedule, failures) in one write transaction, keeping each feed's stored
	// ownership as CommitPoll does; feeds no longer stored are skipped. The
	// tracker batches polls that changed nothing else (304s, unchanged
	// bodies) into it every few seconds.
	SavePollStates(ctx context.Context, feeds []Feed) error
	// Item returns a stored item by canonical URL.
	Item(ctx context.Context, url string) (Item, bool, error)
	// RecentItems calls fn for stored items first seen at or after since,
	// newest day first, until fn returns false.
	RecentItems(ctx context.Context, since time.Time, fn func(Item) bool) error

	// Pending returns up to limit undelivered outbox rows with IDs above
	// after, oldest first.
	Pending(ctx context.Context, after uint64, limit int) ([]Alert, error)
	// Delivered removes delivered rows from the outbox.
	Delivered(ctx context.Context, ids ...uint64) error
	// Deferred records a failed delivery attempt of a row, which stays queued.
	Deferred(ctx context.Context, id uint64) error
	// Drop removes undeliverable rows without delivering them.
	Drop(ctx context.Context, ids ...uint64) error
	// Queue appends rows to the outbox (notices), assigning their IDs.
	Queue(ctx context.Context, alerts ...Alert) error

	// Briefings lists every channel's briefing schedule.
	Briefings(ctx context.Context) ([]Briefing, error)
	// PutBriefing creates or replaces a channel's briefing schedule.
	PutBriefing(ctx context.Context, b Briefing) error
	// DeleteBriefing removes a channel's briefing schedule, if any.
	DeleteBriefing(ctx context.Context, guild, channel string) error
	// QueueBriefing records that b's briefing at b.Last is done and queues
	// rows, in one transaction, unless the stored schedule is gone or
	// already done at b.Last or later; it reports whether it did.
	QueueBriefing(ctx context.Context, b Briefing, rows []Alert) (bool, error)

	// Prune forgets items and seen keys older than the store's retention.
	Prune(ctx context.Context, now time.Time) error
}

// PollResult is everything one poll of one feed changed.
type PollResult struct {
	Feed     Feed
	SeenKeys []string
	Items    []Item
	Alerts   []Alert
}

// Notifier delivers messages to channels. Bot implements it for Discord and
// for the console.
//
// Notify posts one message for alerts, all of which belong to one channel:
// a single alert, or a digest when many are due at once. An error that wraps
// ErrUndeliverable means the channel cannot be delivered to (no access,
// unknown channel): its subscriptions are paused and the rows dropped. Any
// other error is retried later with the rows kept.
type Notifier interface {
	Notify(ctx context.Context, alerts []Alert) error
}
