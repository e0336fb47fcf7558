package quote

import "testing"

// Constructed probes of science, health, environment, weather and public
// agency news English (issue 8, round 18): classes that went wrong.

// A name no list gives a gender, the subject of the sentence before a
// "she said" but after an introductory phrase ("At Mugda Medical College
// Hospital, Rokeya Begum sat beside her feverish daughter."), is the
// nearest subject, as one opening the sentence is. Failed before: the
// professor quoted a paragraph earlier spoke, at 0.85. Must not fire: the
// name the object of the sentence, or a possessive, after the phrase.
func TestSci18SubjectAfterIntroPhrase(t *testing.T) {
	lead := "DHAKA - Dengue deaths have passed 1,000, officials said on Sunday.\n\n\"Hospitals in Dhaka are overwhelmed,\" said Professor Ahmedul Kabir, the directorate's additional director general.\n\n"
	runCueCases(t, []cueCase{
		{"at the hospital", lead + `At Mugda Medical College Hospital, Rokeya Begum sat beside her feverish daughter. "We came yesterday and there are still no beds," she said.`,
			[]want{{"Hospitals in Dhaka are overwhelmed,", "Ahmedul Kabir", "said"}, {"We came yesterday and there are still no beds,", "Rokeya Begum", "said"}}},
		{"on sunday", lead + `On Sunday, Nasrin Akter waited outside the emergency ward. "Nobody tells us anything," she said.`,
			[]want{{"Hospitals in Dhaka are overwhelmed,", "Ahmedul Kabir", "said"}, {"Nobody tells us anything,", "Nasrin Akter", "said"}}},
		// Must not fire: the name an object, or a possessive.
		{"object after phrase", "\"Hospitals in Dhaka are overwhelmed,\" said Professor Daniel Kabir.\n\n" + `At the hospital, nurses tended Rokeya Begum. "We need more staff," he said.`,
			[]want{{"Hospitals in Dhaka are overwhelmed,", "Daniel Kabir", "said"}, {"We need more staff,", "Daniel Kabir", "said"}}},
		{"possessive after phrase", "\"Hospitals in Dhaka are overwhelmed,\" said Professor Daniel Kabir.\n\n" + `At the hospital, Rokeya Begum's daughter lay on a mat. "We need more staff," he said.`,
			[]want{{"Hospitals in Dhaka are overwhelmed,", "Daniel Kabir", "said"}, {"We need more staff,", "Daniel Kabir", "said"}}},
	})
}

// Two roles joined by "and" after the verb, the second qualified by an
// organisation's name ("said study co-author and MBARI scientist Lucia
// Fernandez", "said the co-author and NASA scientist Lucia Fernandez"):
// the person named after both holds them. Failed before: "" (the
// capitalised word after "and" ended the roles). Must not fire: a plural
// before "and" (two parties), no name after the organisation.
func TestSci18RoleAndOrgRole(t *testing.T) {
	const lead = "The octopus was filmed at a depth of 2,800 metres. "
	runCueCases(t, []cueCase{
		{"bare roles", lead + `"We were astonished," said study co-author and MBARI scientist Lucia Fernandez.`,
			[]want{{"We were astonished,", "Lucia Fernandez", "said"}}},
		{"two-word org", lead + `"We were astonished," said geologist and Rice University researcher Tomas Riquelme.`,
			[]want{{"We were astonished,", "Tomas Riquelme", "said"}}},
		{"the roles", lead + `"We were astonished," said the co-author and NASA scientist Lucia Fernandez.`,
			[]want{{"We were astonished,", "Lucia Fernandez", "said"}}},
		// Must not fire.
		{"plural first", lead + `"We were astonished," said students and NASA scientist Lucia Fernandez.`,
			[]want{{"We were astonished,", "", ""}}},
		{"no name", lead + `"We were astonished," said co-author and NASA on Tuesday.`,
			[]want{{"We were astonished,", "", ""}}},
	})
}

