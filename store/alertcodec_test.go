package store

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"newshound/tracker"
	"newshound/tracker/query"
	"newshound/tracker/quote"
)

// fullAlert sets every field an alert row stored in the binary form has.
func fullAlert(t *testing.T, tz *time.Location) tracker.Alert {
	a := tracker.Alert{
		ID: 42, Kind: tracker.KindAlert, GuildID: "g1", ChannelID: "c1", Topic: `bagram -"air show"`,
		Item: fullItem(t, tz), Hits: []query.Hit{{Term: "bagram", Field: "title"}, {Term: "bagram", Field: "text"}},
		Quote:   &quote.Quote{Text: "We will stay", Speaker: "Z. Mujahid", Cue: "said", Role: "spokesman", Confidence: 0.75},
		Snippet: "Talks resumed. “Quoted”, he said.", Notice: "a notice", Also: []string{"BBC", "AP"}, Rev: 3,
		Created: time.Date(2026, 11, 29, 10, 0, 2, 5, tz), Attempts: 2,
	}
	// Every field but those of other kinds of row is set.
	other := map[string]bool{"Summary": true, "MessageID": true, "Edits": true, "Message": true, "NotBefore": true}
	v := reflect.ValueOf(a)
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		if !other[name] && v.Field(i).IsZero() {
			t.Fatalf("fullAlert leaves Alert.%s unset: a field added to Alert must be added to the alert format, and here", name)
		}
	}
	return a
}

func jsonAlertRoundTrip(t *testing.T, a tracker.Alert) tracker.Alert {
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var out tracker.Alert
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// An alert row reads back in the binary form as its JSON row did.
func TestAlertRowsRoundTripAsJSONDid(t *testing.T) {
	for _, tz := range []*time.Location{time.UTC, time.FixedZone("", 5*3600+1800), time.Local} {
		for _, a := range []tracker.Alert{fullAlert(t, tz), {Kind: tracker.KindAlert, Item: tracker.Item{URL: "u"}}} {
			if !binaryAlert(&a) {
				t.Fatal("an alert row is not stored in the binary form")
			}
			v := appendAlert(nil, &a)
			if len(v) > alertSize(&a) {
				t.Errorf("record of %d bytes, size bound %d", len(v), alertSize(&a))
			}
			got, err := decodeAlert(v)
			if err != nil {
				t.Fatal(err)
			}
			if want := jsonAlertRoundTrip(t, a); !reflect.DeepEqual(got, want) {
				t.Errorf("binary round trip:\n got %+v\nwant %+v", got, want)
			}
			for n := range len(v) {
				if _, err := decodeAlert(v[:n]); err == nil {
					t.Errorf("a row cut to %d of %d bytes decodes", n, len(v))
				}
			}
		}
	}
	for _, a := range []tracker.Alert{
		{Kind: tracker.KindNotice, Notice: "n"},
		{Kind: tracker.KindAlert, NotBefore: time.Now()},
		{Kind: tracker.KindSummary, Summary: &tracker.TopicSummary{Topic: "x"}},
	} {
		if binaryAlert(&a) {
			t.Errorf("%+v would lose fields in the binary form", a)
		}
	}
}

// Rows of both forms are read, queued, folded into and delivered: JSON
// rows of an older database keep working beside binary ones.
func TestOutboxReadsJSONAndBinaryRows(t *testing.T) {
	ctx := context.Background()
	db, err := Open(filepath.Join(t.TempDir(), "n.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	old := tracker.Alert{Kind: tracker.KindAlert, GuildID: "g", ChannelID: "c", Topic: "bagram",
		Item: tracker.Item{URL: "https://a.example/1", Title: "Old row", Outlet: "AP", StoryID: "s1"}, Created: time.Now().UTC()}
	if err := db.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOutbox)
		seq, _ := b.NextSequence()
		old.ID = seq
		return putJSON(b, u64(seq), old)
	}); err != nil {
		t.Fatal(err)
	}
	fresh := old
	fresh.ID, fresh.Item.URL, fresh.Item.Title, fresh.Item.StoryID = 0, "https://a.example/2", "New row", "s2"
	if err := db.Queue(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	if err := db.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketOutbox).Get(u64(2)); len(v) == 0 || v[0] != alertFormat1 {
			t.Errorf("a queued alert is not stored in the binary form: % x", v[:min(len(v), 8)])
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.Deferred(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := db.Deferred(ctx, 2); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Pending(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Item.Title != "Old row" || rows[1].Item.Title != "New row" || rows[0].Attempts != 1 || rows[1].Attempts != 1 {
		t.Fatalf("pending rows %+v", rows)
	}
	if err := db.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOutbox)
		if err := foldInto(b, u64(1), "BBC"); err != nil {
			return err
		}
		return foldInto(b, u64(2), "Reuters")
	}); err != nil {
		t.Fatal(err)
	}
	rows, _ = db.Pending(ctx, 0, 10)
	if len(rows) != 2 || len(rows[0].Also) != 1 || rows[0].Also[0] != "BBC" || rows[1].Rev != 1 || rows[1].Also[0] != "Reuters" {
		t.Fatalf("rows after folding %+v", rows)
	}
	if err := db.Drop(ctx, 1, 2); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.OutboxLen(); n != 0 {
		t.Fatalf("%d rows left after dropping both", n)
	}
}
