package postgres

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"

	"newshound/tracker"
)

// AddSubscription implements tracker.Store. It runs serializable, so that
// two processes adding a guild's last allowed topic at once cannot both
// succeed.
func (db *DB) AddSubscription(ctx context.Context, sub tracker.Subscription, maxPerGuild int) error {
	return db.tx(ctx, pgx.TxOptions{IsoLevel: pgx.Serializable}, func(tx pgx.Tx) error {
		var data []byte
		err := tx.QueryRow(ctx, `SELECT data FROM subscriptions WHERE guild = $1 AND channel = $2 AND topic = $3 FOR UPDATE`,
			b(sub.GuildID), b(sub.ChannelID), b(sub.Topic)).Scan(&data)
		switch {
		case err == nil:
			old, err := decode[tracker.Subscription](data)
			if err != nil {
				return err
			}
			if !old.Paused {
				return tracker.Errorf("This channel already tracks %q.", sub.Topic)
			}
			old.Paused, old.Reason = false, ""
			_, err = tx.Exec(ctx, `UPDATE subscriptions SET data = $4 WHERE guild = $1 AND channel = $2 AND topic = $3`,
				b(sub.GuildID), b(sub.ChannelID), b(sub.Topic), encode(old))
			return err
		case !errors.Is(err, pgx.ErrNoRows):
			return err
		}
		if maxPerGuild > 0 {
			var n int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM subscriptions WHERE guild = $1`, b(sub.GuildID)).Scan(&n); err != nil {
				return err
			}
			if n >= maxPerGuild {
				return tracker.Errorf("This server already tracks %d topics, the limit; /untrack one first.", n)
			}
		}
		_, err = tx.Exec(ctx, `INSERT INTO subscriptions (guild, channel, topic, data) VALUES ($1, $2, $3, $4)`,
			b(sub.GuildID), b(sub.ChannelID), b(sub.Topic), encode(sub))
		return err
	})
}

// RemoveSubscription implements tracker.Store.
func (db *DB) RemoveSubscription(ctx context.Context, guild, channel, topic string) error {
	tag, err := db.pool.Exec(ctx, `DELETE FROM subscriptions WHERE guild = $1 AND channel = $2 AND topic = $3`, b(guild), b(channel), b(topic))
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return tracker.Errorf("This channel does not track %q; /topics lists what it tracks.", topic)
	}
	return nil
}

// Subscriptions implements tracker.Store.
func (db *DB) Subscriptions(ctx context.Context) ([]tracker.Subscription, error) {
	rows, err := db.pool.Query(ctx, `SELECT data FROM subscriptions ORDER BY guild, channel, topic`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (tracker.Subscription, error) {
		var data []byte
		if err := r.Scan(&data); err != nil {
			return tracker.Subscription{}, err
		}
		return decode[tracker.Subscription](data)
	})
}

// PauseChannel implements tracker.Store.
func (db *DB) PauseChannel(ctx context.Context, guild, channel, reason string) ([]tracker.Subscription, error) {
	var out []tracker.Subscription
	err := db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		out = out[:0]
		rows, err := tx.Query(ctx, `SELECT data FROM subscriptions WHERE guild = $1 AND channel = $2 ORDER BY topic FOR UPDATE`, b(guild), b(channel))
		if err != nil {
			return err
		}
		subs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (tracker.Subscription, error) {
			var data []byte
			if err := r.Scan(&data); err != nil {
				return tracker.Subscription{}, err
			}
			return decode[tracker.Subscription](data)
		})
		if err != nil {
			return err
		}
		for _, sub := range subs {
			if sub.Paused {
				continue
			}
			sub.Paused, sub.Reason = true, reason
			if _, err := tx.Exec(ctx, `UPDATE subscriptions SET data = $4 WHERE guild = $1 AND channel = $2 AND topic = $3`,
				b(sub.GuildID), b(sub.ChannelID), b(sub.Topic), encode(sub)); err != nil {
				return err
			}
			out = append(out, sub)
		}
		return nil
	})
	return out, err
}
