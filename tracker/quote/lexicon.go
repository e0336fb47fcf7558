package quote

import "strings"

// The word lists below are curated for news prose. The reporting verbs were
// chosen with the Gender Gap Tracker and JournalismAI quote-verb lists as a
// reference (see corpus/quote-verb-lists), keeping verbs that introduce
// speech and leaving out ones that mostly mean something else in news
// ("find", "present", "release", "think").

// reportingVerbs maps each inflected form of a reporting verb to true.
var reportingVerbs = buildVerbs(
	// lemma, then irregular or doubled forms where the regular rules fail
	"say said", "tell told", "add", "write wrote written", "explain", "state",
	"ask", "accuse", "describe", "reply replied replies", "respond", "answer", "note", "argue",
	"insist", "warn", "claim", "comment", "tweet", "post", "declare",
	"announce", "continue", "conclude", "acknowledge", "admit admitted admitting",
	"assert", "assure", "confirm", "deny denied denies", "exclaim", "mention",
	"observe", "predict", "proclaim", "promise", "recall", "remark", "report",
	"reiterate", "remind", "reveal", "suggest", "testify testified testifies",
	"urge", "vow", "shout", "yell", "laugh", "counter", "complain", "concede",
	"caution", "emphasise", "emphasize", "stress", "quip quipped quipping",
	"joke", "muse", "whisper", "boast", "lament", "plead pleaded pled",
	"pledge", "reason", "retort", "clarify clarified clarifies", "contend",
	"describe", "recount", "criticise", "criticize", "decry decried decries",
	"object", "protest", "agree", "wonder", "speak spoke", "swear swore sworn",
	"cry cried cries", "read", "begin began begun", "inform", "advise", "affirm",
	"allege", "opine", "maintain", "interject", "scoff", "sigh", "snap snapped",
	"thunder", "fume", "gush", "rave", "beg begged", "demand", "charge", "call", "rule",
	"estimate", "indicate",
	// Less common verbs of speech (issue 8, class 7): all but never mean
	// anything else in news prose.
	"implore", "bemoan", "confide", "grumble", "mutter", "murmur", "mumble", "groan", "moan",
	"whine", "gripe", "sneer", "snarl", "growl", "bellow", "scream", "shriek", "holler",
	"sob", "wail", "stammer", "stutter", "intone", "aver", "posit", "surmise", "speculate",
	"theorise", "theorize", "hypothesise", "hypothesize", "concur concurred concurring",
	"riposte", "inquire", "enquire", "confess", "divulge", "apologise", "apologize",
	"marvel marvelled marveled marvelling marveling", "enthuse", "brag bragged bragging",
	"gloat", "taunt", "jeer", "heckle", "summarise", "summarize", "reminisce", "elaborate",
	"scold", "berate", "admonish", "remonstrate", "exhort", "entreat",
	"beseech besought", "reaffirm", "reassert", "reassure", "restate", "reconfirm",
	"declaim", "disclaim", "acclaim", "preach", "retell retold", "blurt", "gasp", "snort",
	"chuckle", "giggle", "cackle", "hiss", "seethe", "bristle", "coo", "drawl", "ponder",
	"refute", "rebut rebutted rebutting", "characterise", "characterize", "attest",
	"narrate", "threaten", "underscore", "underline", "reckon",
	// "tore into the rancher, insinuating that the state would lose "...""
	"insinuate",
)

// moreVerbForms are reporting verb forms whose other forms are mostly
// nouns or mean something else ("the text", "a dispute", "the echo").
var moreVerbForms = setOf("texted", "texting", "emailed", "messaged", "disputed", "disputes",
	"disputing", "highlighted", "highlighting", "repeated", "repeats", "echoed", "echoing",
	"touted", "touting", "ranted", "railed", "railing", "vented", "groused", "queried",
	"questioned", "sniffed", "barked", "crowed", "downplayed", "downplaying",
	"guaranteed", "instructed", "decreed", "recommended", "lashed", "sounded",
	// "terming it a "gift for the people"", "what he termed "noise""
	// (the house style of South Asian papers)
	"terming", "termed",
	// "she penned in an article", "he blogged", "she jotted"
	"penned", "pens", "blogged", "blogs", "jotted", "scribbled",
	// "she captioned the post", "captioning the photo"
	"captioned", "captioning",
	// "Wilmore radioed after splashdown", "the pilot radioed"; "she
	// deadpanned"
	"radioed", "radioing", "deadpanned", "deadpans")

// phrasalVerbs report speech with the particle after them: "fired back",
// "hit back at critics", "lashed out", "chimed in".
var phrasalVerbs = map[string]string{
	"fired": "back", "fires": "back", "firing": "back", "hit": "back", "hits": "back", "hitting": "back",
	"shot": "back", "shoots": "back", "snapped": "back", "snaps": "back", "pushed": "back",
	"pushes": "back", "pushing": "back", "lashed": "out", "lashes": "out", "lashing": "out",
	"spoke": "out", "speaks": "out", "speaking": "out", "sounded": "off", "piped": "up",
	"pipes": "up", "cried": "out", "cries": "out", "chimed": "in",
	"chimes": "in", "weighed": "in", "weighs": "in", "went": "on", "goes": "on", "summed": "up", "sums": "up",
	// "Alley also brought up double standards on the podcast.", "she
	// opened up about the diagnosis"
	"brought": "up", "brings": "up", "opened": "up", "opens": "up",
}

func init() {
	for w := range moreVerbForms {
		reportingVerbs[w] = true
	}
	for _, w := range electTitles {
		titles[w+"-elect"], titles[w+"-designate"], titles["ex-"+w] = true, true, true
	}
}

func buildVerbs(entries ...string) map[string]bool {
	m := make(map[string]bool, len(entries)*4)
	for _, e := range entries {
		f := strings.Fields(e)
		l := f[0]
		m[l] = true
		for _, x := range f[1:] {
			m[x] = true
		}
		switch {
		case strings.HasSuffix(l, "e"):
			m[l+"s"], m[l+"d"], m[l[:len(l)-1]+"ing"] = true, true, true
		case strings.HasSuffix(l, "y") && !strings.ContainsRune("aeiou", rune(l[len(l)-2])):
			m[l+"ing"] = true // "reply": irregular forms are listed
		case strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "ch"):
			m[l+"es"], m[l+"ed"], m[l+"ing"] = true, true, true
		default:
			m[l+"s"], m[l+"ed"], m[l+"ing"] = true, true, true
		}
	}
	// Forms that are far more often a noun or mean something else.
	for _, w := range []string{"state", "report", "reports", "post", "posts", "charge",
		"charges", "counter", "note", "comment", "comments", "claim", "promise", "promises",
		"begin", "began", "begun", "begins", "beginning", "answer", "answers", "demand",
		"demands", "protest", "protests", "stress", "reply", "tweet", "vow", "vows",
		"warning", "warnings", "cry", "joke", "jokes", "laugh", "plead", "pledge", "pledges",
		"sigh", "object", "objects", "objected", "reason", "reasons", "reasoning", "reading", "read",
		"agree", "agrees", "continue", "maintain", "speak", "wonder", "remark", "remarks",
		"recall", "affirm", "charging", "rule", "rules", "boast", "rave", "fume", "thunder", "snap",
		"reckoning", "gasp", "hiss", "moan", "groan", "wail", "marvel", "taunt", "taunts", "jeers",
		"gripe", "gripes", "scream", "screams", "shriek", "snort", "murmur", "murmurs", "underscore",
		"acclaim", "bristle", "chuckle", "cackle", "giggle", "drawl", "stammer", "stutter", "sneer",
		"snarl", "growl", "riposte", "ripostes", "heckle", "sob", "sobs", "coo"} {
		delete(m, w)
	}
	return m
}

// invertedVerbs report speech right after a quotation or closing its
// sentence (", comments Johnston"), though elsewhere they are mostly nouns
// or mean something else; a few are reportingVerbs already.
var invertedVerbs = setOf("comments", "commented", "remembers", "remembered", "recalls",
	"recalled", "notes", "noted", "continues", "continued", "reasons", "reasoned", "offers",
	"offered", "muses", "mused", "jokes", "joked", "laughs", "laughed", "sighs", "sighed",
	"agrees", "agreed", "counters", "countered", "observes", "observed", "explains",
	"explained", "adds", "added", "writes", "wrote", "remarks", "remarked", "weighed",
	"chimes", "chimed", "reflects", "reflected", "replies", "replied", "answers", "answered",
	"promises", "promised", "insists", "insisted", "warns", "warned", "concludes",
	"concluded", "admits", "admitted", "boasts", "boasted", "cautions", "cautioned",
	"suggests", "suggested", "points", "pointed", "summed", "sums", "quips", "quipped",
	"enthuses", "enthused", "stresses", "stressed", "predicts", "predicted", "maintains",
	"maintained", "acknowledges", "acknowledged", "objects", "objected", "protests",
	"protested", "vows", "vowed", "pledges", "pledged", "tweets", "tweeted", "posts", "posted",
	"claims", "claimed", "states", "stated", "reads", "read", "recounts", "recounted",
	"smiles", "smiled", "grins", "grinned", "shrugs", "shrugged", "ventures", "ventured",
	"allows", "allowed", "beams", "beamed", "roars", "roared", "booms", "boomed",
	"rages", "raged", "wonders", "wondered", "cries", "cried",
	// "...," he emails.: an interview by email or text (elsewhere
	// "emails" and "texts" are mostly nouns)
	"emails", "e-mails", "e-mailed", "texts",
	// "...," persists Reed.", "...," demands Cole.", "...," denounced
	// Ruiz." (elsewhere "demands" is mostly a noun)
	"persists", "persisted", "demands", "denounces", "denounced")

