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

// "it" after a sentence that opens with a document ("The complaint,
// filed in Maryland, asks ...") takes up the document: its filer when the
// article says who filed it, "" when it says no one named did, and,
// when it does not say, the organisation named last given but not shown
// (it may be the one sued). Failed before: "Three patients sued the
// Food and Drug Administration ... it said" gave the FDA at 0.75 (shown).
// Must not fire: an organisation the sentence before opens with ("The
// FDA said the complaint ..."); a report of the one organisation named.
func TestDocsItTakesUpTheDocument(t *testing.T) {
	const sued = "The complaint, filed in federal court in Maryland, asks a judge to order a decision within 60 days. \"Patients are being denied a safe treatment,\" it said."
	runCueCasesConf(t, []confCase{
		{"filer named", "Harlow Pharmaceuticals sued the Food and Drug Administration on Tuesday.\n\n" + sued,
			"Patients are being denied a safe treatment,", "Harlow Pharmaceuticals", true},
		{"filer unnamed", "Three patients sued the Food and Drug Administration on Tuesday.\n\n" + sued,
			"Patients are being denied a safe treatment,", "", false},
		{"filer not said", "A lawsuit against the Food and Drug Administration was made public on Tuesday by the Tellwright Foundation and Harlow Pharmaceuticals.\n\n" + sued,
			"Patients are being denied a safe treatment,", "Harlow Pharmaceuticals", false},
		// Must not fire.
		{"organisation subject", "Three patients sued the Food and Drug Administration on Tuesday.\n\nThe FDA said the complaint had no merit. \"Our reviews follow the science,\" it said.",
			"Our reviews follow the science,", "Food and Drug Administration", true},
		{"one organisation's report", "The Centre for Clean Air said on Thursday that pollution had worsened.\n\nThe report, which draws on data from 38 stations, blamed crop burning. \"Without enforcement, the plan is a paper tiger,\" it said.",
			"Without enforcement, the plan is a paper tiger,", "Centre for Clean Air", true},
	})
}

// "said the woman, who gave her name only as Maria": the name a relative
// clause gives the one described with "the", as after "one woman".
// Failed before: "" (a definite description looked back for a woman
// named earlier). Must not fire: a clause that gives no name; a woman
// named before, with a clause that names no one.
func TestDocsTheOneWhoGaveHerName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"gave her name only as", "\"We just want to go home,\" said the woman, who gave her name only as Maria, as she waited outside the shelter.",
			[]want{{"We just want to go home,", "Maria", "said"}}},
		{"first name be used", "\"I lost my job, my car and my flat in the same month,\" said the man, who asked that only his first name, Kevin, be used.",
			[]want{{"I lost my job, my car and my flat in the same month,", "Kevin", "said"}}},
		{"identified himself", "\"They treat us like animals,\" said the man who identified himself only as Jorge.",
			[]want{{"They treat us like animals,", "Jorge", "said"}}},
		// Must not fire.
		{"not to be named", "\"We just want to go home,\" said the woman, who asked not to be named.",
			[]want{{"We just want to go home,", "", "said"}}},
		{"named before", "Rosa Diaz has lived on the street for 30 years.\n\n\"We just want to go home,\" said the woman, who has four grandchildren.",
			[]want{{"We just want to go home,", "Rosa Diaz", "said"}}},
	})
}

