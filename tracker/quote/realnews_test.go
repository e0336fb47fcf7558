package quote

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"go/build"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"newshound/tracker/article"
)

// Real news pages from ../shared/corpus (article-extraction-benchmark and
// trafilatura-eval-en, none of the pages in RESERVED.md), annotated by hand:
// testdata/realnews/tune (27 pages, 23 sites; rules are tuned on these) and
// testdata/realnews/heldout (23 pages, 22 other sites; never tuned on). The
// split is by site, so no outlet's house style is in both halves. The pages
// themselves stay in the corpus; each NAME.gold names its page:
//
//	# page: article-extraction-benchmark/html/ID.html.gz
//	speaker<TAB>quote text
//
// (or "# text: bbc-news-summary-sample/article/TOPIC/NNN.txt" for a
// plain-text article, read by plainArticleText instead of article.Extract;
// or "# page: gomod:MODULE@VERSION/PATH" for a page of a Go module's test
// fixtures, read from the module cache, see readRealPage: a set with such
// pages is skipped when the module is not downloaded, but fails when CI is
// set, as .ci/run downloads it; or "# page: npm:PACKAGE@VERSION/PATH" for
// a page of an npm package's test fixtures, read from the fixtures cache the
// same way, see npmCacheFile) one line per quoted span of the page's extracted text, in order, the text
// exactly as between the marks (one line per paragraph of a multi-paragraph
// quotation). The first field is the speaker (the fullest name the article
// gives, an organisation by its name, alternatives separated by "|", empty
// when the article does not name who spoke), or "*" for a direct
// quotation whose speaker is not scored (an organisation the article only
// describes, "the French foreign ministry"; a statement of unclear source),
// "?" for a span neither scored nor penalised (one- or two-word phrases that
// may be a speaker's words or the writer's, pull quotes, a reader's comment
// repeating the article), "-" for what is not a quotation (a title, slogan,
// term or name in quotation marks).
//
// Every direct quotation of three or more words is gold, and so is a
// shorter one that is the object of a speech or criticism verb with a
// named subject ("Cooperman blasted ... as "morally wrong"").
//
// The text is what article.Extract gives for the page, as in production, so
// a quotation the extractor loses counts as missed. Scoring: a gold quote is
// found when at least half of it is covered by predicted quotes; a predicted
// quote is correct when at least half of it lies in gold quotes and neutral
// when at least half lies in "?" spans (then it counts neither way).
// Speaker accuracy is over found gold quotes with a scored speaker, against
// the predicted quote overlapping it most, comparing normalised names
// exactly (see normName); "" must be predicted as "".
type realScore struct {
	pages                         int
	gold, found, pred, correct    int
	neutral                       int
	spk, spkOK                    int
	named, namedOK                int // predictions with a name, on scored gold
	confident, confidentOK        int // of those, shown as confident
	emptyWrong, wrongName, missed int
	// formWrong counts the wrong names that share a word with a gold
	// name: likely the right person in another form ("Obama" for "Barack
	// Obama", "Clinton" for "Hillary Clinton"), or a namesake.
	formWrong int
	// bands counts scored speakers by the confidence given (see
	// confBands), and how many of each were right.
	bands [len(confBands) + 1]struct{ n, ok int }
}

// confBands are the lower bounds of the confidence bands the speaker
// accuracy is broken down by: a name next to the quotation (about 1), a
// pronoun or description read close by, a speaker carried further, and a
// guess not shown to readers; the last band holds the quotations given "".
var confBands = [4]float64{0.95, 0.85, ConfidentAt, 0}

func (s *realScore) addBand(q Quote, ok bool) {
	b := len(confBands)
	if q.Speaker != "" {
		b = 0
		for b < len(confBands)-1 && q.Confidence < confBands[b] {
			b++
		}
	}
	s.bands[b].n++
	if ok {
		s.bands[b].ok++
	}
}

// shareWord reports whether the name got shares a word with one of the
// gold names.
func shareWord(got string, gold []string) bool {
	for _, w := range gold {
		for _, a := range normName(w) {
			if slices.Contains(normName(got), a) {
				return true
			}
		}
	}
	return false
}

// bandLine renders bands for the log.
func (s realScore) bandLine() string {
	var b strings.Builder
	for i, band := range s.bands {
		switch {
		case i == len(confBands):
			b.WriteString("; given \"\"")
		case i == 0:
			fmt.Fprintf(&b, ">= %.2f", confBands[i])
		default:
			fmt.Fprintf(&b, "; %.2f-%.2f", confBands[i], confBands[i-1])
		}
		fmt.Fprintf(&b, " %d/%d", band.ok, band.n)
		if band.n > 0 {
			fmt.Fprintf(&b, " = %.3f", ratio(band.ok, band.n))
		}
	}
	return b.String()
}

