package quote

import "testing"

// Classes of role nouns, titles and given names (issue 8), written for
// these tests in the way news is written. Each case failed before its
// rule, unless it is marked as a guard.

// Given names common for both sexes ("Lynn", "Robin", "Sam", "Alex") say
// nothing about who "he" or "she" is, and are given names all the same:
// "Lynn Parker" is a person. Failed before: "Sam Kerr ... she said" gave
// ""; "Lynn Parker ... he said" was given, not shown.
func TestHaUnisexGivenNames(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"lynn he", "Lynn Parker runs the bakery on Main Street. He opened it in 1990 after leaving the army.\n\n\"I never looked back,\" he said.",
			"I never looked back,", "Lynn Parker", true},
		{"robin he", "Robin Hale has coached the team for a decade. The club has won four titles under him.\n\n\"We keep improving,\" he said.",
			"We keep improving,", "Robin Hale", true},
		{"sam she", "Sam Kerr scored twice on Sunday.\n\n\"The team played well,\" she said.",
			"The team played well,", "Sam Kerr", true},
		{"alex she", "Alex Morgan scored twice on Sunday.\n\n\"The team played well,\" she said.",
			"The team played well,", "Alex Morgan", true},
		{"jamie she", "Jamie Lowe won the race in record time.\n\n\"My legs were gone,\" she said.",
			"My legs were gone,", "Jamie Lowe", true},
		{"leslie he", "Leslie Grant chaired the meeting on Tuesday.\n\n\"We need a plan,\" he said.",
			"We need a plan,", "Leslie Grant", true},
		{"quinn he", "Quinn Ewers threw three touchdowns.\n\n\"We fought,\" he said.",
			"We fought,", "Quinn Ewers", true},
		// guards: the one of the pronoun's gender among two; a man's name
		// still a man's.
		{"unisex and a man, she", "Lynn Parker met Tom Hale at the bakery. Hale bought bread.\n\n\"I never looked back,\" she said.",
			"I never looked back,", "Lynn Parker", true},
		{"sam he", "Sam Smith cancelled the tour on Monday.\n\n\"I am sorry,\" he said.",
			"I am sorry,", "Sam Smith", true},
		{"firm", "\"Rates will fall,\" Morgan Stanley said in a note.",
			"Rates will fall,", "Morgan Stanley", true},
	})
}

// Role nouns the lexicon lacked ("the patriarch", "the matriarch", "the
// keyboardist", "the conductor"): the person the article gave the role,
// and no one when it gave it to no one. Failed before: "the patriarch
// said" was no cue, and the quotation went to the one person named, a
// teacher.
func TestHaMissingRoleNouns(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"patriarch appositive", "The family gathered at the farm. The patriarch, Joseph Kane, sat at the head of the table.\n\n\"This land is ours,\" the patriarch said.",
			"This land is ours,", "Joseph Kane", true},
		{"matriarch", "The village held a meeting on Sunday. Among those present was Ruth Kane, a matriarch of the valley, who spoke at length.\n\nA storm hit the coast later that week.\n\n\"This matters to all of us,\" the matriarch said.",
			"This matters to all of us,", "Ruth Kane", true},
		{"conductor before name", "The orchestra played Mahler on Friday. Conductor Ilse Varga bowed twice.\n\n\"They played like angels,\" the conductor said.",
			"They played like angels,", "Ilse Varga", true},
		{"patriarch no one", "The village held a meeting on Sunday. Among those present was Joseph Kane, a teacher, who spoke at length.\n\nA storm hit the coast later that week.\n\n\"This matters to all of us,\" the patriarch said.",
			"This matters to all of us,", "", false},
		{"keyboardist no one", "The village held a meeting on Sunday. Among those present was Joseph Kane, a teacher, who spoke at length.\n\nA storm hit the coast later that week.\n\n\"This matters to all of us,\" the keyboardist said.",
			"This matters to all of us,", "", false},
	})
}

