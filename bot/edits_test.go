package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"newshound/bot"
	"newshound/bot/discordtest"
	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

// skipClock is real time plus an offset a test moves forward, to skip the
// minute between two edits of a message while polls go on.
//
// The tracker stamps a delivery with its clock after the send returns, so
// a test skips only once the last message or edit it saw is recorded
// (waitOutboxEmpty): a skip between the send and its record dates the
// message a minute late, and its next edit is then due after the test's
// last skip, never within the test.
type skipClock struct{ off atomic.Int64 }

func (c *skipClock) Now() time.Time       { return time.Now().Add(time.Duration(c.off.Load())) }
func (c *skipClock) skip(d time.Duration) { c.off.Add(int64(d)) }

func (f *newsFeed) pollCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.polls
}

// publishCopy publishes an item and waits until the poll that took it has
// been committed (the feed was polled once more after it).
func publishCopy(t *testing.T, f *newsFeed, slug, title, desc string) {
	t.Helper()
	n := f.pollCount()
	f.publish(slug, title, desc)
	deadline := time.Now().Add(30 * time.Second)
	for f.pollCount() < n+2 {
		if time.Now().After(deadline) {
			t.Fatalf("%s was not polled", slug)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitOutboxEmpty waits until every row is delivered and recorded: the
// last one leaves the outbox in the transaction that records its message
// (or edit) and the time.
func waitOutboxEmpty(t *testing.T, db *store.DB) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		n, err := db.OutboxLen()
		if err == nil && n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d rows still in the outbox (%v)", n, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// requests counts the fake's requests of method whose path starts with
// prefix, by status.
func requests(st *discordtest.State, method, prefix string) map[int]int {
	out := map[int]int{}
	for _, r := range st.Requests {
		if r.Method == method && strings.HasPrefix(r.Path, prefix) {
			out[r.Status]++
		}
	}
	return out
}

const handoverLead = "KABUL — U.S. and Afghan officials on Saturday formally handed over Bagram Air Base, the largest American military installation in Afghanistan, to the Afghan national army."
const riotLead = "Inmates at the Parwan detention facility near Bagram rioted for six hours on Tuesday, setting fire to two cell blocks before guards regained control, officials said."

func TestDiscordEditsTheDeliveredAlertAsOutletsJoinTheStory(t *testing.T) {
	fake := discordtest.New(t)
	names := []string{"Alpha Wire", "Beta News", "Gamma Post", "Delta Daily"}
	var feeds []*newsFeed
	var catalog []string
	for _, n := range names {
		f := newOutletFeed(t, n)
		feeds = append(feeds, f)
		catalog = append(catalog, f.URL+"/rss")
	}
	clk := &skipClock{}
	db, err := store.Open(filepath.Join(t.TempDir(), "nh.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &bot.Discord{Session: fake.Session(t, "test-token"), GuildID: discordtest.GuildID}
	tr, err := tracker.New(context.Background(), tracker.Config{
		Store: db, Notifier: d, Client: fetch.New(fetch.Options{AllowPrivate: true}),
		Catalog: catalog, PollFloor: 30 * time.Millisecond, Now: clk.Now,
	})
	if err != nil {
		t.Fatal(err)
	}
	d.Commands = &bot.Commands{Tracker: tr}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := d.Open(ctx); err != nil {
		t.Fatal(err)
	}
	tr.Start(context.Background())
	t.Cleanup(func() { tr.Close(time.Second); d.Close(); db.Close() })
	if _, err := tr.Track(ctx, discordtest.GuildID, discordtest.ChannelID, "bagram"); err != nil {
		t.Fatal(err)
	}

	feeds[0].publish("handover", "US hands over Bagram air base to Afghan army", handoverLead)
	st := fake.WaitFor(t, "the alert", func(st *discordtest.State) bool { return len(channelMessages(st)) == 1 })
	waitOutboxEmpty(t, db)
	alert := channelMessages(&st)[0]
	before := alert.Payload.Embeds[0].Description

	// Two outlets within the minute, and Discord failing once: one edit,
	// after the failure, naming both.
	fake.FailNext("PATCH", "/channels/*/messages/*", http.StatusInternalServerError, 1)
	publishCopy(t, feeds[1], "beta", "Americans hand Bagram air base over to Afghan army", handoverLead)
	publishCopy(t, feeds[2], "gamma", "Bagram air base handed to the Afghan army", handoverLead)
	clk.skip(tracker.EditEvery)
	fake.WaitFor(t, "the edit", func(st *discordtest.State) bool { return len(channelMessages(st)[0].Edits) == 1 })
	waitOutboxEmpty(t, db)
	st = fake.Snapshot()
	edited := channelMessages(&st)[0]
	desc := edited.Payload.Embeds[0].Description
	if !strings.Contains(desc, "Also reported by ") || !strings.Contains(desc, "Beta News") || !strings.Contains(desc, "Gamma Post") ||
		!strings.Contains(desc, "(3 outlets)") || strings.Contains(before, "Also reported") {
		t.Fatalf("edited description %q (was %q); want Beta News and Gamma Post added (3 outlets)", desc, before)
	}
	if edited.Payload.Content != alert.Payload.Content || edited.Payload.Embeds[0].Title != alert.Payload.Embeds[0].Title {
		t.Errorf("the edit changed more than the sources: %+v", edited.Payload)
	}
	if got := requests(&st, "PATCH", "/channels/"); got[500] != 1 || got[200] != 1 || len(got) != 2 {
		t.Errorf("edit requests by status = %v; want one failure, then one edit", got)
	}

	// A moderator deletes the alert: the next edit gets 404, is dropped
	// and never retried, and nothing is posted in its place.
	fake.DeleteMessage(discordtest.ChannelID, alert.ID)
	publishCopy(t, feeds[3], "delta", "Afghan army takes over Bagram air base from US", handoverLead)
	clk.skip(tracker.EditEvery)
	fake.WaitFor(t, "the edit of the deleted message", func(st *discordtest.State) bool {
		return requests(st, "PATCH", "/channels/")[404] == 1
	})
	waitOutboxEmpty(t, db)

	// A second story whose edit Discord forbids (403): dropped too.
	feeds[0].publish("riot", "Riot at prison near Bagram leaves cell blocks burned", riotLead)
	fake.WaitFor(t, "the second alert", func(st *discordtest.State) bool { return len(channelMessages(st)) == 2 })
	waitOutboxEmpty(t, db)
	fake.FailNext("PATCH", "/channels/*/messages/*", http.StatusForbidden, 1)
	publishCopy(t, feeds[1], "riot-beta", "Bagram prison riot: cell blocks burned", riotLead)
	clk.skip(tracker.EditEvery)
	fake.WaitFor(t, "the forbidden edit", func(st *discordtest.State) bool {
		return requests(st, "PATCH", "/channels/")[403] == 1
	})
	waitOutboxEmpty(t, db)

	st = fake.Snapshot()
	if got := requests(&st, "PATCH", "/channels/"); got[404] != 1 || got[403] != 1 || got[200] != 1 {
		t.Errorf("edit requests by status = %v; want the deleted and forbidden edits tried once each", got)
	}
	if got := requests(&st, "POST", "/channels/"); got[200] != 2 || len(got) != 1 {
		t.Errorf("messages posted by status = %v; want the two alerts only: an edit never posts", got)
	}
}

// lines is a writer that keeps what the console prints, line by line.
type lines struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *lines) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *lines) messages(t *testing.T) []bot.Message {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []bot.Message
	for _, line := range strings.Split(strings.TrimSpace(l.buf.String()), "\n") {
		if line == "" {
			continue
		}
		var m bot.Message
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("console line %q is not JSON: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

func (l *lines) wait(t *testing.T, what string, cond func([]bot.Message) bool) []bot.Message {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ms := l.messages(t)
		if cond(ms) {
			return ms
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s; console printed %d messages", what, len(ms))
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func ofKind(ms []bot.Message, kind string) []bot.Message {
	var out []bot.Message
	for _, m := range ms {
		if m.Kind == kind {
			out = append(out, m)
		}
	}
	return out
}

func TestConsoleJSONPrintsAnUpdateWholeUnderTheAlertsID(t *testing.T) {
	a, b := newOutletFeed(t, "Alpha Wire"), newOutletFeed(t, "Beta News")
	db, err := store.Open(filepath.Join(t.TempDir(), "c.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := &lines{}
	console := &bot.Console{Out: out, JSON: true}
	clk := &skipClock{}
	tr, err := tracker.New(context.Background(), tracker.Config{
		Store: db, Notifier: console, Client: fetch.New(fetch.Options{AllowPrivate: true}),
		Catalog: []string{a.URL + "/rss", b.URL + "/rss"}, PollFloor: 30 * time.Millisecond, Now: clk.Now,
	})
	if err != nil {
		t.Fatal(err)
	}
	console.Commands = &bot.Commands{Tracker: tr}
	tr.Start(context.Background())
	t.Cleanup(func() { tr.Close(time.Second); db.Close() })
	if err := console.Run(context.Background(), strings.NewReader("/track bagram\n")); err != nil {
		t.Fatal(err)
	}
	a.publish("handover", "US hands over Bagram air base to Afghan army", handoverLead)
	ms := out.wait(t, "the alert", func(ms []bot.Message) bool { return len(ofKind(ms, bot.KindAlert)) == 1 })
	alert := ofKind(ms, bot.KindAlert)[0]
	waitOutboxEmpty(t, db)
	if alert.ID == "" || len(alert.Embeds) != 1 || strings.Contains(alert.Embeds[0].Description, "Also reported") {
		t.Fatalf("alert = %+v; want an id and one embed without other sources", alert)
	}
	publishCopy(t, b, "beta", "Americans hand Bagram air base over to Afghan army", handoverLead)
	clk.skip(tracker.EditEvery)
	ms = out.wait(t, "the update", func(ms []bot.Message) bool { return len(ofKind(ms, bot.KindUpdate)) == 1 })
	u := ofKind(ms, bot.KindUpdate)[0]
	if u.ID != alert.ID || u.Content != alert.Content || len(u.Embeds) != 1 || u.Embeds[0].Title != alert.Embeds[0].Title ||
		!strings.HasSuffix(u.Embeds[0].Description, "Also reported by Beta News (2 outlets).") {
		t.Fatalf("update = %+v; want the alert %s whole again, also reported by Beta News", u, alert.ID)
	}
	if n := len(ofKind(ms, bot.KindAlert)); n != 1 {
		t.Fatalf("%d alerts printed; want 1", n)
	}
	// The raw line says "kind":"update" and the alert's "id".
	var raw map[string]any
	out.mu.Lock()
	printed := out.buf.String()
	out.mu.Unlock()
	for _, line := range strings.Split(printed, "\n") {
		if strings.Contains(line, `"kind":"update"`) {
			json.Unmarshal([]byte(line), &raw)
		}
	}
	if raw["id"] != alert.ID || raw["allowed_mentions"] == nil {
		t.Fatalf("update line = %v; want id %s and the whole payload", raw, alert.ID)
	}
}

func TestConsoleShowsAnUpdateAsOneReadableLine(t *testing.T) {
	row := tracker.Alert{ID: 7, Kind: tracker.KindAlert, Topic: "bagram", Also: []string{"Beta News", "Gamma Post"},
		Item: tracker.Item{Title: "US hands over Bagram air base", Outlet: "Alpha Wire", URL: "https://alpha.example/1"}}
	var out bytes.Buffer
	c := &bot.Console{Out: &out}
	if _, err := c.Notify(context.Background(), []tracker.Alert{{Kind: tracker.KindUpdate, Topic: "bagram", MessageID: "42", Message: []tracker.Alert{row}}}); err != nil {
		t.Fatal(err)
	}
	want := "── update ──\n↻ The earlier alert on bagram now has more sources: “US hands over Bagram air base” — Alpha Wire, also Beta News, Gamma Post (3 outlets)\n\n"
	if out.String() != want {
		t.Fatalf("console printed %q; want %q", out.String(), want)
	}
}