// An agency named with the country or region it works in after "in", or
// after its acronym in brackets and "for" ("the Environment Agency in
// Wales said", "the Public Health Agency (PHA) for Northern Ireland
// said"), is the speaker; the place is not. Failed before: no cue at all
// (""), the place read as the object of a preposition. Must not fire: the
// person named before the agency ("Tom Reed of the Environment Agency in
// Wales said"), an unnamed person "in Wales", "for" with no acronym (the
// name stays whole, as before).
func TestSci18AgencyRegionTail(t *testing.T) {
	const lead = "Waiting lists have reached a record high. "
	runCueCases(t, []cueCase{
		{"in wales", lead + `"These figures are deeply concerning," the Environment Agency in Wales said.`,
			[]want{{"These figures are deeply concerning,", "Environment Agency", "said"}}},
		{"in scotland", lead + `"These figures are deeply concerning," the Food Standards Agency in Scotland said.`,
			[]want{{"These figures are deeply concerning,", "Food Standards Agency", "said"}}},
		{"acronym for", lead + `"These figures are deeply concerning," the Public Health Agency (PHA) for Northern Ireland said.`,
			[]want{{"These figures are deeply concerning,", "Public Health Agency", "said"}}},
		// Must not fire.
		{"person of agency", lead + `"These figures are deeply concerning," Tom Reed of the Environment Agency in Wales said.`,
			[]want{{"These figures are deeply concerning,", "Tom Reed", "said"}}},
		{"unnamed in wales", lead + `"These figures are deeply concerning," a spokesman in Wales said.`,
			[]want{{"These figures are deeply concerning,", "", "said"}}},
		{"for no acronym", lead + `"These figures are deeply concerning," the Public Health Agency for Northern Ireland said.`,
			[]want{{"These figures are deeply concerning,", "Public Health Agency for Northern Ireland", "said"}}},
	})
}

// A public body whose name of three words or more ends in "Executive"
// after an organisation's word ("the Health Service Executive", "the
// Northern Ireland Executive") is an organisation, as "the Health and
// Safety Executive" is: it speaks, "the HSE" and "it" refer back to it.
// Failed before: "" (no entity; "the HSE said" gave "HSE"). Must not
// fire: a post ("the Group Chief Executive said", "said Health Service
// Chief Executive Ann Hall"), a name of two words ("the Service Executive
// said").
func TestSci18ExecutiveBody(t *testing.T) {
	const lead = "Waiting lists have reached a record high. "
	runCueCases(t, []cueCase{
		{"hse", lead + `"These figures are deeply concerning," the Health Service Executive said.`,
			[]want{{"These figures are deeply concerning,", "Health Service Executive", "said"}}},
		{"hse acronym", `The Health Service Executive published the figures on Monday. "These figures are deeply concerning," the HSE said.`,
			[]want{{"These figures are deeply concerning,", "Health Service Executive", "said"}}},
		{"ni executive", lead + `"These figures are deeply concerning," said the Northern Ireland Executive.`,
			[]want{{"These figures are deeply concerning,", "Northern Ireland Executive", "said"}}},
		// Must not fire.
		{"group chief executive", lead + `"These figures are deeply concerning," the Group Chief Executive said.`,
			[]want{{"These figures are deeply concerning,", "", "said"}}},
		{"titled person", lead + `"These figures are deeply concerning," said Health Service Chief Executive Ann Hall.`,
			[]want{{"These figures are deeply concerning,", "Ann Hall", "said"}}},
		{"two words", lead + `"These figures are deeply concerning," the Service Executive said.`,
			[]want{{"These figures are deeply concerning,", "", "said"}}},
	})
}

