package article

import (
	"strings"
	"testing"
)

// storyPage wraps body in a news page: navigation, a headline, body (where
// FILLER puts four paragraphs of the story) and a footer.
func storyPage(body string) []byte {
	filler := strings.Repeat("<p>The council met again on Tuesday evening to weigh the budget, and members argued for hours about the roads, the schools and the new library that the town has wanted for years.</p>\n", 4)
	return []byte(`<html><head><title>Council rejects the budget plan</title></head><body>` +
		`<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>` +
		`<article><h1>Council rejects the budget plan</h1>` + strings.Replace(body, "FILLER", filler, 1) + `</article>` +
		`<footer>Contact us. All rights reserved.</footer></body></html>`)
}

// extractParas extracts page and returns its paragraphs.
func extractParas(t *testing.T, page []byte) []string {
	t.Helper()
	a, err := Extract(page, "https://paper.example/news/council-budget")
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return strings.Split(a.Text, "\n\n")
}

func hasPara(paras []string, want string) bool {
	for _, p := range paras {
		if p == want {
			return true
		}
	}
	return false
}

func TestExtractDropsNoscriptMarkup(t *testing.T) {
	paras := extractParas(t, storyPage(`<div class="body">`+
		`<p><noscript><img src="/photos/mayor.jpg" alt="The mayor"></noscript>Mayor Jane Smith said on Monday that the budget plan was dead.</p>`+
		`<noscript>&lt;img src="/pixel.gif"&gt; Please enable JavaScript to watch the video.</noscript>`+
		`<p>She said the town could not pay for it.<noscript><iframe src="https://video.example/embed/1"></iframe></noscript></p>FILLER</div>`))
	text := strings.Join(paras, "\n\n")
	// The paragraph holding a <noscript> image is kept whole, the markup
	// and the fallback message are not text.
	for _, want := range []string{"Mayor Jane Smith said on Monday that the budget plan was dead.", "She said the town could not pay for it."} {
		if !hasPara(paras, want) {
			t.Errorf("lacks paragraph %q\ntext:\n%s", want, text)
		}
	}
	for _, bad := range []string{"<img", "<iframe", "src=", "enable JavaScript"} {
		if strings.Contains(text, bad) {
			t.Errorf("keeps %q\ntext:\n%s", bad, text)
		}
	}
}

func TestExtractKeepsAnArticleServedInNoscript(t *testing.T) {
	// A blog served as a script application, its article in <noscript>
	// for browsers without scripts: the noscript is the page's content.
	var b strings.Builder
	for i := range 6 {
		b.WriteString("&lt;p&gt;Paragraph " + string(rune('A'+i)) + " of the post says that the new release fixes the crash that users reported when they opened large files on older phones.&lt;/p&gt;")
	}
	page := []byte(`<html><head><title>Release notes</title></head><body><div id="app"></div><noscript>` + b.String() + `</noscript></body></html>`)
	a, err := Extract(page, "")
	if err != nil {
		t.Fatalf("Extract: %v (the noscript article was dropped)", err)
	}
	if !strings.Contains(a.Text, "Paragraph C of the post says") {
		t.Errorf("lost the noscript article:\n%s", a.Text)
	}
}

func TestExtractPartsParagraphsSeparatedByBreaks(t *testing.T) {
	want := []string{
		"The council met on Tuesday to weigh the budget, the Ledger reported.",
		"Members argued for hours about the roads, the schools and the library.",
		"The mayor said the plan was dead and would not come back this year.",
	}
	for name, body := range map[string]string{
		// text written straight into the body <div>; a link in the first
		// line was where the extractor lost the line's start
		"div": `<div class="content">The council met on Tuesday to weigh the budget, the <em><a href="https://ledger.example/">Ledger</a></em> reported.<br><br>` +
			`Members argued for hours about the roads, the schools and the library.<br>  <br>` +
			`The mayor said the plan was dead and would not come back this year.<br><br><img src="/a.jpg">FILLER</div>`,
		// one <p> holding all three
		"p": `<div class="content"><p class="text">The council met on Tuesday to weigh the budget, the Ledger reported.<br/><br/>` +
			`Members argued for hours about the roads, the schools and the library.<br><br>` +
			`The mayor said the plan was dead and would not come back this year.</p>FILLER</div>`,
	} {
		t.Run(name, func(t *testing.T) {
			paras := extractParas(t, storyPage(body))
			for _, w := range want {
				if !hasPara(paras, w) {
					t.Errorf("lacks paragraph %q\ntext:\n%s", w, strings.Join(paras, "\n\n"))
				}
			}
		})
	}
	t.Run("one break between long sentences", func(t *testing.T) {
		paras := extractParas(t, storyPage(`<div class="content"><p>`+
			`The council met again on Tuesday evening to weigh the budget that the mayor sent them last week.<br>`+
			`Members argued for hours about the roads, the schools and the library that the town wants.<br></p>FILLER</div>`))
		for _, w := range []string{
			"The council met again on Tuesday evening to weigh the budget that the mayor sent them last week.",
			"Members argued for hours about the roads, the schools and the library that the town wants.",
		} {
			if !hasPara(paras, w) {
				t.Errorf("lacks paragraph %q\ntext:\n%s", w, strings.Join(paras, "\n\n"))
			}
		}
	})
}

