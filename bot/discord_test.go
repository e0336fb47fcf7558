package bot_test

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"newshound/bot"
	"newshound/bot/discordtest"
	"newshound/store"
	"newshound/tracker"
	"newshound/tracker/fetch"
)

// newsFeed is an RSS feed on 127.0.0.1 that tests publish to.
type newsFeed struct {
	*httptest.Server
	mu    sync.Mutex
	items []string
	title string // the outlet's name
	polls int    // requests for the feed
}

func newNewsFeed(t *testing.T) *newsFeed { return newOutletFeed(t, "Wire") }

func newOutletFeed(t *testing.T, title string) *newsFeed {
	f := &newsFeed{title: title}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/a/") {
			fmt.Fprint(w, `<html><body><article><p>Officials gathered at Bagram air base on Monday for talks.</p>
<p>"We will not hand it over without guarantees," the defence minister, Rahim Azizi, told reporters.</p></article></body></html>`)
			return
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		f.polls++
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>`+html.EscapeString(f.title)+`</title>`+strings.Join(f.items, "")+`</channel></rss>`)
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *newsFeed) publish(slug, title, desc string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	link := f.URL + "/a/" + slug
	f.items = append([]string{fmt.Sprintf("<item><guid>%s</guid><title>%s</title><link>%s</link><description>%s</description></item>",
		slug, html.EscapeString(title), link, html.EscapeString(desc))}, f.items...)
	return link
}

type discordEnv struct {
	fake    *discordtest.Server
	feed    *newsFeed
	db      *store.DB
	held    *heldDB // db as the tracker sees it
	dbPath  string
	tracker *tracker.Tracker
	discord *bot.Discord
}

// startDiscord wires a tracker, a bbolt store and the Discord front end to
// the fake, on one feed.
func startDiscord(t *testing.T, fake *discordtest.Server, feed *newsFeed, dbPath string) *discordEnv {
	t.Helper()
	db, err := store.Open(dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	held := &heldDB{DB: db}
	sess := fake.Session(t, "test-token")
	d := &bot.Discord{Session: sess, GuildID: discordtest.GuildID, DeferAfter: time.Second}
	tr, err := tracker.New(context.Background(), tracker.Config{
		Store: held, Notifier: d, Client: fetch.New(fetch.Options{AllowPrivate: true}),
		Catalog: []string{feed.URL + "/rss"}, PollFloor: 30 * time.Millisecond, FetchArticles: true,
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
	e := &discordEnv{fake: fake, feed: feed, db: db, held: held, dbPath: dbPath, tracker: tr, discord: d}
	t.Cleanup(e.stop)
	return e
}

// heldDB is the store with a gate on RecentItems, the read a summary
// starts with: a test holds it to make /summary as slow as it wants, on
// any machine. Every other method (and optional interface) is the
// store's own.
type heldDB struct {
	*store.DB
	mu   sync.Mutex
	gate chan struct{} // closed to let held reads go on; nil: none held
}

// hold makes RecentItems wait until release is called.
func (h *heldDB) hold() (release func()) {
	gate := make(chan struct{})
	h.mu.Lock()
	h.gate = gate
	h.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			h.mu.Lock()
			h.gate = nil
			h.mu.Unlock()
			close(gate)
		})
	}
}

func (h *heldDB) RecentItems(ctx context.Context, since time.Time, fn func(tracker.Item) bool) error {
	h.mu.Lock()
	gate := h.gate
	h.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return h.DB.RecentItems(ctx, since, fn)
}

func (e *discordEnv) stop() {
	if e.tracker == nil {
		return
	}
	e.tracker.Close(time.Second)
	e.discord.Close()
	e.db.Close()
	e.tracker = nil
}

func str(name, value string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: value}
}

const manage = discordgo.PermissionManageChannels | discordgo.PermissionViewChannel | discordgo.PermissionSendMessages
const botPerms = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages | discordgo.PermissionEmbedLinks

func (e *discordEnv) command(t *testing.T, name string, perms int64, opts ...*discordgo.ApplicationCommandInteractionDataOption) discordtest.Response {
	t.Helper()
	in := e.fake.Interact(t, discordtest.Interaction{Name: name, Permissions: perms, AppPermissions: botPerms, Options: opts})
	st := e.fake.WaitFor(t, "an answer to /"+name, func(st *discordtest.State) bool {
		for _, r := range st.Responses[in.ID] {
			if r.Kind == discordtest.KindCallback && r.Type == discordgo.InteractionResponseChannelMessageWithSource ||
				r.Kind == discordtest.KindEdit || r.Kind == discordtest.KindFollowup {
				return true
			}
		}
		return false
	})
	rs := st.Responses[in.ID]
	return rs[len(rs)-1]
}

func channelMessages(st *discordtest.State) []*discordtest.Message {
	return st.Messages[discordtest.ChannelID]
}

func TestDiscordEndToEnd(t *testing.T) {
	fake := discordtest.New(t)
	feed := newNewsFeed(t)
	feed.publish("old", "Harbour reopens", "Ships return")
	e := startDiscord(t, fake, feed, filepath.Join(t.TempDir(), "nh.db"))

	t.Run("registers the commands with their options and permissions", func(t *testing.T) {
		st := fake.Snapshot()
		cmds := st.Commands[discordtest.GuildID]
		byName := map[string]*discordgo.ApplicationCommand{}
		for _, c := range cmds {
			byName[c.Name] = c
		}
		for _, name := range []string{"track", "untrack", "topics", "summary", "feeds", "briefing", "help"} {
			if byName[name] == nil {
				t.Fatalf("command /%s not registered; have %d commands", name, len(cmds))
			}
		}
		for _, name := range []string{"track", "untrack", "feeds"} {
			p := byName[name].DefaultMemberPermissions
			if p == nil || *p != discordgo.PermissionManageChannels {
				t.Errorf("/%s default_member_permissions = %v; want Manage Channels", name, p)
			}
		}
		if o := byName["summary"].Options; len(o) != 3 || o[0].Name != "topic" || o[1].Name != "hours" || o[1].Type != discordgo.ApplicationCommandOptionInteger || o[2].Name != "detail" || o[2].Type != discordgo.ApplicationCommandOptionBoolean {
			t.Errorf("/summary options = %+v", o)
		}
		if o := byName["briefing"].Options; len(o) != 2 || o[0].Name != "time" || o[1].Name != "timezone" || o[0].Required || o[1].Required {
			t.Errorf("/briefing options = %+v; want optional time and timezone", o)
		}
		var subs []string
		for _, o := range byName["feeds"].Options {
			subs = append(subs, o.Name)
		}
		if strings.Join(subs, ",") != "add,remove,list" {
			t.Errorf("/feeds subcommands = %v", subs)
		}
		if len(st.Commands[discordtest.GlobalScope]) != 0 {
			t.Error("commands registered globally although a guild was given")
		}
	})

	t.Run("asks for no privileged intent", func(t *testing.T) {
		id := fake.Snapshot().Identify
		privileged := discordgo.IntentsGuildMembers | discordgo.IntentsGuildPresences | discordgo.IntentsMessageContent
		if id == nil || id.Intents&privileged != 0 {
			t.Fatalf("identify = %+v; want no privileged intents", id)
		}
	})

	t.Run("refuses /track without Manage Channels", func(t *testing.T) {
		r := e.command(t, "track", discordgo.PermissionViewChannel|discordgo.PermissionSendMessages, str("topic", "bagram"))
		if r.Payload.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(r.Payload.Content, "Manage Channels") {
			t.Fatalf("reply = %+v; want an ephemeral refusal naming Manage Channels", r.Payload)
		}
	})

	t.Run("track confirms and alerts arrive as embeds", func(t *testing.T) {
		r := e.command(t, "track", manage, str("topic", "Bagram"))
		if !strings.Contains(r.Payload.Content, "**bagram**") {
			t.Fatalf("track reply = %+v", r.Payload)
		}
		link := feed.publish("b1", "@everyone Talks at Bagram <@&1234>", "Officials met at Bagram.")
		feed.publish("u1", "Storm hits the coast", "Rain")
		st := fake.WaitFor(t, "an alert in the channel", func(st *discordtest.State) bool { return len(channelMessages(st)) > 0 })
		msgs := channelMessages(&st)
		m := msgs[0].Payload
		if len(m.Embeds) != 1 || m.Embeds[0].URL != link {
			t.Fatalf("alert = %+v; want one embed linking %s", m, link)
		}
		if m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0 {
			t.Fatalf("allowed_mentions = %+v; want parse: []", m.AllowedMentions)
		}
		if !strings.Contains(m.Embeds[0].Title, `\@everyone`) {
			t.Errorf("title %q keeps a raw @everyone", m.Embeds[0].Title)
		}
		if m.Nonce == "" || !m.EnforceNonce {
			t.Errorf("nonce = %q, enforce = %v; want both", m.Nonce, m.EnforceNonce)
		}
		if !strings.Contains(m.Embeds[0].Description, "Rahim Azizi") {
			t.Errorf("alert description %q lacks the article's quote and speaker", m.Embeds[0].Description)
		}
	})

	t.Run("anyone sees the briefing setting; changing it needs Manage Channels", func(t *testing.T) {
		viewer := int64(discordgo.PermissionViewChannel | discordgo.PermissionSendMessages)
		if r := e.command(t, "briefing", viewer); !strings.Contains(r.Payload.Content, "no daily briefing") {
			t.Fatalf("/briefing = %+v; want it to say there is none", r.Payload)
		}
		r := e.command(t, "briefing", viewer, str("time", "08:00"), str("timezone", "Europe/London"))
		if r.Payload.Flags&discordgo.MessageFlagsEphemeral == 0 || !strings.Contains(r.Payload.Content, "Manage Channels") {
			t.Fatalf("/briefing time:08:00 without Manage Channels = %+v; want an ephemeral refusal", r.Payload)
		}
		if r := e.command(t, "briefing", manage, str("time", "08:00"), str("timezone", "Europe/London")); !strings.Contains(r.Payload.Content, "**08:00 Europe/London**") {
			t.Fatalf("/briefing time:08:00 timezone:Europe/London = %+v", r.Payload)
		}
		if r := e.command(t, "briefing", viewer); !strings.Contains(r.Payload.Content, "**08:00 Europe/London**") {
			t.Fatalf("/briefing = %+v; want the setting", r.Payload)
		}
		if r := e.command(t, "briefing", manage, str("time", "off")); !strings.Contains(r.Payload.Content, "Stopped") {
			t.Fatalf("/briefing time:off = %+v", r.Payload)
		}
	})

	t.Run("autocomplete offers the channel's topics", func(t *testing.T) {
		opt := str("topic", "bag")
		opt.Focused = true
		in := fake.Interact(t, discordtest.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete, Name: "untrack", Permissions: manage, Options: []*discordgo.ApplicationCommandInteractionDataOption{opt}})
		st := fake.WaitFor(t, "autocomplete choices", func(st *discordtest.State) bool { return len(st.Responses[in.ID]) > 0 })
		r := st.Responses[in.ID][0]
		if r.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(r.Payload.Choices) != 1 || r.Payload.Choices[0].Value != "bagram" {
			t.Fatalf("autocomplete = %+v", r)
		}
	})

	t.Run("summary is answered, deferred while it is slow", func(t *testing.T) {
		// The summary's read of the store is held until the deferral is
		// seen: the command is slow for as long as the test says, and the
		// bot must defer without waiting for it. (DeferAfter alone, even at
		// 1 ns, made no command slow: on a loaded machine the summary
		// sometimes finished before the bot's goroutine got to its select,
		// which rightly answered at once, and no edit ever came.)
		e.discord.DeferAfter = time.Nanosecond
		defer func() { e.discord.DeferAfter = time.Second }()
		release := e.held.hold()
		defer release()
		in := fake.Interact(t, discordtest.Interaction{Name: "summary", Permissions: discordgo.PermissionViewChannel, AppPermissions: botPerms, Options: []*discordgo.ApplicationCommandInteractionDataOption{str("topic", "bagram")}})
		st := fake.WaitFor(t, "the deferral", func(st *discordtest.State) bool { return len(st.Responses[in.ID]) > 0 })
		if r := st.Responses[in.ID][0]; r.Kind != discordtest.KindCallback || r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
			t.Fatalf("first response %+v while the summary runs; want a deferral (type 5)", r)
		}
		release()
		st = fake.WaitFor(t, "the edited summary", func(st *discordtest.State) bool {
			for _, r := range st.Responses[in.ID] {
				if r.Kind == discordtest.KindEdit {
					return true
				}
			}
			return false
		})
		rs := st.Responses[in.ID]
		edit := rs[len(rs)-1].Payload
		if !strings.Contains(edit.Content, "bagram") || len(edit.Embeds) == 0 {
			t.Fatalf("summary edit = %+v", edit)
		}
	})
}

// An interaction that took most of Discord's 3 s to arrive (a delayed
// gateway, a paused host) is deferred at once, counting from the time in
// its id, not a full DeferAfter after the bot got it. The fake's deadline is
// a minute, so a late deferral would still be seen: the test fails by
// waiting for one that, with DeferAfter at a minute, would never come in
// time.
func TestDiscordDefersAnInteractionThatArrivedLate(t *testing.T) {
	fake := discordtest.New(t, discordtest.WithInteractionDeadline(time.Minute))
	feed := newNewsFeed(t)
	e := startDiscord(t, fake, feed, filepath.Join(t.TempDir(), "nh.db"))
	e.discord.DeferAfter = time.Minute
	release := e.held.hold()
	defer release()
	in := fake.Interact(t, discordtest.Interaction{Name: "summary", Delay: 2400 * time.Millisecond, Permissions: discordgo.PermissionViewChannel, AppPermissions: botPerms, Options: []*discordgo.ApplicationCommandInteractionDataOption{str("topic", "bagram")}})
	st := fake.WaitFor(t, "the deferral", func(st *discordtest.State) bool { return len(st.Responses[in.ID]) > 0 })
	if r := st.Responses[in.ID][0]; r.Kind != discordtest.KindCallback || r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("first response %+v while the summary runs; want a deferral (type 5)", r)
	}
	release()
	fake.WaitFor(t, "the edited summary", func(st *discordtest.State) bool {
		for _, r := range st.Responses[in.ID] {
			if r.Kind == discordtest.KindEdit {
				return true
			}
		}
		return false
	})
}

func TestDiscordDeliveryRetriesAndPauses(t *testing.T) {
	fake := discordtest.New(t)
	feed := newNewsFeed(t)
	e := startDiscord(t, fake, feed, filepath.Join(t.TempDir(), "nh.db"))
	e.command(t, "track", manage, str("topic", "bagram"))

	// 429 once: discordgo waits retry_after and the alert is posted once.
	fake.FailNext("POST", "/channels/*/messages", http.StatusTooManyRequests, 1)
	feed.publish("r1", "Bagram after a rate limit", "x")
	fake.WaitFor(t, "the rate-limited alert", func(st *discordtest.State) bool { return len(channelMessages(st)) == 1 })

	// 500 twice: the row stays in the outbox and goes out later.
	fake.FailNext("POST", "/channels/*/messages", http.StatusInternalServerError, 2)
	feed.publish("r2", "Bagram during an outage", "y")
	fake.WaitFor(t, "the alert after the outage", func(st *discordtest.State) bool { return len(channelMessages(st)) == 2 })

	// 403: the subscription is paused, no retry storm.
	fake.FailNext("POST", "/channels/*/messages", http.StatusForbidden, 100)
	feed.publish("r3", "Bagram behind closed doors", "z")
	waitUntil(t, "the subscription paused", func() bool {
		subs, _ := e.tracker.Topics(context.Background(), discordtest.GuildID, discordtest.ChannelID)
		return len(subs) == 1 && subs[0].Paused
	})
	// The reason is what a member can read and act on, not Discord's JSON.
	subs, _ := e.tracker.Topics(context.Background(), discordtest.GuildID, discordtest.ChannelID)
	if r := subs[0].Reason; strings.ContainsAny(r, "{}\"") || strings.Contains(r, "403") || !strings.Contains(r, "the bot") && !strings.Contains(r, "Discord") {
		t.Errorf("pause reason %q; want it in plain words", r)
	}
	posts := 0
	for _, r := range fake.Snapshot().Requests {
		if r.Method == "POST" && strings.HasSuffix(r.Path, "/messages") && r.Status == http.StatusForbidden {
			posts++
		}
	}
	if posts > 2 {
		t.Fatalf("%d POSTs answered 403; want the channel paused after the first", posts)
	}
}

func TestDiscordOutboxSurvivesRestart(t *testing.T) {
	fake := discordtest.New(t)
	feed := newNewsFeed(t)
	dbPath := filepath.Join(t.TempDir(), "nh.db")
	e := startDiscord(t, fake, feed, dbPath)
	e.command(t, "track", manage, str("topic", "bagram"))
	fake.FailNext("POST", "/channels/*/messages", http.StatusBadGateway, 1000)
	feed.publish("o1", "Bagram while Discord is down", "x")
	waitUntil(t, "a pending row", func() bool { n, _ := e.db.OutboxLen(); return n == 1 })
	e.stop()

	fake.ClearFailures()
	startDiscord(t, fake, feed, dbPath)
	st := fake.WaitFor(t, "the alert after restart", func(st *discordtest.State) bool { return len(channelMessages(st)) == 1 })
	if title := channelMessages(&st)[0].Payload.Embeds[0].Title; !strings.Contains(title, "Discord is down") {
		t.Fatalf("delivered %q", title)
	}
}

func TestDiscordEmbedLimitsWithHugeTitle(t *testing.T) {
	fake := discordtest.New(t)
	feed := newNewsFeed(t)
	e := startDiscord(t, fake, feed, filepath.Join(t.TempDir(), "nh.db"))
	e.command(t, "track", manage, str("topic", "bagram"))
	feed.publish("huge", "Bagram "+strings.Repeat("very long headline ", 10_000/19), strings.Repeat("text ", 3000))
	st := fake.WaitFor(t, "the alert", func(st *discordtest.State) bool { return len(channelMessages(st)) == 1 })
	em := channelMessages(&st)[0].Payload.Embeds[0]
	if n := utf8.RuneCountInString(em.Title); n > 256 {
		t.Fatalf("title of %d runes posted; Discord allows 256", n)
	}
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
