package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// News pages put things inside the article body that are not the story:
// calls to read, share, follow or subscribe, photo credits, bylines and
// datelines, reprint buttons and "contributed reporting" notes. Each is
// recognised only in a short paragraph that starts (or, for the notes, ends)
// with it, so a sentence of the story that happens to use the words stays.
var (
	// boilerStart matches the beginning of a boilerplate paragraph.
	boilerStart = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
		`read (?:more|next|also|the full)`, `\(?(?:leggi anche|leia (?:também|mais)|lee también|lesen sie auch|lire aussi)`, `more:`, `related(?: articles| stories| coverage| content)?:?$`, `related:`,
		`see also`, `also read`, `recommended(?:$|:| for you| stories| reading| articles| videos)`, `you (?:may|might) also (?:like|enjoy)`,
		`continue reading`, `explore further`, `click (?:here|to)`, `tap here`,
		`sign up`, `subscribe\b`, `get (?:our|the (?:latest|best|free|full)|\S+(?: \S+){0,2} on the go)`, `download (?:the|our)`, `never miss`,
		`follow (?:us|@|\S+(?: \S+){0,4} on (?:twitter|facebook|instagram|linkedin|x\b))`,
		`like us on`, `share (?:this|on|via|your (?:thoughts|views|story))`, `join the conversation`, `be part of the conversation`,
		`order reprints`, `print (?:article|this)`, `text size`, `advertisement`, `sponsored(?:$|:| content| by)`,
		`listen to`, `watch:`, `video:`, `photo:`, `photos?:`, `photograph:`, `image:`, `picture:`,
		`\(?credits?:`, `caption:`, `source:`, `filed under`, `tags?:`, `categor(?:y|ies)\b`,
		`copyright`, `©`, `\(c\) ?\d{4}`, `all rights reserved`, `have a (?:news )?tip`,
		`we want to hear`, `give us feedback`, `submit your`, `if you enjoyed`, `last (?:modified|updated):`,
		`published:`, `updated:`, `release date:`, `view comments`, `comments?$`, `home$`, `by$`,
		`this (?:article|story|post) (?:is|was|contains|first|originally)`,
		`see more:`, `don'?t miss`, `write to \S+`, `this copy is for your personal`, `thanks? (?:you )?for (?:signing|subscribing|reading)`,
		`thank you$`, `an error (?:has )?occurred`, `like this (?:story|article)`, `\(?reporting by`, `(?:\(?editing|writing) by`,
		`published \d`, `tempo de leitura`, `more (?:from|on) \S+(?: \S+){0,3}:`,
	}, "|") + `)`)

	// boilerEnd matches the end of a credit line for other reporters.
	boilerEnd = regexp.MustCompile(`(?i)(?:contributed (?:reporting|to this (?:report|story|article))[^.]*|all rights reserved)\.?$`)

	// signup is a newsletter or subscription prompt anywhere in a short paragraph.
	signup = regexp.MustCompile(`(?i)\b(?:sign(?:ing)? up|subscrib\w*)\b.*\b(?:newsletters?|inbox)\b|\b(?:newsletters?|inbox)\b.*\b(?:sign(?:ing)? up|subscrib\w*)\b|delivered (?:straight |directly )?to your inbox` +
		`|please subscribe|subscribe now|already a subscriber|\bdownload (?:the|our) .{0,40}\bapps?\b` +
		`|\bcomments (?:are|may be) (?:moderated|republished|reviewed)|email address(?:es)? will not be published`)

	// callToFollow is a call to the reader to follow, join or subscribe to
	// one of the site's channels ("Join our WhatsApp channel for the
	// latest news", "For the latest headlines, follow us on Google News").
	callToFollow = regexp.MustCompile(`(?i)(?:^|[,:;—–-]\s*|^\W+)(?:please |now )?(?:sign(?:ing)? up|subscribe|follow|join|download|install|turn on|enable|add|get)\b[^.!?]{0,60}?\b(?:our|us)\b[^.!?]{0,50}?\b(?:channels?|newsletters?|apps?|alerts?|notifications?|podcasts?|community|group|page|feed|whatsapp|telegram|google news|facebook|twitter|instagram|youtube|tiktok|linkedin|threads|bluesky|flipboard|x)\b`)

	// reported tells a sentence of the story: someone said it.
	reported = regexp.MustCompile(`(?i)\b(?:said|says|told|added|according to)\b`)

	// byline is a short "By Jane Doe" line, possibly with a role or date.
	byline = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\S+){0,8}$`)

	// dateline is a paragraph that is only a date or time.
	dateline = regexp.MustCompile(`(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:` +
		`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` +
		`|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?,?\s+\d{4}` +
		`|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?` +
		`)(?:[\s,|]+.*)?$`)

	// bareLink is a paragraph that is only a URL or an e-mail address.
	bareLink = regexp.MustCompile(`^(?:https?://|www\.)\S+$|^\S+@\S+\.\w+$`)
)

