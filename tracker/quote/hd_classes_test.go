package quote

import "testing"

// Classes of what is and is not a quotation, of short partial quotations
// and of the subject carried to a second verb (issue 8), written for these
// tests in the way news is written. Each case failed before its rule,
// unless it is marked as a guard (a case the rule must leave alone).

// AP-style marks: a double mark made of two apostrophes (straight or
// curly), or one opened with two backquotes, set off by a space from the
// single mark closing a quotation inside it, closes the quotation; it does
// not run on into its attribution. Failed before: the quotation "I told
// him `no,'" opened with two backquotes and closed with two apostrophes
// before "said Mia Lopez" ran to the end of the paragraph and was given
// to the person named before.
func TestAPNestedClosingMarks(t *testing.T) {
	runCueCases(t, []cueCase{
		{"backquotes, nested single, doubled apostrophes", "``We lost everything,'' said Joe Park, 44.\n\n``I told him `no,' '' said Mia Lopez, his neighbour.",
			[]want{{"We lost everything,", "Joe Park", "said"}, {"I told him `no,'", "Mia Lopez", "said"}}},
		{"curly doubled marks", "“He told me, ‘Go home.’ ’’ said Joe Park, a driver.",
			[]want{{"He told me, ‘Go home.’", "Joe Park", "said"}}},
		{"straight double mark after a nested single", "\"My father always said 'never give up.' \" Ann Cole recalled. \"So I didn't.\"",
			[]want{{"My father always said 'never give up.'", "Ann Cole", "recalled"}, {"So I didn't.", "Ann Cole", ""}}},
		{"doubled apostrophes opening and closing", "''Then they shouted 'Run!' '' said Tom Lane.",
			[]want{{"Then they shouted 'Run!'", "Tom Lane", "said"}}},
		{"guard: AP marks with no nesting", "``We will rebuild this town,'' Mayor Jane Ortiz said. ``It will take years.''",
			[]want{{"We will rebuild this town,", "Jane Ortiz", "said"}, {"It will take years.", "Jane Ortiz", ""}}},
		{"guard: a plural possessive before a spaced mark", "``The kids' safety comes first,'' Principal Tom Bale said.",
			[]want{{"The kids' safety comes first,", "Tom Bale", "said"}}},
	})
}

// The title of a show, film, song, book or episode in quotation marks is
// no quotation, also when it ends in "!" or "?", after a noun for the work
// ("the podcast", "the musical", "the episode"), a verb of hosting or
// performing ("hosted"), or one of taking part and "in", "on" or "of"
// ("starred in", "a contestant on"), or opening its sentence before
// "premiered". A real quotation in the same sentence keeps its speaker.
// Failed before: "hosted "Who Wants to Be a Millionaire?"" gave the host
// as its speaker; "Sam Kerr, who hosts the podcast "Why Are We Here?",
// said: "..."" gave the title as a quotation and the quotation after it
// no speaker.
func TestWorkTitlesWithMarks(t *testing.T) {
	runCueCases(t, []cueCase{
		{"hosted, title ending in a question mark", `Kara Wynn, who hosted "Who Wants to Be a Millionaire?" in Britain, said she was retiring.`, nil},
		{"appeared on", `Jim Dunn appeared on "Who Wants to Be a Millionaire?" in 2001 and won the top prize.`, nil},
		{"a contestant on, with a cue after", `Bob Hale, a former contestant on "Jeopardy!", told the court he had lost his savings.`, nil},
		{"the episode", `In the episode "Who Killed Mr. Burns?", the show broke ratings records.`, nil},
		{"the podcast before a real quotation", `Sam Kerr, who hosts the podcast "Why Are We Here?", said: "We never thought it would last."`,
			[]want{{"We never thought it would last.", "Sam Kerr", "said"}}},
		{"the musical", `Clara Bell starred in the musical "Annie Get Your Gun!" on Broadway.`, nil},
		{"hosted, title with a comma", `She hosted "Good Morning, America!" for ten years.`, nil},
		{"premiered after the title", `"Who Wants to Be a Millionaire?" premiered on ITV in 1998, host Chris Tarrant recalled.`, nil},
		{"starred in, then a quotation", `Actress Lena Hart starred in "Oklahoma!" on Broadway in 1998. "I loved every night of it," Hart said.`,
			[]want{{"I loved every night of it,", "Lena Hart", "said"}}},
		{"a special that airs, before a real quotation", `Comedian Rob Hale, whose special "Why Not Me?" airs on Friday, said: "I wrote it in a week."`,
			[]want{{"I wrote it in a week.", "Rob Hale", "said"}}},
		{"released", `Singer Ana Ruiz released "Let It Burn!" on Friday.`, nil},
		{"guard: a post is no title", `Ana Ruiz posted "Happy New Year!" on Instagram.`,
			[]want{{"Happy New Year!", "Ana Ruiz", "posted"}}},
		{"guard: show after to is a verb", `Coach Dan Hale urged his players to show "Heart and Soul!" in the second half.`,
			[]want{{"Heart and Soul!", "Dan Hale", "urged"}}},
		{"guard: a one-word shout", `"Help!" Mia Lopez shouted as the water rose.`,
			[]want{{"Help!", "Mia Lopez", "shouted"}}},
		{"guard: words quoted from one's own memoir", `As Ann Hale put it in her memoir, "Nobody ever gave me anything for free."`,
			[]want{{"Nobody ever gave me anything for free.", "Ann Hale", "put it"}}},
		{"guard: a sentence after the noun for a show", `Of the show, host Dan Cole said: "We never expected it to last this long."`,
			[]want{{"We never expected it to last this long.", "Dan Cole", "said"}}},
	})
}

