package quote

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

type want struct{ text, speaker, cue string }

func check(t *testing.T, in string, wants []want) {
	t.Helper()
	got := Extract(in)
	if len(got) != len(wants) {
		for _, q := range got {
			t.Logf("got %q by %q (%q)", q.Text, q.Speaker, q.Cue)
		}
		t.Fatalf("got %d quotes; want %d", len(got), len(wants))
	}
	for i, w := range wants {
		q := got[i]
		if q.Text != w.text || q.Speaker != w.speaker || (w.cue != "*" && q.Cue != w.cue) {
			t.Errorf("quote %d = {%q, %q, %q}; want {%q, %q, %q}", i, q.Text, q.Speaker, q.Cue, w.text, w.speaker, w.cue)
		}
		if in[q.Start:q.End] != q.Text {
			t.Errorf("quote %d: text[Start:End] = %q; want %q", i, in[q.Start:q.End], q.Text)
		}
	}
}

func TestCuePatterns(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		wants []want
	}{
		{"name said after", `"We want it back, and we want it back right away," Donald Trump said on Sunday.`,
			[]want{{"We want it back, and we want it back right away,", "Donald Trump", "said"}}},
		{"said name inverted", `"The talks were constructive and we expect progress soon," said Maria Gonzalez.`,
			[]want{{"The talks were constructive and we expect progress soon,", "Maria Gonzalez", "said"}}},
		{"said colon before", `Finance Minister Olaf Brandt said: "Inflation has peaked and will fall next year."`,
			[]want{{"Inflation has peaked and will fall next year.", "Olaf Brandt", "said"}}},
		{"said that partial", `Governor Janet Mills said that the state "will not back down from this fight."`,
			[]want{{"will not back down from this fight.", "Janet Mills", "said"}}},
		{"said bare", `Mayor Eric Adams said "the city is open for business" after the storm.`,
			[]want{{"the city is open for business", "Eric Adams", "said"}}},
		{"partial quote urged", `Chinese Premier Li Qiang urged a policy of "realism and rationality." He did not elaborate.`,
			[]want{{"realism and rationality.", "Li Qiang", "urged"}}},
		{"according to", `According to fire chief Daniel Ruiz, "the blaze started in the kitchen and spread quickly."`,
			[]want{{"the blaze started in the kitchen and spread quickly.", "Daniel Ruiz", "according to"}}},
		{"according to after", `"Nobody expected the bridge to fail," according to engineer Priya Nair.`,
			[]want{{"Nobody expected the bridge to fail,", "Priya Nair", "according to"}}},
		{"told outlet", `"We are reviewing every option on the table," Senator Mark Kelly told Reuters.`,
			[]want{{"We are reviewing every option on the table,", "Mark Kelly", "told Reuters"}}},
		{"told reporters before", `Coach Ange Postecoglou told reporters: "We were second best in every department today."`,
			[]want{{"We were second best in every department today.", "Ange Postecoglou", "told reporters"}}},
		{"posted on X", `Elon Musk posted on X: "This is a great day for free speech everywhere."`,
			[]want{{"This is a great day for free speech everywhere.", "Elon Musk", "posted on X"}}},
		{"wrote", `In a letter to staff, chief executive Sundar Pichai wrote, "These are hard decisions but necessary ones."`,
			[]want{{"These are hard decisions but necessary ones.", "Sundar Pichai", "wrote"}}},
		{"says present", `"The harvest is the worst I have seen in thirty years," says farmer Tom Bishop.`,
			[]want{{"The harvest is the worst I have seen in thirty years,", "Tom Bishop", "says"}}},
		{"explained", `Dr. Amara Okafor explained, "The vaccine trains the immune system without the disease."`,
			[]want{{"The vaccine trains the immune system without the disease.", "Amara Okafor", "explained"}}},
		{"apposition", `"We will respond at a time of our choosing," Zabihullah Mujahid, the Taliban's spokesman, said.`,
			[]want{{"We will respond at a time of our choosing,", "Zabihullah Mujahid", "said"}}},
		{"prefixed role", `"Foreign forces must leave the country," Taliban spokesman Zabihullah Mujahid said.`,
			[]want{{"Foreign forces must leave the country,", "Zabihullah Mujahid", "said"}}},
		{"split quote", `"We will fight," he said, "until the end." The general spoke from Kyiv.`,
			[]want{{"We will fight,", "", "said"}, {"until the end.", "", "said"}}},
		{"organisation", `"No decision has been made on troop levels," the Pentagon said in a statement.`,
			[]want{{"No decision has been made on troop levels,", "Pentagon", "said"}}},
		{"anonymous official", `"The talks collapsed over the weekend," a senior official said.`,
			[]want{{"The talks collapsed over the weekend,", "", "said"}}},
		{"no cue", `"It was chaos everywhere you looked."`,
			[]want{{"It was chaos everywhere you looked.", "", ""}}},
		{"added", `Prime Minister Keir Starmer said the deal was fair. "It protects jobs and it protects the border," he added.`,
			[]want{{"It protects jobs and it protects the border,", "Keir Starmer", "added"}}},
		{"curly marks", "“Our patience has run out,” Mr. Lavrov said.",
			[]want{{"Our patience has run out,", "Lavrov", "said"}}},
		{"nested single", `"He told me 'don't worry about the money' and then he vanished," said Ellen Marsh.`,
			[]want{{"He told me 'don't worry about the money' and then he vanished,", "Ellen Marsh", "said"}}},
		{"nested curly single", "“The judge called it ‘a travesty of justice’ in court,” said lawyer Ben Ortiz.",
			[]want{{"The judge called it ‘a travesty of justice’ in court,", "Ben Ortiz", "said"}}},
		{"short with cue", `"No," she said. Linda Park had already left.`,
			[]want{{"No,", "", "said"}}},
		// The first quotation has no cue of its own; the last resort gives
		// it the speaker of the one after it in the paragraph.
		{"statement possessive", `Senator Ruth Cole issued a statement. "This is a dark day for the state." Cole's statement added, "We must do better."`,
			[]want{{"This is a dark day for the state.", "Ruth Cole", ""}, {"We must do better.", "Ruth Cole", "added"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, tc.wants) })
	}
}