// A place's name or letters and the word of a public service ("Queensland
// Health", "SA Health", "Sydney Water") name a body, not a person: when it
// has spoken, "a Queensland Health spokesman" speaks for it and "it"
// takes it up. Failed before: speaking made the name a person's, so the
// spokesman was a person's ("") and "it said" gave "". Must not fire: a
// given name before the word ("Rosa Water", whose spokesman is a
// person's: ""), a title before a person's name ("Health Secretary Wes
// Streeting").
func TestSci18PlaceServiceBody(t *testing.T) {
	runCueCases(t, []cueCase{
		{"queensland health", "Measles has returned. \"Anyone at the airport should watch for symptoms,\" Queensland Health said.\n\nA Queensland Health spokesman added: \"Measles can be very serious.\"",
			[]want{{"Anyone at the airport should watch for symptoms,", "Queensland Health", "said"}, {"Measles can be very serious.", "Queensland Health", "added"}}},
		{"sydney water", "Rain is coming. \"Supply will be restricted,\" Sydney Water said.\n\nA Sydney Water spokeswoman added: \"Please save water.\"",
			[]want{{"Supply will be restricted,", "Sydney Water", "said"}, {"Please save water.", "Sydney Water", "added"}}},
		{"it said", `Measles has returned. Queensland Health confirmed the case on Tuesday. "Anyone at the airport should watch for symptoms," it said.`,
			[]want{{"Anyone at the airport should watch for symptoms,", "Queensland Health", "said"}}},
		// Must not fire.
		{"given name", `The bill passed. "We will keep fighting," Rosa Water said. A Rosa Water spokesman added: "She is disappointed."`,
			[]want{{"We will keep fighting,", "Rosa Water", "said"}, {"She is disappointed.", "", "added"}}},
		{"title", `The bill passed. "We will keep fighting," Health Secretary Wes Streeting said.`,
			[]want{{"We will keep fighting,", "Wes Streeting", "said"}}},
	})
}

// "They" after a sentence whose subject is a named organisation's
// officials ("Officials at the National Weather Service warned ...",
// "National Weather Service officials warned ...") is the organisation,
// as "officials at the National Weather Service said" is. Failed before:
// "" (the walk back for "they" stopped at "Officials"). Must not fire:
// officials of no named organisation, another plural nearer
// ("Residents were told ..."), scientists at the organisation (not its
// voice).
func TestSci18TheyOrgOfficials(t *testing.T) {
	const q = ` "This is a life-threatening situation," they said.`
	runCueCases(t, []cueCase{
		{"officials at", `Officials at the National Weather Service warned Sunday that a heat wave would settle over the Southwest.` + q,
			[]want{{"This is a life-threatening situation,", "National Weather Service", "said"}}},
		{"org officials", `National Weather Service officials warned Sunday that a heat wave would settle over the Southwest.` + q,
			[]want{{"This is a life-threatening situation,", "National Weather Service", "said"}}},
		// Must not fire.
		{"no org", `Officials warned Sunday that a heat wave would settle over the Southwest.` + q,
			[]want{{"This is a life-threatening situation,", "", "said"}}},
		{"residents nearer", `Officials at the National Weather Service warned Sunday that a heat wave would settle over the Southwest. Residents were told to stay indoors.` + q,
			[]want{{"This is a life-threatening situation,", "", "said"}}},
		{"scientists", `Scientists at the National Weather Service warned Sunday that a heat wave would settle over the Southwest.` + q,
			[]want{{"This is a life-threatening situation,", "", "said"}}},
	})
}

// "Nana", an Akan title of chiefs and elders given before the names of
// men and women in Ghana ("Nana Kwame Adu", "Nana Akufo-Addo"), says
// nothing about who "he" or "she" is; the lists gave it women. Failed
// before: "A chief in the area, Nana Kwame Adu, said ... "...," he said."
// gave "". Must not fire: a woman named Nana with "she" (still hers).
func TestSci18NanaUnisex(t *testing.T) {
	runCueCases(t, []cueCase{
		{"chief he", `Ghana's Environmental Protection Agency has ordered a mining company to stop work. A chief in the area, Nana Kwame Adu, said villagers could no longer drink from the river. "The water is brown like tea," he said.`,
			[]want{{"The water is brown like tea,", "Nana Kwame Adu", "said"}}},
		// Must not fire.
		{"trader she", `The minister visited the market. Trader Nana Ama Mensah said sales had collapsed. "Nobody is buying," she said.`,
			[]want{{"Nobody is buying,", "Nana Ama Mensah", "said"}}},
	})
}

