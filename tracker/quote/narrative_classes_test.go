package quote

import "testing"

// Classes of issue 8 read in the narrative around a quotation (round 12,
// helper "talk"), written for these tests in the way news is written.

// A quoted span dropped as no one's words (a book's title, a term) is part
// of the narrative sentence that holds it: the sentence's verb of speech
// still reports the quotation paragraph after it. Failed before ("": the
// title counted as another quotation in the paragraph). Must not fire:
// someone else named after the speaker in the paragraph before.
func TestNarrativeDroppedSpanIsNarrative(t *testing.T) {
	runCueCases(t, []cueCase{
		{"title in single marks", "Ann Cole said she did not see her new book as a sequel to her earlier 'The Long Road: Stories of the Valley', but there were common threads.\n\n\"I think some of us see that the game is being played, but I worry that we do not see how deep it goes.\"",
			[]want{{"I think some of us see that the game is being played, but I worry that we do not see how deep it goes.", "Ann Cole", ""}}},
		{"title in single marks, short", "Mark Hale said his novel 'A House by the Water' would be out in May.\n\n\"I wrote most of it at night, when my children were asleep.\"",
			[]want{{"I wrote most of it at night, when my children were asleep.", "Mark Hale", ""}}},
		{"title in double marks", "Mark Hale said his novel, \"A House by the Water,\" would be out in May.\n\n\"I wrote most of it at night, when my children were asleep.\"",
			[]want{{"I wrote most of it at night, when my children were asleep.", "Mark Hale", ""}}},
		// Must not fire.
		{"someone else after", "Mark Hale said his novel would be out in May. Ann Cole, his editor, has read the book 'A House by the Water' twice.\n\n\"I wrote most of it at night, when my children were asleep.\"",
			[]want{{"I wrote most of it at night, when my children were asleep.", "", ""}}},
	})
}
