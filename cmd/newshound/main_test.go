package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"newshound/tracker/demo"
)

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newshound-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "newshound")
	out, err := exec.Command("go", "build", "-race", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building newshound: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// liveFeed is an RSS feed on 127.0.0.1 whose items a test adds.
type liveFeed struct {
	*httptest.Server
	mu    sync.Mutex
	items []string
}

func newLiveFeed(t *testing.T) *liveFeed {
	f := &liveFeed{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/news/") {
			fmt.Fprintf(w, `<html><head><title>%s</title></head><body><nav>Home | World</nav><article><h1>Story</h1>
<p>Officials met at the Bagram air base on Tuesday to discuss its future, according to people familiar with the talks.</p>
<p>"We want it back, and we want it back right away," Donald Trump said at the White House.</p>
<p>"This is a matter for Afghans alone," Taliban spokesman Zabihullah Mujahid said in a statement.</p>
</article><footer>Copyright</footer></body></html>`, html.EscapeString(r.URL.Path))
			return
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>`)
		for i := len(f.items) - 1; i >= 0; i-- {
			fmt.Fprint(w, f.items[i])
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *liveFeed) add(slug, title, desc string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	link := f.URL + "/news/" + slug
	f.items = append(f.items, fmt.Sprintf("<item><title>%s</title><link>%s</link><guid>%s</guid><description>%s</description><pubDate>%s</pubDate></item>",
		html.EscapeString(title), link, slug, html.EscapeString(desc), time.Now().UTC().Format(time.RFC1123Z)))
	return link
}

// proc is a running `newshound console -json`.
type proc struct {
	t     *testing.T
	cmd   *exec.Cmd
	stdin io.WriteCloser
	mu    sync.Mutex
	lines []map[string]any
	done  chan struct{}
}

func startConsole(t *testing.T, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"console", "-json"}, args...)...)
	cmd.Stderr = &testWriter{t: t}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, cmd: cmd, stdin: stdin, done: make(chan struct{})}
	go func() {
		defer close(p.done)
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var m map[string]any
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				t.Errorf("stdout line is not JSON: %q", sc.Text())
				continue
			}
			p.mu.Lock()
			p.lines = append(p.lines, m)
			p.mu.Unlock()
		}
	}()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return p
}

type testWriter struct{ t *testing.T }

func (w *testWriter) Write(b []byte) (int, error) {
	w.t.Logf("stderr: %s", strings.TrimRight(string(b), "\n"))
	return len(b), nil
}

func (p *proc) send(line string) {
	p.t.Helper()
	if _, err := io.WriteString(p.stdin, line+"\n"); err != nil {
		p.t.Fatal(err)
	}
}

func (p *proc) messages(kind string) []map[string]any {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []map[string]any
	for _, m := range p.lines {
		if kind == "" || m["kind"] == kind {
			out = append(out, m)
		}
	}
	return out
}

func (p *proc) waitMessages(kind string, n int) []map[string]any {
	p.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := p.messages(kind)
		if len(got) >= n {
			return got
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("timed out waiting for %d %q messages; have %v", n, kind, p.messages(""))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// exit closes stdin and waits for the process to exit by itself.
func (p *proc) exit() {
	p.t.Helper()
	p.stdin.Close()
	errc := make(chan error, 1)
	go func() { <-p.done; errc <- p.cmd.Wait() }()
	select {
	case err := <-errc:
		if err != nil {
			p.t.Fatalf("console exited with %v", err)
		}
	case <-time.After(30 * time.Second):
		p.t.Fatal("console did not exit after stdin closed")
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestConsoleTracksAlertsOnceAndRemembersAcrossRestarts(t *testing.T) {
	feed := newLiveFeed(t)
	feed.add("old", "Harbour reopens", "Ships return.")
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte("# test feed\n"+feed.URL+"/rss\n"), 0o644)
	db := filepath.Join(dir, "nh.db")

	p := startConsole(t, "-feeds", feeds, "-poll", "1s", "-db", db)
	p.send("/track bagram")
	replies := p.waitMessages("reply", 1)
	if !strings.Contains(mustJSON(replies[0]), "bagram") {
		t.Fatalf("track reply = %v", replies[0])
	}
	p.send(`/track "air base`)
	replies = p.waitMessages("reply", 2)
	if !strings.Contains(strings.ToLower(mustJSON(replies[1])), "quote") {
		t.Fatalf("malformed query reply = %v; want it to name the unclosed quote", replies[1])
	}
	link := feed.add("bagram-1", "Talks on the future of Bagram air base", "Officials met at Bagram.")
	feed.add("other", "Chip factory opens", "A new plant.")
	alerts := p.waitMessages("alert", 1)
	if s := mustJSON(alerts[0]); !strings.Contains(s, link) {
		t.Fatalf("alert = %s; want a link to %s", s, link)
	}
	if am, ok := alerts[0]["allowed_mentions"].(map[string]any); !ok || len(am["parse"].([]any)) != 0 {
		t.Fatalf("allowed_mentions = %v; want parse: []", alerts[0]["allowed_mentions"])
	}
	if id, _ := alerts[0]["id"].(string); id == "" {
		t.Fatalf("alert = %s; want its message \"id\" (an update would name it)", mustJSON(alerts[0]))
	}
	time.Sleep(3 * time.Second) // a few more polls
	p.send("/topics")
	replies = p.waitMessages("reply", 3)
	if !strings.Contains(mustJSON(replies[2]), "bagram") {
		t.Fatalf("/topics = %v", replies[2])
	}
	p.send("/summary bagram")
	sums := p.waitMessages("summary", 1)
	if s := mustJSON(sums); !strings.Contains(s, "We want it back") || !strings.Contains(s, "Trump") {
		t.Fatalf("summary = %s; want the quote with its speaker", s)
	}
	p.exit()
	if n := len(p.messages("alert")); n != 1 {
		t.Fatalf("%d alerts; want exactly 1", n)
	}

	// Restart on the same database: no repeat, topic remembered.
	p2 := startConsole(t, "-feeds", feeds, "-poll", "1s", "-db", db)
	time.Sleep(3 * time.Second)
	p2.send("/topics")
	replies = p2.waitMessages("reply", 1)
	if !strings.Contains(mustJSON(replies[0]), "bagram") {
		t.Fatalf("/topics after restart = %v", replies[0])
	}
	p2.exit()
	if n := len(p2.messages("alert")); n != 0 {
		t.Fatalf("%d alerts after restart; want 0", n)
	}
}

func TestSubcommandsFailCleanly(t *testing.T) {
	cases := []struct {
		args []string
		env  []string
		code int
		want string
	}{
		{[]string{}, nil, 2, "Usage"},
		{[]string{"bogus"}, nil, 2, "unknown command"},
		{[]string{"run"}, []string{"DISCORD_TOKEN="}, 2, "DISCORD_TOKEN"},
		{[]string{"console", "-poll", "10ms"}, nil, 2, "-poll"},
		{[]string{"extract"}, nil, 2, "Usage"},
		{[]string{"extract", "/nonexistent/file.html"}, nil, 1, "no such file"},
		{[]string{"backup"}, nil, 2, "Usage"},
		{[]string{"salvage"}, nil, 2, "Usage"},
		{[]string{"console", "-h"}, nil, 0, "-demo"},
	}
	for _, c := range cases {
		cmd := exec.Command(binary, c.args...)
		cmd.Env = append(os.Environ(), c.env...)
		cmd.Dir = t.TempDir()
		out, _ := cmd.CombinedOutput()
		if code := cmd.ProcessState.ExitCode(); code != c.code || !strings.Contains(string(out), c.want) {
			t.Errorf("newshound %v: exit %d, output %q; want exit %d mentioning %q", c.args, code, out, c.code, c.want)
		}
		if strings.Contains(string(out), "goroutine ") {
			t.Errorf("newshound %v panicked: %s", c.args, out)
		}
	}
}

// TestDemoSaysWhatToType: the demo's first words tell a newcomer what to
// type, on stderr, so that -json's stdout stays all JSON.
func TestDemoSaysWhatToType(t *testing.T) {
	cmd := exec.Command(binary, "console", "-json", "-demo", "-db", filepath.Join(t.TempDir(), "nh.db"))
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil { // stdin is empty: it exits once started
		t.Fatalf("console -demo: %v\n%s", err, stderr.String())
	}
	if n := strings.Count(stderr.String(), "Type /track bagram"); n != 1 {
		t.Errorf("stderr says %d times what to type; want once:\n%s", n, stderr.String())
	}
	// The pace it announces is the demo's: quick, then steady for at
	// least a quarter of an hour of fresh stories.
	if want := "a story every 8s at first, then one every 30s, fresh for 15 minutes, then repeats"; !strings.Contains(stderr.String(), want) || demo.DefaultInterval != 8*time.Second || demo.DefaultSteady != 30*time.Second {
		t.Errorf("stderr lacks %q (or the demo's pace changed):\n%s", want, stderr.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout = %q; want nothing before a command", stdout.String())
	}
	if strings.Contains(stderr.String(), "level=INFO") {
		t.Errorf("the console logs at info by default; want warnings only:\n%s", stderr.String())
	}
}
