package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"newshound/bot"
	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

func TestConsoleAnswersEachLineAndSurvivesAHugeOne(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "c.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out bytes.Buffer
	console := &bot.Console{Out: &out, JSON: true}
	tr, err := tracker.New(context.Background(), tracker.Config{Store: db, Notifier: console, Client: fetch.New(fetch.Options{})})
	if err != nil {
		t.Fatal(err)
	}
	console.Commands = &bot.Commands{Tracker: tr}
	in := "/track bagram\n\n# a comment\n/track " + strings.Repeat("x", 100_000) + "\n/topics\nno slash\n/help"
	if err := console.Run(context.Background(), strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	var kinds, texts []string
	dec := json.NewDecoder(&out)
	for {
		var m bot.Message
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, m.Kind)
		texts = append(texts, m.Content)
	}
	if len(texts) != 5 {
		t.Fatalf("%d replies for 5 commands: %q", len(texts), texts)
	}
	for i, want := range []string{"Now tracking **bagram**", "longer than 64 KB", "bagram", "start with /", "Newshound"} {
		if !strings.Contains(texts[i], want) || kinds[i] != bot.KindReply {
			t.Errorf("reply %d = %s %q; want a reply containing %q", i, kinds[i], texts[i], want)
		}
	}
}
