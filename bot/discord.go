package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"newshound/bot/discordapi"
	"newshound/tracker"
)

// answerWithin is how long a command may run before its interaction is
// deferred; Discord drops an interaction not acknowledged within 3 s.
const answerWithin = 1500 * time.Millisecond

// ackBy is how long after Discord created an interaction (the time in its
// id) the bot acknowledges it at the latest, leaving half a second of
// Discord's 3 s for the callback to travel: an interaction that was slow to
// arrive is deferred sooner than answerWithin.
const ackBy = 2500 * time.Millisecond

// Discord is the Discord front end: it registers the slash commands, answers
// interactions through the command layer, and posts alerts (it implements
// tracker.Notifier). It asks for no gateway intents: slash commands need none.
type Discord struct {
	Session  *discordgo.Session
	Commands *Commands
	// GuildID registers the commands in one guild (instant) instead of
	// globally.
	GuildID string
	Log     *slog.Logger
	// Observe, if set, is told how long each interaction took to answer.
	Observe func(command string, d time.Duration)
	// DeferAfter is how long a command may run before its interaction is
	// deferred (default 1.5 s; Discord wants an answer within 3 s).
	DeferAfter time.Duration

	registered sync.Once
	regErr     error

	mu       sync.Mutex
	closing  bool
	inFlight sync.WaitGroup
	remove   []func()
	shards   map[int]*discordgo.Session // gateway sessions by shard ID, with SetShards
}

// Open connects to the gateway, waits for READY and registers the commands
// once (a resumed session registers nothing again).
func (d *Discord) Open(ctx context.Context) error {
	return d.openGateway(ctx, d.Session)
}

// SetShards connects the gateway shards given (of count) and disconnects
// the others, for a bot whose shards several processes share. Messages and
// interaction answers go through Session's REST client, which needs no
// gateway connection. The commands are registered once, at the first READY.
func (d *Discord) SetShards(ctx context.Context, ids []int, count int) error {
	d.mu.Lock()
	if d.shards == nil {
		d.shards = map[int]*discordgo.Session{}
	}
	want := map[int]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var stale []*discordgo.Session
	for id, s := range d.shards {
		if !want[id] {
			stale = append(stale, s)
			delete(d.shards, id)
		}
	}
	d.mu.Unlock()
	for _, s := range stale {
		d.Log.Info("disconnecting a gateway shard", "shard", s.ShardID, "shards", count)
		if err := s.Close(); err != nil && !errors.Is(err, discordgo.ErrWSNotFound) {
			d.Log.Warn("closing a gateway shard", "shard", s.ShardID, "err", err)
		}
	}
	var errs []error
	for _, id := range ids {
		d.mu.Lock()
		_, ok := d.shards[id]
		d.mu.Unlock()
		if ok {
			continue
		}
		s, err := discordgo.New(d.Session.Token)
		if err != nil {
			return err
		}
		s.Client, s.Dialer, s.LogLevel, s.UserAgent = d.Session.Client, d.Session.Dialer, d.Session.LogLevel, d.Session.UserAgent
		s.ShardID, s.ShardCount = id, count
		d.Log.Info("connecting a gateway shard", "shard", id, "shards", count)
		if err := d.openGateway(ctx, s); err != nil {
			s.Close()
			errs = append(errs, fmt.Errorf("shard %d of %d: %w", id, count, err))
			continue
		}
		d.mu.Lock()
		d.shards[id] = s
		d.mu.Unlock()
	}
	return errors.Join(errs...)
}

// openGateway connects s to the gateway with the interaction handler, waits
// for READY and registers the commands once.
func (d *Discord) openGateway(ctx context.Context, s *discordgo.Session) error {
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	ready := make(chan struct{})
	var readyOnce sync.Once
	s.Identify.Intents = discordgo.IntentsNone
	s.ShouldReconnectOnError = true
	d.mu.Lock()
	d.remove = append(d.remove,
		s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
			readyOnce.Do(func() { close(ready) })
		}),
		s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
			d.mu.Lock()
			if d.closing {
				d.mu.Unlock()
				return
			}
			d.inFlight.Add(1)
			d.mu.Unlock()
			defer d.inFlight.Done()
			d.interaction(ic.Interaction)
		}),
	)
	d.mu.Unlock()
	if err := s.Open(); err != nil {
		return fmt.Errorf("discord: connecting to the gateway: %w", err)
	}
	select {
	case <-ready:
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(30 * time.Second):
		return errors.New("discord: no READY from the gateway within 30s")
	}
	d.registered.Do(func() { d.regErr = d.register(s) })
	return d.regErr
}

