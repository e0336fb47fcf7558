// Package postgres keeps Newshound's state in a PostgreSQL database, for
// several `newshound run` processes sharing one database. It implements
// tracker.Store as the bbolt store does (the same contract suite runs on
// both), and the leases by which the processes split the work.
//
// The schema is created and migrated by the binary: the numbered files in
// migrations/ are applied in order, each in its own transaction, and the
// version reached is recorded in newshound_schema. A database of a newer
// version than this build knows is refused.
//
// The SQL is kept to what PostgreSQL-compatible distributed databases also
// speak (no advisory locks, no LISTEN/NOTIFY, leases as rows with expiry
// times, claims with SELECT … FOR UPDATE SKIP LOCKED), and transactions that
// lose a serialization conflict or a deadlock are retried.
package postgres

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options tune retention and the connection pool. Zero values take the
// defaults.
type Options struct {
	// ItemRetention is how long items are kept (default 30 days).
	ItemRetention time.Duration
	// SeenRetention is how long the keys of seen items are kept (default
	// 90 days); keys a feed still lists are refreshed when it is parsed.
	SeenRetention time.Duration
	// EditWindow is how long a delivered alert's message is kept, and
	// edited when later copies of its story arrive (default 72 hours, the
	// tracker's story window).
	EditWindow time.Duration
	// Now is the clock for the times recorded (default time.Now). Leases
	// use the database's clock, shared by every process.
	Now func() time.Time
	// MaxConns bounds the connection pool (default 10).
	MaxConns int32
}

// DB is the PostgreSQL implementation of tracker.Store.
type DB struct {
	pool *pgxpool.Pool
	opts Options
}

// IsURL reports whether s names a PostgreSQL database rather than a file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database at url (postgres://user:pass@host/db?…),
// then creates or migrates the schema.
func Open(ctx context.Context, url string, opts Options) (*DB, error) {
	if opts.ItemRetention <= 0 {
		opts.ItemRetention = 30 * 24 * time.Hour
	}
	if opts.SeenRetention <= 0 {
		opts.SeenRetention = 90 * 24 * time.Hour
	}
	if opts.EditWindow <= 0 {
		opts.EditWindow = 72 * time.Hour
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.MaxConns <= 0 {
		opts.MaxConns = 10
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// The parser's message may quote the URL, password included.
		return nil, errors.New("postgres: the database URL does not parse (postgres://user:password@host:port/database)")
	}
	cfg.MaxConns = opts.MaxConns
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	where := fmt.Sprintf("%s:%d/%s", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database)
	pingCtx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := pool.Ping(pingCtx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: connecting to %s: %w", where, err)
	}
	db := &DB{pool: pool, opts: opts}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %s: %w", where, err)
	}
	return db, nil
}

// Close closes the connections.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrations, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s is not named NNN_what.sql", e.Name())
		}
		data, err := migrations.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(data)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migrations are not numbered 1, 2, 3…: %s", m.name)
		}
	}
	return out, nil
}

// SchemaVersion is the schema this build creates and understands.
func SchemaVersion() int {
	ms, _ := loadMigrations()
	return len(ms)
}

// migrate applies the migrations the database lacks. Processes starting
// together serialize on the version row's lock.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	setup := func() error {
		_, err := db.pool.Exec(ctx, `CREATE TABLE IF NOT EXISTS newshound_schema (id integer PRIMARY KEY, version integer NOT NULL)`)
		if err == nil {
			_, err = db.pool.Exec(ctx, `INSERT INTO newshound_schema (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING`)
		}
		return err
	}
	// Two processes creating the table at once: one of them loses a race
	// in the catalog, and its second try finds the table.
	if err := setup(); err != nil {
		if err := setup(); err != nil {
			return fmt.Errorf("creating the schema table: %w", err)
		}
	}
	for {
		done := false
		err := db.tx(ctx, pgx.TxOptions{}, func(tx pgx.Tx) error {
			var v int
			if err := tx.QueryRow(ctx, `SELECT version FROM newshound_schema WHERE id = 1 FOR UPDATE`).Scan(&v); err != nil {
				return err
			}
			if v > len(ms) {
				return fmt.Errorf("database schema %d is newer than this build understands (%d)", v, len(ms))
			}
			if v == len(ms) {
				done = true
				return nil
			}
			m := ms[v]
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			_, err := tx.Exec(ctx, `UPDATE newshound_schema SET version = $1 WHERE id = 1`, m.version)
			return err
		})
		if err != nil || done {
			return err
		}
	}
}

// tx runs fn in a transaction, again (up to 5 times) when it lost a
// serialization conflict or a deadlock.
func (db *DB) tx(ctx context.Context, opts pgx.TxOptions, fn func(pgx.Tx) error) error {
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		err = pgx.BeginTxFunc(ctx, db.pool, opts, fn)
		if !retryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Duration(attempt+1) * 10 * time.Millisecond):
		}
	}
	return err
}

func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

func decode[T any](data []byte) (T, error) {
	var v T
	err := json.Unmarshal(data, &v)
	return v, err
}

func encode(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		// The tracker's types always encode; a failure is a programming error.
		panic(fmt.Sprintf("postgres: encoding %T: %v", v, err))
	}
	return data
}

func b(s string) []byte { return []byte(s) }

func bs(ss []string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

// Exec runs one statement; for tests and maintenance.
func (db *DB) Exec(ctx context.Context, sql string, args ...any) error {
	_, err := db.pool.Exec(ctx, sql, args...)
	return err
}
