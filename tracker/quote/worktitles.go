package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Titles of shows, films, songs, books and episodes in quotation marks,
// including those that end in "!" or "?" ("Oklahoma!", "Jeopardy!", "Who
// Wants to Be a Millionaire?"), which the title-case tests elsewhere take
// for sentences: no one's words, whatever cue is near.

// workTitle reports whether the quoted span at toks[k] is the title of a
// work: title-shaped (see titleShaped) and named by what comes before it
// in its sentence:
//   - a noun for a work right before it, or before a comma before it
//     ("the hit show "...", "her memoir, "...,"", "the episode "..."");
//   - a verb of hosting or performing ("hosted "Jeopardy!"", "sang "..."");
//   - a verb or noun of taking part in one and "in", "on" or "of"
//     ("starred in "Oklahoma!"", "a contestant on "..."", "host of "..."");
//
// or, opening its sentence, by a verb of first showing after it
// (""Who Wants to Be a Millionaire?" premiered in 1998").
func workTitle(text string, toks []token, k int, sp span) bool {
	if sp.words < 1 || sp.words > 10 || sp.single {
		return false
	}
	body := strings.TrimSpace(text[sp.start:sp.end])
	if r, _ := utf8.DecodeRuneInString(body); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	para := toks[k].para
	if k >= 1 && toks[k-1].para == para && toks[k-1].sent == toks[k].sent {
		j := k - 1
		comma := false
		if toks[j].low == "," && j >= 1 && toks[j-1].para == para {
			j, comma = j-1, true
		}
		t := toks[j]
		if t.kind == tWord && !t.cap {
			switch {
			case titleWorkNouns[t.low] && !t.poss && !(j >= 1 && toks[j-1].low == "to"):
				// (Not a verb: "urged them to show "Patience!"".)
				// (Not words quoted from a work someone wrote: "As Ann
				// Hale put it in her memoir, "Never Again!"".)
				if !(comma && inOwnWork(toks, j)) && titleShaped(body) {
					return true
				}
			case !comma && performVerbs[t.low]:
				if titleShaped(body) {
					return true
				}
			case !comma && (t.low == "in" || t.low == "on" || t.low == "of") && j >= 1 && toks[j-1].para == para && toks[j-1].kind == tWord &&
				!toks[j-1].cap && partVerbs[toks[j-1].low]:
				if titleShaped(body) {
					return true
				}
			}
		}
	}
	// ""Who Wants to Be a Millionaire?" premiered in Britain in 1998.",
	// "whose special "Why Not Me?" airs on Friday": opening the sentence
	// or after a noun (not a verb of speech).
	if nx := k + 1; nx < len(toks) && toks[nx].sent == toks[k].sent && toks[nx].kind == tWord && premiereVerbs[toks[nx].low] &&
		(k == 0 || toks[k-1].sent != toks[k].sent || toks[k-1].kind == tWord && !toks[k-1].cap && !toks[k-1].in(lxReportingVerbs) && !isPronoun(toks[k-1].low)) {
		return titleShaped(body)
	}
	return false
}

// titleShaped reports whether body has the shape of a title: one to ten
// words, each capitalised but for short function words, that may close
// with "!" or "?" and may hold a comma ("Hello, Dolly!"), but no other
// sentence punctuation.
func titleShaped(body string) bool {
	body = strings.TrimRight(body, " ,.")
	body = strings.TrimRight(body, "!?")
	if hasAbbrevDot(body) {
		body = abbrevDots.Replace(body)
	}
	if body == "" || strings.ContainsAny(body, ".;:!?\"“”") {
		return false
	}
	words := 0
	for w := range strings.FieldsFuncSeq(body, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '—' }) {
		words++
		w = strings.TrimRight(w, ",")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || unicode.IsUpper(r) {
			continue
		}
		if !smallWords[strings.ToLower(w)] {
			return false
		}
	}
	return words >= 1 && words <= 10
}

// titleWorkNouns name a work whose title may follow in quotation marks.
var titleWorkNouns = setOf("song", "single", "album", "record", "book", "memoir", "film", "movie", "novel", "series",
	"show", "play", "poem", "documentary", "programme", "program", "podcast", "opera", "musical", "painting",
	"episode", "sitcom", "comedy", "drama", "thriller", "miniseries", "docuseries", "track", "ballad", "anthem",
	"hit", "tune", "cartoon", "biopic", "sequel", "prequel", "franchise", "revue", "novella",
	"autobiography", "biography", "bestseller", "best-seller", "anthology", "ep", "mixtape", "videogame", "quiz",
	"special", "telenovela", "soap", "serial", "sketch")

// performVerbs take a work as their object: "hosted "Jeopardy!"".
var performVerbs = setOf("hosted", "hosts", "hosting", "co-hosted", "co-hosts", "co-hosting", "directed",
	"directs", "directing", "sang", "sings", "singing", "performed", "performs", "performing", "recorded",
	"covered", "choreographed", "narrated", "produced", "starring", "released", "releases", "releasing", "re-released")

// partVerbs take part in a work named after "in", "on" or "of":
// "starred in "...", "appeared on "...", "a contestant on "...".
var partVerbs = setOf("starred", "stars", "star", "starring", "co-starred", "co-star", "co-stars", "appeared",
	"appears", "appear", "appearing", "contestant", "contestants", "host", "co-host", "cast", "guest", "finale",
	"episode", "episodes", "season", "creator", "creators", "winner", "champion", "role", "roles", "set",
	"revival", "production", "version", "remake", "reboot", "adaptation", "premiere", "fans", "viewers")

// premiereVerbs, right after a title opening its sentence, first show it.
var premiereVerbs = setOf("premiered", "premieres", "aired", "airs", "debuted", "debuts")

// titleComma reports whether toks[b] is a quoted name or title dropped
// from the quotations (weak) whose words end with a comma inside the
// marks: the comma closes the phrase around it, as one after the marks
// would ("Ruiz, a supporter of the "Green New Deal," said").
func (a *attributor) titleComma(b int) bool {
	t := &a.toks[b]
	if t.kind != tQuote || !t.weak {
		return false
	}
	s := strings.TrimRight(a.text[t.s:t.e], "\"”’' ")
	return strings.HasSuffix(s, ",")
}
