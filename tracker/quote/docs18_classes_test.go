package quote

import "testing"

// A legal document or letter that speaks ("the lawsuit said", "the letter
// stated") is its filer's or writer's words when the article said who
// sued or wrote: "Harlow Pharmaceuticals sued the FDA", "The Law Society
// of Kenya has written to Parliament", "a complaint by the campaign group
// River Action". Failed before: "" for each (the nouns of a suit were no
// speech nouns, and suing or writing to someone made no document). Must
// not fire: a subject that is no name ("Three former employees have
// sued"), the one sued ("was sued by"), the one who received a letter or
// faces a suit, a letter written by no one named.
func TestDocsDocumentOfItsFiler(t *testing.T) {
	runCueCases(t, []cueCase{
		{"sued, the lawsuit said", "Harlow Pharmaceuticals sued the Food and Drug Administration on Tuesday.\n\n\"The agency has moved the goalposts three times in two years,\" the lawsuit said.",
			[]want{{"The agency has moved the goalposts three times in two years,", "Harlow Pharmaceuticals", "said"}}},
		{"has sued, the complaint alleges", "Ruth Alvarez, a former engineer, has sued Corvex Motors for wrongful dismissal.\n\n\"Management was told of the defect in 2019 and chose to do nothing,\" the complaint alleges.",
			[]want{{"Management was told of the defect in 2019 and chose to do nothing,", "Ruth Alvarez", "alleges"}}},
		{"written to, the letter stated", "The Law Society of Kenya has written to Parliament opposing the Finance Bill.\n\n\"The bill violates the constitutional rights of ordinary Kenyans,\" the letter stated.",
			[]want{{"The bill violates the constitutional rights of ordinary Kenyans,", "Law Society of Kenya", "stated"}}},
		{"wrote to, the letter says", "The National Union of Teachers wrote to the Education Secretary on Monday demanding a meeting.\n\n\"Teachers are leaving the profession in record numbers,\" the letter says.",
			[]want{{"Teachers are leaving the profession in record numbers,", "National Union of Teachers", "says"}}},
		{"filed a lawsuit", "Mayor Lisa Chen filed a lawsuit against the state on Monday.\n\n\"The governor has no power to withhold these funds,\" the lawsuit said.",
			[]want{{"The governor has no power to withhold these funds,", "Lisa Chen", "said"}}},
		{"a complaint by", "Acme Water dumped sewage in the River Avon 400 times last year, according to a complaint by the campaign group River Action.\n\n\"Acme has treated our river as an open sewer,\" the complaint said.",
			[]want{{"Acme has treated our river as an open sewer,", "River Action", "said"}}},
		// Must not fire.
		{"no name sued", "Three former employees have sued Brightline Studios, alleging unpaid overtime.\n\n\"Brightline built its business on the backs of workers it refused to pay,\" the lawsuit states.",
			[]want{{"Brightline built its business on the backs of workers it refused to pay,", "", "states"}}},
		{"was sued", "Brightline Studios was sued by three former employees on Tuesday.\n\n\"Brightline built its business on the backs of workers it refused to pay,\" the lawsuit states.",
			[]want{{"Brightline built its business on the backs of workers it refused to pay,", "", "states"}}},
		{"faces a lawsuit", "Brightline Studios faces a lawsuit over unpaid overtime.\n\n\"Brightline built its business on the backs of workers it refused to pay,\" the lawsuit states.",
			[]want{{"Brightline built its business on the backs of workers it refused to pay,", "", "states"}}},
		{"received a letter", "Ortega Mining received a letter from angry shareholders on Monday.\n\n\"The board has failed us,\" the letter said.",
			[]want{{"The board has failed us,", "", "said"}}},
		{"many wrote", "More than 40 Labour MPs have written to the Chancellor urging her to scrap the cap.\n\n\"This policy is pushing children into poverty,\" the letter said.",
			[]want{{"This policy is pushing children into poverty,", "", "said"}}},
		{"wrote a book", "Ann Hale wrote a memoir about her years in Parliament.\n\n\"Nobody warned me about the hours,\" the letter said.",
			[]want{{"Nobody warned me about the hours,", "", "said"}}},
	})
}
