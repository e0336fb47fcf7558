package postgres_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"newshound/store/postgres"
	"newshound/store/postgres/pgtest"
	"newshound/store/storetest"
	"newshound/tracker"
)

func open(t *testing.T, url string, now func() time.Time) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), url, postgres.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestContract(t *testing.T) {
	pgtest.Require(t)
	storetest.Run(t, func(t *testing.T, now func() time.Time) tracker.Store {
		return open(t, pgtest.URL(t), now)
	})
}

func TestOpenMigratesOnceAndRefusesANewerSchema(t *testing.T) {
	pgtest.Require(t)
	url := pgtest.URL(t)
	// Processes starting together on an empty database: one creates the
	// schema, the others wait for it and find it.
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			db, err := postgres.Open(context.Background(), url, postgres.Options{})
			if err == nil {
				db.Close()
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatalf("concurrent first opens: %v", err)
		}
	}
	db := open(t, url, nil)
	if err := db.Exec(context.Background(), `UPDATE newshound_schema SET version = version + 1`); err != nil {
		t.Fatal(err)
	}
	_, err := postgres.Open(context.Background(), url, postgres.Options{})
	if err == nil || !strings.Contains(err.Error(), "newer than this build") {
		t.Fatalf("opening a newer schema: %v; want a refusal", err)
	}
}

func TestOpenErrorsAreClearAndHideThePassword(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, err := postgres.Open(ctx, "postgres://bob:s3cret@127.0.0.1:1/db?connect_timeout=2", postgres.Options{})
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:1/db") || strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("unreachable server: %v; want an error naming host, port and database, without the password", err)
	}
	_, err = postgres.Open(ctx, "postgres://bob:s3cret@127.0.0.1:notaport/db", postgres.Options{})
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("bad URL: %v; want an error without the password", err)
	}
}

func BenchmarkCommitPoll(b *testing.B) {
	storetest.BenchmarkCommitPoll(b, func(b *testing.B) tracker.Store {
		db, err := postgres.Open(context.Background(), pgtest.URL(b), postgres.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return db
	})
}
