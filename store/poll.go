package store

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
)

// Seen implements tracker.Store, in one read transaction.
func (s *DB) Seen(_ context.Context, feedURL string, keys, urls []string) (map[string]bool, map[string]bool, error) {
	seenKeys := make(map[string]bool, len(keys))
	seenURLs := make(map[string]bool, len(urls))
	err := s.view(func(tx *bolt.Tx) error {
		months := seenBuckets(tx)
		buf := make([]byte, 0, 256)
		for _, k := range keys {
			buf = appendKey(buf[:0], "k", feedURL, k)
			if getAny(months, buf) != nil {
				seenKeys[k] = true
			}
		}
		for _, u := range urls {
			buf = appendKey(buf[:0], "u", u)
			if getAny(months, buf) != nil {
				seenURLs[u] = true
			}
		}
		return nil
	})
	return seenKeys, seenURLs, err
}

// seenBuckets returns the month buckets of seen keys, newest first.
func seenBuckets(tx *bolt.Tx) []*bolt.Bucket {
	var out []*bolt.Bucket
	c := tx.Bucket(bucketSeen).Cursor()
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		if v == nil {
			out = append(out, tx.Bucket(bucketSeen).Bucket(k))
		}
	}
	return out
}

func getAny(buckets []*bolt.Bucket, k []byte) []byte {
	for _, b := range buckets {
		if v := b.Get(k); v != nil {
			return v
		}
	}
	return nil
}

