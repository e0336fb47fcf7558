package bot

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"newshound/tracker"
	"newshound/tracker/summary"
)

// A brief is one message a topic: a headline line, an overview, the key
// quotes and one line a story. Rules:
//
//   - Up to briefStories stories fit in one embed of at most briefVisible
//     visible characters (what a reader sees: link targets and markdown
//     do not count). Parts shrink in a fixed order until it fits: story
//     headlines shorten, the overview loses sentences (never below two),
//     key quotes drop from the last.
//   - More stories add one short line each, up to briefMaxLines, then one
//     line says how many more there are; the embed stays within Discord's
//     4096-character description.
//   - Quotes are shown whole, with their speaker and one link.
const (
	briefStories  = 5
	briefVisible  = 2500
	briefMaxLines = 15
	// briefMaxRaw keeps the description, link targets included, under
	// Discord's limit with room for the "more" line.
	briefMaxRaw = maxDescription - 200
	// headlineLen and extraHeadlineLen bound a story line's headline, for
	// the main stories and the ones past briefStories.
	headlineLen      = 110
	extraHeadlineLen = 80
)

// briefMessage renders one topic's summary as a brief.
func briefMessage(ts tracker.TopicSummary) Message {
	sum := ts.Summary
	head := headline(ts)
	overview := sum.Overview
	quotes := sum.Quotes
	hlen := headlineLen
	var e *discordgo.MessageEmbed
	for {
		e = &discordgo.MessageEmbed{
			Type:        discordgo.EmbedTypeRich,
			Description: briefBody(ts, overview, quotes, hlen),
			Color:       colorSummary,
			Footer:      &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Each story in detail: /summary %s detail", ts.Topic)},
		}
		if visibleLen(head)+visibleEmbedLen(e) <= briefVisible || len(sum.Stories) > briefStories {
			break
		}
		switch {
		case hlen > 70:
			hlen -= 20
		case len(overview) > 2:
			overview = overview[:len(overview)-1]
		case len(quotes) > 1:
			quotes = quotes[:len(quotes)-1]
		case len(overview) > 1:
			overview = overview[:1]
		default:
			e.Description = truncate(e.Description, briefVisible-visibleLen(head)-utf8.RuneCountInString(e.Footer.Text)-10)
			return newMessage(KindSummary, head, fitEmbed(e))
		}
	}
	return newMessage(KindSummary, head, fitEmbed(e))
}

// headline is the brief's first line: topic, window, stories, outlets.
func headline(ts tracker.TopicSummary) string {
	return fmt.Sprintf("**%s** · %s · %s from %s", escape(ts.Topic), window(ts),
		count(len(ts.Summary.Stories), "story", "stories"), count(ts.Summary.Outlets, "outlet", "outlets"))
}

// window says what a brief covers: "last 24 hours" for /summary; for a
// briefing, since when in its zone: "since yesterday 08:00 GMT", "since
// 06:30 UTC" (today), "since Mon 23 Nov 08:00 CET".
func window(ts tracker.TopicSummary) string {
	if ts.Zone == "" || ts.Since.IsZero() || ts.Until.IsZero() {
		return "last " + count(ts.Hours, "hour", "hours")
	}
	loc, err := time.LoadLocation(ts.Zone)
	if err != nil {
		loc = time.UTC
	}
	since, until := ts.Since.In(loc), ts.Until.In(loc)
	day := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 12, 0, 0, 0, loc) }
	days := int(day(until).Sub(day(since)).Round(24*time.Hour) / (24 * time.Hour))
	at := since.Format("15:04 MST")
	switch days {
	case 0:
		return "since " + at
	case 1:
		return "since yesterday " + at
	}
	return "since " + since.Format("Mon 2 Jan 15:04 MST")
}

func briefBody(ts tracker.TopicSummary, overview []string, quotes []summary.KeyQuote, hlen int) string {
	var b strings.Builder
	if len(overview) > 0 {
		b.WriteString(escape(strings.Join(overview, " ")))
		b.WriteString("\n\n")
	}
	if len(quotes) > 0 {
		b.WriteString("**Key quotes**\n")
		for _, q := range quotes {
			b.WriteString("> “" + escape(quoteText(q.Text)) + "”" + speakerSuffix(q.Speaker, q.Role))
			b.WriteString(" (" + link(q.Outlet, q.URL) + ")\n")
		}
		b.WriteString("\n")
	}
	b.WriteString("**Stories**\n")
	stories := ts.Summary.Stories
	for i, s := range stories {
		n := hlen
		if i >= briefStories {
			n = min(hlen, extraHeadlineLen)
		}
		line := storyLine(s, n, ts.Until)
		if i >= briefMaxLines || b.Len()+len(line) > briefMaxRaw {
			rest := len(stories) - i
			fmt.Fprintf(&b, "…and %d more %s: `/summary %s detail`\n", rest, plural(rest, "story", "stories"), ts.Topic)
			break
		}
		b.WriteString(line)
	}
	return strings.TrimRight(b.String(), "\n")
}

// storyLine is "• [Headline](url) — 3 outlets · 2 h ago".
func storyLine(s summary.StorySummary, n int, now time.Time) string {
	title := truncate(oneLine(s.Title), n)
	line := "• " + escape(title)
	if len(s.URL) <= maxDigestURL {
		line = "• " + link(title, s.URL)
	}
	line += " — "
	if len(s.Sources) == 1 {
		line += escape(oneLine(s.Sources[0].Outlet))
	} else {
		line += fmt.Sprintf("%d outlets", len(s.Sources))
	}
	if ago := relTime(s.Latest, now); ago != "" {
		line += " · " + ago
	}
	return line + "\n"
}

// relTime says how long before now t was: "just now", "25 min ago",
// "3 h ago", "2 d ago".
func relTime(t, now time.Time) string {
	if t.IsZero() || now.IsZero() {
		return ""
	}
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h ago", int(d/time.Hour))
	}
	return fmt.Sprintf("%d d ago", int(d/(24*time.Hour)))
}

var (
	linkTarget = regexp.MustCompile(`\]\((?:[^()\s]|%28|%29)*\)`)
	markup     = strings.NewReplacer("**", "", "[", "", "]", "", "`", "")
)

// visibleLen counts the characters a Discord reader sees in markdown: link
// targets, bold markers and escape backslashes are not shown.
func visibleLen(s string) int {
	s = linkTarget.ReplaceAllString(s, "]")
	s = markup.Replace(s)
	n := 0
	esc := false
	for _, r := range s {
		if r == '\\' && !esc {
			esc = true
			continue
		}
		esc = false
		n++
	}
	return n
}

// visibleEmbedLen is visibleLen over an embed's parts.
func visibleEmbedLen(e *discordgo.MessageEmbed) int {
	n := visibleLen(e.Title) + visibleLen(e.Description)
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += visibleLen(f.Name) + visibleLen(f.Value)
	}
	return n
}
