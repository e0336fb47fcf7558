package article

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/markusmobius/go-trafilatura"

	"newshound/tracker/internal/corpustest"
)

// The corpora live outside the repository (they are third-party pages used
// for evaluation only) and are never copied into it.
const (
	benchmarkDir = corpustest.Dir + "/article-extraction-benchmark"
	evalDir      = corpustest.Dir + "/trafilatura-eval-en"
)

// Floors sit just under what the current extractor reaches, so a regression
// fails CI. Measured values are in the package's test log (go test -v).
const (
	minBenchmarkF1 = 0.975
	minEvalF1      = 0.937
)

// ---- the article-extraction-benchmark shingle metric ----

// words splits text as Python's Unicode \w+ does: runs of letters, numbers
// and underscores.
func words(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
}

// shingles returns the multiset of 4-token n-grams of text. Text of fewer
// than four tokens yields one shingle of all its tokens (possibly none).
func shingles(text string) map[string]int {
	toks := words(text)
	const n = 4
	m := map[string]int{}
	for i := 0; i < max(1, len(toks)-n+1); i++ {
		m[strings.Join(toks[i:min(len(toks), i+n)], "\x00")]++
	}
	return m
}

// shinglePR scores one document: tp, fp and fn are shared, predicted-only
// and gold-only shingle counts; precision and recall are 1 when there is
// nothing to get wrong.
func shinglePR(pred, gold string) (p, r float64) {
	ps, gs := shingles(pred), shingles(gold)
	var tp, fp, fn float64
	for k, c := range ps {
		g := gs[k]
		tp += float64(min(c, g))
		fp += float64(max(0, c-g))
	}
	for k, g := range gs {
		fn += float64(max(0, g-ps[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	p, r = 1, 1
	if fp > 0 {
		p = tp / (tp + fp)
	}
	if fn > 0 {
		r = tp / (tp + fn)
	}
	return p, r
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// corpusPRF is the benchmark's corpus score: mean precision, mean recall,
// and the harmonic mean of those two means.
func corpusPRF(ps, rs []float64) (p, r, f float64) {
	for i := range ps {
		p += ps[i]
		r += rs[i]
	}
	p /= float64(len(ps))
	r /= float64(len(rs))
	return p, r, f1(p, r)
}

// ---- corpus loading ----

type page struct {
	id, url string
	path    string   // gzipped HTML, read by runAll
	gold    string   // benchmark gold body
	with    []string // eval: must appear
	without []string // eval: must not appear
}

func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

func loadBenchmark(t testing.TB) []page {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(benchmarkDir, "ground-truth.json"))
	if os.IsNotExist(err) {
		t.Skipf("benchmark corpus not found at %s; quality not measured", benchmarkDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var gt map[string]struct{ ArticleBody, URL string }
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatal(err)
	}
	var pages []page
	for id, g := range gt {
		pages = append(pages, page{id: id, url: g.URL, gold: g.ArticleBody,
			path: filepath.Join(benchmarkDir, "html", id+".html.gz")})
	}
	return pages
}

func loadEval(t testing.TB) []page {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(evalDir, "evaldata-en.json"))
	if os.IsNotExist(err) {
		t.Skipf("trafilatura eval corpus not found at %s; quality not measured", evalDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var ed map[string]struct {
		File          string
		With, Without []string
	}
	if err := json.Unmarshal(raw, &ed); err != nil {
		t.Fatal(err)
	}
	var pages []page
	for u, e := range ed {
		if !strings.HasPrefix(u, "http") {
			u = ""
		}
		pages = append(pages, page{id: e.File, url: u, with: e.With, without: e.Without,
			path: filepath.Join(evalDir, "html", e.File+".gz")})
	}
	return pages
}

// runAll reads and extracts every page with o, GOMAXPROCS pages at a time,
// and returns the texts and the mean time per page (wall time of each
// extraction, reading excluded). A page that cannot be read fails the test.
func runAll(t testing.TB, pages []page, o options) (texts []string, perPage time.Duration) {
	texts = make([]string, len(pages))
	durs := make([]time.Duration, len(pages))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				body, err := gunzip(pages[i].path)
				if err != nil {
					t.Error(err)
					continue
				}
				start := time.Now()
				a, _ := extract(body, pages[i].url, o)
				durs[i] = time.Since(start)
				texts[i] = a.Text
			}
		})
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	var total time.Duration
	for _, d := range durs {
		total += d
	}
	return texts, total / time.Duration(len(pages))
}

func scoreBenchmark(pages []page, texts []string) (p, r, f float64) {
	ps, rs := make([]float64, len(pages)), make([]float64, len(pages))
	for i := range pages {
		ps[i], rs[i] = shinglePR(texts[i], pages[i].gold)
	}
	return corpusPRF(ps, rs)
}

// squash collapses whitespace, as trafilatura's evaluation does.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func scoreEval(pages []page, texts []string) (p, r, f float64) {
	var tp, fn, fp float64
	for i, pg := range pages {
		text := squash(texts[i])
		for _, s := range pg.with {
			if strings.Contains(text, squash(s)) {
				tp++
			} else {
				fn++
			}
		}
		for _, s := range pg.without {
			if strings.Contains(text, squash(s)) {
				fp++
			}
		}
	}
	p, r = tp/(tp+fp), tp/(tp+fn)
	return p, r, f1(p, r)
}

// TestQuality measures extraction on two public corpora and fails when the
// score drops under its floor.
func TestQuality(t *testing.T) {
	t.Run("article-extraction-benchmark", func(t *testing.T) {
		pages := loadBenchmark(t)
		texts, per := runAll(t, pages, defaultOptions)
		p, r, f := scoreBenchmark(pages, texts)
		t.Logf("%d pages: F1 %.4f (precision %.4f, recall %.4f); %.1f ms/page", len(pages), f, p, r, msec(per))
		logReservedSplit(t, pages, texts, scoreBenchmark)
		if f < minBenchmarkF1 {
			t.Errorf("shingle F1 = %.4f; want >= %.3f", f, minBenchmarkF1)
		}
	})
	t.Run("trafilatura-eval-en", func(t *testing.T) {
		pages := loadEval(t)
		texts, per := runAll(t, pages, defaultOptions)
		p, r, f := scoreEval(pages, texts)
		t.Logf("%d pages: F1 %.4f (precision %.4f, recall %.4f); %.1f ms/page", len(pages), f, p, r, msec(per))
		logReservedSplit(t, pages, texts, scoreEval)
		if f < minEvalF1 {
			t.Errorf("snippet F1 = %.4f; want >= %.3f", f, minEvalF1)
		}
	})
}

// logReservedSplit logs the score of the pages in the corpus's RESERVED.md
// apart from the others. The cleaning rules were written looking only at
// the others, so the reserved pages are an untuned check of them.
func logReservedSplit(t *testing.T, pages []page, texts []string, score func([]page, []string) (p, r, f float64)) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(corpustest.Dir, "RESERVED.md"))
	if err != nil {
		return
	}
	var res, other []page
	var resT, otherT []string
	for i, pg := range pages {
		if strings.Contains(string(raw), filepath.Base(pg.path)) {
			res, resT = append(res, pg), append(resT, texts[i])
		} else {
			other, otherT = append(other, pg), append(otherT, texts[i])
		}
	}
	if len(res) == 0 || len(other) == 0 {
		return
	}
	_, _, fo := score(other, otherT)
	_, _, fr := score(res, resT)
	t.Logf("F1 %.4f on the %d pages rules were studied on; %.4f on the %d reserved pages (never studied)", fo, len(other), fr, len(res))
}

