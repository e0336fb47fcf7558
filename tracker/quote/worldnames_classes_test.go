package quote

import "testing"

// Constructed probes of wire news naming people from around the world
// (Arabic, Indian, German, Chinese, Korean, Spanish and Portuguese names):
// classes that went wrong.

// An Arabic surname written with its article ("al-Sharaa", "el-Sisi") is
// the same surname when the story later drops the article ("Sharaa
// said"), as Reuters and AP style do. Failed before: "Sharaa", "Shaibani"
// (a new person of one word). Must not fire: a different surname, a name
// of one word that only begins like the article ("Alvarez"), an article
// kept on both.
func TestWorldArabicArticleDropped(t *testing.T) {
	runCueCases(t, []cueCase{
		{"al- dropped", "Syria's interim president Ahmed al-Sharaa spoke on Thursday.\n\n\"No one will be above the law,\" Sharaa said.",
			[]want{{"No one will be above the law,", "Ahmed al-Sharaa", "said"}}},
		{"al- dropped told", "Foreign Minister Asaad al-Shaibani said the committee was independent. \"We want the truth,\" Shaibani told Al Jazeera.",
			[]want{{"We want the truth,", "Asaad al-Shaibani", "told Al Jazeera"}}},
		{"el- dropped", "Egyptian President Abdel Fattah el-Sisi met his Kenyan counterpart.\n\n\"This is a red line,\" Sisi said.",
			[]want{{"This is a red line,", "Abdel Fattah el-Sisi", "said"}}},
		{"capital Al-", "Mohamed Al-Hashimi, a lawyer in Dubai, was at the hearing. \"The ruling is final,\" Hashimi said.",
			[]want{{"The ruling is final,", "Mohamed Al-Hashimi", "said"}}},
		// Must not fire.
		{"article kept", "Syria's interim president Ahmed al-Sharaa spoke on Thursday. \"No one is above the law,\" al-Sharaa said.",
			[]want{{"No one is above the law,", "Ahmed al-Sharaa", "said"}}},
		{"other surname", "Syria's interim president Ahmed al-Sharaa spoke on Thursday. \"We were not consulted,\" Shaibani said.",
			[]want{{"We were not consulted,", "Shaibani", "said"}}},
		{"alvarez", "Foreign Minister Asaad al-Varez spoke. Separately, Maria Alvarez runs a bakery. \"Bread is dear,\" Alvarez said.",
			[]want{{"Bread is dear,", "Maria Alvarez", "said"}}},
	})
}