// A title or style before a surname alone picks, of the people sharing
// the surname, the one the article gave that title or style; a title of
// office or "Mr" before a word that is someone's given name reads it as a
// surname. Failed before: "Senator Mark Hale ... Dr. Anne Hale ... Sen.
// Hale said" gave Anne Hale; "Detective Sarah Smith ... Officer Tom Smith
// ... Detective Smith said" gave Tom Smith; "Jordan Lee ... Mr Jordan
// said" gave Jordan Lee.
func TestHaTitledSurname(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"sen. of a senator and a doctor", "Senator Mark Hale attended the gala on Friday. His wife, Dr. Anne Hale, gave a speech.\n\n\"We will pass the bill,\" Sen. Hale said.",
			"We will pass the bill,", "Mark Hale", true},
		{"senator, doctor given a role", "Senator Mark Hale attended the gala on Friday. Dr. Anne Hale, a surgeon, gave a speech.\n\n\"We will pass the bill,\" Senator Hale said.",
			"We will pass the bill,", "Mark Hale", true},
		{"dr. of a senator and a doctor", "Senator Mark Hale attended the gala on Friday. Dr. Anne Hale, a surgeon, gave a speech.\n\n\"Medicine must be free,\" Dr Hale said.",
			"Medicine must be free,", "Anne Hale", true},
		{"dr. of a farmer and a doctor", "Tom Reed, a farmer, met Dr. Ann Reed on Monday.\n\n\"The soil is poor,\" Dr. Reed said.",
			"The soil is poor,", "Ann Reed", true},
		{"detective of two officers", "Detective Sarah Smith led the case. Her brother, Officer Tom Smith, made the arrest.\n\n\"He confessed,\" Detective Smith said.",
			"He confessed,", "Sarah Smith", true},
		{"officer of two officers", "Detective Sarah Smith led the case. Her brother, Officer Tom Smith, made the arrest.\n\n\"He ran,\" Officer Smith said.",
			"He ran,", "Tom Smith", true},
		{"mr before a given name", "Jordan Lee, a teacher, spoke at the meeting on Tuesday about funding.\n\n\"Schools need more money,\" Mr Jordan said.",
			"Schools need more money,", "Jordan", true},
		{"mr: the surname's, not the given name's", "Jordan Lee, a teacher, spoke at the meeting. The principal, Mark Jordan, disagreed with him.\n\n\"Schools need more money,\" Mr Jordan said.",
			"Schools need more money,", "Mark Jordan", true},
		// guards: "Sir" with a given name; a family name printed first.
		{"sir with the given name", "Keir Starmer spoke in the Commons on Monday.\n\n\"We will deliver,\" Sir Keir said.",
			"We will deliver,", "Keir Starmer", true},
		{"president xi", "Xi Jinping met the visiting delegation on Monday.\n\n\"We must cooperate,\" President Xi said.",
			"We must cooperate,", "Xi Jinping", true},
		{"mr lee, family first", "Lee Jae-myung won the election on Tuesday.\n\n\"I will serve everyone,\" Mr. Lee said.",
			"I will serve everyone,", "Lee Jae-myung", true},
		{"mr and the name one goes by", "Thaksin Shinawatra returned on Monday.\n\n\"I am home,\" Mr Thaksin said.",
			"I am home,", "Thaksin Shinawatra", true},
		{"mr gan, family first", "Minister for Trade and Industry Gan Kim Yong said the outlook remained clouded.\n\n\"We must be ready,\" said Mr Gan.",
			"We must be ready,", "Gan Kim Yong", true},
	})
}