// CommitPoll implements tracker.Store, in one write transaction, which
// polls committing at the same time share (updateGrouped). The feed
// record is updated only if it still exists (a feed removed while it was
// being polled stays removed), and its ownership (Catalog, Guilds, Topics) is kept
// as stored: a poll changes polling state only.
func (s *DB) CommitPoll(_ context.Context, p tracker.PollResult) ([]tracker.Alert, error) {
	// Room for every alert up front: an Alert is half a kilobyte, and
	// doubling the slice copied and dropped more than the alerts take.
	queued := make([]tracker.Alert, 0, len(p.Alerts))
	now := s.opts.Now()
	err := s.updateGrouped(func(tx *bolt.Tx) error {
		queued = queued[:0]
		if p.Feed.URL != "" {
			if err := s.putPollState(tx.Bucket(bucketFeeds), p.Feed); err != nil {
				return err
			}
		}
		cur, err := tx.Bucket(bucketSeen).CreateBucketIfNotExists(monthName(now))
		if err != nil {
			return err
		}
		months := seenBuckets(tx)
		stamp := u64(uint64(now.Unix()))
		// One record that cannot be stored is skipped and logged; the rest
		// of the poll is recorded.
		for _, k := range p.SeenKeys {
			kk := key("k", p.Feed.URL, k)
			if cur.Get(kk) == nil {
				if err := cur.Put(kk, stamp); err != nil {
					if !recordError(err) {
						return err
					}
					s.log.Error("seen key cannot be stored; skipped", "feed", p.Feed.URL, "key", short(k), "err", err)
				}
			}
		}
		var skipped map[string]bool
		items := itemWriter{tx: tx, seen: cur}
		for i := range p.Items {
			it := &p.Items[i]
			if err := items.put(it); err != nil {
				if !recordError(err) {
					return err
				}
				s.log.Error("item cannot be stored; skipped", "feed", p.Feed.URL, "key", short(it.Key), "url", short(it.URL), "err", err)
				if skipped == nil {
					skipped = map[string]bool{}
				}
				skipped[it.URL] = true
			}
		}
		outbox := appendOutbox(tx)
		for _, a := range p.Alerts {
			if a.Kind == tracker.KindAlert && skipped[a.Item.URL] {
				continue
			}
			a, ok, err := s.queueAlert(outbox, cur, months, a)
			if err != nil {
				if !recordError(err) {
					return err
				}
				s.log.Error("alert cannot be stored; skipped", "feed", p.Feed.URL, "channel", a.ChannelID, "url", short(a.Item.URL), "err", err)
				continue
			}
			if ok {
				queued = append(queued, a)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return queued, nil
}

// queueAlert adds a to the outbox and reports whether it was queued: an
// alert about a story the channel has heard of, or will, is folded into
// the pending alert instead, or into its delivered message.
func (s *DB) queueAlert(outbox, cur *bolt.Bucket, months []*bolt.Bucket, a tracker.Alert) (tracker.Alert, bool, error) {
	var mark []byte
	if a.Kind == tracker.KindAlert {
		storyID := a.Item.StoryID
		if storyID == "" {
			storyID = a.Item.URL
		}
		mark = key("c", a.GuildID, a.ChannelID, storyID)
		if v := getAny(months, mark); v != nil {
			if outbox.Get(v) == nil {
				at := a.Created
				if at.IsZero() {
					at = s.opts.Now()
				}
				return a, false, s.foldDelivered(outbox.Tx(), v, a.Item.Outlet, at)
			}
			return a, false, foldInto(outbox, v, a.Item.Outlet)
		}
	}
	seq, err := outbox.NextSequence()
	if err != nil {
		return a, false, err
	}
	a.ID = seq
	if err := putAlert(outbox, u64(seq), a); err != nil {
		return a, false, err
	}
	if mark != nil {
		if err := cur.Put(mark, u64(seq)); err != nil {
			return a, false, err
		}
	}
	return a, true, nil
}

// foldInto adds outlet to the "also reported by" list of the pending alert
// whose outbox sequence is seq, and counts the change in its Rev.
func foldInto(outbox *bolt.Bucket, seq []byte, outlet string) error {
	v := outbox.Get(seq)
	if v == nil || outlet == "" {
		return nil
	}
	a, err := decodeAlert(v)
	if err != nil {
		return nil // a damaged row: leave it, the deliverer reports it
	}
	if outlet == a.Item.Outlet || slices.Contains(a.Also, outlet) {
		return nil
	}
	a.Also = append(a.Also, outlet)
	a.Rev++
	return putAlert(outbox, seq, a)
}

// itemWriter stores items in the buckets of the days they were first seen
// and records their URLs as seen, in one transaction. It keeps the day
// bucket of the last item, as a poll's items share one.
type itemWriter struct {
	tx      *bolt.Tx
	seen    *bolt.Bucket
	day     []byte
	dayTime time.Time
	bucket  *bolt.Bucket
}

// put stores one item. Its record is encoded in a buffer of its own:
// bbolt holds keys and values until the transaction commits.
func (w *itemWriter) put(it *tracker.Item) error {
	seenAt := it.Seen
	if seenAt.IsZero() {
		seenAt = time.Now()
	}
	if w.bucket == nil || !sameUTCDay(seenAt, w.dayTime) {
		day := dayName(seenAt)
		b, err := w.tx.Bucket(bucketItems).CreateBucketIfNotExists(day)
		if err != nil {
			return err
		}
		// Records of about a kilobyte, inserted in no order: at bbolt's
		// default 50% a page split leaves two half-empty pages, so that an
		// item of 900 bytes took 2 KB of file.
		b.FillPercent = itemFill
		w.day, w.dayTime, w.bucket = day, seenAt, b
	}
	k := key(it.URL)
	urlIsKey := len(it.URL) <= maxKeyPart
	v := appendItem(make([]byte, 0, itemSize(it)), it, urlIsKey)
	if err := w.bucket.Put(k, v); err != nil {
		return err
	}
	return w.seen.Put(key("u", it.URL), w.day)
}

// itemFill is how full a split leaves the pages of item buckets.
const itemFill = 0.9

func sameUTCDay(a, b time.Time) bool {
	ay, am, ad := a.UTC().Date()
	by, bm, bd := b.UTC().Date()
	return ay == by && am == bm && ad == bd
}

// Item implements tracker.Store.
func (s *DB) Item(_ context.Context, url string) (tracker.Item, bool, error) {
	var it tracker.Item
	found := false
	err := s.view(func(tx *bolt.Tx) error {
		day := getAny(seenBuckets(tx), key("u", url))
		if day == nil {
			return nil
		}
		b := tx.Bucket(bucketItems).Bucket(day)
		if b == nil {
			return nil
		}
		k := key(url)
		v := b.Get(k)
		if v == nil {
			return nil
		}
		var err error
		if it, err = decodeItem(k, v); err != nil {
			s.undecodable([]byte(string(bucketItems)+"/"+string(day)), k, err)
			return nil
		}
		found = true
		return nil
	})
	return it, found, err
}

// RecentItems implements tracker.Store: day buckets from today back to the
// day of since, each read whole.
func (s *DB) RecentItems(_ context.Context, since time.Time, fn func(tracker.Item) bool) error {
	return s.recentRecords(since, func(day, k, v []byte) bool {
		it, err := decodeItem(k, v)
		if err != nil {
			s.undecodable([]byte(string(bucketItems)+"/"+string(day)), k, err)
			return true
		}
		return it.Seen.Before(since) || fn(it)
	})
}

// recentRecords calls fn with the key and record of every item in the day
// buckets from today back to the day of since, newest day first, until fn
// returns false. Items of since's day seen before since are there too: fn
// decides.
func (s *DB) recentRecords(since time.Time, fn func(day, k, v []byte) bool) error {
	first := dayName(since)
	budget := scanBudget{s: s}
	return s.view(func(tx *bolt.Tx) error {
		items := tx.Bucket(bucketItems)
		c := items.Cursor()
		for day, v := c.Last(); day != nil; day, v = c.Prev() {
			if v != nil {
				continue
			}
			if bytes.Compare(day, first) < 0 {
				return nil
			}
			err := items.Bucket(day).ForEach(func(k, v []byte) error {
				budget.read(len(k) + len(v))
				if !fn(day, k, v) {
					return errStop
				}
				return nil
			})
			if err == errStop {
				return nil
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// storyHead is the part of a JSON item record (written before the binary
// form) that RecentStories reads.
type storyHead struct {
	URL       string    `json:"url"`
	Published time.Time `json:"published"`
	Seen      time.Time `json:"seen"`
	StoryID   string    `json:"story,omitempty"`
	Sig       []byte    `json:"sig,omitempty"`
}

// RecentStories calls fn, as RecentItems would, for the items first seen
// at or after since that belong to a story, with what the story index
// keeps of them: URL, story, signature and time (Item.Time). It reads only
// the head of each record. sig is valid only during the call.
func (s *DB) RecentStories(_ context.Context, since time.Time, fn func(url, storyID string, sig []byte, at time.Time) bool) error {
	return s.recentRecords(since, func(day, k, v []byte) bool {
		var h itemHead
		if len(v) > 0 && v[0] == '{' {
			var j storyHead
			if err := json.Unmarshal(v, &j); err != nil {
				s.undecodable([]byte(string(bucketItems)+"/"+string(day)), k, err)
				return true
			}
			h = itemHead{seen: j.Seen, published: j.Published, storyID: j.StoryID, sig: j.Sig, url: j.URL}
		} else {
			r := reader{b: v}
			var ok bool
			if h, ok = readHead(&r, k); !ok {
				s.undecodable([]byte(string(bucketItems)+"/"+string(day)), k, errItemRecord)
				return true
			}
		}
		if h.seen.Before(since) || h.storyID == "" || len(h.sig) == 0 {
			return true
		}
		return fn(h.url, h.storyID, h.sig, h.time())
	})
}
