package summary

import (
	"newshound/tracker/stem"

	"strings"
	"unicode"
)

// tokens returns the lower-cased, crudely stemmed content words of s.
func tokens(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if stopwords[w] || len(w) < 2 {
			continue
		}
		out = append(out, stem.Word(w))
	}
	return out
}

// words counts whitespace-separated words.
func words(s string) int { return len(strings.Fields(s)) }

func set(toks []string) map[string]bool {
	m := make(map[string]bool, len(toks))
	for _, t := range toks {
		m[t] = true
	}
	return m
}

// jaccard is |a∩b| / |a∪b| of two token sets.
func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for t := range a {
		if b[t] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// containment is |a∩b| / |a|: how much of a is in b.
func containment(a, b map[string]bool) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for t := range a {
		if b[t] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// normTerms lower-cases the topic terms and pads them with spaces so that
// mentions matches whole words and phrases.
func normTerms(terms []string) []string {
	var out []string
	for _, t := range terms {
		if t = strings.Join(strings.Fields(strings.ToLower(t)), " "); t != "" {
			out = append(out, " "+t+" ")
		}
	}
	return out
}

// mentions reports whether s contains one of the normalised terms.
func mentions(s string, terms []string) bool {
	if len(terms) == 0 {
		return false
	}
	norm := " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ") + " "
	for _, t := range terms {
		if strings.Contains(norm, t) {
			return true
		}
	}
	return false
}

var stopwords = setOf(`a an the and or but of to in on at for from by with as is are was were be been being
	it its this that these those he she they we you i his her their our your them him us me my
	has have had do does did not no will would can could may might should shall must
	into over after before about up down out off than then so if while also just there here
	what who which when where why how all any some such very more most other only own same too`)
