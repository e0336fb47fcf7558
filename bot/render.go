package bot

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"newshound/tracker"
	"newshound/tracker/query"
	"newshound/tracker/quote"
)

const (
	colorAlert   = 0x2F80ED
	colorSummary = 0x27AE60
	colorNotice  = 0xEB5757
	snippetLen   = 320
	// maxDigestURL is the longest URL a digest line links; a longer one
	// would crowd the other lines out of Discord's 6000 characters.
	maxDigestURL = 300
)

// AlertMessages renders what the deliverer hands a Notifier: one alert as an
// embed, a notice as text, or several alerts as one digest.
func AlertMessages(alerts []tracker.Alert) Message {
	if len(alerts) == 1 {
		a := alerts[0]
		if a.Kind == tracker.KindNotice {
			return newMessage(KindAlert, "⚠️ "+escape(a.Notice))
		}
		if a.Kind == tracker.KindSummary {
			return briefingMessage(a)
		}
		return newMessage(KindAlert, fmt.Sprintf("New on **%s**", escape(a.Topic)), fitEmbed(alertEmbed(a)))
	}
	return digest(alerts)
}

func alertEmbed(a tracker.Alert) *discordgo.MessageEmbed {
	it := a.Item
	q, _ := query.Parse(a.Topic)
	var desc strings.Builder
	if a.Snippet != "" {
		// Already one text of whole sentences, short enough, cut outside quotes.
		desc.WriteString(bolded(oneLine(a.Snippet), q, 0, len(oneLine(a.Snippet))))
	} else {
		desc.WriteString(snippet(oneLine(it.Description), q))
	}
	if a.Quote != nil {
		if desc.Len() > 0 {
			desc.WriteString("\n\n")
		}
		desc.WriteString(quoteLine(*a.Quote))
	}
	if len(a.Also) > 0 {
		desc.WriteString("\n\n" + sourcesLine(a))
	}
	e := &discordgo.MessageEmbed{
		Type:        discordgo.EmbedTypeRich,
		Title:       escape(oneLine(it.Title)),
		URL:         safeURL(it.URL),
		Description: desc.String(),
		Color:       colorAlert,
		Footer:      &discordgo.MessageEmbedFooter{Text: whyMatched(a)},
	}
	if it.Outlet != "" {
		e.Author = &discordgo.MessageEmbedAuthor{Name: oneLine(it.Outlet)}
	}
	if t := it.Time(); !t.IsZero() {
		e.Timestamp = t.UTC().Format(time.RFC3339)
	}
	return e
}

// sourcesLine names the other outlets that carried an alert's story:
// "Also reported by Reuters, BBC (3 outlets)."
func sourcesLine(a tracker.Alert) string {
	return fmt.Sprintf("Also reported by %s (%d outlets).", escape(strings.Join(a.Also, ", ")), len(a.Also)+1)
}

// UpdateMessage renders an update: the edited message whole, as
// AlertMessages renders its rows now, with the ID of the message it
// replaces and a note of what changed for the console.
func UpdateMessage(u tracker.Alert) Message {
	m := AlertMessages(u.Message)
	m.Kind, m.ID = KindUpdate, u.MessageID
	var grew []string
	for _, a := range u.Message {
		if len(a.Also) == 0 {
			continue
		}
		grew = append(grew, fmt.Sprintf("“%s” — %s, also %s (%d outlets)", escape(truncate(oneLine(a.Item.Title), 120)),
			escape(oneLine(a.Item.Outlet)), escape(strings.Join(a.Also, ", ")), len(a.Also)+1))
	}
	what := "alert"
	if len(u.Message) > 1 {
		what = "digest"
	}
	m.Note = fmt.Sprintf("↻ The earlier %s on %s now has more sources: %s", what, topicList(u), strings.Join(grew, "; "))
	return m
}

// topicList names, in bold, every topic of an update's message (a digest
// folds alerts of several topics into one message): "**bagram**",
// "**bagram** and **kabul**", "**a**, **b** and **c**".
func topicList(u tracker.Alert) string {
	var topics []string
	for _, a := range u.Message {
		if a.Topic != "" && !slices.Contains(topics, a.Topic) {
			topics = append(topics, a.Topic)
		}
	}
	if len(topics) == 0 {
		topics = []string{u.Topic}
	}
	for i, t := range topics {
		topics[i] = "**" + escape(t) + "**"
	}
	if n := len(topics); n > 1 {
		return strings.Join(topics[:n-1], ", ") + " and " + topics[n-1]
	}
	return topics[0]
}

// whyMatched says which terms matched and where.
func whyMatched(a tracker.Alert) string {
	where := map[string][]string{}
	var terms []string
	for _, h := range a.Hits {
		if _, ok := where[h.Term]; !ok {
			terms = append(terms, h.Term)
		}
		if !slices.Contains(where[h.Term], h.Field) {
			where[h.Term] = append(where[h.Term], h.Field)
		}
	}
	parts := make([]string, 0, len(terms))
	for _, t := range terms {
		parts = append(parts, fmt.Sprintf("“%s” in %s", t, strings.Join(where[t], " and ")))
	}
	s := "Topic: " + a.Topic
	if len(parts) > 0 {
		s += " · matched " + strings.Join(parts, ", ")
	}
	return s
}

