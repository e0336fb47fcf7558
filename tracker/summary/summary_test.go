package summary

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"newshound/tracker/quote"
)

var now = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

// q builds a quote found in text, with offsets, as Extract would.
func q(text, quoteText, speaker string) quote.Quote {
	i := strings.Index(text, quoteText)
	if i < 0 {
		panic("quote not in text: " + quoteText)
	}
	return quote.Quote{Text: quoteText, Speaker: speaker, Cue: "said", Start: i, End: i + len(quoteText)}
}

const apText = `KABUL (AP) — U.S. forces formally handed over Bagram Air Base to the Afghan army on Saturday, ending nearly two decades of American control of the sprawling base.

"This is a historic day for the Afghan people and for our armed forces," Defense Minister Bismillah Khan said at the ceremony.

The base, about 60 km north of Kabul, once housed more than 10,000 troops and a notorious prison. Gen. Scott Miller did not attend the ceremony.

"We will protect Bagram," said Col. Ahmad Wali, the new base commander. Read more about the withdrawal here.`

const bbcText = `US troops have left Bagram Air Base, the largest American military installation in Afghanistan, handing it over to the Afghan army.

"This is a historic day for the Afghan people and for our armed forces," Defence Minister Bismillah Khan told reporters.

Residents of nearby villages said they feared the Taliban would try to seize the base once foreign forces were gone. "We are afraid," one shopkeeper said.

The Taliban welcomed the handover and said all foreign forces must leave Afghanistan.`

const quakeText = `A magnitude 5.9 earthquake struck near Bagram on Friday, killing at least 12 people and damaging hundreds of homes in Parwan province.

"Many houses have collapsed and people are still under the rubble," provincial spokesman Waheeda Shahkar said.`

func bagramStories() []Story {
	return []Story{
		{ID: "quake", Sources: []Source{
			{Outlet: "Reuters", URL: "https://reuters.example/quake", Title: "Earthquake near Bagram kills 12", Published: now.Add(-30 * time.Hour), Text: quakeText,
				Quotes: []quote.Quote{q(quakeText, "Many houses have collapsed and people are still under the rubble", "Waheeda Shahkar")}},
		}},
		{ID: "handover", Sources: []Source{
			{Outlet: "BBC News", URL: "https://bbc.example/bagram", Title: "US troops leave Bagram air base", Published: now.Add(-2 * time.Hour), Text: bbcText,
				Quotes: []quote.Quote{
					q(bbcText, "This is a historic day for the Afghan people and for our armed forces,", "Bismillah Khan"),
					q(bbcText, "We are afraid,", ""),
				}},
			{Outlet: "AP", URL: "https://ap.example/bagram", Title: "US hands over Bagram Air Base to Afghan army", Published: now.Add(-3 * time.Hour), Text: apText,
				Quotes: []quote.Quote{
					q(apText, "We will protect Bagram,", "Ahmad Wali"),
					q(apText, "This is a historic day for the Afghan people and for our armed forces,", "Bismillah Khan"),
				}},
			// A syndicated copy of the AP story on another site.
			{Outlet: "Yahoo News", URL: "https://yahoo.example/bagram", Title: "US hands over Bagram Air Base", Published: now.Add(-1 * time.Hour), Text: apText},
		}},
	}
}

func TestEmptyInputGivesEmptySummary(t *testing.T) {
	if got := Build(nil, Options{Now: now}); len(got.Stories) != 0 {
		t.Errorf("got %d stories; want 0", len(got.Stories))
	}
	if got := Build([]Story{{ID: "x"}}, Options{Now: now}); len(got.Stories) != 0 {
		t.Errorf("story without sources: got %d stories; want 0", len(got.Stories))
	}
}