// passiveAux marks a reporting verb as passive ("was told"), which does not
// attribute speech to its subject.
var passiveAux = setOf("was", "were", "been", "being", "be", "is", "are", "get", "got")

// skipBeforeVerb lists words that may sit between a speaker and the
// reporting verb ("Mr. Tedeschi also told", "he later added").
var skipBeforeVerb = unionOf(dayNames, setOf("also", "later", "then", "had", "has", "have", "once", "again",
	"further", "reportedly", "previously", "earlier", "recently", "simply", "just", "still",
	"repeatedly", "publicly", "privately", "quickly", "firmly", "angrily", "flatly",
	"separately", "subsequently", "finally", "initially", "would", "will", "did", "does",
	"had", "today", "yesterday", "tonight", "himself", "herself", "themselves", "itself",
	"frequently", "often", "always", "never", "sarcastically", "tearfully", "proudly",
	"bluntly", "openly", "jokingly", "confidently", "calmly", "emphatically", "clearly",
	"even", "only", "personally", "directly", "immediately", "recently", "last", "on",
	"week", "night",
	"and", "but", "who", "which", "could", "may", "might", "should", "can", "allegedly",
	"apparently", "quietly", "reluctantly", "cheerfully", "wryly", "dryly", "softly", "loudly",
	"sharply", "candidly", "frankly", "bitterly", "gently", "testily", "briefly", "simply",
	"herself", "himself", "later", "afterwards", "afterward", "subsequently",
	// "He instead told the court:", "She likewise warned"
	"instead", "likewise", "nevertheless", "nonetheless",
	// "Bell has long said", "has long argued"
	"long"))

// honorifics give gender and are not part of a name.
var honorifics = map[string]byte{
	"mr": 'm', "mr.": 'm', "mrs": 'f', "mrs.": 'f', "ms": 'f', "ms.": 'f', "miss": 'f',
	"sir": 'm', "dame": 'f', "lord": 'm', "lady": 'f', "madam": 'f', "mme": 'f', "mme.": 'f',
	"dr": 0, "dr.": 0, "prof": 0, "prof.": 0, "mx": 0, "mx.": 0, "messrs": 0,
	// "Senator the Hon. Aubyn Hill", "the Honourable Member"
	"hon": 0, "hon.": 0, "honourable": 0, "honorable": 0,
	// Indian honorifics: "Shri Amit Shah", "Smt. Nirmala Sitharaman"
	"shri": 'm', "shri.": 'm', "smt": 'f', "smt.": 'f', "shrimati": 'f',
	// Malaysian styles: "Datuk Hisyam Teh", "Datin Rosmah", "Tun Dr
	// Mahathir Mohamad"; the two-word ones ("Tan Sri", "Datuk Seri",
	// "Puan Sri", "Toh Puan") lower to their pair (compoundHonorifics).
	"datuk": 0, "dato": 0, "datin": 'f', "tun": 0,
	"tan sri": 'm', "puan sri": 'f', "datuk seri": 0, "toh puan": 'f',
	// West African ones: "Alhaji Bashir Danladi", "Alhaja Kuburat",
	// "Hajiya Aisha", "Engr. Chidi Aroh", "Barr. Emeka Okorie"; the
	// Philippine "Atty. Rico Domingo"; Singapore's "Mdm Lim".
	"alhaji": 'm', "alhaja": 'f', "hajia": 'f', "hajiya": 'f',
	"engr": 0, "engr.": 0, "barr.": 0, "atty": 0, "atty.": 0, "mdm": 'f', "mdm.": 'f',
	// Zimbabwe's "Cde Christopher Mutsvangwa" (comrade)
	"cde": 0, "cde.": 0,
	// Hausa "Mallam Ibrahim Shekarau", Swahili "Mzee Kariuki Njoroge"
	// (elder), Tamil "Thiru M.K. Stalin" and "Tmt. Kanimozhi", Burmese
	// "U Thein Sein" and "Daw Aung San Suu Kyi", the Gulf's "Sheikha
	// Hind Al Thani"
	"mallam": 'm', "malam": 'm', "mzee": 'm', "thiru": 'm', "thiru.": 'm', "tmt": 'f', "tmt.": 'f',
	"thirumathi": 'f', "u": 'm', "daw": 'f', "sheikha": 'f',
	// French, German, Spanish, Italian, Portuguese and Dutch ones a
	// correspondent keeps: "Madame Lagarde", "Herr Scholz", "Señor
	// Sánchez", "Signora Meloni", "Senhora Rousseff", "Mevrouw Kaag"
	"madame": 'f', "monsieur": 'm', "mademoiselle": 'f', "mlle": 'f', "mlle.": 'f',
	"herr": 'm', "frau": 'f', "señor": 'm', "señora": 'f', "señorita": 'f', "senor": 'm', "senora": 'f',
	"signor": 'm', "signore": 'm', "signora": 'f', "senhor": 'm', "senhora": 'f', "doña": 'f',
	"meneer": 'm', "mevrouw": 'f',
	// African papers' "His Excellency John Dramani Mahama", "H.E. Ruto"
	"excellency": 0, "h.e.": 0,
	// Yoruba chieftaincy styles: "Otunba Gbenga Daniel", "Asiwaju Bola
	// Tinubu", "Oloye Tunde Bakare"
	"otunba": 0, "asiwaju": 0, "oloye": 0,
	// Thai "Khun Paetongtarn Shinawatra", "Khunying Sudarat", Indonesian
	// "Ibu Megawati", "Bapak Prabowo"
	"khun": 0, "khunying": 'f', "ibu": 'f', "bapak": 'm',
	// "His Excellency", "Her Majesty", "His Holiness" (see
	// compoundHonorifics: any "his", "her" or "your" lowers to "his")
	"his excellency": 0, "his majesty": 0, "his highness": 0, "his holiness": 0, "his eminence": 0,
	"his lordship": 'm', "his ladyship": 'f',
}

// titles are capitalised words that precede a name and are not part of it.
// Each also names a role, so "President Donald Trump" can later be "the
// president". With indianRanks: "Patna SSP Rajeev Mishra", "SHO Ravi Kumar".
var titles = withWords(indianRanks, "president", "vice", "prime", "minister", "secretary", "senator", "sen.",
	"secretary-general", "director-general", "attorney-general", "solicitor-general", "governor-general",
	"surgeon-general", "commissioner-general", "inspector-general", "auditor-general", "comptroller-general",
	"rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor",
	"ambassador", "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "captain",
	"capt.", "sergeant", "sgt.", "major", "maj.", "admiral", "adm.", "chancellor", "premier",
	"king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "archbishop",
	"rabbi", "imam", "sheikh", "mawlawi", "maulvi", "maulana", "mullah", "mufti", "monsignor", "prophet", "oba", "ooni", "alaafin", "judge", "justice", "chief", "professor", "doctor",
	"director", "administrator", "commissioner", "inspector", "detective", "officer",
	"chairman", "chairwoman", "chairperson", "chair", "ceo", "cfo", "coo", "cto", "spokesman", "spokeswoman", "spokesperson",
	"coach", "undersecretary", "deputy", "speaker", "leader", "councillor", "councilman",
	"councilwoman", "councilor", "attorney", "superintendent", "constable", "ayatollah",
	"emir", "sultan", "mp", "mep", "pm", "commander", "marshal", "sheriff", "pastor", "father",
	"reverend", "rev.", "sister", "brother", "senior", "junior", "assistant", "associate",
	"executive", "managing", "foreign", "interior", "defence", "defense", "finance",
	"health", "home", "shadow", "state", "former", "acting", "interim", "chief", "head",
	"supreme", "first", "lady", "crown", "qc", "kc", "founder", "editor", "manager",
	"striker", "goalkeeper", "defender", "midfielder", "forward", "skipper", "boss",
	"presidential", "candidate", "nominee", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
	"reps.", "sens.",
	"duke", "duchess", "earl", "countess", "baron", "baroness", "viscount", "marquess",
	// "Taoiseach Micheál Martin", "Volunteer Coordinator Bonnie Young",
	// "Chief Economist Ann Lee"
	"taoiseach", "tanaiste", "tánaiste", "coordinator", "co-ordinator", "volunteer",
	"treasurer", "curator", "trustee", "organiser", "organizer", "comptroller",
	"assemblyman", "assemblywoman", "assemblymember", "alderman", "alderwoman", "selectman",
	"selectwoman", "councilmember", "ald.", "del.", "cpl.", "pvt.", "pfc.", "spc.", "ofc.", "tpr.",
	"asst.", "dist.", "undersheriff",
	"coroner", "trooper", "firefighter", "agent", "chaplain", "provost", "registrar",
	// "Recorder Tom Hale", a part-time judge in England and Wales
	"recorder",
	"economist", "analyst", "strategist", "adviser", "advisor",
	// "Barrister Gohar Ali Khan", "Advocate Dali Mpofu": the bar's
	// titles in Pakistani, Nigerian and South African papers
	"barrister", "advocate", "brigadier", "inkosi", "kgosi",
	// abbreviations written without a full stop, as British papers do:
	// "Supt Audley Peters", "Det Insp Ann Lee", "Cllr Tom Reed", and
	// Australian papers' "Cr Tom Reed" (councillor)
	"supt", "supt.", "insp", "insp.", "det", "det.", "cllr", "cllr.", "cr", "cr.", "cmdr", "cmdr.", "cpl", "cpl.",
	"pte", "pte.", "dci", "maj", "adm",
	// Indian papers' posts written as capitals: "Air India CEO and MD
	// Campbell Wilson", "Tata Steel CMD TV Narendran" (chairman and
	// managing director), and police and district ranks besides
	// indianRanks: "Ambala SP Jashandeep Singh Randhawa" (superintendent
	// of police), "SDM Anjali Rao"
	"md", "cmd", "sp", "sdm", "mla", "mlc")

