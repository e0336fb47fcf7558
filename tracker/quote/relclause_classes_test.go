package quote

import "testing"

// A sentence closed by a colon introduces its subject's words. A name
// inside a relative clause on an unnamed subject ("The man who shot Sam
// Ortiz told police:", "A woman whose son played with Leo Hart said:")
// is not that subject. Failed before: "Sam Ortiz", "Dan Price" and "Leo
// Hart" at 1.00, shown. Must not fire: the subject named before
// its relative clause, a relative clause closed by a comma before the
// name, a name with no relative clause.
func TestColonLeadRelativeClause(t *testing.T) {
	runCueCases(t, []cueCase{
		{"who", `The man who shot Sam Ortiz told police: "I didn't mean to do it."`,
			[]want{{"I didn't mean to do it.", "", ""}}},
		{"where", `A teacher at the school where Dan Price worked said: "He was always kind to the children."`,
			[]want{{"He was always kind to the children.", "", ""}}},
		{"whose", `A woman whose son played with Leo Hart said: "They were inseparable."`,
			[]want{{"They were inseparable.", "", "said"}}},
		// Must not fire.
		{"named subject", `Tom Reed, who met Ann Hall on Monday, said: "We agreed on nothing."`,
			[]want{{"We agreed on nothing.", "Tom Reed", "said"}}},
		{"clause closed", `In the town where he grew up, Tom Reed told reporters: "I owe this place everything."`,
			[]want{{"I owe this place everything.", "Tom Reed", "told reporters"}}},
		{"no clause", `Speaking outside court, Ann Hall said: "Justice has been done."`,
			[]want{{"Justice has been done.", "Ann Hall", "said"}}},
	})
}
