package store

import (
	"context"
	"errors"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
)

var errStop = errors.New("stop")

// appendOutbox is the outbox bucket of a transaction that adds rows. Rows
// are added at the end, in sequence: a split page is left full, not half
// full as bbolt's default fill leaves it for inserts in no order, so that
// the rows of a commit take half the pages to write.
func appendOutbox(tx *bolt.Tx) *bolt.Bucket {
	b := tx.Bucket(bucketOutbox)
	b.FillPercent = outboxFill
	return b
}

// outboxFill is how full a split leaves the outbox's pages.
const outboxFill = 0.95

// Pending implements tracker.Store.
func (s *DB) Pending(_ context.Context, after uint64, limit int) ([]tracker.Alert, error) {
	var out []tracker.Alert
	err := s.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketOutbox).Cursor()
		for k, v := c.Seek(u64(after + 1)); k != nil && len(out) < limit; k, v = c.Next() {
			a, err := decodeAlert(v)
			if err != nil {
				s.undecodable(bucketOutbox, k, err)
				continue
			}
			out = append(out, a)
		}
		return nil
	})
	return out, err
}

// Drop implements tracker.Store. A dropped update's message is forgotten:
// it cannot be edited.
func (s *DB) Drop(_ context.Context, ids ...uint64) error {
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOutbox)
		for _, id := range ids {
			if v := b.Get(u64(id)); v != nil {
				if a, err := decodeAlert(v); err == nil && a.Kind == tracker.KindUpdate {
					if err := forgetSent(tx, u64(a.Edits)); err != nil {
						return err
					}
				}
			}
			if err := b.Delete(u64(id)); err != nil {
				return err
			}
		}
		return nil
	})
}

// Deferred implements tracker.Store.
func (s *DB) Deferred(_ context.Context, id uint64) error {
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOutbox)
		v := b.Get(u64(id))
		if v == nil {
			return nil
		}
		a, err := decodeAlert(v)
		if err != nil {
			s.undecodable(bucketOutbox, u64(id), err)
			return nil
		}
		a.Attempts++
		return putAlert(b, u64(id), a)
	})
}

// Queue implements tracker.Store.
func (s *DB) Queue(_ context.Context, alerts ...tracker.Alert) error {
	return s.update(func(tx *bolt.Tx) error {
		b := appendOutbox(tx)
		for _, a := range alerts {
			seq, err := b.NextSequence()
			if err != nil {
				return err
			}
			a.ID = seq
			if err := putAlert(b, u64(seq), a); err != nil {
				return err
			}
		}
		return nil
	})
}

// OutboxLen counts undelivered outbox rows.
func (s *DB) OutboxLen() (int, error) {
	n := 0
	err := s.view(func(tx *bolt.Tx) error {
		n = tx.Bucket(bucketOutbox).Stats().KeyN
		return nil
	})
	return n, err
}
