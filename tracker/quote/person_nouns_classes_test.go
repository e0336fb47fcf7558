package quote

import "testing"

// A name the lexicon cannot place (no known given name, no title) is a
// person when an apposition calls it one ("Orvan Tesk, another
// deportee,"), so a "he said" after it finds that person, not the one who
// spoke before. Each case failed before the rule; the near misses keep an
// organisation an organisation.
func TestPersonByApposition(t *testing.T) {
	runCueCases(t, []cueCase{
		{"another deportee", `More than 100 men were flown back on Tuesday.

"This was the third time I was sent back," said Harjit Dhillon, 31, from Ludhiana. Orvan Tesk, another deportee, said he had paid an agent to get him across. "They caught me at the border and put me on a plane," he said.`,
			[]want{{"This was the third time I was sent back,", "Harjit Dhillon", "said"}, {"They caught me at the border and put me on a plane,", "Orvan Tesk", "said"}}},
		{"a former detainee told", `"This was the third time I was sent back," said Harjit Dhillon, 31, from Ludhiana.

Kelso Marrin, a former detainee, told reporters about the camp. "Nobody told us why we were held," he said.`,
			[]want{{"This was the third time I was sent back,", "Harjit Dhillon", "said"}, {"Nobody told us why we were held,", "Kelso Marrin", "said"}}},
		{"a longtime customer", `"The mill has never been late before," said Harjit Dhillon, its manager.

Tamsin Orrell, a longtime customer, called the delay costly. "We cannot wait another season for the grain," she said.`,
			[]want{{"The mill has never been late before,", "Harjit Dhillon", "said"}, {"We cannot wait another season for the grain,", "Tamsin Orrell", "said"}}},
		// An organisation by its name stays one: "it said" is the firm's.
		{"organisation customer", `"The mill has never been late before," said Harjit Dhillon, its manager.

Brightwater Foods, a longtime customer, said it would switch suppliers. "We cannot wait another season for the grain," it said.`,
			[]want{{"The mill has never been late before,", "Harjit Dhillon", "said"}, {"We cannot wait another season for the grain,", "Brightwater Foods", "said"}}},
	})
}
