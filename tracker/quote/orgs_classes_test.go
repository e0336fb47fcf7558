package quote

import "testing"

// Issue 8's twelfth round, written on tune6's organisations that speak:
// each case failed before its fix unless marked as a must-not-fire case.
// The sentences are written for these tests.

// "The union said" refers back to a trade union whose name does not say
// "union": a guild ("the Writers Guild of America", "the Screen Actors
// Guild-American Federation of ...", whose hyphened word holds "Guild").
// Failed before: no speaker.
func TestUnionRefersBackToGuild(t *testing.T) {
	runCueCases(t, []cueCase{
		{"guild of", `The Directors Guild of Canada welcomed the deal. "Our members can finally go back to work," the union said in a statement.`,
			[]want{{"Our members can finally go back to work,", "Directors Guild of Canada", "said"}}},
		{"guild paragraph before", `The deal must still be approved by the board of the Stage Crews Guild-American Federation of Lighting Technicians next week.

"We fought for every line of this contract," the union said.`,
			[]want{{"We fought for every line of this contract,", "Stage Crews Guild-American Federation of Lighting Technicians", "said"}}},
		// Must not fire: no union named, only a firm.
		{"only a firm", `Harlow Motors cut 300 jobs on Monday. "This is a betrayal of loyal staff," the union said.`,
			[]want{{"This is a betrayal of loyal staff,", "", "said"}}},
	})
}

// "The organization, which ..., said" refers back to the organisation
// named in the sentence before, whatever its name: the most general noun
// for one. Failed before: no speaker.
func TestOrganizationRefersBack(t *testing.T) {
	runCueCases(t, []cueCase{
		{"relative clause", `"We are pleased with the agreement," the Alliance of Regional Bus Operators said on Tuesday. The organization, which bargains for 40 companies, said it "looks forward to a calm winter."`,
			[]want{
				{"We are pleased with the agreement,", "Alliance of Regional Bus Operators", "said"},
				{"looks forward to a calm winter.", "Alliance of Regional Bus Operators", "said"},
			}},
		{"organisation", `The Harbour Trust bought the pier in May. "It will reopen next summer," the organisation said.`,
			[]want{{"It will reopen next summer,", "Harbour Trust", "said"}}},
		// Must not fire: two organisations in that sentence, and one
		// named long before.
		{"two named", `The Harbour Trust and Marlow Holdings bought the pier in May. "It will reopen next summer," the organisation said.`,
			[]want{{"It will reopen next summer,", "", "said"}}},
		{"named long before", `The Harbour Trust bought the pier in May. Work began in June. The roof was the hardest part. Painters came in August.

"It will reopen next summer," the organisation said.`,
			[]want{{"It will reopen next summer,", "", "said"}}},
	})
}

// A quoted title naming the work a role noun is of ("SAG-AFTRA President
// and "The Nanny" star Fran Drescher told", "said "The Nanny" star Fran
// Drescher") stands among the words before the speaker's name like any
// other modifier. Failed before: no speaker.
func TestQuotedTitleBeforeSpeakersRole(t *testing.T) {
	runCueCases(t, []cueCase{
		{"president and star", `"It is a fight about the culture of big business," union President and "Night Shift" star Dana Cole told reporters in August.`,
			[]want{{"It is a fight about the culture of big business,", "Dana Cole", "told reporters"}}},
		{"host", `"We were never going to cross a picket line," "Morning Table" host Ray Ellis said.`,
			[]want{{"We were never going to cross a picket line,", "Ray Ellis", "said"}}},
		{"after the verb", `"We were never going to cross a picket line," said "Morning Table" host Ray Ellis, who joined the strike in July.`,
			[]want{{"We were never going to cross a picket line,", "Ray Ellis", "said"}}},
		// Must not fire: a quotation, not a title, before the name, and
		// a title joined to a name by "and".
		{"title and name", `"We were never going to cross a picket line," said "Morning Table" and Ray Ellis.`,
			[]want{{"We were never going to cross a picket line,", "", ""}}},
		{"quotation between", `"We were never going to cross a picket line," the union said. "It is over," host Ray Ellis said.`,
			[]want{
				{"We were never going to cross a picket line,", "", "said"},
				{"It is over,", "Ray Ellis", "said"},
			}},
	})
}