// A role noun no one in the article was given ("the nurse said") does not
// mean the person named last when the article gave that person an
// occupation of another walk of life ("Joseph Kane, a teacher"). Failed
// before: "Joseph Kane, a teacher ... "...," the nurse said" gave Kane,
// shown.
func TestHaWalksOfLife(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"teacher, the nurse", "The village held a meeting on Sunday. Among those present was Joseph Kane, a teacher, who spoke at length.\n\nA storm hit the coast later that week.\n\n\"This matters to all of us,\" the nurse said.",
			"This matters to all of us,", "", false},
		{"teacher, the imam", "The village held a meeting on Sunday. Among those present was Joseph Kane, a teacher, who spoke at length.\n\n\"This matters to all of us,\" the imam said.",
			"This matters to all of us,", "", false},
		{"retired teacher, the farmer", "Joseph Kane, a retired teacher, waited at the market.\n\n\"Prices are too low,\" the farmer said.",
			"Prices are too low,", "", false},
		{"farmer, the singer", "Ann Marsh, a farmer from Kent, lost her crops to the floods.\n\n\"We had nothing left,\" the singer said.",
			"We had nothing left,", "", false},
		// guards: the person given the role; a role of the same walk; no
		// occupation given.
		{"the farmer given", "Ann Marsh, a farmer from Kent, lost her crops. Her neighbour Bill Stone sold his land.\n\n\"We had nothing left,\" the farmer said.",
			"We had nothing left,", "Ann Marsh", true},
		{"nurse by the copula", "Dana Cole is a nurse at St Mary's. Her husband Pete Cole drives a bus.\n\n\"The wards are full,\" the nurse added.",
			"The wards are full,", "Dana Cole", true},
		{"drummer, the singer", "Ben Hale, the band's drummer, wrote most of the songs.\n\n\"I sing a bit too,\" the singer said.",
			"I sing a bit too,", "Ben Hale", true},
		{"no occupation given", "Tom Hardy grew up in London and trained at drama school.\n\n\"I was always acting,\" the actor said.",
			"I was always acting,", "Tom Hardy", true},
	})
}

// An office that prosecutes under another name ("District Attorney",
// "Assistant U.S. Attorney", "State's Attorney") is what "the prosecutor"
// refers back to. Failed before: "District Attorney Jane Roe ... "...,"
// the prosecutor said" gave "".
func TestHaProsecutorOffices(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"district attorney", "District Attorney Jane Roe filed charges on Monday. Defense lawyer Tom Bell said his client was innocent.\n\n\"The evidence is overwhelming,\" the prosecutor said.",
			"The evidence is overwhelming,", "Jane Roe", true},
		{"assistant u.s. attorney", "Assistant U.S. Attorney Ben Ko told the jury the defendant lied. Defense attorney Ann Mills disagreed.\n\n\"He lied again and again,\" the prosecutor said.",
			"He lied again and again,", "Ben Ko", true},
		{"state's attorney", "Cook County State's Attorney Eileen Pratt announced the charges.\n\n\"No one is above the law,\" the prosecutor said.",
			"No one is above the law,", "Eileen Pratt", true},
		{"appositive", "Jane Roe, the Manhattan district attorney, filed charges on Monday.\n\n\"The evidence is overwhelming,\" the prosecutor said.",
			"The evidence is overwhelming,", "Jane Roe", true},
		{"crown prosecutor", "Crown prosecutor Sam Lee said the accused had fled. Judge Mary Tan adjourned the case.\n\n\"He fled to Spain,\" the prosecutor said.",
			"He fled to Spain,", "Sam Lee", true},
		// guards: a defence lawyer; two holders.
		{"defense attorney", "Defense attorney Ann Mills said her client was innocent.\n\n\"He is innocent,\" the prosecutor said.",
			"He is innocent,", "", false},
		{"two district attorneys", "District Attorney Jane Roe and former District Attorney Tom Vance spoke on Monday.\n\n\"It is a sad day,\" the prosecutor said.",
			"It is a sad day,", "", false},
	})
}

// An organisation's name that opens with a title word ("Judge Business
// School", "General Electric") names no person "Judge" or "Electric".
// Failed before: both gave a name without the title ("Business School",
// "Electric").
func TestHaTitleOpensOrgName(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"judge business school", "\"The course is full,\" Judge Business School said.", "The course is full,", "Judge Business School", true},
		{"place before", "\"The course is full,\" said Cambridge Judge Business School.", "The course is full,", "Cambridge Judge Business School", true},
		{"general electric", "\"Sales rose,\" said General Electric.", "Sales rose,", "General Electric", true},
		{"general motors", "\"Sales rose,\" General Motors said.", "Sales rose,", "General Motors", true},
		// guards: a judge named in full, a coach by surname.
		{"judge named", "\"The sentence is fair,\" Judge Ann Tan said.", "The sentence is fair,", "Ann Tan", true},
		{"coach surname", "\"We won,\" Coach Bell said.", "We won,", "Bell", true},
	})
}

