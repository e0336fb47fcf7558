package quote

import "testing"

// Classes of pronouns, sentence structure and interviews (issue 8, round
// 20), with sentences written for these tests in the way news is written.
// Each failed before its rule, unless marked as a guard.

// A sentence whose subject names something with the quoted words, closed
// by a cue that only reports it: the words are the namer's, not the
// reporter's. Failed before: "Hale called the plan "...," Reed said" gave
// Reed; "Hale branded ... "...," according to Reed" gave Reed.
func TestHBNamerReported(t *testing.T) {
	runCueCases(t, []cueCase{
		{"called, said", `Councillor Tom Hale called the plan "a disaster for every family in this town," Mayor Ann Reed said.`,
			[]want{{"a disaster for every family in this town,", "Tom Hale", "called"}}},
		{"described as, told reporters", `Senator Paul Dunn described the bill as "reckless and cruel," Governor Lisa Moore told reporters.`,
			[]want{{"reckless and cruel,", "Paul Dunn", "described"}}},
		{"has called, his spokesman said", `Senator Paul Dunn has called the deal "a betrayal of every worker," his spokesman said.`,
			[]want{{"a betrayal of every worker,", "Paul Dunn", "called"}}},
		{"branded, according to", `Tom Hale branded the proposal "dead on arrival in the Senate," according to Ann Reed.`,
			[]want{{"dead on arrival in the Senate,", "Tom Hale", "branded"}}},
		{"labelled, said", `Ann Cole labelled the scheme "a waste of public money," Tom Hale said.`,
			[]want{{"a waste of public money,", "Ann Cole", "labelled"}}},
		{"critics, no one named", `Critics have called the plan "a gift to the rich," Ann Reed said.`,
			[]want{{"a gift to the rich,", "", "called"}}},
		// Guards: the reporter's own words.
		{"guard: said of", `"A disaster for every family," Ann Reed said of Tom Hale's plan.`,
			[]want{{"A disaster for every family,", "Ann Reed", "said"}}},
		{"guard: no naming verb", `Ann Reed met Tom Hale on Monday. The plan is "a disaster for every family," Reed said.`,
			[]want{{"a disaster for every family,", "Ann Reed", "said"}}},
		{"guard: participle", `Tom Hale, calling the plan "a disaster for families," said he would vote no, Ann Reed said.`,
			[]want{{"a disaster for families,", "Tom Hale", "said"}}},
	})
}

// Guards for constructions that already worked: an opening adverbial of
// time or place before the subject, a "he said" inside the quoted words,
// cues with "had", "has", "would", and a job word before a name of three
// words.
func TestHBStructureGuards(t *testing.T) {
	runCueCases(t, []cueCase{
		{"on Tuesday", `On Tuesday, Mayor Ann Ruiz said the city "will not back down from this fight."`,
			[]want{{"will not back down from this fight.", "Ann Ruiz", "said"}}},
		{"last week", `Mayor Ann Ruiz spoke on Monday. Last week Ruiz told reporters: "We have the votes and we will use them."`,
			[]want{{"We have the votes and we will use them.", "Ann Ruiz", "told reporters"}}},
		{"earlier, in Leeds", `Earlier, in Leeds, Mayor Ann Ruiz said the talks were "going nowhere fast."`,
			[]want{{"going nowhere fast.", "Ann Ruiz", "said"}}},
		{"he said inside", `Ann Ruiz waited a week. "He said he would call me back the next day," Ruiz said.`,
			[]want{{"He said he would call me back the next day,", "Ann Ruiz", "said"}}},
		{"had said", `Tom Bell had said the club "would never sell its best players."`,
			[]want{{"would never sell its best players.", "Tom Bell", "said"}}},
		{"would later say", `"It was the hardest vote of my career," Ann Ruiz would later say.`,
			[]want{{"It was the hardest vote of my career,", "Ann Ruiz", "say"}}},
		{"driver, three words", `"The roads are getting worse every year," driver Tri Van Nguyen said.`,
			[]want{{"The roads are getting worse every year,", "Tri Van Nguyen", "said"}}},
		{"nurse, particle", `"We are working double shifts every week," nurse Maria de Souza said.`,
			[]want{{"We are working double shifts every week,", "Maria de Souza", "said"}}},
	})
}
