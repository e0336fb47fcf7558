package quote

// Walks of life: occupations one person seldom has two of at once. A
// description by one ("the nurse said") that the article gave no one does
// not mean someone it gave another ("Joseph Kane, a teacher").

// walksOfLife sort occupations into walks of life; the words of one walk
// may describe the same person (a singer who drums, a doctor who is a
// surgeon), those of two seldom do. Words that often go with another
// walk ("author", "director", "host", "student", "writer") are in none.
var walksOfLife = map[string]uint8{
	// health and care
	"doctor": 1, "nurse": 1, "surgeon": 1, "physician": 1, "paramedic": 1, "midwife": 1, "medic": 1,
	"pharmacist": 1, "dentist": 1, "vet": 1, "veterinarian": 1, "therapist": 1, "psychologist": 1,
	"psychiatrist": 1, "carer": 1, "caregiver": 1, "clinician": 1, "gp": 1, "radiologist": 1,
	"anaesthetist": 1, "anesthesiologist": 1, "obstetrician": 1, "optician": 1, "physiotherapist": 1,
	"matron": 1, "paediatrician": 1, "pediatrician": 1,
	// faith
	"imam": 2, "rabbi": 2, "pastor": 2, "priest": 2, "vicar": 2, "chaplain": 2, "bishop": 2,
	"archbishop": 2, "cardinal": 2, "pope": 2, "pontiff": 2, "cleric": 2, "clergyman": 2,
	"clergywoman": 2, "preacher": 2, "monk": 2, "nun": 2, "deacon": 2, "evangelist": 2, "mullah": 2,
	"missionary": 2, "reverend": 2, "abbot": 2, "abbess": 2, "friar": 2, "mufti": 2,
	"monsignor": 2,
	// the stage, music and fine arts
	"actor": 3, "actress": 3, "singer": 3, "musician": 3, "rapper": 3, "dancer": 3, "comedian": 3,
	"drummer": 3, "guitarist": 3, "bassist": 3, "vocalist": 3, "pianist": 3, "violinist": 3,
	"cellist": 3, "keyboardist": 3, "frontman": 3, "frontwoman": 3, "conductor": 3, "ballerina": 3,
	"choreographer": 3, "painter": 3, "sculptor": 3, "songwriter": 3, "composer": 3, "star": 3,
	"performer": 3, "entertainer": 3, "artist": 3, "saxophonist": 3, "trumpeter": 3, "soprano": 3,
	// the land and the sea
	"farmer": 4, "grower": 4, "rancher": 4, "fisherman": 4, "fisherwoman": 4, "crofter": 4,
	"grazier": 4, "smallholder": 4, "dairyman": 4, "herder": 4, "beekeeper": 4, "shepherd": 4,
	// schools
	"teacher": 5, "headteacher": 5, "headmaster": 5, "headmistress": 5, "principal": 5,
	// trades
	"plumber": 6, "electrician": 6, "builder": 6, "mechanic": 6, "carpenter": 6, "welder": 6,
	"bricklayer": 6, "roofer": 6, "joiner": 6, "locksmith": 6, "glazier": 6,
	// kitchens and bars
	"chef": 7, "waiter": 7, "waitress": 7, "bartender": 7, "barista": 7, "sommelier": 7,
	"restaurateur": 7, "publican": 7,
}

// otherWalk reports whether roles, the ones the article gave a person,
// put them in a walk of life other than role's and none in role's: "the
// nurse" is not "Joseph Kane, a teacher".
func otherWalk(roles []string, role string) bool {
	w := walksOfLife[role]
	if w == 0 {
		return false
	}
	other := false
	for _, r := range roles {
		switch x := walksOfLife[r]; {
		case r == role || x == w:
			return false
		case x != 0:
			other = true
		}
	}
	return other
}
