package article

import (
	"fmt"
	"strings"
	"testing"
)

// A morning newsletter's items, each under its own heading.
var newsletterItemsText = [][]string{
	{"1 big thing: Robots come for the warehouse",
		"Warehouse robots are arriving faster than anyone predicted, and the workers who stack shelves are the first to feel it.",
		"“We thought we had ten years. We had three,” said Maria Lopez, a picker in Ohio who lost her shift in May.",
		"Why it matters: logistics is one of the largest employers of workers without a degree in the country."},
	{"2. Kids and screens",
		"A new study of 4,000 children finds that time on screens before bed cuts sleep by almost an hour a night.",
		"“Parents should treat the bedroom as a phone-free zone,” said Dr. Alan Cho, who led the study at the university."},
	{"3. The quiet boom in heat pumps",
		"Sales of heat pumps overtook gas furnaces for the first time last year, industry figures show.",
		"Installers say they cannot train people fast enough to meet demand in the colder states.",
		"“Every plumber I know is retraining,” said Jess Park, who runs an installation firm in Maine."},
	{"4. One fun thing",
		"A museum in Rotterdam has hung a painting upside down for 75 years, a curator noticed last week, and the museum has decided to leave it that way."},
}

func newsletterPage(item func(i int, it []string) string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Future - November 19, 2026</title></head><body><nav><a href="/">Home</a> <a href="/newsletters">Newsletters</a></nav>` +
		`<main><h1>Future</h1>`)
	for i, it := range newsletterItemsText {
		b.WriteString(item(i, it))
		if i == 1 {
			b.WriteString(`<div class="ad"><span>Sponsored</span><div class="ad-slot"></div></div>`)
		}
	}
	b.WriteString(`</main><footer>© Future Media. All rights reserved.</footer></body></html>`)
	return b.String()
}

// Every item of a newsletter is kept, in order, whatever container each
// is printed in (the extractor kept only the first).
func TestExtractKeepsEveryItemOfANewsletter(t *testing.T) {
	var want []string
	for _, it := range newsletterItemsText {
		want = append(want, it...)
	}
	for name, item := range map[string]func(int, []string) string{
		"div per item": func(i int, it []string) string {
			return `<div class="story"><h2>` + it[0] + `</h2><div class="story-text">` + ps(it[1:]) + `</div></div>`
		},
		"article per item": func(i int, it []string) string {
			return `<article class="story"><h2>` + it[0] + `</h2>` + ps(it[1:]) + `</article>`
		},
		"body class per item": func(i int, it []string) string {
			return `<div class="story" id="s` + fmt.Sprint(i) + `"><h2>` + it[0] + `</h2><div class="article-body">` + ps(it[1:]) + `</div><div class="share"><a href="/s">Share</a></div></div>`
		},
	} {
		t.Run(name, func(t *testing.T) {
			a, err := Extract([]byte(newsletterPage(item)), "")
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Split(a.Text, "\n\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("text:\n%s\nwant:\n%s", a.Text, strings.Join(want, "\n\n"))
			}
		})
	}
}

// A story followed by teasers of other stories (linked headlines over a
// line each) stays the story alone; a story printed in sections of its
// own stays whole and in order.
func TestExtractLeavesTeasersAndSectionsAlone(t *testing.T) {
	var rail strings.Builder
	for i, it := range newsletterItemsText {
		rail.WriteString(`<div class="teaser"><h3><a href="/story/` + fmt.Sprint(i) + `">` + it[0] + `</a></h3><p>` + it[1] + `</p></div>`)
	}
	page := pageWith(`<article><h1>Ferry timetable approved</h1>` + ps(storyParas) + `</article><div class="more">` + rail.String() + `</div>`)
	a, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(storyParas, "\n\n"); a.Text != want {
		t.Errorf("text:\n%s\nwant the story alone:\n%s", a.Text, want)
	}

	sections := `<article><h1>Ferry timetable approved</h1><section><h2>The vote</h2>` + ps(storyParas[:3]) + `</section>` +
		`<section><h2>The critics</h2>` + ps(storyParas[3:6]) + `</section><section><h2>The fares</h2>` + ps(storyParas[6:]) + `</section></article>`
	a, err = Extract([]byte(pageWith(sections)), "")
	if err != nil {
		t.Fatal(err)
	}
	want := "The vote\n\n" + strings.Join(storyParas[:3], "\n\n") + "\n\nThe critics\n\n" + strings.Join(storyParas[3:6], "\n\n") +
		"\n\nThe fares\n\n" + strings.Join(storyParas[6:], "\n\n")
	if a.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", a.Text, want)
	}
}
