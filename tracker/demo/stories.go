package demo

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// initialItems is how many stories are already published at Start.
const initialItems = 4

// quickItems is how many stories follow them at the quick pace (Interval);
// the rest of the written stories follow at the steady pace.
const quickItems = 10

//go:embed stories/*.md
var storyFiles embed.FS

// outlet is one fictional news organisation with one feed.
type outlet struct {
	key      string // front-matter name: herald, harbor, wire
	name     string
	feedPath string
	format   string // rss, atom, json
}

var outlets = []outlet{
	{"herald", "Northwind Herald", "/herald/rss.xml", "rss"},
	{"harbor", "Harbor Daily", "/harbor/atom.xml", "atom"},
	{"wire", "Meridian Wire", "/wire/feed.json", "json"},
}

func outletByKey(key string) (outlet, bool) {
	for _, o := range outlets {
		if o.key == key {
			return o, true
		}
	}
	return outlet{}, false
}

// story is one sample article. Files look like:
//
//	---
//	slug: bagram-future-dispute
//	outlet: herald
//	title: ...
//	author: Jane Doe
//	summary: ...
//	topic: bagram
//	seq: 1
//	age: 190
//	quote: Karim Yousufzai | Bagram is Afghan soil
//	quote: (unnamed) | but not another war
//	---
//	First paragraph.
//
//	Second paragraph.
//
// seq is the publishing order (1-based, unique, no gaps); age, in minutes
// before Start, is required for the first initialItems stories only and
// must shrink as seq grows, so that publishing order is date order. topic
// is a query that finds the story (and its follow-ups) with /track.
//
// Each quote line declares one quotation of the text, in order: who speaks
// it, as the text names them (the organisation for "a Pentagon
// spokesperson said"), or "(unnamed)" when the text does not name the
// speaker ("one official said"), then the quotation's first
// words. Tests check the quote extractor against them. copy-of names the
// story this one is a lightly edited copy of (syndication): the tracker
// must fold it into that story rather than alert again.
type story struct {
	slug, outlet, title, author, summary, topic, copyOf string
	seq, age                                            int
	quotes                                              []declaredQuote
	paras                                               []string
}

// declaredQuote is one quote line of a story's front matter.
type declaredQuote struct {
	speaker string // "" when the text does not name one
	opening string // the quotation's first words
}

// unnamed is how a quote line says the text names no speaker.
const unnamed = "(unnamed)"

func loadStories() ([]story, error) {
	names, err := fs.Glob(storyFiles, "stories/*.md")
	if err != nil {
		return nil, err
	}
	var out []story
	for _, name := range names {
		b, err := storyFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		st, err := parseStory(string(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if want := strings.TrimSuffix(path.Base(name), ".md"); st.slug != want {
			return nil, fmt.Errorf("%s: slug %q; want %q", name, st.slug, want)
		}
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].seq < out[j].seq })
	if len(out) < quickEnd {
		return nil, fmt.Errorf("%d stories; want at least %d", len(out), quickEnd)
	}
	slugs := map[string]bool{}
	for _, st := range out {
		slugs[st.slug] = true
	}
	for i, st := range out {
		if st.seq != i+1 {
			return nil, fmt.Errorf("story %s: seq %d; want %d", st.slug, st.seq, i+1)
		}
		if st.seq <= initialItems {
			if st.age <= 0 {
				return nil, fmt.Errorf("story %s: initial story needs age > 0", st.slug)
			}
			if i > 0 && st.age >= out[i-1].age {
				return nil, fmt.Errorf("story %s: age %d not below previous %d", st.slug, st.age, out[i-1].age)
			}
		}
		if st.copyOf != "" && (!slugs[st.copyOf] || st.copyOf == st.slug) {
			return nil, fmt.Errorf("story %s: copy-of %q is not another story", st.slug, st.copyOf)
		}
	}
	return out, nil
}

func parseStory(text string) (story, error) {
	var st story
	sc := bufio.NewScanner(strings.NewReader(text))
	if !sc.Scan() || strings.TrimSpace(sc.Text()) != "---" {
		return st, fmt.Errorf("missing front matter")
	}
	closed := false
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "---" {
			closed = true
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return st, fmt.Errorf("front matter line %q: no colon", line)
		}
		v = strings.TrimSpace(v)
		var err error
		switch strings.TrimSpace(k) {
		case "slug":
			st.slug = v
		case "outlet":
			st.outlet = v
		case "title":
			st.title = v
		case "author":
			st.author = v
		case "summary":
			st.summary = v
		case "topic":
			st.topic = v
		case "seq":
			st.seq, err = strconv.Atoi(v)
		case "age":
			st.age, err = strconv.Atoi(v)
		case "copy-of":
			st.copyOf = v
		case "quote":
			who, opening, ok := strings.Cut(v, "|")
			who, opening = strings.TrimSpace(who), strings.TrimSpace(opening)
			if !ok || who == "" || opening == "" {
				return st, fmt.Errorf("quote %q: want \"speaker | first words\"", v)
			}
			if who == unnamed {
				who = ""
			}
			st.quotes = append(st.quotes, declaredQuote{who, opening})
		default:
			return st, fmt.Errorf("unknown front matter key %q", k)
		}
		if err != nil {
			return st, fmt.Errorf("front matter %s: %w", k, err)
		}
	}
	if !closed {
		return st, fmt.Errorf("front matter not closed")
	}
	var para []string
	flush := func() {
		if len(para) > 0 {
			st.paras = append(st.paras, strings.Join(para, " "))
			para = nil
		}
	}
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			flush()
			continue
		}
		para = append(para, line)
	}
	flush()
	if err := sc.Err(); err != nil {
		return st, err
	}
	switch {
	case st.slug == "", st.title == "", st.author == "", st.summary == "":
		return st, fmt.Errorf("slug, title, author and summary are required")
	case st.seq <= 0:
		return st, fmt.Errorf("seq must be positive")
	case len(st.paras) == 0:
		return st, fmt.Errorf("no paragraphs")
	case st.topic == "":
		return st, fmt.Errorf("topic is required")
	case len(st.quotes) == 0:
		return st, fmt.Errorf("no quote lines: declare each quotation's speaker")
	}
	body := strings.Join(st.paras, "\n")
	for _, q := range st.quotes {
		if !strings.Contains(body, q.opening) {
			return st, fmt.Errorf("quote %q is not in the text", q.opening)
		}
	}
	if _, ok := outletByKey(st.outlet); !ok {
		return st, fmt.Errorf("unknown outlet %q", st.outlet)
	}
	return st, nil
}
