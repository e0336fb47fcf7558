package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newshound/tracker"
)

// filledDB writes a database with subscriptions, feeds, items over several
// pages and outbox rows, closes it and returns its path.
func filledDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "live.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for i := 0; i < 5; i++ {
		if err := db.AddSubscription(ctx, tracker.Subscription{GuildID: "g", ChannelID: "c", Topic: fmt.Sprintf("topic%d", i)}, 0); err != nil {
			t.Fatal(err)
		}
		if err := db.PutFeed(ctx, tracker.Feed{URL: fmt.Sprintf("https://feed%d.example/", i), Title: fmt.Sprintf("FEED%dTITLE", i), Catalog: true}); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	for i := 0; i < 400; i++ {
		it := tracker.Item{URL: fmt.Sprintf("https://news.example/%04d", i), Key: fmt.Sprint(i), Title: "Story", Seen: now, Text: strings.Repeat("text ", 200)}
		alerts := []tracker.Alert{{Kind: tracker.KindAlert, GuildID: "g", ChannelID: "c", Item: it}}
		if _, err := db.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "https://feed0.example/"}, Items: []tracker.Item{it}, Alerts: alerts, SeenKeys: []string{it.Key}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestATruncatedDatabaseIsAClearErrorNotAPanic(t *testing.T) {
	path := filledDB(t)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, size := range []int{len(data) / 2, len(data) / 4, 3 * 4096, 6000} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			cut := filepath.Join(t.TempDir(), "cut.db")
			os.WriteFile(cut, data[:size], 0o600)
			db, err := Open(cut, Options{})
			if err == nil {
				// bbolt opened it: the damage shows when pages past the end
				// are read, as the tracker does at start.
				defer db.Close()
				_, err = db.Feeds(ctx)
				if err == nil {
					_, err = db.Subscriptions(ctx)
				}
				if err == nil {
					err = db.RecentItems(ctx, time.Time{}, func(tracker.Item) bool { return true })
				}
				if err == nil {
					_, err = db.Pending(ctx, 0, 1000)
				}
			}
			if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "newshound salvage") {
				t.Fatalf("a file cut to %d of %d bytes: err = %v; want ErrDamaged naming salvage", size, len(data), err)
			}
		})
	}
}

func TestARecordThatDoesNotDecodeIsSkippedAndTheRestLoads(t *testing.T) {
	path := filledDB(t)
	data, _ := os.ReadFile(path)
	// A control character inside a JSON string, in every copy of the
	// record (bbolt may keep an old copy on a free page).
	if !flip(data, "FEED2TITLE") {
		t.Fatal("feed record not found in the file")
	}
	os.WriteFile(path, data, 0o600)
	var logs bytes.Buffer
	db, err := Open(path, Options{Logger: newTestLogger(&logs)})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	feeds, err := db.Feeds(context.Background())
	if err != nil {
		t.Fatalf("Feeds: %v; want the damaged record skipped", err)
	}
	if len(feeds) != 4 {
		t.Errorf("%d feeds; want the 4 undamaged ones", len(feeds))
	}
	if !strings.Contains(logs.String(), "bucket=feeds") || !strings.Contains(logs.String(), "feed2.example") {
		t.Errorf("log = %q; want the bucket and key of the damaged record", logs.String())
	}
}

