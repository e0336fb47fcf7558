package quote

import "testing"

// Who is told listens: after "told", "tells" or "telling" the phrase is the
// listener, never the speaker, even when the subject before the verb could
// not be read; an adverb such as "instead" may stand between the subject
// and its verb. Each case failed before (the listener, "BBC", was named).
func TestToldListenerNotSpeaker(t *testing.T) {
	runCueCases(t, []cueCase{
		{"instead told the listener", `Ann Cole spoke after the vote. Mark Hale left early.

She instead told the BBC interviewer: "I had to go and see him and talk to him in person."`,
			[]want{{"I had to go and see him and talk to him in person.", "Ann Cole", "told the BBC"}}},
		{"likewise told the court", `Mark Hale took the stand on Tuesday.

He likewise told the court: "I never saw the money and never asked about it."`,
			[]want{{"I never saw the money and never asked about it.", "Mark Hale", "told the court"}}},
		// Still read: a speaker after a verb of speech that is no telling.
		{"said before the quotation", `The vote was close. Said Ann Cole: "We will be back next week with more."`,
			[]want{{"We will be back next week with more.", "Ann Cole", "*"}}},
		{"inverted verb of speech", `The vote was close. "We will be back next week with more," warned union leader Ann Cole.`,
			[]want{{"We will be back next week with more,", "Ann Cole", "warned"}}},
	})
}
