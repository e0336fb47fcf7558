package postgres

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"newshound/tracker"
)

// refreshAfter is how old a seen key's time must be before a poll that
// still finds the key records it again: often enough for retention, rarely
// enough that a feed's unchanged items do not rewrite rows at every poll.
const refreshAfter = 24 * time.Hour

// Seen implements tracker.Store, in one repeatable-read transaction.
func (db *DB) Seen(ctx context.Context, feedURL string, keys, urls []string) (map[string]bool, map[string]bool, error) {
	seenKeys := make(map[string]bool, len(keys))
	seenURLs := make(map[string]bool, len(urls))
	if len(keys) == 0 && len(urls) == 0 {
		return seenKeys, seenURLs, nil
	}
	err := db.tx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		clear(seenKeys)
		clear(seenURLs)
		if len(keys) > 0 {
			if err := collect(ctx, tx, seenKeys, `SELECT key FROM seen_keys WHERE feed = $1 AND key = ANY($2)`, b(feedURL), bs(keys)); err != nil {
				return err
			}
		}
		if len(urls) > 0 {
			return collect(ctx, tx, seenURLs, `SELECT url FROM seen_urls WHERE url = ANY($1)`, bs(urls))
		}
		return nil
	})
	return seenKeys, seenURLs, err
}

func collect(ctx context.Context, tx pgx.Tx, into map[string]bool, sql string, args ...any) error {
	rows, err := tx.Query(ctx, sql, args...)
	if err != nil {
		return err
	}
	var k []byte
	_, err = pgx.ForEachRow(rows, []any{&k}, func() error {
		into[string(k)] = true
		return nil
	})
	return err
}

// CommitPoll implements tracker.Store, in one transaction. As in the bbolt
// store, the feed's record is updated only if it still exists, keeping its
// stored ownership. One alert per story per channel holds across processes:
// a channel's story is marked in alerted, under its story ID and under the
// URL of the item the alert carries (two processes that polled the same item
// during a hand-over may have put it in different stories), and the
// marks' primary key makes a second transaction wait for the first and then
// fold its copy into the first one's alert.
func (db *DB) CommitPoll(ctx context.Context, p tracker.PollResult) ([]tracker.Alert, error) {
	now := db.opts.Now()
	var queued []tracker.Alert
	err := db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		queued = queued[:0]
		if p.Feed.URL != "" {
			if err := updatePolled(ctx, tx, p.Feed); err != nil {
				return err
			}
		}
		if keys := unique(p.SeenKeys); len(keys) > 0 {
			_, err := tx.Exec(ctx, `INSERT INTO seen_keys (feed, key, seen_at) SELECT $1, k, $3 FROM unnest($2::bytea[]) AS k
				ON CONFLICT (feed, key) DO UPDATE SET seen_at = excluded.seen_at WHERE seen_keys.seen_at < $4`,
				b(p.Feed.URL), bs(keys), now, now.Add(-refreshAfter))
			if err != nil {
				return err
			}
		}
		for _, it := range p.Items {
			if err := putItem(ctx, tx, it, now); err != nil {
				return err
			}
		}
		if err := lockChannels(ctx, tx, p.Alerts); err != nil {
			return err
		}
		for _, a := range p.Alerts {
			if a.Kind != tracker.KindAlert {
				id, err := insertAlert(ctx, tx, a)
				if err != nil {
					return err
				}
				a.ID = id
				queued = append(queued, a)
				continue
			}
			q, err := db.commitAlert(ctx, tx, a, now)
			if err != nil {
				return err
			}
			if q != nil {
				queued = append(queued, *q)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return queued, nil
}

// updatePolled writes a poll's feed state over the stored record, keeping
// the stored ownership; a feed no longer stored stays removed.
func updatePolled(ctx context.Context, tx pgx.Tx, f tracker.Feed) error {
	var data []byte
	err := tx.QueryRow(ctx, `SELECT data FROM feeds WHERE url = $1 FOR UPDATE`, b(f.URL)).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	stored, err := decode[tracker.Feed](data)
	if err != nil {
		return err
	}
	f.Catalog, f.Guilds, f.Topics = stored.Catalog, stored.Guilds, stored.Topics
	_, err = tx.Exec(ctx, `UPDATE feeds SET data = $2 WHERE url = $1`, b(f.URL), encode(f))
	return err
}

func putItem(ctx context.Context, tx pgx.Tx, it tracker.Item, now time.Time) error {
	seenAt := it.Seen
	if seenAt.IsZero() {
		seenAt = now
	}
	u := seenAt.UTC()
	day := u.Year()*10000 + int(u.Month())*100 + u.Day()
	_, err := tx.Exec(ctx, `INSERT INTO items (url, seen_at, seen_day, data) VALUES ($1, $2, $3, $4)
		ON CONFLICT (url) DO UPDATE SET seen_at = excluded.seen_at, seen_day = excluded.seen_day, data = excluded.data`,
		b(it.URL), seenAt, day, encode(it))
	if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `INSERT INTO seen_urls (url, seen_at) VALUES ($1, $2) ON CONFLICT (url) DO UPDATE SET seen_at = excluded.seen_at`,
		b(it.URL), now)
	return err
}

// commitAlert queues a, unless its channel was alerted about its story: then
// a's outlet is folded into that alert while it waits, and it returns nil.
func (db *DB) commitAlert(ctx context.Context, tx pgx.Tx, a tracker.Alert, now time.Time) (*tracker.Alert, error) {
	marks := [][]byte{b(a.Item.StoryID)}
	if a.Item.StoryID == "" {
		marks[0] = b(a.Item.URL)
	} else if a.Item.URL != "" && a.Item.URL != a.Item.StoryID {
		marks = append(marks, b(a.Item.URL))
	}
	guild, channel := b(a.GuildID), b(a.ChannelID)
	earlier := func() (int64, bool, error) {
		var id int64
		err := tx.QueryRow(ctx, `SELECT alert_id FROM alerted WHERE guild = $1 AND channel = $2 AND story = ANY($3) ORDER BY alert_id LIMIT 1`,
			guild, channel, marks).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			return 0, false, nil
		}
		return id, err == nil, err
	}
	id, found, err := earlier()
	if err != nil {
		return nil, err
	}
	if !found {
		if err := tx.QueryRow(ctx, `SELECT nextval('outbox_id')`).Scan(&id); err != nil {
			return nil, err
		}
		// Waits for a concurrent transaction marking the same story, and
		// inserts nothing if it committed.
		tag, err := tx.Exec(ctx, `INSERT INTO alerted (guild, channel, story, alert_id, seen_at) VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (guild, channel, story) DO NOTHING`, guild, channel, marks[0], id, now)
		if err != nil {
			return nil, err
		}
		if tag.RowsAffected() == 1 {
			for _, m := range marks[1:] {
				if _, err := tx.Exec(ctx, `INSERT INTO alerted (guild, channel, story, alert_id, seen_at) VALUES ($1, $2, $3, $4, $5)
					ON CONFLICT (guild, channel, story) DO NOTHING`, guild, channel, m, id, now); err != nil {
					return nil, err
				}
			}
			a.ID, a.Attempts = 0, 0
			if _, err := tx.Exec(ctx, `INSERT INTO outbox (id, guild, channel, data) VALUES ($1, $2, $3, $4)`,
				id, guild, channel, encode(a)); err != nil {
				return nil, err
			}
			a.ID = uint64(id)
			return &a, nil
		}
		if id, found, err = earlier(); err != nil || !found {
			return nil, err
		}
	}
	at := a.Created
	if at.IsZero() {
		at = now
	}
	return nil, db.foldInto(ctx, tx, id, a.Item.Outlet, at)
}

