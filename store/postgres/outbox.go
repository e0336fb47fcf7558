package postgres

import (
	"context"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"newshound/tracker"
)

// Pending implements tracker.Store.
func (db *DB) Pending(ctx context.Context, after uint64, limit int) ([]tracker.Alert, error) {
	rows, err := db.pool.Query(ctx, `SELECT id, attempts, data FROM outbox WHERE id > $1 ORDER BY id LIMIT $2`, int64(after), limit)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, scanAlert)
}

func scanAlert(r pgx.CollectableRow) (tracker.Alert, error) {
	var id int64
	var attempts int
	var data []byte
	if err := r.Scan(&id, &attempts, &data); err != nil {
		return tracker.Alert{}, err
	}
	a, err := decode[tracker.Alert](data)
	a.ID, a.Attempts = uint64(id), attempts
	return a, err
}

// Drop implements tracker.Store. A dropped update's message is forgotten:
// it cannot be edited.
func (db *DB) Drop(ctx context.Context, ids ...uint64) error {
	if len(ids) == 0 {
		return nil
	}
	return db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `DELETE FROM outbox WHERE id = ANY($1) RETURNING data`, int64s(ids))
		if err != nil {
			return err
		}
		var gone []int64
		var data []byte
		_, err = pgx.ForEachRow(rows, []any{&data}, func() error {
			if a, err := decode[tracker.Alert](data); err == nil && a.Kind == tracker.KindUpdate {
				gone = append(gone, int64(a.Edits))
			}
			return nil
		})
		if err != nil || len(gone) == 0 {
			return err
		}
		return forgetSent(ctx, tx, `first_id = ANY($1)`, gone)
	})
}

// Deferred implements tracker.Store.
func (db *DB) Deferred(ctx context.Context, id uint64) error {
	_, err := db.pool.Exec(ctx, `UPDATE outbox SET attempts = attempts + 1 WHERE id = $1`, int64(id))
	return err
}

// Queue implements tracker.Store.
func (db *DB) Queue(ctx context.Context, alerts ...tracker.Alert) error {
	if len(alerts) == 0 {
		return nil
	}
	return db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		if err := lockChannels(ctx, tx, alerts); err != nil {
			return err
		}
		for _, a := range alerts {
			if _, err := insertAlert(ctx, tx, a); err != nil {
				return err
			}
		}
		return nil
	})
}

// insertAlert appends a row to the outbox and returns its ID.
func insertAlert(ctx context.Context, tx pgx.Tx, a tracker.Alert) (uint64, error) {
	var id int64
	if err := tx.QueryRow(ctx, `SELECT nextval('outbox_id')`).Scan(&id); err != nil {
		return 0, err
	}
	a.ID, a.Attempts = 0, 0
	_, err := tx.Exec(ctx, `INSERT INTO outbox (id, guild, channel, data) VALUES ($1, $2, $3, $4)`,
		id, b(a.GuildID), b(a.ChannelID), encode(a))
	return uint64(id), err
}

// OutboxLen counts undelivered outbox rows.
func (db *DB) OutboxLen() (int, error) {
	var n int
	err := db.pool.QueryRow(context.Background(), `SELECT count(*) FROM outbox`).Scan(&n)
	return n, err
}

func int64s(ids []uint64) []int64 {
	out := make([]int64, len(ids))
	for i, id := range ids {
		out[i] = int64(id)
	}
	return out
}

// lockChannels takes, in a fixed order (so that two transactions cannot
// deadlock on them), the outbox_channels rows of the channels alerts go to.
// A transaction queueing for a channel then waits for any other doing so
// to commit before it takes IDs: a channel's rows appear in ID order.
func lockChannels(ctx context.Context, tx pgx.Tx, alerts []tracker.Alert) error {
	keys := make([][2]string, 0, len(alerts))
	for _, a := range alerts {
		keys = append(keys, [2]string{a.GuildID, a.ChannelID})
	}
	slices.SortFunc(keys, func(x, y [2]string) int {
		if c := strings.Compare(x[0], y[0]); c != 0 {
			return c
		}
		return strings.Compare(x[1], y[1])
	})
	keys = slices.Compact(keys)
	for _, k := range keys {
		if _, err := tx.Exec(ctx, `INSERT INTO outbox_channels (guild, channel, queued) VALUES ($1, $2, 1)
			ON CONFLICT (guild, channel) DO UPDATE SET queued = outbox_channels.queued + 1`, b(k[0]), b(k[1])); err != nil {
			return err
		}
	}
	return nil
}
