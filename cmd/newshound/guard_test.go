package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConsoleFeedsAddGoesThroughTheGuard(t *testing.T) {
	feed := newLiveFeed(t)
	feed.add("old", "Harbour reopens", "Ships return.")
	dir := t.TempDir()
	catalog := filepath.Join(dir, "feeds.txt")
	os.WriteFile(catalog, []byte(feed.URL+"/rss\n"), 0o644)
	db := filepath.Join(dir, "nh.db")

	// The -feeds catalog is trusted as it is; what members add is not.
	p := startConsole(t, "-feeds", catalog, "-poll", "1s", "-db", db)
	p.send("/feeds add " + feed.URL + "/other")
	p.send("/feeds add http://169.254.169.254/latest/meta-data/")
	p.send("/feeds add " + strings.Replace(feed.URL, "http://", "http://admin:hunter2@", 1) + "/rss")
	replies := p.waitMessages("reply", 3)
	for i, want := range []string{"private", "private", "password"} {
		if s := strings.ToLower(mustJSON(replies[i])); !strings.Contains(s, want) || strings.Contains(s, "hunter2") {
			t.Errorf("reply %d = %s; want a refusal saying %q, no password", i, s, want)
		}
	}
	p.send("/feeds list")
	list := mustJSON(p.waitMessages("reply", 4)[3])
	if strings.Contains(list, "/other") || strings.Contains(list, "169.254") || strings.Contains(list, "hunter2") {
		t.Errorf("/feeds list = %s; want none of the refused feeds", list)
	}
	p.exit()

	// -allow-private admits a self-hosted feed on loopback, and still
	// never the metadata address.
	p2 := startConsole(t, "-feeds", catalog, "-poll", "1s", "-db", db, "-allow-private")
	p2.send("/feeds add " + feed.URL + "/other")
	p2.send("/feeds add http://169.254.169.254/latest/meta-data/")
	replies = p2.waitMessages("reply", 2)
	if s := mustJSON(replies[0]); !strings.Contains(s, feed.URL+"/other") || strings.Contains(strings.ToLower(s), "private") {
		t.Errorf("with -allow-private, loopback feed: %s; want it added", s)
	}
	if s := strings.ToLower(mustJSON(replies[1])); !strings.Contains(s, "private") {
		t.Errorf("with -allow-private, metadata address: %s; want it refused", s)
	}
	p2.exit()
}