func (s realScore) f1() (p, r, f float64) {
	p, r = ratio(s.correct, s.pred-s.neutral), ratio(s.found, s.gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

type realGold struct {
	kind     byte // 'n' named or empty speaker, '*', '?', '-'
	speakers []string
	s, e     int
}

// readRealPage reads the page a .gold names: a path under ../shared/corpus
// (gunzipped when it ends in .gz), "gomod:MODULE@VERSION/PATH", a file of
// a Go module read from the module cache (see modCacheFile; .ci/run
// downloads the module, and the test never reaches the network), or
// "npm:PACKAGE@VERSION/PATH", a file of an npm package unpacked in the
// fixtures cache (see npmCacheFile; .ci/run fetches it). A page that is not
// there gives a *missingPage, a malformed name another error.
func readRealPage(rel string) ([]byte, error) {
	fn := filepath.Join("..", "..", "..", "shared", "corpus", filepath.FromSlash(rel))
	miss := &missingPage{page: rel, file: fn, fix: "../shared/corpus is not here"}
	if spec, ok := strings.CutPrefix(rel, "gomod:"); ok {
		file, mod, err := modCacheFile(spec)
		if err != nil {
			return nil, fmt.Errorf("page %s: %w", rel, err)
		}
		fn = file
		miss = &missingPage{page: rel, file: fn, inCI: true,
			fix: fmt.Sprintf("module %s is not in the module cache; `go mod download %s` puts it there (.ci/run does)", mod, mod)}
	}
	if spec, ok := strings.CutPrefix(rel, "npm:"); ok {
		file, pkg, root, err := npmCacheFile(spec)
		if err != nil {
			return nil, fmt.Errorf("page %s: %w", rel, err)
		}
		fn = file
		miss = &missingPage{page: rel, file: fn, inCI: true,
			fix: fmt.Sprintf("npm package %s is not in the fixtures cache %s; %s puts it there (.ci/run does)", pkg, root, npmFetchCommand(pkg, root))}
	}
	f, err := os.Open(fn)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, miss
	}
	if err != nil {
		return nil, fmt.Errorf("page %s: %w", rel, err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(rel, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("page %s: %w", rel, err)
		}
		r = zr
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("page %s: %w", rel, err)
	}
	return b, nil
}

// missingPage is a page a .gold names that is not on this machine: the set
// is not measured. inCI marks a page CI must have (a module file, which
// .ci/run downloads), so that the set fails there instead of being skipped;
// the corpus is optional everywhere.
type missingPage struct {
	page, file, fix string
	inCI            bool
}

func (m *missingPage) Error() string {
	return fmt.Sprintf("page %s not found at %s: %s", m.page, m.file, m.fix)
}

// missingVerdict says what a missing page does to its set: a failure when
// the page is one CI must have and ci is set, a skip otherwise; msg says
// which and why.
func missingVerdict(set string, m *missingPage, ci bool) (fail bool, msg string) {
	if m.inCI && ci {
		return true, fmt.Sprintf("realnews/%s cannot be measured in CI: %v", set, m)
	}
	return false, fmt.Sprintf("realnews/%s skipped, quality not measured: %v", set, m)
}

// ciSet reports whether the environment variable CI says the tests run in
// CI (CI=true bash .ci/run): set to anything but "", "0" or "false".
func ciSet() bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv("CI")))
	return v != "" && v != "0" && v != "false"
}

