package quote

import "testing"

// What a word or phrase means, and its translation, are quoted but no one
// said them: after "which means", ", meaning", "translates as", "stands
// for", or in brackets right after the quoted word; and the name of a band
// or group after its noun. Failed before (fresh7's page on Hamburg's dialect):
// each was a quotation, some given a speaker ("German").
func TestGlossIsNoQuotation(t *testing.T) {
	runCueCases(t, []cueCase{
		{"which means after another quotation", `You may well hear "Bist du mall?!" being shouted, which means "Are you out of your mind?!"`,
			[]want{{"Bist du mall?!", "", ""}}},
		{"translates as", `The word is still used, and literally translates as a "mouth bone".`, nil},
		{"translation in brackets", `There is even a group "De fofftig Penns" ("Die fünfzig Pfennige" in German) that raps in dialect.`, nil},
		{"stands for", `The sign read "NIMBY", which stands for "not in my back yard".`, nil},
		// Must not fire: someone's words after "means" as their verb of
		// speech, and a quotation after a name.
		{"said it means", `"This means we can finally rebuild the bridge," Mayor Ann Cole said.`,
			[]want{{"This means we can finally rebuild the bridge,", "Ann Cole", "said"}}},
	})
}

// "penned", "blogged", "jotted" report written words like "wrote". Failed
// before: no speaker (fresh7).
func TestWritingVerbs(t *testing.T) {
	runCueCases(t, []cueCase{
		{"penned", `The claim was checked by health writer Ann Lee. "The evidence is mixed," she penned in an article.`,
			[]want{{"The evidence is mixed,", "Ann Lee", "penned"}}},
		{"blogged", `"We are not giving up," Tom Reed blogged on Friday.`,
			[]want{{"We are not giving up,", "Tom Reed", "blogged"}}},
	})
}
