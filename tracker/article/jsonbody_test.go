package article

import (
	"encoding/json"
	"strings"
	"testing"
)

// The story used by the pages below: nine paragraphs with quotations, as a
// site that renders its articles with JavaScript ships them.
var jsonStory = []string{
	`The city council voted on Tuesday to close the Elm Street bridge for eighteen months of repairs, after inspectors found corrosion in three of its steel beams.`,
	`“We cannot keep sending buses over a bridge that our own engineers say is failing,” said Mayor Dana Whitfield, who cast the deciding vote.`,
	`The closure will add about twenty minutes to the commute of some eleven thousand drivers who cross the river each morning, according to the transport department.`,
	`Shop owners on Elm Street warned that the detour would cost them customers. “Half my trade walks over that bridge,” said Priya Raman, who runs a bakery near its north end.`,
	`Repairs are expected to cost $14 million, most of it from a state fund for ageing infrastructure that the council applied to last spring.`,
	`A temporary footbridge for pedestrians and cyclists will open in March, the council said, and extra buses will run on the two nearest crossings.`,
	`Council member Luis Ortega, who voted against the plan, said the city should have repaired the bridge in stages. “Nobody asked the people who live here,” he said.`,
	`Inspectors first reported rust on the beams in 2019, but the repairs were postponed twice as the council wrestled with a budget shortfall.`,
	`Work is scheduled to begin in January, and the council will hold a public meeting next week to explain the detours.`,
}

const jsonHeadline = "Elm Street bridge to close for 18 months of repairs"

func jsonString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// jsonPage is a page whose DOM holds the headline and a teaser (the first
// paragraph), with script in its head or body.
func jsonPage(head, body string) string {
	return `<!doctype html><html><head><title>` + jsonHeadline + ` | Riverside Courier</title>
<meta name="description" content="The council voted to close the bridge after inspectors found corrosion.">` + head + `</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><h1>` + jsonHeadline + `</h1><div id="app"><p>` + jsonStory[0] + `</p></div></main>` + body + `
<footer>© 2024 Riverside Courier. All rights reserved.</footer></body></html>`
}

func wantWholeStory(t *testing.T, text string) {
	t.Helper()
	paras := strings.Split(text, "\n\n")
	if len(paras) != len(jsonStory) {
		t.Errorf("got %d paragraphs; want %d\ntext:\n%s", len(paras), len(jsonStory), text)
	}
	for i, p := range jsonStory {
		if i < len(paras) && paras[i] != p {
			t.Errorf("paragraph %d = %q; want %q", i, paras[i], p)
		}
	}
}

func fusionElements() string {
	var els []string
	for i, p := range jsonStory {
		html := strings.Replace(p, "Mayor Dana Whitfield", `<a href="/people/whitfield">Mayor Dana Whitfield</a>`, 1)
		html = strings.Replace(html, "$14 million", "<b>$14 million</b>", 1)
		els = append(els, `{"_id":"P`+string(rune('A'+i))+`","type":"text","content":`+jsonString(html)+`}`)
		switch i {
		case 1:
			els = append(els, `{"type":"image","caption":"The Elm Street bridge at dusk on Monday. Photo by Sam Lee for the Courier.","url":"https://cdn.example/bridge.jpg"}`)
		case 3:
			els = append(els, `{"type":"interstitial_link","content":"Read more: Council approves new bus lanes on Main Street","url":"/news/bus-lanes"}`)
		case 5:
			els = append(els, `{"type":"raw_html","content":"<div class=\"ad-slot\">Advertisement</div>"}`)
		}
	}
	return "[" + strings.Join(els, ",") + "]"
}