// indianRanks are Indian police ranks written as capitals, titles before
// a name ("Patna SSP Rajeev Mishra", "SHO Ravi Kumar") and roles ("the SSP
// said"), ranks a civilian cannot hold (policeRanks).
var indianRanks = setOf("ssp", "dsp", "dcp", "acp", "sho", "dgp", "igp")

// electTitles are titles of office that also stand with "-elect" or
// "-designate" after them or "ex-" before ("President-elect Rodrigo
// Chaves", "ex-Minister Ann Lee"): titles too (see init).
var electTitles = []string{"president", "vice-president", "minister", "secretary", "senator", "governor",
	"mayor", "premier", "chancellor", "ambassador", "commissioner", "director", "chairman", "chairwoman",
	"speaker", "leader", "councillor", "representative", "congressman", "congresswoman", "judge"}

// personRoles are common nouns naming what a person is or does; used to
// read descriptions ("the spokesman", "Taliban spokesman Zabihullah
// Mujahid") and to tell a person's name from an organisation's.
// insolvencyRoles are those a court or creditors put over a failed firm:
// never its own officers.
var insolvencyRoles = setOf("receiver", "liquidator", "administrator", "trustee")

var personRoles = withWords(indianRanks, "spokesman", "spokeswoman", "spokesperson", "official", "minister", "speaker",
	// "The UN humanitarian coordinator for Sudan, Clementine
	// Nkweta-Salami, said", "the UN special rapporteur"
	"coordinator", "co-ordinator", "rapporteur", "mediator",
	// "Treasurer Jim Chalmers ... the Treasurer said", "the Taoiseach"
	"treasurer", "taoiseach", "tanaiste", "tánaiste",
	// "Chief Justice Martha Koome ... the chief justice said"; Kenyan
	// papers' "the CJ" and "the CS" (Cabinet Secretary)
	"justice", "cj", "cs",
	// "DA federal chairperson Helen Zille", Nigerian papers' "APC
	// chieftain", "the convener of the group"
	"chairperson", "chieftain", "convener", "convenor", "stalwart",
	// Indian papers' party boss ("TMC supremo Mamata Banerjee")
	"supremo",
	// ranks ("Garda Sergeant Ciara Flynn ... the sergeant said"), South
	// Asian papers' "the CM" (Chief Minister), Kenyan "the DP" (Deputy
	// President), a Zulu chief ("Inkosi")
	"sergeant", "corporal", "lieutenant", "colonel", "constable", "brigadier", "cm", "dp", "inkosi",
	// rulers of the Gulf and Malaysia's states ("Qatar's Emir Sheikh
	// Tamim ... the emir said"), Iran's clerics ("the ayatollah said")
	"emir", "sultan", "ayatollah",
	// insolvency office-holders ("the receiver said", "the liquidator")
	"receiver", "liquidator",
	// South Asia's clerics ("Maulana Fazlur Rehman ... the Maulana
	// said"), a Catholic prelate, a Nigerian church's prophet, a Yoruba
	// or Benin king ("Oba Ewuare II ... the Oba said")
	"maulana", "mawlawi", "maulvi", "mullah", "mufti", "monsignor", "prophet", "oba", "ooni", "alaafin",
	"president", "coach", "captain", "member", "director", "chief", "chairman", "chairwoman",
	"researcher", "professor", "analyst", "expert", "lawyer", "attorney", "prosecutor",
	"judge", "senator", "governor", "mayor", "ambassador", "secretary", "leader", "manager",
	"editor", "reporter", "author", "founder", "ceo", "cfo", "coo", "cto", "executive", "commander", "officer",
	"witness", "resident", "doctor", "scientist", "economist", "activist", "candidate",
	"representative", "administrator", "adviser", "advisor", "aide", "envoy", "negotiator",
	"diplomat", "general", "player", "striker", "defender", "goalkeeper", "midfielder",
	"boss", "owner", "teacher", "student", "mother", "father", "wife", "husband", "son",
	"daughter", "sister", "brother", "premier", "chancellor", "king", "queen", "prince",
	"princess", "pope", "pontiff", "cardinal", "archbishop", "bishop", "priest", "pastor", "imam", "rabbi", "councillor",
	"councilman", "councilwoman", "councilmember", "lawmaker", "legislator", "congressman", "congresswoman", "backbencher", "frontbencher",
	"mp", "pm", "campaigner", "crusader", "apostle", "proponent", "barrister", "solicitor", "detective", "inspector", "sheriff",
	"commissioner", "undersecretary", "deputy", "actor", "actress", "singer", "writer",
	"historian", "journalist", "columnist", "physician", "nurse", "surgeon", "engineer",
	"astronaut", "pilot", "chair", "head", "partner", "founder", "investor", "entrepreneur",
	"businessman", "businesswoman", "chancellor", "dean", "novelist", "poet", "composer",
	"playwright", "broadcaster", "chef", "model", "designer", "star", "principal", "superintendent",
	"manager", "referee", "skipper", "veteran", "survivor", "victim", "farmer", "worker",
	"organiser", "organizer", "protester", "demonstrator", "voter", "citizen", "woman",
	"man", "girl", "boy", "professor", "academic", "lecturer", "psychologist", "strategist",
	"consultant", "pollster", "commentator", "presenter", "host", "anchor", "producer",
	"director", "designer", "artist", "photographer", "architect", "administrator",
	"governor", "director-general", "secretary-general", "commissioner-general", "inspector-general",
	"auditor-general", "comptroller-general", "mayor", "diplomat", "spokesperson",
	// "Oleksandr Syrskyi, Ukraine's commander-in-chief,", "the
	// magazine's editor-in-chief"
	"commander-in-chief", "editor-in-chief",
	// the bench of an inquest and a magistrates' court ("Area Coroner
	// Jonathan Leeming ... the coroner said", "Magistrate Jennifer Lowe
	// ... the magistrate said")
	"coroner", "magistrate", "recorder",
	"prime", "queen", "rapper", "comedian", "athlete", "champion", "runner", "cyclist",
	"driver", "batsman", "bowler", "opener", "winger", "centre", "quarterback", "pitcher",
	"boxer", "wrestler", "golfer", "swimmer", "sprinter", "jockey", "gymnast", "footballer",
	"cricketer", "skier", "snowboarder", "skater", "climber", "rower", "sailor", "fencer",
	// what sport, show business and business pages call the person a
	// story is about ("the two-time MVP", "the four-time major winner",
	// "the Hello hitmaker", "the billionaire")
	"mvp", "winner", "medallist", "medalist", "olympian", "superstar", "hitmaker", "laureate",
	"billionaire", "tycoon",
	// (business pages: "Aliko Dangote ... the magnate told reporters",
	// "the mogul", "the industrialist", "the financier")
	"magnate", "mogul", "industrialist", "financier",
	// players' positions ("Ravens linebacker Roquan Smith")
	"linebacker", "cornerback", "fullback", "halfback", "lineman", "kicker", "punter",
	"wicketkeeper", "shortstop", "outfielder", "infielder", "flanker",
	// ("Aaron Judge hit his 40th home run. "...," the slugger said")
	"slugger", "hitter", "goalie", "goaltender", "netminder", "defenceman", "defenseman",
	"fly-half", "scrum-half", "all-rounder",
	// cricket's, football's, rugby's and the track's ("Pacer Ravi Saxena
	// took four wickets ... the pacer said", "the centre-back said", "the
	// debutant said")
	"pacer", "paceman", "seamer", "spinner", "leg-spinner", "off-spinner", "batter", "keeper",
	"shot-stopper", "centre-back", "center-back", "centre-half", "full-back", "left-back",
	"right-back", "wing-back", "playmaker", "prop", "hurdler",
	"marathoner", "miler", "decathlete", "heptathlete", "rookie", "debutant", "trainer",
	"racer", "rider", "finalist", "semifinalist", "semi-finalist",
	// a player by the hand or foot he plays with ("Mark Wood took five
	// wickets. "...," the right-hander said", "the southpaw")
	"right-hander", "left-hander", "right-armer", "left-armer", "left-footer", "right-footer",
	"southpaw", "leftie", "lefty",
	"guitarist", "drummer", "bassist", "vocalist", "frontman", "musician", "filmmaker",
	"co-author", "co-founder", "co-host", "co-chair", "co-owner", "physicist", "biologist", "chemist",
	// "Greens co-leader Ricarda Lang", "co-chief executive"
	"co-leader", "co-chairman", "co-chairwoman", "co-president", "co-director", "co-ceo", "co-editor",
	"co-creator", "co-captain", "co-pilot", "co-presenter", "co-manager",
	"geologist", "epidemiologist", "virologist", "astronomer", "professor", "dancer",
	"duke", "duchess", "earl", "countess", "baron", "baroness",
	// specialists quoted in service pieces ("a board-certified
	// dermatologist ... the dermatologist says")
	"dermatologist", "cardiologist", "neurologist", "oncologist", "psychiatrist", "paediatrician",
	"pediatrician", "dentist", "pharmacist", "therapist", "nutritionist", "dietitian", "dietician",
	// health reporting's doctors and carers ("Dr Ann Lee, a GP in
	// Leeds", "a consultant obstetrician", "the midwife said")
	"gp", "medic", "obstetrician", "gynaecologist", "gynecologist", "anaesthetist", "anesthetist",
	"anesthesiologist", "radiologist", "midwife", "paramedic",
	"sociologist", "criminologist", "climatologist", "meteorologist", "ecologist", "zoologist",
	"archaeologist", "anthropologist", "horticulturist", "gardener", "vet", "veterinarian",
	// relatives ("according to Tom Smith's aunt, Mary Jones,")
	"aunt", "uncle", "cousin", "niece", "nephew", "grandmother", "grandfather", "grandson",
	"granddaughter", "stepfather", "stepmother", "girlfriend", "boyfriend", "fiance", "fiancee",
	"fiancé", "fiancée", "widow", "widower", "mum", "mom", "dad", "sibling", "twin",
	// a race's contenders ("the Republican nominee said", "the
	// front-runner told supporters")
	"nominee", "frontrunner", "front-runner", "challenger", "incumbent", "contender",
	// the people reports on migration, housing and welfare are about
	// ("Adam Ibrahim fled the war ... The refugee said")
	"refugee", "migrant", "immigrant", "detainee", "evacuee", "pensioner", "retiree", "tenant",
	"volunteer",
	// Indian district ranks ("the SDM said", see titles) besides
	// indianRanks
	"sdm")

