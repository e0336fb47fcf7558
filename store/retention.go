package store

import (
	"bytes"
	"context"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Prune implements tracker.Store: it deletes item buckets of days older than
// ItemRetention and seen buckets of months that ended more than
// SeenRetention ago, whole, and the delivered messages past EditWindow.
func (s *DB) Prune(_ context.Context, now time.Time) error {
	oldestDay := dayName(now.Add(-s.opts.ItemRetention))
	// A month bucket may go once its last day is past retention, that is
	// when the month after it started before the cut-off.
	cut := now.Add(-s.opts.SeenRetention)
	return s.update(func(tx *bolt.Tx) error {
		if err := dropBefore(tx.Bucket(bucketItems), oldestDay); err != nil {
			return err
		}
		if err := pruneSent(tx, now.Add(-s.opts.EditWindow)); err != nil {
			return err
		}
		seen := tx.Bucket(bucketSeen)
		var old [][]byte
		err := seen.ForEachBucket(func(k []byte) error {
			m, err := time.Parse("2006-01", string(k))
			if err == nil && m.AddDate(0, 1, 0).Before(cut) {
				old = append(old, append([]byte(nil), k...))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range old {
			if err := seen.DeleteBucket(k); err != nil {
				return err
			}
		}
		return nil
	})
}

// dropBefore deletes the sub-buckets of b named before limit.
func dropBefore(b *bolt.Bucket, limit []byte) error {
	var old [][]byte
	err := b.ForEachBucket(func(k []byte) error {
		if bytes.Compare(k, limit) < 0 {
			old = append(old, append([]byte(nil), k...))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range old {
		if err := b.DeleteBucket(k); err != nil {
			return err
		}
	}
	return nil
}

// ItemFootprint counts the stored items and the bytes their buckets take
// in the file's pages (records, their headers and the pages' unused
// tails), for the figures of what an item costs.
func (s *DB) ItemFootprint() (items int, size int64, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		st := tx.Bucket(bucketItems).Stats()
		items = st.KeyN - (st.BucketN - 1) // day buckets are keys too
		size = int64(st.BranchAlloc + st.LeafAlloc)
		return nil
	})
	return items, size, err
}
