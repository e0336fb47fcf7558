package quote

import "testing"

// Classes found on real pages annotated for issue 8, round 19 (helper rd:
// US metro and national news), each tested here on sentences written for
// these tests. Each failed before its rule.

// An unnamed person introduced with a word making the role one held before
// ("one former adviser said ...", "a former aide told reporters") is the
// one a later "the former adviser said" refers back to, not the person
// named near it: the unnamed holder records the role as held before, as a
// named one does. Failed before: "One former adviser said Tom Rask's
// remarks were for show. "...," the former adviser said." gave Tom Rask
// (0.72, shown).
func TestRD19FormerUnnamed(t *testing.T) {
	const lede = "Tom Rask, the governor-elect, met business leaders on Monday. Aides said Rask was open to keeping the accord.\n\n"
	runCueCasesConf(t, []confCase{
		{"former adviser", lede + "One former adviser said Rask's remarks were meant only to please the room.\n\n\"He will say whatever the room wants,\" the former adviser said.",
			"He will say whatever the room wants,", "", false},
		{"former adviser, he was certain", lede + "One former adviser said he was certain that Rask's remarks were meant only to please the room.\n\n\"He will say whatever the room wants,\" the former adviser said. \"Then he does what he likes.\"",
			"He will say whatever the room wants,", "", false},
		{"ex-strategist", lede + "An ex-strategist for the campaign doubted the pledge.\n\n\"It will not last a month,\" the ex-strategist said.",
			"It will not last a month,", "", false},
		{"a former aide told", lede + "A former aide told reporters that Rask rarely reads briefings.\n\n\"He skims the first page,\" the former aide said.",
			"He skims the first page,", "", false},
		// Must not fire: a named former holder is still the one meant;
		// one named with the role plainly is no former holder of it.
		{"named former adviser", lede + "Former adviser Lena Ortiz said Rask's remarks were meant only to please the room.\n\n\"He will say whatever the room wants,\" the former adviser said.",
			"He will say whatever the room wants,", "Lena Ortiz", true},
		{"one former adviser, then named", lede + "One former adviser, Lena Ortiz, said Rask's remarks were meant only to please the room.\n\n\"He will say whatever the room wants,\" the former adviser said.",
			"He will say whatever the room wants,", "Lena Ortiz", true},
	})
}