func TestExtractTakesBodyFromFusionState(t *testing.T) {
	related := `{"_id":"R1","type":"story","headlines":{"basic":"Council approves new bus lanes on Main Street"},"content_elements":[` +
		`{"type":"text","content":"Buses will get their own lanes on Main Street from June, the council decided on Monday after a long debate about parking."},` +
		`{"type":"text","content":"Traders said the loss of forty parking spaces would hurt business, but the transport department said more people would come by bus."},` +
		`{"type":"text","content":"The lanes will be painted red and enforced by cameras, with fines of up to $100 for drivers who stray into them during rush hours."}]}`
	state := `{"_id":"A1","type":"story","headlines":{"basic":` + jsonString(jsonHeadline) + `},` +
		`"description":{"basic":"The council voted to close the bridge after inspectors found corrosion."},` +
		`"content_elements":` + fusionElements() + `,"related_content":{"basic":[` + related + `]}}`
	page := jsonPage(``, `<script>var Fusion=window.Fusion||{};Fusion.arcSite='courier';Fusion.globalContent=`+state+
		`;Fusion.globalContentConfig={"source":"content-api","query":{"uri":"/news/bridge"}};</script>`)
	a, err := Extract([]byte(page), "https://courier.example/news/bridge")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	// The HTML inside the strings is rendered; the picture's caption, the
	// link to another story, the advertisement and the related story's
	// body are not the article.
	wantWholeStory(t, a.Text)
	for _, s := range []string{"Photo by", "Read more", "Advertisement", "Buses will get their own lanes"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("text keeps %q", s)
		}
	}
}

func TestExtractTakesBodyFromNextData(t *testing.T) {
	var html strings.Builder
	for _, p := range jsonStory {
		html.WriteString("<p>" + p + "</p>\n")
	}
	other := `{"title":"Storm knocks out power to 4,000 homes","body":` + jsonString(strings.Repeat("<p>Crews worked through the night to restore power after the storm brought down lines across the east side of the city.</p>", 6)) + `}`
	data := `{"props":{"pageProps":{"article":{"id":381,"title":` + jsonString(jsonHeadline) + `,"body":` + jsonString(html.String()) +
		`,"author":{"name":"Jo Park","title":"Transport reporter"}},"mostRead":[` + other + `]}},"page":"/news/[slug]","buildId":"x1"}`
	page := `<!doctype html><html><head><title>` + jsonHeadline + `</title></head><body><div id="__next"><h1>` + jsonHeadline + `</h1>` +
		`<p>Loading…</p></div><script id="__NEXT_DATA__" type="application/json">` + data + `</script></body></html>`
	a, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	wantWholeStory(t, a.Text)
	if a.Title != jsonHeadline {
		t.Errorf("Title = %q; want %q", a.Title, jsonHeadline)
	}
}

func TestExtractTakesBodyFromJSONLD(t *testing.T) {
	// A JSON-LD articleBody is plain text, often with its paragraphs run
	// together ("repairs.“We cannot") and HTML entities left in.
	body := strings.ReplaceAll(strings.Join(jsonStory, ""), "’", "&#8217;")
	ld := `{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Riverside Courier"},` +
		`{"@type":"NewsArticle","headline":` + jsonString(jsonHeadline) + `,"description":"The council voted to close the bridge after inspectors found corrosion.",` +
		`"articleBody":` + jsonString(body) + `,"author":{"@type":"Person","name":"Jo Park"}}]}`
	page := jsonPage(`<script type="application/ld+json">`+ld+`</script>`, ``)
	a, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	// A seam after a closing quotation mark or a lower-case word is found;
	// one after "$14" or inside "St." would not be.
	for _, p := range jsonStory {
		if !strings.Contains(a.Text, p) {
			t.Errorf("text lacks %q\ntext:\n%s", p, a.Text)
		}
	}
	if n := strings.Count(a.Text, "\n\n") + 1; n < len(jsonStory)-1 {
		t.Errorf("got %d paragraphs; want about %d (the seams split)\ntext:\n%s", n, len(jsonStory), a.Text)
	}
}

