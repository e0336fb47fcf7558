package bot

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"newshound/tracker"
	"newshound/tracker/query"
	"newshound/tracker/quote"
	"newshound/tracker/summary"
)

func TestEscapeNeutralisesMarkdownAndMentions(t *testing.T) {
	cases := []struct{ in, want string }{
		{"**bold** _it_ ~~s~~ `code` ||spoiler||", `\*\*bold\*\* \_it\_ \~\~s\~\~ \` + "`code\\`" + ` \|\|spoiler\|\|`},
		{"@everyone look", `\@everyone look`},
		{"<@123> and <@&456>", `\<\@123> and \<\@&456>`},
		{"[click](https://evil.example)", `\[click\](https://evil.example)`},
		{"> quoted\n# heading\n- item", "\\> quoted\n\\# heading\n\\- item"},
		{"a - b > c # d", "a - b > c # d"},
	}
	for _, c := range cases {
		if got := escape(c.in); got != c.want {
			t.Errorf("escape(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func alertFor(title, desc string) tracker.Alert {
	return tracker.Alert{
		Kind: tracker.KindAlert, GuildID: "g", ChannelID: "c", Topic: "bagram",
		Item: tracker.Item{URL: "https://news.example/a", Title: title, Description: desc, Outlet: "Example News",
			Published: time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC), Seen: time.Date(2026, 11, 29, 10, 1, 0, 0, time.UTC)},
		Hits: []query.Hit{{Term: "bagram", Field: "title"}, {Term: "bagram", Field: "text"}},
	}
}

func TestAlertEmbedShowsWhyAndBoldsMatches(t *testing.T) {
	a := alertFor("Talks on Bagram's future", "Officials met near Bagram on Tuesday.")
	a.Quote = &quote.Quote{Text: "We want it back, and we want it back right away,", Speaker: "Trump", Cue: "said"}
	a.Also = []string{"BBC News", "AP"}
	m := AlertMessages([]tracker.Alert{a})
	if m.Kind != KindAlert || len(m.Embeds) != 1 {
		t.Fatalf("message = %+v", m)
	}
	e := m.Embeds[0]
	if e.URL != "https://news.example/a" || !strings.Contains(e.Title, "Bagram") {
		t.Fatalf("embed title/url = %q %q", e.Title, e.URL)
	}
	if !strings.Contains(e.Description, "**Bagram**") {
		t.Errorf("description %q does not bold the matched term", e.Description)
	}
	if !strings.Contains(e.Description, "“We want it back, and we want it back right away” — **Trump**") {
		t.Errorf("description %q lacks the quote with its speaker", e.Description)
	}
	if !strings.Contains(e.Description, "Also reported by BBC News, AP (3 outlets).") {
		t.Errorf("description %q does not fold in the other outlets", e.Description)
	}
	if !strings.Contains(e.Footer.Text, "“bagram” in title and text") {
		t.Errorf("footer %q does not say why it matched", e.Footer.Text)
	}
	if e.Author == nil || e.Author.Name != "Example News" || e.Timestamp == "" {
		t.Errorf("author/timestamp = %+v %q", e.Author, e.Timestamp)
	}
}

func TestMentionsInFeedTextCannotPing(t *testing.T) {
	m := AlertMessages([]tracker.Alert{alertFor("@everyone Bagram <@&123>", "@here <@456>")})
	b, _ := json.Marshal(m)
	var payload struct {
		AllowedMentions struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
	}
	if err := json.Unmarshal(b, &payload); err != nil {
		t.Fatal(err)
	}
	if payload.AllowedMentions.Parse == nil || len(payload.AllowedMentions.Parse) != 0 {
		t.Fatalf("allowed_mentions = %s; want parse: []", b)
	}
	if strings.Contains(m.Embeds[0].Title, " @everyone") || strings.HasPrefix(m.Embeds[0].Title, "@") {
		t.Fatalf("title %q keeps a live @everyone", m.Embeds[0].Title)
	}
}

func TestEmbedLimitsHoldForHugeText(t *testing.T) {
	huge := strings.Repeat("Bagram ", 10_000/7) // a 10 KB title
	a := alertFor(huge, strings.Repeat("word ", 5000))
	a.Quote = &quote.Quote{Text: strings.Repeat("quoted words ", 1000), Speaker: strings.Repeat("N", 500)}
	m := AlertMessages([]tracker.Alert{a})
	e := m.Embeds[0]
	if n := utf8.RuneCountInString(e.Title); n > maxTitle {
		t.Errorf("title has %d runes; limit %d", n, maxTitle)
	}
	if n := utf8.RuneCountInString(e.Description); n > maxDescription {
		t.Errorf("description has %d runes; limit %d", n, maxDescription)
	}
	if n := embedSize(e); n > maxEmbedTotal {
		t.Errorf("embed has %d characters; limit %d", n, maxEmbedTotal)
	}
	if !strings.HasSuffix(e.Title, "…") {
		t.Errorf("a cut title should end with an ellipsis: %q", e.Title[len(e.Title)-10:])
	}
}

func TestDigestShowsEveryAlertWithinLimits(t *testing.T) {
	// The deliverer folds at most 10 alerts into a digest; each must show,
	// even with the longest titles and URLs a digest links.
	var alerts []tracker.Alert
	for i := 0; i < 10; i++ {
		a := alertFor(fmt.Sprintf("%02d ", i)+strings.Repeat("Long Bagram headline ", 20), "x")
		a.Item.URL = "https://news.example/" + strings.Repeat("p", maxDigestURL-21)
		alerts = append(alerts, a)
	}
	huge := alertFor("Huge URL story", "x")
	huge.Item.URL = "https://news.example/" + strings.Repeat("q", 3000)
	alerts = append(alerts, huge)
	m := AlertMessages(alerts)
	if len(m.Embeds) > maxEmbeds || len(m.Content) > maxContent {
		t.Fatalf("digest breaks limits: %d embeds, %d content", len(m.Embeds), len(m.Content))
	}
	total, text := 0, ""
	for _, e := range m.Embeds {
		total += embedSize(e)
		text += e.Description
	}
	if total > maxEmbedTotal {
		t.Fatalf("digest embeds total %d; limit %d", total, maxEmbedTotal)
	}
	for i := 0; i < 10; i++ {
		if !strings.Contains(text, fmt.Sprintf("%02d Long Bagram", i)) {
			t.Errorf("alert %d missing from the digest", i)
		}
	}
	if !strings.Contains(text, "Huge URL story") || strings.Contains(text, "qqqq") {
		t.Error("an alert with a huge URL should show unlinked")
	}
	if !strings.Contains(m.Content, "11 new stories") {
		t.Fatalf("content = %q", m.Content)
	}
}

func TestSummaryMessagesSplitWithinLimits(t *testing.T) {
	var stories []summary.StorySummary
	for i := 0; i < 14; i++ {
		stories = append(stories, summary.StorySummary{
			ID: "s", Title: strings.Repeat("Headline ", 40), URL: "https://news.example/s",
			Sentences: []string{strings.Repeat("A long sentence about Bagram. ", 60)},
			Quotes:    []summary.KeyQuote{{Text: strings.Repeat("q ", 300), Speaker: "Zabihullah Mujahid", Outlet: "Wire", URL: "https://wire.example/x"}},
			Sources:   []summary.Link{{Outlet: "Wire", URL: "https://wire.example/x"}, {Outlet: "Herald", URL: "https://herald.example/y"}},
		})
	}
	msgs := summaryMessages([]tracker.TopicSummary{{Topic: "bagram", Hours: 24, Summary: summary.Summary{Stories: stories}}}, true)
	if len(msgs) < 2 {
		t.Fatalf("%d messages for 14 long stories; want a split", len(msgs))
	}
	n := 0
	for _, m := range msgs {
		if m.Kind != KindSummary || len(m.Embeds) > maxEmbeds {
			t.Fatalf("message kind %q with %d embeds", m.Kind, len(m.Embeds))
		}
		total := 0
		for _, e := range m.Embeds {
			total += embedSize(e)
			if utf8.RuneCountInString(e.Description) > maxDescription {
				t.Fatal("description over the limit")
			}
		}
		if total > maxEmbedTotal {
			t.Fatalf("message embeds total %d; limit %d", total, maxEmbedTotal)
		}
		n += len(m.Embeds)
	}
	if n != 14 {
		t.Fatalf("%d story embeds; want 14", n)
	}
	empty := summaryMessages([]tracker.TopicSummary{{Topic: "bagram", Hours: 24}}, false)
	if len(empty) != 1 || !strings.Contains(empty[0].Content, "Nothing on") || !strings.Contains(empty[0].Content, "/summary bagram 72") {
		t.Fatalf("empty summary = %+v; want it to say so and suggest a longer window", empty)
	}
}

func TestParseLine(t *testing.T) {
	cases := []struct {
		line string
		want Request
		err  bool
	}{
		{`/track "air base" bagram -football`, Request{Command: "track", Topic: `"air base" bagram -football`}, false},
		{`/summary bagram 48`, Request{Command: "summary", Topic: "bagram", Hours: 48}, false},
		{`/summary bagram 99999999999999999999`, Request{}, true},
		{`/summary`, Request{Command: "summary"}, false},
		{`/summary 12`, Request{Command: "summary", Hours: 12}, false},
		{`/summary bagram detail`, Request{Command: "summary", Topic: "bagram", Detail: true}, false},
		{`/summary bagram 48 detail`, Request{Command: "summary", Topic: "bagram", Hours: 48, Detail: true}, false},
		{`/summary detail 12`, Request{Command: "summary", Hours: 12, Detail: true}, false},
		{`/briefing`, Request{Command: "briefing"}, false},
		{`/briefing 08:00 Europe/London`, Request{Command: "briefing", Clock: "08:00", Zone: "Europe/London"}, false},
		{`/briefing off`, Request{Command: "briefing", Clock: "off"}, false},
		{`/briefing 08:00 Europe/London extra`, Request{}, true},
		{`/feeds add https://example.com/rss`, Request{Command: "feeds", Sub: "add", URL: "https://example.com/rss"}, false},
		{`/feeds list`, Request{Command: "feeds", Sub: "list"}, false},
		{`/TOPICS`, Request{Command: "topics"}, false},
		{`/track`, Request{}, true},
		{`/feeds add`, Request{}, true},
		{`/frobnicate`, Request{}, true},
		{`track bagram`, Request{}, true},
	}
	for _, c := range cases {
		got, err := ParseLine(c.line)
		if (err != nil) != c.err {
			t.Errorf("ParseLine(%q) error = %v; want error %v", c.line, err, c.err)
			continue
		}
		if err == nil && got != c.want {
			t.Errorf("ParseLine(%q) = %+v; want %+v", c.line, got, c.want)
		}
		if err != nil {
			if _, ok := tracker.UserMessage(err); !ok {
				t.Errorf("ParseLine(%q) error %v is not a user message", c.line, err)
			}
		}
	}
}

func TestTruncate(t *testing.T) {
	cases := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly", 7, "exactly"},
		{"Bogotá Bogotá", 8, "Bogotá…"},
		{"abc \\*def", 6, "abc …"},
		{"ab", 1, "…"},
	}
	for _, c := range cases {
		if got := truncate(c.in, c.n); got != c.want {
			t.Errorf("truncate(%q, %d) = %q; want %q", c.in, c.n, got, c.want)
		}
		if utf8.RuneCountInString(truncate(c.in, c.n)) > c.n {
			t.Errorf("truncate(%q, %d) is too long", c.in, c.n)
		}
	}
}

func BenchmarkTruncateLong(b *testing.B) {
	s := strings.Repeat("Bagram é ", 10_000)
	for b.Loop() {
		truncate(s, maxDescription)
	}
}

// TestRepliesCountInWords: "1 topic", "2 topics", never "topic(s)".
func TestRepliesCountInWords(t *testing.T) {
	sub := func(topic string) tracker.Subscription { return tracker.Subscription{Topic: topic} }
	for _, c := range []struct {
		got, want string
	}{
		{topicsReply([]tracker.Subscription{sub("bagram")}).Content, "This channel tracks 1 topic:"},
		{topicsReply([]tracker.Subscription{sub("bagram"), sub("kabul")}).Content, "This channel tracks 2 topics:"},
		{feedsReply(tracker.FeedList{Catalog: []tracker.Feed{{URL: "https://a.example/rss"}}}).Content, "Built-in catalog: 1 feed."},
		{feedsReply(tracker.FeedList{}).Content, "Built-in catalog: 0 feeds."},
		{summaryMessages([]tracker.TopicSummary{{Topic: "bagram", Hours: 1}}, false)[0].Content, "in the last 1 hour."},
		{summaryMessages([]tracker.TopicSummary{{Topic: "bagram", Hours: 24}}, false)[0].Content, "in the last 24 hours."},
	} {
		if !strings.Contains(c.got, c.want) || strings.Contains(c.got, "(s)") {
			t.Errorf("reply %q; want it to say %q", c.got, c.want)
		}
	}
}

func TestAlertShowsSpeakerOnlyWhenConfident(t *testing.T) {
	a := alertFor("Talks on Bagram's future", "Officials met near Bagram on Tuesday.")
	a.Quote = &quote.Quote{Text: "Foreign forces must leave the country now,", Speaker: "Zabihullah Mujahid",
		Role: "Taliban spokesman", Cue: "said", Confidence: 0.95}
	d := AlertMessages([]tracker.Alert{a}).Embeds[0].Description
	if !strings.Contains(d, "now” — **Zabihullah Mujahid**, Taliban spokesman") {
		t.Errorf("confident quote: description %q lacks the speaker with the role", d)
	}
	a.Quote.Confidence = 0.45 // two people of the same gender were close
	d = AlertMessages([]tracker.Alert{a}).Embeds[0].Description
	if !strings.Contains(d, "now”") || strings.Contains(d, "Mujahid") {
		t.Errorf("unsure quote: description %q should show the quote without a speaker", d)
	}
}

func TestUpdateNoteNamesEveryTopicOfADigest(t *testing.T) {
	a := alertFor("US hands over Bagram air base", "x")
	a.Topic, a.Also = "bagram", []string{"Beta News"}
	b := alertFor("Kabul airport reopens", "x")
	b.Topic = "kabul"
	c := alertFor("Bagram convoy reaches Kabul", "x")
	c.Topic = "bagram"
	u := tracker.Alert{Topic: "bagram", MessageID: "m1", Message: []tracker.Alert{a, b, c}}
	m := UpdateMessage(u)
	if !strings.Contains(m.Note, "earlier digest on **bagram** and **kabul** now has") {
		t.Errorf("note = %q; want both topics of the digest, each once", m.Note)
	}
	u.Message = []tracker.Alert{a}
	if m := UpdateMessage(u); !strings.Contains(m.Note, "earlier alert on **bagram** now has") {
		t.Errorf("note = %q; want the alert's one topic", m.Note)
	}
}
