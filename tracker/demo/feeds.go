package demo

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"hash/fnv"
	"html"
	"net/http"
	"strings"
	"time"
)

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	for _, o := range outlets {
		mux.HandleFunc("GET "+o.feedPath, func(w http.ResponseWriter, r *http.Request) {
			s.serveFeed(w, r, o)
		})
	}
	mux.HandleFunc("GET /articles/{file}", s.serveArticle)
	mux.HandleFunc("GET /{$}", s.serveIndex)
	return mux
}

// serveFeed writes one outlet's feed, or 304 when the client's validators
// still match. The ETag changes whenever the set of published items does;
// Last-Modified is the newest item's date.
func (s *Server) serveFeed(w http.ResponseWriter, r *http.Request, o outlet) {
	now := s.now()
	items := s.published(now, o.key)
	lastMod := s.start
	h := fnv.New64a()
	fmt.Fprint(h, o.key)
	for _, st := range items {
		fmt.Fprint(h, "|", st.key())
	}
	if len(items) > 0 {
		lastMod = s.publishedAt(items[0])
	}
	lastMod = lastMod.UTC().Truncate(time.Second)
	etag := fmt.Sprintf(`"%s-%d-%x"`, o.key, len(items), h.Sum64())
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", lastMod.Format(http.TimeFormat))
	w.Header().Set("Cache-Control", "no-cache")
	if notModified(r, etag, lastMod) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	var (
		body  []byte
		err   error
		ctype string
	)
	switch o.format {
	case "rss":
		body, err = s.rss(o, items, lastMod)
		ctype = "application/rss+xml; charset=utf-8"
	case "atom":
		body, err = s.atom(o, items, lastMod)
		ctype = "application/atom+xml; charset=utf-8"
	default:
		body, err = s.jsonFeed(o, items)
		ctype = "application/feed+json; charset=utf-8"
	}
	if err != nil {
		http.Error(w, "feed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", ctype)
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body)
}

// notModified applies RFC 9110: If-None-Match wins over If-Modified-Since.
func notModified(r *http.Request, etag string, lastMod time.Time) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, tag := range strings.Split(inm, ",") {
			tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/")
			if tag == "*" || tag == etag {
				return true
			}
		}
		return false
	}
	if ims := r.Header.Get("If-Modified-Since"); ims != "" {
		t, err := http.ParseTime(ims)
		return err == nil && !lastMod.After(t)
	}
	return false
}

func (s *Server) articleURL(e edition) string { return s.url + "/articles/" + e.key() + ".html" }

// descriptionHTML is the short HTML the feeds carry: summary and lead.
func descriptionHTML(st story) string {
	return "<p><strong>" + html.EscapeString(st.summary) + "</strong></p>\n<p>" + html.EscapeString(st.paras[0]) + "</p>"
}

type rssDoc struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	DC      string     `xml:"xmlns:dc,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language"`
	LastBuildDate string    `xml:"lastBuildDate"`
	TTL           int       `xml:"ttl,omitempty"` // minutes; the demo sets none, as it publishes every few seconds
	Items         []rssItem `xml:"item"`
}

type rssItem struct {
	Title       string  `xml:"title"`
	Link        string  `xml:"link"`
	GUID        rssGUID `xml:"guid"`
	PubDate     string  `xml:"pubDate"`
	Creator     string  `xml:"dc:creator"`
	Description string  `xml:"description"`
}

type rssGUID struct {
	IsPermaLink bool   `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

func (s *Server) rss(o outlet, items []edition, lastMod time.Time) ([]byte, error) {
	doc := rssDoc{Version: "2.0", DC: "http://purl.org/dc/elements/1.1/", Channel: rssChannel{
		Title:         o.name,
		Link:          s.url + "/",
		Description:   "Latest news from the " + o.name + " (Newshound demo; fictional).",
		Language:      "en",
		LastBuildDate: lastMod.Format(time.RFC1123Z),
	}}
	for _, st := range items {
		doc.Channel.Items = append(doc.Channel.Items, rssItem{
			Title:       st.title,
			Link:        s.articleURL(st),
			GUID:        rssGUID{Value: "urn:newshound-demo:" + o.key + ":" + st.key()},
			PubDate:     s.publishedAt(st).UTC().Format(time.RFC1123Z),
			Creator:     st.author,
			Description: descriptionHTML(st.story),
		})
	}
	return marshalXML(doc)
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomText struct {
	Type  string `xml:"type,attr,omitempty"`
	Value string `xml:",chardata"`
}

type atomEntry struct {
	ID        string     `xml:"id"`
	Title     string     `xml:"title"`
	Links     []atomLink `xml:"link"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Author    struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Summary atomText `xml:"summary"`
	Content atomText `xml:"content"`
}

func (s *Server) atom(o outlet, items []edition, lastMod time.Time) ([]byte, error) {
	feed := atomFeed{
		ID:      "urn:newshound-demo:" + o.key,
		Title:   o.name,
		Updated: lastMod.Format(time.RFC3339),
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: s.url + o.feedPath},
			{Rel: "alternate", Type: "text/html", Href: s.url + "/"},
		},
	}
	for _, st := range items {
		t := s.publishedAt(st).UTC().Format(time.RFC3339)
		e := atomEntry{
			ID:        "urn:newshound-demo:" + o.key + ":" + st.key(),
			Title:     st.title,
			Links:     []atomLink{{Rel: "alternate", Type: "text/html", Href: s.articleURL(st)}},
			Published: t,
			Updated:   t,
			Summary:   atomText{Type: "text", Value: st.summary},
			Content:   atomText{Type: "html", Value: descriptionHTML(st.story)},
		}
		e.Author.Name = st.author
		feed.Entries = append(feed.Entries, e)
	}
	return marshalXML(feed)
}

func marshalXML(v any) ([]byte, error) {
	b, err := xml.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(b, '\n')...), nil
}

type jsonFeedDoc struct {
	Version     string         `json:"version"`
	Title       string         `json:"title"`
	HomePageURL string         `json:"home_page_url"`
	FeedURL     string         `json:"feed_url"`
	Description string         `json:"description"`
	Language    string         `json:"language"`
	Items       []jsonFeedItem `json:"items"`
}

type jsonFeedItem struct {
	ID            string           `json:"id"`
	URL           string           `json:"url"`
	Title         string           `json:"title"`
	Summary       string           `json:"summary"`
	ContentHTML   string           `json:"content_html"`
	DatePublished string           `json:"date_published"`
	Authors       []jsonFeedAuthor `json:"authors"`
}

type jsonFeedAuthor struct {
	Name string `json:"name"`
}

func (s *Server) jsonFeed(o outlet, items []edition) ([]byte, error) {
	doc := jsonFeedDoc{
		Version:     "https://jsonfeed.org/version/1.1",
		Title:       o.name,
		HomePageURL: s.url + "/",
		FeedURL:     s.url + o.feedPath,
		Description: "Latest news from " + o.name + " (Newshound demo; fictional).",
		Language:    "en",
		Items:       []jsonFeedItem{},
	}
	for _, st := range items {
		doc.Items = append(doc.Items, jsonFeedItem{
			ID:            "urn:newshound-demo:" + o.key + ":" + st.key(),
			URL:           s.articleURL(st),
			Title:         st.title,
			Summary:       st.summary,
			ContentHTML:   descriptionHTML(st.story),
			DatePublished: s.publishedAt(st).UTC().Format(time.RFC3339),
			Authors:       []jsonFeedAuthor{{Name: st.author}},
		})
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
