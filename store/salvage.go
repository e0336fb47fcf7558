package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// SalvageReport is what Salvage did: how many records it copied and what
// it could not read, one line each.
type SalvageReport struct {
	Copied   int
	Problems []string
}

// jsonBuckets hold JSON records at the top level or, for items, in their
// sub-buckets (items in their binary form or, written before it, JSON); a
// record there that does not decode is left behind.
var jsonBuckets = map[string]bool{"subs": true, "feeds": true, "outbox": true, "items": true, "sent": true}

// Salvage copies every readable record of the database at oldPath into a
// fresh database at newPath, which must not exist yet. A damaged page
// loses the records on it and nothing else: each bucket is read forwards
// up to the damage and backwards from its end down to it. Records of JSON
// buckets that do not decode are left behind too. Bucket sequences (the
// outbox's next ID) are kept. The new file is written beside newPath and
// renamed into place once complete.
func Salvage(oldPath, newPath string) (SalvageReport, error) {
	var rep SalvageReport
	if same, err := sameFile(oldPath, newPath); err != nil || same {
		if err == nil {
			err = errors.New("the new database must be another file than the damaged one")
		}
		return rep, err
	}
	if _, err := os.Lstat(newPath); err == nil {
		return rep, fmt.Errorf("%s exists; give a new file name", newPath)
	}
	var src *bolt.DB
	err := guard(func() (err error) {
		src, err = bolt.Open(oldPath, 0o600, &bolt.Options{ReadOnly: true, Timeout: 2 * time.Second})
		return err
	})
	if errors.Is(err, berrors.ErrTimeout) {
		return rep, fmt.Errorf("%s is in use; stop the bot first", oldPath)
	}
	if err != nil {
		return rep, fmt.Errorf("%s cannot be read at all (%v); restore a backup", oldPath, err)
	}
	defer guard(src.Close)

	tmp := filepath.Join(filepath.Dir(newPath), "."+filepath.Base(newPath)+".salvage")
	os.Remove(tmp)
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return rep, err
	}
	defer os.Remove(tmp)
	if err := copyBucket(src, dst, nil, &rep); err != nil {
		dst.Close()
		return rep, err
	}
	if err := dst.Close(); err != nil {
		return rep, err
	}
	if err := os.Rename(tmp, newPath); err != nil {
		return rep, err
	}
	return rep, nil
}

// sameFile reports whether a and b name one file (by path, or by identity
// when both exist: a link or another path to the same file).
func sameFile(a, b string) (bool, error) {
	absA, err := filepath.Abs(a)
	if err != nil {
		return false, err
	}
	absB, err := filepath.Abs(b)
	if err != nil {
		return false, err
	}
	if absA == absB {
		return true, nil
	}
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb), nil
}

type record struct{ k, v []byte }

// validRecord reports whether the record k, v of the bucket at path
// decodes.
func validRecord(path [][]byte, k, v []byte) bool {
	switch string(path[0]) {
	case "items":
		return validItem(k, v)
	case "outbox":
		return validAlert(v)
	}
	return json.Valid(v)
}

// copyBucket copies the bucket at path (nil: the root) of src into dst,
// then its sub-buckets, each in transactions of its own so that damage in
// one costs no other.
func copyBucket(src, dst *bolt.DB, path [][]byte, rep *SalvageReport) error {
	name := pathName(path)
	var recs []record
	var subs [][]byte
	var seq uint64
	have := map[string]bool{}
	take := func(k, v []byte) {
		if have[string(k)] {
			return
		}
		have[string(k)] = true
		if v == nil {
			subs = append(subs, bytes.Clone(k))
			return
		}
		if len(path) > 0 && jsonBuckets[string(path[0])] && (len(path) > 1 || string(path[0]) != "items") && !validRecord(path, k, v) {
			rep.Problems = append(rep.Problems, fmt.Sprintf("%s: record %q does not decode; left behind", name, printableKey(path[len(path)-1], k)))
			return
		}
		recs = append(recs, record{bytes.Clone(k), bytes.Clone(v)})
	}
	var lastForward []byte
	forward := guard(func() error {
		return src.View(func(tx *bolt.Tx) error {
			c, s := cursorAt(tx, path)
			if c == nil {
				return fmt.Errorf("%s: bucket missing", name)
			}
			seq = s
			for k, v := c.First(); k != nil; k, v = c.Next() {
				take(k, v)
				lastForward = bytes.Clone(k)
			}
			return nil
		})
	})
	if forward != nil {
		// Read what lies past the damage, from the end backwards.
		backward := guard(func() error {
			return src.View(func(tx *bolt.Tx) error {
				c, _ := cursorAt(tx, path)
				if c == nil {
					return fmt.Errorf("%s: bucket missing", name)
				}
				for k, v := c.Last(); k != nil && (lastForward == nil || bytes.Compare(k, lastForward) > 0); k, v = c.Prev() {
					take(k, v)
				}
				return nil
			})
		})
		what := "the records on the damaged page are lost"
		if backward == nil {
			what = "the records past it were read backwards from the end"
		}
		after := "its start"
		if lastForward != nil {
			after = fmt.Sprintf("key %q", printableKey(lastOr(path, nil), lastForward))
		}
		cause := strings.TrimPrefix(forward.Error(), ErrDamaged.Error()+" ")
		rep.Problems = append(rep.Problems, fmt.Sprintf("%s: unreadable after %s; %s %s", name, after, what, cause))
	}
	err := dst.Update(func(tx *bolt.Tx) error {
		if len(path) == 0 {
			return nil
		}
		b, err := tx.CreateBucketIfNotExists(path[0])
		if err != nil {
			return err
		}
		for _, p := range path[1:] {
			if b, err = b.CreateBucketIfNotExists(p); err != nil {
				return err
			}
		}
		if err := b.SetSequence(seq); err != nil {
			return err
		}
		for _, r := range recs {
			if err := b.Put(r.k, r.v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	rep.Copied += len(recs)
	for _, sub := range subs {
		if err := copyBucket(src, dst, append(append([][]byte(nil), path...), sub), rep); err != nil {
			return err
		}
	}
	return nil
}

// cursorAt returns a cursor on the bucket at path, and its sequence.
func cursorAt(tx *bolt.Tx, path [][]byte) (*bolt.Cursor, uint64) {
	if len(path) == 0 {
		return tx.Cursor(), 0
	}
	b := tx.Bucket(path[0])
	for _, p := range path[1:] {
		if b == nil {
			return nil, 0
		}
		b = b.Bucket(p)
	}
	if b == nil {
		return nil, 0
	}
	return b.Cursor(), b.Sequence()
}

func pathName(path [][]byte) string {
	if len(path) == 0 {
		return "(root)"
	}
	return string(bytes.Join(path, []byte("/")))
}

func lastOr(path [][]byte, def []byte) []byte {
	if len(path) == 0 {
		return def
	}
	return path[len(path)-1]
}
