package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const samplePage = `<!doctype html><html><head><title>Talks on Bagram stall | Example News</title>
<meta property="article:published_time" content="2026-11-28T09:30:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Talks on Bagram stall</h1><p class="byline">By Jane Doe</p>
<p>Talks on the future of Bagram air base stalled on Friday after a second day of meetings in Doha, officials said.</p>
<p>"We will not sign anything that gives away Afghan soil," said Zabihullah Mujahid, the Taliban's chief spokesman. "Our position has not changed," Mujahid added.</p>
<p>A US delegate, who asked not to be named, called the talks "slow but not dead."</p>
</article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Storm hits coast</a></li></ul></aside>
<footer>© 2026 Example News. All rights reserved. Terms | Privacy</footer></body></html>`

type extractLine struct {
	Source    string `json:"source"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
	Quotes    []struct {
		Text, Speaker, Cue string
	} `json:"quotes"`
}

func runExtractJSON(t *testing.T, args ...string) ([]extractLine, string, int) {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"extract", "-json"}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Run()
	var lines []extractLine
	for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if l == "" {
			continue
		}
		var e extractLine
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("stdout line %q: %v", l, err)
		}
		lines = append(lines, e)
	}
	return lines, stderr.String(), cmd.ProcessState.ExitCode()
}

func checkSample(t *testing.T, e extractLine) {
	t.Helper()
	if !strings.Contains(e.Text, "Talks on the future of Bagram") || strings.Contains(e.Text, "Related stories") || strings.Contains(e.Text, "All rights reserved") {
		t.Errorf("text = %q; want the article without boilerplate", e.Text)
	}
	if len(e.Quotes) < 2 || e.Quotes[0].Speaker != "Zabihullah Mujahid" || e.Quotes[1].Speaker != "Zabihullah Mujahid" {
		t.Errorf("quotes = %+v; want Mujahid's two quotes under his full name", e.Quotes)
	}
}

func TestExtractHTMLTextAndURL(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	os.WriteFile(page, []byte(samplePage), 0o644)
	txt := filepath.Join(dir, "article.txt")
	os.WriteFile(txt, []byte("Talks on Bagram stall\n\nTalks on the future of Bagram air base stalled on Friday.\n\n\"We will not sign anything that gives away Afghan soil,\" said Zabihullah Mujahid, the Taliban's chief spokesman. \"Our position has not changed,\" Mujahid added.\n"), 0o644)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, samplePage) }))
	defer srv.Close()

	lines, stderr, code := runExtractJSON(t, page, txt, srv.URL+"/story")
	if code != 0 || len(lines) != 3 {
		t.Fatalf("exit %d, %d lines, stderr %q", code, len(lines), stderr)
	}
	checkSample(t, lines[0])
	checkSample(t, lines[2])
	if lines[0].Published != "2026-11-28T09:30:00Z" || !strings.Contains(lines[0].Title, "Talks on Bagram stall") {
		t.Errorf("title/published = %q %q", lines[0].Title, lines[0].Published)
	}
	if q := lines[1].Quotes; len(q) != 2 || q[1].Speaker != "Zabihullah Mujahid" {
		t.Errorf("plain-text quotes = %+v", q)
	}
}

func TestExtractGarbageFailsClearly(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "image.html")
	os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"), 0o644)
	empty := filepath.Join(dir, "empty.html")
	os.WriteFile(empty, nil, 0o644)
	huge := filepath.Join(dir, "huge.html")
	os.WriteFile(huge, bytes.Repeat([]byte("<p>word </p>"), 20<<20/12), 0o644)
	good := filepath.Join(dir, "good.html")
	os.WriteFile(good, []byte(samplePage), 0o644)

	lines, stderr, code := runExtractJSON(t, bin, empty, huge, good)
	if code != 1 {
		t.Fatalf("exit %d; want 1 (some sources failed)", code)
	}
	if len(lines) != 1 {
		t.Fatalf("%d lines; want only the good source", len(lines))
	}
	for _, want := range []string{"image.html", "empty.html", "huge.html", "3 of 4 sources failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q does not mention %q", stderr, want)
		}
	}
	if strings.Contains(stderr, "goroutine ") {
		t.Fatalf("panic: %s", stderr)
	}
}

// TestExtractReadsGzippedFiles: a saved page or text as .gz is read as what
// it holds; a damaged or oversized one is refused, saying why.
func TestExtractReadsGzippedFiles(t *testing.T) {
	dir := t.TempDir()
	gz := func(name string, data []byte) string {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		zw.Write(data)
		zw.Close()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	page := gz("page.html.gz", []byte(samplePage))
	txt := gz("article.txt.gz", []byte("Talks stall\n\n\"We will not sign anything that gives away Afghan soil,\" said Zabihullah Mujahid.\n"))
	bomb := gz("bomb.html.gz", bytes.Repeat([]byte{' '}, 9<<20))
	broken := filepath.Join(dir, "broken.html.gz")
	os.WriteFile(broken, []byte("\x1f\x8bnot really gzip"), 0o644)

	lines, stderr, code := runExtractJSON(t, page, txt, bomb, broken)
	if code != 1 || len(lines) != 2 {
		t.Fatalf("exit %d, %d lines, stderr %q; want the two good files read and exit 1", code, len(lines), stderr)
	}
	checkSample(t, lines[0])
	if q := lines[1].Quotes; len(q) != 1 || q[0].Speaker != "Zabihullah Mujahid" {
		t.Errorf("quotes of the gzipped text = %+v", q)
	}
	for _, want := range []string{"bomb.html.gz: larger than 8 MiB once decompressed", "broken.html.gz: not a readable gzip file"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q does not say %q", stderr, want)
		}
	}
}
