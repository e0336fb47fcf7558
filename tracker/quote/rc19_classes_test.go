package quote

import "testing"

// Classes found on real science, technology and city-life pages (issue 8,
// round 19), written for these tests in the way news is written. Each
// failed before its rule.

// An interview by email: "...," she emails. / "...," Rosa Quint e-mails
// from Lisbon. "emails" and "texts" are mostly nouns, so they report
// speech only right after a quotation (invertedVerbs). Failed before: the
// cue was lost and the quotation went to the paragraph's last subject or
// to "".
func TestRC19EmailsCue(t *testing.T) {
	runCueCases(t, []cueCase{
		{"he emails", "Omar Brandt, a 31-year-old software tester in Hamburg, built the map over a winter.\n\nMost evenings went on the project. \"I only wanted to see which streets flood first,\" he emails.",
			[]want{{"I only wanted to see which streets flood first,", "Omar Brandt", "emails"}}},
		{"name e-mails from", "Few people have studied the threats. \"Most of the senders never act on them,\" Rosa Quint e-mails from Lisbon.",
			[]want{{"Most of the senders never act on them,", "Rosa Quint", "e-mails"}}},
		{"she texts", "Priya Nand runs the shelter alone. The phones never stop. \"We are full again tonight,\" she texts.",
			[]want{{"We are full again tonight,", "Priya Nand", "texts"}}},
		// Must not fire: the noun.
		{"texts as subject", "Councillor Ann Hale received dozens of threats.\n\n\"Pay up by Friday,\" texts sent to her phone said.",
			[]want{{"Pay up by Friday,", "", ""}}},
		{"read one of the emails", "Councillor Ann Hale received dozens of threats. \"Resign or else,\" read one of the emails.",
			[]want{{"Resign or else,", "", "read"}}},
	})
}
