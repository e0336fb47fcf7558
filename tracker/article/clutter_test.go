package article

import (
	"strings"
	"testing"
)

// Clutter inside a story's body: advertisement labels, one-line calls to
// follow or join the site's channels, other stories' headlines as lines of
// links or as a teaser card, and a note printed twice. The story alone
// stays, in order.
func TestExtractDropsClutterInsideTheBody(t *testing.T) {
	s := storyParas
	note := "Map: the route of the new ferry service from the north quay to the island"
	page := pageWith(`<article><h1>Ferry timetable approved</h1><div class="body">` + ps(s[:2]) +
		`<p>Advertisement</p><div class="slot"><span>Hide Ad</span></div>` + ps(s[2:3]) +
		`<p>Story continues below advertisement</p>` + ps(s[3:4]) +
		`<p><strong>Join our WhatsApp channel</strong> for the latest news from the island.</p>` +
		`<p>📲 Get the latest news on WhatsApp: <a href="/wa">sign up to our channel here</a></p>` +
		`<p>For the latest headlines, follow our Google News channel.</p>` + ps(s[4:5]) +
		`<p><a href="/a">Island school gets a new roof</a></p><p><a href="/b">Harbour wall cracks again after storm</a></p>` + ps(s[5:6]) +
		`<div class="card"><h4><a href="/c">Lighthouse keeper's last night on the rock</a></h4><p>After forty years, he is handing over the keys.</p></div>` + ps(s[6:7]) +
		`<div class="graphic"><p>` + note + `</p></div>` + ps(s[7:8]) + `<p>` + note + `</p>` + ps(s[8:]) + `</div></article>`)
	a, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join(s[:7], "\n\n") + "\n\n" + note + "\n\n" + strings.Join(s[7:], "\n\n")
	if a.Text != want {
		t.Errorf("text:\n%s\nwant:\n%s", a.Text, want)
	}
}

// The story's own lines that look like clutter stay: a call reported as
// someone's words, a quotation, an advertisement as news, one link of the
// story's, a linked heading over the story's paragraphs, a short line said
// twice, and a schedule whose lines repeat by design.
func TestExtractKeepsStoryLinesLikeClutter(t *testing.T) {
	s := storyParas
	keep := []string{
		"Residents can sign up for alerts about cancelled sailings on the council's website, the authority said.",
		"“Join our campaign,” she told the crowd outside the harbour office.",
		"We urge everyone to download our app and report delays, the authority's chairwoman said.",
		"The ad ran for a month.",
		"Read the authority's report on the timetable",
		"The island's ferries",
		"Yes.",
	}
	schedule := []string{"Monday: first sailing 7:00, last sailing 21:30, from the north quay",
		"Tuesday: first sailing 7:00, last sailing 21:30, from the north quay",
		"Saturday: first sailing 8:00, last sailing 20:00, from the south pier"}
	var sched strings.Builder
	for range 2 {
		for _, l := range schedule {
			sched.WriteString("<p>" + l + "</p>")
		}
		sched.WriteString("<p>Sunday: first sailing 9:00, last sailing 18:00, from the south pier</p><p>Bank holidays: first sailing 9:00, last sailing 18:00, from the south pier</p>")
	}
	page := pageWith(`<article><h1>Ferry timetable approved</h1><div class="body">` + ps(s[:2]) +
		`<p>` + keep[0] + `</p><p>` + keep[1] + `</p>` + ps(s[2:4]) + `<p>` + keep[2] + `</p><p>` + keep[3] + `</p>` +
		`<p><a href="/report.pdf">` + keep[4] + `</a></p>` + ps(s[4:6]) +
		`<h2><a href="/ferries">` + keep[5] + `</a></h2>` + ps(s[6:]) + `<p>` + keep[6] + `</p><p>` + keep[6] + `</p>` + sched.String() + `</div></article>`)
	a, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range append(keep, s...) {
		if !strings.Contains(a.Text, k) {
			t.Errorf("text lacks %q", k)
		}
	}
	if n := strings.Count(a.Text, "Yes."); n != 2 {
		t.Errorf("%q printed %d times; want 2", "Yes.", n)
	}
	if n := strings.Count(a.Text, schedule[0]); n != 2 {
		t.Errorf("schedule line printed %d times; want 2\n%s", n, a.Text)
	}
}