// roleClass folds role nouns that a later description may use for the same
// person ("the spokeswoman" for an earlier "spokesperson").
func roleClass(r string) string {
	switch r {
	case "spokesman", "spokeswoman", "spokesperson":
		return "spokesperson"
	case "chairman", "chairwoman", "chair", "chairperson":
		return "chair"
	case "congressman", "congresswoman", "lawmaker", "legislator", "representative":
		return "lawmaker"
	case "councilman", "councilwoman", "councilmember", "councillor", "councilor":
		return "councillor"
	case "advisor", "adviser":
		return "adviser"
	case "premier", "pm":
		return "minister"
	case "cs":
		// "Interior Cabinet Secretary Kipchumba Murkomen ... said the CS"
		return "secretary"
	case "cj":
		return "justice"
	case "cm":
		// "Chief Minister Ali Amin Gandapur ... the CM said"
		return "minister"
	case "dp":
		// "Deputy President Kithure Kindiki ... said the DP"
		return "deputy"
	case "pontiff":
		// "Pope Leo XIV ... the pontiff said"
		return "pope"
	case "accused":
		// "Wayne Parr denies fraud ... the accused said"
		return "defendant"
	}
	return r
}

// officialRoles may be referred to as "the official".
var officialRoles = setOf("spokesperson", "official", "minister", "secretary", "director",
	"administrator", "ambassador", "commissioner", "undersecretary", "deputy", "officer",
	"envoy", "diplomat", "governor", "mayor", "chief", "head", "inspector")

// femaleRoles and maleRoles give the gender some role nouns carry.
var femaleRoles = setOf("spokeswoman", "chairwoman", "congresswoman", "councilwoman",
	"businesswoman", "actress", "queen", "princess", "mother", "wife", "daughter", "sister",
	"woman", "girl", "lady", "dame", "duchess", "countess", "grandmother", "aunt", "niece",
	"widow", "girlfriend", "mum", "mom", "stepmother", "granddaughter", "fiancee", "fiancée")
var maleRoles = setOf("spokesman", "chairman", "congressman", "councilman", "businessman",
	"king", "prince", "father", "husband", "son", "brother", "man", "boy", "lord", "sir",
	"duke", "count", "grandfather", "uncle", "nephew", "pope", "pontiff", "priest",
	"widower", "boyfriend", "dad", "stepfather", "grandson")

// orgWords mark a capitalised run as an organisation or place, not a person.
var orgWords = unionOf(dayNames, setOf("motors", "holdings", "systems", "technologies", "pharmaceuticals",
	"partners", "capital", "securities", "labs", "logistics", "enterprises", "ventures",
	"brands", "entertainment", "communications", "telecom", "petroleum", "mining",
	"insurance", "investments", "homes", "foods", "watch", "international", "airline", "council", "department", "ministry", "agency", "office", "party",
	"university", "committee", "court", "commission", "association", "union", "bank",
	"institute", "authority", "foundation", "group", "company", "corp", "corp.", "inc",
	"inc.", "ltd", "ltd.", "llc", "plc", "co.", "service", "services", "force", "forces",
	"army", "navy", "police", "government", "news", "times", "post", "press", "journal",
	"herald", "gazette", "tribune", "telegraph", "guardian", "reuters", "network", "tv", "daily", "today",
	"television", "radio", "channel", "center", "centre", "museum", "school", "college",
	"hospital", "church", "club", "team", "league", "federation", "confederation", "guild", "workers", "academy", "institution", "chamber", "directorate", "inspectorate", "constabulary", "organisation",
	"organization", "house", "senate", "congress", "parliament", "assembly", "board",
	"bureau", "administration", "corporation", "industries", "airlines", "airways",
	"international", "national", "federal", "state", "states", "united", "kingdom",
	"republic", "city", "county", "province", "region", "island", "islands", "street",
	"road", "avenue", "square", "river", "mountain", "lake", "sea", "ocean", "bay",
	"north", "south", "east", "west", "northern", "southern", "eastern", "western", "new",
	"airport", "station", "stadium", "arena", "hall", "park", "bridge", "palace", "base",
	"space", "shuttle", "program", "programme", "project", "study", "report", "act",
	"bill", "law", "treaty", "summit", "conference", "games", "cup", "olympics",
	"championship", "award", "prize", "festival", "day", "week", "war", "fund", "market",
	"exchange", "system", "centers", "institutes", "laboratory", "lab", "society",
	"coalition", "alliance", "movement", "front", "brigade", "brigades", "cabinet",
	"ministry", "embassy", "consulate", "secretariat", "tribunal", "prosecutors",
	"jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "street", "january", "february",
	"march", "april", "june", "july", "august", "september", "october", "november",
	"december", "image", "photo", "file", "source", "credit", "wikinews", "twitter",
	"facebook", "instagram", "youtube", "tiktok", "google", "microsoft", "apple", "amazon",
	"productions", "records", "pictures", "studios", "media", "publishing", "publications",
	"energy", "therapeutics", "biosciences", "robotics", "software", "solutions", "consulting",
	"research", "airlines", "motors", "automotive", "pharma", "financial", "bancorp", "trust", "observatory",
	// "the British Retail Consortium", "the Co-operative Group", "the
	// Landworkers' Alliance"
	"consortium", "cooperative", "co-operative", "collective", "syndicate", "partnership", "initiative",
	// what a firm makes or does, as its name ends: "Zentra
	// Semiconductor", "Coolabah Resources", "Halden Chemicals" (no
	// surname: not "Steel", "Power", "Mills")
	"semiconductor", "semiconductors", "chemicals", "electronics", "aerospace", "utilities",
	"telecoms", "minerals", "metals", "resources", "pharmaceutical", "biotech", "networks",
	"realty", "properties", "hotels", "resorts", "beverages", "railways", "shipping", "refineries",
	"textiles", "fertilisers", "fertilizers", "bancshares", "payments", "lending",
	// ("General Electric", "General Dynamics": no person "Electric")
	"electric", "dynamics", "atomics",
	// legislatures by their own names: "Lok Sabha", "Rajya Sabha",
	// "the Knesset", "the Duma", "the Bundestag", "the Dáil"
	"sabha", "knesset", "duma", "bundestag", "dail", "dáil", "seanad", "sejm", "riksdag", "storting", "senedd",
	// "Joint Chiefs of Staff", "Hostages and Missing Families Forum"
	"chiefs", "forum",
	// "Chester Zoo", "Lowell Observatory": not a person, whatever the
	// given name before
	"zoo", "aquarium", "sanctuary"))

