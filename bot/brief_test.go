package bot

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"newshound/tracker"
	"newshound/tracker/quote"
	"newshound/tracker/summary"
)

var briefNow = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

// newsStories makes n stories of outlets sources each, every source a
// few paragraphs of long sentences with two attributed quotes, so that a
// brief has more than it can show.
func newsStories(n, outlets int) []summary.Story {
	places := []string{"Bagram", "Kabul", "Kandahar", "Herat", "Mazar", "Jalalabad", "Kunduz"}
	var out []summary.Story
	for i := range n {
		place := places[i%len(places)]
		st := summary.Story{ID: fmt.Sprint("story-", i)}
		for j := range outlets {
			var b strings.Builder
			fmt.Fprintf(&b, "Officials in %s announced on Tuesday a wide-ranging plan number %d to rebuild roads, schools and clinics damaged during the long conflict, according to a statement released by the provincial governor's office. ", place, i)
			fmt.Fprintf(&b, "The announcement came after weeks of negotiations between local elders, international donors and representatives of the central government about who would pay for the work in district %d.\n\n", i)
			q1 := fmt.Sprintf("We have waited far too long for this help and every family in district %d knows exactly what it means for the winter ahead of us", i)
			fmt.Fprintf(&b, "\"%s,\" said Abdul Rahman Karimi%d, the deputy governor of the province.\n\n", q1, i)
			fmt.Fprintf(&b, "Residents of %s said they welcomed the plan but doubted that the money would arrive before the first snow closed the mountain passes for the season. ", place)
			q2 := fmt.Sprintf("The roads are the first thing, because without roads nothing else in plan %d can reach the villages", i)
			fmt.Fprintf(&b, "\"%s,\" engineer Mariam Sadat%d told reporters at the site.\n\n", q2, j)
			fmt.Fprintf(&b, "Work on the first section is due to begin next month, with %d crews expected to be hired from the surrounding villages over the coming year.", 10+i)
			text := b.String()
			mk := func(qt, who string) quote.Quote {
				k := strings.Index(text, qt)
				return quote.Quote{Text: qt + ",", Speaker: who, Cue: "said", Start: k, End: k + len(qt) + 1}
			}
			st.Sources = append(st.Sources, summary.Source{
				Outlet: fmt.Sprint("Outlet ", j), URL: fmt.Sprintf("https://outlet%d.example/news/2026/11/29/%s-plan-%d-rebuild-roads-schools-clinics", j, strings.ToLower(place), i),
				Title:     fmt.Sprintf("%s officials unveil plan %d to rebuild roads, schools and clinics after years of conflict", place, i),
				Published: briefNow.Add(-time.Duration(i*40+j) * time.Minute), Text: text,
				Quotes: []quote.Quote{mk(q1, fmt.Sprint("Abdul Rahman Karimi", i)), mk(q2, fmt.Sprint("Mariam Sadat", j))},
			})
		}
		out = append(out, st)
	}
	return out
}

func briefFor(n int) (tracker.TopicSummary, Message) {
	ts := tracker.TopicSummary{Topic: "bagram", Hours: 24, Until: briefNow,
		Summary: summary.Build(newsStories(n, 5), summary.Options{Now: briefNow, Terms: []string{"bagram"}})}
	return ts, summaryMessages([]tracker.TopicSummary{ts}, false)[0]
}

var mdLink = regexp.MustCompile(`\]\(https?://`)

func TestBriefIsShortAtOneFiveAndThirtyStories(t *testing.T) {
	for _, n := range []int{1, 5, 30} {
		t.Run(fmt.Sprint(n, " stories"), func(t *testing.T) {
			ts, m := briefFor(n)
			if msgs := summaryMessages([]tracker.TopicSummary{ts}, false); len(msgs) != 1 || len(m.Embeds) != 1 {
				t.Fatalf("%d messages, %d embeds; want one message with one embed", len(msgs), len(m.Embeds))
			}
			e := m.Embeds[0]
			visible := visibleLen(m.Content) + visibleEmbedLen(e)
			if n <= 5 && visible > briefVisible {
				t.Errorf("%d visible characters; want at most %d\n%s", visible, briefVisible, e.Description)
			}
			if utf8.RuneCountInString(e.Description) > maxDescription || embedSize(e) > maxEmbedTotal {
				t.Errorf("embed over Discord's limits: description %d, total %d", utf8.RuneCountInString(e.Description), embedSize(e))
			}
			want := fmt.Sprintf("**bagram** · last 24 hours · %d %s from 5 outlets", n, plural(n, "story", "stories"))
			if m.Content != want {
				t.Errorf("headline %q; want %q", m.Content, want)
			}
			overview, quotes, stories := briefParts(t, e.Description)
			if s := summary.SplitSentences(overview); len(s) < 2 || len(s) > 4 {
				t.Errorf("overview has %d sentences; want 2-4: %q", len(s), overview)
			}
			if len(quotes) == 0 || len(quotes) > 3 {
				t.Errorf("%d key quotes; want 1-3", len(quotes))
			}
			for _, q := range quotes {
				if len(mdLink.FindAllString(q, -1)) != 1 || !strings.Contains(q, "” — **") {
					t.Errorf("key quote line %q; want the quote, its speaker and one link", q)
				}
			}
			// Every story has a line, up to briefMaxLines (fewer when
			// long link targets fill the description), and then one line
			// says how many more there are.
			shown, more := len(stories), 0
			if last := stories[len(stories)-1]; strings.HasPrefix(last, "…and ") {
				shown--
				fmt.Sscanf(last, "…and %d more", &more)
			}
			if shown+more != n || shown > briefMaxLines || shown < min(n, 10) {
				t.Errorf("%d story lines and %d more; want %d in all, at least %d and at most %d lines:\n%s",
					shown, more, n, min(n, 10), briefMaxLines, strings.Join(stories, "\n"))
			}
			for _, l := range stories[:shown] {
				if len(mdLink.FindAllString(l, -1)) != 1 || !strings.Contains(l, "5 outlets") || !(strings.Contains(l, " ago") || strings.Contains(l, "just now")) {
					t.Errorf("story line %q; want a linked headline, the outlet count and how long ago", l)
				}
			}
		})
	}
}