func TestSalvageCopiesEveryReadableRecord(t *testing.T) {
	path := filledDB(t)
	data, _ := os.ReadFile(path)
	// Damage one JSON record, and wipe one page in the middle of the file.
	flip(data, "FEED2TITLE")
	page := len(data) / 4096 / 2 * 4096
	copy(data[page:page+4096], make([]byte, 4096))
	os.WriteFile(path, data, 0o600)

	fresh := filepath.Join(t.TempDir(), "fresh.db")
	rep, err := Salvage(path, fresh)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("copied %d; problems: %q", rep.Copied, rep.Problems)
	if len(rep.Problems) == 0 || !strings.Contains(strings.Join(rep.Problems, "\n"), "feeds") {
		t.Errorf("problems %q; want the damaged feed record reported", rep.Problems)
	}
	db, err := Open(fresh, Options{})
	if err != nil {
		t.Fatalf("the salvaged file does not open: %v", err)
	}
	defer db.Close()
	ctx := context.Background()
	feeds, err := db.Feeds(ctx)
	if err != nil || len(feeds) != 4 {
		t.Errorf("salvaged feeds: %d, %v; want the 4 undamaged ones", len(feeds), err)
	}
	subs, err := db.Subscriptions(ctx)
	if err != nil || len(subs) != 5 {
		t.Errorf("salvaged subscriptions: %d, %v; want 5", len(subs), err)
	}
	items := 0
	if err := db.RecentItems(ctx, time.Time{}, func(tracker.Item) bool { items++; return true }); err != nil {
		t.Fatal(err)
	}
	pending, err := db.Pending(ctx, 0, 10000)
	if err != nil {
		t.Fatal(err)
	}
	// One 4 KiB page holds at most a few records of 1 KB.
	if items < 390 || len(pending) < 390 {
		t.Errorf("salvaged %d items and %d outbox rows of 400; want all but the few on the wiped page", items, len(pending))
	}
	// New outbox rows follow the old ones: the sequence was kept.
	if err := db.Queue(ctx, tracker.Alert{Kind: tracker.KindNotice, GuildID: "g", ChannelID: "c"}); err != nil {
		t.Fatal(err)
	}
	after, _ := db.Pending(ctx, 0, 10000)
	if last := after[len(after)-1].ID; last <= 400 {
		t.Errorf("a new outbox row got ID %d; want one after the salvaged rows", last)
	}

	if _, err := Salvage(path, fresh); err == nil {
		t.Error("Salvage over an existing file succeeded; want a refusal")
	}
	if _, err := Salvage(path, path); err == nil {
		t.Error("Salvage onto the damaged file itself succeeded; want a refusal")
	}
}

func TestBackupRefusesToWriteOverTheLiveDatabase(t *testing.T) {
	path := filledDB(t)
	before, _ := os.ReadFile(path)
	link := filepath.Join(t.TempDir(), "link.db")
	if err := os.Symlink(path, link); err != nil {
		t.Fatal(err)
	}
	hard := filepath.Join(filepath.Dir(path), "hard.db")
	if err := os.Link(path, hard); err != nil {
		t.Fatal(err)
	}
	rel, _ := filepath.Rel(mustGetwd(t), path)
	for _, dest := range []string{path, rel, link, hard, filepath.Join(filepath.Dir(path), ".", "live.db")} {
		if err := BackupTo(context.Background(), path, dest); err == nil || !strings.Contains(err.Error(), "live database") {
			t.Errorf("BackupTo(%s) = %v; want a refusal", dest, err)
		}
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the live database changed")
	}
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.BackupFile(link); err == nil {
		t.Error("BackupFile onto the live file succeeded; want a refusal")
	}
	if items, _ := db.OutboxLen(); items != 400 {
		t.Errorf("the live database has %d outbox rows after the refusals; want 400", items)
	}
	db.Close()
	// Another file is fine, and a complete copy.
	dest := filepath.Join(t.TempDir(), "copy.db")
	if err := BackupTo(context.Background(), path, dest); err != nil {
		t.Fatal(err)
	}
	cp, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if n, _ := cp.OutboxLen(); n != 400 {
		t.Errorf("the copy has %d outbox rows; want 400", n)
	}
}

func mustGetwd(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

func newTestLogger(w *bytes.Buffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, nil))
}

// flip replaces the first byte of every occurrence of s in data by 0x01.
func flip(data []byte, s string) bool {
	found := false
	for i := bytes.Index(data, []byte(s)); i >= 0; {
		data[i] = 0x01
		found = true
		j := bytes.Index(data[i:], []byte(s))
		if j < 0 {
			break
		}
		i += j
	}
	return found
}
