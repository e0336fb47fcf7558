package bot

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

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
//
// Without JSON, messages are laid out for a person (see terminal): with
// ANSI styles and colour bars when Color is set (Out is a terminal), as
// plain text otherwise. With Prompt set (stdin is a terminal), "> " is
// written there before each command is read; output that arrives while it
// waits, an alert or a log line written through LogWriter, first takes the
// prompt off its line and then puts it back, so lines never interleave.
type Console struct {
	Commands *Commands
	Out      io.Writer
	// JSON prints each message as one line of JSON: the Discord payload plus
	// its kind.
	JSON bool
	// Color renders markdown as ANSI styles and embeds behind a bar of
	// their colour.
	Color bool
	// Prompt, when non-nil, is the terminal the prompt is written to.
	Prompt io.Writer
	// Now is the clock for relative times ("5 min ago"); nil is time.Now.
	Now func() time.Time
	// Width, when it reports more than 0, is the terminal's width in
	// columns: embeds are wrapped to it so that their bar runs down every
	// line. It is asked for each message, so a resized window is followed.
	Width func() int

	mu        sync.Mutex // one message, log line or prompt at a time
	prompting bool       // the prompt is on screen, waiting for a command

	idMu   sync.Mutex
	lastID uint64 // the last message ID given
}

// Notify implements tracker.Notifier: it prints the message with an ID
// of its own, or an update of an earlier one under that one's ID.
func (c *Console) Notify(_ context.Context, alerts []tracker.Alert) (string, error) {
	if alerts[0].Kind == tracker.KindUpdate {
		return "", c.print(UpdateMessage(alerts[0]))
	}
	m := AlertMessages(alerts)
	m.ID = c.newID()
	return m.ID, c.print(m)
}

// discordEpoch is the start of Discord's snowflake IDs, in Unix ms.
const discordEpoch = 1420070400000

// newID returns a message ID shaped like Discord's (a snowflake: the time
// in its top bits), increasing, and unique across runs on one database.
func (c *Console) newID() string {
	c.idMu.Lock()
	defer c.idMu.Unlock()
	id := uint64(time.Now().UnixMilli()-discordEpoch) << 22
	if id <= c.lastID {
		id = c.lastID + 1
	}
	c.lastID = id
	return strconv.FormatUint(id, 10)
}

// LogWriter returns a writer for log lines to w (each Write one whole
// line, as log/slog's handlers do) that takes turns with messages and the
// prompt.
func (c *Console) LogWriter(w io.Writer) io.Writer { return &consoleLog{c: c, w: w} }

type consoleLog struct {
	c *Console
	w io.Writer
}

func (l *consoleLog) Write(p []byte) (int, error) {
	l.c.mu.Lock()
	defer l.c.mu.Unlock()
	l.c.clearPrompt()
	n, err := l.w.Write(p)
	l.c.redrawPrompt()
	return n, err
}

// clearPrompt takes a waiting prompt off its line (c.mu held). What the
// user has typed but not entered stays in the terminal's line buffer.
func (c *Console) clearPrompt() {
	if c.prompting {
		io.WriteString(c.Prompt, "\r\x1b[K")
	}
}

// redrawPrompt puts the prompt back after output (c.mu held).
func (c *Console) redrawPrompt() {
	if c.prompting {
		io.WriteString(c.Prompt, promptText)
	}
}

const promptText = "> "

// showPrompt writes the prompt, if there is one, and notes it is waiting.
func (c *Console) showPrompt(on bool) {
	if c.Prompt == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if on && !c.prompting {
		io.WriteString(c.Prompt, promptText)
	}
	c.prompting = on
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
	c.showPrompt(true)
	defer func() {
		if c.Prompt != nil {
			c.mu.Lock()
			if c.prompting {
				io.WriteString(c.Prompt, "\n") // end of input: leave the prompt's line
			}
			c.prompting = false
			c.mu.Unlock()
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
			c.showPrompt(false) // the user pressed Enter: the cursor is on a fresh line
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				c.showPrompt(true)
				continue
			}
			for _, m := range c.handle(ctx, line) {
				if err := c.print(m); err != nil {
					return err
				}
			}
			c.showPrompt(true)
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
	var text string
	if c.JSON {
		b, err := json.Marshal(m)
		if err != nil {
			return err
		}
		text = string(b) + "\n"
	} else {
		now := c.Now
		if now == nil {
			now = time.Now
		}
		width := 0
		if c.Width != nil {
			width = c.Width()
		}
		text = terminal{ansi: c.Color, now: now, loc: time.Local, width: width}.message(m)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clearPrompt()
	_, err := io.WriteString(c.Out, text)
	c.redrawPrompt()
	return err
}