// A term for a policy, theory or slogan, set between a determiner or a
// possessive and a noun for such an idea, is no one's words even where a
// verb of speech has a subject nearby; a sign, placard or banner "that
// said" carries written words. A quotation near them keeps its speaker.
// Failed before: "Beijing insists on the "one China" policy" gave Beijing;
// "placards that said "There is no Planet B" as Minister Joe Vance spoke"
// gave Vance.
func TestSloganTermsAndSigns(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the term before policy", `Beijing insists on the "one China" policy. "That will not change," Foreign Minister Wang Ming said.`,
			[]want{{"That will not change,", "Wang Ming", "said"}}},
		{"guard: so-called, before theory, with a cue", `Senator Ann Ruiz said the so-called "lab leak" theory had been "thoroughly debunked by now."`,
			[]want{{"thoroughly debunked by now.", "Ann Ruiz", "said"}}},
		{"guard: a possessive before doctrine", `Minister Joe Vance defended the government's "zero tolerance" doctrine on Monday.`, nil},
		{"placards that said", `Green activists held placards that said "There is no Planet B" as Minister Joe Vance spoke.`, nil},
		{"a sign reading, then a quotation", `Protesters carried a sign reading "No war" as Ambassador Tim Cole arrived. "We hear them," Cole said.`,
			[]want{{"We hear them,", "Tim Cole", "said"}}},
		{"a slogan before a quotation", `The campaign's new slogan, "Forward Together," was unveiled on Monday, and Governor Dan Marsh said: "This is who we are."`,
			[]want{{"This is who we are.", "Dan Marsh", "said"}}},
		{"guard: words about a policy", `Senator Ann Ruiz said the policy was "a disaster for farmers."`,
			[]want{{"a disaster for farmers.", "Ann Ruiz", "said"}}},
	})
}

// Words chanted or shouted "as NAME spoke" are not the words of the one
// speaking at the time ("as NAME said" still attributes them). Failed
// before: "The crowd chanted "Lock her up!" as Senator Ann Cole spoke."
// gave Cole.
func TestAsSomeoneSpoke(t *testing.T) {
	runCueCases(t, []cueCase{
		{"chanted as someone spoke", `The crowd chanted "Lock her up!" as Senator Ann Cole spoke.`,
			[]want{{"Lock her up!", "", ""}}},
		{"guard: as someone spoke at a rally", `"Lock her up!" the crowd chanted, and again as Senator Ann Cole spoke at the rally.`,
			[]want{{"Lock her up!", "", "*"}}},
		{"guard: as someone said", `"We want jobs, not promises," as Minister Joe Vance said on Monday.`,
			[]want{{"We want jobs, not promises,", "Joe Vance", "said"}}},
	})
}

