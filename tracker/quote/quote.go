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
//
// Role is what the article says the speaker is ("Taliban spokesman",
// "director for games at Google"), or "" when it does not say or the
// speaker is an organisation. Confidence, between 0 and 1, says how sure
// the attribution is: a name right next to the quotation is near 1; a
// pronoun with another candidate of the same gender nearby, a speaker
// carried over from an earlier paragraph or a description read as the
// person just named are lower; a speaker read only from the structure
// around a quotation with no cue (the last resort, see Extract) is below
// ConfidentAt. It is 0 when Speaker is "". Quotes stored
// before Confidence existed have 0 with a speaker; Confident treats them
// as before, as confident.
type Quote struct {
	Text       string  `json:"text"`
	Speaker    string  `json:"speaker"`
	Cue        string  `json:"cue"`
	Role       string  `json:"role,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	Start      int     `json:"-"`
	End        int     `json:"-"`
}

// ConfidentAt is the Confidence from which a speaker is shown to readers
// (alerts, summaries): on the hand-annotated real-news pages, names given
// at or above it are right far more often than those below.
const ConfidentAt = 0.7

// Confident reports whether the quote has a speaker sure enough to show.
func (q Quote) Confident() bool {
	return q.Speaker != "" && (q.Confidence == 0 || q.Confidence >= ConfidentAt)
}

// SpeakerLine renders the speaker for readers: the name, with the role
// when the article gives one ("Zabihullah Mujahid, Taliban spokesman"), or
// "" when the attribution is not confident.
func (q Quote) SpeakerLine() string {
	if !q.Confident() {
		return ""
	}
	if q.Role == "" {
		return q.Speaker
	}
	return q.Speaker + ", " + q.Role
}
