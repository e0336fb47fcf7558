package quote

import "testing"

// The caption someone writes under a post of theirs is their words ("The
// caption of her post reads:", "writing in the caption:", "she captioned
// the post"); a caption under a photograph in a museum or a paper is
// still no one's. Failed before: the first two were dropped as written
// words, the third given at 0.40 with no cue.
func TestOwnedCaptions(t *testing.T) {
	const post = "Mina Hale shared photos of her husband on Instagram on Thursday."
	const words = "Happy birthday to the strongest man I know, and the best dad our kids could ask for!"
	runCueCases(t, []cueCase{
		{"caption of her post reads", post + "\n\nThe caption of her post reads: \"" + words + "\"",
			[]want{{words, "Mina Hale", "reads"}}},
		{"writing in the caption", "Mina Hale shared photos of her husband on Instagram on Thursday, writing in the caption: \"" + words + "\"",
			[]want{{words, "Mina Hale", "writing"}}},
		{"captioned the post", post + "\n\n\"" + words + "\" she captioned the post.",
			[]want{{words, "Mina Hale", "captioned"}}},
		{"her caption read", post + "\n\nHer caption read: \"" + words + "\"",
			[]want{{words, "Mina Hale", "*"}}},
		// Must not fire: a caption no one in the story wrote.
		{"museum caption", "The museum reopened its war gallery on Friday.\n\nThe caption under the first photograph reads: \"Soldiers of the 4th Battalion resting near the front, 1916.\"",
			[]want{{"Soldiers of the 4th Battalion resting near the front, 1916.", "", "*"}}},
		{"the caption read", "Mina Hale visited the gallery on Friday. The caption read: \"Soldiers of the 4th Battalion resting near the front, 1916.\"",
			nil},
	})
}