// stopCaps are words that are capitalised only because they start a
// sentence or are not names at all; they break a capitalised run.
var stopCaps = unionOf(dayNames, setOf("dear", "three", "four", "five", "six", "eight", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands", "dozens", "tens", "millions", "scores", "the", "a", "an", "in", "on", "at", "after", "before", "but", "and",
	"or", "however", "when", "while", "this", "that", "these", "those", "it", "he", "she",
	"they", "we", "i", "you", "his", "her", "their", "our", "its", "my", "your", "according",
	"as", "for", "from", "with", "by", "of", "to", "if", "although", "though", "since",
	"during", "yesterday", "today", "tomorrow", "there", "here", "what", "who", "why",
	"how", "where", "which", "some", "many", "most", "all", "no", "not", "one", "two",
	"also", "still", "yet", "so", "then", "now", "last", "next", "earlier", "later",
	"meanwhile", "despite", "because", "until", "under", "over", "about", "among",
	"between", "both", "each", "every", "other", "another", "such", "while", "whether",
	"than", "both", "either", "neither", "nor", "into", "onto", "upon", "via", "per",
	"asked", "speaking", "writing", "say", "says", "said", "image", "photo", "file",
	"mr", "ms", "mrs", "dr", "do", "does", "did", "is", "are", "was", "were", "be", "have",
	"has", "had", "will", "would", "can", "could", "should", "might", "must",
	"let", "please", "thank", "thanks", "yes", "oh", "well", "just", "even", "only",
	"instead", "indeed", "again", "first", "second", "third", "finally", "overall",
	"elsewhere", "nevertheless", "nonetheless", "furthermore", "moreover", "similarly",
	"allegedly", "reportedly", "apparently", "currently", "initially", "additionally",
	"ultimately", "eventually", "unlike", "like", "without", "within", "against",
	"around", "across", "along", "behind", "beyond", "near", "toward", "towards",
	"throughout", "following", "including", "regarding", "amid", "following", "once",
	"every", "any", "much", "few", "several", "more", "less", "least", "group", "others",
	"january", "february", "september", "october", "november", "december",
	// conjunctions and sentence adverbs that open a sentence ("Lest one
	// assume ...", "Unless the board acts, ...", "Perhaps ...")
	"lest", "unless", "whereas", "whilst", "thus", "hence", "therefore", "perhaps", "maybe",
	"otherwise", "besides", "sometimes", "whenever", "wherever", "whatever", "whoever",
	// indefinite pronouns ("Everyone agreed: ...", "Nothing changed")
	"nothing", "everything", "something", "anything", "nobody", "everybody", "somebody",
	"anybody", "everyone", "someone", "anyone", "none",
	// prepositions and adverbs of place and time opening a sentence
	// ("Below it, protesters chanted: ...", "Outside, a crowd sang")
	"below", "beneath", "underneath", "above", "inside", "outside", "beside", "alongside",
	"nearby", "afterwards", "afterward", "downstairs", "upstairs", "overhead",
	// an imperative opening a feature ("Meet Tom Okoye, the new chief")
	"meet"))

// abbreviations keep their final period inside the word.
var abbreviations = setOf("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt",
	"sgt", "capt", "sen", "rep", "gov", "prof", "rev", "inc", "ltd", "co", "corp", "no",
	"vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "mt", "ft", "adm", "maj", "cmdr", "supt", "insp", "det", "fr", "messrs",
	"mme", "approx", "dept", "univ", "est", "al", "hon", "bros", "smt", "engr", "atty", "mdm",
	// "Democratic Reps. Dan Lipinski and Collin Peterson", "Sens. Cruz and Lee"
	"reps", "sens",
	// US local papers: Chicago's "Ald. Bill Conway (34th)", Maryland's and
	// Virginia's "Del. Ann Hale (D-Montgomery)"
	"ald", "del",
	// ranks in police and military releases: "Cpl. Ann Hale", "Pfc.",
	// "Spc.", "Ofc." (officer), "Tpr." (trooper); "Asst. Chief", "Dist. Atty."
	"cpl", "pvt", "pfc", "spc", "ofc", "tpr", "asst", "dist")

// firstNames is a small list of common given names with their usual gender,
// used to recognise a capitalised pair as a person and to resolve he/she.
var firstNames = buildNames(
	"m", "james john robert michael william david richard joseph thomas charles "+
		"christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth "+
		"kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric "+
		"jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank "+
		"patrick raymond jack dennis jerry tyler aaron jose adam henry nathan douglas zachary "+
		"peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry "+
		"sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie "+
		"gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis "+
		"bobby philip johnny barack joe bernie mike tony tom jim bill bob steve dave chris "+
		"boris vladimir emmanuel xi narendra recep benjamin olaf rishi keir nigel jeremy "+
		"hamid ahmed mohammed muhammad mohamed ali omar hassan hussein abdullah ibrahim "+
		"yusuf mustafa khalid khaled tariq imran nawaz ashraf zabihullah hamdullah ashraf "+
		"sergei dmitry alexei igor ivan nikolai yuri andrei pierre jean jacques francois "+
		"luis carlos jorge pedro miguel diego antonio manuel francisco hans klaus jurgen "+
		"wolfgang stefan markus giuseppe giovanni marco luca matteo hiroshi takeshi kenji "+
		"wei li jin min harry kyle marcus romelu kevin eden andreas dries yannick enver "+
		"claudio roberto nunzio paolo mario sergio fernando rafael javier alejandro "+
		"ken owen gavin levi ben sam dan tim jon nick matt rob greg jeff ted ed phil ian neil "+
		"craig graham simon martin colin ross stuart callum liam connor declan ahmad mehmet "+
		"jamal tyrone malik darnell andre marcel felix oscar hugo leon max theo victor "+
		// men's names the Moby list of given names has as women's
		"ajay daniele "+
		// local papers of Ireland, Wales, Australia and New Zealand
		// ("Detectorist Shane O'Brien", "Cathal Ryan", "Gethin Jones")
		"shane shaun lachlan jayden brett cathal darragh gethin dafydd iwan dai bryn wiremu hemi rawiri nikau",
	"f", "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen "+
		"nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol "+
		"amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley "+
		"angela helen anna brenda pamela nicole emma samantha katherine christine debra "+
		"rachel catherine carolyn janet ruth maria heather diane virginia julie joyce "+
		"victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea "+
		"hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice "+
		"madison doris abigail julia judy grace denise amber marilyn beverly danielle "+
		"theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla "+
		"hillary kamala nancy theresa angela ursula jacinda liz suella yvette priti nicola "+
		"kate caitlin lydia valeska rodaba sujata stefania giorgia marine sanna greta "+
		"fatima aisha ayesha malala benazir indira sonia golda chloe zoe ella lucy sophie "+
		"claire anne annie jane janet joan kathy katie kim maggie megan molly nina paula "+
		"rita sally susan tina wendy yvonne elena irina olga natalia svetlana tatiana "+
		"ingrid greta monica silvia francesca giulia chiara laura carmen lucia isabel "+
		"jill gayle peggy penny holly molly beth meg jenny becky vicky tanya sonya natasha "+
		"naomi leah miriam esther shanna keisha tamika latoya aaliyah zainab amina fiona "+
		"kirsty kristi kristy carissa laurence marisol lena hanna "+
		// local papers of Ireland, Wales, Australia and New Zealand
		"kylie sian eleri aroha tegan teagan jodie orla aoibhinn rhian cerys bethan ffion mared ngaire jayde",
)

// unisexNames are given names the lists would give one gender that are
// common for both, or also a family name printed first: "Kim Collins" (a
// sprinter), "Kim Jong Un", "Jordan Henderson", "Kelly Slater", "Taylor
// Swift", "Cameron Diaz", "Drew Barrymore", "Ashley Cole", and "Gwyn", a
// man's name in Wales ("Gwyn Jones") the lists give women. They say
// nothing about who a "he" or "she" is. So do names another language
// gives the other gender: "Karol" (a Polish man's, the English list's
// "Carol"), "Dilan" (a Kurdish and Turkish woman's). And names the old
// lists give one sex that are now given to both: "Kai" (the lists' woman;
// "Streamer Kai Lumen ... he told viewers"), "Kendall", "Reese",
// "Peyton", "Hayden", "Eden", "Finley", "Emerson", "Skyler" ("Reality
// star Kendall Marsh ... she told listeners"). And "Nana", an Akan
// title of chiefs and elders that Ghana gives men and women before their
// names ("Nana Kwame Adu ... he said", "Nana Akufo-Addo"), the lists a
// woman's. And the names common for both that the lists leave out
// ("Lynn", "Robin", "Casey", "Jamie", "Alex") or give one sex ("Sam",
// "Charlie"): a person's name, of no known gender ("Sam Kerr ... she
// said", "Lynn Parker ... he said").
var unisexNames = setOf("kim", "jordan", "kelly", "taylor", "riley", "avery", "cameron", "drew", "ashley", "gwyn", "karol", "dilan",
	"kai", "kendall", "reese", "peyton", "hayden", "eden", "finley", "emerson", "skyler", "nana",
	"lynn", "dana", "robin", "casey", "morgan", "jamie", "alex", "sam", "leslie", "lesley", "jessie", "quinn",
	"charlie", "frankie", "jackie", "sidney", "rowan", "sasha", "jody", "kris", "pat", "billie", "bobbie")

