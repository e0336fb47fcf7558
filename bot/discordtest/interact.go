package discordtest

import (
	"net/http"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Interaction describes an INTERACTION_CREATE for Interact. Zero fields take
// the package defaults (GuildID, ChannelID, UserID).
type Interaction struct {
	// Type is InteractionApplicationCommand (the default) or
	// InteractionApplicationCommandAutocomplete.
	Type      discordgo.InteractionType
	GuildID   string
	ChannelID string
	UserID    string
	// DM sends the interaction from a direct message: User is set, Member
	// and GuildID are not.
	DM bool
	// Permissions are the invoking member's permissions in the channel
	// (member.permissions); AppPermissions the bot's (app_permissions).
	Permissions    int64
	AppPermissions int64
	Locale         discordgo.Locale
	// Name is the command name. The command id is taken from the commands
	// registered with the fake, guild scope first.
	Name string
	// Subcommand, if set, wraps Options in a subcommand option of that
	// name; SubcommandGroup wraps that again.
	Subcommand      string
	SubcommandGroup string
	Options         []*discordgo.ApplicationCommandInteractionDataOption
	// Delay is how long the interaction took to reach the bot: its id, a
	// snowflake like Discord's, is dated that long before the send, and
	// the deadline for its callback counts from then, as Discord's does.
	Delay time.Duration
}

// interaction is the fake's bookkeeping for one interaction.
type interaction struct {
	id, token string
	sent      time.Time
	acked     bool
}

// Interact waits (up to the wait timeout) for a gateway connection past
// READY, sends it INTERACTION_CREATE for in, and returns the interaction as
// sent, with a fresh id and token. The id is a snowflake of the time the
// interaction was created (the send, less in.Delay). Callbacks are accepted
// until the interaction deadline (3 s by default) after that time.
func (s *Server) Interact(t testing.TB, in Interaction) *discordgo.Interaction {
	t.Helper()
	s.WaitFor(t, "a gateway connection past READY", func(st *State) bool { return st.Ready })
	if in.Type == 0 {
		in.Type = discordgo.InteractionApplicationCommand
	}
	if in.GuildID == "" && !in.DM {
		in.GuildID = GuildID
	}
	if in.ChannelID == "" {
		in.ChannelID = ChannelID
	}
	if in.UserID == "" {
		in.UserID = UserID
	}
	if in.Locale == "" {
		in.Locale = discordgo.EnglishUS
	}
	opts := in.Options
	if in.Subcommand != "" {
		opts = []*discordgo.ApplicationCommandInteractionDataOption{{
			Name: in.Subcommand, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts,
		}}
	}
	if in.SubcommandGroup != "" {
		opts = []*discordgo.ApplicationCommandInteractionDataOption{{
			Name: in.SubcommandGroup, Type: discordgo.ApplicationCommandOptionSubCommandGroup, Options: opts,
		}}
	}

	s.mu.Lock()
	c := s.readyConn()
	if c == nil {
		s.mu.Unlock()
		t.Fatalf("discordtest: interact /%s: the gateway connection went away", in.Name)
		return nil
	}
	user := &discordgo.User{ID: in.UserID, Username: "reader", GlobalName: "Reader"}
	created := time.Now().Add(-in.Delay)
	di := &discordgo.Interaction{
		ID:             s.snowflake(created),
		AppID:          AppID,
		Type:           in.Type,
		GuildID:        in.GuildID,
		ChannelID:      in.ChannelID,
		AppPermissions: in.AppPermissions,
		Locale:         in.Locale,
		Token:          "itoken-" + s.newID(),
		Version:        1,
		Data: discordgo.ApplicationCommandInteractionData{
			ID:          s.commandID(in.GuildID, in.Name),
			Name:        in.Name,
			CommandType: discordgo.ChatApplicationCommand,
			Options:     opts,
		},
	}
	if in.DM {
		di.User = user
		di.Context = discordgo.InteractionContextBotDM
	} else {
		gl := discordgo.EnglishUS
		di.GuildLocale = &gl
		di.Member = &discordgo.Member{
			GuildID:     in.GuildID,
			User:        user,
			Roles:       []string{},
			JoinedAt:    time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC),
			Permissions: in.Permissions,
		}
		di.Context = discordgo.InteractionContextGuild
	}
	rec := &interaction{id: di.ID, token: di.Token, sent: created}
	s.interactions[di.ID] = rec
	s.byToken[di.Token] = rec
	s.st.Interactions[di.ID] = di
	s.notify()
	s.mu.Unlock()

	// A write that fails because the client dropped this connection just
	// after readying it is not an error: the event is kept for the session
	// and replayed when the client resumes, as Discord does.
	if err := s.dispatch(c, "INTERACTION_CREATE", di); err != nil {
		t.Logf("discordtest: interact /%s: %v (replayed on resume)", in.Name, err)
	}
	return di
}

