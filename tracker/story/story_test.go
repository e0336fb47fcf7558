package story

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC)

const wire = `KABUL (AP) — U.S. and Afghan officials on Saturday formally handed over Bagram Air Base, ` +
	`the largest American military installation in Afghanistan, to the Afghan national army in a ` +
	`ceremony attended by the defense minister and senior commanders from both countries.`

func TestSyndicatedCopiesCluster(t *testing.T) {
	c := NewClusterer(72 * time.Hour)
	id1, new1 := c.Assign("ap-1", Sign("US hands over Bagram air base to Afghan army", wire), t0)
	// Same wire text, different headline, light edit.
	id2, new2 := c.Assign("yahoo-1", Sign("Americans leave Bagram after two decades",
		strings.Replace(wire, "KABUL (AP) —", "", 1)), t0.Add(time.Hour))
	// Re-worded headline, only a short description.
	id3, new3 := c.Assign("bbc-1", Sign("US hands Bagram air base over to Afghan forces", "The handover ceremony was held on Saturday."), t0.Add(2*time.Hour))
	if !new1 || new2 || new3 || id2 != id1 || id3 != id1 {
		t.Errorf("got (%s,%v) (%s,%v) (%s,%v); want all in ap-1's story, only the first new", id1, new1, id2, new2, id3, new3)
	}
}

func TestDifferentEventsSharingKeywordDoNotCluster(t *testing.T) {
	pairs := [][2]string{
		{"Bagram base handover completed", "Bagram earthquake kills dozens"},
		{"US hands over Bagram air base to Afghan army", "Earthquake near Bagram air base kills 12"},
		{"Taliban attack convoy near Bagram", "Bagram prison detainees moved to Kabul"},
	}
	for _, p := range pairs {
		if s := Similarity(Sign(p[0], ""), Sign(p[1], "")); s >= Threshold {
			t.Errorf("Similarity(%q, %q) = %.2f; want < %.2f", p[0], p[1], s, Threshold)
		}
	}
	a := Sign("US hands over Bagram air base to Afghan army", wire)
	b := Sign("Strong earthquake shakes Bagram", `KABUL (AP) — A magnitude 5.9 earthquake struck near Bagram `+
		`on Saturday, killing at least 12 people and damaging homes in Parwan province, officials said.`)
	if s := Similarity(a, b); s >= Threshold {
		t.Errorf("handover vs earthquake with leads: %.2f; want < %.2f", s, Threshold)
	}
}

func TestWindowExpiry(t *testing.T) {
	c := NewClusterer(24 * time.Hour)
	sig := Sign("US hands over Bagram air base to Afghan army", wire)
	idA, _ := c.Assign("a", sig, t0)
	idB, isNew := c.Assign("b", sig, t0.Add(25*time.Hour))
	if !isNew || idB == idA {
		t.Errorf("after window: got (%s,%v); want a new story, not a's %s", idB, isNew, idA)
	}
	c.Prune(t0.Add(30 * time.Hour))
	if n := c.Len(); n != 1 {
		t.Errorf("after Prune: %d entries; want 1", n)
	}
	if id, _ := c.Assign("c", sig, t0.Add(31*time.Hour)); id != idB {
		t.Errorf("got story %s; want b's %s", id, idB)
	}
}

func TestLoadThenAssignIsDeterministic(t *testing.T) {
	sigA := Sign("US hands over Bagram air base to Afghan army", wire)
	entries := []Entry{
		{ItemKey: "z", StoryID: "z", Sig: sigA, Time: t0},
		{ItemKey: "a", StoryID: "a", Sig: sigA, Time: t0},
		{ItemKey: "q", StoryID: "q", Sig: Sign("Bagram earthquake kills dozens", ""), Time: t0},
	}
	for i := range 20 {
		c := NewClusterer(72 * time.Hour)
		rand.Shuffle(len(entries), func(i, j int) { entries[i], entries[j] = entries[j], entries[i] })
		c.Load(entries)
		id, isNew := c.Assign("new", sigA, t0.Add(time.Hour))
		if id != "a" || isNew {
			t.Fatalf("run %d: got (%s,%v); want (a,false)", i, id, isNew)
		}
		if id2, _ := c.Assign("new", Sign("unrelated", ""), t0); id2 != "a" {
			t.Fatalf("re-assign of a key: got %s; want a", id2)
		}
	}
}

