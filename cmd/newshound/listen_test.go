package main

import (
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestMemoryLimitFlagValues(t *testing.T) {
	for in, want := range map[string]int64{"256MiB": 256 << 20, "1GiB": 1 << 30, "off": 0, "0": 0, "100000000": 100000000, "65536KiB": 64 << 20} {
		var m memoryLimit
		if err := m.Set(in); err != nil || m.bytes != want {
			t.Errorf("Set(%q) = %d, %v; want %d", in, m.bytes, err, want)
		}
	}
	for _, in := range []string{"", "lots", "-5MiB", "1MiB", "12XB", "99999999999GiB"} {
		var m memoryLimit
		if err := m.Set(in); err == nil {
			t.Errorf("Set(%q) accepted %d bytes; want an error", in, m.bytes)
		}
	}
}

// TestConsoleListenServesMetricsAndProfiles starts the console with
// -listen and reads /metrics and the pprof index from it.
func TestConsoleListenServesMetricsAndProfiles(t *testing.T) {
	feed := newLiveFeed(t)
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte(feed.URL+"/rss\n"), 0o644)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	p := startConsole(t, "-feeds", feeds, "-db", filepath.Join(dir, "nh.db"), "-listen", addr, "-memory-limit", "200MiB")
	get := func(path string) string {
		deadline := time.Now().Add(20 * time.Second)
		for {
			resp, err := http.Get("http://" + addr + path)
			if err == nil {
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					return string(b)
				}
				t.Fatalf("GET %s: %s", path, resp.Status)
			}
			if time.Now().After(deadline) {
				t.Fatalf("GET %s: %v", path, err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	if m := get("/metrics"); !strings.Contains(m, "newshound_feeds 1") || !strings.Contains(m, "go_gc_gomemlimit_bytes 2.097152e+08") {
		t.Fatalf("/metrics lacks the feed gauge or the memory limit:\n%.2000s", m)
	}
	if idx := get("/debug/pprof/"); !strings.Contains(idx, "heap") || !strings.Contains(idx, "goroutine") {
		t.Fatalf("/debug/pprof/ index = %.500s", idx)
	}
	p.exit()
}
