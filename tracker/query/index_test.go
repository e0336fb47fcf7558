package query

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

func mustParse(t testing.TB, s string) *Query {
	t.Helper()
	q, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return q
}

func bruteForce(qs map[string]*Query, d *Doc) []string {
	var out []string
	for id, q := range qs {
		if q.Match(d) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

// randomQuery builds nested queries over a tiny vocabulary so that matches,
// near misses and exclusions are all common.
func randomQuery(c *corpus, depth int) string {
	var parts []string
	for n := 1 + c.r.IntN(3); n > 0; n-- {
		switch p := c.r.IntN(10); {
		case p < 4 || depth == 0:
			parts = append(parts, c.word())
		case p < 5:
			parts = append(parts, `"`+c.word()+" "+c.word()+`"`)
		case p < 7:
			parts = append(parts, c.word()+" OR "+randomQuery(c, depth-1))
		case p < 8:
			parts = append(parts, "("+randomQuery(c, depth-1)+") OR "+c.word())
		default:
			parts = append(parts, "-"+c.word())
		}
	}
	return strings.Join(parts, " ")
}

func TestIndexAgreesWithBruteForce(t *testing.T) {
	c := newCorpus(1, 30)
	x := NewIndex()
	qs := map[string]*Query{}
	for len(qs) < 3000 {
		q, err := Parse(randomQuery(c, 2))
		if err != nil {
			continue // e.g. only exclusions, or too many terms
		}
		// Ids that tie on their first 16 bytes, or a prefix of them, as
		// Match compares those first.
		id := fmt.Sprint([]string{"t", "0123456789abcdef", "0123456789abcde", "the same first sixteen bytes "}[len(qs)%4], len(qs))
		qs[id] = q
		x.Add(id, q)
	}
	check := func() {
		t.Helper()
		matched := 0
		defer func() {
			if matched < 200 {
				t.Fatalf("only %d matches in 200 documents; the test is too weak", matched)
			}
		}()
		for i := 0; i < 200; i++ {
			var words []string
			for n := c.r.IntN(12); n > 0; n-- {
				words = append(words, c.word())
			}
			d := NewDoc(c.word(), strings.Join(words, " "))
			got, want := x.Match(d), bruteForce(qs, d)
			matched += len(want)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("Index.Match(%q) = %d ids; brute force %d\n got %v\nwant %v", words, len(got), len(want), got, want)
			}
		}
	}
	check()
	// Remove half, replace some, and check again.
	i := 0
	for id := range qs {
		switch i++; i % 3 {
		case 0:
			x.Remove(id)
			delete(qs, id)
		case 1:
			q := mustParse(t, c.word()+" OR "+c.word())
			x.Add(id, q)
			qs[id] = q
		}
	}
	if x.Len() != len(qs) {
		t.Fatalf("Len() = %d; want %d", x.Len(), len(qs))
	}
	check()
}

func TestIndexAnchorsOnRarestWord(t *testing.T) {
	q := mustParse(t, `the "bagram air base" -kabul`)
	a, _ := anchorsOf(q.root)
	if want := []uint64{hashToken([]byte("bagram"))}; !reflect.DeepEqual(a, want) {
		t.Errorf("anchors = %v; want bagram %v", a, want)
	}
}

// A word and an OR of two words ("bagram (kabul OR kandahar)"), filed
// under the word, is decided by its posting without running the query's
// program, in every combination of the three words.
func TestIndexDecidesWordAndEitherOfTwoByPosting(t *testing.T) {
	x := NewIndex()
	x.Add("q", mustParse(t, "bagram (kabul OR kandahar)"))
	x.Add("r", mustParse(t, "(herat OR mazar) (kabul OR kandahar)"))
	x.Match(NewDoc("", ""))
	ors := 0
	for _, p := range x.posts {
		if p.prog&^flagBits != 0 {
			t.Errorf("posting %+v runs a program", p)
		}
		if p.prog&orBit != 0 {
			ors++
		}
	}
	if ors != 3 { // q under bagram; r under herat and mazar
		t.Errorf("%d postings with orBit, want 3: %+v", ors, x.posts)
	}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"bagram kabul", []string{"q"}},
		{"Bagram and Kandahar", []string{"q"}},
		{"bagram kabul kandahar herat", []string{"q", "r"}},
		{"bagram", nil},
		{"kabul kandahar", nil},
		{"mazar kandahar", []string{"r"}},
		{"mazar herat", nil},
	} {
		if got := x.Match(NewDoc("", c.text)); !slices.Equal(got, c.want) {
			t.Errorf("Match(%q) = %v; want %v", c.text, got, c.want)
		}
	}
}

