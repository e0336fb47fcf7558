package quote

import "strings"

// Titles and styles before a surname alone ("Dr. Hale", "Sen. Hale",
// "Detective Smith", "Mr Jordan") when the article names more than one
// person who could be meant.

// styleOf returns the title or style word t stands for, lower case and in
// full ("Sen." → "senator", "Dr" → "doctor", "Det." → "detective"), or ""
// when t is none, or a style that only gives a gender ("Mr", "Mrs"): the
// gender decides those.
func styleOf(t token) string {
	if !t.cap || t.kind != tWord {
		return ""
	}
	w := strings.TrimSuffix(t.low, ".")
	if g, ok := honorifics[w]; ok {
		if g != 0 {
			return ""
		}
		switch w {
		case "dr":
			return "doctor"
		case "prof":
			return "professor"
		}
		return w
	}
	if !t.in(lxTitles) {
		return ""
	}
	if full, ok := titleAbbrevs[w]; ok {
		return strings.ToLower(full)
	}
	return w
}

// stylesAt returns the styles of the titles and honorifics that open the
// run at toks[k] ("Det. Sgt. Ann Kerr": detective, sergeant), at most four.
func stylesAt(toks []token, k int, buf []string) []string {
	for ; k < len(toks) && len(buf) < 4; k++ {
		t := toks[k]
		if t.low == "." {
			continue
		}
		s := styleOf(t)
		if s == "" {
			break
		}
		buf = append(buf, s)
	}
	return buf
}

// tokIndex returns the index of the first token of toks at or after byte
// offset pos.
func tokIndex(toks []token, pos int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); toks[m].s < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// titledSurname reads a surname alone after a title or style, the run
// toks[i:j] read as ni, which the registry took for the entity id. It
// returns the entity meant and whether the title settles it:
//   - "Senator Mark Hale ... his wife, Dr. Anne Hale ... Dr. Hale said":
//     of those sharing the surname, the one person the article gave the
//     same title or style (as a title before the name, or as a role);
//   - "Jordan Lee ... Mr Jordan said": a title before a word the person
//     taken has as a given name is a surname; someone else, the one named
//     with that surname or, if none, someone not named before (but "Ms.
//     Kim" after "Kim Yo Jong": a family name printed first).
func (r *registry) titledSurname(toks []token, i, j int, ni nameInfo, id int) (int, bool) {
	if len(ni.name) != 1 || j-i < 2 || id < 0 {
		return id, false
	}
	var sb [4]string
	styles := stylesAt(toks, i, sb[:0])
	if len(styles) == 0 && !honorificOf(toks[i]) {
		return id, false
	}
	w := ni.name[0]
	pos := toks[i].s
	key := r.surnameKey(ni.name)
	if len(styles) > 0 {
		found, n := -1, 0
		for _, c := range r.bySurname[key] {
			e := &r.ents[c]
			if !e.person || e.org || e.anon || len(e.name) < 2 || ni.gender != 0 && e.gender != 0 && e.gender != ni.gender {
				continue
			}
			if r.styledAs(toks, c, pos, styles) {
				if c != found {
					found = c
					n++
				}
			}
		}
		if n == 1 {
			return found, true
		}
		if n > 1 {
			return id, false
		}
	}
	e := &r.ents[id]
	if toks[j-1].text != w {
		return id, false
	}
	lw := toks[j-1].low
	if !isFirstName(toks[j-1]) && givenNameGender(lw) == 0 || eastAsianFamilyNames[lw] || familyFirstGiven[lw] || len(e.name) < 2 {
		return id, false
	}
	// (Only a style or office that goes with a surname: not "Sir Keir",
	// "Dame Judi", "Prince Harry", "Pope Francis", "Sheikh Hasina".)
	k := j - 2
	for k > i && toks[k].low == "." {
		k--
	}
	surnameStyle := surnameStyles[styleOf(toks[k])]
	switch strings.TrimSuffix(toks[k].low, ".") {
	case "mr", "mrs", "ms", "miss", "mx":
		surnameStyle = true
	}
	if !surnameStyle {
		return id, false
	}
	// "Mark Jordan ... Jordan Lee ... Mr Jordan said": the one with the
	// surname, no rival in the one with the given name.
	if strings.EqualFold(e.name[len(e.name)-1], w) {
		for _, c := range r.bySurname[key] {
			if o := &r.ents[c]; c != id && o.person && !o.org && !o.anon && r.namedBefore(c, pos) {
				return id, false
			}
		}
		return id, true
	}
	// "Mr Jordan" after "Jordan Lee": taken by the given name, one of
	// the English lists' (not "Mr Gan" after "Gan Kim Yong", a family
	// name printed first that only the US births list knows).
	if !strings.EqualFold(e.name[0], w) || len(e.name) != 2 || !englishGivenName(lw) {
		return id, false
	}
	for _, c := range r.bySurname[key] {
		if o := &r.ents[c]; c != id && !o.org && !o.anon && len(o.name) >= 2 && r.namedBefore(c, pos) {
			return c, false
		}
	}
	return r.newEntity(ni.name), false
}

// surnameStyles are titles of office and rank that go with a surname
// ("Senator Jordan", "Detective Ellis"), as royal, noble, religious and
// kin titles, which go with a given name, do not.
var surnameStyles = setOf("doctor", "professor", "senator", "representative", "governor", "detective", "officer",
	"sergeant", "inspector", "constable", "trooper", "corporal", "private", "judge", "justice", "mayor",
	"coach", "general", "colonel", "captain", "lieutenant", "major", "admiral", "commander", "superintendent",
	"sheriff", "deputy", "councillor", "councilman", "councilwoman", "councilmember", "alderman", "attorney",
	"minister", "secretary", "chancellor", "commissioner", "chief")

// englishGivenName reports whether w (lower case) is a given name of the
// English lists (givennames/names.txt) or one common for both sexes
// (unisexNames): not only the US births list's ("Gan"), nor only the
// hand-written list's names of other languages ("Ahmed", "Thaksin"),
// which some papers write after "Mr" as the name the person goes by.
func englishGivenName(w string) bool {
	if unisexNames[w] {
		return true
	}
	loadGivenNames()
	_, ok := givenGender[w]
	return ok && !birthsOnly[w]
}

// familyFirstGiven are family names printed first in East Asian names
// that the English lists know as given names ("Xi Jinping", "Abe Shinzo").
var familyFirstGiven = setOf("xi", "abe", "ho", "hu", "wen", "su", "ye")

// styledAs reports whether the article called entity c, before pos, by
// one of styles: a title or style before one of its names, or a role.
func (r *registry) styledAs(toks []token, c, pos int, styles []string) bool {
	e := &r.ents[c]
	for _, s := range styles {
		if e.hasRole(s) {
			return true
		}
	}
	var sb [4]string
	for _, m := range r.mentions {
		if m.pos >= pos {
			break
		}
		if m.ent != c {
			continue
		}
		for _, s := range stylesAt(toks, tokIndex(toks, m.pos), sb[:0]) {
			for _, x := range styles {
				if s == x {
					return true
				}
			}
		}
	}
	return false
}