// An unnamed person named later by a definite description of the same
// noun in apposition ("One official said ... The official, Jane Roe,
// added") is that person, an anonymous source's noun too. And the
// forward naming of a lede's description stops at a name introduced as
// another holder of the role ("A spokesman said ... "...," he said. /
// Another spokesman, Tom Hale, said"), which before gave Tom Hale at
// 0.85 (shown). Failed before: "" for the first; Tom Hale for the
// second. Must not fire: a clause giving no name, another of the noun
// between, the noun's possessive.
func TestDocsNamedLaterByTheSameNoun(t *testing.T) {
	runCueCases(t, []cueCase{
		{"the official, name", "One official at the port said the shipment had been held for a week. \"Nobody wants to sign off on it,\" the official said.\n\nThe official, Jane Roe, added that customs officers were waiting for guidance.",
			[]want{{"Nobody wants to sign off on it,", "Jane Roe", "said"}}},
		{"the teacher, name, age", "One teacher said the school had been warned. \"We told them in January,\" she said.\n\nThe teacher, Ann Burke, 58, has worked there for 20 years.",
			[]want{{"We told them in January,", "Ann Burke", "said"}}},
		// Must not fire.
		{"another spokesman", "A spokesman said the airline was reviewing the footage. \"Safety is our priority,\" he said.\n\nAnother spokesman, Tom Hale, said the crew had followed procedure.",
			[]want{{"Safety is our priority,", "", "said"}}},
		{"name, another spokesman", "A spokesman said the airline was reviewing the footage. \"Safety is our priority,\" he said.\n\nTom Hale, another spokesman, said the crew had followed procedure.",
			[]want{{"Safety is our priority,", "", "said"}}},
		{"no name", "One teacher said the school had been warned. \"We told them in January,\" the teacher said.\n\nThe teacher, who asked not to be named, said staff were afraid.",
			[]want{{"We told them in January,", "", "said"}}},
		{"another between", "One official said the shipment had been held. \"Nobody wants to sign off on it,\" the official said. Another official said it was routine.\n\nThe official, Jane Roe, added that officers were waiting.",
			[]want{{"Nobody wants to sign off on it,", "", "said"}}},
		{"possessive", "One official said the shipment had been held. \"Nobody wants to sign off on it,\" the official said.\n\nThe official's boss, Jane Roe, declined to comment.",
			[]want{{"Nobody wants to sign off on it,", "", "said"}}},
	})
}

// "It read:" or "it says" after a sentence that brings in a document
// with "a" ("sent a memo to staff") is the document's words: its
// issuer's. "It read:" is a cue there, also when the words follow in
// paragraphs of their own. Failed before: "" (an "it" with no
// organisation near; "read" after "it" no verb of speech). Must not
// fire: a document someone received; a document brought in with "the"
// (an organisation rejecting it speaks); "it read" of no document.
func TestDocsItReadTheDocument(t *testing.T) {
	const memo = "Chief executive Mark Dunning sent a memo to staff on Friday."
	runCueCases(t, []cueCase{
		{"it says", memo + " It says: \"We will close three regional offices by June.\"",
			[]want{{"We will close three regional offices by June.", "Mark Dunning", "says"}}},
		{"after, it says", memo + " \"We will close three regional offices by June,\" it says.",
			[]want{{"We will close three regional offices by June,", "Mark Dunning", "says"}}},
		{"it read, paragraphs", memo + " It read:\n\n\"Colleagues, this has been the hardest year in our history.\n\n\"We will close three regional offices by June.\"",
			[]want{{"Colleagues, this has been the hardest year in our history.", "Mark Dunning", "read"}, {"We will close three regional offices by June.", "Mark Dunning", "read"}}},
		{"organisation's letter", "The Law Society of Kenya sent a letter to Parliament on Monday. It says: \"The bill violates the constitution.\"",
			[]want{{"The bill violates the constitution.", "Law Society of Kenya", "says"}}},
		// Must not fire.
		{"received", "Mark Dunning received a letter from angry staff on Friday. It read:\n\n\"You have betrayed every one of us.\"",
			[]want{{"You have betrayed every one of us.", "", "read"}}},
		{"the report rejected", "The Fair Pay Trust published a report on pay on Monday. Harlow Motors rejected the report. \"The figures are wrong,\" it says.",
			[]want{{"The figures are wrong,", "Harlow Motors", "says"}}},
	})
}

