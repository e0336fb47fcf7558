package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// A running process holds the database file's lock, so another process
// cannot open it even to read. ServeBackups lets `newshound backup` ask the
// running process for a copy instead, over a Unix socket beside the file
// (SocketPath). The answer is the copy's length (8 bytes, big-endian), then
// the copy, written from one read transaction.

// backupTimeout bounds how long one backup may take to send.
const backupTimeout = 10 * time.Minute

// SocketPath is where a process serving the database at dbPath listens for
// backup requests.
func SocketPath(dbPath string) string { return dbPath + ".backup.sock" }

// ServeBackups answers backup requests on SocketPath(dbPath) until the
// returned stop function is called; stop waits for requests in progress.
func (s *DB) ServeBackups(dbPath string) (stop func(), err error) {
	sock := SocketPath(dbPath)
	_ = os.Remove(sock) // a socket left by a process that crashed
	ln, err := net.Listen("unix", sock)
	if err != nil {
		return nil, fmt.Errorf("backup socket: %w", err)
	}
	if err := os.Chmod(sock, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("backup socket: %w", err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	conns := map[net.Conn]bool{}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns[conn] = true
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() {
					mu.Lock()
					delete(conns, conn)
					mu.Unlock()
					conn.Close()
				}()
				// A reader that stops reading must not pin a read
				// transaction (and shutdown) for ever.
				conn.SetWriteDeadline(time.Now().Add(backupTimeout))
				_ = s.view(func(tx *bolt.Tx) error {
					var n [8]byte
					binary.BigEndian.PutUint64(n[:], uint64(tx.Size()))
					if _, err := conn.Write(n[:]); err != nil {
						return err
					}
					_, err := tx.WriteTo(conn)
					return err
				})
			}()
		}
	}()
	return func() {
		ln.Close()
		mu.Lock()
		for c := range conns {
			c.Close() // a backup in progress fails; the client says so
		}
		mu.Unlock()
		wg.Wait()
		os.Remove(sock)
	}, nil
}

// BackupTo writes a consistent copy of the database at dbPath to dest: from
// the process serving it if there is one, else by opening the file read-only.
// dest is replaced atomically; a failed backup leaves no partial file.
func BackupTo(ctx context.Context, dbPath, dest string) error {
	if _, err := os.Stat(dbPath); err != nil {
		return fmt.Errorf("no database at %s", dbPath)
	}
	if same, err := sameFile(dbPath, dest); err != nil || same {
		if err == nil {
			err = fmt.Errorf("%s is the live database itself; give the copy another name", dest)
		}
		return err
	}
	return writeAtomically(dest, func(w io.Writer) error {
		var d net.Dialer
		conn, err := d.DialContext(ctx, "unix", SocketPath(dbPath))
		if err == nil {
			defer conn.Close()
			return receive(conn, w)
		}
		db, err := bolt.Open(dbPath, 0o600, &bolt.Options{ReadOnly: true, Timeout: 2 * time.Second})
		if errors.Is(err, berrors.ErrTimeout) {
			return fmt.Errorf("%s is in use by a process that does not serve backups", dbPath)
		}
		if err != nil {
			return err
		}
		defer db.Close()
		return db.View(func(tx *bolt.Tx) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
}

func receive(r io.Reader, w io.Writer) error {
	var n [8]byte
	if _, err := io.ReadFull(r, n[:]); err != nil {
		return fmt.Errorf("reading from the running process: %w", err)
	}
	size := int64(binary.BigEndian.Uint64(n[:]))
	got, err := io.Copy(w, io.LimitReader(r, size))
	if err != nil {
		return err
	}
	if got != size {
		return fmt.Errorf("the running process sent %d of %d bytes", got, size)
	}
	return nil
}

func writeAtomically(dest string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(dest), ".newshound-backup-*")
	if err != nil {
		return fmt.Errorf("writing the copy: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("writing the copy: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing the copy: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing the copy: %w", err)
	}
	if err := os.Rename(tmp.Name(), dest); err != nil {
		return fmt.Errorf("writing the copy: %w", err)
	}
	return nil
}
