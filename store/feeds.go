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
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketFeeds).ForEach(func(_, v []byte) error {
			var f tracker.Feed
			if err := json.Unmarshal(v, &f); err != nil {
				return err
			}
			out = append(out, f)
			return nil
		})
	})
	return out, err
}

// PutFeed implements tracker.Store.
func (s *DB) PutFeed(_ context.Context, f tracker.Feed) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketFeeds), []byte(f.URL), f)
	})
}

// DeleteFeed implements tracker.Store.
func (s *DB) DeleteFeed(_ context.Context, url string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketFeeds).Delete([]byte(url))
	})
}
