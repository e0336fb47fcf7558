package quote

import "testing"

// Issue 8's ninth round, written on fresh9's quotations left with no
// speaker though the article names one: each case failed before its fix
// unless marked as a must-not-fire case.

// A paraphrase closed by ", according to X." names the source whose words
// the quotation paragraph after it goes on with: "All of this choice has
// had a positive impact, according to Professor Livingstone." / ""Most
// of the evidence is ..."". Failed before: no speaker.
func TestParaphraseClosedByAccordingTo(t *testing.T) {
	runCueCases(t, []cueCase{
		{"person", `Professor Sonia Lee studies television audiences.

All of this choice has had a positive impact on viewers, according to Professor Lee.

"Most of the evidence is that people feel empowered and delighted."`,
			[]want{{"Most of the evidence is that people feel empowered and delighted.", "Sonia Lee", ""}}},
		{"organisation", `Sales of new homes fell again in May, according to the National Home Builders Council.

"Buyers are waiting for rates to come down before they commit."`,
			[]want{{"Buyers are waiting for rates to come down before they commit.", "National Home Builders Council", ""}}},
		// Must not fire: a source no name gives, and a sentence about
		// someone else between.
		{"unnamed source", `Sales of new homes fell again in May, according to a report.

"Buyers are waiting for rates to come down before they commit."`,
			[]want{{"Buyers are waiting for rates to come down before they commit.", "", ""}}},
		{"someone else between", `Sales of new homes fell again in May, according to the National Home Builders Council. Ann Hale, a buyer in Leeds, has waited a year.

"Buyers are waiting for rates to come down before they commit."`,
			[]want{{"Buyers are waiting for rates to come down before they commit.", "", ""}}},
	})
}

// The mark closing a quotation inside a quotation, typed after the outer
// one ("... hear them say, `That is one bright person,"' said Rep. Tony
// Cardenas", AP copy's slip), stands between the quotation and its cue:
// it is no word, and the cue after it attributes. Failed before: no
// speaker.
func TestStrayInnerMarkBeforeCue(t *testing.T) {
	runCueCases(t, []cueCase{
		{"backtick inner quote", "\"No one could face that and hear them say, `That is one bright person,\"' said Rep. Tony Cardenas.",
			[]want{{"No one could face that and hear them say, `That is one bright person,", "Tony Cardenas", "said"}}},
		{"name before verb", "\"They all told me, `Go home and rest,\"' Ann Hale recalled.",
			[]want{{"They all told me, `Go home and rest,", "Ann Hale", "recalled"}}},
		// Must not fire: the inner quotation closed in order.
		{"closed in order", `"They all told me, 'Go home and rest,'" Ann Hale recalled.`,
			[]want{{"They all told me, 'Go home and rest,'", "Ann Hale", "recalled"}}},
	})
}

// After a verb of speech, "the" and an organisation's possessive before a
// person's name ("writes the Washington Post's Chris Mooney") name the
// person. Failed before: no speaker.
func TestPersonAfterOrganisationsPossessive(t *testing.T) {
	runCueCases(t, []cueCase{
		{"writes", `Rejecting the pipeline shows Obama is "willing to pull out all the stops on climate change," writes The Washington Post's Chris Mooney.`,
			[]want{{"willing to pull out all the stops on climate change,", "Chris Mooney", "writes"}}},
		{"said", `"We will have to wait and see what the voters think," said the BBC's Nick Robinson.`,
			[]want{{"We will have to wait and see what the voters think,", "Nick Robinson", "said"}}},
		// Must not fire: a possessive before a description.
		{"possessive then role", `"We will have to wait and see what the voters think," said the Post's editorial board.`,
			[]want{{"We will have to wait and see what the voters think,", "", "said"}}},
	})
}

// "as X likes to say", "as X used to put it": a verb of liking or habit
// before the infinitive of speech; its subject speaks. Failed before: no
// speaker.
func TestLikesToSay(t *testing.T) {
	runCueCases(t, []cueCase{
		{"aside between dashes", `Campaign promises to "rip it to shreds" — as Senator Ted Cruz likes to say — are real threats.`,
			[]want{{"rip it to shreds", "Ted Cruz", "say"}}},
		{"used to put it", `"Never waste a good crisis," as Ann Hale used to put it.`,
			[]want{{"Never waste a good crisis,", "Ann Hale", "put it"}}},
		// Must not fire: a verb of wanting is no report of speech.
		{"wants to say", `"Never waste a good crisis," Ann Hale wants to say.`,
			[]want{{"Never waste a good crisis,", "", ""}}},
	})
}

