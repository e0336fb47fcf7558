package discordtest

import (
	"encoding/json"
	"maps"
	"slices"

	"github.com/bwmarrin/discordgo"
)

// State is what the fake has seen. Snapshot and WaitFor hand out copies:
// maps and slices are fresh, but the values they point to are shared and
// must be treated as read-only.
type State struct {
	// Identify is the last op 2 IDENTIFY payload; nil before the first.
	Identify *Identify
	// Identifies and Resumes count op 2 and op 6 packets.
	Identifies, Resumes int
	// Ready is true while at least one gateway connection is past
	// READY/RESUMED.
	Ready bool
	// Shards counts the gateway connections past READY/RESUMED by shard
	// ID (a connection that identified without a shard is shard 0).
	Shards map[int]int
	// Commands holds the application commands as last bulk-overwritten, by
	// scope: GlobalScope ("") for global commands, else the guild id.
	Commands map[string][]*discordgo.ApplicationCommand
	// Interactions sent with Interact, by interaction id.
	Interactions map[string]*discordgo.Interaction
	// Responses to interactions, by interaction id, in arrival order:
	// the callback, edits of @original, followups.
	Responses map[string][]Response
	// Messages created with POST /channels/{id}/messages, by channel id.
	Messages map[string][]*Message
	// Requests is every REST request, in arrival order.
	Requests []Request
	// Unknown lists "METHOD /path" of requests to routes the fake does not
	// implement. Close reports them as test errors.
	Unknown []string
}

// Identify is an op 2 IDENTIFY payload. discordgo.Identify does not decode
// what discordgo itself encodes (presence.game.created_at), hence this type.
type Identify struct {
	Token          string            `json:"token"`
	Intents        discordgo.Intent  `json:"intents"`
	Compress       bool              `json:"compress"`
	LargeThreshold int               `json:"large_threshold"`
	Shard          *[2]int           `json:"shard"`
	Properties     map[string]string `json:"properties"`
	Presence       json.RawMessage   `json:"presence"`
}

// GlobalScope is the Commands key of global application commands.
const GlobalScope = ""

// Request is one REST request the fake answered.
type Request struct {
	Method string
	Path   string // without the /api/v9 prefix, e.g. /channels/3/messages
	Status int
}

// Response kinds.
const (
	KindCallback = "callback" // POST /interactions/{id}/{token}/callback
	KindEdit     = "edit"     // PATCH /webhooks/{app}/{token}/messages/{id}
	KindFollowup = "followup" // POST /webhooks/{app}/{token}
	KindDelete   = "delete"   // DELETE /webhooks/{app}/{token}/messages/{id}
)

// Response is one accepted reply to an interaction.
type Response struct {
	Kind string
	// Type is the callback type (4 message, 5 deferred, 6 deferred update,
	// 7 update, 8 autocomplete result, 9 modal); zero for other kinds.
	Type discordgo.InteractionResponseType
	// MessageID is the message edited or deleted ("@original" or an id), or
	// the id of a created followup.
	MessageID string
	Payload   Payload
}

// Message is a channel message created through the REST API. Payload is
// what it shows now; Edits holds every accepted PATCH of it, in order (an
// edit's payload has only the fields it changed).
type Message struct {
	ID        string
	ChannelID string
	Payload   Payload
	Edits     []Payload
	Deleted   bool
}

// Payload is a message body as sent by the bot (callback data, webhook
// edit, followup, channel message), decoded, with the raw JSON kept.
type Payload struct {
	Content         string                                      `json:"content"`
	Embeds          []*discordgo.MessageEmbed                   `json:"embeds"`
	AllowedMentions *discordgo.MessageAllowedMentions           `json:"allowed_mentions"`
	Flags           discordgo.MessageFlags                      `json:"flags"`
	Nonce           string                                      `json:"nonce"`
	EnforceNonce    bool                                        `json:"enforce_nonce"`
	Choices         []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	Components      json.RawMessage                             `json:"components"`
	// Files counts the files[n] parts of a multipart request.
	Files int             `json:"-"`
	Raw   json.RawMessage `json:"-"`
}

func (st *State) clone() State {
	c := *st
	if st.Identify != nil {
		id := *st.Identify
		c.Identify = &id
	}
	c.Commands = make(map[string][]*discordgo.ApplicationCommand, len(st.Commands))
	for k, v := range st.Commands {
		c.Commands[k] = slices.Clone(v)
	}
	c.Interactions = maps.Clone(st.Interactions)
	c.Shards = maps.Clone(st.Shards)
	c.Responses = make(map[string][]Response, len(st.Responses))
	for k, v := range st.Responses {
		c.Responses[k] = slices.Clone(v)
	}
	c.Messages = make(map[string][]*Message, len(st.Messages))
	for k, v := range st.Messages {
		ms := make([]*Message, len(v))
		for i, m := range v {
			mc := *m
			mc.Edits = slices.Clone(m.Edits)
			ms[i] = &mc
		}
		c.Messages[k] = ms
	}
	c.Requests = slices.Clone(st.Requests)
	c.Unknown = slices.Clone(st.Unknown)
	return c
}
