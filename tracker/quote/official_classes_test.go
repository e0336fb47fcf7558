package quote

import "testing"

// An organisation speaking through an unnamed official is the speaker, as
// it is through a spokesperson ("a Hamas official said" → Hamas, "a senior
// Pentagon official told reporters" → Pentagon), past a word of rank
// ("senior", "top"). Failed before: "" ("official" was no spokesperson's
// noun, and "senior" hid the name). Not: an official of a country or
// region by its adjective ("a senior US official", "one European
// official"), a former one, an official of an administration with no
// name, a person's official.
func TestOfficialSpeaksForOrganisation(t *testing.T) {
	runCueCases(t, []cueCase{
		{"a Hamas official", `Talks resumed in Cairo. "The occupation is not serious," a Hamas official said.`,
			[]want{{"The occupation is not serious,", "Hamas", "said"}}},
		{"a senior Pentagon official", `Talks resumed. "We are ready," a senior Pentagon official told reporters.`,
			[]want{{"We are ready,", "Pentagon", "told reporters"}}},
		{"a top White House official", `"We are ready," a top White House official said on Monday.`,
			[]want{{"We are ready,", "White House", "said"}}},
		{"an official with", `Talks resumed. "We are ready," an official with the Palestinian Authority said.`,
			[]want{{"We are ready,", "Palestinian Authority", "said"}}},
		// Must not fire.
		{"a US official", `Talks resumed. "We are ready," a senior US official said.`,
			[]want{{"We are ready,", "", "said"}}},
		{"a European official", `Talks resumed. "We are ready," one senior European official said.`,
			[]want{{"We are ready,", "", "said"}}},
		{"an Israeli official", `Talks resumed. "We are ready," an Israeli official said.`,
			[]want{{"We are ready,", "", "said"}}},
		{"a former official", `Talks resumed. "We are ready," a former Hamas official said.`,
			[]want{{"We are ready,", "", "said"}}},
		{"an administration official", `Talks resumed. "We are ready," a senior administration official said.`,
			[]want{{"We are ready,", "", "said"}}},
		{"a person's official", `Donald Trump spoke on Monday. "We are ready," a Trump official said.`,
			[]want{{"We are ready,", "", "said"}}},
	})
}

// A subject whose relative clause stands between it and the verb after a
// quotation: ""...," a Hamas official, who spoke on condition of
// anonymity, said". Failed before: no cue at all (and "the official, who
// ..., told Reuters" gave Reuters at 0.85, the one told).
func TestRelativeClauseBeforeVerb(t *testing.T) {
	runCueCases(t, []cueCase{
		{"an organisation's official", `Talks resumed. "We are ready," a Hamas official, who spoke on condition of anonymity, said.`,
			[]want{{"We are ready,", "Hamas", "said"}}},
		{"told whom", `Talks resumed. "We are ready," the official, who spoke on condition of anonymity, told Reuters.`,
			[]want{{"We are ready,", "", "told Reuters"}}},
		{"a person named", `"We are ready," Tom Smith, who has covered the case for years, said.`,
			[]want{{"We are ready,", "Tom Smith", "said"}}},
		// Must not fire: the verb after the clause introduces what
		// follows.
		{"verb introducing another quotation", `"We are ready," a Hamas official, who spoke on condition of anonymity, said that "the talks will go on."`,
			[]want{{"We are ready,", "", ""}, {"the talks will go on.", "Hamas", "said"}}},
	})
}

// "Speaker" is a post ("the speaker said", "the former speaker wrote" of
// a House or Commons Speaker named before). Failed before: no cue at all,
// since "the speaker" was no description of a person. An unnamed speaker
// at an event stays no one.
func TestSpeakerIsAPost(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the speaker said", `Mike Johnson, the House speaker, called the vote for Friday. "This is a disgrace," the speaker said.`,
			[]want{{"This is a disgrace,", "Mike Johnson", "said"}}},
		{"the former speaker wrote", `Kevin McCarthy reacted on Tuesday. "This is a disgrace," the former speaker wrote.`,
			[]want{{"This is a disgrace,", "Kevin McCarthy", "wrote"}}},
		// Must not fire.
		{"a speaker at the rally", `Thousands gathered in the square. "We will not be silenced," a speaker at the rally said.`,
			[]want{{"We will not be silenced,", "", "said"}}},
		{"the keynote speaker", `The conference opened on Monday. "Data is the new oil," said the keynote speaker.`,
			[]want{{"Data is the new oil,", "", "said"}}},
	})
}