func TestStoriesRankByOutletsAndRecency(t *testing.T) {
	sum := Build(bagramStories(), Options{Now: now, Terms: []string{"bagram"}})
	if ids := storyIDs(sum); !slices.Equal(ids, []string{"handover", "quake"}) {
		t.Fatalf("got %v; want [handover quake]", ids)
	}
	h := sum.Stories[0]
	if want := []string{"AP", "BBC News", "Yahoo News"}; !slices.Equal(outletNames(h.Sources), want) {
		t.Errorf("sources %v; want %v (by time)", outletNames(h.Sources), want)
	}
	if !h.Latest.Equal(now.Add(-time.Hour)) {
		t.Errorf("latest %v; want %v", h.Latest, now.Add(-time.Hour))
	}
	// A single fresh story beats a well-covered one from two days ago.
	old := Story{ID: "old", Sources: []Source{
		{Outlet: "A", URL: "a", Title: "t", Published: now.Add(-48 * time.Hour)},
		{Outlet: "B", URL: "b", Title: "t", Published: now.Add(-48 * time.Hour)},
		{Outlet: "C", URL: "c", Title: "t", Published: now.Add(-48 * time.Hour)},
	}}
	fresh := Story{ID: "fresh", Sources: []Source{{Outlet: "A", URL: "f", Title: "t", Published: now}}}
	if ids := storyIDs(Build([]Story{old, fresh}, Options{Now: now})); !slices.Equal(ids, []string{"fresh", "old"}) {
		t.Errorf("got %v; want [fresh old]", ids)
	}
	// Same age: more outlets first; equal scores fall back to ID.
	two := Story{ID: "two", Sources: old.Sources[:2]}
	one := Story{ID: "one", Sources: old.Sources[2:]}
	oneB := Story{ID: "a-one", Sources: old.Sources[2:]}
	// Every story is listed; only the best MaxStories are detailed.
	sum = Build([]Story{one, two, oneB}, Options{Now: now, MaxStories: 2})
	if ids := storyIDs(sum); !slices.Equal(ids, []string{"two", "a-one", "one"}) {
		t.Errorf("got %v; want [two a-one one]", ids)
	}
	if sum.Outlets != 3 {
		t.Errorf("outlets = %d; want 3", sum.Outlets)
	}
}

func TestQuotesCarriedByTwoOutletsRankFirstAndAreVerbatim(t *testing.T) {
	stories := bagramStories()
	sum := Build(stories, Options{Now: now, Terms: []string{"bagram"}})
	h := sum.Stories[0]
	if len(h.Quotes) == 0 {
		t.Fatal("no quotes")
	}
	first := h.Quotes[0]
	if first.Outlets != 2 || first.Speaker != "Bismillah Khan" || !strings.HasPrefix(first.Text, "This is a historic day") {
		t.Errorf("first quote %+v; want the minister's, carried by 2 outlets", first)
	}
	for _, kq := range h.Quotes {
		if words(kq.Text) < minQuoteWords {
			t.Errorf("fragment %q chosen", kq.Text)
		}
		if !quoteIsFrom(stories, kq) {
			t.Errorf("quote %q is not verbatim from the source %s", kq.Text, kq.URL)
		}
	}
	if len(h.Quotes) < 2 || h.Quotes[1].Speaker != "Ahmad Wali" {
		t.Errorf("quotes %+v; want Ahmad Wali second", h.Quotes)
	}
}

