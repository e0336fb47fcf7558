package quote

import "strings"

// Agencies of unions of states referred back to: "The UN agency said",
// "the EU border agency Frontex".

// umbrellaLetters are the letters of umbrellaBody's unions.
var umbrellaLetters = setOf("UN", "U.N.", "EU", "E.U.", "AU")

// umbrellaBody reports whether e is a union of states whose agencies an
// article calls "the UN agency", "the EU agency".
func umbrellaBody(e *entity) bool {
	switch strings.Join(e.name, " ") {
	case "UN", "U.N.", "United Nations", "EU", "E.U.", "European Union", "AU", "African Union":
		return true
	}
	return false
}

// umbrellaQualified returns the union of states whose letters or name
// qualify the description np ("the UN agency", "the U.N. refugee
// agency", "the UN's food agency", "the United Nations agency", "the EU
// agency"): 'U' for the United Nations, 'E' for the European Union, or
// 0.
func (a *attributor) umbrellaQualified(np nounPhrase) byte {
	for k := max(np.lo, 0); k < np.hi && k < len(a.toks); k++ {
		if u := a.umbrellaAt(k); u != 0 {
			return u
		}
	}
	return 0
}

// umbrellaAt returns the union of states (see umbrellaQualified) that
// toks[k] names, maybe in the possessive, or 0.
func (a *attributor) umbrellaAt(k int) byte {
	t := a.toks[k]
	if t.kind != tWord || !t.cap {
		return 0
	}
	w := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s"), "'")
	switch w {
	case "UN", "U.N.", "U.N":
		return 'U'
	case "EU", "E.U.", "E.U":
		return 'E'
	case "Nations":
		if k > 0 && a.toks[k-1].text == "United" {
			return 'U'
		}
	case "Union":
		if k > 0 && a.toks[k-1].text == "European" {
			return 'E'
		}
	}
	return 0
}

// unionAgencyNames are agencies of the United Nations ('U') and the
// European Union ('E') by name or letters, with no "UN", "EU" before.
var unionAgencyNames = map[string]byte{
	"WFP": 'U', "World Food Programme": 'U', "World Food Program": 'U', "UNICEF": 'U', "Unicef": 'U',
	"WHO": 'U', "World Health Organization": 'U', "World Health Organisation": 'U',
	"UNHCR": 'U', "FAO": 'U', "Food and Agriculture Organization": 'U', "Food and Agriculture Organisation": 'U',
	"IAEA": 'U', "International Atomic Energy Agency": 'U', "UNESCO": 'U', "Unesco": 'U',
	"UNDP": 'U', "UNFPA": 'U', "UNRWA": 'U', "Unrwa": 'U', "UNEP": 'U', "UNAIDS": 'U', "OCHA": 'U',
	"ILO": 'U', "International Labour Organization": 'U', "International Labor Organization": 'U', "International Labour Organisation": 'U',
	"IOM": 'U', "International Organization for Migration": 'U', "WMO": 'U', "World Meteorological Organization": 'U',
	"ICAO": 'U', "International Civil Aviation Organization": 'U', "IMO": 'U', "International Maritime Organization": 'U',
	"IFAD": 'U', "UNIDO": 'U', "UNCTAD": 'U', "UNOPS": 'U', "UN-Habitat": 'U', "WIPO": 'U',
	"Frontex": 'E', "EMA": 'E', "European Medicines Agency": 'E', "EFSA": 'E', "European Food Safety Authority": 'E',
	"ECDC": 'E', "European Centre for Disease Prevention and Control": 'E', "Europol": 'E', "Eurojust": 'E',
	"EASA": 'E', "European Union Aviation Safety Agency": 'E', "European Aviation Safety Agency": 'E',
	"ESMA": 'E', "European Securities and Markets Authority": 'E', "EBA": 'E', "European Banking Authority": 'E',
	"EIOPA": 'E', "ECHA": 'E', "European Chemicals Agency": 'E', "European Environment Agency": 'E',
	"ENISA": 'E', "Eurostat": 'E', "EUAA": 'E', "European Union Agency for Asylum": 'E',
}

// unionAgency reports whether e is an agency of the union u by its name:
// one of unionAgencyNames, or the union's letters before a name ending in
// an agency's word ("UN Development Programme", "UN Population Fund",
// "EU Agency for Cybersecurity"; not "UN Security Council").
func unionAgency(e *entity, u byte) bool {
	n := strings.Join(e.name, " ")
	if unionAgencyNames[n] == u {
		return true
	}
	if len(e.name) < 2 {
		return false
	}
	switch e.name[0] {
	case "UN", "U.N.":
		if u != 'U' {
			return false
		}
	case "EU", "E.U.":
		if u != 'E' {
			return false
		}
	default:
		return false
	}
	if unionAgencyNames[strings.Join(e.name[1:], " ")] == u {
		return true
	}
	switch e.name[len(e.name)-1] {
	case "Programme", "Program", "Fund", "Agency", "Organization", "Organisation", "Authority":
		return true
	}
	return false
}

// describedUnionAgency reports whether the name mentioned at pos is
// called an agency of the union u where it stands: after the description
// ("the UN refugee agency UNHCR") or in apposition after it ("the WFP,
// the UN's food agency,").
func (a *attributor) describedUnionAgency(pos int, u byte) bool {
	k := a.tokAt(pos)
	if k >= len(a.toks) || a.toks[k].s != pos {
		return false
	}
	sent := a.toks[k].sent
	if k > 1 && a.toks[k-1].low == "agency" && !a.toks[k-1].cap {
		for b := k - 2; b >= 0 && b >= k-4 && a.toks[b].sent == sent; b-- {
			if a.umbrellaAt(b) == u {
				return true
			}
		}
	}
	j := k
	for j < len(a.toks) && j < k+8 && isNameWord(a.toks[j]) && a.toks[j].sent == sent {
		j++
	}
	if j+3 >= len(a.toks) || a.toks[j].low != "," || (a.toks[j+1].low != "the" && a.toks[j+1].low != "a") {
		return false
	}
	seen := false
	for c := j + 2; c < len(a.toks) && c < j+7 && a.toks[c].sent == sent && a.toks[c].kind == tWord; c++ {
		if a.umbrellaAt(c) == u {
			seen = true
		} else if a.toks[c].low == "agency" {
			return seen
		}
	}
	return false
}

// unionAgencyBefore returns the agency of the union u (see unionAgency,
// describedUnionAgency) named last before pos, or -1, and -1 when
// another such agency is named in the same sentence ("The WFP and UNICEF
// said ... The UN agency said": which, the text does not say).
func (a *attributor) unionAgencyBefore(pos int, u byte) int {
	r := a.reg
	is := func(m mention, e *entity) bool {
		return e.org && !e.anon && (unionAgency(e, u) || a.describedUnionAgency(m.pos, u))
	}
	fsent := -1
	id := r.latestNamed(pos, a.sentAt(pos), func(m mention, e *entity) bool {
		if is(m, e) {
			fsent = m.sent
			return true
		}
		return false
	})
	if id < 0 {
		return -1
	}
	two := false
	r.walkBack(pos, 80, func(m mention) bool {
		if m.sent < fsent {
			return true
		}
		if e := &r.ents[m.ent]; m.sent == fsent && m.ent != id && !e.person && is(m, e) {
			two = true
			return true
		}
		return false
	})
	if two {
		return -1
	}
	return id
}
