// Package store keeps Newshound's state in a bbolt file: subscriptions,
// feeds and their polling state, the keys of items already seen, items with
// their article text and quotes, and the outbox of alerts owed to channels.
//
// Layout (bucket: key -> value):
//
//	meta:   "schema" -> version (big-endian uint64)
//	subs:   guild 0 channel 0 topic -> Subscription (JSON)
//	feeds:  url -> Feed (JSON)
//	seen/YYYY-MM: "k" 0 feed 0 itemkey -> unix seconds
//	              "u" 0 url -> day bucket name of the stored item
//	              "c" 0 guild 0 channel 0 story -> outbox sequence of its alert
//	items/YYYYMMDD: url -> Item (JSON), by the day it was first seen
//	outbox: sequence (big-endian uint64) -> Alert (alerts binary, see alertcodec.go; other rows JSON)
//	briefings: guild 0 channel -> Briefing (JSON)
//	sent:     outbox sequence of a delivered message's first row -> Sent (JSON)
//	sentrows: outbox sequence of each row of such a message -> its first row's
//
// A delivered message of alerts is kept in sent for EditWindow, so that a
// later copy of its story (found through the seen bucket's "c" mark, which
// names the alert's outbox sequence) edits it.
//
// Retention works on whole buckets: items live in one bucket per day and seen
// keys in one per month, and Prune deletes buckets past their age. bbolt never
// shrinks its file, but pages freed by a dropped bucket are reused whole,
// where scattered deletes would leave pages part-full.
package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the layout this package reads and writes.
const SchemaVersion = 1

var (
	bucketMeta   = []byte("meta")
	bucketSubs   = []byte("subs")
	bucketFeeds  = []byte("feeds")
	bucketSeen   = []byte("seen")
	bucketItems  = []byte("items")
	bucketOutbox = []byte("outbox")
	// bucketBriefings was added within schema 1: init creates it in
	// databases made before it.
	bucketBriefings = []byte("briefings")
	// bucketSent and bucketSentRows too (delivered messages, for edits).
	bucketSent     = []byte("sent")
	bucketSentRows = []byte("sentrows")
	keySchema      = []byte("schema")
)

// Options tune retention. Zero values take the defaults.
type Options struct {
	// ItemRetention is how long items and their articles are kept
	// (default 30 days).
	ItemRetention time.Duration
	// SeenRetention is how long the keys of seen items are kept (default
	// 90 days). Keys of items a feed still carries are refreshed on every
	// poll that parses the feed, so an old item is never taken for new.
	SeenRetention time.Duration
	// EditWindow is how long a delivered alert's message is kept, and
	// edited when later copies of its story arrive (default 72 hours, the
	// tracker's story window).
	EditWindow time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
	// ReleaseEvery is how often the pages of the database file are
	// released from the process's resident memory (default 1s; negative:
	// never); see DB.ReleaseMapped.
	ReleaseEvery time.Duration
	// Logger hears of records skipped because they cannot be stored or
	// read (default: discard).
	Logger *slog.Logger
}

// DB is the bbolt-backed implementation of tracker.Store.
type DB struct {
	db   *bolt.DB
	opts Options
	log  *slog.Logger
	// reported holds the damaged records already logged.
	reported sync.Map
	// groups lets concurrent polls commit in one transaction (group.go).
	groups commitGroups

	resident    residentBase
	stopRelease chan struct{}
	released    chan struct{}
	closeOnce   sync.Once
}

// Open opens or creates the database at path. It fails fast, with a clear
// error, when another process holds the file.
func Open(path string, opts Options) (*DB, error) {
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
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.ReleaseEvery == 0 {
		opts.ReleaseEvery = time.Second
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	var db *bolt.DB
	err := guard(func() (err error) {
		db, err = bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
		return err
	})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("store: %s is in use by another process", path)
	}
	if damaged(err) {
		return nil, fmt.Errorf("store: %s: %w", path, ErrDamaged)
	}
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &DB{db: db, opts: opts, log: opts.Logger.With("component", "store")}
	if err := s.init(); err != nil {
		guard(db.Close)
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	s.stopRelease, s.released = make(chan struct{}), make(chan struct{})
	go s.releaseLoop(s.stopRelease, s.released)
	return s, nil
}

func (s *DB) init() error {
	return s.update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketMeta, bucketSubs, bucketFeeds, bucketSeen, bucketItems, bucketOutbox, bucketBriefings, bucketSent, bucketSentRows} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		v := meta.Get(keySchema)
		switch {
		case v == nil:
			return meta.Put(keySchema, u64(SchemaVersion))
		case len(v) != 8:
			return errors.New("not a newshound database (bad schema record)")
		case binary.BigEndian.Uint64(v) > SchemaVersion:
			return fmt.Errorf("database schema %d is newer than this build understands (%d)", binary.BigEndian.Uint64(v), SchemaVersion)
		}
		// Version 1 is the first; later versions migrate here, in this tx.
		return nil
	})
}

