package bot

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// terminal renders messages for a person at a terminal rather than for
// Discord: markdown becomes ANSI styles (or, without ANSI, plain text),
// links show their URL, Discord timestamps (<t:1795928955:R>) read as "5 min
// ago", and each embed is an indented block behind a bar of its colour.
type terminal struct {
	ansi  bool             // use ANSI escape sequences
	now   func() time.Time // for relative times
	loc   *time.Location   // for absolute times
	width int              // columns to wrap embeds at, so their bar runs down every line; 0: no wrapping
}

// SGR parameters used, each with the one that undoes it.
const (
	sgrBold, sgrNoBold           = "1", "22"
	sgrDim                       = "2"
	sgrItalic, sgrNoItalic       = "3", "23"
	sgrUnderline, sgrNoUnderline = "4", "24"
	sgrStrike, sgrNoStrike       = "9", "29"
	sgrReset                     = "0"
)

func (t terminal) sgr(codes ...string) string {
	if !t.ansi {
		return ""
	}
	return "\x1b[" + strings.Join(codes, ";") + "m"
}

// style wraps s in an SGR code and the one that ends it.
func (t terminal) style(s, on, off string) string {
	if s == "" || !t.ansi {
		return s
	}
	return t.sgr(on) + s + t.sgr(off)
}

func (t terminal) dim(s string) string { return t.style(s, sgrDim, sgrNoBold) }

// message lays a message out: a thin rule naming its kind, the content,
// then each embed as a block.
func (t terminal) message(m Message) string {
	var b strings.Builder
	if m.Kind == KindUpdate && m.Note != "" {
		// An edit: say what changed rather than show the message again.
		b.WriteString(t.dim("── "+m.Kind+" ──") + "\n")
		b.WriteString(t.markdown(m.Note) + "\n\n")
		return b.String()
	}
	b.WriteString(t.dim("── "+m.Kind+" ──") + "\n")
	if m.Content != "" {
		b.WriteString(t.markdown(m.Content) + "\n")
	}
	for _, e := range m.Embeds {
		t.embed(&b, e)
	}
	b.WriteString("\n")
	return b.String()
}

// embed writes one embed, each line indented behind a bar in the embed's
// colour, as Discord draws it.
func (t terminal) embed(b *strings.Builder, e *discordgo.MessageEmbed) {
	bar := "  │ "
	if t.ansi {
		c := e.Color
		if c == 0 {
			c = 0x4F545C // Discord's grey for embeds without a colour
		}
		// Only the foreground is reset after the bar, so that a style
		// running over a wrapped line goes on after it.
		bar = fmt.Sprintf("  \x1b[38;2;%d;%d;%dm▌\x1b[39m ", c>>16&0xFF, c>>8&0xFF, c&0xFF)
	}
	lines := func(s string) {
		for _, l := range strings.Split(s, "\n") {
			for _, w := range wrap(l, t.width-4) {
				b.WriteString(strings.TrimRight(bar+w, " ") + "\n")
			}
		}
	}
	if e.Author != nil && e.Author.Name != "" {
		lines(t.dim(e.Author.Name)) // author names are not markdown in Discord
	}
	if e.Title != "" {
		lines(t.style(t.markdown(e.Title), sgrBold, sgrNoBold))
	}
	if e.URL != "" {
		lines(t.url(e.URL))
	}
	if e.Description != "" {
		if e.Title != "" || e.Author != nil {
			lines("")
		}
		lines(t.markdown(e.Description))
	}
	for _, f := range e.Fields {
		lines("")
		lines(t.style(t.markdown(f.Name), sgrBold, sgrNoBold))
		lines(t.markdown(f.Value))
	}
	var foot []string
	if e.Footer != nil && e.Footer.Text != "" {
		foot = append(foot, e.Footer.Text)
	}
	if ts, err := time.Parse(time.RFC3339, e.Timestamp); err == nil {
		foot = append(foot, t.when(ts, 'f'))
	}
	if len(foot) > 0 {
		lines("")
		lines(t.dim(strings.Join(foot, " · ")))
	}
}

func (t terminal) url(u string) string { return t.style(u, sgrUnderline, sgrNoUnderline) }

var (
	reEscape    = regexp.MustCompile(`\\([^\p{L}\p{N}\s])`)
	reCode      = regexp.MustCompile("`([^`\n]+)`")
	reLink      = regexp.MustCompile(`\[((?:[^\[\]\\]|\\.)*)\]\(<?([^()\s<>]+)>?\)`)
	reTimestamp = regexp.MustCompile(`<t:(-?\d{1,13})(?::([tTdDfFR]))?>`)
	reAutolink  = regexp.MustCompile(`<(https?://[^\s<>]+)>`)
	reBold      = regexp.MustCompile(`\*\*([^*]+?)\*\*`)
	reUnderline = regexp.MustCompile(`__([^_]+?)__`)
	reStrike    = regexp.MustCompile(`~~([^~]+?)~~`)
	reItalicA   = regexp.MustCompile(`\*([^*\s](?:[^*]*[^*\s])?)\*`)
	reItalicU   = regexp.MustCompile(`(^|[^\p{L}\p{N}_])_([^_\s](?:[^_]*[^_\s])?)_($|[^\p{L}\p{N}_])`)
	reQuoteLine = regexp.MustCompile(`(?m)^> `)
)