func TestResolution(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		wants []want
	}{
		{"pronoun to earlier person",
			"President Donald Trump met reporters at the White House on Monday.\n\n\"We want it back, and we want it back right away,\" he said.",
			[]want{{"We want it back, and we want it back right away,", "Donald Trump", "said"}}},
		{"description from apposition",
			"Zabihullah Mujahid, the Taliban's spokesman, said the group had taken the city.\n\nThe fighting lasted two days.\n\n\"The city is calm and people are returning to their homes,\" the spokesman said.",
			[]want{{"The city is calm and people are returning to their homes,", "Zabihullah Mujahid", "said"}}},
		{"she skips a man",
			"Health Secretary Wes Streeting met nurses' leader Pat Cullen on Tuesday. Ms Cullen asked for more money.\n\n\"Nurses are leaving faster than we can train them,\" she said.",
			[]want{{"Nurses are leaving faster than we can train them,", "Pat Cullen", "said"}}},
		{"he skips a woman",
			"Angela Rayner spoke after Michael Gove. \"We have built more homes than any government in a decade,\" he said.",
			[]want{{"We have built more homes than any government in a decade,", "Michael Gove", "said"}}},
		{"surname to full name",
			"Mark Rutte arrived in Brussels on Thursday.\n\n\"Europe must spend more on its own defence,\" Rutte said.",
			[]want{{"Europe must spend more on its own defence,", "Mark Rutte", "said"}}},
		{"title president",
			"President Emmanuel Macron called the summit a success.\n\n\"France will stand by Ukraine for as long as it takes,\" the president said.",
			[]want{{"France will stand by Ukraine for as long as it takes,", "Emmanuel Macron", "said"}}},
		{"mr surname", "Mr. Biden spoke briefly. \"We are not going anywhere,\" Mr. Biden said.",
			[]want{{"We are not going anywhere,", "Biden", "said"}}},
		{"follow-on quote same paragraph",
			"\"The plant will close in March,\" said Karen Holt, the company's chief executive. \"We looked at every alternative. None of them worked.\"",
			[]want{{"The plant will close in March,", "Karen Holt", "said"}, {"We looked at every alternative. None of them worked.", "Karen Holt", ""}}},
		{"follow-on paragraph",
			"\"We have lost everything,\" said Ahmed Hassan, a fisherman.\n\n\"My boat, my nets, my house. There is nothing left for my children.\"",
			[]want{{"We have lost everything,", "Ahmed Hassan", "said"}, {"My boat, my nets, my house. There is nothing left for my children.", "Ahmed Hassan", ""}}},
		{"unknown speaker stays empty",
			"The storm hit the coast overnight.\n\n\"The water came up to the second floor,\" one resident said.",
			[]want{{"The water came up to the second floor,", "", "said"}}},
		{"description without antecedent",
			"\"Prices will rise again next month,\" the minister said.",
			[]want{{"Prices will rise again next month,", "", "said"}}},
		{"intro colon previous paragraph",
			"US President Barack Obama tweeted:\n\n\"Cool project. Want to bring it to the White House? Keep building.\"",
			[]want{{"Cool project. Want to bring it to the White House? Keep building.", "Barack Obama", "tweeted"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, tc.wants) })
	}
}