// A report or judgment whose issuer the article names in another form:
// "A report by the Institute for Fiscal Studies (IFS) ... said" (the
// noun opening the sentence, the issuer after "by"), "Oxfam's latest
// report" (a one-word name known as nothing else), "The Chief Justice,
// Martha Koome, in a 40-page judgment, dismissed" ("judgment" a speech
// noun). Failed before: "" for each. Must not fire: a report by no one
// named; a person's report; a judgment received.
func TestDocsReportByAndJudgment(t *testing.T) {
	runCueCases(t, []cueCase{
		{"a report by", "A report by the Institute for Fiscal Studies (IFS) published on Monday said households faced a squeeze.\n\n\"Real incomes are set to fall for a second year,\" the report said.",
			[]want{{"Real incomes are set to fall for a second year,", "Institute for Fiscal Studies", "said"}}},
		{"one-word name's report", "Oxfam's latest report, released ahead of the Davos summit, found that the richest 1% captured most new wealth.\n\n\"The super-rich are getting richer at an obscene rate,\" the report said.",
			[]want{{"The super-rich are getting richer at an obscene rate,", "Oxfam", "said"}}},
		{"judgment read", "The Chief Justice, Martha Koome, in a 40-page judgment, dismissed the petition. \"The petition lacks merit and is hereby dismissed,\" the judgment read.",
			[]want{{"The petition lacks merit and is hereby dismissed,", "Martha Koome", "read"}}},
		// Must not fire.
		{"report by no one named", "A report by two academics published on Monday said households faced a squeeze.\n\n\"Real incomes are set to fall for a second year,\" the report said.",
			[]want{{"Real incomes are set to fall for a second year,", "", "said"}}},
		{"person's report", "Harlow Motors hired Ann Lee to review safety. Lee's report was published on Friday. \"Failings were widespread,\" the report said.",
			[]want{{"Failings were widespread,", "", "said"}}},
		{"judgment received", "Harlow Motors received a judgment against it on Friday. \"The company acted unlawfully,\" the judgment read.",
			[]want{{"The company acted unlawfully,", "", "read"}}},
	})
}

// A preposition or adverb of place opening a sentence is no name: "Below
// it, protesters chanted: "..."" gave "Below" at 1.00. Must not fire: a
// named chanter after such an opener.
func TestDocsPlaceOpenerIsNoName(t *testing.T) {
	runCueCases(t, []cueCase{
		{"below it", "A banner hung from the bridge read: \"No to the incinerator.\" Below it, protesters chanted: \"Not in our backyard!\"",
			[]want{{"No to the incinerator.", "", ""}, {"Not in our backyard!", "", ""}}},
		{"outside", "A banner hung from the town hall read: \"No to the incinerator.\" Outside, protesters chanted: \"Not in our backyard!\"",
			[]want{{"No to the incinerator.", "", ""}, {"Not in our backyard!", "", ""}}},
		// Must not fire.
		{"named after opener", "The council met on Tuesday. Outside, Councillor Jane Pike told the crowd: \"We will fight this in every court.\"",
			[]want{{"We will fight this in every court.", "Jane Pike", "told the crowd"}}},
	})
}

// "read" past a relative clause after a speech noun ("Ms Rahman's
// Facebook post, which has since been deleted, read:") is a cue, and a
// platform qualifying the noun ("Her Facebook post") is where it was
// posted, not who posted it. Failed before: "" for the first; "" and,
// with the cue, "Facebook" for the second. Must not fire: a sign's
// words past a clause; a relative clause after a noun of no speech.
func TestDocsPostReadPastClause(t *testing.T) {
	const lede = "Aisha Rahman has received threats since the election. "
	const words = "I will not be silenced by these people."
	runCueCases(t, []cueCase{
		{"possessive, which clause", lede + "Ms Rahman's Facebook post, which has since been deleted, read: \"" + words + "\"",
			[]want{{words, "Aisha Rahman", "read"}}},
		{"her facebook post", lede + "Her Facebook post, which has since been deleted, read: \"" + words + "\"",
			[]want{{words, "Aisha Rahman", "read"}}},
		// Must not fire.
		{"sign", lede + "A sign outside her office, which was put up on Monday, read: \"" + words + "\"",
			[]want{{words, "", ""}}},
		{"car", lede + "Her car, which was found burnt out on Monday, read: \"" + words + "\"",
			[]want{{words, "", ""}}},
	})
}

