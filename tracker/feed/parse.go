// Package feed parses RSS 0.9x/1.0/2.0, Atom and JSON Feed documents into
// Newshound's normalised Feed and Item: plain-text titles and summaries,
// canonical links and a stable identity key per item.
//
// Parse calls gofeed's per-format parsers directly and translates their
// output itself; gofeed's universal translator is avoided because it runs a
// full HTML parse of every description (looking for images) that Newshound
// does not need.
package feed

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed/atom"
	ext "github.com/mmcdole/gofeed/extensions"
	jsonfeed "github.com/mmcdole/gofeed/json"
	"github.com/mmcdole/gofeed/rss"
	"golang.org/x/text/encoding/charmap"
)

// Feed is a parsed, normalised feed. TTL is the publisher's hint of how
// long the feed may be cached (RSS <ttl> or sy:updatePeriod), 0 if none.
type Feed struct {
	Title, Link string
	TTL         time.Duration
	Items       []Item
}

// Item is one normalised entry. Text fields are plain text on one line.
type Item struct {
	Key         string // stable identity: feed GUID, else canonical link, else "h:"+hash of title and published
	URL         string // canonical link (the raw link when it cannot be canonicalised)
	Title       string // plain text
	Description string // plain-text summary, at most 1000 runes, cut at a word boundary
	Content     string // plain text of content:encoded / atom content, at most 64 KiB
	Author      string
	Published   time.Time // published, else updated, else zero; UTC
}

// ErrNotFeed is wrapped by Parse when the body is not RSS, Atom or JSON Feed.
var ErrNotFeed = errors.New("feed: not a feed")

type format int

const (
	formatUnknown format = iota
	formatRSS
	formatAtom
	formatJSON
	formatHTML
)

// Parse detects the format of body and parses it. It never panics: a panic
// inside a format parser is returned as an error.
func Parse(body []byte) (*Feed, error) {
	return ParseContext(context.Background(), body)
}

// ParseContext is Parse, giving up with ctx's error soon after ctx ends: a
// body of several megabytes takes seconds to parse, which shutdown should
// not wait for.
func ParseContext(ctx context.Context, body []byte) (f *Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("feed: parser panic: %v", r)
		}
	}()
	switch fm := detect(body); fm {
	case formatRSS, formatAtom:
		if err := checkDepth(body, MaxDepth); err != nil {
			return nil, err
		}
		in := body
		if fm == formatRSS {
			in = fastDates(body)
		}
		f, err := parseXML(ctx, fm, in)
		if err != nil && !utf8.Valid(body) && declaresUTF8(body) {
			// Undeclared or mislabelled legacy encoding: read it as
			// Windows-1252, as browsers do, rather than lose the feed.
			if fixed, terr := charmap.Windows1252.NewDecoder().Bytes(body); terr == nil {
				if f2, err2 := parseXML(ctx, fm, fixed); err2 == nil {
					return f2, nil
				}
			}
		}
		return f, err
	case formatJSON:
		var p jsonfeed.Parser
		jf, err := p.Parse(ctxReader{ctx, bytes.NewReader(body)})
		if cerr := ctx.Err(); cerr != nil {
			return nil, cerr
		}
		if err != nil {
			return nil, fmt.Errorf("feed: malformed JSON: %w", err)
		}
		return fromJSON(jf), nil
	case formatHTML:
		return nil, fmt.Errorf("%w (looks like HTML)", ErrNotFeed)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, errors.New("feed: empty body")
	}
	return nil, fmt.Errorf("%w (unknown root element)", ErrNotFeed)
}

// LooksLikeFeed reports whether body starts like an RSS, Atom or JSON Feed
// document; it reads only the prologue, so it is cheap enough to tell a
// feed from an HTML page before parsing.
func LooksLikeFeed(body []byte) bool {
	switch detect(body) {
	case formatRSS, formatAtom, formatJSON:
		return true
	}
	return false
}

// detect looks at the first element (or the first JSON byte) of body.
func detect(body []byte) format {
	b := skipBOMAndSpace(body)
	if len(b) == 0 {
		return formatUnknown
	}
	if b[0] == '{' {
		return formatJSON
	}
	name := rootName(b)
	if i := strings.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	switch strings.ToLower(name) {
	case "rss", "rdf":
		return formatRSS
	case "feed":
		return formatAtom
	case "html", "head", "body":
		return formatHTML
	}
	return formatUnknown
}

func skipBOMAndSpace(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	return bytes.TrimLeft(b, " \t\r\n\x00\xfe\xff")
}

