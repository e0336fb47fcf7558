package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"newshound/tracker"
)

// Delivered implements tracker.Store: the rows leave the outbox, and a
// message of alerts with an ID is kept in sent for edits. The channel's
// outbox lock is taken first, as CommitPoll takes it before folding a
// copy into these rows, so the two wait for each other in one order.
func (db *DB) Delivered(ctx context.Context, d tracker.Delivery) error {
	if len(d.Rows) == 0 {
		return nil
	}
	return db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		if err := lockChannels(ctx, tx, d.Rows[:1]); err != nil {
			return err
		}
		if d.Rows[0].Kind == tracker.KindUpdate {
			return editDelivered(ctx, tx, d.Rows[0], d.At)
		}
		rows, err := tx.Query(ctx, `DELETE FROM outbox WHERE id = ANY($1) RETURNING id, attempts, data`, int64s(alertIDs(d.Rows)))
		if err != nil {
			return err
		}
		deleted, err := pgx.CollectRows(rows, scanAlert)
		if err != nil {
			return err
		}
		// Rows already gone were recorded by an earlier call.
		if len(deleted) == 0 || !d.Editable() {
			return nil
		}
		current := make(map[uint64]tracker.Alert, len(deleted))
		for _, a := range deleted {
			current[a.ID] = a
		}
		rec, stale := d.Record(current)
		first := d.Rows[0].ID
		if stale {
			if err := queueUpdate(ctx, tx, &rec, first, 1, d.At); err != nil {
				return err
			}
		}
		if _, err := tx.Exec(ctx, `INSERT INTO sent (first_id, sent_at, data) VALUES ($1, $2, $3)
			ON CONFLICT (first_id) DO UPDATE SET sent_at = excluded.sent_at, data = excluded.data`, int64(first), rec.At, encode(rec)); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO sent_rows (alert_id, first_id) SELECT a, $2 FROM unnest($1::bigint[]) AS a
			ON CONFLICT (alert_id) DO NOTHING`, int64s(alertIDs(rec.Rows)), int64(first))
		return err
	})
}

// editDelivered records that update u went out at: the message's last
// edit. An update refreshed while it was being sent (a higher Rev) stays
// queued for the next edit; otherwise it leaves the outbox.
func editDelivered(ctx context.Context, tx pgx.Tx, u tracker.Alert, at time.Time) error {
	rec, found, err := lockSent(ctx, tx, int64(u.Edits))
	if err != nil {
		return err
	}
	cur, ok, err := lockRow(ctx, tx, int64(u.ID))
	if err != nil {
		return err
	}
	if ok && cur.Rev > u.Rev {
		cur.NotBefore = at.Add(tracker.EditEvery)
		if _, err := tx.Exec(ctx, `UPDATE outbox SET data = $2, attempts = 0 WHERE id = $1`, int64(u.ID), encode(stripID(cur))); err != nil {
			return err
		}
	} else {
		if _, err := tx.Exec(ctx, `DELETE FROM outbox WHERE id = $1`, int64(u.ID)); err != nil {
			return err
		}
		if found && rec.Pending == u.ID {
			rec.Pending = 0
		}
	}
	if !found {
		return nil
	}
	rec.LastEdit = at
	_, err = tx.Exec(ctx, `UPDATE sent SET data = $2 WHERE first_id = $1`, int64(u.Edits), encode(rec))
	return err
}

// foldDelivered adds outlet, of a copy that arrived at, to the delivered
// message carrying alert id, and queues its update or refreshes the one
// waiting. A message past EditWindow, or not kept, is left as it was.
func (db *DB) foldDelivered(ctx context.Context, tx pgx.Tx, id int64, outlet string, at time.Time) error {
	var first int64
	err := tx.QueryRow(ctx, `SELECT first_id FROM sent_rows WHERE alert_id = $1`, id).Scan(&first)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	rec, found, err := lockSent(ctx, tx, first)
	if err != nil || !found {
		return err
	}
	if !rec.Editable(at, db.opts.EditWindow) || !rec.AddOutlet(uint64(id), outlet) {
		return nil
	}
	refreshed := false
	if rec.Pending != 0 {
		pending, ok, err := lockRow(ctx, tx, int64(rec.Pending))
		if err != nil {
			return err
		}
		if ok {
			row := rec.UpdateRow(uint64(first), pending.Rev+1, pending.Created)
			if _, err := tx.Exec(ctx, `UPDATE outbox SET data = $2 WHERE id = $1`, int64(rec.Pending), encode(row)); err != nil {
				return err
			}
			refreshed = true
		}
	}
	if !refreshed {
		if err := queueUpdate(ctx, tx, &rec, uint64(first), 1, at); err != nil {
			return err
		}
	}
	_, err = tx.Exec(ctx, `UPDATE sent SET data = $2 WHERE first_id = $1`, first, encode(rec))
	return err
}

// queueUpdate appends the update row of rec's message to the outbox (its
// channel's lock is held) and notes it in rec as pending.
func queueUpdate(ctx context.Context, tx pgx.Tx, rec *tracker.Sent, first uint64, rev int, at time.Time) error {
	id, err := insertAlert(ctx, tx, rec.UpdateRow(first, rev, at))
	if err != nil {
		return err
	}
	rec.Pending = id
	return nil
}

func lockSent(ctx context.Context, tx pgx.Tx, first int64) (tracker.Sent, bool, error) {
	var data []byte
	err := tx.QueryRow(ctx, `SELECT data FROM sent WHERE first_id = $1 FOR UPDATE`, first).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return tracker.Sent{}, false, nil
	}
	if err != nil {
		return tracker.Sent{}, false, err
	}
	rec, err := decode[tracker.Sent](data)
	return rec, err == nil, err
}

func lockRow(ctx context.Context, tx pgx.Tx, id int64) (tracker.Alert, bool, error) {
	rows, err := tx.Query(ctx, `SELECT id, attempts, data FROM outbox WHERE id = $1 FOR UPDATE`, id)
	if err != nil {
		return tracker.Alert{}, false, err
	}
	got, err := pgx.CollectRows(rows, scanAlert)
	if err != nil || len(got) == 0 {
		return tracker.Alert{}, false, err
	}
	return got[0], true, nil
}

// stripID clears what the outbox keeps in columns of its own.
func stripID(a tracker.Alert) tracker.Alert {
	a.ID, a.Attempts = 0, 0
	return a
}

// forgetSent removes the delivered messages where cond holds of sent
// (with $1 as arg), and their rows' pointers.
func forgetSent(ctx context.Context, tx pgx.Tx, cond string, arg any) error {
	if _, err := tx.Exec(ctx, `DELETE FROM sent_rows WHERE first_id IN (SELECT first_id FROM sent WHERE `+cond+`)`, arg); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `DELETE FROM sent WHERE `+cond, arg)
	return err
}

func alertIDs(rows []tracker.Alert) []uint64 {
	ids := make([]uint64, len(rows))
	for i, a := range rows {
		ids[i] = a.ID
	}
	return ids
}