// modCacheFile gives where a file of a downloaded Go module lies in the
// module cache, for spec "MODULE@VERSION/PATH" (as `go mod download -json`
// gives Dir, then the file's path inside the module), and "MODULE@VERSION"
// for messages. Module path and version are case-encoded as the cache
// stores them (an upper-case letter is "!" and the letter in lower case).
func modCacheFile(spec string) (file, mod string, err error) {
	const want = "want gomod:MODULE@VERSION/PATH"
	path, rest, ok := strings.Cut(spec, "@")
	if !ok || path == "" {
		return "", "", fmt.Errorf("no @VERSION after the module path; %s", want)
	}
	ver, inside, ok := strings.Cut(rest, "/")
	if !ok || ver == "" || inside == "" {
		return "", "", fmt.Errorf("no VERSION/PATH after the @; %s", want)
	}
	if !fs.ValidPath(path) || !fs.ValidPath(inside) || strings.ContainsAny(ver, `/\`) || ver == "." || ver == ".." {
		return "", "", fmt.Errorf("%q is not a clean module path, version and file path; %s", spec, want)
	}
	root, err := modCacheRoot()
	if err != nil {
		return "", "", err
	}
	dir := escapeModCase(path) + "@" + escapeModCase(ver)
	return filepath.Join(root, filepath.FromSlash(dir), filepath.FromSlash(inside)), path + "@" + ver, nil
}

// goEnvModCache is `go env GOMODCACHE`, run once: it knows the settings of
// `go env -w` as well as the environment.
var goEnvModCache = sync.OnceValue(func() string {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
})

// modCacheRoot finds the module cache as the go command does: GOMODCACHE,
// else what `go env GOMODCACHE` says, else pkg/mod in GOPATH's first entry.
func modCacheRoot() (string, error) {
	if d := os.Getenv("GOMODCACHE"); d != "" {
		return d, nil
	}
	if d := goEnvModCache(); d != "" {
		return d, nil
	}
	gp := os.Getenv("GOPATH")
	if gp == "" {
		gp = build.Default.GOPATH
	}
	if first, _, _ := strings.Cut(gp, string(os.PathListSeparator)); first != "" {
		return filepath.Join(first, "pkg", "mod"), nil
	}
	return "", errors.New("no module cache: GOMODCACHE, `go env GOMODCACHE` and GOPATH name none")
}

// npmCacheFile gives where a file of an npm package lies in the fixtures
// cache, for spec "PACKAGE@VERSION/PATH" ("@SCOPE/PACKAGE@VERSION/PATH" for
// a scoped package): ROOT/PACKAGE@VERSION/PATH, where ROOT (returned as
// root) is $NEWSHOUND_NPM_CACHE, else newshound/npm in the user's cache
// directory, and PACKAGE@VERSION holds the package as `npm pack` packs it
// (the tarball's package/ directory). pkg is "PACKAGE@VERSION".
func npmCacheFile(spec string) (file, pkg, root string, err error) {
	const want = "want npm:PACKAGE@VERSION/PATH"
	at := strings.Index(strings.TrimPrefix(spec, "@"), "@")
	if at < 0 {
		return "", "", "", fmt.Errorf("no @VERSION after the package name; %s", want)
	}
	if strings.HasPrefix(spec, "@") {
		at++
	}
	name, rest := spec[:at], spec[at+1:]
	ver, inside, ok := strings.Cut(rest, "/")
	if name == "" || name == "@" || !ok || ver == "" || inside == "" {
		return "", "", "", fmt.Errorf("no PACKAGE@VERSION/PATH in %q; %s", spec, want)
	}
	scoped := strings.TrimPrefix(name, "@")
	if !fs.ValidPath(scoped) || strings.Count(scoped, "/") > 1 || (scoped != name) != strings.Contains(scoped, "/") ||
		!fs.ValidPath(inside) || strings.ContainsAny(ver, `/\`) || ver == "." || ver == ".." {
		return "", "", "", fmt.Errorf("%q is not a clean package name, version and file path; %s", spec, want)
	}
	root, err = npmCacheRoot()
	if err != nil {
		return "", "", "", err
	}
	pkg = name + "@" + ver
	return filepath.Join(root, filepath.FromSlash(pkg), filepath.FromSlash(inside)), pkg, root, nil
}

// npmCacheRoot is the fixtures cache: $NEWSHOUND_NPM_CACHE, else
// newshound/npm in os.UserCacheDir.
func npmCacheRoot() (string, error) {
	if d := os.Getenv("NEWSHOUND_NPM_CACHE"); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no npm fixtures cache: NEWSHOUND_NPM_CACHE is not set and %w", err)
	}
	return filepath.Join(d, "newshound", "npm"), nil
}

// npmFetchCommand is the shell command that fetches npm package pkg
// ("NAME@VERSION") into the fixtures cache root, as .ci/run does: the
// tarball's package/ directory becomes ROOT/NAME@VERSION.
func npmFetchCommand(pkg, root string) string {
	tgz := strings.ReplaceAll(strings.TrimPrefix(pkg, "@"), "/", "-")
	tgz = strings.Replace(tgz, "@", "-", 1) + ".tgz"
	dest := filepath.Join(root, filepath.FromSlash(pkg))
	return fmt.Sprintf("`d=$(mktemp -d) && (cd \"$d\" && npm pack --silent %s && tar xzf %s) && mkdir -p %q && mv \"$d/package\" %q`",
		pkg, tgz, filepath.Dir(dest), dest)
}

// escapeModCase case-encodes a module path or version for the module cache.
func escapeModCase(s string) string {
	var b strings.Builder
	for _, r := range s {
		if 'A' <= r && r <= 'Z' {
			b.WriteByte('!')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// goldPage is an annotated page: the text Extract reads for it, as in
// production, and its gold lines placed in that text, in order.
type goldPage struct {
	text string
	gold []realGold
	// lost holds the quotations (speaker, "*") of gold lines the text does
	// not contain: the article extractor lost them.
	lost []string
}

// readGoldPage reads the annotations in fn (see realScore for the format)
// and the page they name, and places each gold line in the page's text
// (after the line before it, or anywhere when not after it). It returns
// miss, and nothing else, when the page is not on this machine. A test
// binary reads each page once: TestLastResortAlone and TestRealNewsQuality
// read the same pages, and article.Extract of a page's HTML is most of the
// package's test time under -race. Callers only read what it returns.
func readGoldPage(t *testing.T, fn string) (goldPage, *missingPage) {
	t.Helper()
	if v, ok := goldPages.Load(fn); ok {
		r := v.(goldRead)
		return r.pg, r.miss
	}
	pg, miss := readGoldPageOnce(t, fn)
	goldPages.Store(fn, goldRead{pg, miss})
	return pg, miss
}

// goldPages holds what readGoldPage read, by .gold file name.
var goldPages sync.Map

type goldRead struct {
	pg   goldPage
	miss *missingPage
}

// readGoldPageOnce is readGoldPage without the cache.
func readGoldPageOnce(t *testing.T, fn string) (goldPage, *missingPage) {
	t.Helper()
	name := filepath.Base(fn)
	raw, err := os.ReadFile(fn)
	if err != nil {
		t.Fatal(err)
	}
	var page string
	plain := false
	type line struct {
		kind     byte
		speakers []string
		text     string
	}
	var lines []line
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		l := sc.Text()
		if p, ok := strings.CutPrefix(l, "# page: "); ok {
			page = strings.TrimSpace(p)
			continue
		}
		if p, ok := strings.CutPrefix(l, "# text: "); ok {
			page, plain = strings.TrimSpace(p), true
			continue
		}
		if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
			continue
		}
		spk, q, ok := strings.Cut(l, "\t")
		if !ok || q == "" {
			t.Fatalf("%s: bad gold line %q", name, l)
		}
		ln := line{kind: 'n', text: q}
		switch spk {
		case "*", "?", "-":
			ln.kind = spk[0]
		default:
			ln.speakers = strings.Split(spk, "|")
		}
		lines = append(lines, ln)
	}
	if page == "" {
		t.Fatalf("%s: no # page: or # text: line", name)
	}
	body, err := readRealPage(page)
	if miss := (*missingPage)(nil); errors.As(err, &miss) {
		return goldPage{}, miss
	}
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var pg goldPage
	if plain {
		pg.text = plainArticleText(string(body))
	} else {
		a, err := article.Extract(body, "")
		if err != nil {
			t.Fatalf("%s: extract %s: %v", name, page, err)
		}
		pg.text = a.Text
	}
	from := 0
	for _, ln := range lines {
		i := strings.Index(pg.text[from:], ln.text)
		at := from + i
		if i < 0 {
			at = strings.Index(pg.text, ln.text)
		}
		if at < 0 {
			if ln.kind == 'n' || ln.kind == '*' {
				pg.lost = append(pg.lost, ln.text)
			}
			continue
		}
		pg.gold = append(pg.gold, realGold{kind: ln.kind, speakers: ln.speakers, s: at, e: at + len(ln.text)})
		from = at + len(ln.text)
	}
	return pg, nil
}

// scoreRealNews scores Extract on the annotated pages of testdata/realnews/dir.
// For a never-studied set (see neverStudied) it logs only the totals, so its
// per-quote errors cannot steer the rules; set NEWSHOUND_SHOW_UNSTUDIED=1 to
// see them when measuring for a report.
func scoreRealNews(t *testing.T, dir string) (realScore, *missingPage) {
	t.Helper()
	logf := t.Logf
	if neverStudied[dir] && os.Getenv("NEWSHOUND_SHOW_UNSTUDIED") == "" {
		logf = func(string, ...any) {}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "realnews", dir, "*.gold"))
	sort.Strings(files)
	if len(files) == 0 {
		t.Fatalf("no annotated pages in testdata/realnews/%s", dir)
	}
	var s realScore
	for _, fn := range files {
		name := filepath.Base(fn)
		pg, miss := readGoldPage(t, fn)
		if miss != nil {
			return s, miss
		}
		s.pages++
		for _, lost := range pg.lost {
			s.gold++
			s.missed++
			logf("%s NOT IN TEXT %q", name, clip(lost))
		}
		text, gs := pg.text, pg.gold
		qs := Extract(text)
		for _, g := range gs {
			if g.kind != 'n' && g.kind != '*' {
				continue
			}
			s.gold++
			cov, best, bestOv := 0, -1, 0
			for i, p := range qs {
				ov := overlap(g.s, g.e, p.Start, p.End)
				cov += ov
				if ov > bestOv {
					best, bestOv = i, ov
				}
			}
			if 2*cov < g.e-g.s {
				s.missed++
				logf("%s MISSED %q", name, clip(text[g.s:g.e]))
				continue
			}
			s.found++
			if g.kind != 'n' {
				continue
			}
			s.spk++
			got := qs[best]
			ok := false
			for _, w := range g.speakers {
				if strings.Join(normName(got.Speaker), " ") == strings.Join(normName(w), " ") {
					ok = true
				}
			}
			s.addBand(got, ok)
			if got.Speaker != "" {
				s.named++
				if ok {
					s.namedOK++
				}
				if got.Confident() {
					s.confident++
					if ok {
						s.confidentOK++
					}
				}
			}
			if ok {
				s.spkOK++
				continue
			}
			if got.Speaker == "" {
				s.emptyWrong++
			} else {
				s.wrongName++
				if shareWord(got.Speaker, g.speakers) {
					s.formWrong++
				}
			}
			logf("%s SPEAKER got %q want %q (cue %q, confidence %.2f): %q", name, got.Speaker, strings.Join(g.speakers, "|"), got.Cue, got.Confidence, clip(got.Text))
		}
		for _, p := range qs {
			s.pred++
			var in, neu int
			for _, g := range gs {
				ov := overlap(g.s, g.e, p.Start, p.End)
				switch g.kind {
				case 'n', '*':
					in += ov
				case '?':
					neu += ov
				}
			}
			switch n := p.End - p.Start; {
			case 2*in >= n:
				s.correct++
			case 2*neu >= n:
				s.neutral++
			default:
				logf("%s FALSE %q (speaker %q)", name, clip(p.Text), p.Speaker)
			}
		}
	}
	p, r, f := s.f1()
	label := dir + neverStudiedMark(dir)
	t.Logf("realnews/%s: %d pages; quotes gold %d found %d predicted %d correct %d neutral %d; P %.3f R %.3f F1 %.3f",
		label, s.pages, s.gold, s.found, s.pred, s.correct, s.neutral, p, r, f)
	t.Logf("realnews/%s: speaker %d/%d = %.3f (wrong name %d, wrongly empty %d); names given right %d/%d = %.3f; confident names right %d/%d = %.3f",
		label, s.spkOK, s.spk, ratio(s.spkOK, s.spk), s.wrongName, s.emptyWrong, s.namedOK, s.named, ratio(s.namedOK, s.named),
		s.confidentOK, s.confident, ratio(s.confidentOK, s.confident))
	t.Logf("realnews/%s: speakers right by confidence given: %s; wrong names sharing a word with the gold name %d of %d",
		label, s.bandLine(), s.formWrong, s.wrongName)
	return s, nil
}

// plainArticleText gives the body of a plain-text article of
// bbc-news-summary-sample (a headline line, then one paragraph a line, with
// blank lines between some of them) as article.Extract would give it: the
// headline dropped and the paragraphs separated by a blank line. A line is a
// paragraph of the BBC's page (a quotation running on to the next line has
// no closing mark, as between paragraphs).
func plainArticleText(raw string) string {
	_, rest, _ := strings.Cut(strings.ReplaceAll(raw, "\r\n", "\n"), "\n")
	var paras []string
	for _, l := range strings.Split(rest, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			paras = append(paras, l)
		}
	}
	return strings.Join(paras, "\n\n")
}

