package store

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// ErrDamaged means the database file is damaged: bbolt found a page that is
// not what it should be, or the file ends before its pages do. bbolt
// reports both by panicking, or by a memory fault when a page lies past a
// truncated end; view, update and Open turn them into this error.
var ErrDamaged = errors.New("the database file is damaged; restore a backup, or run `newshound salvage -db DAMAGED NEW` to copy what can be read into a fresh file")

// damaged reports whether err from bbolt means a damaged file.
func damaged(err error) bool {
	if err != nil && strings.Contains(err.Error(), "file size too small") { // bbolt has no error value for it
		return true
	}
	return errors.Is(err, ErrDamaged) || errors.Is(err, berrors.ErrInvalid) || errors.Is(err, berrors.ErrChecksum) ||
		errors.Is(err, berrors.ErrVersionMismatch) || errors.Is(err, berrors.ErrInvalidMapping)
}

// guard runs fn with memory faults turned into panics, and any panic into
// ErrDamaged.
func guard(fn func() error) (err error) {
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w (%v)", ErrDamaged, p)
		}
	}()
	return fn()
}

// view is bbolt's View under guard.
func (s *DB) view(fn func(*bolt.Tx) error) error {
	return guard(func() error { return s.db.View(fn) })
}

// update is bbolt's Update under guard. bbolt rolls the transaction back
// as the panic unwinds, so the database stays usable for what it can read.
func (s *DB) update(fn func(*bolt.Tx) error) error {
	err := guard(func() error { return s.db.Update(fn) })
	s.releaseIfGrown()
	return err
}