// "One of the study's authors, Dr Priya Raman of King's College London,
// said": the name in apposition to "one of" people, past where the person
// works ("of", "at", "from" up to the closing comma), names the one
// described, whom "she" then means. Failed before: the unnamed "one of
// the study's authors" stood between, and "she said" gave "". Must not
// fire: no comma closing the apposition ("One of the study's authors,
// Priya Raman of Leeds said"), no name ("One of the nurses, at the
// hospital for a decade, said").
func TestSci18OneOfNamedWorkplace(t *testing.T) {
	runCueCases(t, []cueCase{
		{"of college", `One of the study's authors, Dr Priya Raman of King's College London, said the results had surprised the team. "We expected a small effect," she said.`,
			[]want{{"We expected a small effect,", "Priya Raman", "said"}}},
		{"at university", `One of the researchers, Dr Tomas Riquelme at the University of Concepcion, said the find was unexpected. "We had never seen one brooding so deep," he said.`,
			[]want{{"We had never seen one brooding so deep,", "Tomas Riquelme", "said"}}},
		// Must not fire.
		{"no closing comma", `One of the study's authors, Priya Raman of Leeds said the results had surprised the team. "We expected a small effect," she said.`,
			[]want{{"We expected a small effect,", "", "said"}}},
		{"no name", `Tom Reed chaired the panel. One of the nurses, at the hospital for a decade, said it was chaos. "We had no beds," he said.`,
			[]want{{"We had no beds,", "", "said"}}},
	})
}

// A body named for a health service and its country, in the possessive
// before its officer's name ("Public Health Scotland's Dr Nick Phin
// said"), is registered as the body (as "Public Health Scotland said"
// is), so that "the health body said" after refers back to it. Failed
// before: only "Scotland" was registered, and "the health body said"
// gave "". Must not fire: the country alone in the possessive
// ("Scotland's chief medical officer, Dr Nick Phin, said": "").
func TestSci18RegionalBodyPossessive(t *testing.T) {
	runCueCases(t, []cueCase{
		{"health body", "Scarlet fever is rising. \"Parents should look out for a rash,\" Public Health Scotland's Dr Nick Phin said.\n\n\"Children should stay off school,\" the health body said.",
			[]want{{"Parents should look out for a rash,", "Nick Phin", "said"}, {"Children should stay off school,", "Public Health Scotland", "said"}}},
		// Must not fire.
		{"country alone", "Scarlet fever is rising. \"Parents should look out for a rash,\" Scotland's chief medical officer, Dr Nick Phin, said.\n\n\"Children should stay off school,\" the health body said.",
			[]want{{"Parents should look out for a rash,", "Nick Phin", "said"}, {"Children should stay off school,", "", "said"}}},
	})
}

