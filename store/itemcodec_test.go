package store

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
	"newshound/tracker/quote"
)

// fullItem sets every field of an item to something other than its zero
// value, so that a field the binary form forgets shows in a round trip.
func fullItem(t *testing.T, tz *time.Location) tracker.Item {
	it := tracker.Item{
		URL: "https://news.example/a?b=1", Key: "guid-1", FeedURL: "https://news.example/rss", Outlet: "Reuters",
		Title: "Bagram \"talks\" <resume>", Description: "desc ünïcode", Author: "A. Writer",
		Published: time.Date(2026, 11, 29, 9, 30, 0, 500, tz), Seen: time.Date(2026, 11, 29, 10, 0, 1, 123456789, time.UTC),
		StoryID: "0123456789abcdef", Sig: []byte{1, 0, 2, 255}, Text: "Para one.\nPara two.",
		Quotes: []quote.Quote{{Text: "We will stay", Speaker: "Zabihullah Mujahid", Cue: "said", Role: "spokesman", Confidence: 0.75}},
		Read:   true, Baseline: true,
	}
	// Every exported field is set: a field added to Item (or to a quote's
	// stored fields) must be added to appendItem and decodeItem, and here.
	v := reflect.ValueOf(it)
	for i := 0; i < v.NumField(); i++ {
		if v.Type().Field(i).IsExported() && v.Field(i).IsZero() {
			t.Fatalf("fullItem leaves Item.%s unset", v.Type().Field(i).Name)
		}
	}
	q := reflect.ValueOf(it.Quotes[0])
	for i := 0; i < q.NumField(); i++ {
		f := q.Type().Field(i)
		if f.Tag.Get("json") != "-" && q.Field(i).IsZero() {
			t.Fatalf("fullItem leaves Quote.%s unset (a stored quote field: add it to the item format)", f.Name)
		}
	}
	return it
}

// jsonRoundTrip is what the JSON records read back as: the reference the
// binary form must equal.
func jsonRoundTrip(t *testing.T, it tracker.Item) tracker.Item {
	b, err := json.Marshal(it)
	if err != nil {
		t.Fatal(err)
	}
	var out tracker.Item
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestBinaryItemsReadBackAsJSONItemsDid(t *testing.T) {
	for _, tz := range []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+1800), time.Local} {
		want := jsonRoundTrip(t, fullItem(t, tz))
		for _, urlIsKey := range []bool{true, false} {
			it := fullItem(t, tz)
			rec := appendItem(nil, &it, urlIsKey)
			if len(rec) > itemSize(&it) {
				t.Errorf("record of %d bytes over its size bound %d", len(rec), itemSize(&it))
			}
			got, err := decodeItem([]byte(it.URL), rec)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("zone %v, URL as key %v:\n got %+v\nwant %+v", tz, urlIsKey, got, want)
			}
		}
	}
	// Zero times, no text, text unlike the description, empty lists.
	for _, it := range []tracker.Item{
		{URL: "u", Key: "k"},
		{URL: "u", Description: "d", Text: "other"},
		{URL: "u", Text: "only text", Quotes: []quote.Quote{{Text: "q"}}},
	} {
		got, err := decodeItem([]byte("u"), appendItem(nil, &it, true))
		if err != nil {
			t.Fatal(err)
		}
		if want := jsonRoundTrip(t, it); !reflect.DeepEqual(got, want) {
			t.Errorf("\n got %+v\nwant %+v", got, want)
		}
	}
}

// Records written while items carried the topics they matched end with
// them: they read as the same item, the topics passed over.
func TestTopicsOfOlderRecordsAreReadPast(t *testing.T) {
	it := fullItem(t, time.UTC)
	rec := appendItem(nil, &it, true)
	if rec[len(rec)-1] != 0 {
		t.Fatalf("record ends with %d; want a topic count of 0", rec[len(rec)-1])
	}
	older := append(slices.Clone(rec[:len(rec)-1]), 2)
	older = appendString(appendString(older, "bagram"), "kabul OR kandahar")
	got, err := decodeItem([]byte(it.URL), older)
	if err != nil {
		t.Fatal(err)
	}
	if want := jsonRoundTrip(t, it); !reflect.DeepEqual(got, want) {
		t.Errorf("\n got %+v\nwant %+v", got, want)
	}
	if _, err := decodeItem([]byte(it.URL), older[:len(older)-3]); err == nil {
		t.Error("a record cut inside its topics decodes")
	}
}