func TestSentencesAreVerbatimAndDoNotRepeat(t *testing.T) {
	stories := bagramStories()
	sum := Build(stories, Options{Now: now, Terms: []string{"bagram"}})
	for _, st := range sum.Stories {
		if len(st.Sentences) < 1 || len(st.Sentences) > maxSentences {
			t.Errorf("%s: %d sentences; want 1-3", st.ID, len(st.Sentences))
		}
		for i, s := range st.Sentences {
			if !sentenceIsFrom(stories, s) {
				t.Errorf("%s: sentence %q not verbatim from any source", st.ID, s)
			}
			if strings.Contains(s, "Read more") {
				t.Errorf("%s: boilerplate sentence %q", st.ID, s)
			}
			for _, o := range st.Sentences[:i] {
				if jaccard(set(tokens(s)), set(tokens(o))) > maxOverlap {
					t.Errorf("%s: near-repeat %q / %q", st.ID, s, o)
				}
			}
			for _, kq := range st.Quotes {
				if strings.Contains(s, strings.Trim(kq.Text, ",.")) {
					t.Errorf("%s: sentence %q repeats chosen quote", st.ID, s)
				}
			}
		}
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	want := fmt.Sprintf("%+v", Build(bagramStories(), Options{Now: now}))
	for range 10 {
		st := bagramStories()
		for i := range st {
			rand.Shuffle(len(st[i].Sources), func(a, b int) { st[i].Sources[a], st[i].Sources[b] = st[i].Sources[b], st[i].Sources[a] })
		}
		rand.Shuffle(len(st), func(a, b int) { st[a], st[b] = st[b], st[a] })
		if got := fmt.Sprintf("%+v", Build(st, Options{Now: now})); got != want {
			t.Fatalf("got\n%s\nwant\n%s", got, want)
		}
	}
}

func TestDescriptionOnlyStoryStillGetsASentence(t *testing.T) {
	st := Story{ID: "d", Sources: []Source{{Outlet: "X", URL: "x", Title: "Bagram handed over", Published: now, Text: "Bagram handed over."}}}
	got := Build([]Story{st}, Options{Now: now}).Stories[0].Sentences
	if !slices.Equal(got, []string{"Bagram handed over."}) {
		t.Errorf("got %q", got)
	}
}

func quoteIsFrom(stories []Story, kq KeyQuote) bool {
	for _, st := range stories {
		for _, s := range st.Sources {
			if s.URL != kq.URL || s.Outlet != kq.Outlet {
				continue
			}
			for _, q := range s.Quotes {
				if q.Text == kq.Text && strings.Contains(s.Text, kq.Text) {
					return true
				}
			}
		}
	}
	return false
}

func sentenceIsFrom(stories []Story, sent string) bool {
	for _, st := range stories {
		for _, s := range st.Sources {
			if strings.Contains(norm(s.Text), sent) {
				return true
			}
		}
	}
	return false
}

func storyIDs(s Summary) []string {
	var ids []string
	for _, st := range s.Stories {
		ids = append(ids, st.ID)
	}
	return ids
}

func outletNames(ls []Link) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Outlet)
	}
	return out
}

// BenchmarkBuild summarises 30 stories of 5 sources of ~800 words each.
func BenchmarkBuild(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 3000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("word%d", i)
	}
	var stories []Story
	for i := range 30 {
		st := Story{ID: fmt.Sprint("s", i)}
		for j := range 5 {
			var sb strings.Builder
			var qs []quote.Quote
			for k := range 40 { // 40 sentences × 20 words
				if k%4 == 0 {
					sb.WriteString("\n\n")
				}
				start := sb.Len()
				for w := range 20 {
					if w == 0 {
						sb.WriteString("The ")
					}
					sb.WriteString(vocab[r.IntN(len(vocab))])
					sb.WriteByte(' ')
				}
				if k%8 == 0 {
					qs = append(qs, quote.Quote{Text: sb.String()[start : start+60], Speaker: "Someone", Start: start, End: start + 60})
				}
				sb.WriteString("end. ")
			}
			st.Sources = append(st.Sources, Source{Outlet: fmt.Sprint("O", j), URL: fmt.Sprint("u", i, j), Title: "t",
				Published: now.Add(-time.Duration(i+j) * time.Hour), Text: sb.String(), Quotes: qs})
		}
		stories = append(stories, st)
	}
	for b.Loop() {
		Build(stories, Options{Now: now, Terms: []string{"word1"}})
	}
}

func TestKeyQuoteNamesOnlyAConfidentSpeakerWithRole(t *testing.T) {
	stories := bagramStories()
	ap := &stories[1].Sources[1]
	ap.Quotes[0].Confidence = 0.45 // "We will protect Bagram": a close call
	for i := range stories[1].Sources {
		for j := range stories[1].Sources[i].Quotes {
			if qq := &stories[1].Sources[i].Quotes[j]; qq.Speaker == "Bismillah Khan" {
				qq.Role, qq.Confidence = "Defense Minister", 0.95
			}
		}
	}
	h := Build(stories, Options{Now: now, Terms: []string{"bagram"}}).Stories[0]
	var sawKhan, sawWali bool
	for _, kq := range h.Quotes {
		switch {
		case strings.HasPrefix(kq.Text, "This is a historic day"):
			sawKhan = true
			if kq.Speaker != "Bismillah Khan" || kq.Role != "Defense Minister" {
				t.Errorf("confident quote %+v; want Bismillah Khan, Defense Minister", kq)
			}
		case strings.HasPrefix(kq.Text, "We will protect Bagram"):
			sawWali = true
			if kq.Speaker != "" || kq.Role != "" {
				t.Errorf("unsure quote %+v; want no speaker shown", kq)
			}
		}
	}
	if !sawKhan || !sawWali {
		t.Errorf("quotes %+v; want both", h.Quotes)
	}
}
