package store

import (
	"context"
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
)

// Feeds implements tracker.Store.
func (s *DB) Feeds(context.Context) ([]tracker.Feed, error) {
	var out []tracker.Feed
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketFeeds).ForEach(func(k, v []byte) error {
			var f tracker.Feed
			if err := json.Unmarshal(v, &f); err != nil {
				s.undecodable(bucketFeeds, k, err)
				return nil
			}
			out = append(out, f)
			return nil
		})
	})
	return out, err
}

// PutFeed implements tracker.Store.
func (s *DB) PutFeed(_ context.Context, f tracker.Feed) error {
	return s.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketFeeds), key(f.URL), f)
	})
}

// PutFeeds implements tracker.Store.
func (s *DB) PutFeeds(_ context.Context, feeds []tracker.Feed) error {
	if len(feeds) == 0 {
		return nil
	}
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFeeds)
		for _, f := range feeds {
			if err := putJSON(b, key(f.URL), f); err != nil {
				return err
			}
		}
		return nil
	})
}

// DeleteFeed implements tracker.Store.
func (s *DB) DeleteFeed(_ context.Context, url string) error {
	return s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketFeeds).Delete(key(url))
	})
}

// SavePollStates implements tracker.Store: the polling state of many feeds
// in one write transaction, ownership kept as stored, removed feeds left
// removed.
func (s *DB) SavePollStates(_ context.Context, feeds []tracker.Feed) error {
	if len(feeds) == 0 {
		return nil
	}
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFeeds)
		for _, f := range feeds {
			if err := s.putPollState(b, f); err != nil {
				return err
			}
		}
		return nil
	})
}

// putPollState writes f's polling state over the stored record of the same
// URL, keeping the stored ownership (Catalog, Guilds, Topics); a feed with no
// record is not written, nor one whose record does not decode (it is kept
// as it is, for salvage, and reported).
func (s *DB) putPollState(b *bolt.Bucket, f tracker.Feed) error {
	k := key(f.URL)
	v := b.Get(k)
	if v == nil {
		return nil
	}
	var stored tracker.Feed
	if err := json.Unmarshal(v, &stored); err != nil {
		s.undecodable(bucketFeeds, k, err)
		return nil
	}
	f.Catalog, f.Guilds, f.Topics = stored.Catalog, stored.Guilds, stored.Topics
	return putJSON(b, k, f)
}
