package quote

import "testing"

// An interview printed as questions and answers: the answers, quoted
// paragraphs with no cue after an unquoted question, are the words of the
// one person the paragraph before the first question names. Before, they
// gave "".
func TestInterviewAnswers(t *testing.T) {
	runCueCases(t, []cueCase{
		{"two answers", `In an interview with The Times, Olivia Colman spoke about her new film.

What drew you to the role?

"I loved the script. It was the first thing I read that made me cry."

Would you do a sequel?

"Never say never. But I'd want the same director."`,
			[]want{{"I loved the script. It was the first thing I read that made me cry.", "Olivia Colman", ""},
				{"Never say never. But I'd want the same director.", "Olivia Colman", ""}}},
		{"spoke to", `We spoke to economist Ann Pettifor about the budget.

Is the chancellor right to cut spending?

"No. Cutting now will shrink the economy and the deficit will grow."`,
			[]want{{"No. Cutting now will shrink the economy and the deficit will grow.", "Ann Pettifor", ""}}},
		// Not fired: the paragraph before the question names two people.
		{"two people", `Ann Hall, the council leader, backed the plan. Tom Reed opposed it.

So what happens next?

"We vote on Tuesday."`,
			[]want{{"We vote on Tuesday.", "", ""}}},
	})
}
