package quote

import "testing"

// Classes of speaker errors on the mention side (issue 8): pronouns and
// mention chains, roles and titles, speakers named in another clause or
// sentence. The sentences are written for these tests in the shape of
// real news; each case failed before the rule it guards.
func TestChainClasses(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		wants []want
	}{
		// A description shared by two people named together does not say
		// which of them speaks.
		{"a role given to two people together",
			`Senator Amy Kerr and Senator Ted Cole clashed over the farm bill on Tuesday. "This bill is a disaster for growers," the senator said.`,
			[]want{{"This bill is a disaster for growers,", "", "said"}}},
		{"a role given to one of them later",
			`Senator Amy Kerr met Senator Ted Cole on Tuesday. Cole said the talks went well. "We made real progress today," the senator said.`,
			[]want{{"We made real progress today,", "Ted Cole", "said"}}},
		{"the role of two people named apart",
			`Coach Dan Ortiz praised the defence. Rival coach Ben Hale, whose team lost, was less happy. "We were outplayed in every area," the coach said.`,
			[]want{{"We were outplayed in every area,", "Ben Hale", "said"}}},

		// A place in a phrase opening the sentence is no apposition: the
		// description after it is someone the text does not name, and the
		// later he/she is that someone.
		{"an opening place before a description",
			`In Kabul, a shopkeeper said prices had doubled since the summer. "We cannot feed our children," he said.`,
			[]want{{"We cannot feed our children,", "", "said"}}},
		{"an opening place before an org's spokesperson",
			`In Washington, a Pentagon spokesperson declined to discuss the plans but said the department kept "all options under review" in the region.`,
			[]want{{"all options under review", "Pentagon", "said"}}},
		// Must not fire: after a preposition inside the sentence a name
		// has its apposition.
		{"an apposition after according to",
			`Fetal deaths have risen threefold, according to Dr. Abed Hasira, a doctor in the department. "We have never seen anything like it," the doctor said.`,
			[]want{{"We have never seen anything like it,", "Abed Hasira", "said"}}},

		// A possessed description ("his spokesman", "the couple's lawyer")
		// is someone related to another person, not a new description of
		// the person just named.
		{"his spokesman is not him",
			`Governor Mark Dunne left the rally early. "He is exhausted after a long week," his spokesman said.`,
			[]want{{"He is exhausted after a long week,", "", "said"}}},
		{"the couple's lawyer is not one of the couple",
			`Jim and Mary Beam sued the city after the flood. "This was negligence, plain and simple," the couple's lawyer said.`,
			[]want{{"This was negligence, plain and simple,", "", "said"}}},
		{"the company's founder is not the employee named",
			`Rita Moss joined Vela Labs as an engineer in 2019. "We are hiring again after a hard year," the company's founder said.`,
			[]want{{"We are hiring again after a hard year,", "", "said"}}},
		{"an unpossessed role still describes the person named",
			`Tom Reeve stars in the film as a ship captain. "It was the hardest role I have ever played," the actor said.`,
			[]want{{"It was the hardest role I have ever played,", "Tom Reeve", "said"}}},
		{"a family role with a count",
			`Rosa Diaz, whose son was killed in the crash, has campaigned for safer roads. "No parent should go through this," the mother of three said.`,
			[]want{{"No parent should go through this,", "Rosa Diaz", "said"}}},
		{"a party member is a description, not a name",
			`Senator Chris Marsh of Connecticut spoke on the floor for an hour. "Enough is enough," the Democrat said.`,
			[]want{{"Enough is enough,", "Chris Marsh", "said"}}},
		{"a party member after two people",
			`Senator Chris Marsh and Senator Ted Crane spoke on the floor. "Enough is enough," the Republican said.`,
			[]want{{"Enough is enough,", "", "said"}}},
		{"a party's members are a group",
			`Senator Chris Marsh spoke on the floor. "We will not support this bill," Republicans said in a statement.`,
			[]want{{"We will not support this bill,", "", "said"}}},
		{"a role for a person named with a given name of the longer list",
			`Taylor Swann released a new album on Friday. "This one is for my fans," the star said.`,
			[]want{{"This one is for my fans,", "Taylor Swann", "said"}}},

		// A possessive and role words before the name after the verb: the
		// person named, not the country or company.
		{"said the company's chief executive NAME",
			`"Privacy is a fundamental human right," said Orchard's chief executive Tim Cole.`,
			[]want{{"Privacy is a fundamental human right,", "Tim Cole", "said"}}},
		{"said a country's ambassador to a country NAME",
			`"We will not accept any interference in our affairs," said China's ambassador to Britain Liu Xiaoming.`,
			[]want{{"We will not accept any interference in our affairs,", "Liu Xiaoming", "said"}}},
		{"an envoy to the United Nations before the verb",
			`"The resolution is only a first step," Russia's envoy to the United Nations Vassily Nebenzia told reporters.`,
			[]want{{"The resolution is only a first step,", "Vassily Nebenzia", "told reporters"}}},
		{"an ambassador to the UN with the name in apposition",
			`"The council must act before winter comes," said Britain's ambassador to the UN, Barbara Woodward.`,
			[]want{{"The council must act before winter comes,", "Barbara Woodward", "said"}}},
		{"a spokesperson for an office with the in its name",
			`A spokesperson for the British Foreign Office said the settlements were "illegal under international law and an obstacle to peace."`,
			[]want{{"illegal under international law and an obstacle to peace.", "British Foreign Office", "said"}}},

		// A long role after an institution's name, before the person's.
		{"an institution, two roles and the name",
			`"The lakes are deeper than anyone thought," University of Arizona planetary scientist and lead author Jani Radebaugh said.`,
			[]want{{"The lakes are deeper than anyone thought,", "Jani Radebaugh", "said"}}},

		// Words quoted again keep the speaker the article first gave them.
		{"a post quoted again in full",
			"On Monday, Senator Ron Blake wrote on X: \"The border is wide open and nobody in Washington cares.\"\n\nCritics pounced on the claim within hours.\n\n\"The border is wide open and nobody in Washington cares,\" the post read, drawing thousands of replies.",
			[]want{{"The border is wide open and nobody in Washington cares.", "Ron Blake", "wrote on X"},
				{"The border is wide open and nobody in Washington cares,", "Ron Blake", "read"}}},
		{"a pledge quoted again in part",
			"Mayor Lena Ortiz told the council: \"We will not raise property taxes this year, not by a single cent.\"\n\nBy June the promise was under strain. Her pledge, \"we will not raise property taxes this year,\" was printed on flyers across the city.",
			[]want{{"We will not raise property taxes this year, not by a single cent.", "Lena Ortiz", "told the council"},
				{"we will not raise property taxes this year,", "Lena Ortiz", ""}}},
		{"other words are not a re-quote",
			"Mayor Lena Ortiz told the council: \"We will not raise property taxes this year, not by a single cent.\"\n\nBy June the promise was under strain. Flyers read \"no new taxes, no new debt, no new excuses\" across the city.",
			[]want{{"We will not raise property taxes this year, not by a single cent.", "Lena Ortiz", "told the council"},
				{"no new taxes, no new debt, no new excuses", "", "*"}}},

		// The speaker named by the cue closing the paragraph before, after
		// a description that opens it.
		{"a cue closing the paragraph before",
			"The general told senators the army was not ready for a long war and needed more time to train, Dempsey said.\n\n\"We have not trained for this kind of fight.\"",
			[]want{{"We have not trained for this kind of fight.", "Dempsey", ""}}},

		// A pronoun after a sentence whose subject reports what another
		// person said: the person whose words were reported, when only
		// that one is known to fit the pronoun.
		{"he after a reported speaker in a that-clause",
			"Robin Quill interviewed the prince for two hours. On Monday, Quill told CBS that Prince Harry had said the relative was not the Queen.\n\n\"But it was right at the beginning of our relationship,\" he added.",
			[]want{{"But it was right at the beginning of our relationship,", "Harry", "added"}}},
		{"he after a subject of unknown gender and an object",
			"Robin Quill, who represents Dale Thomas, said his client would not accept a plea deal. \"It would ruin his life,\" he said.",
			[]want{{"It would ruin his life,", "Robin Quill", "said"}}},

		// A capitalised title the word lists do not know, before a given
		// name: the name starts there.
		{"a job title in capitals before the name",
			`"We are grateful to every volunteer who came out," says Program Coordinator Bonnie Young.`,
			[]want{{"We are grateful to every volunteer who came out,", "Bonnie Young", "says"}}},
		{"a national title before the name",
			`Tanaiste Leo Varadkar said: "We asked for comfort that four weeks would be enough."`,
			[]want{{"We asked for comfort that four weeks would be enough.", "Leo Varadkar", "said"}}},
		{"a given name the lists do not know before one they know",
			`After the match, Anselmo Dario Quintero, the visitors' coach, said, "We have learned a lot from today's game."`,
			[]want{{"We have learned a lot from today's game.", "Anselmo Dario Quintero", "said"}}},
		{"two given names open a full name",
			`"It was a long night for all of us," said Mary Kate Olsen.`,
			[]want{{"It was a long night for all of us,", "Mary Kate Olsen", "said"}}},

		// A given name alone opening a sentence is a person when the text
		// marks it as one.
		{"a given name with a relative clause",
			`Sarah, who asked that her surname not be used, moved to the city in 2019. "I had never seen snow before that winter," she said.`,
			[]want{{"I had never seen snow before that winter,", "Sarah", "said"}}},
		{"a one-word name with a relative clause",
			"Tomek — who only goes by his first name online — retired at 51. He saved for years, he wrote in a blog post.\n\n\"So much of a good retirement is in the mind,\" he wrote.",
			[]want{{"So much of a good retirement is in the mind,", "Tomek", "wrote"}}},
		{"a group with a relative clause is not a name",
			`Critics, who asked not to be named for fear of reprisals, met on Friday. "We were never consulted about any of this," one said.`,
			[]want{{"We were never consulted about any of this,", "", "*"}}},
		{"a given name with not his real name",
			`Dan (not his real name), a 19-year-old student, came home after a week. "I was lonely from the first night," he said.`,
			[]want{{"I was lonely from the first night,", "Dan", "said"}}},

		// A first-person quotation with no cue, after a sentence about one
		// person: that person's words.
		{"a first-person quotation after a sentence about a person",
			`Lena Park, a nurse in Leeds, works nights on a covid ward. She has not seen her children in a week. "I miss them every single day and I cannot hug them."`,
			[]want{{"I miss them every single day and I cannot hug them.", "Lena Park", ""}}},
		{"a quotation not in the first person stays unattributed",
			`Lena Park, a nurse in Leeds, works nights on a covid ward. She has not seen her children in a week. "The ward is full every single night of the week."`,
			[]want{{"The ward is full every single night of the week.", "", ""}}},
		{"after a sentence about an organisation",
			`Lena Park works nights on a covid ward. The Leeds Teaching Hospitals Trust has cancelled all leave. "We are asking everyone to pull together this winter."`,
			[]want{{"We are asking everyone to pull together this winter.", "", ""}}},

		{"a given name before a word that is also a place",
			`Lena Park chairs the hospital board. "We will not close the ward this winter," she said.`,
			[]want{{"We will not close the ward this winter,", "Lena Park", "said"}}},

		// A quotation paragraph after a paragraph of narrative that brings
		// in no one continues the speaker before.
		{"across a paragraph of narrative",
			"Premier Liam Varga explained: \"They were proposing a short, sharp lockdown for four weeks.\"\n\nIn short, it would see all but essential workplaces closed.\n\n\"We asked for comfort that four weeks would be enough.\"",
			[]want{{"They were proposing a short, sharp lockdown for four weeks.", "Liam Varga", "explained"},
				{"We asked for comfort that four weeks would be enough.", "Liam Varga", ""}}},
		{"not across a paragraph that brings in someone",
			"Premier Liam Varga explained: \"They were proposing a short, sharp lockdown for four weeks.\"\n\nThe health board, led by Dr Ann Moss, wanted it sooner.\n\n\"We asked for comfort that four weeks would be enough.\"",
			[]want{{"They were proposing a short, sharp lockdown for four weeks.", "Liam Varga", "explained"},
				{"We asked for comfort that four weeks would be enough.", "", ""}}},

		// An inverted cue after a short phrase completing the sentence.
		{"said NAME after a short phrase",
			`There is "less drive to pick a winner since it is so unclear who will win" in Iowa, said Pat Rynard, managing editor of a state news site, explaining why officials feel free to back anyone.`,
			[]want{{"less drive to pick a winner since it is so unclear who will win", "Pat Rynard", "said"}}},

		// Later mentions by one word of a longer name.
		{"a middle name used alone",
			"\"He cannot tolerate anything physical,\" said Camille Etienne Gbedey, their mother.\n\nHis brother started a fundraiser. \"Maybe there is a doctor out there who can help,\" Etienne said.",
			[]want{{"He cannot tolerate anything physical,", "Camille Etienne Gbedey", "said"}, {"Maybe there is a doctor out there who can help,", "Camille Etienne Gbedey", "said"}}},
		// A person the article calls by a given name alone, taken up by
		// "he" or "she".
		{"a given name the lists know, then he",
			`Hugo started the blog in 2012 to track his savings. "Every penny counted back then," he wrote.`,
			[]want{{"Every penny counted back then,", "Hugo", "wrote"}}},
		{"a given name the lists do not know, with her",
			`Priya has lived in the village all her life. "It has changed so much since I was a girl," she said.`,
			[]want{{"It has changed so much since I was a girl,", "Priya", "said"}}},
		{"a given name the lists do not know, then a sentence opening with she",
			`In 2015, Priya moved to Leeds. She now teaches at a primary school. "The children keep me young," she said.`,
			[]want{{"The children keep me young,", "Priya", "said"}}},
		{"a country is not a given name",
			`Britain has done its part. "We are proud of what we achieved," he said.`,
			[]want{{"We are proud of what we achieved,", "", "said"}}},
		{"a country that is also a given name, taken up by its",
			`Jordan has closed its border for a week. "We cannot take in any more people," he said.`,
			[]want{{"We cannot take in any more people,", "", "said"}}},
		{"a one-word name before a number is not a subject",
			`Tom Borm flew the first mission. Apollo 8 followed a year later. He said: "We were proud of every day up there."`,
			[]want{{"We were proud of every day up there.", "Tom Borm", "said"}}},

		// A name inside a phrase fronted before the subject is an object
		// (a host, a listener), not whom a pronoun there means.
		{"a host named in a fronted phrase",
			"Finance minister Rahul Mehta is in London for the talks.\n\nAt a dinner hosted by trade minister Paul Dore on Monday, he said the deal was close.\n\n\"We are nearly there,\" he told reporters.",
			[]want{{"We are nearly there,", "Rahul Mehta", "told reporters"}}},
		{"a listener named in a fronted participial phrase",
			"Health secretary Ruth Kane faced questions on Sunday. Speaking to presenter Laura Hinds, she said the plan was sound. \"It is the right thing to do,\" she said.",
			[]want{{"It is the right thing to do,", "Ruth Kane", "said"}}},
		{"a subordinate clause keeps its subject",
			"Health secretary Ruth Kane waited in the lobby. When Laura Hinds arrived, she said the plan was sound. \"It is the right thing to do,\" she said.",
			[]want{{"It is the right thing to do,", "Laura Hinds", "said"}}},

		// A paragraph that is one quotation, before a paragraph opening
		// with a quotation its cue attributes: the same speaker.
		{"a quotation paragraph before a cued one",
			"The league has lifted its ban on the goalkeeper.\n\n\"We have lifted the ban with immediate effect.\"\n\n\"He has given us a reason for his absence,\" said league chief Omar Haddad.",
			[]want{{"We have lifted the ban with immediate effect.", "Omar Haddad", ""},
				{"He has given us a reason for his absence,", "Omar Haddad", "said"}}},
		{"a question paragraph before a cued one",
			"The league met on Monday.\n\n\"Will the ban ever be lifted?\"\n\n\"He has given us a reason for his absence,\" said league chief Omar Haddad.",
			[]want{{"Will the ban ever be lifted?", "", ""},
				{"He has given us a reason for his absence,", "Omar Haddad", "said"}}},
		// A quotation after one the narrative attributed continues it.
		{"a quotation after one attributed by the narrative",
			"Minister Ella Fenn said: \"We have already doubled the grant.\"\n\nShe said families were already entitled to more help.\n\n\"We have made a firm promise.\"\n\n\"We will raise it again next year, to a full year of support.\"",
			[]want{{"We have already doubled the grant.", "Ella Fenn", "said"},
				{"We have made a firm promise.", "Ella Fenn", ""},
				{"We will raise it again next year, to a full year of support.", "Ella Fenn", ""}}},

		// A title after "the", capitalised, describes the person who
		// holds it; "The Mayor of Dunmore, Kate Ryle," gives her the role.
		{"the Title of a place with the name in apposition",
			`The Mayor of Dunmore, Kate Ryle, opened the new bridge on Friday. "This bridge will change the town," the Mayor said.`,
			[]want{{"This bridge will change the town,", "Kate Ryle", "said"}}},
		{"the Title of a place with styles before the name",
			"The Bishop of Wexham, the Rt Rev Dr Alan Pryce, called the film a fine romp.\n\nThe film has earned more than $50m.\n\nWriting in the Wexham Echo, the Bishop said: \"Conspiracy theories are always fun to read and to invent.\"",
			[]want{{"Conspiracy theories are always fun to read and to invent.", "Alan Pryce", "said"}}},
		{"a pronoun after according to the Title",
			"The Bishop of Wexham, the Rt Rev Dr Alan Pryce, reviewed the film.\n\nDespite enjoying Ian Marsh's plot, critics found it weak.\n\nThe history is wrong, according to the Bishop.\n\n\"The evidence for the old story is astonishingly good,\" he said.",
			[]want{{"The evidence for the old story is astonishingly good,", "Alan Pryce", "said"}}},

		// Names that only qualify a role before a person's name: the
		// person speaks, and a shorter name is not the qualifier.
		{"said X and Y role NAME",
			`"It was a hard year for the show, but we are proud of it," said Fenn and Dale executive producer Amanda Cole.`,
			[]want{{"It was a hard year for the show, but we are proud of it,", "Amanda Cole", "said"}}},
		{"a qualifier before a role is not the organisation named shorter",
			`VOA Pentagon correspondent Carla Babb asked officials about the strike. The Pentagon said the report was "patently false and a distraction".`,
			[]want{{"patently false and a distraction", "Pentagon", "said"}}},
		{"a newsroom qualifier before a correspondent",
			`Reuters White House correspondent Jeff Mason asked about the tariffs. The White House said the report was "completely without foundation in fact".`,
			[]want{{"completely without foundation in fact", "White House", "said"}}},

		// Page clutter that runs a name into the next (a hover card
		// after the name) splits where a given name starts.
		{"a name run together with its hover card",
			`Idaho Gov. Jane HollisJane Marie HollisIdaho governor signs budget MORE (R) is defending the campaign. "We will not back down," Hollis tweeted on Monday.`,
			[]want{{"We will not back down,", "Jane Hollis", "tweeted"}}},
		{"names written with inner capitals stay whole",
			`"We love this city," said YouTube chief Sam MacKenzie.`,
			[]want{{"We love this city,", "Sam MacKenzie", "said"}}},

		// "He" before a name is the surname, not the pronoun.
		{"the surname He after a quotation",
			`"We see no reason to change course now," He Lifeng, the vice premier, said on Friday.`,
			[]want{{"We see no reason to change course now,", "He Lifeng", "said"}}},

		// "the magazine" refers back to the publication introduced with
		// that noun.
		{"the magazine after magazine NAME",
			`The Nokia 3310 has been named the best phone ever by US magazine Pocket Tech. "In general we looked only at phones that people loved," said the magazine.`,
			[]want{{"In general we looked only at phones that people loved,", "Pocket Tech", "said"}}},
		{"the newspaper after NAME newspaper",
			`The mayor's plan was leaked to the Wexham Echo newspaper on Monday. "The plan will cost the town dearly," the newspaper said in an editorial.`,
			[]want{{"The plan will cost the town dearly,", "Wexham Echo", "said"}}},
		{"a paper never named",
			`Her comments were reported by a local paper. "She was furious," the paper said.`,
			[]want{{"She was furious,", "", "said"}}},

		// "the firm's boss" is whoever leads it, under any title.
		{"the firm's boss after its chief executive",
			`The firm's chief executive, Dana Pike, said sales had fallen. Orbel has cut 200 jobs this year. "We will cut costs across the board," the firm's boss said.`,
			[]want{{"We will cut costs across the board,", "Dana Pike", "said"}}},
		{"his boss is someone else",
			`Dana Pike, the chief executive of Orbel, hired Tom Reed as an engineer. "He is the best we have," his boss said.`,
			[]want{{"He is the best we have,", "", "said"}}},
		{"the firm's boss after two leaders",
			`Dana Pike, the chief executive of Orbel, met Raj Patel, the founder of Vela, on Monday. "We will merge next year," the firm's boss said.`,
			[]want{{"We will merge next year,", "", "said"}}},

		// A bare surname two people named together share does not say
		// which of them spoke; an honorific does.
		{"a surname shared by two people named together",
			`John Tull and his wife Mary Tull ran the farm for 40 years. "We never thought we would sell it," Tull said.`,
			[]want{{"We never thought we would sell it,", "", "said"}}},
		{"a shared surname with an honorific",
			`John Tull and his wife Mary Tull ran the farm for 40 years. "We never thought we would sell it," Mrs Tull said.`,
			[]want{{"We never thought we would sell it,", "Mary Tull", "said"}}},

		// A role in other words, and not someone given another post of
		// the same kind.
		{"the skipper for the captain",
			`England captain Tom Ashby scored twice. Wales coach Ben Hale was furious. "It was a special night," the skipper said.`,
			[]want{{"It was a special night,", "Tom Ashby", "said"}}},
		{"the skipper is not the coach",
			`Wales coach Ben Hale was furious after the defeat. "We were second best all night," the skipper said.`,
			[]want{{"We were second best all night,", "", "said"}}},

		// An indefinite description with a name word in it is someone
		// unnamed, not the person quoted before.
		{"one commenter of a named site",
			`Dr Li Wen wrote that the cases had been hidden for nine days, and "that is simply unacceptable". "Don't hide things like this," one Weibo commenter said.`,
			[]want{{"that is simply unacceptable", "Li Wen", "wrote"}, {"Don't hide things like this,", "", "said"}}},

		// A pronoun whose antecedent is the one person of its gender
		// named further back, with nothing in between it could mean.
		{"she after ten sentences about institutions",
			"Sophie Adams, 34, from Leeds, was told she had cancer in 2019.\n\nThe NHS trust apologised for the delay in her diagnosis. The hospital has since changed its procedures. A report by the Care Quality Commission found the wards were overstretched. The trust said it had hired more nurses. The commission will inspect the hospital again in June. MPs will debate the issue next week. Campaigners welcomed the debate. The debate starts at noon. It will last three hours.\n\n\"I just want to make sure it never happens to anyone else,\" she said.",
			[]want{{"I just want to make sure it never happens to anyone else,", "Sophie Adams", "said"}}},
		{"she after a person described in between",
			"Sophie Adams, 34, from Leeds, was told she had cancer in 2019.\n\nThe NHS trust apologised for the delay in her diagnosis. The hospital has since changed its procedures. A report by the Care Quality Commission found the wards were overstretched. The trust said it had hired more nurses. The commission will inspect the hospital again in June. The health secretary has asked for an update. Campaigners welcomed the debate. The debate starts at noon. It will last three hours.\n\n\"I just want to make sure it never happens to anyone else,\" she said.",
			[]want{{"I just want to make sure it never happens to anyone else,", "", "said"}}},
		{"she after a quotation in between",
			"Sophie Adams, 34, from Leeds, was told she had cancer in 2019.\n\nThe NHS trust apologised for the delay in her diagnosis. The hospital has since changed its procedures. A report by the Care Quality Commission found the wards were overstretched. The trust said it had hired more nurses. The commission will inspect the hospital again in June. \"We are deeply sorry,\" the statement read. Campaigners welcomed the debate. The debate starts at noon. It will last three hours.\n\n\"I just want to make sure it never happens to anyone else,\" she said.",
			[]want{{"We are deeply sorry,", "", "read"}, {"I just want to make sure it never happens to anyone else,", "", "said"}}},

		// A statement in the first person plural under a heading that
		// names an organisation is its statement; not a person's, and not
		// a statement that does not speak for anyone.
		{"a statement under a heading naming an organisation",
			"Castlebar Leisure Centre - closed 'until further notice' from tonight\n\n\"It is with great sadness that we are closing our doors at midnight.\n\n\"We will be back as soon as the rules allow. Thank you all for your support.\"",
			[]want{{"It is with great sadness that we are closing our doors at midnight.", "Castlebar Leisure Centre", ""},
				{"We will be back as soon as the rules allow. Thank you all for your support.", "Castlebar Leisure Centre", ""}}},
		{"a heading naming a person",
			"Jane Roe - statement on her resignation\n\n\"We have decided as a family that it is time to step back.\"",
			[]want{{"We have decided as a family that it is time to step back.", "", ""}}},
		{"a statement under a heading not in the first person",
			"Greenvale Council - statement on library closures\n\n\"The libraries will reopen as soon as possible.\"",
			[]want{{"The libraries will reopen as soon as possible.", "", ""}}},

		// "they" for an organisation, as British reporting writes of one
		// in the plural; people or a group named nearer leave it open.
		{"they after an organisation as subject",
			`The Harbour Trust announced on Monday that the pier would close for repairs. They said: "We are sorry for the disruption this will cause to visitors."`,
			[]want{{"We are sorry for the disruption this will cause to visitors.", "Harbour Trust", "said"}}},
		{"they after an organisation named in apposition",
			`The firm, Norland Foods, confirmed the job losses. "We know this is a very difficult day for our staff," they said.`,
			[]want{{"We know this is a very difficult day for our staff,", "Norland Foods", "said"}}},
		{"they after a group of people",
			`Greenvale Council closed the library in May. Residents of the estate met on Tuesday. They said: "We were never told about any of this."`,
			[]want{{"We were never told about any of this.", "", "said"}}},
		{"they after two organisations",
			`Norland Foods and Vela Labs ended their partnership on Friday. "It was no longer working for either side," they said.`,
			[]want{{"It was no longer working for either side,", "", "said"}}},
		{"they after a person named nearer",
			`Greenvale Council hired Ann Moss and Raj Patel to run the library. "We want it open every day," they said.`,
			[]want{{"We want it open every day,", "", "said"}}},

		{"a surname before a suffix",
			"Patrick Carlino Jr., 55, pleaded guilty on Tuesday.\n\n\"I never meant to hurt anyone,\" Carlino said.",
			[]want{{"I never meant to hurt anyone,", "Patrick Carlino Jr.", "said"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, tc.wants) })
	}
}

