package quote

import "testing"

// After an inverted verb of speech, a post "of" a field before the name
// ("said director of research Ann Hall", "said head of policy Ann Hall")
// is the person's role. Failed before: no cue, "".
func TestPostOfFieldAfterVerb(t *testing.T) {
	runCueCases(t, []cueCase{
		{"director of research", "\"The figures are worse than we feared,\" said director of research Ann Hall.",
			[]want{{"The figures are worse than we feared,", "Ann Hall", "said"}}},
		{"head of policy", "\"The figures are worse than we feared,\" said head of policy Ann Hall.",
			[]want{{"The figures are worse than we feared,", "Ann Hall", "said"}}},
		// Must not fire: an organisation after the field, and a role with
		// a determiner, which the rules read already.
		{"organisation named", "\"The figures are worse than we feared,\" said director of research Northfield Trust.",
			[]want{{"The figures are worse than we feared,", "", "*"}}},
		{"the charity's director", "\"The figures are worse than we feared,\" said the charity's director of research, Ann Hall.",
			[]want{{"The figures are worse than we feared,", "Ann Hall", "said"}}},
	})
	qs := Extract("\"The figures are worse than we feared,\" said director of research Ann Hall.")
	if len(qs) != 1 || qs[0].Role != "director of research" {
		t.Errorf("got %+v; want the role \"director of research\"", qs)
	}
}

// "on" after an institution's head goes on with its name ("Committee on
// Intelligence and Security", "Center on Poverty and Inequality"), as "of"
// and "for" did; a day or month after it is a date. Failed before:
// "Committee", and "" for the Center.
func TestInstitutionOnNames(t *testing.T) {
	runCueCases(t, []cueCase{
		{"committee on", "The Committee on Intelligence and Security said the review was overdue. \"Ministers have ignored our warnings for years,\" the committee said.",
			[]want{{"Ministers have ignored our warnings for years,", "Committee on Intelligence and Security", "said"}}},
		{"center on", "Stanford University's Center on Poverty and Inequality states that \"the birth lottery matters more in the U.S.\"",
			[]want{{"the birth lottery matters more in the U.S.", "Center on Poverty and Inequality", "states"}}},
		// Must not fire: a date after "on".
		{"committee on Monday", "The Committee on Monday said the review was overdue. \"Ministers have ignored our warnings for years,\" the committee said.",
			[]want{{"Ministers have ignored our warnings for years,", "Committee", "said"}}},
	})
}
