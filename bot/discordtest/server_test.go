package discordtest_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"newshound/bot/discordapi"
	"newshound/bot/discordtest"
)

// handlerErrs collects errors from discordgo handlers, which run in their
// own goroutines and must not call t.Fatal.
type handlerErrs chan error

func (h handlerErrs) put(tag string, err error) {
	if err != nil {
		err = fmt.Errorf("%s: %w", tag, err)
	}
	h <- err
}

// next returns the next reported error, failing t after a timeout.
func (h handlerErrs) next(t *testing.T) error {
	t.Helper()
	select {
	case err := <-h:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("no report from the handler")
		return nil
	}
}

// testBot is a minimal bot: its handler answers each command by name.
func testBot(errs handlerErrs) func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	return func(s *discordgo.Session, ic *discordgo.InteractionCreate) {
		in := ic.Interaction
		msg := func(content string) *discordgo.InteractionResponse {
			return &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: content, Flags: discordgo.MessageFlagsEphemeral},
			}
		}
		if in.Type == discordgo.InteractionApplicationCommandAutocomplete {
			errs.put("autocomplete", s.InteractionRespond(in, &discordgo.InteractionResponse{
				Type: discordgo.InteractionApplicationCommandAutocompleteResult,
				Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{
					{Name: "Climate", Value: "climate"},
				}},
			}))
			return
		}
		data := in.ApplicationCommandData()
		switch data.Name {
		case "echo":
			text := "no options"
			if len(data.Options) > 0 {
				text = fmt.Sprintf("%s=%v (perms %d)", data.Options[0].Name, data.Options[0].Value, in.Member.Permissions)
			}
			errs.put("echo", s.InteractionRespond(in, msg(text)))
		case "defer":
			err := s.InteractionRespond(in, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
			if err == nil {
				content := "done"
				_, err = s.InteractionResponseEdit(in, &discordgo.WebhookEdit{Content: &content})
			}
			if err == nil {
				_, err = s.FollowupMessageCreate(in, true, &discordgo.WebhookParams{Content: "and one more"})
			}
			errs.put("defer", err)
		case "twice":
			if err := s.InteractionRespond(in, msg("first")); err != nil {
				errs.put("twice first", err)
				return
			}
			errs <- s.InteractionRespond(in, msg("second"))
		case "edit-first":
			content := "too early"
			_, err := s.InteractionResponseEdit(in, &discordgo.WebhookEdit{Content: &content})
			errs <- err
		case "slow":
			time.Sleep(100 * time.Millisecond)
			errs <- s.InteractionRespond(in, msg("late"))
		default:
			errs.put("unknown command "+data.Name, errors.New("no handler"))
		}
	}
}

// restCode returns the HTTP status and Discord code of a REST error.
func restCode(err error) (int, int) {
	var re *discordgo.RESTError
	if !errors.As(err, &re) || re.Message == nil {
		return 0, 0
	}
	return re.Response.StatusCode, re.Message.Code
}

