// Package pgtest gives tests a database of their own on the throwaway
// PostgreSQL server that .ci/run starts (see .ci/postgres.sh), named by
// $NEWSHOUND_TEST_POSTGRES. Without that variable the tests that need one
// are skipped, saying so, so `go test ./...` passes on a machine with no
// PostgreSQL.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env names the admin database URL of the test server.
const Env = "NEWSHOUND_TEST_POSTGRES"

// Require skips t, in one line, when no test server is configured.
func Require(t testing.TB) {
	t.Helper()
	if os.Getenv(Env) == "" {
		t.Skip("no PostgreSQL for tests: $" + Env + " is not set (bash .ci/run starts one)")
	}
}

// URL creates an empty database for t and returns its URL; the database is
// dropped when t ends. It skips t when no test server is configured.
func URL(t testing.TB) string {
	t.Helper()
	Require(t)
	admin := os.Getenv(Env)
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("$%s: %v", Env, err)
	}
	var rnd [6]byte
	rand.Read(rnd[:])
	name := "nh_test_" + hex.EncodeToString(rnd[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("connecting to the test server ($%s): %v", Env, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("creating a test database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, admin)
		if err != nil {
			t.Errorf("dropping the test database: %v", err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("dropping the test database: %v", err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
