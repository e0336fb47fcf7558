package quote

import "testing"

// A pronoun with a contracted auxiliary ("he’d respond", "she'd say",
// "he'll tell") is the subject of the verb after it. Each case failed
// before ("Whenever" was named as the speaker of the second); the near
// miss, a writer's "I'd", names no one.
func TestContractedPronounSubject(t *testing.T) {
	runCueCases(t, []cueCase{
		{"he'd respond", `Tom Reed wrote six novels. When his editors asked him to explain, he’d respond, “I have a horror of being obvious.”`,
			[]want{{"I have a horror of being obvious.", "Tom Reed", "respond"}}},
		{"she'd say", `Ann Cole ran the shop for years. Whenever prices rose, she'd say: "We will manage somehow, we always do."`,
			[]want{{"We will manage somehow, we always do.", "Ann Cole", "say"}}},
		{"he'll tell", `Mark Hale coaches the under-12s. Ask him about the season and he'll tell you, "We are here to have fun first."`,
			[]want{{"We are here to have fun first.", "Mark Hale", "tell"}}},
		{"the writer's I'd", `Tom Reed spoke first. I'd say what everyone thinks: "this is the best team in the league by a mile."`,
			[]want{{"this is the best team in the league by a mile.", "", "say"}}},
	})
}
