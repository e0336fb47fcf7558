package quote

import "testing"

// Classes found on real science, technology and city-life pages (issue 8,
// round 19), written for these tests in the way news is written. Each
// failed before its rule.

// An interview by email: "...," she emails. / "...," Rosa Quint e-mails
// from Lisbon. "emails" and "texts" are mostly nouns, so they report
// speech only right after a quotation (invertedVerbs). Failed before: the
// cue was lost and the quotation went to the paragraph's last subject or
// to "".
func TestRC19EmailsCue(t *testing.T) {
	runCueCases(t, []cueCase{
		{"he emails", "Omar Brandt, a 31-year-old software tester in Hamburg, built the map over a winter.\n\nMost evenings went on the project. \"I only wanted to see which streets flood first,\" he emails.",
			[]want{{"I only wanted to see which streets flood first,", "Omar Brandt", "emails"}}},
		{"name e-mails from", "Few people have studied the threats. \"Most of the senders never act on them,\" Rosa Quint e-mails from Lisbon.",
			[]want{{"Most of the senders never act on them,", "Rosa Quint", "e-mails"}}},
		{"she texts", "Priya Nand runs the shelter alone. The phones never stop. \"We are full again tonight,\" she texts.",
			[]want{{"We are full again tonight,", "Priya Nand", "texts"}}},
		// Must not fire: the noun.
		{"texts as subject", "Councillor Ann Hale received dozens of threats.\n\n\"Pay up by Friday,\" texts sent to her phone said.",
			[]want{{"Pay up by Friday,", "", ""}}},
		{"read one of the emails", "Councillor Ann Hale received dozens of threats. \"Resign or else,\" read one of the emails.",
			[]want{{"Resign or else,", "", "read"}}},
	})
}

// A person first called by a given name alone, named in full only later
// (feature writing: "his wife Fran ... Fran says ... according to Fran
// Ybarra"), is given the full name also when the given name is one the
// lists do not know or give both sexes ("Fran", "Dana"), if a relation
// introduced it, and when the only thing known of a lone known given name
// is that it speaks ("Marisol says"). Failed before: "Fran" and "Marisol"
// were given without the surname.
func TestRC19GivenNameFirst(t *testing.T) {
	runCueCases(t, []cueCase{
		{"his wife Fran", "The storm hit while Tom Ybarra was at work. His wife Fran was at home with their son. \"The water came up through the floor in ten minutes,\" Fran says.\n\nAccording to Fran Ybarra, the insurer has yet to call.",
			[]want{{"The water came up through the floor in ten minutes,", "Fran Ybarra", "says"}}},
		{"her brother Dana", "Ann Voss was away when the fire started, and her brother Dana called the fire brigade. \"I could see smoke from the road,\" Dana says.\n\nDana Voss, 34, has since moved in with friends.",
			[]want{{"I could see smoke from the road,", "Dana Voss", "says"}}},
		{"speaks first", "When the creek rose on Saturday, Marisol was at work. \"The water came up through the floorboards in ten minutes,\" Marisol says.\n\nAccording to Marisol Ybarra, the insurer has yet to send an adjuster.",
			[]want{{"The water came up through the floorboards in ten minutes,", "Marisol Ybarra", "says"}}},
		// Must not fire: an unknown given name with nothing to tie it (it
		// may be a surname); a country.
		{"unknown given name untied", "When the creek rose on Saturday, Dana was at work. \"The water came up through the floorboards in ten minutes,\" Dana says.\n\nAccording to Dana Ybarra, the insurer has yet to send an adjuster.",
			[]want{{"The water came up through the floorboards in ten minutes,", "Dana", "says"}}},
		{"jordan the country", "Jordan said it would reopen the crossing on Monday. \"The border will stay open,\" Jordan said in a statement.\n\nJordan Peele, the director, was among those stranded.",
			[]want{{"The border will stay open,", "Jordan", "said"}}},
	})
}

// A researcher given with the workplace and where it is ("Hana Moreau of
// the University of Bergen in Bergen, Norway, said to New Scientist"):
// the subject is the person, not the place after "in"; and a person's
// name no list knows before "of the University of ..." is the person's,
// not the workplace's. Failed before: "Norway" (0.95, shown), "" for
// "Tom Reed of the Polar Institute in Tromso said", "University of
// Otago" (1.00) for "Brin Castell of the University of Otago said".
func TestRC19WorkplaceInPlace(t *testing.T) {
	runCueCases(t, []cueCase{
		{"city and country", "\"The risk is rising every season,\" Hana Moreau of the University of Bergen in Bergen, Norway, said.",
			[]want{{"The risk is rising every season,", "Hana Moreau", "said"}}},
		{"city only", "\"The risk is rising every season,\" Tom Reed of the Polar Institute in Tromso said.",
			[]want{{"The risk is rising every season,", "Tom Reed", "said"}}},
		{"said to a magazine", "Visitors are rising. \"The risk is rising every season,\" Hana Moreau of the University of Otago in Dunedin, New Zealand, said to New Scientist.",
			[]want{{"The risk is rising every season,", "Hana Moreau", "said"}}},
		{"unknown given name", "\"The risk is rising every season,\" Brin Castell of the University of Otago said.",
			[]want{{"The risk is rising every season,", "Brin Castell", "said"}}},
		{"organisation in a place", "\"We have sent two teams,\" the Red Cross in Dover, Delaware, said.",
			[]want{{"We have sent two teams,", "Red Cross", "said"}}},
		// Must not fire: an organisation named with "of the"; a relative
		// clause; officials at a ministry.
		{"friends of the earth", "\"We expect a legal challenge,\" Friends of the Earth said.",
			[]want{{"We expect a legal challenge,", "Friends of the Earth", "said"}}},
		{"who lives in", "\"We heard a loud bang,\" Ann Lee, who lives in Dover, Delaware, said.",
			[]want{{"We heard a loud bang,", "Ann Lee", "said"}}},
		{"officials at a ministry", "\"We heard a loud bang,\" officials at the Health Ministry in Kabul said.",
			[]want{{"We heard a loud bang,", "", "said"}}},
	})
}

