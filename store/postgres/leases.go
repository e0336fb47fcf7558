package postgres

import (
	"context"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
)

// Leases split work among the processes sharing the database. A kind of
// work (feed buckets, Discord shards, the cluster's chores) has n numbered
// leases; each is a row held by one member until it expires, by the
// database's clock, so that the processes' clocks need not agree. A member
// that stops renewing loses its leases when they expire.

// ms is a duration in milliseconds, for now() + $n * interval '1 millisecond'.
func ms(d time.Duration) int64 { return d.Milliseconds() }

// Heartbeat records member as alive for ttl and returns how many members
// are alive, itself included.
func (db *DB) Heartbeat(ctx context.Context, member string, ttl time.Duration) (int, error) {
	var alive int
	err := db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO members (id, expires) VALUES ($1, now() + $2 * interval '1 millisecond')
			ON CONFLICT (id) DO UPDATE SET expires = excluded.expires`, member, ms(ttl)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM members WHERE expires < now() - interval '1 hour'`); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `SELECT count(*) FROM members WHERE expires > now()`).Scan(&alive)
	})
	return alive, err
}

// Claim renews the leases of kind that member holds, releases those beyond
// want, takes free or expired ones up to want, and returns the numbers it
// holds, ascending. Leases are numbered 0 to n-1. Free leases are claimed
// with SELECT … FOR UPDATE SKIP LOCKED, so that members claiming at once
// neither wait for each other nor take the same lease.
func (db *DB) Claim(ctx context.Context, member, kind string, n, want int, ttl time.Duration) ([]int, error) {
	var held []int
	err := db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		held = held[:0]
		if _, err := tx.Exec(ctx, `INSERT INTO leases (kind, n) SELECT $1, g FROM generate_series(0, $2 - 1) AS g
			ON CONFLICT (kind, n) DO NOTHING`, kind, n); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `UPDATE leases SET expires = now() + $3 * interval '1 millisecond'
			WHERE kind = $1 AND holder = $2 AND expires > now() AND n < $4 RETURNING n`, kind, member, ms(ttl), n)
		if err != nil {
			return err
		}
		held, err = pgx.CollectRows(rows, pgx.RowTo[int])
		if err != nil {
			return err
		}
		slices.Sort(held)
		if len(held) > want {
			extra := held[want:]
			held = held[:want]
			if _, err := tx.Exec(ctx, `UPDATE leases SET holder = NULL, expires = NULL WHERE kind = $1 AND holder = $2 AND n = ANY($3)`,
				kind, member, extra); err != nil {
				return err
			}
		}
		if len(held) < want {
			rows, err := tx.Query(ctx, `SELECT n FROM leases WHERE kind = $1 AND n < $2 AND (holder IS NULL OR expires <= now())
				ORDER BY n LIMIT $3 FOR UPDATE SKIP LOCKED`, kind, n, want-len(held))
			if err != nil {
				return err
			}
			free, err := pgx.CollectRows(rows, pgx.RowTo[int])
			if err != nil {
				return err
			}
			if len(free) > 0 {
				if _, err := tx.Exec(ctx, `UPDATE leases SET holder = $2, expires = now() + $4 * interval '1 millisecond' WHERE kind = $1 AND n = ANY($3)`,
					kind, member, free, ms(ttl)); err != nil {
					return err
				}
				held = append(held, free...)
			}
		}
		slices.Sort(held)
		return nil
	})
	return held, err
}

// Leave releases every lease member holds and forgets it, so that the
// others take its work at once instead of after the leases expire.
func (db *DB) Leave(ctx context.Context, member string) error {
	return db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `UPDATE leases SET holder = NULL, expires = NULL WHERE holder = $1`, member); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `DELETE FROM members WHERE id = $1`, member)
		return err
	})
}
