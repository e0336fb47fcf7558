package demo

import (
	"html/template"
	"net/http"
	"strings"
	"time"
)

// pageData is what the article template sees.
type pageData struct {
	Outlet    string
	OutletKey string
	Title     string
	Author    string
	Summary   string
	URL       string
	Published time.Time
	Paras     []string
	Related   []related
	Year      int
}

type related struct{ Title, URL string }

var pageTmpl = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} | {{.Outlet}}</title>
<meta name="description" content="{{.Summary}}">
<meta name="author" content="{{.Author}}">
<meta property="og:type" content="article">
<meta property="og:title" content="{{.Title}}">
<meta property="og:description" content="{{.Summary}}">
<meta property="og:url" content="{{.URL}}">
<meta property="og:site_name" content="{{.Outlet}}">
<meta property="article:published_time" content="{{.Published.Format "2006-01-02T15:04:05Z07:00"}}">
<meta property="article:author" content="{{.Author}}">
<link rel="canonical" href="{{.URL}}">
<style>body{font-family:Georgia,serif;max-width:46rem;margin:auto}nav a{margin-right:1em}.newsletter{border:1px solid #ccc;padding:1em}</style>
</head>
<body class="outlet-{{.OutletKey}}">
<div class="cookie-banner" role="dialog">We use cookies to improve your experience. <button>Accept all</button> <button>Manage preferences</button></div>
<nav class="site-nav" aria-label="Sections">
  <a href="/">{{.Outlet}}</a>
  <a href="/world">World</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/sport">Sport</a><a href="/weather">Weather</a><a href="/opinion">Opinion</a>
  <a href="/subscribe" class="cta">Subscribe</a> <a href="/login">Sign in</a>
</nav>
<main>
<header class="article-header">
  <p class="kicker">News</p>
  <h1>{{.Title}}</h1>
  <p class="standfirst">{{.Summary}}</p>
  <p class="byline">By <span class="author" rel="author">{{.Author}}</span>, {{.Outlet}}</p>
  <time datetime="{{.Published.Format "2006-01-02T15:04:05Z07:00"}}">{{.Published.Format "2 January 2006, 15:04 MST"}}</time>
  <ul class="share"><li><a href="/share/email">Email</a></li><li><a href="/share/x">Share on X</a></li><li><a href="/share/facebook">Facebook</a></li></ul>
</header>
<article>
<figure>
  <img src="/static/placeholder.jpg" alt="File photo" width="800" height="450">
  <figcaption>File photo. Illustration for a fictional story. (Newshound demo)</figcaption>
</figure>
{{range .Paras}}<p>{{.}}</p>
{{end}}</article>
<aside class="newsletter">
  <h2>Get the morning briefing</h2>
  <p>Sign up for our free newsletter and get the day's top stories in your inbox before breakfast.</p>
  <form action="/newsletter" method="post"><input type="email" name="email" placeholder="you@example.com"> <button type="submit">Sign up</button></form>
</aside>
<section class="related">
  <h2>Related stories</h2>
  <ul>
  {{range .Related}}<li><a href="{{.URL}}">{{.Title}}</a></li>
  {{end}}</ul>
</section>
</main>
<footer class="site-footer">
  <p>&copy; {{.Year}} {{.Outlet}}. All stories on this site are fiction written for the Newshound demo.</p>
  <p><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a> · <a href="/corrections">Corrections</a></p>
</footer>
</body>
</html>
`))

// serveArticle writes /articles/<key>.html; editions not yet published are
// 404, as on a real site.
func (s *Server) serveArticle(w http.ResponseWriter, r *http.Request) {
	key, ok := strings.CutSuffix(r.PathValue("file"), ".html")
	if !ok {
		http.NotFound(w, r)
		return
	}
	now := s.now()
	st, found := s.find(now, key)
	if !found {
		http.NotFound(w, r)
		return
	}
	o, _ := outletByKey(st.outlet)
	d := pageData{
		Outlet:    o.name,
		OutletKey: o.key,
		Title:     st.title,
		Author:    st.author,
		Summary:   st.summary,
		URL:       s.articleURL(st),
		Published: s.publishedAt(st).UTC().Truncate(time.Second),
		Paras:     st.paras,
		Year:      s.start.Year(),
	}
	listed := map[string]bool{st.slug: true}
	for _, c := range s.published(now, "") {
		if listed[c.slug] {
			continue
		}
		listed[c.slug] = true
		if len(d.Related) < 4 && (c.topic == st.topic || c.outlet == st.outlet) {
			d.Related = append(d.Related, related{c.title, s.articleURL(c)})
		}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Last-Modified", d.Published.Format(http.TimeFormat))
	// An error here means the client went away; headers are already sent.
	_ = pageTmpl.Execute(w, d)
}

// serveIndex lists the feeds and published articles, for people with a browser.
func (s *Server) serveIndex(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Newshound demo news</title></head><body>\n<h1>Newshound demo news (fiction)</h1>\n<ul>\n")
	for _, o := range outlets {
		b.WriteString("<li><a href=\"" + template.HTMLEscapeString(o.feedPath) + "\">" + template.HTMLEscapeString(o.name) + "</a></li>\n")
	}
	b.WriteString("</ul>\n<ol>\n")
	for _, st := range s.published(s.now(), "") {
		b.WriteString("<li><a href=\"/articles/" + template.HTMLEscapeString(st.key()) + ".html\">" + template.HTMLEscapeString(st.title) + "</a></li>\n")
	}
	b.WriteString("</ol>\n</body></html>\n")
	w.Write([]byte(b.String()))
}
