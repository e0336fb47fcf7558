package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// newshound runs the binary with empty stdin and returns its exit code and
// output.
func newshound(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Run()
	if strings.Contains(stderr.String(), "goroutine ") {
		t.Errorf("newshound %v panicked: %s", args, stderr.String())
	}
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}

func TestADamagedDatabaseSaysHowToRecover(t *testing.T) {
	feed := newLiveFeed(t)
	for _, slug := range []string{"a", "b", "c", "d", "e", "f"} {
		feed.add(slug, "Story "+slug+" "+strings.Repeat("long title ", 30), strings.Repeat("Some text. ", 300))
	}
	dir := t.TempDir()
	catalog := filepath.Join(dir, "feeds.txt")
	os.WriteFile(catalog, []byte(feed.URL+"/rss\n"), 0o644)
	db := filepath.Join(dir, "nh.db")
	p := startConsole(t, "-feeds", catalog, "-db", db)
	p.send("/track bagram")
	p.waitMessages("reply", 1)
	p.exit()

	// backup onto the live file is refused and changes nothing.
	before, _ := os.ReadFile(db)
	if code, _, stderr := newshound(t, "backup", "-db", db, db); code == 0 || !strings.Contains(stderr, "live database") {
		t.Errorf("backup onto the live file: exit %d, %q; want a refusal", code, stderr)
	}
	if after, _ := os.ReadFile(db); string(after) != string(before) {
		t.Error("a refused backup changed the live database")
	}

	data, _ := os.ReadFile(db)
	os.WriteFile(db, data[:len(data)/2], 0o600)
	code, _, stderr := newshound(t, "console", "-feeds", catalog, "-db", db)
	if code == 0 || !strings.Contains(stderr, "damaged") || !strings.Contains(stderr, "newshound salvage") {
		t.Fatalf("console on a truncated database: exit %d, stderr %q; want a clear error naming salvage", code, stderr)
	}

	fresh := filepath.Join(dir, "fresh.db")
	code, stdout, stderr := newshound(t, "salvage", "-db", db, fresh)
	if code != 0 || !strings.Contains(stdout, "salvaged") {
		t.Fatalf("salvage: exit %d, %q %q", code, stdout, stderr)
	}
	if code, _, stderr := newshound(t, "console", "-feeds", catalog, "-db", fresh); code != 0 {
		t.Fatalf("console on the salvaged database: exit %d, %s", code, stderr)
	}
}