// tailMarker is a short paragraph that opens the clutter after a story:
// the comments section, a newsletter box ("Pick Six Newsletter ... Sorry!
// There was an error processing your subscription"), a "most read" list.
// From it on, nothing is the story.
var tailMarker = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`comments?(?: \(\d+\))?`, `\d+ comments?`, `discussion`, `(?:community|comment|commenting) guidelines`,
	`join the (?:discussion|conversation|debate)`, `leave a (?:comment|reply)`, `post a comment`, `add a comment`,
	`show comments`, `view (?:all )?comments`, `newest first`, `oldest first`, `most liked`, `register now`,
	`already registered\??`, `log ?in to (?:comment|reply)`, `about (?:the )?\S+(?: \S+){0,3} commenting`,
	`\S+(?: \S+){0,3} newsletter`, `sorry!? there was an error processing your subscription\.?`,
	`you (?:may|might) also like`, `more stories`, `trending(?: now| stories)?`, `most (?:popular|read|viewed|shared)`,
	`popular (?:now|stories|on \S+(?: \S+){0,2})`, `around the web`, `(?:sponsored|promoted) (?:stories|content|links)`,
	`recommended (?:for you|stories|reading)`, `related (?:articles|stories|coverage|content)`,
	`house rules`, `(?:comment|commenting|community) (?:policy|rules|standards)`,
}, "|") + `)(?:[:.…]|\.\.\.)?$`)

// trimTail drops a story's trailing clutter: everything from the first
// tailMarker paragraph that follows at least half of the text on, then the
// paragraphs at the very end that are clutter (see tailClutter).
func trimTail(paras []string) []string {
	return trimTrailing(cutAtTailMarker(paras))
}

// cutAtTailMarker drops everything from the first tailMarker paragraph that
// follows at least half of the text on.
func cutAtTailMarker(paras []string) []string {
	total := 0
	for _, p := range paras {
		total += len(p)
	}
	before := 0
	for i, p := range paras {
		if t := strings.TrimSpace(p); i >= 2 && 2*before >= total && len(t) <= 80 && tailMarker.MatchString(t) {
			return paras[:i]
		}
		before += len(p)
	}
	return paras
}