// A short quoted phrase that heads the object of a verb of criticism or
// praise is the critic's words also with a phrase completing the object
// after it ("the "reckless spending" of the council"), or with a clause
// of condition after it ("warned of "dire consequences" if ..."). A scare
// quote with no such verb stays no quotation; "what he calls "woke""
// is his term. Words quoted after "claims of" or "allegations of" are the
// claim's, not those of the one who rejects it. Failed before: the first
// five gave no quotation, the sixth gave Ruiz.
func TestCriticisedObjectPartials(t *testing.T) {
	runCueCases(t, []cueCase{
		{"blasted the X of", `Senator Ann Ruiz blasted the "reckless spending" of the council.`,
			[]want{{"reckless spending", "Ann Ruiz", "blasted"}}},
		{"slammed the X behind", `Minister Ben Ko slammed the "lazy thinking" behind the plan.`,
			[]want{{"lazy thinking", "Ben Ko", "slammed"}}},
		{"praised the X of, one word", `Ann Ruiz praised the "courage" of the nurses.`,
			[]want{{"courage", "Ann Ruiz", "praised"}}},
		{"warned of X if", `Judge Amy Cole warned of "dire consequences" if the bill passed.`,
			[]want{{"dire consequences", "Amy Cole", "warned"}}},
		{"criticised NAME for its X of", `Senator Ann Ruiz criticised the council for its "shameful neglect" of the park.`,
			[]want{{"shameful neglect", "Ann Ruiz", "criticised"}}},
		{"rejected claims of X: the claim's word", `Senator Ann Ruiz rejected claims of "favouritism" in the contract.`, nil},
		{"guard: called the ruling X", `Judge Amy Cole called the ruling "outrageous" in a statement.`,
			[]want{{"outrageous", "Amy Cole", "called"}}},
		{"guard: dismissed as", `Minister Ben Ko dismissed the report as "nonsense" on Friday.`,
			[]want{{"nonsense", "Ben Ko", "dismissed"}}},
		{"guard: described as", `Ann Ruiz described the deal as "historic" after the vote.`,
			[]want{{"historic", "Ann Ruiz", "described"}}},
		{"guard: attacked for her X", `Senator Ann Ruiz has attacked the governor for her "reckless spending" in recent weeks.`,
			[]want{{"reckless spending", "Ann Ruiz", "attacked"}}},
		{"guard: what he calls X", `Ben Ko rails against what he calls "woke" politics.`,
			[]want{{"woke", "Ben Ko", "calls"}}},
		{"guard: the so-called X", `Ann Ruiz has been dismissive of the so-called "experts" for years.`, nil},
		{"guard: the X of the nurses, no verb of judgement", `Ann Ruiz met the "angels" of the ward on Monday.`, nil},
		{"guard: tired of X", `Voters in the district are tired of "politics as usual."`, nil},
	})
}

// The subject of a first verb is the subject of a second joined to it by
// "and", "but not before" or a participle, and of a verb after a
// parenthetical participle phrase; a description resolves to the person
// the article named in that role. A second clause with a subject of its
// own is that subject's. (Guards: these passed before.)
func TestSubjectCarriedToSecondVerb(t *testing.T) {
	runCueCases(t, []cueCase{
		{"guard: rejected and urged, the mayor named before", "Mayor Jane Ortiz took office in May.\n\nThe mayor rejected the plan and urged the council to show \"patience and good sense.\"",
			[]want{{"patience and good sense.", "Jane Ortiz", "urged"}}},
		{"guard: rejected and urged, the mayor never named", `The mayor rejected the plan and urged the council to show "patience and good sense."`,
			[]want{{"patience and good sense.", "", "urged"}}},
		{"guard: even saying", `Foreign Minister Ana Lind renewed her call for talks, even saying "we are close to a deal."`,
			[]want{{"we are close to a deal.", "Ana Lind", "saying"}}},
		{"guard: a participle phrase between commas", `Senator Tom Ruiz, speaking after the vote, said "the fight is just beginning."`,
			[]want{{"the fight is just beginning.", "Tom Ruiz", "said"}}},
		{"guard: but not before warning", `Tom Ruiz left the stage but not before warning "this is not over."`,
			[]want{{"this is not over.", "Tom Ruiz", "warning"}}},
		{"guard: signed and later told", `Governor Ann Cole signed the bill on Friday and later told reporters that it was "a great day for the state."`,
			[]want{{"a great day for the state.", "Ann Cole", "told reporters"}}},
		{"guard: a second clause with its own subject", `Judge Ben Hart denied the motion, while prosecutors argued that "the case is strong."`,
			[]want{{"the case is strong.", "", "argued"}}},
		{"guard: a relative clause with its own subject", `Tom Ruiz met Ann Cole, who said "the talks went well."`,
			[]want{{"the talks went well.", "Ann Cole", "said"}}},
		{"guard: another's clause after but", `Tom Ruiz criticised the plan, but Ann Cole said it was "the best we have."`,
			[]want{{"the best we have.", "Ann Cole", "said"}}},
	})
}