func TestExtractTakesBodyFromScriptState(t *testing.T) {
	// A rich-text tree (paragraph nodes holding text spans) assigned to
	// window.__INITIAL_STATE__, and the same as a string given to
	// JSON.parse: the spans of a paragraph are joined, paragraphs kept apart.
	var nodes []string
	for _, p := range jsonStory {
		mid := strings.Index(p, " ") + 1
		nodes = append(nodes, `{"nodeType":"paragraph","content":[{"nodeType":"text","value":`+jsonString(p[:mid])+`,"marks":[]},`+
			`{"nodeType":"text","value":`+jsonString(p[mid:])+`,"marks":[{"type":"bold"}]}]}`)
	}
	state := `{"route":{"path":"/news/bridge"},"entities":{"Article:381":{"__typename":"Article","headline":` + jsonString(jsonHeadline) +
		`,"body":{"nodeType":"document","content":[` + strings.Join(nodes, ",") + `]}}},"user":null}`
	for name, script := range map[string]string{
		"object":     `window.__INITIAL_STATE__ = ` + state + `; window.__ENV__ = "prod";`,
		"JSON.parse": `window.__PRELOADED_STATE__ = JSON.parse(` + jsonString(state) + `);`,
	} {
		t.Run(name, func(t *testing.T) {
			a, err := Extract([]byte(jsonPage(``, `<script>`+script+`</script>`)), "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			wantWholeStory(t, a.Text)
		})
	}
}

func TestExtractTakesBodyFromJSONWhenDOMHasNone(t *testing.T) {
	// Nothing in the DOM at all: the extractor alone finds no text. With
	// no <title> either, the JSON-LD's own headline names the article.
	ld := `{"@type":"NewsArticle","headline":` + jsonString(jsonHeadline) + `,"articleBody":` + jsonString(strings.Join(jsonStory, "\n\n")) + `}`
	for name, title := range map[string]string{"titled": `<title>` + jsonHeadline + `</title>`, "untitled": ``} {
		t.Run(name, func(t *testing.T) {
			page := `<html><head>` + title + `<script type="application/ld+json">` + ld + `</script></head><body><div id="root"></div><script src="/app.js"></script></body></html>`
			a, err := Extract([]byte(page), "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			wantWholeStory(t, a.Text)
			if a.Title != jsonHeadline {
				t.Errorf("Title = %q; want %q", a.Title, jsonHeadline)
			}
		})
	}
}

// The must-not-fire cases: the DOM's text stays.
func TestExtractKeepsDOMTextOverJSON(t *testing.T) {
	teaser := jsonPage(``, ``)
	base, err := Extract([]byte(teaser), "")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	var domBody strings.Builder
	for _, p := range jsonStory {
		domBody.WriteString("<p>" + p + "</p>")
	}
	good := strings.Replace(teaser, `<div id="app"><p>`+jsonStory[0]+`</p></div>`, `<article>`+domBody.String()+`</article>`, 1)
	goodBase, err := Extract([]byte(good), "")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	summary := "The council voted to close the bridge after inspectors found corrosion in three of its steel beams, the mayor said on Tuesday, and repairs will take eighteen months at a cost of fourteen million dollars to the state fund for ageing infrastructure, officials said in a statement on the city's website."
	long := strings.Repeat("Crews worked through the night to restore power after the storm brought down lines across the east side of the city. ", 12)
	for _, c := range []struct {
		name, page, want string
	}{
		{"articleBody that is only the description", strings.Replace(strings.Replace(teaser, `</head>`, `<script type="application/ld+json">{"@type":"NewsArticle","headline":`+
			jsonString(jsonHeadline)+`,"articleBody":`+jsonString(summary)+`}</script></head>`, 1),
			`content="The council voted to close the bridge after inspectors found corrosion."`, `content="`+summary+`"`, 1), base.Text},
		{"body of another article", strings.Replace(teaser, `</head>`, `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm knocks out power to 4,000 homes","articleBody":`+
			jsonString(long)+`}</script></head>`, 1), base.Text},
		{"untitled text without the headline's words", strings.Replace(teaser, `</head>`, `<script>window.__STATE__={"page":{"body":`+jsonString(long)+`}}</script></head>`, 1), base.Text},
		{"comments", strings.Replace(teaser, `</head>`, `<script>window.__STATE__={"article":{"headline":`+jsonString(jsonHeadline)+
			`,"comments":[{"body":`+jsonString(long)+`},{"body":`+jsonString(long)+`}]}}</script></head>`, 1), base.Text},
		{"good DOM body with a JSON copy", strings.Replace(good, `</head>`, `<script type="application/ld+json">{"@type":"NewsArticle","headline":`+
			jsonString(jsonHeadline)+`,"articleBody":`+jsonString(strings.Join(jsonStory, "\n")+"\nCorrection: an earlier version of this story gave the wrong year for the first inspection report.")+`}</script></head>`, 1), goodBase.Text},
		{"malformed JSON", strings.Replace(teaser, `</head>`, `<script type="application/ld+json">{"@type":"NewsArticle","headline":`+
			jsonString(jsonHeadline)+`,"articleBody":"unterminated`+strings.Repeat(`[{`, 2000)+`</script></head>`, 1), base.Text},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Extract([]byte(c.page), "")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if a.Text != c.want {
				t.Errorf("text changed by the JSON:\n%s\nwant:\n%s", a.Text, c.want)
			}
		})
	}
}

