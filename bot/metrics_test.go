package bot_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newshound/bot"
	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

func TestMetricsAndHealth(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "m.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	console := &bot.Console{Out: io.Discard}
	tr, err := tracker.New(context.Background(), tracker.Config{Store: db, Notifier: console, Client: fetch.New(fetch.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Track(context.Background(), "g", "c", "bagram"); err != nil {
		t.Fatal(err)
	}
	m := bot.NewMetrics(tr, db)
	m.ObserveInteraction("track", 120*time.Millisecond)
	srv := httptest.NewServer(m.Handler())
	defer srv.Close()

	resp, err := srv.Client().Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{"newshound_polls_total 0", "newshound_topics 1", "newshound_outbox_depth 0",
		`newshound_interaction_seconds_count{command="track"} 1`, "go_goroutines"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}

	resp, err = srv.Client().Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	var health map[string]any
	json.NewDecoder(resp.Body).Decode(&health)
	resp.Body.Close()
	if resp.StatusCode != 200 || health["status"] != "ok" || health["topics"] != float64(1) {
		t.Fatalf("/healthz = %d %v", resp.StatusCode, health)
	}
}
