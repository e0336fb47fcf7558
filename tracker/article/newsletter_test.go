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

// A briefing whose items' headings are styled by class (a <div
// class="h4">, as CSS frameworks print a heading without its tag) and
// whose greeting sits above the items in an element the extractor's
// selectors favour (an id beginning with "main", the target of a "skip to
// main content" link): every item is kept, in order, and not the greeting
// alone, which the extractor gave before.
func TestExtractKeepsEveryItemOfABriefingWithStyledHeadings(t *testing.T) {
	var want []string
	for _, it := range newsletterItemsText {
		want = append(want, it...)
	}
	greeting := `<div id="maincontent" class="intro"><p>Good morning, and welcome back to the briefing. Thanks for reading, and for all the notes you sent after last week's edition.</p>` +
		`<p>Tell a friend about us: was this forwarded to you? Sign up on our site. Write to the desk with tips and thoughts on what we could do better this year.</p>` +
		`<p>Today's edition runs 1,200 words, a five-minute read. Okay, let's start with ...</p></div>`
	for name, item := range map[string]func(int, []string) string{
		"level class": func(i int, it []string) string {
			return `<div class="item border-b py-12"><div id="s` + fmt.Sprint(i) + `" class="anchor"></div><div class="wrap">` +
				`<div class="h6 md:h5 lg:h4 mb-12">` + it[0] + `</div>` +
				`<figure class="pic"><img src="/p.jpg" alt=""></figure><div class="pic-caption"><p>Illustration: A. Painter for the Briefing, drawn in the studio</p></div>` +
				`<div class="item-text">` + ps(it[1:]) + `</div></div></div>`
		},
		"headline class": func(i int, it []string) string {
			return `<section class="brief-item"><p class="brief-item__headline">` + it[0] + `</p>` + ps(it[1:]) + `</section>`
		},
	} {
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<html><head><title>The Briefing</title></head><body><nav><a href="#maincontent">Skip to main content</a> <a href="/">Home</a></nav>` +
				`<div class="page"><div class="byline">Jan Morrow</div>` + greeting + `<div class="items">`)
			for i, it := range newsletterItemsText {
				b.WriteString(item(i, it))
			}
			b.WriteString(`</div></div><footer>© The Briefing. All rights reserved.</footer></body></html>`)
			a, err := Extract([]byte(b.String()), "")
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Split(a.Text, "\n\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("text:\n%s\nwant:\n%s", a.Text, strings.Join(want, "\n\n"))
			}
		})
	}
}

// Headings styled by class do not make a briefing of a story's page: a
// rail of related stories (cards under a styled heading, linked, with a
// one-line summary, or long but under a story of its own) and newsletter
// sign-up boxes stay out of the story. A story's own sections under
// styled subheadings stay whole and in order after its first paragraphs
// (the subheadings, dropped before, are kept as <h2> ones are).
func TestExtractLeavesStyledTeasersSignupsAndSectionsAlone(t *testing.T) {
	story := `<article><h1>Ferry timetable approved</h1>` + ps(storyParas) + `</article>`
	var linked, cards, signups strings.Builder
	for i, it := range newsletterItemsText {
		linked.WriteString(`<div class="card"><div class="h5 card-headline"><a href="/story/` + fmt.Sprint(i) + `">` + it[0] + `</a></div><p>` + it[1] + `</p></div>`)
		cards.WriteString(`<div class="card"><div class="h5">` + it[0] + `</div><p>` + it[1] + `</p><a href="/story/` + fmt.Sprint(i) + `">Read more</a></div>`)
		signups.WriteString(`<div class="signup"><div class="signup-heading">Get the morning briefing, free</div>` +
			`<p>Sign up for our newsletter and get the island's news in your inbox every weekday before the first ferry leaves.</p>` +
			`<p>You can unsubscribe at any time. Read our privacy policy to learn how we use and protect your address.</p>` +
			`<form action="/signup"><input type="email"><button>Sign up</button></form></div>`)
	}
	// Cards long enough to be a newsletter's items, under a story the
	// extractor reads from an element whose id begins with "main": the
	// story is no greeting, and stays alone.
	var long strings.Builder
	for range 2 {
		for _, it := range newsletterItemsText {
			long.WriteString(`<div class="excerpt"><div class="h4">` + it[0] + `</div>` + ps(it[1:]) + `</div>`)
		}
	}
	for name, page := range map[string]string{
		"long cards":    pageWith(`<div id="main-story"><h1>Ferry timetable approved</h1>` + ps(storyParas) + `</div><div class="more">` + long.String() + `</div>`),
		"linked cards":  pageWith(story + `<div class="more">` + linked.String() + `</div>`),
		"summary cards": pageWith(story + `<div class="more">` + cards.String() + `</div>`),
		"sign-up boxes": pageWith(`<div class="col">` + story + `</div><div class="col">` + signups.String() + `</div>`),
	} {
		t.Run(name, func(t *testing.T) {
			a, err := Extract([]byte(page), "")
			if err != nil {
				t.Fatal(err)
			}
			if want := strings.Join(storyParas, "\n\n"); a.Text != want {
				t.Errorf("text:\n%s\nwant the story alone:\n%s", a.Text, want)
			}
		})
	}

	t.Run("sections", func(t *testing.T) {
		sections := `<article><h1>Ferry timetable approved</h1><div class="lede">` + ps(storyParas[:2]) + `</div>` +
			`<div class="parts"><section class="part"><div class="h3">The vote</div>` + ps(storyParas[2:4]) + `</section>` +
			`<section class="part"><div class="h3">The critics</div>` + ps(storyParas[4:6]) + `</section>` +
			`<section class="part"><div class="h3">The fares</div>` + ps(storyParas[6:]) + `</section></div></article>`
		a, err := Extract([]byte(pageWith(sections)), "")
		if err != nil {
			t.Fatal(err)
		}
		want := strings.Join(storyParas[:2], "\n\n") + "\n\nThe vote\n\n" + strings.Join(storyParas[2:4], "\n\n") +
			"\n\nThe critics\n\n" + strings.Join(storyParas[4:6], "\n\n") + "\n\nThe fares\n\n" + strings.Join(storyParas[6:], "\n\n")
		if a.Text != want {
			t.Errorf("text:\n%s\nwant:\n%s", a.Text, want)
		}
	})
}
