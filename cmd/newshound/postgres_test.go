package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newshound/store/postgres/pgtest"
)

func TestConsoleOnPostgreSQLRemembersAcrossRestarts(t *testing.T) {
	pgtest.Require(t)
	db := pgtest.URL(t)
	feed := newLiveFeed(t)
	feeds := filepath.Join(t.TempDir(), "feeds.txt")
	os.WriteFile(feeds, []byte(feed.URL+"/rss\n"), 0o644)

	p := startConsole(t, "-feeds", feeds, "-poll", "1s", "-db", db)
	p.send("/track bagram")
	p.waitMessages("reply", 1)
	link := feed.add("bagram-pg", "Bagram talks resume", "Officials met at Bagram.")
	if s := mustJSON(p.waitMessages("alert", 1)[0]); !strings.Contains(s, link) {
		t.Fatalf("alert = %s; want a link to %s", s, link)
	}
	p.exit()

	// The same database from a new process: the topic is there, the
	// article is not alerted again.
	p2 := startConsole(t, "-feeds", feeds, "-poll", "1s", "-db", db)
	time.Sleep(2500 * time.Millisecond)
	p2.send("/topics")
	if r := mustJSON(p2.waitMessages("reply", 1)[0]); !strings.Contains(r, "bagram") {
		t.Fatalf("/topics after restart = %s", r)
	}
	p2.exit()
	if n := len(p2.messages("alert")); n != 0 {
		t.Fatalf("%d alerts after restart; want 0", n)
	}
}

func TestDatabaseURLsAreNeverPrinted(t *testing.T) {
	url := "postgres://bob:s3cret@127.0.0.1:1/nh?connect_timeout=2"
	for _, c := range []struct {
		args []string
		env  string
		code int
		want string
	}{
		{[]string{"run", "-h"}, "DATABASE_URL=" + url, 0, "postgres://"},
		{[]string{"backup", "-db", url, "copy.db"}, "", 1, "pg_dump"},
		{[]string{"console"}, "DATABASE_URL=" + url, 1, "127.0.0.1:1/nh"},
	} {
		cmd := exec.Command(binary, c.args...)
		cmd.Env = append(os.Environ(), c.env)
		cmd.Dir = t.TempDir()
		out, _ := cmd.CombinedOutput()
		if code := cmd.ProcessState.ExitCode(); code != c.code || !strings.Contains(string(out), c.want) || strings.Contains(string(out), "s3cret") {
			t.Errorf("newshound %v with %s: exit %d, output %q; want exit %d mentioning %q, without the password", c.args, c.env, code, out, c.code, c.want)
		}
	}
}
