package quote

import (
	"math/bits"
	"testing"
)

// TestLexBits checks the table lowerWords reads against the lists: each
// list has a bit of its own below lxDone, and a word is in a list's bit
// exactly when the list holds it.
func TestLexBits(t *testing.T) {
	seen := lexBits(0)
	for _, l := range lexLists() {
		if bits.OnesCount64(uint64(l.bit)) != 1 || l.bit >= lxDone || seen&l.bit != 0 {
			t.Fatalf("bit %#x: not a bit of its own below lxDone", uint64(l.bit))
		}
		seen |= l.bit
		for w, in := range l.set {
			if got := lexOf(w).lex&l.bit != 0; got != in {
				t.Errorf("lexOf(%q) has bit %#x = %v; the list says %v", w, uint64(l.bit), got, in)
			}
		}
	}
	seen2 := lexBits2(0)
	for _, l := range lexLists2() {
		if bits.OnesCount64(uint64(l.bit)) != 1 || l.bit >= lx2Done || seen2&l.bit != 0 {
			t.Fatalf("bit %#x of the second word: not a bit of its own below lx2Done", uint64(l.bit))
		}
		seen2 |= l.bit
		for w, in := range l.set {
			if got := lexOf(w).lex2&l.bit != 0; got != in {
				t.Errorf("lexOf(%q) has bit %#x of the second word = %v; the list says %v", w, uint64(l.bit), got, in)
			}
			tok := token{kind: tWord, text: w, low: w}
			if tok.in2(l.bit) != in {
				t.Errorf("a hand-built token of %q reads bit %#x of the second word wrong", w, uint64(l.bit))
			}
		}
	}
	for w := range lexTable {
		for _, l := range lexLists2() {
			if lexOf(w).lex2&l.bit != 0 && !l.set[w] {
				t.Errorf("lexOf(%q) has bit %#x of the second word; the list does not hold it", w, uint64(l.bit))
			}
		}
	}
	for w := range lexTable {
		for _, l := range lexLists() {
			if lexOf(w).lex&l.bit != 0 && !l.set[w] {
				t.Errorf("lexOf(%q) has bit %#x; the list does not hold it", w, uint64(l.bit))
			}
		}
		if _, ok := honorifics[w]; ok != (lexOf(w).lex&lxHonorifics != 0) {
			t.Errorf("lexOf(%q): honorifics bit wrong", w)
		}
		if _, ok := firstNames[w]; ok != (lexOf(w).lex&lxFirstNames != 0) {
			t.Errorf("lexOf(%q): firstNames bit wrong", w)
		}
		if _, ok := otherVerbs[w]; ok != (lexOf(w).lex&lxOtherVerbs != 0) {
			t.Errorf("lexOf(%q): otherVerbs bit wrong", w)
		}
	}
	if l := lexOf("zzyzx"); l != (lexWords{lxDone, lx2Done}) {
		t.Errorf("lexOf of a word in no list = %#x; want lxDone alone", l)
	}
	// A token built by hand (lex 0) still reads its lists.
	tok := token{kind: tWord, text: "Said", low: "said"}
	if !tok.in(lxReportingVerbs) || tok.in(lxTitles) {
		t.Errorf("a hand-built token reads its lists wrong")
	}
}