func TestSigRoundTrip(t *testing.T) {
	for _, s := range []Sig{Sign("US hands over Bagram air base", wire), Sign("Bagram", ""), Sign("", "")} {
		b, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got Sig
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if Similarity(got, s) != Similarity(s, s) || got.HasText != s.HasText || len(got.Title) != len(s.Title) {
			t.Errorf("round trip changed %+v into %+v", s, got)
		}
	}
	var s Sig
	if err := s.UnmarshalBinary([]byte{9}); err == nil {
		t.Error("UnmarshalBinary accepted garbage")
	}
}

func TestEmptySignatureMatchesNothing(t *testing.T) {
	if s := Similarity(Sign("", ""), Sign("", "")); s != 0 {
		t.Errorf("got %v; want 0", s)
	}
}

func FuzzSign(f *testing.F) {
	f.Add("US hands over Bagram", wire)
	f.Fuzz(func(t *testing.T, title, text string) {
		s := Sign(title, text)
		if v := Similarity(s, s); v < 0 || v > 1 {
			t.Fatalf("self-similarity %v", v)
		}
		b, _ := s.MarshalBinary()
		var g Sig
		if err := g.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkAssign measures Assign with 10k entries in the window, all of
// which share the word "bagram".
func BenchmarkAssign(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%d", i)
	}
	text := func(n int) string {
		var sb strings.Builder
		for range n {
			sb.WriteString(vocab[r.IntN(len(vocab))])
			sb.WriteByte(' ')
		}
		return sb.String()
	}
	c := NewClusterer(72 * time.Hour)
	var entries []Entry
	for i := range 10000 {
		k := fmt.Sprint("item", i)
		entries = append(entries, Entry{ItemKey: k, StoryID: k, Sig: Sign("Bagram "+text(7), text(60)), Time: t0})
	}
	c.Load(entries)
	sigs := make([]Sig, 1000)
	for i := range sigs {
		sigs[i] = Sign("Bagram "+text(7), text(60))
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		c.Assign(fmt.Sprint("new", i), sigs[i%len(sigs)], t0)
	}
}

func BenchmarkSign(b *testing.B) {
	for b.Loop() {
		Sign("US hands over Bagram air base to Afghan army", wire)
	}
}

func TestShingleHashIsTheHashOfTheJoinedWords(t *testing.T) {
	if hashShingle("bagram", "air", "base") != hash64("bagram air base") {
		t.Fatal("hashShingle differs from hashing the joined shingle")
	}
}

// New stories get IDs no story had, in the order they begin, also after a
// restart that loads stories numbered ahead of the clock.
func TestNewStoryIDsAreFreshAndInSequence(t *testing.T) {
	c := NewClusterer(72 * time.Hour)
	var prev string
	for i := range 100 {
		title := fmt.Sprintf("w%da w%db w%dc w%dd", i, i, i, i) // no word shared
		id, isNew := c.Assign(fmt.Sprint("item-", i), Sign(title, ""), t0)
		if !isNew || id <= prev {
			t.Fatalf("story %d: %s (new %v) after %s", i, id, isNew, prev)
		}
		prev = id
	}
	ahead := idString(uint64(time.Now().Add(time.Hour).UnixMicro()))
	c2 := NewClusterer(72 * time.Hour)
	c2.Load([]Entry{{ItemKey: "old", StoryID: ahead, Sig: Sign("an old story", ""), Time: t0}})
	if id, isNew := c2.Assign("next", Sign("a new story entirely", ""), t0); !isNew || id <= ahead {
		t.Errorf("after loading %s: new story %s (new %v)", ahead, id, isNew)
	}
}