// Someone only heard ("the voice asked", "the voice said"): a speaker the
// text does not name, so "" rather than the person who took the call.
// Failed before: the cue was not read ("voice" named no kind of person)
// and the quotations went to the paragraph's subject (0.75-0.80). Only as
// the subject of a verb after "the" or "a": "His voice rose." between two
// quotations of one man names no one else (pronoun_classes_test).
func TestRC19VoiceSpeaker(t *testing.T) {
	runCueCases(t, []cueCase{
		{"voice asked", "Nadia Reyes took the call, which came from a man claiming to be a police officer. \"Is this the Reyes house?\" the voice asked.",
			[]want{{"Is this the Reyes house?", "", "asked"}}},
		{"voice said", "Nadia Reyes took the call. She did not know what to make of it, and the man kept talking. \"I need you to open the front door,\" the voice said.",
			[]want{{"I need you to open the front door,", "", "said"}}},
		{"a male voice", "Ann Cole answered the phone at midnight. \"Stay away from the mine,\" a male voice said, and the line went dead.",
			[]want{{"Stay away from the mine,", "", "said"}}},
		// Must not fire: a person called a voice, in apposition; a voice
		// that is how someone named speaks.
		{"a leading voice, name", "\"We cannot wait another year,\" a leading voice for reform, Ann Lee, said.",
			[]want{{"We cannot wait another year,", "Ann Lee", "said"}}},
		{"name, the voice of", "\"The system is broken,\" Tom Reed, the voice of the tenants' campaign, said.",
			[]want{{"The system is broken,", "Tom Reed", "said"}}},
		{"her voice breaking", "Maria Soto spoke last. \"Nobody listens to us,\" Soto said, her voice breaking.",
			[]want{{"Nobody listens to us,", "Maria Soto", "said"}}},
	})
}

// A partial quotation opening its sentence, the sentence completed by a
// short phrase, then the speaker given with the workplace and the verb:
// ""These findings could be important" for building codes, Ingrid Salo of
// the Aalto Institute writes in a commentary." Failed before: "" (the
// subject read back was not after plain words, and the verb-first reading
// of afterShortPhrase did not apply); and "Joost van Hoof of Fontys
// University" was not read as a person (an unknown given name, a surname
// that is an English word, a particle).
func TestRC19PhraseThenSubject(t *testing.T) {
	runCueCases(t, []cueCase{
		{"writes in a commentary", "A study suggests office thermostats are set for men.\n\n\"These results could be important\" for building codes, Ingrid Salo of the Aalto Institute writes in a commentary.",
			[]want{{"These results could be important", "Ingrid Salo", "writes"}}},
		{"to the industry", "\"This could change everything\" in the industry, Tomas Lind of the Uppsala Energy Centre said.",
			[]want{{"This could change everything", "Tomas Lind", "said"}}},
		// (A given name no list knows, a surname that is an English
		// word, a particle: the person, not the workplace.)
		{"unknown given name, particle", "\"These findings could be significant\" for revising standards, Joost van Hoof of Fontys University writes in an article.",
			[]want{{"These findings could be significant", "Joost van Hoof", "writes"}}},
	})
	// Must not fire: a quotation taken as object by a verb before it in
	// its sentence is that subject's words, which the name after the
	// phrase reports; this rule leaves it to the naming verb's reading
	// (see TestHBNamerReported), not the name after the phrase.
	for _, q := range Extract("Mayor Ann Hale called the plan \"a step forward\" for the city, Tom Reed said on Monday.") {
		if q.Text == "a step forward" && (q.Speaker != "Ann Hale" || q.Cue != "called") {
			t.Errorf("%q by %q (%q) at %.2f; want Ann Hale, called", q.Text, q.Speaker, q.Cue, q.Confidence)
		}
	}
}

// The name of a programme or product someone launches, in quotation
// marks after the verb and a determiner ("said in launching the "smart
// seat program."", "unveiled its "home energy plan""), is no quotation
// (the gold's "-"). Failed before: it was a quotation of the sentence's
// speaker at 0.95. Must not fire: words announced that end in no such
// noun, and words the speaker says.
func TestRC19LaunchedName(t *testing.T) {
	for _, c := range []struct{ name, in, quote string }{
		{"launching the", "\"It is better than a thermostat at every desk,\" Ruth Hale, the lead engineer, said in launching the \"smart seat program.\" The team published its results in May.", "smart seat program."},
		{"unveiled its", "Mayor Tom Reed unveiled its \"home energy plan\" on Monday.", "home energy plan"},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, q := range Extract(c.in) {
				if q.Text == c.quote {
					t.Errorf("%q kept as a quotation of %q", q.Text, q.Speaker)
				}
			}
		})
	}
	runCueCasesConf(t, []confCase{
		{"announced a phrase", "Finance Minister Ann Cole announced the \"biggest investment in a generation\" on Tuesday.",
			"biggest investment in a generation", "Ann Cole", true},
	})
}