func TestIndexConcurrentUse(t *testing.T) {
	x := NewIndex()
	d := NewDoc("Bagram", "Kabul airport")
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				id := fmt.Sprint(g, "-", i%10)
				x.Add(id, mustParse(t, "bagram OR kabul"))
				x.Match(d)
				if i%3 == 0 {
					x.Remove(id)
				}
			}
		}()
	}
	wg.Wait()
	if n := len(x.Match(d)); n != x.Len() {
		t.Errorf("Match found %d of %d queries", n, x.Len())
	}
}

// Programs live in one array, rebuilt without those of removed queries:
// matching stays right throughout and the array holds only live programs.
func TestIndexLongProgramsSurviveRemovalsAndCompaction(t *testing.T) {
	c := newCorpus(9, 40)
	x := NewIndex()
	qs := map[string]*Query{}
	long := func() *Query {
		words := make([]string, 6)
		for i := range words {
			words[i] = c.word()
		}
		return mustParse(t, strings.Join(words, " OR ")+" -"+c.word())
	}
	check := func() {
		t.Helper()
		matched := 0
		for i := 0; i < 100; i++ {
			d := NewDoc(c.word(), c.word()+" "+c.word()+" "+c.word())
			got, want := x.Match(d), bruteForce(qs, d)
			matched += len(want)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("Match = %v; brute force %v", got, want)
			}
		}
		if matched == 0 {
			t.Fatal("nothing matched; the test is too weak")
		}
	}
	for i := range 2000 {
		id := fmt.Sprint("long", i)
		qs[id] = long()
		x.Add(id, qs[id])
	}
	check()
	for i := range 1800 {
		id := fmt.Sprint("long", i)
		x.Remove(id)
		delete(qs, id)
	}
	for i := range 600 {
		id := fmt.Sprint("again", i)
		qs[id] = long()
		x.Add(id, qs[id])
	}
	check()
	live := 1
	for _, q := range qs {
		live += 1 + len(compile(q.root, nil))
	}
	if len(x.progs) > live {
		t.Errorf("%d program words for %d of live programs; want the removed ones dropped", len(x.progs), live)
	}
}

// A Doc reset to other text matches as a new Doc of that text does, and
// allocates nothing once it has grown to the largest text.
func TestDocResetIsANewDoc(t *testing.T) {
	c := newCorpus(3, 50)
	x := NewIndex()
	for i := 0; x.Len() < 500; i++ {
		if q, err := Parse(randomQuery(c, 2)); err == nil {
			x.Add(fmt.Sprint(i), q)
		}
	}
	var reused Doc
	texts := []string{c.text(2000, 30)}
	for range 100 {
		texts = append(texts, c.text(c.r.IntN(1500), 30))
	}
	matched := 0
	for _, text := range texts {
		title := c.text(60, 30)
		got, want := x.Match(reused.Reset(title, text)), x.Match(NewDoc(title, text))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("reset Doc matched %v; a new Doc %v", got, want)
		}
		matched += len(want)
	}
	if matched < 100 {
		t.Fatalf("%d matches; the test is too weak", matched)
	}
	if n := testing.AllocsPerRun(20, func() { reused.Reset(texts[1], texts[2]) }); n != 0 {
		t.Errorf("Reset allocates %v times; want 0", n)
	}
}