// noRepeats fails when a paragraph of the story comes out twice, or run
// into a longer paragraph as well as standing alone.
func noRepeats(t *testing.T, paras []string, story []string) {
	t.Helper()
	text := strings.Join(paras, "\n\n")
	for _, w := range story {
		if n := strings.Count(text, w); n != 1 {
			t.Errorf("%q is in the text %d times; want once\ntext:\n%s", w, n, text)
		}
	}
}

// Text written straight into a <div> between single <br>s, one paragraph a
// line, was printed twice by the extractor: once run together, once line
// by line. Each line is a paragraph, once, in order.
func TestExtractPrintsBreakPartedLinesOnce(t *testing.T) {
	story := []string{
		"RIVERTON: The council rejected the mayor's budget plan on Monday, the clerk said on Tuesday. It was the third defeat this year.",
		"“We will not raise taxes to pay for a library nobody asked for and nobody will use,” councillor Ann Hale said after the vote.",
		"The mayor said the plan was dead and would not come back this year, though the library might return in another form.",
		"Also, a second vote on the roads budget was put off until next month, when the new treasurer takes office in the town.",
	}
	body := `<div class="story-body">` + story[0] + ` <br/>` + strings.Replace(story[1], "Ann Hale", `<a href="/topic/ann-hale">Ann Hale</a>`, 1) +
		` <br/>` + story[2] + ` <br/>` + story[3] + ` <br/><ul class="promo"><li><h6>Download</h6><p>The Ledger app for the latest news</p></li></ul></div>`
	paras := extractParas(t, storyPage(body))
	noRepeats(t, paras, story)
	for _, w := range story {
		if !hasPara(paras, w) {
			t.Errorf("lacks paragraph %q\ntext:\n%s", w, strings.Join(paras, "\n\n"))
		}
	}
	text := strings.Join(paras, "\n\n")
	for i := 1; i < len(story); i++ {
		if strings.Index(text, story[i-1]) > strings.Index(text, story[i]) {
			t.Errorf("paragraph %d comes before paragraph %d\ntext:\n%s", i+1, i, text)
		}
	}
}

// An old page's table cell holds a sidebar parted by <br>s and the story's
// <p>s inside an element the parser does not know (<nyt_text>): parting
// the cell's lines must not wrap that element, story and all, in a <p>,
// which the extractor printed whole and then paragraph by paragraph.
func TestExtractKeepsStoryInsideUnknownElementOnce(t *testing.T) {
	story := []string{
		"The council met again on Tuesday evening to weigh the budget, and members argued for hours about the roads and the schools.",
		"The mayor said the plan was dead and would not come back this year, though the library might return in another form.",
		"“We will not raise taxes to pay for a library nobody asked for,” councillor Ann Hale said after the vote on Monday.",
		"A second vote on the roads budget was put off until next month, when the new treasurer takes office in the town.",
	}
	var b strings.Builder
	b.WriteString(`<table><tr><td><a href="/print">Printer-Friendly Format</a><br><a href="/mail">Most E-Mailed Articles</a><br clear="all">` +
		`<font size="-1">The mayor at the vote on Monday.</font><br clear="all"><nyt_text>`)
	for _, p := range story {
		b.WriteString("<p>\n" + p + "\n</p>\n")
	}
	b.WriteString(`</nyt_text><br></td></tr></table>`)
	page := []byte(`<html><head><title>Council rejects the budget plan</title></head><body><h1>Council rejects the budget plan</h1>` + b.String() + `</body></html>`)
	paras := extractParas(t, page)
	noRepeats(t, paras, story)
	for _, w := range story {
		if !hasPara(paras, w) {
			t.Errorf("lacks paragraph %q\ntext:\n%s", w, strings.Join(paras, "\n\n"))
		}
	}
}

