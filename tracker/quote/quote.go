// Package quote finds direct quotations in news text and attributes each to
// its speaker.
package quote

// Quote is one direct quotation found in an article.
//
// Text is verbatim from the article, without the enclosing quotation marks.
// Speaker is the fullest name the article gives for the person quoted, or ""
// when the article does not say who spoke. Cue is the verb or phrase that
// attributes the quote ("said", "told Reuters", "posted on X"), or "".
// Start and End are byte offsets of Text within the text given to Extract.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Cue     string `json:"cue"`
	Start   int    `json:"-"`
	End     int    `json:"-"`
}