func TestMultiParagraphQuote(t *testing.T) {
	in := "Fire chief Laura Benson described the scene. \"The first crews arrived within four minutes. The roof was already alight.\n\n" +
		"\"By the time the second crew came, the stairwell had collapsed.\n\n" +
		"\"We did everything we could,\" she said."
	check(t, in, []want{
		{"The first crews arrived within four minutes. The roof was already alight.", "Laura Benson", "said"},
		{"By the time the second crew came, the stairwell had collapsed.", "Laura Benson", "said"},
		{"We did everything we could,", "Laura Benson", "said"},
	})
}

func TestMultiParagraphQuoteNotReopened(t *testing.T) {
	// Some sources forget to reopen the quotation in the next paragraph.
	in := "After the match, coach Hernan Gomez said, \"I think we learned a lot today.\n\n" +
		"It was a very emotional day for all of us.\"\n\nThe team flies home on Friday."
	check(t, in, []want{
		{"I think we learned a lot today.", "Hernan Gomez", "said"},
		{"It was a very emotional day for all of us.", "Hernan Gomez", "said"},
	})
}

func TestNoFalseQuotes(t *testing.T) {
	for _, in := range []string{
		`The so-called "moderates" in the party were outvoted again on Tuesday.`,
		`Critics dismissed the "reforms" as cosmetic.`,
		`The robot, named "Better Idea of Afghan Girls," scored two points.`,
		`She starred in "The Lord of the Rings" and later in "Fear and Loathing in Las Vegas".`,
		`The hashtag "stand with Ahmed" trended for two days.`,
		"\"Sensitive government document found on rainy Ottawa street\" — CBC.ca, August 15, 2008",
		`The screen measures 6.1" and weighs 170 grams.`,
	} {
		if got := Extract(in); len(got) != 0 {
			t.Errorf("Extract(%q) = %+v; want no quotes", in, got)
		}
	}
}

func TestGarbageInput(t *testing.T) {
	inputs := []string{
		"", " ", "\n\n\n", `"`, `""`, `"""`, "“”", "\"a\" \"b\" \"c", "\xff\xfe\"\x00abc\"\xc3",
		strings.Repeat("\"", 1000), strings.Repeat("said \"", 500), strings.Repeat("\n\"x y z", 300),
	}
	bin := make([]byte, 1<<16)
	for i := range bin {
		bin[i] = byte(i * 7919 % 251)
	}
	inputs = append(inputs, string(bin))
	for _, in := range inputs {
		for _, q := range Extract(in) {
			if q.Start < 0 || q.End > len(in) || q.Start > q.End || in[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %+v", q)
			}
		}
	}
}

