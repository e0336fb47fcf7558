package article

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// storyParas are the paragraphs of a story written for these tests.
var storyParas = []string{
	"The harbour authority approved the new ferry timetable on Tuesday after a two-hour debate that ran past midnight.",
	"“It is the best we could do with the boats we have,” said Ruth Adeyemi, who chairs the authority's board.",
	"Services begin on the first of March, with a sailing every ninety minutes from the north quay to the island.",
	"Critics said the early sailing would still leave too late for nurses on the hospital's morning shift.",
	"“We asked for six o'clock and we got seven,” said Tom Reyes, who speaks for the island's residents' association.",
	"The authority said a second boat, now being refitted in Galway, would allow an earlier sailing from June.",
	"Fares will rise by four percent, the first increase in three years, to pay for the refit and for more crew.",
	"“Nobody likes paying more, but the boats are thirty years old,” Adeyemi said after the vote on Tuesday night.",
	"The timetable will be reviewed in September, when the authority publishes its figures for the summer.",
}

func pageWith(body string) string {
	return `<html><head><title>Ferry timetable approved</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>` + body + `
<footer><p>© The Island Courier. All rights reserved.</p></footer></body></html>`
}

func ps(ps []string) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	return b.String()
}

// A body printed as several containers of the same class, parted by an
// advertisement and a newsletter box, is read whole, in order.
func TestExtractJoinsABodySplitIntoChunks(t *testing.T) {
	const chunk = `<div class="grid--item body body__container article__body">`
	page := pageWith(`<article><header><h1>Ferry timetable approved</h1></header>
<div class="article__chunks">
<div class="grid">` + chunk + ps(storyParas[:3]) + `</div></div>
<div class="row ad"><span class="ad-label">Advertisement</span><div class="ad__slot"></div></div>
<div class="grid">` + chunk + ps(storyParas[3:6]) + `</div></div>
<div class="newsletter"><span>Get the Courier's morning email</span><form><input name="email"></form></div>
<div class="grid">` + chunk + ps(storyParas[6:]) + `</div></div>
<div class="grid"><div class="grid--item body body__truncation-message article__body"><div class="container"></div></div></div>
</div></article>`)
	a, err := Extract([]byte(page), "https://courier.example/news/ferry")
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(storyParas, "\n\n"); a.Text != want {
		t.Errorf("text:\n%s\nwant the whole story in order:\n%s", a.Text, want)
	}
}

// Containers of one class parted by headings or paragraphs are not one
// body: the teasers of a listing page, the posts of a live blog. The first
// stays what the extractor reads.
func TestExtractKeepsSeparateContainersApart(t *testing.T) {
	teaser := func(h string, p []string) string {
		return `<h2><a href="/x">` + h + `</a></h2><div class="entry-content">` + ps(p) + `</div>`
	}
	listing := pageWith(`<main>` + teaser("Ferry timetable approved", storyParas[:4]) +
		teaser("Island school to get a new roof", []string{
			"The island's only primary school will get a new roof this summer, the county council said on Friday, after years of leaks.",
			"Work will start when term ends in July and should be finished before the children return in September.",
		}) + `</main>`)
	a, err := Extract([]byte(listing), "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "primary school") {
		t.Errorf("a second story's teaser joined to the first:\n%s", a.Text)
	}
	between := pageWith(`<article><div class="story-body">` + ps(storyParas[:3]) + `</div>
<p>Meanwhile, the county council said on Friday that the island's only primary school would get a new roof this summer.</p>
<div class="story-body">` + ps(storyParas[3:]) + `</div></article>`)
	a, err = Extract([]byte(between), "")
	if err != nil {
		t.Fatal(err)
	}
	// Whatever the extractor makes of it, the order of the page stays.
	if i, j := strings.Index(a.Text, "primary school"), strings.Index(a.Text, storyParas[3]); i >= 0 && j >= 0 && j < i {
		t.Errorf("paragraphs reordered:\n%s", a.Text)
	}
}

// Blocks the extractor flattens into one run of text keep a space between
// their sentences: `</section><section>` and a spacer between two runs of
// text no longer glue "Netherlands.It is".
func TestExtractKeepsSpaceBetweenFlattenedBlocks(t *testing.T) {
	first := "The council approved the ferry timetable on Tuesday after a debate that ran past midnight in the Netherlands."
	second := "It is the first change in ten years, and it will take effect in March for every sailing."
	for _, body := range []string{
		`<article><section>` + first + `</section><section>` + second + `</section><p>` + storyParas[0] + `</p></article>`,
		`<article><p><span>` + first + `</span><div class="spacer"></div><span>` + second + `</span></p><p>` + storyParas[0] + `</p></article>`,
	} {
		a, err := Extract([]byte(pageWith(body)), "")
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "Netherlands.It") || !strings.Contains(a.Text, "Netherlands.") || !strings.Contains(a.Text, second) {
			t.Errorf("sentences glued or lost:\n%s", a.Text)
		}
	}
}

// A short label beside its block of links, and blocks already parted by
// white space, are left as they are.
func TestSpaceBlocksLeavesLabelsAndSpacedBlocks(t *testing.T) {
	for _, in := range []string{
		`<div><p>Topic</p><div class="row"><a href="/m">Manufacturing</a></div></div>`,
		"<div><section>One sentence of the story here.</section>\n<section>Another sentence of it.</section></div>",
	} {
		doc, err := html.Parse(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		var before, after strings.Builder
		html.Render(&before, doc)
		spaceBlocks(doc)
		html.Render(&after, doc)
		if before.String() != after.String() {
			t.Errorf("changed:\n%s\nto\n%s", before.String(), after.String())
		}
	}
}