// "They" after a sentence that opens with a named person and her
// colleagues or team ("Dr. Ana Ruiz and her colleagues tracked 40 gray
// whales. "...," they wrote.") is that person, as "Ana Ruiz and her
// colleagues wrote" is (testdata README). Failed before: "". Must not
// fire: two named people ("Tom Reed and Ana Ruiz tracked ..."), other
// people in the plural after the group ("surveyed 200 residents"), a
// sentence about others between ("Other scientists disagreed.").
func TestSci18TheyLedGroup(t *testing.T) {
	const q = ` "The whales are thinner than we've ever seen them," they wrote.`
	runCueCases(t, []cueCase{
		{"her colleagues", `Dr. Ana Ruiz and her colleagues at the Scripps Institution of Oceanography tracked 40 gray whales.` + q,
			[]want{{"The whales are thinner than we've ever seen them,", "Ana Ruiz", "wrote"}}},
		{"and colleagues", `Ana Ruiz and colleagues tracked 40 gray whales.` + q,
			[]want{{"The whales are thinner than we've ever seen them,", "Ana Ruiz", "wrote"}}},
		{"his team", `Professor Tom Reed and his team tracked 40 gray whales.` + q,
			[]want{{"The whales are thinner than we've ever seen them,", "Tom Reed", "wrote"}}},
		// Must not fire.
		{"two named", `Tom Reed and Ana Ruiz tracked 40 gray whales.` + q,
			[]want{{"The whales are thinner than we've ever seen them,", "", "wrote"}}},
		{"residents", `Dr. Ana Ruiz and her colleagues surveyed 200 residents of the town. "We were scared to drink the water," they said.`,
			[]want{{"We were scared to drink the water,", "", "said"}}},
		{"others between", `Dr. Ana Ruiz and her colleagues tracked 40 gray whales. Other scientists disagreed. "The whales look fine," they said.`,
			[]want{{"The whales look fine,", "", "said"}}},
	})
}

// A service named with "and" before a plural "Services" ("Queensland Fire
// and Emergency Services") is one organisation, as one ending in
// "Service" is. Failed before: the cue was lost ("", and a paragraph's
// speaker before took the quotation at 0.90: "Dean Narramore"). Must
// not fire: a person named before "and" ("Tom Reed and Emergency
// Services said": two speakers, "").
func TestSci18AndServicesOrg(t *testing.T) {
	runCueCases(t, []cueCase{
		{"spokesperson", "\"Large hailstones are possible,\" BoM meteorologist Dean Narramore said.\n\n\"We'd urge people to stay off the roads,\" a Queensland Fire and Emergency Services spokesperson said.",
			[]want{{"Large hailstones are possible,", "Dean Narramore", "said"}, {"We'd urge people to stay off the roads,", "Queensland Fire and Emergency Services", "said"}}},
		{"said", `Storms are coming. "Stay off the roads," Queensland Fire and Emergency Services said.`,
			[]want{{"Stay off the roads,", "Queensland Fire and Emergency Services", "said"}}},
		{"spokesperson for", `Storms are coming. "Stay off the roads," a spokesperson for Queensland Fire and Emergency Services said.`,
			[]want{{"Stay off the roads,", "Queensland Fire and Emergency Services", "said"}}},
		// Must not fire.
		{"person and", `Storms are coming. "Stay off the roads," Tom Reed and Emergency Services said.`,
			[]want{{"Stay off the roads,", "", "said"}}},
	})
}

// A service named for two places and two fields, each pair joined by
// "and" ("Dorset and Wiltshire Fire and Rescue Service"), is one
// organisation when read back from the verb, as the registry reads it.
// Failed before: only one "and" was crossed, and the cue was lost ("").
// Must not fire: a person named before the last "and" ("Ann Hale and
// Kent Fire and Rescue Service said": two speakers, "", no cue, as
// before).
func TestSci18TwoAndsOrgName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"said", `Storms are coming. "Stay off the roads," Dorset and Wiltshire Fire and Rescue Service said.`,
			[]want{{"Stay off the roads,", "Dorset and Wiltshire Fire and Rescue Service", "said"}}},
		{"spokesperson for", `Storms are coming. "Stay off the roads," a spokesperson for Hereford and Worcester Fire and Rescue Service said.`,
			[]want{{"Stay off the roads,", "Hereford and Worcester Fire and Rescue Service", "said"}}},
		// Must not fire.
		{"person and", `Ann Hale runs the charity. "Stay off the roads," Ann Hale and Kent Fire and Rescue Service said.`,
			[]want{{"Stay off the roads,", "", ""}}},
	})
}