func TestScanJSONValueBounds(t *testing.T) {
	// Nesting deeper than maxJSONDepth ends the scan of that value.
	deep := strings.Repeat(`{"a":[`, maxJSONDepth) + `1` + strings.Repeat(`]}`, maxJSONDepth)
	if _, end := scanJSONValue(deep, 0, nil); end != -1 {
		t.Errorf("deep value scanned to %d; want -1", end)
	}
	for _, s := range []string{`{"a":`, `{"a" 1}`, `["x",`, `{'a':'b'`, `{"a":"\`} {
		if _, end := scanJSONValue(s, 0, nil); end != -1 {
			t.Errorf("%q scanned to %d; want -1", s, end)
		}
	}
	s := `{a:'it\'s',"b":[1,2,],c:undefined}; next()`
	if _, end := scanJSONValue(s, 0, nil); end != strings.Index(s, ";") {
		t.Errorf("object literal scanned to %d; want %d", end, strings.Index(s, ";"))
	}
}

// bigState is a framework's state of about size bytes: the article's
// content elements, then many other stories, each with its own elements,
// as a site's "more stories" rails and caches carry them.
func bigState(size int) string {
	var b strings.Builder
	b.WriteString(`{"article":{"type":"story","headlines":{"basic":` + jsonString(jsonHeadline) + `},"content_elements":` + fusionElements() + `},"cache":{`)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"story-` + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + `":{"type":"story","headlines":{"basic":"Other story number ` + string(rune('A'+i%26)) + `"},"content_elements":[`)
		for j := range 8 {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(`{"type":"text","content":"Paragraph of another story, with <a href=\"/x\">a link</a> and \"quoted words\", as long as a real one tends to be in a news site's state."}`)
		}
		b.WriteString(`],"promo_items":{"basic":{"type":"image","url":"https://cdn.example/p.jpg","width":1200,"height":800}}}`)
	}
	b.WriteString(`}}`)
	return b.String()
}

// BenchmarkExtractJSONState compares a page whose body is in its DOM with
// the same page carrying 5 MB of state JSON (the body also in the DOM, the
// common case: the fallback never reads the JSON), and a page whose body is
// only in that state (the fallback scans all of it).
func BenchmarkExtractJSONState(b *testing.B) {
	var domBody strings.Builder
	for _, p := range jsonStory {
		domBody.WriteString("<p>" + p + "</p>")
	}
	teaser := jsonPage(``, ``)
	dom := strings.Replace(teaser, `<div id="app"><p>`+jsonStory[0]+`</p></div>`, `<article>`+domBody.String()+`</article>`, 1)
	script := `<script>window.__INITIAL_STATE__ = ` + bigState(5<<20) + `;</script>`
	for _, c := range []struct{ name, page string }{
		{"dom-body", dom},
		{"dom-body+5MB-state", strings.Replace(dom, `</body>`, script+`</body>`, 1)},
		{"json-body-in-5MB-state", strings.Replace(teaser, `</body>`, script+`</body>`, 1)},
	} {
		b.Run(c.name, func(b *testing.B) {
			page := []byte(c.page)
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				a, err := Extract(page, "")
				if err != nil {
					b.Fatal(err)
				}
				if !strings.Contains(a.Text, jsonStory[8]) {
					b.Fatalf("body lost:\n%s", a.Text)
				}
			}
		})
	}
}
