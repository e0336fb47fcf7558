// Package stem holds the crude English word handling that story
// clustering and summaries share: a stemmer that makes inflected forms meet.
// Matching topics uses its own, stricter tokeniser (package query).
package stem

import "strings"

// Word strips common English inflections so that "strikes" and "strike",
// "killed" and "kill", "cities" and "city" meet. It is deliberately crude:
// both sides of a comparison go through it, so a wrong stem still matches
// itself.
func Word(w string) string {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "ses"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}