// briefParts splits a brief's description into its overview, key quote
// lines and story lines.
func briefParts(t *testing.T, desc string) (overview string, quotes, stories []string) {
	t.Helper()
	before, after, ok := strings.Cut(desc, "**Stories**\n")
	if !ok {
		t.Fatalf("no Stories section in %q", desc)
	}
	stories = strings.Split(after, "\n")
	overview, qs, _ := strings.Cut(before, "**Key quotes**\n")
	for _, l := range strings.Split(strings.TrimSpace(qs), "\n") {
		if l != "" {
			quotes = append(quotes, l)
		}
	}
	return strings.TrimSpace(overview), quotes, stories
}

func TestBriefQuotesPreferDifferentSpeakers(t *testing.T) {
	_, m := briefFor(5)
	_, quotes, _ := briefParts(t, m.Embeds[0].Description)
	speakers := map[string]bool{}
	for _, q := range quotes {
		_, who, _ := strings.Cut(q, "” — **")
		who, _, _ = strings.Cut(who, "**")
		if speakers[who] {
			t.Errorf("speaker %s quoted twice: %q", who, quotes)
		}
		speakers[who] = true
	}
}

func TestDetailShowsEachStoryInFull(t *testing.T) {
	ts, _ := briefFor(7)
	msgs := summaryMessages([]tracker.TopicSummary{ts}, true)
	n := 0
	for _, m := range msgs {
		n += len(m.Embeds)
	}
	if n != 5 {
		t.Fatalf("%d story embeds in detail; want the 5 detailed stories", n)
	}
	if !strings.Contains(msgs[0].Embeds[0].Description, "> “") {
		t.Errorf("detail embed %q lacks its quotes", msgs[0].Embeds[0].Description)
	}
}

func TestVisibleLenIgnoresLinkTargetsAndMarkup(t *testing.T) {
	if got := visibleLen(`**Kabul** [Airport \*reopens\*](https://x.example/a%28b%29) — 2 h ago`); got != len("Kabul Airport *reopens* — 2 h ago")-2 {
		t.Errorf("visibleLen = %d; want %d", got, utf8.RuneCountInString("Kabul Airport *reopens* — 2 h ago"))
	}
}

// BenchmarkBrief30Stories builds and renders the brief of 30 stories of 5
// outlets (~400 words each): what /summary and a briefing do after reading
// the store.
func BenchmarkBrief30Stories(b *testing.B) {
	stories := newsStories(30, 5)
	for b.Loop() {
		ts := tracker.TopicSummary{Topic: "bagram", Hours: 24, Until: briefNow,
			Summary: summary.Build(stories, summary.Options{Now: briefNow, Terms: []string{"bagram"}})}
		summaryMessages([]tracker.TopicSummary{ts}, false)
	}
}

func TestBriefingRowRendersAsASummaryMessage(t *testing.T) {
	ts, _ := briefFor(2)
	m := AlertMessages([]tracker.Alert{{Kind: tracker.KindSummary, GuildID: "g", ChannelID: "c", Topic: "bagram", Summary: &ts}})
	if m.Kind != KindSummary || !strings.HasPrefix(m.Content, "Daily briefing · **bagram**") || len(m.Embeds) != 1 {
		t.Fatalf("briefing message = %s %q with %d embeds; want a summary headed as a briefing", m.Kind, m.Content, len(m.Embeds))
	}
	if !strings.Contains(m.Embeds[0].Description, "**Key quotes**") {
		t.Errorf("briefing %q lacks its key quotes", m.Embeds[0].Description)
	}
}

func TestABriefingsHeadlineStatesItsWindow(t *testing.T) {
	london := "Europe/London"
	at := func(zone string, y int, m time.Month, d, h, min int) time.Time {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		return time.Date(y, m, d, h, min, 0, 0, loc)
	}
	for _, c := range []struct {
		since, until time.Time
		zone, want   string
	}{
		{at(london, 2026, 11, 29, 8, 0), at(london, 2026, 11, 30, 8, 0), london, "since yesterday 08:00 GMT"},
		{at(london, 2026, 7, 1, 8, 0), at(london, 2026, 7, 2, 8, 0), london, "since yesterday 08:00 BST"},
		// Across the change to summer time: still yesterday, 23 hours.
		{at(london, 2026, 3, 28, 8, 0), at(london, 2026, 3, 29, 8, 0), london, "since yesterday 08:00 GMT"},
		{at("UTC", 2026, 11, 30, 6, 30), at("UTC", 2026, 11, 30, 18, 0), "UTC", "since 06:30 UTC"},
		{at("Europe/Berlin", 2026, 11, 27, 8, 0), at("Europe/Berlin", 2026, 11, 30, 8, 0), "Europe/Berlin", "since Fri 27 Nov 08:00 CET"},
		{time.Time{}, time.Time{}, "", "last 24 hours"}, // /summary
	} {
		ts := tracker.TopicSummary{Topic: "bagram", Hours: 24, Since: c.since, Until: c.until, Zone: c.zone}
		if got := headline(ts); !strings.HasPrefix(got, "**bagram** · "+c.want+" · ") {
			t.Errorf("headline = %q; want it to say %q", got, c.want)
		}
	}
}