// A lede's description named in a later sentence ("the commissioner
// told reporters ... / Commissioner Anne Lowry took up the post") is
// read past a sentence or two whose subject is a pronoun going on about
// the one described ("Pressed again, she added: ..."). Failed before: ""
// (only the very next sentence was read). Must not fire: a name given
// another role; a name in apposition to someone's tie.
func TestDocsLedeDescribedPastPronoun(t *testing.T) {
	const lede = "Asked about the leak, the commissioner told reporters: \"I am not going to comment on an ongoing investigation.\" Pressed again, she added: \"I have said all I am going to say.\""
	runCueCasesConf(t, []confCase{
		{"named two sentences on", lede + "\n\nCommissioner Anne Lowry took up the post in January.",
			"I am not going to comment on an ongoing investigation.", "Anne Lowry", true},
		// Must not fire.
		{"another role", lede + "\n\nAnne Lowry, a local councillor, called for an inquiry.",
			"I am not going to comment on an ongoing investigation.", "", false},
		{"a tie", lede + "\n\nHer deputy, Anne Lowry, declined to comment.",
			"I am not going to comment on an ongoing investigation.", "", false},
	})
}

// Documents of the press outside the US and UK: "the FIR states" (a
// First Information Report, a complaint to the police in India) is a
// document, no organisation "FIR", and speaks for who lodged it; "KAMPALA
// — In a letter dated June 3, the Speaker of Parliament, Anita Among,
// directed ... "...," the letter reads" is the name in apposition to the
// subject, past the dateline. Failed before: "FIR" at 1.00 (shown); "".
// Must not fire: an FIR lodged by someone unnamed; a letter whose writer
// the apposition does not name.
func TestDocsFIRAndLetterInApposition(t *testing.T) {
	runCueCases(t, []cueCase{
		{"lodged an FIR", "LUCKNOW: Ramesh Yadav lodged an FIR at Aminabad police station on Monday. \"They said they would kill my son,\" the FIR states.",
			[]want{{"They said they would kill my son,", "Ramesh Yadav", "states"}}},
		{"letter in apposition past dateline", "KAMPALA — In a letter dated June 3, the Speaker of Parliament, Anita Among, directed the clerk to suspend four MPs.\n\n\"The members shall not attend any sitting for 60 days,\" the letter reads.",
			[]want{{"The members shall not attend any sitting for 60 days,", "Anita Among", "reads"}}},
		// Must not fire.
		{"FIR by someone unnamed", "LUCKNOW: According to the FIR lodged by the victim's father, the accused threatened the family. \"They said they would kill my son,\" the FIR states.",
			[]want{{"They said they would kill my son,", "", "states"}}},
		{"no name in apposition", "KAMPALA — In a letter dated June 3, the Speaker of Parliament directed the clerk to suspend four MPs.\n\n\"The members shall not attend any sitting for 60 days,\" the letter reads.",
			[]want{{"The members shall not attend any sitting for 60 days,", "", "reads"}}},
	})
}

