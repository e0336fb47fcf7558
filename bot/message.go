package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Message kinds, as the console's -json output names them.
const (
	KindReply   = "reply"
	KindAlert   = "alert"
	KindSummary = "summary"
	// KindUpdate is a delivered message edited: the whole new payload,
	// with the ID of the message it replaces.
	KindUpdate = "update"
)

// Discord's limits on one message.
const (
	maxContent     = 2000
	maxEmbeds      = 10
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxAuthor      = 256
	maxEmbedTotal  = 6000
)

// Message is a Discord create-message payload plus the kind of message it is.
// AllowedMentions always parses nothing: no text from a feed or a user can
// ping anyone.
type Message struct {
	Kind string `json:"kind"`
	// ID is the message's ID once posted (the console assigns one to
	// every message it posts unasked: alerts and briefings); an update
	// carries the ID of the message it edits.
	ID              string                            `json:"id,omitempty"`
	Content         string                            `json:"content"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	// Ephemeral replies are shown only to the person who asked (Discord).
	Ephemeral bool `json:"-"`
	// Note says in one line of markdown what an update changed, for the
	// console's reader (Discord just shows the edited message).
	Note string `json:"-"`
}

func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

func newMessage(kind, content string, embeds ...*discordgo.MessageEmbed) Message {
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	return Message{Kind: kind, Content: truncate(content, maxContent), Embeds: embeds, AllowedMentions: noMentions()}
}

func errorReply(text string) Message {
	m := newMessage(KindReply, "⚠️ "+text)
	m.Ephemeral = true
	return m
}

// truncate shortens s to at most n runes, ending with an ellipsis when cut.
func truncate(s string, n int) string {
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	cut, count := len(s), 0
	for i := range s {
		if count == n-1 {
			cut = i
			break
		}
		count++
	}
	out := strings.TrimRight(s[:cut], " \n")
	// Do not leave a dangling escape backslash.
	if strings.HasSuffix(out, `\`) && !strings.HasSuffix(out, `\\`) {
		out = out[:len(out)-1]
	}
	return out + "…"
}

// embedSize counts what Discord counts towards an embed's 6000 characters.
func embedSize(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	return n
}

// fitEmbed trims every part of e to Discord's limits.
func fitEmbed(e *discordgo.MessageEmbed) *discordgo.MessageEmbed {
	e.Title = truncate(e.Title, maxTitle)
	e.Description = truncate(e.Description, maxDescription)
	if len(e.Fields) > maxFields {
		e.Fields = e.Fields[:maxFields]
	}
	for _, f := range e.Fields {
		f.Name = truncate(f.Name, maxFieldName)
		f.Value = truncate(f.Value, maxFieldValue)
	}
	if e.Footer != nil {
		e.Footer.Text = truncate(e.Footer.Text, maxFooter)
	}
	if e.Author != nil {
		e.Author.Name = truncate(e.Author.Name, maxAuthor)
	}
	if over := embedSize(e) - maxEmbedTotal; over > 0 {
		e.Description = truncate(e.Description, max(utf8.RuneCountInString(e.Description)-over, 100))
		for embedSize(e) > maxEmbedTotal && len(e.Fields) > 0 {
			e.Fields = e.Fields[:len(e.Fields)-1]
		}
	}
	return e
}

// pack puts embeds into as few messages as Discord's limits allow (10
// embeds and 6000 characters a message); content goes on the first.
func pack(kind, content string, embeds []*discordgo.MessageEmbed) []Message {
	var out []Message
	cur := newMessage(kind, content)
	size := 0
	for _, e := range embeds {
		e = fitEmbed(e)
		n := embedSize(e)
		if len(cur.Embeds) > 0 && (len(cur.Embeds) == maxEmbeds || size+n > maxEmbedTotal) {
			out = append(out, cur)
			cur = newMessage(kind, "")
			size = 0
		}
		cur.Embeds = append(cur.Embeds, e)
		size += n
	}
	return append(out, cur)
}

// escape makes text from feeds and users show literally in Discord markdown:
// no bold, links, spoilers, code, headings, quotes or mentions can be
// smuggled in.
func escape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	lineStart := true
	for _, r := range s {
		switch r {
		case '\\', '*', '_', '~', '`', '|', '[', ']', '<', '@':
			b.WriteByte('\\')
		case '>', '#', '-':
			if lineStart {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
		lineStart = r == '\n' || (lineStart && (r == ' ' || r == '\t'))
	}
	return b.String()
}

// oneLine collapses white space, for titles and snippets.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