// Unquoted interview turns ("Q: ... A: ...") hold no quotation; a
// quotation after them keeps its speaker. (Guard.)
func TestUnquotedQAndA(t *testing.T) {
	runCueCases(t, []cueCase{
		{"guard: Q and A in one paragraph each", "Senator Ann Cole spoke to the Herald about the budget.\n\nQ: Will you vote for the bill? A: Not in its current form. We need changes.\n\nQ. Are you running again?\nA. I haven't decided.\n\n\"We will see,\" Cole said afterwards.",
			[]want{{"We will see,", "Ann Cole", "said"}}},
	})
}

// The subject of the sentence does not carry to a verb in a relative
// clause of its object: "NAME praised the police chief, who later said
// "..."" is the chief's, whom the article may have named in that role
// before, or someone unnamed. Failed before: all but the guard gave the
// mayor, with no cue.
func TestRelativeClauseOfDescribedObject(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the object described, unnamed", "Mayor Jane Ortiz took office in May.\n\nOrtiz praised the police chief, who later said \"the streets are calmer.\"",
			[]want{{"the streets are calmer.", "", "said"}}},
		{"the object in a list", "Mayor Jane Ortiz took office in May.\n\nOrtiz praised Tom Reyes and the police chief, who later said \"the streets are calmer.\"",
			[]want{{"the streets are calmer.", "", "said"}}},
		{"an unnamed group", "Mayor Jane Ortiz took office in May.\n\nOrtiz thanked the firefighters, who later said they were \"just doing our job.\"",
			[]want{{"just doing our job.", "", "said"}}},
		{"the object named before in that role", "Mayor Jane Ortiz took office in May. Police Chief Dan Ruiz took over last year.\n\nOrtiz met the chief, who told reporters \"we are hiring again.\"",
			[]want{{"we are hiring again.", "Dan Ruiz", "told reporters"}}},
		{"guard: a named object", "Tom Ruiz met Ann Cole, who said \"the talks went well.\"",
			[]want{{"the talks went well.", "Ann Cole", "said"}}},
	})
}

// A term for a policy or slogan dropped as no one's words is part of the
// narrative from the start, so the clause it stands in goes on past it:
// the quotation after it keeps the subject's cue. Failed before: "Ross
// defended the "just in time" model, saying it "works for everyone.""
// gave "" and "Ruiz called the "Defund the Police" slogan "a gift to our
// opponents."" gave no quotation.
func TestTermBeforeRealQuotation(t *testing.T) {
	runCueCases(t, []cueCase{
		{"a participle after the term", `Chief executive Lena Ross defended the "just in time" model, saying it "works for everyone."`,
			[]want{{"works for everyone.", "Lena Ross", "saying"}}},
		{"called the slogan X", `Senator Ann Ruiz called the "Defund the Police" slogan "a gift to our opponents."`,
			[]want{{"a gift to our opponents.", "Ann Ruiz", "called"}}},
		{"guard: called the novel X", `Senator Ann Ruiz called the novel "a work of rare tenderness."`,
			[]want{{"a work of rare tenderness.", "Ann Ruiz", "called"}}},
	})
}

// A short phrase that a verb of naming or judging takes in a relative
// clause is the words of the relative pronoun's antecedent, not of the
// sentence's subject. Failed before: "Lind met Berg, who then called the
// talks "serious."" gave Lind, and so did the envoy unnamed.
func TestRelativeClauseShortPartial(t *testing.T) {
	runCueCases(t, []cueCase{
		{"who then called", `Foreign Minister Ana Lind met Jon Berg, who then called the talks "serious."`,
			[]want{{"serious.", "Jon Berg", "called"}}},
		{"a described antecedent, unnamed: no one's", `Foreign Minister Ana Lind met the Norwegian envoy, who called the talks "serious."`, nil},
		{"guard: the subject's own verb", `Foreign Minister Ana Lind met Jon Berg and called the talks "serious."`,
			[]want{{"serious.", "Ana Lind", "called"}}},
	})
}