// roleCase names the speaker and the role one quotation of a story must
// get.
type roleCase struct{ name, in, quote, speaker, role string }

func runRoleCases(t *testing.T, cases []roleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if q := quotationOf(t, c.in, c.quote); q.Speaker != c.speaker || q.Role != c.role {
				t.Errorf("%q by %q, role %q; want %q, role %q", q.Text, q.Speaker, q.Role, c.speaker, c.role)
			}
		})
	}
}

// Long roles before a name: two roles joined by "and" after an
// organisation ("said JPL scientist and study co-author Michael
// Malaska"), a role with its object after "of" ("professor of ecology"),
// an envoy "to" a country, and an occupation ("firefighter Jim Dale"):
// the person, the role recorded whole. Failed before: "said JPL scientist
// and study co-author Michael Malaska" gave "JPL"; the roles were ""
// or cut ("study co-author").
func TestHaLongRolesBeforeName(t *testing.T) {
	runRoleCases(t, []roleCase{
		{"org, two roles, inverted", "\"Titan is weird,\" said JPL scientist and study co-author Michael Malaska.",
			"Titan is weird,", "Michael Malaska", "JPL scientist and study co-author"},
		{"org, two roles", "\"Titan is weird,\" JPL scientist and study co-author Michael Malaska said.",
			"Titan is weird,", "Michael Malaska", "JPL scientist and study co-author"},
		{"professor of", "\"Moths are declining fast,\" University of Leeds professor of ecology Jane Roe said.",
			"Moths are declining fast,", "Jane Roe", "University of Leeds professor of ecology"},
		{"ambassador to", "\"We will respond firmly,\" China's ambassador to Britain Liu Xiaming said.",
			"We will respond firmly,", "Liu Xiaming", "China's ambassador to Britain"},
		{"singer and guitarist", "\"It was time,\" said singer and guitarist Amy Ross.",
			"It was time,", "Amy Ross", "singer and guitarist"},
		{"occupation", "Police and ambulance crews arrived at noon. \"It was chaos,\" firefighter Jim Dale said.",
			"It was chaos,", "Jim Dale", "firefighter"},
		// guard: a name after a role alone.
		{"analyst", "\"It fell,\" analyst Ken Doctor said.", "It fell,", "Ken Doctor", "analyst"},
	})
}

// A role a copula gives a name, owned ("Ben Hale is its drummer", "Amy
// Ross is the band's singer") or opening the sentence ("Its singer is Amy
// Ross."), is the person's: "the drummer said", "the singer said" mean
// them. Failed before: "Its singer is Amy Ross. Ben Hale is its drummer.
// ... "...," the singer said" gave Ben Hale, shown.
func TestHaCopulaRoles(t *testing.T) {
	band := "The band Red Fox formed in 2010. Its singer is Amy Ross. Ben Hale is its drummer.\n\n\"We were kids,\" the drummer said.\n\n\"We still are,\" the singer said."
	runCueCasesConf(t, []confCase{
		{"its drummer", band, "We were kids,", "Ben Hale", true},
		{"its singer is", band, "We still are,", "Amy Ross", true},
		{"the band's singer", "The band played its last show on Friday. Amy Ross is the band's singer. Tom Vine played bass.\n\n\"It was time,\" the singer said.",
			"It was time,", "Amy Ross", true},
		{"drummer named after role", "The band played its last show. Singer Amy Ross wept on stage, and the band's drummer Ben Hale threw his sticks into the crowd.\n\n\"It was time,\" the drummer said.",
			"It was time,", "Ben Hale", true},
		{"singer and guitarist", "The band played its last show. Drummer Ben Hale left first. Amy Ross, the singer and guitarist, stayed.\n\n\"It was time,\" the singer and guitarist said.",
			"It was time,", "Amy Ross", true},
		// guards: "another host" or "one of the hosts" among several is
		// someone the text does not name.
		{"another host", "Tim Ray, a host of the show, spoke first. Ann Lowe, another host, agreed.\n\n\"It just grew,\" another host said.",
			"It just grew,", "", false},
		{"one of the hosts", "The podcast has three hosts: Tim Ray, Ann Lowe and Lee Dunn. Ray founded it in 2015.\n\n\"We never planned this,\" one of the hosts said.",
			"We never planned this,", "", false},
	})
}

