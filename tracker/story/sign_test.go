package story

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"newshound/tracker/stem"
)

// signRef is Sign as it was written first, on strings: the reference the
// allocation-free Sign must equal.
func signRef(title, text string) Sig {
	var s Sig
	tw := wordsBefore(title)
	for _, w := range tw {
		if stopwords[w] {
			continue
		}
		s.Title = append(s.Title, hash32(stem.Word(w)))
	}
	slices.Sort(s.Title)
	s.Title = slices.Compact(s.Title)
	if len(s.Title) > maxTitleTokens {
		s.Title = s.Title[:maxTitleTokens]
	}
	bw := wordsBefore(text)
	if len(bw) > leadWords {
		bw = bw[:leadWords]
	}
	s.HasText = len(bw) >= shingle
	all := append(append([]string(nil), tw...), bw...)
	for i := range s.Min {
		s.Min[i] = ^uint32(0)
	}
	n := 0
	add := func(h uint64) {
		n++
		for i := range s.Min {
			v := uint32(mix(h ^ seeds[i]))
			if v < s.Min[i] {
				s.Min[i] = v
			}
		}
	}
	if len(all) < shingle {
		for _, w := range all {
			add(hash64(w))
		}
	} else {
		for i := 0; i+shingle <= len(all); i++ {
			add(hashShingle(all[i], all[i+1], all[i+2]))
		}
	}
	s.empty = n == 0 && len(s.Title) == 0
	return s
}

// mix is splitmix64's finaliser, whatever its form in code: stored
// signatures and story IDs are made of its values.
func TestMixIsSplitmix64(t *testing.T) {
	for x, want := range map[uint64]uint64{0: 0, 1: 0x5692161d100b05e5, 0x0123456789abcdef: 0xb2c058e4ebb5112c} {
		if got := mix(x); got != want {
			t.Errorf("mix(%#x) = %#x, want %#x", x, got, want)
		}
	}
}

func TestSignEqualsTheReference(t *testing.T) {
	pieces := []string{"Bagram", "CITIES", "strikes", "killed", "the", "said", "govt's", "'twas", "rock'n'roll",
		"Ünïcode", "İstanbul", "ΣΟΦΙΑ", "l’état", "it’s", "2026", "x9", "\xff", "—", "...", "  ", "\n", "über-cool",
		"taxes", "glasses", "boss", "running", "ing", "ies", "flies", "a", "of", "États-Unis", "日本語", "ǅemal"}
	r := rand.New(rand.NewPCG(5, 6))
	gen := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(pieces[r.IntN(len(pieces))])
			if r.IntN(4) > 0 {
				b.WriteByte(" ,.;:!?\"(-"[r.IntN(10)])
			}
		}
		return b.String()
	}
	cases := [][2]string{{"", ""}, {"Bagram", ""}, {"", "one two"}, {"a b", "c"}, {"The cities' strikes", "Flies and taxes..."}}
	for range 2000 {
		cases = append(cases, [2]string{gen(r.IntN(15)), gen(r.IntN(120))})
	}
	for _, c := range cases {
		got, want := Sign(c[0], c[1]), signRef(c[0], c[1])
		if len(want.Title) == 0 {
			want.Title = got.Title[:0:0] // empty either way; Sign's is not nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Sign(%q, %q):\n got %+v\nwant %+v", c[0], c[1], got, want)
		}
	}
}

func TestSignAllocatesOnlyItsTitle(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector drops pooled buffers at random")
	}
	title, text := "Blast at Bagram air base kills three", strings.Repeat("Officials said the blast, at the gate's checkpoint, killed three. ", 20)
	Sign(title, text)
	if n := testing.AllocsPerRun(100, func() { Sign(title, text) }); n > 1 {
		t.Errorf("Sign allocates %v times; want 1 (the title hashes)", n)
	}
}

// The index's compact signatures keep the low byte of each MinHash value:
// the minimum of some eighty hashes is small, so its high byte is nearly
// always 0-3, and keeping it made unrelated texts share bands (fifty
// candidates an item) and look alike. Compact similarity must estimate
// the full one.
func TestCompactSimilarityEstimatesTheFullOne(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	prose := strings.Fields(`the a of to in and said on for that with was as at by from has have after
		over new more than its were would about officials government people year week could their`)
	text := func() string {
		w := make([]string, 80)
		for i := range w {
			w[i] = prose[r.IntN(len(prose))]
		}
		return strings.Join(w, " ")
	}
	var sum float64
	const n = 300
	for range n {
		a, b := Sign("", text()), Sign("", text())
		ca, cb := compact(a), compact(b)
		sum += similarity(&ca, &cb) - Similarity(a, b)
	}
	if mean := sum / n; mean > 0.05 || mean < -0.05 {
		t.Errorf("compact similarity is off the full one by %.3f on average; want within 0.05", mean)
	}
}
