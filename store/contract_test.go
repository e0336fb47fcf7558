package store_test

import (
	"path/filepath"
	"testing"
	"time"

	"newshound/store"
	"newshound/store/storetest"
	"newshound/tracker"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) tracker.Store {
		db, err := store.Open(filepath.Join(t.TempDir(), "contract.db"), store.Options{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}

func BenchmarkCommitPoll(b *testing.B) {
	storetest.BenchmarkCommitPoll(b, func(b *testing.B) tracker.Store {
		db, err := store.Open(filepath.Join(b.TempDir(), "bench.db"), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return db
	})
}
