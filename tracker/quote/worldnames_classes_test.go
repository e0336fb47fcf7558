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

// Indian honorifics before a name ("Shri Amit Shah", "Smt. Nirmala
// Sitharaman", "Shrimati") and "Ji" after a full name ("Narendra Modi Ji")
// are no part of it. Failed before: "Shri Amit Shah", "Smt" (the
// abbreviation taken as the name), "Narendra Modi Ji". Must not fire: a
// Chinese name of two words ending in "Ji", "Sri" as a given name.
func TestWorldIndianHonorifics(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Shri", "Shri Amit Shah spoke at the rally in Gandhinagar. \"India is ready to lead,\" Shah said.",
			[]want{{"India is ready to lead,", "Amit Shah", "said"}}},
		{"said Shri", "\"India is ready to lead,\" said Shri Amit Shah.",
			[]want{{"India is ready to lead,", "Amit Shah", "said"}}},
		{"Smt.", "\"Our growth fundamentals are strong,\" said Smt. Nirmala Sitharaman.",
			[]want{{"Our growth fundamentals are strong,", "Nirmala Sitharaman", "said"}}},
		{"Shrimati", "Shrimati Draupadi Murmu addressed the joint session. \"This is a historic day,\" Murmu said.",
			[]want{{"This is a historic day,", "Draupadi Murmu", "said"}}},
		{"Ji after", "Prime Minister Shri Narendra Modi Ji was also present at the event.\n\n\"India is ready to lead,\" Modi said.",
			[]want{{"India is ready to lead,", "Narendra Modi", "said"}}},
		{"Ji after role", "Union Home Minister Amit Shah Ji addressed the rally. \"India is ready to lead,\" Shah said.",
			[]want{{"India is ready to lead,", "Amit Shah", "said"}}},
		// Must not fire.
		{"Chinese Ji", "Zhang Ji, a spokesman for the firm, spoke in Shenzhen. \"Demand is strong,\" Zhang Ji said.",
			[]want{{"Demand is strong,", "Zhang Ji", "said"}}},
		{"Sri given name", "\"The deficit will stay below 3 percent,\" said Finance Minister Sri Mulyani Indrawati.",
			[]want{{"The deficit will stay below 3 percent,", "Sri Mulyani Indrawati", "said"}}},
	})
}

// "zu" joins a German name like "von" ("Karl-Theodor zu Guttenberg"):
// the full name is the speaker when the story later says "Guttenberg" or
// "zu Guttenberg". Failed before: "Guttenberg". Must not fire: other
// particles keep working ("von der Leyen", "de Villepin").
func TestWorldGermanParticleZu(t *testing.T) {
	runCueCases(t, []cueCase{
		{"zu", "Karl-Theodor zu Guttenberg, a former defence minister, said Germany was too slow. \"Time is running out,\" zu Guttenberg said in an interview.",
			[]want{{"Time is running out,", "Karl-Theodor zu Guttenberg", "said"}}},
		{"zu dropped", "Karl-Theodor zu Guttenberg, a former defence minister, spoke to Bild. \"Time is running out,\" Guttenberg said.",
			[]want{{"Time is running out,", "Karl-Theodor zu Guttenberg", "said"}}},
		// Must not fire: other particles.
		{"von der", "European Commission President Ursula von der Leyen unveiled the plan.\n\n\"Europe is in danger,\" von der Leyen told reporters.",
			[]want{{"Europe is in danger,", "Ursula von der Leyen", "told reporters"}}},
		{"de", "Former prime minister Dominique de Villepin was critical. \"We have forgotten de Gaulle,\" de Villepin told France Inter radio.",
			[]want{{"We have forgotten de Gaulle,", "Dominique de Villepin", "told France Inter"}}},
	})
}

// "the Russian leader" when the article gave "leader" to another country's
// head ("Chinese leader Xi Jinping met Russian President Vladimir Putin")
// is the one head of state or government of the country the nationality
// names. Failed before: "" (the leader found was the Chinese one, then
// refused). Must not fire: two leaders of that country, no leader of that
// country, a party's leader.
func TestWorldNationalityLeader(t *testing.T) {
	runCueCases(t, []cueCase{
		{"Russian leader", "Chinese leader Xi Jinping met Russian President Vladimir Putin on Tuesday.\n\n\"Our cooperation is not directed against anyone,\" the Russian leader said.",
			[]want{{"Our cooperation is not directed against anyone,", "Vladimir Putin", "said"}}},
		{"Japanese leader", "Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo.\n\n\"We share values,\" the Japanese leader said.",
			[]want{{"We share values,", "Shigeru Ishiba", "said"}}},
		// Must not fire.
		{"two of the country", "Chinese leader Xi Jinping met Russian President Vladimir Putin and Russian Prime Minister Mikhail Mishustin.\n\n\"Our cooperation is not directed against anyone,\" the Russian leader said.",
			[]want{{"Our cooperation is not directed against anyone,", "", "said"}}},
		{"none of the country", "Chinese leader Xi Jinping met Russian Foreign Minister Sergei Lavrov on Tuesday.\n\n\"Our cooperation is not directed against anyone,\" the Russian leader said.",
			[]want{{"Our cooperation is not directed against anyone,", "", "said"}}},
		{"party leader", "Labour leader Keir Starmer met Conservative leader Kemi Badenoch on Tuesday.\n\n\"We will not back down,\" the Tory leader said.",
			[]want{{"We will not back down,", "", "said"}}},
	})
}
