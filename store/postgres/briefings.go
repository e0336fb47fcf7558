package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	"newshound/tracker"
)

// Briefings implements tracker.Store.
func (db *DB) Briefings(ctx context.Context) ([]tracker.Briefing, error) {
	rows, err := db.pool.Query(ctx, `SELECT data FROM briefings ORDER BY guild, channel`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (tracker.Briefing, error) {
		var data []byte
		if err := r.Scan(&data); err != nil {
			return tracker.Briefing{}, err
		}
		return decode[tracker.Briefing](data)
	})
}

// PutBriefing implements tracker.Store.
func (db *DB) PutBriefing(ctx context.Context, br tracker.Briefing) error {
	_, err := db.pool.Exec(ctx, `INSERT INTO briefings (guild, channel, data) VALUES ($1, $2, $3)
		ON CONFLICT (guild, channel) DO UPDATE SET data = EXCLUDED.data`, b(br.GuildID), b(br.ChannelID), encode(br))
	return err
}

// DeleteBriefing implements tracker.Store.
func (db *DB) DeleteBriefing(ctx context.Context, guild, channel string) error {
	_, err := db.pool.Exec(ctx, `DELETE FROM briefings WHERE guild = $1 AND channel = $2`, b(guild), b(channel))
	return err
}

// QueueBriefing implements tracker.Store. The schedule's row is locked, so
// that of several processes finding a briefing due, one queues it.
func (db *DB) QueueBriefing(ctx context.Context, br tracker.Briefing, alerts []tracker.Alert) (bool, error) {
	done := false
	err := db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		done = false
		var data []byte
		err := tx.QueryRow(ctx, `SELECT data FROM briefings WHERE guild = $1 AND channel = $2 FOR UPDATE`, b(br.GuildID), b(br.ChannelID)).Scan(&data)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil // stopped meanwhile
		}
		if err != nil {
			return err
		}
		stored, err := decode[tracker.Briefing](data)
		if err != nil {
			return err
		}
		if !stored.Last.Before(br.Last) {
			return nil // done already
		}
		stored.Last = br.Last
		if _, err := tx.Exec(ctx, `UPDATE briefings SET data = $3 WHERE guild = $1 AND channel = $2`, b(br.GuildID), b(br.ChannelID), encode(stored)); err != nil {
			return err
		}
		// The channel's lock first, as every commit to the outbox takes it,
		// so the briefing is numbered in commit order with the alerts.
		if err := lockChannels(ctx, tx, alerts); err != nil {
			return err
		}
		for _, a := range alerts {
			if _, err := insertAlert(ctx, tx, a); err != nil {
				return err
			}
		}
		done = true
		return nil
	})
	return done, err
}
