package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
)

// Delivered implements tracker.Store: the rows leave the outbox, and a
// message of alerts with an ID is kept in sent for edits.
func (s *DB) Delivered(_ context.Context, d tracker.Delivery) error {
	if len(d.Rows) == 0 {
		return nil
	}
	return s.update(func(tx *bolt.Tx) error {
		outbox := tx.Bucket(bucketOutbox)
		if d.Rows[0].Kind == tracker.KindUpdate {
			return s.editDelivered(tx, d.Rows[0], d.At)
		}
		current := make(map[uint64]tracker.Alert, len(d.Rows))
		for _, a := range d.Rows {
			k := u64(a.ID)
			v := outbox.Get(k)
			if v == nil {
				continue
			}
			if cur, err := decodeAlert(v); err == nil {
				current[a.ID] = cur
			}
			if err := outbox.Delete(k); err != nil {
				return err
			}
		}
		// Rows already gone were recorded by an earlier call.
		if len(current) == 0 || !d.Editable() {
			return nil
		}
		rec, stale := d.Record(current)
		first := d.Rows[0].ID
		if stale {
			if err := queueUpdate(outbox, &rec, first, 1, d.At); err != nil {
				return err
			}
		}
		return putSent(tx, first, rec)
	})
}

// editDelivered records that update u went out at: the message's last
// edit. An update refreshed while it was being sent (a higher Rev) stays
// queued for the next edit; otherwise it leaves the outbox.
func (s *DB) editDelivered(tx *bolt.Tx, u tracker.Alert, at time.Time) error {
	outbox, sent := tx.Bucket(bucketOutbox), tx.Bucket(bucketSent)
	var rec *tracker.Sent
	if v := sent.Get(u64(u.Edits)); v != nil {
		var r tracker.Sent
		if json.Unmarshal(v, &r) == nil {
			rec = &r
			rec.LastEdit = at
		}
	}
	k := u64(u.ID)
	var cur tracker.Alert
	var curErr error = errAlertRecord
	if v := outbox.Get(k); v != nil {
		cur, curErr = decodeAlert(v)
	}
	if curErr == nil && cur.Rev > u.Rev {
		cur.NotBefore, cur.Attempts = at.Add(tracker.EditEvery), 0
		if err := putAlert(outbox, k, cur); err != nil {
			return err
		}
	} else {
		if err := outbox.Delete(k); err != nil {
			return err
		}
		if rec != nil && rec.Pending == u.ID {
			rec.Pending = 0
		}
	}
	if rec == nil {
		return nil
	}
	return putJSON(sent, u64(u.Edits), *rec)
}

// queueUpdate appends the update row of rec's message to the outbox and
// notes it in rec as pending.
func queueUpdate(outbox *bolt.Bucket, rec *tracker.Sent, first uint64, rev int, at time.Time) error {
	seq, err := outbox.NextSequence()
	if err != nil {
		return err
	}
	row := rec.UpdateRow(first, rev, at)
	row.ID = seq
	if err := putAlert(outbox, u64(seq), row); err != nil {
		return err
	}
	rec.Pending = seq
	return nil
}

// putSent stores a delivered message's record under its first row and
// points each of its rows at it.
func putSent(tx *bolt.Tx, first uint64, rec tracker.Sent) error {
	if err := putJSON(tx.Bucket(bucketSent), u64(first), rec); err != nil {
		return err
	}
	rows := tx.Bucket(bucketSentRows)
	for _, a := range rec.Rows {
		if err := rows.Put(u64(a.ID), u64(first)); err != nil {
			return err
		}
	}
	return nil
}

// foldDelivered adds outlet, of a copy that arrived at, to the delivered
// message carrying the alert whose outbox sequence is seq, and queues its
// update or refreshes the one waiting. A message past EditWindow, or not
// kept, is left as it was.
func (s *DB) foldDelivered(tx *bolt.Tx, seq []byte, outlet string, at time.Time) error {
	firstKey := tx.Bucket(bucketSentRows).Get(seq)
	if firstKey == nil {
		return nil
	}
	sent, outbox := tx.Bucket(bucketSent), tx.Bucket(bucketOutbox)
	v := sent.Get(firstKey)
	if v == nil {
		return nil
	}
	var rec tracker.Sent
	if err := json.Unmarshal(v, &rec); err != nil {
		s.undecodable(bucketSent, firstKey, err)
		return nil
	}
	if !rec.Editable(at, s.opts.EditWindow) || !rec.AddOutlet(binary.BigEndian.Uint64(seq), outlet) {
		return nil
	}
	first := binary.BigEndian.Uint64(firstKey)
	if rec.Pending != 0 {
		if pv := outbox.Get(u64(rec.Pending)); pv != nil {
			if pending, err := decodeAlert(pv); err == nil {
				row := rec.UpdateRow(first, pending.Rev+1, pending.Created)
				row.ID, row.Attempts = pending.ID, pending.Attempts
				if err := putAlert(outbox, u64(row.ID), row); err != nil {
					return err
				}
				return putJSON(sent, firstKey, rec)
			}
		}
	}
	if err := queueUpdate(outbox, &rec, first, 1, at); err != nil {
		return err
	}
	return putJSON(sent, firstKey, rec)
}

// forgetSent removes a delivered message's record and its rows' pointers.
func forgetSent(tx *bolt.Tx, first []byte) error {
	sent := tx.Bucket(bucketSent)
	v := sent.Get(first)
	if v == nil {
		return nil
	}
	var rec tracker.Sent
	if json.Unmarshal(v, &rec) == nil {
		rows := tx.Bucket(bucketSentRows)
		for _, a := range rec.Rows {
			if err := rows.Delete(u64(a.ID)); err != nil {
				return err
			}
		}
	}
	return sent.Delete(first)
}

// pruneSent forgets the messages delivered before cut. Records are in
// outbox order, which is about delivery order: the scan stops at the
// first one young enough (one delivered long after it was queued may
// hold a few older ones back until it too is old).
func pruneSent(tx *bolt.Tx, cut time.Time) error {
	var old [][]byte
	c := tx.Bucket(bucketSent).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var rec tracker.Sent
		if json.Unmarshal(v, &rec) == nil && !rec.At.Before(cut) {
			break
		}
		old = append(old, append([]byte(nil), k...))
	}
	for _, k := range old {
		if err := forgetSent(tx, k); err != nil {
			return err
		}
	}
	// Pointers to records that did not decode go too: rows come in outbox
	// order, so the stale ones are at the start.
	rows, sent := tx.Bucket(bucketSentRows), tx.Bucket(bucketSent)
	var orphans [][]byte
	rc := rows.Cursor()
	for k, first := rc.First(); k != nil && sent.Get(first) == nil; k, first = rc.Next() {
		orphans = append(orphans, append([]byte(nil), k...))
	}
	for _, k := range orphans {
		if err := rows.Delete(k); err != nil {
			return err
		}
	}
	return nil
}
