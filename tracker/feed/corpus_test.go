package feed

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newshound/tracker/internal/corpustest"
)

const corpusDir = corpustest.Dir

// parseWithTimeout runs Parse in a goroutine so one pathological file
// cannot hang the suite. A goroutine left behind by a timeout is reported
// as a failure, so it never outlives a passing run.
func parseWithTimeout(body []byte, d time.Duration) (*Feed, error) {
	type res struct {
		f   *Feed
		err error
	}
	ch := make(chan res, 1)
	go func() { f, err := Parse(body); ch <- res{f, err} }()
	select {
	case r := <-ch:
		return r.f, r.err
	case <-time.After(d):
		return nil, errHang
	}
}

var errHang = errors.New("parse did not finish in time")

type fpCase struct {
	File     string `json:"file"`
	Category string `json:"category"`
	Bozo     *bool  `json:"bozo"`
}

// TestFeedparserCorpus parses every file of feedparser's test suite
// (2,106 files). None may panic or hang (5 s per file).
//
// Floor: of the 1,784 files feedparser calls well-formed ("not bozo"),
// 1,753 parse today (98.3%). The 31 rejects are all of known kinds we
// accept: 16 UTF-16/UTF-32 documents (gofeed's charset table lacks them),
// 14 CDF documents (a 1997 Microsoft format whose root is <CHANNEL>,
// reported as "not a feed"), and
// 1 file whose charset is given only by an HTTP header this test does not
// simulate. Requiring 97% leaves room for those classes (and a few more
// of the same) but fails on any regression in detection or translation.
// Files with bozo=true/unknown are only required not to panic or hang;
// 12 of the entities/ files end in a truncated "</rss" and are rejected.
func TestFeedparserCorpus(t *testing.T) {
	dir := filepath.Join(corpusDir, "feedparser-tests")
	idx, err := os.Open(filepath.Join(dir, "index.jsonl"))
	if err != nil {
		t.Skipf("feedparser corpus absent (%v); see /work/shared/corpus/feedparser-tests/SOURCE.md", err)
	}
	defer idx.Close()
	var cases []fpCase
	sc := bufio.NewScanner(idx)
	for sc.Scan() {
		var c fpCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("index.jsonl: %v", err)
		}
		cases = append(cases, c)
	}
	type tally struct{ n, ok int }
	byBozo := map[string]*tally{}
	byCat := map[string]*tally{}
	var failedClean []string
	for _, c := range cases {
		body, err := os.ReadFile(filepath.Join(dir, c.File))
		if err != nil {
			t.Fatalf("%s: %v", c.File, err)
		}
		_, err = parseWithTimeout(body, 5*time.Second)
		if errors.Is(err, errHang) {
			t.Errorf("%s: %v", c.File, err)
		}
		if err != nil && strings.Contains(err.Error(), "panic") {
			t.Errorf("%s: %v", c.File, err)
		}
		b := "bozo=unknown"
		if c.Bozo != nil {
			b = fmt.Sprintf("bozo=%v", *c.Bozo)
		}
		for _, mk := range []struct {
			m map[string]*tally
			k string
		}{{byBozo, b}, {byCat, c.Category}} {
			m, k := mk.m, mk.k
			if m[k] == nil {
				m[k] = &tally{}
			}
			m[k].n++
			if err == nil {
				m[k].ok++
			}
		}
		if err != nil && c.Bozo != nil && !*c.Bozo {
			failedClean = append(failedClean, c.File+": "+err.Error())
		}
	}
	total, ok := 0, 0
	for k, v := range byBozo {
		t.Logf("%-14s %4d/%4d parsed", k, v.ok, v.n)
		total += v.n
		ok += v.ok
	}
	for k, v := range byCat {
		t.Logf("category %-12s %4d/%4d parsed", k, v.ok, v.n)
	}
	t.Logf("all files: %d/%d parsed", ok, total)
	for _, f := range failedClean {
		t.Logf("not-bozo file rejected: %s", f)
	}
	if total != len(cases) || total < 2000 {
		t.Fatalf("saw %d files; want the full corpus", total)
	}
	clean := byBozo["bozo=false"]
	if clean == nil || clean.ok*100 < clean.n*97 {
		t.Errorf("not-bozo files parsed: %d of %d; want >= 97%%", clean.ok, clean.n)
	}
}

// knownBad lists real-world sample feeds we expect Parse to reject, with
// the reason.
var knownBad = map[string]string{
	"unrecognized.rss":                            "an HTML \"Document Moved\" page, not a feed",
	"DuplicateContentAtomFeed.xml":                "an XHTML page with a feed pasted inside <body>",
	"InvalidDateFormat.xml":                       "truncated: </rss> is missing",
	"AmazonWebServicesBlogFirstEntryContent.xml":  "an HTML fragment (expected entry content), not a feed",
	"HREFConsideredHarmfulFirstEntry.xml":         "an HTML fragment, not a feed",
	"PaulDixExplainsNothingFirstEntryContent.xml": "an HTML fragment, not a feed",
	"TechCrunchFirstEntry.xml":                    "an HTML fragment, not a feed",
	"TechCrunchFirstEntryDescription.xml":         "an HTML fragment, not a feed",
	"TenderLovemakingFirstEntry.xml":              "an HTML fragment, not a feed",
}

func TestRealFeedsParse(t *testing.T) {
	var files []string
	for _, pat := range []string{"rss-parser-feeds/input/*", "feedjira-sample-feeds/sample_feeds/*"} {
		m, _ := filepath.Glob(filepath.Join(corpusDir, pat))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("real-feed corpora absent under " + corpusDir)
	}
	parsed, items := 0, 0
	for _, p := range files {
		name := filepath.Base(filepath.Dir(filepath.Dir(p))) + "/" + filepath.Base(p)
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parseWithTimeout(body, 10*time.Second)
		reason, bad := knownBad[filepath.Base(p)]
		switch {
		case err != nil && !bad:
			t.Errorf("%s: %v", name, err)
		case err == nil && bad:
			t.Errorf("%s: parsed, but listed as known-bad (%s); remove it from knownBad", name, reason)
		case err == nil:
			parsed++
			items += len(f.Items)
			for i, it := range f.Items {
				if it.Key == "" {
					t.Errorf("%s item %d: empty Key", name, i)
				}
				if len(it.Content) > maxContent+4 || len([]rune(it.Description)) > maxDescription+1 {
					t.Errorf("%s item %d: caps exceeded", name, i)
				}
			}
		}
	}
	t.Logf("real feeds: %d/%d parsed, %d items, %d known-bad", parsed, len(files), items, len(knownBad))
}