// After the story, pages put things that no marker announces: the author's
// bio and social handles, a letters or newsletter appeal, an affiliate
// disclosure, a reprint notice, a comment prompt or the comment rules, a
// line of links or a "___" rule. These patterns
// are tested only on the last paragraphs, from the end backwards, and only
// in the second half of the text: a story's own sentence seldom reads like
// them, and the first paragraph that does not stops the trimming.
var (
	// tailClutter matches anywhere in a trailing paragraph of up to
	// maxTailClutterLen characters.
	tailClutter = regexp.MustCompile(`(?i)` + strings.Join([]string{
		`\bfollow (?:us|him|her|them|me|@\S+|\S+(?: \S+){0,8}) on (?:twitter|facebook|instagram|linkedin|x|threads|tiktok|youtube|bluesky)\b`,
		`\b(?:submit|send|write)\b.{0,40}\bletters? to the editor\b|\bpublishing (?:a diversity of )?letters\b|\bwe(?:'|’)d like to hear\b`, `\bif you (?:enjoyed|liked|value|appreciate) (?:this|our|reading)\b`,
		`\bthis copy is for your personal\b`, `^this (?:article|story|post|page) has been (?:sent|shared|emailed)\b`,
		`\bif you (?:buy|purchase|click|shop)\b[^.]{0,80}\b(?:commission|share of the sale|compensat\w*|earn)\b`,
		`\bwe (?:may )?(?:receive|earn|get) (?:a )?(?:commission|compensation|share of)\b`, `\baffiliate (?:links?|commissions?|partners?)\b`,
		`\bcontains references to products\b`,
		`^(?:\(?additional|\(?more) reporting by\b`, `^reach (?:the )?(?:reporters?|writers?|authors?|editors?)\b`,
		`^(?:contact|email|e-mail) (?:the )?(?:reporter|writer|author)\b`, `^more (?:ap|afp|reuters)\b`,
		`^(?:first |originally )?published:`, `^(?:last )?updated (?:at|on)\b`, `^citation:`,
		`^post (?:a |your )?comments?\b`, `\blog ?in to (?:post|comment|reply)`, `\byou must (?:be )?log(?:ged)? ?in\b`,
		`\b(?:comments?|commenting|coment[aá]rios?)\b.{0,80}\b(?:moderat\w*|civil|libel\w*|spam|moderador)\b|\bmoderating (?:all )?comments\b`,
		`\bdelivered (?:straight |directly )?(?:through|to) your (?:letterbox|door|mailbox|inbox)\b`, `\b\d+ issues for\b`,
		`\bclick here\b`, `\[/\w+\]`, `\bsign up (?:here|now|today)\b`, `\bsubscriptions? service\b|\buse (?:the )?(?:promo |coupon |discount )?code\b`,
		`^tags?\b[^.]*,[^.]*,[^.]*$`,
		`\bunlimited (?:digital )?access\b|\bfirst-time subscribers\b|^join now\b|\bbecome a (?:member|subscriber|patron)\b|\bsupport (?:our|independent|local) journalism\b`,
		`^(?:photo|image|picture|cover|header|featured image) (?:source|credits?|by)\b`,
		`^(?:©|\(c\) ?\d{4}|copyright\b)|\bcopyrighted (?:property|material)\b|\bwritten permission\b|\ball rights reserved\b`,
	}, "|"))

	// authorBio is a short "Jane Doe is the Post's health reporter" note.
	authorBio = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} (?:is|was|has been|covers) [^.]{0,80}\b(?:writer|reporter|editor|correspondent|curator|columnist|contributor|journalist|producer|critic|author)\b`)

	// contactLine is a paragraph of e-mail addresses, handles and links.
	contactLine = regexp.MustCompile(`^(?:(?:\S+@\S+\.\w+|@\w+|https?://\S+|www\.\S+|and|or|[|/,·•])\s*)+$`)

	// bareName is a line that is only a person's name (the author, above a contactLine).
	bareName = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{L}'’-]+){1,2}$`)

	// rule is a paragraph of punctuation only ("___", "* * *").
	rule = regexp.MustCompile(`^[\p{P}\p{S}\s]+$`)

	urlRun = regexp.MustCompile(`(?:https?://|www\.)\S+`)
)

// maxTailClutterLen bounds the trailing paragraphs tailClutter may remove.
const maxTailClutterLen = 400

// trimTrailing drops clutter paragraphs from the end of paras (see
// tailClutter). Lists of other stories' headlines that no marker announces
// stay: nothing in their text tells them from a story's own list.
func trimTrailing(paras []string) []string {
	total := 0
	for _, p := range paras {
		total += len(p)
	}
	end := len(paras)
	// Two or more bare headings closing the text are the titles of boxes
	// whose content was dropped ("Videos", "Featured", "Must Read").
	run := 0
	for run < end-1 && isShortHeading(strings.TrimSpace(paras[end-1-run])) {
		run++
	}
	if run >= 2 {
		end -= run
	}
	rest := 0 // characters in paras[:end]
	for _, p := range paras[:end] {
		rest += len(p)
	}
	for end > 1 && 2*(rest-len(paras[end-1])) >= total {
		p := strings.TrimSpace(paras[end-1])
		if !isTrailingClutter(p) {
			if end < len(paras) && bareName.MatchString(p) && contactLine.MatchString(strings.TrimSpace(paras[end])) {
				// the author's name above their address
			} else {
				break
			}
		}
		end--
		rest -= len(paras[end])
	}
	// The heading of the clutter just dropped ("Something to Consider").
	if end < len(paras) && end > 1 {
		if p := strings.TrimSpace(paras[end-1]); utf8.RuneCountInString(p) <= 40 && isBareHeading(p) {
			end--
		}
	}
	return paras[:end]
}

// isShortHeading tells a bare heading of at most four words.
func isShortHeading(p string) bool {
	return utf8.RuneCountInString(p) <= 40 && len(strings.Fields(p)) <= 4 && isBareHeading(p)
}

// isBareHeading tells a short line with no sentence punctuation at its end.
func isBareHeading(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(p)
	return p != "" && !startsWithQuote(p) && !strings.ContainsRune(".!?\"”’)…", r) && !unicode.IsDigit(r)
}

func isTrailingClutter(p string) bool {
	n := utf8.RuneCountInString(p)
	switch {
	case n == 0 || rule.MatchString(p) || contactLine.MatchString(p):
		return true
	case n > maxTailClutterLen || startsWithQuote(p):
		return false
	case tailClutter.MatchString(p), n <= 200 && authorBio.MatchString(p):
		return true
	}
	// a line that is mostly links: "Listen: https://… Download: https://…"
	links := 0
	for _, u := range urlRun.FindAllString(p, -1) {
		links += len(u)
	}
	return n <= 160 && links > 0 && 2*links >= len(p)-links
}

// maxBoilerLen bounds the paragraphs the start/end patterns may remove.
const maxBoilerLen = 220

// dropBoilerplate removes the paragraphs of a news page's body that are not
// the story (see the patterns above), and a leading copy of the headline.
// Paragraph text is never edited, only whole paragraphs dropped, so quoted
// sentences reach the quote extractor verbatim.
func dropBoilerplate(paras []string, a Article) []string {
	// Markers first: some ("You may also like...") are boilerplate too.
	paras = cutAtTailMarker(paras)
	out := paras[:0:0]
	title := squashKey(a.Title)
	for i, p := range paras {
		if isBoilerplate(p) {
			continue
		}
		if i < 3 && len(out) == 0 && title != "" && squashKey(p) == title {
			continue // the headline repeated above the story
		}
		out = append(out, p)
	}
	return trimTrailing(dropRepeats(out))
}

// A paragraph printed again is dropped when it is prose of at least
// minRepeatWords words; a text with more than maxRepeated paragraphs
// printed again is a table, a schedule or a list of products, whose lines
// repeat by design (a meal plan's "Eat 60–90 minutes before your
// workout"), and is left as it is.
const (
	minRepeatWords = 6
	maxRepeated    = 3
)

// dropRepeats drops the second and later copies of a paragraph: a map's or
// a graphic's note printed beside it and again in the text, a pull quote.
// Lines that open with a dash or a bullet (a tweet's "— Name (@handle)
// date", repeated for each tweet) are not prose.
func dropRepeats(paras []string) []string {
	seen := map[string]bool{}
	var again map[string]bool
	for _, p := range paras {
		if !repeatable(p) {
			continue
		}
		k := squashKey(p)
		if seen[k] {
			if again == nil {
				again = map[string]bool{}
			}
			again[k] = true
			if len(again) > maxRepeated {
				return paras
			}
		}
		seen[k] = true
	}
	if len(again) == 0 {
		return paras
	}
	out := paras[:0:0]
	printed := map[string]bool{}
	for _, p := range paras {
		if repeatable(p) {
			k := squashKey(p)
			if again[k] && printed[k] {
				continue
			}
			printed[k] = true
		}
		out = append(out, p)
	}
	return out
}

// repeatable tells a paragraph whose second copy dropRepeats may drop.
func repeatable(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return (unicode.IsLetter(r) || unicode.IsDigit(r) || startsWithQuote(p)) && len(strings.Fields(p)) >= minRepeatWords
}

func isBoilerplate(p string) bool {
	n := utf8.RuneCountInString(p)
	if n > maxBoilerLen {
		return false
	}
	if startsWithQuote(p) {
		return false
	}
	switch {
	case isAdLabel(p):
		return true
	case n <= maxCallLen && mayBeCall(p) && callToFollow.MatchString(p) && !reported.MatchString(p):
		return true
	case boilerStart.MatchString(p), boilerEnd.MatchString(p), bareLink.MatchString(p), mayBeSignup(p) && signup.MatchString(p) && !reported.MatchString(p):
		return true
	case n <= 80 && byline.MatchString(p) && !strings.ContainsAny(p, "!?\"“”") && !strings.HasSuffix(p, "."):
		return true
	case n <= 80 && dateline.MatchString(p):
		return true
	}
	return false
}

// mayBeCall is a cheap test before callToFollow: the paragraph addresses
// the reader as "our" or "us".
func mayBeCall(p string) bool {
	l := strings.ToLower(p)
	return strings.Contains(l, "our ") || strings.Contains(l, " us")
}

// maxCallLen bounds a paragraph callToFollow may remove: one line.
const maxCallLen = 200

// adWords are the words of an advertisement's label ("Advertisement",
// "Hide Ad", "Story continues below advertisement", "Report this ad");
// adMarks are those of them that name the advertisement.
var (
	adWords = map[string]bool{
		"ad": true, "ads": true, "advert": true, "adverts": true, "advertisement": true, "advertisements": true, "advertising": true,
		"sponsored": true, "promoted": true, "hide": true, "skip": true, "close": true, "remove": true, "report": true,
		"continue": true, "continues": true, "continued": true, "reading": true, "below": true, "above": true, "after": true,
		"story": true, "article": true, "content": true, "this": true, "the": true, "scroll": true, "to": true, "feedback": true,
		"an": true, "no": true, "free": true, "paid": true, "partner": true, "by": true, "with": true, "all": true,
	}
	adMarks = map[string]bool{
		"ad": true, "ads": true, "advert": true, "adverts": true, "advertisement": true, "advertisements": true,
		"advertising": true, "sponsored": true, "promoted": true,
	}
)

// isAdLabel tells a line of at most six words, all of an advertisement's
// label, one of them naming it.
func isAdLabel(p string) bool {
	if len(p) > 60 {
		return false
	}
	ws := strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	mark := false
	for _, w := range ws {
		if !adWords[w] {
			return false
		}
		mark = mark || adMarks[w]
	}
	return mark
}

// mayBeSignup is a cheap test that lets most paragraphs skip the signup
// pattern, whose alternatives each scan the whole paragraph.
func mayBeSignup(p string) bool {
	l := strings.ToLower(p)
	for _, w := range []string{"inbox", "newsletter", "subscri", "download", "comments", "email address"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func startsWithQuote(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	return strings.ContainsRune("\"“‘'«", r)
}

// squashKey folds a line for comparison: letters and digits only, lowercased.
func squashKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}
