package quote

import "testing"

// "the union", "the regulator", "the website" refer back to an
// organisation whose name does not hold the noun: a profession's
// association or royal college that is also a union (shown, as a name
// with its head word is), a body of one word that acted ("Ofgem
// announced", given below ConfidentAt, as bareOrg's names are), a site of
// one word. Failed before: "" for each.
func TestOrgReferredBackByKind(t *testing.T) {
	cases := []struct {
		name, in, speaker string
		shown             bool
	}{
		{"association as union", `The British Medical Association said on Tuesday doctors would strike again. "Our members have been left with no choice," the union said.`, "British Medical Association", true},
		{"royal college as union", `The Royal College of Nursing balloted its members last month. "Nurses are exhausted," the union said.`, "Royal College of Nursing", true},
		{"federation as union, a sentence between", "The American Federation of Teachers called the plan reckless. Districts have until June to respond.\n\n\"Teachers will not accept this,\" the union said.", "American Federation of Teachers", true},
		{"regulator of one word", `Ofgem announced the new price cap on Friday. "Bills will fall in April," the regulator said.`, "Ofgem", false},
		{"watchdog of one word", `Ofsted published its report on the school on Monday. "Leadership has improved," the watchdog said.`, "Ofsted", false},
		{"website of one word", `Mumsnet ran the survey in May. "Parents told us they are struggling," the website said.`, "Mumsnet", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := Extract(c.in)
			if len(qs) != 1 {
				t.Fatalf("got %d quotations, want 1: %+v", len(qs), qs)
			}
			if q := qs[0]; q.Speaker != c.speaker || (q.Confidence >= ConfidentAt) != c.shown {
				t.Errorf("%q by %q at %.2f; want %q shown=%v", q.Text, q.Speaker, q.Confidence, c.speaker, c.shown)
			}
		})
	}
}

// Must not fire: a firm acted on ("was fined") before "the regulator",
// workers of a firm before "the union", an employers' association named
// long before, two associations in one sentence, a body of one word
// after a preposition.
func TestOrgReferredBackByKindNotFired(t *testing.T) {
	runCueCases(t, []cueCase{
		{"firm fined", `Thames Water was fined £100 million on Tuesday. "The company failed its customers," the regulator said.`,
			[]want{{"The company failed its customers,", "", "said"}}},
		{"firm's workers", `Amazon workers walked out at two warehouses. "We are ready to talk," the union said.`,
			[]want{{"We are ready to talk,", "", "said"}}},
		{"employers' association long before", "The American Hospital Association, which speaks for employers, opposed the bill. Nurses at three hospitals voted on Monday. The vote closed at noon. Turnout was high.\n\n\"This is a historic day,\" the union said.",
			[]want{{"This is a historic day,", "", "said"}}},
		{"two associations", `The National Education Association and the American Library Association both criticised the ban. "Books are not the enemy," the union said.`,
			[]want{{"Books are not the enemy,", "", "said"}}},
		{"after a preposition", `Complaints to Ofcom rose by a third. "Viewers were upset," the regulator said.`,
			[]want{{"Viewers were upset,", "", "said"}}},
	})
}

// A news outlet named by a country or letters and "Today" or "Daily"
// ("USA Today", "India Today", "China Daily") is one organisation, a
// publication that "the newspaper", "the paper" or "the channel" refers
// back to, and no person "he" may mean. Failed before: "USA" for "the
// newspaper", "" for "the paper" and "the channel", and "USA Today" at
// 0.68 for the senator's "he said".
func TestOutletTodayDaily(t *testing.T) {
	runCueCases(t, []cueCase{
		{"USA Today", `USA Today first reported the leak on Sunday. "We stand by our story," the newspaper said.`,
			[]want{{"We stand by our story,", "USA Today", "said"}}},
		{"China Daily", `China Daily said the talks had gone well. "Both sides showed goodwill," the paper said.`,
			[]want{{"Both sides showed goodwill,", "China Daily", "said"}}},
		{"India Today", `India Today first reported the leak on Sunday. "Our reporters verified every document," the channel said in a statement.`,
			[]want{{"Our reporters verified every document,", "India Today", "said"}}},
		// Must not fire: the outlet is no "he"; "Today" after a name
		// opening a sentence is the adverb.
		{"not he", `In a statement to USA Today, the senator said he would resign. "It is time," he said.`,
			[]want{{"It is time,", "", "said"}}},
		{"adverb", "Maria Lopez won the seat in 2019. Today Lopez said she would stand again. \"The job is not done,\" she said.",
			[]want{{"The job is not done,", "Maria Lopez", "said"}}},
	})
}
