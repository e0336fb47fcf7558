package bot

import (
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"newshound/tracker"
	"newshound/tracker/summary"
)

func trackReply(r tracker.TrackResult) Message {
	content := fmt.Sprintf("Now tracking **%s** in this channel. New matching articles will be posted here.", escape(r.Topic))
	if len(r.Recent) == 0 {
		return newMessage(KindReply, content+"\nNo recent article matches yet.")
	}
	var lines []string
	for _, it := range r.Recent {
		line := "• " + link(truncate(oneLine(it.Title), 200), it.URL)
		if it.Outlet != "" {
			line += " — " + escape(oneLine(it.Outlet))
		}
		if t := it.Time(); !t.IsZero() {
			line += fmt.Sprintf(" (<t:%d:R>)", t.Unix())
		}
		lines = append(lines, line)
	}
	e := &discordgo.MessageEmbed{
		Type:        discordgo.EmbedTypeRich,
		Title:       "Recent matches already known",
		Description: strings.Join(lines, "\n"),
		Color:       colorAlert,
	}
	return newMessage(KindReply, content, fitEmbed(e))
}

func topicsReply(subs []tracker.Subscription) Message {
	if len(subs) == 0 {
		return newMessage(KindReply, "This channel tracks no topics. Add one with `/track <query>`.")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "This channel tracks %s:\n", count(len(subs), "topic", "topics"))
	for _, s := range subs {
		fmt.Fprintf(&b, "• **%s**", escape(s.Topic))
		if s.Paused {
			fmt.Fprintf(&b, " (paused: %s; /track it again to resume)", escape(s.Reason))
		}
		b.WriteByte('\n')
	}
	return newMessage(KindReply, strings.TrimRight(b.String(), "\n"))
}

func feedsReply(l tracker.FeedList) Message {
	var b strings.Builder
	if len(l.Custom) == 0 {
		b.WriteString("This server has no custom feeds; add one with `/feeds add <url>`.\n")
	} else {
		fmt.Fprintf(&b, "This server's feeds (%d):\n", len(l.Custom))
		for _, f := range l.Custom {
			b.WriteString(feedLine(f))
		}
	}
	desc := ""
	if len(l.Catalog) > 0 {
		var c strings.Builder
		for _, f := range l.Catalog {
			c.WriteString(feedLine(f))
		}
		desc = c.String()
	}
	fmt.Fprintf(&b, "Built-in catalog: %s.", count(len(l.Catalog), "feed", "feeds"))
	if desc == "" {
		return newMessage(KindReply, b.String())
	}
	e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Title: "Catalog", Description: desc, Color: colorAlert}
	return newMessage(KindReply, b.String(), fitEmbed(e))
}

func feedLine(f tracker.Feed) string {
	name := f.Title
	if name == "" {
		name = f.URL
	}
	s := "• " + link(truncate(oneLine(name), 100), f.URL)
	switch {
	case f.Paused:
		s += " — paused after repeated failures"
	case f.Failures > 0:
		s += fmt.Sprintf(" — failing (%d)", f.Failures)
	}
	return s + "\n"
}

const helpText = "**Newshound** follows the news for this channel.\n" +
	"• `/track <query>` — post new articles matching the query here (needs Manage Channels)\n" +
	"• `/untrack <query>` — stop tracking a topic\n" +
	"• `/topics` — what this channel tracks\n" +
	"• `/summary [topic] [hours] [detail]` — a brief of the main stories with key quotes and sources (default: all topics, last 24 hours; up to 168); `detail` shows each story in full\n" +
	"• `/briefing [HH:MM|off] [time zone]` — a daily summary of this channel's topics at that time (e.g. `/briefing 08:00 Europe/London`; default zone UTC); alone, shows the setting\n" +
	"• `/feeds add <url>` · `/feeds remove <url>` · `/feeds list` — this server's own feeds (a feed URL, or a site that links to its feed)\n" +
	"• `/help` — this message\n\n" +
	"**Queries**: words must all appear (`bagram base`, or `bagram AND base`); `\"exact phrase\"`; `OR` between alternatives (`bagram OR kandahar`); " +
	"`-word` excludes (`bagram -football`); parentheses group. Case, accents, possessives and plurals don't matter: " +
	"`base` matches “Bases” and “base’s”."

func helpReply() Message { return newMessage(KindReply, helpText) }

// summaryMessages renders summaries: per topic a brief (briefMessage), or
// with detail a headline and one embed a detailed story, packed into as
// many messages as Discord's limits need.
func summaryMessages(sums []tracker.TopicSummary, detail bool) []Message {
	var out []Message
	for _, ts := range sums {
		stories := ts.Summary.Stories
		if len(stories) == 0 {
			longer := min(ts.Hours*3, tracker.MaxSummaryHours)
			text := fmt.Sprintf("Nothing on **%s** in the last %s.", escape(ts.Topic), count(ts.Hours, "hour", "hours"))
			if longer > ts.Hours {
				text += fmt.Sprintf(" Try a longer window: `/summary %s %d`.", ts.Topic, longer)
			}
			out = append(out, newMessage(KindSummary, text))
			continue
		}
		if !detail {
			out = append(out, briefMessage(ts))
			continue
		}
		embeds := make([]*discordgo.MessageEmbed, 0, len(stories))
		for _, s := range stories {
			if len(s.Sentences) == 0 && len(s.Quotes) == 0 {
				break // past the detailed stories
			}
			embeds = append(embeds, storyEmbed(s))
		}
		out = append(out, pack(KindSummary, headline(ts), embeds)...)
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// count writes n and the noun in the number n needs: "1 topic", "2 topics".
func count(n int, one, many string) string { return fmt.Sprintf("%d %s", n, plural(n, one, many)) }

func storyEmbed(s summary.StorySummary) *discordgo.MessageEmbed {
	var desc strings.Builder
	desc.WriteString(escape(strings.Join(s.Sentences, " ")))
	for _, q := range s.Quotes {
		desc.WriteString("\n\n> “" + escape(oneLine(q.Text)) + "”")
		desc.WriteString(speakerSuffix(q.Speaker, q.Role))
		desc.WriteString(" (" + link(q.Outlet, q.URL) + ")")
	}
	e := &discordgo.MessageEmbed{
		Type:        discordgo.EmbedTypeRich,
		Title:       escape(oneLine(s.Title)),
		URL:         safeURL(s.URL),
		Description: desc.String(),
		Color:       colorSummary,
	}
	if !s.Latest.IsZero() {
		e.Timestamp = s.Latest.UTC().Format(time.RFC3339)
	}
	var links []string
	for _, l := range s.Sources {
		links = append(links, link(l.Outlet, l.URL))
	}
	if len(links) > 0 {
		e.Fields = []*discordgo.MessageEmbedField{{
			Name:  fmt.Sprintf("Sources (%d)", len(links)),
			Value: joinWithin(links, ", ", maxFieldValue),
		}}
	}
	return e
}

// joinWithin joins as many whole parts as fit in limit runes.
func joinWithin(parts []string, sep string, limit int) string {
	var b strings.Builder
	for i, p := range parts {
		add := p
		if i > 0 {
			add = sep + p
		}
		if b.Len()+len(add) > limit-12 {
			fmt.Fprintf(&b, " +%d more", len(parts)-i)
			break
		}
		b.WriteString(add)
	}
	return b.String()
}