// snippet cuts text to about snippetLen runes around the first match and
// bolds the matched terms; everything else is escaped. Alerts queued before
// they carried their own snippet use it on the feed's description.
func snippet(text string, q *query.Query) string {
	if text == "" {
		return ""
	}
	var spans [][2]int
	if q != nil {
		spans = q.Spans(text)
	}
	start, end := 0, len(text)
	if len(text) > snippetLen {
		if len(spans) > 0 && spans[0][0] > snippetLen/2 {
			start = wordStart(text, spans[0][0]-snippetLen/3)
		}
		end = wordEnd(text, min(start+snippetLen, len(text)))
	}
	return bolded(text, q, start, end)
}

// bolded escapes text[start:end] for Discord with the query's matches in
// bold, and marks with an ellipsis what it leaves out at either end.
func bolded(text string, q *query.Query, start, end int) string {
	if text == "" {
		return ""
	}
	var spans [][2]int
	if q != nil {
		spans = q.Spans(text)
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := start
	for _, sp := range spans {
		if sp[0] < pos || sp[1] > end {
			continue
		}
		b.WriteString(escape(text[pos:sp[0]]))
		b.WriteString("**" + escape(text[sp[0]:sp[1]]) + "**")
		pos = sp[1]
	}
	b.WriteString(escape(text[pos:end]))
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

func wordStart(s string, i int) int {
	if i <= 0 {
		return 0
	}
	if j := strings.IndexByte(s[i:], ' '); j >= 0 && j < 40 {
		return i + j + 1
	}
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

func wordEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	if j := strings.LastIndexByte(s[:i], ' '); j > i-40 && j > 0 {
		return j
	}
	for i < len(s) && s[i]&0xC0 == 0x80 {
		i++
	}
	return i
}

// quoteLine renders a quote verbatim as a Discord block quote with its
// speaker. A comma or colon the quote ends on belongs to the attribution
// that followed it ("…at Bagram," he said), not to the words.
func quoteLine(q quote.Quote) string {
	s := "> “" + escape(quoteText(q.Text)) + "”"
	if q.Confident() {
		s += speakerSuffix(q.Speaker, q.Role)
	}
	return s
}

// quoteText is a quote's words on one line, without the comma, semicolon
// or colon that joined them to their attribution.
func quoteText(text string) string {
	return strings.TrimRight(oneLine(text), ",;: ")
}

// speakerSuffix renders " — **Name**, role" after a quote, or "" when
// there is no speaker to show.
func speakerSuffix(speaker, role string) string {
	if speaker == "" {
		return ""
	}
	s := " — **" + escape(speaker) + "**"
	if role != "" {
		s += ", " + escape(oneLine(role))
	}
	return s
}

// safeURL keeps http(s) URLs only, with parentheses encoded so they cannot
// end a markdown link early.
func safeURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	s := u.String()
	return strings.NewReplacer("(", "%28", ")", "%29", " ", "%20").Replace(s)
}

func link(text, raw string) string {
	u := safeURL(raw)
	if u == "" {
		return escape(text)
	}
	return "[" + escape(text) + "](" + u + ")"
}

// digest folds many alerts for one channel into one message.
func digest(alerts []tracker.Alert) Message {
	var notices []string
	var lines []string
	topics := map[string]bool{}
	for _, a := range alerts {
		if a.Kind == tracker.KindNotice {
			notices = append(notices, "⚠️ "+escape(a.Notice))
			continue
		}
		topics[a.Topic] = true
		title := truncate(oneLine(a.Item.Title), 150)
		line := "• " + escape(title)
		if len(a.Item.URL) <= maxDigestURL {
			line = "• " + link(title, a.Item.URL)
		}
		if a.Item.Outlet != "" {
			line += " — " + escape(oneLine(a.Item.Outlet))
		}
		if len(a.Also) > 0 {
			line += fmt.Sprintf(", also %s (%d outlets)", escape(strings.Join(a.Also, ", ")), len(a.Also)+1)
		}
		lines = append(lines, line)
	}
	var names []string
	for t := range topics {
		names = append(names, "**"+escape(t)+"**")
	}
	sort.Strings(names)
	content := fmt.Sprintf("%s on %s", count(len(lines), "new story", "new stories"), strings.Join(names, ", "))
	if len(notices) > 0 {
		content = strings.Join(notices, "\n") + "\n" + content
	}
	var embeds []*discordgo.MessageEmbed
	var desc strings.Builder
	for _, l := range lines {
		if desc.Len()+len(l)+1 > maxDescription-10 {
			embeds = append(embeds, &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Description: desc.String(), Color: colorAlert})
			desc.Reset()
		}
		desc.WriteString(l + "\n")
	}
	if desc.Len() > 0 {
		embeds = append(embeds, &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Description: desc.String(), Color: colorAlert})
	}
	msgs := pack(KindAlert, content, embeds)
	m := msgs[0]
	// A digest is one message: what does not fit is cut, and says so.
	if len(msgs) > 1 {
		m.Content = truncate(m.Content+" (showing "+count(len(m.Embeds), "embed", "embeds")+")", maxContent)
	}
	return m
}
