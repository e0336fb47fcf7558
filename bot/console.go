package bot

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"

	"newshound/tracker"
)

// The console is one guild with one channel, whose user may do everything.
const (
	ConsoleGuild   = "console"
	ConsoleChannel = "console"
)

// Console is the terminal front end: commands from In, one a line, and every
// message the bot would post, replies and alerts alike, to Out.
type Console struct {
	Commands *Commands
	Out      io.Writer
	// JSON prints each message as one line of JSON: the Discord payload plus
	// its kind.
	JSON bool

	mu sync.Mutex // one message at a time on Out
}

// Notify implements tracker.Notifier.
func (c *Console) Notify(_ context.Context, alerts []tracker.Alert) error {
	return c.print(AlertMessages(alerts))
}

// Run reads commands until in ends or ctx is cancelled, answering each in
// turn. Blank lines and lines starting with # are skipped.
func (c *Console) Run(ctx context.Context, in io.Reader) error {
	lines := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(lines)
		r := bufio.NewReader(in)
		for {
			line, err := readLine(r)
			if line != "" || err == nil {
				select {
				case lines <- line:
				case <-ctx.Done():
					return
				}
			}
			if err != nil {
				if err != io.EOF {
					errc <- err
				}
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return nil
		case line, ok := <-lines:
			if !ok {
				select {
				case err := <-errc:
					if err != nil {
						return fmt.Errorf("reading commands: %w", err)
					}
				default:
				}
				return nil
			}
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			for _, m := range c.handle(ctx, line) {
				if err := c.print(m); err != nil {
					return err
				}
			}
		}
	}
}

// maxLine bounds one command line; the rest of a longer line is dropped
// and the command refused.
const maxLine = 64 << 10

// lineTooLong stands for a line past maxLine.
const lineTooLong = "\x00too long"

// readLine reads one line, without its end, of at most maxLine bytes.
func readLine(r *bufio.Reader) (string, error) {
	var b []byte
	tooLong := false
	for {
		part, isPrefix, err := r.ReadLine()
		if !tooLong {
			b = append(b, part...)
			if len(b) > maxLine {
				tooLong, b = true, nil
			}
		}
		if err != nil || !isPrefix {
			if tooLong {
				return lineTooLong, err
			}
			return string(b), err
		}
	}
}

func (c *Console) handle(ctx context.Context, line string) []Message {
	if line == lineTooLong {
		return []Message{errorReply(fmt.Sprintf("That command is longer than %d KB; it was ignored.", maxLine>>10))}
	}
	r, err := ParseLine(line)
	if err != nil {
		text, _ := tracker.UserMessage(err)
		return []Message{errorReply(text)}
	}
	r.GuildID, r.ChannelID, r.UserID = ConsoleGuild, ConsoleChannel, "console"
	r.Perms = discordgo.PermissionAll
	return c.Commands.Handle(ctx, r)
}

func (c *Console) print(m Message) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.JSON {
		b, err := json.Marshal(m)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(c.Out, "%s\n", b)
		return err
	}
	_, err := io.WriteString(c.Out, renderText(m))
	return err
}

// renderText lays a message out for a terminal: its content, then each
// embed's parts, with a rule between messages.
func renderText(m Message) string {
	var b strings.Builder
	fmt.Fprintf(&b, "── %s ──\n", m.Kind)
	if m.Content != "" {
		b.WriteString(m.Content + "\n")
	}
	for _, e := range m.Embeds {
		bar := func(s string) {
			for _, l := range strings.Split(s, "\n") {
				b.WriteString("│ " + l + "\n")
			}
		}
		if e.Author != nil && e.Author.Name != "" {
			bar(e.Author.Name)
		}
		if e.Title != "" {
			bar(e.Title)
		}
		if e.URL != "" {
			bar(e.URL)
		}
		if e.Description != "" {
			bar(e.Description)
		}
		for _, f := range e.Fields {
			bar(f.Name + ": " + f.Value)
		}
		if e.Footer != nil && e.Footer.Text != "" {
			bar(e.Footer.Text)
		}
		if e.Timestamp != "" {
			bar(e.Timestamp)
		}
	}
	b.WriteString("\n")
	return b.String()
}
