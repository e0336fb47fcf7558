package quote

import "testing"

// The last resort (lastresort.go): quotations with no cue of their own that
// the rules leave with no speaker take the speaker the structure around them
// suggests, given with a confidence too low to be shown. The sentences are
// written for these tests in the shape of real news; each positive case had
// no speaker before, and the negative ones say where it must not fire.
func TestLastResortClasses(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		wants []want
	}{
		// A partial quotation in a clause: the clause's subject.
		{"a named subject introduces someone as something",
			paras(`Salesforce chief Marc Benioff opened the event on Tuesday.`,
				`Benioff introduced Cook to the audience as "someone who has redefined what it means to run a company" before the two men sat down.`),
			[]want{{"someone who has redefined what it means to run a company", "Marc Benioff", ""}}},
		{"a subject with an adverb and an auxiliary",
			paras(`Apple chief executive Tim Cook spoke for an hour.`,
				`Cook has long regarded privacy as "a fundamental human right of every customer" and built it into each product.`),
			[]want{{"a fundamental human right of every customer", "Tim Cook", ""}}},
		{"a description resolved to the person given the role",
			paras(`Senator Ann Ruiz, a Democrat, opposes the budget.`,
				`The senator blamed the governor for "reckless spending and broken promises" at a rally in Dayton.`),
			[]want{{"reckless spending and broken promises", "Ann Ruiz", "blamed"}}},
		{"a pronoun subject resolved through the mention chain",
			paras(`Gov. Janet Mills spent the week touring flood zones in the north of the state.`,
				`She faulted insurers for "dragging their feet on every single claim" and ordered an inquiry.`),
			[]want{{"dragging their feet on every single claim", "Janet Mills", ""}}},
		{"a subject with a relative clause",
			`Maria Lopez, who has lived on Elm Street since 1979, blamed the council for "years of neglect and empty promises" in the district.`,
			[]want{{"years of neglect and empty promises", "Maria Lopez", "blamed"}}},
		{"a relative clause holding the quotation",
			paras(`The council met on Monday to vote on the plan.`,
				`The plan was backed by Ann Hall, who sees it as "the best hope this town has had in years" and voted for it.`),
			[]want{{"the best hope this town has had in years", "Ann Hall", ""}}},
		{"a remembered scene is the rememberer's words",
			paras(`Apple chief executive Tim Cook spoke of the company's founder.`,
				`Cook remembered Jobs rehearsing there for one event and "going way off script in a way that only he could do."`),
			[]want{{"going way off script in a way that only he could do.", "Tim Cook", ""}}},
		{"a reported clause with a subject of its own",
			paras(`Tom Reed and Ann Hall sit on the board.`,
				`Reed suspects Hall brushed off the audit as "a waste of everyone's time and money" in private.`),
			[]want{{"a waste of everyone's time and money", "Ann Hall", ""}}},

		// A quotation opening its sentence or paragraph.
		{"the paragraph before ends with a sentence about the speaker",
			paras(`"We lost everything," said Maria Lopez, who has lived on Elm Street since 1979. She now sleeps at her sister's house.`,
				`"It was all gone by the morning."`),
			[]want{{"We lost everything,", "Maria Lopez", "said"},
				{"It was all gone by the morning.", "Maria Lopez", ""}}},
		{"words in the first person after a paragraph about one person",
			paras(`Maria Lopez, 54, has lived on Elm Street since 1979.`,
				`"I have never seen water like it in all my years here."`),
			[]want{{"I have never seen water like it in all my years here.", "Maria Lopez", ""}}},
		{"the quotation after it in the paragraph is attributed",
			`Senator Ruth Cole left the chamber early. "This is a dark day for the state." Cole's statement added, "We must do better."`,
			[]want{{"This is a dark day for the state.", "Ruth Cole", ""}, {"We must do better.", "Ruth Cole", "added"}}},

		{"a copula before a verb of speech in the infinitive",
			paras(`Fernando Ruiz runs the testing lab in Barcelona.`,
				`Ruiz was keen to stress that, officially, the service "is not intended to be a control of drug quality," whatever buyers think.`),
			[]want{{"is not intended to be a control of drug quality,", "Fernando Ruiz", ""}}},

		// Someone's words named before the quotation, whose content it is.
		{"an order from someone to do something",
			paras(`President Xi Jinping visited the region in 2014.`,
				`The detentions originated in directives from Xi to "show absolutely no mercy to anyone" in the campaign.`),
			[]want{{"show absolutely no mercy to anyone", "Xi Jinping", ""}}},
		{"a description's statement that",
			paras(`First Minister Jack Reid opened the new clinic on Monday.`,
				`The first minister's remark that it was fine to drink "now and again, like everyone else" caused a row.`),
			[]want{{"now and again, like everyone else", "Jack Reid", ""}}},
		{"words merely mentioned are the subject's",
			paras(`Tom Reed and Ann Hall sit on the board.`,
				`Reed brushed off Hall's statement as "a cheap stunt before the vote" on Friday.`),
			[]want{{"a cheap stunt before the vote", "Tom Reed", ""}}},
		// A verb of speech in the infinitive: the person before "to".
		{"allowed someone to claim",
			paras(`Instagram head Adam Mosseri spoke at the event.`,
				`Hiding likes allowed Mosseri to claim that the app wants to be "a space that feels much less pressurized."`),
			[]want{{"a space that feels much less pressurized.", "Adam Mosseri", ""}}},
		// A run of quotation paragraphs past a paragraph about no one.
		{"past a paragraph of narrative about no one",
			paras(`"The people feel the project belongs to them," said Carlos Ruiz.`,
				`The training sessions, attended by men and women alike, have been a showcase for their enthusiasm.`,
				`"We have had an excellent response, mainly from young people."`,
				`"We also trained women who were seeing a computer for the first time."`),
			[]want{{"The people feel the project belongs to them,", "Carlos Ruiz", "said"},
				{"We have had an excellent response, mainly from young people.", "Carlos Ruiz", ""},
				{"We also trained women who were seeing a computer for the first time.", "Carlos Ruiz", ""}}},

		// Where it must not fire.
		{"past a paragraph about someone else",
			paras(`"The people feel the project belongs to them," said Carlos Ruiz.`,
				`The sessions were run by Ana Soto, a teacher from Lima, with help from volunteers.`,
				`"We have had an excellent response, mainly from young people."`),
			[]want{{"The people feel the project belongs to them,", "Carlos Ruiz", "said"},
				{"We have had an excellent response, mainly from young people.", "", ""}}},
		{"an anonymous attribution keeps no speaker",
			paras(`Maria Lopez has lived on Elm Street since 1979.`,
				`"It was all gone by the morning," one resident said.`),
			[]want{{"It was all gone by the morning,", "", "said"}}},
		{"words of someone unnamed",
			paras(`Mayor Jane Roe opened the bridge on Monday.`,
				`It was, in the words of one observer, "a complete and utter mess from start to finish."`),
			[]want{{"a complete and utter mess from start to finish.", "", "*"}}},
		{"a passive clause describes its subject in others' words",
			paras(`Mayor Jane Roe opened the bridge on Monday.`,
				`Roe was described as "a builder with no patience for red tape" in the council's report.`),
			[]want{{"a builder with no patience for red tape", "", ""}}},
		{"a copula describes its subject",
			paras(`Coach Tom Reed retired on Monday.`,
				`Reed was "the best coach this club has ever had in its history" for many fans.`),
			[]want{{"the best coach this club has ever had in its history", "", ""}}},
		{"a clause reported of people the text does not name",
			paras(`Adam Schiff leads the inquiry.`,
				`Schiff believes that the public will grow tired, cover its ears and scream, "Make it all go away now."`),
			[]want{{"Make it all go away now.", "", ""}}},
		{"a name qualifying a noun is no subject",
			paras(`Adam Schiff leads the inquiry.`,
				`When Democratic lawmakers are reduced to lecturing the nation that "hearsay can be much better evidence than direct" testimony, voters shrug.`),
			[]want{{"hearsay can be much better evidence than direct", "", ""}}},
		{"words not in the first person after a paragraph about one person",
			paras(`Lena Park, a nurse in Leeds, works nights on a covid ward.`,
				`"The ward is full every single night of the week."`),
			[]want{{"The ward is full every single night of the week.", "", ""}}},
		{"a paragraph about one person that names another",
			paras(`Dale Ortiz believes Sam Reyes will win the next one.`,
				`"In my heat I was saving my legs for later."`),
			[]want{{"In my heat I was saving my legs for later.", "", ""}}},
		{"a heading is no sentence about a person",
			"Jane Roe - statement on her resignation\n\n\"We have decided as a family that it is time to step back.\"",
			[]want{{"We have decided as a family that it is time to step back.", "", ""}}},
		{"a verb of speech of its own whose speaker is not read",
			paras(`"We will win," said Tom Reed. He left the hall at noon.`,
				`"He has no plan at all," his rival said.`),
			[]want{{"We will win,", "Tom Reed", "said"}, {"He has no plan at all,", "", ""}}},
		{"an inverted verb of speech whose speaker is not read",
			paras(`"We will win," said Tom Reed. He left the hall at noon.`,
				`"I'm defo trying the cola after those results," wrote user jaykay.`),
			[]want{{"We will win,", "Tom Reed", "said"}, {"I'm defo trying the cola after those results,", "", ""}}},
		{"a quotation with no speaker hides the ones before it",
			`One young man told me about quantum physics. "I know it sounds crazy!" said Tom Reed. A volunteer, who asked not to be named, told me the work was hard. "I couldn't have worked here in my twenties," she said. "I would have felt as if I could have been here myself."`,
			[]want{{"I know it sounds crazy!", "Tom Reed", "said"},
				{"I couldn't have worked here in my twenties,", "", "said"},
				{"I would have felt as if I could have been here myself.", "", ""}}},
		{"an interview with no one named asks and answers",
			paras(`The interview has been edited for length.`,
				`"What did you see that night from the window?"`,
				`"Nothing at all, it was far too dark to see anything."`),
			[]want{{"What did you see that night from the window?", "", ""},
				{"Nothing at all, it was far too dark to see anything.", "", ""}}},
		{"a headline quotation in an article naming no one",
			paras(`"We will not be silenced by anyone"`,
				`Hundreds marched through the city centre on Saturday.`),
			[]want{{"We will not be silenced by anyone", "", ""}}},
		{"a name for people in the plural is no speaker",
			paras(`The Times journalist Conor Dougherty has a new book out.`,
				`Many San Franciscans agree on basic points, "more housing generally, more subsidies for those who need them," but not on what comes first.`),
			[]want{{"more housing generally, more subsidies for those who need them,", "", ""}}},
		{"two people as the subject",
			paras(`Tom Reed and Ann Hall sit on the board.`,
				`Reed and Hall dismissed the audit as "a waste of everyone's time and money" in private.`),
			[]want{{"a waste of everyone's time and money", "", "*"}}},
		// A quotation paragraph after one paragraph of narrative about the
		// speaker of the paragraph before: that speaker.
		{"past a paragraph about the speaker before",
			paras(`Engineer Maria Okafor showed the new water pump in Nairobi.`,
				`"It costs less than a bicycle, and a village can repair it," she said.`,
				`She hopes to ship the first thousand by March and is already talking to the health ministry about a large order.`,
				`"In rural Kenya most families walk an hour for clean water."`),
			[]want{{"It costs less than a bicycle, and a village can repair it,", "Maria Okafor", "said"}, {"In rural Kenya most families walk an hour for clean water.", "Maria Okafor", ""}}},
		{"not past a paragraph about someone else",
			paras(`Engineer Maria Okafor showed the new water pump in Nairobi.`,
				`"It costs less than a bicycle, and a village can repair it," she said.`,
				`Health minister Grace Mutua plans to buy the first thousand by March and is already talking to donors about a large order.`,
				`"In rural Kenya most families walk an hour for clean water."`),
			[]want{{"It costs less than a bicycle, and a village can repair it,", "Maria Okafor", "said"}, {"In rural Kenya most families walk an hour for clean water.", "", ""}}},
		{"titles of films are no quotations",
			paras(`Director Bong Joon-ho spoke after the ceremony.`,
				`Bong Joon-ho's film "Parasite" won four Oscars, and his next, "The House on the Hill," opens in May.`),
			nil},
		{"a scare quote in the writer's narration about a thing",
			paras(`Mayor Jane Roe opened the bridge on Monday.`,
				`The bridge has become "a symbol of everything that went wrong" in the city.`),
			[]want{{"a symbol of everything that went wrong", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, tt.in, tt.wants)
			// A speaker the last resort gave (here, every speaker of a
			// quotation with no cue) is in the JSON but never shown to
			// readers.
			for _, q := range Extract(tt.in) {
				if q.Speaker != "" && q.Cue == "" && (q.Confident() || q.Confidence < minConfidence) {
					t.Errorf("%q by %q: confidence %.2f; want in [%.2f, %.2f)", q.Text, q.Speaker, q.Confidence, minConfidence, ConfidentAt)
				}
			}
		})
	}
}