// Floors on the real-news pages, just under the figures reached. Before
// any rule was tuned on them: tune F1 0.968, speaker 177/245 = 0.722;
// heldout F1 0.975, speaker 167/212 = 0.788. After the rules of issue 8,
// tuned on the tune half only: tune F1 0.972, speaker 231/247 = 0.935
// (confident names right 216/222 = 0.973); heldout F1 0.973, speaker
// 180/212 = 0.849 (confident names right 161/173 = 0.931), the honest
// estimate for unseen pages. testdata/realnews/fresh (16 pages from 16
// more sites) was annotated after that, and scored by the same rules
// before the held-out half's errors were studied: F1 0.976, speaker
// 100/120 = 0.833 (confident names right 99/107 = 0.925). Then rules were
// written from the held-out half's errors too (heldout: speaker 206/213 =
// 0.967, confident names right 183/183; no longer held out; tune
// 234/247 = 0.947, confident names right 222/228 = 0.974), and
// fresh, still never studied, scored F1 0.976, speaker 101/120 = 0.842
// (confident names right 100/106 = 0.943). fresh then went into the
// second round's tuning; fresh2 (46 pages, never studied) is the honest
// figure: at 1149939, before that round, F1 0.984, speaker 175/209 =
// 0.837 (confident names right 165/179 = 0.922); at 659fda9, with the
// round's rules so far, F1 0.986, speaker 179/209 = 0.856 (confident
// names right 167/178 = 0.938). The second round also annotated
// testdata/realnews/tune2 (10 pages: F1 0.949, speaker 106/119 = 0.891
// before its rules) and wrote rules from the errors of all four studied
// sets: tune 234/247 = 0.947, heldout 206/213 = 0.967, fresh 114/120 =
// 0.950 (F1 0.980), tune2 115/119 = 0.966 (F1 0.952). The third round
// annotated testdata/realnews/tune3 (20 pages from 20 sites not in the
// other sets, for tuning; ten quotations of wired_instagram are lost by
// article.Extract and count as missed): at 7dc5123, before its rules, F1
// 0.906 (P 0.960, R 0.857), speaker 39/69 = 0.565 (wrong name 8, wrongly
// empty 22), confident names right 36/42 = 0.857.
// The mention-side rules of the third round (chain_classes_test.go: words
// quoted again, a reported speaker in a that-clause for a pronoun) gave
// fresh 115/120 = 0.958 and tune2 117/119 = 0.983; with a capitalised
// title before a given name ("Tanaiste Leo Varadkar") tune3 48/69 = 0.696
// (wrong name 2, confident names right 42/43 = 0.977). Then given names
// alone, middle names and suffixes, and first-person quotations after a
// sentence about one person: tune 236/247 = 0.955, tune2 118/119 = 0.992,
// tune3 49/69 = 0.710; across a quiet narrative paragraph and after a
// short phrase (", said NAME"), tune3 52/69 = 0.754.
// The cue-side rules of the third round (cue_classes_test.go: verbs of
// speech, terms and signs that are no quotations, short partials, wire
// formulas, venues named after a description) gave tune F1 0.975, fresh
// F1 0.988 (116/121 = 0.959) and tune3 F1 0.917 (P 0.986), 54/70 =
// 0.771; heldout 206/214 = 0.963 (one more partial found, its speaker
// merged with another name by the registry).
// fresh3 (41 pages, never studied; 19 of them BBC articles of
// bbc-news-summary-sample, which hold 227 of its 366 quotations) is a
// second honest figure beside fresh2: at 7dc5123 (the third round's start)
// F1 0.970 (P 0.978, R 0.962), speaker 274/349 = 0.785 (wrong name 21,
// wrongly empty 54), confident names right 223/238 = 0.937; at 52f5e1f
// (with the round's rules so far) F1 0.970, speaker 275/349 = 0.788 (wrong
// name 20, wrongly empty 54), confident names right 224/238 = 0.941.
// tune4 (33 BBC articles of bbc-news-summary-sample not in fresh3, for
// tuning; 119 scored quotations, 115 with a scored speaker) at 7e5697d,
// before any rule was written from it: F1 0.992 (P 1.000, R 0.983),
// speaker 99/115 = 0.861 (wrong name 8, wrongly empty 8), confident names
// right 91/98 = 0.929. fresh4 (29 BBC articles, the other half of the
// unused ones, never studied; 112 scored quotations, 104 with a scored
// speaker) is a third honest figure: at 5cd13e5, F1 0.973 (P 0.991, R
// 0.955), speaker 83/104 = 0.798 (wrong name 7, wrongly empty 14),
// confident names right 72/77 = 0.935.
// The fourth round's mention rules (chain_classes_test.go: organisational
// "they", a given name taken up by a pronoun, fronted phrases, "the
// Bishop", role qualifiers, names run together by page clutter, "the
// magazine", "the firm's boss", headings of live blogs, ...), with the cue
// rules landed by then, at 728d2b7: tune 242/247 = 0.980, tune3 57/70 =
// 0.814, tune4 112/115 = 0.974; never studied, against 7e5697d before the
// round: fresh2 185/209 = 0.885 -> 186/209 = 0.890, fresh3 279/347 =
// 0.804 -> 291/348 = 0.836, fresh4 83/104 = 0.798 -> 85/104 = 0.817.
// The studied sets were then almost free of errors (tune 0.980, tune4 0.974;
// no wrong name on any but fresh and tune3) while the never-studied ones
// kept 42 wrong names and 57 wrongly empty: rules learnt from the studied
// sets had nothing left to learn from. So fresh3, the largest never-studied
// set (speaker 291/348 = 0.836 at d5e299c, its last blind figure), became a
// studied set for the fifth round; fresh2 (186/209 = 0.890) and fresh4
// (85/104 = 0.817) at d5e299c stay never studied, the honest figures.
// The fifth round's precision rules (precision_classes_test.go: a pronoun
// takes up the person the article is about over someone named in passing,
// descriptions for that person, interview turns, compound subjects, words
// received, imperatives, "member of", relative clauses, shared surnames,
// continuation past someone else; shaky rules given but not shown as
// confident), with its recall rules landed by then: fresh3 wrong names
// 23 -> 0, speaker 339/349 = 0.971 (confident names right 257/257); fresh
// 118/121 = 0.975 (wrong names 2 -> 0); tune3 keeps one wrong name, not
// shown as confident.
// Its recall rules (recall_classes_test.go: runs of quotation paragraphs,
// parenthetical cues, "its statement", verbs of thought without "that",
// "one of the ..., NAME", organisations introduced with a noun, singular
// "they", ...) took wrongly empty speakers, against 0b77db8, from 34 to 8
// on fresh3, 7 to 5 on heldout and 3 to 1 on fresh; with both kinds of
// rules: heldout 209/214 = 0.977, fresh 120/121 = 0.992, fresh3 341/349 =
// 0.977; tune, tune2, tune3 and tune4 unchanged.
// The last resort (lastresort.go, lastresort_classes_test.go: a speaker
// from the structure around a quotation no rule attributes, given below
// ConfidentAt) took tune to 244/247 = 0.988 (two partial quotations in a
// clause whose subject speaks); then, with words named before the
// quotation ("directives from Xi to"), a verb of speech in the
// infinitive and a run of quotation paragraphs past narrative about no
// one, fresh to 121/121, tune3 to 60/70 = 0.857 and tune4 to 114/115 =
// 0.991: six quotations from empty to right, none to a wrong name. At
// 49a5d25, with the sixth round's rules, the last resort switched off
// against on: tune 242 -> 244, fresh 120 -> 121, tune3 59 -> 60, tune4
// 112 -> 115, tune5 168 -> 169, heldout, tune2 and fresh3 unchanged; no
// quotation from right to wrong.
// fresh5 (34 pages of 28 sites from a new source, the test pages of
// Mozilla Readability in the module codeberg.org/readeck/go-readability/v2,
// read from the module cache; 363 scored quotations, 360 with a scored
// speaker; annotated blind, never studied) is a fourth honest figure: at
// 374a59a, F1 0.981 (P 0.968, R 0.994), speaker 305/358 = 0.852 (wrong
// name 30, wrongly empty 23), confident names right 288/311 = 0.926
// (its first 32 pages, scored before the last two were added: F1 0.982,
// speaker 299/352 = 0.849, confident names right 282/305 = 0.925). At
// 6666e2a, with the last resort: F1 0.981, speaker 307/358 = 0.858 (wrong
// name 32, wrongly empty 19), confident names right 288/311 = 0.926.
// For the sixth round fresh5 was split by site (testdata/README.md): its
// long-form magazine and tech pages became tune5, studied; its news pages
// stay in fresh5, never studied. At 16795b0: fresh5 speaker 161/182 =
// 0.885 (wrong name 14, wrongly empty 7), confident names right 147/157 =
// 0.936; tune5 speaker 146/176 = 0.830 (wrong name 18, wrongly empty 12),
// confident names right 141/154 = 0.916.
// Named and described speakers read by structure (names_classes_test.go:
// a verb with an object after "!"/"?" starts the next sentence, "a friend
// of X" is not X, "the president of Ukraine" not the place, a given name
// alone taking the full name given later): tune5 146/176 -> 151/176 = 0.858
// (wrong name 18 -> 13), confident names right 146/154 = 0.948; no other
// studied set changed. Pronoun salience (pronoun_classes_test.go; alone on
// 80312ea 146/176 -> 153/176) with them: tune5 158/176 = 0.898 (wrong name
// 8), confident names right 153/159 = 0.962; no other studied set changed.
// Forum handles read as names ("PlutoPete", "elmo666") and "the group"/"the
// site" resolved to the one organisation near (below ConfidentAt), on top:
// tune5 158/176 -> 169/176 = 0.960 (wrong name 8 -> 3, wrongly empty 10 ->
// 4), confident names right 160/162 = 0.988; tune4 114/115 -> 115/115.
// With "a retired woman named X" and "one of the volunteers, X," read as X,
// unnamed "guy"/"buyer"/"volunteer" blocking, and sentence-opening adverbs
// no names: tune5 172/176 = 0.977 (wrong name 1, wrongly empty 3),
// confident names right 162/163 = 0.994. With "his obituary, published in
// X," read as X's words (and role words the lexicon does not know after a
// verb of speech): tune5 173/176 = 0.983 (wrong name 1, wrongly empty 2),
// confident names right 163/164 = 0.994.
// The never-studied sets after the sixth round (f1c4df9), against its
// start (1cffb69; fresh5's news half at 16795b0): fresh2 186/209 = 0.890 ->
// 187/209 = 0.895, confident names right 0.945 -> 0.956; fresh4 85/104 =
// 0.817 -> 88/104 = 0.846; fresh5 161/182 = 0.885, unchanged. The round's
// rules took tune5 from 0.830 to 0.983; of them only the last resort moved
// speakers on unseen pages (fresh2 +1, fresh4 +3, whole fresh5 +2 before
// its split), and the caps on carried speakers' confidence the names shown
// (fresh2's confident names right).
// fresh7 (14 English news pages of 13 sites from the test pages of the Go
// module github.com/markusmobius/go-trafilatura, read from the module cache;
// 180 scored quotations, 175 with a scored speaker, 59 of them in the straight
// single quotation marks of a British page; annotated blind, never studied)
// is a fifth honest figure: at 6a9752d (main at bf4e228 plus its gold), F1
// 0.819 (P 0.955, R 0.717), speaker 106/126 = 0.841 (wrong name 17, wrongly
// empty 3), confident names right 96/110 = 0.873. Audited by a second
// annotator (2e55341: 2 of 236 lines changed, two two-word partial quotes
// with a named subject scored; 182 scored quotations, 177 with a scored
// speaker): F1 0.814 (P 0.955, R 0.709), speaker 106/126 = 0.841, confident
// names right 96/110 = 0.873; the floors stand.
// fresh6 (54 English news pages of 50 sites from another new source, the
// mediacloud test pages of the module github.com/markusmobius/go-htmldate,
// read from the module cache; 289 scored quotations, 281 with a scored
// speaker; annotated blind, never studied) is a sixth honest
// figure, first scored at f046bc0 (the rules of bf4e228): F1 0.925 (P
// 0.949, R 0.903), speaker 201/254 = 0.791 (wrong name 37, wrongly empty
// 16), names given right 189/226 = 0.836, confident names right 184/217 =
// 0.848. Audited by a second annotator (4c00a77: 1 of 404 lines changed,
// a two-word partial quote with a named subject scored, and 2 unscored lines
// added; 290 scored quotations, 282 with a scored speaker), with the rules
// of f530ff8: F1 0.924 (P 0.949, R 0.900), speaker 201/254 = 0.791,
// confident names right 184/217 = 0.848; the floors stand.
// After the seventh round (cb62456), totals only: fresh6 F1 0.939 (P 0.947,
// R 0.931), speaker 211/263 = 0.802 (wrong name 37, wrongly empty 15),
// confident names right 193/226 = 0.854 (floors 0.93, 0.79, 0.84); fresh7
// F1 0.972 (P 0.967, R 0.978), speaker 144/173 = 0.832 (wrong name 21,
// wrongly empty 8), confident names right 123/142 = 0.866 (floors 0.96,
// 0.83, 0.86). fresh7's F1 is not blind: its single-mark quotations were
// described before the rules that find them were written (see README).
// The seventh round studied fresh2's speaker errors (187/209 = 0.895 at
// 205ea95): with its rules fresh2 is F1 0.989, speaker 197/210 = 0.938 (a
// partial quotation found by b244024 adds one scored speaker), confident
// names right 182/184 = 0.989; floors 0.93 and 0.98.
// Its fixes for fresh4's and fresh5's errors (names_classes_test.go, cue_classes_test.go,
// pronoun_classes_test.go, lastresort_classes_test.go) took fresh4 from
// 88/104 = 0.846 to 97/104 = 0.933 (confident names right 72/77 -> 78/78)
// and fresh5 from 161/182 = 0.885 to 177/182 = 0.973 (147/157 -> 156/156),
// with no studied quotation lost.
// fresh8 (30 English news pages of 23 sites, 2010-2014, from the HTML
// test fixtures of the npm package unfluff@3.2.0, read from the fixtures
// cache; 263 scored quotations, 259 with a scored speaker; annotated blind,
// never studied) is a seventh honest figure: at 8f071fe (dbee514 plus the
// gold, landed on main as 769cdaa; dbee514's rules are those of 5000eca,
// and the same at 5000eca), F1 0.969 (P 0.973, R 0.966), speaker 214/251
// = 0.853 (wrong name 18, wrongly empty 19), names given right 209/227 =
// 0.921, confident names right 193/208 = 0.928.
// fresh9 (26 English news pages of 21 sites from another new source, the
// sites/ fixtures of the Go module github.com/advancedlogic/GoOse, read from
// the module cache; 196 scored quotations, 194 with a scored speaker;
// annotated blind, never studied) is an eighth honest figure, first scored
// at 23b3716 (8f8920c plus its gold, landed on main as 1eb8a5f; the same at
// 5000eca, the eighth round's start): F1 0.952 (P 0.940, R 0.964), speaker 142/187 = 0.759
// (wrong name 30, wrongly empty 15), names given right 131/161 = 0.814,
// confident names right 128/156 = 0.821. Audited by a second annotator
// (3b66dbd: 1 of 264 lines changed, a phrase naming a thing inside a
// reported clause made ?; 195 scored quotations, 193 with a scored
// speaker), at c758058 (00cc758 plus the audited gold): F1 0.952 (P 0.940,
// R 0.964), speaker 141/186 = 0.758, confident names right 127/155 =
// 0.819; the floors stand.
// fresh10 (59 English news pages of 56 sites; 483 scored quotations, 459
// with a scored speaker; annotated blind, never studied) is a ninth honest
// figure: 8 pages were all that the unused pages of ../shared/corpus and of
// go-readability's test pages still held (13 scored quotations, 8 of them in
// the bodies of an Axios newsletter and an SCMP column that article.Extract
// loses), and 51 are test pages of the module
// github.com/markusmobius/go-htmldate outside fresh7's pool (comparison/
// and mock/, mostly news of November 2023: the third GOP debate, Israel and
// Gaza, British and US local news; 470 scored quotations). First scored at
// b128931 (27789ad, the ninth round's start, plus the gold): F1 0.978 (P
// 0.985, R 0.971), speaker 366/459 = 0.797 (wrong name 49, wrongly empty
// 44), names given right 345/394 = 0.876, confident names right 308/343 =
// 0.898 (the same at 0f8d4de, with the round's first rules); the
// go-htmldate pages alone F1 0.987, speaker 363/455 = 0.798, the eight
// others F1 0.526 (R 0.385), speaker 3/4. Unchanged by the eleventh round
// (a934993 and 5c29327: speaker 376/459 = 0.819).
// In the twelfth round no unused real article was left to annotate, so
// fresh10 was split in two by site, blind (its 56 sites sorted by name,
// every other one): 28 sites (29 pages) became tune6, studied; 28 sites
// (30 pages) stay in fresh10, never studied. Before any rule of the round
// (f09860b): fresh10 F1 0.990 (P 0.992, R 0.989), speaker 201/252 =
// 0.798 (wrong name 28, wrongly empty 23), confident names right 171/189
// = 0.905; tune6 F1 0.966, speaker 175/207 = 0.845 (wrong name 14,
// wrongly empty 18), confident names right 149/161 = 0.925.
// After the twelfth round's rules (a360380: tune6's errors studied by the
// lead and three helpers; given names of many countries from US births;
// an Axios briefing's body read in full), measured once: fresh10 F1 0.990
// (P 0.992, R 0.989), speaker 203/252 = 0.806 (wrong name 26, wrongly
// empty 23), confident names right 176/191 = 0.921; tune6 F1 0.995,
// speaker 213/216 = 0.986 (221 gold quotations; the Axios body adds 7
// scored speakers), confident names right 177/177.
// The thirteenth round studied no set: the lead and three helpers wrote
// classes from constructed news English by beat (one-word organisations
// that "the company" or "it" refers back to, with an English word list
// telling a name opening a sentence from a word; officials of named
// bodies; science, conflict and local pages). Measured once at its end
// (24c0c0c): fresh10 F1 0.990 (P 0.992, R 0.989), speaker 206/252 = 0.817
// (wrong name 26, wrongly empty 20), confident names right 179/194 =
// 0.923; the studied sets moved by three quotations (fresh6 259/276,
// tune4 117/117 with two partials found). The fourteenth round did the
// same with other beats (organisations' names, sport, US politics, page
// layouts, markets and health, names from around the world) and a speed
// pass: measured once at its end (c2d8db7): fresh10 F1 0.990, speaker
// 208/252 = 0.825 (wrong name 26, wrongly empty 18), confident names right
// 181/196 = 0.923; studied sets: fresh6 260/276, tune3 confident 61/61.
// The fifteenth round did the same with pronoun chains, social affairs,
// the press outside the US and UK, features and Q&As, and a second speed
// pass: measured once at its end (ef61656): fresh10 F1 0.990, speaker
// 209/252 = 0.829 (wrong name 26, wrongly empty 17), confident names right
// 182/196 = 0.929; studied sets: three more names shown and right
// (fresh3 267/267, fresh5 163/163), nothing lost.
// The sixteenth and seventeenth rounds did the same by beat (organisations
// and their refer-backs, houses of parliament and their titles, long-form
// pages, world names, then sport, courts, business, names of the world,
// interviews and formats, local news; the lead on short quotations,
// offices of state and roles shown): measured once at the end (fe11fad):
// fresh10 F1 0.990, speaker 212/252 = 0.841 (wrong name 23, wrongly empty
// 17), confident names right 185/197 = 0.939 (the same at 7c23723, after
// a short third shift on wrong names shown); studied sets: two right
// names given but not shown became wrong (fresh3 bbc_mcilroy_madrid, at
// 0.45: Dmitriy Bogdanov for James McIlroy after "... but McIlroy is
// unfazed. He admitted:"), a dozen right names now shown.
// The eighteenth round did the same by beat (former and acting holders,
// documents and forward references, epithets and honorifics, science and
// agencies, US political reporting, then wrong names shown and joint
// speakers): measured once at the end (0254d69): fresh10 F1 0.990,
// speaker 213/252 = 0.845 (wrong name 22, wrongly empty 17), confident
// names right 186/197 = 0.944 (the same at 2e4024e, after short second
// shifts); studied sets: two more right (fresh6 262/276), nothing lost.
var realFloors = map[string]struct{ f1, speaker, confident float64 }{
	"tune":    {0.98, 0.98, 0.99},
	"heldout": {0.98, 0.97, 0.98},
	"fresh":   {0.99, 0.99, 0.99},
	"fresh2":  {0.98, 0.95, 0.99},
	"tune2":   {0.99, 0.98, 0.99},
	"tune3":   {0.98, 0.88, 0.99},
	"fresh3":  {0.98, 0.97, 0.99},
	"tune4":   {0.98, 0.99, 0.99},
	"fresh4":  {0.96, 0.96, 0.99},
	"fresh5":  {0.99, 0.97, 0.99},
	"tune5":   {0.98, 0.98, 0.99},
	"fresh6":  {0.98, 0.93, 0.97},
	"fresh7":  {0.96, 0.94, 0.98},
	"fresh8":  {0.97, 0.92, 0.99},
	"fresh9":  {0.98, 0.94, 0.99},
	"tune6":   {0.99, 0.98, 0.99},
	"fresh10": {0.98, 0.84, 0.94},
}