// "A Hereford and Worcester Fire and Rescue Service spokesman said": the
// spokesman of an organisation whose name runs past seven words after
// "a" is found, and the organisation speaks. Failed before: the search
// for the person noun stopped after seven words (""). Must not fire: a
// member of the organisation who is no spokesperson ("a Hereford and
// Worcester Fire and Rescue Service crew member said": "").
func TestSci18LongOrgSpokesman(t *testing.T) {
	runCueCases(t, []cueCase{
		{"two ands", `Storms are coming. "Stay off the roads," a Hereford and Worcester Fire and Rescue Service spokesman said.`,
			[]want{{"Stay off the roads,", "Hereford and Worcester Fire and Rescue Service", "said"}}},
		{"dorset", `Storms are coming. "Stay off the roads," a Dorset and Wiltshire Fire and Rescue Service spokesperson said.`,
			[]want{{"Stay off the roads,", "Dorset and Wiltshire Fire and Rescue Service", "said"}}},
		// Must not fire.
		{"crew member", `Storms are coming. "Stay off the roads," a Hereford and Worcester Fire and Rescue Service crew member said.`,
			[]want{{"Stay off the roads,", "", ""}}},
	})
}

// "The agency" refers back to a public body named by a field and a
// country or province ("Public Health Ontario", "Public Health
// Scotland") or by a province and its service ("Queensland Health"), as
// it does to "UK Sport". Failed before: "". Must not fire: a council
// ("Leeds City Council ... the agency said": "").
func TestSci18AgencyBackToRegionalBody(t *testing.T) {
	const q = ` "We are following up with people who may have been exposed," the agency said.`
	runCueCases(t, []cueCase{
		{"ontario", `Public Health Ontario confirmed a second case of measles on Monday.` + q,
			[]want{{"We are following up with people who may have been exposed,", "Public Health Ontario", "said"}}},
		{"queensland", `Queensland Health confirmed a second case of measles on Monday.` + q,
			[]want{{"We are following up with people who may have been exposed,", "Queensland Health", "said"}}},
		// Must not fire.
		{"council", `Leeds City Council confirmed a second case of measles on Monday.` + q,
			[]want{{"We are following up with people who may have been exposed,", "", "said"}}},
	})
}

// A body named after its officials opening the sentence ("Officials at
// Public Health Ontario said ...") is no mere object of "at": "the
// agency" after it refers back to it. Failed before: "". Must not fire:
// scientists at the body (not its voice: "").
func TestSci18OfficialsAtOrgSubject(t *testing.T) {
	runCueCases(t, []cueCase{
		{"officials at", `Officials at Public Health Ontario said on Monday that a second case of measles had been confirmed. "We are following up," the agency said.`,
			[]want{{"We are following up,", "Public Health Ontario", "said"}}},
		// Must not fire.
		{"scientists at", `Scientists at Public Health Ontario said on Monday that a second case of measles had been confirmed. "We are following up," the agency said.`,
			[]want{{"We are following up,", "", "said"}}},
	})
}

// "Col" after a civilian's occupation and before a surname alone
// ("Grazier Col Mackenzie", "said farmer Col Mackenzie") is a given name,
// the Australian short form of Colin, as it is after another title ("WA
// Police Commissioner Col Blanch"). Failed before: "Mackenzie", the rank
// "Colonel" dropped from the name. Must not fire: the rank before a
// given name and surname ("said Col Tom Mackenzie"), after a military
// noun or a spokesman ("said spokesman Col Tom Mackenzie"), after an
// organisation ("said Army Col Mackenzie").
func TestSci18ColAfterOccupation(t *testing.T) {
	const lead = "Drought has hit the west. "
	runCueCases(t, []cueCase{
		{"grazier", lead + `Grazier Col Mackenzie said he had sold half his flock. "You can't feed them on hope," he said.`,
			[]want{{"You can't feed them on hope,", "Col Mackenzie", "said"}}},
		{"farmer", lead + `"You can't feed them on hope," said farmer Col Mackenzie.`,
			[]want{{"You can't feed them on hope,", "Col Mackenzie", "said"}}},
		// Must not fire.
		{"rank", `The army has deployed. "We are ready," said Col Tom Mackenzie.`,
			[]want{{"We are ready,", "Tom Mackenzie", "said"}}},
		{"spokesman rank", `The army has deployed. "We are ready," said spokesman Col Tom Mackenzie.`,
			[]want{{"We are ready,", "Tom Mackenzie", "said"}}},
		{"army", `The army has deployed. "We are ready," said Army Col Mackenzie.`,
			[]want{{"We are ready,", "Mackenzie", "said"}}},
	})
}