// TestShingleMetricReproducesPublishedScores checks the metric against the
// benchmark's shipped baseline outputs, whose published scores are known.
func TestShingleMetricReproducesPublishedScores(t *testing.T) {
	pages := loadBenchmark(t)
	for _, c := range []struct {
		file    string
		p, r, f float64
	}{
		{"go_trafilatura.json", 0.940, 0.980, 0.960},
		{"go_readability.json", 0.900, 0.971, 0.934},
	} {
		raw, err := os.ReadFile(filepath.Join(benchmarkDir, "baselines", c.file))
		if err != nil {
			t.Fatal(err)
		}
		var wrapped struct {
			Output map[string]struct{ ArticleBody string }
		}
		if err := json.Unmarshal(raw, &wrapped); err != nil {
			t.Fatal(err)
		}
		texts := make([]string, len(pages))
		for i, pg := range pages {
			texts[i] = wrapped.Output[pg.id].ArticleBody
		}
		p, r, f := scoreBenchmark(pages, texts)
		if round3(p) != c.p || round3(r) != c.r || round3(f) != c.f {
			t.Errorf("%s: got P %.4f R %.4f F1 %.4f; want %.3f %.3f %.3f", c.file, p, r, f, c.p, c.r, c.f)
		}
	}
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

func msec(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// TestCompareOptions prints the scores of the extraction choices that were
// weighed for defaultOptions. It is slow, so it runs only on request:
//
//	ARTICLE_COMPARE=1 go test -run TestCompareOptions -v ./tracker/article/
func TestCompareOptions(t *testing.T) {
	if os.Getenv("ARTICLE_COMPARE") == "" {
		t.Skip("set ARTICLE_COMPARE=1 to compare extraction options")
	}
	bench, eval := loadBenchmark(t), loadEval(t)
	for _, c := range []struct {
		name string
		o    options
	}{
		{"balanced", options{focus: trafilatura.Balanced}},
		{"balanced+clean", options{focus: trafilatura.Balanced, clean: true}},
		{"precision+clean", options{focus: trafilatura.FavorPrecision, clean: true}},
		{"recall+clean", options{focus: trafilatura.FavorRecall, clean: true}},
		{"recall+fallback+clean", options{focus: trafilatura.FavorRecall, fallback: true, clean: true}},
		{"balanced+fallback+clean", options{focus: trafilatura.Balanced, fallback: true, clean: true}},
		{"precision+fallback+clean", options{focus: trafilatura.FavorPrecision, fallback: true, clean: true}},
	} {
		texts, per := runAll(t, bench, c.o)
		bp, br, bf := scoreBenchmark(bench, texts)
		texts, per2 := runAll(t, eval, c.o)
		ep, er, ef := scoreEval(eval, texts)
		t.Logf("%-26s benchmark F1 %.4f (P %.4f R %.4f) %5.1f ms/page | eval F1 %.4f (P %.4f R %.4f) %5.1f ms/page",
			c.name, bf, bp, br, msec(per), ef, ep, er, msec(per2))
	}
}