// neverStudied names the real-news sets that no rule has been tuned on and
// whose per-quote errors nobody working on the rules has seen:
// testdata/realnews/fresh10 (see testdata/README.md) gives the honest
// held-out figure. fresh3 was one until the fifth round studied it;
// fresh5's other half, tune5, until the sixth; fresh2, fresh4 and fresh5
// until the seventh (their last blind figures, at 4b7bc3e: fresh2 187/209
// = 0.895, fresh4 88/104 = 0.846, fresh5 161/182 = 0.885); fresh6 until
// the eighth (its last blind figure, at 5000eca: F1 0.939, speaker 211/263
// = 0.802, confident names right 193/226 = 0.854); fresh9 until the ninth
// (its last blind figure, at 43aa893: F1 0.952, speaker 141/186 = 0.758,
// confident names right 0.819; slightly less clean than blind, see
// testdata/README.md); fresh7 until the lead studied it in the ninth round
// too (its last blind figure, at 5096842: F1 0.972, speaker 144/173 =
// 0.832, confident names right 126/145 = 0.869); fresh8 until the tenth
// (its last blind figure, at 0c33e59: F1 0.977, speaker 221/252 = 0.877,
// confident names right 201/213 = 0.944); tune6, half of the old fresh10
// split off by site, until the twelfth (its last blind figure, at
// f09860b: F1 0.966, speaker 175/207 = 0.845, confident names right
// 149/161 = 0.925). Do not tune on them; when one is studied, take it out
// of this map and annotate a new one.
var neverStudied = map[string]bool{"fresh10": true}

