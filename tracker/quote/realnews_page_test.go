package quote

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeModFile puts a file of a fake downloaded module in cache, where the
// go command would: the module path and version case-encoded.
func writeModFile(t *testing.T, cache, dir, file string, data []byte) {
	t.Helper()
	fn := filepath.Join(cache, filepath.FromSlash(dir), filepath.FromSlash(file))
	if err := os.MkdirAll(filepath.Dir(fn), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(fn, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadRealPageFromModuleCache(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("GOMODCACHE", cache)
	writeModFile(t, cache, "example.com/fixtures/v2@v2.1.0", "test-pages/a/source.html", []byte("<p>page a</p>"))
	// Upper-case letters are stored as "!" and the letter in lower case.
	writeModFile(t, cache, "example.com/!big!co/pages@v1.0.0-!r!c1", "x/source.html", []byte("<p>page b</p>"))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>gzipped</p>"))
	zw.Close()
	writeModFile(t, cache, "example.com/fixtures/v2@v2.1.0", "test-pages/c/source.html.gz", gz.Bytes())

	for page, want := range map[string]string{
		"gomod:example.com/fixtures/v2@v2.1.0/test-pages/a/source.html":    "<p>page a</p>",
		"gomod:example.com/BigCo/pages@v1.0.0-RC1/x/source.html":           "<p>page b</p>",
		"gomod:example.com/fixtures/v2@v2.1.0/test-pages/c/source.html.gz": "<p>gzipped</p>",
	} {
		b, err := readRealPage(page)
		if err != nil || string(b) != want {
			t.Errorf("readRealPage(%q) = %q, %v; want %q", page, b, err, want)
		}
	}
}

// A module that is not in the cache: the set is skipped locally, with the
// command that downloads it, and fails in CI, which downloads it.
func TestReadRealPageModuleNotDownloaded(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("GOMODCACHE", cache)
	page := "gomod:example.com/fixtures/v2@v2.1.0/test-pages/a/source.html"
	_, err := readRealPage(page)
	var miss *missingPage
	if !errors.As(err, &miss) {
		t.Fatalf("readRealPage of a module not downloaded: err %v; want a *missingPage", err)
	}
	for _, want := range []string{page, filepath.Join(cache, "example.com", "fixtures", "v2@v2.1.0", "test-pages", "a", "source.html"),
		"not in the module cache", "go mod download example.com/fixtures/v2@v2.1.0"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	fail, msg := missingVerdict("fresh5", miss, false)
	if fail || !strings.Contains(msg, "realnews/fresh5 skipped, quality not measured") || !strings.Contains(msg, "go mod download") {
		t.Errorf("outside CI: fail %v, %q; want a skip saying so and how to download", fail, msg)
	}
	fail, msg = missingVerdict("fresh5", miss, true)
	if !fail || !strings.Contains(msg, "realnews/fresh5 cannot be measured in CI") || !strings.Contains(msg, "go mod download") {
		t.Errorf("in CI: fail %v, %q; want a failure saying so and how to download", fail, msg)
	}
	// A module that is there but lacks the file is missing the same way.
	writeModFile(t, cache, "example.com/fixtures/v2@v2.1.0", "test-pages/b/source.html", []byte("b"))
	if _, err := readRealPage(page); !errors.As(err, &miss) || !miss.inCI {
		t.Errorf("file missing from a downloaded module: err %v; want a *missingPage CI must have", err)
	}
}

// A corpus page that is not there skips its set, in CI too: the corpus is
// optional everywhere.
func TestReadRealPageCorpusMissing(t *testing.T) {
	page := "article-extraction-benchmark/html/no-such-page.html.gz"
	_, err := readRealPage(page)
	var miss *missingPage
	if !errors.As(err, &miss) || miss.inCI || !strings.Contains(err.Error(), page) {
		t.Fatalf("readRealPage(%q): err %v; want a *missingPage naming it, not needed in CI", page, err)
	}
	if fail, msg := missingVerdict("tune", miss, true); fail || !strings.Contains(msg, "realnews/tune skipped") {
		t.Errorf("corpus page missing in CI: fail %v, %q; want a skip", fail, msg)
	}
}

// A malformed gomod: name is an error that says the form wanted, never a
// skip, and never reads outside the module's directory.
func TestReadRealPageBadModuleSpec(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("GOMODCACHE", cache)
	writeModFile(t, cache, "", "secret.html", []byte("outside"))
	for _, page := range []string{
		"gomod:example.com/fixtures/v2",                                // no version
		"gomod:example.com/fixtures/v2@v2.1.0",                         // no file
		"gomod:@v2.1.0/source.html",                                    // no module
		"gomod:example.com/fixtures/v2@v2.1.0/../../../../secret.html", // leaves the module
		"gomod:example.com/../secret.html@v1/x.html",                   // unclean module path
		"gomod:example.com/fixtures/v2@../x/source.html",               // version ".."
	} {
		b, err := readRealPage(page)
		var miss *missingPage
		if err == nil || errors.As(err, &miss) || !strings.Contains(err.Error(), "want gomod:MODULE@VERSION/PATH") || !strings.Contains(err.Error(), page) {
			t.Errorf("readRealPage(%q) = %q, %v; want an error naming the page and the form wanted", page, b, err)
		}
	}
}

func TestCISet(t *testing.T) {
	for v, want := range map[string]bool{"": false, "true": true, "1": true, "yes": true, "false": false, "0": false, "FALSE": false} {
		t.Setenv("CI", v)
		if got := ciSet(); got != want {
			t.Errorf("CI=%q: ciSet() = %v; want %v", v, got, want)
		}
	}
}