// A state's abbreviation in brackets after a name ("Sen. Ted Cruz (Tex.)")
// and the plural titles "Reps." and "Sens." end no sentence. Failed
// before: the sentence ended there, leaving the cue with no speaker, or
// the name after "Reps." opened a sentence of its own as its subject.
func TestAbbreviationsEndNoSentence(t *testing.T) {
	runCueCases(t, []cueCase{
		{"state in brackets", `Campaign promises to "rip it to shreds" — as Sen. Ted Cruz (Tex.) likes to say — are real threats.`,
			[]want{{"rip it to shreds", "Ted Cruz", "say"}}},
		{"state after quote", `"We will block this bill in the Senate," said Sen. Ted Cruz (Tex.).`,
			[]want{{"We will block this bill in the Senate,", "Ted Cruz", "said"}}},
		{"plural title in an aside", `The Republicans — along with Democratic Reps. Dan Lipinski (Ill.) and Collin Peterson (Minn.) — argue "the clinics have a long history of violations."`,
			[]want{{"the clinics have a long history of violations.", "", "argue"}}},
		// Must not fire: a sentence in brackets still ends.
		{"sentence in brackets", `The bill passed on Monday. (It had failed twice.) "We finally did it," said Ann Hale.`,
			[]want{{"We finally did it,", "Ann Hale", "said"}}},
	})
}

// An indefinite description opening its sentence in apposition to the
// subject ("An employee with the city, he told reporters", "A father of
// three, Hale now works nights") is the subject itself, not someone else
// unnamed who stands between a later "he" and the person. Failed before:
// "he said" gave no one.
func TestFrontedDescriptionIsTheSubject(t *testing.T) {
	runCueCases(t, []cueCase{
		{"description then he", `Mohamed Saleh was released on Monday. An employee with the municipal government, he told reporters that he learned of it from the news.

He said he previously knew "absolutely nothing, absolutely nothing."`,
			[]want{{"absolutely nothing, absolutely nothing.", "Mohamed Saleh", "said"}}},
		{"description then name", `Tom Hale runs the farm. A father of three, Hale now works nights. "It is hard on all of us," he said.`,
			[]want{{"It is hard on all of us,", "Tom Hale", "said"}}},
		// Must not fire: an unnamed person who is the subject of a verb
		// of their own still stands between.
		{"neighbour speaks", `Tom Hale runs the farm. A neighbour, who asked not to be named, was blunt. "He is never home," he said.`,
			[]want{{"He is never home,", "", "said"}}},
		{"description mid-sentence", `Tom Hale runs the farm, and a neighbour, Ann Lee, helps. Later a neighbour came by. "He is never home," he said.`,
			[]want{{"He is never home,", "", "said"}}},
	})
}

