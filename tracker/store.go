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
	// An alert for a story the channel was already alerted about is not
	// queued: its outlet is added to the earlier alert while it is pending,
	// or to its delivered message (see Delivered). It returns the alerts
	// queued, with their IDs (updates are not listed).
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
	// Delivered removes the rows of a delivered message from the outbox.
	// A message of alerts posted with an ID is kept as a Sent record for
	// the story window, so that later copies of its stories edit it:
	// CommitPoll then adds their outlets to the record and queues one
	// update row for the message (or refreshes the one waiting). A row
	// folded into while it was being sent (its stored Rev is higher) gets
	// an update at once. A delivered update clears the record's pending
	// edit, unless the row was refreshed meanwhile: then it stays queued,
	// due EditEvery later.
	Delivered(ctx context.Context, d Delivery) error
	// Deferred records a failed delivery attempt of a row, which stays queued.
	Deferred(ctx context.Context, id uint64) error
	// Drop removes undeliverable rows without delivering them. Dropping
	// an update forgets its message: it is gone, and is edited no more.
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
	// relied is set by ingest when the poll took items of polls not yet
	// recorded for seen: the count of failed batches then, plus one (see
	// record).
	relied uint64
}

// Notifier delivers messages to channels. Bot implements it for Discord and
// for the console.
//
// Notify posts one message for alerts, all of which belong to one channel:
// a single alert, or a digest when many are due at once, and returns the
// posted message's ID ("" if it has none). A single row of Kind "update"
// edits the message MessageID instead, to show the update's Message; it
// never posts. An error that wraps ErrUndeliverable means the channel cannot
// be delivered to (no access, unknown channel): its subscriptions are paused
// and the rows dropped. ErrMessageGone (an update's message was deleted)
// drops the update. Any other error is retried later with the rows kept.
type Notifier interface {
	Notify(ctx context.Context, alerts []Alert) (messageID string, err error)
}