// Someone unnamed, placed by a phrase about a thing after the quotation
// (""...," a protester at the rally said", "a man in the crowd said", "a
// worker at the plant said"), is the cue's subject: "" with the verb read.
// Failed before: no cue, and a word opening the paragraph ("Thousands
// gathered ...") was given the quotation at 0.75, shown.
func TestUnnamedPlacedByPhrase(t *testing.T) {
	runCueCases(t, []cueCase{
		{"at the rally", `Thousands gathered in the square. "We will not be silenced," a protester at the rally said.`,
			[]want{{"We will not be silenced,", "", "said"}}},
		{"in the crowd", `Tom Reed spoke for an hour. "We love you, Tom," a man in the crowd shouted.`,
			[]want{{"We love you, Tom,", "", "shouted"}}},
		{"at the plant", `Orbel Foods closed the plant on Friday. "Nobody told us anything," one worker at the plant said.`,
			[]want{{"Nobody told us anything,", "", "said"}}},
		// Must not fire: a named person placed so keeps the name.
		{"named", `"We will not be silenced," Ann Lee, a protester at the rally, said.`,
			[]want{{"We will not be silenced,", "Ann Lee", "said"}}},
	})
}

// Whoever issued a statement, a letter or a video speaks through the
// participle after it: "Tom Reed released a statement saying he was
// "deeply disappointed"", "he issued a statement saying:", "Orbel Foods
// issued a statement saying it was "reviewing the decision."". Failed
// before: "" ("a statement" was taken for the participle's subject, no
// one). Not: someone else who issued it ("his lawyer"), words received.
func TestIssuedStatementSaying(t *testing.T) {
	runCueCases(t, []cueCase{
		{"name", `Tom Reed released a statement saying he was "deeply disappointed" by the verdict.`,
			[]want{{"deeply disappointed", "Tom Reed", "saying"}}},
		{"pronoun", `Tom Reed left the court. He issued a statement saying: "I am deeply disappointed by the verdict and will appeal."`,
			[]want{{"I am deeply disappointed by the verdict and will appeal.", "Tom Reed", "saying"}}},
		{"organisation", `Orbel Foods issued a statement saying it was "reviewing the decision."`,
			[]want{{"reviewing the decision.", "Orbel Foods", "saying"}}},
		// Must not fire.
		{"his lawyer", `Tom Reed left the court. His lawyer issued a statement saying: "My client is deeply disappointed by the verdict."`,
			[]want{{"My client is deeply disappointed by the verdict.", "", "saying"}}},
		{"received", `Tom Reed said he had received a letter saying: "Your application has been rejected without appeal."`,
			[]want{{"Your application has been rejected without appeal.", "", "saying"}}},
	})
}

// A one-word name after "that" opening a clause is its subject, whom a
// he/she may take up: "The court heard that Reed had sent more than 200
// messages. In one, he wrote: "..."". Failed before: "" ("that" was read
// as a determiner, "that Reed", so Reed was no person). Not: a name after
// an article or a preposition.
func TestNameAfterThatTakenUp(t *testing.T) {
	runCueCases(t, []cueCase{
		{"that", `The court heard that Reed had sent more than 200 messages. In one, he wrote: "You will regret this."`,
			[]want{{"You will regret this.", "Reed", "wrote"}}},
		// Must not fire.
		{"the", `The Reed had grown by the river for years. "It was a wet spring," he wrote.`,
			[]want{{"It was a wet spring,", "", "wrote"}}},
	})
}

// What someone's words were written in reads them: "A Met Police
// statement read: "..."", "His post read: "..."". Failed before: no cue
// ("read" is mostly another verb, so it is no verb of speech alone), the
// speaker "" or a guess at 0.50. A sign or a note that reads is an
// inscription, no one's.
func TestStatementRead(t *testing.T) {
	runCueCases(t, []cueCase{
		{"an organisation's statement", `A Met Police statement read: "Officers attended and found a man with stab wounds."`,
			[]want{{"Officers attended and found a man with stab wounds.", "Met Police", "read"}}},
		{"his post", `Tom Reed posted on Facebook. His post read: "I am so grateful for your support."`,
			[]want{{"I am so grateful for your support.", "Tom Reed", "read"}}},
		// Must not fire.
		{"a note", `The note read: "Back in five minutes."`,
			[]want{{"Back in five minutes.", "", ""}}},
	})
}