// rootName returns the name of the first element of an XML/HTML document,
// skipping the XML declaration, processing instructions, comments and the
// doctype. UTF-16 documents are read by dropping NUL bytes from the prologue.
func rootName(b []byte) string {
	if len(b) > 4096 {
		b = b[:4096]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		b = bytes.ReplaceAll(b, []byte{0}, nil)
	}
	for {
		i := bytes.IndexByte(b, '<')
		if i < 0 || i+1 >= len(b) {
			return ""
		}
		b = b[i+1:]
		switch {
		case bytes.HasPrefix(b, []byte("!--")):
			end := bytes.Index(b, []byte("-->"))
			if end < 0 {
				return ""
			}
			b = b[end+3:]
		case b[0] == '?' || b[0] == '!':
			end := bytes.IndexByte(b, '>')
			if end < 0 {
				return ""
			}
			b = b[end+1:]
		default:
			n := 0
			for n < len(b) && b[n] != ' ' && b[n] != '>' && b[n] != '/' && b[n] != '\t' && b[n] != '\n' && b[n] != '\r' {
				n++
			}
			return string(b[:n])
		}
	}
}

// ctxReader reads r until ctx ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

func parseXML(ctx context.Context, fm format, body []byte) (*Feed, error) {
	r := ctxReader{ctx, bytes.NewReader(body)}
	if fm == formatAtom {
		var p atom.Parser
		af, err := p.Parse(r)
		if cerr := ctx.Err(); cerr != nil {
			return nil, cerr
		}
		if err != nil {
			return nil, xmlError(err)
		}
		return fromAtom(af), nil
	}
	var p rss.Parser
	rf, err := p.Parse(r)
	if cerr := ctx.Err(); cerr != nil {
		return nil, cerr
	}
	if err != nil {
		return nil, xmlError(err)
	}
	return fromRSS(rf), nil
}

// declaresUTF8 reports whether the XML declaration names UTF-8 or no
// encoding at all (which means UTF-8).
func declaresUTF8(body []byte) bool {
	b := skipBOMAndSpace(body)
	if !bytes.HasPrefix(b, []byte("<?xml")) {
		return true
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 {
		return true
	}
	decl := bytes.ToLower(b[:end])
	i := bytes.Index(decl, []byte("encoding"))
	if i < 0 {
		return true
	}
	return bytes.Contains(decl[i:], []byte("utf-8")) || bytes.Contains(decl[i:], []byte("utf8"))
}

func xmlError(err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("feed: malformed XML at line %d: %s", se.Line, se.Msg)
	}
	return fmt.Errorf("feed: malformed XML: %w", err)
}

func fromRSS(rf *rss.Feed) *Feed {
	f := &Feed{Title: truncate(plainText(rf.Title), maxTitle, false), Link: strings.TrimSpace(rf.Link), TTL: rssTTL(rf)}
	f.Items = make([]Item, 0, len(rf.Items))
	for _, ri := range rf.Items {
		if ri == nil {
			continue
		}
		var it Item
		it.Title = truncate(plainText(ri.Title), maxTitle, false)
		link := strings.TrimSpace(ri.Link)
		guid := ""
		if ri.GUID != nil {
			guid = strings.TrimSpace(ri.GUID.Value)
			if link == "" && !strings.EqualFold(ri.GUID.IsPermalink, "false") && isHTTP(guid) {
				link = guid
			}
		}
		it.URL = canonicalOrRaw(link)
		it.Content = truncate(plainText(ri.Content), maxContent, true)
		it.Description = summary(ri.Description, it.Content)
		it.Author = plainText(ri.Author)
		if ri.PubDateParsed != nil {
			it.Published = ri.PubDateParsed.UTC()
		}
		if dc := ri.DublinCoreExt; dc != nil {
			if it.Author == "" && len(dc.Creator) > 0 {
				it.Author = plainText(dc.Creator[0])
			}
			if it.Published.IsZero() && len(dc.Date) > 0 {
				it.Published = parseDate(dc.Date[0])
			}
		}
		it.Key = key(guid, it.URL, it.Title, it.Published)
		it.Author = truncate(it.Author, maxAuthor, false)
		f.Items = append(f.Items, it)
	}
	return f
}

// rssTTL reads <ttl> (minutes), else sy:updatePeriod / sy:updateFrequency.
func rssTTL(rf *rss.Feed) time.Duration {
	if n, err := strconv.Atoi(strings.TrimSpace(rf.TTL)); err == nil && n > 0 {
		return time.Duration(n) * time.Minute
	}
	return syTTL(rf.Extensions)
}

func syTTL(e ext.Extensions) time.Duration {
	sy := e["sy"]
	if sy == nil || len(sy["updatePeriod"]) == 0 {
		return 0
	}
	var period time.Duration
	switch strings.ToLower(strings.TrimSpace(sy["updatePeriod"][0].Value)) {
	case "hourly":
		period = time.Hour
	case "daily":
		period = 24 * time.Hour
	case "weekly":
		period = 7 * 24 * time.Hour
	case "monthly":
		period = 30 * 24 * time.Hour
	case "yearly":
		period = 365 * 24 * time.Hour
	default:
		return 0
	}
	freq := 1
	if fs := sy["updateFrequency"]; len(fs) > 0 {
		if n, err := strconv.Atoi(strings.TrimSpace(fs[0].Value)); err == nil && n > 0 {
			freq = n
		}
	}
	return period / time.Duration(freq)
}

