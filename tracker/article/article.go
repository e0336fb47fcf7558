// Package article extracts the main text of a news page: the body a reader
// came for, without navigation, bylines, captions, "related" boxes,
// newsletter prompts or share buttons.
//
// Extraction is go-trafilatura (chosen by measurement, see quality_test.go)
// followed by a news-specific paragraph filter (clean.go). Sentences and
// quotation marks are kept verbatim: the quote extractor reads Text.
package article

import (
	"errors"
	"fmt"
	"time"
)

// Article is the readable content of one page.
//
// Text holds the main text only: paragraphs separated by one blank line
// ("\n\n"), whitespace inside a paragraph collapsed to single spaces, and no
// headline, byline, caption or boilerplate. Title, Byline, SiteName and
// Published come from the page's metadata and are empty (zero) when the page
// does not state them.
type Article struct {
	URL       string
	Title     string
	Byline    string
	SiteName  string
	Published time.Time // zero if unknown
	Text      string
}

// MaxPageSize is the largest page Extract reads. Real news pages are well
// under 2 MiB; anything bigger is not an article worth parsing.
const MaxPageSize = 8 << 20

// Limits on what a parsed page may hold. Extraction time grows with the
// number of elements and the amount of text (about 0.7 s per MiB of dense
// paragraphs); the largest pages of the two evaluation corpora hold about
// 5,000 elements and 220 kB of text outside scripts, so these limits refuse
// only pathological pages, which would otherwise take seconds.
const (
	maxElements = 30_000
	maxText     = 1 << 20
)

// Errors returned by Extract; compare with errors.Is.
var (
	ErrEmpty      = errors.New("article: empty page")
	ErrBinary     = errors.New("article: not HTML (binary data)")
	ErrTooLarge   = errors.New("article: page too large")
	ErrNoMainText = errors.New("article: no main text found")
	ErrTooComplex = errors.New("article: page too complex")
)

// tooLarge wraps ErrTooLarge with the page size and the limit.
func tooLarge(n int) error {
	return fmt.Errorf("%w (%s; limit %s)", ErrTooLarge, humanSize(n), humanSize(MaxPageSize))
}

func humanSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1000*1000:
		return fmt.Sprintf("%.0f MB", float64(n)/1e6)
	case n >= 1000:
		return fmt.Sprintf("%.0f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d bytes", n)
}