func (d *Discord) register(s *discordgo.Session) error {
	appID := s.State.User.ID
	if s.State.Application != nil && s.State.Application.ID != "" {
		appID = s.State.Application.ID
	}
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, d.GuildID, CommandDefinitions())
	if err != nil {
		return fmt.Errorf("discord: registering commands: %w", err)
	}
	scope := "global"
	if d.GuildID != "" {
		scope = "guild " + d.GuildID
	}
	d.Log.Info("slash commands registered", "commands", len(cmds), "scope", scope)
	return nil
}

// Close stops taking interactions, waits for those in flight, and closes
// the gateway connection.
func (d *Discord) Close() error {
	d.mu.Lock()
	d.closing = true
	d.mu.Unlock()
	d.inFlight.Wait()
	d.mu.Lock()
	for _, rm := range d.remove {
		rm()
	}
	shards := d.shards
	d.shards = nil
	d.mu.Unlock()
	var errs []error
	for _, s := range shards {
		if err := s.Close(); err != nil && !errors.Is(err, discordgo.ErrWSNotFound) {
			errs = append(errs, err)
		}
	}
	if err := d.Session.Close(); err != nil && (len(shards) == 0 || !errors.Is(err, discordgo.ErrWSNotFound)) {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

func (d *Discord) interaction(i *discordgo.Interaction) {
	start := time.Now()
	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		d.autocomplete(i)
	case discordgo.InteractionApplicationCommand:
		d.command(i)
	default:
		return
	}
	if d.Observe != nil && i.Type == discordgo.InteractionApplicationCommand {
		d.Observe(i.ApplicationCommandData().Name, time.Since(start))
	}
}

// command answers a slash command: at once if the command layer is done
// within answerWithin, else with a deferred response that is edited when it
// is. Extra messages (a long summary) follow up.
func (d *Discord) command(i *discordgo.Interaction) {
	s := d.Session
	if i.GuildID == "" {
		d.respond(i, []Message{errorReply("Newshound works in servers, not in direct messages.")})
		return
	}
	req := requestFromInteraction(i)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	result := make(chan []Message, 1)
	go func() { result <- d.Commands.Handle(ctx, req) }()
	select {
	case msgs := <-result:
		d.respond(i, msgs)
		return
	case <-time.After(d.deferWithin(i)):
	}
	if err := s.InteractionRespond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
		d.Log.Warn("deferring an interaction failed", "command", req.Command, "err", err)
		return
	}
	msgs := <-result
	first := msgs[0]
	if first.Ephemeral {
		// A deferred response is public; errors are not: replace it with an
		// ephemeral follow-up.
		_ = s.InteractionResponseDelete(i)
		d.followups(i, msgs)
		return
	}
	content := first.Content
	embeds := first.Embeds
	if _, err := s.InteractionResponseEdit(i, &discordgo.WebhookEdit{
		Content: &content, Embeds: &embeds, AllowedMentions: noMentions(),
	}); err != nil {
		d.Log.Warn("editing a deferred response failed", "command", req.Command, "err", err)
		return
	}
	d.followups(i, msgs[1:])
}

func (d *Discord) respond(i *discordgo.Interaction, msgs []Message) {
	first := msgs[0]
	data := &discordgo.InteractionResponseData{
		Content: first.Content, Embeds: first.Embeds, AllowedMentions: noMentions(),
	}
	if first.Ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	err := d.Session.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data,
	})
	if err != nil {
		d.Log.Warn("answering an interaction failed", "err", err)
		return
	}
	d.followups(i, msgs[1:])
}

func (d *Discord) followups(i *discordgo.Interaction, msgs []Message) {
	for _, m := range msgs {
		p := &discordgo.WebhookParams{Content: m.Content, Embeds: m.Embeds, AllowedMentions: noMentions()}
		if m.Ephemeral {
			p.Flags = discordgo.MessageFlagsEphemeral
		}
		if _, err := d.Session.FollowupMessageCreate(i, true, p); err != nil {
			d.Log.Warn("sending a follow-up failed", "err", err)
			return
		}
	}
}

// autocomplete offers the channel's topics that contain what was typed.
func (d *Discord) autocomplete(i *discordgo.Interaction) {
	typed := ""
	for _, o := range i.ApplicationCommandData().Options {
		if o.Focused {
			typed, _ = o.Value.(string)
		}
	}
	typed = strings.ToLower(strings.TrimSpace(typed))
	var choices []*discordgo.ApplicationCommandOptionChoice
	for _, t := range d.Commands.Tracker.ChannelTopics(context.Background(), i.GuildID, i.ChannelID) {
		if typed == "" || strings.Contains(t, typed) {
			choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: truncate(t, 100), Value: t})
		}
		if len(choices) == 25 {
			break
		}
	}
	if choices == nil {
		choices = []*discordgo.ApplicationCommandOptionChoice{}
	}
	err := d.Session.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	})
	if err != nil {
		d.Log.Warn("answering autocomplete failed", "err", err)
	}
}