func fromAtom(af *atom.Feed) *Feed {
	f := &Feed{Title: truncate(plainText(af.Title), maxTitle, false), Link: atomLink(af.Links), TTL: syTTL(af.Extensions)}
	feedAuthor := ""
	if len(af.Authors) > 0 && af.Authors[0] != nil {
		feedAuthor = plainText(af.Authors[0].Name)
	}
	f.Items = make([]Item, 0, len(af.Entries))
	for _, e := range af.Entries {
		if e == nil {
			continue
		}
		var it Item
		it.Title = truncate(plainText(e.Title), maxTitle, false)
		it.URL = canonicalOrRaw(atomLink(e.Links))
		if e.Content != nil {
			it.Content = truncate(plainText(e.Content.Value), maxContent, true)
		}
		it.Description = summary(e.Summary, it.Content)
		it.Author = feedAuthor
		if len(e.Authors) > 0 && e.Authors[0] != nil {
			it.Author = plainText(e.Authors[0].Name)
		}
		switch {
		case e.PublishedParsed != nil:
			it.Published = e.PublishedParsed.UTC()
		case e.UpdatedParsed != nil:
			it.Published = e.UpdatedParsed.UTC()
		}
		it.Key = key(strings.TrimSpace(e.ID), it.URL, it.Title, it.Published)
		it.Author = truncate(it.Author, maxAuthor, false)
		f.Items = append(f.Items, it)
	}
	return f
}

// atomLink picks rel="alternate" (or no rel), preferring text/html.
func atomLink(links []*atom.Link) string {
	best := ""
	for _, l := range links {
		if l == nil || l.Href == "" || (l.Rel != "" && l.Rel != "alternate") {
			continue
		}
		if l.Type == "" || strings.Contains(l.Type, "html") {
			return strings.TrimSpace(l.Href)
		}
		if best == "" {
			best = strings.TrimSpace(l.Href)
		}
	}
	return best
}

func fromJSON(jf *jsonfeed.Feed) *Feed {
	f := &Feed{Title: truncate(plainText(jf.Title), maxTitle, false), Link: strings.TrimSpace(jf.HomePageURL)}
	feedAuthor := jsonAuthor(jf.Author, jf.Authors)
	f.Items = make([]Item, 0, len(jf.Items))
	for _, ji := range jf.Items {
		if ji == nil {
			continue
		}
		var it Item
		it.Title = truncate(plainText(ji.Title), maxTitle, false)
		link := strings.TrimSpace(ji.URL)
		if link == "" {
			link = strings.TrimSpace(ji.ExternalURL)
		}
		it.URL = canonicalOrRaw(link)
		content := ji.ContentHTML
		if content == "" {
			content = ji.ContentText
		}
		it.Content = truncate(plainText(content), maxContent, true)
		it.Description = summary(ji.Summary, it.Content)
		it.Author = jsonAuthor(ji.Author, ji.Authors)
		if it.Author == "" {
			it.Author = feedAuthor
		}
		it.Published = parseDate(ji.DatePublished)
		if it.Published.IsZero() {
			it.Published = parseDate(ji.DateModified)
		}
		it.Key = key(strings.TrimSpace(ji.ID), it.URL, it.Title, it.Published)
		it.Author = truncate(it.Author, maxAuthor, false)
		f.Items = append(f.Items, it)
	}
	return f
}

func jsonAuthor(a *jsonfeed.Author, as []*jsonfeed.Author) string {
	if a != nil && a.Name != "" {
		return plainText(a.Name)
	}
	for _, a := range as {
		if a != nil && a.Name != "" {
			return plainText(a.Name)
		}
	}
	return ""
}

// summary is the plain text of desc, or of the content when there is no
// description, capped at maxDescription runes.
func summary(desc, content string) string {
	s := plainText(desc)
	if s == "" {
		s = content
	}
	return truncate(s, maxDescription, false)
}

// key implements Item.Key's precedence. A GUID longer than MaxKey is
// replaced by its hash.
func key(guid, canonical, title string, published time.Time) string {
	if len(guid) > MaxKey {
		sum := sha256.Sum256([]byte(guid))
		return "g:" + hex.EncodeToString(sum[:16])
	}
	if guid != "" {
		return guid
	}
	if canonical != "" {
		return canonical
	}
	h := sha256.New()
	h.Write([]byte(title))
	h.Write([]byte{0})
	if !published.IsZero() {
		h.Write([]byte(published.UTC().Format(time.RFC3339)))
	}
	return "h:" + hex.EncodeToString(h.Sum(nil)[:16])
}

func canonicalOrRaw(link string) string {
	if link == "" || len(link) > MaxLink {
		return ""
	}
	if c, err := CanonicalURL(link); err == nil {
		if len(c) > MaxLink {
			return ""
		}
		return c
	}
	return link
}

func isHTTP(s string) bool {
	return len(s) > 8 && (strings.EqualFold(s[:7], "http://") || strings.EqualFold(s[:8], "https://"))
}

var dateLayouts = []string{
	time.RFC3339Nano, time.RFC3339, time.RFC1123Z, time.RFC1123, time.RFC850,
	"2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05", "2006-01-02",
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
}

// parseDate parses the few date shapes found outside gofeed's own date
// handling (JSON Feed, dc:date); zero when none fits.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