func TestExtractKeepsLinesOfOneParagraphTogether(t *testing.T) {
	// Single breaks between short lines (an address, verse) or after a line
	// that ends no sentence are line breaks inside one paragraph.
	paras := extractParas(t, storyPage(`<div class="content">FILLER`+
		`<p>Letters may be sent to the council at<br>Town Hall, 1 Market Square,<br>Riverton RT1 2AB.</p>`+
		`<p class="text">“We will build the library.<br>We promised it to the town,” said Mayor Jane Smith,<br>who spoke after the vote on Monday evening.<br><br>`+
		`The council said it would meet again<br>next month to talk about the roads.</p>`+
		`<p>The mayor read the old rhyme aloud:<br>“Roads and schools and books for all,<br>the town will build them, great and small.”</p></div>`))
	for _, w := range []string{
		"Letters may be sent to the council at Town Hall, 1 Market Square, Riverton RT1 2AB.",
		"The mayor read the old rhyme aloud: “Roads and schools and books for all, the town will build them, great and small.”",
		// an old page that breaks every line and doubles the break between
		// paragraphs: a quotation over a line's end stays one paragraph
		"“We will build the library. We promised it to the town,” said Mayor Jane Smith, who spoke after the vote on Monday evening.",
		"The council said it would meet again next month to talk about the roads.",
	} {
		if !hasPara(paras, w) {
			t.Errorf("lacks paragraph %q\ntext:\n%s", w, strings.Join(paras, "\n\n"))
		}
	}
}

func TestExtractJoinsDropCapitals(t *testing.T) {
	const want = "Star Wars fans packed the hall on Monday to hear the mayor speak about the plan."
	for name, p := range map[string]string{
		"span":            `<p><span class="dropcap">S</span>tar Wars fans packed the hall on Monday to hear the mayor speak about the plan.</p>`,
		"nested":          `<p><span class="drop-cap"><span class="letter">S</span></span>tar Wars fans packed the hall on Monday to hear the mayor speak about the plan.</p>`,
		"spaced":          `<p><span class="first-letter">S</span> tar Wars fans packed the hall on Monday to hear the mayor speak about the plan.</p>`,
		"inside strong":   `<p><strong><span class="initial">S</span></strong>tar Wars fans packed the hall on Monday to hear the mayor speak about the plan.</p>`,
		"image":           `<p><img src="/caps/s.png" alt="S" class="dropcap">tar Wars fans packed the hall on Monday to hear the mayor speak about the plan.</p>`,
		"block before":    `<div class="dropcap">S</div><p>tar Wars fans packed the hall on Monday to hear the mayor speak about the plan.</p>`,
		"unmarked span":   `<p><span style="font-size:3em">S</span>tar Wars fans packed the hall on Monday to hear the mayor speak about the plan.</p>`,
		"small capitals":  `<p><span class="dropcap">S</span>TAR WARS fans packed the hall on Monday to hear the mayor speak about the plan.</p>`,
		"after quotation": `<p><span class="dropcap">“S</span>tar Wars is back,” the mayor said on Monday to the packed hall about the plan.</p>`,
	} {
		t.Run(name, func(t *testing.T) {
			w := want
			switch name {
			case "after quotation":
				w = "“Star Wars is back,” the mayor said on Monday to the packed hall about the plan."
			case "small capitals":
				w = "STAR WARS fans packed the hall on Monday to hear the mayor speak about the plan."
			}
			paras := extractParas(t, storyPage(`<div class="content">`+p+`FILLER</div>`))
			if paras[0] != w {
				t.Errorf("first paragraph %q; want %q", paras[0], w)
			}
		})
	}
}

func TestExtractLeavesSingleLetterWordsApart(t *testing.T) {
	// "A" and "I" are words: a marked capital before a space stays apart,
	// and a letter that is not followed by lower case is no drop capital.
	for _, c := range []struct{ p, want string }{
		{`<p><span class="dropcap">A</span> man walked into the town hall on Monday to hear the mayor speak about the plan.</p>`,
			"A man walked into the town hall on Monday to hear the mayor speak about the plan."},
		{`<p><span class="dropcap">I</span> went to the town hall on Monday to hear the mayor speak about the plan.</p>`,
			"I went to the town hall on Monday to hear the mayor speak about the plan."},
		{`<p>Councillor <b>J</b>. Smith went to the town hall on Monday to hear the mayor speak about the plan.</p>`,
			"Councillor J. Smith went to the town hall on Monday to hear the mayor speak about the plan."},
		{`<p><b>A</b> <b>B</b> C: the town's three options, the council heard on Monday when it met to talk about the plan.</p>`,
			"A B C: the town's three options, the council heard on Monday when it met to talk about the plan."},
		{`<p>The plan got a grade of <b>B</b> from the auditors, who met the mayor on Monday to talk about the plan.</p>`,
			"The plan got a grade of B from the auditors, who met the mayor on Monday to talk about the plan."},
	} {
		paras := extractParas(t, storyPage(`<div class="content">`+c.p+`FILLER</div>`))
		if paras[0] != c.want {
			t.Errorf("first paragraph %q; want %q", paras[0], c.want)
		}
	}
}
