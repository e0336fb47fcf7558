package summary

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestOverviewSpansTheMainStoriesBestFirst(t *testing.T) {
	stories := bagramStories()
	sum := Build(stories, Options{Now: now, Terms: []string{"bagram"}})
	if n := len(sum.Overview); n < 2 || n > 4 {
		t.Fatalf("overview has %d sentences; want 2-4: %q", n, sum.Overview)
	}
	if !strings.Contains(sum.Overview[0], "Bagram") || strings.Contains(sum.Overview[0], "earthquake") {
		t.Errorf("first overview sentence %q; want the handover, the best story", sum.Overview[0])
	}
	if !strings.Contains(strings.Join(sum.Overview, " "), "earthquake") {
		t.Errorf("overview %q leaves out the second story", sum.Overview)
	}
	for i, s := range sum.Overview {
		if !sentenceIsFrom(stories, s) {
			t.Errorf("overview sentence %q is not verbatim from a source", s)
		}
		if strings.HasPrefix(s, "KABUL") || !balancedQuotes(s) {
			t.Errorf("overview sentence %q has a dateline or half a quote", s)
		}
		for _, o := range sum.Overview[:i] {
			if jaccard(set(tokens(s)), set(tokens(o))) > maxOverlap {
				t.Errorf("overview repeats itself: %q / %q", o, s)
			}
		}
	}
	if sum.Outlets != 4 {
		t.Errorf("outlets = %d; want 4 (Reuters, BBC News, AP, Yahoo News)", sum.Outlets)
	}
}

func TestTopicQuotesHaveSpeakersAndPreferDifferentOnes(t *testing.T) {
	stories := bagramStories()
	sum := Build(stories, Options{Now: now, Terms: []string{"bagram"}})
	if len(sum.Quotes) == 0 || len(sum.Quotes) > 3 {
		t.Fatalf("got %d key quotes; want 1-3", len(sum.Quotes))
	}
	if sum.Quotes[0].Speaker != "Bismillah Khan" {
		t.Errorf("first key quote by %q; want Bismillah Khan (carried by two outlets, best story)", sum.Quotes[0].Speaker)
	}
	seen := map[string]bool{}
	for _, q := range sum.Quotes {
		if q.Speaker == "" {
			t.Errorf("key quote %q has no speaker", q.Text)
		}
		if seen[q.Speaker] {
			t.Errorf("speaker %s quoted twice while others were available", q.Speaker)
		}
		seen[q.Speaker] = true
		if !quoteIsFrom(stories, q) {
			t.Errorf("key quote %q is not verbatim from its source", q.Text)
		}
	}
	if !seen["Waheeda Shahkar"] {
		t.Errorf("speakers %v; want the second story's speaker too", seen)
	}
}

func TestOneStoryOverviewTakesTwoOfItsSentences(t *testing.T) {
	stories := bagramStories()[1:2]
	sum := Build(stories, Options{Now: now})
	if len(sum.Overview) < 2 {
		t.Fatalf("overview %q; want at least 2 sentences from the one story", sum.Overview)
	}
}

func TestManyStoriesAreAllListedButFewDetailed(t *testing.T) {
	var stories []Story
	for i := range 30 {
		stories = append(stories, Story{ID: fmt.Sprint("s", i), Sources: []Source{{
			Outlet: "O", URL: fmt.Sprint("u", i), Title: fmt.Sprint("Headline ", i),
			Published: now.Add(-time.Duration(i) * time.Hour), Text: "Officials in the province said on Monday that the roads were open again after the storm.",
		}}})
	}
	sum := Build(stories, Options{Now: now})
	if len(sum.Stories) != 30 {
		t.Fatalf("%d stories listed; want 30", len(sum.Stories))
	}
	for i, st := range sum.Stories {
		if detailed := len(st.Sentences) > 0; detailed != (i < defaultMaxStories) {
			t.Errorf("story %d detailed=%v; want only the first %d", i, detailed, defaultMaxStories)
		}
	}
	if len(sum.Overview) > 4 {
		t.Errorf("overview has %d sentences; want at most 4", len(sum.Overview))
	}
}
