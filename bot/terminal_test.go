package bot

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"newshound/tracker"
)

var termNow = time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)

func plainTerm() terminal { return terminal{now: func() time.Time { return termNow }, loc: time.UTC} }
func ansiTerm() terminal  { t := plainTerm(); t.ansi = true; return t }

func TestTerminalMarkdownReadsAsText(t *testing.T) {
	ago := termNow.Add(-5 * time.Minute).Unix()
	cases := []struct{ in, plain, ansi string }{
		{"Now tracking **bagram**.", "Now tracking bagram.", "Now tracking \x1b[1mbagram\x1b[22m."},
		{escape("C*-star_ship [x](y) <@123> **no**"), "C*-star_ship [x](y) <@123> **no**", "C*-star_ship [x](y) <@123> **no**"},
		{"[Bagram base](https://a.example/x_y_z)", "Bagram base https://a.example/x_y_z",
			"Bagram base \x1b[2m\x1b[4mhttps://a.example/x_y_z\x1b[24m\x1b[22m"},
		{"[https://a.example/](<https://a.example/>)", "https://a.example/", "\x1b[4mhttps://a.example/\x1b[24m"},
		{"published <t:" + itoa(ago) + ":R>", "published 5 min ago", "published 5 min ago"},
		{"at <t:" + itoa(termNow.Unix()) + ":t>", "at 10:00", "at 10:00"},
		{"see <https://a.example/a_b_>", "see https://a.example/a_b_", "see \x1b[4mhttps://a.example/a_b_\x1b[24m"},
		{"type `/track <query>`", "type /track <query>", "type \x1b[2m/track <query>\x1b[22m"},
		{"> “We want it back,” — **Donald Trump**", "┃ “We want it back,” — Donald Trump", "\x1b[2m┃\x1b[22m “We want it back,” — \x1b[1mDonald Trump\x1b[22m"},
		{"an _aside_ and snake_case_name", "an aside and snake_case_name", "an \x1b[3maside\x1b[23m and snake_case_name"},
	}
	for _, c := range cases {
		if got := plainTerm().markdown(c.in); got != c.plain {
			t.Errorf("plain markdown(%q) = %q; want %q", c.in, got, c.plain)
		}
		if got := ansiTerm().markdown(c.in); got != c.ansi {
			t.Errorf("ANSI markdown(%q) = %q; want %q", c.in, got, c.ansi)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestRelativeTimes(t *testing.T) {
	for d, want := range map[time.Duration]string{
		10 * time.Second: "just now", 5 * time.Minute: "5 min ago", 3 * time.Hour: "3 h ago",
		-2 * time.Hour: "in 2 h", 3 * 24 * time.Hour: "3 days ago", 24 * time.Hour: "24 h ago",
		400 * 24 * time.Hour: "13 months ago", 800 * 24 * time.Hour: "2 years ago",
	} {
		if got := relative(termNow.Add(-d), termNow); got != want {
			t.Errorf("relative(now - %v) = %q; want %q", d, got, want)
		}
	}
}

// TestTerminalEmbedIsAnIndentedBlockWithItsColourBar: every line of an
// embed, title to footer, is indented behind a bar in the embed's colour.
func TestTerminalEmbedIsAnIndentedBlockWithItsColourBar(t *testing.T) {
	m := AlertMessages([]tracker.Alert{{
		Kind: tracker.KindAlert, Topic: "bagram",
		Item: tracker.Item{Title: "Talks on *Bagram*", URL: "https://a.example/story", Outlet: "Harbor Daily",
			Description: "Officials met at Bagram on Tuesday.", Published: termNow.Add(-time.Hour), Seen: termNow},
	}})
	ansi := ansiTerm().message(m)
	bar := "  \x1b[38;2;47;128;237m▌\x1b[39m " // colorAlert 0x2F80ED
	lines := strings.Split(strings.TrimRight(ansi, "\n"), "\n")
	if !strings.Contains(lines[0], "alert") || !strings.Contains(lines[1], "New on \x1b[1mbagram\x1b[22m") {
		t.Fatalf("head = %q", lines[:2])
	}
	for _, l := range lines[2:] {
		if !strings.HasPrefix(l, strings.TrimRight(bar, " ")) {
			t.Errorf("embed line %q lacks the colour bar", l)
		}
	}
	plain := plainTerm().message(m)
	for _, want := range []string{"  │ Harbor Daily\n", "  │ Talks on *Bagram*\n", "  │ https://a.example/story\n",
		"  │ Officials met at Bagram on Tuesday.\n", "29 November 2026 09:00"} {
		if !strings.Contains(plain, want) {
			t.Errorf("plain rendering lacks %q:\n%s", want, plain)
		}
	}
	if strings.Contains(plain, "\x1b") || strings.Contains(plain, "**") || strings.Contains(plain, `\*`) {
		t.Errorf("plain rendering has escapes or markdown:\n%s", plain)
	}
}

// TestConsolePromptStepsAsideForOutput: with a prompt, an alert or a log
// line that arrives while it waits first clears the prompt's line, then
// puts the prompt back, so output never starts mid-line after "> ".
func TestConsolePromptStepsAsideForOutput(t *testing.T) {
	var screen bytes.Buffer // stdout and stderr on one terminal
	c := &Console{Out: &screen, Prompt: &screen, Now: func() time.Time { return termNow }, Commands: &Commands{}}
	log := c.LogWriter(&screen)
	c.showPrompt(true)
	log.Write([]byte("level=WARN msg=\"poll failed\"\n"))
	if _, err := c.Notify(context.Background(), []tracker.Alert{{Kind: tracker.KindNotice, Notice: "Feed paused."}}); err != nil {
		t.Fatal(err)
	}
	want := "> \r\x1b[Klevel=WARN msg=\"poll failed\"\n> \r\x1b[K── alert ──\n⚠️ Feed paused.\n\n> "
	if got := screen.String(); got != want {
		t.Errorf("screen = %q; want %q", got, want)
	}

	// Commands: a prompt before each, none after the end of input but a
	// newline, so the shell's prompt starts on its own line.
	screen.Reset()
	c = &Console{Out: &screen, Prompt: &screen, Commands: &Commands{}}
	if err := c.Run(context.Background(), strings.NewReader("\n/nonsense\n")); err != nil {
		t.Fatal(err)
	}
	got := screen.String()
	if !strings.HasPrefix(got, "> > ── reply ──\n") || !strings.HasSuffix(got, "\n\n> \n") || strings.Contains(got, "\r") {
		t.Errorf("screen = %q; want prompts around the reply and a final newline", got)
	}
}

// TestEmbedLinesWrapBehindTheirBar: a long description wraps at the
// terminal's width, every piece behind the bar; a URL longer than the
// width keeps a line of its own rather than being split.
func TestEmbedLinesWrapBehindTheirBar(t *testing.T) {
	term := plainTerm()
	term.width = 40
	long := "https://a.example/" + strings.Repeat("x", 50)
	m := newMessage(KindReply, "", &discordgo.MessageEmbed{Description: "one two three four five six seven eight nine ten eleven twelve " + long + " end"})
	got := term.message(m)
	want := "── reply ──\n" +
		"  │ one two three four five six seven\n" +
		"  │ eight nine ten eleven twelve\n" +
		"  │ " + long + "\n" +
		"  │ end\n\n"
	if got != want {
		t.Errorf("wrapped =\n%s\nwant\n%s", got, want)
	}
	if w := visibleWidth("\x1b[1mbold\x1b[22m “q”"); w != 8 {
		t.Errorf("visibleWidth = %d; want 8 (escapes take no columns)", w)
	}
}