func buildNames(pairs ...string) map[string]byte {
	m := make(map[string]byte)
	for i := 0; i+1 < len(pairs); i += 2 {
		g := pairs[i][0]
		for _, n := range strings.Fields(pairs[i+1]) {
			if _, dup := m[n]; dup && m[n] != g {
				m[n] = 0 // ambiguous: "jean", "kim"
				continue
			}
			m[n] = g
		}
	}
	for n := range unisexNames {
		m[n] = 0
	}
	return m
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// unionOf is a new set of the words of sets.
func unionOf(sets ...map[string]bool) map[string]bool {
	m := make(map[string]bool)
	for _, set := range sets {
		for w, in := range set {
			m[w] = m[w] || in
		}
	}
	return m
}

// withWords is a new set of base's words and words.
func withWords(base map[string]bool, words ...string) map[string]bool {
	m := make(map[string]bool, len(base)+len(words))
	for w := range base {
		m[w] = true
	}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// nameParticles join a capitalised run without being capitalised themselves
// ("Ludwig van Beethoven", "Suleiman al-Amr", "Kevin De Bruyne"; "Ngũgĩ
// wa Thiong'o", Kikuyu "son of"; "Siti Hasmah binti Mohamad", Malay
// "daughter of"; "Zine el-Abidine ben Ali"; Philippine "Ronald dela
// Rosa", "Raffy delos Santos", Spanish "Ana de los Ríos"; Mauritanian
// "Mohamed ould Ghazouani", son of; Malay "bt" and "bte", short for
// "binti"; Italian "dei", "degli").
var nameParticles = setOf("van", "von", "de", "des", "der", "den", "da", "do", "di", "du", "del", "della",
	"dela", "delos", "los", "las", "ould", "bt", "bte", "dei", "degli", "arap",
	"la", "le", "bin", "ibn", "bint", "binti", "ben", "wa", "al", "el", "dos", "das", "ter", "ten", "y", "zu")

// titleMarkers precede a quoted title or name, which is then not a quote.
var titleMarkers = setOf("named", "called", "titled", "entitled", "dubbed", "nicknamed",
	"headlined", "so-called", "labelled", "labeled", "branded", "billed", "word", "words",
	"term", "terms", "phrase", "slogan", "hashtag", "banner", "song", "album", "book",
	"film", "movie", "novel", "series", "show", "play", "poem", "article", "column",
	"headline", "programme", "program", "documentary", "campaign", "operation", "motto",
	"nickname", "name", "known", "codenamed", "code-named", "renamed", "christened", "label",
	"band", "group", "duo", "trio", "choir")

// speechNouns are what a possessor can speak through ("Cornyn's statement
// added").
var speechNouns = setOf("statement", "tweet", "post", "letter", "message", "memo", "explanation", "explanations",
	"account", "remarks", "words", "email", "e-mail", "blog", "website", "spokesman",
	"spokeswoman", "spokesperson", "office", "lawyer", "lawyers", "attorney", "attorneys",
	"campaign", "team", "representative", "representatives", "op-ed", "column", "speech",
	"testimony", "announcement", "response", "reply", "note", "survey", "report", "study",
	"analysis", "review", "filing", "release", "ruling", "interview", "paper",
	// a government's account of a call or meeting
	"readout", "transcript", "communique", "communiqué",
	// the words someone posts under a photo of theirs ("her caption read")
	"caption",
	// a suit's papers: "the lawsuit said", "Harlow's complaint alleges"
	"lawsuit", "suit", "complaint", "petition",
	// a court's: "the judgment read"
	"judgment", "judgement",
	// a complaint to the police in India: "the FIR states" (see docAcronyms)
	"fir",
	// a body's formal papers: "the Justice Department's indictment said",
	// "the regulator's final notice said", "a Met Office advisory said"
	"indictment", "notice", "advisory", "affidavit", "memorandum", "bulletin")

// delegateNouns speak on the possessor's behalf but are not the possessor.
var delegateNouns = setOf("spokesman", "spokeswoman", "spokesperson", "office", "lawyer",
	"lawyers", "attorney", "attorneys", "campaign", "team", "representative",
	"representatives")

// groupNouns are unnamed organisations or groups that speak ("the ministry
// said", "officials said"): attributed, but to no one the text names.
var groupNouns = setOf("ministry", "government", "department", "report", "statement",
	"study", "police", "agency", "company", "court", "council", "authorities", "officials",
	"board", "committee", "union", "embassy", "army", "military", "group", "spokesmen",
	"spokespeople", "officers", "researchers", "scientists", "experts", "analysts",
	"witnesses", "residents", "sources", "source", "documents", "document", "letter",
	"organisers", "organizers", "critics", "supporters", "prosecutors", "lawyers",
	"investigators", "authors", "campaigners", "activists", "doctors", "office", "firm",
	"team", "club", "league", "party", "campaign", "website", "newspaper", "paper",
	// a club in sport pages' words ("the Championship side said", "the
	// League Two outfit", "the franchise said")
	"side", "outfit", "franchise",
	"network", "channel", "station", "survey", "poll", "filing", "complaint", "lawsuit",
	"indictment", "memo", "statement", "release", "announcement", "post", "tweet",
	// people speaking together ("the pair said in a joint statement",
	// "both said"): no one of them alone
	"pair", "couple", "duo", "trio", "quartet", "twins", "siblings", "both",
	// ("Pfizer and BioNTech ... "...," the companies said")
	"companies", "firms",
	"newlyweds", "partners", "brothers", "sisters",
	"family", "families",
	// judges or experts sitting together ("the bench told the
	// governments", "the panel said", "the jury said")
	"bench", "panel", "jury")

// platforms complete a cue like "posted on X".
var platforms = setOf("x", "twitter", "facebook", "instagram", "truth", "truth social",
	"telegram", "linkedin", "tiktok", "threads", "bluesky", "youtube", "weibo", "wechat",
	"reddit", "mastodon", "snapchat", "substack", "medium", "social", "social media",
	"twitch", "discord", "whatsapp", "rumble", "patreon", "pinterest", "tumblr", "parler", "gettr")

// clauseWords open a new clause; a name after them is not the speaker of
// the quotation before them ("desperate", while the Liberal Democrats said).
var clauseWords = setOf("while", "and", "but", "as", "when", "because", "although",
	"though", "after", "before", "since", "if", "which", "who", "that", "where", "whereas",
	"whilst", "or", "so", "yet", "unless", "until", "once")

// partyPluralName reports whether run is the name of a party that is a
// plural of its members, as British and European papers name a party
// that speaks ("the Liberal Democrats said", "the Conservatives said",
// "the Greens said"); US "the Democrats"/"the Republicans" stay members.
func partyPluralName(run []token) bool {
	switch len(run) {
	case 1:
		return run[0].low == "conservatives" || run[0].low == "tories" || run[0].low == "greens"
	case 2:
		return run[1].low == "democrats" && (run[0].low == "liberal" || run[0].low == "social" || run[0].low == "christian") ||
			run[0].low == "lib" && run[1].low == "dems"
	}
	return false
}

// partyMember reads the capitalised run toks[k:k+len(run)] ending in a party
// noun (partyMembers): after "the" a person described like "he" ("the Ohio
// Democrat"), after "a"/"an" or in the plural someone the text does not
// name ("a Texas Republican", "the House Republicans").
func partyMember(toks []token, run []token, k, hi int) (nounPhrase, bool) {
	last := run[len(run)-1]
	if k == 0 || last.poss {
		return nounPhrase{}, false
	}
	plural := !last.in(lxPartyMembers) && partyMembers[strings.TrimSuffix(last.low, "s")]
	if !last.in(lxPartyMembers) && !plural {
		return nounPhrase{}, false
	}
	lead := toks[partyLead(toks, k)]
	// "the Liberal Democrats said": a party whose name is a plural
	// speaks as the party (not "the House Republicans").
	if plural && lead.low == "the" && partyLead(toks, k) == k-1 && partyPluralName(run) {
		return nounPhrase{}, false
	}
	switch {
	case lead.low == "the" || possessiveLead(toks, partyLead(toks, k)):
		if plural {
			return nounPhrase{kind: npAnon, lo: k - 1, hi: hi}, true
		}
		return nounPhrase{kind: npPron, word: "party", lo: k, hi: hi}, true
	case lead.low == "a" || lead.low == "an" || lead.low == "another" || lead.low == "one":
		return nounPhrase{kind: npAnon, lo: k - 1, hi: hi}, true
	}
	return nounPhrase{}, false
}

// possessiveLead reports whether t, before a party noun and the words
// that describe the member, possesses the description as "the" would:
// "the committee's top Democrat", "its ranking Republican".
// So does an institution's name after "the": "the Senate's No. 2
// Democrat", "the House's top Republican", "the Senate Foreign Relations
// Committee's top Democrat".
func possessiveLead(toks []token, j int) bool {
	t := toks[j]
	if t.kind != tWord {
		return false
	}
	if !t.cap && t.poss || t.low == "its" || t.low == "their" {
		return true
	}
	// "the Senate Foreign Relations Committee's top Democrat": a name of
	// several words after "the".
	if t.cap && t.poss {
		for m := j - 1; m >= 0 && m >= j-7 && toks[m].para == t.para; m-- {
			if toks[m].low == "the" && !toks[m].cap {
				return true
			}
			// ("the House Ways and Means Committee's ranking Republican")
			if toks[m].low == "and" && m > 0 && toks[m-1].cap && toks[m+1].cap {
				continue
			}
			if toks[m].kind != tWord || !toks[m].cap || toks[m].poss {
				return false
			}
		}
	}
	return false
}

// partyLead returns the index of the word before the party noun run
// starting at toks[k], past up to two lower-case modifiers that describe
// a member ("the three-term Democrat", "a freshman Republican", "the
// longtime Ohio Democrat") when an article comes before them; else k-1.
func partyLead(toks []token, k int) int {
	j := k - 1
	for n := 0; n < 2 && j > 0 && toks[j].kind == tWord && toks[j].para == toks[k].para; n++ {
		// "the Senate's No. 2 Democrat": a rank.
		if j > 1 && isDigit(toks[j].text[0]) && len(toks[j].text) <= 2 && (toks[j-1].low == "no." || toks[j-1].low == "no") && toks[j-1].cap {
			j -= 2
			continue
		}
		if toks[j].cap || !partyModifier(toks[j].low) && !indefiniteDescriber(toks, j) {
			break
		}
		j--
	}
	if j < k-1 {
		if w := toks[j].low; toks[j].kind != tWord || w != "the" && !indefiniteWord(w) && !possessiveLead(toks, j) {
			return k - 1
		}
	}
	return j
}

// indefiniteDescriber reports whether toks[j], a lower-case word before a
// party noun, describes a member the text does not name: any plain word
// after "a", "an", "one" or "another", or after one such word following
// them ("said another downstate Democrat", "one longtime suburban
// Republican"). After "the" only partyModifier's words count.
func indefiniteDescriber(toks []token, j int) bool {
	for d := j; d >= j-1 && d > 0; d-- {
		t := toks[d]
		if t.kind != tWord || t.cap || t.poss || t.para != toks[j].para || determiner(t.low) || t.in(lxPrepositions) ||
			t.in(lxReportingVerbs) || t.in(lxAuxiliaries) || t.in(lxClauseWords) {
			return false
		}
		if indefiniteWord(toks[d-1].low) && toks[d-1].kind == tWord && toks[d-1].para == t.para {
			return true
		}
	}
	return false
}

// partyModifier reports whether w, lower case before a party noun,
// describes the member: a compound ("first-term", "long-serving") or a
// word of standing or leaning.
func partyModifier(w string) bool {
	return strings.IndexByte(w, '-') > 0 || memberModifiers[w]
}

var memberModifiers = setOf("top", "ranking", "leading", "freshman", "sophomore", "longtime", "veteran", "moderate", "centrist",
	"progressive", "conservative", "liberal", "former", "retiring", "outgoing", "incumbent",
	"embattled", "maverick", "populist", "senior", "junior", "young", "vulnerable", "lone",
	"powerful", "influential", "outspoken")

// relationNouns name someone by their tie to another person: "a friend of
// Ann Hale", "the widow of Peter Grant". The person named after "of" is not
// the one described.
var relationNouns = setOf("friend", "friends", "relative", "relatives", "neighbour", "neighbor",
	"neighbours", "neighbors", "colleague", "colleagues", "associate", "associates", "acquaintance",
	"confidant", "confidante", "ally", "allies", "supporter", "supporters", "critic", "critics",
	"mother", "father", "wife", "husband", "son", "daughter", "sister", "brother", "widow",
	"widower", "aunt", "uncle", "cousin", "niece", "nephew", "grandmother", "grandfather",
	"grandson", "granddaughter", "stepfather", "stepmother", "girlfriend", "boyfriend", "fiance",
	"fiancee", "fiancé", "fiancée", "parent", "parents", "sibling", "child", "children",
	"family", "partner", "classmate", "teammate", "roommate", "biographer", "employee",
	"employer", "fan", "fans", "admirer", "rival", "opponent", "accuser", "victim")

// occupations are nouns for people by their work, standing or part in
// events that personRoles does not list: "A firefighter carried the boy
// out. "...," he said." and "said the waiter" describe someone the
// article does not name, not the person named before. They are person
// nouns (personNoun), singular and plural, but not roles the
// article's last-named person is assumed to hold ("the Conservative MP
// said" after Chris Grayling): a waiter or a miner who is not named is
// someone else. Left out: words that are common surnames (baker, cook,
// butler, carpenter, hunter, miller, mason, porter, potter, shepherd,
// turner, weaver, barber, archer, brewer) and words that are more often
// things or adjectives (cleaner, server, carrier, fighter, bomber,
// receiver, forward, safety, local, youth, child, diner, rival,
// competitor, publisher, regulator, developer, retailer, employer).
// playerPosts are a player's position on the field and the words before
// it that are too often things or other people to be roles ("the
// receiver said" of an insolvency, "the end", "a safety"): read as a
// post only between a description and the name it gives, "Love's
// teammate, wide receiver Jayden Reed, added", "her partner, scrum-half
// Ann Lee,".
var playerPosts = setOf("receiver", "wide", "tight", "end", "running", "back", "tackle",
	"guard", "safety", "centre", "center", "forward", "wing", "prop", "hooker", "lock",
	"flanker", "catcher", "batter", "setter", "spiker", "libero", "keeper", "full-back",
	"left-back", "right-back", "centre-back", "center-back", "wing-back", "defensive",
	"offensive", "point", "power", "small", "starting", "backup", "reserve", "relief",
	"closer", "reliever", "starter", "seamer", "spinner", "quick", "paceman", "leg-spinner",
	"off-spinner")

var occupations = setOf(
	// emergencies, security and the law
	"firefighter", "fireman", "firewoman", "paramedic", "medic", "lifeguard", "rescuer",
	"dispatcher", "bodyguard", "bouncer", "doorman", "watchman", "constable", "trooper", "cop",
	"ranger", "warden", "jailer", "jailor", "investigator", "agent", "informant", "spy",
	"defendant", "plaintiff", "claimant", "complainant", "appellant", "petitioner", "juror",
	"magistrate", "paralegal", "bailiff", "coroner", "notary", "counsel", "suspect", "accused",
	"convict", "inmate", "prisoner", "offender", "fugitive", "murderer", "killer", "thief",
	"burglar", "robber", "fraudster", "smuggler", "trafficker", "dealer", "gangster",
	"whistleblower", "lobbyist", "gunman", "attacker", "assailant", "shooter", "hostage",
	"captive", "kidnapper", "hijacker", "looter", "rioter",
	// armed forces and armed groups
	"sergeant", "corporal", "lieutenant", "colonel", "admiral", "airman", "paratrooper",
	"infantryman", "sniper", "serviceman", "servicewoman", "servicemember", "conscript",
	"reservist", "recruit", "cadet", "militiaman", "militant", "rebel", "insurgent", "guerrilla",
	"jihadist", "warlord",
	// health and care
	"midwife", "caregiver", "carer", "clinician", "practitioner", "physiotherapist",
	"optometrist", "radiologist", "anaesthetist", "anesthesiologist", "pathologist",
	"obstetrician", "gynaecologist", "gynecologist", "immunologist", "chiropractor",
	"podiatrist", "hygienist", "counsellor", "counselor", "psychotherapist", "nanny",
	"babysitter", "housekeeper", "maid",
	// schools and learning
	"headteacher", "headmaster", "headmistress", "tutor", "instructor", "educator", "pupil",
	"schoolboy", "schoolgirl", "undergraduate", "postgraduate", "graduate", "alumnus", "alumna",
	"scholar", "librarian", "curator", "archivist", "provost", "rector", "registrar",
	// offices, shops and trades
	"accountant", "auditor", "banker", "broker", "stockbroker", "financier", "treasurer",
	"bookkeeper", "clerk", "cashier", "receptionist", "assistant", "intern", "apprentice",
	"supervisor", "foreman", "forewoman", "contractor", "subcontractor", "landlord", "landlady",
	"proprietor", "shareholder", "stockholder", "franchisee", "storekeeper", "salesman",
	"saleswoman", "salesperson", "realtor", "auctioneer", "appraiser", "actuary", "programmer",
	"coder", "technician", "mechanic", "electrician", "plumber", "builder", "bricklayer",
	"welder", "machinist", "roofer", "decorator", "joiner", "handyman", "locksmith", "glazier",
	"surveyor", "craftsman", "craftswoman", "artisan", "tradesman", "tradesperson", "janitor",
	"caretaker", "custodian", "landscaper", "florist", "hairdresser", "stylist", "beautician",
	"manicurist", "tattooist", "masseur", "masseuse", "tailor", "seamstress", "dressmaker",
	"cobbler", "jeweller", "jeweler", "butcher", "fishmonger", "grocer", "greengrocer",
	"winemaker", "vintner", "distiller", "bartender", "barman", "barmaid", "barista", "waiter",
	"waitress", "sommelier", "restaurateur", "hotelier", "innkeeper", "publican", "caterer",
	"courier", "postman", "postwoman", "mailman", "deliveryman", "chauffeur", "trucker",
	"cabbie", "motorist", "pedestrian", "commuter", "rider", "aviator", "stewardess",
	"attendant", "seaman", "seafarer", "deckhand", "boatman", "ferryman", "angler",
	"trawlerman", "farmworker", "farmhand", "rancher", "herder", "cowboy", "grower",
	"beekeeper", "breeder", "lumberjack", "miner", "quarryman", "steelworker", "dockworker",
	"docker", "longshoreman", "autoworker",
	// media, the arts and entertainment
	"correspondent", "blogger", "vlogger", "influencer", "youtuber", "podcaster", "newscaster",
	"newsreader", "cameraman", "camerawoman", "photojournalist", "videographer", "cartoonist",
	"illustrator", "animator", "painter", "sculptor", "ceramicist", "reviewer", "screenwriter",
	"scriptwriter", "songwriter", "lyricist", "pianist", "violinist", "cellist", "saxophonist",
	"trumpeter", "harpist", "organist", "percussionist", "choreographer", "ballerina",
	"magician", "entertainer", "performer", "impresario", "promoter", "publicist", "deejay",
	"frontwoman", "bandmate", "castmate", "translator", "interpreter", "narrator",
	"storyteller", "memoirist", "biographer", "essayist", "copywriter", "ghostwriter",
	"stuntman",
	// public life and faith
	"politician", "statesman", "stateswoman", "delegate", "consul", "bureaucrat", "servant",
	"alderman", "alderwoman", "selectman", "selectwoman", "assemblyman", "assemblywoman", "assemblymember",
	"councilmember", "comptroller", "ombudsman", "monarch", "emperor", "empress", "sultan",
	"emir", "sheikh", "tsar", "czar", "dictator", "strongman", "chieftain", "tribesman",
	"elder", "headman", "cleric", "clergyman", "clergywoman", "monk", "nun", "vicar",
	"reverend", "archbishop", "chaplain", "missionary", "preacher", "evangelist", "deacon",
	"mullah", "ayatollah", "worshipper", "worshiper", "parishioner", "congregant", "pilgrim",
	"believer", "devotee",
	// sport
	"linebacker", "shortstop", "outfielder", "infielder", "hitter", "slugger", "lineman",
	"cornerback", "halfback", "fullback", "fly-half", "scrum-half", "goalie", "goaltender",
	"netminder", "defenceman", "defenseman", "teammate", "umpire", "linesman", "rookie",
	"caddie", "racer", "motorcyclist", "mountaineer", "hiker", "surfer", "diver", "marathoner",
	"hurdler", "weightlifter", "bodybuilder", "kickboxer", "judoka", "paddler", "canoeist",
	"kayaker", "yachtsman", "yachtswoman", "all-rounder", "wicketkeeper", "gamer",
	"grandmaster", "medallist", "medalist", "finalist", "semifinalist", "contestant",
	"opponent", "spectator", "punter", "bettor", "gambler",
	// everyday life
	"householder", "occupant", "lodger", "flatmate", "roommate", "housemate", "classmate",
	"schoolmate", "coworker", "jobseeker", "applicant", "nominee", "orphan", "adolescent",
	"newcomer", "newlywed", "bride", "bridegroom", "eyewitness", "traveller", "traveler",
	"holidaymaker", "vacationer", "backpacker", "camper", "sightseer", "expat", "expatriate",
	"emigrant", "exile", "settler", "squatter", "beggar", "busker", "hawker", "peddler",
	"pedlar", "stallholder", "moviegoer", "theatregoer", "concertgoer", "churchgoer",
	"partygoer", "festivalgoer", "beachgoer", "patron", "guest", "hostess", "protestor",
	"picketer", "advocate", "donor", "philanthropist", "benefactor", "billionaire",
	"millionaire", "tycoon", "magnate", "mogul", "heiress", "heir", "socialite", "celebrity",
	"inventor", "innovator", "specialist",
	// sciences
	"statistician", "mathematician", "demographer", "geographer", "philosopher", "theologian",
	"linguist", "ethicist", "futurist", "technologist", "ornithologist", "entomologist",
	"botanist", "oceanographer", "seismologist", "volcanologist", "glaciologist",
	"hydrologist", "geneticist", "neuroscientist", "toxicologist", "pharmacologist",
	"microbiologist", "astrophysicist", "cosmologist", "paleontologist", "palaeontologist",
	"forecaster", "environmentalist", "conservationist", "modeller", "modeler",
	// rescue, the countryside and zoos ("Coastguards said", "Zookeepers
	// described it as")
	"coastguard", "zookeeper", "gamekeeper", "fisherman", "steward",
	// the land, the kitchen, the home, the forces and games ("Grazier
	// Sally McPhee", "Twitch streamer Tom Reed ... the streamer said")
	"grazier", "crofter", "smallholder", "dairyman", "pastoralist", "agronomist", "agriculturalist",
	"arborist", "forager", "cheesemaker", "pitmaster", "patissier", "pâtissier", "couturier",
	"homebuyer", "housebuyer", "leaseholder", "freeholder", "borrower", "commando", "sapper",
	"submariner", "hacker", "streamer", "tiktoker", "cosplayer", "modder", "speedrunner", "shoutcaster",
	// a family's head, faith, crafts, care, music and screen ("The
	// patriarch, Joseph Kane, ... the patriarch said"); no word that is
	// also a common surname ("Baker", "Mason", "Potter", "Cantor")
	"patriarch", "matriarch", "abbot", "abbess", "friar", "verger", "churchwarden", "shaman", "guru",
	"swami", "undertaker", "mortician", "embalmer", "gravedigger", "bursar", "matron", "optician",
	"radiographer", "sonographer", "phlebotomist", "osteopath", "acupuncturist", "herbalist", "homeopath",
	"blacksmith", "farrier", "saddler", "stonemason", "glassblower", "goldsmith", "silversmith",
	"watchmaker", "clockmaker", "toymaker", "shoemaker", "luthier", "fisherwoman", "bookseller",
	"keyboardist", "bandleader", "bandmaster", "choirmaster", "conductor", "librettist", "soprano",
	"mezzo-soprano", "baritone", "contralto", "showrunner", "cinematographer")

// countries are the one-word names of countries (and a few unions of
// them), which speak as their governments, never as "he" or "she". (Not
// those that are also given names: Chad, Georgia, Jordan.)
var countries = setOf("afghanistan", "albania", "algeria", "andorra", "angola", "argentina",
	"armenia", "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados",
	"belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil",
	"brunei", "bulgaria", "burundi", "cambodia", "cameroon", "canada", "chile", "china",
	"colombia", "comoros", "congo", "croatia", "cuba", "cyprus", "czechia", "denmark", "djibouti",
	"dominica", "ecuador", "egypt", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland",
	"france", "gabon", "gambia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea",
	"guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
	"ireland", "israel", "italy", "jamaica", "japan", "kazakhstan", "kenya", "kiribati",
	"kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya",
	"liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives",
	"mali", "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco",
	"mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal",
	"netherlands", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palau",
	"palestine", "panama", "paraguay", "peru", "philippines", "poland", "portugal", "qatar",
	"romania", "russia", "rwanda", "samoa", "senegal", "serbia", "seychelles", "singapore",
	"slovakia", "slovenia", "somalia", "spain", "sudan", "suriname", "sweden", "switzerland",
	"syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia", "turkey",
	"turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu", "venezuela",
	"vietnam", "yemen", "zambia", "zimbabwe", "britain", "england", "scotland", "wales", "gaza",
	"tibet", "crimea", "europe", "africa", "asia", "nato", "türkiye")

// stageRoles are the nouns before a star's one name ("Rapper Stormzy",
// "Footballer Vinícius"): see stageName.
var stageRoles = setOf("rapper", "singer", "actor", "actress", "comedian", "footballer", "boxer",
	"wrestler", "striker", "star", "superstar", "musician", "drummer", "guitarist",
	"model", "influencer", "youtuber", "streamer", "chef", "designer", "poet", "author",
	"golfer", "cricketer", "athlete", "sprinter", "jockey", "midfielder", "goalkeeper", "defender",
	"songwriter", "producer", "dancer", "magician", "presenter", "tiktoker")