// A family's or other people's statement "issued via GMP" or "through
// Kent Police": the organisation words went through is the object of
// "via" or "through", not who speaks, so "They said:" after it is not the
// organisation's (the gold convention: a family's statement is empty).
// And an organisation that is the object of a verb whose subject is
// people in the plural ("His family thanked Greenvale Council") is not
// what "they" means either. Failed before: the organisation.
func TestTheyNotTheOrganisationPeopleSpokeThrough(t *testing.T) {
	const q = "This has been the hardest year of our lives, and we thank everyone."
	runCueCases(t, []cueCase{
		{"via acronym", `After the inquest, Dylan's family issued a tribute via WMP.

They said: "` + q + `"`,
			[]want{{q, "", "said"}}},
		{"through", `His parents released a statement through the NSPD.

They said: "` + q + `"`,
			[]want{{q, "", "said"}}},
		{"object of verb", `His family thanked Greenvale Council after the hearing.

They said: "` + q + `"`,
			[]want{{q, "", "said"}}},
		// Must not fire: the organisation is the subject, whatever it
		// sent its words through.
		{"subject via website", `Greenvale Council issued a statement via its website.

They said: "We will reopen the libraries as soon as we can."`,
			[]want{{"We will reopen the libraries as soon as we can.", "Greenvale Council", "said"}}},
		{"subject", `Greenvale Council closed its libraries on Monday.

They said: "We will reopen the libraries as soon as we can."`,
			[]want{{"We will reopen the libraries as soon as we can.", "Greenvale Council", "said"}}},
	})
}

// A name ending in "Directorate", "Inspectorate" or "Constabulary" is an
// organisation's, so that "Inspector Ann Hale of the Surrey and Sussex
// Fraud Directorate said" reads the person, with her organisation after
// "of", not two subjects joined by "and". Failed before: no speaker, or
// the directorate's name read as a person's and given.
func TestDirectorateIsAnOrganisation(t *testing.T) {
	const q = "Those who sell these drugs care nothing for the harm they do to our towns."
	runCueCases(t, []cueCase{
		{"directorate", `Inspector Ann Hale of the Surrey and Sussex Fraud Directorate said "` + q + `"`,
			[]want{{q, "Ann Hale", "said"}}},
		{"inspectorate", `Chief Inspector Tom Reed of the Wessex and Avon Prison Inspectorate said: "` + q + `"`,
			[]want{{q, "Tom Reed", "said"}}},
		// A person and an organisation that both speak: no one speaker
		// (before, the directorate, read as a person's name).
		{"joint", `Ann Hale and the Wessex Fraud Directorate said "` + q + `"`,
			[]want{{q, "", "said"}}},
	})
}

// An apposition left unclosed before the verb ("Ann Hale, president of
// the Royal College of Midwives (RCM) said"): the name read back from the
// verb is the object of the apposition's preposition; the speaker is the
// person the comma follows. Failed before: the organisation, or the last
// word of its name.
func TestUnclosedApposition(t *testing.T) {
	const q = "worrying and unacceptable."
	runCueCases(t, []cueCase{
		{"of with acronym", `In a statement, Ann Hale, president of the Royal College of Midwives (RCM) said the rise in stillbirths is "` + q + `"`,
			[]want{{q, "Ann Hale", "said"}}},
		{"spokeswoman for", `Ann Hale, a spokeswoman for Acme Motors said the recall is "a precaution and nothing more."`,
			[]want{{"a precaution and nothing more.", "Ann Hale", "said"}}},
		// Must not fire: the apposition closed, and an organisation, no
		// person, before the comma (left empty, as before).
		{"closed", `Ann Hale, a spokeswoman for Acme Motors, said the recall is "a precaution and nothing more."`,
			[]want{{"a precaution and nothing more.", "Ann Hale", "said"}}},
		{"organisation before comma", `Acme Motors, a client of Brandwell Partners said the recall is "a precaution and nothing more."`,
			[]want{{"a precaution and nothing more.", "", "said"}}},
	})
}

// A tabloid's lead-in sets the opening words of a paragraph in capitals
// ("A BUNGLING SNP cabinet minister racked up ..."): the capitals hide
// which word is a name, so none of them is read as one, and a later "An
// SNP spokesman" is the party's, not short for "BUNGLING SNP". Failed
// before: no speaker.
func TestTabloidCapitalsLeadIn(t *testing.T) {
	const q = "This was a proper expense for work done while abroad."
	runCueCases(t, []cueCase{
		{"party", `A HAPLESS SNP councillor ran up a huge phone bill on holiday, it has emerged.

An SNP spokesman said: "` + q + `"`,
			[]want{{q, "SNP", "said"}}},
		{"health service", `A FURIOUS NHS manager has quit over the cuts.

An NHS spokeswoman said: "` + q + `"`,
			[]want{{q, "NHS", "said"}}},
		// Must not fire: one acronym opening a paragraph, and capitals
		// before a capitalised name.
		{"one acronym", `A UN spokesman said: "` + q + `"`,
			[]want{{q, "UN", "said"}}},
		{"before a name", `UK PM Rishi Sunak said: "` + q + `"`,
			[]want{{q, "Rishi Sunak", "said"}}},
	})
}

