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