func TestADamagedBinaryItemIsAnErrorNotAPanic(t *testing.T) {
	it := fullItem(t, time.UTC)
	rec := appendItem(nil, &it, true)
	for n := 0; n < len(rec); n++ {
		if _, err := decodeItem([]byte(it.URL), rec[:n]); err == nil {
			t.Fatalf("a record cut to %d of %d bytes decodes", n, len(rec))
		}
	}
	if _, err := decodeItem([]byte(it.URL), append(rec, 0)); err == nil {
		t.Error("a record with a trailing byte decodes")
	}
	bad := slices.Clone(rec)
	bad[0] = 9 // a format this build does not know
	if _, err := decodeItem([]byte(it.URL), bad); err == nil {
		t.Error("an unknown format decodes")
	}
}

// A database written before the binary form holds JSON item records: they
// are read by Item, RecentItems and RecentStories, beside binary ones, and
// Salvage copies both.
func TestJSONItemsOfAnOlderDatabaseAreStillRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	now := time.Now()
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	fresh := tracker.Item{URL: "https://news.example/new", Key: "new", Title: "New", Seen: now, StoryID: "s1", Sig: []byte{1, 2}}
	if _, err := db.CommitPoll(ctx, tracker.PollResult{Feed: tracker.Feed{URL: "f"}, Items: []tracker.Item{fresh}}); err != nil {
		t.Fatal(err)
	}
	// An old record, as the JSON writer stored it.
	old := fullItem(t, time.UTC)
	old.URL, old.Seen, old.Published = "https://news.example/old", now.Add(-time.Minute), now.Add(-time.Hour)
	rec, _ := json.Marshal(old)
	if err := db.db.Update(func(tx *bolt.Tx) error {
		day := dayName(old.Seen)
		b, err := tx.Bucket(bucketItems).CreateBucketIfNotExists(day)
		if err != nil {
			return err
		}
		if err := b.Put(key(old.URL), rec); err != nil {
			return err
		}
		cur, err := tx.Bucket(bucketSeen).CreateBucketIfNotExists(monthName(old.Seen))
		if err != nil {
			return err
		}
		return cur.Put(key("u", old.URL), day)
	}); err != nil {
		t.Fatal(err)
	}
	check := func(db *DB) {
		t.Helper()
		got, ok, err := db.Item(ctx, old.URL)
		if err != nil || !ok || !reflect.DeepEqual(got, jsonRoundTrip(t, old)) {
			t.Errorf("Item(old) = %+v, %v, %v", got, ok, err)
		}
		var urls []string
		if err := db.RecentItems(ctx, now.Add(-time.Hour), func(it tracker.Item) bool { urls = append(urls, it.URL); return true }); err != nil {
			t.Fatal(err)
		}
		slices.Sort(urls)
		if strings.Join(urls, " ") != fresh.URL+" "+old.URL {
			t.Errorf("RecentItems: %q; want both items", urls)
		}
		stories := map[string]string{}
		if err := db.RecentStories(ctx, now.Add(-time.Hour), func(url, storyID string, sig []byte, at time.Time) bool {
			stories[url] = storyID + " " + string(rune('0'+len(sig))) + " " + at.UTC().Format(time.RFC3339Nano)
			return true
		}); err != nil {
			t.Fatal(err)
		}
		want := map[string]string{
			fresh.URL: "s1 2 " + fresh.Time().UTC().Format(time.RFC3339Nano),
			old.URL:   old.StoryID + " 4 " + old.Time().UTC().Format(time.RFC3339Nano),
		}
		if !reflect.DeepEqual(stories, want) {
			t.Errorf("RecentStories: %q; want %q", stories, want)
		}
	}
	check(db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	salvaged := filepath.Join(t.TempDir(), "salvaged.db")
	rep, err := Salvage(path, salvaged)
	if err != nil || len(rep.Problems) > 0 {
		t.Fatalf("Salvage: %+v, %v", rep, err)
	}
	db2, err := Open(salvaged, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	check(db2)
}

// RecentStories reads what the story index needs and skips items with no
// story or signature, and items seen before since.
func TestRecentStoriesSkipsItemsWithoutAStory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	now := time.Now()
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	items := []tracker.Item{
		{URL: "a", Seen: now, StoryID: "s", Sig: []byte{1}},
		{URL: "nosig", Seen: now, StoryID: "s"},
		{URL: "nostory", Seen: now, Sig: []byte{1}},
		{URL: "old", Seen: now.Add(-2 * time.Hour), StoryID: "s", Sig: []byte{1}},
	}
	if _, err := db.CommitPoll(ctx, tracker.PollResult{Items: items}); err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := db.RecentStories(ctx, now.Add(-time.Hour), func(url, _ string, _ []byte, _ time.Time) bool { got = append(got, url); return true }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, []string{"a"}) {
		t.Errorf("got %q; want only a", got)
	}
}