// A trade union named for its workers ("the United Bus Workers", "the
// Telecom Workers of Canada") is one organisation's name, "of" and all,
// and "the union" refers back to it. Failed before: the name cut ("Bus
// Workers", "Canada"), or no speaker.
func TestWorkersUnionName(t *testing.T) {
	const q = "We will walk out again if we have to,"
	runCueCases(t, []cueCase{
		{"united", `"` + q + `" the United Bus Workers said in a statement.`,
			[]want{{q, "United Bus Workers", "said"}}},
		{"of", `"` + q + `" the Telecom Workers of Canada said in a statement.`,
			[]want{{q, "Telecom Workers of Canada", "said"}}},
		{"the union", `The Telecom Workers of Canada represents the call centre staff. "` + q + `" the union said.`,
			[]want{{q, "Telecom Workers of Canada", "said"}}},
		// Must not fire: "Workers" opening a sentence is a common noun.
		{"common noun", `Workers at the depot walked out on Friday. "` + q + `" the union said.`,
			[]want{{q, "", "said"}}},
	})
}

// "Academy", "Confederation", "Institution" and "Chamber" head an
// organisation's name that goes on after "of" ("the Northern Academy of
// Nursing said"): the speaker is the whole name, not the words after "of".
// Failed before: "Nursing", "Welsh Farmers", "Bridge Engineers",
// "Commerce".
func TestInstitutionHeadsBeforeOf(t *testing.T) {
	const q = "Every patient deserves a safe ward,"
	runCueCases(t, []cueCase{
		{"academy", `"` + q + `" the Northern Academy of Nursing said in a statement.`,
			[]want{{q, "Northern Academy of Nursing", "said"}}},
		{"confederation", `"` + q + `" the Confederation of Welsh Farmers said.`,
			[]want{{q, "Confederation of Welsh Farmers", "said"}}},
		{"institution", `"` + q + `" the Institution of Bridge Engineers said.`,
			[]want{{q, "Institution of Bridge Engineers", "said"}}},
		{"chamber", `"` + q + `" the Harbour Chamber of Commerce said.`,
			[]want{{q, "Harbour Chamber of Commerce", "said"}}},
		// Must not fire: the word qualifying a person's role.
		{"award winner", `Academy Award winner Ann Hale said: "` + q + `"`,
			[]want{{q, "Ann Hale", "said"}}},
	})
}

// A firm named with its "'s" ("McDonald's", "Sainsbury's") before a verb
// of speech, where no possessor can stand, keeps it; and so does a
// hospital or college named for a person or saint ("Addenbrooke's
// Hospital"). Failed before: "McDonald", "" (spokesperson), "Hospital".
func TestPossessiveFirmNames(t *testing.T) {
	const q = "Revenue rose in every region,"
	runCueCases(t, []cueCase{
		{"firm said", `"` + q + `" Hartigan's said on Tuesday.`,
			[]want{{q, "Hartigan's", "said"}}},
		{"firm said, given-name-shaped", `"` + q + `" McDonald's said on Tuesday.`,
			[]want{{q, "McDonald's", "said"}}},
		{"spokesperson for", `"` + q + `" a spokesperson for Pellingham's said.`,
			[]want{{q, "Pellingham's", "said"}}},
		{"hospital", `"The patient remains in a serious condition," Addenbrooke's Hospital said.`,
			[]want{{"The patient remains in a serious condition,", "Addenbrooke's Hospital", "said"}}},
		{"saint's church", `"The doors will stay open all night," St Anne's Church said in a statement.`,
			[]want{{"The doors will stay open all night,", "St Anne's Church", "said"}}},
		// Must not fire: a person's thing ("Trump's Justice Department"),
		// a possessive before a noun, a given name's possessive.
		{"person's department", `Donald Trump named a new attorney general. "` + q + `" Trump's Justice Department said.`,
			[]want{{q, "Justice Department", "said"}}},
		{"possessive before noun", `"` + q + `" Hartigan's spokesman said.`,
			[]want{{q, "", "said"}}},
		{"given name", `Sarah Lund spoke first. "` + q + `" Sarah's brother said.`,
			[]want{{q, "", "said"}}},
	})
}