// A list of someone's words, each item a label and a quotation, after a
// paragraph that names whose words they are and ends with a colon
// ("Cassidy's post ... includes all the requisite tactics. These include:"
// / "Pre-emptive self-exoneration: "..."", "Highlights of Obama's speech:"
// / "On the economy: "...""): each item is the possessor's. Failed
// before: no speaker (and, before this round's label rule, the label's
// first word).
func TestListOfSomeonesWords(t *testing.T) {
	runCueCases(t, []cueCase{
		{"post with tactics", `The columnist Ann Reed wrote against the plan yesterday. Reed's post helpfully includes all the usual tactics. These include:

Pre-emptive self-exoneration: "I have nothing against parks."

Fond nostalgia for the old days: "In those days we ran free in the fields."`,
			[]want{{"I have nothing against parks.", "Ann Reed", ""}, {"In those days we ran free in the fields.", "Ann Reed", ""}}},
		{"speech highlights", `President Tom Hale spoke for an hour. Highlights of Hale's speech:

On the economy: "We have created more jobs than anyone thought possible."

On trade: "Our partners will pay their fair share at last."`,
			[]want{{"We have created more jobs than anyone thought possible.", "Tom Hale", ""}, {"Our partners will pay their fair share at last.", "Tom Hale", ""}}},
		// Must not fire: an introduction naming no one's words, a label
		// naming a person, narrative between the introduction and the
		// items.
		{"no owner", `The debate ran for two hours. Some of the lines:

On the economy: "We have created more jobs than anyone thought possible."`,
			[]want{{"We have created more jobs than anyone thought possible.", "", ""}}},
		{"label names a person", `The debate ran for two hours. Highlights of Hale's speech:

Ann Reed: "We have created more jobs than anyone thought possible."`,
			[]want{{"We have created more jobs than anyone thought possible.", "Ann Reed", ""}}},
		{"interview turns", `We spoke to the author on Monday. Excerpts from Ann Lee's interview:

Question: "Why did you write the book at all?"

Answer: "Because nobody else would tell the story."`,
			[]want{{"Why did you write the book at all?", "", ""}, {"Because nobody else would tell the story.", "", ""}}},
		{"a question in a speech", `Highlights of Tom Hale's speech:

On the economy: "Why did we wait so long to act?"

On trade: "Our partners will pay their fair share at last."`,
			[]want{{"Why did we wait so long to act?", "", ""}, {"Our partners will pay their fair share at last.", "Tom Hale", ""}}},
		{"narrative between", `President Tom Hale spoke for an hour. Highlights of Hale's speech:

The crowd cheered at the start. Then came the budget.

On the economy: "We have created more jobs than anyone thought possible."`,
			[]want{{"We have created more jobs than anyone thought possible.", "", ""}}},
	})
}

// An organisation whose name holds "of" ("Department of Health", "Ministry
// of Defence") speaking through an unnamed spokesperson before its name is
// the speaker, as "a Sussex Police spokesman" is; the article registers
// the name whole. Failed before: no speaker.
func TestSpokespersonOfOrganisationWithOf(t *testing.T) {
	runCueCases(t, []cueCase{
		{"department", `A Department of Health spokesperson said: "We are looking into it."`,
			[]want{{"We are looking into it.", "Department of Health", "said"}}},
		{"ministry then he", `A Ministry of Defence spokesman said the jets had landed. "They are all safe," he added.`,
			[]want{{"They are all safe,", "Ministry of Defence", "added"}}},
		// Must not fire: a title with "of" before a person, a person of
		// a university, a noble title.
		{"secretary of state", `"We will not back down," Secretary of State Ann Lee said.`,
			[]want{{"We will not back down,", "Ann Lee", "said"}}},
		{"university researcher", `University of Arkansas researcher Ann Lee said: "The data are clear."`,
			[]want{{"The data are clear.", "Ann Lee", "said"}}},
		{"duke", `"We miss home," the Duke of Sussex said.`,
			[]want{{"We miss home,", "", "said"}}},
	})
}

// An organisation's verb of speech before its words and an unnamed
// spokesperson after them ("Sears says it is "...," according to a
// spokesman"; "The Hartley Group said it was "...," a spokeswoman said"):
// the spokesperson speaks for the organisation, which is the speaker (as
// "a spokeswoman for X said" gives X). Failed before: no speaker.
func TestOrganisationThroughSpokespersonAfter(t *testing.T) {
	runCueCases(t, []cueCase{
		{"according to a spokesman", `Sears, on the other hand, says it is "continuously working to enhance the security of our systems," according to a spokesman.`,
			[]want{{"continuously working to enhance the security of our systems,", "Sears", "says"}}},
		{"a spokeswoman said", `The Hartley Group said it was "working with the police on every detail," a spokeswoman said.`,
			[]want{{"working with the police on every detail,", "Hartley Group", "said"}}},
		// Must not fire: a person's spokesman leaves the speaker unnamed;
		// a spokesman for someone named is that one's.
		{"person's spokesman", `Tom Hale says he is "working with the police on every detail," according to a spokesman.`,
			[]want{{"working with the police on every detail,", "", "according to"}}},
		{"spokesman for another", `Sears says it is "working with the police on every detail," according to a spokesman for Visa.`,
			[]want{{"working with the police on every detail,", "Visa", "according to"}}},
	})
}