// TestChainRoles: the role shown beside a speaker reads as the article
// gives it, titles written out, and is left out when it is only part of
// how the person is named or is in someone's first person.
func TestChainRoles(t *testing.T) {
	tests := []struct{ name, in, speaker, role string }{
		{"a role before the name", `"We are watching it closely," Taliban spokesman Zabihullah Mujahid said.`, "Zabihullah Mujahid", "Taliban spokesman"},
		{"an abbreviated title", `"This is not over," said Sen. Elena Warde.`, "Elena Warde", "Senator"},
		{"two abbreviated titles", `"I did not think it was proper," Lt. Col. Alex Vinter testified.`, "Alex Vinter", "Lieutenant Colonel"},
		{"a rank that is part of the name", `"It was right at the beginning," said Prince Harold.`, "Harold", ""},
		{"an apposition in someone's first person",
			"The congresswoman posted: Sharing my letter on the sentencing of Patrick W. Carlino, a man convicted of threatening my life.\n\n\"I never meant to hurt anyone,\" Carlino said.",
			"Patrick W. Carlino", ""},
		{"a sentence going on after the age, not an apposition",
			"Peter Grant, 54, runs the shop with his wife.\n\n\"We have never seen a winter like this,\" Grant said.",
			"Peter Grant", ""},
		{"a role word only after a preposition",
			"Ann Moss, with her husband and two sons, left the village in May.\n\n\"We had no choice,\" Moss said.",
			"Ann Moss", ""},
		{"an apposition after the age",
			"Peter Grant, 54, a retired firefighter, runs the shop.\n\n\"We have never seen a winter like this,\" Grant said.",
			"Peter Grant", "retired firefighter"},
		{"an apposition with its own prepositional phrase",
			"Ann Moss, director of research at the Harbour Trust, spoke on Monday.\n\n\"We had no choice,\" Moss said.",
			"Ann Moss", "director of research at the Harbour Trust"},
		{"an apposition whose role joins two fields with and",
			"Ann Moss, research and policy director at the Harbour Trust, spoke on Monday.\n\n\"We had no choice,\" Moss said.",
			"Ann Moss", "research and policy director at the Harbour Trust"},
		{"a portfolio joined by and before the title",
			"Health and Human Services Secretary Xavier Marsh said the rule would stay.\n\n\"We are not going to wait,\" Marsh said.",
			"Xavier Marsh", "Health and Human Services Secretary"},
		{"a portfolio joined by and after a verb of speech",
			`"It is fair," said Work and Pensions Secretary Amber Rudd.`,
			"Amber Rudd", "Work and Pensions Secretary"},
		// Must not join: a person and a titled person.
		{"a person and a titled person",
			"Trump and Commerce Secretary Wilbur Ross met on Monday.\n\n\"The tariffs stay,\" Ross said.",
			"Wilbur Ross", "Commerce Secretary"},
		{"a surname and a title",
			"Hale and Secretary Ann Moss met on Monday.\n\n\"We had no choice,\" Moss said.",
			"Ann Moss", "Secretary"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkRole(t, tc.in, tc.speaker, tc.role) })
	}
}