func TestLargeInput(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	para := benchParagraphs()
	var b strings.Builder
	for b.Len() < 20<<20 {
		for _, p := range para {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	in := b.String()
	qs := Extract(in)
	if len(qs) == 0 {
		t.Fatal("no quotes in 20 MB of news text")
	}
	for _, q := range qs[:10] {
		if in[q.Start:q.End] != q.Text {
			t.Fatalf("bad span %+v", q)
		}
	}
}

func TestDeterministic(t *testing.T) {
	in := strings.Join(benchParagraphs(), "\n\n")
	a, b := Extract(in), Extract(in)
	if len(a) != len(b) {
		t.Fatalf("runs differ: %d and %d quotes", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("quote %d differs: %+v and %+v", i, a[i], b[i])
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, p := range benchParagraphs() {
		f.Add(p)
	}
	f.Add("\"a,\" he said, \"b c d.\"\n\n\"e f g\n\n\"h i j.\"")
	f.Add("“x” ”y“ «z» \"\xff\"")
	f.Fuzz(func(t *testing.T, in string) {
		for _, q := range Extract(in) {
			if q.Start < 0 || q.End > len(in) || q.Start > q.End {
				t.Fatalf("span [%d,%d) out of bounds for %d bytes", q.Start, q.End, len(in))
			}
			if in[q.Start:q.End] != q.Text {
				t.Fatalf("Text %q != text[Start:End] %q", q.Text, in[q.Start:q.End])
			}
		}
	})
}

func TestSentenceFinalQuoteThenCue(t *testing.T) {
	check(t, `"It's over." Smith said. The crowd left.`, []want{{"It's over.", "Smith", "said"}})
}

func TestLineBreakParagraphs(t *testing.T) {
	// Without blank lines, each line is a paragraph.
	in := "Paula Reyes chairs the committee.\n\"The vote will happen on Thursday,\" she said.\n\"This is not negotiable.\""
	check(t, in, []want{
		{"The vote will happen on Thursday,", "Paula Reyes", "said"},
		{"This is not negotiable.", "Paula Reyes", ""},
	})
}

func TestParticipleCueTakesSentenceSubject(t *testing.T) {
	in := `Gerry Conlon said the families were delighted. He said Mr Blair had spoken with "such sincerity", adding: "He went beyond what we thought he would."`
	check(t, in, []want{{"such sincerity", "Gerry Conlon", "said"}, {"He went beyond what we thought he would.", "Gerry Conlon", "adding"}})
}

func TestRoleBetweenNames(t *testing.T) {
	check(t, `"We are watching it closely," said London race director David Bedford.`,
		[]want{{"We are watching it closely,", "David Bedford", "said"}})
	check(t, `The Shadow Secretary of State for the Family, Theresa May, said: "These plans were announced in December."`,
		[]want{{"These plans were announced in December.", "Theresa May", "said"}})
}

func TestDescriptionThenNamedAppositive(t *testing.T) {
	check(t, `"It will be a tragedy if the government backs down," said the chairman of the Commons education select committee, Labour MP Barry Sheerman.`,
		[]want{{"It will be a tragedy if the government backs down,", "Barry Sheerman", "said"}})
}

func TestRolesJoinedByAnd(t *testing.T) {
	check(t, `"Our financial performance was strong," chairman and chief executive Richard Parsons said.`,
		[]want{{"Our financial performance was strong,", "Richard Parsons", "said"}})
}

func TestPersonBeforeOrganisation(t *testing.T) {
	check(t, `Colin Asplin, Blackpool Hotel Association said: "We have tried very hard to bring them back."`,
		[]want{{"We have tried very hard to bring them back.", "Colin Asplin", "said"}})
}

// TestLinearOnRepetitiveInput guards against quadratic blow-ups on input
// made of one pattern repeated (every quotation's cue search is bounded).
// It compares the CPU time of two input sizes measured in the same run,
// alternately, not a time limit, so that a slow or busy machine does not
// fail it: four times the input takes about four times as long when the
// work is linear and sixteen times when it is quadratic. (Measured on 2
// cores: at most 6.2 times, for a run of curly quotations; under -race up
// to 11.6 times. A time limit of 5 s at 5,000 repetitions had let the same
// code pass and had failed once on a busy machine; wall-time ratios failed
// once too, under CI's load.)
func TestLinearOnRepetitiveInput(t *testing.T) {
	const n = 600
	timeOf := func(in string) time.Duration {
		runtime.GC()
		start := cpuTime()
		Extract(in)
		return cpuTime() - start
	}
	for _, unit := range []string{`"a" `, `said "x" `, `Bo `, `, `, `Mr. `, `"a b c," he said, `,
		`al-Amr `, `the spokesman, `, "“x y z” ", `"a b`, "\"x\n\n"} {
		smallIn, largeIn := strings.Repeat(unit, n), strings.Repeat(unit, 4*n)
		small, large := time.Duration(1<<62), time.Duration(1<<62)
		for range 3 {
			small, large = min(small, timeOf(smallIn)), min(large, timeOf(largeIn))
		}
		// Below 20 ms, the clock's grain decides the ratio.
		if large > 20*time.Millisecond && large >= 16*max(small, time.Millisecond) {
			t.Errorf("Extract(%q × %d) took %v of CPU, × %d took %v: %.1f times as long for 4 times the input",
				unit, 4*n, large, n, small, float64(large)/float64(small))
		}
	}
}

func TestPartialQuoteAfterCalled(t *testing.T) {
	check(t, `Senator Lisa Murkowski called the bill "a betrayal of rural Alaska" on Tuesday.`,
		[]want{{"a betrayal of rural Alaska", "Lisa Murkowski", "called"}})
	check(t, `The startup built a robot called "Better Idea of Afghan Girls" for the contest.`, nil)
}

func TestAnonymousAntecedent(t *testing.T) {
	// An unnamed person mentioned last is the antecedent of "he": the quote
	// is not attributed to a man named in an earlier paragraph.
	in := "Anselm Kroll, a German engineer, said the runway was in poor shape.\n\n" +
		"Officials in Kabul have described the projects as routine maintenance. A provincial official in Parwan, speaking to Harbor Daily by phone, said the airfield was being prepared for civilian cargo flights. “We keep hearing the word ‘military’ from foreigners. The only thing we are building is an airport that works,” he said."
	check(t, in, []want{{"We keep hearing the word ‘military’ from foreigners. The only thing we are building is an airport that works,", "", "said"}})
	for _, desc := range []string{"A senior US official", "One resident", "A spokesman for the ministry", "Two diplomats", "Another official"} {
		in := "Mark Rutte arrived on Monday. " + desc + " said the talks had stalled. \"Nobody is moving on anything at all,\" he said."
		check(t, in, []want{{"Nobody is moving on anything at all,", "", "said"}})
	}
	// A description in apposition with a name is that person.
	check(t, "Mark Rutte arrived on Monday. A spokesman, Zabihullah Mujahid, said the talks had stalled. \"Nobody is moving on anything at all,\" he said.",
		[]want{{"Nobody is moving on anything at all,", "Zabihullah Mujahid", "said"}})
	check(t, "Mark Rutte arrived on Monday. Gul Ahmad, a shopkeeper in Parwan, said the talks had stalled. \"Nobody is moving on anything at all,\" he said.",
		[]want{{"Nobody is moving on anything at all,", "Gul Ahmad", "said"}})
	// "the official" refers back to the unnamed official, not to Kroll.
	check(t, "Anselm Kroll, an official, spoke first. A provincial official said the airfield was civilian.\n\n\"It is an airport and nothing else,\" the official said.",
		[]want{{"It is an airport and nothing else,", "", "said"}})
}

func TestDescriptionsAndSurnames(t *testing.T) {
	check(t, "Paolo's son Luca, 24, was pulling vines from the ground. His father Paolo Ferri watched.\n\n\"I'm not leaving,\" the 24-year-old said.",
		[]want{{"I'm not leaving,", "Luca", "said"}})
	check(t, "James Otieno is seeking a third term. His sister, Grace Otieno, is running against him. Their mother, Rose Otieno, is neutral.\n\n\"The members deserve better,\" Ms. Otieno said.",
		[]want{{"The members deserve better,", "Rose Otieno", "said"}})
	check(t, "Defence Minister Rahim Azizi spoke in Kabul. Asked about Kroll's assessment, the minister laughed. \"Foreign experts see soldiers everywhere,\" he said.",
		[]want{{"Foreign experts see soldiers everywhere,", "Rahim Azizi", "said"}})
	check(t, "A federal judge on Friday halted the contract, ruling that the process was \"deeply flawed and arbitrary.\" In her opinion, U.S. District Judge Maria Delgado wrote that rules were ignored.",
		[]want{{"deeply flawed and arbitrary.", "Maria Delgado", "ruling"}})
	check(t, "The tanker's operator, Hellas Maritime, said the crew was safe. \"The vessel is proceeding to port under its own power,\" the company said.",
		[]want{{"The vessel is proceeding to port under its own power,", "Hellas Maritime", "said"}})
	check(t, "\"The ship is safe and sound at sea,\" the company said.",
		[]want{{"The ship is safe and sound at sea,", "", "said"}})
}

func TestBritishSingleQuotes(t *testing.T) {
	check(t, "Rail strike to go ahead after 'final' talks fail\n\nGeneral secretary Mick Whelan said: 'We have tried everything to reach an agreement.' The drivers' union meets on Friday.\n\n'I'll work from home again, I suppose,' said Aisha Khan, 29, a nurse. 'But you can't nurse people from your kitchen table.'",
		[]want{{"We have tried everything to reach an agreement.", "Mick Whelan", "said"},
			{"I'll work from home again, I suppose,", "Aisha Khan", "said"},
			{"But you can't nurse people from your kitchen table.", "Aisha Khan", ""}})
	// Apostrophes and short single-quoted words are not quotations.
	check(t, "The players' union said it was 'disappointed' by the rock 'n' roll of it all.", nil)
}

func TestAttributionAfterQuote(t *testing.T) {
	check(t, "“We will not be intimidated by anyone.”\n\nThat was the message from Mayor Jane Roe on Tuesday as the council met.",
		[]want{{"We will not be intimidated by anyone.", "Jane Roe", "That was the message from"}})
	check(t, "\"The water came so fast we had no time.\" That is how Amina Yusuf, a nurse, describes the night.",
		[]want{{"The water came so fast we had no time.", "Amina Yusuf", "That is how"}})
	check(t, "\"We are not going to hold the line forever.\" That was the warning from engineers last year.",
		[]want{{"We are not going to hold the line forever.", "", "That was the warning from"}})
}

func TestAskerIsNotAnswerer(t *testing.T) {
	check(t, "Megan Doyle testified for three hours. Representative Jamie Raskin, a Maryland Democrat, asked whether anyone had responded. \"Nobody at all,\" she said.",
		[]want{{"Nobody at all,", "Megan Doyle", "said"}})
	check(t, "Representative Jim Jordan of Ohio said the email went to \"a distribution list of more than forty people.\"",
		[]want{{"a distribution list of more than forty people.", "Jim Jordan", "said"}})
	check(t, "A lawyer for Mr. Klain said in a statement that his client \"had no recollection of any such conversation.\"",
		[]want{{"had no recollection of any such conversation.", "", "said"}})
}

func TestOneOfApposition(t *testing.T) {
	check(t, "Organisers were pleased. “We did not expect this many people at all,” said one of the organisers, Maria Lopez.",
		[]want{{"We did not expect this many people at all,", "Maria Lopez", "said"}})
	check(t, "Two diplomats spoke to reporters. \"There is a lot of speculation and very little evidence,\" one of them said.",
		[]want{{"There is a lot of speculation and very little evidence,", "", "said"}})
}

func TestSpacesInsideTheMarksAreNotQuoted(t *testing.T) {
	got := Extract(`“Operating is a lot different,” Kevin Mayer said. “ I love what I’m doing. ”`)
	if len(got) != 2 || got[1].Text != "I love what I’m doing." || got[1].Speaker != "Kevin Mayer" {
		t.Fatalf("got %+v", got)
	}
}

// The error classes of issue 8, each in prose written for the test.
func TestRealNewsErrorClasses(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		wants []want
	}{
		{"subject carried to a coordinated verb",
			`Mayor Ana Ruiz rejected the plan and urged the council to show "patience and good sense."`,
			[]want{{"patience and good sense.", "Ana Ruiz", "urged"}}},
		{"subject carried to a participle",
			`Foreign Minister Hanna Berg renewed her call for talks, even saying "we are close to a deal."`,
			[]want{{"we are close to a deal.", "Hanna Berg", "saying"}}},
		{"two-word partial quote of a criticism verb",
			`Senator Paul Reyes attacked the governor for her "reckless spending."`,
			[]want{{"reckless spending.", "Paul Reyes", "attacked"}}},
		{"scare quote is not a quote",
			`Critics dismissed the "reforms" as cosmetic.`, nil},
		{"AP double apostrophes",
			`''We will win this fight,'' Senator Jane Doe said. ''Nobody doubts it.''`,
			[]want{{"We will win this fight,", "Jane Doe", "said"}, {"Nobody doubts it.", "Jane Doe", ""}}},
		{"inverted comments",
			`"The numbers do not add up," comments Tom Johnston, an economist at the bank.`,
			[]want{{"The numbers do not add up,", "Tom Johnston", "comments"}}},
		{"gerund before a name",
			`Ellen Park thanked the crowd. Hosting Park at the festival "is our dream," Omar Haddad said. "I can feel the energy here," Park said.`,
			[]want{{"is our dream,", "Omar Haddad", "said"}, {"I can feel the energy here,", "Ellen Park", "said"}}},
		{"a day is not a speaker",
			`Last Friday, it said the plant would close. "We regret the decision," Friday said.`,
			[]want{{"We regret the decision,", "", "*"}}},
		{"organisation speaking through a spokesperson",
			`A spokesperson for the Universities and Colleges Employers Association said: "Pay offers have been made in good faith."`,
			[]want{{"Pay offers have been made in good faith.", "Universities and Colleges Employers Association", "said"}}},
		{"speaker named in the paragraph before",
			"Minister Saeb Karimi said the move was only the latest attempt to force a surrender.\n\n\"They want us on our knees. We stand tall and we will stand tall.\"",
			[]want{{"They want us on our knees. We stand tall and we will stand tall.", "Saeb Karimi", ""}}},
		{"speaker of an earlier sentence in the paragraph",
			`Lena Holt says she hopes visitors will come. It is easy, she says, to admire the island. "But they do not know the work that goes into it."`,
			[]want{{"But they do not know the work that goes into it.", "Lena Holt", ""}}},
		{"a new role for the person just named",
			`Chris Dale warned of job cuts on Monday. Speaking in the Commons, the Conservative MP said: "It does not need to be like this."`,
			[]want{{"It does not need to be like this.", "Chris Dale", "said"}}},
		{"sentence-final cue after other words",
			`But the telescope's "remarkable and unmatched sensitivity" will be useful for follow-up work, says Laura Stein, an astronomer in Bonn.`,
			[]want{{"remarkable and unmatched sensitivity", "Laura Stein", "says"}}},
		{"coordinated role nouns",
			`Jane Miles joined the band in 1990. "We never stopped touring, not once," the singer and guitarist said.`,
			[]want{{"We never stopped touring, not once,", "Jane Miles", "said"}}},
		{"an organisation's release",
			`"The investigation found no wrongdoing by any officer," the DOJ release states.`,
			[]want{{"The investigation found no wrongdoing by any officer,", "DOJ", "states"}}},
		{"a title's object before the name",
			`"Britain must respect the rules of trade," China's ambassador to Britain Liu Xiaming told the BBC.`,
			[]want{{"Britain must respect the rules of trade,", "Liu Xiaming", "told the BBC"}}},
		{"a long role before the name",
			`"We see methane lakes on the surface," JPL scientist and study co-author Michael Malaska said.`,
			[]want{{"We see methane lakes on the surface,", "Michael Malaska", "said"}}},
		{"interview turns",
			`Mary Chen sat down with a reporter. "Are you worried about the vote?" a reporter asked. "Not at all. We have the numbers," she replied.`,
			[]want{{"Are you worried about the vote?", "", "asked"}, {"Not at all. We have the numbers,", "Mary Chen", "replied"}}},
		{"the statement is its issuer's",
			"On Monday, Harlow Records issued a statement about the tour.\n\n\"Artists do not need label approval for live performances,\" the statement continued.",
			[]want{{"Artists do not need label approval for live performances,", "Harlow Records", "continued"}}},
		{"party and state between commas",
			`Sen. Ben Cole, R-Neb., called the death "a crisis of public trust" within the prison system.`,
			[]want{{"a crisis of public trust", "Ben Cole", "called"}}},
		{"an adjective before the name",
			`"Well, then that would be quite different," said a skeptical Robert Wolf, the trust's new chairman.`,
			[]want{{"Well, then that would be quite different,", "Robert Wolf", "said"}}},
		{"an adverb between name and verb",
			`"We messed up; I messed up," Thomas allegedly told a supervisor.`,
			[]want{{"We messed up; I messed up,", "Thomas", "told a supervisor"}}},
		{"a participle after an introductory phrase",
			`After the hearing, Kate Sawyer issued a statement, saying, "I am committed to this agency."`,
			[]want{{"I am committed to this agency.", "Kate Sawyer", "saying"}}},
		{"a quoted show name is not a quote and does not end the clause",
			`Asked why, Bernice Scott told "CBS This Morning" co-host Gayle King, "Because you have to reckon with us."`,
			[]want{{"Because you have to reckon with us.", "Bernice Scott", "told"}}},
		{"a sentence-final cue with a long apposition",
			`Mr. Park was known for telling others "he was in charge of the port" despite being the envoy in Lisbon, said another witness in the inquiry, former White House adviser Fiona Hale.`,
			[]want{{"he was in charge of the port", "Fiona Hale", "said"}}},
		{"a pronoun subject carries the person to the next pronoun",
			"\"Fewer launches mean fewer risks,\" said Doug Cooke, a former NASA official.\n\n\"The mission I flew needed one launch,\" Tom Stafford, a member of the crew, responded. He then referred to Cooke's earlier testimony. \"I cannot disagree with it.\"\n\n\"With eight launches, I go with Mr. Cooke,\" he concluded.",
			[]want{{"Fewer launches mean fewer risks,", "Doug Cooke", "said"}, {"The mission I flew needed one launch,", "Tom Stafford", "responded"},
				{"I cannot disagree with it.", "Tom Stafford", ""}, {"With eight launches, I go with Mr. Cooke,", "Tom Stafford", "concluded"}}},
		{"a name in the reported clause is not the pronoun's",
			`Prince Harry and his son Archie moved to California in March. Prince Harry said outdoor space had been a huge benefit. Taking Archie outside is his favorite activity, he said. "The highlight for me is the bicycle."`,
			[]want{{"The highlight for me is the bicycle.", "Harry", ""}}},
		{"a given name says which pronoun",
			`Defense lawyer Reginald Bianchi questioned Judge Gwendolyn Price at the hearing. "I was never told," she said.`,
			[]want{{"I was never told,", "Gwendolyn Price", "said"}}},
		{"a long apposition with commas after the quote",
			`"Numerical experiments like this pay off when you get out more than you put in," Dylan Marsh, a fellow at the Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement.`,
			[]want{{"Numerical experiments like this pay off when you get out more than you put in,", "Dylan Marsh", "said"}}},
		{"a long role with commas before the name",
			`"We are bringing ministers of trade from across the region," Minister of Industry, Investment and Commerce, Senator the Hon. Aubyn Hale, told reporters.`,
			[]want{{"We are bringing ministers of trade from across the region,", "Aubyn Hale", "told reporters"}}},
		{"a long apposition before the verb and colon",
			`Mr Parrish, chairman of the Commons' environment, food and rural affairs committee, said: "The Lords picked up where we left off."`,
			[]want{{"The Lords picked up where we left off.", "Parrish", "said"}}},
		{"a mid-sentence quote is not attributed across a later comma",
			`Mr. Sand was known for telling others "he was in charge of the port" despite being the envoy in Brussels, said another witness.`,
			[]want{{"he was in charge of the port", "", "said"}}},
		{"the source of a report is not the speaker",
			`According to AFP, one user on Weibo, China's version of Twitter, posted: "I just want to know how they came to Beijing."`,
			[]want{{"I just want to know how they came to Beijing.", "", "posted"}}},
		{"an adverbial compound is not part of a name",
			`Adam Stiff has held hearings for weeks. Day-by-day Stiff's hearings crowd out the candidates. "We will finish by Christmas," Stiff said.`,
			[]want{{"We will finish by Christmas,", "Adam Stiff", "said"}}},
		{"a verb of thought does not report a quotation deep in its clause",
			`Adam Stiff believes that the more chaos he creates, the more the public will cover its ears and scream, "Make it go away."`,
			[]want{{"Make it go away.", "", "*"}}},
		{"a short term after of or for is not a quotation",
			`Farmers can develop a condition known as "bird fancier's lung." Others want to pay for "Medicare for all."`, nil},
		{"a peerage title names the person",
			`Prince Harry and Meghan, Duchess of Sussex, spoke to Oprah Winfrey. The duchess said she reached out to a friend of Princess Diana. "I didn't know who to turn to," she told Winfrey.`,
			[]want{{"I didn't know who to turn to,", "Meghan", "told Winfrey"}}},
		{"a subordinate clause before the subject",
			`Prince Harry said he would not name the relative. When Winfrey asked if he could share the questions, he declined, saying "I'm not comfortable with sharing that."`,
			[]want{{"I'm not comfortable with sharing that.", "Harry", "saying"}}},
		{"an organisation named with for",
			`As we have noted, a study by the Centre for Economic Policy Research, a London think tank, concluded that "the full incidence of the tariff falls on domestic consumers."` + "\n\n" +
				`The Institute for Fiscal Studies said: "Taxes will have to rise."`,
			[]want{{"the full incidence of the tariff falls on domestic consumers.", "Centre for Economic Policy Research", "concluded"},
				{"Taxes will have to rise.", "Institute for Fiscal Studies", "said"}}},
		{"a short form of the given name is the same person",
			"Joshua Apte, a professor of engineering, studies smog.\n\n\"Citizens have every right to be outraged.\" — Josh Apte (@joshapte)\n\n\"It is like a sink that is plugged up,\" Apte said.",
			[]want{{"Citizens have every right to be outraged.", "Joshua Apte", ""}, {"It is like a sink that is plugged up,", "Joshua Apte", "said"}}},
		{"an apposition missing its closing comma",
			`"This is mainly due to the change in wind direction," Kirin Selvan, a research analyst at the Council on Energy think tank told CBS News.`,
			[]want{{"This is mainly due to the change in wind direction,", "Kirin Selvan", "told CBS News"}}},
		{"an unnamed person named by was",
			`In the wake of the warnings, one of the women to flee the north was 25-year-old Nadia Haddad, who was pregnant at the time. "I am from Gaza City," she said in an interview.`,
			[]want{{"I am from Gaza City,", "Nadia Haddad", "said"}}},
		{"a journal is not the speaker",
			`The authors of the study published in the journal Cell Reports argued that the results were "a potential public health concern."`,
			[]want{{"a potential public health concern.", "", "argued"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.in, tc.wants) })
	}
}
