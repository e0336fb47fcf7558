package quote

import "testing"

// A sentence closed by a colon whose subject is a surname alone, opening
// the sentence, and whose verb is in the past tense ("Okafor disagreed:",
// "Okafor saw it differently:") introduces that person's words, as "Okafor
// was defiant:" already did: before, the speaker was "". A common noun or
// pronoun alone in that place ("Education was key:", "Nothing changed:")
// names no one: before, "Education" and "Nothing" were given at 1.
func TestColonLeadInSurnameAlone(t *testing.T) {
	const q = `"We were the better side and everyone could see it."`
	runCueCases(t, []cueCase{
		{"disagreed", `Okafor disagreed: ` + q, []want{{q[1 : len(q)-1], "Okafor", ""}}},
		{"saw it differently", `Okafor saw it differently: ` + q, []want{{q[1 : len(q)-1], "Okafor", ""}}},
		{"took a view", `Okafor took a different view: ` + q, []want{{q[1 : len(q)-1], "Okafor", ""}}},
		{"offered", `Okafor offered a warning: ` + q, []want{{q[1 : len(q)-1], "Okafor", ""}}},
		{"after another speaker", `"It was a penalty," said Guardiola. Arteta disagreed: "He dived in the box."`,
			[]want{{"It was a penalty,", "Guardiola", "said"}, {"He dived in the box.", "Arteta", ""}}},
		// Not fired: a group, an abstract noun, a pronoun.
		{"group", `Critics disagreed: "The march was not peaceful."`, []want{{"The march was not peaceful.", "", ""}}},
		{"abstract noun copula", `Education was key: "It is the end of an era."`, []want{{"It is the end of an era.", "", ""}}},
		{"abstract noun", `Silence followed: "It is the end of an era."`, []want{{"It is the end of an era.", "", ""}}},
		{"indefinite", `Nothing changed: "It is the end of an era."`, []want{{"It is the end of an era.", "", ""}}},
		{"everyone", `Everyone agreed: "It is the end of an era."`, []want{{"It is the end of an era.", "", ""}}},
		// A given name with an abstract noun's ending is still a name.
		{"given name", `Florence disagreed: "It is the end of an era."`, []want{{"It is the end of an era.", "Florence", ""}}},
	})
}

// A short quotation after a naming verb and its object ("Everyone called
// Campbell "Coach"", "fans dubbed him "The Wall"") is what the object is
// called, not speech, even when the verb ("called") could report it.
func TestNamedObjectNotQuote(t *testing.T) {
	for _, in := range []string{
		`Everyone called Campbell "Coach" because he had coached football.`,
		`Fans dubbed him "Wall" after the final.`,
		`Colleagues called Ann Hall "Boss" for years.`,
	} {
		if qs := Extract(in); len(qs) != 0 {
			t.Errorf("%s: got %q; want no quotation", in, qs[0].Text)
		}
	}
	// Not fired: a quotation of three words or more after "called" is words.
	runCueCases(t, []cueCase{
		{"called it words", `Hall called it "a total disgrace to the club".`,
			[]want{{"a total disgrace to the club", "Hall", "called"}}},
	})
}