func TestBotSession(t *testing.T) {
	fake := discordtest.New(t)
	sess := fake.Session(t, "test-token")
	sess.Identify.Intents = discordgo.IntentsGuilds
	errs := make(handlerErrs, 16)
	sess.AddHandler(testBot(errs))
	start := time.Now()
	fake.Open(t, sess)
	t.Logf("open took %v", time.Since(start))

	t.Run("IdentifyRecorded", func(t *testing.T) {
		st := fake.Snapshot()
		if st.Identify == nil {
			t.Fatal("no identify recorded")
		}
		if got, want := st.Identify.Intents, discordgo.IntentsGuilds; got != want {
			t.Errorf("intents = %d; want %d", got, want)
		}
		if got, want := st.Identify.Token, "Bot test-token"; got != want {
			t.Errorf("token = %q; want %q", got, want)
		}
		if sess.State.User == nil || sess.State.User.ID != discordtest.BotUserID || !sess.State.User.Bot {
			t.Errorf("session user = %+v; want bot %s", sess.State.User, discordtest.BotUserID)
		}
	})

	t.Run("BulkOverwriteRecorded", func(t *testing.T) {
		cmds := []*discordgo.ApplicationCommand{
			{Name: "echo", Description: "Echo", Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "text", Description: "Text", Required: true, Autocomplete: true},
			}},
			{Name: "defer", Description: "Deferred"},
		}
		got, err := sess.ApplicationCommandBulkOverwrite(discordtest.AppID, discordtest.GuildID, cmds)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].ID == "" || got[0].ID == got[1].ID {
			t.Fatalf("overwrite returned %+v; want 2 commands with distinct ids", got)
		}
		// Overwriting again keeps ids by name and replaces the set.
		again, err := sess.ApplicationCommandBulkOverwrite(discordtest.AppID, discordtest.GuildID, cmds[:1])
		if err != nil {
			t.Fatal(err)
		}
		if again[0].ID != got[0].ID {
			t.Errorf("id after second overwrite = %s; want %s", again[0].ID, got[0].ID)
		}
		st := fake.Snapshot()
		if n := len(st.Commands[discordtest.GuildID]); n != 1 {
			t.Errorf("guild commands = %d; want 1", n)
		}
		if n := len(st.Commands[discordtest.GlobalScope]); n != 0 {
			t.Errorf("global commands = %d; want 0", n)
		}
		if _, err := sess.ApplicationCommandBulkOverwrite(discordtest.AppID, "", cmds); err != nil {
			t.Fatal(err)
		}
		listed, err := sess.ApplicationCommands(discordtest.AppID, "")
		if err != nil || len(listed) != 2 {
			t.Errorf("global commands listed = %d, %v; want 2, nil", len(listed), err)
		}
	})

	t.Run("RespondWithMessage", func(t *testing.T) {
		in := fake.Interact(t, discordtest.Interaction{
			Name:        "echo",
			Permissions: discordgo.PermissionManageChannels,
			Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "text", Type: discordgo.ApplicationCommandOptionString, Value: "hello"},
			},
		})
		st := fake.WaitFor(t, "reply to /echo", func(st *discordtest.State) bool { return len(st.Responses[in.ID]) > 0 })
		if err := errs.next(t); err != nil {
			t.Fatal(err)
		}
		r := st.Responses[in.ID][0]
		want := fmt.Sprintf("text=hello (perms %d)", discordgo.PermissionManageChannels)
		if r.Kind != discordtest.KindCallback || r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.Payload.Content != want {
			t.Errorf("response = %s type %d %q; want callback type 4 %q", r.Kind, r.Type, r.Payload.Content, want)
		}
		if r.Payload.Flags != discordgo.MessageFlagsEphemeral {
			t.Errorf("flags = %d; want ephemeral", r.Payload.Flags)
		}
	})

	t.Run("DeferThenEditAndFollowup", func(t *testing.T) {
		in := fake.Interact(t, discordtest.Interaction{Name: "defer"})
		if err := errs.next(t); err != nil {
			t.Fatal(err)
		}
		rs := fake.Snapshot().Responses[in.ID]
		if len(rs) != 3 {
			t.Fatalf("responses = %+v; want 3", rs)
		}
		if rs[0].Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
			t.Errorf("callback type = %d; want 5", rs[0].Type)
		}
		if rs[1].Kind != discordtest.KindEdit || rs[1].MessageID != "@original" || rs[1].Payload.Content != "done" {
			t.Errorf("second response = %+v; want edit of @original to \"done\"", rs[1])
		}
		if rs[2].Kind != discordtest.KindFollowup || rs[2].Payload.Content != "and one more" {
			t.Errorf("third response = %+v; want followup", rs[2])
		}
	})

	t.Run("SecondAckIs40060", func(t *testing.T) {
		fake.Interact(t, discordtest.Interaction{Name: "twice"})
		err := errs.next(t)
		if status, code := restCode(err); status != http.StatusBadRequest || code != 40060 {
			t.Errorf("second ack: %v; want 400 code 40060", err)
		}
	})

	t.Run("EditBeforeAckIs10015", func(t *testing.T) {
		fake.Interact(t, discordtest.Interaction{Name: "edit-first"})
		err := errs.next(t)
		if status, code := restCode(err); status != http.StatusNotFound || code != 10015 {
			t.Errorf("edit before ack: %v; want 404 code 10015", err)
		}
	})

	t.Run("Autocomplete", func(t *testing.T) {
		in := fake.Interact(t, discordtest.Interaction{
			Type: discordgo.InteractionApplicationCommandAutocomplete,
			Name: "echo",
			Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "text", Type: discordgo.ApplicationCommandOptionString, Value: "cli", Focused: true},
			},
		})
		if err := errs.next(t); err != nil {
			t.Fatal(err)
		}
		rs := fake.Snapshot().Responses[in.ID]
		if len(rs) != 1 || rs[0].Type != discordgo.InteractionApplicationCommandAutocompleteResult ||
			len(rs[0].Payload.Choices) != 1 || rs[0].Payload.Choices[0].Value != "climate" {
			t.Errorf("autocomplete responses = %+v; want one type 8 with choice climate", rs)
		}
	})

	t.Run("UsersMeAndChannel", func(t *testing.T) {
		u, err := sess.User("@me")
		if err != nil || u.ID != discordtest.BotUserID {
			t.Errorf("GET /users/@me = %+v, %v; want bot user", u, err)
		}
		c, err := sess.Channel(discordtest.ChannelID)
		if err != nil || c.ID != discordtest.ChannelID || c.GuildID != discordtest.GuildID {
			t.Errorf("GET /channels = %+v, %v", c, err)
		}
	})

	t.Run("ChannelMessageLifecycle", func(t *testing.T) {
		m, err := sess.ChannelMessageSendComplex(discordtest.ChannelID, &discordgo.MessageSend{
			Content: "breaking", Files: []*discordgo.File{{Name: "a.txt", Reader: strings.NewReader("x")}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := sess.ChannelMessageEdit(discordtest.ChannelID, m.ID, "updated"); err != nil {
			t.Fatal(err)
		}
		got, err := sess.ChannelMessage(discordtest.ChannelID, m.ID)
		if err != nil || got.Content != "updated" {
			t.Errorf("message after edit = %+v, %v; want content updated", got, err)
		}
		if err := sess.ChannelMessageDelete(discordtest.ChannelID, m.ID); err != nil {
			t.Fatal(err)
		}
		ms := fake.Snapshot().Messages[discordtest.ChannelID]
		last := ms[len(ms)-1]
		if last.ID != m.ID || !last.Deleted || last.Payload.Files != 1 {
			t.Errorf("recorded = %+v; want deleted multipart message with 1 file", last)
		}
		_, err = sess.ChannelMessageSend(discordtest.ChannelID, "")
		if status, code := restCode(err); status != http.StatusBadRequest || code != 50006 {
			t.Errorf("empty message: %v; want 400 code 50006", err)
		}
	})

	t.Run("EditsAreRecordedAndADeletedMessageIs404", func(t *testing.T) {
		m, err := sess.ChannelMessageSend(discordtest.ChannelID, "first")
		if err != nil {
			t.Fatal(err)
		}
		content := "second"
		embeds := []*discordgo.MessageEmbed{{Title: "Also reported by BBC"}}
		if _, err := sess.ChannelMessageEditComplex(&discordgo.MessageEdit{Channel: discordtest.ChannelID, ID: m.ID, Content: &content}); err != nil {
			t.Fatal(err)
		}
		if _, err := sess.ChannelMessageEditComplex(&discordgo.MessageEdit{Channel: discordtest.ChannelID, ID: m.ID, Embeds: &embeds}); err != nil {
			t.Fatal(err)
		}
		ms := fake.Snapshot().Messages[discordtest.ChannelID]
		got := ms[len(ms)-1]
		if len(got.Edits) != 2 || got.Edits[0].Content != "second" || len(got.Edits[1].Embeds) != 1 ||
			got.Payload.Content != "second" || len(got.Payload.Embeds) != 1 {
			t.Fatalf("recorded = %+v; want two edits, the message showing both", got)
		}
		if !fake.DeleteMessage(discordtest.ChannelID, m.ID) || fake.DeleteMessage(discordtest.ChannelID, m.ID) {
			t.Fatal("DeleteMessage: want true once, then false")
		}
		_, err = sess.ChannelMessageEdit(discordtest.ChannelID, m.ID, "third")
		if status, code := restCode(err); status != http.StatusNotFound || code != 10008 {
			t.Errorf("edit of a deleted message: %v; want 404 code 10008", err)
		}
		_, err = sess.ChannelMessageEdit(discordtest.ChannelID, "1", "third")
		if status, code := restCode(err); status != http.StatusNotFound || code != 10008 {
			t.Errorf("edit of an unknown message: %v; want 404 code 10008", err)
		}
		if ms := fake.Snapshot().Messages[discordtest.ChannelID]; len(ms[len(ms)-1].Edits) != 2 {
			t.Error("a refused edit was recorded")
		}
	})

	t.Run("RequestsRecordedWithStatus", func(t *testing.T) {
		st := fake.Snapshot()
		if len(st.Requests) == 0 || st.Requests[0].Path != "/gateway" || st.Requests[0].Status != http.StatusOK {
			t.Errorf("first request = %+v; want GET /gateway 200", st.Requests[0])
		}
		if len(st.Unknown) != 0 {
			t.Errorf("unknown routes: %v", st.Unknown)
		}
	})
}

func TestCallbackAfterDeadlineIs10062(t *testing.T) {
	t.Parallel()
	fake := discordtest.New(t, discordtest.WithInteractionDeadline(50*time.Millisecond))
	sess := fake.Session(t, "test-token")
	errs := make(handlerErrs, 4)
	sess.AddHandler(testBot(errs))
	fake.Open(t, sess)
	fake.Interact(t, discordtest.Interaction{Name: "slow"})
	err := errs.next(t)
	if status, code := restCode(err); status != http.StatusNotFound || code != 10062 {
		t.Errorf("late callback: %v; want 404 code 10062", err)
	}
}

// An interaction's id is a snowflake of when Discord created it, and its
// deadline counts from then: one that took longer than the deadline to
// arrive can no longer be answered, even at once.
func TestInteractionIDIsDatedAndDelayCountsAgainstTheDeadline(t *testing.T) {
	t.Parallel()
	fake := discordtest.New(t, discordtest.WithInteractionDeadline(time.Second))
	sess := fake.Session(t, "test-token")
	errs := make(handlerErrs, 4)
	sess.AddHandler(testBot(errs))
	fake.Open(t, sess)

	in := fake.Interact(t, discordtest.Interaction{Name: "echo", Delay: 300 * time.Millisecond})
	if err := errs.next(t); err != nil {
		t.Fatalf("answer to an interaction 300 ms late, deadline 1 s: %v", err)
	}
	created, err := discordgo.SnowflakeTimestamp(in.ID)
	if err != nil {
		t.Fatal(err)
	}
	if age := time.Since(created); age < 300*time.Millisecond || age > time.Minute {
		t.Errorf("id %s dates the interaction %v ago; want 300 ms or a little more", in.ID, age)
	}

	fake.Interact(t, discordtest.Interaction{Name: "echo", Delay: 2 * time.Second})
	if status, code := restCode(errs.next(t)); status != http.StatusNotFound || code != 10062 {
		t.Errorf("answer to an interaction 2 s late, deadline 1 s: %d/%d; want 404 code 10062", status, code)
	}
}

func TestDisconnectResumes(t *testing.T) {
	t.Parallel()
	fake := discordtest.New(t)
	sess := fake.Session(t, "test-token")
	errs := make(handlerErrs, 4)
	sess.AddHandler(testBot(errs))
	fake.Open(t, sess)
	fake.DisconnectAll()
	// Interact waits for the resumed connection.
	in := fake.Interact(t, discordtest.Interaction{Name: "echo"})
	if err := errs.next(t); err != nil {
		t.Fatal(err)
	}
	st := fake.Snapshot()
	// discordgo's heartbeat goroutine may notice the dropped connection too
	// and reconnect once more: a second resume is its choice, not an error.
	if st.Resumes < 1 {
		t.Errorf("resumes = %d; want at least 1", st.Resumes)
	}
	if st.Identifies != 1 {
		t.Errorf("identifies = %d; want 1 (resumed, not re-identified)", st.Identifies)
	}
	if len(st.Responses[in.ID]) != 1 {
		t.Errorf("responses after resume = %d; want 1", len(st.Responses[in.ID]))
	}
}

func TestUnknownRouteRecorded(t *testing.T) {
	t.Parallel()
	var rec recorder
	fake := discordtest.New(&rec)
	sess := fake.Session(t, "test-token")
	_, err := sess.GuildRoles(discordtest.GuildID)
	if status, _ := restCode(err); status != http.StatusNotFound {
		t.Errorf("unknown route: %v; want 404", err)
	}
	fake.Close()
	if len(rec.errors) != 1 || !strings.Contains(rec.errors[0], "GET /guilds/"+discordtest.GuildID+"/roles") {
		t.Errorf("errors at Close = %q; want one naming the route", rec.errors)
	}
}

// recorder is a testing.TB that keeps Errorf calls instead of failing.
type recorder struct {
	testing.TB
	errors   []string
	cleanups []func()
}

func (r *recorder) Helper()                   {}
func (r *recorder) Cleanup(f func())          { r.cleanups = append(r.cleanups, f) }
func (r *recorder) Errorf(f string, a ...any) { r.errors = append(r.errors, fmt.Sprintf(f, a...)) }
func (r *recorder) Fatalf(f string, a ...any) { panic(fmt.Sprintf(f, a...)) }

func TestHTTPClientRefusesOtherHosts(t *testing.T) {
	t.Parallel()
	fake := discordtest.New(t)
	_, err := fake.HTTPClient().Get("http://example.com/")
	var he *discordapi.HostError
	if !errors.As(err, &he) || he.Host != "example.com" {
		t.Errorf("GET example.com: %v; want HostError", err)
	}
}

func TestFailNextDefaults(t *testing.T) {
	t.Parallel()
	fake := discordtest.New(t)
	sess := fake.Session(t, "test-token")
	fake.FailNext("GET", "/channels/*", http.StatusForbidden, 1)
	_, err := sess.Channel("42")
	if status, code := restCode(err); status != http.StatusForbidden || code != 50001 {
		t.Errorf("injected 403: %v; want 403 code 50001", err)
	}
	if _, err := sess.Channel("42"); err != nil {
		t.Errorf("after the injected failure: %v; want success", err)
	}
	raw, _ := json.Marshal(fake.Snapshot().Requests)
	if !strings.Contains(string(raw), `"Status":403`) {
		t.Errorf("requests %s; want the 403 recorded", raw)
	}
}
