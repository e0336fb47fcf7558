package quote

import "testing"

// A name in a parenthesis inside a sentence is an aside, and a one-word
// name followed by its verb and "his" is a man's: a "he says" after them
// means the man the sentences are about, not the person in the aside.
// Each case failed before its rule; the near misses keep the old reading.
func TestAsideAndOwnHis(t *testing.T) {
	runCueCases(t, []cueCase{
		{"name in an aside", `Tomas Kell wrote the song in a week. The track (which samples a speech by astronomer Carl Sagan) made Kell a star.

"It came to me in a dream," he says.`,
			[]want{{"It came to me in a dream,", "Tomas Kell", "says"}}},
		{"his after the name's verb, he far off", `Producer Mark Hale mixed the record in Berlin. Rendo released his second album on Friday. Its title comes from the Voyager mission. Critics at Pitchfork called it bold.

"I wrote most of it on the road," he says.`,
			[]want{{"I wrote most of it on the road,", "Rendo", "says"}}},
		{"both", `Rendo released his second album on the day Voyager 1 took its famous picture. Its inspiration (the first track samples the voice of astronomer Carl Sagan) let Rendo think about the planet.

"When you see that dot, you see all of us," he says.`,
			[]want{{"When you see that dot, you see all of us,", "Rendo", "says"}}},
		// Near misses: "her" may be an object, so Vireo stays unknown and
		// the man named before speaks; a parenthesis that closed before
		// the name leaves it the subject.
		{"her is no sign", `Producer Mark Hale mixed the record in Berlin. Vireo thanked her for the artwork. Its title comes from the Voyager mission. Critics at Pitchfork called it bold.

"I wrote most of it on the road," he says.`,
			[]want{{"I wrote most of it on the road,", "Mark Hale", "says"}}},
		{"parenthesis closed before the name", `Producer Mark Hale mixed the record. The label (a small one in Leeds) signed drummer Tom Ruiz in May.

"I wrote most of it on the road," he says.`,
			[]want{{"I wrote most of it on the road,", "Tom Ruiz", "says"}}},
	})
}