// A title word before an organisation's word opens the organisation's name
// ("the Premier League", "Major League Baseball"), not a person's title
// before a name. Failed before: "League" at confidence 1.
func TestTitleWordOpensOrgName(t *testing.T) {
	const q = "The decision is final,"
	runCueCases(t, []cueCase{
		{"premier league", `"` + q + `" the Premier League said.`,
			[]want{{q, "Premier League", "said"}}},
		{"major league", `"` + q + `" Major League Baseball said in a statement.`,
			[]want{{q, "Major League Baseball", "said"}}},
		// Must not fire: a title before a person's name.
		{"title and name", `"` + q + `" Premier Doug Ford said.`,
			[]want{{q, "Doug Ford", "said"}}},
		{"president", `"` + q + `" President Biden said.`,
			[]want{{q, "Biden", "said"}}},
	})
}

// A police force named for two counties ("Avon and Somerset Police") is
// one name, after a quotation too. Failed before: "" with no cue read, or
// "Cornwall Police".
func TestTwoCountyForce(t *testing.T) {
	const q = "Our thoughts are with the family,"
	runCueCases(t, []cueCase{
		{"after quote", `"` + q + `" Avon and Somerset Police said.`,
			[]want{{q, "Avon and Somerset Police", "said"}}},
		{"given-name county", `"` + q + `" Devon and Cornwall Police said.`,
			[]want{{q, "Devon and Cornwall Police", "said"}}},
		{"spokesperson for", `"` + q + `" a spokesperson for Devon and Cornwall Police said.`,
			[]want{{q, "Devon and Cornwall Police", "said"}}},
		// Must not fire: a person and a force.
		{"person and force", `"` + q + `" Ann Hale and Kent Police said in a joint statement.`,
			[]want{{q, "", "said"}}},
	})
}

// "a force/police/brigade/club spokesman" and "a company spokesperson"
// refer back to the one force, brigade, club or firm named just before, as
// "the force" or "the club" would. Failed before: "".
func TestSpokesNounRefersBack(t *testing.T) {
	runCueCases(t, []cueCase{
		{"force", `Kent Police said a man had been arrested. "Officers detained a man," a force spokesman said.`,
			[]want{{"Officers detained a man,", "Kent Police", "said"}}},
		{"police", `Kent Police said a man had been arrested. A police spokesman said: "He remains in custody."`,
			[]want{{"He remains in custody.", "Kent Police", "said"}}},
		{"brigade", `London Fire Brigade said crews were called at 3am. "Ten fire engines attended," a brigade spokesman said.`,
			[]want{{"Ten fire engines attended,", "London Fire Brigade", "said"}}},
		{"club", `Manchester United said the player was injured. "He will be out for a month," a club spokesman said.`,
			[]want{{"He will be out for a month,", "Manchester United", "said"}}},
		// Must not fire: two forces, no force (a university), two firms, no
		// club named.
		{"two forces", `Kent Police and Essex Police said two men had been arrested. "Both remain in custody," a police spokesman said.`,
			[]want{{"Both remain in custody,", "", "said"}}},
		{"no force", `Stanford University said the building was closed. "The suspect fled on foot," a police spokesman said.`,
			[]want{{"The suspect fled on foot,", "", "said"}}},
		{"two firms", `Apple and Google said they would cooperate. "We welcome the ruling," a company spokesperson said.`,
			[]want{{"We welcome the ruling,", "", "said"}}},
		{"no club", `Arsenal beat Chelsea 2-1. "The fans were superb," a club spokesman said.`,
			[]want{{"The fans were superb,", "", "said"}}},
	})
}

// "the governing body said", "the body said" refer back to the one
// organisation named in that sentence or the one before, as "the
// organisation said" does. Failed before: "".
func TestBodyRefersBack(t *testing.T) {
	runCueCases(t, []cueCase{
		{"governing body", `FIFA said the match would go ahead. "Safety is our priority," the governing body said.`,
			[]want{{"Safety is our priority,", "FIFA", "said"}}},
		{"named in full", `The Football Association said it would investigate. "We condemn all forms of discrimination," the governing body said in a statement.`,
			[]want{{"We condemn all forms of discrimination,", "Football Association", "said"}}},
		// Must not fire: two bodies named; none named.
		{"two bodies", `FIFA and UEFA said they would meet. "We will talk," the governing body said.`,
			[]want{{"We will talk,", "", "said"}}},
		{"none named", `Heavy rain fell on Monday. "We are ready," the body said.`,
			[]want{{"We are ready,", "", "said"}}},
	})
}