// markdown renders Discord markdown for the terminal. Backslash escapes
// (which escape adds to every feed's text) show the character itself, and
// what they escape, like code spans, link targets and timestamps, is kept
// from further markup by standing in as a private-use rune until the end.
func (t terminal) markdown(s string) string {
	var kept []string
	keep := func(v string) string {
		kept = append(kept, v)
		return string(rune(0xF0000 + len(kept) - 1)) // supplementary private use area
	}
	s = reEscape.ReplaceAllStringFunc(s, func(m string) string { return keep(m[1:]) })
	s = reCode.ReplaceAllStringFunc(s, func(m string) string {
		return keep(t.style(m[1:len(m)-1], sgrDim, sgrNoBold))
	})
	s = reLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := reLink.FindStringSubmatch(m)
		text, u := sub[1], sub[2]
		if strings.Trim(text, " ") == "" || text == u {
			return keep(t.url(u))
		}
		return text + " " + keep(t.dim(t.url(u)))
	})
	s = reTimestamp.ReplaceAllStringFunc(s, func(m string) string {
		sub := reTimestamp.FindStringSubmatch(m)
		sec, err := strconv.ParseInt(sub[1], 10, 64)
		if err != nil {
			return m
		}
		style := byte('f')
		if sub[2] != "" {
			style = sub[2][0]
		}
		return keep(t.when(time.Unix(sec, 0), style))
	})
	s = reAutolink.ReplaceAllStringFunc(s, func(m string) string { return keep(t.url(m[1 : len(m)-1])) })
	s = reBold.ReplaceAllString(s, t.sgr(sgrBold)+"$1"+t.sgr(sgrNoBold))
	s = reUnderline.ReplaceAllString(s, t.sgr(sgrUnderline)+"$1"+t.sgr(sgrNoUnderline))
	s = reStrike.ReplaceAllString(s, t.sgr(sgrStrike)+"$1"+t.sgr(sgrNoStrike))
	s = reItalicA.ReplaceAllString(s, t.sgr(sgrItalic)+"$1"+t.sgr(sgrNoItalic))
	s = reItalicU.ReplaceAllString(s, "$1"+t.sgr(sgrItalic)+"$2"+t.sgr(sgrNoItalic)+"$3")
	if t.ansi {
		s = reQuoteLine.ReplaceAllString(s, t.dim("┃")+" ")
	} else {
		s = reQuoteLine.ReplaceAllString(s, "┃ ")
	}
	if len(kept) == 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if i := int(r) - 0xF0000; i >= 0 && i < len(kept) {
			b.WriteString(kept[i])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// when writes a time as Discord's timestamp styles would show it: R is
// relative ("5 min ago", "in 2 h"), the others absolute in t.loc.
func (t terminal) when(ts time.Time, style byte) string {
	ts = ts.In(t.loc)
	switch style {
	case 'R':
		return relative(ts, t.now())
	case 't':
		return ts.Format("15:04")
	case 'T':
		return ts.Format("15:04:05")
	case 'd':
		return ts.Format("2006-01-02")
	case 'D':
		return ts.Format("2 January 2006")
	case 'F':
		return ts.Format("Monday 2 January 2006 15:04")
	}
	return ts.Format("2 January 2006 15:04")
}

// relative says how long ago (or how soon) ts is from now, roughly.
func relative(ts, now time.Time) string {
	d := now.Sub(ts)
	future := d < 0
	if future {
		d = -d
	}
	var s string
	switch {
	case d < 45*time.Second:
		return "just now"
	case d < 90*time.Minute:
		s = fmt.Sprintf("%d min", max(1, int(d.Round(time.Minute)/time.Minute)))
	case d < 36*time.Hour:
		s = fmt.Sprintf("%d h", int(d.Round(time.Hour)/time.Hour))
	case d < 45*24*time.Hour:
		n := int(d.Round(24*time.Hour) / (24 * time.Hour))
		s = fmt.Sprintf("%d %s", n, plural(n, "day", "days"))
	default:
		n := int(d / (30 * 24 * time.Hour))
		if n < 18 {
			s = fmt.Sprintf("%d %s", n, plural(n, "month", "months"))
		} else {
			n = int(d / (365 * 24 * time.Hour))
			s = fmt.Sprintf("%d %s", n, plural(n, "year", "years"))
		}
	}
	if future {
		return "in " + s
	}
	return s + " ago"
}

// wrap breaks a line at spaces into lines of at most width visible
// columns (ANSI sequences take none); a longer word, such as a URL, gets a
// line of its own. width <= 0 means no wrapping.
func wrap(line string, width int) []string {
	if width <= 0 || visibleWidth(line) <= width {
		return []string{line}
	}
	var out []string
	var cur strings.Builder
	curW := 0
	for _, word := range strings.Split(line, " ") {
		w := visibleWidth(word)
		if curW > 0 && curW+1+w > width {
			out = append(out, cur.String())
			cur.Reset()
			curW = 0
		}
		if curW > 0 {
			cur.WriteByte(' ')
			curW++
		}
		cur.WriteString(word)
		curW += w
	}
	return append(out, cur.String())
}

// visibleWidth counts the runes of s outside ANSI escape sequences.
func visibleWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			i = j + 1
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}
