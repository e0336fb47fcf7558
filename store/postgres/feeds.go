package postgres

import (
	"context"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"newshound/tracker"
)

// Feeds implements tracker.Store.
func (db *DB) Feeds(ctx context.Context) ([]tracker.Feed, error) {
	rows, err := db.pool.Query(ctx, `SELECT data FROM feeds ORDER BY url`)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (tracker.Feed, error) {
		var data []byte
		if err := r.Scan(&data); err != nil {
			return tracker.Feed{}, err
		}
		return decode[tracker.Feed](data)
	})
}

// PutFeed implements tracker.Store.
func (db *DB) PutFeed(ctx context.Context, f tracker.Feed) error {
	_, err := db.pool.Exec(ctx, `INSERT INTO feeds (url, data) VALUES ($1, $2) ON CONFLICT (url) DO UPDATE SET data = excluded.data`,
		b(f.URL), encode(f))
	return err
}

// PutFeeds implements tracker.Store, in one transaction, in URL order (so
// that two processes writing overlapping sets cannot deadlock).
func (db *DB) PutFeeds(ctx context.Context, feeds []tracker.Feed) error {
	if len(feeds) == 0 {
		return nil
	}
	sorted := slices.Clone(feeds)
	slices.SortFunc(sorted, func(a, b tracker.Feed) int { return strings.Compare(a.URL, b.URL) })
	return db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		for _, f := range sorted {
			if _, err := tx.Exec(ctx, `INSERT INTO feeds (url, data) VALUES ($1, $2) ON CONFLICT (url) DO UPDATE SET data = excluded.data`,
				b(f.URL), encode(f)); err != nil {
				return err
			}
		}
		return nil
	})
}

// DeleteFeed implements tracker.Store.
func (db *DB) DeleteFeed(ctx context.Context, url string) error {
	_, err := db.pool.Exec(ctx, `DELETE FROM feeds WHERE url = $1`, b(url))
	return err
}

// SavePollStates implements tracker.Store: the polling state of many feeds
// in one transaction, ownership kept as stored, removed feeds left removed.
// Feeds are written in URL order, so that two processes saving overlapping
// batches cannot deadlock.
func (db *DB) SavePollStates(ctx context.Context, feeds []tracker.Feed) error {
	if len(feeds) == 0 {
		return nil
	}
	sorted := slices.Clone(feeds)
	slices.SortFunc(sorted, func(a, b tracker.Feed) int { return strings.Compare(a.URL, b.URL) })
	return db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		for _, f := range sorted {
			if err := updatePolled(ctx, tx, f); err != nil {
				return err
			}
		}
		return nil
	})
}
