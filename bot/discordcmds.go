package bot

import (
	"github.com/bwmarrin/discordgo"

	"newshound/tracker"
)

// maxTopicLen is the longest query /track accepts from Discord.
const maxTopicLen = 200

// CommandDefinitions are the slash commands Newshound registers, with the
// names and options DESIGN.md fixes. Changing a channel's topics or a
// server's feeds needs Manage Channels by default; servers may override the
// default, so the permission is checked again on every interaction.
func CommandDefinitions() []*discordgo.ApplicationCommand {
	manage := int64(discordgo.PermissionManageChannels)
	guildOnly := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	noDM := false
	minHours := 1.0
	topic := func(required, autocomplete bool) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type:         discordgo.ApplicationCommandOptionString,
			Name:         "topic",
			Description:  "A query: words, \"exact phrases\", OR, -excluded",
			Required:     required,
			Autocomplete: autocomplete,
			MaxLength:    maxTopicLen,
		}
	}
	url := func() *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: "url",
			Description: "A feed URL, or a site whose page links to its feed", Required: true, MaxLength: 2000,
		}
	}
	return []*discordgo.ApplicationCommand{
		{
			Name: "track", Description: "Post new articles matching a topic in this channel",
			Options:                  []*discordgo.ApplicationCommandOption{topic(true, false)},
			DefaultMemberPermissions: &manage, DMPermission: &noDM, Contexts: guildOnly,
		},
		{
			Name: "untrack", Description: "Stop tracking a topic in this channel",
			Options:                  []*discordgo.ApplicationCommandOption{topic(true, true)},
			DefaultMemberPermissions: &manage, DMPermission: &noDM, Contexts: guildOnly,
		},
		{
			Name: "topics", Description: "List the topics this channel tracks",
			DMPermission: &noDM, Contexts: guildOnly,
		},
		{
			Name: "summary", Description: "What happened lately: main stories, key quotes and sources",
			Options: []*discordgo.ApplicationCommandOption{
				topic(false, true),
				{
					Type: discordgo.ApplicationCommandOptionInteger, Name: "hours",
					Description: "How many hours back (default 24)",
					MinValue:    &minHours, MaxValue: tracker.MaxSummaryHours,
				},
				{
					Type: discordgo.ApplicationCommandOptionBoolean, Name: "detail",
					Description: "Each story in full instead of a brief",
				},
			},
			DMPermission: &noDM, Contexts: guildOnly,
		},
		{
			Name: "feeds", Description: "This server's own feeds",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "add", Description: "Add a feed",
					Options: []*discordgo.ApplicationCommandOption{url()}},
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "remove", Description: "Remove a feed",
					Options: []*discordgo.ApplicationCommandOption{url()}},
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "list", Description: "List this server's feeds and the catalog"},
			},
			DefaultMemberPermissions: &manage, DMPermission: &noDM, Contexts: guildOnly,
		},
		{
			Name: "briefing", Description: "A daily summary of this channel's topics, posted at a set time",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "time", Description: "HH:MM on a 24-hour clock, or off; leave out to see the setting", MaxLength: 5},
				{Type: discordgo.ApplicationCommandOptionString, Name: "timezone", Description: "An IANA time zone such as Europe/London (default UTC)", MaxLength: 64},
			},
			DMPermission: &noDM, Contexts: guildOnly,
		},
		{
			Name: "help", Description: "How to use Newshound",
			DMPermission: &noDM, Contexts: guildOnly,
		},
	}
}

// requestFromInteraction reads a command interaction into a Request.
func requestFromInteraction(i *discordgo.Interaction) Request {
	data := i.ApplicationCommandData()
	r := Request{
		GuildID: i.GuildID, ChannelID: i.ChannelID,
		AppPerms: i.AppPermissions, Command: data.Name,
	}
	if i.Member != nil {
		r.Perms = i.Member.Permissions
		if i.Member.User != nil {
			r.UserID = i.Member.User.ID
		}
	}
	opts := data.Options
	if data.Name == "feeds" && len(opts) > 0 && opts[0].Type == discordgo.ApplicationCommandOptionSubCommand {
		r.Sub = opts[0].Name
		opts = opts[0].Options
	}
	for _, o := range opts {
		switch o.Name {
		case "topic":
			r.Topic, _ = o.Value.(string)
		case "url":
			r.URL, _ = o.Value.(string)
		case "hours":
			if f, ok := o.Value.(float64); ok {
				r.Hours = int(f)
			}
		case "detail":
			r.Detail, _ = o.Value.(bool)
		case "time":
			r.Clock, _ = o.Value.(string)
		case "timezone":
			r.Zone, _ = o.Value.(string)
		}
	}
	return r
}