// A quotation with no cue right before another in its paragraph whose cue
// after it names someone unnamed ("the officers shouted") is theirs too:
// no one's, not the speaker of the paragraph before, in AP marks or
// straight ones. Failed before: both gave the fire chief at 0.9.
func TestQuotationBeforeAnUnnamedCue(t *testing.T) {
	runCueCases(t, []cueCase{
		{"AP marks", "Fire chief Tom Bale briefed reporters on Monday.\n\n``Nobody was hurt, thank God,'' Bale said.\n\n``Get out now!'' ``Go!'' the officers shouted.",
			[]want{{"Nobody was hurt, thank God,", "Tom Bale", "said"}, {"Get out now!", "", "shouted"}, {"Go!", "", "shouted"}}},
		{"straight marks", "Fire chief Tom Bale briefed reporters on Monday.\n\n\"Nobody was hurt, thank God,\" Bale said.\n\n\"Get out now!\" \"Go!\" the officers shouted.",
			[]want{{"Nobody was hurt, thank God,", "Tom Bale", "said"}, {"Get out now!", "", "shouted"}, {"Go!", "", "shouted"}}},
		{"guard: a named speaker after", "Fire chief Tom Bale briefed reporters on Monday.\n\n\"Nobody was hurt, thank God,\" Bale said.\n\n\"We were lucky.\" \"Very lucky,\" Bale added.",
			[]want{{"Nobody was hurt, thank God,", "Tom Bale", "said"}, {"We were lucky.", "Tom Bale", ""}, {"Very lucky,", "Tom Bale", "added"}}},
	})
}

// A verb of speech joined by "and" to the verb of a relative clause is
// the relative pronoun's antecedent's, not the sentence subject's: "Lane
// sang to the queen, who laughed and said "..."". (Not a clause closed by
// a comma: "Lane met Hale, who is 40, and said" is Lane's.) Failed
// before: the first two gave Lane.
func TestRelativeClauseSecondVerb(t *testing.T) {
	runCueCases(t, []cueCase{
		{"described antecedent", `Singer Tom Lane sang "Happy Birthday" to the queen, who laughed and said "thank you, young man."`,
			[]want{{"thank you, young man.", "", "said"}}},
		{"named antecedent", `Singer Tom Lane sang to Ann Hale, who laughed and said "thank you, young man."`,
			[]want{{"thank you, young man.", "Ann Hale", "said"}}},
		{"guard: a relative clause closed by a comma", `Tom Lane met Ann Hale, who is 40, and said "she looks great."`,
			[]want{{"she looks great.", "Tom Lane", "said"}}},
		{"guard: the subject's own relative clause", `Tom Lane, who laughed and said "never again," left early.`,
			[]want{{"never again,", "Tom Lane", "said"}}},
	})
}

// A title or name in marks that closes an apposition after the speaker's
// name, the comma inside its marks, closes the apposition as a comma
// after the marks would: the name before it speaks. Failed before: "Ruiz,
// a supporter of the "Green New Deal," said the plan "..."" gave "".
func TestTitleClosingApposition(t *testing.T) {
	runCueCases(t, []cueCase{
		{"a supporter of the title", "Senator Ann Ruiz spoke on Monday.\n\nRuiz, a supporter of the \"Green New Deal,\" said the plan \"does not go far enough.\"",
			[]want{{"does not go far enough.", "Ann Ruiz", "said"}}},
		{"guard: no marks", "Senator Ann Ruiz spoke on Monday.\n\nRuiz, a supporter of the Green New Deal, said the plan \"does not go far enough.\"",
			[]want{{"does not go far enough.", "Ann Ruiz", "said"}}},
		{"guard: the title with a comma after the marks", "Senator Ann Ruiz spoke on Monday.\n\nRuiz, a supporter of the \"Green New Deal\", said the plan \"does not go far enough.\"",
			[]want{{"does not go far enough.", "Ann Ruiz", "said"}}},
	})
}

// Someone unnamed in a clause about the sentence's object speaks, not the
// subject: "one of whom told her", "a crying woman who said" (a
// restrictive relative clause, no comma). Failed before: both gave the
// governor, with no cue.
func TestUnnamedRelativeSpeaker(t *testing.T) {
	runCueCases(t, []cueCase{
		{"one of whom", "Governor Ann Cole toured the flood zone on Tuesday.\n\nCole met families in Dover, one of whom told her \"we have lost everything.\"",
			[]want{{"we have lost everything.", "", "told"}}},
		{"a person described, who without a comma", "Governor Ann Cole toured the flood zone on Tuesday.\n\nCole hugged a crying woman who said \"my house is gone.\"",
			[]want{{"my house is gone.", "", "said"}}},
		{"guard: the subject's own verb", "Governor Ann Cole toured the flood zone on Tuesday.\n\nCole hugged a crying woman and said \"we will help you.\"",
			[]want{{"we will help you.", "Ann Cole", "said"}}},
	})
}