// "The UN agency", "the EU agency" is an agency of the union of states,
// not the union: "it" after "The UN agency said ..." takes up the agency
// named before ("a WHO spokesperson": WHO), and "the agency" never means
// "UN" or "EU" ("" when no agency is named). Failed before: "UN" and
// "EU" spoke (wrong names). Must not fire: the UN itself ("The UN said
// ... it said", "the UN said": UN).
func TestSci18UmbrellaAgency(t *testing.T) {
	runCueCases(t, []cueCase{
		{"un agency it", "\"We have seen nothing like this,\" a WHO spokesperson, Tarik Jasarevic, told reporters in Geneva.\n\nThe UN agency said it was sending supplies. \"Time is of the essence,\" it said.",
			[]want{{"We have seen nothing like this,", "Tarik Jasarevic", "told reporters"}, {"Time is of the essence,", "WHO", "said"}}},
		{"eu agency", `Migrants are arriving. The EU border agency Frontex said crossings had doubled. "The pressure is enormous," the agency said.`,
			[]want{{"The pressure is enormous,", "Frontex", "said"}}},
		// Must not fire.
		{"un it", `Aid is arriving. The UN said it was sending supplies. "Time is of the essence," it said.`,
			[]want{{"Time is of the essence,", "UN", "said"}}},
		{"un said", `Aid is arriving. The UN has appealed for funds. "Time is of the essence," the UN said.`,
			[]want{{"Time is of the essence,", "UN", "said"}}},
	})
}

// "The UN agency", "the EU agency" refers back to the agency of that union
// named last: one the article calls so ("the WFP, the UN's food agency",
// "the U.N. refugee agency UNHCR") or one that is ("The World Food
// Programme said ... The UN agency said ... "...," it said"); and a name
// after "the EU border agency", "the EU agency" is an organisation
// ("Frontex ... the agency said"). Failed before: "" (no agency of that
// name; Frontex, speaking, was made a person). Must not fire: two such
// agencies named together ("The WFP and UNICEF said ... The UN agency
// said": ""), no agency named ("the agency said", "the UN agency said"
// after the UN or its Security Council: ""), an agency of the other union
// ("the EU agency said" after the WFP: "").
func TestSci18UnionAgencyBack(t *testing.T) {
	runCueCases(t, []cueCase{
		{"wfp it", `ROME - The World Food Programme said on Tuesday that it would cut rations for refugees in Kenya. The UN agency said donations had fallen by a third. "We are being forced to choose who goes hungry," it said.`,
			[]want{{"We are being forced to choose who goes hungry,", "World Food Programme", "said"}}},
		{"wfp un agency said", `ROME - The World Food Programme said on Tuesday that it would cut rations for refugees in Kenya. Donations have fallen by a third. "We are being forced to choose who goes hungry," the UN agency said.`,
			[]want{{"We are being forced to choose who goes hungry,", "World Food Programme", "said"}}},
		{"described after", `SUVA - The Pacific Relief Office, the UN's disaster agency for the region, said 12,000 homes were damaged. "The damage is severe," the U.N. agency said.`,
			[]want{{"The damage is severe,", "Pacific Relief Office", "said"}}},
		{"frontex", `WARSAW - The EU border agency Frontex said irregular crossings had doubled. "The pressure on the borders is enormous," the agency said.`,
			[]want{{"The pressure on the borders is enormous,", "Frontex", "said"}}},
		{"eu agency frontex", `BRUSSELS - Migrants are arriving. The EU agency Frontex said crossings had doubled. "The pressure is enormous," the agency said.`,
			[]want{{"The pressure is enormous,", "Frontex", "said"}}},
		// Must not fire.
		{"two agencies", `GENEVA - The WFP and UNICEF said on Monday that child malnutrition had reached emergency levels. The UN agency said it needed $40 million. "Every day of delay costs lives," it said.`,
			[]want{{"Every day of delay costs lives,", "", "said"}}},
		{"two agencies said", `ISLAMABAD - The World Health Organization and the Food and Agriculture Organization have warned of a food crisis. "The next three months are critical," the UN agency said.`,
			[]want{{"The next three months are critical,", "", "said"}}},
		{"no agency", `NAIROBI - Flooding has displaced 40,000 people. The agency said tents were on the way. "We are doing everything we can," the agency said.`,
			[]want{{"We are doing everything we can,", "", "said"}}},
		{"council", `NEW YORK - The UN Security Council met on Tuesday. "We will not stand by," the UN agency said.`,
			[]want{{"We will not stand by,", "", "said"}}},
		{"other union", `ROME - The World Food Programme said it would cut rations. "We are monitoring closely," the EU agency said.`,
			[]want{{"We are monitoring closely,", "", "said"}}},
	})
}