// foldInto adds outlet to the "also reported by" list of the pending alert
// id, counting the change in its Rev, or to its delivered message.
func (db *DB) foldInto(ctx context.Context, tx pgx.Tx, id int64, outlet string, at time.Time) error {
	if outlet == "" {
		return nil
	}
	var data []byte
	err := tx.QueryRow(ctx, `SELECT data FROM outbox WHERE id = $1 FOR UPDATE`, id).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return db.foldDelivered(ctx, tx, id, outlet, at)
	}
	if err != nil {
		return err
	}
	a, err := decode[tracker.Alert](data)
	if err != nil {
		return err
	}
	if outlet == a.Item.Outlet || slices.Contains(a.Also, outlet) {
		return nil
	}
	a.Also = append(a.Also, outlet)
	a.Rev++
	_, err = tx.Exec(ctx, `UPDATE outbox SET data = $2 WHERE id = $1`, id, encode(a))
	return err
}

// Item implements tracker.Store.
func (db *DB) Item(ctx context.Context, url string) (tracker.Item, bool, error) {
	var data []byte
	err := db.pool.QueryRow(ctx, `SELECT data FROM items WHERE url = $1`, b(url)).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return tracker.Item{}, false, nil
	}
	if err != nil {
		return tracker.Item{}, false, err
	}
	it, err := decode[tracker.Item](data)
	return it, err == nil, err
}

// RecentItems implements tracker.Store: newest day first, and within a day
// by URL, as the bbolt store gives them.
func (db *DB) RecentItems(ctx context.Context, since time.Time, fn func(tracker.Item) bool) error {
	// seen_at is kept to the microsecond; the item's own time decides.
	rows, err := db.pool.Query(ctx, `SELECT data FROM items WHERE seen_at >= $1 ORDER BY seen_day DESC, url`, since.Add(-time.Millisecond))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return err
		}
		it, err := decode[tracker.Item](data)
		if err != nil {
			return err
		}
		if it.Seen.Before(since) {
			continue
		}
		if !fn(it) {
			return nil
		}
	}
	return rows.Err()
}

// Prune implements tracker.Store: items first seen on days older than
// ItemRetention, seen keys, URLs and alerted stories not recorded again
// for SeenRetention, and delivered messages past EditWindow.
func (db *DB) Prune(ctx context.Context, now time.Time) error {
	cut := now.Add(-db.opts.ItemRetention).UTC()
	oldestDay := cut.Year()*10000 + int(cut.Month())*100 + cut.Day()
	seenCut := now.Add(-db.opts.SeenRetention)
	for _, q := range []struct {
		sql string
		arg any
	}{
		{`DELETE FROM items WHERE seen_day < $1`, oldestDay},
		{`DELETE FROM seen_keys WHERE seen_at < $1`, seenCut},
		{`DELETE FROM seen_urls WHERE seen_at < $1`, seenCut},
		{`DELETE FROM alerted WHERE seen_at < $1`, seenCut},
	} {
		if _, err := db.pool.Exec(ctx, q.sql, q.arg); err != nil {
			return err
		}
	}
	return db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		return forgetSent(ctx, tx, `sent_at < $1`, now.Add(-db.opts.EditWindow))
	})
}

func unique(ss []string) []string {
	if len(ss) < 2 {
		return ss
	}
	seen := make(map[string]bool, len(ss))
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