// A document whose filer an aside gives ("The lawsuit, filed by the
// American Civil Liberties Union on behalf of three students,", "The
// complaint, which was filed by the Federal Trade Commission", "The
// petition, started by local mother Claire Dunn,") speaks for the filer.
// Failed before: "". Must not fire: filed by no one named ("signed by 84
// households", "filed by lawyers for three students").
func TestDocsFiledByInAside(t *testing.T) {
	runCueCases(t, []cueCase{
		{"filed by", "The lawsuit, filed by the American Civil Liberties Union on behalf of three students, challenges the ban.\n\n\"The policy punishes students for their speech,\" the lawsuit says.",
			[]want{{"The policy punishes students for their speech,", "American Civil Liberties Union", "says"}}},
		{"which was filed by", "The complaint, which was filed by the Federal Trade Commission on Tuesday, accuses Amazon of maintaining its monopoly.\n\n\"Amazon is a monopolist that uses punitive tactics,\" the complaint alleges.",
			[]want{{"Amazon is a monopolist that uses punitive tactics,", "Federal Trade Commission", "alleges"}}},
		{"started by", "The petition, started by local mother Claire Dunn, has gathered 12,000 signatures.\n\n\"Our children deserve a safe route to school,\" the petition reads.",
			[]want{{"Our children deserve a safe route to school,", "Claire Dunn", "reads"}}},
		// Must not fire.
		{"signed by households", "Glenmore Council received a letter on Monday. The letter, signed by 84 households, describes near misses.\n\n\"It is only a matter of time before a child is killed,\" the letter says.",
			[]want{{"It is only a matter of time before a child is killed,", "", "says"}}},
		{"filed by lawyers", "The lawsuit, filed by lawyers for three students, challenges the ban.\n\n\"The policy punishes students for their speech,\" the lawsuit says.",
			[]want{{"The policy punishes students for their speech,", "", "says"}}},
	})
}

// A lede's description named after the quotation that opens the next
// sentence ("Writing in The Times, the former prime minister said the
// party had "lost its way". / "We must return to the centre ground,"
// Theresa Hale wrote.") is that name, given but not shown. Failed
// before: "". Must not fire: a name the article gives another role; a
// description in the cue of a quotation opening its sentence.
func TestDocsLedeNamedAfterNextQuote(t *testing.T) {
	const lede = "Writing in The Times, the former prime minister said the party had \"lost its way\".\n\n"
	runCueCasesConf(t, []confCase{
		{"named after the quote", lede + "\"We must return to the centre ground,\" Theresa Hale wrote.",
			"lost its way", "Theresa Hale", false},
		// Must not fire.
		{"another role", lede + "\"We must return to the centre ground,\" Theresa Hale, a party activist, said.",
			"lost its way", "", false},
		{"description in a quotation's cue", "\"I was misquoted,\" the minister said on Sunday. \"I stand by every word,\" Sarah Cole said.",
			"I was misquoted,", "", false},
	})
}

// The sender after a participle and a phrase of to whom ("The memo, sent
// to all staff by chief executive Mark Dunning on Friday,") is the
// document's issuer. Failed before: "". Must not fire: a means after
// "by" ("sent by email"), which leaves the subject who sent it.
func TestDocsSentToByIssuer(t *testing.T) {
	runCueCases(t, []cueCase{
		{"sent to staff by", "The memo, sent to all staff by chief executive Mark Dunning on Friday, warned of job cuts.\n\n\"We have to make difficult choices to secure our future,\" the memo read.",
			[]want{{"We have to make difficult choices to secure our future,", "Mark Dunning", "read"}}},
		// Must not fire.
		{"sent by email", "Mayor Lisa Chen sent a memo by email to all department heads on Monday.\n\n\"No new positions may be filled without my approval,\" the memo said.",
			[]want{{"No new positions may be filled without my approval,", "Lisa Chen", "said"}}},
	})
}

// A "she added" right after a quotation given by its description to a
// person named later ("the commissioner told reporters: "...". Pressed
// again, she added: "..." / Commissioner Anne Lowry ...") goes on meaning
// that person, when no one is named before it. Failed before: "". Must
// not fire: a pronoun of the other gender.
func TestDocsPronounAfterDescribedSpeaker(t *testing.T) {
	const after = "\n\nCommissioner Anne Lowry took up the post in January."
	runCueCasesConf(t, []confCase{
		{"she added", "Asked about the leak, the commissioner told reporters: \"I am not going to comment on an ongoing investigation.\" Pressed again, she added: \"I have said all I am going to say.\"" + after,
			"I have said all I am going to say.", "Anne Lowry", true},
		// Must not fire.
		{"he added", "Asked about the leak, the commissioner told reporters: \"I am not going to comment on an ongoing investigation.\" Pressed again, he added: \"I have said all I am going to say.\"" + after,
			"I have said all I am going to say.", "", false},
	})
}