// "...," the baker said: a cue whose subject is a noun the lists do not
// know is the one person the text gave that noun ("Joseph Kane, a
// baker,", "Cantor Ruth Levy"), and no one when none or two were; never
// the person the narrative before is about. Failed before: "Joseph Kane,
// a teacher, ... "...," the baker said" gave Kane, shown.
func TestHaUnknownDescriptionNoun(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"a baker", "The village held a meeting on Sunday. Among those present was Joseph Kane, a baker, who spoke at length.\n\n\"This matters to all of us,\" the baker said.",
			"This matters to all of us,", "Joseph Kane", true},
		{"cantor before the name", "The synagogue was full. Cantor Ruth Levy sang the opening prayer.\n\n\"It was a joy,\" the cantor said.",
			"It was a joy,", "Ruth Levy", true},
		{"a teacher, the baker", "The village held a meeting on Sunday. Among those present was Joseph Kane, a teacher, who spoke at length.\n\nA storm hit the coast later that week.\n\n\"This matters to all of us,\" the baker said.",
			"This matters to all of us,", "", false},
		{"two bakers", "Joseph Kane, a baker, and Tom Reed, a baker, met on Monday.\n\n\"Bread is life,\" the baker said.",
			"Bread is life,", "", false},
	})
}

// An occupation in apposition, owned ("Mia Lane, the museum's curator,",
// "Tom Reed, the school's headteacher,"), is the person's role: "the
// curator said" means them, not no one. Failed before: both gave "".
func TestHaOccupationApposition(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"museum's curator", "Mia Lane, the museum's curator, showed us round. Visitor Tom Reed was impressed.\n\n\"Every piece has a story,\" the curator said.",
			"Every piece has a story,", "Mia Lane", true},
		{"school's headteacher", "Tom Reed, the school's headteacher, met parents. Parent Ann Lee was angry.\n\n\"We listened,\" the headteacher said.",
			"We listened,", "Tom Reed", true},
		// guard: no one given it.
		{"no curator", "Mia Lane, the museum's director, showed us round. Visitor Tom Reed was impressed.\n\n\"Every piece has a story,\" the curator said.",
			"Every piece has a story,", "", false},
	})
}

// "the district attorney", "the U.S. attorney", "the DA": a prosecutor's
// office, never the defence's attorney. Failed before: "District Attorney
// Jane Roe ... Defense lawyer Tom Bell ... the DA said" gave a name "DA";
// "Manhattan DA Jane Roe ... Defense lawyer Tom Bell ... the district
// attorney said" gave Bell; "U.S. Attorney Ben Ko ... Defense attorney Ann
// Mills ... the U.S. attorney said" gave Mills.
func TestHaProsecutorDescriptions(t *testing.T) {
	runCueCasesConf(t, []confCase{
		{"the DA", "District Attorney Jane Roe filed charges on Monday. Defense lawyer Tom Bell said his client was innocent.\n\n\"The evidence is overwhelming,\" the DA said.",
			"The evidence is overwhelming,", "Jane Roe", true},
		{"the u.s. attorney", "U.S. Attorney Ben Ko announced the charges. Defense attorney Ann Mills disagreed.\n\n\"He lied,\" the U.S. attorney said.",
			"He lied,", "Ben Ko", true},
		{"not the defence's attorney", "Manhattan DA Jane Roe filed charges on Monday. Defense lawyer Tom Bell said his client was innocent.\n\n\"The evidence is overwhelming,\" the district attorney said.",
			"The evidence is overwhelming,", "", false},
		// guard: a party in South Africa.
		{"the DA party", "The Democratic Alliance (DA) criticised the budget on Tuesday.\n\n\"This budget fails the poor,\" the DA said.",
			"This budget fails the poor,", "DA", true},
	})
}
