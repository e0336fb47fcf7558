package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"newshound/tracker"
)

// Request is one command, whichever front end it came from.
type Request struct {
	GuildID, ChannelID, UserID string
	// Perms are the caller's permissions in the channel.
	Perms int64
	// AppPerms are the bot's own permissions in the channel, or 0 when the
	// front end does not know them (the console).
	AppPerms int64

	Command string // track, untrack, topics, summary, feeds, help
	Sub     string // feeds: add, remove, list
	Topic   string
	URL     string
	Hours   int
	// Detail asks /summary for each story in full rather than a brief.
	Detail bool
	// Clock and Zone are /briefing's time of day (HH:MM or "off") and
	// IANA time zone; both empty shows the setting.
	Clock, Zone string
}

// managePerms is what changing a channel's topics or a guild's feeds needs.
const managePerms = discordgo.PermissionManageChannels

// deliverPerms are what the bot needs in a channel to post alerts there.
var deliverPerms = []struct {
	bit  int64
	name string
}{
	{discordgo.PermissionViewChannel, "View Channel"},
	{discordgo.PermissionSendMessages, "Send Messages"},
	{discordgo.PermissionEmbedLinks, "Embed Links"},
}

// Commands is the command layer shared by the console and Discord.
type Commands struct {
	Tracker *tracker.Tracker
	Log     *slog.Logger
}

// Handle runs one command and returns the messages to answer with; the
// first is the reply, any others follow it. It never returns nothing.
func (c *Commands) Handle(ctx context.Context, r Request) (msgs []Message) {
	defer func() {
		if p := recover(); p != nil {
			if c.Log != nil {
				c.Log.Error("command panicked", "command", r.Command, "panic", fmt.Sprint(p))
			}
			msgs = []Message{errorReply("Something went wrong on Newshound's side; please try again in a minute.")}
		}
	}()
	msgs, err := c.handle(ctx, r)
	if err != nil {
		if text, ok := tracker.UserMessage(err); ok {
			return []Message{errorReply(text)}
		}
		if c.Log != nil {
			c.Log.Error("command failed", "command", r.Command, "guild", r.GuildID, "channel", r.ChannelID, "err", err)
		}
		return []Message{errorReply("Something went wrong on Newshound's side; please try again in a minute.")}
	}
	return msgs
}

func (c *Commands) handle(ctx context.Context, r Request) ([]Message, error) {
	t := c.Tracker
	switch r.Command {
	case "track", "untrack", "feeds", "briefing":
		// Discord always sends a member's permissions in the channel, and
		// any member there has some; 0 means a front end that does not
		// know them, and Discord's default_member_permissions decides.
		// Anyone may list feeds or see the briefing setting.
		view := (r.Command == "feeds" && r.Sub == "list") || (r.Command == "briefing" && r.Clock == "" && r.Zone == "")
		if !view && r.Perms != 0 {
			if r.Perms&managePerms == 0 && r.Perms&discordgo.PermissionAdministrator == 0 {
				return nil, tracker.Errorf("You need the Manage Channels permission to change what this channel tracks.")
			}
		}
	}
	switch r.Command {
	case "track":
		if missing := missingPerms(r.AppPerms); missing != "" {
			return nil, tracker.Errorf("I can't post alerts in this channel: I'm missing %s. Ask an admin to grant it, then try again.", missing)
		}
		res, err := t.Track(ctx, r.GuildID, r.ChannelID, r.Topic)
		if err != nil {
			return nil, err
		}
		return []Message{trackReply(res)}, nil
	case "untrack":
		topic, err := t.Untrack(ctx, r.GuildID, r.ChannelID, r.Topic)
		if err != nil {
			return nil, err
		}
		return []Message{newMessage(KindReply, fmt.Sprintf("Stopped tracking **%s** in this channel.", escape(topic)))}, nil
	case "topics":
		subs, err := t.Topics(ctx, r.GuildID, r.ChannelID)
		if err != nil {
			return nil, err
		}
		return []Message{topicsReply(subs)}, nil
	case "summary":
		sums, err := t.Summary(ctx, r.GuildID, r.ChannelID, r.Topic, r.Hours)
		if err != nil {
			return nil, err
		}
		return summaryMessages(sums, r.Detail), nil
	case "feeds":
		switch r.Sub {
		case "add":
			f, err := t.AddFeed(ctx, r.GuildID, r.URL)
			if err != nil {
				return nil, err
			}
			name := f.Title
			if name == "" {
				name = f.URL
			}
			return []Message{newMessage(KindReply, fmt.Sprintf("Added the feed %s. Its current items count as seen; new ones will be matched against this server's topics.", link(name, f.URL)))}, nil
		case "remove":
			u, err := t.RemoveFeed(ctx, r.GuildID, r.URL)
			if err != nil {
				return nil, err
			}
			return []Message{newMessage(KindReply, "Removed the feed "+escape(u)+".")}, nil
		case "list":
			return []Message{feedsReply(t.Feeds(r.GuildID))}, nil
		}
		return nil, tracker.Errorf("Usage: /feeds add <url>, /feeds remove <url> or /feeds list.")
	case "briefing":
		return c.briefing(ctx, r)
	case "help":
		return []Message{helpReply()}, nil
	}
	return nil, tracker.Errorf("Unknown command /%s; /help lists the commands.", r.Command)
}

