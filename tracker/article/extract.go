package article

import (
	"fmt"
	nurl "net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
)

// options are the extraction choices weighed by TestCompareOptions; Extract
// uses defaultOptions. Measured 2026-11 (shingle F1 on the 181-page
// article-extraction-benchmark | snippet F1 on the 171-page trafilatura-eval-en):
//
//	balanced (library as it comes)  0.9621 | 0.9141
//	balanced + clean                0.9678 | 0.9315
//	precision + clean               0.9204 | 0.9157
//	recall + clean                  0.9695 | 0.9336  <- chosen
//	recall + fallback + clean       0.9576 | 0.9341
//	balanced + fallback + clean     0.9660 | 0.9380
//	precision + fallback + clean    0.9609 | 0.9349
//
// FavorRecall with the news filter is best on full article bodies (what the
// quote extractor reads) and the fastest; trafilatura's readability and
// domdistiller fallback gains a few snippets on the second corpus but loses
// whole bodies on the first and costs 1.5-3x the time.
type options struct {
	focus    trafilatura.ExtractionFocus
	fallback bool // trafilatura's readability/domdistiller comparison
	clean    bool // the news paragraph filter in clean.go
}

// minWords is the least text Extract calls an article; below it the page is
// a stub, a redirect or navigation only.
const minWords = 5

var defaultOptions = options{focus: trafilatura.FavorRecall, fallback: false, clean: true}

// Extract parses an HTML page (already fetched) and returns its article.
// pageURL may be empty; it helps resolve the page's own metadata.
//
// The body is decoded from its byte order mark, or as UTF-8 when it is valid
// UTF-8, or from its <meta charset>, else as windows-1252. Pages over
// MaxPageSize, empty pages and binary data are refused with ErrTooLarge,
// ErrEmpty and ErrBinary; pathological pages (too many elements or too much
// text to be an article) with ErrTooComplex; a page whose main text is
// missing or under a few words gives ErrNoMainText. Extract is safe for
// concurrent use.
func Extract(body []byte, pageURL string) (Article, error) {
	return extract(body, pageURL, defaultOptions)
}

func extract(body []byte, pageURL string, o options) (Article, error) {
	doc, err := parse(body)
	if err != nil {
		return Article{}, err
	}
	prepareBlocks(doc)
	var leads []leadCandidate
	if o.clean {
		leads = findLeads(doc)
	}
	opts := trafilatura.Options{
		Focus:           o.focus,
		EnableFallback:  o.fallback,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	}
	if u, err := nurl.Parse(pageURL); err == nil && u.Scheme != "" && u.Host != "" {
		opts.OriginalURL = u
	}
	published := metaPublished(doc)
	boxes := joinNewsletterItems(doc)
	mergeBodyChunks(doc)
	dropLinkLists(doc)
	dropCaptions(doc)
	spaceBlocks(doc)
	var scripts []pageScript
	if o.clean {
		scripts = pageScripts(doc)
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil && len(scripts) == 0 {
		return Article{}, fmt.Errorf("%w: %v", ErrNoMainText, err)
	}
	a := Article{URL: pageURL}
	var paras []string
	if err == nil {
		m := res.Metadata
		a.Title, a.Byline, a.SiteName, a.Published = clean1(m.Title), clean1(m.Author), clean1(m.Sitename), m.Date
		if a.URL == "" {
			a.URL = m.URL
		}
		paras = paragraphs(res.ContentNode)
		paras = readNewsletter(doc, boxes, paras, opts)
	} else {
		a.Title = clean1(pageTitle(doc))
	}
	if !published.IsZero() && (a.Published.IsZero() || sameDay(published, a.Published)) {
		a.Published = published.UTC()
	}
	if o.clean {
		var titles []string
		var desc string
		if len(scripts) > 0 {
			titles, desc = pageTitles(doc), metaDescription(doc)
			if len(titles) == 0 {
				titles = []string{a.Title} // the page shows none: its metadata's
			}
			// go-trafilatura's rescue of a short DOM text takes a JSON-LD
			// articleBody as one paragraph, whoever's it is: keep it, in
			// paragraphs, only if it is this article's; else read the DOM.
			if c, ok := ldBodyOf(scripts, paras); ok {
				if jp, _ := acceptJSONBody(c, titles, desc, a); jp != nil {
					paras = jp
				} else {
					paras = nil
					withoutLDBodies(doc)
					if res2, err2 := trafilatura.ExtractDocument(doc, opts); err2 == nil {
						paras = paragraphs(res2.ContentNode)
					}
				}
			}
		}
		paras = dropBoilerplate(paras, a)
		paras = restoreLead(paras, leads)
		// A body the page keeps only in its JSON, when the DOM's is thin.
		if len(scripts) > 0 {
			if jp := jsonBody(scripts, wordCount(paras), titles, desc, a); jp != nil {
				paras = jp
			}
		}
	}
	if len(paras) == 0 && err != nil {
		return Article{}, fmt.Errorf("%w: %v", ErrNoMainText, err)
	}
	a.Text = strings.Join(paras, "\n\n")
	if len(strings.Fields(a.Text)) < minWords {
		return Article{}, ErrNoMainText
	}
	return a, nil
}

// wordCount counts the words of paras.
func wordCount(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(strings.Fields(p))
	}
	return n
}

// clean1 collapses whitespace in a one-line metadata field.
func clean1(s string) string { return strings.Join(strings.Fields(s), " ") }

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.UTC().Date()
	by, bm, bd := b.UTC().Date()
	return ay == by && am == bm && ad == bd
}
