package tracker

import (
	"slices"
	"time"

	"newshound/tracker/query"
	"newshound/tracker/quote"
)

// Subscription says that a channel wants alerts for a topic.
//
// Topic is the canonical form of the query (query.Query.String), so "/track
// Bagram" and "/track  bagram " are one subscription. A subscription is paused
// when its channel cannot be delivered to (the bot lost access, the channel
// was deleted); a paused subscription collects no alerts until it is tracked
// again.
type Subscription struct {
	GuildID   string    `json:"guild"`
	ChannelID string    `json:"channel"`
	Topic     string    `json:"topic"`
	Created   time.Time `json:"created"`
	Paused    bool      `json:"paused,omitempty"`
	Reason    string    `json:"reason,omitempty"`
}

// Feed is a polled source and its polling state.
//
// A feed is in the operator's catalog (Catalog), added by guilds (Guilds),
// or a topic's own search feed (Topics); it is polled while any holds. Items present at the
// first successful poll (Baselined false) are recorded as seen without
// alerting, so adding a feed never floods a channel with its back catalogue.
type Feed struct {
	URL          string    `json:"url"`
	Title        string    `json:"title,omitempty"`
	Location     string    `json:"location,omitempty"` // where a permanent redirect moved it
	Catalog      bool      `json:"catalog,omitempty"`
	Guilds       []string  `json:"guilds,omitempty"`
	Topics       []string  `json:"topics,omitempty"` // topics whose search feed this is
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	BodyHash     uint64    `json:"body_hash,omitempty"`
	Baselined    bool      `json:"baselined,omitempty"`
	Interval     Duration  `json:"interval,omitempty"`
	NextPoll     time.Time `json:"next_poll"`
	LastPoll     time.Time `json:"last_poll"`
	LastNew      time.Time `json:"last_new"`
	Failures     int       `json:"failures,omitempty"`
	LastError    string    `json:"last_error,omitempty"`
	Paused       bool      `json:"paused,omitempty"`
}

// Trusted reports whether the feed was configured by the operator. Links in
// feeds that only guild members added are fetched through the guarded client
// that refuses private addresses.
func (f *Feed) Trusted() bool { return f.Catalog }

// orphan reports whether nothing keeps the feed: not the catalog, no guild,
// no topic.
func (f *Feed) orphan() bool { return !f.Catalog && len(f.Guilds) == 0 && len(f.Topics) == 0 }

// HasGuild reports whether guild added the feed.
func (f *Feed) HasGuild(guild string) bool { return slices.Contains(f.Guilds, guild) }

// Item is one entry of a feed, normalised. Its identity across feeds is its
// canonical URL; Key is its identity within FeedURL (GUID, else link, else a
// hash of title and date).
type Item struct {
	URL         string        `json:"url"`
	Key         string        `json:"key"`
	FeedURL     string        `json:"feed"`
	Outlet      string        `json:"outlet"`
	Title       string        `json:"title"`
	Description string        `json:"description,omitempty"`
	Author      string        `json:"author,omitempty"`
	Published   time.Time     `json:"published"`
	Seen        time.Time     `json:"seen"`
	StoryID     string        `json:"story,omitempty"`
	Sig         []byte        `json:"sig,omitempty"`
	Text        string        `json:"text,omitempty"`
	Quotes      []quote.Quote `json:"quotes,omitempty"`
	// Read marks an item whose page was read (or answered that it cannot
	// be): its Text is the best Newshound will get, and the page is not
	// fetched again.
	Read bool `json:"read,omitempty"`
	// Baseline marks items recorded by a feed's first poll, which were
	// there before Newshound watched the feed.
	Baseline bool `json:"baseline,omitempty"`
}

// Time is when the item appeared: its published time, or when it was first
// seen if the feed gave none or gave one in the future.
func (it *Item) Time() time.Time {
	if it.Published.IsZero() || it.Published.After(it.Seen.Add(time.Hour)) {
		return it.Seen
	}
	return it.Published
}

// InWindow reports whether the item belongs to a window that starts at
// since: published since then, or, when it arrived after its feed was
// being watched, first seen since then (a feed may carry an old article as
// news, and it was alerted as such).
func (it *Item) InWindow(since time.Time) bool {
	return !it.Time().Before(since) || (!it.Baseline && !it.Seen.Before(since))
}

// Alert is a row of the outbox: a message owed to one channel.
//
// Kind is "alert" for a matched item, "notice" for a message from the
// tracker itself (a feed paused), "summary" for a scheduled briefing, or
// "update" for an edit of a message already delivered (its sources line
// grew). ID orders the outbox; rows are delivered oldest first and each is
// removed once delivered.
type Alert struct {
	ID        uint64       `json:"id"`
	Kind      string       `json:"kind"`
	GuildID   string       `json:"guild"`
	ChannelID string       `json:"channel"`
	Topic     string       `json:"topic,omitempty"`
	Item      Item         `json:"item,omitempty"`
	Hits      []query.Hit  `json:"hits,omitempty"`
	Quote     *quote.Quote `json:"quote,omitempty"`
	// Snippet is the text shown under the headline (see alertSnippet);
	// alerts queued before it existed have none and show the item's
	// Description.
	Snippet string `json:"snippet,omitempty"`
	Notice  string `json:"notice,omitempty"`
	// Also names the other outlets whose copies of the story arrived
	// after the alert was queued: folded in while it waited, or added to
	// the delivered message by an update.
	Also []string `json:"also,omitempty"`
	// Rev counts the outlets folded into a pending row: a row delivered at
	// one revision and folded into meanwhile is updated at once.
	Rev int `json:"rev,omitempty"`
	// Summary is a briefing's summary of one topic (Kind "summary").
	Summary *TopicSummary `json:"summary,omitempty"`
	// An update (Kind "update") edits the delivered message MessageID,
	// whose first outbox row was Edits, to show Message: the rows it
	// carries, as they now read. It is not sent before NotBefore (one edit
	// per message a minute); copies arriving meanwhile fold into it.
	MessageID string    `json:"message_id,omitempty"`
	Edits     uint64    `json:"edits,omitempty"`
	Message   []Alert   `json:"message,omitempty"`
	NotBefore time.Time `json:"not_before,omitzero"`
	Created   time.Time `json:"created"`
	Attempts  int       `json:"attempts,omitempty"`
}

// Delivery is what the deliverer records of one message sent: its rows,
// the ID the notifier gave the posted message (none for an edit, or from a
// notifier that gives none) and when it went out.
type Delivery struct {
	Rows      []Alert
	MessageID string
	At        time.Time
}

// Sent is a delivered message kept so that it can be edited: its rows as
// it shows them now, with what the edits have added.
type Sent struct {
	MessageID string    `json:"message_id"`
	GuildID   string    `json:"guild"`
	ChannelID string    `json:"channel"`
	Rows      []Alert   `json:"rows"`
	At        time.Time `json:"at"`
	// LastEdit is when the last edit went out; Pending, the outbox ID of
	// the update waiting to go (0: none).
	LastEdit time.Time `json:"last_edit,omitzero"`
	Pending  uint64    `json:"pending,omitempty"`
}

// Alert kinds.
const (
	KindAlert  = "alert"
	KindNotice = "notice"
	KindUpdate = "update"
)

// EditEvery is how often a delivered message may be edited at most,
// counting its posting: outlets that carry its story within a minute of
// the last change are added in one edit.
const EditEvery = time.Minute

// Duration is a time.Duration that encodes as a Go duration string.
type Duration time.Duration

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	*d = Duration(v)
	return err
}
