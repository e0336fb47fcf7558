package store

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"golang.org/x/sys/unix"
)

// releaseFileMapping advises the kernel that the process no longer needs
// its mappings of the file at path (MADV_DONTNEED): for a shared file
// mapping this drops the pages from the process's resident set and leaves
// the file's contents, in the page cache and on disk, as they are.
func releaseFileMapping(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if p, err := filepath.EvalSymlinks(abs); err == nil {
		abs = p
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(maps))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		// start-end perms offset dev inode path
		f := bytes.Fields(sc.Bytes())
		if len(f) < 6 || string(f[5]) != abs {
			continue
		}
		se := bytes.SplitN(f[0], []byte("-"), 2)
		if len(se) != 2 {
			continue
		}
		start, err1 := strconv.ParseUint(string(se[0]), 16, 64)
		end, err2 := strconv.ParseUint(string(se[1]), 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		if _, _, errno := unix.Syscall(unix.SYS_MADVISE, uintptr(start), uintptr(end-start), unix.MADV_DONTNEED); errno != 0 {
			return errno
		}
	}
	return sc.Err()
}

// statm is /proc/self/statm, kept open: the release loop reads it every
// second.
var statm struct {
	sync.Mutex
	f   *os.File
	buf [128]byte
}

// residentFileBytes returns the process's resident shared pages (file
// pages, the database's among them), or -1 when it cannot tell.
func residentFileBytes() int64 {
	statm.Lock()
	defer statm.Unlock()
	if statm.f == nil {
		f, err := os.Open("/proc/self/statm")
		if err != nil {
			return -1
		}
		statm.f = f
	}
	n, err := statm.f.ReadAt(statm.buf[:], 0)
	if n == 0 && err != nil {
		return -1
	}
	// size resident shared text lib data dt, in pages
	f := bytes.Fields(statm.buf[:n])
	if len(f) < 3 {
		return -1
	}
	pages, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return -1
	}
	return pages * int64(os.Getpagesize())
}
