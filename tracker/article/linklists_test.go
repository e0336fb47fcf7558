package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Lists of other stories' headlines inside or after the body are dropped:
// under a heading that announces them, or when every entry is a link. The
// story's own lists and paragraphs stay, links or not.
func TestExtractDropsHeadlineLists(t *testing.T) {
	story := ps(storyParas)
	for _, c := range []struct {
		name, after string
		gone        []string
	}{
		{"a heading announcing more stories", `<hr/><div role="heading" aria-level="3">More Great Courier Stories</div>
<ul><li>Island school <a href="/a">gets a new roof</a></li><li>Why the <a href="/b">harbour wall keeps cracking</a></li>
<li>The lighthouse <a href="/c">keeper's last night</a></li></ul>`,
			[]string{"new roof", "harbour wall", "lighthouse"}},
		{"further reading as linked paragraphs", `<h2>Further Reading</h2>
<p><a href="/a">Island School Gets A New Roof</a> (<em>Courier</em>)</p>
<p><a href="/b">Harbour Wall Cracks Again After Storm</a> (<em>Courier</em>)</p>`,
			[]string{"Further Reading", "New Roof", "Harbour Wall"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Extract([]byte(pageWith(`<article>`+story+c.after+`</article>`)), "")
			if err != nil {
				t.Fatal(err)
			}
			if want := strings.Join(storyParas, "\n\n"); a.Text != want {
				t.Errorf("text:\n%s\nwant the story alone:\n%s", a.Text, want)
			}
			for _, s := range c.gone {
				if strings.Contains(a.Text, s) {
					t.Errorf("text keeps %q", s)
				}
			}
		})
	}
}

func TestExtractKeepsTheStorysListsAndLinks(t *testing.T) {
	page := pageWith(`<article>` + ps(storyParas[:3]) + `
<ul><li>Sailings every ninety minutes from the north quay, starting at seven.</li>
<li>A second boat from June, <a href="/refit">once its refit in Galway</a> is done.</li>
<li>Fares up four percent, the first rise in three years.</li></ul>
<h2>More stories of the island's ferries</h2>
<p>The first ferry to the island ran in 1952, and <a href="/history">its bell</a> still hangs in the harbour office, where the crew ring it on the first sailing of every year.</p>
` + ps(storyParas[3:]) + `</article>`)
	a, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Sailings every ninety minutes", "once its refit in Galway", "Fares up four percent",
		"its bell still hangs", storyParas[8]} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("text lacks %q:\n%s", s, a.Text)
		}
	}
}

func TestTrimTailDropsClosingBoxTitles(t *testing.T) {
	story := []string{
		"The council approved the ferry timetable on Tuesday after a two-hour debate that ran past midnight.",
		"Services begin on the first of March, with a sailing every ninety minutes from the north quay.",
		"Fourth Quarter",
		"The crew will be trained over the winter.",
	}
	got := trimTail(append(append([]string{}, story...), "Videos", "Featured", "Must Read"))
	if strings.Join(got, "|") != strings.Join(story, "|") {
		t.Errorf("trimTail = %q; want the story alone", got)
	}
	// One short line closing the text is not a run of box titles.
	one := append(append([]string{}, story...), "Love", "Pamela.")
	if got := trimTail(one); len(got) != len(one) {
		t.Errorf("trimTail = %q; want it unchanged", got)
	}
}

// A list whose every entry is a link (a sidebar of the day's headlines, a
// language menu) goes, with its heading; a list with an entry of plain
// text, or of two entries, stays. Parsed directly: where the extractor
// keeps such lists depends on the whole page around them.
func TestDropLinkListsWholeLinkEntries(t *testing.T) {
	for _, c := range []struct {
		name, list string
		drop       bool
	}{
		{"headline cards", `<h2>Just In</h2><ul>
<li><a href="/a"><div><h2><p>Island school gets a new roof</p></h2><div>5:28 p.m.</div></div></a></li>
<li><a href="/b"><div><h2><p>Harbour wall cracks again after storm</p></h2><div>5:22 p.m.</div></div></a></li>
<li><a href="/c"><div><h2><p>The lighthouse keeper's last night</p></h2><div>4:51 p.m.</div></div></a></li></ul>`, true},
		{"language menu", `<ul><li><a href="/sq"> Albanian <span class="native">Shqip</span></a> </li>
<li><a href="/en"> English <span class="native">English</span></a> </li>
<li><a href="/fr"> French <span class="native">Français</span></a> </li></ul>`, true},
		{"an entry of plain text", `<h2>Just In</h2><ul><li><a href="/a">Island school gets a new roof</a></li>
<li>Harbour wall cracks again after storm</li><li><a href="/c">The lighthouse keeper's last night</a></li></ul>`, false},
		{"two entries", `<h2>Just In</h2><ul><li><a href="/a">Island school gets a new roof</a></li>
<li><a href="/b">Harbour wall cracks again after storm</a></li></ul>`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(`<html><body><article><p>` + storyParas[0] + `</p>` + c.list + `<p>` + storyParas[1] + `</p></article></body></html>`))
			if err != nil {
				t.Fatal(err)
			}
			dropLinkLists(doc)
			text := textOf(doc)
			for _, s := range []string{storyParas[0], storyParas[1]} {
				if !strings.Contains(text, s) {
					t.Errorf("the story lost %q", s)
				}
			}
			if gone := !strings.Contains(text, "Shqip") && !strings.Contains(text, "Island school") && !strings.Contains(text, "Just In"); gone != c.drop {
				t.Errorf("list dropped = %v; want %v; text:\n%s", gone, c.drop, text)
			}
		})
	}
}

// A picture's caption printed inside the body as an element of its own is
// dropped, so a quotation running over the paragraphs around it stays
// whole; a body whose own class mentions captions stays.
func TestExtractDropsCaptionsInsideTheBody(t *testing.T) {
	page := pageWith(`<article>` + ps(storyParas[:2]) + `
<p>Asked about the timetable, she added: 'Personally I think the early sailing is the best we could do this year.</p>
<div class="artSplitter mol-img-group"><div class="mol-img"><img src="/ferry.jpg" alt="The ferry"></div>
<p class="imageCaption">The new ferry at the north quay on its first morning in service</p></div>
<p>'But we all know the island needs a second boat, and we will keep asking for one.</p>` + ps(storyParas[2:]) + `</article>`)
	a, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "first morning in service") {
		t.Errorf("caption kept:\n%s", a.Text)
	}
	want := "'Personally I think the early sailing is the best we could do this year.\n\n'But we all know the island needs a second boat"
	if !strings.Contains(a.Text, want) {
		t.Errorf("the quotation is not whole:\n%s", a.Text)
	}
	body := pageWith(`<article><div class="story-body with-captions">` + ps(storyParas) + `</div></article>`)
	if a, err := Extract([]byte(body), ""); err != nil || a.Text != strings.Join(storyParas, "\n\n") {
		t.Errorf("a body with 'captions' in its class: %v\n%s", err, a.Text)
	}
}