// checkRole extracts in, which holds one quotation, and checks its
// speaker and the role shown with it.
func checkRole(t *testing.T, in, speaker, role string) {
	t.Helper()
	qs := Extract(in)
	if len(qs) != 1 {
		t.Fatalf("got %d quotes; want 1: %+v", len(qs), qs)
	}
	if qs[0].Speaker != speaker || qs[0].Role != role {
		t.Errorf("got %q, role %q; want %q, role %q", qs[0].Speaker, qs[0].Role, speaker, role)
	}
}

// A quotation after a colon closing a lead-in about someone else ("Arteta
// disagreed: "...""; "Critics disagreed: "..."") is not the speaker of the
// quotation before it going on, even when the lead-in's subject could not
// be read as a name: before, it was given that speaker at 0.95.
func TestColonLeadInOtherSubject(t *testing.T) {
	runCueCases(t, []cueCase{
		// (Since leadin_classes_test's class, Arteta's own.)
		{"unknown surname", `"It was a penalty," said Guardiola. Arteta disagreed: "He dived in the box."`,
			[]want{{"It was a penalty,", "Guardiola", "said"}, {"He dived in the box.", "Arteta", ""}}},
		{"group", `"It was a penalty," said Guardiola. Critics disagreed: "He dived in the box."`,
			[]want{{"It was a penalty,", "Guardiola", "said"}, {"He dived in the box.", "", ""}}},
		// Not fired: the same speaker, or "he", going on.
		{"same speaker", `"It was a penalty," said Guardiola. Guardiola went further: "He dived in the box."`,
			[]want{{"It was a penalty,", "Guardiola", "said"}, {"He dived in the box.", "Guardiola", ""}}},
		{"pronoun", `"It was a penalty," said Guardiola. He went further: "He dived in the box."`,
			[]want{{"It was a penalty,", "Guardiola", "said"}, {"He dived in the box.", "Guardiola", ""}}},
	})
}