// "it" after a document whose senders the article gives past its
// recipient's name ("A letter sent to Glenmore Council by residents of
// Bayview Road") is no one named, not the street. Failed before: "Bayview
// Road" (0.75, then 0.6). Must not fire: senders named after the
// recipient.
func TestDocsSentToNamedRecipientBy(t *testing.T) {
	const body = "\n\nThe letter, signed by 84 households, describes near misses outside the school. \"It is only a matter of time before a child is killed,\" it says."
	runCueCases(t, []cueCase{
		{"residents of", "A letter sent to Glenmore Council by residents of Bayview Road has called for speed bumps." + body,
			[]want{{"It is only a matter of time before a child is killed,", "", "says"}}},
		{"named sender", "A letter sent to Glenmore Council by the Bayview Residents Association has called for speed bumps." + body,
			[]want{{"It is only a matter of time before a child is killed,", "Bayview Residents Association", "says"}}},
	})
}

// "The company's statement was brief: "..."", "His campaign's statement
// was blunter: "..."": a speech noun, a copula and one word saying what
// the words were like, before a colon, is a cue; "his campaign's" is the
// candidate's. Failed before: "" for both (no cue; a campaign's
// possessive after "his" read as no one). Must not fire: a message no
// one is said to own; a noun of no speech.
func TestDocsStatementWasBrief(t *testing.T) {
	runCueCases(t, []cueCase{
		{"company's statement was brief", "Harlow Motors cut 200 jobs on Tuesday. The company's statement was brief: \"These decisions are never easy.\"",
			[]want{{"These decisions are never easy.", "Harlow Motors", "was"}}},
		{"his campaign's statement", "Senator Mark Ruiz posted a video on Instagram on Tuesday. \"I'm not going anywhere,\" Ruiz says in the clip.\n\nHis campaign's statement was blunter: \"The senator will not be bullied.\"",
			[]want{{"I'm not going anywhere,", "Mark Ruiz", "says"}, {"The senator will not be bullied.", "Mark Ruiz", "was"}}},
		// Must not fire.
		{"the message", "Storm Ciara hit the coast on Tuesday. The message was simple: \"Stay at home.\"",
			[]want{{"Stay at home.", "", "was"}}},
		{"no speech noun", "Harlow Motors cut 200 jobs on Tuesday. The mood was grim: \"These decisions are never easy.\"",
			[]want{{"These decisions are never easy.", "", ""}}},
	})
}

// A document by a described person named in apposition ("the FIR lodged
// by the victim's father, Ramesh Yadav,") is that person's. Failed
// before: "" ("FIR" at base). Must not fire: no name after the comma; a
// name in a list of others.
func TestDocsByDescribedNamed(t *testing.T) {
	runCueCases(t, []cueCase{
		{"father, name", "LUCKNOW: According to the FIR lodged by the victim's father, Ramesh Yadav, the accused threatened the family. \"They said they would kill my son,\" the FIR states.",
			[]want{{"They said they would kill my son,", "Ramesh Yadav", "states"}}},
		{"letter from the head, name", "A letter from the school's head teacher, Tom Price, told parents the school would close. \"This was not an easy decision,\" the letter said.",
			[]want{{"This was not an easy decision,", "Tom Price", "said"}}},
		// Must not fire.
		{"no name", "LUCKNOW: According to the FIR lodged by the victim's father, the accused threatened the family. \"They said they would kill my son,\" the FIR states.",
			[]want{{"They said they would kill my son,", "", "states"}}},
		{"of someone", "A letter from the family of Tom Price, who died in May, was read out. \"He was a kind man,\" the letter said.",
			[]want{{"He was a kind man,", "", "said"}}},
	})
}