// deferWithin is how long the command for i may run before i is deferred:
// DeferAfter (answerWithin by default), less whatever the interaction's
// arrival took beyond ackBy - DeferAfter. The arrival is read from the id's
// timestamp; an age that cannot be right (negative, or past Discord's
// deadline already, as a skewed clock would give) is ignored.
func (d *Discord) deferWithin(i *discordgo.Interaction) time.Duration {
	wait := answerWithin
	if d.DeferAfter > 0 {
		wait = d.DeferAfter
	}
	created, err := discordgo.SnowflakeTimestamp(i.ID)
	if err != nil {
		return wait
	}
	if age := time.Since(created); age >= 0 && age < 3*time.Second {
		wait = max(0, min(wait, ackBy-age))
	}
	return wait
}

// Notify implements tracker.Notifier: one channel message, with a nonce
// derived from the outbox rows so that a retry after a lost response does
// not post twice; or, for an update, an edit of the message it names,
// which never posts.
func (d *Discord) Notify(ctx context.Context, alerts []tracker.Alert) (string, error) {
	if alerts[0].Kind == tracker.KindUpdate {
		return "", d.edit(ctx, alerts[0])
	}
	m := AlertMessages(alerts)
	channel := alerts[0].ChannelID
	sent, err := discordapi.SendMessage(ctx, d.Session, channel, discordapi.Message{
		Content: m.Content, Embeds: m.Embeds, AllowedMentions: noMentions(),
		Nonce: nonceFor(alerts), EnforceNonce: true,
	})
	switch {
	case err == nil:
		return sent.ID, nil
	case discordapi.IsPermanent(err):
		return "", fmt.Errorf("%w: %w: %v", tracker.ErrUndeliverable, &tracker.Error{Msg: undeliverableReason(err)}, err)
	case isRejected(err):
		return "", fmt.Errorf("%w: %v", tracker.ErrRejected, err)
	}
	return "", err
}

// edit rewrites a delivered message as the update renders it. A message
// deleted meanwhile (404) or one the bot may no longer touch (403) is
// tracker.ErrMessageGone: the edit is dropped, never retried.
func (d *Discord) edit(ctx context.Context, u tracker.Alert) error {
	m := UpdateMessage(u)
	content, embeds := m.Content, m.Embeds
	_, err := d.Session.ChannelMessageEditComplex(&discordgo.MessageEdit{
		Channel: u.ChannelID, ID: u.MessageID,
		Content: &content, Embeds: &embeds, AllowedMentions: noMentions(),
	}, discordgo.WithContext(ctx))
	var re *discordgo.RESTError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &re) && re.Response != nil &&
		(re.Response.StatusCode == http.StatusNotFound || re.Response.StatusCode == http.StatusForbidden):
		return fmt.Errorf("%w: %v", tracker.ErrMessageGone, err)
	case isRejected(err):
		return fmt.Errorf("%w: %v", tracker.ErrRejected, err)
	}
	return err
}

// undeliverableReason says in plain words why Discord will not take the
// bot's messages in a channel (err satisfies discordapi.IsPermanent).
func undeliverableReason(err error) string {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		switch re.Message.Code {
		case discordapi.CodeMissingAccess:
			return "the bot has no access to it"
		case discordapi.CodeMissingPermissions:
			return "the bot lacks the permission to post there"
		case discordapi.CodeUnknownChannel:
			return "the channel no longer exists"
		}
	}
	return "Discord refuses the bot's messages there"
}

// isRejected reports whether Discord refused the message itself (400 Bad
// Request, 413 too large): sending it again cannot succeed.
func isRejected(err error) bool {
	var re *discordgo.RESTError
	if !errors.As(err, &re) || re.Response == nil {
		return false
	}
	return re.Response.StatusCode == http.StatusBadRequest || re.Response.StatusCode == http.StatusRequestEntityTooLarge
}

// nonceFor derives a message nonce (at most 25 characters) from the outbox
// rows a message carries.
func nonceFor(alerts []tracker.Alert) string {
	first, last := alerts[0].ID, alerts[len(alerts)-1].ID
	return fmt.Sprintf("nh%d-%d", first, last)
}