func neverStudiedMark(dir string) string {
	if neverStudied[dir] {
		return " (NEVER STUDIED: honest held-out figure)"
	}
	return ""
}

func TestRealNewsQuality(t *testing.T) {
	for _, dir := range []string{"tune", "heldout", "fresh", "tune2", "tune3", "tune4", "fresh2", "fresh3", "fresh4", "fresh5", "tune5", "fresh6", "fresh7", "fresh8", "fresh9", "tune6", "fresh10"} {
		// One subtest a set, so a set can be scored alone
		// (-run TestRealNewsQuality/tune2).
		t.Run(dir, func(t *testing.T) {
			s, miss := scoreRealNews(t, dir)
			if miss != nil {
				if fail, msg := missingVerdict(dir, miss, ciSet()); fail {
					t.Fatal(msg)
				} else {
					t.Skip(msg)
				}
			}
			fl := realFloors[dir]
			if _, _, f := s.f1(); f < fl.f1 {
				t.Errorf("realnews/%s: quote F1 = %.3f; want >= %.2f", dir+neverStudiedMark(dir), f, fl.f1)
			}
			if a := ratio(s.spkOK, s.spk); a < fl.speaker {
				t.Errorf("realnews/%s: speaker accuracy = %.3f; want >= %.2f", dir+neverStudiedMark(dir), a, fl.speaker)
			}
			if c := ratio(s.confidentOK, s.confident); c < fl.confident {
				t.Errorf("realnews/%s: confident names right = %.3f; want >= %.2f", dir+neverStudiedMark(dir), c, fl.confident)
			}
		})
	}
}