// commandID finds a registered command's id by name; s.mu must be held.
func (s *Server) commandID(guild, name string) string {
	for _, scope := range []string{guild, GlobalScope} {
		for _, c := range s.st.Commands[scope] {
			if c.Name == name {
				return c.ID
			}
		}
	}
	return "0"
}

func (s *Server) callback(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data *Payload                          `json:"data"`
	}
	raw, files, ok := decodePayload(w, r, &body)
	if !ok {
		return
	}
	var p Payload
	if body.Data != nil {
		p = *body.Data
	}
	p.Files = files
	p.Raw = raw

	switch body.Type {
	case discordgo.InteractionResponseChannelMessageWithSource, discordgo.InteractionResponseUpdateMessage:
		if !validMessage(w, &p) {
			return
		}
	case discordgo.InteractionResponseDeferredChannelMessageWithSource,
		discordgo.InteractionResponseDeferredMessageUpdate,
		discordgo.InteractionApplicationCommandAutocompleteResult,
		discordgo.InteractionResponseModal:
	default:
		writeError(w, http.StatusBadRequest, 50035, "Invalid Form Body: type: not a valid interaction callback type")
		return
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.interactions[r.PathValue("id")]
	switch {
	case in == nil || in.token != r.PathValue("token") || time.Since(in.sent) > s.deadline:
		writeError(w, http.StatusNotFound, 10062, "Unknown interaction")
		return
	case in.acked:
		writeError(w, http.StatusBadRequest, 40060, "Interaction has already been acknowledged.")
		return
	}
	in.acked = true
	s.st.Responses[in.id] = append(s.st.Responses[in.id], Response{Kind: KindCallback, Type: body.Type, Payload: p})
	s.notify()
	w.WriteHeader(http.StatusNoContent)
}

// webhookInteraction returns the acknowledged interaction behind a
// webhook token, answering 404 code 10015 (as Discord does) when there is
// none. s.mu must be held.
func (s *Server) webhookInteraction(w http.ResponseWriter, r *http.Request) *interaction {
	in := s.byToken[r.PathValue("token")]
	if r.PathValue("app") != AppID || in == nil || !in.acked {
		writeError(w, http.StatusNotFound, 10015, "Unknown Webhook")
		return nil
	}
	return in
}

func (s *Server) webhookMessage(in *interaction, msgID string, p Payload) *discordgo.Message {
	if msgID == "@original" {
		msgID = in.id // the original response's id is the interaction's
	}
	return &discordgo.Message{
		ID: msgID, ChannelID: s.st.Interactions[in.id].ChannelID, Content: p.Content, Embeds: p.Embeds,
		Author: botUser(), Timestamp: time.Now().UTC().Truncate(time.Millisecond), Flags: p.Flags,
		WebhookID: AppID,
	}
}

func (s *Server) getWebhookMessage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.webhookInteraction(w, r)
	if in == nil {
		return
	}
	var last Payload
	for _, resp := range s.st.Responses[in.id] {
		if resp.Kind != KindFollowup {
			last = resp.Payload
		}
	}
	writeJSON(w, http.StatusOK, s.webhookMessage(in, r.PathValue("msg"), last))
}

func (s *Server) editWebhookMessage(w http.ResponseWriter, r *http.Request) {
	p, ok := decodeMessage(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.webhookInteraction(w, r)
	if in == nil {
		return
	}
	msg := r.PathValue("msg")
	s.st.Responses[in.id] = append(s.st.Responses[in.id], Response{Kind: KindEdit, MessageID: msg, Payload: p})
	s.notify()
	writeJSON(w, http.StatusOK, s.webhookMessage(in, msg, p))
}

func (s *Server) deleteWebhookMessage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.webhookInteraction(w, r)
	if in == nil {
		return
	}
	s.st.Responses[in.id] = append(s.st.Responses[in.id], Response{Kind: KindDelete, MessageID: r.PathValue("msg")})
	s.notify()
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) followup(w http.ResponseWriter, r *http.Request) {
	p, ok := decodeMessage(w, r)
	if !ok {
		return
	}
	if !validMessage(w, &p) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	in := s.webhookInteraction(w, r)
	if in == nil {
		return
	}
	id := s.newID()
	s.st.Responses[in.id] = append(s.st.Responses[in.id], Response{Kind: KindFollowup, MessageID: id, Payload: p})
	s.notify()
	if r.URL.Query().Get("wait") != "true" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	writeJSON(w, http.StatusOK, s.webhookMessage(in, id, p))
}