// missingPerms names the delivery permissions absent from perms, or "" if
// none is or perms is unknown (0).
func missingPerms(perms int64) string {
	if perms == 0 || perms&discordgo.PermissionAdministrator != 0 {
		return ""
	}
	var missing []string
	for _, p := range deliverPerms {
		if perms&p.bit == 0 {
			missing = append(missing, p.name)
		}
	}
	return strings.Join(missing, ", ")
}

// ParseLine reads a command as typed in Discord: "/track "air base" bagram",
// "/summary bagram 48", "/feeds add https://example.com/rss". On /summary,
// a trailing whole number is the hours and a trailing "detail" asks for
// each story in full, in either order.
func ParseLine(line string) (Request, error) {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "/") {
		return Request{}, tracker.Errorf("Commands start with /; /help lists them.")
	}
	name, rest, _ := strings.Cut(line[1:], " ")
	rest = strings.TrimSpace(rest)
	r := Request{Command: strings.ToLower(name)}
	switch r.Command {
	case "track", "untrack":
		if rest == "" {
			return r, tracker.Errorf("Usage: /%s <query>, for example /%s bagram.", r.Command, r.Command)
		}
		r.Topic = rest
	case "summary":
		for range 2 {
			fields := strings.Fields(rest)
			n := len(fields)
			if n == 0 {
				break
			}
			last := fields[n-1]
			if _, err := strconv.Atoi(last); errors.Is(err, strconv.ErrRange) && r.Hours == 0 {
				// A whole number too large for an int is still hours.
				return r, tracker.Errorf("hours must be between 1 and %d, not %s.", tracker.MaxSummaryHours, last)
			}
			if h, err := strconv.Atoi(last); err == nil && r.Hours == 0 {
				r.Hours = h
				if r.Hours == 0 {
					return r, tracker.Errorf("hours must be between 1 and %d, not 0.", tracker.MaxSummaryHours)
				}
			} else if strings.EqualFold(last, "detail") && !r.Detail {
				r.Detail = true
			} else {
				break
			}
			rest = strings.TrimSpace(rest[:strings.LastIndex(rest, last)])
		}
		r.Topic = rest
	case "feeds":
		sub, arg, _ := strings.Cut(rest, " ")
		r.Sub, r.URL = strings.ToLower(sub), strings.TrimSpace(arg)
		if (r.Sub == "add" || r.Sub == "remove") && r.URL == "" {
			return r, tracker.Errorf("Usage: /feeds %s <url>.", r.Sub)
		}
	case "briefing":
		fields := strings.Fields(rest)
		if len(fields) > 2 {
			return r, tracker.Errorf("Usage: /briefing [HH:MM|off] [time zone], for example /briefing 08:00 Europe/London.")
		}
		if len(fields) > 0 {
			r.Clock = fields[0]
		}
		if len(fields) > 1 {
			r.Zone = fields[1]
		}
	case "topics", "help":
	default:
		return r, tracker.Errorf("Unknown command /%s; /help lists the commands.", name)
	}
	return r, nil
}