// Close closes the database file.
func (s *DB) Close() error {
	s.closeOnce.Do(func() { close(s.stopRelease) })
	<-s.released
	return s.db.Close()
}

// Backup writes a consistent copy of the live database to w, in one read
// transaction, while writers go on.
func (s *DB) Backup(w io.Writer) error {
	return s.view(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(w)
		return err
	})
}

// BackupFile writes a consistent copy to path, atomically.
// It refuses to write over the database itself.
func (s *DB) BackupFile(path string) error {
	if same, err := sameFile(s.db.Path(), path); err != nil || same {
		if err == nil {
			err = fmt.Errorf("%s is the live database itself; give the copy another name", path)
		}
		return err
	}
	return writeAtomically(path, s.Backup)
}

func u64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

// key joins parts with NUL bytes, which no URL, ID or topic contains. A
// part longer than maxKeyPart is replaced by its hash (see keyPart).
func key(parts ...string) []byte {
	n := len(parts)
	for _, p := range parts {
		n += min(len(p), maxKeyPart)
	}
	return appendKey(make([]byte, 0, n), parts...)
}

func appendKey(buf []byte, parts ...string) []byte {
	for i, p := range parts {
		if i > 0 {
			buf = append(buf, 0)
		}
		buf = appendKeyPart(buf, p)
	}
	return buf
}

// maxKeyPart is the longest URL, item key or name stored in a key as it
// is. bbolt refuses keys over 32 KiB, and long keys make pages sparse; a
// longer part is stored as 0x01 and the hex SHA-256 of the part, which
// neither a URL nor an XML GUID can begin with. Every part up to this
// length keeps the key it had before, so no stored record moves.
const maxKeyPart = 2048

func appendKeyPart(buf []byte, p string) []byte {
	if len(p) <= maxKeyPart {
		return append(buf, p...)
	}
	sum := sha256.Sum256([]byte(p))
	buf = append(buf, 1)
	return hex.AppendEncode(buf, sum[:])
}

// recordError reports whether err concerns one record only (a key or value
// bbolt refuses, a value that does not encode), so that the transaction
// may skip the record and go on.
func recordError(err error) bool {
	var unsupported *json.UnsupportedValueError
	var unsupportedType *json.UnsupportedTypeError
	var marshaler *json.MarshalerError
	return errors.Is(err, berrors.ErrKeyRequired) || errors.Is(err, berrors.ErrKeyTooLarge) ||
		errors.Is(err, berrors.ErrValueTooLarge) || errors.As(err, &unsupported) ||
		errors.As(err, &unsupportedType) || errors.As(err, &marshaler)
}

// undecodable reports a record that does not decode and is skipped, once
// per bucket and key for the life of the process.
func (s *DB) undecodable(bucket, k []byte, err error) {
	id := string(bucket) + "\x00" + string(k)
	if _, dup := s.reported.LoadOrStore(id, true); dup {
		return
	}
	s.log.Error("a damaged record was skipped; `newshound salvage` copies what can be read to a fresh file",
		"bucket", string(bucket), "key", short(printableKey(bucket, k)), "err", err)
}

// printableKey shows a key for a log line: an outbox sequence as a
// number, other keys as their parts with NUL bytes shown as "/".
func printableKey(bucket, k []byte) string {
	if bytes.Equal(bucket, bucketOutbox) && len(k) == 8 {
		return fmt.Sprint(binary.BigEndian.Uint64(k))
	}
	return strings.ToValidUTF8(strings.ReplaceAll(string(k), "\x00", "/"), "?")
}

// short cuts a key or URL for a log line.
func short(s string) string {
	if len(s) <= 200 {
		return s
	}
	return s[:200] + fmt.Sprintf("… (%d bytes)", len(s))
}

func monthName(t time.Time) []byte { return []byte(t.UTC().Format("2006-01")) }
func dayName(t time.Time) []byte   { return []byte(t.UTC().Format("20060102")) }