// Two roles joined by "and" after the verb, the second a tie to a person
// qualified by an organisation's name ("said her co-author and NASA
// colleague Tom Reed", "said his longtime friend and Oxford colleague Tom
// Reed"): the person named after both holds them. Failed before: "" (or
// no cue: the organisation's name after "and" was read as the phrase).
// Must not fire: a plural before "and" or a plural tie ("NASA colleagues
// Tom Reed and Ann Lee"), a possessive qualifier ("Reed's colleague Ann
// Lee"), no name after the tie.
func TestSci18RoleAndOrgTie(t *testing.T) {
	const lead = "Researchers mapped the largest coral spawning on record. "
	runCueCases(t, []cueCase{
		{"her", lead + `"It was like a snowstorm in reverse," said her co-author and NASA colleague Tom Reed.`,
			[]want{{"It was like a snowstorm in reverse,", "Tom Reed", "said"}}},
		{"bare", lead + `"It was like a snowstorm in reverse," said co-author and NASA colleague Tom Reed.`,
			[]want{{"It was like a snowstorm in reverse,", "Tom Reed", "said"}}},
		{"the", lead + `"It was like a snowstorm in reverse," said the co-author and NASA colleague Tom Reed.`,
			[]want{{"It was like a snowstorm in reverse,", "Tom Reed", "said"}}},
		{"friend", lead + `"It was like a snowstorm in reverse," said his longtime friend and Oxford colleague Tom Reed.`,
			[]want{{"It was like a snowstorm in reverse,", "Tom Reed", "said"}}},
		{"partner", lead + `"It was like a snowstorm in reverse," said her co-author and Kestrel Labs partner Tom Reed.`,
			[]want{{"It was like a snowstorm in reverse,", "Tom Reed", "said"}}},
		// Must not fire.
		{"plural first", lead + `"It was like a snowstorm in reverse," said her co-authors and NASA colleague Tom Reed.`,
			[]want{{"It was like a snowstorm in reverse,", "", "said"}}},
		{"plural tie", lead + `"It was like a snowstorm in reverse," said her co-author and NASA colleagues Tom Reed and Ann Lee.`,
			[]want{{"It was like a snowstorm in reverse,", "", "said"}}},
		{"possessive", lead + `"It was like a snowstorm in reverse," said her co-author and Reed's colleague Ann Lee.`,
			[]want{{"It was like a snowstorm in reverse,", "", "said"}}},
		{"no name", lead + `"It was like a snowstorm in reverse," said her co-author and NASA colleague on Tuesday.`,
			[]want{{"It was like a snowstorm in reverse,", "", "said"}}},
	})
}
